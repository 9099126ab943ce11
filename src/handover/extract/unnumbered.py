"""Handovers asserted without a figure: "Russia returned the bodies of fallen defenders",
"из Украины возвращена первая группа российских военнослужащих", "додому повернулися
перші військовослужбовці віком до 25 років".

Such a sentence makes a claim with no count (SPEC's ``count: null``) when an act is
reported done (a finite verb in the past, or a passive), a noun of people is what it acts
on (its object, or its subject for "came home" and passives), no quantifier makes it a
generality ("hundreds of", "some", "all"), nothing negates it, and the report gives no
figure for that group anywhere: the caller keeps one such claim per group, side to side and
day, and none for a group it counts elsewhere.

>>> from handover.extract.patterns import lexicon
>>> text = "Russia returned the bodies of fallen defenders to Ukraine."
>>> groups_of(text, lexicon("en"))[0].category
<Category.BODIES: 'bodies'>
>>> groups_of("Some prisoners were freed.", lexicon("en"))
[]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from handover.domain.vocabulary import Qualifier
from handover.extract.bare import COLLECTIVE
from handover.extract.categories import category_near, kind_of, people_pattern
from handover.extract.figures import Figure
from handover.extract.morph import lemmas, perfective
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Found, Words
from handover.extract.tenses import finite

__all__ = ["groups_of", "terms_of"]

_REACH = 60  # characters between the act and the noun of the people it acts on
_VAGUE = re.compile(
    r"(?<!\w)(?:some|many|several|all|any|hundreds|thousands|dozens|tens|few|more|most|"
    r"кілька|декілька|багато|всіх|усіх|всі|усі|сотні|сотень|тисячі|десятки|деяких|"
    r"несколько|многих|многие|всех|все|сотни|тысячи|десятки|некоторых|других|інших|other)"
    r"\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_DETERMINER = re.compile(r"(?<![\w'’])(?:the|these|those|its|their|our|his|her)\s+$",
                         re.IGNORECASE)
_RELATIVE = re.compile(r"(?<![\w'’])(?:who|whom|which|that|які|яких|котрі|которые|которых)"
                       r"\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
_NEGATION = re.compile(r"(?<![\w'’])(?:not|n't|no|never|не|ні|ни|без)(?![\w'’])",
                       re.IGNORECASE)


@cache
def _acts(lex: Lexicon) -> Words:
    """Acts of handing over (carrying people somewhere is none)."""
    return Words("|".join(f"(?P<{k}>{getattr(lex, k)})"
                          for k in ("give", "get", "ret", "arrive", "exchange")))


def _particular(act: Found, clause: str, lex: Lexicon) -> bool:
    """A handover done once: a past act, not negated; in Ukrainian and Russian of the
    perfective aspect ("передала", not the habitual "передавала"); in English not a
    participle used as an adjective ("the freed Russians")."""
    before = clause[max(0, act.start() - 25):act.start()]
    if (not finite(act.group(), clause[:act.start()], lex) or _NEGATION.search(before)
            or _RELATIVE.search(before)):
        return False  # not negated, nor in a relative clause ("полонені, які повернулися")
    if lex.lang == "en":
        return not _DETERMINER.search(clause, 0, act.start())
    return perfective(act.group().split()[0], lex.lang)


def groups_of(clause: str, lex: Lexicon) -> list[Figure]:
    """The groups of people a clause reports handed over without a figure, each as a figure
    with no count at the noun that names them, nearest the act first."""
    if _counts(clause) or _COLLECTIVE_WORD.search(clause):
        return []  # a figure the clause gives (or fails to be a claim with) decides
    out: list[Figure] = []
    for act in _acts(lex).finditer(clause):
        if _particular(act, clause, lex):
            # only people who arrive or are handed over (a passive) stand before their act
            subject = act.lastgroup == "arrive"
            found = _people_near(clause, act.start(), act.end(), lex, subject)
            # (people exchanged, or returned to each other, went both ways)
            mutual = act.lastgroup == "exchange" or bool(_MUTUAL.search(clause, act.end()))
            out.extend(replace(group, formula=mutual) for group in found)
    return out


# a collective numeral ("двоє", "восьмеро"): a figure of people in words
_COLLECTIVE_WORD = re.compile(rf"(?<!\w)(?:{COLLECTIVE.pattern})(?!\w)", re.IGNORECASE)
_MUTUAL = re.compile(r"\s+(?:each other|one another|друг другу|один одному|одне одному|"
                     r"одна одній)(?!\w)",
                     re.IGNORECASE)


def _people_near(clause: str, start: int, end: int, lex: Lexicon,
                 subject: bool) -> list[Figure]:
    """The nouns of people the act at ``clause[start:end]`` may act on: after it (its
    object, or the subject of "повернулися бійці"), then, for ``subject``, just before it
    ("the first group came home", "тела украинских военных получала Украина")."""
    pattern = people_pattern(lex)
    after = list(pattern.finditer(clause, end, min(len(clause), end + _REACH)))
    before = list(pattern.finditer(clause, max(0, start - _REACH), start)) if subject else []
    out = []
    # a prepositional phrase found ("разом із тілами українських захисників"): its end, and
    # the people it names (a noun of other people in it is theirs: "of defenders")
    inside, governed = -1, None
    for match in after + before[-1:]:
        if match.lastgroup is None or _VAGUE.search(clause[:match.start()]):
            continue
        if end < match.start() < inside and match.lastgroup != governed:
            continue
        if match.start() > end and lex.rx("listing").search(clause, end, match.start()):
            continue  # "передала список депортированных детей": a list, not the children
        if match.start() > end and _governed(clause[end:match.start()], lex):
            joined = _JOINED.search(clause, match.end())  # up to "і тіла своїх військових"
            inside = joined.start() if joined else len(clause)
            governed = match.lastgroup
            continue  # "підмішала до переданих Україні тіл тіла ...": not the object
        category = category_near(clause, match.start(), match.start(), lex)
        category = category or kind_of(match, lex)
        out.append(Figure(None, Qualifier.EXACT, category, match.start(), match.end()))
    return out


_PREPOSITION = re.compile(
    r"(?<![\w'’])(?:до|із|зі|з|серед|між|разом із|разом з|к|ко|с|со|среди|между|вместе с|"
    r"into|in with|with|among|alongside)\s+((?:[\w'’-]+\s+){0,2})$", re.IGNORECASE)


_JOINED = re.compile(r"\s(?:і|й|та|и|and)\s|,")


def _governed(between: str, lex: Lexicon) -> bool:
    """Whether a noun after ``between`` is the object of a preposition, not of the act:
    "разом із тілами", "до переданих Україні тіл" (a participle and its dative between),
    not "з полону військових" (the preposition has its own noun)."""
    found = _PREPOSITION.search(between)
    if found is None:
        return False
    words = found.group(1).split()
    if lex.lang == "en":
        return all(w.lower() in ("the", "its", "their", "those", "his", "her") for w in words)
    participle = False
    for word in words:
        kinds = {pos for _, pos in lemmas(word, lex.lang)}
        if not (kinds & {"ADJF", "PRTF"} or participle and word[:1].isupper()):
            return False
        participle = bool(kinds & {"ADJF", "PRTF"})  # (Ukrainian participles read as ADJF)
    return True


def _counts(clause: str) -> bool:
    """Whether the clause has a number that is not a day, a year or an age."""
    for match in re.finditer(r"\d+", clause):
        if not (_MEASURE_AFTER.match(clause, match.end())
                or _MEASURE_BEFORE.search(clause, 0, match.start())):
            return True
    return False


_MEASURE_AFTER = re.compile(
    r"(?:\s*(?:-|–|по|до|to|and|та|і|и)\s*\d{1,2})?\s*(?:st|nd|rd|th)?\s*(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|січ|лют|бер|квіт|трав|черв|лип|серп|"
    r"верес|жовт|листоп|груд|янв|фев|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек|year|рок|рік|"
    r"лет|год|р\.|г\.)", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(
    r"(?:aged|under|over|віком|у віці|в возрасте|від|до|от|з|с|in|since|of)\s+(?:\w+\s+)?$"
    r"|\d\s*[-–]\s*$", re.IGNORECASE)


@cache
def _term(lex: Lexicon) -> Words:
    """An agreement to exchange: "agreed to ... exchange", "домовилися обміняти"."""
    return Words(rf"(?:{lex.agreement})\W+(?:[\w'’-]+\W+){{0,6}}?(?P<act>{lex.exchange})")


def terms_of(text: str, lex: Lexicon) -> list[Figure]:
    """Groups an agreement says the sides will exchange, without a figure ("agreed ... to
    exchange severely wounded and young prisoners"): a term for each group, as a figure with
    no count. A group needs a word that sets it apart ("severely wounded", "young"); "agreed
    to exchange prisoners" names no particular group."""
    out = []
    for match in _term(lex).finditer(text):
        act_end = match.end("act")
        for person in _people_near(text, match.start("act"), act_end, lex, False)[:1]:
            between = text[act_end:person.start]
            if between.split() and not re.search(r"\d", between) and not _VAGUE.search(
                    text[:person.start]):
                out.append(replace(person, formula=True))
    return out
