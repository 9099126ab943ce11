"""Who gives and who receives a figure, from the parties of its clause and their parts.

The text's own wording wins: "Ukraine handed over 1,212 bodies of Ukrainian servicemen to
Russia" keeps giver Ukraine and receiver Russia, flagged ``direction_conflict`` because the
people are Ukraine's own. Where the text names only whose people they are ("1,200 bodies of
Ukrainian soldiers were repatriated"), the people's side receives and its opponent gives.
"""

from __future__ import annotations

import re

from handover.extract.actors import PartyMention
from handover.extract.bothways import both_ways
from handover.extract.clauseacts import noun_acts, verb_of
from handover.extract.eachway import FIGURE_AT, each_way, sent_to
from handover.extract.homecoming import arrival, brings_back, came_home, home_side, pledged
from handover.extract.inall import in_all
from handover.extract.parts import among_those
from handover.extract.patterns import Lexicon
from handover.extract.scene import Direction, Scene
from handover.extract.speakingsides import body_speaks, speaks
from handover.extract.wars import HOME_BY_LANGUAGE, counterpart
from handover.extract.ways import pronoun_receiver
from handover.extract.wordnum import has_number_word

__all__ = ["Direction", "Scene", "act_kind", "resolve_direction"]


def act_kind(text: str, lex: Lexicon) -> str | None:
    """The kind of the last act verb in ``text`` (give, get, ret, exchange, arrive), if any."""
    scene = Scene(text, len(text), (), None, ())
    found = verb_of(scene, lex)
    return found[0] if found else None


def resolve_direction(scene: Scene, lex: Lexicon) -> list[Direction]:
    """The direction(s) a figure travels: one, or two when both sides hand over as many."""
    if in_all(scene):
        return [Direction(None, None, in_all=True)]  # "107 children ... in both directions"
    verb = verb_of(scene, lex)
    pair = both_ways(scene, lex, verb)
    if pair is not None and not each_way(scene, lex):
        # "the sides exchanged 84 prisoners": whether per side or in all, the text leaves open
        return [sent_to(scene, pair) or Direction(None, None, ambiguous=True)]
    if pair is not None:
        return [Direction(pair[0], pair[1]), Direction(pair[1], pair[0])]
    owner = scene.owner
    returned = _returned_for(scene, verb, lex)
    if returned is not None:
        return returned
    if verb is not None and verb[0] in ("carry", "reunite"):
        return [_moved(scene, lex, verb[0])]
    giver, receiver = _stated(scene, lex, verb)
    if (owner is None and giver is None and receiver is None and verb is not None
            and verb[0] == "arrive" and lex.rx("given").search(scene.text, verb[1], verb[1] + 40)):
        giver = scene.voice_side  # "another 1,000 bodies had been handed over", Moscow said
    home = came_home(scene, lex)
    arrived = home or (verb is not None and verb[0] == "arrive")
    if owner is None and arrived and receiver is None:
        receiver, owner = arrival(scene, lex, verb, giver, home)
    if receiver is None and owner is not None and (home or owner != giver):
        receiver = owner
    if giver is None and receiver is None:
        carried = _carried_way(scene, lex, verb, arrived and not home)
        if carried is not None:
            return [carried]
    return [_completed(scene, giver, receiver, owner)]


def _carried_way(scene: Scene, lex: Lexicon, verb: tuple[str, int] | None,
                 arrived: bool) -> Direction | None:
    """The way of a figure that names no side, from the claims before: "In return, 183
    prisoners were freed" (the other way from the last claim); "Первые 1.212 тел были
    переданы", "later lists came to" (the way of the last claim of the same people) - not
    people an exchange freed both ways ("обмін відбувся, коли на волю вийшли ...") nor a
    side named only as the voice ("Украинская сторона называет итоговую цифру")."""
    answered = scene.answered
    # (also "110 prisoners were freed in return")
    if answered is not None and answered.giver is not None and _in_return(scene):
        return Direction(answered.receiver, answered.giver)
    said = scene.speaker_at or (0, 0)
    # (not the voice itself: in the words of speech, or their subject: "Russia has spoken of")
    named = any(m.side and not said[0] <= m.start < said[1] and not speaks(scene, m, lex)
                for m in scene.parties)
    # ("Three further stages ... each brought back 1,200": returned as the last were)
    # (and "Among those freed were 33 soldiers ...": the verb is of those counted before)
    carries = verb is None or verb[0] == "ret" or among_those(
        scene.text[:scene.number_at], lex.lang)
    if (arrived or carries and not named) and not lex.rx("exchange").search(scene.text):
        return scene.previous
    return None


