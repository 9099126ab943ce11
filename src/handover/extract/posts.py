"""Posts a report reproduces under a header naming who posted them and where ("Volodymyr
Zelensky (X) · 23 May 2025 · 18:40", "Міноборони рф (Telegram), 14 серпня"): the paragraph
under such a header is in its author's voice; the report's comments after it are its own.

>>> from handover.extract.context import read_document
>>> from handover.extract.patterns import lexicon
>>> from handover.domain import PartyRegistry
>>> text = ("Anna Berg, an aid worker (Telegram) · 2 June 2025\\n\\nWe flew 40 home. All well."
...         "\\n\\nViews: 2K\\n\\nShe posted it at noon.")
>>> items = read_document(text, lexicon("en"), PartyRegistry.builtin(), None, None).sentences
>>> sorted(posts(items).items())
[(1, 'Anna Berg'), (2, 'Anna Berg')]
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence

__all__ = ["posts"]

# "Name[, role] (Platform[, ...])[ · date · time]": a post's header on a line of its own
_HEADER = re.compile(
    r"(?P<name>[^()\n·|,:]{2,60}?)(?:,[^()\n·|]{0,80})?\s*\((?:[^()\n]{0,20}\s)?"
    r"(?:telegram|x|twitter|facebook|instagram|threads|youtube|vk|vkontakte|телеграм\w*|"
    r"фейсбук\w*|вконтакте|ютуб\w*)(?:[\s,;:-][^()\n]{0,30})?\)\s*(?:[·•|,—–-].*)?",
    re.IGNORECASE)
_HEADER_WORDS = 30


def posts(items: list[Sentence]) -> dict[int, str]:
    """The author of each sentence of the paragraph under each post header; empty when the
    report reproduces no posts."""
    out: dict[int, str] = {}
    for item in items:
        if not item.opens_line or len(item.text.split()) > _HEADER_WORDS:
            continue
        header = _HEADER.fullmatch(item.text.strip()) or _FORWARDED.fullmatch(item.text.strip())
        if header is not None:
            out.update(dict.fromkeys(_paragraph(items, item.index + 1), header.group("name")))
    return out


# "Forwarded from Ministry of Defence of the Russian Federation (10:55), unofficial
# translation:": a post a chat passes on, in its source's voice
# (an export's time stamp may open it: "[16:12] Переслано з: ...", "[14.08.2025 13:47] Forwarded
# from ...:"; a channel's name may stand in quotes: "Переслано из канала «Минобороны России»")
_FORWARDED = re.compile(r"(?:\[[\d.: ]{4,20}\]\s*)?(?:forwarded from|переслано\s+(?:от|"
                        r"из(?:\s+канала)?|від|з(?:\s+каналу)?)|переслано)\s*:?\s*[«\"“]?"
                        r"(?P<name>[^()\n:,«»\"“”]{2,80}?)[»\"”]?\s*"
                        r"(?:\([^)]*\))?\s*(?:,[^:\n]{0,60})?:?", re.IGNORECASE)


def _paragraph(items: list[Sentence], first: int) -> list[int]:
    """The sentences of the paragraph that starts at ``first``."""
    out: list[int] = []
    for item in items[first:]:
        if item.opens_line and out:
            break
        out.append(item.index)
    return out
