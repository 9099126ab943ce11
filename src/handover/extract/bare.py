"""Figures without a noun of their own, and numbers that are measures, not counts.

A figure may count people without naming them: after an act ("Russia received 27"), after a
total ("the number of prisoners exchanged has reached 2,484", "ту саму цифру: 1212", "итоговую
цифру ... — «более 2400»"), after "another"/"ще"/"ещё" ("ещё 1200 — в пятницу"), before
"more" ("3,000 more"), or first in a clause that shares the verb before it ("..., а
правительство — 706"). The people it counts are those a total names ("the number of
prisoners"), else those the figure before counted.

>>> from handover.extract.patterns import lexicon
>>> from handover.extract.numbers import find_numbers
>>> text = "the final tally of the operation came to 2,484"
>>> [is_bare(text, n, lexicon("en")) for n in find_numbers(text, lexicon("en"))]
['total']
"""

from __future__ import annotations

import re
from functools import cache

from handover.domain.vocabulary import Category
from handover.extract.categories import kind_of, people_pattern
from handover.extract.morph import lemmas
from handover.extract.numbers import NumberMention
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words

__all__ = ["COLLECTIVE", "EACH_BEFORE", "LIST_JOIN", "act_next", "after_total", "counted_noun",
           "counted_phrase", "is_bare", "is_measure", "listed_noun_end", "spoken_of",
           "spoken_of_in_gap"]

_TOTAL_NOUNS = r"total|number|tally|figure|size|цифр\w*|число|числа|кількість|кількості|количество"
_TOTAL_VERBS = (r"загалом|всього|усього|всего|в общей сложности|in total|altogether|итого|"
                r"amounted to|amounts to|reached|has reached|rose to|stood at|stands at|came to|"
                r"comes to|totall?ed|totals|numbered|склала|склало|склав|склали|сягнула|"
                r"сягнуло|сягнула|досягла|досягло|досяг|становить|составил\w*|составляет|"
                r"достигл\w*|достиг")
# "йдеться про 1200 людей", "речь идёт о 1200": the figure of what is being talked about
_TOPIC = (r"насправді(?: їх| це| було)?|на самом деле(?: их| это| было)?|in fact|actually|"
          r"йдеться про|ідеться про|мова йде про|мова іде про|речь ид[её]т об?|"
          r"it is about|it's about|is about|concerns|involves")
_ANOTHER = r"ще|іще|ещё|еще|another|a further|further"
_THEM = r"(?:of them|з них|із них|из них),?"  # "з них 1 358 — у 2024 році"
_UNITS = (r"days?|weeks?|months?|years?|hours?|minutes?|times|stages?|rounds?|countries|sides|"
          r"km|kilometres?|kilometers?|miles?|кілометр\w*|километр\w*|%|per ?cent|flights?|"
          r"дн\w*|день|тиж\w*|недел\w*|місяц\w*|"
          r"месяц\w*|рок\w*|лет|год\w*|раз\w*|годин\w*|час\w*|хвилин\w*|минут\w*|етап\w*|этап\w*|"
          r"раунд\w*|країн\w*|стран\w*|сторон\w*|відсот\w*|процент\w*|км|рейс\w*|"
          # ("чотири передачі", "four handovers": handovers counted, not people)
          r"передач\w*|handovers|repatriations?|transfers|releases|репатріац\w*|репатриаци\w*|"
          r"повернення|повернень|возвращени[ея]|"
          # ("two ledgers of the dead": records and documents counted)
          r"ledgers?|lists?|списк\w*|спис(?:ок|ки|ків)|categor(?:y|ies)|категор\w*|"
          # money: "38 тисяч гривень", "5,000 dollars"
          # acts and groups counted: "11 обменов", "ще одна група військових", "two batches"
          r"exchanges?|swaps?|groups?|batch(?:es)?|directions?|напрям\w*|направлени\w*|обмен(?:а|ов|ы|ам|ами|ах|у|ом|е)?|"
          r"обмін(?:у|ів|и|ам|ами|ах|і|ом)?|груп[аиуіеоыя]\w*|груп|"
          r"гривен\w*|гривн\w*|грн|рубл\w*|руб|доллар\w*|долар\w*|євро|евро|euros?|dollars?|"
          r"hryvnias?|roubles?|rubles?|pounds?|\$|€|₴|₽|USD|EUR|UAH|RUB|"
          # what carries people: "Four aircraft moved 318 detainees", "два автобуси"
          r"aircraft|planes?|airplanes?|buses|bus|trucks?|lorr(?:y|ies)|vehicles?|airports?|"
          r"літак\w*|автобус\w*|вантажівк\w*|рефрижератор\w*|аеропорт\w*|самол[её]т\w*|"
          r"грузовик\w*|аэропорт\w*")
