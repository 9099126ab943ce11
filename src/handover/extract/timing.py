"""When a claim's handover happened, and when it was said.

The event date is the date nearest the figure in its clause, for completed handovers (and
for a plan, the day its own clause names, when it does not run over several days); "that
day", "тогда", "in return" and a date labelling a list item date what follows. Dates that start
a period or date a capture ("since 24 February", "captured on 7 October") are not when a
handover happened. An agreed term keeps the date of the talks that agreed it as the date it
was stated.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from handover.domain.vocabulary import ClaimKind
from handover.extract.bare import LIST_JOIN
from handover.extract.context import Dated, Sentence
from handover.extract.dates import LISTED_DAYS
from handover.extract.patterns.words import Words
from handover.extract.selection import CARRY_SENTENCES

__all__ = ["Dating", "claim_dates", "listed_days", "not_an_event"]

Clause = tuple[int, int]

# A sentence that answers the one before ("In return, ...", "received 27 in return"): the
# same day.
_IN_RETURN = Words(r"(?:in return|in exchange|взамен|натомість|в обмін|в обмен|"
                   r"у відповідь|в ответ)(?!\w)(?!\s+(?:for|на)\b)")
# A date that starts a period or dates a capture is not when the handover happened.
_SINCE = re.compile(r"(?<!\w)(?:since|from|captured|taken|seized|abducted|kidnapped|dated|after|"
                    r"before|until|після|после|до|"
                    r"(?:agreement|deal|statement|talks|memorandum|declaration|accord)s? of|"
                    r"taken hostage|з|із|від|с|со|от|захоплен\w*|викраден\w*|взят\w*|"
                    # (the participles and "into captivity", not the nouns: "обменялись
                    # пленными 23, 24 и 25 мая" are the prisoners exchanged on those days)
                    r"в полон|у полон|в плен|пленен\w*|пленён\w*|"
                    r"захвачен\w*|похищен\w*|задержан\w*|затриман\w*|"
                    # the day an agreement was reached is no handover's
                    r"agreed|reached|struck|signed|достигнут\w*|досягнут\w*|подписан\w*|"
                    r"підписан\w*|погоджен\w*|согласован\w*|укладен\w*|заключен\w*|"
                    # ("связало его со стамбульскими договорённостями 23 июля")
                    r"договор[её]нн\w*|домовлен\w*|узгоджен\w*|соглашени\w*|угод[аиоу]\w*)"
                    # ("reached in Istanbul on 23 July": a place between)
                    r"(?:\s+(?:in|at|в|у|во)\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]*)?"
                    r"\s+(?:on\s+|the\s+|в\s+|у\s+)?$", re.IGNORECASE)
# "після обміну 19 березня", "after the exchange of 19 March": the day of an earlier act
_AFTER_EVENT = re.compile(r"(?:^|\s)(?:after|following|після|после)\s+(?:the\s+)?[\w'’]+\s+"
                          r"(?:of\s+|on\s+)?$", re.IGNORECASE)
_RANGE_END = re.compile(r"(?<![\d.,])\d{1,2}(?:\s*(?:to|and|по|до|і|и|та)\s+|[-–])$",
                        re.IGNORECASE)
# Words that date a sentence by the one before: "that day", "тогда", "in return".
_SAME_DAY = Words(r"that day|the same day|this day|того ж дня|того же дня|в той же день|"
                  r"в этот день|в цей день|цього дня|"
                  r"цього ж дня|в тот же день|того дня|в тот день|"
                  r"at the same time|^\W*(?:then|тоді|тогда)|on the return flight|"
                  r"зворотним рейсом|обратным рейсом")


# "a three-day operation", "протягом кількох днів": a plan over several days has no one day
_DAYS = re.compile(r"(?<!\w)(?:multi|two|three|four|five|several|\d+)-day|(?:over|within|in) "
                   r"(?:several|a few|two|three|four|five|\d+) days|кільк\w+ днів|"
                   r"нескольк\w+ дней|(?:двох|трьох|двух|тр[её]х) днів|(?:двух|тр[её]х) дней",
                   re.IGNORECASE)


def not_an_event(item: Sentence, dated: Dated) -> bool:
    """A date that starts a period, ends a range of days ("between 14 and 16 April") or
    dates a capture: not the day of one handover."""
    before = item.text[max(0, dated.mention.start - item.start - 40):
                       dated.mention.start - item.start]
    ranged = _RANGE_END.search(before)
    if ranged is not None:  # (not "23, 24 и 25 мая": days listed, each a date of its own)
        first = dated.mention.start - len(before) + ranged.start()
        ranged = None if any(d.mention.start == first for d in item.dates) else ranged
    return bool(_SINCE.search(before) or ranged or _AFTER_EVENT.search(before))


class Dating(NamedTuple):
    """A claim's dates: of the handover (completed only) and of the saying, whether a year
    was inferred, and the date mention the handover's date came from."""

    event: date | None
    statement: date | None
    inferred: bool
    source: Dated | None


