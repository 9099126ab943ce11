"""The window in which handovers count towards an agreement's term.

A term's window opens on the agreement's date and closes (exclusively) on the date of the
next agreement that has a term in the same direction and category class, or that supersedes
it; otherwise it stays open. An agreement without a date has a window open at the start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from handover.domain import Agreement, Term
from handover.reconcile.text import day
from handover.reconcile.views import category_class

__all__ = ["Window", "term_windows"]


@dataclass(frozen=True)
class Window:
    """From ``start`` (inclusive) to ``end`` (exclusive); None is open."""

    start: date | None
    end: date | None

    def contains(self, when: date) -> bool:
        """Whether a handover on this day falls in the window."""
        return (self.start is None or when >= self.start) and (self.end is None or when < self.end)

    def describe(self) -> str:
        """The window in words."""
        start = f"from {day(self.start)}" if self.start else "from the start"
        end = f"until {day(self.end)} (excluded)" if self.end else "onwards"
        return f"{start} {end}"

    def to_json(self) -> dict[str, Any]:
        """The window as JSON: ISO dates or null."""
        return {"start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None}


def _same_lane(one: Term, other: Term) -> bool:
    return (one.giver, one.receiver) == (other.giver, other.receiver) \
        and category_class(one.category) == category_class(other.category)


def term_windows(agreements: Sequence[Agreement]) -> list[list[Window]]:
    """For each agreement, the window of each of its terms."""
    windows: list[list[Window]] = []
    for agreement in agreements:
        start = agreement.date
        per_term = []
        for term in agreement.terms:
            ends = [other.date for other in agreements
                    if other is not agreement and other.date is not None
                    and (start is None or other.date > start)
                    and (any(_same_lane(term, t) for t in other.terms)
                         or (agreement.id is not None and other.supersedes == agreement.id))]
            per_term.append(Window(start, min(ends) if ends else None))
        windows.append(per_term)
    return windows
