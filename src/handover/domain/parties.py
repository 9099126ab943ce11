"""Parties to an exchange and the names they go by."""

from __future__ import annotations

from dataclasses import dataclass, field

from handover.domain.vocabulary import PartyKind

__all__ = ["Alias", "Party"]


@dataclass(frozen=True)
class Alias:
    """One way of naming a party in text: a name, a capital, an adjective, an inflected form."""

    text: str
    lang: str
    case_sensitive: bool = False


@dataclass(frozen=True)
class Party:
    """A side or an intermediary, known by its canonical English short name."""

    name: str
    kind: PartyKind
    aliases: tuple[Alias, ...] = field(default=())

    def alias_texts(self, lang: str | None = None) -> list[str]:
        """The alias strings, optionally only those of one language."""
        return [a.text for a in self.aliases if lang is None or a.lang == lang]
