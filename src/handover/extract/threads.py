"""Threads of numbered posts reproduced in a report ("1/5 ...", "2/5 ..."): every post is in
the voice of the one who, the sentence before the first says, posted them ("Majed al-Ansari
... published a thread of five numbered posts").

>>> from handover.extract.context import read_document
>>> from handover.extract.patterns import lexicon
>>> from handover.domain import PartyRegistry
>>> text = "Anna Berg wrote two posts.\\n\\n1/2 We flew 40 home.\\n\\n2/2 More soon.\\n\\nEnd."
>>> items = read_document(text, lexicon("en"), PartyRegistry.builtin(), None, None).sentences
>>> sorted(threads(items).items())
[(1, 'Anna Berg'), (2, 'Anna Berg')]
"""

from __future__ import annotations

import re

from handover.extract.context import Sentence

__all__ = ["threads"]

_POST = re.compile(r"\s*(\d{1,2})\s?/\s?(\d{1,2})\s+\S")
_INTRO_SENTENCES = 2  # how far before the first post its author may be named


def threads(items: list[Sentence]) -> dict[int, str]:
    """The author of each sentence of a thread of numbered posts whose author the text
    names just before it; empty when the report reproduces none."""
    out: dict[int, str] = {}
    for item in items:
        if "/" not in item.text[:8]:
            continue  # (no post's number opens it: the pattern is not worth trying)
        number = _number(item)
        if number is None or number[0] != 1:
            continue
        author = _author(items, item.index)
        if author is not None:
            out.update(dict.fromkeys(_posts(items, item.index, number[1]), author))
    return out


def _number(item: Sentence) -> tuple[int, int] | None:
    """The post's number and the thread's length, for a line that opens with "k/n"."""
    found = _POST.match(item.text) if item.opens_line else None
    if found is None:
        return None
    number, length = int(found.group(1)), int(found.group(2))
    return (number, length) if 1 <= number <= length else None


def _author(items: list[Sentence], first: int) -> str | None:
    """Who the sentences just before the first post say posted the thread."""
    for item in reversed(items[max(0, first - _INTRO_SENTENCES):first]):
        found = item.attribution
        if found is not None and found.speaker:
            return found.speaker
    return None


def _posts(items: list[Sentence], first: int, length: int) -> list[int]:
    """The sentences of the posts numbered 1 to ``length`` from ``first`` on, each post up
    to the next line that the thread's next post does not open."""
    out = [first]
    expected = 2
    for item in items[first + 1:]:
        if item.opens_line:
            if _number(item) != (expected, length):
                break
            expected += 1
        out.append(item.index)
    return out
