"""The dashboard: what each side has handed over, the latest handovers, open questions."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from handover.domain import ReviewState
from handover.web.deps import State, WebState
from handover.web.index import claim_index
from handover.web.render import render_page
from handover.web.routes.agreements import agreements_json
from handover.web.routes.reports import report_summary

__all__ = ["dashboard_json", "router"]

router = APIRouter()
_LATEST = 10


def dashboard_json(state: WebState) -> dict[str, Any]:
    """Everything the dashboard shows, as JSON."""
    return state.cache.get("dashboard", lambda: _build(state))


def _build(state: WebState) -> dict[str, Any]:
    index = claim_index(state)
    reports = state.cache.get("reports", state.ledger.reports.all)
    waiting = sum(1 for r in index.claims.values() if r.review is ReviewState.UNREVIEWED)
    return {
        "ok": True,
        "counts": {"reports": len(reports), "claims": len(index.claims),
                   "unreviewed": waiting, "sources": len(index.sources)},
        "latest_reports": [report_summary(r, index) for r in reversed(reports[-_LATEST:])],
        "agreements": agreements_json(state),
    }


@router.get("/api/dashboard", tags=["dashboard"], summary="The dashboard's data")
def api_dashboard(state: State) -> dict[str, Any]:
    """Counts, latest reports and agreements."""
    return dashboard_json(state)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def dashboard(request: Request, state: State) -> Response:
    """The dashboard page."""
    return render_page(request, "dashboard.html",
                       {"data": dashboard_json(state), "api": "/api/dashboard"})
