"""What a figure's clause says happened: a handover done, one planned, a term agreed, or a total.

A word of time or agreement governs the figure it stands nearest: in "Russia had so far
returned 7,000 bodies and offered to hand over 3,000 more", "so far" makes 7,000 a running
total and "offered to hand over" makes 3,000 a plan.

>>> from handover.extract.patterns import lexicon
>>> kind_of("Ukraine will hand over 500 prisoners next week", 23, lexicon("en")).value
'announced'
"""

from __future__ import annotations

import re

from handover.domain.vocabulary import ClaimKind
from handover.extract.patterns import Lexicon

__all__ = ["kind_of"]

_WINDOW = 100  # characters before the figure that may govern it ("agreed to exchange 1,000")
_FIGURE = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d{3})*")


def kind_of(clause: str, at: int, lex: Lexicon, *, formula: bool = False,
            agreed_context: bool = False) -> ClaimKind:
    """The kind of the figure at offset ``at`` of ``clause``.

    ``agreed_context`` says the sentence before (or the start of this one) speaks of an
    agreement, so a figure planned for the future is one of its terms.
    """
    before = clause[max(0, at - _WINDOW):at]
    if formula:
        return ClaimKind.AGREED
    if _cumulative(clause, at, lex):
        return ClaimKind.CUMULATIVE
    if _agreed(before, lex):
        return ClaimKind.AGREED
    if _nearest(before, lex.rx("future")) or _future_after(clause[at:], lex):
        return ClaimKind.AGREED if agreed_context else ClaimKind.ANNOUNCED
    return ClaimKind.COMPLETED


def _nearest(before: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The last match in ``before`` with no other figure between it and the figure."""
    matches = list(pattern.finditer(before))
    if not matches or _FIGURE.search(before[matches[-1].end():]):
        return None
    return matches[-1]


def _cumulative(clause: str, at: int, lex: Lexicon) -> bool:
    """A total word governs the figure: before it, or just after its noun ("6,057 in total")."""
    if _nearest(clause[:at], lex.rx("cumulative")):
        return True
    after = re.match(r"[^,.;:—–]{0,40}", clause[at:])
    tail = after.group() if after else ""
    match = lex.rx("cumulative").search(tail)
    return match is not None and len(_FIGURE.findall(tail[:match.start()])) <= 1


def _agreed(before: str, lex: Lexicon) -> bool:
    """An agreement word governs the figure, with no completed act in between."""
    match = _nearest(before, lex.rx("agreement"))
    if match is None:
        return False
    tail = before[match.end():]
    done = re.search(r"\b(?:was|were|had|has|have)\b|\w+ed\b", tail) if lex.lang == "en" else (
        re.search(r"\w+(?:в|ла|ли|ло|лися|лись|лася|лось|вся|ні|ны|но|на|ено|ені|ены)(?![\w'’])",
                  tail))
    return done is None or bool(re.match(r"\s*(?:to|on|upon|що|щодо|о|об|про)\b", tail))


def _future_after(after: str, lex: Lexicon) -> bool:
    """"500 prisoners will be exchanged": a future verb right after the figure's noun."""
    return bool(re.match(r"[^,.;]{0,40}?(?<![\w'’])(?:will|would|are to|is to|are due|"
                         r"буде|будуть|будет|будут)(?![\w'’])", after, re.IGNORECASE))