def _in_return(scene: Scene) -> bool:
    """"In return, 183 prisoners were freed", "110 prisoners were freed in return": the words
    open the clause, or follow its figure with no other figure between."""
    if _IN_RETURN.match(scene.text):
        return True
    after = _IN_RETURN.search(scene.text, scene.number_at)
    if after is None:
        return False
    own = FIGURE_AT.match(scene.text, scene.number_at)
    return not FIGURE_AT.search(scene.text, own.end() if own else scene.number_at, after.start())


def _returned_for(scene: Scene, verb: tuple[str, int] | None,
                  lex: Lexicon) -> list[Direction] | None:
    """"... in exchange for 15 Russian soldiers": the people of the side that gets them."""
    if not _in_return_for(scene):
        return None
    if scene.owner is not None:
        return [Direction(_opponent(scene.owner, scene), scene.owner)]
    subject = _subject(scene, verb, lex) or scene.lead
    return [Direction(_opponent(subject, scene), subject)] if subject is not None else None


def _completed(scene: Scene, giver: str | None, receiver: str | None,
               owner: str | None) -> Direction:
    """One side stated: the other is its counterpart; the people's own side named as the
    giver makes a conflict."""
    if giver is None and receiver is not None:
        giver = _opponent(receiver, scene)
    if receiver is None and giver is not None and owner in (None, giver):
        receiver = _opponent(giver, scene)  # (its own people handed over: a conflict)
    if giver == receiver:
        # ("Россия и Украина провели этап: с российской стороны переданы 303 украинских"):
        # people go to their own side, from the other
        giver = _opponent(receiver, scene) if owner == receiver and receiver else giver
        receiver = None if giver == receiver else receiver
    conflict = bool(owner and receiver and giver and owner != receiver and owner == giver)
    return Direction(giver, receiver, conflict)


def _moved(scene: Scene, lex: Lexicon, kind: str) -> Direction:
    """People carried ("flights carried 318 detainees between Aden and Sanaa") or reunited
    with their families: the carrier is no party; the people's side, "home", the place
    they were flown to or reunited in receives; between two sides, or to places of both,
    the figure covers both directions."""
    places = ("to", "in") if kind == "reunite" else ("to",)
    between = {m.party for m in scene.parties if m.side and m.role == "between"}
    to = list(dict.fromkeys(m.party for m in scene.parties if m.side and m.role in places))
    # ("seven children: four in Ukraine and three in Russia": the place the figure's own)
    end = _number_end(scene)
    placed = [m for m in scene.parties if m.side and m.role in places]
    after = [m for m in placed if m.start >= end]
    own = next((m for m in after if not _counts(scene.text[end:m.start], lex)), None)
    # (and "four children have been reunited ... in Ukraine and three ... in Russia": each
    # figure's place before the next figure, the place before it the figure's before)
    if own is not None and (len(scene.text[end:own.start].split()) <= _OWN_PLACE_WORDS or any(
            m.start > own.start and _counts(scene.text[own.end:m.start], lex) for m in after)
            or any(m.end <= scene.number_at for m in placed)):
        to = [own.party] if len(to) > 1 else to
    # (or the country a place of origin is in: "from Abha in Saudi Arabia to Sanaa")
    origin = next((m.party for m in scene.parties if m.side and (m.role == "from" or (
        m.role == "in" and _FROM_PLACE_IN.search(scene.text, 0, m.start)))), None)
    receiver = scene.owner or (to[0] if len(to) == 1 else None)
    # (reunited with families names no home: "до родин повернулися 107 дітей", both ways)
    home = lex.rx("home").search(scene.text) if kind == "reunite" else came_home(scene, lex)
    if receiver is None and home:
        receiver = scene.voice_side or home_side(scene, lex)
    if len(between) > 1 or len(to) > 1 or receiver is None:
        return Direction(None, None)
    return _completed(scene, origin, receiver, scene.owner)


