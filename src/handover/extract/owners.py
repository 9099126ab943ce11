"""Whose people a figure counts and whom a voice speaks for; sides of formulas and hostages.

>>> voice_side("Vladimir Medinsky")
'Russia'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from handover.domain.vocabulary import Category
from handover.extract.actors import PartyMention
from handover.extract.bare import after_total, counted_phrase
from handover.extract.bothways import formula_pair
from handover.extract.categories import people_pattern
from handover.extract.direction import Direction, Scene
from handover.extract.figures import Figure
from handover.extract.patterns import Lexicon
from handover.extract.wars import War, counterpart, held_in, war_of
from handover.extract.wordnum import has_number_word

if TYPE_CHECKING:  # (the context reads owners: a name for types only)
    from handover.extract.context import Sentence

__all__ = ["claim_category", "coreferent", "formula_direction", "gapped_way", "held_as",
           "hostage_direction", "owner_of", "prisoners_named", "tally_way", "voice_side"]

_GENERIC_VOICE = re.compile(r"ministry|department|agency|headquarters|office|source|"
                            r"organi[sz]ation|committee|ведомство|відомство|міністерство|"
                            r"министерство|штаб|агентство|джерело|источник|офіс|офис|"
                            r"організація|организация|комітет|комитет", re.IGNORECASE)
_PHRASE_STOP = re.compile(r"[,;:—–(]|(?<!\w)\d|(?<!\w)(?:in (?:exchange|return) for|"
                          r"в обмен на|в обмін на|взамен|натомість)(?!\w)", re.IGNORECASE)
_COUNT = re.compile(r"(?<!\d)(?!(?:19|20)\d\d\b)\d+")  # a figure, not a year
_INCLUDING = re.compile(r"(?<!\w)(?:including|among them|among whom|в том числе|среди них|"
                        r"у тому числі|в тому числі|серед них|зокрема)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1024)
def voice_side(speaker: str | None) -> str | None:
    """The side a speaker speaks for: from the known voices, else the one side its name
    names ("Kyiv", "українська сторона", "Russia's defence ministry"); None for neutral
    or unknown voices."""
    if speaker is None:
        return None
    from handover.domain.voices import source_for_speaker

    known = source_for_speaker(speaker).affiliation
    if known is not None:  # (an intermediary, such as the ICRC, speaks for no side)
        return known if _is_side(known) else None
    return _named_side(speaker)


@cache
def _is_side(name: str) -> bool:
    from handover.domain.registry import PartyRegistry

    party = PartyRegistry.builtin().get(name)
    return party is not None and party.kind.value == "side"


@cache
def _named_side(speaker: str) -> str | None:
    from handover.domain.registry import PartyRegistry
    from handover.extract.names import party_matchers

    sides = {name for _, _, name in party_matchers(PartyRegistry.builtin()).spans(speaker)
             if _is_side(name)}
    return sides.pop() if len(sides) == 1 else None


@lru_cache(maxsize=1024)
def coreferent(speaker: str, previous: str | None) -> str:
    """"the ministry said" after "the Russian Ministry of Defence said": the same voice."""
    words = speaker.split()
    if previous is None or any(w[:1].isupper() for w in words) or len(words) > 3:
        return speaker
    head = words[-1].casefold()
    # ("the ministry", "штаб": the voice before only if it is such a body itself)
    if head[:5] in previous.casefold() or _GENERIC_VOICE.fullmatch(head) and _body(previous):
        return previous
    return speaker


@lru_cache(maxsize=1024)
def _body(voice: str) -> bool:
    """Whether a voice is a body (a ministry, an agency, "МИД ОАЭ"), not a person."""
    from handover.domain.voices import source_for_speaker

    kind = source_for_speaker(voice).kind.value
    return (kind in ("official_body", "news_outlet") or bool(_GENERIC_VOICE.search(voice))
            or any(len(w) > 1 and w.isupper() for w in voice.split()))


def owner_of(parties: list[PartyMention], figure: Figure, body: str, lex: Lexicon,
             ours: str | None) -> str | None:
    """Whose people the figure counts: the nearest owner mention, or "our" by the side the
    voice speaks for (``ours``)."""
    # A part named after "among them" is no owner of the whole ("181 detainees, among them
    # Saudi nationals").
    part = _INCLUDING.search(body, figure.end)
    # the figure's own noun phrase: up to a comma, a dash or the next figure ("1,212 bodies
    # and ... 27 bodies of Russian servicemen": Russian is the 27's)
    stop = _PHRASE_STOP.search(body, figure.end)
    if stop and stop.group() in "—–" and not body[figure.end:stop.start()].strip():
        stop = _PHRASE_STOP.search(body, stop.end())  # "8 — цивільних українців": its noun
    limit = min(figure.end + 60, part.start() if part else len(body),
                stop.start() if stop else len(body))
    owners = [m for m in parties if m.role == "owner" and m.side and m.start < limit]
    after = [m for m in owners if m.start >= figure.end]
    own = _own(lex).match(body, figure.end, figure.end + 40)
    if after and not (own and own.end() <= after[0].start):
        return str(after[0].party)  # (not "the bodies of its own soldiers ... of Ukrainian")
    # an owner before the figure, with no other people or figure between ("Hamas freed three
    # Israeli captives in exchange for 183 ..." does not make the 183 Israeli)
    before = [m for m in owners if m.end <= figure.start
              and not _COUNT.search(body, m.end, figure.start)
              and not has_number_word(body[m.end:figure.start], lex.lang)
              and not people_pattern(lex).search(body, m.end, figure.start)
              # (nor an act of its own: "... військових ЗСУ і отримала 27")
              and not lex.rx("verbs").search(body, m.end, figure.start)]
    if before:
        return str(before[-1].party)
    if figure.bare and (figure.refers or after_total(body, figure.start)) and (
            span := counted_phrase(body, figure.start, lex)):
        named = [m for m in parties if m.role == "owner" and m.side
                 and span[0] <= m.start < span[1]]  # "the number of Palestinian prisoners"
        if named:
            return str(named[-1].party)
    if own is None:
        return None
    if re.match(r"(?:our|наш)", own.group().strip().removeprefix("of").strip(), re.IGNORECASE):
        return ours
    subjects = [m for m in parties if m.role == "subject" and m.side and m.start < figure.start]
    return str(subjects[-1].party) if subjects else ours


def held_as(category: Category, direction: Direction) -> Category:
    """People a hostage taker hands over (soldiers, civilians, "prisoners") were its
    hostages; the dead stay bodies."""
    war = war_of([direction.giver]) if direction.giver else None
    if (war is not None and direction.giver in war.hostage_takers
            and category not in (Category.BODIES, Category.MIXED)):
        return Category.HOSTAGE
    return held_in(category, war)  # (and its prisoners are detainees, not prisoners of war)


def hostage_direction(scene: Scene, prisoners: bool = False) -> list[Direction]:
    """"33 hostages are to be freed": by the side of the report's war that takes hostages;
    ``prisoners`` ("183 prisoners released the same day"), in a war of hostages for
    prisoners (not of prisoners of war), by the other side, to it."""
    war = scene.war
    if war is None or not war.hostage_takers or prisoners and war.prisoners_of_war:
        return [Direction(None, None)]
    taker = war.hostage_takers[0]
    other = counterpart(taker, war)
    return [Direction(other, taker) if prisoners else Direction(taker, other)]


def formula_direction(scene: Scene, figure: Figure, lex: Lexicon) -> list[Direction]:
    """A formula's halves: the first side named gives first, the other gives back."""
    pair = formula_pair(scene, lex)
    if scene.owner is not None and scene.owner in pair and len(pair) == 2:
        # "31 of our wounded for 15 of theirs", "1000 українських на 1000 російських": the
        # people of a half go to their own side
        other = pair[1] if pair[0] == scene.owner else pair[0]
        return [Direction(other, scene.owner)]
    if len(pair) < 2:
        return [Direction(None, None)]
    first, second = pair
    if figure.second:
        return [Direction(second, first)]
    return [Direction(first, second)]


