"""The document around a claim: its sentences, dates, voices and sides.

Claims borrow from their neighbours: a speaker named in the next sentence ("The
announcement, reported by Interfax ..."), a voice continued by "he claimed" or "the same
source", a date stated a sentence or two before, the two sides the report is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from handover.domain.registry import PartyRegistry
from handover.extract.actors import Matchers, PartyMention, find_parties, party_matchers
from handover.extract.categories import people_pattern
from handover.extract.dates import DateMention, find_dates, following_weekday, resolve, weekday_year
from handover.extract.patterns import Lexicon
from handover.extract.speakers import Attribution, cues, find_attribution
from handover.extract.text import clauses, sentences
from handover.extract.voicenames import PLATFORM
from handover.extract.wars import War, war_of

__all__ = ["Dated", "Report", "Sentence", "read_document", "reference_date"]

_NOUN_USE = re.compile(r"(?:['’]s|\bthe|\ba|\ban|\bthis|\bthat|\bits)\s+$", re.IGNORECASE)
_DATELINE_AFTER = re.compile(r"\s*(?:[-—–(]|$)")
_PLACE = re.compile(r"\s*[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’/ .-]*,\s*")  # "ADEN/SANAA, "


# "Reuters пишет почти о 2000, «Голос Америки» — примерно о 1900": a voice whose verb of
# speech is the one before it, left out, and the figure it gives
_GAPPED_VOICE = re.compile(
    r"[,;]\s*(?:(?:а|и|і|й|та|and|while)\s+)?(?:the\s+)?(?P<name>«[^»]{2,40}»|\"[^\"]{2,40}\"|"
    r"(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’.-]*(?:\s+(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’.-]*){0,3})\s+(?:[—–]|of|at)\s*"
    r"(?=[^\d,.;:]{0,25}\d)", re.IGNORECASE)

_CLOSING_BRACKET = re.compile(r"\)\s*(?:[;|.]|$)")
_SPOKEN_FIGURE = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?\d")


def _gapped_voices(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """The voices that share the verb of speech of the attribution before them."""
    spoken = [a for a in found if a.verb and a.speaker is not None
              and _SPOKEN_FIGURE.match(sentence, a.end)]  # "X пишет о 2000", not "X said that"
    if not spoken:
        return []
    return [Attribution(m.group("name").strip("«»\""), m.start("name"), m.end("name"),
                        verb=True) for m in _GAPPED_VOICE.finditer(sentence, spoken[0].end)]


@dataclass(frozen=True)
class Dated:
    """A date mention of a sentence (offsets into the document), resolved."""

    mention: DateMention
    day: date | None
    inferred: bool
    statement: bool = False
    dateline: bool = False


@dataclass(frozen=True)
class _Setting:
    """What every sentence of one document is read with: the party names found in the
    whole text (one scan), and the parties that act as sides in it."""

    lex: Lexicon
    registry: PartyRegistry
    matchers: Matchers
    reference: date | None
    published: date | None
    spans: list[tuple[int, int, str]]
    acting: frozenset[str]
    posts: tuple[tuple[int, date], ...] = ()  # where each post of a feed starts, and its day


class Sentence:
    """One sentence; its attribution, dates and parties are read when first asked for.

    Most sentences of a report carry no figure, and reading them in full would cost most
    of the time extraction takes.
    """

    def __init__(self, index: int, start: int, end: int, text: str, setting: _Setting,
                 opens_line: bool = False) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self._setting = setting
        self.opens_line = opens_line  # whether a line (a paragraph, a turn) starts with it

    @cached_property
    def row(self) -> bool:
        """Whether the sentence is a row of a table ("| 11 June | 1,212 received |")."""
        return _ROW.match(self.text) is not None

    def is_heading(self, words: int) -> bool:
        """Whether the sentence is a heading: a short line of its own (``words`` words at
        most) with no stop at its end, and no table's row."""
        text = self.text.strip()
        return (self.opens_line and not self.row and len(text.split()) <= words
                and not text.endswith((".", "!", "?", "…", ":")))

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """The clauses of the sentence, as offsets into the document; a table row's cells
        are clauses of their own ("| 11 June | 1,212 received | 1,212 handed over |")."""
        found = clauses(self.text, 0, len(self.text))
        if self.row:
            found = [cell for a, b in found for cell in _cells(self.text, a, b)]
        return [(a + self.start, b + self.start) for a, b in found]

    @cached_property
    def attribution(self) -> Attribution | None:
        """Who the sentence says is speaking, if anyone."""
        return find_attribution(self.text, self._setting.lex)

    @cached_property
    def attributions(self) -> list[Attribution]:
        """The attribution of each clause that has one, with offsets into the sentence:
        "X said A, while Y said B" gives each figure its own voice."""
        # (also clauses each closed by its source in brackets: "150 for 150 (Russian MoD); 189
        # to Ukraine (Kyiv)")
        if len(self.clauses) < 2 or cues(self.text, self._setting.lex) < 2 and len(
                _CLOSING_BRACKET.findall(self.text)) < 2:
            own = [self.attribution] if self.attribution is not None else []
            return [*own, *_gapped_voices(self.text, own)]
        out = []
        for start, end in self.clauses:
            found = find_attribution(self.text[start - self.start:end - self.start],
                                     self._setting.lex)
            if found is not None:
                shift = start - self.start
                out.append(replace(found, start=found.start + shift, end=found.end + shift))
        return out

    @cached_property
    def mentions(self) -> list[DateMention]:
        """The sentence's date mentions, with offsets into the sentence."""
        return find_dates(self.text, self._setting.lex)

    @cached_property
    def dates(self) -> list[Dated]:
        """The sentence's dates, resolved, with offsets into the document."""
        s = self._setting
        published = next((day for at, day in reversed(s.posts) if at <= self.start),
                         s.published)  # ("23.05.2025 18:42" over a post: its "Сьогодні")
        return _dates(self.text, self.start, self, s.lex, s.reference, published)

    @property
    def lang(self) -> str:
        """The language of the document."""
        return self._setting.lex.lang

    @property
    def reference(self) -> date | None:
        """The report's date (or the first it fixes), which relative dates count from."""
        return self._setting.reference

    @property
    def matchers(self) -> Matchers:
        """The alias index the document is read with."""
        return self._setting.matchers

    @cached_property
    def parties(self) -> list[PartyMention]:
        """The parties named, with their roles, with offsets into the document."""
        s = self._setting
        lo = bisect_left(s.spans, (self.start, -1, ""))
        hi = bisect_left(s.spans, (self.end, -1, ""), lo)
        spans = [(a - self.start, b - self.start, name) for a, b, name in s.spans[lo:hi]
                 if b <= self.end]
        return [PartyMention(m.party, m.start + self.start, m.end + self.start, m.role, m.side)
                for m in find_parties(self.text, s.registry, s.lex, people_pattern(s.lex),
                                      spans=spans, sides=s.acting)]


