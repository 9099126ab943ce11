"""Reciprocity: per pair of parties and category, what each side handed over, and over time.

The parties of a pair are in alphabetical order; ``flows[0]`` is first -> second and
``flows[1]`` second -> first. ``ratio`` is first -> second over second -> first (None when
the second side handed over nothing); ``series`` is the cumulative best, low and high of both
directions on every date a handover happened. Undated handovers count in the totals but not
in the series. The same is given per category class (pow, civilian, detainee and mixed are
"prisoners"), so a "mixed" stage and a "pow" stage of one exchange add up.

The JSON shape of :meth:`Balance.to_json` is documented in docs/reconciliation.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from handover.agreements.fulfilment import AgreementFulfilment, fulfilment
from handover.domain import Agreement, HandoverEvent
from handover.errors import NotFoundError
from handover.reconcile.views import category_class

__all__ = ["Balance", "Flow", "PairBalance", "SeriesPoint", "balance"]


@dataclass(frozen=True)
class Flow:
    """What one side handed over to the other: best, low, high, in how many handovers."""

    giver: str
    receiver: str
    best: int
    low: int
    high: int | None
    events: int

    def to_json(self) -> dict[str, Any]:
        """The flow as JSON."""
        return {"giver": self.giver, "receiver": self.receiver, "best": self.best,
                "low": self.low, "high": self.high, "events": self.events}


@dataclass(frozen=True)
class SeriesPoint:
    """Cumulative totals of both directions up to and including ``date``."""

    date: date
    best: tuple[int, int]
    low: tuple[int, int]
    high: tuple[int | None, int | None]

    def to_json(self) -> dict[str, Any]:
        """The point as JSON."""
        return {"date": self.date.isoformat(), "best": list(self.best), "low": list(self.low),
                "high": list(self.high)}


@dataclass(frozen=True)
class PairBalance:
    """One pair of parties and one category (or category class)."""

    parties: tuple[str, str]
    category: str
    flows: tuple[Flow, Flow]
    series: tuple[SeriesPoint, ...]
    undated_events: tuple[int, int]

    @property
    def difference(self) -> int:
        """First -> second best minus second -> first best."""
        return self.flows[0].best - self.flows[1].best

    @property
    def ratio(self) -> float | None:
        """First -> second best over second -> first best, or None when the latter is 0."""
        back = self.flows[1].best
        return round(self.flows[0].best / back, 3) if back else None

    def to_json(self, label: str = "category") -> dict[str, Any]:
        """The pair as JSON; ``label`` names the category field ("category" or "class")."""
        return {"parties": list(self.parties), label: self.category,
                "handed_over": [f.to_json() for f in self.flows],
                "difference": self.difference, "ratio": self.ratio,
                "undated_events": list(self.undated_events),
                "series": [p.to_json() for p in self.series]}


@dataclass(frozen=True)
class Balance:
    """SPEC's ``balance``: pairs by category and by class, agreements and their fulfilment."""

    pairs: tuple[PairBalance, ...]
    classes: tuple[PairBalance, ...]
    agreements: tuple[AgreementFulfilment, ...]
    skipped_events: tuple[str, ...]

    def for_agreement(self, ref: str | int) -> Balance:
        """This balance with only one agreement (by key or id), or NotFoundError."""
        chosen = tuple(a for a in self.agreements if ref in (a.key, a.agreement.id)
                       or str(ref) == str(a.agreement.id))
        if not chosen:
            raise NotFoundError(f"no agreement {ref!r}")
        return replace(self, agreements=chosen)

    def to_json(self) -> dict[str, Any]:
        """The balance as JSON (see docs/reconciliation.md)."""
        return {"pairs": [p.to_json() for p in self.pairs],
                "classes": [p.to_json("class") for p in self.classes],
                "agreements": [a.to_json() for a in self.agreements],
                "skipped_events": list(self.skipped_events)}


def balance(events: Iterable[HandoverEvent], agreements: Sequence[Agreement] = ()) -> Balance:
    """The balance of completed handovers per pair of parties, and the agreements' fulfilment.

    Events of another kind (announced, cumulative) are left out; so are events whose giver or
    receiver is unknown, which are listed in ``skipped_events``.
    """
    completed = [e for e in events if e.kind == "completed"]
    usable: list[HandoverEvent] = []
    by_category: dict[tuple[tuple[str, str], str], list[HandoverEvent]] = {}
    by_class: dict[tuple[tuple[str, str], str], list[HandoverEvent]] = {}
    for event in completed:
        if not event.giver or not event.receiver or event.giver == event.receiver:
            continue
        usable.append(event)
        first, second = sorted((event.giver, event.receiver))
        by_category.setdefault(((first, second), event.category.value), []).append(event)
        by_class.setdefault(((first, second), category_class(event.category).value),
                            []).append(event)
    kept = {e.id for e in usable}
    return Balance(
        pairs=tuple(_pair(key[0], key[1], by_category[key]) for key in sorted(by_category)),
        classes=tuple(_pair(key[0], key[1], by_class[key]) for key in sorted(by_class)),
        agreements=fulfilment(agreements, usable),
        skipped_events=tuple(sorted(e.id for e in completed if e.id not in kept)))


def _flow(giver: str, receiver: str, events: Sequence[HandoverEvent]) -> Flow:
    mine = [e for e in events if (e.giver, e.receiver) == (giver, receiver)]
    highs = [e.high for e in mine]
    return Flow(giver, receiver, best=sum(e.best or 0 for e in mine),
                low=sum(e.low if e.low is not None else e.best or 0 for e in mine),
                high=None if any(h is None for h in highs) else sum(h or 0 for h in highs),
                events=len(mine))


def _pair(pair: tuple[str, str], name: str, events: Sequence[HandoverEvent]) -> PairBalance:
    first, second = pair
    flows = (_flow(first, second, events), _flow(second, first, events))
    undated = (sum(1 for e in events if e.date is None and e.giver == first),
               sum(1 for e in events if e.date is None and e.giver == second))
    return PairBalance(pair, name, flows, _series(first, events), undated)


def _series(first: str, events: Sequence[HandoverEvent]) -> tuple[SeriesPoint, ...]:
    """Cumulative totals on each date, in date order."""
    best, low = [0, 0], [0, 0]
    high: list[int | None] = [0, 0]
    points: list[SeriesPoint] = []
    dated = sorted(((e.date, e) for e in events if e.date is not None),
                   key=lambda pair: (pair[0], pair[1].id))
    for when, event in dated:
        side = 0 if event.giver == first else 1
        best[side] += event.best or 0
        low[side] += event.low if event.low is not None else event.best or 0
        previous = high[side]
        high[side] = None if previous is None or event.high is None else previous + event.high
        point = SeriesPoint(when, (best[0], best[1]), (low[0], low[1]), (high[0], high[1]))
        if points and points[-1].date == when:
            points[-1] = point
        else:
            points.append(point)
    return tuple(points)
