"""Ukrainian and Russian word forms through pymorphy3, loaded on first use and only once.

pymorphy3 costs about a tenth of a second per language to load; English reports and
``import handover.extract`` never pay it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

__all__ = ["analyzer", "cases", "lemmas", "nominative", "patronymic", "perfective",
           "personal_name"]


@cache
def analyzer(lang: str) -> Any:
    """The pymorphy3 analyser of ``uk`` or ``ru``."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'").replace("`", "'")


@lru_cache(maxsize=8192)
def lemmas(word: str, lang: str) -> tuple[tuple[str, str], ...]:
    """Each reading of ``word`` as (dictionary form, part of speech)."""
    return tuple((p.normal_form, str(p.tag.POS)) for p in analyzer(lang).parse(_norm(word)))


@lru_cache(maxsize=8192)
def past_verb(word: str, lang: str) -> bool:
    """Whether ``word`` can be a verb in the past ("написало", "оприлюднило")."""
    return any(p.tag.POS == "VERB" and "past" in p.tag for p in analyzer(lang).parse(_norm(word)))


@lru_cache(maxsize=8192)
def perfective(word: str, lang: str) -> bool:
    """Whether ``word`` can be a verb form of the perfective aspect ("передала")."""
    return any("perf" in p.tag for p in analyzer(lang).parse(_norm(word)))


def patronymic(word: str, lang: str) -> bool:
    """Whether ``word`` is a patronymic ("Владимирович", "Іванівна"); none in English."""
    return lang != "en" and any("Patr" in p.tag for p in analyzer(lang).parse(_norm(word)))


def personal_name(words: list[str], lang: str) -> bool:
    """"Rustem Umerov", "Мединский": a personal name (two capitalised words, the first no
    noun of a thing - not "Итоги Стамбула" -, or a surname)."""
    if len(words) == 2 and all(w[:1].isupper() for w in words):
        return lang == "en" or not all(
            "inan" in p.tag and not {"Name", "Surn"} & p.tag.grammemes
            for p in analyzer(lang).parse(_norm(words[0])))
    if lang == "en" or len(words) != 1:
        return False
    return any("Surn" in p.tag or "Name" in p.tag for p in analyzer(lang).parse(words[0]))


@lru_cache(maxsize=8192)
def cases(word: str, lang: str) -> frozenset[str]:
    """The grammatical cases ``word`` can be in (``nomn``, ``gent``, ``datv``, ``ablt``...)."""
    return frozenset(str(p.tag.case) for p in analyzer(lang).parse(_norm(word)) if p.tag.case)


@lru_cache(maxsize=2048)
def nominative(phrase: str, lang: str) -> str:
    """A name phrase put in the nominative where its words are inflected (for speakers).

    "Координаційному штабі" becomes "Координаційний штаб"; words that do not change (a
    genitive tail such as "з питань поводження") stay as written.
    """
    words = phrase.split()
    out: list[str] = []
    agreeing = False  # the word before was an adjective put in the nominative
    model = None  # that adjective's parse, whose case and number its noun shares
    given: str | None = None  # the case of a first name or patronymic just before
    for index, word in enumerate(words):
        parses = analyzer(lang).parse(_norm(word))
        named = [p for p in parses if "Surn" in p.tag or "Name" in p.tag]
        common = [p for p in parses if p not in named] or parses
        parse = named[0] if word[:1].isupper() and named else common[0]
        after_given = given is not None and word[:1].isupper()
        if after_given:
            # a patronymic or surname in its first name's case: "Дмитрия Лубинца", and
            # "Татьяна Николаевна Москалькова" left as it is
            parse = next((p for p in named + common if p.tag.case == given), parse)
            if given == "nomn" or parse.tag.case != given:
                out.append(word)
                continue
        given = parse.tag.case if {"Name", "Patr"} & parse.tag.grammemes and word[
            :1].isupper() else None
        if parse.tag.POS == "ADJF":
            # ("украинского Координационного штаба": masculine like its noun, not neuter)
            gender = _noun_gender(tuple(words[index + 1:index + 4]), lang)
            parse = next((p for p in common if p.tag.POS == "ADJF" and p.tag.gender == gender
                          and p.tag.case == parse.tag.case), parse)
        if agreeing and model is not None:
            # a noun takes its adjective's case, number and gender: "української сторони"
            # is one side in the genitive, not sides in the nominative
            parse = next((p for p in common if (p.tag.case, p.tag.number, p.tag.gender)
                          == (model.tag.case, model.tag.number, model.tag.gender)), parse)
        # a name agrees ("Татьяны Москальковой"), and so does a noun with its adjective
        # ("израильских властей"); any other genitive is a tail ("з питань поводження")
        person = bool(named) and word[:1].isupper() or agreeing or after_given
        tail = parse.tag.POS == "PREP" or (index > 0 and parse.tag.case == "gent" and not person)
        if tail or not word[:1].isalpha():
            out.extend(words[index:])
            break
        agreeing = parse.tag.POS in ("ADJF", "PRTF") and parse.tag.case not in (None, "nomn")
        model = parse
        if parse.tag.case not in (None, "nomn"):
            form = parse.inflect({"nomn"})
            if form is not None:
                word = _recase(form.word, word)
        out.append(word)
    return " ".join(out)


@lru_cache(maxsize=4096)
def _noun_gender(words: tuple[str, ...], lang: str) -> str | None:
    """The gender of the first of ``words`` that reads as a noun (an adjective's noun)."""
    for word in words:
        parses = analyzer(lang).parse(_norm(word))
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        if noun is not None and parses[0].tag.POS == "NOUN":
            return str(noun.tag.gender) if noun.tag.gender else None
    return None


def _recase(form: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if model[:1].isupper() else form