def gapped_way(item: Sentence, clause: tuple[int, int], shared: Direction) -> Direction:
    """The way of a figure in a clause that shares the verb before it: the same, unless the
    clause names the side it went to ("на Украину вернулись 199, в Россию — 148")."""
    to = {m.party for m in item.parties
          if m.side and m.role == "to" and clause[0] <= m.start < clause[1]}
    if len(to) == 1 and shared.giver in to and shared.receiver is not None:
        return Direction(shared.receiver, shared.giver)
    return shared


def prisoners_named(body: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts prisoners by name ("183 prisoners
    released"), not people of no status ("three men freed")."""
    return bool(_PRISONERS.match(body, end))


_PRISONERS = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:prisoners?|detainees?|в['’]язн\w*|ув['’]язнен\w*|"
                        r"заключ[её]нн\w*|задержанн\w*|затриман\w*)", re.IGNORECASE)


def tally_way(body: str, end: int, side: str, war: War | None) -> list[Direction] | None:
    """"Lavrov put the totals at 11,000 handed over and 207 received": a side's own tally of
    figures with no noun of a side, handed over by the voice's side or received by it."""
    act = _TALLIED.match(body, end)
    if act is None and _FREED_WERE.search(body, 0, end):
        # ("the headquarters said that those freed were 33 servicemen and 51 civilians": the
        # side's own people it got back)
        other = counterpart(side, war)
        return [Direction(other, side)] if other is not None else None
    other = counterpart(side, war) if act is not None else None
    if act is None or other is None:
        return None
    return [Direction(other, side) if act.group(1) else Direction(side, other)]


# the people freed, as the subject of what they were ("those freed were 33 servicemen")
_FREED_WERE = re.compile(r"(?<!\w)(?:those|the people|the men|all those) (?:freed|released|"
                         r"returned|brought home|who came home|who returned) (?:were|included)\b",
                         re.IGNORECASE)
# a figure, maybe its noun, then "handed over" or "received" with no one named
_TALLIED = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:(received|got back|taken back|отримал[аио]?|"
                      r"получил[аио]?|получен\w*|отриман\w*)|handed over|returned|transferred|"
                      r"передал[аио]?|передан\w*|повернул[аио]?|вернул[аио]?)(?=\s+(?:and|against|"
                      r"і|и|та|против|проти)\b|\s*[,.;]|$)", re.IGNORECASE)


@cache
def _own(lex: Lexicon) -> re.Pattern[str]:
    """"its own", "our", "своих" right after a figure."""
    return re.compile(rf"\s*(?:of\s+)?(?:{lex.own})(?![\w'’])", re.IGNORECASE)


def claim_category(figure: Figure, item: Sentence,
                   counted_before: set[tuple[int, Category | None]], war: War | None) -> Category:
    """Nouns of people without status ("people", "citizens") are detainees unless a
    breakdown says they were several kinds (``counted_before``: the counts and kinds of the
    sentence before); "prisoners" in a war without prisoners of war (hostages for
    prisoners) are detainees, and so are those of a swap between a party outside the war
    and one in it ("a swap of two prisoners between the United States and Russia")."""
    category = figure.category or Category.POW
    if category == Category.MIXED and not figure.formula and not figure.several:
        # "... 270 военнослужащих и 120 гражданских. Всего ... по 390 человек": the sum of
        # the kinds the sentence before counted
        summed = len({c for _, c in counted_before}) >= 2 and figure.count == sum(
            n for n, _ in counted_before)
        return Category.MIXED if summed else Category.DETAINEE
    pair = {m.party for m in item.parties if m.role == "between"}
    if category == Category.POW and war is not None and len(pair) == 2 and not (
            pair <= war.parties()):
        return Category.DETAINEE
    return held_in(category, war)
