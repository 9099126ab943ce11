"""The date a report states for itself: a dateline ("KYIV, 24 May 2025 -") or a
"Published" line near the top.

Only dates with a written year count, and only where a dateline stands (the start of one of
the first lines, after a place name, or a short line of its own), so that the first date of
the story ("On 24 February 2022 Russia invaded...") is not mistaken for the report's.
"""

from __future__ import annotations

import re
from datetime import date

from handover.extract.dates import find_dates, resolve
from handover.extract.patterns import lexicon

__all__ = ["dateline_date"]

_HEAD_LINES = 6
_BYLINE_DOT = re.compile(r"\s+[·•]\s+")
_LABEL = re.compile(
    r"^\W*(published|updated|posted|date|опубліковано|оновлено|дата|опубликовано|обновлено)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"^[\s\W]*(?:[A-ZА-ЯІЇЄҐЁ][\w'’.-]*[ ,/]*){0,4}[-—–,(]?\s*")


def dateline_date(text: str, lang: str) -> date | None:
    """The report's own date from its dateline, or None when it states none."""
    lex = lexicon(lang)
    lines = [line for line in text.split("\n") if line.strip()][:_HEAD_LINES]
    # a byline's parts stand apart ("Initiative X · Note No. 7 · 10 January 2025"); a
    # table's row is no dateline
    parts = [part for line in lines if not line.lstrip().startswith("|")
             for part in _BYLINE_DOT.split(line)]
    for line in parts:
        for mention in find_dates(line, lex):
            if mention.year is None or not _at_dateline(line, mention.start):
                continue
            day, _ = resolve(mention, None)
            if day is not None:
                return day
    return None


def _at_dateline(line: str, start: int) -> bool:
    if len(line.split()) <= 12 or _LABEL.search(line):
        return True
    prefix = _PLACE.match(line)
    return prefix is not None and prefix.end() >= start
