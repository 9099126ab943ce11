"""Parts told before their whole: "120 of the 390 Ukrainians freed that day were civilians",
"Four civilians were among the 75 Ukrainians returned". The whole is put first, so that the
part is read as its part (see parts.py); a part taken "of the" whole has no noun of its own
and is of the kind the clause says its people were ("were civilians").
"""

from __future__ import annotations

import re
from dataclasses import replace

from handover.domain.vocabulary import Category
from handover.extract.categories import kind_of, people_pattern
from handover.extract.figures import Figure
from handover.extract.patterns import Lexicon

__all__ = ["wholes_first"]


def wholes_first(body: str, found: list[Figure], lex: Lexicon) -> list[Figure]:
    """``found`` (the figures of the clause ``body``) with each whole moved before the part
    told just before it; as they are when no part comes before its whole."""
    if len(found) < 2:
        return found
    figures = list(found)
    for index, (part, whole) in enumerate(zip(found, found[1:], strict=False)):
        if part.formula or whole.formula or part.count is None:
            continue
        if _OF_THE.fullmatch(body, part.end, whole.start):
            kind = _kind_they_were(body, whole.end, lex)
            if kind is None or kind == whole.category:
                continue  # ("70 of the 200 were sent home": no kind of people of its own)
            figures[index:index + 2] = [whole, replace(part, category=kind, bare=False)]
        elif _AMONG_THE.fullmatch(body, part.end, whole.start) and not part.bare:
            figures[index:index + 2] = [whole, part]
    return figures


def _kind_they_were(body: str, start: int, lex: Lexicon) -> Category | None:
    """The kind of people the clause says they were after ``start`` ("... were civilians")."""
    said = _WERE.search(body, start)
    if said is None:
        return None
    return kind_of(people_pattern(lex).match(body, said.end()), lex)


_OF_THE = re.compile(r"\s+of\s+(?:the|those|these)\s+", re.IGNORECASE)
_AMONG_THE = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}(?:were|are|was|is)\s+among\s+"
                        r"(?:the|those|these)\s+", re.IGNORECASE)
_WERE = re.compile(r"\s(?:were|are)\s+(?:all\s+)?", re.IGNORECASE)
