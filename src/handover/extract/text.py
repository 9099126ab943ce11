"""Sentences and clauses with their character offsets in the document text.

A report's claims are quoted sentence by sentence, so the splitter must not break at the
full stops of abbreviations ("U.S.", "Lt. Gen.", "р.", "г.") or inside figures ("1.212"),
and must break at the end of a paragraph even without a full stop (headlines, datelines).

>>> [text for _, _, text in sentences("Russia returned 27 bodies. Ukraine returned none.")]
['Russia returned 27 bodies.', 'Ukraine returned none.']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["Span", "clauses", "sentences"]

Span = tuple[int, int, str]

_END = re.compile(
    # (an encyclopedia's marks of its references may follow: "... 120 civilians.[3] On ...")
    # (and a label's bold: "**30 Dec (Mon).** 150 for 150")
    r"[.!?…]+[\"'”’»)\]*_]*(?:\[\d{1,3}\])*(?:(?=\s+[\"'“‘«(\[]?[A-ZА-ЯІЇЄҐЁ0-9])|(?=\s*$)"
    # "... on a "6,000 for 6,000" basis.1 Moscow ...": a footnote's mark after the full stop
    r"|(?<=[^\W\d_]{3}[.!?])\d{1,2}(?=\s+[\"'“‘«(\[]?[A-ZА-ЯІЇЄҐЁ]))"
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
        "incl",
        "excl",
        "т",  # ("в т. ч. 6 гражданских": "в том числе")
        "ч",
        "вкл",
        "включ",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "rep",
        "sen",
        "gov",
        "pres",
        "adm",
        "cmdr",
        "ім",
        "вул",
        "м",
        "с",
        "р",
        "г",
        "т.д",
        "т.п",
        "тыс",
        "тис",
        "млн",
        "им",
        "ул",
        "пр",
        "див",
        "см",
    ]
)
_CLAUSE_BREAK = re.compile(
    # (not "33 — военные, а 51 — гражданские": a figure, its kind, the next part of a list)
    r";\s+|(?<!\d)\s+[—–]\s+|,\s+(?=(?:while|whereas|but|and|although|though|however|"
    r"а(?!\s+\d[\d\s]*[—–])|але|однак|проте|тоді як|водночас|натомість|но|однако|тогда как|"
    r"в то время как|хотя|хоча|при этом|зато|взамен|натомість|в обмін|в обмен|in return|"
    r"then|потім|затем|потом|when(?=\s+(?:about\s+|nearly\s+|some\s+)?\d)|"
    # ("..., so even the largest swap moved only a fraction of them": a consequence)
    r"so|тож|тому|поэтому|так что|therefore|"
    # ("..., a figure Iryna Vereshchuk gave": what is said of the figure before)
    r"(?:a|the) (?:figure|number|count|estimate) (?-i:[A-Z])\w*)\b"
    r"|(?:що|что)\s"
    # (", with Russia receiving 19": an absolute phrase, the act of its own subject)
    r"|with\s+(?:the\s+)?(?-i:[A-Z])[\w'’]+\s+[a-z]+ing\b"
    # "на Украину вернулись 199, в Россию — 148": a place that opens a clause sharing the verb
    # (Ukrainian writes "росія" in lower case)
    r"|(?:в|на|до|у)\s+(?:(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’-]+|росію)\s+[—–]\s"
    # ("Украине переданы 212 тел, России — 45": a side in the dative, the same)
    r"|(?-i:[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+[еиі])\s+[—–]\s+\d"
    r"|(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’]+\s+(?:не\s+|has\s+|had\s+)?\w+(?:ла|ли|ло|ed)\b)|"
    r"\s+(?=(?:while|whereas|тоді як|в то время как|and that|і що|та що|и что|а также что)\b"
    # "a further 1,000 went to Ukraine and 26 to Russia": the same, in English
    r"|and\s+\d(?:[\d,.]*\d)?\s+to\s+(?:the\s+)?(?-i:[A-Z])"
    # "... went to Ukraine and the Russian ministry said that ...": a new voice, a new clause
    r"|(?:and|і|й|та|и)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}(?:said|says|saying|reported|claimed|"
    r"announced|stated|заявил[аио]?|повідомил[аио]?|сообщил[аио]?|заявив|повідомив)\b)",
    re.IGNORECASE,
)


def sentences(text: str) -> list[Span]:
    """Every sentence of ``text`` as (start, end, sentence), trimmed of surrounding space."""
    out: list[Span] = []
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for match in _END.finditer(text, para_start, para_end):
            if _is_abbreviation(text, match.start(), para_start):
                continue
            out.extend(_trimmed(text, start, match.end()))
            start = match.end()
        out.extend(_trimmed(text, start, para_end))
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]``, as offsets into ``text``."""
    bounds: list[tuple[int, int]] = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > cursor:
            bounds.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        bounds.append((cursor, end))
    # "Over the whole first phase, Hamas handed over ...": a short opening phrase without a
    # figure frames the clause after it, so it stays with it.
    while len(bounds) > 1 and _framing(text[bounds[0][0]:bounds[0][1]]):
        bounds[0:2] = [(bounds[0][0], bounds[1][1])]
    return _rejoined(text, bounds) or [(start, end)]


