"""Figures of a sentence that split a figure the report counted before: details, no claims.

"домой вернулись 58 мужчин и две женщины" after "60 на 60" splits the sixty by sex; "320 тіл
повернули з Донецького напрямку, 89 з Бахмутського, ще 154 передали з моргів" after "563
тіл" splits them by where they came from. Figures of one kind that add up to a figure
counted before, in a sentence that names no day and no stage, tell how that handover was
made up (the labelling guide: parts that split one category are details). Stages are
handovers of their own ("у п'ятницю — 390, у суботу — 307"; "in three stages of ...").
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence
from handover.extract.figures import Figure
from handover.extract.numbers import find_numbers
from handover.extract.patterns import Lexicon

__all__ = ["unsplit"]

Clause = tuple[int, int]

# men and women: a split by sex of people counted before is a detail, not a handover
_SEXES = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:m[ae]n|wom[ae]n|мужчин\w*|женщин\w*|чоловік\w*|"
                    r"жін\w*|жінк\w*)(?!\w)", re.IGNORECASE)
# Words of stages, rounds, days and flights: figures listed with them are handovers each
_STAGES = re.compile(r"(?<!\w)(?:stages?|phases?|rounds?|days?|flights?|етап\w*|этап\w*|"
                     r"раунд\w*|рейс\w*|дн\w*|день|фаз\w*)(?!\w)", re.IGNORECASE)


def unsplit(text: str, found: list[tuple[Clause, Figure]], counted: set[int], item: Sentence,
            lex: Lexicon) -> list[tuple[Clause, Figure]]:
    """``found`` (the claim figures of the sentence ``item``) without those that split a
    figure in ``counted`` (see the module)."""
    if len(found) < 2:
        return found
    split = [(c, f) for c, f in found if f.count is not None and not f.formula
             and _SEXES.match(text, c[0] + f.end)]
    if len(split) < 2 or sum(f.count or 0 for _, f in split) not in counted:
        split = _by_kind(found, counted, item, lex)
    return [pair for pair in found if pair not in split] if split else found


def _by_kind(found: list[tuple[Clause, Figure]], counted: set[int], item: Sentence,
             lex: Lexicon) -> list[tuple[Clause, Figure]]:
    """The figures of one kind whose sentence's numbers add up to a figure counted before."""
    # (not "the same number" after a figure: "Ми повернули восьмеро цивільних, і росія
    # отримала стільки ж" is two figures, no split of a figure counted before)
    parts = [(c, f) for c, f in found if f.count is not None and not f.formula
             and not (f.bare and f.refers)]
    # (parts in clauses of their own may go each its own way: "четверо дітей возз'єдналися з
    # рідними в Україні, а троє — в Росії")
    if len(parts) < 2 or len({f.category for _, f in parts}) != 1 or len(
            {c for c, _ in parts}) != 1 or _STAGES.search(item.text):
        return []
    total = sum(n.value for n in find_numbers(item.text, lex))
    if total not in counted or item.dates:  # (its dates read last: they cost the most)
        return []
    # (each side's own share is no detail: "the Houthis undertook to release 181 of them and
    # the Government of Yemen 706")
    subjects = {m.party for m in item.parties if m.side and m.role == "subject"}
    return [] if len(subjects) > 1 else parts