_ROW = re.compile(r"\s*\|")
_CELL_EDGE = re.compile(r"\s+\|\s+")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span ``start``-``end`` of a table row cut at its cells' edges."""
    out = []
    for edge in _CELL_EDGE.finditer(text, start, end):
        if edge.start() > start:
            out.append((start, edge.start()))
        start = edge.end()
    if end > start:
        out.append((start, end))
    return out


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


@dataclass(frozen=True)
class Report:
    """A document read for extraction: its sentences, its sides (most named first; allies
    of its war that act as sides included) and its war."""

    sentences: list[Sentence]
    sides: list[str]
    war: War | None


def read_document(text: str, lex: Lexicon, registry: PartyRegistry,
                  reference: date | None, published: date | None) -> Report:
    """Every sentence of the document (attribution, dates and parties read on demand)."""
    matchers = party_matchers(registry)
    spans = matchers.spans(text)
    sides, war = _document_sides(spans, registry)
    if war is not None and war.government is not None:
        spans = _with_government(text, spans, lex, war.government)
    acting = frozenset(ally for ally, _ in war.allies) if war is not None else frozenset()
    setting = _Setting(lex, registry, matchers, reference, published, spans, acting,
                       _post_days(text, lex))
    items = [Sentence(index, start, end, sentence, setting,
                      opens_line=start == 0 or "\n" in text[max(0, start - 4):start])
             for index, (start, end, sentence) in enumerate(sentences(text))]
    named = Counter(name for _, _, name in spans)
    allies = [name for name, _ in named.most_common() if name in acting and name not in sides]
    return Report(items, [*sides, *allies], war)


