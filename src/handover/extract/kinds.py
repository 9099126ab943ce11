"""What a figure's clause says happened: a handover done, one planned, a term agreed, or a total.

>>> from handover.extract.patterns import lexicon
>>> kind_of("Ukraine will hand over 500 prisoners next week", 23, lexicon("en")).value
'announced'
"""

from __future__ import annotations

import re

from handover.domain.vocabulary import ClaimKind
from handover.extract.patterns import Lexicon

__all__ = ["kind_of"]

_WINDOW = 80  # characters before the figure that govern it ("agreed to exchange 1,000")


def kind_of(clause: str, at: int, lex: Lexicon, *, formula: bool = False) -> ClaimKind:
    """The kind of the figure at offset ``at`` of ``clause``."""
    before = clause[max(0, at - _WINDOW):at]
    if formula or _agreed(before, lex):
        return ClaimKind.AGREED
    if _cumulative(clause, at, lex):
        return ClaimKind.CUMULATIVE
    if lex.rx("future").search(before) or _future_after(clause[at:], lex):
        return ClaimKind.ANNOUNCED
    return ClaimKind.COMPLETED


def _cumulative(clause: str, at: int, lex: Lexicon) -> bool:
    """A total word governs the figure: before it, or after it with no other figure between."""
    for match in lex.rx("cumulative").finditer(clause):
        if match.start() < at:
            return True
        between = clause[at:match.start()]
        figures = re.findall(r"\d+(?:[ ,.\u00a0]\d{3})*", between)
        if len(figures) <= 1:
            return True
    return False


def _agreed(before: str, lex: Lexicon) -> bool:
    """An agreement word governs the figure, with no completed act in between."""
    matches = list(lex.rx("agreement").finditer(before))
    if not matches:
        return False
    tail = before[matches[-1].end():]
    done = re.search(r"\b(?:was|were|had|has|have)\b|\w+ed\b", tail) if lex.lang == "en" else (
        re.search(r"\w+(?:в|ла|ли|ло|лися|лись|лася|лось|вся|ні|ны|но|на|ено|ені|ены)(?![\w'’])",
                  tail))
    return done is None or bool(re.match(r"\s*(?:to|on|upon|що|щодо|о|об|про)\b", tail))


def _future_after(after: str, lex: Lexicon) -> bool:
    """"500 prisoners will be exchanged": a future verb right after the figure's noun."""
    return bool(re.match(rf"[^,.;]{{0,40}}?(?<![\w'’])(?:will|would|are to|is to|are due|"
                         rf"буде|будуть|будет|будут)(?![\w'’])", after, re.IGNORECASE))
