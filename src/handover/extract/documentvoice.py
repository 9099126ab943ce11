"""Whose voice a whole document is in, its headline included: a body named on its first or
second line (not an outlet's masthead), a statement's heading naming a person, a release
signed at its foot by a body or its press service, the body whose own site the page is, a
body announcing itself in its opening sentence, or a person's name over their channel. A
newsletter sent by mail speaks in no voice of its own.
"""

from __future__ import annotations

import re

from handover.domain import source_for_speaker
from handover.extract.context import Sentence
from handover.extract.interview import BYLINE
from handover.extract.morph import personal_name
from handover.extract.patterns import Lexicon, lexicon
from handover.extract.patterns.words import Words
from handover.extract.voicenames import known_voice, nominative_name, voice_noun

__all__ = ["OUTLET_OPENS", "THAT", "document_voice"]


# "Statement of the ... Headquarters, 24 May", "Заява Координаційного штабу": the statement's
# own heading, a document word before the body's name and a date after it
_HEADING = re.compile(r"^(?:.{0,80}\s[-–—]\s+)?(?:(?:joint\s+)?(?:statement|"
                      r"(?:press|news)\s+release|"
                      r"communiqu[eé]|message)\s+"
                      r"(?:of|by|from)\s+|(?:спільна\s+|совместное\s+)?(?:заява|заявление|"
                      r"повідомлення|сообщение|звернення|обращение)\s+)", re.IGNORECASE)
_OUTLET = re.compile(r"(?<!\w)(?:agency|news|wire|media|post|times|herald|gazette|агентств\w*|"
                     r"агенці\w*|агенци\w*|новин\w*|новост\w*|медіа|медиа|вісник\w*|вестник\w*|"
                     r"(?:інформаційн|информационн|справочн|довідков|русск|українськ|украинск)\w*"
                     r"\s+служб\w*|reference service|"
                     r"(?:russian|ukrainian)\s+service|radio|радіо|радио|телеканал\w*|tv)(?!\w)",
                     re.IGNORECASE)
_DATED_TAIL = re.compile(r",\s*[^,]*\d[^,]*$")
# an outlet's name in guillemets that opens a sentence as its subject
OUTLET_OPENS = re.compile(r"\s*(«[^«»]{2,60}»)\s+[^\W\d_]")
# the first person plural of a body speaking for itself ("We continue", "Ми вдячні")
_WE = Words(r"(?:we|our|us|ми|наш\w*|нас|нам|нами|мы)")


def document_voice(items: list[Sentence], publisher: str | None) -> str | None:
    """The body a whole document is issued by, if it is one (its headline included): named
    on its first or second line (not an outlet's masthead), signed at its foot, the body
    whose own site the page is, or announcing itself in its opening sentence."""
    if items and _MAIL_FROM.match(items[0].text):
        return None  # "От: Комитет «Матери Поволжья» <...>": a newsletter's own voice is none
    named = _person_heading(items) or next(
        (name for index in (0, 1) if index + 1 < len(items) and (name := _issuer(items, index))),
        None)
    if named is not None:
        return named
    signed = _signatory(items)
    if signed is not None:
        return signed
    if publisher is not None and _a_body(publisher):
        return publisher
    return _announcer(items) or _poster(items)


def _poster(items: list[Sentence]) -> str | None:
    """"Александр Хинштейн / Telegram-канал губернатора Курской области": a person's name
    as the first line over the name of their channel or page, or over their office and the
    post's time ("Оксана Рибак / Народна депутатка України / 25 серпня о 09:12"), whose post
    the document is."""
    if len(items) < 3 or not (_CHANNEL.search(items[1].text) or (
            _OFFICE.search(items[1].text) and _POSTED_AT.search(items[2].text))):
        return None
    words = items[0].text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return items[0].text.strip() if personal_name(words[:2], items[0].lang) else None


# an office held, on the line under a poster's name
_OFFICE = re.compile(r"(?<!\w)(?:депутат\w*|міністр\w*|министр\w*|уповноважен\w*|уполномоченн\w*|"
                     r"омбудсм\w*|губернатор\w*|посол\w*|речни\w*|прес-секретар\w*|"
                     r"пресс-секретар\w*|member of parliament|mp|minister|ombudsman|governor|"
                     r"mayor|spokes(?:person|man|woman)|ambassador)(?!\w)", re.IGNORECASE)
_POSTED_AT = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")  # a post's time stamp
_CHANNEL = re.compile(r"(?<!\w)(?:telegram|телеграм|facebook|фейсбук|vk|вконтакте|twitter|"
                      r"instagram|канал\w*|сторінк\w*|страниц\w*|page|channel)", re.IGNORECASE)


def _signatory(items: list[Sentence]) -> str | None:
    """A statement signed on its last line by a body ("...\n\nКоординаційний штаб з питань
    поводження з військовополоненими") that speaks of itself as "we": issued by that body."""
    if len(items) < 3:
        return None
    line = items[-1].text.strip()
    press = _PRESS_SERVICE.fullmatch(line)
    if press is not None:
        # ("Пресс-служба Министерства обороны Российской Федерации": the body's own release)
        body = nominative_name(press.group(1), lexicon(items[0].lang))
        return body if voice_noun(body) else None
    if not any(_WE.search(item.text) for item in items[:-1]):
        return None
    if line.endswith((".", "!", "?", "…")) or (items[0].lang == "en" and any(
            len(word) > 3 and word.islower() for word in line.split())):
        return None  # a sentence, not a name ("Thousands remain in captivity.")
    name = _issuer(items, len(items) - 1)
    return name if name is not None and voice_noun(name) else None


