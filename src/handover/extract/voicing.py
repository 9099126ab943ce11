"""Whose voice a sentence's claims are in, carried from sentence to sentence.

A sentence names its speaker ("X said"), continues the last one ("he added", "the same
source", "Взамен ..."), or is named by the next ("The announcement, reported by Interfax,
..."). Sentences without attribution are the report's own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handover.domain import source_for_speaker
from handover.extract.context import Dated, Sentence
from handover.extract.interview import BYLINE, read_interview
from handover.extract.letters import letters
from handover.extract.morph import personal_name
from handover.extract.owners import coreferent
from handover.extract.patterns import Lexicon, lexicon
from handover.extract.patterns.words import Words
from handover.extract.posts import posts
from handover.extract.speakers import Attribution
from handover.extract.statements import reproduced
from handover.extract.threads import threads
from handover.extract.turns import turns
from handover.extract.voicenames import known_voice, nominative_name, voice_noun

__all__ = ["Voice", "Voices"]

# A sentence that goes on from the one before ("In return, ...", "Взамен ...", "Кроме того").
_GOES_ON = re.compile(r"\W*(?:in return|in exchange|взамен|натомість|в обмін|в обмен|"
                      r"у відповідь|в ответ|in addition|besides|moreover|additionally|also|"
                      r"крім того|окрім того|також|кроме того|помимо этого|также)\b", re.IGNORECASE)


_REACH = 12  # sentences back in which a generic voice ("the ministry") is looked for by name


@dataclass(frozen=True)
class Voice:
    """Who asserts a sentence's claims, and the date they said it (if the text gives one)."""

    speaker: str | None = None
    said: Dated | None = None
    ours: str | None = None  # the side "our" means, when not the speaker's (an interviewee's)


class Voices:
    """The voice of each sentence with claims, read in document order."""

    def __init__(self, items: list[Sentence], publisher: str | None = None) -> None:
        self.items = items
        self.voices: dict[int, Voice] = {}
        self.named: dict[tuple[int, str], str] = {}  # (sentence, speaker): the voice meant
        self.document = _document_voice(items, publisher)
        self.notes = next((i.index for i in items if _NOTE.match(i.text)), len(items))
        self.interview = read_interview(items)
        self.turns = (turns(items) or threads(items) or posts(items) or reproduced(items)
                      or letters(items))

    def _default(self, index: int) -> Voice:
        """The voice of a sentence that names none: the speaker of its turn in a transcript,
        the author of its post in a thread or of the statement a report reproduces, the body
        that issues the statement (up to an editor's note), else the report's own (none)."""
        if index in self.turns:
            return Voice(self.turns[index])
        return Voice(self.document if index < self.notes else None)

    def of(self, item: Sentence) -> Voice:
        """The voice of ``item`` (a sentence with claims), remembered for those after it."""
        known = self.voices.get(item.index)
        if known is not None:
            return known
        voice = self._own(item)
        if voice.speaker is None:
            voice = self._ahead(item) or voice
        interview = self.interview
        if interview is not None:  # an answer: the interviewee's words
            voice = Voice(interview.speaker(item.index, voice.speaker), voice.said,
                          interview.side if item.index in interview.answers else None)
        self.voices[item.index] = voice
        return voice

    def at(self, item: Sentence, at: int, figures: list[int]) -> Voice:
        """The voice of the figure at offset ``at`` of a sentence of several voices: the last
        attribution before it that introduces what follows ("Zelensky said 189 ...", "Київ
        повідомив про повернення 189 людей"), else the first after it that closes what came
        before ("..., the ministry said"), else the sentence's. ``figures`` are where the
        figures of the sentence stand (offsets into it)."""
        voice = self.of(item)
        found = item.attributions
        if not found:
            return voice
        leading = [a for a in found if a.end <= at and _leads(item, a, figures)]
        # (not one inside a relative clause after the figure: "..., серед яких, за даними
        # російської сторони, є військовослужбовці, повідомив штаб")
        chosen = leading[-1] if leading else next(
            (a for a in found if a.start >= at and not _leads(item, a, figures)
             and not _RELATIVE.search(item.text, at, a.start)), None)
        if chosen is None:
            sentence = item.attribution
            # "Ще 1 200 тіл повернуто, Росія каже, що ...": a voice that opens what follows
            # it does not say what came before it
            ahead = (sentence is not None and sentence.start >= at
                     and _leads(item, sentence, figures))
            return self._default(item.index) if ahead and not voice.said else voice
        if chosen.speaker is None or chosen.speaker == (item.attribution.speaker
                                                        if item.attribution else None):
            return voice
        return Voice(self._named(item.index, chosen.speaker), _said_by(item, chosen) or voice.said,
                     voice.ours)

    def _named(self, index: int, speaker: str) -> str:
        """A voice as an earlier one names it ("the headquarters" for the Coordination
        Headquarters named before)."""
        words = speaker.split()
        if len(words) > 3 or any(w[:1].isupper() for w in words):
            return speaker  # a name of its own, not "the ministry"
        key = (index, speaker)
        if key not in self.named:
            self.named[key] = self._named_before(index, speaker) or coreferent(
                speaker, self.last(index).speaker)
        return self.named[key]

    def _own(self, item: Sentence) -> Voice:
        said = next((d for d in item.dates if d.statement), None)
        attribution = item.attribution
        if attribution is None and _GOES_ON.match(item.text) and item.index not in self.turns:
            return self.last(item.index, True)  # "Взамен переданы ...": the same report
        if attribution is None and self._quote_goes_on(item):
            return self.last(item.index)  # '"..." X said. "Twenty people flew ..."': X's
        if attribution is None:
            return self._default(item.index)
        if attribution.continuation or attribution.speaker is None:
            outlet = self._outlet_before(item)
            if outlet is not None:
                return Voice(outlet, said)
            last = self.last(item.index)
            return Voice(last.speaker, said or last.said)
        return Voice(self._named(item.index, attribution.speaker), said)

    def _outlet_before(self, item: Sentence) -> str | None:
        """"«Северная газета» сосредоточилась на субботе. По её данным, ...": the outlet that
        opens the sentence before, in its paragraph, is what "its" goes back to."""
        before = self._before_in_paragraph(item)
        opening = _OUTLET_OPENS.match(before.text) if before is not None else None
        return opening.group(1) if opening is not None else None

    def _quote_goes_on(self, item: Sentence) -> bool:
        """Whether a sentence wholly in quotes goes on with the quote the sentence before
        it, in its paragraph, gave with its speaker."""
        before = self._before_in_paragraph(item)
        return (before is not None and _WHOLLY_QUOTED.fullmatch(item.text) is not None
                and before.attribution is not None and before.attribution.speaker is not None
                and _QUOTE_OPENS.match(before.text) is not None)

    def _before_in_paragraph(self, item: Sentence) -> Sentence | None:
        """The sentence before ``item`` when both stand in one paragraph."""
        return None if item.opens_line or item.index < 1 else self.items[item.index - 1]

    def _named_before(self, index: int, speaker: str) -> str | None:
        """"the headquarters said" after "Ukraine's Coordination Headquarters said", with
        other voices between: the earlier voice whose name holds the word."""
        words = speaker.split()
        if len(words) > 3 or any(w[:1].isupper() for w in words):
            return None
        stem = words[-1].casefold()[:5]
        # before first, nearest first; then after (a live page runs backwards in time)
        nearby = [*reversed(self.items[max(0, index - _REACH):index]),
                  *self.items[index + 1:index + 1 + _REACH]]
        for other in nearby:
            said = other.attribution.speaker if other.attribution else None
            if said is not None and said != speaker and stem in said.casefold():
                return said
        return None

    def last(self, index: int, going_on: bool = False) -> Voice:
        """The voice of the nearest earlier sentence that names one (or continues one); for
        a sentence that goes on from the one before (``going_on``), the voice of the last
        sentence with claims, even the report's own."""
        for earlier in reversed(self.items[:index]):
            if earlier.index in self.voices:
                if going_on or self.voices[earlier.index].speaker is not None:
                    return self.voices[earlier.index]
                continue
            attribution = earlier.attribution
            if attribution is not None and attribution.speaker is not None:
                said = next((d for d in earlier.dates if d.statement), None)
                return Voice(attribution.speaker, said)
        return Voice()

    def _ahead(self, item: Sentence) -> Voice | None:
        """"... 1,200 bodies. The announcement, reported by Interfax, ...": the next names it."""
        following = self.items[item.index + 1] if item.index + 1 < len(self.items) else None
        if following is None or following.attribution is None:
            return None
        attribution = following.attribution
        if attribution.backref and attribution.speaker is not None:
            said = next((d for d in following.dates if d.statement), None)
            return Voice(attribution.speaker, said)
        return None


