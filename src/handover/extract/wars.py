"""The wars handover knows: their two sides, the states fighting beside one side, who takes
hostages, whether the captives the sides exchange are prisoners of war, and where the dead
of a report that names no side for them went.

A report that names one side only is read against its war: the other side is the
counterpart ("the bodies of 909 fallen defenders were returned to Ukraine": by Russia). A
state that brokers elsewhere is a side in the war it fights: Saudi Arabia releases and
receives detainees in Yemen, while in a Russia-Ukraine report it only hosts talks.

>>> war_of(["Houthis"]).allies
(('Saudi Arabia', 'Yemen'),)
>>> counterpart("Saudi Arabia", war_of(["Yemen"]))
'Houthis'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from handover.domain.vocabulary import Category

__all__ = ["WARS", "War", "counterpart", "held_in", "war_of"]


@dataclass(frozen=True)
class War:
    """Two sides; their allies (a state and the side it fights with); hostage takers; and
    whether the captives the sides exchange are prisoners of war (between states) or
    detainees."""

    sides: tuple[str, str]
    prisoners_of_war: bool
    hostage_takers: tuple[str, ...] = ()
    allies: tuple[tuple[str, str], ...] = ()
    government: str | None = None  # the side "the government" means in this war
    # the side the dead are returned to when a report names no side for them: in the Russia-
    # Ukraine war Russia has handed over thousands of bodies for every few dozen it received
    # (6,057 against 78 in June 2025), so "14 лютого — 757" with no side went to Ukraine
    dead_returned_to: str | None = None

    def parties(self) -> frozenset[str]:
        """The sides and their allies."""
        return frozenset((*self.sides, *(ally for ally, _ in self.allies)))

    def camp(self, party: str) -> str | None:
        """The side a party fights for (itself, for a side)."""
        if party in self.sides:
            return party
        return next((side for ally, side in self.allies if ally == party), None)


WARS = (
    War(("Russia", "Ukraine"), prisoners_of_war=True, allies=(("Belarus", "Russia"),),
        dead_returned_to="Ukraine"),
    War(("Armenia", "Azerbaijan"), prisoners_of_war=True),
    War(("Israel", "Hamas"), prisoners_of_war=False,
        hostage_takers=("Hamas", "Palestinian Islamic Jihad"),
        allies=(("Palestinian Islamic Jihad", "Hamas"),)),
    War(("Yemen", "Houthis"), prisoners_of_war=False, allies=(("Saudi Arabia", "Yemen"),),
        government="Yemen"),
)
# Whose "home" a report means when it names no one: the side its language is written for.
HOME_BY_LANGUAGE = {"uk": "Ukraine", "ru": "Russia"}


def war_of(parties: Iterable[str]) -> War | None:
    """The war of the first party (most named first) that is a side of a known war."""
    for party in parties:
        for war in WARS:
            if party in war.sides:
                return war
    return None


def held_in(category: Category, war: War | None) -> Category:
    """Prisoners in a war without prisoners of war (hostages for prisoners) are detainees."""
    if category == Category.POW and war is not None and not war.prisoners_of_war:
        return Category.DETAINEE
    return category


def counterpart(party: str, war: War | None = None) -> str | None:
    """The other side: in the given war, else in the war the party is a side of."""
    for candidate in ([war] if war is not None else []) + [w for w in WARS if party in w.sides]:
        camp = candidate.camp(party)
        if camp is not None:
            first, second = candidate.sides
            return second if camp == first else first
    return None
