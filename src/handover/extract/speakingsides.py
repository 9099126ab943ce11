"""Sides named as the ones who speak, not the ones who act: "Russia has spoken of 6,000" (the
side itself), "the Ukrainian authorities reported that 189 had returned" (a body it names).
"""

from __future__ import annotations

import re

from handover.extract.actors import PartyMention
from handover.extract.patterns import Lexicon
from handover.extract.scene import Scene

__all__ = ["body_speaks", "speaks"]


def speaks(scene: Scene, mention: PartyMention, lex: Lexicon) -> bool:
    """Whether a side is the subject of a verb of speech right after it ("Russia has
    spoken of 6,000")."""
    if mention.role != "subject":
        return False
    speech = lex.rx("speech").search(scene.text, mention.end, mention.end + 24)
    return speech is not None and bool(_AUXILIARIES.fullmatch(
        scene.text[mention.end:speech.start()]))


def body_speaks(scene: Scene, mention: PartyMention, lex: Lexicon) -> bool:
    """Whether a side names a body that speaks right after it ("the Ukrainian authorities
    reported", "Russian media said"): the body's voice, not the doer of the act."""
    speech = lex.rx("speech").search(scene.text, mention.end, mention.end + 40)
    if mention.role != "subject" or speech is None:
        return False
    gap = scene.text[mention.end:speech.start()]
    return (0 < len(gap.split()) <= _BODY_WORDS and not _BODY_STOP.search(gap)
            and not _AUXILIARIES.fullmatch(gap) and not lex.rx("verbs").search(gap))


_BODY_WORDS = 3
_BODY_STOP = re.compile(r"[\d,;:.()]")


_AUXILIARIES = re.compile(r"\s*(?:(?:has|have|had|also|again|already|тоже|також|уже|вже)\s+)*",
                          re.IGNORECASE)
