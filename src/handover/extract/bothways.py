"""Figures that go both ways at once: "each side released 150", "the sides exchanged 84",
"Russia and Ukraine swapped 300 prisoners", and the two sides a formula ("146 for 146")
binds.
"""

from __future__ import annotations

import re

from handover.extract.eachway import each_way
from handover.extract.patterns import Lexicon
from handover.extract.scene import Scene
from handover.extract.wars import HOME_BY_LANGUAGE, counterpart

__all__ = ["both_ways", "formula_pair"]


def both_ways(scene: Scene, lex: Lexicon, verb: tuple[str, int] | None) -> list[str] | None:
    """The two sides when the clause has both hand over the figure ("each side released")."""
    sides = [m.party for m in scene.parties if m.side and m.role in ("subject", "between")]
    distinct = list(dict.fromkeys(sides))
    each = each_way(scene, lex)
    if each and len(distinct) < 2:
        # ("each side": the war's two, not an ally the report names as a place, "from Belarus")
        others = [side for side in scene.opponents
                  if scene.war is None or side in scene.war.sides]
        distinct = _with_counterpart(list(dict.fromkeys([*distinct, *others])), lex)
    exchange = verb is not None and verb[0] == "exchange"
    mutual = exchange and bool(_MUTUAL.search(scene.text))
    if mutual and len(distinct) < 2:
        distinct = _with_counterpart(list(dict.fromkeys([*distinct, *scene.opponents])), lex)
    if scene.owner is not None and not each:
        return None  # "an exchange between Russia and Ukraine of 150 Ukrainian prisoners"
    if len(distinct) >= 2 and (each or mutual or (exchange and len(sides) >= 2)):
        return distinct[:2]
    return None


def _with_counterpart(sides: list[str], lex: Lexicon) -> list[str]:
    """Two sides from one (its counterpart) or none (the report language's side and its)."""
    if not sides and lex.lang in HOME_BY_LANGUAGE:
        sides = [HOME_BY_LANGUAGE[lex.lang]]
    other = counterpart(sides[0]) if len(sides) == 1 else None
    if other is not None:
        sides = [sides[0], other]
    return sides


def formula_pair(scene: Scene, lex: Lexicon) -> list[str]:
    """The two sides a formula binds: named in the clause, else the report's, else by default."""
    sides = [m.party for m in scene.parties if m.side and m.role != "in"]
    named = list(dict.fromkeys([*sides, *scene.opponents]))
    if scene.war is not None and len(set(named) & set(scene.war.sides)) == 2:
        # (a place the people went on to is no side: "the Russians went to Belarus")
        named = [side for side in named if side in scene.war.sides]
    return _with_counterpart(named, lex)[:2]


# "The sides exchanged", "сторони обмінялися": an exchange both ways with no side named.
_MUTUAL = re.compile(r"(?<!\w)(?:the (?:two )?sides|both sides|each other|сторони|стороны|"
                     r"обидві сторони|обе стороны|обмінялися|обмінялись|обменялись|обменялися)"
                     r"(?!\w)", re.IGNORECASE)
