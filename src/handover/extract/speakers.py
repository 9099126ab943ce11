"""Who asserts a figure: the speaker as the text names them, and when they said it.

Attribution takes a handful of shapes in news prose, in every language: "X said",
"said X", "according to X", "X, citing Y", "reported by X citing Y", "повідомили в X",
"за словами X", "заявил X". Pronouns ("he claimed") and "the same source" continue the
previous voice; "The announcement, reported by X" and "Про це повідомив X" name the voice
of the sentence before.

>>> from handover.extract.patterns import lexicon
>>> find_attribution("Zelensky said on Friday that 84 soldiers came home.", lexicon("en")).speaker
'Zelensky'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from handover.extract.morph import past_verb, personal_name
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words
from handover.extract.reckoners import counted_by
from handover.extract.voiceedges import (
    after_date,
    described,
    subject_after,
    subject_before,
)
from handover.extract.voicenames import (
    PRONOUN,
    clean_name,
    known_voice,
    nominative_name,
    voice_noun,
    without_lead,
    without_title,
)

__all__ = ["Attribution", "cues", "find_attribution"]

_DAY_FIRST = re.compile(r"(?:понеділ|вівтор|серед|четвер|п['’ʼ]ятниц|субот|неділ|понедельник|"
                        r"вторник|сред|пятниц|воскресен|\d)", re.IGNORECASE)
_RELAYED = re.compile(r",\s*(?:in\s+\w+\s+)?(?:that|which)\s+(?:were|was|had been|have been)\s+$",
                      re.IGNORECASE)
_IN_RELATIVE = re.compile(r",\s*(?:[\w'’]+\s+)?(?:which|who|яких|які|який|которых|которые|"
                          r"который)\s*,\s*$", re.IGNORECASE)
@dataclass(frozen=True)
class Attribution:
    """A sentence's attribution: the speaker (or None when it continues the last voice)."""

    speaker: str | None
    start: int
    end: int
    continuation: bool = False
    backref: bool = False
    verb: bool = False  # "said"/"заявил" (a date right after it is when it was said)


# "В Министерстве обороны в тот же день заявили": a day between the voice and its verb
_SAME_DAY = (r"(?:(?:(?:в|у)\s+(?:тот же|той же|этот|цей|тот|той)\s+день|вчера|вчора|сегодня|"
             r"сьогодні|накануне|напередодні)\s+)?")
# "На початку операції в МКЧХ говорили": a phrase of time before the locative voice
_OPENING = r"(?:(?:на|по|після|после|під час|во время|в ході|у ході|перед)\s+(?:\S+\s+){1,2})?"


@cache
def _patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    i = re.IGNORECASE
    # (an outlet in guillemets is a name, with the noun before it: "по версии «Делового
    # обзора» — 2000", "по данным проекта «Хочу жить»")
    name = r"(?P<name>(?:[^\W\d_][\w'’-]*\s+){0,2}«[^»]{2,60}»|[^,.;:!?\"“”«»()]{2,120}?)"
    stop = r"(?=\s*(?:[,.;:!?\"“”«»()]|\s[—–]\s+\d|\s(?:that|що|что|who|which|як|как|as)\b|$))"
    return {
        "citing": re.compile(
            rf"(?:(?<!\w)(?:{lex.speech}) by |(?<!\w)(?:{lex.according}) )?"
            rf"(?P<outlet>«[^»]{{2,60}}»|[^,.;:!?\"“”«»()]{{2,60}}?),?\s+(?:{lex.citing})\s+"
            rf"{name}{stop}", i),
        "according": re.compile(rf"(?<!\w)(?:{lex.according})\s+{name}{stop}", i),
        # ("announced on 16 April 2023 by Andriy Yermak": the day may stand before "by")
        "by": re.compile(rf"(?<!\w)(?:{lex.speech})\s+(?:on\s+[^,;:()]{{3,24}}?\s+)?by\s+{name}"
                         rf"{stop}", i),
        "in_body": re.compile(
            rf"(?<!\w)(?:{lex.speech})\s+(?:в|у|во)\s+{name}{stop}", i),
        # "В МИД ОАЭ сообщили, что ...", "У Міноборони Росії виклали ...": in X they said
        "lead_in": re.compile(rf"^\W*{_OPENING}(?:в|у|во)\s+"
                              rf"(?P<name>(?:[^\s,.;:!?\"“”«»()]+\s+){{1,10}}?)"
                              rf"{_SAME_DAY}(?:{lex.speech})(?![\w'’])", i),
        "trail": re.compile(rf"\s+(?:{lex.speech})$", i),
        "lead": re.compile(rf"^(?:(?:{lex.speech}) by|{lex.according}|{lex.speech})\s+", i),
        "backref": re.compile(rf"^\W*(?:{lex.backref})(?![\w'’])", i),
    }