# a sentence wholly in quotes, and one that opens with a quote
_WHOLLY_QUOTED = re.compile(r"\s*[\"“«][^\"“”«»]+[\"”»]\s*")
_QUOTE_OPENS = re.compile(r"\s*[\"“«]")
# An editor's note: what follows is the outlet's, not the issuing body's.
_NOTE = re.compile(r"\W*(?:editor['’]s note|note to editors|примітка редакції|від редакції|"
                   r"примечание редакции|от редакции|прим\. ред)", re.IGNORECASE)



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
_OUTLET_OPENS = re.compile(r"\s*(«[^«»]{2,60}»)\s+[^\W\d_]")
# the first person plural of a body speaking for itself ("We continue", "Ми вдячні")
_WE = Words(r"(?:we|our|us|ми|наш\w*|нас|нам|нами|мы)")


def _document_voice(items: list[Sentence], publisher: str | None) -> str | None:
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
    as the first line over the name of their channel or page, whose post the document is."""
    if len(items) < 3 or not _CHANNEL.search(items[1].text):
        return None
    words = items[0].text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return items[0].text.strip() if personal_name(words[:2], items[0].lang) else None


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
                and _THAT.match(item.text, attribution.end)  # (not a headline's "X announces")
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
_THAT = re.compile(r"\s*[,:]?\s*(?:that(?!\s+(?:day|time|week|morning|evening|night)\b)|що|что|"
                   r"як|как|о|об|про|about|of)\b|\s*:", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*(?:[\w'’]+\s+)?(?:which|who|whom|яких|які|який|якого|которых|"
                       r"которые|который|которого)\b", re.IGNORECASE)


def _leads(item: Sentence, attribution: Attribution, figures: list[int]) -> bool:
    """Whether an attribution introduces what follows it: "X said that ...", "X counted 207
    ..." (a figure of the sentence after it, in its clause), not "..., X said."."""
    if _THAT.match(item.text, attribution.end):
        return True
    clause_end = next((b - item.start for a, b in item.clauses
                       if a - item.start <= attribution.start < b - item.start), len(item.text))
    return any(attribution.end <= f < clause_end for f in figures)


def _said_by(item: Sentence, attribution: Attribution) -> Dated | None:
    """The day one voice of a sentence spoke: a date of saying at its verb ("..., and
    Zelensky said on 21 June that ...")."""
    return next((d for d in item.dates if d.statement
                 and attribution.start <= d.mention.start - item.start <= attribution.end + 4),
                None)
