"""Where a voice's name begins and ends next to its verb of speech: a phrase of time before
it ("On 23 October the headquarters"), a day between it and its verb ("Мединский 16 июня
говорил"), a description set off by commas ("Vladimir Medinsky, Russia's presidential
assistant, said"), and, after the verb, the one told ("сообщил нашему агентству источник")
and a day ("заявив у четвер керівник делегації"); the name that ends a phrase of time or place
before the verb ("23 июля на третьем раунде переговоров Мединский объявил"); and so the
noun phrase that is the voice just before its verb.
"""

from __future__ import annotations

import re

from handover.extract.dates import find_dates
from handover.extract.morph import cases, lemmas, patronymic, personal_name
from handover.extract.patterns import Lexicon
from handover.extract.voicenames import (
    IN_MONTH,
    MAX_WORDS,
    NAMEISH,
    PLURAL_VOICES,
    adjective,
    clean_name,
    known_voice,
    voice_noun,
)

__all__ = ["after_date", "before_date", "before_own_verb", "described", "is_appositive",
           "name_at_end", "subject_after", "subject_before"]

_WHEN = re.compile(r"^\s+(?:(?:у|в|во)\s+(?:понеділ\w*|вівтор\w*|середу|четвер\w*|п['’ʼ]ятниц\w*|"
                   r"субот\w*|неділ\w*|понедельник\w*|вторник\w*|среду|пятниц\w*|"
                   r"воскресень\w*)|вчора|учора|вчера|сьогодні|сегодня|напередодні|накануне)"
                   r"(?=\s)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"\S*\d\S*")
_MONTH_WORD = re.compile(r"\s*([^\W\d_]+)")
_YEAR_WORD = re.compile(r"\s*(?:року|рік|роках|года|году|годах|год|р\.|г\.|year)(?!\w)",
                        re.IGNORECASE)


def after_date(candidate: str, lex: Lexicon) -> str:
    """"On 23 October the headquarters", "А станом на кінець 2024 року Координаційний
    штаб": a phrase of time that opens the clause is not part of the voice after it."""
    if not _DIGIT.search(candidate):
        return candidate
    numbers = list(_NUMBER_WORD.finditer(candidate))
    rest = candidate[numbers[-1].end():]
    year = _YEAR_WORD.match(rest)
    rest = rest[year.end():] if year else rest
    month = _MONTH_WORD.match(rest)
    if month is not None and month.group(1).lower() in lex.months:
        rest = rest[month.end():]
    rest = rest.strip(" ,")
    return rest if rest[:1].isupper() or rest[:4].lower() == "the " else candidate


def before_date(candidate: str, lex: Lexicon) -> str:
    """"Мединский 16 июня (говорил)", "Medinsky on 16 June (said)": a day between the voice
    and its verb is not part of the voice."""
    days = find_dates(candidate, lex) if _DIGIT.search(candidate) else []
    if not days or candidate[days[-1].end:].strip():
        return candidate
    return re.sub(r"\s+(?:on|в|у|во)$", "", candidate[:days[-1].start].rstrip(),
                  flags=re.IGNORECASE)


def is_appositive(segment: str) -> bool:
    """"Russia's presidential assistant for ...", "a state body ...": a description, no name."""
    # (the words before a relative clause or a participle: "the aide who led Ukraine's team
    # in Geneva", "the Kremlin aide heading Moscow's delegation")
    words = re.split(r"\s(?:who|which|that|який|яка|які|который|которая|которые|"
                     r"(?-i:[a-z]+ing))\s", segment)[0].split()
    if not words:
        return False
    if words[0].lower() in ("a", "an", "the") and len(words) <= 4:
        return True  # "the Kremlin aide who led ...": a short description
    described = (words[0][:1].islower() or words[0].lower() in ("a", "an", "the")
                 or bool(re.search(r"['’]s$", words[0])))
    # ("the Russian negotiator", "к тому времени секретарь СНБО": no name of a person)
    names = [w for w in words[1:] if w[:1].isupper() and not re.search(r"['’]s$", w)
             and not re.search(r"(?:ian|ish|ese|i)$", w) and not w.isupper()]
    return described and not names


_WORDS_AHEAD = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)?")


def _without_addressee(right: str, lang: str) -> str:
    """"сообщил нашему агентству источник": who was told (one or two words in the dative,
    none in the nominative) stands between the verb and the voice."""
    ahead = _WORDS_AHEAD.match(right)
    if ahead is None:
        return right
    told = 0
    for group, word in enumerate(ahead.groups(), start=1):
        found = cases(word, lang) if word else frozenset()
        if "datv" not in found or "nomn" in found:
            break
        told = ahead.end(group)
    return " " + right[told:].lstrip() if told else right