@cache
def _cue(lex: Lexicon) -> Words:
    """Any word an attribution needs."""
    return Words(f"{lex.speech}|{lex.according}|{lex.citing}|{lex.continuation}")


def cues(sentence: str, lex: Lexicon) -> int:
    """How many words of speech, citing or continuing ``sentence`` holds."""
    return len(_cue(lex).all(sentence))


def find_attribution(sentence: str, lex: Lexicon) -> Attribution | None:
    """The attribution of one sentence, or None when it names no voice."""
    if ":" not in sentence and not _cue(lex).search(sentence):
        # no word of speech, citing or continuing: most
        return _issued(sentence, lex) or _counted(sentence, lex)
    pats = _patterns(lex)
    continued = lex.rx("continuation").search(sentence)
    if continued and _SAID_TO_BE.match(sentence, continued.end()):
        continued = None  # "1,245 people it says are its soldiers": said of them, no voice
    named = _named_before(sentence, continued.start(), lex) if continued else None
    if continued and named is not None:  # "Мединський також повідомив": a voice named again
        return Attribution(named, sentence.find(named), continued.end(), verb=True)
    if continued:
        # ("Міноборони Росії подало обмін інакше: за його даними, ...": "its" is the voice
        # the sentence named before it, else the one before the sentence)
        earlier = _verb_attribution(sentence[:continued.start()], lex)
        if earlier is not None and earlier.speaker:
            return earlier
        return Attribution(None, continued.start(), continued.end(), continuation=True,
                           backref=bool(pats["backref"].search(sentence)))
    headed = _headed(sentence, lex)
    if headed is not None:
        return headed
    match = pats["citing"].search(sentence) if lex.rx("citing").search(sentence) else None
    cited = _cited(match, sentence, lex) if match else None
    if match and cited:
        return _made(cited, match, sentence, lex)
    # "according to X", "reported by X", "повідомили в X": tried where their word stands
    speech = lex.rx("speech").all(sentence)
    for key, starts in (("according", lex.rx("according").all(sentence)), ("by", speech),
                        ("in_body", speech)):
        for start in starts:
            if _IN_RELATIVE.search(sentence, 0, start.start()) or (
                    key == "by" and _RELAYED.search(sentence, 0, start.start())):
                # "..., серед яких, за даними X, є ...": X speaks for that aside only; "X
                # told a channel, in remarks that were cited by the agency Y": Y relays X
                continue
            match = pats[key].match(sentence, start.start())
            if match and key == "in_body" and _DAY_FIRST.match(match.group("name")):
                continue  # "заявил в понедельник помощник президента ...": a day, not a place
            speaker = clean_name(match.group("name"), lex, must_be_name=True) if match else None
            if match and speaker and not PRONOUN.match(speaker):
                named = _apposed_name(sentence, match.end("name"), lex)
                return _made(named or nominative_name(speaker, lex), match, sentence, lex)
    return (_lead_in(sentence, lex) or _verb_attribution(sentence, lex)
            or _issued(sentence, lex) or _counted(sentence, lex))


def _apposed_name(sentence: str, end: int, lex: Lexicon) -> str | None:
    """"according to Ukraine's defence minister, Rustem Umerov, who led ...": the person
    a title before it names, set off by commas."""
    apposed = _APPOSED.match(sentence, end)
    if apposed is None or not personal_name(apposed.group(1).split(), lex.lang):
        return None
    return apposed.group(1)


_APPOSED = re.compile(r",\s+([A-ZА-ЯІЇЄҐЁ][\w'’-]+\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]+)(?=\s*(?:[,.;]|$))")


# "a joint statement issued on 7 December by the office of ...", "a statement from X, which
# said": the body that issued the document the sentence cites
_ISSUED = re.compile(
    r"(?<!\w)(?:statement|communiqu[ée]|declaration|announcement|заяв[аиіу]\w*|заявлени\w*|"
    r"сообщени\w*|повідомленн\w*)\s+(?:(?:issued|released|published|signed|of|on|dated|"
    r"оприлюднен\w*|опубликованн\w*)\s+(?:on\s+)?(?:[\w']+\s+){0,3}?)?(?:by|from|від|от)\s+"
    r"(?P<name>[^,.;:]{2,120}?)(?=\s*[,.;:]|\s+(?:which|that|said)\b|$)", re.IGNORECASE)


