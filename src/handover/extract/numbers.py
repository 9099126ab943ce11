"""Figures in text: "1,212", "1 212" (also with a no-break space), "1.212", "1.2 million",
"twelve hundred", "шести тысяч", with the qualifier written before them.

>>> from handover.extract.patterns import lexicon
>>> [(m.value, m.qualifier.value) for m in find_numbers("more than 1 212 bodies", lexicon("en"))]
[(1212, 'at_least')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from handover.domain.vocabulary import Qualifier
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Found, Words
from handover.extract.wordnum import has_number_word, number_words, words_value

__all__ = ["NumberMention", "find_numbers"]

_SPACES = " \u00a0\u202f\u2009"
_DIGITS = re.compile(
    # (not a reference's mark: "120 civilians.[3]"; nor a model's number: "an Il-76", "Ан-26")
    rf"(?<![\w.,:/$€£])(?<!\d-)(?<![A-ZА-ЯІЇЄҐ]-)(?<![A-ZА-ЯІЇЄҐ][^\W\d_]-)(?!(?<=\[)\d{{1,3}}\])"
    rf"(?P<int>\d{{1,3}}(?:(?P<sep>[,.{_SPACES}])\d{{3}}(?:(?P=sep)\d{{3}})*)"
    rf"|\d+)(?:[.,](?P<frac>\d+))?(?![\w%]|:\d|[.,]\d|-(?!for-|на-|за-)\w)"
)
_SCALES = r"million|thousand|мільйон\w*|миллион\w*|тисяч\w*|тысяч\w*|тис\.?|тыс\.?|млн\.?"
_MULTIPLIER = re.compile(rf"\s*(?P<mult>{_SCALES})(?!\w)", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*(?:року|рік|р\.|года|год|г\.|year)", re.IGNORECASE)
# ("over 2024" is a year, "handed over 2024 bodies" a count)
_YEAR_BEFORE = re.compile(r"(?<!\w)(?:in|since|of|until|by|from|year|during|through|throughout|"
                          r"(?<!hand )(?<!hands )(?<!handed )(?<!handing )(?<!turned )over|"
                          r"у|в|з|до|с|по|от|за|протягом)\s+$",
                          re.IGNORECASE)


_SEPARATORS = re.compile(rf"[,.{_SPACES}]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_VAGUE = re.compile(r"сотні|сотни|сотен|тисячі|тысячи|hundreds|thousands|dozens", re.IGNORECASE)
# "thousand-for-thousand", "hundred for hundred": a bare scale word in a formula counts
_PAIRED = re.compile(r"\b(hundred|thousand)\s*-?\s*for\s*-?\s*(?:a\s+)?\1\b", re.IGNORECASE)
# "обмен тысячи военнопленных на тысячу": a formula's first half, one thousand
_PAIRED_SCALE = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}(?:на|за)\s+(?:тисячу|тысячу|сотню)(?!\w)",
                           re.IGNORECASE)
# "another thousand", "a further hundred": one more of the scale, counted
_ANOTHER_ONE = re.compile(r"(?<!\w)(?:another|a further)\s+$", re.IGNORECASE)
_SEVERAL = re.compile(r"(?:several|a few|some|many|кілька|кількох|декілька|декількох|"
                      r"несколько|нескольких|многие|многих)\s+$", re.IGNORECASE)
# Before "тисячі"/"сотни" these make it one thousand (or hundred) counted, not thousands:
# "близько тисячі", "ще тисячі тіл" (one more thousand).
# So does a noun of an act, which "тысячи" follows in the genitive of one: "о получении тысячи
# тел", "про передачу тисячі тіл" (thousands would be "тысяч", "тисяч").
_COUNTED = re.compile(r"(?:по|около|близько|майже|почти|до|понад|более|свыше|приблизно|"
                      r"примерно|ще|іще|ещё|еще|менее|меньше|менше|щонайменше|"
                      r"більше|получени[еия]|передач[аеиуі]|возвращени[еия]|отриманн[яі]|"
                      r"поверненн[яі])\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class NumberMention:
    """A figure in text, with its qualifier; ``start`` includes the qualifier's words."""

    value: int
    start: int
    end: int
    qualifier: Qualifier
    number_start: int


def find_numbers(text: str, lex: Lexicon) -> list[NumberMention]:
    """Every figure in ``text`` that could be a count of people, in order."""
    found = [m for m in _digit_numbers(text) if not _is_year(text, m, lex)]
    if has_number_word(text, lex.lang):
        found.extend(_word_numbers(text, lex, found))
        halves = _and_a_half(text, lex)
        if halves:  # ("двумя с половиной сотнями": one figure of 250, not 2 and hundreds)
            found = [m for m in found if not any(s <= m[1] < e for _, s, e in halves)] + halves
    found.sort(key=lambda m: m[1])
    return _ranged(text, [_qualified(text, value, start, end, lex) for value, start, end in found])


