"""Sources: the voices through which figures reach the world."""

from __future__ import annotations

from dataclasses import dataclass

from handover.domain.vocabulary import SourceKind

__all__ = ["Source"]


@dataclass(frozen=True)
class Source:
    """A voice (outlet, official, official body, unnamed source) and whom it speaks for.

    ``affiliation`` is a party's canonical name, or None for a neutral voice.
    ``relayed_by`` names the outlet that relays an unnamed source, when one does.
    """

    name: str
    kind: SourceKind
    affiliation: str | None = None
    relayed_by: str | None = None
    id: int | None = None
