"""Dates as reports write them, and their resolution to calendar days.

Absolute dates may lack a year ("June 13", "13 червня"); a stated weekday then fixes it
("Friday, June 13" fell on a Friday in 2025). Relative dates ("yesterday", "on Friday",
"вчора", "в пятницу") count back from the report's date.

>>> from handover.extract.patterns import lexicon
>>> [m.day for m in find_dates("On Friday, June 13, Russia handed over bodies.", lexicon("en"))]
[13]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from handover.extract.daywords import DAY_WORDS
from handover.extract.morph import analyzer, lemmas
from handover.extract.patterns import Lexicon
from handover.extract.patterns.forms import trie
from handover.extract.patterns.words import lowered

__all__ = ["LISTED_DAYS", "DateMention", "find_dates", "following_weekday", "month_word", "resolve",
           "weekday_year"]

_ORDINAL = r"(?:st|nd|rd|th|-?го|-?е|-го)?"
_SEARCH_YEARS = 12  # how far from the reference a weekday may place a year-less date


@dataclass(frozen=True)
class DateMention:
    """A date in text: a calendar day (maybe without year) or a relative day."""

    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int | None = None  # days relative to the report date ("yesterday" = -1)
    following: bool = False  # "on the Saturday": the day after a date told before it

    @property
    def absolute(self) -> bool:
        """Whether the mention names a day and month (as opposed to a relative day)."""
        return self.day is not None and self.month is not None


_ROMAN = {numeral: index for index, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    # tries match fast; "п'ятницю" is written with any of three apostrophes
    months = trie(lex.months)
    weekdays = trie(lex.weekdays)
    year = r"(?P<year>(?:19|20)\d\d)"
    if lex.year_words:
        year += rf"(?:\s*(?:{lex.year_words}))?"
    wd = rf"(?:(?:on |в |у |во )?(?P<weekday>{weekdays})\.?,?\s+(?:the\s+)?)?"
    flags = re.IGNORECASE
    # ("14 лютого цього року": this year is the reference's, no year written)
    # ("тридцатого декабря", "the thirtieth of December": a day in words)
    # (in English only "the thirtieth of December": "the first June stage" is no day)
    of = r"\s+of" if lex.lang == "en" else ""
    day_words = trie(DAY_WORDS[lex.lang])
    day = rf"(?:(?P<day>[0-3]?\d){_ORDINAL}|(?:the\s+)?(?P<dayword>{day_words}))"
    day_first = (rf"{wd}(?:(?P<day>[0-3]?\d){_ORDINAL}(?:\s+of)?|(?:the\s+)?"
                 rf"(?P<dayword>{day_words}){of})\s+(?P<month>{months})\.?"
                 rf"(?:,?\s+(?:{year}|{lex.this_year}))?")
    month_first = rf"{wd}(?P<month>{months})\.?\s+{day}(?:,?\s+{year})?"
    holiday = rf"(?P<holiday>{trie(lex.holidays)})(?:,?\s+{year})?"
    return (
        re.compile(rf"(?<![\w'])(?:{holiday})(?![\w'])", flags),
        re.compile(rf"(?<![\w'])(?:{day_first})(?![\w'])", flags),
        re.compile(rf"(?<![\w'])(?:{month_first})(?![\w'])", flags),
        # ("31.V.2024": a month in Roman numerals, as Russian chronologies write it)
        re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d|(?-i:XII|XI|X|IX|VIII|VII|"
                   r"VI|V|IV|III|II|I))\.(?P<year>(?:19|20)\d\d)(?![\w])"),
        re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\w)"),
        # ("| 11.06 | 1212 |", "**23.10.** Украина получила ...": a day and month alone in a
        # table's cell, or labelling a line)
        re.compile(r"(?:(?<=\|)\s*|(?:^|(?<=\n))[ \t>*_-]*)(?P<day>[0-3]?\d)\.(?P<month>[01]\d)"
                   r"(?:\.?(?=\s*\|)|\.(?=[*_]*(?:\s|$)))"),
        re.compile(rf"(?<![\w'])(?:on |в |у |во |last |this |(?P<following>on the |the "
                   rf"following |the next )|минулої |минулого |"
                   rf"(?:в |у )?минулу |(?:в |у )?минулий |в прошлую |в прошлый )?"
                   rf"(?P<weekday>{weekdays})(?![\w'])", flags),
        re.compile(rf"(?<![\w'])(?P<relative>{trie(lex.relative_days)})(?![\w'])", flags),
        re.compile(rf"(?<![\w'])(?P<nextday>{_NEXT_DAY})(?![\w'])", flags),
    )


@cache
def _cues(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """Quick tests of which kinds of date a text may hold (a month, digits of a numeric
    date, a weekday, a relative day), so that only the patterns that may match are run."""
    return (re.compile(trie(lex.holidays)),
            re.compile(trie(lex.months)),
            # (a day, a full stop and a month in digits or Roman numerals, or an ISO date)
            re.compile(r"\d\.(?:[01]?\d|[ivx]{1,4})(?!\d)|(?:19|20)\d\d-[01]\d-"),
            re.compile(trie(lex.weekdays)),
            # (a relative day, or "the next day" after a date told before)
            re.compile(f"{trie(lex.relative_days)}|{_NEXT_DAY_CUE}"))


def find_dates(text: str, lex: Lexicon) -> list[DateMention]:
    """Every date mention in ``text``, in order, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    low = lowered(text)  # the cues are in lower case
    holiday, month, numeric, weekday, relative = (bool(c.search(low)) for c in _cues(lex))
    wanted = (holiday, month, month, numeric, numeric, numeric, weekday, relative, relative)
    for pattern, run in zip(_patterns(lex), wanted, strict=True):
        if not run:
            continue
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            mention = _mention(match, lex)
            if mention is not None and mention.offset is not None and _eve_of(text, match, lex):
                continue  # "напередодні Великодня": on the eve of a feast, not the day before
            if mention is not None:
                found.append(mention)
                taken.append((match.start(), match.end()))
    found.sort(key=lambda m: m.start)
    return _shared_years(text, _shared_months(text, _apposed(text, found)))


