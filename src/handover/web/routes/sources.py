"""Sources: every voice with its claims, and how often its figures were contradicted."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from handover.domain import ClaimRecord, Source
from handover.reconcile.contradictions import contradicted_claims
from handover.web.deps import State, WebState
from handover.web.errors import ErrorBody
from handover.web.index import ClaimIndex, claim_index
from handover.web.paging import Paged, paged
from handover.web.render import render_page
from handover.web.routes.claims import claim_json
from handover.web.routes.events import reconciliation

__all__ = ["contradicted", "router", "source_rows"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}


def _source_json(source: Source) -> dict[str, Any]:
    return {"id": source.id, "name": source.name, "kind": source.kind.value,
            "affiliation": source.affiliation, "relayed_by": source.relayed_by}


def contradicted(state: WebState) -> set[int]:
    """Claims whose figure another voice contradicts: in a disputed event, another claim from
    a different source gives a different count for the same handover."""
    def build() -> set[int]:
        return contradicted_claims(reconciliation(state).events, claim_index(state).claims)
    return state.cache.get("contradicted", build)


def source_rows(state: WebState) -> list[dict[str, Any]]:
    """Each current voice with its claims and how many were contradicted, most claims first."""
    def build() -> list[dict[str, Any]]:
        index, against = claim_index(state), contradicted(state)
        ids_by_name: dict[str, list[int]] = {}
        for source_id, source in index.sources.items():
            ids_by_name.setdefault(source.name, []).append(source_id)
        rows = []
        for source in state.ledger.sources.all():
            said = [r for i in ids_by_name.get(source.name, []) for r in index.by_source.get(i, [])]
            figures = sum(1 for r in said if r.claim.count is not None)
            disputed = sum(1 for r in said if r.id in against)
            rows.append({**_source_json(source), "claims": len(said), "figures": figures,
                         "contradicted": disputed,
                         "contradicted_share": round(disputed / figures, 3) if figures else None})
        rows.sort(key=lambda row: (-row["claims"], row["name"]))
        return rows
    return state.cache.get("sources", build)


@router.get("/api/sources", tags=["sources"], summary="List voices")
def api_sources(state: State, page: Annotated[int, Query(ge=1)] = 1) -> dict[str, Any]:
    """Every voice with how many current claims it makes."""
    found = paged(source_rows(state), page)
    return {"ok": True, **found.meta(), "items": list(found.items)}


def _voice(state: WebState, source_id: int, page: int
           ) -> tuple[Source, Paged[ClaimRecord], ClaimIndex]:
    """A voice and a page of its claims, including those of earlier versions of the voice."""
    source = state.ledger.sources.get(source_id)
    index = claim_index(state)
    same = [i for i, s in index.sources.items() if s.name == source.name] or [source_id]
    records = sorted((r for i in same for r in index.by_source.get(i, [])), key=lambda r: r.id)
    return source, paged(records, page), index


def source_json(state: WebState, source_id: int, page: int) -> dict[str, Any]:
    """One voice and a page of its claims."""
    source, found, index = _voice(state, source_id, page)
    against = contradicted(state)
    return {"ok": True, **_source_json(source), **found.meta(),
            "claims": [{**claim_json(r, index), "contradicted": r.id in against}
                       for r in found.items]}


@router.get("/api/sources/{source_id}", tags=["sources"], responses=_ERRORS,
            summary="One voice and its claims")
def api_source(state: State, source_id: int,
               page: Annotated[int, Query(ge=1)] = 1) -> dict[str, Any]:
    """A voice and a page of its claims."""
    return source_json(state, source_id, page)


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request, state: State,
                 page: Annotated[int, Query(ge=1)] = 1) -> Response:
    """The voices figures come from."""
    found = paged(source_rows(state), page)
    return render_page(request, "sources.html",
                       {"paged": found, "query": {}, "api": "/api/sources"})


@router.get("/sources/{source_id}", response_class=HTMLResponse, include_in_schema=False)
def source_page(request: Request, state: State, source_id: int,
                page: Annotated[int, Query(ge=1)] = 1) -> Response:
    """One voice and what it said."""
    source, found, index = _voice(state, source_id, page)
    row = next((r for r in source_rows(state) if r["name"] == source.name), None)
    return render_page(request, "source.html", {
        "source": source, "paged": found, "index": index, "row": row,
        "against": contradicted(state), "query": {}, "api": f"/api/sources/{source_id}"})
