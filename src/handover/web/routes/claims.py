"""Claims: the review queue, one claim with its history, and the reviewer's decisions.

A decision (accept, reject) is a review record; a correction is a new claim record that
supersedes the old one, which stays on record (``ledger.claims.correct``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from handover.domain import Category, ClaimKind, ClaimRecord, Qualifier, ReviewState
from handover.errors import HandoverError
from handover.web.changes import FORM_FIELDS, form_changes, typed_changes
from handover.web.deps import ApiWriter, FormWriter, State, WebState, form_text, read_form
from handover.web.errors import ErrorBody, WebError
from handover.web.index import ClaimIndex, claim_index
from handover.web.paging import paged
from handover.web.render import render_page

__all__ = ["claim_json", "local_path", "router"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 404: {"model": ErrorBody}}


class ReviewIn(BaseModel):
    """A reviewer's decision on a claim."""

    state: ReviewState
    reviewer: str | None = Field(None, max_length=200)
    note: str | None = None


class CorrectionIn(BaseModel):
    """A correction: the changed fields (SPEC claim fields) and why."""

    changes: dict[str, Any] = Field(description="e.g. {\"count\": 1212, \"qualifier\": "
                                                "\"about\"}")
    note: str | None = None
    citation: str | None = None


def claim_json(record: ClaimRecord, index: ClaimIndex) -> dict[str, Any]:
    """A claim record as JSON, with its voice's name, kind and affiliation."""
    source = index.source_of(record)
    voice = None if source is None else {"id": source.id, "name": source.name,
                                         "kind": source.kind.value,
                                         "affiliation": source.affiliation}
    return {**record.to_json(), "voice": voice}


def local_path(value: str, default: str) -> str:
    """``value`` if it is a path on this site, else ``default`` (no open redirects)."""
    if value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default


def _review_state(text: str) -> ReviewState:
    try:
        return ReviewState(text)
    except ValueError:
        allowed = ", ".join(s.value for s in ReviewState)
        raise WebError(422, f"unknown review state {text!r} (expected {allowed})") from None


def _queue(state: WebState, review: ReviewState | None) -> list[ClaimRecord]:
    key = f"claims-{review.value if review else 'all'}"
    return state.cache.get(key, lambda: claim_index(state).in_review(review))


@router.get("/api/claims", tags=["claims"], summary="List claims")
def api_claims(state: State, review: ReviewState | None = None,
               page: Annotated[int, Query(ge=1)] = 1) -> dict[str, Any]:
    """Current claims in ledger order, optionally only those in one review state."""
    index = claim_index(state)
    found = paged(_queue(state, review), page)
    return {"ok": True, **found.meta(), "items": [claim_json(r, index) for r in found.items]}


@router.get("/api/claims/{claim_id}", tags=["claims"], responses=_ERRORS, summary="One claim")
def api_claim(state: State, claim_id: int) -> dict[str, Any]:
    """One claim record (current or superseded) with its voice."""
    index = claim_index(state)
    return {"ok": True, **claim_json(index.claim(claim_id), index)}


@router.get("/api/claims/{claim_id}/history", tags=["claims"], responses=_ERRORS,
            summary="Every version of a claim")
def api_claim_history(state: State, claim_id: int) -> dict[str, Any]:
    """The claim's versions, first record to current one."""
    index = claim_index(state)
    chain = index.history(claim_id)
    return {"ok": True, "items": [claim_json(r, index) for r in chain]}


@router.post("/api/claims/{claim_id}/review", tags=["claims"], responses=_WRITE_ERRORS,
             summary="Accept or reject a claim")
def api_review(state: State, _: ApiWriter, claim_id: int, body: ReviewIn) -> dict[str, Any]:
    """Record a decision; the latest decision is the claim's review state."""
    record = state.ledger.claims.review(claim_id, body.state, reviewer=body.reviewer,
                                        note=body.note)
    state.cache.refresh()
    return {"ok": True, **claim_json(record, claim_index(state))}


@router.post("/api/claims/{claim_id}/correct", tags=["claims"], status_code=201,
             responses=_WRITE_ERRORS, summary="Correct a claim")
def api_correct(state: State, _: ApiWriter, claim_id: int, body: CorrectionIn
                ) -> dict[str, Any]:
    """Record a corrected claim that supersedes ``claim_id`` (which stays on record)."""
    record = state.ledger.claims.correct(claim_id, typed_changes(body.changes), note=body.note,
                                         citation=body.citation)
    state.cache.refresh()
    return {"ok": True, **claim_json(record, claim_index(state))}


@router.get("/claims", response_class=HTMLResponse, include_in_schema=False)
def claims_page(request: Request, state: State, review: str = "unreviewed",
                page: Annotated[int, Query(ge=1)] = 1) -> Response:
    """Claims waiting for review (or in another state), with quick decisions."""
    wanted = None if review == "all" else _review_state(review)
    found = paged(_queue(state, wanted), page)
    return render_page(request, "claims.html", {
        "paged": found, "index": claim_index(state), "review": review,
        "states": [s.value for s in ReviewState] + ["all"], "query": {"review": review},
        "api": f"/api/claims?review={review}" if wanted else "/api/claims"})


@router.get("/claims/{claim_id}", response_class=HTMLResponse, include_in_schema=False)
def claim_page(request: Request, state: State, claim_id: int) -> Response:
    """One claim: what it says, where it stands, its history and the reviewer's forms."""
    return _claim_form(request, state, claim_id, None)


def _claim_form(request: Request, state: WebState, claim_id: int, error: str | None,
                values: dict[str, str] | None = None, status: int = 200) -> Response:
    index = claim_index(state)
    record = index.claim(claim_id)
    history = index.history(claim_id)
    parties = [p.name for p in state.ledger.parties.all()]
    return render_page(request, "claim.html", {
        "record": record, "index": index, "history": history, "error": error,
        "values": values or {}, "parties": parties, "fields": FORM_FIELDS,
        "categories": [c.value for c in Category], "qualifiers": [q.value for q in Qualifier],
        "kinds": [k.value for k in ClaimKind], "current": history[-1].id == record.id,
        "api": f"/api/claims/{claim_id}"}, status=status)


@router.post("/claims/{claim_id}/review", include_in_schema=False)
async def review_claim(request: Request, state: State, _: FormWriter, claim_id: int) -> Response:
    """Record a decision from the browser and go back where the reviewer was."""
    form = await read_form(request)
    decision = _review_state(form_text(form, "state"))
    state.ledger.claims.review(claim_id, decision, reviewer=form_text(form, "reviewer") or None,
                               note=form_text(form, "note") or None)
    back = local_path(form_text(form, "next"), f"/claims/{claim_id}")
    return RedirectResponse(back, status_code=303)


@router.post("/claims/{claim_id}/correct", include_in_schema=False)
async def correct_claim(request: Request, state: State, _: FormWriter, claim_id: int
                        ) -> Response:
    """Record a correction from the browser; the new record's page shows the result."""
    form = await read_form(request)
    values = {name: form_text(form, name) for name in (*FORM_FIELDS, "note") if name in form}
    try:
        old = state.ledger.claims.get(claim_id)
        changes = form_changes(old.claim, values)
        record = state.ledger.claims.correct(claim_id, changes,
                                             note=values.get("note") or None)
    except HandoverError as exc:
        return _claim_form(request, state, claim_id, exc.line(), values, status=422)
    return RedirectResponse(f"/claims/{record.id}?corrected={claim_id}", status_code=303)
