"""From report text to claims: the figures of each clause with their parties, kind, dates
and speaker, each quoting its sentence with exact offsets.

>>> claims = extract_claims("Russia handed over 909 bodies of Ukrainian soldiers on 6 March 2025.")
>>> [(c.giver, c.receiver, c.category.value, c.count, str(c.event_date)) for c in claims]
[('Russia', 'Ukraine', 'bodies', 909, '2025-03-06')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from handover.domain.claims import Claim
from handover.domain.registry import PartyRegistry
from handover.domain.vocabulary import Category, ClaimKind
from handover.extract.actors import PartyMention
from handover.extract.context import Dated, Report, Sentence, read_document, reference_date
from handover.extract.direction import Direction, Scene, act_kind, resolve_direction
from handover.extract.figures import Figure
from handover.extract.kinds import agreed_plan, formula_kind, kind_of
from handover.extract.owners import formula_direction, hostage_direction, owner_of, voice_side
from handover.extract.patterns import Lexicon, lexicon
from handover.extract.selection import Selector, is_gapped
from handover.extract.timing import claim_dates, not_an_event
from handover.extract.totals import headlines, per_side, totals
from handover.extract.unnumbered import groups_of, terms_of
from handover.extract.voicing import Voice, Voices

__all__ = ["extract_claims"]

_OF_THEM = re.compile(r"\s+(?:of them|of whom|з них|із них|из них)\b", re.IGNORECASE)
_IN_RETURN_FOR = re.compile(r"\W*(?:in (?:return|exchange) for|в обмін на|в обмен на|взамен|"
                            r"натомість)\b", re.IGNORECASE)
# A sentence that answers the one before it, in the same frame of time.
_IN_TURN = re.compile(r"(?<!\w)(?:in turn|for (?:its|their|his|her) part|в свою очередь|"
                      r"со своей стороны|у свою чергу|своєю чергою|зі свого боку)(?!\w)",
                      re.IGNORECASE)
# "that day", "an exchange of 300 in all": a sum of one handover, not a running total
_ONE_EVENT = re.compile(r"(?<!\w)(?:that day|the same day|on the same day|в этот день|"
                        r"в тот же день|того же дня|в тот день|цього дня|того ж дня|в цей день|"
                        r"того дня|"
                        r"(?:an|the|this|one) (?:[\w-]+ )?(?:exchange|swap|handover|stage) of|"
                        r"(?:в ходе|в рамках|під час|у межах|в межах) (?:\w+ )?(?:обмена|этапа|"
                        r"обміну|етапу)\b)", re.IGNORECASE)
_CONTEXT = 2  # sentences before a plan in which an agreement makes it a term
_ECHO = 3  # sentences after a claim with no side in which its figure may be restated
_CONJUNCTION = re.compile(r"\W*(?:а|и|і|й|та|and|while|whereas|but|але|но)\s", re.IGNORECASE)


@cache
def _builtin_registry() -> PartyRegistry:
    return PartyRegistry.builtin()


def extract_claims(text: str, *, published: date | None = None, lang: str = "auto",
                   registry: PartyRegistry | None = None) -> list[Claim]:
    """The exchange claims of a report's text, in text order, each with its exact quote."""
    if lang == "auto":
        from handover.ingest.language import detect_language

        lang = detect_language(text)
    lex = lexicon(lang)
    registry = registry or _builtin_registry()
    reference = reference_date(text, lex, published)
    report = read_document(text, lex, registry, reference, published)
    state = _State(lex, report)
    claims: list[Claim] = []
    seen: set[str] = set()
    for item in report.sentences:
        if item.text in seen:
            continue  # a headline printed twice says what it says once
        seen.add(item.text)
        claims.extend(state.sentence_claims(text, item))
    claims = state.paired(state.echoed(state.regrouped(claims)))
    sentences = [s for s, _ in state.origins]
    claims = per_side(headlines(totals(claims, sentences), sentences))
    return state.with_unnumbered(claims)


