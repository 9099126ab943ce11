"""The seed report: every difficulty the product exists for, on one page.

The report is read from the shared folder beside the repository (it is not copied into the
project); without it these tests are skipped, naming the path they looked for.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from handover.domain import Category, Claim, ClaimKind
from handover.extract import extract_claims
from handover.ingest import read_report

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_53e587931ea954fc.txt"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"seed report not found at {SEED}")


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Claim]]:
    doc = read_report(SEED)
    return doc.text, extract_claims(doc.text, published=doc.published, lang=doc.language)


def _find(claims: list[Claim], count: int, quote_part: str) -> Claim:
    found = [c for c in claims if c.count == count and quote_part in c.quote]
    assert len(found) == 1, [c.to_json() for c in claims]
    return found[0]


def test_quotes_are_exact_slices(seed: tuple[str, list[Claim]]) -> None:
    text, claims = seed
    assert claims
    for claim in claims:
        assert text[claim.start:claim.end] == claim.quote
    assert [c.start for c in claims] == sorted(c.start for c in claims)


def test_1200_bodies_returned_by_russia_on_friday_13_june(seed: tuple[str, list[Claim]]) -> None:
    claim = _find(seed[1], 1200, "On Friday, June 13")
    assert (claim.giver, claim.receiver) == ("Russia", "Ukraine")
    assert claim.category == Category.BODIES
    assert claim.kind == ClaimKind.COMPLETED
    assert claim.event_date == date(2025, 6, 13)
    assert "year_inferred" in claim.flags
    assert claim.speaker == "Interfax, citing an unnamed source"


def test_none_returned_the_other_way(seed: tuple[str, list[Claim]]) -> None:
    claim = _find(seed[1], 0, "not returned a single body")
    assert (claim.giver, claim.receiver) == ("Ukraine", "Russia")
    assert claim.category == Category.BODIES
    assert claim.kind == ClaimKind.COMPLETED
    assert claim.speaker == "Interfax, citing an unnamed source"


def test_27_bodies_from_ukraine(seed: tuple[str, list[Claim]]) -> None:
    claim = _find(seed[1], 27, "27 bodies")
    assert (claim.giver, claim.receiver) == ("Ukraine", "Russia")
    assert claim.category == Category.BODIES
    assert claim.speaker == "Vladimir Medinsky"


def test_1212_keeps_the_garbled_direction_and_flags_it(seed: tuple[str, list[Claim]]) -> None:
    claim = _find(seed[1], 1212, "handed over 1,212")
    assert (claim.giver, claim.receiver) == ("Ukraine", "Russia")
    assert "direction_conflict" in claim.flags
    assert claim.category == Category.BODIES
    assert claim.speaker == "Vladimir Medinsky"
    assert claim.statement_date == date(2025, 6, 11)


def test_6000_for_6000_formula_is_two_agreed_terms(seed: tuple[str, list[Claim]]) -> None:
    terms = [c for c in seed[1] if c.count == 6000]
    assert len(terms) == 2
    assert {(c.giver, c.receiver) for c in terms} == {("Russia", "Ukraine"), ("Ukraine", "Russia")}
    for term in terms:
        assert term.kind == ClaimKind.AGREED
        assert term.category == Category.MIXED  # prisoners and the dead
        # The agreement's date (talks of 2 June) is when the term was stated; no handover
        # happened on it, so the event date stays empty, as SPEC's event_date means.
        assert term.statement_date == date(2025, 6, 2)
        assert term.event_date is None


def test_nothing_from_the_trailing_boilerplate(seed: tuple[str, list[Claim]]) -> None:
    text, claims = seed
    assert "WordPress" not in text
    assert "email address" not in text
    discussion = text.index("This discrepancy in numbers")
    assert not [c for c in claims if c.start >= text.index("The Istanbul talks")]
    assert not [c for c in claims if c.start == discussion]  # "1,212 versus 1,200" is no claim
