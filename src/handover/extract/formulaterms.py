"""Whether a formula a sentence writes ("146 на 146", "a 1,000-for-1,000 swap") states the
exchange itself or only names one: a sentence that is little but the formula states it, as
does a chronology's entry of a formula, a dash and its day; a swap named by its formula that
someone brokered or carried out was done, and so was a formula of a month ("146 for 146 in
August").
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence
from handover.extract.dates import month_word
from handover.extract.figures import Figure
from handover.extract.kinds import DONE_SWAP
from handover.extract.listleads import undated
from handover.extract.numbers import find_numbers
from handover.extract.patterns import Lexicon

__all__ = ["done_swap", "of_a_month", "stated_alone"]


def stated_alone(item: Sentence, lex: Lexicon) -> bool:
    """"Правильно — тисяча на тисячу.", "146 на 146, знову через ОАЕ.": a sentence that is
    little but an even formula (not a reader's sum, "3 на 369, от і вся арифметика", nor a
    judgement, "Two for 277 men is not enough"), or that opens with a formula and a dash
    before the day it was done. A label before it ("RUSTEM UMEROV: On the dead: ...") and a
    day ("- 5 февраля 2025 г. (150 на 150);") are no part of what it says."""
    said = _LABELLED.sub("", undated(item))
    even = len({n.value for n in find_numbers(said, lex)}) == 1
    return (len(said.split()) <= _BARE_FORMULA_WORDS and even
            and not _NOT.search(item.text)) or _dated_formula(item)


def done_swap(body: str, figure: Figure) -> bool:
    """"the UAE brokered a 146-for-146 swap": a swap done, named by its formula (either half)."""
    before = body[:figure.start]
    if figure.second:
        before = _FIRST_HALF_BEFORE.sub("", before)
    # (or after it: "a 146-for-146 prisoner swap brokered by the United Arab Emirates")
    return DONE_SWAP.search(before) is not None or _DONE_AFTER.match(body, figure.end) is not None


def of_a_month(body: str, lex: Lexicon) -> bool:
    """"in August", "в августе", "у серпні": a month named as a time (by its lemma)."""
    return any(month_word(word, lex) for word in _AFTER_IN.findall(body))


_AFTER_IN = re.compile(r"(?<!\w)(?:in|в|у|во)\s+([^\W\d_]{3,})", re.IGNORECASE)


def _dated_formula(item: Sentence) -> bool:
    """Whether the sentence opens with a formula and a dash before the day it was done."""
    opening = _FORMULA_DASH.match(item.text)
    return opening is not None and any(m.start == opening.end() and m.day is not None
                                       for m in item.mentions)


_BARE_FORMULA_WORDS = 10
_LABELLED = re.compile(r"^[^:]{1,40}:\s+")
_NOT = re.compile(r"(?<!\w)(?:not|no|не|ні|нет)(?!\w)", re.IGNORECASE)
# a formula opening its line, a dash, then the day it was done: "**60 на 60** — 6 декабря
# 2022 года, в День Вооружённых сил Украины" (an entry of a chronology, whatever follows)
_FORMULA_DASH = re.compile(r"[\W_]*\d[\d\s.,]*\s+(?:на|за|for)\s+\d[\d\s.,]*?[*_»\"”]*\s*[—–]\s*",
                           re.IGNORECASE)
_DONE_AFTER = re.compile(r"(?:-?for-?\d[\d,]*)?\s+(?:prisoner\s+)?(?:swap|exchange|handover)\s+"
                         r"(?:was\s+)?(?:brokered|mediated|arranged|carried out|conducted|"
                         r"completed)\b", re.IGNORECASE)
_FIRST_HALF_BEFORE = re.compile(r"(?:\d[\d\s.,]*|[^\W\d_]+)\s*-?\s*(?:for|на|за)\s*-?\s*$",
                                re.IGNORECASE)
