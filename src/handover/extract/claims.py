"""From report text to claims: the figures of each clause with their parties, kind, dates
and speaker, each quoting its sentence with exact offsets.

>>> claims = extract_claims("Russia handed over 909 bodies of Ukrainian soldiers on 6 March 2025.")
>>> [(c.giver, c.receiver, c.category.value, c.count, str(c.event_date)) for c in claims]
[('Russia', 'Ukraine', 'bodies', 909, '2025-03-06')]
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cache

from handover.domain.claims import Claim
from handover.domain.registry import PartyRegistry
from handover.domain.vocabulary import Category, ClaimKind
from handover.extract.actors import PartyMention
from handover.extract.aftermath import (
    both_ways,
    echoed,
    fullest,
    mixed_by_parts,
    once_per_term,
    paired,
    regrouped,
    told_with_sides,
    with_unnumbered,
)
from handover.extract.bare import act_next
from handover.extract.categories import category_after
from handover.extract.claimkinds import KindReader
from handover.extract.clauseacts import next_predicate
from handover.extract.context import Dated, Report, Sentence, read_document, reference_date
from handover.extract.direction import Direction, Scene, act_kind, resolve_direction
from handover.extract.eachday import on_each_day
from handover.extract.eachway import FIGURE_AT
from handover.extract.figureless import term_claims, unnumbered_claims
from handover.extract.figures import Figure
from handover.extract.foreign import ForeignQuotes
from handover.extract.groups import per_group
from handover.extract.owners import (
    claim_category,
    formula_direction,
    gapped_way,
    held_as,
    hostage_direction,
    owner_of,
    prisoners_named,
    tally_way,
    voice_side,
)
from handover.extract.parts import BY_DOER, OF_THEM, after_of_them
from handover.extract.patterns import Lexicon, lexicon
from handover.extract.selection import Selector, is_gapped
from handover.extract.tables import HeadedTables
from handover.extract.tablevoices import column_voice
from handover.extract.timing import claim_dates
from handover.extract.totals import headlines, per_side, totals
from handover.extract.voicing import Voice, Voices
from handover.extract.wars import war_of
from handover.extract.ways import BACK, OTHER_WAY, clause_way, record_way, repatriated

__all__ = ["extract_claims"]



@cache
def _builtin_registry() -> PartyRegistry:
    return PartyRegistry.builtin()


def extract_claims(text: str, *, published: date | None = None, lang: str = "auto",
                   registry: PartyRegistry | None = None,
                   publisher: str | None = None) -> list[Claim]:
    """The exchange claims of a report's text, in text order, each with its exact quote;
    ``publisher`` is the name of the site a page comes from (a body's own site speaks in
    the body's voice)."""
    if lang == "auto":
        from handover.ingest.language import detect_language

        lang = detect_language(text)
    lex = lexicon(lang)
    registry = registry or _builtin_registry()
    reference = reference_date(text, lex, published)
    report = read_document(text, lex, registry, reference, published)
    state = _State(lex, report, HeadedTables(report.sentences, lex, lambda reading: (
        extract_claims(reading, published=published, lang=lang, registry=registry))),
        publisher, ForeignQuotes(lang, lambda passage, other: (
            extract_claims(passage, published=published, lang=other, registry=registry))))
    claims: list[Claim] = []
    seen: set[str] = set()
    for item in report.sentences:
        key = _QUOTES.sub("'", item.text)
        if key in seen:
            continue  # a headline printed twice (its quotes retyped or not) says it once
        seen.add(key)
        claims.extend(state.sentence_claims(text, item))
    sentences = [s for s, _ in state.origins]
    claims = regrouped(claims, sentences, state.selector.mixed_wholes)
    claims = paired(echoed(claims, state.origins), sentences, held_as)
    claims = both_ways(per_side(headlines(totals(claims, sentences), sentences)))
    return per_group(once_per_term(fullest(with_unnumbered(told_with_sides(mixed_by_parts(
        claims)), state.pending))), lex)


_QUOTES = re.compile(r"[’‘`´ʼ]")

# a figure joined to the one before by "and" ("270 военнослужащих и 120 гражданских")
_JOINED = re.compile(r"\d[^,;:\d]{0,60}\s(?:и|і|й|та|and)\s+$", re.IGNORECASE)


class _State:
    """What carries from sentence to sentence: voices, kinds, and what figures counted."""

    def __init__(self, lex: Lexicon, report: Report, tables: HeadedTables,
                 publisher: str | None, foreign: ForeignQuotes) -> None:
        self.lex = lex
        self.tables = tables
        self.foreign = foreign
        self.sides = report.sides
        self.war = report.war
        # (a round-up of several wars: a sentence's war is that of its or the last sides)
        self.wars = {war for side in report.sides if (war := war_of([side])) is not None}
        self.items = report.sentences
        self.voices = Voices(report.sentences, publisher)
        self.selector = Selector(lex, report.sentences)
        self.kinder = KindReader(lex, report.sentences, self.selector)
        self.figure_starts: list[int] = []  # where the figures of the sentence stand
        self.paired_starts: list[int] = []  # those of them that pair with dates
        self.parts: list[tuple[int, ClaimKind, list[Direction]]] = []  # its claims so far
        self.formula_way: Direction | None = None  # the way of the first half of a formula
        self.owner: str | None = None  # whose people the last figure counted
        # the counts and people of the figures of the last sentence with any, and its index
        self.counted_last: set[tuple[int, Category | None]] = set()
        self.counted_before: set[tuple[int, Category | None]] = set()
        self.last_index = -2
        self.origins: list[tuple[int, bool]] = []  # of each claim: sentence, bare and no act
        self.last_direction: dict[Category, Direction] = {}  # of the last claim of each
        self.pending: list[Claim] = []  # claims without a figure, kept if nothing counts them
        self.answered: Direction | None = None  # the direction of the last claim
        self.answered_dead = False  # whether that claim was of the dead
        self.answered_day: Dated | None = None  # the date of the last dated handover
        self.clause_ways: dict[tuple[int, int], Direction] = {}  # of each clause's first figure
        self.clause_held: dict[tuple[int, int], bool] = {}  # whether those were hostages

    def sentence_claims(self, text: str, item: Sentence) -> list[Claim]:
        """The claims of one sentence, updating the carried voice."""
        if len(self.wars) > 1:
            self._follow_war(item)
        figures = self.selector.figures(text, item)
        tabled = self.tables.claims(item, lambda: self.voices.of(item).speaker) if (
            item.row) else []
        if tabled:
            self.origins.extend([(item.index, False)] * len(tabled))
            figures = [(clause, figure) for clause, figure in figures if not self.tables.owns(
                item, clause[0] + figure.start - item.start)]
        quoted, parts = self.foreign.claims(item, lambda: self.voices.of(item))
        if quoted:
            self.origins.extend([(item.index, False)] * len(quoted))
            figures = [(clause, figure) for clause, figure in figures if not self.foreign.holds(
                parts, clause[0] + figure.start - item.start)]
            tabled = tabled + quoted
        self.pending.extend(term_claims(self, text, item, figures))
        if not figures:
            self.pending.extend(unnumbered_claims(self, text, item))
            return tabled
        voice = self.voices.of(item)
        self.counted_before = self.counted_last if self.last_index == item.index - 1 else set()
        self.counted_last = {(f.count or 0, f.category) for _, f in figures}
        self.last_index = item.index
        self.figure_starts = sorted({clause[0] + figure.start for clause, figure in figures})
        # (a formula's halves are one figure to pair with a date: "23 мая — 390 на 390"; a
        # sum of the others pairs with none: "390, 307 і 303 ... — разом тисяча")
        total = sum(f.count or 0 for _, f in figures if not f.second)
        self.paired_starts = sorted({clause[0] + f.start for clause, f in figures if not f.second
                                     and not (len(figures) > 2 and 2 * (f.count or 0) == total)})
        self.parts = []
        self.clause_ways = {}
        out = []
        starts = [f - item.start for f in self.figure_starts]
        for clause, figure in figures:
            at = clause[0] + figure.start - item.start
            column = column_voice(self.items, item, at)
            out.extend(self._claims(text, item, clause, figure, Voice(column) if column else (
                self.voices.at(item, at, starts) if item.attributions else voice)))
        return tabled + out

    def _follow_war(self, item: Sentence) -> None:
        """The war of a round-up's sentence, and its sides as the report's: the war of the
        side it names most, else the war before."""
        named = Counter(m.party for m in item.parties if m.side)
        war = war_of([party for party, _ in named.most_common()])
        if war is not None and war != self.war:
            self.war = war
            self.sides = list(war.sides)

    def _claims(self, text: str, item: Sentence, clause: tuple[int, int], figure: Figure,
                voice: Voice) -> list[Claim]:
        body = text[clause[0]:clause[1]]
        category = self.category_of(text, item, figure)
        kind = self.kinder.of(item, clause, figure, body)
        directions = self._shared(item, clause, figure, body, kind, self.directions_of(
            item, clause, figure, body, voice, category, kind == ClaimKind.CUMULATIVE))
        directions = self._back(item, clause[0] + figure.start, directions)
        kind, directions = self._summed(figure, kind, directions)
        self.kinder.kinds[item.index] = kind
        event, statement, inferred, source = claim_dates(
            self.items, item, clause, voice.said, kind, self._paired_at(clause[0] + figure.start),
            self.paired_starts, dated=figure.dated or after_of_them(body, figure.start),
            answered=self.answered_day)
        self.answered_day = source or self.answered_day
        if len(directions) == 1 and directions[0].giver is not None:
            if not figure.negative and not BACK.search(body):  # (no one handed over, or
                self.last_direction[category] = directions[0]  # an answer: not the way on)
            self.answered = directions[0]
            self.answered_dead = category == Category.BODIES
        elif directions == [Direction(None, None)]:
            # ("three women were released, and the 90 prisoners freed in exchange": what
            # answers them answers this handover, whose way is not told, not the one before)
            self.answered = None
        flags = ("year_inferred",) if inferred else ()
        claims = [Claim(giver=d.giver, receiver=d.receiver, category=held_as(category, d),
                        count=figure.count, qualifier=figure.qualifier, kind=kind,
                        event_date=event, statement_date=statement, speaker=voice.speaker,
                        quote=item.text, start=item.start, end=item.end,
                        flags=(("direction_conflict",) if d.conflict else ())
                        + (("count_ambiguous",) if d.ambiguous else ()) + flags)
                  for d in directions]
        if claims and kind == ClaimKind.COMPLETED and not figure.formula:
            claims = on_each_day(item, (clause[0] + figure.start, clause[0] + figure.end),
                                 body[:figure.start], claims)
        self.origins.extend([(item.index, figure.bare and figure.refers)] * len(claims))
        return claims

    def _answered_kin(self, category: Category) -> bool:
        """Whether a figure of ``category`` may go the way of the last claim: the dead do not
        go the way the living went before them, nor the living the way of the dead."""
        return (category == Category.BODIES) == self.answered_dead

    def _after_its_whole(self, item: Sentence, at: int) -> bool:
        """Whether the figure at ``at`` follows the one figure of its sentence it is part of:
        the figure just before is a claim of one way, with no other number between."""
        before = [start for start in self.figure_starts if start < at]
        if not before or len(self.parts) != len(before) or len(self.parts[-1][2]) != 1:
            return False
        between = item.text[before[-1] - item.start:at - item.start]
        return len(FIGURE_AT.findall(between)) == 1

    def _back(self, item: Sentence, at: int, directions: list[Direction]) -> list[Direction]:
        """"Россия передала Украине 1200 тел, обратно не вернулось ни одного": a figure after
        another that says "back" and names no side between them goes the other way."""
        before = [start for start in self.figure_starts if start < at]
        if (len(directions) != 1 or not before or not self.parts
                or len(self.parts[-1][2]) != 1 or directions[0] != self.parts[-1][2][0]):
            return directions
        span = (before[-1] - item.start, at - item.start)
        if not BACK.search(item.text, *span) or any(
                span[0] < m.start - item.start < span[1] for m in item.parties if m.side):
            return directions
        way = directions[0]
        return [Direction(way.receiver, way.giver)]

    def _paired_at(self, at: int) -> int:
        """Where the figure at ``at`` stands for pairing with dates: a formula's second half
        where its first does (the nearest figure that pairs, at or before it)."""
        return max((start for start in self.paired_starts if start <= at), default=at)

    def _shared(self, item: Sentence, clause: tuple[int, int], figure: Figure, body: str,
                kind: ClaimKind, directions: list[Direction]) -> list[Direction]:
        """Directions shared with the figures before: "the sides have exchanged 2,484
        prisoners in all" (a total of both ways at once); "25 living hostages and the bodies
        of eight others have been returned" (a figure sharing its clause and verb with the
        one before goes the same way, and so does one in a clause sharing the verb before
        it: "..., а 19 лютого — одинадцятьох"; not "... and 19 received", with its own)."""
        if (kind == ClaimKind.CUMULATIVE and len(directions) == 2 and not figure.formula
                and not self.lex.rx("each").search(body)):
            directions = [Direction(None, None)]
        at = clause[0] + figure.start
        if OF_THEM.match(body, figure.end) and self._after_its_whole(item, at):
            return self.parts[-1][2]  # "230 had returned to Ukraine, six of them civilians"
        # (not "18 hostages and more than 550 prisoners had been released": the two are held
        # by opposite sides, and go opposite ways)
        hostages = figure.category == Category.HOSTAGE
        if self.clause_held.get(clause, hostages) != hostages and _JOINED.search(
                body, 0, figure.start) and clause in self.clause_ways:
            way = self.clause_ways[clause]
            return [Direction(way.receiver, way.giver)]
        joined = (clause_way(self.clause_ways, clause) and self.owner is None
                  and _JOINED.search(body, 0, figure.start) is not None
                  and not BY_DOER.match(body, figure.end))  # (not "... and 706 by the government")
        if (directions == [Direction(None, None)] or joined) and not figure.formula:
            # ("вернула 150 российских военнослужащих и 50 гражданских": one act, one way)
            gapped = is_gapped(body, self.lex) and self.parts and len(self.parts[-1][2]) == 1
            if (is_gapped(body, self.lex) and self.parts and len(self.parts[-1][2]) == 2
                    and not act_next(body, figure.end, self.lex)):
                return self.parts[-1][2]  # "307 went each way, and on 25 May another 303"
            if not act_next(body, figure.end, self.lex):
                directions = [self.clause_ways.get(clause, gapped_way(
                    item, clause, self.parts[-1][2][0]) if gapped else directions[0])]
        elif len(directions) == 1:
            record_way(self.clause_ways, clause, directions[0])
            self.clause_held.setdefault(clause, hostages)
        return directions

    def _summed(self, figure: Figure, kind: ClaimKind,
                directions: list[Direction]) -> tuple[ClaimKind, list[Direction]]:
        """"150 Ukrainian prisoners and 150 Russian prisoners, 300 people in total", "150
        prisoners by each side, 300 captives in all": a figure that sums the figures before
        it in its sentence (each way's twice) is their handover, of their kind, in both
        directions at once when they went both ways."""
        parts = self.parts
        # (not a formula: "25 for 25 in January, 150 for 150 ... and 175 for 175" sums nothing)
        if (sum(len(ways) for _, _, ways in parts) >= 2 and figure.count is not None
                and not figure.formula
                and figure.count == sum(count * len(ways) for count, _, ways in parts)):
            ways = {d for _, _, ds in parts for d in ds}
            return parts[-1][1], [Direction(None, None)] if len(ways) > 1 else list(ways)
        if figure.count is not None and not figure.second:
            parts.append((figure.count, kind, directions))
        return kind, directions

    def category_of(self, text: str, item: Sentence, figure: Figure) -> Category:
        """The category of ``figure`` of ``item`` (see ``owners.claim_category``)."""
        return claim_category(figure, item, self.counted_before, self.war)

    def directions_of(self, item: Sentence, clause: tuple[int, int], figure: Figure,
                      body: str, voice: Voice, category: Category,
                      total: bool) -> list[Direction]:
        """The way(s) the figure of ``clause`` went: as its clause says, else as the people
        it counts, its voice and the figures before make it (``total``: a running total)."""
        masked = item.attribution
        stop = clause[1]
        if any(figure.end < m.start - clause[0] and m.start < stop for m in item.parties):
            stop = min(stop, clause[0] + next_predicate(body, figure.start, figure.end, self.lex))
        parties = [m for m in item.parties if clause[0] <= m.start < stop
                   and not (masked is not None and not masked.verb
                            and masked.start <= m.start - item.start < masked.end)]
        shifted = [PartyMention(m.party, m.start - clause[0], m.end - clause[0], m.role, m.side)
                   for m in parties]
        owner = owner_of(shifted, figure, body, self.lex, voice.ours or voice_side(voice.speaker))
        self.owner = owner
        sentence_sides = [m.party for m in item.parties
                          if m.side and m.role not in ("in", "other")]
        lead = next((m.party for m in reversed(item.parties)
                     if m.role == "subject" and m.side and m.start < clause[0]), None)
        earlier = item.text[:clause[0] - item.start]
        hint = act_kind(earlier, self.lex) if is_gapped(body, self.lex) else None
        said = (masked.start + item.start - clause[0], masked.end + item.start - clause[0]
                ) if masked is not None and masked.verb else None
        side = voice_side(voice.speaker) or voice.ours  # (an interviewee speaks for ours)
        # (a total in a side's own voice counts its people the way they came before)
        scene = Scene(body, figure.start, shifted, owner,
                      list(dict.fromkeys([*sentence_sides, *self.sides])),
                      side, lead, hint, self.war,
                      None if total and side is None else self.last_direction.get(category) or (
                          self.answered if figure.refers and self._answered_kin(category)
                          else None),
                      self.answered, said)
        if figure.formula:
            way = self.formula_way
            if figure.second and way is not None:  # the other half goes the other way
                return [Direction(way.receiver, way.giver)]
            ways = formula_direction(scene, figure, self.lex)
            self.formula_way = ways[0] if len(ways) == 1 and ways[0].giver else None
            return ways
        directions = resolve_direction(scene, self.lex)
        if directions == [Direction(None, None)] and side is not None:
            directions = tally_way(body, figure.end, side, self.war) or directions
        prisoners = category == Category.DETAINEE and prisoners_named(body, figure.end)
        # (hostages some of whom are dead are hostages still: "33 hostages, eight of them dead")
        noun = category_after(body, figure.end, self.lex)
        held = category == Category.HOSTAGE or noun is not None and noun[0] == Category.HOSTAGE
        if (held or prisoners) and directions[0] == Direction(None, None):
            return hostage_direction(scene, prisoners)
        if not shifted and self.answered and OTHER_WAY.search(body):
            # ("По данным проекта «Хочу жить», 31 тело отправлено в обратную сторону")
            return [Direction(self.answered.receiver, self.answered.giver)]
        first = all(start >= clause[0] + figure.start for start in self.figure_starts)
        if (category == Category.BODIES and directions == [Direction(None, None)] and first
                and not figure.negative):  # (a zero, or a figure after another, is paired)
            return repatriated(scene) or directions
        return directions