# ("Напередодні, 18 квітня", "yesterday, 13 June": a relative day the date after it names)
_APPOSITION = re.compile(r"\s*,?\s*(?:[—–-]\s*)?")


def _apposed(text: str, found: list[DateMention]) -> list[DateMention]:
    """Mentions without a relative day that the calendar date right after it restates."""
    return [mention for mention, after in zip(found, [*found[1:], None], strict=False)
            if mention.offset is None or after is None or not after.absolute
            or not _APPOSITION.fullmatch(text, mention.end, after.start)]


# the day after the date told before it in its sentence
_NEXT_DAY = (r"the next day|the following day|a day later|next morning|the next morning|"
             r"наступного дня|наступного ранку|на наступний день|на следующий день|"
             r"на другой день|следующим утром|днём позже|днем позже")
_NEXT_DAY_CUE = r"next|following|day later|наступн|следующ|другой день|позже"


# ("24 Aug, 14 Sep and 18 Oct 2024": days listed share the year written after the last)
LISTED_DAYS = re.compile(r"\s*(?:,|and|і|й|та|и)\s*|\s*,\s*(?:and|і|та|и)\s+", re.IGNORECASE)


# ("23, 24 и 25 мая", "14 and 15 June": days listed before the month they share)
_BARE_DAYS = re.compile(r"(?<![\w.,])((?:[0-3]?\d\s*(?:,\s*(?:and\s+|і\s+|и\s+|та\s+)?|\s(?:and|"
                        r"і|й|та|и)\s+))+)$", re.IGNORECASE)
_BARE_DAY = re.compile(r"[0-3]?\d")
# ("between 14 and 16 April": a span, not days listed)
_SPAN_OPENS = re.compile(r"(?<!\w)(?:between|from|між|между|з|із|с|от|від)\s+$", re.IGNORECASE)


def _shared_months(text: str, found: list[DateMention]) -> list[DateMention]:
    """Mentions with the bare days listed before a day and its month added, in that month."""
    out: list[DateMention] = []
    for mention in found:
        listed = None
        if mention.day is not None and mention.month is not None and text[
                mention.start:mention.start + 1].isdigit():
            listed = _BARE_DAYS.search(text, max(0, mention.start - 40), mention.start)
        if listed is not None and not _SPAN_OPENS.search(text, max(0, listed.start() - 12),
                                                          listed.start()):
            out.extend(DateMention(listed.start(1) + day.start(), listed.start(1) + day.end(),
                                   int(day.group()), mention.month, mention.year)
                       for day in _BARE_DAY.finditer(listed.group(1))
                       if 1 <= int(day.group()) <= 31)
        out.append(mention)
    return out


def _shared_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """Mentions with the days of a list given the year written after its last day."""
    for index in range(len(found) - 2, -1, -1):
        here, after = found[index], found[index + 1]
        if (here.year is None and after.year is not None and here.day is not None
                and here.month is not None and here.month <= (after.month or 12)
                and LISTED_DAYS.fullmatch(text, here.end, after.start)):
            found[index] = replace(here, year=after.year)
    return found


