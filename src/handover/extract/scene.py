"""What a clause says around a figure, as far as direction goes, and the direction found.

>>> Direction("Russia", "Ukraine").giver
'Russia'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from handover.extract.actors import PartyMention
from handover.extract.wars import War

__all__ = ["Direction", "Scene"]


@dataclass(frozen=True)
class Direction:
    """One direction of a handover, and whether the text's direction contradicts its people."""

    giver: str | None
    receiver: str | None
    conflict: bool = False
    ambiguous: bool = False  # "the sides exchanged 84 prisoners": per side or in all?
    in_all: bool = False  # both ways counted in one ("300 freed on both sides"): no way to take


@dataclass(frozen=True)
class Scene:
    """What a clause says around one figure, as far as direction is concerned."""

    text: str
    number_at: int
    parties: Sequence[PartyMention]
    owner: str | None
    opponents: Sequence[str]
    voice_side: str | None = None  # the side the speaker speaks for ("our people came home")
    lead: str | None = None  # the subject of the sentence's first clause, for clauses without
    verb_hint: str | None = None  # the act of the clause before, for one that shares its verb
    war: War | None = None  # the war of the report, whose sides are counterparts
    previous: Direction | None = None  # the direction of the last claim of the same people
    answered: Direction | None = None  # of the last claim, for a clause "in return"
    speaker_at: tuple[int, int] | None = None  # where the voice is named ("Kyiv says ...")