# ("Three further stages", "два наступні етапи": a word of order may stand between)
_UNIT = re.compile(rf"\s*(?:(?:further|more|other|separate|later|earlier|final|last|first|"
                   rf"наступн\w*|подальш\w*|інш\w*|следующ\w*|дальнейш\w*|други\w*|"
                   # ("3 великі обміни", "three large exchanges": their size)
                   rf"large|big|major|велик\w*|масштабн\w*|крупн\w*|больш(?!е\b)\w*)\s+)?"
                   rf"(?:(?:prisoner|pow|body|hostage)\s+)?(?:{_UNITS})(?!\w)", re.IGNORECASE)
# "від 19 до 20 років", "aged 18 to 25": the first number of a range of a measure
_RANGE_UNIT = re.compile(rf"\s*(?:-|–|—|до|to|and|or|і|и|або|или|по)\s*\d+\s*(?:{_UNITS})(?!\w)",
                         re.IGNORECASE)
_NEXT_WORDS = re.compile(r"(?:\s+[^\W\d_][\w'’ʼ-]*)*")
_AND = re.compile(r"and|і|й|та|и", re.IGNORECASE)
_EN_ADJECTIVE = re.compile(r"(?:ed|ian|ish|ese|i|al|ive|ous|ful)$", re.IGNORECASE)
# Words that may follow a figure with no noun: prepositions, conjunctions, "more", "each".
_FUNCTION_WORD = re.compile(
    r"in|to|from|on|at|of|by|for|or|but|more|others|as|with|that|which|who|this|last|each|"
    r"apiece|respectively|only|so|since|during|after|before|back|home|over|into|until|via|"
    r"в|у|во|до|від|з|із|зі|на|за|по|а|але|ще|іще|які|яких|що|через|під|після|для|"
    r"кожна|кожен|лише|тільки|назад|додому|от|из|с|со|но|ещё|еще|которые|которых|что|под|"
    r"после|відповідно|соответственно|каждая|каждый|к|ко|лишь|только|домой|обратно|назад|"
    r"также|також|тоже|теж",
    re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|others|further|of them|of whom|ще|ещё|еще|з них|із них|"
                         r"из них)\b", re.IGNORECASE)


@cache
def _after_act(lex: Lexicon, words: int = 2) -> re.Pattern[str]:
    filler = rf"(?:[\w'’]+\s+){{0,{words}}}"  # "received from it 78", "returned just 27"
    return re.compile(rf"(?<![\w'’])(?:{lex.verbs()})\s+{filler}$", re.IGNORECASE)


@cache
def _spoken_of(lex: Lexicon) -> re.Pattern[str]:
    """A figure a voice speaks of: "пишет о 2000", "speaks of 2,000", "put it at 1,900",
    also in quotes ("spoke of "more than 880"")."""
    return re.compile(rf"(?<![\w'’])(?:{lex.speech})\s+(?:(?:о|об|про|of|about|at)\s+)?"
                      r"[«\"“]?$", re.IGNORECASE)


def spoken_of(before: str, lex: Lexicon) -> bool:
    """Whether a voice speaks of what follows ``before``: "talks about 246 for 246"."""
    return bool(_spoken_of(lex).search(before))


def spoken_of_in_gap(body: str, at: int, before: str, lex: Lexicon) -> bool:
    """"росіяни писали про 150, а наш президент — про 189": a clause ``body`` (one that shares
    the verb of the clause before) speaks "about" the figure at ``at`` after clauses
    (``before``) in which a voice speaks about something."""
    return (_ABOUT_BEFORE.search(body, 0, at) is not None
            and bool(_speaks_about(lex).search(before)))


_ABOUT_BEFORE = re.compile(r"(?<!\w)(?:про|о|об|about|of)\s+$", re.IGNORECASE)


@cache
def _speaks_about(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{lex.speech})\s+(?:о|об|про|of|about)\s", re.IGNORECASE)


@cache
def _act_next(lex: Lexicon) -> re.Pattern[str]:
    """An act right after a figure with no noun, its own predicate: "1,000 returned"."""
    be = r"(?:were|was|had|have|has|been|are|is|були|було|были|было)"
    return re.compile(rf"\s+(?:{be}\s+){{0,2}}(?:{lex.verbs()})(?![\w'’])", re.IGNORECASE)


def act_next(clause: str, end: int, lex: Lexicon) -> bool:
    """Whether an act follows the figure ending at ``end`` as its own predicate."""
    return bool(_act_next(lex).match(clause, end))


