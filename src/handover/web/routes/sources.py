"""Sources: every voice with its claims, and how often its figures were contradicted."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from handover.domain import ClaimRecord, Source
from handover.web.deps import State, WebState
from handover.web.errors import ErrorBody
from handover.web.index import ClaimIndex, claim_index
from handover.web.paging import Paged, paged
from handover.web.render import render_page
from handover.web.routes.claims import claim_json

__all__ = ["router", "source_rows"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}


def _source_json(source: Source) -> dict[str, Any]:
    return {"id": source.id, "name": source.name, "kind": source.kind.value,
            "affiliation": source.affiliation, "relayed_by": source.relayed_by}


def source_rows(state: WebState) -> list[dict[str, Any]]:
    """Each current voice with the number of its claims, most prolific first."""
    def build() -> list[dict[str, Any]]:
        index = claim_index(state)
        ids_by_name: dict[str, list[int]] = {}
        for source_id, source in index.sources.items():
            ids_by_name.setdefault(source.name, []).append(source_id)
        rows = []
        for source in state.ledger.sources.all():
            claims = sum(len(index.by_source.get(i, [])) for i in ids_by_name[source.name])
            rows.append({**_source_json(source), "claims": claims})
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
    return {"ok": True, **_source_json(source), **found.meta(),
            "claims": [claim_json(r, index) for r in found.items]}


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
    return render_page(request, "source.html", {"source": source, "paged": found, "index": index,
                                                "query": {}, "api": f"/api/sources/{source_id}"})