def _rejoined(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces put back together, from the end: "... назвала свою итоговую цифру — 6057." (a
    figure alone after a dash belongs before it), "..., а 51 — гражданские" (the head of a
    clause that shares its verb keeps what follows its dash); "..., а Ереван — двух
    азербайджанских" keeps a clause of its own."""
    index = len(bounds) - 1
    while index > 0:
        piece = text[bounds[index][0]:bounds[index][1]]
        before = text[bounds[index - 1][0]:bounds[index - 1][1]]
        dash = _DASH.match(text, bounds[index - 1][1])
        short = len(piece.split()) <= 2 or dash and (
            _FIGURE_FIRST.match(piece) or len(piece.split()) <= 4 and _TIME_PIECE.match(piece))
        head = dash and len(before.split()) <= 3 and _CONJUNCTION.match(before)
        # "четверо — на Украину и трое — в Россию": where the figure before the dash went
        went = dash and _TO_PLACE.match(piece) and _FIGURE_LAST.search(before)
        if short and not _CONJUNCTION.match(piece) or head or went:
            bounds[index - 1:index + 1] = [(bounds[index - 1][0], bounds[index][1])]
        index -= 1
    return bounds


_DASH = re.compile(r"\s+[—–]\s+")
_TO_PLACE = re.compile(r"(?:на|в|во|до|у|to)\s+[A-ZА-ЯІЇЄҐЁ]")
# (also a figure and its noun: "212 тел — на Украину, 45 — в Россию")
_FIGURE_LAST = re.compile(r"(?:\d|\d\s+[^\W\d_]+|\w+(?:еро|ое|оє|ро))$")
# "з них 1 358 — у 2024 році": a phrase of time after a dash
_TIME_PIECE = re.compile(r"(?:у|в|во|in|on|at|на|за|с|з|since|від|от)\s+(?:\S*\d|этом|цьому|this|"
                         r"last|прошлом|минулому)", re.IGNORECASE)
_CONJUNCTION = re.compile(r"(?:а|и|і|й|та|and|but|але|но)\s", re.IGNORECASE)
# "итоговую цифру ... тел — «более 2400» к концу пятницы": a dash that introduces a figure
_FIGURE_FIRST = re.compile(r"[«\"“„]?\s*(?:(?:another|ще|іще|ещё|еще|по|more than|over|"
                           r"about|nearly|almost|at least|понад|близько|майже|более|свыше|около|"
                           r"почти|не менее|не менше|щонайменше|примерно|приблизно)\s+){0,2}"
                           r"(?:(?:о|об|про)\s+)?"
                           r"(?:\d|(?:одн|дв|тр|чотир|четыр|"
                           r"п'ят|пят|шіст|шест|сім|сем|вісім|восем|дев|десят|сто|двісті|двести|"
                           r"тисяч|тысяч|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                           r"twenty|thirty|hundred|thousand)\w*\b)", re.IGNORECASE)


def _framing(clause: str) -> bool:
    """A short phrase of circumstance: no figure, or opened by a preposition of time
    ("Over five stages between 11 and 16 June, ...")."""
    words = len(clause.split())
    if words <= 6 and not any(ch.isdigit() for ch in clause):
        return True
    # (numbers of days and years only: "between 11 and 16 June", not a count)
    return (words <= 8 and bool(_OPENER.match(clause))
            and all(int(n) <= 31 or 1900 <= int(n) <= 2100 for n in re.findall(r"\d+", clause)))


# Prepositions that open a phrase of time, not a clause of its own.
_OPENER = re.compile(r"(?:over|during|since|after|across|throughout|in the course of|за|протягом|"
                     r"впродовж|після|после|під час|во время|в течение|на протяжении)\s",
                     re.IGNORECASE)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _SCALES and _CAPITAL_NEXT.match(text, dot + 1):
        return False  # "... ще по 1,2 тис. За даними «Інтерфаксу» ...": a sentence ends
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and text[word_start].isupper()  # an initial: "V. Putin"


# abbreviated scales after a figure: a capital after them opens a new sentence
_SCALES = frozenset(("тыс", "тис", "млн", "млрд"))
_CAPITAL_NEXT = re.compile(r"\s+[\"«“(]?[A-ZА-ЯІЇЄҐЁ]")


# What opens a line before its first sentence and is none: a live blog's time of day ("17:15 -
# Zelensky: ...", "UPDATE 14:20 - ...") and a wire dateline in capitals ("KYIV/MOSCOW, May 23
# (KWS) - Russia ...")
_STAMP = re.compile(r"(?:(?:(?-i:UPDATE|Update|ОНОВЛЕНО|Оновлено|ОБНОВЛЕНО|Обновлено|"
                    r"ОБНОВЛЕНИЕ|Обновление)\s+)?\d{1,2}:\d{2}|"
                    r"(?-i:[A-ZА-ЯІЇЄҐЁ]{2,}(?:[/ -][A-ZА-ЯІЇЄҐЁ]{2,})*),"
                    r"[^\n.:;—–-]{3,40}?)\s*[-–—]\s+(?=\S)")


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    if (start == 0 or text[start - 1] == "\n") and (
            stamp := _STAMP.match(text, start, end)) is not None:
        start = stamp.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end, text[start:end])] if start < end else []