_AFTER_TOTAL = Words(
    rf"(?:(?:{_TOTAL_NOUNS})\b[^.;]{{0,70}}?(?:\bto|\bat|\bof|\bis|\bwas|—|–|-|\bдо|\bв|\bу|:|,)"
    rf"\s*[«\"“„]?|"
    rf"(?:{_TOTAL_VERBS}|{_THEM}|{_TOPIC})\s+[«\"“„]?|"
    # ("That brings the dead returned to Ukraine this week to 2,412": a sum brought up to)
    r"\b(?:brings|brought|bringing) [^.;]{0,70}?\bto\s+)$")
_SUMMED = re.compile(r"\d(?:[\d,.\u00a0 ]*\d)?\s*\+\s*\d(?:[\d,.\u00a0 +]*\d)?\s*=\s*$")
# Collective numerals (nominative and accusative), which count people without a noun.
COLLECTIVE = re.compile(r"(?:двоє|двое|троє|трое|обоє|обое|\w+еро)", re.IGNORECASE)
# A second figure that shares the verb of the first: after a comma, a subject and a dash
# ("..., уряд — 706", "..., Украина — 100"), or after "and" ("... on Saturday and 303 on Sunday")
_COUNTED_BEFORE = re.compile(r"\d")
_LISTED_SIDE = re.compile(r"[,;]\s*(?:[\w'’«»\"“”-]+\s+){0,2}[\w'’«»\"“”-]+\s+[—–]\s*"
                          r"(?:(?:о|об|про)\s+)?$", re.IGNORECASE)
# "а Росія — 45, у серпні ...": a subject and a dash opening a clause stand for its verb
_DASHED_SIDE = re.compile(r"\W*(?:а|и|і|й|та|and|while|whereas)\s+(?:[\w'’«»\"“”-]+\s+){0,2}"
                          r"[\w'’«»\"“”-]+\s+[—–]\s*", re.IGNORECASE)
# a figure's side after a dash, and the item of a list before it that ends with one (a side's
# name is capitalised, but for Ukrainian writing of Russia in lower case)
_SIDE_NAME = r"(?:(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’-]+|росі[їюя]|росси[июя])"
_TO_SIDE = re.compile(rf"\s*[—–]\s*{_SIDE_NAME}\s*(?:[,;.)]|$)", re.IGNORECASE)
_ITEM_TO_SIDE = re.compile(rf"(?:^\s*|(?:\d|тисяч|тысяч|сотн)[^—–]*[—–]\s*){_SIDE_NAME}\s*[,;]\s*"
                           r"(?:(?:а|и|і|й|та|and)\s+)?$", re.IGNORECASE)
# ("..., 195 to Russia in first swap", "220 to Ukraine (Kyiv) |")
_EN_TO_PLACE = re.compile(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])\w+(?:\s*\([^()]{1,40}\))?\s*"
                          r"(?:[,;.)|]|$|(?=(?:in|after|as|on)\s))")
# (its source in brackets may close the item: "248 servicemen to Russia (Russian MoD); ")
_EN_ITEM_TO_PLACE = re.compile(r"\d[\d,.]*\s+(?:[^\W\d_]+\s+){0,2}to\s+(?:the\s+)?(?-i:[A-Z])\w+"
                               r"(?:\s*\([^()]{1,40}\))?\s*[,;]\s*(?:and\s+)?$")
_AND_AFTER = re.compile(r"\s(?:and|і|й|та|и|а)\s+$", re.IGNORECASE)
# "по 150", "— ще по 1,2 тис.": each, of the figure it opens
EACH_BEFORE = re.compile(r"(?<![\w'’])по\s+$", re.IGNORECASE)
_AFTER_ANOTHER = re.compile(rf"(?<![\w'’])(?:{_ANOTHER})\s+$", re.IGNORECASE)


def is_measure(clause: str, number: NumberMention) -> bool:
    """A number of days, stages, kilometres or per cent (alone or ending a range), or the
    number of an article or a document ("Article 118", "Bulletin No. 13")."""
    return bool(_UNIT.match(clause, number.end) or _RANGE_UNIT.match(clause, number.end)
                or _NUMBERED.search(clause, max(0, number.start - 16), number.start)
                or _POPULATION.search(clause, max(0, number.start - 40), number.start))


# "a town of about 11,000 people", "громада з населенням 11 тисяч": how many live there
_POPULATION = re.compile(r"(?<!\w)(?:(?:town|city|village|community)\s+of|population\s+of|"
                         r"населенням|населением|населення|население|жителів|жителей)\s+"
                         r"(?:about\s+|around\s+|some\s+|nearly\s+|близько\s+|около\s+|"
                         r"майже\s+|почти\s+|понад\s+|более\s+)?$", re.IGNORECASE)


