"""More constructions met in reports the extractor was not tuned on, each tested with
sentences of our own (test_generalisation.py holds the first ones)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, core


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сьогодні додому повернулися 150 українців. За його словами, це 120 військових, "
         "двадцять прикордонників та десятеро цивільних.", "uk"),
        ("Russia freed 150 Ukrainians on Friday. These were 120 soldiers, 20 marines and "
         "ten civilians, he said.", "en"),
    ],
)
def test_these_are_figures_that_add_up_to_the_figure_before(text: str, lang: str) -> None:
    assert core(claims_of(text, lang)) == [("Russia", "Ukraine", 150, "mixed"),
                                           ("Russia", "Ukraine", 10, "civilian")]
