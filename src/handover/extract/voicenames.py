"""Voices' names as the text writes them, cleared of the words around them ("Erdogan had",
"Ранее Мединский", "в сообщении ведомства"), put in the nominative, and told apart from
phrases that name no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from handover.extract.morph import analyzer, lemmas, nominative, personal_name
from handover.extract.patterns import Lexicon

__all__ = ["MAX_WORDS", "NAMEISH", "PLURAL_VOICES", "PRONOUN", "adjective", "clean_name",
           "known_voice", "nominative_name", "voice_noun", "without_title"]

MAX_WORDS = 12
# "In June", "in 2024": a month or a year before a voice, no part of it
IN_MONTH = (r"in\s+(?:january|february|march|april|may|june|july|august|september|october|"
            r"november|december)(?:\s+\d{4})?|in\s+\d{4}")
_EN_LEAD = re.compile(
    r"^(?:(?:and|but|while|whereas|however|although|though|also|meanwhile|separately|earlier|later|as|"
    r"yesterday|today|tonight|then|the|its|their|his|her|in a statement|in a post|"
    r"(?:hours|minutes|days|moments|a day|an hour|weeks) (?:later|earlier|afterwards)|"
    rf"on \w+(?: \d+)?|on \d+ \w+|{IN_MONTH}|"
    r"(?:last|this|next) (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|night|weekend)|"
    r"\w+ \d+)\b[\s,]*)+",
    re.IGNORECASE,
)
_CYR_LEAD = re.compile(r"^(?:(?:тоді як|тогда как|в то время как|у той час як|водночас як|"
                       r"і|та|а|але|и|но|хотя|хоча|також|также|тоже|теж|ранее|раніше|"
                       r"вчера|вчора|сегодня|сьогодні|накануне|напередодні|позже|пізніше|затем|потім|"
                       r"тогда|тоді|водночас|одночасно|тем временем|тим часом|между тем|"
                       r"однако|однак|проте|впрочем|позавчера|позавчора|кроме того|крім того|"
                       r"с учётом этого|с учетом этого|з урахуванням цього|при этом|при цьому|"
                       # "Сам Мединский говорил": the voice himself
                       r"сам|сама|сами|само|сам же|сама же|сами же|"
                       # "Минулого тижня Сергій Лавров": a week, month or year gone by
                       r"(?:минулого|минулої|цього|цієї|прошлой|прошлого|этой|этого|на "
                       r"(?:минулому|цьому|прошлой|этой))\s+(?:тижня|тижні|місяця|місяці|року|"
                       r"році|неділі|недели|неделе|месяца|месяце|года|году)|"
                       # "Після них у середу ввечері", "После переговоров": a time or place
                       # phrase, its words in lower case, before the name
                       r"(?:після|после|у|в|во|на|за|до|від|от|по|під|под|перед|через)"
                       r"(?:\s+(?-i:[а-яіїєґё'’ʼ-]+)){1,3},?)\s+)+", re.IGNORECASE)
# Words that close a subject before its speech verb and are no part of the name: "Erdogan had
# told", "Lavrov has claimed", "Мединський також заявив"
_TRAIL = re.compile(r"(?:\s+(?:had|has|have|was|were|would|will|also|later|earlier|then|again|"
                    r"also|further|і|також|также|тоже|теж|ещё|еще|ще|вновь|знову|ранее|раніше|"
                    r"сегодня|сьогодні|вчера|вчора|учора|позавчера|позавчора|накануне|"
                    r"напередодні|today|yesterday|"
                    r"тогда|тоді|позже|пізніше|сначала|спочатку|"
                    r"натомість|взамен|instead|in turn|своєю чергою|у свою чергу|в свою очередь|"
                    r"со своей стороны|зі свого боку|"
                    # ("Телеграм-канал «Окопная правда» в субботу утверждал")
                    r"(?:в|у|во|on) (?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                    r"воскресенье|понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю|"
                    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)))+$",
                    re.IGNORECASE)
# "What the deal says:", "Як повідомляє": a question or a clause, no voice
_NOT_A_VOICE = re.compile(r"^(?:what|how|which|why|where|when|що|як|чому|что|как|почему|где|"
                          r"свій|свой|своём|своем|своїм|своєму|свою|своїй|своей|"
                          # the first person: the speaker of the turn or quote ("I have just
                          # said it")
                          r"(?-i:I(?=\s+[a-z]))|we|я|ми|мы)\b", re.IGNORECASE)
# a platform a voice posts on ("Telegram", "Telegram-каналі", "Facebook page")
PLATFORM = (r"(?:telegram|телеграм\w*|facebook|фейсбук\w*|twitter|x|instagram|youtube|viber|"
            r"вайбер\w*|vk|вконтакте)(?:[- ](?:канал\w*|channel|page|сторінц\w*|странице))?")
_PLATFORM = re.compile(PLATFORM, re.IGNORECASE)
PRONOUN = re.compile(r"^(?:he|she|they|it|він|вона|вони|воно|он|она|они|оно)$", re.IGNORECASE)
PLURAL_VOICES = ("officials", "sources", "посадовці", "джерела", "источники", "чиновники")
# (from a word's start: "Riverside Herald" holds no "side"; stems run on to their endings)
_VOICE_NOUNS = re.compile(r"(?<![^\W\d_])(?:officials?|sources?|ministry|генштаб|headquarters|"
                          r"agency|spokes|office|military|army|authorities|government|service|committee|side|"
                          r"council|administration|посадовц|джерел|источник|служб|комітет|комитет|"
                          r"чиновник|штаб|міністерств|министерств|відомств|ведомств|офіс|офис|"
                          r"сторон|рад[аиіуо]|адміністрац|администрац|мэри|мері|влад|власт|міноборон|"
                          r"минобороны|мзс|мид|мвс|мвд|сбу|фсб|гур|офп|прокуратур|prosecutor)",
                          re.IGNORECASE)
_DOCUMENT = re.compile(r"^(?:совместн\w*\s+|спільн\w*\s+)?(?:сообщени\w*|заявлени\w*|заяв[іиау]\w*|"
                       r"повідомленн\w*|пресс-релиз\w*|прес-реліз\w*|документ\w*)\s+(?=\S)",
                       re.IGNORECASE)
_CAPITAL = re.compile(r"(?<![\w'’])[A-ZА-ЯІЇЄҐЁ]")


class _NameLike:
    """Whether a phrase can name a voice: a capitalised word or a noun for officials."""

    @staticmethod
    def search(text: str) -> bool:
        return bool(_CAPITAL.search(text) or _VOICE_NOUNS.search(text))


NAMEISH = _NameLike()


def voice_noun(name: str) -> bool:
    """Whether ``name`` holds a noun that names a body or official ("Ministry", "штаб")."""
    return bool(_VOICE_NOUNS.search(name))


@lru_cache(maxsize=1024)
def known_voice(name: str) -> bool:
    """Whether ``name`` is one of the known voices (domain.voices)."""
    from handover.domain.voices import known_voices

    # a name starts a word: "РИА" is no voice inside "материал" (its end may be an ending)
    return any(m.start() == 0 or not name[m.start() - 1].isalnum()
               for v in known_voices for m in re.finditer(v.pattern, name, re.IGNORECASE))


def without_lead(text: str, lex: Lexicon) -> str:
    """``text`` without the words that lead to a name ("Після них у середу ввечері
    Володимир Мединський": "Володимир Мединський")."""
    return (_EN_LEAD if lex.lang == "en" else _CYR_LEAD).sub("", text)


def clean_name(text: str, lex: Lexicon, must_be_name: bool = False) -> str | None:
    """A voice's name without the words around it; None for a phrase that names no one (or,
    ``must_be_name``, that has no capital and no noun of an official or a body)."""
    text = " ".join(text.split()).strip(" ,;:-—–\"“”«»'’")
    if text.count("«") > text.count("»"):
        text += "»"  # ("проекта «Хочу жить»": the outlet's closing mark is its name's)
    text = without_lead(text, lex).strip()
    text = _TRAIL.sub("", _after_place(text, lex)).strip()
    text = _DOCUMENT.sub("", text)  # "в сообщении ведомства": the body, not its statement
    if _NOT_A_VOICE.match(text) or _PLATFORM.fullmatch(text):
        return None  # (not "написал в Telegram": where, not who)
    if lex.lang == "en":
        text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return None
    if PRONOUN.match(text):
        return text
    if must_be_name and not NAMEISH.search(text):
        return None
    return text


def _after_place(text: str, lex: Lexicon) -> str:
    """A person's name without the place or occasion after it: "Марія Захарова на брифінгу
    в четвер", "Владимир Мединский в своём Telegram-канале"."""
    if lex.lang == "en":
        return text
    words = text.split()
    if len(words) > 2 and words[1].lower() in _PLACE_PREPOSITIONS and personal_name(
            words[:1], lex.lang):
        return words[0]  # ("Эрдоган в интервью американскому каналу": a surname alone)
    for index in range(2, len(words)):
        named = words[index - 1][:1].isupper() and words[index - 2][:1].isupper()
        if named and (words[index].lower() in _PLACE_PREPOSITIONS
                      or _adverb(words[index], lex)):
            # ("Сергій Лавров вкотре", "Володимир Мединський тоді ж": no part of the name)
            return " ".join(words[:index])
    return text


def _adverb(word: str, lex: Lexicon) -> bool:
    """Whether a word in lower case after a name is an adverb or a particle of time."""
    return word.islower() and (word in _WHEN_WORDS or any(
        pos == "ADVB" for _, pos in lemmas(word, lex.lang)))


_PLACE_PREPOSITIONS = frozenset(("на", "в", "у", "во", "під", "под", "під час", "во время"))
_WHEN_WORDS = frozenset(("тоді", "тогда", "ж", "же"))


def adjective(word: str, lex: Lexicon) -> bool:
    """A capitalised adjective that opens a body's name ("Координаційний штаб ...")."""
    return any(pos == "ADJF" for _, pos in lemmas(word, lex.lang))


# Titles that stand before a person's name in English ("President", "Defence Minister")
_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame)\.?\s+(?=[A-Z])")
_EN_TITLE = re.compile(
    r"^(?:[A-Z][\w'’]*(?:'s|’s)\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:President|Minister|Governor|"
    r"Ombudsman|Commissioner|Secretary|Spokes(?:man|woman|person)|Chancellor|Mayor|General|"
    r"Colonel|Sheikh|Emir|Envoy|Ambassador|Premier|Speaker|Chief|Head)\s+)+"
    r"(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$)")