def claim_dates(items: list[Sentence], item: Sentence, clause: Clause, said: Dated | None,
                kind: ClaimKind, at: int, figures: list[int], dated: bool = False,
                answered: Dated | None = None) -> Dating:
    """The dates of a claim; ``said`` is the date the voice spoke, ``at`` the figure's
    offset, ``figures`` the offsets of every figure of the sentence; a ``dated`` figure is
    an item of a list of days, dated by the day before it ("у п'ятницю — 390 (270 ...)");
    ``answered`` is the date of the last handover, which "in return" answers."""
    own = [d for d in item.dates if not d.statement and not d.dateline and d.day
           and not not_an_event(item, d)]
    in_clause = [d for d in own if clause[0] <= d.mention.start < clause[1]]
    in_clause.sort(key=lambda d: abs(d.mention.start - at))
    if dated:
        in_clause = [d for d in in_clause if d.mention.start < at][:1] or in_clause
    event: Dated | None = None
    if kind == ClaimKind.COMPLETED:
        event = _paired(item, own, figures, at) or _first(in_clause or own)
        same = _SAME_DAY.search(item.text)
        if event is None and same is not None:
            event = said if _names_day(item, said, same.start()) else (
                _first(_carried(items, item, spoken=True)) or answered or said)
        event = event or _next_day(items, item, clause) or _when_of(item, clause) or (
            _opening_label(item) or _labelled(items, item) or _entry_day(items, item))
        if event is None and _recalled(item, said):
            event = said
        returned = _IN_RETURN.search(item.text) if event is None else None
        if returned is not None:
            # ("In return, ..." answers the last handover; "... 27 were freed in return" the
            # handover before; not a figure after another of its sentence with no day, nor
            # one before another: "had handed over 6,060 bodies and received 78 in return")
            opens = _IN_RETURN.match(item.text.lstrip(" \"“«("))
            alone = not any(f < at or at < f < item.start + returned.start() for f in figures)
            event = (answered if opens else None) or (
                _first(_carried(items, item)) if opens or alone else None)
    elif kind == ClaimKind.ANNOUNCED and not _DAYS.search(item.text):
        # "15 квітня ... мають вилетіти 120": the day it is to be (not a day gone by before
        # the report: "set the numbers in Bern on 20 March: ... to release 181")
        ahead = [d for d in in_clause if item.reference is None or d.day is None
                 or d.day >= item.reference]
        event = _first(ahead)
    elif kind == ClaimKind.AGREED and said is None:
        said = _first(in_clause or own or _carried(items, item))
    inferred = any(d is not None and d.inferred for d in (event, said))
    return Dating(event.day if event else None, said.day if said else None, inferred, event)


def _next_day(items: list[Sentence], item: Sentence, clause: Clause) -> Dated | None:
    """"The next day, Ukraine handed over 27 bodies", in the claim's clause with no date of
    its own sentence to follow: the day after the last handover told in the sentences
    before."""
    following = next((d for d in item.dates if d.mention.following and d.day is None
                      and d.mention.weekday is None
                      and clause[0] <= d.mention.start < clause[1]), None)
    before = _first(_carried(items, item)) if following is not None else None
    if following is None or before is None or before.day is None:
        return None
    return replace(following, day=before.day + timedelta(days=1), inferred=before.inferred)


def _names_day(item: Sentence, said: Dated | None, at: int) -> bool:
    """Whether "that day" at ``at`` points to the day the sentence's speaker spoke, told
    before it ("reported on 17 July that 1,000 had been handed over that day"), not back to
    the handover before ("came home the same day, the governor said on Monday")."""
    return said is not None and said in item.dates and said.mention.start - item.start < at


def _recalled(item: Sentence, said: Dated | None) -> bool:
    """"On 3 January 2024, Russia's Defence Ministry said 248 servicemen had come back": a
    day told with its year names the handover by the day a side announced it, which is the
    day it happened; a day whose year is inferred ("On June 11, X said") dates only the
    saying."""
    return said is not None and said in item.dates and not said.inferred and said.day is not None


