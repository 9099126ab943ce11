"""The figures of a clause that can be exchange claims: counts of people, "N for N" formulas,
"all for all", and statements of none ("not a single body", "жодного тіла").

>>> from handover.extract.patterns import lexicon
>>> [(f.count, f.formula) for f in find_figures("agreed to swap 1,000 prisoners for 1,000",
...                                              lexicon("en"))]
[(1000, True), (1000, True)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from handover.domain.vocabulary import Category, Qualifier
from handover.extract.bare import (
    after_total,
    counted_noun,
    is_bare,
    is_measure,
    listed_noun_end,
)
from handover.extract.categories import (
    category_after,
    category_near,
    joins_kinds,
    kind_of,
    people_pattern,
)
from handover.extract.numbers import NumberMention, find_numbers
from handover.extract.patterns import Lexicon

__all__ = ["Figure", "day_follows", "find_figures", "placed"]


@dataclass(frozen=True)
class Figure:
    """A count of people in a clause (offsets into the clause); ``formula`` for "N for N"."""

    count: int | None
    qualifier: Qualifier
    category: Category | None
    start: int
    end: int
    formula: bool = False
    negative: bool = False
    second: bool = False  # the second half of a formula: the reverse direction
    bare: bool = False  # no noun of its own ("received 26"): counts what the figure before did
    refers: bool = False  # restates a figure with no act next to it: "came to N", "ще N"
    hyphenated: bool = False  # "a 6,000-for-6,000 basis": a formula used as an adjective
    several: bool = False  # counts several kinds: "soldiers and civilians", or parts of each
    dated: bool = False  # an item of a list of days: "у п'ятницю — 390, у суботу — 307"


_DATED = re.compile(r"\s*[—–:]\s*")
_ITEM_OPENS = re.compile(r"(?:^|[,:;(])\s*$")  # a day opens an item of a list


@cache
def _formula_gap(lex: Lexicon) -> re.Pattern[str]:
    """Between the halves of a formula: "for", maybe after the people counted."""
    people = people_pattern(lex).pattern
    # ("150 soldiers were exchanged for 150": the verb of exchange may stand between)
    # (not "в обмін на", "in exchange for": a figure for another, each of its own people)
    swapped = rf"(?:(?:[\w'’]+\s+){{0,2}}?(?<!в )(?<!у )(?<!in )(?:{lex.exchange})\s+)?"
    # ("31 of our wounded for 15 of theirs", "31 наших поранених на 15 їхніх": whose people)
    owned = rf"(?:of\s+)?(?:{lex.own})\s+(?:[\w'’-]+\s+)?"
    return re.compile(rf"^\s*[-–]?\s*(?:{owned}|(?:[\w'’-]+\s+)?{people}\s+)?{swapped}"
                      rf"(?:{lex.formula_for})"
                      rf"\s*[-–]?\s*$", re.IGNORECASE)


def find_figures(clause: str, lex: Lexicon, skip: Sequence[tuple[int, int]] = (),
                 gapped: bool = False, headline: bool = False,
                 headed: bool = False, parts_of: Category | None = None) -> list[Figure]:
    """Every candidate figure of ``clause``, in order; ``skip`` holds spans of dates;
    ``gapped`` says the clause shares the verb of the one before ("..., а Ереван — двух");
    in a ``headline`` any figure may count people the report names further down, and so
    may the one figure of a timeline's entry a day ``headed`` ("14 June. A further 1,200.");
    ``parts_of`` is the people of the figure a dash before the clause follows."""
    numbers = [n for n in find_numbers(clause, lex)
               if not any(s < n.end and n.number_start < e for s, e in skip)]
    figures, used = _formulas(clause, numbers, lex)
    for index, number in enumerate(numbers):
        if number.number_start in used or is_measure(clause, number):
            continue
        # "у п'ятницю — 390, у суботу — 307": a figure that a day opens, in a list of days
        dated = any(e <= number.start and _DATED.fullmatch(clause[e:number.start])
                    and _ITEM_OPENS.search(clause, 0, s) for s, e in skip)
        category = category_near(clause, number.start, number.end, lex)
        # ("390, 307 та 303 військових": a list sharing the noun of its last figure)
        listed = _listed_category(clause, number, lex) if category is None else None
        if category is not None:
            several = category == Category.MIXED and (joins_kinds(clause, number.end, lex)
                                                       or _listed_kinds(clause, number, lex))
            figures.append(Figure(number.value, number.qualifier, category, number.start,
                                  number.end, refers=after_total(clause, number.start),
                                  several=several, dated=dated))
        elif (whole := _destined_part(clause, number, figures, parts_of, lex)) is not None:
            # "сімох дітей — чотирьох в Україну і трьох у Росію": parts by where they went
            figures.append(Figure(number.value, number.qualifier, whole, number.start,
                                  number.end, bare=True))
        elif (reason := is_bare(clause, number, lex, gapped and index == 0) or (
                "headline" if (headline or headed and len(numbers) == 1)
                and not _year_like(clause, number) else ""
        ) or ("dated" if dated or figures and _day_of_list(clause, number, skip) else "")) or (
                listed is not None):
            # (a figure of a list that shares the noun after its last has that noun: "115,
            # 103 and 95 prisoners")
            figures.append(Figure(number.value, number.qualifier,
                                  listed or counted_noun(clause, number, lex), number.start,
                                  number.end, bare=bool(reason),
                                  refers=reason not in ("", "act"), dated=dated))
    figures.extend(_negatives(clause, lex))
    figures.extend(_all_for_all(clause, lex))
    return sorted(figures, key=lambda f: (f.start, f.second))


def _destined_part(clause: str, number: NumberMention, figures: list[Figure],
                   parts_of: Category | None, lex: Lexicon) -> Category | None:
    """The people of the figure before a dash when ``number``, with no noun, is one of the
    parts after the dash that go each to a place ("seven children — four to Ukraine and
    three to Russia", "сімох дітей — чотирьох в Україну і трьох у Росію"), or after a comma
    that are reunited each in a place ("reunite seven children with their families, four in
    Ukraine and three in Russia")."""
    if not placed(clause, number.end, lex):
        return None
    reunited = not DESTINATION.match(clause, number.end)
    wholes = [f for f in figures if not f.bare]  # (the parts before this one are bare)
    if not wholes:
        return parts_of
    between = clause[wholes[-1].end:number.number_start]
    parted = _PARTS_DASH.search(between) or reunited and _PARTS_COMMA.search(between)
    return wholes[-1].category if parted else None


def placed(clause: str, end: int, lex: Lexicon) -> bool:
    """Whether the place a part's people went to follows it at ``end`` ("four to Ukraine",
    "чотирьох в Україну"), or the place they were reunited in ("four in Ukraine")."""
    return bool(DESTINATION.match(clause, end) or _REUNITED_IN.match(clause, end)
                and lex.rx("reunite").search(clause))


# a part's place right after it, or after its verb ("four to Ukraine", "чотирьох в Україну",
# "трое — в Россию", "четверо повернулися в Україну, троє — в росію", "троє — в росії")
DESTINATION = re.compile(r"(?:\s*[—–-]\s*|\s+(?:[^\W\d_]+\s+)?)(?:to|into|в|у|во|до|на)\s+"
                         r"(?:[A-ZА-ЯІЇЄҐЁ]|росі[юї](?![а-яіїєґ]))")
_PARTS_DASH = re.compile(r"\s[—–]\s")
_PARTS_COMMA = re.compile(r",\s")
_REUNITED_IN = re.compile(r"\s+in\s+[A-Z]")
_LIST_ITEM = re.compile(r"\s*[,;]?\s*(?:(?:and|і|й|та|и|а)\s+)?")
_ON_DAY = re.compile(r"\s*[—–]?\s*(?:on\s+|в\s+|у\s+)?")


def day_follows(text: str, end: int, days: Sequence[tuple[int, int]]) -> bool:
    """Whether one of ``days`` (spans of dates) follows ``end`` at once: "307 on 24 May"."""
    return any(_ON_DAY.fullmatch(text, end, start) for start, _ in days)


def _day_of_list(clause: str, number: NumberMention, days: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure with no noun goes on a list of figures and days ("390 per side on
    23 May, 307 on 24 May"): a day ends the list just before it, or a colon opens the list
    at it, and another day follows it."""
    opens = _AFTER_COLON.search(clause, 0, number.number_start) is not None
    return (opens or any(_LIST_ITEM.fullmatch(clause, end, number.number_start)
                         for _, end in days)) and day_follows(clause, number.end, days)


# a list's first figure, just after the colon that follows its whole ("6,057 bodies have been
# returned: 1,212 on 11 June, ...")
_AFTER_COLON = re.compile(r":\s*$")


def _year_like(clause: str, number: NumberMention) -> bool:
    """"2022 in prisoner exchanges": four plain digits of a year that count nothing in a
    headline are the year it is about."""
    digits = clause[number.number_start:number.end]
    return digits.isdigit() and 1900 <= number.value <= 2100


# what a number after "за" may count that makes it a span of time, not the other half
_SPAN = re.compile(r"\s*(?:days?|weeks?|months?|years?|stages?|rounds?|phases?|дн\w*|день|"
                   r"тиж\w*|недел\w*|місяц\w*|месяц\w*|рок\w*|лет|год\w*|етап\w*|этап\w*|"
                   r"раунд\w*|фаз\w*)(?!\w)", re.IGNORECASE)


def _formulas(clause: str, numbers: list[NumberMention],
              lex: Lexicon) -> tuple[list[Figure], set[int]]:
    """"6,000 for 6,000", "a thousand for a thousand", "1000 на 1000": both halves."""
    figures: list[Figure] = []
    used: set[int] = set()
    gap = _formula_gap(lex)
    for first, second in zip(numbers, numbers[1:], strict=False):
        between = clause[first.end:second.number_start]
        # ("103 ↔ 103": an arrow between the halves)
        if not (gap.match(between) or _ARROW_GAP.fullmatch(between)) or _SPAN.match(
                clause, second.end):
            continue  # (not "6057 тіл за п'ять етапів": over five stages)
        # (nor the people of the figures before or after it, "185 на 185 и ещё по 20
        # гражданских", unless they are among its own: "75 на 75: серед них — четверо")
        after = [n.start for n in numbers if n.start >= second.end]
        bounds = (max((n.end for n in numbers if n.end <= first.start), default=0),
                  after[0] if after and not _AMONG.search(clause, second.end) else len(clause))
        category = _formula_category(clause[:bounds[1]], first, second, lex, bounds[0])
        hyphen = "-" in clause[first.end:second.number_start]
        figures.append(Figure(first.value, first.qualifier, category, first.start, first.end,
                              formula=True, hyphenated=hyphen))
        figures.append(Figure(second.value, second.qualifier, category, second.start,
                              second.end, formula=True, second=True, hyphenated=hyphen))
        used.update((first.number_start, second.number_start))
    return figures, used


_ARROW_GAP = re.compile(r"\s*(?:[↔⇄⟷]|<->)\s*")


def _formula_category(clause: str, first: NumberMention, second: NumberMention,
                      lex: Lexicon, start: int = 0) -> Category | None:
    """The people a formula counts: its own noun ("1,000 captives for 1,000"), else the
    nearest before it ("return the dead on a 6,000-for-6,000 basis"), else every people
    noun of its phrase; kinds listed right after it ("..., soldiers and civilians") make
    it mixed. Who is among its people, after a colon, is no noun of its own, but people of
    another kind among them make them mixed ("75 на 75: серед звільнених — четверо
    цивільних")."""
    among = _AMONG.search(clause, second.end)
    if among is not None:  # (people of another kind among them make them mixed)
        kind = _formula_category(clause[:among.start()], first, second, lex,
                                 start) or Category.POW
        detail = phrase_category(clause, among.end(), len(clause), lex)
        return Category.MIXED if detail not in (None, kind) else kind
    own = category_near(clause, first.number_start, first.end, lex)
    if own is None:
        after = category_after(clause, second.end, lex)
        own = after[0] if after else None
    if own is None:  # the people of the phrase that leads to it, from its verb of agreement
        agreed = [m.end() for m in lex.rx("agreement").finditer(clause, start, first.start)]
        own = phrase_category(clause, agreed[-1] if agreed else start, first.start, lex)
    if own is not None:
        listed = _LISTED.match(clause, second.end)
        return Category.MIXED if listed and joins_kinds(clause, listed.end(), lex) else own
    return phrase_category(clause, start, len(clause), lex)


_LISTED = re.compile(r"\s*,")
_AMONG = re.compile(r":\s*(?:among|including|of whom|серед|среди|зокрема|в том числе|у тому числі|"
                    r"з них|из них)\b", re.IGNORECASE)


def _listed_kinds(clause: str, number: NumberMention, lex: Lexicon) -> bool:
    """"4,552 people, soldiers and civilians, ...": kinds listed right after the noun."""
    noun = category_after(clause, number.end, lex)
    listed = _LISTED.match(clause, noun[1]) if noun else None
    return listed is not None and joins_kinds(clause, listed.end(), lex)
_PHRASE_END = re.compile(r"[,;:—–]")


def phrase_category(clause: str, start: int, end: int, lex: Lexicon) -> Category | None:
    """The one kind of people named in ``clause[start:end]``, MIXED for several."""
    found = {kind for m in people_pattern(lex).finditer(clause, start, end)
             if (kind := kind_of(m, lex)) is not None}
    found.discard(Category.MIXED)  # "представитель хуситов": people, but not the ones swapped
    if len(found) > 1:
        return Category.MIXED
    return found.pop() if found else None


@cache
def _near_act(lex: Lexicon) -> re.Pattern[str]:
    """An act of handing over just before: "has not handed back a single body"."""
    acts = "|".join(getattr(lex, k) for k in ("give", "get", "ret", "exchange", "come_back"))
    return re.compile(rf"(?<![\w'’])(?:{acts})(?![\w'’])\W*(?:[\w'’]+\W+){{0,2}}$",
                      re.IGNORECASE)


def _negatives(clause: str, lex: Lexicon) -> list[Figure]:
    """"not a single body", "no prisoners", "жодного тіла", "ни одного тела": a count of 0."""
    out = []
    near_act = _near_act(lex)
    for match in lex.rx("negatives").finditer(clause):
        found = category_after(clause, match.end(), lex)
        if found is None and not near_act.search(clause[:match.start()]):
            continue  # "не мали жодного зв'язку": none of nothing handed over
        out.append(Figure(0, Qualifier.EXACT, found[0] if found else None, match.start(),
                          match.end(), negative=True, bare=found is None))
    return out


def _listed_category(clause: str, number: NumberMention, lex: Lexicon) -> Category | None:
    """The people the last of a list of figures counts, for the figures before it that
    count the same ("390, 307 та 303 військових")."""
    if not clause[number.number_start:number.number_start + 1].isdigit():
        return None  # (not "counting this one, 5,757 citizens")
    end = listed_noun_end(clause, number.end)
    found = category_after(clause, end, lex) if end is not None else None
    return found[0] if found else None


def _all_for_all(clause: str, lex: Lexicon) -> list[Figure]:
    """"all for all": a term without a figure, of the people named in its own phrase."""
    out = []
    for match in lex.rx("all_for_all").finditer(clause):
        starts = [m.end() for m in _PHRASE_END.finditer(clause, 0, match.start())]
        ending = _PHRASE_END.search(clause, match.end())
        category = phrase_category(clause, starts[-1] if starts else 0,
                                    ending.start() if ending else len(clause), lex)
        out.append(Figure(None, Qualifier.EXACT, category, match.start(), match.end(),
                          formula=True))
        out.append(Figure(None, Qualifier.EXACT, category, match.start(), match.end(),
                          formula=True, second=True))
    return out
