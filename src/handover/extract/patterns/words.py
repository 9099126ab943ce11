"""Whole-word patterns matched fast: on lower-cased text, case-sensitively.

Python's regular expressions compare every character twice over when told to ignore case,
and cannot skip ahead to where a pattern may start when it opens with a look-behind. A
:class:`Words` pattern is the fragment in lower case, matched case-sensitively against the
text in lower case, its start checked to fall on a word boundary afterwards: several times
faster, with the same matches. Offsets are those of the text itself, and ``group()`` gives
the text as written.

>>> Words("hand(?:ed)? over").search("Kyiv Handed over 27.").group()
'Handed over'
>>> Words("over").search("Moreover, over").start()
10
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["Found", "Words", "lowered"]

_WORD = frozenset("'’ʼ_")
_MEMO = 256  # texts whose matches a pattern keeps


@lru_cache(maxsize=256)
def lowered(text: str) -> str:
    """``text`` in lower case, character for character (offsets stay the same)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _lower_pattern(fragment: str) -> str:
    """The pattern with its letters in lower case, escapes (``\\W``, ``\\S``) untouched."""
    out = []
    escaped = False
    for char in fragment:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


class Found:
    """A match of a :class:`Words` pattern, with offsets into the text as given."""

    __slots__ = ("_match", "_text")

    def __init__(self, text: str, match: re.Match[str]) -> None:
        self._text = text
        self._match = match

    def start(self, group: int | str = 0) -> int:
        """Where the match (or a named group of it) starts."""
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        """Where the match (or a named group of it) ends."""
        return self._match.end(group)

    def span(self) -> tuple[int, int]:
        """(start, end) of the match."""
        return self._match.span()

    def group(self, group: int | str = 0) -> str:
        """The text matched (or matched by a named group), as written."""
        start, end = self._match.span(group)
        return self._text[start:end] if start >= 0 else ""

    @property
    def lastgroup(self) -> str | None:
        """The name of the last named group that matched."""
        return self._match.lastgroup


class Words:
    """A pattern of whole words (see the module), with the methods of a compiled pattern.

    The matches of the last texts searched whole are kept: extraction asks the same
    questions of the same sentence and clause many times.
    """

    __slots__ = ("_memo", "_rx", "fragment", "pattern")

    def __init__(self, fragment: str) -> None:
        self.fragment = fragment
        self._rx = re.compile(rf"(?:{_lower_pattern(fragment)})(?![\w'’ʼ])")
        self.pattern = f"(?:{fragment})"  # for patterns built from it (compiled ignoring case)
        self._memo: dict[str, list[Found]] = {}

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        """The first whole-word match in ``text[pos:endpos]``."""
        if pos == 0 and endpos is None:
            # (the memo looked up here, not through ``all``: this is the hottest call)
            found = self._memo.get(text)
            if found is None:
                found = self.all(text)
            return found[0] if found else None
        match = self._next(lowered(text), pos, len(text) if endpos is None else endpos)
        return Found(text, match) if match is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Found]:
        """Every whole-word match, in order, without overlaps."""
        if pos == 0 and endpos is None:
            return iter(self.all(text))
        return self._scan(text, pos, endpos)

    def all(self, text: str) -> list[Found]:
        """Every whole-word match in ``text`` (remembered for the last texts)."""
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= _MEMO:
                self._memo.clear()
            found = self._memo[text] = list(self._scan(text, 0, None))
        return found

    def _scan(self, text: str, pos: int, endpos: int | None) -> Iterator[Found]:
        low = lowered(text)
        end = len(text) if endpos is None else endpos
        while (match := self._next(low, pos, end)) is not None:
            yield Found(text, match)
            pos = max(match.end(), match.start() + 1)

    def _next(self, low: str, pos: int, end: int) -> re.Match[str] | None:
        """The first match in ``low[pos:end]`` that starts a word."""
        while pos <= end:
            match = self._rx.search(low, pos, end)
            if match is None:
                return None
            start = match.start()
            if start == 0 or not _wordlike(low[start - 1]):
                return match
            pos = start + 1
        return None

    def match(self, text: str, pos: int = 0) -> Found | None:
        """A whole-word match that starts at ``pos``."""
        if pos > 0 and _wordlike(text[pos - 1]):
            return None
        match = self._rx.match(lowered(text), pos)
        return Found(text, match) if match else None

    def fullmatch(self, text: str) -> Found | None:
        """A match of the whole of ``text``."""
        match = self._rx.fullmatch(lowered(text))
        return Found(text, match) if match else None


def _wordlike(char: str) -> bool:
    return char.isalnum() or char in _WORD
