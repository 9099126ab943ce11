"""Helpers shared by the extraction tests: claims of a text, checked to sit at their offsets,
and the core of each claim (giver, receiver, count, category) for short comparisons."""

from __future__ import annotations

from datetime import date

from handover.domain import Claim
from handover.extract import extract_claims

SAT = date(2025, 6, 14)  # a Saturday: relative days in test sentences count back from it

Core = tuple[str | None, str | None, int | None, str]


def claims_of(text: str, lang: str = "en", published: date | None = SAT) -> list[Claim]:
    """The claims of `text`, each asserted to quote the text exactly at its offsets."""
    claims = extract_claims(text, published=published, lang=lang)
    for claim in claims:
        assert text[claim.start:claim.end] == claim.quote
    return claims


def core(claims: list[Claim]) -> list[Core]:
    """Giver, receiver, count and category of each claim, in order."""
    return [(c.giver, c.receiver, c.count, c.category.value) for c in claims]