def _paired(item: Sentence, dates: list[Dated], figures: list[int], at: int) -> Dated | None:
    """Figures and dates as many and in turn ("1,212 on 11 June, another 1,200 on Friday,
    13 June"; "on 11 June 1,212, on 13 June 1,200"): each figure has the date of its rank;
    days listed together are one date for one figure ("11 червня — 1212, 13 і 14 червня —
    ще по 1,2 тис.": the first of them), unless there are as many figures as days."""
    if len(figures) < 2 or at not in figures:
        return None
    figures = _respective(item, figures, at)
    ordered = sorted(dates, key=lambda d: d.mention.start)
    colon = item.text.find(":")
    if ordered and colon >= 0 and ordered[0].mention.start - item.start > colon:
        # ("In all, 2,150: 950 on 3 July, and 600 on each of 10 and 17 July": the total
        # before the colon has no day of the list)
        figures = [f for f in figures if f - item.start > colon]
        if at not in figures:
            return None
    if len(ordered) != len(figures):
        ordered = [group[0] for group in listed_days(item, ordered)]
    return ordered[sorted(figures).index(at)] if len(ordered) == len(figures) else None


def _respective(item: Sentence, figures: list[int], at: int) -> list[int]:
    """The list of figures the figure at ``at`` is one of, when "respectively" follows it
    ("on 17 July, 19 August, 23 October and 19 December, with Russia receiving 19, 19, 31
    and 26 respectively"): those pair with the days; else all ``figures``."""
    text, base = item.text, item.start
    if not any(word in text for word in _RESPECTIVE_WORDS) or not _RESPECTIVELY.search(
            text, at - base):
        return figures
    ordered = sorted(figures)
    index = ordered.index(at)
    first = last = index
    while first > 0 and _LIST_GAP.fullmatch(text, ordered[first - 1] - base, ordered[first] - base):
        first -= 1
    while last + 1 < len(ordered) and _LIST_GAP.fullmatch(
            text, ordered[last] - base, ordered[last + 1] - base):
        last += 1
    return ordered[first:last + 1] if last > first else figures


_RESPECTIVE_WORDS = ("respectively", "відповідно", "соответственно")
# (in lower case, as the cheap test before it finds them)
_RESPECTIVELY = re.compile(rf"(?<!\w)(?:{'|'.join(_RESPECTIVE_WORDS)})(?!\w)")
# from one figure of a list to the next: "19, ", "31 and ", "307 і "
_LIST_GAP = re.compile(rf"\d[\d.,\u00a0 ]*?(?:{LIST_JOIN})", re.IGNORECASE)


def listed_days(item: Sentence, dates: list[Dated]) -> list[list[Dated]]:
    """``dates`` (in text order) in groups of days listed together ("13, 14 and 15 June")."""
    groups: list[list[Dated]] = []
    for dated in dates:
        last = groups[-1][-1] if groups else None
        if last is not None and LISTED_DAYS.fullmatch(
                item.text, last.mention.end - item.start, dated.mention.start - item.start):
            groups[-1].append(dated)
        else:
            groups.append([dated])
    return groups


def _carried(items: list[Sentence], item: Sentence, reach: int = CARRY_SENTENCES,
             spoken: bool = False) -> list[Dated]:
    """The last day of a handover told in the sentences before; ``spoken``, else the last
    day someone spoke ("У середу Мединський заявив ... Того ж дня відбувся обмін")."""
    for back in range(1, reach + 1):
        if item.index - back < 0:
            break
        earlier = items[item.index - back]
        dated = [d for d in earlier.dates if not d.dateline and not d.statement and d.day
                 and not not_an_event(earlier, d)]
        if dated:
            return [dated[-1]]
        told = [d for d in earlier.dates if spoken and d.statement and d.day]
        if told:
            return [told[-1]]
    return []