def _counted(sentence: str, lex: Lexicon) -> Attribution | None:
    """"by Moscow's count", "(данные Мединского)": a voice named by its count."""
    found = counted_by(sentence, lex)
    return Attribution(*found) if found is not None else None


def _issued(sentence: str, lex: Lexicon) -> Attribution | None:
    match = _ISSUED.search(sentence)
    name = clean_name(match.group("name"), lex, must_be_name=True) if match else None
    if match is None or name is None:
        return None
    return Attribution(nominative_name(name, lex), match.start("name"), match.end("name"))


def _lead_in(sentence: str, lex: Lexicon) -> Attribution | None:
    """"В МИД ОАЭ сообщили, что ...": the body that said it, named first in the locative
    (of the sentence, or of what follows its colon: "...: у спільній заяві X йшлося")."""
    if lex.lang == "en":
        return None
    colon = sentence.find(": ")
    shift = 0
    match = _patterns(lex)["lead_in"].match(sentence)
    if match is None and colon > 0:
        shift = colon + 2
        match = _patterns(lex)["lead_in"].match(sentence[shift:])
    if match is None or _DAY_FIRST.match(match.group("name")):
        return None
    speaker = clean_name(match.group("name"), lex, must_be_name=True)
    if speaker is None or lex.rx("verbs").search(speaker):
        return None
    return Attribution(nominative_name(speaker, lex), match.start("name") + shift,
                       match.end() + shift, verb=True)


def _cited(match: re.Match[str], sentence: str, lex: Lexicon) -> str | None:
    """"Interfax, citing an unnamed source"; in Ukrainian and Russian as written."""
    pats = _patterns(lex)
    # ("On 13 June Interfax, citing ...": the day is no part of the outlet)
    outlet = clean_name(pats["trail"].sub("", pats["lead"].sub(
        "", after_date(match.group("outlet").strip(), lex))), lex)
    source = clean_name(match.group("name"), lex)
    if not outlet or not source:
        return None
    if not _a_voice_cited(source):
        return outlet  # "Міноборони рф, посилаючись на стамбульські домовленості"
    if lex.lang == "en":  # (the relay as written: "quoting", "citing")
        relay = re.search(lex.citing, match.group(), re.IGNORECASE)
        return f"{outlet}, {relay.group().lower() if relay else 'citing'} {source}"
    at = sentence.find(outlet, match.start("outlet"))
    at = at if at >= 0 else match.start("outlet")
    if at > 0 and sentence[at - 1] in "«\"“":
        at -= 1  # ("«Интерфакс» со ссылкой на источник": the outlet's name in its quotes)
    return sentence[at:match.end("name")]


def _a_voice_cited(cited: str) -> bool:
    """Whether what a voice cites is a voice too ("citing an unnamed source", "citing
    Medinsky"), not a document ("citing the Istanbul agreements")."""
    names = [w for w in cited.split() if w[:1].isalpha()]
    return voice_noun(cited) or known_voice(cited) or bool(names) and all(
        w[:1].isupper() for w in names)


_HEADED = re.compile(r"^\s*(?P<name>[A-ZА-ЯІЇЄҐЁ][\w.'’ʼ-]*(?:\s+[\w.'’ʼ-]+){0,9}):\s+\S")


def _named_before(sentence: str, end: int, lex: Lexicon) -> str | None:
    """The voice a sentence names right before its words of going on, when it opens with
    them ("Мединський також повідомив, що ...")."""
    before = sentence[:end].strip(" ,")
    if not before[:1].isupper() or len(before.split()) > _NAMED_WORDS or ":" in before:
        return None
    name = clean_name(before, lex, must_be_name=True)
    if name is None or name not in sentence or PRONOUN.match(name):
        return None
    known = known_voice(name) or voice_noun(name) or personal_name(name.split(), lex.lang)
    return name if known else None


_NAMED_WORDS = 4


def _headed(sentence: str, lex: Lexicon) -> Attribution | None:
    """"Мединский: передали тысячу тел" - a headline that names its speaker first."""
    match = _HEADED.match(sentence)
    if match is None:
        return None
    name = _before_verb(match.group("name"), lex)
    rest = match.group("name")[len(name):].lstrip()
    if lex.rx("verbs").match(rest) or _BEING.match(rest):
        # "В ответ Израиль освободил 369 ...: 36 из них": an act, not a voice; "Далі були
        # чотири передачі по тисячі тіл: ...": being, not speaking
        return None
    # ("Після них у середу ввечері Володимир Мединський заявив: ..."): the name alone
    cleaned = name if lex.lang == "en" else without_lead(name, lex)
    start = match.start("name") + len(name) - len(cleaned)
    name = cleaned
    words = name.split()
    if PRONOUN.match(name) or any(w.isupper() and len(w) > 3 for w in words) or not all(
            w[:1].isupper() for w in words[:1]):
        return None
    # (a long name only when it is a known voice: "Координаційний штаб з питань ...: ...")
    if not (known_voice(name) or len(words) <= 4 and personal_name(words, lex.lang)):
        return None
    return Attribution(without_title(name, lex), start, start + len(name))


