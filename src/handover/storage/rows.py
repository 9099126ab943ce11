"""Mapping rows to domain objects and domain objects to row values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from handover.domain import (
    Agreement,
    Authenticity,
    Category,
    Claim,
    ClaimKind,
    ClaimRecord,
    Evidence,
    Qualifier,
    Report,
    ReviewState,
    Source,
    SourceKind,
    Term,
)

__all__ = [
    "agreement_from_row",
    "agreement_values",
    "claim_from_row",
    "claim_values",
    "evidence_from_row",
    "evidence_values",
    "report_from_row",
    "source_from_row",
    "term_from_json",
]

Row = Mapping[Any, Any]


def claim_values(claim: Claim) -> dict[str, Any]:
    """The ``claims`` columns that carry SPEC's claim object."""
    return {
        "giver": claim.giver,
        "receiver": claim.receiver,
        "category": claim.category.value,
        "count": claim.count,
        "qualifier": claim.qualifier.value,
        "kind": claim.kind.value,
        "event_date": claim.event_date,
        "statement_date": claim.statement_date,
        "speaker": claim.speaker,
        "quote": claim.quote,
        "quote_start": claim.start,
        "quote_end": claim.end,
        "flags": list(claim.flags),
    }


def claim_from_row(row: Row, review: ReviewState = ReviewState.UNREVIEWED) -> ClaimRecord:
    """A stored claim with its review state."""
    claim = Claim(
        giver=row["giver"],
        receiver=row["receiver"],
        category=Category(row["category"]),
        count=row["count"],
        qualifier=Qualifier(row["qualifier"]),
        kind=ClaimKind(row["kind"]),
        event_date=row["event_date"],
        statement_date=row["statement_date"],
        speaker=row["speaker"],
        quote=row["quote"],
        start=row["quote_start"],
        end=row["quote_end"],
        flags=tuple(row["flags"]),
    )
    return ClaimRecord(
        id=row["id"],
        claim=claim,
        report_id=row["report_id"],
        source_id=row["source_id"],
        review=review,
        supersedes=row["supersedes"],
        citation=row["citation"],
        note=row["note"],
    )


def source_from_row(row: Row) -> Source:
    """A stored source."""
    return Source(
        name=row["name"],
        kind=SourceKind(row["kind"]),
        affiliation=row["affiliation"],
        relayed_by=row["relayed_by"],
        id=row["id"],
    )


def report_from_row(row: Row) -> Report:
    """A stored report."""
    return Report(
        sha256=row["sha256"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        language=row["language"],
        published=row["published"],
        filename=row["filename"],
        id=row["id"],
    )


def term_from_json(data: Mapping[str, Any]) -> Term:
    """A term from its JSON object."""
    return Term(
        category=Category(data["category"]),
        giver=data["giver"],
        receiver=data["receiver"],
        count=data.get("count"),
        all_for_all=bool(data.get("all_for_all", False)),
        conditions=data.get("conditions") or "",
    )


def agreement_values(agreement: Agreement) -> dict[str, Any]:
    """The ``agreements`` columns of an agreement."""
    return {
        "name": agreement.name,
        "date": agreement.date,
        "venue": agreement.venue,
        "parties": list(agreement.parties),
        "mediators": list(agreement.mediators),
        "terms": [t.to_json() for t in agreement.terms],
        "supersedes": agreement.supersedes,
    }


def agreement_from_row(row: Row) -> Agreement:
    """A stored agreement."""
    return Agreement(
        name=row["name"],
        date=row["date"],
        venue=row["venue"],
        parties=tuple(row["parties"]),
        mediators=tuple(row["mediators"]),
        terms=tuple(term_from_json(t) for t in row["terms"]),
        id=row["id"],
        supersedes=row["supersedes"],
    )


def evidence_values(item: Evidence) -> dict[str, Any]:
    """The ``evidence`` columns of a piece of evidence."""
    values = item.to_json()
    values.pop("id")
    return values


def evidence_from_row(row: Row) -> Evidence:
    """A stored piece of evidence."""
    return Evidence(
        location=row["location"],
        sha256=row["sha256"],
        media_type=row["media_type"],
        description=row["description"],
        event_ids=tuple(row["event_ids"]),
        authenticity=Authenticity(row["authenticity"]),
        size=row["size"],
        id=row["id"],
        supersedes=row["supersedes"],
    )
