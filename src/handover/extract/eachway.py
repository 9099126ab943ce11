"""Words of "each": a figure that goes each way ("each side released 270 servicemen", "150
apiece", "по 150 с каждой стороны", "390, 307 and 303 per side"), not a figure of each stage
("Three further stages ... each brought back 1,200").
"""

from __future__ import annotations

import re

from handover.extract.patterns import Lexicon
from handover.extract.scene import Direction, Scene
from handover.extract.wordnum import has_number_word

__all__ = ["EVENTS_OF", "FIGURE_AT", "days_listed", "each_way", "sent_to"]


def each_way(scene: Scene, lex: Lexicon) -> bool:
    """"each side released 270 servicemen and 120 civilians": a word of "each" before the
    figures of its clause; after a figure ("150 apiece", "по 150 с каждой стороны"), only
    the figure just before it; "по 150" only the figure it opens."""
    text, at = scene.text, scene.number_at
    for match in lex.rx("each").finditer(text):
        if _STAGES_EACH.search(text, 0, match.start()) and _VERB_NEXT.match(text, match.end()):
            continue  # "Three further stages ... each brought back 1,200": each stage
        if _OCCASION.match(text, match.end()) or match.group().lower() == "each" and (
                match.start() > at and (EVENTS_OF.search(text, 0, at) or days_listed(
                    text[:at], lex) and not _both_act(scene, match.start())
                    and not _SIDE_NEXT.match(text, match.end()))):
            # "19 each time", "щоразу по 19", "two handovers of a thousand bodies each", "on
            # 13, 14 and 15 June ... 1,200 each": each occasion, not each side
            continue
        forward = match.group().lower() in _FORWARD
        if forward and (_of_each_day(text, match.start(), at) or days_listed(
                text[at:], lex) and not _MUTUAL_WORDS.search(text)):
            # "чотири передачі по тисячі тіл: 17 липня, 19 серпня ...", "ще по тисячі
            # повернули 17 липня, 19 серпня та 23 жовтня": each day
            continue
        if _EACH_OF.match(text, match.end()):
            continue  # "по 1200 тел в каждый из этих дней": each of the days, not each side
        if forward and _one_actor(scene, match.start()):
            continue  # "Украина получила по 1200 тел в каждый из этих дней": each time
        if match.start() < at:
            if _EVENTS_FIGURE.search(text, 0, match.start()):
                continue  # "repatriations of 1,000 bodies each ..., with Russia receiving 19"
            if not forward or not FIGURE_AT.search(text, match.end(), at):
                return True
        elif not forward and _one_list(_RANGE_LEAD.sub("", text[at:match.start()], count=1)) \
                and not _own_subject(text, match.group(), match.end(), lex) \
                and not _PO_BETWEEN.search(text, at + 1, match.start()):
            # (not "двумя тысячами — по тысяче с каждой стороны": "по" takes its "each")
            return True
    return False