# A particle that opens a surname in lower case: "Абдулкадер аль-Муртада", "al-Murtada"
_PARTICLE = re.compile(r"(?:аль|ал|эль|ель|al|el|ад|ас|ар|ан|ат|az|ad|as|ar|an)-"
                       r"(?-i:[A-ZА-ЯІЇЄҐЁ])", re.IGNORECASE)


def subject_after(right: str, lex: Lexicon) -> str | None:
    """"..., said Vladimir Medinsky." / "заявив Зеленський": the name after the verb.

    In Ukrainian and Russian the title before the name may hold prepositions ("глава
    делегации на переговорах Владимир Мединский"): the phrase runs to its last capital.
    """
    if lex.lang != "en":
        right = _WHEN.sub(" ", right, count=1)  # "заявив у четвер керівник делегації ..."
        right = _without_addressee(right, lex.lang)
        long = re.match(r"\s+([^,.;:!?\"“”«»()]{2,120})", right)
        if long is not None:
            words = long.group(1).split()[:12]
            caps = [i for i, w in enumerate(words) if w[:1].isupper() or _PARTICLE.match(w)]
            end = caps[-1] + 1 if caps else 0
            if caps and adjective(words[caps[-1]], lex):
                end = min(len(words), 8)  # "Координаційний штаб з питань поводження з ..."
            if caps and not re.search(r"\d", " ".join(words[:end])):
                return clean_name(" ".join(words[:end]), lex, must_be_name=True)
    match = re.match(r"\s+([^,.;:!?\"“”«»()]{2,80}?)(?=\s*(?:[,.;:!?\"“”«»()]|$|\s(?:on|in|at|"
                     r"у|в|во|на|that|що|что)\s))", right)
    if not match:
        return None
    words = match.group(1).split()
    named = [w for w in words[:4] if w[:1].isupper()]
    if not words or not (named or words[0].lower() in PLURAL_VOICES
                         or lex.lang != "en" and voice_noun(words[0])):
        return None  # ("повідомляло міноборони рф": a body in lower case is a voice too)
    if re.search(r"\d", match.group(1)) or len(words) > 8:
        return None  # a clause ("Ukraine had returned 27 bodies"), not a name
    if words[0].lower() in ("the", "a", "an") and not (len(words) > 1 and words[1][:1].isupper()):
        return None
    return clean_name(match.group(1), lex, must_be_name=True)


def name_at_end(phrase: str, lex: Lexicon) -> str | None:
    """The person's name (a surname, two names, or with a patronymic three) or the known
    body that ends a phrase of time or place before a speech verb, in Ukrainian or Russian."""
    if lex.lang == "en":
        return None
    words = phrase.split()
    for size in (3, 2, 1):  # (with a patronymic: "Владимир Владимирович Путин")
        name = words[-size:]
        if not (len(words) > size and all(w[:1].isupper() and w.isalpha() for w in name)):
            continue
        if size == 3 and not patronymic(name[1], lex.lang):
            continue
        # (or a body known by its letters: "С учётом этого МККК насчитывает")
        if personal_name(name[-2:], lex.lang) or size == 1 and known_voice(name[0]):
            return " ".join(name)
    return None


_SHORT_NAME = 3  # words of a voice's name that hold no verb of its own


def before_own_verb(candidate: str, lex: Lexicon) -> str:
    """The words of a long name before a verb of the voice's own after its capitalised name:
    a word in the past that is a verb and nothing else ("Марія Захарова подякувала
    кардиналу ...": "подякувала", not "дел" or "прав")."""
    words = candidate.split()
    if len(words) <= _SHORT_NAME:
        return candidate
    named = False
    for index, word in enumerate(words):
        if word[:1].isupper():
            named = True
        elif named and _PAST_ENDING.search(word) and {
                pos for _, pos in lemmas(word, lex.lang)} == {"VERB"}:
            return " ".join(words[:index])
    return candidate


_PAST_ENDING = re.compile(r"(?:ла|ло|ли|ал|ял|ил|ыл|ув|ав|яв|ив|ів)$")


def described(left: str) -> bool:
    """"Vladimir Medinsky, the Russian negotiator, said": a name, then its description."""
    segments = [s.strip() for s in re.split(r",\s+", left.rstrip().rstrip(","))]
    return (left.rstrip().endswith(",") and len(segments) >= 2 and is_appositive(segments[-1])
            and segments[-2][:1].isupper() and not re.search(r"\d", segments[-1] + segments[-2])
            and len(segments[-2].split()) <= 6)


