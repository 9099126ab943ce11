"""Quotes in the war's other language: a Ukrainian report that quotes the Russian defence
ministry in Russian ("«С подконтрольной киевскому режиму территории возвращены 84 российских
военнослужащих»"), or a Russian one quoting Kyiv in Ukrainian. Such a quote is read with the
words of its own language, and its claims are the sentence's, in the voice that quotes it.

>>> [(start, lang) for start, _, lang in foreign_parts(
...     "Міноборони рф написало: «Взамен переданы 185 военнопленных ВСУ».", "uk")]
[(25, 'ru')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from handover.domain import Claim
from handover.extract.context import Sentence
from handover.extract.voicing import Voice
from handover.ingest.language import ONLY_LETTERS, detect_language

__all__ = ["ForeignQuotes", "foreign_parts"]

_OTHER = {"uk": "ru", "ru": "uk"}
_OPENS = "«“„"
_CLOSES = "»”“"
_MIN_WORDS = 4
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")

Part = tuple[int, int, str]  # start and end in the sentence, and the quote's language


def foreign_parts(sentence: str, lang: str) -> list[Part]:
    """The quoted passages of ``sentence`` written in the other language of the war, as
    (start, end, language); a quote opened and not closed runs to the sentence's end, one
    closed and not opened from its start (a quote of several sentences)."""
    if lang == "en":
        return _in_cyrillic(sentence)
    other = _OTHER.get(lang)
    if other is None or not ONLY_LETTERS[other].search(sentence):
        return []
    return [(start, end, other) for start, end in _quoted(sentence)
            if _written_in(sentence[start:end], other, lang)]


def _in_cyrillic(sentence: str) -> list[Part]:
    """An English report's sentence written in Ukrainian or Russian (a post it reproduces
    as written): the whole sentence, in its language."""
    cyrillic = len(_CYRILLIC.findall(sentence))
    if cyrillic <= 4 * len(_LATIN.findall(sentence)) or len(sentence.split()) < _MIN_WORDS:
        return []
    return [(0, len(sentence), detect_language(sentence))]


def _quoted(sentence: str) -> list[tuple[int, int]]:
    spans = []
    opened: int | None = None
    depth = 0
    for index, char in enumerate(sentence):
        if char in _OPENS and (depth == 0 or char != "“"):
            if depth == 0:
                opened = index + 1
            depth += 1
        elif char in _CLOSES and depth > 0:
            depth -= 1
            if depth == 0 and opened is not None:
                spans.append((opened, index))
                opened = None
        elif char in _CLOSES and not spans and opened is None:
            spans.append((0, index))  # the end of a quote opened in a sentence before
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans


def _written_in(passage: str, other: str, lang: str) -> bool:
    return (len(passage.split()) >= _MIN_WORDS and bool(ONLY_LETTERS[other].search(passage))
            and not ONLY_LETTERS[lang].search(passage))


class ForeignQuotes:
    """Reads the foreign quotes of a report's sentences; ``read`` extracts the claims of a
    passage in a given language (the extractor itself, on the passage alone)."""

    def __init__(self, lang: str, read: Callable[[str, str], list[Claim]]) -> None:
        self._lang = lang
        self._other = _CYRILLIC if lang == "en" else ONLY_LETTERS.get(_OTHER.get(lang, ""))
        self._read = read

    def claims(self, item: Sentence,
               voice: Callable[[], Voice]) -> tuple[list[Claim], list[Part]]:
        """The claims of the foreign quotes of ``item`` and the parts they came from (only
        those that gave claims); ``voice`` gives the quoting voice (asked only then)."""
        if self._other is None or not self._other.search(item.text):
            return [], []
        out: list[Claim] = []
        used: list[Part] = []
        for part in foreign_parts(item.text, self._lang):
            start, end, lang = part
            found = self._read(item.text[start:end], lang)
            if found:
                used.append(part)
                out.extend(found)
        if not out:
            return [], []
        quoting = voice()
        return [_placed(claim, item, quoting) for claim in out], used

    @staticmethod
    def holds(parts: list[Part], at: int) -> bool:
        """Whether offset ``at`` of a sentence lies in one of its foreign ``parts``."""
        return any(start <= at < end for start, end, _ in parts)


def _placed(claim: Claim, item: Sentence, quoting: Voice) -> Claim:
    """A quote's claim as the sentence quoting it states it: in its voice, at its place."""
    said = quoting.said.day if quoting.said is not None else claim.statement_date
    return replace(claim, quote=item.text, start=item.start, end=item.end,
                   speaker=claim.speaker or quoting.speaker, statement_date=said)
