"""The document around a claim: its sentences, dates, voices and sides.

Claims borrow from their neighbours: a speaker named in the next sentence ("The
announcement, reported by Interfax ..."), a voice continued by "he claimed" or "the same
source", a date stated a sentence or two before, the two sides the report is about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from handover.domain.registry import PartyRegistry
from handover.extract.actors import PartyMention, find_parties
from handover.extract.categories import people_pattern
from handover.extract.dates import DateMention, find_dates, resolve, weekday_year
from handover.extract.patterns import Lexicon
from handover.extract.speakers import Attribution, find_attribution
from handover.extract.text import clauses, sentences

__all__ = ["Dated", "Sentence", "read_sentences", "reference_date", "document_sides"]

_DATELINE_AFTER = re.compile(r"\s*(?:[-—–(]|$)")


@dataclass(frozen=True)
class Dated:
    """A date mention of a sentence (offsets into the document), resolved."""

    mention: DateMention
    day: date | None
    inferred: bool
    statement: bool = False
    dateline: bool = False


@dataclass
class Sentence:
    """One sentence with what extraction needs to know about it."""

    index: int
    start: int
    end: int
    text: str
    clauses: list[tuple[int, int]]
    dates: list[Dated] = field(default_factory=list)
    attribution: Attribution | None = None
    parties: list[PartyMention] = field(default_factory=list)
    headline: bool = False


def reference_date(text: str, lex: Lexicon, published: date | None) -> date | None:
    """The date year-less dates are read against: the report's, else the first it states."""
    if published is not None:
        return published
    for mention in find_dates(text, lex):
        if mention.year is not None and mention.month and mention.day:
            return resolve(mention, None)[0]
        if mention.weekday is not None and mention.absolute:
            assert mention.day is not None and mention.month is not None
            year = weekday_year(mention.day, mention.month, mention.weekday, None)
            if year is not None:
                return resolve(mention, date(year, mention.month, 1))[0]
    return None


def read_sentences(text: str, lex: Lexicon, registry: PartyRegistry,
                   reference: date | None, published: date | None) -> list[Sentence]:
    """Every sentence of the document, with dates, attribution and parties."""
    out = []
    people = people_pattern(lex)
    for index, (start, end, sentence) in enumerate(sentences(text)):
        item = Sentence(index, start, end, sentence, clauses(text, start, end))
        item.attribution = find_attribution(sentence, lex)
        item.dates = _dates(sentence, start, item, lex, reference, published)
        item.parties = [
            PartyMention(m.party, m.start + start, m.end + start, m.role, m.side)
            for m in find_parties(sentence, registry, lex, people)
        ]
        item.headline = _is_headline(text, start, end, index)
        out.append(item)
    return out


def _dates(sentence: str, offset: int, item: Sentence, lex: Lexicon,
           reference: date | None, published: date | None) -> list[Dated]:
    future = bool(lex.rx("future").search(sentence))
    out = []
    for mention in find_dates(sentence, lex):
        base = published if not mention.absolute else reference
        day, inferred = resolve(mention, base, future=future)
        shifted = DateMention(mention.start + offset, mention.end + offset, mention.day,
                              mention.month, mention.year, mention.weekday, mention.offset)
        dateline = (item.index < 3 and mention.year is not None
                    and bool(_DATELINE_AFTER.match(sentence, mention.end)))
        out.append(Dated(shifted, day, inferred, _is_statement(sentence, mention, item, lex),
                         dateline))
    return out


def _is_statement(sentence: str, mention: DateMention, item: Sentence, lex: Lexicon) -> bool:
    """A date that says when the speaker spoke: "On June 11, X announced", "said on Friday"."""
    attribution = item.attribution
    if attribution is None:
        return False
    if mention.end <= attribution.start:
        # "On June 11, Medinsky announced": nothing but the speaker between date and verb
        before = sentence[:attribution.start]
        acts = "|".join(getattr(lex, k) for k in ("give", "get", "ret", "exchange", "arrive"))
        return not re.search(rf"(?<![\w'’])(?:{acts})(?![\w'’])", before, re.IGNORECASE) and (
            not re.search(r"\b(?:that|що|что)\b", before))
    return (attribution.verb and mention.start >= attribution.end
            and mention.start - attribution.end <= 4)


def _is_headline(text: str, start: int, end: int, index: int) -> bool:
    """A title line: one of the first lines, a paragraph of its own, without a full stop."""
    if index > 1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    whole_line = text[line_start:line_end].strip() == text[start:end]
    return whole_line and not text[start:end].rstrip().endswith((".", "!", "?", ".”", ".\""))


def document_sides(items: list[Sentence]) -> list[str]:
    """The sides the report is about, most named first."""
    counts: Counter[str] = Counter(m.party for s in items for m in s.parties if m.side)
    return [name for name, _ in counts.most_common()]
