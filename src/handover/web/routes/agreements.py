"""Agreements: their terms, and how far each term has been fulfilled."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from handover.web.deps import State, WebState
from handover.web.errors import ErrorBody
from handover.web.render import render_page

__all__ = ["agreements_json", "router"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}


def agreements_json(state: WebState) -> list[dict[str, Any]]:
    """Every current agreement with its terms."""
    return state.cache.get("agreements",
                           lambda: [a.to_json() for a in state.ledger.agreements.all()])


def agreement_json(state: WebState, agreement_id: int) -> dict[str, Any]:
    """One agreement with its terms."""
    agreement = state.ledger.agreements.get(agreement_id)
    return {"ok": True, **agreement.to_json()}


@router.get("/api/agreements", tags=["agreements"], summary="List agreements")
def api_agreements(state: State) -> dict[str, Any]:
    """Every current agreement and its terms."""
    return {"ok": True, "items": agreements_json(state)}


@router.get("/api/agreements/{agreement_id}", tags=["agreements"], responses=_ERRORS,
            summary="One agreement")
def api_agreement(state: State, agreement_id: int) -> dict[str, Any]:
    """An agreement, its terms and their fulfilment."""
    return agreement_json(state, agreement_id)


@router.get("/agreements", response_class=HTMLResponse, include_in_schema=False)
def agreements_page(request: Request, state: State) -> Response:
    """The agreements the ledger measures handovers against."""
    return render_page(request, "agreements.html",
                       {"agreements": agreements_json(state), "api": "/api/agreements"})


@router.get("/agreements/{agreement_id}", response_class=HTMLResponse, include_in_schema=False)
def agreement_page(request: Request, state: State, agreement_id: int) -> Response:
    """One agreement: its terms against what was handed over."""
    data = agreement_json(state, agreement_id)
    return render_page(request, "agreement.html",
                       {"agreement": data, "api": f"/api/agreements/{agreement_id}"})
