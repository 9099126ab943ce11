"""Claims: one voice's statement that someone handed over a number of people to someone."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from handover.domain.vocabulary import Category, ClaimKind, Qualifier, ReviewState

__all__ = ["Claim", "ClaimRecord"]


@dataclass(frozen=True)
class Claim:
    """The claim object of SPEC.md: what is asserted, by whom, and where in the text."""

    giver: str | None
    receiver: str | None
    category: Category
    count: int | None
    qualifier: Qualifier = Qualifier.EXACT
    kind: ClaimKind = ClaimKind.COMPLETED
    event_date: date | None = None
    statement_date: date | None = None
    speaker: str | None = None
    quote: str = ""
    start: int = 0
    end: int = 0
    flags: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The claim as SPEC's JSON object."""
        data = asdict(self)
        data["category"] = self.category.value
        data["qualifier"] = self.qualifier.value
        data["kind"] = self.kind.value
        data["event_date"] = _iso(self.event_date)
        data["statement_date"] = _iso(self.statement_date)
        data["flags"] = list(self.flags)
        return data


@dataclass(frozen=True)
class ClaimRecord:
    """A claim as the ledger holds it: with its report, its source and its review state.

    A correction is a new record whose ``supersedes`` names the record it replaces.
    """

    id: int
    claim: Claim
    report_id: int | None
    source_id: int | None
    review: ReviewState = ReviewState.UNREVIEWED
    supersedes: int | None = None
    citation: str | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        """SPEC's claim object with the ledger's fields added."""
        return {
            "id": self.id,
            **self.claim.to_json(),
            "report_id": self.report_id,
            "source_id": self.source_id,
            "review": self.review.value,
            "supersedes": self.supersedes,
            "citation": self.citation,
            "note": self.note,
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