_NUMBERED = re.compile(r"(?<!\w)(?:articles?|art\.|no\.|nos\.|number|№|стат(?:тя|ті|тю|ья|ьи|ью)|"
                       r"пункт\w*|п\.|ст\.)\s*$", re.IGNORECASE)


def is_bare(clause: str, number: NumberMention, lex: Lexicon, gapped_first: bool = False) -> str:
    """Why a number with no noun of its own still counts people (see the module): "act",
    "total", "more", "gapped" or "people" (a collective numeral); empty when it does not."""
    before = clause[:number.start]
    if _after_act(lex).search(before) and _nothing_counted(clause, number.end, lex):
        return "act"
    if act_next(clause, number.end, lex):
        return "act"  # "confirmed 1,000 returned to Ukraine", "... and 19 received"
    if lex.lang == "en" and _HOME_NEXT.match(clause, number.end) and _HOME_LEAD.search(before):
        return "act"  # a headline: "207 home to Ukraine, 195 to Russia"; "...: 189 home, two"
    if lex.lang == "en" and _BROUGHT.search(before) and _nothing_counted(clause, number.end, lex):
        return "act"  # "the last, on Monday 16 June, brought 1,245": what a stage brought
    listed = _FIGURES_BEFORE.search(before) if _LISTED_TAIL.search(before[-6:]) else None
    if listed and _after_act(lex).search(before[:listed.start()]) and _nothing_counted(
            clause, number.end, lex):
        return "act"  # "receiving 19, 19, 31 and 26": each figure of the act's list
    if _SUMMED.search(before):
        return "total"  # "390 + 307 + 303 = 1,000": what the figures before add up to
    if _AFTER_TOTAL.search(before) or _spoken_of(lex).search(before) and _total_noun(
            lex).search(before):
        return "total"  # also "the number of prisoners ...: Reuters writes of 2,000"
    if (_AFTER_ANOTHER.search(before) or _MORE_AFTER.match(clause, number.end)) and (
            _nothing_counted(clause, number.end, lex)):
        return "more"  # (not "получили ещё 412 семей": families counted)
    if EACH_BEFORE.search(before) or number.end < len(clause) and lex.rx("each").match(
            clause, number.end + 1):
        return "each"  # "300 человек — по 150 с каждой стороны", "150 apiece"
    if _each_after_list(clause, number.end, lex):
        return "each"  # "in three stages of 390, 307 and 303 per side"
    if gapped_first and len(before.split()) <= 5 or _DASHED_SIDE.fullmatch(before):
        return "gapped"  # "..., а Ереван — двух", "and the government 706", "а Росія — 45, ..."
    if _TO_SIDE.match(clause, number.end) and _ITEM_TO_SIDE.search(before) or (
            _EN_TO_PLACE.match(clause, number.end) and (
                _EN_ITEM_TO_PLACE.search(before) or not before.strip(" \"“("))):
        # "тисяча тіл — Україні, 19 — росії", "563 bodies to Ukraine; 37 to Russia": each
        # figure to its side (also in a clause of its own: "...; 230 to Ukraine, six of them")
        return "gapped"
    joined = _AND_AFTER.search(before) or _and_side(before, lex)
    # (the act's figure may be "181 of them": "release 181 of them and the government 706")
    if _COUNTED_BEFORE.search(before) and (_LISTED_SIDE.search(before) or joined and _after_act(
            lex, 4).search(before[:joined.start()] + " ")):
        return "gapped"  # "звільнити 181 людину, уряд — 706", "were returned on Saturday and 303"
    if COLLECTIVE.fullmatch(clause[number.number_start:number.end]):
        return "people"  # "а троє повернулися": a collective numeral counts people alone
    return ""


_HOME_NEXT = re.compile(r"\s+home(?:\s+(?:to|from|after|in|on)\b|\s*[,;.]|$)")
_HOME_LEAD = re.compile(r"(?:^|[:—–]|\bwith)\s*$")  # what opens "189 home"
_BROUGHT = re.compile(r"(?<!\w)(?:brought|yielded)\s+(?:another\s+|a further\s+|nearly\s+|"
                      r"about\s+|some\s+)?$", re.IGNORECASE)