def _before_verb(name: str, lex: Lexicon) -> str:
    """"Міністерство оборони рф у своєму повідомленні написало": the voice before its verb,
    when a colon follows what it did."""
    if lex.lang == "en":  # ("Russia's defence ministry has issued its statement: ...")
        return _EN_VERB.split(name, maxsplit=1)[0]
    words = name.split()
    for index, word in enumerate(words[1:], start=1):
        if word[:1].islower() and past_verb(word, lex.lang):
            return " ".join(words[:index])
    return name


_BEING = re.compile(r"(?:був|була|було|були|был|была|было|были)(?!\w)", re.IGNORECASE)
_EN_VERB = re.compile(r"\s+(?:has|have|had|is|was|were|will)\s+|\s+(?-i:[a-z]+ed)\b|"
                      r"\s+(?-i:said|says|say|told|tells|wrote|writes|spoke|speaks)\b")


def _made(speaker: str, match: re.Match[str], sentence: str, lex: Lexicon) -> Attribution:
    backref = bool(_patterns(lex)["backref"].search(sentence[: match.start()] or sentence))
    return Attribution(speaker, match.start(), match.end(), backref=backref)


def _verb_attribution(sentence: str, lex: Lexicon) -> Attribution | None:
    """"X said" or "said X": the name next to a speech verb."""
    backref = _patterns(lex)["backref"]
    colon = sentence.rfind(": ")
    verbs = sorted(lex.rx("speech").all(sentence),
                   key=lambda v: v.start() < colon)  # after "X named another figure:" first
    for verb in verbs:
        left = sentence[: verb.start()]
        if _NOT_SAID.search(left):
            continue  # "whose size was mostly not disclosed": nothing said
        if _SAID_TO_BE.match(sentence, verb.end()):
            continue  # "909 people it says are its soldiers": said of them, no voice
        after = subject_after(sentence[verb.end():], lex)
        inverted = not left.strip() or bool(re.search(r"[,\"”»—–:]\s*$", left)) or bool(
            backref.fullmatch(left.strip())) or bool(_OF_WHICH.search(left))
        if after and inverted and not described(left) and not _SAYING.fullmatch(verb.group()):
            return Attribution(without_title(after, lex), verb.start(), verb.end(),
                               backref=bool(backref.search(sentence)), verb=True)
        before = subject_before(left, lex)
        if before and (backref.fullmatch(before) or _NO_ONE.match(before)
                       or _ADDRESSEE.fullmatch(before)):
            # (nor "neither government said how many": nobody said it; nor "Ви писали, що
            # ...": the one asked, the outlet)
            before = None
        if before and PRONOUN.match(before):
            return Attribution(None, verb.start(), verb.end(), continuation=True, verb=True)
        if before:
            return Attribution(without_title(before, lex), verb.start(), verb.end(),
                               backref=bool(backref.search(sentence)), verb=True)
    return None


# "..., про що повідомив Рустем Умєров", "..., о чём сообщил Рустем Умеров"
_OF_WHICH = re.compile(r",\s*(?:про що|про це|о ч[её]м|об этом)\s+$", re.IGNORECASE)
# ("..., saying Russia would hand over 6,000"): the voice is the clause's subject, before it
_SAYING = re.compile(r"saying|adding|stating|writing|noting|claiming", re.IGNORECASE)
_NO_ONE = re.compile(r"(?:neither|no|none|nobody|no one|ніхто|жоден|жодна|жодне|никто|ни один|"
                     r"ни одна|ни одно)(?=\s+[^\W\d_]|$)", re.IGNORECASE)
_SAID_TO_BE = re.compile(r"\s+(?:are|is|were|was)\b")
_ADDRESSEE = re.compile(r"you|ви|вы|ти|ты", re.IGNORECASE)
_NOT_SAID = re.compile(r"(?<![\w'’])(?:not|never|n['’]t|не|ні|ни)\s+(?:\w+\s+)?$", re.IGNORECASE)
