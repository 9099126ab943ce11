"""A figure of each of several days: "On 13, 14 and 15 June Russia handed over 1,200 bodies
each", "28 березня і 18 квітня — по 909", "1,200 on each of Friday, Saturday and Sunday",
"Russia received 19 each time", "two handovers of a thousand bodies each followed, on 17 July
and on 19 August": one claim for each day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from handover.domain.claims import Claim
from handover.extract.bare import EACH_BEFORE
from handover.extract.context import Dated, Sentence
from handover.extract.eachway import EVENTS_OF
from handover.extract.timing import listed_days

__all__ = ["each_day", "each_time", "on_each_day"]


def on_each_day(item: Sentence, span: tuple[int, int], before: str,
                claims: list[Claim]) -> list[Claim]:
    """The ``claims`` of a figure at ``span`` (``before``: its clause up to it) once for each
    day the sentence gives it: the days listed before it, else those "each time" or "on each
    of" points to; once a day is enough ("17 июля и 19 августа — ..., взамен оба раза по 19")."""
    # (one way only: "each" of both sides is no day's)
    each_after = len(claims) == 1 and bool(_EACH_AFTER.match(item.text, span[1] - item.start))
    if _PAIRED_LIST.match(item.text, span[1] - item.start):
        return claims  # ("по 390, 307 і 303 ... відповідно": each day its own figure)
    daily = each_day(item, span[0], before, claims, each_after)
    return daily if len(daily) != len(claims) else each_time(item, span[1], claims)


def each_day(item: Sentence, at: int, before: str, claims: list[Claim],
             each_after: bool = False) -> list[Claim]:
    """The ``claims`` of a figure at offset ``at`` (``before``: its clause up to it), once
    for each of the days listed before it, or after its colon, when "по" opens it ("28
    березня і 18 квітня — по 909": a handover of each day) or "each" follows it (``each_after``:
    "on 13, 14 and 15 June Russia handed over 1,200 bodies each"); as they are otherwise."""
    if not (each_after or EACH_BEFORE.search(before)):
        return claims
    own = sorted((d for d in item.dates if d.day and not d.statement),
                 key=lambda d: d.mention.start)
    groups = listed_days(item, own)
    group = next((g for g in reversed(groups) if g[-1].mention.end <= at and (
        at - g[-1].mention.end <= _EACH_DAY_REACH or _opens_with(item, g)
        or each_after and g[0].mention.start >= at - len(before))), None)
    # ("чотири передачі по тисячі тіл: 17 липня, 19 серпня, 23 жовтня і 19 грудня")
    # (or, for one way, the days after its verb: "ще по тисячі повернули 17 липня, 19 серпня
    # та 23 жовтня")
    days_after = _TO_DAYS if len(claims) != 1 else _TO_DAYS_AFTER
    group = group or next((g for g in groups if g[0].mention.start > at and len(g) > 1 and (
        days_after.fullmatch(item.text, at - item.start, g[0].mention.start - item.start))), [])
    return _on_days(claims, group)


# figures listed after the figure: figures of the days in turn
_PAIRED_LIST = re.compile(r"(?:\s*,\s*\d[\d\u00a0 ]*)+\s*,?\s*(?:і|и|й|та|and)\s+\d")
_EACH_DAY_REACH = 16  # characters between the last day listed and the figure


def _opens_with(item: Sentence, group: list[Dated]) -> bool:
    """Whether days written out, two or more different ones, open the sentence ("17 июля и
    19 августа Россия получила ещё по 19 тел")."""
    return (len({d.day for d in group}) > 1 and all(d.mention.day is not None for d in group)
            and not item.text[:group[0].mention.start - item.start].strip(" *_-—–"))


_TO_DAYS = re.compile(r"[\d\s.,]*[^\d:;.]{0,30}:\s*")  # a figure, its noun, a colon
_TO_DAYS_AFTER = re.compile(r"[\d\s.,]*[^\d:;.]{0,40}?(?::\s*|\s)")  # or its verb


