"""Parts of a figure: breakdowns, details and lists of stages.

A figure may be followed by parts of itself. "390 people: 270 soldiers and 120 civilians"
splits people of no stated status into kinds: each part is a claim of its own and the whole
is of several kinds. "39 prisoners, 24 women and 15 teenagers", "140 servicemen, 132 men and
eight women", "369 prisoners: 36 of them serving life" split one kind by sex, age, sentence
or rank: the parts are details, no claims. What decides is the part, not the wording that
joins it: a part is a claim when it names a kind of people (a status: soldiers, civilians,
the dead, hostages) other than the whole's, the only part of that kind; when it goes to each
side ("300 people, 150 from each side"); or when it is a span of time of a total ("3,956
since 2022, 1,358 of them this year"). Parts of a figure that is no claim are none.

>>> from handover.extract.patterns import lexicon
>>> from handover.extract.figures import find_figures
>>> text = "390 people: 270 soldiers and 120 civilians"
>>> whole, first, second = find_figures(text, lexicon("en"))
>>> is_part(text, whole, None, first), part_is_claim(text, whole, [first,
...     second], first, lexicon("en"))
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from handover.domain.vocabulary import Category
from handover.extract.bare import EACH_BEFORE, LIST_JOIN
from handover.extract.categories import people_pattern
from handover.extract.figures import Figure, day_follows, placed
from handover.extract.morph import lemmas
from handover.extract.patterns import Lexicon, lexicon

__all__ = ["BY_DOER", "OF_THEM", "Breakdown", "adds_up", "after_of_them", "among_those", "is_part",
           "leads_parts", "part_is_claim", "parts_category"]

Span = tuple[int, int]

# Words that introduce parts ("including", "among them", "в том числе", "з них").
_INCLUDING = (r"including|among them|among whom|of whom|of them|в том числе|среди них|"
              r"среди которых|из них|у тому числі|в тому числі|серед них|серед яких|з них|"
              r"із них|зокрема")
_INCLUDED = re.compile(rf"(?<!\w)(?:{_INCLUDING})\W*(?:[\w'’]+\s+){{0,2}}$", re.IGNORECASE)
_LEADING = re.compile(rf"^\W*(?:[^,]*,\s*)?(?:{_INCLUDING})(?!\w)", re.IGNORECASE)
# ", зокрема десять офіцерів" right after a part: that part's own detail
_NESTING = re.compile(r",\s*(?:including|among them|в том числе|в тому числі|у тому числі|"
                      r"зокрема|серед них|среди них)\W*(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
# "8 of them", "з них", "из них": a part of the figure before
OF_THEM = re.compile(r"\s+(?:of them|of whom|з них|із них|из них)(?!\w)", re.IGNORECASE)
# parts listed after "of them" ("390 осіб, з них 270 військових і 120 цивільних")
_AFTER_OF_THEM = re.compile(r"(?<!\w)(?:з них|із них|из них|of them|of whom|among them|"
                            r"серед них|среди них)\s+(?:\d[\d\s]*\s+[^\W\d_]+\s*"
                            r"(?:,|і|и|й|та|and)\s+)*$", re.IGNORECASE)


def after_of_them(body: str, at: int) -> bool:
    """Whether the figure at ``at`` is one of the parts listed after "of them" ("з них 270
    військових і 120 цивільних"): parts of the figure before, of its kind and day."""
    if "них" not in body and " of " not in body and "among" not in body:
        return False  # (the cheap test first)
    return _AFTER_OF_THEM.search(body, 0, at) is not None

# Between a whole and its first part: the whole's noun phrase, then a colon, comma, bracket
# or dash ("390 Ukrainians came home that day: 270 ...", "140 servicemen, 132 men ...").
_APPOSED = re.compile(r"\s*(?:[^\s\d,:;()—–]+(?:\s+[^\s\d,:;()—–]+){0,6})?\s*[,:(—–]\s*",
                      re.IGNORECASE)
# Between two parts of one list: "270 soldiers and 120", "16 граждан Саудовской Аравии и трое",
# "36 из них отбывали пожизненные сроки, ещё 333"
_NEXT_PART = re.compile(r"\s*(?:[^\s\d,;]+(?:\s+[^\s\d,;]+){0,5})?\s*(?:,|;|and|і|та|й|и|а)\s*"
                        r"(?:(?:ещё|еще|ще|іще|another|a further)\s+)?", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_NOUN = re.compile(r"\s+[^\W\d_]+")
_LIST_SEPARATOR = re.compile(LIST_JOIN, re.IGNORECASE)
_PARTITIVE_WHOLE = re.compile(r"(?<!\w)(?:из|з|із|out of|of the|серед|среди|among(?: the)?)\s+$",
                              re.IGNORECASE)
_DEAD_AFTER = re.compile(r"\W*(?:were |are |was |had )?(?:dead|died|killed|deceased|погибл\w*|"
                         r"мертв\w*|умерл\w*|загинул\w*|загинуло|мертві|померл\w*)(?!\w)",
                         re.IGNORECASE)
_TIME_AFTER = re.compile(r"[^\d.;]{0,25}?(?:\b(?:19|20)\d\d\b|this year|last year|в этом году|"
                         r"в прошлом году|цього року|минулого року|торік|цьогоріч)",
                         re.IGNORECASE)




def leads_parts(text: str) -> bool:
    """Whether ``text`` (a clause up to its first figure) opens with "among them", "в том
    числе": its figures are parts of the figure the sentence before ended with."""
    return bool(_LEADING.match(text))


# "Серед звільнених 70 оборонців", "Среди вернувшихся — ...", "Among those freed were 70":
# people picked out of those the report has already counted
_AMONG = re.compile(r"^\W*(?:серед|среди|among)\s+(?:(?:the|those|тих|тех|усіх|всіх|всех)\s+)?"
                    r"([^\W\d_]+)", re.IGNORECASE)


def among_those(text: str, lang: str) -> bool:
    """Whether ``text`` (a clause up to its first figure) opens with "among" and a word that
    stands for the people handed over (an adjective or participle used as a noun: "серед
    звільнених", "среди освобождённых", "among those freed"; in English also their noun,
    "among the Ukrainians"): its figures are parts of figures counted before, however far
    back."""
    found = _AMONG.match(text)
    if found is None:
        return False
    word = found.group(1)
    if lang == "en":  # (or the people themselves: "Among the Ukrainians were 33 soldiers")
        return word.lower().endswith(("ed", "en")) or bool(
            people_pattern(lexicon(lang)).fullmatch(word))
    return bool({pos for _, pos in lemmas(word, lang)} & {"ADJF", "PRTF"})


# "За його словами, це 213 рядових ...", "These were 270 soldiers and 120 civilians"
_THESE = re.compile(r"(?:^|[,:]\s*|\s)(?:це|это|these are|these were|they are|they were|тобто|"
                    r"то есть|а саме|а именно|(?:was|were) made up of|consist(?:s|ed) of|"
                    r"склада\w*(?:ся|сь)\s+(?:из|з|із))\s*$", re.IGNORECASE)


def adds_up(opening: str, found: Sequence[Figure], whole: Figure) -> bool:
    """Whether a clause that opens with "це", "это", "these are" (``opening``, up to its first
    figure) lists figures that add up to ``whole``, the figure of the sentence before."""
    return bool(_THESE.search(opening)) and _sum_to(
        [f.count for f in found if not f.formula], whole)


def _sum_to(counts: list[int | None], whole: Figure) -> bool:
    """Whether two counts or more, all known, add up to ``whole``."""
    return (len(counts) >= 2 and None not in counts and whole.count is not None
            and sum(c or 0 for c in counts) == whole.count)


def is_part(body: str, whole: Figure, last: Figure | None, figure: Figure) -> bool:
    """Whether ``figure`` names a part of ``whole`` (an earlier figure of the clause), or
    goes on with the list of parts ``last`` began. A figure dated on its own in a list of
    days ("у п'ятницю — 390, у суботу — 307") is no part: it is that day's handover."""
    if figure.dated:
        return False
    if last is not None and (_NEXT_PART.fullmatch(body[last.end:figure.start]) or _INCLUDED.search(
            body[last.end:figure.start]) and not re.search(r"\d", body[last.end:figure.start])):
        return True
    gap = body[whole.end:figure.start]
    if re.search(r"\d", gap):
        return False
    # "из 84 вернувшихся к ней людей 33 — военные": parts of a whole taken "of"
    partitive = _PARTITIVE_WHOLE.search(body, 0, whole.start) and len(gap.split()) <= 6
    return bool(_INCLUDED.search(gap[-60:]) or _APPOSED.fullmatch(gap)
                or OF_THEM.match(body, figure.end) or partitive)


def part_is_claim(body: str, whole: Figure, parts: Sequence[Figure], figure: Figure,
                  lex: Lexicon) -> bool:
    """Whether a part is a claim of its own (see the module)."""
    each = figure.end + 1 < len(body) and lex.rx("each").match(body, figure.end + 1)
    if (EACH_BEFORE.search(body, 0, figure.start) or each or _TIME_AFTER.match(body, figure.end)
            or placed(body, figure.end, lex) or BY_DOER.match(body, figure.end)):
        # ("четверо — на Украину и трое — в Россию": a part to each side; "887 detainees: 181
        # to be freed by the Houthis and 706 by the government": a part by each side)
        return True
    nested = _nested(body, parts)
    if figure in nested:
        return False  # "60 військових, зокрема десять офіцерів": a detail of the part before
    category = parts_category(body, figure)
    if category == Category.DETAINEE and whole.category not in (None, Category.MIXED):
        return False  # "серед 103 звільнених двоє земляків": people of no status, a detail
    # (nor sex, age or a trade: "24 women", "two priests among them" name no status)
    if category in (None, Category.MIXED, whole.category) or any(
            _named_by(body, figure, lex, words) for words in ("demographic", "occupations")):
        return False
    return sum(parts_category(body, p) == category for p in parts if p not in nested) == 1


def _nested(body: str, parts: Sequence[Figure]) -> list[Figure]:
    """Parts that "including" opens right after another part: the other part's details."""
    return [p for prev, p in zip(parts, parts[1:], strict=False)
            if _NESTING.search(body[prev.end:p.start]) and not re.search(
                r"\d", body[prev.end:p.start])]


def parts_category(body: str, figure: Figure) -> Category | None:
    """The kind a part names: its own, or the dead ("33 hostages, eight of them dead")."""
    after = OF_THEM.match(body, figure.end)
    if _DEAD_AFTER.match(body, after.end() if after else figure.end):
        return Category.BODIES
    return None if figure.bare else figure.category


def _named_by(body: str, figure: Figure, lex: Lexicon, words: str) -> bool:
    """Whether the noun of the part is one of the lexicon's ``words``: sex or age ("24 women
    and 15 teenagers" split a kind, they do not name one), or a trade ("двое священников": a
    part of its own, but no kind that makes the whole mixed)."""
    noun = people_pattern(lex).search(body, figure.end, min(len(body), figure.end + 40))
    return noun is not None and bool(lex.rx(words).fullmatch(noun.group()))


# a part that its own doer frees ("181 to be freed by the Houthis", "706 by the government")
BY_DOER = re.compile(r"(?:\s+[a-z]+){0,4}?\s+by\s+(?:the\s+)?(?:[A-Z]|government|authorities)")
# "300 captives in all": the figure is a whole of its own
_IN_ALL_AFTER = re.compile(r"\s+[^\W\d_]+\s+(?:in all|in total|altogether|загалом|усього|всього|"
                           r"всего|в общей сложности)(?!\w)", re.IGNORECASE)


class Breakdown:
    """A figure of a clause and the parts that follow it; ``kept`` says whether the figure
    is a claim. A ``virtual`` whole is the figure a sentence before ended with ("...
    230 человек. По словам Зеленского, среди них ..."): only its parts are returned; of a
    ``picked`` one ("Серед звільнених 70 оборонців Маріуполя") none are."""

    def __init__(self, whole: Figure | None = None, kept: bool = False,
                 virtual: bool = False, picked: bool = False) -> None:
        self.whole = whole
        self.kept = kept
        self.virtual = virtual
        self.picked = picked  # parts picked out of those counted before: details only
        self.parts: list[Figure] = []

    def takes(self, body: str, figure: Figure, lex: Lexicon, dates: Sequence[Span]) -> bool:
        """Whether ``figure`` is a part of this whole (it is then kept as one)."""
        if self.whole is None or figure.formula or self.whole.formula and not self.picked:
            return False
        if not self.virtual and figure.end <= self.whole.start:
            # a part told before its whole (partsbefore.py)
            self.parts.append(figure)
            return True
        last = self.parts[-1] if self.parts else None
        if self._beyond(body, figure) and not OF_THEM.match(body, figure.end) or (
                last is None and _LIST_SEPARATOR.fullmatch(body, self.whole.end, figure.start)):
            return False  # "stages of 390, 307 and 303": a list, not a whole and its parts
        if figure.bare and day_follows(body, figure.end, dates):
            return False  # "390 per side on 23 May, 307 on 24 May": a day of its own
        if self._own_day(body, figure, dates):
            return False  # "1000 громадян: 390 осіб 23 травня, ...": that day's handover
        if self.picked or self.virtual and last is None:  # (the whole stands before)
            self.parts.append(figure)
            return True
        gap_dates = [(s, e) for s, e in dates if self.whole.end <= s and e <= figure.start]
        if is_part(_blanked(body, gap_dates), self.whole, last, figure):
            self.parts.append(figure)
            return True
        return False

    def _own_day(self, body: str, figure: Figure, dates: Sequence[Span]) -> bool:
        """Whether ``figure``, of the whole's people or of people of all kinds, has a day of
        its own right after its noun: a handover of its day, not a part by kind."""
        if self.whole is None or figure.category not in (self.whole.category, Category.MIXED):
            return False
        noun = _NOUN.match(body, figure.end)
        return noun is not None and day_follows(body, noun.end(), dates)

    def _beyond(self, body: str, figure: Figure) -> bool:
        """Whether ``figure``, a bare figure of a list, with the parts before it would sum past
        the whole, or one of the whole's own people is more than it ("150 prisoners each, 300
        captives in all"); a part with a noun of other people may count something else ("20
        родин, серед них 37 дітей")."""
        whole = self.whole
        if whole is None or whole.count is None or figure.count is None or self.virtual:
            return False
        if not figure.bare:
            return (figure.category == whole.category and figure.count > whole.count
                    and _IN_ALL_AFTER.match(body, figure.end) is not None)
        return sum(p.count or 0 for p in self.parts) + figure.count > whole.count

    def _whole_told(self) -> bool:
        """Whether the parts picked out are the whole told again by kind: two kinds or more
        that add up to it ("Among those freed were 33 soldiers and 51 civilians" after 84)."""
        return (self.whole is not None and _sum_to([p.count for p in self.parts], self.whole)
                and len({p.category for p in self.parts}) == len(self.parts))

    def close(self, body: str, lex: Lexicon) -> tuple[list[Figure], bool]:
        """The claims of the whole and its parts, and whether the parts make the whole one
        of several kinds."""
        if self.whole is None or not self.kept or self.picked and not self._whole_told():
            return [], False
        whole = self.whole
        claims = [p for p in self.parts if part_is_claim(body, whole, self.parts, p, lex)]
        # (parts of a figure of the sentence before refer to it: they go its way)
        claims = [replace(p, category=parts_category(body, p) or p.category, dated=whole.dated
                          or p.dated, refers=p.refers or self.virtual) for p in claims]
        several = any(p.category not in (whole.category, Category.MIXED)
                      and not _named_by(body, p, lex, "occupations") for p in claims)
        if several:
            whole = replace(whole, category=Category.MIXED, several=True)
        return ([] if self.virtual else [whole]) + claims, several


def _blanked(body: str, spans: Sequence[Span]) -> str:
    """``body`` with the given spans (dates) blanked out, offsets kept."""
    for start, end in spans:
        body = body[:start] + " " * (end - start) + body[end:]
    return body
