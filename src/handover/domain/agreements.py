"""Agreements reached in talks, and their terms per category and direction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from handover.domain.vocabulary import Category

__all__ = ["Agreement", "Term"]


@dataclass(frozen=True)
class Term:
    """One term: ``giver`` hands over ``count`` people of ``category`` to ``receiver``.

    ``count`` is None when the term is not a number: "all for all" (``all_for_all``) or a
    condition written in ``conditions`` (for instance custody in a third country).
    """

    category: Category
    giver: str
    receiver: str
    count: int | None = None
    all_for_all: bool = False
    conditions: str = ""

    def describe(self) -> str:
        """The term in words, for tables and reports."""
        amount = "all " if self.all_for_all else (f"{self.count} " if self.count is not None
                                                   else "")
        text = f"{self.giver} -> {self.receiver}: {amount}{self.category.value}"
        return f"{text} ({self.conditions})" if self.conditions else text

    def to_json(self) -> dict[str, Any]:
        """The term as a JSON object."""
        return {
            "category": self.category.value,
            "giver": self.giver,
            "receiver": self.receiver,
            "count": self.count,
            "all_for_all": self.all_for_all,
            "conditions": self.conditions,
        }


@dataclass(frozen=True)
class Agreement:
    """An agreement: where and when it was reached, between whom, through whom, on what terms."""

    name: str
    date: date | None
    venue: str | None = None
    parties: tuple[str, ...] = field(default=())
    mediators: tuple[str, ...] = field(default=())
    terms: tuple[Term, ...] = field(default=())
    id: int | None = None
    supersedes: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The agreement as a JSON object."""
        return {
            "id": self.id,
            "name": self.name,
            "date": self.date.isoformat() if self.date else None,
            "venue": self.venue,
            "parties": list(self.parties),
            "mediators": list(self.mediators),
            "terms": [t.to_json() for t in self.terms],
            "supersedes": self.supersedes,
        }
