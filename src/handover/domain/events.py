"""Handover events: what the ledger concludes happened, reconciled from claims."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from handover.domain.vocabulary import Category

__all__ = ["EventStatus", "HandoverEvent"]


class EventStatus(StrEnum):
    """How sure the ledger is of an event's figure."""

    CORROBORATED = "corroborated"
    SINGLE_SOURCE = "single_source"
    DISPUTED = "disputed"


@dataclass(frozen=True)
class HandoverEvent:
    """SPEC's ``events`` object: one handover, its figures, who confirms it and what disagrees.

    ``kind`` is ``completed`` for a handover, ``announced`` for a planned one and ``cumulative``
    for a stated running total. ``problems`` are faults in the input (an impossible date, an
    unknown party); ``set_aside`` lists the claims left out of the figures (the explanation says
    why); ``related`` names other events: the handovers fulfilling an announcement, the stages a
    total covers, the announcement a handover fulfils.
    """

    id: str
    date: date | None
    giver: str | None
    receiver: str | None
    category: Category
    best: int | None
    low: int | None
    high: int | None
    status: EventStatus
    confirmed_by: tuple[str, ...] = field(default=())
    claims: tuple[int, ...] = field(default=())
    discrepancies: tuple[str, ...] = field(default=())
    kind: str = "completed"
    explanation: str = ""
    problems: tuple[str, ...] = field(default=())
    set_aside: tuple[int, ...] = field(default=())
    related: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The event as SPEC's JSON object (with ``kind`` and ``explanation`` added)."""
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "giver": self.giver,
            "receiver": self.receiver,
            "category": self.category.value,
            "best": self.best,
            "low": self.low,
            "high": self.high,
            "status": self.status.value,
            "confirmed_by": list(self.confirmed_by),
            "claims": list(self.claims),
            "discrepancies": list(self.discrepancies),
            "kind": self.kind,
            "explanation": self.explanation,
            "problems": list(self.problems),
            "set_aside": list(self.set_aside),
            "related": list(self.related),
        }
