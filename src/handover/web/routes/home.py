"""The dashboard: what each side has handed over, the latest handovers, open questions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from handover.charts import asymmetry_chart
from handover.domain import ReviewState
from handover.web.deps import State, WebState
from handover.web.errors import ErrorBody
from handover.web.index import claim_index
from handover.web.render import cached_page, render_page
from handover.web.routes.events import sorted_events
from handover.web.routes.reports import report_summary

__all__ = ["balance_json", "dashboard_json", "router"]

router = APIRouter()
_LATEST = 10
_AGREEMENTS = 5


def balance_json(state: WebState, agreement_id: int | None = None) -> dict[str, Any]:
    """SPEC's balance, for the whole ledger or one agreement."""
    name = f"balance-{agreement_id}"
    return state.cache.get(name, lambda: state.ledger.events.balance_json(agreement_id))


def dashboard_json(state: WebState) -> dict[str, Any]:
    """Everything the dashboard shows, as JSON."""
    return state.cache.get("dashboard", lambda: _build(state))


def _build(state: WebState) -> dict[str, Any]:
    index = claim_index(state)
    reports = state.cache.get("reports", state.ledger.reports.all)
    events = sorted_events(state)
    whole = balance_json(state)
    waiting = sum(1 for r in index.claims.values() if r.review is ReviewState.UNREVIEWED)
    latest = [e for e in events if e.kind == "completed" and e.date is not None][:_LATEST]
    disputed = [e for e in events if e.discrepancies][:_LATEST]
    return {
        "ok": True,
        "counts": {"events": len(events), "reports": len(reports), "claims": len(index.claims),
                   "unreviewed": waiting, "sources": len(index.sources),
                   "discrepancies": sum(1 for e in events if e.discrepancies)},
        "pairs": [{k: v for k, v in pair.items() if k != "series"} for pair in whole["pairs"]],
        "latest_handovers": [e.to_json() for e in latest],
        "open_discrepancies": [e.to_json() for e in disputed],
        "agreements": [_fulfilment(a) for a in _recent(whole["agreements"])],
        "latest_reports": [report_summary(r, index) for r in reversed(reports[-_LATEST:])],
    }


def _recent(agreements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The latest agreements, newest first (all of them are on the agreements page)."""
    return sorted(agreements, key=lambda a: a["date"] or "", reverse=True)[:_AGREEMENTS]


def _fulfilment(agreement: dict[str, Any]) -> dict[str, Any]:
    return {"id": agreement["id"], "key": agreement["key"], "name": agreement["name"],
            "date": agreement["date"],
            "terms": [{"description": t["description"], "term": t["term"],
                       "handed_over": t["handed_over"]["best"], "fulfilment": t["fulfilment"],
                       "state": t["state"]} for t in agreement["terms"]]}


@router.get("/api/dashboard", tags=["dashboard"], summary="The dashboard's data")
def api_dashboard(state: State) -> dict[str, Any]:
    """Balance per pair, latest handovers, open discrepancies, agreements' fulfilment."""
    return dashboard_json(state)


@router.get("/api/balance", tags=["dashboard"], responses={404: {"model": ErrorBody}},
            summary="The balance between parties")
def api_balance(state: State,
                agreement: Annotated[int | None, Query(description="An agreement id")] = None
                ) -> dict[str, Any]:
    """Per pair of parties and category, what each handed over (best, low, high) with a
    cumulative series; per agreement, the fulfilment of each term (as `handover balance`)."""
    return {"ok": True, **balance_json(state, agreement)}


def asymmetry_svg(state: WebState) -> str:
    """The asymmetry chart: per pair of parties and class of people, each direction's total."""
    def build() -> str:
        classes = state.ledger.events.balance().classes
        return asymmetry_chart(classes, title="Asymmetry of handovers per pair of parties")
    return state.cache.get("asymmetry-chart", build)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def dashboard(request: Request, state: State) -> Response:
    """The dashboard page."""
    return cached_page(request, lambda: render_page(request, "dashboard.html", {
        "data": dashboard_json(state), "asymmetry": asymmetry_svg(state),
        "api": "/api/dashboard"}))
