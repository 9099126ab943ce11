"""Fulfilment of agreements: what each side handed over within a term's window.

For each term, the completed handovers in its direction and category class whose date falls
in the term's window (see :mod:`handover.agreements.windows`) are added up: best, low and high
(high is unknown when one of them has no known high). The fulfilment is best / count when the
term is a number; an "all for all" term or a condition is shown with what was handed over and
no fraction. Undated handovers are not counted, and said so.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from handover.agreements.windows import Window, term_windows
from handover.domain import Agreement, HandoverEvent, Term
from handover.reconcile.agreed import agreement_keys
from handover.reconcile.views import CategoryClass, category_class

__all__ = ["AgreementFulfilment", "HandedOver", "TermFulfilment", "fulfilment"]

_Key = tuple[str | None, str | None, CategoryClass]


@dataclass(frozen=True)
class HandedOver:
    """A sum of handovers: best, low, high, and which events (by id) it counts."""

    best: int
    low: int
    high: int | None
    events: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The sum as JSON."""
        return {"best": self.best, "low": self.low, "high": self.high,
                "events": list(self.events)}


@dataclass(frozen=True)
class TermFulfilment:
    """One term: its window, what was handed over in it, and how far that fulfils it.

    ``state`` is ``fulfilled``, ``partial``, ``not_started``, ``not_a_number`` (all for all,
    or a condition: shown with what was handed over but no fraction) or ``invalid`` (a
    negative count, reported as a problem).
    """

    term: Term
    window: Window
    handed_over: HandedOver
    fraction: float | None
    state: str
    undated_events: int

    def to_json(self) -> dict[str, Any]:
        """The term's fulfilment as JSON."""
        return {"term": self.term.to_json(), "description": self.term.describe(),
                "window": self.window.to_json(), "handed_over": self.handed_over.to_json(),
                "fulfilment": self.fraction, "state": self.state,
                "undated_events": self.undated_events}


@dataclass(frozen=True)
class AgreementFulfilment:
    """An agreement, its readable key, the fulfilment of each term and any problem with it."""

    key: str
    agreement: Agreement
    terms: tuple[TermFulfilment, ...]
    problems: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The agreement's fulfilment as JSON."""
        agreement = self.agreement
        return {"key": self.key, "id": agreement.id, "name": agreement.name,
                "date": agreement.date.isoformat() if agreement.date else None,
                "venue": agreement.venue, "parties": list(agreement.parties),
                "mediators": list(agreement.mediators),
                "terms": [t.to_json() for t in self.terms], "problems": list(self.problems)}


class _Index:
    """Completed handovers by direction and class, sorted by date, for window sums."""

    def __init__(self, events: Iterable[HandoverEvent]) -> None:
        self.dated: dict[_Key, list[tuple[date, HandoverEvent]]] = {}
        self.undated: dict[_Key, int] = {}
        for event in events:
            if event.kind != "completed" or event.best is None:
                continue
            key = (event.giver, event.receiver, category_class(event.category))
            if event.date is None:
                self.undated[key] = self.undated.get(key, 0) + 1
            else:
                self.dated.setdefault(key, []).append((event.date, event))
        for items in self.dated.values():
            items.sort(key=lambda pair: (pair[0], pair[1].id))

    def within(self, term: Term, window: Window) -> tuple[HandedOver, int]:
        key = (term.giver, term.receiver, category_class(term.category))
        items = self.dated.get(key, [])
        start = 0 if window.start is None else bisect_left(items, window.start,
                                                            key=lambda pair: pair[0])
        end = len(items) if window.end is None else bisect_left(items, window.end,
                                                                 key=lambda pair: pair[0])
        picked = [event for _, event in items[start:end]]
        highs = [e.high for e in picked]
        handed = HandedOver(
            best=sum(e.best or 0 for e in picked),
            low=sum(e.low if e.low is not None else e.best or 0 for e in picked),
            high=None if any(h is None for h in highs) else sum(h or 0 for h in highs),
            events=tuple(e.id for e in picked))
        return handed, self.undated.get(key, 0)


def _state(term: Term, handed: HandedOver) -> tuple[float | None, str]:
    if term.all_for_all or term.count is None:
        return None, "not_a_number"
    if term.count < 0:
        return None, "invalid"
    fraction = round(handed.best / term.count, 4) if term.count > 0 else None
    if handed.best >= term.count:
        return fraction, "fulfilled"
    return fraction, "partial" if handed.best > 0 else "not_started"


def _problems(agreement: Agreement) -> list[str]:
    found = []
    if not agreement.terms:
        found.append("It has no terms: there is nothing to measure its fulfilment against.")
    if agreement.date is None:
        found.append("It has no date: its window is open at the start.")
    for term in agreement.terms:
        if term.giver == term.receiver:
            found.append(f"The term {term.describe()} names one party as both sides.")
        if term.count is not None and term.count < 0:
            found.append(f"The term {term.describe()} has a negative count.")
    return found


def fulfilment(agreements: Sequence[Agreement],
               events: Iterable[HandoverEvent]) -> tuple[AgreementFulfilment, ...]:
    """The fulfilment of every term of every agreement by the completed handovers."""
    index = _Index(events)
    keys = agreement_keys(agreements)
    found = []
    for agreement, key, windows in zip(agreements, keys, term_windows(agreements), strict=True):
        terms = []
        for term, window in zip(agreement.terms, windows, strict=True):
            handed, undated = index.within(term, window)
            fraction, state = _state(term, handed)
            terms.append(TermFulfilment(term, window, handed, fraction, state, undated))
        found.append(AgreementFulfilment(key, agreement, tuple(terms),
                                         tuple(_problems(agreement))))
    return tuple(found)
