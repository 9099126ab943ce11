"""Constructions met in reports the extractor was not tuned on, each tested with sentences of
our own: questions, going home, ..."""

from __future__ import annotations

from datetime import date

import pytest

from handover.domain import Claim
from handover.extract import extract_claims

SAT = date(2025, 6, 14)  # a Saturday


def _claims(text: str, lang: str = "en", published: date | None = SAT) -> list[Claim]:
    claims = extract_claims(text, published=published, lang=lang)
    for claim in claims:
        assert text[claim.start:claim.end] == claim.quote
    return claims


def _core(claims: list[Claim]) -> list[tuple[str | None, str | None, int | None, str]]:
    return [(c.giver, c.receiver, c.count, c.category.value) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Will Russia hand over 500 more bodies next week?", "en"),
        ("Чи поверне Росія ще 200 полонених?", "uk"),
        ("Состоится ли обмен «всех на всех»?", "ru"),
    ],
)
def test_a_question_asserts_no_handover(text: str, lang: str) -> None:
    assert _claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty Ukrainian sailors went home on Friday.", [("Russia", "Ukraine", 40, "pow")]),
        ("So far 75 Russian soldiers have gone home.", [("Ukraine", "Russia", 75, "pow")]),
    ],
)
def test_going_home_is_coming_back(text: str,
                                   expected: list[tuple[str, str, int, str]]) -> None:
    assert _core(_claims(text)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a figure that counts acts or groups counts no people
        ("Штаб насчитал 9 обменов и 800 вернувшихся украинцев за год.", "ru",
         [("Russia", "Ukraine", 800, "detainee")]),
        ("Two batches of Ukrainian soldiers were freed on Friday.", "en", []),
        # a year that heads a headline counts nothing; nor does a figure before "in"
        ("1999 in prisoner swaps: a look back\nRussia returned 40 soldiers to Ukraine.", "en",
         [("Russia", "Ukraine", 40, "pow")]),
        # a casualty in the main clause: the exchange in its relative clause is not theirs
        ("Погибли 30 украинских военнопленных, которых везли на обмен.", "ru", []),
    ],
)
def test_figures_that_count_no_handover(text: str, lang: str,
                                        expected: list[tuple[str, str, int, str]]) -> None:
    assert _core(_claims(text, lang)) == expected
