"""What a figure's clause says happened: a handover done, one planned, a term agreed, or a total.

A word of time or agreement governs the figure it stands nearest: in "Russia had so far
returned 7,000 bodies and offered to hand over 3,000 more", "so far" makes 7,000 a running
total and "offered to hand over" makes 3,000 a plan.

>>> from handover.extract.patterns import lexicon
>>> kind_of("Ukraine will hand over 500 prisoners next week", 23, lexicon("en")).value
'announced'
"""

from __future__ import annotations

import re
from functools import cache

from handover.domain.vocabulary import ClaimKind
from handover.extract.dates import month_word
from handover.extract.patterns import Lexicon
from handover.extract.patterns.forms import trie
from handover.extract.patterns.words import Found, Words, lowered
from handover.extract.tenses import done

__all__ = ["DONE_SWAP", "agreed_plan", "finished", "formula_kind", "kind_of",
           "named_during", "names_exchange", "sums"]

_FRAME = 25  # characters from the start of a clause within which an agreement frames it
_WINDOW = 100  # characters before the figure that may govern it ("agreed to exchange 1,000")
# (with its abbreviated thousands: "3 тыс. тел ещё ждут передачи")
_FIGURE = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d{3})*(?:[,.]\d+)?(?:\s*(?:тыс|тис|млн)\.)?")
# A swap reported as carried out or finished ("провели обмен", "обмін завершено").
_CARRIED_OUT = re.compile(
    r"(?<!\w)(?:carried out|conducted|took place|taken place|completed|провели|"
    r"провела|провів|провело|"
    r"проведено|проведен\w*|відбувся|відбулася|відбулись|відбулися|состоялся|состоялась|"
    r"состоялись|прош[её]л|прошла|прошли|прошедш\w*|пройшов|пройшла|пройшли|минул\w*)(?!\w)",
    re.IGNORECASE)
# "первый этап обмена по формуле «1000 на 1000»", "the first stage of the 1,000-for-1,000
# swap": the formula names the exchange a stage belongs to, a term, not the stage's figures
_STAGE_OF = re.compile(r"(?<!\w)(?:(?:этап\w*|етап\w*|stage|phase|фаз\w*)\s+(?:of\s+)?(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:(?:по формуле\s+|за формулою\s+|формулы\s+)?[«\"“]|"
                       r"формулы\s+)?)\s*$", re.IGNORECASE)
# "під час обміну «1000 на 1000»": the exchange by its name, in which the figure came
_DURING = re.compile(r"(?<!\w)(?:під час|в ході|у ході|в рамках|у межах|во время|during|under|"
                     r"as part of|in the course of)\s+(?:the\s+)?(?:обмін\w*|обмен\w*|exchange|"
                     r"swap)\s+[«\"“]\s*$", re.IGNORECASE)
# "the UAE brokered a 146-for-146 swap": a swap done, named by its formula
DONE_SWAP = Words(r"(?:carried out|conducted|held|staged|brokered|mediated|arranged|secured|"
                  r"completed)\s+(?:[\w'’-]+\s+){0,3}?an?\s+$")
_FINISHED = re.compile(r"(?<!\w)(?:completed|finished|заверш[её]н\w*|завершено|завершився|"
                       r"завершился|закінчено|оконч[её]н\w*)(?!\w)", re.IGNORECASE)
# "і він ще не завершений", "not yet completed": a term still being carried out
_NOT_YET = re.compile(r"(?<!\w)(?:not|не)\s+(?:yet\s+|been\s+|ещё\s+|еще\s+|ще\s+)*$",
                      re.IGNORECASE)
# "Домовленість виконано в три дні: 390, 307 і 303": an agreement carried out
_FULFILLED = re.compile(r"(?<!\w)(?:виконан[оаі]|виконали|выполнен[оаы]|выполнили|реалізован[оаі]|"
                        r"реализован[оаы]|fulfilled|carried out|implemented)(?!\w)",
                        re.IGNORECASE)
# "получила всего 150", "отримала всього 150": after a verb, "всего" is "only"
_ONLY = re.compile(r"(?<!\w)[\w'’]+(?:ла|ли|ло|л|ала|ила|ено|ены|ано|ани|ені|ено)\s+"
                   r"(?:всего|всього|усього)$", re.IGNORECASE)
