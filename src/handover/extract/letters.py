"""Letters a report reproduces: a letterhead (a line that is a body's name alone, such as
"КООРДИНАЦІЙНИЙ ШТАБ З ПИТАНЬ ПОВОДЖЕННЯ З ВІЙСЬКОВОПОЛОНЕНИМИ"), within a few lines a
salutation ("Шановний Віталію Петровичу!", "Уважаемый Аркадий Викторович!", "Dear Ms
Example,"), and the paragraphs after it are that body's words, up to a separator ("* * *"),
the next salutation or the end. A written answer to a member of parliament is such a letter;
the member's own question, with no letterhead, is not.

>>> from handover.extract.context import read_document
>>> from handover.extract.patterns import lexicon
>>> from handover.domain import PartyRegistry
>>> text = ("Ministry of Foreign Affairs\\n\\nDear Ms Example,\\n\\nIn reply to your letter: 90 "
...         "prisoners came home on Friday.\\n\\nYours sincerely")
>>> items = read_document(text, lexicon("en"), PartyRegistry.builtin(), None, None).sentences
>>> sorted(set(letters(items).values()))
['Ministry of Foreign Affairs']
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence
from handover.extract.voicenames import known_voice, voice_noun

__all__ = ["letters"]

_SALUTATION = re.compile(r"^\W*(?:шановн\w*|уважаем\w*|dear|вельмишановн\w*)\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"(?:[*•·~=-]\s*){3,}")
_HEAD_REACH = 3  # lines between the letterhead and the salutation (a place, a date)
_HEAD_WORDS = 14


def letters(items: list[Sentence]) -> dict[int, str]:
    """The sender of each sentence of a letter under a body's letterhead; empty when the
    report reproduces none."""
    out: dict[int, str] = {}
    for index, item in enumerate(items):
        if not _SALUTATION.match(item.text):
            continue
        sender = _letterhead(items, index)
        if sender is None:
            continue
        for following in items[index + 1:]:
            if _SEPARATOR.fullmatch(following.text.strip()) or _SALUTATION.match(following.text):
                break
            out[following.index] = sender
    return out


def _letterhead(items: list[Sentence], index: int) -> str | None:
    """The body whose name stands alone on a line just above the salutation at ``index``."""
    for back in range(1, _HEAD_REACH + 1):
        if index - back < 0:
            return None
        line = items[index - back].text.strip()
        words = line.split()
        if (words and len(words) <= _HEAD_WORDS and not re.search(r"[\d!?:;]", line)
                and not line.endswith(".") and (known_voice(line) or voice_noun(line))):
            return line
    return None