# a release signed by a body's press office
_PRESS_SERVICE = re.compile(r"(?:Пресс-служба|Прес-служба|Пресс-центр|Прес-центр|"
                            r"Press (?:service|office) of(?: the)?)\s+([^.!?]{3,100})")


def _announcer(items: list[Sentence]) -> str | None:
    """"The Ministry of Foreign Affairs of the State of Qatar announces that ...": a release
    that opens with a body speaking of itself in the present is that body's throughout."""
    for item in items[:3]:
        attribution = item.attribution
        if (attribution is not None and attribution.speaker and attribution.verb
                and _ANNOUNCES.fullmatch(item.text[attribution.start:attribution.end])
                and THAT.match(item.text, attribution.end)  # (not a headline's "X announces")
                and item.text.lstrip(" \"“«").startswith(
                    (attribution.speaker, f"The {attribution.speaker}"))
                and _a_body(attribution.speaker)):
            return attribution.speaker
    return None


# a body's verbs of speech in the present, as a release opens
_ANNOUNCES = re.compile(r"announces|informs|reports|declares|повідомляє|інформує|оголошує|"
                        r"сообщает|информирует|объявляет", re.IGNORECASE)


def _a_body(name: str) -> bool:
    """Whether a site's name is a body that speaks (a ministry, a headquarters), not an outlet
    or a section ("Press releases")."""
    return not _OUTLET.search(name) and (
        source_for_speaker(name).kind.value == "official_body" or voice_noun(name))


def _person_heading(items: list[Sentence]) -> str | None:
    """"Заявление Татьяны Николаевны Москальковой о возвращении ...": a statement's heading
    over the document, near its top, that names the person whose statement it is."""
    for item in items[:_TOP_LINES]:
        heading = _HEADING.match(item.text.strip(" *_"))
        if heading is None:
            continue
        name = _TOPIC.split(item.text.strip(" *_")[heading.end():], maxsplit=1)[0].strip()
        words = name.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and personal_name(
                words[-2:], item.lang):
            return nominative_name(name, lexicon(item.lang))
    return None


_TOP_LINES = 4
_TOPIC = re.compile(r"\s(?:о|об|про|щодо|по поводу|в связи с|у зв['’]язку з|on|about|regarding|"
                    r"concerning)\s", re.IGNORECASE)


def _issuer(items: list[Sentence], index: int) -> str | None:
    """"Coordination Headquarters for the Treatment of Prisoners of War" as a line of its own
    at ``index`` (or a heading "Statement of ..., 24 May", or one part of a masthead
    "Operational update no. 3 - International Committee of the Red Cross"): a statement
    issued by that body, whose voice it is (SPEC: the report's own voice is that body's)."""
    lex = lexicon(items[0].lang)
    parts = [_headed(part.strip(" *_"), lex)
             for part in _MASTHEAD_PARTS.split(items[index].text.strip())]
    if BYLINE.match(parts[0]) or any(lex.rx("verbs").search(part) or _OUTLET.search(part)
                                     for part in parts):
        return None  # "By Gareth Pryce, Keystone Wire Service": who wrote it, not who says
    return next((part for part in parts if _body_named(part, lex)), None)


_MAIL_FROM = re.compile(r"\s*(?:from|от|від|відправник|отправитель)\s*:", re.IGNORECASE)
# the parts of a masthead: "Name | Title", "Title · Body (ACRONYM)", "Title - Body"
_MASTHEAD_PARTS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")


def _body_named(name: str, lex: Lexicon) -> bool:
    """Whether a line (or a part of one) is a body's name and nothing else."""
    words = _ACRONYM.sub("", name).split()
    if not words or len(words) > 12 or re.search(r"[\d:!?]", name) or not name[:1].isupper():
        return False
    if lex.rx("speech").search(name) or _RECORD.search(name):
        return False
    return known_voice(name) or voice_noun(name)


_ACRONYM = re.compile(r"\s*\([A-ZА-ЯІЇЄҐ]{2,8}\)$")


# a record's title ("ВИТЯГ ЗІ СТЕНОГРАМИ ЗАСІДАННЯ КОМІТЕТУ", "BRIEFING BY ..."): no issuer
_RECORD = re.compile(r"(?<!\w)(?:стенограм\w*|витяг\w*|выписк\w*|протокол\w*|брифинг\w*|"
                     r"брифінг\w*|интервью|інтерв['’]ю|transcript\w*|briefing\w*|minutes|"
                     r"interview\w*|excerpt\w*)", re.IGNORECASE)


def _headed(line: str, lex: Lexicon) -> str:
    """The body's name in a statement's heading ("Statement of the Coordination Headquarters
    ..., 24 May"; "Заява Координаційного штабу ..."), or the line as it is."""
    heading = _HEADING.match(line)
    if heading is None:
        return line
    name = _DATED_TAIL.sub("", line[heading.end():]).strip()
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    name = nominative_name(name, lex) if name else name
    return name[:1].upper() + name[1:]


# what opens the words a voice introduces (not "said that day": a day, no clause)
THAT = re.compile(r"\s*[,:]?\s*(?:that(?!\s+(?:day|time|week|morning|evening|night)\b)|що|что|"
                   r"як|как|о|об|про|about|of)\b|\s*:", re.IGNORECASE)
