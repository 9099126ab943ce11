"""Where people who come back, or are returned, go: home, to the side of the voice, to the
side that holds them no longer.

"Came home", "повернулися", "returned from captivity" say the people reached their own side;
"Украина вернула 215 человек" (to no one named) says a side brought its own back, unless it
answers what it was just given or held the people itself ("..., которых удерживали на её
территории").
"""

from __future__ import annotations

import re
from functools import lru_cache

from handover.domain.vocabulary import Category
from handover.extract.categories import kind_of, people_pattern
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words
from handover.extract.scene import Scene
from handover.extract.wars import HOME_BY_LANGUAGE

__all__ = ["arrival", "brings_back", "came_home", "home_side", "pledged"]

# "взяла на себя обязательство вернуть", "пообіцяла повернути", "pledged to return": a side
# that promises to return people gives them back (no one promises to bring its own home)
_PLEDGE = re.compile(r"(?<!\w)(?:обязательств\w*|обязал\w*|пообещал\w*|обеща\w*|"
                     r"зобов['’ʼ]яз\w*|пообіця\w*|обіця\w*|committed|commitment|pledged?|"
                     r"promised?|undertook|undertaken|obliged|obligation)\s+(?:[\w'’]+\s+){0,2}$",
                     re.IGNORECASE)


def pledged(scene: Scene, verb: tuple[str, int] | None) -> bool:
    """Whether a promise governs the act at ``verb``."""
    return verb is not None and bool(_PLEDGE.search(scene.text, 0, verb[1]))


def arrival(scene: Scene, lex: Lexicon, verb: tuple[str, int] | None, giver: str | None,
             home: bool) -> tuple[str | None, str | None]:
    """Who receives people who came back, with no owner named: the side where they came
    back ("троє повернулися до родичів у Росії"), else the side of the voice, else of the
    report's language when they came home. Returns (receiver, owner)."""
    places = {m.party for m in scene.parties if m.side and m.role == "in"
              and verb is not None and m.start > verb[1]}
    if len(places) == 1:
        return places.pop(), None
    # (a voice that hands people over does not speak for them: "Israel released 90
    # prisoners from Ofer prison", said its prison service)
    voice = scene.voice_side if scene.voice_side != giver else None
    return None, voice or (home_side(scene, lex) if home else None)


def came_home(scene: Scene, lex: Lexicon) -> bool:
    """"came home", "повернулися", "returned from captivity": the people reached their own
    side."""
    text = scene.text
    return bool(lex.rx("home").search(text) or lex.rx("come_back").search(text)
                or _out_of_captivity(lex).search(text))


@lru_cache(maxsize=8)
def _out_of_captivity(lex: Lexicon) -> Words:
    """"from captivity", "з полону", "из плена"."""
    return Words(rf"(?:{lex.from_preps})\s+(?:\w+\s+)?(?:{lex.captivity})")


def home_side(scene: Scene, lex: Lexicon) -> str | None:
    """Whose "home" a report means when it names no side: the side of its language, in
    that side's own war only (a Ukrainian report on Yemen: "home" is not Ukraine)."""
    side = HOME_BY_LANGUAGE.get(lex.lang)
    war = scene.war
    if side is None or war is not None and side not in war.parties():
        return None  # (a Russian transcript on Gaza: "вернули 50 заложников" is not Russia's)
    # (only with no war known: in its war, a report that names Russia only is still Ukraine's)
    if war is None and scene.opponents and side not in scene.opponents:
        return None
    return side


def brings_back(scene: Scene, lex: Lexicon, subject: str, receiver: str | None) -> bool:
    """"Украина вернула 215 человек", "Киев объявил о возвращении 230 человек": in Ukrainian
    and Russian a side that returns people, to no one named, brings its own back; unless
    it answers what it was just given ("Россия передала Украине 1200 тел, Украина не вернула
    ни одного": it gives back)."""
    answered = scene.answered is not None and scene.answered.receiver == subject
    return (lex.lang != "en" and receiver is None and not answered
            and not _held_by_subject(scene, lex)
            # (not "ХАМАС вернул 33 заложника, из них восемь погибших": hostages are never
            # their taker's own)
            and not any(kind_of(m, lex) == Category.HOSTAGE
                        for m in people_pattern(lex).finditer(scene.text)))


def _held_by_subject(scene: Scene, lex: Lexicon) -> bool:
    """"..., которых удерживали на её территории", "who had been held in Ukraine": the
    people were held by the side that returns them (it gives them back)."""
    held = _holding(lex).search(scene.text, scene.number_at)
    if held is None:
        return False
    rest = scene.text[held.end():held.end() + 40]
    if _OWN_TERRITORY.match(rest):
        return True
    subject = next((m.party for m in scene.parties if m.role == "subject" and m.side), None)
    return any(m.party == subject and m.start >= held.end() and m.start - held.end() <= 6
               for m in scene.parties)


@lru_cache(maxsize=8)
def _holding(lex: Lexicon) -> Words:
    """A verb of holding people followed by a preposition of place."""
    return Words(rf"(?:{lex.holding})\s+(?:[\w'’]+\s+)?(?:in|on|at|в|у|на|во)")


# "на её территории", "на своїй території", "on its territory"
_OWN_TERRITORY = re.compile(r"\s*(?:её|ее|її|свое[йї]|своей|своїй|its|their)\s+"
                            r"(?:территори\w*|територі\w*|territory|soil|land)", re.IGNORECASE)
