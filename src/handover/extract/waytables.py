"""Tables whose columns say who handed over and who received: "| Date | From | To | People
handed over | Who they were |" over "| 14.12.2020 | Azerbaijan | Armenia | 44 | prisoners |"
is one handover a row, Azerbaijan to Armenia, 44 prisoners of war, on 14 December 2020.

>>> from handover.extract import extract_claims
>>> table = ("| Date | From | To | Number | Who |\\n|---|---|---|---|---|\\n"
...          "| 14.12.2020 | Azerbaijan | Armenia | 44 | prisoners |")
>>> [(c.giver, c.receiver, c.count, str(c.event_date)) for c in extract_claims(table, lang="en")]
[('Azerbaijan', 'Armenia', 44, '2020-12-14')]
"""

from __future__ import annotations

from dataclasses import dataclass

from handover.domain.claims import Claim
from handover.domain.vocabulary import Category, ClaimKind
from handover.extract.categories import category_after
from handover.extract.context import Dated, Sentence
from handover.extract.numbers import find_numbers
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words
from handover.extract.wars import held_in, war_of

__all__ = ["WayColumns", "way_columns", "way_row_claims"]

# headers of the column of the side that handed over, and of the side that received
_GIVER = Words(r"from|by|given by|handed over by|released by|freed by|giver|sender|від|від кого|"
               r"хто передав|хто звільнив|передала сторона|сторона, що передала|от|от кого|"
               r"кто передал|передавшая сторона|передала")
_RECEIVER = Words(r"to|to whom|received by|receiver|recipient|кому|куди|хто отримав|отримувач|"
                  r"отримала|отримала сторона|приймаюча сторона|куда|кто получил|получатель|"
                  r"получила|принимающая сторона|получившая сторона")


@dataclass(frozen=True)
class WayColumns:
    """The columns of the giving and the receiving side."""

    giver: int
    receiver: int


def way_columns(heads: list[str]) -> WayColumns | None:
    """The giver's and receiver's columns of a header row, when it has both."""
    givers = [i for i, head in enumerate(heads) if _GIVER.fullmatch(head.strip(" *_"))]
    receivers = [i for i, head in enumerate(heads) if _RECEIVER.fullmatch(head.strip(" *_"))]
    if len(givers) != 1 or len(receivers) != 1 or givers == receivers:
        return None
    return WayColumns(givers[0], receivers[0])


def way_row_claims(item: Sentence, cells: list[str], sides: tuple[str, str],
                   skipped: set[int], heads: list[str], lex: Lexicon, day: Dated | None,
                   people: Category) -> list[Claim]:
    """The handover a row states between ``sides`` (giver, receiver): its figure from the
    first cell outside the ``skipped`` columns (the sides', the dates') with one count, its
    people from the cells after that or the figure's header, else ``people`` (those of the
    table's section)."""
    for column, cell in enumerate(cells):
        numbers = find_numbers(cell, lex) if column not in skipped else []
        if len(numbers) != 1:
            continue
        number = numbers[0]
        described = " ".join([*cells[column:], heads[column] if column < len(heads) else ""])
        found = category_after(f"{number.value} {described[number.end:].strip()}",
                               len(str(number.value)), lex)
        return [Claim(giver=sides[0], receiver=sides[1],
                      category=held_in(found[0] if found else people, war_of([sides[0]])),
                      count=number.value, qualifier=number.qualifier,
                      kind=ClaimKind.COMPLETED, event_date=day.day if day else None,
                      quote=item.text, start=item.start, end=item.end,
                      flags=("year_inferred",) if day is not None and day.inferred else ())]
    return []