def _mention(match: re.Match[str], lex: Lexicon) -> DateMention | None:
    groups = match.groupdict()
    weekday = lex.weekdays.get(_fold(groups["weekday"])) if groups.get("weekday") else None
    if groups.get("holiday"):
        feast_month, feast_day = lex.holidays[groups["holiday"].lower()]
        feast_year = int(groups["year"]) if groups.get("year") else None
        return DateMention(match.start(), match.end(), day=feast_day, month=feast_month,
                           year=feast_year)
    if groups.get("nextday"):  # "early the next day": the day after a date told before
        return DateMention(match.start(), match.end(), following=True)
    if groups.get("relative"):
        return DateMention(match.start(), match.end(),
                           offset=lex.relative_days[groups["relative"].lower()])
    if groups.get("day") is None and groups.get("dayword") is None:
        return DateMention(match.start(), match.end(), weekday=weekday,
                           following=bool(groups.get("following")))
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else _ROMAN.get(month_text) or (
        lex.months.get(month_text.lower()))
    day = int(groups["day"]) if groups.get("day") else DAY_WORDS[lex.lang][
        _fold(groups["dayword"])]
    year = int(groups["year"]) if groups.get("year") else None
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return DateMention(match.start(), match.end(), day=day, month=month, year=year,
                       weekday=weekday)


def _eve_of(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """"напередодні Великодня", "накануне переговоров": "the eve" before a noun in the
    genitive is the eve of that, not the day before the report."""
    if match.group().lower() not in _EVE:
        return False
    following = re.match(r"\s+([^\W\d_][\w'’ʼ-]*)", text[match.end():])
    if following is None:
        return False
    word = following.group(1)
    parses = analyzer(lex.lang).parse(word.lower())
    if any({"Name", "Surn", "Geox", "Patr"} & set(p.tag.grammemes) for p in parses):
        return False  # "Напередодні Мединський заявив", "Накануне Украина передала"
    found = {p.tag.case for p in parses}
    # (a feast's name may read as a nominative too: "Великодня")
    return "gent" in found and ("nomn" not in found or word[:1].isupper())


_EVE = frozenset(("напередодні", "накануне"))


def _fold(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'")


def resolve(mention: DateMention, reference: date | None, *, future: bool = False,
            strict: bool = False) -> tuple[date | None, bool]:
    """The calendar day a mention stands for, and whether its year was inferred.

    ``reference`` is the report's date (or, lacking one, a date the report states); a
    relative day needs it. A year-less date takes the year its weekday fixes, nearest the
    reference, or else the reference's year, moved back a year when that would put a past
    event after the report (``strict``: the reference is the report's own date) or more
    than two months after the date the report states.
    """
    if mention.offset is not None:  # "yesterday": a day whose year the text does not write
        day = reference + timedelta(days=mention.offset) if reference else None
        return day, day is not None
    if not mention.absolute:
        day = _weekday_date(mention.weekday, reference, future)
        return day, day is not None
    assert mention.day is not None and mention.month is not None
    if mention.year is not None:
        return _safe_date(mention.year, mention.month, mention.day), False
    if mention.weekday is not None:
        year = weekday_year(mention.day, mention.month, mention.weekday, reference)
        if year is not None:
            return _safe_date(year, mention.month, mention.day), True
    if reference is None:
        return None, False
    candidate = _safe_date(reference.year, mention.month, mention.day)
    slack = timedelta(days=0 if strict else 60)
    if candidate is not None and not future and candidate > reference + slack:
        candidate = _safe_date(reference.year - 1, mention.month, mention.day)
    return candidate, True


def weekday_year(day: int, month: int, weekday: int, reference: date | None) -> int | None:
    """The year, nearest the reference, in which ``day``/``month`` falls on ``weekday``.

    Without a reference the latest such year not after this one is taken: reports speak of
    the past.
    """
    anchor = reference.year if reference else date.today().year
    years = [y for y in range(anchor - _SEARCH_YEARS, anchor + _SEARCH_YEARS + 1)
             if (d := _safe_date(y, month, day)) is not None and d.weekday() == weekday]
    if not years:
        return None
    if reference is None:
        past = [y for y in years if y <= anchor]
        return max(past) if past else min(years)
    ref = reference

    def distance(year: int) -> int:
        d = _safe_date(year, month, day)
        return abs((d - ref).days) if d else 10**6

    return min(years, key=distance)


def following_weekday(after: date, weekday: int) -> date:
    """The first ``weekday`` after the day ``after`` ("on the Saturday" after a Friday)."""
    return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def _weekday_date(weekday: int | None, reference: date | None, future: bool) -> date | None:
    if weekday is None or reference is None:
        return None
    delta = (reference.weekday() - weekday) % 7
    if future:
        return reference + timedelta(days=(weekday - reference.weekday()) % 7)
    return reference - timedelta(days=delta)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_word(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` names a month, in any case ("August", "серпні", "декабре")."""
    return word.lower() in lex.months or lex.lang != "en" and any(
        lemma in lex.months for lemma, _ in lemmas(word, lex.lang))