class _State:
    """What carries from sentence to sentence: voices, kinds, and what figures counted."""

    def __init__(self, lex: Lexicon, report: Report) -> None:
        self.lex = lex
        self.sides = report.sides
        self.war = report.war
        self.items = report.sentences
        self.voices = Voices(report.sentences)
        self.selector = Selector(lex, report.sentences)
        self.kinds: dict[int, ClaimKind] = {}  # the kind of each sentence's last claim
        self.figure_starts: list[int] = []  # where the figures of the sentence stand
        self.parts: list[tuple[int, ClaimKind, list[Direction]]] = []  # its claims so far
        self.origins: list[tuple[int, bool]] = []  # of each claim: sentence, bare and no act
        self.last_direction: dict[Category, Direction] = {}  # of the last claim of each
        self.pending: list[Claim] = []  # claims without a figure, kept if nothing counts them
        self.answered: Direction | None = None  # the direction of the last claim
        self.answered_day: Dated | None = None  # the date of the last dated handover
        self.clause_ways: dict[tuple[int, int], Direction] = {}  # of each clause's first figure

    def sentence_claims(self, text: str, item: Sentence) -> list[Claim]:
        """The claims of one sentence, updating the carried voice."""
        figures = self.selector.figures(text, item)
        self._terms(text, item, figures)
        if not figures:
            self._unnumbered(text, item)
            return []
        voice = self.voices.of(item)
        self.figure_starts = sorted({clause[0] + figure.start for clause, figure in figures})
        self.parts = []
        self.clause_ways = {}
        out = []
        starts = [f - item.start for f in self.figure_starts]
        for clause, figure in figures:
            at = clause[0] + figure.start - item.start
            out.extend(self._claims(text, item, clause, figure, self.voices.at(item, at, starts)
                                    if item.attributions else voice))
        return out

    def _claims(self, text: str, item: Sentence, clause: tuple[int, int], figure: Figure,
                voice: Voice) -> list[Claim]:
        body = text[clause[0]:clause[1]]
        category = self._category(text, item, figure)
        kind = self._kind(item, clause, figure, body)
        directions = self._directions(item, clause, figure, body, voice, category,
                                      kind == ClaimKind.CUMULATIVE)
        if (kind == ClaimKind.CUMULATIVE and len(directions) == 2 and not figure.formula
                and not self.lex.rx("each").search(body)):
            # "the sides have exchanged 2,484 prisoners in all": a total of both directions
            directions = [Direction(None, None)]
        if directions == [Direction(None, None)] and not figure.formula:
            # "25 living hostages and the bodies of eight others have been returned": a figure
            # sharing its clause and verb with the one before goes the same way, and so does
            # one in a clause sharing the verb before it ("..., а 19 лютого — одинадцятьох")
            gapped = is_gapped(body, self.lex) and self.parts and len(self.parts[-1][2]) == 1
            directions = [self.clause_ways.get(clause, self.parts[-1][2][0] if gapped
                                               else directions[0])]
        elif len(directions) == 1:
            self.clause_ways.setdefault(clause, directions[0])
        kind, directions = self._summed(figure, kind, directions)
        self.kinds[item.index] = kind
        event, statement, inferred, source = claim_dates(
            self.items, item, clause, voice.said, kind, clause[0] + figure.start,
            self.figure_starts, dated=figure.dated, answered=self.answered_day)
        if source is not None:
            self.answered_day = source
        if len(directions) == 1 and directions[0].giver is not None:
            self.last_direction[category] = directions[0]
            self.answered = directions[0]
        flags = ("year_inferred",) if inferred else ()
        self.origins.extend([(item.index, figure.bare and figure.refers)] * len(directions))
        return [Claim(giver=d.giver, receiver=d.receiver, category=self._held(category, d),
                      count=figure.count, qualifier=figure.qualifier, kind=kind,
                      event_date=event, statement_date=statement, speaker=voice.speaker,
                      quote=item.text, start=item.start, end=item.end,
                      flags=(("direction_conflict",) if d.conflict else ())
                      + (("count_ambiguous",) if d.ambiguous else ()) + flags)
                for d in directions]

    def _unnumbered(self, text: str, item: Sentence) -> None:
        """Handovers the sentence asserts without a figure (not in a headline), one per
        clause, kept aside until the whole report is read."""
        if item.index == 0 or not groups_of(item.text, self.lex):
            return  # (the whole sentence first: most have no act on people)
        for clause in item.clauses:
            body = text[clause[0]:clause[1]]
            for group in groups_of(body, self.lex):
                claim = self._unnumbered_claim(text, item, clause, group)
                if claim is not None:
                    self.pending.append(claim)
                    break

    def _terms(self, text: str, item: Sentence,
               figures: list[tuple[tuple[int, int], Figure]]) -> None:
        """Groups an agreement says will be exchanged, without a figure, after the last
        figure of their clause: a term each way, kept aside like claims without a figure."""
        lex = self.lex
        if item.index == 0 or not lex.rx("agreement").search(item.text):
            return
        for clause in item.clauses:
            ends = [clause[0] + f.end for c, f in figures if c == clause]
            start = max(ends, default=clause[0])
            for group in terms_of(text[start:clause[1]], lex):
                scene = replace(group, start=group.start + start - clause[0],
                                end=group.end + start - clause[0])
                self.pending.extend(self._term_claims(text, item, clause, scene))

    def _term_claims(self, text: str, item: Sentence, clause: tuple[int, int],
                     group: Figure) -> list[Claim]:
        body = text[clause[0]:clause[1]]
        voice = self.voices.of(item)
        category = self._category(text, item, group)
        directions = [*self._directions(item, clause, group, body, voice, category, False),
                      *self._directions(item, clause, replace(group, second=True), body, voice,
                                        category, False)]  # (a term each way)
        return [Claim(giver=d.giver, receiver=d.receiver, category=category, count=None,
                      qualifier=group.qualifier, kind=ClaimKind.AGREED, event_date=None,
                      statement_date=None, speaker=voice.speaker, quote=item.text,
                      start=item.start, end=item.end, flags=())
                for d in directions if d.giver is not None]

    def _unnumbered_claim(self, text: str, item: Sentence, clause: tuple[int, int],
                          group: Figure) -> Claim | None:
        """The claim of a group named without a figure: a completed handover, side to side."""
        body = text[clause[0]:clause[1]]
        if kind_of(body, group.start, self.lex) != ClaimKind.COMPLETED:
            return None
        voice = self.voices.of(item)
        category = self._category(text, item, group)
        directions = self._directions(item, clause, group, body, voice, category, False)
        if len(directions) != 1 or None in (directions[0].giver, directions[0].receiver):
            return None
        event, statement, inferred, _ = claim_dates(self.items, item, clause, voice.said,
                                                    ClaimKind.COMPLETED, clause[0] + group.start,
                                                    [])
        d = directions[0]
        flags = (("direction_conflict",) if d.conflict else ()) + (
            ("year_inferred",) if inferred else ())
        return Claim(giver=d.giver, receiver=d.receiver, category=self._held(category, d),
                     count=None, qualifier=group.qualifier, kind=ClaimKind.COMPLETED,
                     event_date=event, statement_date=statement, speaker=voice.speaker,
                     quote=item.text, start=item.start, end=item.end, flags=flags)

    def with_unnumbered(self, claims: list[Claim]) -> list[Claim]:
        """The claims with those asserted without a figure, for groups the report counts
        nowhere, once per group, side to side and day, in text order."""
        counted = {_group(c) for c in claims if c.count is not None}
        termed = {_group(c) for c in claims if c.kind == ClaimKind.AGREED}  # ("all for all")
        seen: set[tuple[object, ...]] = set()
        extra = []
        for claim in self.pending:
            key = (*_group(claim), claim.event_date)
            known = counted | termed if claim.kind == ClaimKind.AGREED else counted
            if _group(claim) not in known and key not in seen:
                seen.add(key)
                extra.append(claim)
        return sorted([*claims, *extra], key=lambda c: c.start) if extra else claims

    def paired(self, claims: list[Claim]) -> list[Claim]:
        """Sentences of two figures, one with no side: it goes the other way (`_paired`),
        its people held as the giver holds them ("чотири військовослужбовиці в обмін на
        200 палестинців": the four were Hamas's hostages)."""
        out = list(claims)
        sentences = [s for s, _ in self.origins]
        for index in range(len(out) - 1):
            if sentences[index] != sentences[index + 1] or sentences.count(sentences[index]) != 2:
                continue
            pair = _paired(out[index:index + 2])
            out[index:index + 2] = [replace(c, category=self._held(c.category, Direction(
                c.giver, c.receiver))) for c in pair]
        return out

    def regrouped(self, claims: list[Claim]) -> list[Claim]:
        """Figures that the next sentence splits into several kinds ("... 230 человек. По
        словам Зеленского, среди них ... шесть гражданских") count people of several kinds."""
        mixed = self.selector.mixed_wholes
        if not mixed:
            return claims
        return [replace(c, category=Category.MIXED) if (s, c.count) in mixed else c
                for c, (s, _) in zip(claims, self.origins, strict=True)]

    def echoed(self, claims: list[Claim]) -> list[Claim]:
        """A claim that names no side (a headline: "Twelve hundred more: second repatriation
        reaches Ukraine", "Мединський заявив про передачу ще тисячі тіл") takes the sides of
        the same figure of the same people stated in the sentences that follow; a figure
        with no noun or act of its own takes its kind as well."""
        out = list(claims)
        for index, claim in enumerate(claims):
            sentence, bare = self.origins[index]
            sided = claim.giver is not None or claim.receiver is not None
            if sided and not bare or "count_ambiguous" in claim.flags:
                continue  # (a figure left open per side or in all: see totals.per_side)
            later = next((c for c, (s, _) in zip(claims, self.origins, strict=True)
                          if sentence < s <= sentence + _ECHO and c.count == claim.count
                          and c.category == claim.category), None)
            if later is None:
                continue
            if not sided and later.giver is not None:
                claim = replace(claim, giver=later.giver, receiver=later.receiver)
            out[index] = replace(claim, kind=later.kind) if bare else claim
        return out

    def _summed(self, figure: Figure, kind: ClaimKind,
                directions: list[Direction]) -> tuple[ClaimKind, list[Direction]]:
        """"150 Ukrainian prisoners and 150 Russian prisoners, 300 people in total": a figure
        that sums the figures before it in its sentence is their handover, of their kind,
        in both directions at once when they went both ways."""
        parts = self.parts
        if (len(parts) >= 2 and figure.count is not None
                and figure.count == sum(count for count, _, _ in parts)):
            ways = {d for _, _, ds in parts for d in ds}
            return parts[-1][1], [Direction(None, None)] if len(ways) > 1 else list(ways)
        if figure.count is not None and not figure.second:
            parts.append((figure.count, kind, directions))
        return kind, directions

    def _kind(self, item: Sentence, clause: tuple[int, int], figure: Figure,
              body: str) -> ClaimKind:
        if figure.negative:
            return ClaimKind.COMPLETED
        if figure.dated:  # "загалом ... 1000: у п'ятницю — 390": that day's handover
            kind = kind_of(body, figure.start, self.lex, one_day=True)
            return ClaimKind.COMPLETED if kind == ClaimKind.CUMULATIVE else kind
        if figure.formula and figure.count is None:
            return ClaimKind.AGREED  # "all for all" is always a term
        if figure.formula:  # judged on the whole sentence: "провели этап — 250 на 250"
            return formula_kind(item.text, clause[0] - item.start + figure.start, self.lex,
                                agreement=self.selector.agreed_formula(item, figure))
        earlier = self.kinds.get(item.index)
        at = clause[0] + figure.start
        named = any(m.role == "subject" and 0 <= at - m.end <= 4 for m in item.parties)
        if earlier is not None and (named or is_gapped(body, self.lex)
                                    or _OF_THEM.match(body, figure.end)
                                    or self.lex.rx("each").match(body, figure.end)):
            return earlier  # "..., and Armenia two", "1,358 of them": as the figure before
        kind = kind_of(body, figure.start, self.lex,
                       one_day=self._one_day(item, clause, figure, body))
        if kind == ClaimKind.COMPLETED and earlier is not None and (
                _CONJUNCTION.match(body) or figure.refers or _IN_RETURN_FOR.match(body)):
            # "..., а получила только 207", "later lists came to 1,900", "..., in return for
            # nearly 2,000 prisoners": the other half of the figure before, of its kind
            return earlier
        before = self.kinds.get(item.index - 1)
        if kind == ClaimKind.COMPLETED and before is not None and _IN_TURN.search(item.text):
            return before  # "Израиль, в свою очередь, освободил почти 2000": as the one before
        if kind == ClaimKind.ANNOUNCED and agreed_plan(
                item.text, at - item.start, self.lex,
                [s.text for s in self.items[max(0, item.index - _CONTEXT):item.index]],
                self._after_term(item)):
            return ClaimKind.AGREED
        return kind

    def _one_day(self, item: Sentence, clause: tuple[int, int], figure: Figure,
                 body: str) -> bool:
        """Whether the clause dates the figure to one day ("in total on Friday", "в этот
        день", "an exchange of 300 in all"); not the days of a list after a colon that
        follows the figure ("1000 людей: у п'ятницю — 390, у суботу — 307")."""
        colon = body.find(":", figure.end)
        limit = clause[0] + colon if colon >= 0 else clause[1]
        dated = any(d.day is not None and not d.statement and not d.dateline
                    and clause[0] <= d.mention.start < limit and not not_an_event(item, d)
                    for d in item.dates)
        return dated or bool(_ONE_EVENT.search(body))

    def _after_term(self, item: Sentence) -> bool:
        """Whether the last claim, in this sentence or one of the two before, was a term."""
        for index in range(item.index, item.index - _CONTEXT - 1, -1):
            if index in self.kinds:
                return self.kinds[index] == ClaimKind.AGREED
        return False

    def _category(self, text: str, item: Sentence, figure: Figure) -> Category:
        """Nouns of people without status ("people", "citizens") are detainees unless a
        breakdown says they were several kinds; "prisoners" in a war without prisoners of
        war (hostages for prisoners) are detainees."""
        category = figure.category or Category.POW
        if category == Category.MIXED and not figure.formula and not figure.several:
            return Category.DETAINEE
        if category == Category.POW and (self.war is not None and not self.war.prisoners_of_war
                                         or self._foreign(item)):
            return Category.DETAINEE
        return category

    def _foreign(self, item: Sentence) -> bool:
        """"a swap of two prisoners between the United States and Russia": a swap between
        a party outside the report's war and one in it is of detainees, not of prisoners of
        war."""
        pair = {m.party for m in item.parties if m.role == "between"}
        return self.war is not None and len(pair) == 2 and not pair <= self.war.parties()

    def _held(self, category: Category, direction: Direction) -> Category:
        """People a hostage taker hands over (soldiers, civilians, "prisoners") were its
        hostages; the dead stay bodies."""
        war = self.war
        if (war is not None and direction.giver in war.hostage_takers
                and category not in (Category.BODIES, Category.MIXED)):
            return Category.HOSTAGE
        return category

    def _directions(self, item: Sentence, clause: tuple[int, int], figure: Figure, body: str,
                    voice: Voice, category: Category, total: bool) -> list[Direction]:
        masked = item.attribution
        parties = [m for m in item.parties if clause[0] <= m.start < clause[1]
                   and not (masked is not None and not masked.verb
                            and masked.start <= m.start - item.start < masked.end)]
        shifted = [PartyMention(m.party, m.start - clause[0], m.end - clause[0], m.role, m.side)
                   for m in parties]
        owner = owner_of(shifted, figure, body, self.lex, voice.speaker)
        sentence_sides = [m.party for m in item.parties
                          if m.side and m.role not in ("in", "other")]
        lead = next((m.party for m in reversed(item.parties)
                     if m.role == "subject" and m.side and m.start < clause[0]), None)
        earlier = item.text[:clause[0] - item.start]
        hint = act_kind(earlier, self.lex) if is_gapped(body, self.lex) else None
        said = (masked.start + item.start - clause[0], masked.end + item.start - clause[0]
                ) if masked is not None and masked.verb else None
        scene = Scene(body, figure.start, shifted, owner,
                      list(dict.fromkeys([*sentence_sides, *self.sides])),
                      voice_side(voice.speaker), lead, hint, self.war,
                      None if total else self.last_direction.get(category),
                      self.answered, said)
        if figure.formula:
            return formula_direction(scene, figure, self.lex)
        directions = resolve_direction(scene, self.lex)
        if category == Category.HOSTAGE and directions[0] == Direction(None, None):
            return hostage_direction(scene)
        return directions


def _paired(claims: list[Claim]) -> list[Claim]:
    """"4 servicewomen in exchange for 200 Palestinians", "put the total at 6,060 and said
    Russia had received 78": of two figures of a sentence, one that names no side goes the
    other way from the one that does."""
    if len(claims) != 2:
        return claims
    first, second = claims
    for lost, known in ((first, second), (second, first)):
        if (lost.giver, lost.receiver) == (None, None) and None not in (known.giver,
                                                                        known.receiver):
            found = replace(lost, giver=known.receiver, receiver=known.giver)
            return [found, second] if lost is first else [first, found]
    return claims


def _group(claim: Claim) -> tuple[object, ...]:
    """The people a claim is about, from whom to whom (the people's own side handing them
    over is another group than the other side's people)."""
    return (claim.category, claim.giver, claim.receiver, "direction_conflict" in claim.flags)
