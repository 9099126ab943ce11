"""Agreements: their terms against what was handed over, with charts drawn on the server."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from handover.agreements import Balance
from handover.charts import cumulative_chart, fulfilment_chart, term_summary
from handover.web.deps import State, WebState
from handover.web.errors import ErrorBody
from handover.web.render import cached_page, render_page

__all__ = ["agreement_balance", "agreements_json", "router"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}


def agreements_json(state: WebState) -> list[dict[str, Any]]:
    """Every current agreement with its terms."""
    return state.cache.get("agreements",
                           lambda: [a.to_json() for a in state.ledger.agreements.all()])


def agreement_balance(state: WebState, agreement_id: int) -> Balance:
    """The balance narrowed to one agreement (its fulfilment), or NotFoundError."""
    return state.cache.get(f"agreement-balance-{agreement_id}",
                           lambda: state.ledger.events.balance(agreement_id))


def agreement_json(state: WebState, agreement_id: int) -> dict[str, Any]:
    """One agreement, its terms, and each term's fulfilment within its window."""
    agreement = state.ledger.agreements.get(agreement_id)
    fulfilment = agreement_balance(state, agreement_id).agreements[0]
    return {"ok": True, **agreement.to_json(), **fulfilment.to_json()}


def _charts(state: WebState, agreement_id: int) -> list[str]:
    """The fulfilment chart, then the cumulative chart of each pair and category it covers."""
    def build() -> list[str]:
        narrowed = agreement_balance(state, agreement_id)
        fulfilment = narrowed.agreements[0]
        lanes = {(tuple(sorted((t.term.giver, t.term.receiver))), t.term.category.value)
                 for t in fulfilment.terms}
        pairs = [p for p in narrowed.pairs if (p.parties, p.category) in lanes]
        return [fulfilment_chart(fulfilment), *(cumulative_chart(p) for p in pairs)]
    return state.cache.get(f"agreement-charts-{agreement_id}", build)


@router.get("/api/agreements", tags=["agreements"], summary="List agreements")
def api_agreements(state: State) -> dict[str, Any]:
    """Every current agreement and its terms."""
    return {"ok": True, "items": agreements_json(state)}


@router.get("/api/agreements/{agreement_id}", tags=["agreements"], responses=_ERRORS,
            summary="One agreement and its fulfilment")
def api_agreement(state: State, agreement_id: int) -> dict[str, Any]:
    """An agreement, its terms and their fulfilment (window, handed over, fraction, state)."""
    return agreement_json(state, agreement_id)


@router.get("/agreements", response_class=HTMLResponse, include_in_schema=False)
def agreements_page(request: Request, state: State) -> Response:
    """The agreements the ledger measures handovers against."""
    return render_page(request, "agreements.html",
                       {"agreements": agreements_json(state), "api": "/api/agreements"})


@router.get("/agreements/{agreement_id}", response_class=HTMLResponse, include_in_schema=False)
def agreement_page(request: Request, state: State, agreement_id: int) -> Response:
    """One agreement: its terms against fulfilment, and charts over time."""
    def build() -> HTMLResponse:
        data = agreement_json(state, agreement_id)
        fulfilment = agreement_balance(state, agreement_id).agreements[0]
        return render_page(request, "agreement.html", {
            "agreement": data, "summaries": [term_summary(t) for t in fulfilment.terms],
            "windows": [t.window.describe() for t in fulfilment.terms],
            "charts": _charts(state, agreement_id), "api": f"/api/agreements/{agreement_id}"})
    return cached_page(request, build)