# Words that sum figures without saying over how long ("in total", "всего").
_SUM = re.compile(r"in total|a total of|altogether|overall|in all|всего|всього|усього|загалом|"
                  r"в общей сложности|итого|у цілому|в целом", re.IGNORECASE)
_QUOTED = re.compile(r"(?<![\w])[«\"“‘'][^«»\"“”‘’']{0,40}$")  # (not the "'" of "Russia's")
# A rank or a record, not a total: "the 58th since", "the largest exchange this year"
_ORDINAL = re.compile(r"(?:\d+(?:st|nd|rd|th|-?й|-?ий|-?го|-?те)|first|second|third|largest|"
                      r"biggest|перш\w*|друг\w*|трет\w*|найбільш\w*|наймасштабніш\w*|крупнейш\w*|"
                      r"масштабнейш\w*)\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
# A comma that opens another clause: a total word beyond it governs something else.
_ASIDE = re.compile(r",\s*(?:when|where|after|before|who|whom|which|while|among them|including|"
                    r"коли|після|які|який|яких|якого|якої|яку|серед них|зокрема|"
                    r"когда|после|которые|который|которых|которого|которую|среди них|"
                    r"в том числе|у тому числі|"
                    # ", most of them held since 2022": what the people went through
                    r"(?:most|many|some|all|half) of (?:them|whom)|(?:більшість|багато|частина) "
                    r"(?:з|із) (?:них|яких)|(?:большинство|многие|часть) из (?:них|которых))\b",
                    re.IGNORECASE)
# Stages that the figures after them are one each of: "(in three stages) of 390, 307 and"
_EACH_OF = re.compile(r"(?<=s)\s+(?:of|по)\s+(?:\d[\d.,\u00a0\u202f]*(?:\s\d{3})*(?:\s*,\s*|\s+"
                      r"(?:and|і|й|та|и)\s+))*$", re.IGNORECASE)
# Both sides as one subject: what they will do, they have agreed to do.
_JOINT = re.compile(r"(?<!\w)(?:the (?:two )?sides|both sides|the (?:two )?parties|both parties|"
                    r"both delegations|сторони|стороны|обидві сторони|обе стороны|"
                    r"обидві делегації|обе делегации)(?!\w)",
                    re.IGNORECASE)
_ADJECTIVAL = re.compile(r"(?<!\w)(?:the|an?)\s+$", re.IGNORECASE)


# The first half of a formula, to judge its second half by what stands before the first
_FIRST_HALF = re.compile(r"[«\"“]?(?:\d[\d\s.,\u00a0]*|[^\W\d]+(?:\s+[^\W\d]+)?)\s+"
                         r"(?:на|за|for|against)\s*$", re.IGNORECASE)


def kind_of(clause: str, at: int, lex: Lexicon, *, one_day: bool = False) -> ClaimKind:
    """The kind of the figure at offset ``at`` of ``clause``.

    ``one_day`` says the clause dates the figure to a single day: "in total on Friday" sums
    that day's handover, which is then completed, not a running total.
    """
    before = clause[max(0, at - _WINDOW):at]
    total = _cumulative(clause, at, lex)
    plan = _nearest(before, lex.rx("future"), lex)
    if plan is not None and total is not None:
        # "загалом ... мають звільнити тисячу", "готова передати загалом понад 6 000": a plan
        # for a total
        return ClaimKind.ANNOUNCED
    if total is not None and _AGREED_TOTAL.search(before):
        return ClaimKind.AGREED  # "they agreed on a total of 887 people: ..."
    if total is not None and not (one_day and _SUM.fullmatch(total) and not _span_after(
            clause, at, lex)):
        return ClaimKind.CUMULATIVE
    if (_agreed(clause, at, lex) or _framed(clause, at, lex)) and not _done_after(
            clause, at, lex) and not _FULFILLED.search(before):
        return ClaimKind.AGREED
    if plan is not None or _future_after(clause[at:], lex):
        return ClaimKind.ANNOUNCED
    return ClaimKind.COMPLETED


def agreed_plan(sentence: str, at: int, lex: Lexicon, context: list[str],
                after_term: bool) -> bool:
    """Whether a plan ("will release 32", "are to be freed") is a term of an agreement: an
    agreement frames its sentence ("Under the agreement, ... and Armenia will free two") or
    one of the ``context`` sentences just before, the sides plan it together ("the sides
    will exchange"), or it follows a term (``after_term``). A plan of one side alone
    ("offered", "is ready to", "intends", "unilaterally") stays a plan."""
    if lex.rx("unilateral").search(sentence) or any(
            _apart(sentence, m.start()) for m in lex.rx("agreement").finditer(sentence)):
        return False  # (also "Separately from the Bern arrangement, ... will release 104")
    before = sentence[:at]
    if _agreement_named(before, lex) and not done(before, lex) or _JOINT.search(before):
        return True
    return after_term or any(_agreement_named(text, lex) for text in context)


def _agreement_named(text: str, lex: Lexicon) -> bool:
    """An agreement named in ``text``, not "the agreed exchange area" (an adjective)."""
    return any(not (_ADJECTIVAL.search(text[:m.start()]) and m.group().lower().endswith("ed"))
               and not _apart(text, m.start())
               for m in lex.rx("agreement").finditer(text))


def names_exchange(before: str) -> bool:
    """Whether a formula after ``before`` names the exchange a stage belongs to ("первый
    этап обмена «1000 на 1000»"), not the stage's own figures."""
    if _STAGE_OF.search(before) or named_during(before):
        return True
    return bool(_STAGE_OF.search(_without_first_half(before, "")))


def named_during(before: str) -> bool:
    """Whether a quoted formula after ``before`` names the exchange in which what the
    sentence tells came ("троє — під час обміну «1000 на 1000»"): its terms."""
    if not _QUOTE_MARK.search(before):
        return False  # (most formulas are not quoted: no search needed)
    # (the second half: the first without its figure, its quote mark kept)
    first_gone = _without_first_half(before, "«\"“")
    return bool(_DURING.search(before) or _DURING.search(first_gone))


_QUOTE_MARK = re.compile(r"[«\"“]")
_HALF_JOINS = ("на", "за", "for", "against")


def _without_first_half(before: str, kept_marks: str) -> str:
    """``before`` without the first half of a formula it ends with, a quote mark opening it
    kept if it is one of ``kept_marks``."""
    if not before.rstrip().lower().endswith(_HALF_JOINS):
        return before  # (the half must end with its joining word: no search needed)
    return _FIRST_HALF.sub(lambda m: m.group()[0] if m.group()[0] in kept_marks else "", before)


def sums(text: str) -> bool:
    """Whether ``text`` sums figures ("in all", "всего", "загалом")."""
    return bool(_SUM.search(text))


def finished(text: str) -> bool:
    """Whether ``text`` reports a swap finished ("completed", "завершено")."""
    return bool(_FINISHED.search(text))


def formula_kind(clause: str, at: int, lex: Lexicon, *, agreement: bool) -> ClaimKind:
    """A formula ("146 for 146"): a term agreed, unless the text reports the swap done.

    "Провели обмен по формуле 146 на 146" was carried out; "обмін «тисяча на тисячу»
    завершено" is a total of stages now finished; "обмен «не менее 1200 на 1200»" quoted
    on its own is the term itself.
    """
    finished = _FINISHED.search(clause)
    if finished and not _NOT_YET.search(clause, 0, finished.start()):
        return ClaimKind.CUMULATIVE
    before = clause[:at]
    if names_exchange(before):
        return ClaimKind.AGREED
    if (_CARRIED_OUT.search(before) or done(before, lex) or _done_after(clause, at, lex)
            or DONE_SWAP.search(before)):
        return ClaimKind.COMPLETED
    if agreement or _QUOTED.search(before):
        return ClaimKind.AGREED
    return ClaimKind.COMPLETED


@cache
def _dates_rx(lex: Lexicon) -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True))
    return re.compile(rf"\b(?:\d{{1,2}}\s*(?:-|–|по|до|to|and|та|і|и)\s*)?\d{{1,2}}\s+"
                      rf"(?:{months})\b(?:\s+(?:{lex.this_year}))?|\b(?:{months})\s+\d{{1,2}}\b|"
                      rf"\b(?:19|20)\d\d\b", re.IGNORECASE)


