"""Claims a sentence makes without a figure: groups of people handed over ("Russia returned
the bodies of fallen defenders"; people exchanged went each way) and groups an agreement
says will be exchanged ("all seriously wounded prisoners"). The reading of the report
(``Reading``: its voices, the people and ways of a figure) decides their parties, kind and
dates as for any figure; the caller keeps them aside until the whole report is read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from handover.domain.claims import Claim
from handover.domain.vocabulary import Category, ClaimKind
from handover.extract.context import Sentence
from handover.extract.direction import Direction
from handover.extract.figures import Figure
from handover.extract.kinds import kind_of
from handover.extract.owners import held_as
from handover.extract.patterns import Lexicon
from handover.extract.timing import claim_dates
from handover.extract.unnumbered import groups_of, terms_of
from handover.extract.voicing import Voice, Voices

__all__ = ["Reading", "term_claims", "unnumbered_claims"]

Clause = tuple[int, int]


class Reading(Protocol):
    """What the reading of a report gives claims without a figure."""

    lex: Lexicon
    items: list[Sentence]
    voices: Voices

    def category_of(self, text: str, item: Sentence, figure: Figure) -> Category:
        """The people a figure counts."""
        ...

    def directions_of(self, item: Sentence, clause: Clause, figure: Figure, body: str,
                      voice: Voice, category: Category, total: bool) -> list[Direction]:
        """The way(s) a figure went."""
        ...


def unnumbered_claims(reading: Reading, text: str, item: Sentence) -> list[Claim]:
    """Handovers the sentence asserts without a figure (not in a headline), one group per
    clause; people exchanged, or returned to each other, a claim each way."""
    if item.index == 0 or item.row or not groups_of(item.text, reading.lex):
        # (the whole sentence first: most have no act on people; a table's header row names
        # what its cells count)
        return []
    out: list[Claim] = []
    for clause in item.clauses:
        body = text[clause[0]:clause[1]]
        for group in groups_of(body, reading.lex):
            claims = [_unnumbered(reading, text, item, clause, one) for one in (
                [group, replace(group, second=True)] if group.formula else [group])]
            found = [claim for claim in claims if claim is not None]
            if found:
                out.extend(found)
                break
    return out


def term_claims(reading: Reading, text: str, item: Sentence,
                figures: list[tuple[Clause, Figure]]) -> list[Claim]:
    """Groups an agreement says will be exchanged, without a figure, after the last figure
    of their clause: a term each way."""
    lex = reading.lex
    if item.index == 0 or not lex.rx("agreement").search(item.text):
        return []
    out: list[Claim] = []
    for clause in item.clauses:
        ends = [clause[0] + f.end for c, f in figures if c == clause]
        start = max(ends, default=clause[0])
        for group in terms_of(text[start:clause[1]], lex):
            scene = replace(group, start=group.start + start - clause[0],
                            end=group.end + start - clause[0])
            out.extend(_terms(reading, text, item, clause, scene))
    return out


def _terms(reading: Reading, text: str, item: Sentence, clause: Clause,
           group: Figure) -> list[Claim]:
    body = text[clause[0]:clause[1]]
    voice = reading.voices.of(item)
    category = reading.category_of(text, item, group)
    directions = [*reading.directions_of(item, clause, group, body, voice, category, False),
                  *reading.directions_of(item, clause, replace(group, second=True), body,
                                         voice, category, False)]  # (a term each way)
    return [Claim(giver=d.giver, receiver=d.receiver, category=category, count=None,
                  qualifier=group.qualifier, kind=ClaimKind.AGREED, event_date=None,
                  statement_date=None, speaker=voice.speaker, quote=item.text,
                  start=item.start, end=item.end, flags=())
            for d in directions if d.giver is not None]


def _unnumbered(reading: Reading, text: str, item: Sentence, clause: Clause,
                group: Figure) -> Claim | None:
    """The claim of a group named without a figure: a completed handover, side to side."""
    body = text[clause[0]:clause[1]]
    if kind_of(body, group.start, reading.lex) != ClaimKind.COMPLETED:
        return None
    voice = reading.voices.of(item)
    category = reading.category_of(text, item, group)
    directions = reading.directions_of(item, clause, group, body, voice, category, False)
    if len(directions) != 1 or None in (directions[0].giver, directions[0].receiver):
        return None
    event, statement, inferred, _ = claim_dates(reading.items, item, clause, voice.said,
                                                ClaimKind.COMPLETED, clause[0] + group.start,
                                                [])
    d = directions[0]
    flags = (("direction_conflict",) if d.conflict else ()) + (
        ("year_inferred",) if inferred else ())
    return Claim(giver=d.giver, receiver=d.receiver, category=held_as(category, d),
                 count=None, qualifier=group.qualifier, kind=ClaimKind.COMPLETED,
                 event_date=event, statement_date=statement, speaker=voice.speaker,
                 quote=item.text, start=item.start, end=item.end, flags=flags)
