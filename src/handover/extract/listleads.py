"""Lists and timelines. Under a lead-in ("Репатріація тіл загиблих цього року йшла за
окремим графіком:" over "- 14 лютого — 757;" and "- 28 березня — 909;") a figure of an item
with no noun of its own counts the people the lead-in names, not those the sentence before
counted. An entry of a timeline opens its line with its day or days and a colon or a dash
("30 January: eight hostages; 110 prisoners.").
"""

from __future__ import annotations

import re

from handover.domain.vocabulary import Category
from handover.extract.context import Sentence
from handover.extract.dates import LISTED_DAYS
from handover.extract.fates import has_act
from handover.extract.figures import phrase_category
from handover.extract.patterns import Lexicon

__all__ = ["colon_category", "lead_category", "opens_with_day", "undated"]

_DIGIT = re.compile(r"\d")
_MAX_ITEMS = 12
_ITEM_LENGTH = 160


def _item(item: Sentence) -> bool:
    return item.opens_line and len(item.text) <= _ITEM_LENGTH and not item.text.endswith(":")


def lead_category(items: list[Sentence], item: Sentence, lex: Lexicon) -> Category | None:
    """The people a lead-in ending in a colon names, for an item of the list under it (an
    item opens its line and is short; Markdown's list marks are gone by now)."""
    if not _item(item):
        return None
    index = item.index - 1
    while index >= 0 and item.index - index <= _MAX_ITEMS and _item(items[index]):
        index -= 1
    if index < 0:
        return None
    lead = items[index].text.rstrip()
    if not lead.endswith(":") or _DIGIT.search(lead):
        return None
    return phrase_category(lead, 0, len(lead), lex)


def colon_category(item: Sentence, lex: Lexicon) -> Category | None:
    """The people a sentence's short lead before a colon names, for its figures that name
    none when an act follows ("И тела: нам отдали 45, им — 212"; not a title's years,
    "Репатриация тел: хроника 2024–2025")."""
    lead = _COLON_LEAD.match(item.text)
    if lead is None or _DIGIT.search(lead.group(1)) or not has_act(
            item.text[lead.end():], lex):
        return None
    return phrase_category(lead.group(1), 0, len(lead.group(1)), lex)


_COLON_LEAD = re.compile(r"\W*((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*):\s")


def opens_with_day(item: Sentence) -> bool:
    """Whether the sentence opens its line with a day and a colon or a dash, as the entries
    of a timeline do ("30 January: eight hostages; 110 prisoners.")."""
    if not item.opens_line or not _LABEL_MARK.search(item.text, 0, 48) or not item.mentions:
        return False  # (the cheap tests first: most sentences have their dates read lazily)
    first = last = item.mentions[0]
    for mention in item.mentions[1:]:  # ("24 Aug, 14 Sep and 18 Oct 2024 - ...": days listed)
        if LISTED_DAYS.fullmatch(item.text, last.end, mention.start) is None:
            break
        last = mention
    return (_LEAD_MARKS.fullmatch(item.text, 0, first.start) is not None
            and _LABEL_MARK.match(item.text, last.end) is not None)


_LEAD_MARKS = re.compile(r"[\W\d]*")
_LABEL_MARK = re.compile(r"\s*[:—–-]\s")


def undated(item: Sentence) -> str:
    """The sentence without its dates."""
    text = item.text
    for dated in sorted(item.dates, key=lambda d: d.mention.start, reverse=True):
        text = text[:dated.mention.start - item.start] + text[dated.mention.end - item.start:]
    return text
