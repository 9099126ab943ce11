"""Whose voice a sentence's claims are in, carried from sentence to sentence.

A sentence names its speaker ("X said"), continues the last one ("he added", "the same
source", "Взамен ..."), or is named by the next ("The announcement, reported by Interfax,
..."). Sentences without attribution are the report's own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handover.extract.context import Dated, Sentence
from handover.extract.owners import coreferent

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


class Voices:
    """The voice of each sentence with claims, read in document order."""

    def __init__(self, items: list[Sentence]) -> None:
        self.items = items
        self.voices: dict[int, Voice] = {}

    def of(self, item: Sentence) -> Voice:
        """The voice of ``item`` (a sentence with claims), remembered for those after it."""
        voice = self._own(item)
        if voice.speaker is None:
            voice = self._ahead(item) or voice
        self.voices[item.index] = voice
        return voice

    def _own(self, item: Sentence) -> Voice:
        said = next((d for d in item.dates if d.statement), None)
        attribution = item.attribution
        if attribution is None and _GOES_ON.match(item.text):
            return self.last(item.index)  # "Взамен переданы ...": the same report goes on
        if attribution is None:
            return Voice()
        last = self.last(item.index)
        if attribution.continuation or attribution.speaker is None:
            return Voice(last.speaker, said or last.said)
        named = self._named_before(item.index, attribution.speaker)
        return Voice(named or coreferent(attribution.speaker, last.speaker), said)

    def _named_before(self, index: int, speaker: str) -> str | None:
        """"the headquarters said" after "Ukraine's Coordination Headquarters said", with
        other voices between: the earlier voice whose name holds the word."""
        words = speaker.split()
        if len(words) > 3 or any(w[:1].isupper() for w in words):
            return None
        stem = words[-1].casefold()[:5]
        for earlier in reversed(self.items[max(0, index - _REACH):index]):
            said = earlier.attribution.speaker if earlier.attribution else None
            if said is not None and said != speaker and stem in said.casefold():
                return said
        return None

    def last(self, index: int) -> Voice:
        """The voice of the nearest earlier sentence that names one (or continues one)."""
        for earlier in reversed(self.items[:index]):
            if earlier.index in self.voices:
                if self.voices[earlier.index].speaker is not None:
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