# A role in lower case before a capitalised name ("Russian delegation head Vladimir Medinsky")
_EN_ROLE = re.compile(r"^.*(?<![\w'’])(?!(?:of|for|the|and|on|in)\b)[a-z][\w-]*\s+"
                      r"(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+$)")


def without_title(speaker: str, lex: Lexicon) -> str:
    """A voice without the title or role before a person's name ("President Volodymyr
    Zelensky", "президент Володимир Зеленський": the name)."""
    if lex.lang == "en":
        speaker = _HONORIFIC.sub("", speaker)  # ("Mr Oyelaran", "Dr Anna Berg")
        name = _EN_TITLE.sub("", speaker)
        return _EN_ROLE.sub("", name) if name == speaker else name
    words = speaker.split()
    caps = [i for i, w in enumerate(words) if w[:1].isupper()]
    if caps and caps[0] > 0 and len(words) - caps[0] >= 2 and all(
            w[:1].isupper() for w in words[caps[0]:]):
        # "уполномоченного по правам человека Татьяны Москальковой": the name, not the title
        words = words[caps[0]:]
    return _name_only(words, lex.lang) or " ".join(words)


def _name_only(words: list[str], lang: str) -> str | None:
    """"Президент Украины Владимир Зеленский", "МИД Сергей Лавров": the person's name that
    ends a voice, without the capitalised title, body or country before it."""
    if len(words) < 3 or not all(w[:1].isupper() for w in words[-2:]):
        return None
    # (the surname last, however it reads: "Зеленський" is an adjective; before it a first
    # name, or a first name and a patronymic: "Татьяна Николаевна Москалькова")
    start = len(words) - 2
    if start >= 1 and _reads_as(words[start], lang, "Patr") and _reads_as(
            words[start - 1], lang, "Name"):
        start -= 1
    elif not _reads_as(words[start], lang, "Name"):
        return None
    return " ".join(words[start:]) if start > 0 else None


@lru_cache(maxsize=4096)
def _reads_as(word: str, lang: str, kind: str) -> bool:
    """Whether a capitalised word reads as a first name (``Name``; in Ukrainian also a
    person's noun that is no title: the dictionary has "Володимир" as a city) or a
    patronymic (``Patr``)."""
    parses = analyzer(lang).parse(word.lower())
    if any(kind in p.tag for p in parses):
        return True
    return kind == "Name" and lang == "uk" and word.lower() not in _TITLES and any(
        p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in parses)


_TITLES = frozenset(("президент", "прем'єр", "прем’єр", "міністр", "голова", "уповноважений",
                     "омбудсман", "омбудсмен", "губернатор", "посол", "речник", "спікер",
                     "керівник", "очільник", "секретар", "генерал", "полковник", "депутат",
                     "радник", "заступник", "мер", "командувач", "представник"))


def nominative_name(speaker: str, lex: Lexicon) -> str:
    """A Ukrainian or Russian voice in the nominative, without a title before the name."""
    if ", citing" in speaker:
        return speaker
    speaker = without_title(speaker, lex)
    if lex.lang == "en":
        return speaker
    return nominative(speaker, lex.lang)