def _and_a_half(text: str, lex: Lexicon) -> list[tuple[int, int, int]]:
    """"двумя с половиной сотнями", "дві з половиною тисячі": a number and a half of the
    scale after it."""
    out: list[tuple[int, int, int]] = []
    if "половин" not in text:
        return out
    for match in _AND_A_HALF.finditer(text):
        whole = words_value([match.group(1)], lex.lang)
        scale = words_value([match.group(2)], lex.lang) or _SCALE_WORDS.get(
            match.group(2).lower()[:4])
        if whole is not None and scale is not None and scale in (100, 1000):
            out.append((int((whole + 0.5) * scale), match.start(), match.end()))
    return out


_AND_A_HALF = re.compile(r"(?<!\w)([^\W\d_]+)\s+(?:с|з|із)\s+половин\w*\s+"
                         r"(сот\w*|тыс\w*|тис\w*)", re.IGNORECASE)
_SCALE_WORDS = {"сотн": 100, "тыся": 1000, "тися": 1000}  # (cases words_value misses)


# "between 80 and 90", "від 80 до 90", "от 800 до 900", "80-90": a range, read as its least
_RANGE_OPENS = re.compile(r"(?<!\w)(?:between|from|від|от|з|із|с)\s+$", re.IGNORECASE)
# the words between a range's ends, a qualifier of its high end among them ("до майже 2")
_RANGE_TO = r"\s+(?:and|to|до|і|и|та)\s+(?:(?:almost|nearly|about|майже|почти|около|близько)\s+)?"
_RANGE_JOIN = re.compile(rf"{_RANGE_TO}|[-–]", re.IGNORECASE)