def _blank(dates: re.Pattern[str], text: str, lex: Lexicon, blank: str | None = None) -> str:
    """``text`` with the days (and years) ``dates`` finds in it blanked out, offsets kept (or
    each replaced by ``blank``); no search where no month is named and no year written."""
    if not _month_cue(lex).search(lowered(text)) and not _YEAR.search(text):
        return text
    return dates.sub(blank if blank is not None else lambda m: " " * len(m.group()), text)


@cache
def _month_cue(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(trie(lex.months))


_YEAR = re.compile(r"(?:19|20)\d\d")
# a month of a year named by its place ("грудень минулого року", "в декабре прошлого года"):
# a time, no total
_MONTH_OF_YEAR = re.compile(r"(?<!\w)([^\W\d_]+)\s+(?:минулого|цього|поточного|прошлого|этого|"
                            r"текущего)\s+(?:року|года)", re.IGNORECASE)


@cache
def _days_rx(lex: Lexicon) -> re.Pattern[str]:
    """Days of a month ("14 лютого цього року"), years left as they are ("since 2022")."""
    months = "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True))
    return re.compile(rf"\b(?:\d{{1,2}}\s*(?:-|–|по|до|to|and|та|і|и)\s*)?\d{{1,2}}\s+"
                      rf"(?:{months})\b(?:\s+(?:{lex.this_year}))?", re.IGNORECASE)


def _other_figures(text: str, lex: Lexicon) -> list[str]:
    """Figures in ``text`` that may be counts (dates and years left out)."""
    return _FIGURE.findall(_blank(_dates_rx(lex), text, lex, " "))


def _nearest(before: str, pattern: Words, lex: Lexicon) -> Found | None:
    """The last match in ``before`` with no other count between it and the figure."""
    matches = list(pattern.finditer(before))
    if not matches or _other_figures(before[matches[-1].end():], lex):
        return None
    return matches[-1]


def _cumulative(clause: str, at: int, lex: Lexicon) -> str | None:
    """The total word that governs the figure, if one does: the nearest before it, one
    framing the whole clause ("Over the whole first phase, ..."), or one after it before the
    next figure."""
    pattern = lex.rx("cumulative")
    # (a span of days framing the clause: "11–16 June: Ukraine received 6,057", also after a
    # turn's label: "Відповідь (Олена Вдовиченко): З 11 по 16 червня ...")
    opening = len(clause) - len(clause.lstrip(" ,*_"))
    label = _TURN_LABEL.match(clause, opening)
    first = pattern.match(clause, label.end() if label else opening)
    if first is not None and first.start() < at and not pattern.search(clause, first.end(), at):
        return first.group()  # (nearer words decide: "in three stages of 390, 307 and 303")
    # ("14 лютого цього року" is a day, "this year" in it no total)
    clause = _blank(_days_rx(lex), clause, lex)
    if "ого " in clause:  # (the cheap test first: "минулого року", "прошлого года")
        clause = _MONTH_OF_YEAR.sub(lambda m: " " * len(m.group()) if month_word(
            m.group(1), lex) else m.group(), clause)
    first = pattern.search(clause)
    if first is not None and first.start() < at and not clause[:first.start()].strip(" ,*_"):
        return first.group()
    near = _nearest(clause[:at], pattern, lex)
    if near is not None and _ORDINAL.search(clause, max(0, near.start() - 40), near.start()):
        near = None  # "the 58th since the start of the war": a rank, not a total
    if near is not None and _EACH_OF.match(clause, near.end(), at):
        near = None  # "in three stages of 390, 307 and 303": each figure is one stage's
    if near is not None and _ONLY.search(clause, max(0, near.start() - 30), near.end()):
        near = None  # "а получила всего 150": only 150, not a total
    if near is not None and not _ASIDE.search(clause, near.end(), at):
        return near.group()  # (not "the largest since 2020, when the parties released 1,000")
    rest = clause[_past_figure(clause, at):]  # past the figure itself ("more than 1,000")
    nxt = _FIGURE.search(_blank(_dates_rx(lex), rest, lex))
    tail = rest[:nxt.start()] if nxt else rest
    aside = _ASIDE.search(tail)  # ", after delaying their release since Saturday"
    tail = tail[:aside.start()] if aside else tail
    for match in pattern.finditer(tail):
        if _BROUGHT_UP.match(match.group()) or (
                _ORDINAL.search(tail, max(0, match.start() - 40), match.start())):
            continue  # (", in the first exchange since March": a rank)
        if nxt is not None and len(tail) - match.end() < 12:
            continue  # "1 245 тіл, загалом 6 057": the word counts the next figure
        if _DURATION.match(match.group()):
            continue  # "освобождение 50 ... в течение четырёх дней": how long a plan takes
        return match.group()
    return None


def _span_after(clause: str, at: int, lex: Lexicon) -> bool:
    """Whether a word of a span, not a bare sum, follows the figure at ``at``: "a total of
    6,057 bodies since last Wednesday" on a day is a running total still."""
    rest = clause[_past_figure(clause, at):]
    nxt = _FIGURE.search(_blank(_dates_rx(lex), rest, lex))
    # (not "300 prisoners in all, bringing the number ... to 2,484": the next figure's)
    words = lex.rx("cumulative").finditer(rest[:nxt.start()] if nxt else rest)
    return any(not (_SUM.fullmatch(m.group()) or _DURATION.match(m.group())
                    or _BROUGHT_UP.match(m.group())) for m in words)


# a sum the figure brings another up to ("..., bringing the number exchanged to 2,484")
_BROUGHT_UP = re.compile(r"bring|brought|довівши|доведя", re.IGNORECASE)
# a total an agreement sets ("agreed on a total of 887")
_AGREED_TOTAL = re.compile(r"(?<!\w)(?:agreed|agree|agreement)\s+(?:on\s+)?(?:a|the)\s+total\s+"
                           r"of\s+$", re.IGNORECASE)
# the label of a turn or an answer before its words ("Відповідь (Олена Вдовиченко): ")
_TURN_LABEL = re.compile(r"[^\d:.!?,]{1,60}:\s+")
# a span of days that a total opens with ("Упродовж трьох днів Україна повернула 1000")
_DURATION = re.compile(r"(?:в течение|на протяжении|упродовж|протягом|впродовж)\s", re.IGNORECASE)


def _framed(clause: str, at: int, lex: Lexicon) -> bool:
    """An agreement opening the clause frames all of it ("О соглашении стороны объявили
    ...: тогда ... говорил о более чем 880 пленных"), unless an act is reported done."""
    first = lex.rx("agreement").search(clause)
    return (first is not None and first.start() <= _FRAME and first.end() < at
            and not _apart(clause, first.start()) and not done(clause[first.end():at], lex))


def _agreed(clause: str, at: int, lex: Lexicon) -> bool:
    """An agreement word governs the figure at ``at``, with no act reported done between."""
    start = max(0, at - _WINDOW)
    before = clause[start:at]
    match = _nearest(before, lex.rx("agreement"), lex)
    return match is not None and not _apart(clause, start + match.start()) and not done(
        before[match.end():], lex)


def _apart(text: str, at: int) -> bool:
    """Whether the agreement word at ``at`` is one the figure stands apart from
    ("Separately from the Bern arrangement, Saudi Arabia will release 104")."""
    return bool(_APART.search(text, max(0, at - 30), at))


# an agreement that a figure stands apart from: no term of it
_APART = re.compile(r"(?<!\w)(?:separately from|apart from|outside(?: of)?|independently of|"
                    r"окремо від|поза|незалежно від|отдельно от|вне|помимо|независимо от)\s+"
                    r"(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _done_after(clause: str, at: int, lex: Lexicon) -> bool:
    """"In accordance with the agreements, 185 servicemen were returned": the figure's own
    act, right after it, reported done (a term governs no handover that happened)."""
    # (not past a quote's end: "по договорённости «тысяча на тысячу» стороны обменялись")
    window = re.match(r"[^,.;:»”]{0,45}", clause[_past_figure(clause, at):])
    return (window is not None and done(window.group(), lex)
            and not lex.rx("future").search(window.group()))


def _future_after(after: str, lex: Lexicon) -> bool:
    """"500 prisoners will be exchanged", "3,000 more bodies were ready to be sent": a word of
    plans right after the figure's noun."""
    window = re.match(r"[^,.;:]{0,45}", after[_past_figure(after, 0):])
    return window is not None and bool(lex.rx("future").search(window.group()))


def _past_figure(text: str, at: int) -> int:
    """Where the figure at ``at`` ends: past its digits after a qualifier ("more than
    1,000"), else past its first word ("Eight hostages will be released on 30 January": not
    the day's digits)."""
    digits = _FIGURE.search(text, at, at + _QUALIFIER_REACH)
    if digits is not None:
        return digits.end()
    word = _WORD.match(text, at)
    return word.end() if word else at


_QUALIFIER_REACH = 24
_WORD = re.compile(r"\W*[\w'’-]+")
