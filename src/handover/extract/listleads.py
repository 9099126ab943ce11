"""Lists under a lead-in: "Репатріація тіл загиблих цього року йшла за окремим графіком:"
over "- 14 лютого — 757;" and "- 28 березня — 909;". A figure of an item with no noun of its
own counts the people the lead-in names, not those the sentence before counted.
"""

from __future__ import annotations

import re

from handover.domain.vocabulary import Category
from handover.extract.context import Sentence
from handover.extract.figures import phrase_category
from handover.extract.patterns import Lexicon

__all__ = ["lead_category"]

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