_OWN_PLACE_WORDS = 3  # words between a figure and the place its people went to
_FROM_PLACE_IN = re.compile(r"(?<!\w)(?:from|з|із|из)\s+(?:[A-ZА-ЯІЇЄҐЁ][\w'’-]*\s+){1,2}"
                            r"(?:in|в|у)\s+$")


def _in_return_for(scene: Scene) -> bool:
    before = scene.text[max(0, scene.number_at - 40):scene.number_at]
    return bool(_IN_RETURN_FOR.search(before))


_IN_RETURN_FOR = re.compile(r"(?:in (?:return|exchange) for|в обмін на|в обмен на|в відповідь на)"
                            r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _stated(scene: Scene, lex: Lexicon,
            verb: tuple[str, int] | None) -> tuple[str | None, str | None]:
    """Giver and receiver as the clause's prepositions, cases and subject state them."""
    giver, receiver = _prepositions(scene, lex, verb)
    subject = _doer(scene, lex, verb)
    if subject is None or verb is None:
        return giver, receiver
    kind = verb[0]
    home = came_home(scene, lex)  # "з полону повернули": the side brought its people back
    if kind == "give" and giver is None:
        giver = subject
    elif kind == "get" and receiver is None:
        receiver = subject
    elif kind == "ret" and (subject == scene.owner or home or scene.owner is None and (
            not pledged(scene, verb) and (subject == HOME_BY_LANGUAGE.get(lex.lang)
                                          or brings_back(scene, lex, subject, receiver)))):
        receiver = receiver or subject
    elif kind == "ret" and giver is None and subject != receiver:
        giver = subject  # (not "росії повернули 248" in Moscow's voice: returned to Russia)
    return giver, receiver


def _prepositions(scene: Scene, lex: Lexicon,
                  verb: tuple[str, int] | None) -> tuple[str | None, str | None]:
    """Giver and receiver as prepositions and cases name them. Intermediaries carry and
    broker ("to the Red Cross"): the sides give and receive. A preposition belongs to its
    own verb ("passed 1,000 bodies to the Ukrainian side and received 26": "to" is the
    passing's)."""
    previous = _previous_act_end(scene, lex, verb)
    mentions = [m for m in scene.parties if m.side and not (
        verb is not None and previous and previous <= m.start < verb[1]
        and (_counts(scene.text[previous:m.start], lex)
             or _counts(scene.text[m.end:verb[1]], lex)))]
    # (the agent of a receiving verb's passive receives: "received by Ukraine")
    getters = [m for m in mentions if m.role == "by" and _received_by(scene, verb, m)]
    givers = [m.party for m in mentions if m.role in ("from", "by", "captor")
              and m not in getters]
    # ("181 to be freed by the Houthis and 706 by the government": the agent after a figure,
    # with no other figure between, is its own)
    givers = [m.party for m in mentions if m.role == "by" and m not in getters
              and m.start > scene.number_at
              and not _counts(scene.text[_number_end(scene):m.start], lex)] + givers
    # ("четверо — на Украину и трое — в Россию": the place after a figure's dash is its own)
    # ("Україні повернули 212 тіл, росії — 45": the side a dash gives the figure to)
    receivers = [m.party for m in mentions if m.role == "to" and (_DASHED_TO.fullmatch(
        scene.text, _number_end(scene), m.start) or _DASH.fullmatch(
        scene.text, m.end, scene.number_at))] or [
        m.party for m in mentions if m.role == "to" or m in getters]
    receiver = receivers[0] if receivers else pronoun_receiver(scene, lex, verb)
    return (givers[0] if givers else None), receiver


def _counts(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` holds a figure, in digits or words ("ещё тысячу тел")."""
    return bool(FIGURE_AT.search(text)) or has_number_word(text, lex.lang)


# the agent right after its verb: "received by", "получены Украиной", "were received on 11 June by"
_AGENT_GAP = re.compile(r"\w*(?:\s+(?!by\b)\w+){0,4}\s+(?:by\s+)?(?:the\s+)?", re.IGNORECASE)


def _received_by(scene: Scene, verb: tuple[str, int] | None, mention: PartyMention) -> bool:
    """Whether ``mention`` is the agent of the figure's own receiving verb, a passive that
    names it just after ("1,212 bodies received by Ukraine", "27 тел получены Россией"),
    not of another verb further on ("brought home 6,057, a tally given by Moscow")."""
    if verb is None or verb[0] != "get" or mention.start < verb[1]:
        return False
    return _AGENT_GAP.fullmatch(scene.text, verb[1], mention.start) is not None


_NUMBER = re.compile(r"\w+(?:[ ,.\u00a0]\d{3})*")
# ("четверо — на Украину", "19 — росії": the dash alone before a side in the dative)
_DASHED_TO = re.compile(r"\s*(?:[—–]\s*(?:(?:на|в|во|до|у)\s+)?|(?:на|в|во|до|у|to|into)\s+)",
                        re.IGNORECASE)
_DASH = re.compile(r"\s*[—–]\s*")


def _number_end(scene: Scene) -> int:
    """Where the figure's own words end (its number, without its noun)."""
    found = _NUMBER.match(scene.text, scene.number_at)
    return found.end() if found else scene.number_at


def _doer(scene: Scene, lex: Lexicon, verb: tuple[str, int] | None) -> str | None:
    """The side that does the act: its subject, the subject of the clause before ("Russia
    says that (it) received none"), or the voice's side or the report's for a verb with no
    subject ("передали тысячу тел", "вдалося повернути", "ожидают передачи")."""
    subject = _subject(scene, verb, lex)
    if subject is None and re.match(r"\W*(?:that|що|что|і що|и что|а|and|but|але|но)\b",
                                    scene.text, re.I):
        subject = _unless_given_to(scene, scene.lead)  # (not "..., а украинской стороне передали")
    if subject is None and verb is not None and verb[0] == "give" and any(
            start == verb[1] for start, _ in noun_acts(scene.text, lex)):
        subject = scene.voice_side
    if subject is None and verb is not None and verb[0] == "give" and (
            pledged(scene, verb) or _READY.search(scene.text, 0, verb[1])
            or not scene.parties and _FIGURE_FIRST.match(scene.text, 0, scene.number_at)):
        # "Минобороны России заявило о готовности передать"; a side's own count with no
        # side named: "1,212 handed over; 27 received" in its column of a table
        subject = scene.voice_side
    if subject is None and verb is not None and _impersonal(scene, verb, lex):
        # (not "По данным Киева, Украине передали 563": the voice's side was given to)
        subject = _unless_given_to(scene, scene.voice_side)
        if subject is None and (_MANAGED.search(scene.text) or verb[0] == "ret"):
            subject = home_side(scene, lex)
    return subject


def _unless_given_to(scene: Scene, side: str | None) -> str | None:
    """``side`` as the doer the clause leaves unsaid, unless the clause names it as the one
    given to."""
    if any(m.role == "to" and m.party == side for m in scene.parties):
        return None
    return side


def _previous_act_end(scene: Scene, lex: Lexicon, verb: tuple[str, int] | None) -> int:
    """Where the act before the figure's own act ends (0 when there is none)."""
    if verb is None:
        return 0
    ends = [m.end() for m in lex.rx("verbs").finditer(scene.text) if m.end() <= verb[1]]
    return max(ends, default=0)


def _impersonal(scene: Scene, verb: tuple[str, int], lex: Lexicon) -> bool:
    """A past plural verb with no subject ("передали", "отримали"): "we" of the speaker."""
    if lex.lang == "en":
        # (a plan's words between: "it stood ready to hand over", "we are ready to return";
        # "the number of people brought back" with no one named: the voice's side got them)
        return verb[0] == "get" or bool(re.search(r"\b(?:it|we|they)\s+(?:\w+\s+){0,3}$",
                                                  scene.text[:verb[1]], re.IGNORECASE))
    if verb[0] not in ("give", "get", "ret"):
        return False
    word = re.match(r"[\w'’]+", scene.text[verb[1]:])
    # (a neuter past is a body's: "Міністерство ... повідомило, що повернуло")
    return verb[0] == "get" or (word is not None
                                and bool(re.search(r"(?:ли|ла|ло)$", word.group())))


def _subject(scene: Scene, verb: tuple[str, int] | None, lex: Lexicon) -> str | None:
    """The party that is the grammatical subject of the clause's act verb (after it, in
    Ukrainian and Russian, when the figure stands first)."""
    subjects = [m for m in scene.parties if m.role == "subject" and m.side]
    if not subjects:
        return None
    for mention in subjects:  # "... and Armenia two soldiers", "а Ереван — двух": gapping
        if 0 <= scene.number_at - mention.end <= 4 and not scene.text[
                mention.end:scene.number_at].strip(" —–-"):
            return mention.party
    if verb is None:
        return subjects[0].party
    relative = _RELATIVE_SUBJECT.search(scene.text, 0, verb[1])
    if relative and not any(0 <= relative.start() - m.end <= 2 for m in scene.parties):
        return None  # "five handovers that have returned 6,057": the handovers did it
    said = scene.speaker_at
    # (not the voice when the figure is the subject: "Ukraine said 230 people had returned")
    before = [m for m in subjects if m.start < verb[1] and not (
        said is not None and m.end <= said[1] <= scene.number_at < verb[1])
        and not (m.end <= scene.number_at and body_speaks(scene, m, lex))]
    if before:
        return before[-1].party
    # ("1212 тіл ... передала росії Україна": the figure first, the subject after its verb)
    after = [m for m in subjects if m.start > verb[1] and not re.search(
        r"[,;:.!?—–]", scene.text[verb[1]:m.start])]
    inverted = lex.lang != "en" and scene.number_at < verb[1]
    return after[0].party if after and inverted else None


_FIGURE_FIRST = re.compile(r"\W*$")
# a relative pronoun, the subject of the verb right after it
_RELATIVE_SUBJECT = re.compile(r",?\s(?:that|which|які|котрі|которые)\s+(?:(?:have|has|had)\s+)?$",
                               re.IGNORECASE)
# "о готовности передать", "готова передати", "stood ready to hand over"
_READY = re.compile(r"(?<!\w)(?:готовн?\w*|ready|willing|prepared)\s+(?:[\w'’]+\s+){0,2}$",
                    re.IGNORECASE)
_MANAGED = re.compile(r"(?<!\w)(?:вдалося|удалось)(?!\w)", re.IGNORECASE)
_IN_RETURN = re.compile(r"\W*(?:in return|in exchange|in response|взамен|в ответ|натомість|"
                        r"у відповідь|в обмін)\b(?!\s+(?:for|на)\b)", re.IGNORECASE)
_ACTING = ("subject", "from", "by", "with", "between", "to", "captor")


def _opponent(party: str, scene: Scene) -> str | None:
    """The other side: named as acting in the clause, else the counterpart in the report's
    war, else the report's other main side."""
    for mention in scene.parties:
        if mention.side and mention.party != party and mention.role in _ACTING:
            return mention.party
    other = counterpart(party, scene.war)
    if other is not None:
        return other
    return next((side for side in scene.opponents if side != party), None)
