"""Reconcile claims into handover events, in full or after a few claims changed.

>>> from handover.reconcile.samples import june_2025_repatriation
>>> result = reconcile(june_2025_repatriation())
>>> [(e.id, e.best, e.status.value) for e in result.events][1]
('2025-06-13-russia-ukraine-bodies', 1200, 'corroborated')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any

from handover.domain import Agreement, ClaimKind, HandoverEvent
from handover.errors import NotFoundError
from handover.reconcile.agreed import AgreedLink, agreement_keys
from handover.reconcile.normalize import Entry
from handover.reconcile.results import Problem, SetAside
from handover.reconcile.state import LedgerState, empty_state, update_state
from handover.reconcile.views import ClaimView, Rules

__all__ = ["Problem", "Reconciliation", "SetAside", "reconcile", "rereconcile"]


@dataclass(frozen=True)
class Reconciliation:
    """The result of a reconciliation: events, agreements (known and derived), what was set
    aside and what was wrong with the input. Keep it to call :func:`rereconcile` later."""

    events: tuple[HandoverEvent, ...]
    agreements: tuple[Agreement, ...]
    agreed: tuple[AgreedLink, ...]
    set_aside: tuple[SetAside, ...]
    problems: tuple[Problem, ...]
    state: LedgerState = field(repr=False, compare=False)

    @cached_property
    def _by_id(self) -> dict[str, HandoverEvent]:
        return {event.id: event for event in self.events}

    def event(self, event_id: str) -> HandoverEvent:
        """The event with this id, or NotFoundError."""
        found = self._by_id.get(event_id)
        if found is None:
            raise NotFoundError(f"no event {event_id!r}")
        return found

    def agreement_keys(self) -> list[str]:
        """The readable keys of :attr:`agreements`, in the same order."""
        return agreement_keys(self.agreements)

    def discrepancies(self) -> list[str]:
        """Every discrepancy in plain words, each prefixed with the event or agreement."""
        found = [f"{e.id}: {d}" for e in self.events for d in e.discrepancies]
        found.extend(f"{link.agreement}: {link.note}" for link in self.agreed if not link.agrees)
        return found

    def to_json(self) -> dict[str, Any]:
        """Events, agreements, links, set-aside claims and problems as JSON-ready data."""
        return {
            "events": [e.to_json() for e in self.events],
            "agreements": [dict(a.to_json(), key=k)
                           for a, k in zip(self.agreements, self.agreement_keys(), strict=True)],
            "agreed": [link.to_json() for link in self.agreed],
            "set_aside": [s.to_json() for s in self.set_aside],
            "problems": [p.to_json() for p in self.problems],
        }


def reconcile(claims: Iterable[ClaimView], agreements: Iterable[Agreement] = (),
              rules: Rules | None = None) -> Reconciliation:
    """Reconcile every claim into handover events (the order of ``claims`` does not matter)."""
    state = update_state(empty_state(agreements, rules or Rules()), claims)
    return _result(state)


def rereconcile(previous: Reconciliation, changed: Iterable[ClaimView]) -> Reconciliation:
    """Add or replace (by id) some claims and redo only the groups they touch.

    The result equals ``reconcile`` over all claims; ``previous`` stays valid and unchanged.
    """
    return _result(update_state(previous.state, changed))


def _result(state: LedgerState) -> Reconciliation:
    # Each family's events are sorted by id already, so this sort only merges runs.
    events = sorted((e for family in state.events.values() for e in family), key=lambda e: e.id)
    agreements = (*state.agreements, *state.derived)
    return Reconciliation(
        events=tuple(events), agreements=agreements, agreed=state.links,
        set_aside=_set_aside(state), problems=_problems(state, agreements), state=state)


def _agreed_entries(state: LedgerState) -> list[Entry]:
    return [state.entries[i] for lane, ids in state.lanes.items()
            if lane[3] is ClaimKind.AGREED for i in ids]


def _set_aside(state: LedgerState) -> tuple[SetAside, ...]:
    found = [s for family in state.aside.values() for s in family]
    for loose in state.loose.values():
        found.extend(SetAside(e.id, why, None) for e, why in loose)
    for entry in _agreed_entries(state):
        reason = state.reason(entry)
        if reason is not None:
            found.append(SetAside(entry.id, reason, None))
    # Each claim is set aside in one place only, so its id orders the list.
    return tuple(sorted(found, key=attrgetter("claim")))


def _problems(state: LedgerState, agreements: tuple[Agreement, ...]) -> tuple[Problem, ...]:
    found = [p for family in state.problems.values() for p in family]
    for loose in state.loose.values():
        found.extend(Problem(p, claim=e.id) for e, _ in loose for p in e.problems)
    found.extend(Problem(p, claim=e.id) for e in _agreed_entries(state) for p in e.problems)
    found.extend(Problem(message, claim=i) for i, message in sorted(state.duplicates.items()))
    for agreement, key in zip(agreements, agreement_keys(agreements), strict=True):
        if not agreement.terms:
            found.append(Problem(f"Agreement {agreement.name!r} has no terms: there is "
                                 "nothing to measure its fulfilment against.", agreement=key))
    return tuple(sorted(set(found), key=lambda p: (p.event or "", p.claim or 0,
                                                   p.agreement or "", p.message)))