def _ranged(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Mentions with each range made one figure: its lower end, at least, spanning both and
    the word that opens it."""
    out: list[NumberMention] = []
    index = 0
    while index < len(mentions):
        low = mentions[index]
        high = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = high is not None and high.value > low.value and _RANGE_JOIN.fullmatch(
            text, low.end, high.number_start) is not None
        opens = _RANGE_OPENS.search(text, max(0, low.start - 10), low.start) if joined else None
        if high is not None and joined and (text[low.end] in "-–" or opens):
            out.append(NumberMention(low.value, opens.start() if opens else low.start, high.end,
                                     Qualifier.AT_LEAST, low.number_start))
            index += 2
            continue
        out.append(low)
        index += 1
    return out


_SHARED_SCALE = re.compile(rf"(?={_RANGE_TO}\d+(?:[.,]\d+)?\s*(?P<mult>{_SCALES})(?!\w))",
                           re.IGNORECASE)


def _digit_numbers(text: str) -> list[tuple[int, int, int]]:
    out = []
    for match in _DIGITS.finditer(text):
        integer = int(_SEPARATORS.sub("", match.group("int")))
        end = match.end()
        frac = match.group("frac")
        # ("від 1,7 до 2 тисяч": the low end of a range takes the high end's scale)
        mult = _MULTIPLIER.match(text, end) or _SHARED_SCALE.match(text, end)
        if mult:
            scale = 1_000_000 if mult.group("mult").lower().startswith(("mil", "млн")) else 1000
            whole = float(f"{integer}.{frac}") if frac else float(integer)
            out.append((round(whole * scale), match.start(), mult.end()))
        elif not frac:
            out.append((integer, match.start(), end))
    return out


def _is_year(text: str, mention: tuple[int, int, int], lex: Lexicon) -> bool:
    value, start, end = mention
    if not 1900 <= value <= 2100 or not text[start:end].isdigit():
        return False
    before = _WORD_BEFORE.search(text[max(0, start - 14):start])
    if before is not None and before.group(1).lower() in lex.months:
        return True  # "since March 2022"
    return bool(_YEAR_AFTER.match(text, end) or _YEAR_BEFORE.search(text[max(0, start - 20):start]))


def _word_numbers(text: str, lex: Lexicon,
                  digits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Runs of number words ("twelve hundred", "шести тысяч") not already read as digits."""
    out: list[tuple[int, int, int]] = []
    run: list[Found] = []
    for match in [*number_words(lex.lang, connectors=True).finditer(text), None]:
        if match is not None and run and not text[run[-1].end():match.start()].strip(_JOINERS):
            run.append(match)
            continue
        out.extend(_close_run(run, lex, digits, text))
        run = [match] if match is not None and _starts(match, lex) else []
    return out


_JOINERS = " -\u00a0"


def _starts(match: Found, lex: Lexicon) -> bool:
    word = match.group().lower()
    return word not in _CONNECTING or (lex.lang == "en" and word in ("a", "an"))


_CONNECTING = frozenset(("and", "a", "an", "і", "й", "и"))


def _close_run(run: list[Found], lex: Lexicon, digits: list[tuple[int, int, int]],
               text: str) -> list[tuple[int, int, int]]:
    while run and run[-1].group().lower() in ("and", "a", "an", "і", "й"):
        run = run[:-1]
    if not run or (run[0].group().lower() in ("a", "an") and len(run) == 1):
        return []
    start, end = run[0].start(), run[-1].end()
    if any(s < end and start < e for _, s, e in digits) or _RECIPROCAL.fullmatch(
            text, start, end) or _COMPOUND_UNIT.match(text, end):
        # (read already; "одна одній", "один одному": each other; "a three-day operation"
        # counts days, no people)
        return []
    value = words_value([m.group() for m in run], lex.lang)
    if value is None or (len(run) == 1 and value == 1 and not (
            _one_person(text, end, lex) and not _NONE_BEFORE.search(text, 0, start))):
        return []  # "one" counts only people named right after it ("the body of one hostage"),
        # and "ни одного тела" is none
    if len(run) == 1 and _VAGUE.fullmatch(run[0].group()) and not _COUNTED.search(
            text[max(0, start - 12):start]) and not _PAIRED_SCALE.match(text, end):
        return []  # "сотні українців", "тысячи людей": hundreds, thousands - no figure
    if _SEVERAL.search(text[max(0, start - 20):start]) or (
            lex.lang == "en" and len(run) == 1 and value in (100, 1000, 1_000_000)
            and not _PAIRED.search(text[max(0, start - 24):end + 24])
            and not _ANOTHER_ONE.search(text, max(0, start - 12), start)):
        return []  # "several hundred", "кількох сотень": no figure (but "thousand for thousand")
    return [(value, start, end)]


_COMPOUND_UNIT = re.compile(r"-(?:days?|weeks?|months?|years?|hours?|minutes?|stages?|phases?|"
                            r"rounds?|points?|denn\w*|денн\w*|тижнев\w*|недельн\w*|річн\w*|"
                            r"летн\w*|месячн\w*|місячн\w*)\b", re.IGNORECASE)


def _one_person(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a noun of people follows "one" right after it or after one adjective ("one
    hostage", "одного заложника"; not "one of the men")."""
    from handover.extract.categories import people_pattern

    words = list(_NEXT.finditer(text, end, min(len(text), end + 40)))[:2]
    return any(people_pattern(lex).match(text, w.start(1)) for w in words)


_RECIPROCAL = re.compile(r"од(?:ин|на|не|но)\s+од\w+", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"(?<![\w'’])(?:ни|ні|not|no|never)\s+$", re.IGNORECASE)
_NEXT = re.compile(r"\s+([^\W\d_][\w'’ʼ-]*)")


_QUALIFIER_TAIL = r"(?:\s+(?:о|об|про|по))?\s*$"  # "почти о 2000", "не менее чем по 1200"
_EACH_TAIL = re.compile(r"\sпо\s*$", re.IGNORECASE)


@cache
def _qualifier_patterns(lex: Lexicon) -> tuple[Words, tuple[tuple[Words, Qualifier], ...]]:
    """One pattern of every qualifier (most figures have none: one search says so), and
    each qualifier's own, in the order they are tried."""
    every = "|".join(f"(?:{fragment})" for fragment, _ in lex.qualifiers)
    return Words(rf"(?:{every}){_QUALIFIER_TAIL}"), tuple(
        (Words(rf"(?:{fragment}){_QUALIFIER_TAIL}"), qualifier)
        for fragment, qualifier in lex.qualifiers
    )


def _qualified(text: str, value: int, start: int, end: int, lex: Lexicon) -> NumberMention:
    before = text[max(0, start - 40):start]
    any_qualifier, each = _qualifier_patterns(lex)
    if any_qualifier.search(before, 0, len(before)) is None:
        return NumberMention(value, start, end, Qualifier.EXACT, start)
    for pattern, qualifier in each:
        match = pattern.search(before)
        if match:
            # ("не менее чем по 1200": the figure starts at its "по", a word of "each")
            first = start if _EACH_TAIL.search(match.group()) else match.start() + start - len(
                before)
            return NumberMention(value, first, end, qualifier, start)
    return NumberMention(value, start, end, Qualifier.EXACT, start)