# (the cheap test first: the end of an item of a list)
_LISTED_TAIL = re.compile(r",\s*$|\s(?:and|і|й|та|и)\s+$", re.IGNORECASE)
# between the figures of a list: "390, 307 та 303 військових", "115, 103 and 95"
LIST_JOIN = r"\s*,\s*(?:(?:and|і|й|та|и)\s+)?|\s+(?:and|і|й|та|и)\s+"
# figures of a list before this one: "19, 19, 31 and "
_FIGURES_BEFORE = re.compile(rf"(?:\d{{1,3}}(?:[,.\u00a0]\d{{3}})*(?:{LIST_JOIN}))+$",
                             re.IGNORECASE)
# The next figure of a list: ", 307", " and 303", ", and 303", " і 303"
_LIST_NEXT = re.compile(r"(?:\s*[,;]\s*(?:(?:and|і|й|та|и)\s+)?|\s+(?:and|і|й|та|и)\s+)"
                        r"\d+(?:[,.\u00a0\u202f]\d{3})*(?!\d)", re.IGNORECASE)


def listed_noun_end(clause: str, end: int) -> int | None:
    """Where the list of bare figures after the one ending at ``end`` ends ("390, 307 та
    303 військових": after 303), when there is such a list."""
    found = None
    while (following := _LIST_NEXT.match(clause, end)) is not None:
        end = found = following.end()
    return found


def _each_after_list(clause: str, end: int, lex: Lexicon) -> bool:
    """Whether bare figures listed after this one end in a word of "each", which then counts
    every figure of the list ("390, 307 and 303 per side")."""
    last = listed_noun_end(clause, end)
    return last is not None and last < len(clause) and bool(lex.rx("each").match(clause,
                                                                                  last + 1))


_AND_WORDS = re.compile(r"\s(?:and|і|й|та|и|а)\s+((?:[\w'’«»\"“”-]+\s+){1,4})$", re.IGNORECASE)


def _and_side(before: str, lex: Lexicon) -> re.Match[str] | None:
    """"... would free 181 people and the government 706": "and" with a side of its own as
    the subject before a figure, the verb before left out."""
    found = _AND_WORDS.search(before)
    if found is None:
        return None
    words = found.group(1)
    side = re.search(rf"(?<![\w'’])(?:{lex.side_nouns})(?![\w'’])", words, re.IGNORECASE)
    return found if side or any(w[:1].isupper() for w in words.split()) else None


def after_total(clause: str, start: int) -> bool:
    """Whether a total introduces the figure at ``start`` ("later lists came to 1,900
    prisoners", "put the number of Ukrainians who returned at 207")."""
    return bool(_AFTER_TOTAL.search(clause, 0, start))


def _nothing_counted(clause: str, end: int, lex: Lexicon) -> bool:
    """No noun of something else right after the figure: "received 27 in return", "отримала
    27 від України", "в обмін на 15 поранених російських" (adjectives whose noun is
    understood), but not "прийняла 20 українських і російських родин" (families)."""
    following = _NEXT_WORDS.match(clause, end)
    for word in (following.group() if following else "").split()[:5]:
        if _AND.fullmatch(word):
            continue  # "українських і російських родин": adjectives joined
        if _FUNCTION_WORD.fullmatch(word):
            return True
        if _is_noun(word.strip("'’ʼ-"), lex):
            return False
    return True


def _is_noun(word: str, lex: Lexicon) -> bool:
    """A noun (not an adjective or participle standing for one)."""
    if lex.lang == "en":
        return not _EN_ADJECTIVE.search(word)
    readings = {pos for _, pos in lemmas(word, lex.lang)}
    return "NOUN" in readings and not readings & {"ADJF", "PRTF", "NUMR"}


@cache
def _total_noun(lex: Lexicon) -> re.Pattern[str]:
    people = people_pattern(lex).pattern
    # ("brings the dead returned ... to 2,412": the people a sum is brought up for)
    return re.compile(rf"(?<![\w'’])(?:{_TOTAL_NOUNS}|brings|brought|bringing)\s+(?:of\s+)?"
                      rf"(?:[\w'’-]+\s+){{0,5}}?"
                      rf"(?P<people>{people})", re.IGNORECASE)


def counted_phrase(clause: str, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of the total before ``start`` that names the people a figure counts ("the
    number of Palestinian prisoners ...: Reuters writes of 2,000")."""
    matches = list(_total_noun(lex).finditer(clause, 0, start))
    return matches[-1].span() if matches else None


def counted_noun(clause: str, number: NumberMention, lex: Lexicon) -> Category | None:
    """The people a total before the figure names: "the number of prisoners ... 2,484",
    "итоговую цифру переданных ... тел — 2400"."""
    matches = list(_total_noun(lex).finditer(clause, 0, number.start))
    if not matches:
        return None
    found = matches[-1]
    return kind_of(people_pattern(lex).match(found.group("people")), lex)
