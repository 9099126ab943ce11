"""Whether a clause's figures count people handed over because the clause or its sentence
names an act: in words (a verb or a noun of handing over, an agreement), or by the shape of
the line (a stage's label, people "home" in a headline or after a colon, a sum of the
handovers told before, a cry of home before them on their line).
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence
from handover.extract.fates import has_act
from handover.extract.figures import DESTINATION
from handover.extract.patterns import Lexicon

__all__ = ["HEADLINE_WORDS", "after_cry_of_home", "hands_over", "names_act"]

HEADLINE_WORDS = 14  # the most words of a line read as a headline


def names_act(body: str, item: Sentence, lex: Lexicon) -> bool:
    """Whether the clause ``body`` of ``item``, or the sentence, names an act (see the
    module)."""
    return (has_act(body, lex) or has_act(item.text, lex)
            or _STAGE_LEAD.match(item.text) is not None  # "Первый этап: 390 на 390."
            or bool(lex.rx("agreement").search(body))  # "the deal covers 1,200"
            # a headline's people home: "869 detainees home after three days of flights";
            # a figure home after a colon: "Kyiv's count was higher: 189 home"
            or (item.is_heading(HEADLINE_WORDS) or bool(_COLON.search(body)))
            and bool(_HOME.search(body))
            # a sum of the handovers told before: "Разом за три дні — 1000 українців.", "390 +
            # 307 + 303 = 1,000 in each direction."
            or bool(_SUM_OPENS.match(item.text)) or bool(_EQUATION.search(body))
            # a row of a table of exchanges: "| 8 November 2024 | 563 bodies to Ukraine; 37 to
            # Russia |"
            or item.row and _sent_to_side(item))


def _sent_to_side(item: Sentence) -> bool:
    """Whether a figure of the row ``item`` is sent to a side ("563 bodies to Ukraine")."""
    for figure in _DIGITS.finditer(item.text):
        sent = DESTINATION.match(item.text, figure.end())
        if sent is not None and any(m.side and m.start - item.start == sent.end() - 1
                                    for m in item.parties):
            return True
    return False


def hands_over(body: str, lex: Lexicon) -> bool:
    """Whether the clause says people were handed over (given, received, returned or
    exchanged), not only that they arrived or met their families."""
    return any(lex.rx(kind).search(body) for kind in ("give", "get", "ret", "exchange"))


def after_cry_of_home(items: list[Sentence] | None, item: Sentence) -> bool:
    """"ВДОМА! 185 військових і 20 цивільних": figures on the line of a cry of home are the
    people who came home."""
    if item.opens_line or item.index < 1 or not items:
        return False
    return _CRY_OF_HOME.fullmatch(items[item.index - 1].text) is not None


_CRY_OF_HOME = re.compile(r"\W*(?:вони |они |they are )?(?:вдома|удома|дома|додому|home)\s*!+\W*",
                          re.IGNORECASE)
# a line of a timeline that opens with a stage and gives its figures: "Второй этап — по 307"
_STAGE_LEAD = re.compile(r"\W*(?:[\w'’-]+\s+)?(?:этап|етап|stage|phase)\w*(?:\s+\w+)?\s*[:—–]",
                         re.IGNORECASE)
_SUM_OPENS = re.compile(r"\W*(?:разом|загалом|усього|всього|итого|всего|в общей сложности|"
                        r"in total|in all|altogether|all told)\b[^.!?]{0,40}?[—–:]\s*(?:по\s+)?\d",
                        re.IGNORECASE)
_COLON = re.compile(r":\s+\d")
_DIGITS = re.compile(r"\d[\d,.\u00a0]*")
_TERM = r"\d[\d,.\u00a0 ]*\s*"
_EQUATION = re.compile(rf"{_TERM}\+\s*{_TERM}(?:\+\s*{_TERM})*=\s*\d")
_HOME = re.compile(r"\d[\d,.\u00a0]*\s+(?:[^\W\d]+\s+){0,3}(?:back\s+)?(?:home|free|вдома|додому|"
                   r"дома|домой)(?!\w)", re.IGNORECASE)
