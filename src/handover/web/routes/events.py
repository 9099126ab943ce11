"""Handover events: the filterable list, and one event with every claim side by side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from handover.domain import Category, EventStatus, Evidence, HandoverEvent
from handover.reconcile import Reconciliation
from handover.web.deps import State, WebState
from handover.web.errors import ErrorBody
from handover.web.index import claim_index
from handover.web.paging import paged
from handover.web.render import cached_page, render_page
from handover.web.routes.claims import claim_json

__all__ = ["EventQuery", "reconciliation", "router", "sorted_events"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}
_KINDS = ("completed", "announced", "cumulative", "agreed")


@dataclass(frozen=True)
class EventQuery:
    """The filters of the events list; empty means any."""

    party: str = ""
    category: str = ""
    status: str = ""
    kind: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def matches(self, event: HandoverEvent) -> bool:
        """Whether an event passes every filter (undated events fail any date filter)."""
        return all((
            not self.party or self.party in (event.giver, event.receiver),
            not self.category or event.category.value == self.category,
            not self.status or event.status.value == self.status,
            not self.kind or event.kind == self.kind,
            self.date_from is None or (event.date is not None and event.date >= self.date_from),
            self.date_to is None or (event.date is not None and event.date <= self.date_to),
        ))

    def as_query(self) -> dict[str, Any]:
        """The filters as query parameters (for page links)."""
        return {"party": self.party, "category": self.category, "status": self.status,
                "kind": self.kind, "date_from": self.date_from, "date_to": self.date_to}


def event_query(party: str = "",
                category: Annotated[str, Query(pattern="^(|pow|civilian|detainee|hostage|"
                                                       "bodies|mixed)$")] = "",
                status: Annotated[str, Query(pattern="^(|corroborated|single_source|"
                                                     "disputed)$")] = "",
                kind: Annotated[str, Query(pattern="^(|completed|announced|cumulative|"
                                                   "agreed)$")] = "",
                date_from: date | None = None, date_to: date | None = None) -> EventQuery:
    """The list's filters from the query string."""
    return EventQuery(party.strip(), category, status, kind, date_from, date_to)


Filters = Annotated[EventQuery, Depends(event_query)]


def reconciliation(state: WebState) -> Reconciliation:
    """The ledger's reconciliation for its current state (built once across requests)."""
    return state.cache.get("reconciliation", state.ledger.events.reconciliation)


def sorted_events(state: WebState) -> list[HandoverEvent]:
    """Every event, latest first; undated events after the dated ones."""
    def build() -> list[HandoverEvent]:
        events = list(reconciliation(state).events)
        dated = sorted((e for e in events if e.date), key=lambda e: (e.date, e.id), reverse=True)
        return dated + [e for e in events if e.date is None]
    return state.cache.get("events-sorted", build)


def _set_aside(state: WebState) -> dict[str, dict[int, str]]:
    """Per event, the claims shown on it but left out of its figures, and why."""
    def build() -> dict[str, dict[int, str]]:
        found: dict[str, dict[int, str]] = {}
        for item in reconciliation(state).set_aside:
            if item.event is not None:
                found.setdefault(item.event, {})[item.claim] = item.reason
        return found
    return state.cache.get("set-aside", build)


def _evidence(state: WebState) -> list[Evidence]:
    return state.cache.get("evidence", state.ledger.evidence.all)


def event_json(state: WebState, event_id: str) -> dict[str, Any]:
    """One event with its claims in full, the claims set aside and why, and its evidence."""
    result = reconciliation(state)
    event = result.event(event_id)
    index = claim_index(state)
    aside = _set_aside(state).get(event_id, {})
    return {
        "ok": True, **event.to_json(),
        "claim_records": [claim_json(index.claim(i), index) for i in event.claims],
        "set_aside_records": [{**claim_json(index.claim(i), index),
                               "reason": aside.get(i, "")} for i in event.set_aside],
        "evidence": [e.to_json() for e in _evidence(state) if event_id in e.event_ids],
    }


@router.get("/api/events", tags=["events"], summary="List handover events")
def api_events(state: State, where: Filters,
               page: Annotated[int, Query(ge=1)] = 1) -> dict[str, Any]:
    """Reconciled handover events, latest first, filtered by party, category, status, kind
    and dates (``date_from``/``date_to`` as YYYY-MM-DD)."""
    found = paged([e for e in sorted_events(state) if where.matches(e)], page)
    return {"ok": True, **found.meta(), "items": [e.to_json() for e in found.items]}


@router.get("/api/events/{event_id}", tags=["events"], responses=_ERRORS,
            summary="One event with its claims")
def api_event(state: State, event_id: str) -> dict[str, Any]:
    """An event, every claim it rests on, the claims set aside and its evidence."""
    return event_json(state, event_id)


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, state: State, where: Filters,
                page: Annotated[int, Query(ge=1)] = 1) -> Response:
    """The events, filterable."""
    def build() -> HTMLResponse:
        events = sorted_events(state)
        found = paged([e for e in events if where.matches(e)], page)
        parties = sorted({p for e in events for p in (e.giver, e.receiver) if p})
        query = request.url.query
        return render_page(request, "events.html", {
            "paged": found, "where": where, "query": where.as_query(), "parties": parties,
            "categories": [c.value for c in Category],
            "statuses": [s.value for s in EventStatus], "kinds": _KINDS,
            "api": "/api/events" + ("?" + query if query else "")})
    return cached_page(request, build)


@router.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
def event_page(request: Request, state: State, event_id: str) -> Response:
    """One event: its figure and how it was reached, and every claim side by side."""
    def build() -> HTMLResponse:
        return render_page(request, "event.html", {"event": event_json(state, event_id),
                                                   "api": f"/api/events/{event_id}"})
    return cached_page(request, build)