def days_listed(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` lists two or more days of a month ("13, 14 and 15 June", "17 July and
    19 August")."""
    return any(found.group(1).lower() in lex.months for found in _DAY_LIST.finditer(text))


_DAY_LIST = re.compile(r"(?<![\d.,])\d{1,2}(?:\s+[^\W\d_]+)?(?:\s*,\s*\d{1,2}(?:\s+[^\W\d_]+)?)*"
                       r",?\s+(?:and|і|й|та|и)\s+\d{1,2}\s+([^\W\d_]+)", re.IGNORECASE)


def _one_actor(scene: Scene, each: int) -> bool:
    """Whether one side alone acts before "по" ("Россия передала по тысяче тел"), and no
    word says the sides acted both ways ("стороны", "друг другу")."""
    return len(_acting(scene, each)) == 1 and not _MUTUAL_WORDS.search(scene.text)


def _both_act(scene: Scene, each: int) -> bool:
    """Whether both sides act before a word of "each" ("On 13 and 14 June Russia and Ukraine
    released 1,200 each"), or a word says they acted both ways."""
    return len(_acting(scene, each)) > 1 or bool(_MUTUAL_WORDS.search(scene.text))


def _acting(scene: Scene, each: int) -> set[str]:
    return {m.party for m in scene.parties
            if m.side and m.start < each and m.role in ("subject", "to", "from")}


_EACH_OF = re.compile(r"\s+(?:из|з|із|of)\s+(?:этих|тех|цих|тих|these|those|the)\b", re.IGNORECASE)
_MUTUAL_WORDS = re.compile(r"(?<!\w)(?:сторон\w*|друг другу|один одному|обмен\w*|обмін\w*|"
                           r"каждой|кожної|кожного|обеих|обох)(?!\w)", re.IGNORECASE)


def _own_subject(text: str, each: str, end: int, lex: Lexicon) -> bool:
    """"307 came home, the second day of an exchange in which each side is to hand over a
    thousand": "each side" that is the subject of an act of its own, whose figure follows
    the act, is not the figure's before it."""
    side = _SIDE_SUBJECT.match(text, end) if each.lower() in _SUBJECT_EACH else None
    if side is None:
        return False
    verb = lex.rx("verbs").match(text, side.end())
    if verb is None:
        return False
    figure = _FIGURE_NEXT.match(text, verb.end())
    return figure is not None and (
        figure.group(1)[:1].isdigit() or has_number_word(figure.group(1), lex.lang))


# "side" after a word of "each", and what may stand before its verb ("is to", "will", "має")
_SUBJECT_EACH = frozenset(("each", "каждая", "кожна"))
_SIDE_SUBJECT = re.compile(r"\s+(?:side|party|сторона)\s+"
                           r"(?:(?:is|are|will|would|shall|must|has|have)\s+(?:to\s+)?|"
                           r"має\s+|мають\s+|должна\s+|повинна\s+)?", re.IGNORECASE)
# the figure right after an act ("hand over a thousand", "передать 500")
_FIGURE_NEXT = re.compile(r"\s+(?:(?:a|an|по|some|about|up to)\s+)?(\S+)", re.IGNORECASE)


def _of_each_day(text: str, each: int, at: int) -> bool:
    """Whether "по" gives the figure of each of the days listed just before it, opening its
    clause, or after its colon ("28 березня і 18 квітня — по 909", "по тисячі тіл: 17
    липня, 19 серпня")."""
    after = _DAYS_AFTER.search(text, at)
    return bool(after is not None and after.start() - at <= _DAYS_REACH
                or _DAYS_BEFORE.search(text, 0, each) or _DAYS_OPEN.match(text))


_DAY = r"\d{1,2}\s+[^\W\d_]+"
_TWO_DAYS = rf"{_DAY}(?:,\s*|\s+(?:і|й|та|и|and)\s+){_DAY}"  # "28 березня і 18 квітня"
_DAYS_AFTER = re.compile(rf":\s*{_TWO_DAYS}", re.IGNORECASE)
_DAYS_BEFORE = re.compile(rf"{_TWO_DAYS}\s*[—–:-]\s*$", re.IGNORECASE)
# ("17 июля и 19 августа Россия получила ещё по 19 тел": the days open the clause)
_DAYS_OPEN = re.compile(rf"\W*{_TWO_DAYS}\b", re.IGNORECASE)
_DAYS_REACH = 40  # characters from the figure to the colon before its days


# the opening of a range, which is one figure ("between 80 and 90" people on each side)
_RANGE_LEAD = re.compile(r"^(?:(?:between|між|между)\s+\d[\d.,]*\s+(?:and|і|и|та)\s+(?=\d)|"
                         r"(?:від|от|from|з|із|с)\s+(?=\d))", re.IGNORECASE)


# stages, rounds or days that a floating "each" before a verb counts, not sides
_STAGES_EACH = re.compile(r"(?<!\w)(?:stages?|rounds?|phases?|days?|flights?|convoys?)(?!\w)"
                          r"[^.;]*$", re.IGNORECASE)
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|brought|saw|took|gave|sent)\b")
# handovers counted before a figure "of" each ("Two further handovers of a thousand bodies each")
EVENTS_OF = re.compile(r"(?<!\w)(?:handovers|stages|rounds|exchanges|transfers|repatriations|"
                       r"swaps|flights)\s+of\s+$", re.IGNORECASE)
# a figure of each of the handovers counted before it, and its noun ("repatriations of 1,000
# bodies each"): its "each" is of the handovers, not of the figures after it
_EVENTS_FIGURE = re.compile(EVENTS_OF.pattern.removesuffix("$")
                            + r"(?:an?\s+)?[\w,.]+(?:\s+[^\W\d_]+){0,2}\s+$", re.IGNORECASE)
_PO_BETWEEN = re.compile(r"(?<!\w)по\s+[^\W_]", re.IGNORECASE)
_SIDE_NEXT = re.compile(r"\s+(?:way|side|direction)\b", re.IGNORECASE)  # "each way": each side
_OCCASION = re.compile(r"\s+(?:time|occasion|раз|разу)(?!\w)", re.IGNORECASE)
_FORWARD = frozenset(("по",))  # "по 150": each, of the figure it opens
# (a range is one figure: "від 80 до 90» осіб з кожного боку")
FIGURE_AT = re.compile(r"\d[\d\s.,\u00a0\u202f]*"
                        r"(?:(?:до|to|[-–])\s*\d[\d\s.,\u00a0\u202f]*[»\"”]?\s*)?")
_FIGURE_NOUN = re.compile(r"\d[\d\s.,\u00a0\u202f]*(?:[^\W\d_]+\s*){1,2}")  # ("120 мирных жителей")
# a figure's noun, then the side it went to ("212 bodies to Ukraine", "45 — в Россию")
_SENT_TO = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,4}[—–]?\s*(?:to|into|на|в|во|до|у)\s+",
                      re.IGNORECASE)
# What may join the figures of one list: commas and "and" ("390, 307 and 303 per side").
_LIST_JOINS = re.compile(r"[\s,;]*(?:(?:and|і|й|та|и)\b[\s,]*)?", re.IGNORECASE)


def sent_to(scene: Scene, pair: list[str]) -> Direction | None:
    """The one way of a figure of an exchange between ``pair`` that names its receiver just
    after it ("the sides swapped remains: 212 bodies to Ukraine, 45 to Russia")."""
    figure = FIGURE_AT.match(scene.text, scene.number_at)
    end = figure.end() if figure else scene.number_at
    for mention in scene.parties:
        if mention.role == "to" and mention.start > end and mention.party in pair and (
                _SENT_TO.fullmatch(scene.text, end, mention.start)):
            return Direction(pair[1] if mention.party == pair[0] else pair[0], mention.party)
    return None


def _one_list(between: str) -> bool:
    """Whether a word of "each" after a figure is that figure's: nothing but the figure's own
    words lie between, or other bare figures of one list with it ("390, 307 and 303 per
    side" is each way for every stage)."""
    rest = FIGURE_AT.sub("", between, count=1)
    if not FIGURE_AT.search(rest):
        return True
    # ("270 військових і 120 цивільних з кожного боку": each figure with its one noun)
    return FIGURE_AT.match(between) is not None and any(_LIST_JOINS.fullmatch(
        pattern.sub(" ", between)) is not None for pattern in (FIGURE_AT, _FIGURE_NOUN))
