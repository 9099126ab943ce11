"""Ways a text gives by reference rather than by naming both sides: "back" and "the other
way" (against the handover told before), "us" and "them" (the voice's side and the other),
and the way a war returns its dead when a report names no side for them.
"""

from __future__ import annotations

import re

from handover.extract.patterns import Lexicon
from handover.extract.scene import Direction, Scene
from handover.extract.wars import HOME_BY_LANGUAGE, counterpart

__all__ = ["BACK", "OTHER_WAY", "clause_way", "pronoun_receiver", "record_way", "repatriated"]

# "back", "in return": a figure after another that goes the other way ("... 1200 тел, обратно
# не вернулось ни одного")
BACK = re.compile(r"(?<!\w)(?:обратно|назад|навзаєм|взамен|натомість|у відповідь|в ответ|"
                  r"in return)(?!\w)", re.IGNORECASE)
# the other way from the handover told before ("31 тело отправлено в обратную сторону")
OTHER_WAY = re.compile(r"(?<!\w)(?:в обратную сторону|в обратном направлении|у зворотному "
                       r"напрямку|у зворотний бік|в інший бік|the other way|in the opposite "
                       r"direction|in the other direction)(?!\w)", re.IGNORECASE)


def repatriated(scene: Scene) -> list[Direction] | None:
    """The dead of a report that names no side for them anywhere near ("## Загиблі ... 14
    лютого — 757"): returned the way the dead of its war are returned (see wars.py)."""
    home = scene.war.dead_returned_to if scene.war is not None else None
    other = counterpart(home, scene.war) if home is not None else None
    return [Direction(other, home)] if home is not None and other is not None else None


def pronoun_receiver(scene: Scene, lex: Lexicon, verb: tuple[str, int] | None) -> str | None:
    """"И тела: нам отдали 45, им — 212", "they gave us 45": "us" receives for the voice's
    side (the report's, by its language, when no voice speaks), "them" for the other, in a
    clause of giving or one that shares its verb."""
    if verb is not None and verb[0] != "give" or verb is None and scene.verb_hint != "give":
        return None
    found = next(reversed(list(_RECEIVING_PRONOUN[lex.lang].finditer(
        scene.text, 0, scene.number_at))), None)  # (the nearest: "нам отдали 45, им — 212")
    if found is None:
        return None
    ours = scene.voice_side or HOME_BY_LANGUAGE.get(lex.lang)
    if ours is None or found.group(1) is not None:
        return ours
    return counterpart(ours, scene.war)


# "us" or "them" as the one given to; group 1 is set for "us"
_RECEIVING_PRONOUN = {
    "en": re.compile(r"(?:\b(?:gave|give|gives|handed|hand|hands|returned|sent)\s+(?:back\s+)?|"
                     r"\bto\s+)(?:(us)|them)\b"),
    "uk": re.compile(r"(?<!\w)(?:(нам)|їм)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:(нам)|им)(?!\w)", re.IGNORECASE),
}


def record_way(ways: dict[tuple[int, int], Direction], clause: tuple[int, int],
               way: Direction) -> None:
    """Remember the first way a figure of ``clause`` went, for the figures after it that
    name none; when another figure of the clause went the other way ("four in Ukraine and
    three in Russia"), the clause has no one way ("..., bringing to 107 the number")."""
    first = ways.setdefault(clause, way)
    if first.giver is not None and first.giver == way.receiver and first.receiver == way.giver:
        ways[clause] = _OPEN


def clause_way(ways: dict[tuple[int, int], Direction], clause: tuple[int, int]) -> bool:
    """Whether the figures of ``clause`` so far went one way."""
    return ways.get(clause, _OPEN).giver is not None


_OPEN = Direction(None, None)  # no one way