def _labelled(items: list[Sentence], item: Sentence) -> Dated | None:
    """"**29 June.** The largest swap yet: 144 ... return": a date standing alone as the
    label of a list item dates the sentence after it, and the one after that when it has no
    date of its own."""
    for back in (1, 2):
        if item.index - back < 1:
            return None
        earlier = items[item.index - back]
        # (or a day with no year heading a post of a digest, "24 серпня", "24 серпня,
        # вечір": a dateline with its year dates the report)
        # (what it heads is text, not a headline: "6 травня" over "205 захисників
        # повертаються додому" is the statement's dateline)
        if len(earlier.text) <= _LABEL_LENGTH and (_LABEL_END.search(earlier.text) or (
                earlier.is_heading(_HEADING_WORDS) and earlier.mentions
                and earlier.mentions[0].year is None and not item.is_heading(_TITLE_WORDS))):
            if back == 2 and items[item.index - 1].dates:
                return None
            return _label(earlier)
    return None


def _entry_day(items: list[Sentence], item: Sentence) -> Dated | None:
    """"3 января, среда. Сегодня большой обмен. Минобороны сообщило, что вернулись 248": the
    day that opens a paragraph (a diary's or a live blog's entry) dates the sentences of the
    paragraph that name no day of their own before them."""
    for index in range(item.index - 1, max(-1, item.index - 1 - _ENTRY_SENTENCES), -1):
        earlier = items[index]
        if earlier.opens_line:
            short = len(earlier.text) <= _LABEL_LENGTH and _LABEL_END.search(earlier.text)
            label = _label(earlier) if short else None
            return label or (None if item.opens_line else _opening_label(earlier))
        if any(d.mention.day is not None for d in earlier.dates):
            return None
    return None


_ENTRY_SENTENCES = 6  # sentences of an entry the day opening it may date


def _when_of(item: Sentence, clause: Clause) -> Dated | None:
    """"the first swap since 15 January, when 25 were exchanged for 25": the day a "when"
    clause follows is its day, even one that starts a period for the clause before."""
    if not _WHEN.match(item.text, clause[0] - item.start):
        return None
    return next((d for d in item.dates if d.day is not None and not d.statement
                 and _BEFORE_WHEN.fullmatch(item.text, d.mention.end - item.start,
                                            clause[0] - item.start)), None)


_WHEN = re.compile(r"\W*(?:when|коли|когда)\s", re.IGNORECASE)
_BEFORE_WHEN = re.compile(r"\s*,?\s*")


def _opening_label(item: Sentence) -> Dated | None:
    """"- **Jan. 31** — Russia's defence ministry described the swap as 195 for 195": the
    date labelling the line a sentence opens, whoever speaks after it."""
    if not item.opens_line or not item.dates or item.dates[0].day is None:
        return None
    first = item.dates[0]
    start, end = first.mention.start - item.start, first.mention.end - item.start
    if _MARKUP.fullmatch(item.text, 0, start) and _LABEL_DASH.match(item.text, end):
        return first
    return None


_MARKUP = re.compile(r"[\s>*_#-]*")
_LABEL_DASH = re.compile(r"[*_]*\s*[—–:]|[*_]*\s+-\s|\.?[*_]+\s")


def _label(earlier: Sentence) -> Dated | None:
    """The date of a sentence that is nothing but a date (a day of the week may follow it:
    "3 января, среда.")."""
    days = [d for d in earlier.dates if d.mention.day is not None]
    if len(days) != 1 or days[0].day is None:
        return None
    mention = days[0].mention
    label = earlier.text[mention.start - earlier.start:mention.end - earlier.start]
    said = _TIME_OF_DAY.sub("", earlier.text)
    if _LETTERS.sub("", said) != _LETTERS.sub("", _TIME_OF_DAY.sub("", label)):
        return None  # a sentence that says more than its date
    return days[0]


_LETTERS = re.compile(r"[\W_]+")
_HEADING_WORDS = 4
_TITLE_WORDS = 12
# "24 серпня, пізніше", "24 August, evening": a time of the day after a day heading
_TIME_OF_DAY = re.compile(r"(?<!\w)(?:later|earlier|morning|afternoon|evening|night|пізніше|"
                          # (and days of the week: "3 января, среда.")
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                          r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|пн|вт|ср|чт|пт|сб|нд|вс|"
                          r"понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя|"
                          r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
                          r"раніше|ранок|вранці|вечір|ввечері|вночі|ніч|позже|раньше|утро|утром|"
                          r"вечер|вечером|ночью|ночь|днём|днем|вдень)(?!\w)", re.IGNORECASE)
_LABEL_LENGTH = 40  # a date standing alone as a label is short
_LABEL_END = re.compile(r"[.:—–-][*_\s]*$")  # "29 June." ends as a label; a dateline does not


def _first(dates: list[Dated]) -> Dated | None:
    return dates[0] if dates else None