def _post_days(text: str, lex: Lexicon) -> tuple[tuple[int, date], ...]:
    """The days of a feed's posts: a line that is nothing but a full date and a time of day
    ("23.05.2025 18:42", "[2025-05-24 19:05]") opens a post, whose "today" it is; so does an
    exported channel's separator of a day ("───── 18 квітня 2025 ─────")."""
    out = []
    for match in _POST_LINE.finditer(text):
        day, month, year = (match.group("d1", "m1", "y1") if match.group("d1")
                            else match.group("d2", "m2", "y2"))
        out.extend(_day_at(match.start(), year, month, day))
    for match in _DAY_SEPARATOR.finditer(text):
        month = lex.months.get(match.group("month").lower())
        if month is not None:
            out.extend(_day_at(match.start(), match.group("year"), str(month),
                               match.group("day")))
    return tuple(sorted(out))


def _day_at(at: int, year: str, month: str, day: str) -> list[tuple[int, date]]:
    try:
        return [(at, date(int(year), int(month), int(day)))]
    except ValueError:
        return []


_DAY_SEPARATOR = re.compile(r"^[ \t]*[─━═—–=-]{3,}[ \t]*(?P<day>[0-3]?\d)\s+(?P<month>[^\W\d_]+)"
                            r"\s+(?P<year>(?:19|20)\d\d)[ \t]*[─━═—–=-]{3,}[ \t]*$", re.MULTILINE)
_POST_LINE = re.compile(r"^[ \t\[]*(?:(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.(?P<y1>(?:19|20)\d\d)|"
                        r"(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)),?\s+"
                        # (or its sender after it: "[14.08.2025 10:03] Olena M.:")
                        r"\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:[^\n:]{1,120}:[ \t]*)?$",
                        re.MULTILINE)


def _dates(sentence: str, offset: int, item: Sentence, lex: Lexicon,
           reference: date | None, published: date | None) -> list[Dated]:
    future = bool(lex.rx("future").search(sentence))
    out: list[Dated] = []
    for mention in item.mentions:
        base = published if not mention.absolute else reference
        # (a report speaks of the past: a day and month after its own date are of the year
        # before, when the report's date is known)
        day, inferred = resolve(mention, base, future=future, strict=published is not None)
        told = next((d for d in reversed(out) if d.mention.absolute and d.day), None)
        if mention.following and told and told.day:
            # ("on Friday 23 May, 307 on the Saturday": the Saturday after that Friday; "on
            # Jan. 19, and ... 90 early the next day": the day after)
            day = (following_weekday(told.day, mention.weekday) if mention.weekday is not None
                   else told.day + timedelta(days=1))
            inferred = told.inferred
        shifted = replace(mention, start=mention.start + offset, end=mention.end + offset)
        # "KYIV, 24 May 2025 -", "KYIV, Sept 22 (Meridian Press) -": the report's own date
        # (not a list's item: "- 5 февраля 2025 г. (150 на 150);")
        dateline = (item.index < 3 and not _LIST_ITEM.match(sentence)
                    and bool(_DATELINE_AFTER.match(sentence, mention.end))
                    and (mention.year is not None
                         or bool(_PLACE.fullmatch(sentence[:mention.start]))))
        out.append(Dated(shifted, day, inferred, _is_statement(sentence, mention, item, lex),
                         dateline))
    return out


