"""Whose voice a sentence's claims are in, carried from sentence to sentence.

A sentence names its speaker ("X said"), continues the last one ("he added", "the same
source", "Взамен ..."), or is named by the next ("The announcement, reported by Interfax,
..."). Sentences without attribution are the report's own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handover.extract.context import Dated, Sentence
from handover.extract.documentvoice import OUTLET_OPENS, THAT, document_voice
from handover.extract.interview import read_interview
from handover.extract.letters import letters
from handover.extract.owners import coreferent
from handover.extract.posts import posts
from handover.extract.speakers import Attribution
from handover.extract.statements import reproduced
from handover.extract.threads import threads
from handover.extract.turns import turns

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
        self.document = document_voice(items, publisher)
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
        opening = OUTLET_OPENS.match(before.text) if before is not None else None
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



_RELATIVE = re.compile(r",\s*(?:[\w'’]+\s+)?(?:which|who|whom|яких|які|який|якого|которых|"
                       r"которые|который|которого)\b", re.IGNORECASE)


def _leads(item: Sentence, attribution: Attribution, figures: list[int]) -> bool:
    """Whether an attribution introduces what follows it: "X said that ...", "X counted 207
    ..." (a figure of the sentence after it, in its clause), not "..., X said."."""
    if THAT.match(item.text, attribution.end):
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