def each_time(item: Sentence, end: int, claims: list[Claim]) -> list[Claim]:
    """The ``claims`` of a figure ending at offset ``end`` once for each day its sentence
    dated a handover before it when "each time" follows it ("1,000 bodies were returned on
    17 July and another thousand on 19 August; Russia received 19 each time"), or after it
    when it is each of the handovers counted before it ("two handovers of a thousand bodies
    each followed, on 17 July and on 19 August")."""
    counted = _counted_days(item, end)
    if counted:
        return _on_days(claims, counted)
    if _ON_EACH_OF.match(item.text, end - item.start):
        # ("1,212 on Wednesday, then 1,200 on each of Friday, Saturday and Sunday")
        return _on_days(claims, [d for d in item.dates if d.day and not d.statement
                                 and d.mention.start > end])
    after = _each_event(item, end)
    if not after and not _EACH_TIME.match(item.text, end - item.start) and not (
            _EACH_TIME_BEFORE.search(item.text, max(0, end - item.start - _BEFORE_REACH),
                                     end - item.start)):
        return claims
    days = list({d.day: d for d in sorted(item.dates, key=lambda d: d.mention.start)
                 if d.day and not d.statement and (d.mention.start < end) != after}.values())
    return _on_days(claims, days)


def _counted_days(item: Sentence, end: int) -> list[Dated]:
    """"Three transfers of 1,200 followed on 13, 14 and 15 June": the days listed right
    after a figure of each of the handovers counted before it, as many as they were."""
    text = item.text
    if _EVENTS_CUE.search(text) is None:
        return []  # (the cheap test first: few sentences count handovers "of" a figure)
    events = _events_before(item, end)
    count = _EVENTS_COUNT.search(text, 0, events.start()) if events is not None else None
    if count is None:
        return []
    after = sorted((d for d in item.dates if d.day and not d.statement
                    and d.mention.start >= end), key=lambda d: d.mention.start)
    groups = listed_days(item, after)
    first = groups[0] if groups else []
    return first if len(first) == _COUNTS[count.group(1).lower()] else []


_EVENTS_CUE = re.compile(EVENTS_OF.pattern.removesuffix("$"), re.IGNORECASE)
# how many handovers a figure is each of ("Three transfers of", "two further handovers of")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_EVENTS_COUNT = re.compile(rf"(?<!\w)({'|'.join(_COUNTS)})\s+(?:[^\W\d_]+\s+)?$",
                           re.IGNORECASE)


def _on_days(claims: list[Claim], days: list[Dated]) -> list[Claim]:
    """The ``claims`` once for each of ``days``, two or more; as they are otherwise."""
    if len(days) < 2:
        return claims
    return [replace(claim, event_date=d.day, flags=tuple(
        f for f in claim.flags if f != "year_inferred") + (
        ("year_inferred",) if d.inferred else ())) for d in days for claim in claims]


def _each_event(item: Sentence, end: int) -> bool:
    """"Two further handovers of a thousand bodies each followed, on 17 July and on 19
    August": a figure of each of the handovers counted before it, dated by the days after."""
    text = item.text
    if _EACH_AFTER.match(text, end - item.start) is None:
        return False  # (the cheap test first: few figures have "each" after them)
    return _events_before(item, end) is not None


def _events_before(item: Sentence, end: int) -> re.Match[str] | None:
    """The handovers counted right before the figure ending at ``end`` ("transfers of")."""
    figure = _FIGURE_START.search(item.text, 0, end - item.start)
    return EVENTS_OF.search(item.text, 0, figure.start()) if figure is not None else None


# (not "95 prisoners each way": each side)
_EACH_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}each\b(?!\s+(?:way|side|direction)\b)",
                         re.IGNORECASE)
_FIGURE_START = re.compile(r"(?:(?:a|an)\s+)?[\w,.]+$")
_BEFORE_REACH = 40  # characters before a figure its "each time" may stand in
# ("взамен оба раза по 19"): the same, said before the figure
_EACH_TIME_BEFORE = re.compile(r"(?<!\w)(?:each time|both times|every time|оба раза|обидва рази|"
                               r"кожного разу|щоразу|каждый раз)\s+(?:по\s+)?[\d.,]+$",
                               re.IGNORECASE)
_ON_EACH_OF = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:on each of|on every one of|в каждый из|у кожен "
                         r"із|у кожен з)\s", re.IGNORECASE)
# "each time" after a figure: as many on each occasion the sentence told, not each side
_EACH_TIME = re.compile(r"\s*(?:each time|every time|on each occasion|both times|кожного разу|"
                        r"щоразу|обидва рази|каждый раз|всякий раз|оба раза)(?!\w)",
                        re.IGNORECASE)
