"""Plain-language pieces shared by explanations and discrepancies: figures, dates, voices, ids.

>>> figure_text(0, Qualifier.EXACT), figure_text(1000, Qualifier.AT_LEAST)
('none', 'at least 1,000')
>>> day(date(2025, 6, 11)), slug("Palestinian Islamic Jihad")
('11 June 2025', 'palestinian-islamic-jihad')
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from datetime import date

from handover.domain import Qualifier, Source, SourceKind

__all__ = ["day", "figure_text", "join_words", "number", "slug", "voice_phrase"]

_QUALIFIER_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.ABOUT: "about ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.AT_MOST: "at most ",
}


def number(value: int) -> str:
    """A count with thousands separators: 1,212."""
    return f"{value:,}"


def figure_text(count: int | None, qualifier: Qualifier) -> str:
    """A stated figure in words: "none", "1,212", "about 1,200", "at least 1,000"."""
    if count is None:
        return "no figure"
    if count == 0 and qualifier in (Qualifier.EXACT, Qualifier.ABOUT):
        return "none"
    return f"{_QUALIFIER_WORDS[qualifier]}{number(count)}"


def day(value: date) -> str:
    """A date as people write it: 11 June 2025."""
    return f"{value.day} {value:%B} {value.year}"


def voice_phrase(source: Source) -> str:
    """How a voice is named in a sentence: "Interfax's unnamed source", "Vladimir Medinsky"."""
    if source.kind is SourceKind.UNNAMED:
        return f"{source.relayed_by}'s unnamed source" if source.relayed_by else "an unnamed source"
    return source.name


def join_words(items: Sequence[str]) -> str:
    """Items joined as in prose: "A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def slug(text: str | None) -> str:
    """A lowercase ASCII slug for ids: "unknown" for a missing name, and a checksum for a name
    with no Latin letters or digits (so two such names do not collide)."""
    if not text:
        return "unknown"
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return value or f"party-{zlib.crc32(text.encode('utf-8')):08x}"