# (any case: "Володимир Мединський, якого цитувало російське агентство, сказав")
_WHO = re.compile(r"(?:who|whom|whose|which|як(?:ий|а|і|ого|ому|у|ій|им|их)|котр\w+|"
                  r"котор(?:ый|ая|ые|ого|ой|ому|ую|ым|ых))\b", re.IGNORECASE)
# a phrase of the occasion set off before the verb, after the name
# (not "..., після якого штаб назвав": the name is in the phrase)
_AFTER_EVENT = re.compile(r"(?:після|после|after|following|під час|во время|during)\s+"
                          r"(?!(?:якого|якої|яких|которого|которой|которых|which)\b)",
                          re.IGNORECASE)
# "В среду помощник президента Владимир Мединский сообщил", "On Friday the ministry said": a
# day that opens the clause is when it was said, no part of the voice
_TIME_OPENING = re.compile(
    r"^(?:(?:ещё|еще|ще|вже|уже|already|also)\s+)?"
    r"(?:(?:on|у|в|во)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понеділ\w*|вівтор\w*|середу|четвер\w*|п['’ʼ]ятниц\w*|субот\w*|неділ\w*|понедельник\w*|"
    r"вторник\w*|среду|пятниц\w*|воскресень\w*)|yesterday|today|вчора|учора|вчера|сьогодні|"
    rf"сегодня|напередодні|накануне|earlier|later|пізніше|позже|позднее|затем|потім|{IN_MONTH})"
    r",?\s+(?=\S)", re.IGNORECASE)
_VERB_PHRASE = re.compile(r"(?!(?:including|according|following|regarding|concerning|"
                          r"excluding|compared)\b)(?-i:[a-z]+(?:ing|ed))\s+(?!(?:that|to)\b)\S")


def subject_before(left: str, lex: Lexicon) -> str | None:
    """The noun phrase just before a speech verb, without appositives and time phrases."""
    left = left.rstrip()
    trailing_comma = left.endswith(",")
    # (also a quote's end: '"We saw fathers meet sons," ICRC spokesperson Jessica Moussan')
    segments = [s.strip() for s in re.split(r",\s+|;\s+|:\s+|\s[—–]\s|[,.!?][\"”»]\s+", left)]
    while segments and not segments[-1]:
        segments.pop()
    if not segments:
        return None
    if lex.lang == "en" and len(segments) >= 2 and _VERB_PHRASE.match(segments[-1]):
        # "John Kirby, speaking for the White House, said", "Maria Zakharova, ..., thanked
        # Cardinal Zuppi and said": the voice is before the phrase of its other verb
        segments.pop()
        trailing_comma = True
    candidate = segments[-1]
    if len(segments) >= 2 and (trailing_comma and _WHO.match(candidate)
                               or _AFTER_EVENT.match(candidate)):
        # "Рустем Умєров, який очолював делегацію, написав"; "Рустем Умєров, після переговорів
        # у Стамбулі заявив"
        segments.pop()
        candidate = segments[-1]
    # "Vladimir Medinsky, Russia's presidential assistant for cultural matters, announced"
    if (trailing_comma and len(segments) >= 2 and is_appositive(candidate)
            and segments[-2][:1].isupper() and NAMEISH.search(segments[-2])):
        candidate = segments[-2]
    candidate = re.sub(r"\s+(?:and|і|й|и|та|but|але|но|а)$", "", candidate)
    candidate = re.split(r"\s(?:that|що|что|and|і|й|и|та|but|але|но|а)\s", candidate)[-1]
    candidate = re.sub(r"^with\s+", "", candidate)  # "..., with Kyiv saying 140 ..."
    candidate = before_date(after_date(_TIME_OPENING.sub("", candidate), lex), lex)
    if lex.lang == "en":  # "Moscow denied the claim and said": the name before its verb
        verb = re.search(r"\s[a-z]+ed\b", candidate)
        candidate = candidate[:verb.start()] if verb and candidate[:1].isupper() else candidate
    if (re.search(r"\d", candidate) or len(candidate.split()) > MAX_WORDS
            or re.match(r"(?:in|on|at|in another|about|of|у|в|во|на|за|по|о|об|про|з|із|с|со|"
                        r"під|при)\s",
                        candidate, re.IGNORECASE)):
        # a clause or a place ("В іншому дописі"), not a voice, unless a name ends it ("23
        # июля на третьем раунде переговоров Мединский")
        return name_at_end(candidate, lex)
    if lex.rx("verbs").search(candidate):
        return None  # a clause of its own ("Росія передала ... тіл"), no voice
    if lex.lang != "en":
        # ("Марія Захарова подякувала кардиналу ... й повідомила": the name before its verb)
        candidate = before_own_verb(candidate, lex)
    return clean_name(candidate, lex, must_be_name=True)
