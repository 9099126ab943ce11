"""What reconciliation takes in: claim views, category classes, and the rules in force.

A :class:`ClaimView` bundles what reconciliation needs to know about one claim: the ledger's
record (with its review state and what it supersedes), the voice that makes it, and the date
its report was published. :class:`Rules` holds every threshold the default rules use, so a
caller can state them, and docs/reconciliation.md can name them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from handover.domain import Category, Claim, ClaimRecord, PartyKind, Source, builtin_parties

__all__ = ["CategoryClass", "ClaimView", "Rules", "category_class"]


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One claim with its voice and its report's publication date."""

    record: ClaimRecord
    source: Source
    published: date | None = None

    @property
    def id(self) -> int:
        """The claim record's id."""
        return self.record.id

    @property
    def claim(self) -> Claim:
        """The claim itself."""
        return self.record.claim


class CategoryClass(StrEnum):
    """Categories that may describe the same people: a report's "prisoners" may be another's
    "servicemen and civilians", but never "bodies"."""

    PRISONERS = "prisoners"
    BODIES = "bodies"
    HOSTAGES = "hostages"


_CLASSES = {
    Category.POW: CategoryClass.PRISONERS,
    Category.CIVILIAN: CategoryClass.PRISONERS,
    Category.DETAINEE: CategoryClass.PRISONERS,
    Category.MIXED: CategoryClass.PRISONERS,
    Category.BODIES: CategoryClass.BODIES,
    Category.HOSTAGE: CategoryClass.HOSTAGES,
}


def category_class(category: Category) -> CategoryClass:
    """The class a category belongs to (pow, civilian, detainee and mixed are one class)."""
    return _CLASSES[category]


def _builtin_names(kind: PartyKind | None) -> frozenset[str]:
    return frozenset(p.name for p in builtin_parties() if kind is None or p.kind is kind)


def _all_parties() -> frozenset[str] | None:
    return _builtin_names(None)


def _intermediaries() -> frozenset[str]:
    return _builtin_names(PartyKind.INTERMEDIARY)


@dataclass(frozen=True)
class Rules:
    """The thresholds of the default reconciliation rules (see docs/reconciliation.md).

    ``parties`` is the set of known party names (None accepts any name); ``intermediaries``
    are the parties whose officials count as neutral. Windows are in days.
    """

    undated_window_days: int = 3
    announce_window_days: int = 14
    attach_factor: float = 1.5
    agreement_match_days: int = 30
    agreement_cluster_days: int = 7
    exact_tolerance: int = 0
    about_tolerance: float = 0.10
    earliest_date: date = date(1900, 1, 1)
    reverse_direction_conflicts: bool = True
    parties: frozenset[str] | None = field(default_factory=_all_parties)
    intermediaries: frozenset[str] = field(default_factory=_intermediaries)