_LIST_ITEM = re.compile(r"\s*[-•*–]\s")


def _is_statement(sentence: str, mention: DateMention, item: Sentence, lex: Lexicon) -> bool:
    """A date that says when the speaker spoke: "On June 11, X announced", "said on Friday"."""
    attribution = item.attribution
    if _EVENT_OF.search(sentence, max(0, mention.start - 30), mention.start):
        return False  # ("In the round of 19 December, Medinsky said": the round's day)
    if _after_speech(sentence, mention, lex):
        return True  # (a second voice of the sentence: "..., and Zelensky said on 21 June")
    if attribution is None:
        return False
    if mention.end <= attribution.start:
        if not attribution.verb:
            return False  # "Сьогодні, за даними штабу, ...": the day of what is reported
        # "On June 11, Medinsky announced": nothing but the speaker between date and verb
        # ("two days before Friday's transfer": a noun of an act is no verb)
        before = sentence[:attribution.start]
        verbs = [m for m in lex.rx("verbs").finditer(before)
                 if not _NOUN_USE.search(before, 0, m.start())]
        return not verbs and not re.search(r"\b(?:that|що|что)\b", before)
    if mention.start < attribution.end:
        return False
    between = sentence[attribution.end:mention.start]
    # ("Russian state media, citing a source ..., said on Friday that": the verb after the
    # relay)
    return (attribution.verb and len(between) <= 4) or bool(
        len(between) <= 20 and re.fullmatch(r"\W*(?:has |have |had )?\w+\W+(?:on\s+)?", between)
        and lex.rx("speech").search(between))


def _after_speech(sentence: str, mention: DateMention, lex: Lexicon) -> bool:
    """"said on 21 June", "заявив 16 червня": a date straight after a verb of speech."""
    before = _ON_PLATFORM.sub("", sentence[max(0, mention.start - 60):mention.start])
    words = before.split()
    if words and words[-1].lower() in ("on", "in"):
        words.pop()
    return bool(words) and bool(lex.rx("speech").fullmatch(words[-1]))


# ("wrote on Telegram on Wednesday", "написав у своєму Telegram-каналі 16 червня")
_ON_PLATFORM = re.compile(rf"\s(?:on|in|у|в|на)\s+(?:своєму\s+|своём\s+|своем\s+|his\s+|her\s+|"
                          rf"its\s+)?{PLATFORM}(?:\s+(?:on|in))?\s*$", re.IGNORECASE)
_EVENT_OF = re.compile(r"(?<!\w)(?:round|exchange|swap|stage|handover|transfer|repatriation|"
                       r"release)s?\s+(?:of|on)\s+$", re.IGNORECASE)


def _with_government(text: str, spans: list[tuple[int, int, str]], lex: Lexicon,
                     side: str) -> list[tuple[int, int, str]]:
    """"The government" named alone, in a war where one side is the government (Yemen)."""
    taken = [(a, b) for a, b, _ in spans]
    extra = [(m.start(), m.end(), side) for m in lex.rx("government").finditer(text)
             if not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted([*spans, *extra]) if extra else spans


def _document_sides(spans: list[tuple[int, int, str]],
                    registry: PartyRegistry) -> tuple[list[str], War | None]:
    """The sides the report is about, most named first, and the war of the first."""
    counts: Counter[str] = Counter()
    for _, _, name in spans:
        party = registry.get(name)
        if party is not None and party.kind.value == "side":
            counts[name] += 1
    sides = [name for name, _ in counts.most_common()]
    war = war_of(sides)
    if war is None:
        return sides, war
    # (the war's own sides first: "at the border with Belarus" names no side of it)
    return sorted(sides, key=lambda side: side not in war.sides), war
