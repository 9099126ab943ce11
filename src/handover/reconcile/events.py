"""From a group of claims to a :class:`~handover.domain.HandoverEvent`: figures, id, explanation.

Event ids are read from content, never from the order claims arrived in:
``2025-06-13-russia-ukraine-bodies`` for a dated handover, ``undated-2025-06-13-...`` for claims
with no date of their own (named by the last day one was made), ``-announced`` and ``-total``
for announcements and running totals. When two events would share an id (two names that slug
alike), the one whose claims sort later by content takes ``-2``, then ``-3``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from handover.domain import Category, ClaimKind, HandoverEvent
from handover.reconcile.figures import Figures, figure_event
from handover.reconcile.grouping import DATED, Group, GroupKey
from handover.reconcile.normalize import Entry, Lane
from handover.reconcile.text import figure_text, join_words, number, slug, voice_phrase
from handover.reconcile.views import Rules

__all__ = ["Built", "CacheKey", "Notes", "build_group", "cache_key", "make_event", "suffixed"]

_KIND_SUFFIX = {ClaimKind.COMPLETED: "", ClaimKind.ANNOUNCED: "-announced",
                ClaimKind.CUMULATIVE: "-total", ClaimKind.AGREED: "-agreed"}
_PEOPLE = {Category.POW: "prisoners of war", Category.CIVILIAN: "civilians",
           Category.DETAINEE: "detainees", Category.HOSTAGE: "hostages",
           Category.BODIES: "bodies", Category.MIXED: "people"}


CacheKey = tuple[GroupKey, tuple[int, ...], tuple[tuple[int, str], ...]]
"""What a group's figures depend on: its place, the claims in it and those set aside."""


@dataclass(frozen=True)
class Built:
    """One group with its figures, before ids and links to other events are settled."""

    lane: Lane
    key: GroupKey
    members: tuple[Entry, ...]
    aside: tuple[tuple[Entry, str], ...]
    figures: Figures
    base_id: str
    signature: tuple[tuple[str, int, str, str], ...]
    cache_key: CacheKey

    @property
    def when(self) -> date | None:
        """The date the event is placed at: its own, or the last day an undated claim was made."""
        return self.key[1]


def cache_key(group: Group) -> CacheKey:
    """The cache key of a group (see :data:`CacheKey`)."""
    return (group.key, tuple(sorted(e.id for e in group.members)),
            tuple(sorted((e.id, why) for e, why in group.aside)))


@dataclass(frozen=True)
class Notes:
    """What other events add to one: discrepancies, explanation, related ids."""

    discrepancies: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    disagreement: str | None = None


def build_group(lane: Lane, group: Group, rules: Rules) -> Built:
    """Compute one group's figures and its base id."""
    giver, receiver, klass, kind = lane
    figures = figure_event(group.members, giver, receiver, rules)
    state, when = group.key
    if state == DATED and when is not None:
        head = when.isoformat()
    else:
        head = f"undated-{when.isoformat()}" if when else "undated"
    base = f"{head}-{slug(giver)}-{slug(receiver)}-{klass.value}{_KIND_SUFFIX[kind]}"
    signature = tuple(sorted((e.source.name, -1 if e.claim.count is None else e.claim.count,
                              e.claim.category.value, e.claim.quote) for e in group.members))
    return Built(lane, group.key, group.members, group.aside, figures, base, signature,
                 cache_key(group))


def suffixed(items: Iterable[Built]) -> list[tuple[Built, str]]:
    """Ids for events sharing one base id: the base, then ``-2``, ``-3`` in content order."""
    ordered = sorted(items, key=lambda b: (b.signature, tuple(str(part) for part in b.lane)))
    return [(item, item.base_id if rank == 1 else f"{item.base_id}-{rank}")
            for rank, item in enumerate(ordered, start=1)]


def make_event(event_id: str, built: Built, notes: Notes) -> HandoverEvent:
    """The domain event: figures, discrepancies, problems and the explanation."""
    giver, receiver, _, kind = built.lane
    figures = built.figures
    discrepancies = [d for d in (notes.disagreement or figures.disagreement,) if d]
    discrepancies.extend(_direction_notes(built))
    discrepancies.extend(notes.discrepancies)
    problems = sorted({p for e in built.members for p in e.problems}
                      | {p for e, _ in built.aside for p in e.problems} | set(figures.problems))
    state, when = built.key
    corrected = {i for i, _ in figures.corrected}
    return HandoverEvent(
        id=event_id, date=when if state == DATED else None, giver=giver, receiver=receiver,
        category=figures.category, best=figures.best, low=figures.low, high=figures.high,
        status=figures.status, confirmed_by=figures.confirmed_by,
        claims=tuple(sorted(e.id for e in built.members if e.id not in corrected)),
        discrepancies=tuple(discrepancies), kind=kind.value,
        explanation=_explain(built, notes), problems=tuple(problems),
        set_aside=tuple(sorted({e.id for e, _ in built.aside} | corrected)),
        related=tuple(sorted(set(notes.related))))


def _direction_notes(built: Built) -> list[str]:
    """Plain words for each claim whose direction the ledger reversed."""
    found = []
    for entry in sorted(built.members, key=lambda e: e.id):
        if not entry.flipped:
            continue
        claim = entry.claim
        people = _PEOPLE[claim.category]
        amount = f"{number(claim.count)} {people}" if claim.count is not None else people
        found.append(
            f"As written, claim #{entry.id} ({voice_phrase(entry.source)}) has {claim.giver} "
            f"handing over {amount} to {claim.receiver}, but names them as "
            f"{claim.giver}'s own; the ledger concludes {entry.giver} handed them over to "
            f"{entry.receiver}.")
    return found


def _explain(built: Built, notes: Notes) -> str:
    figures = built.figures
    corrected = {i for i, _ in figures.corrected}
    ids = ", ".join(f"#{e.id}" for e in sorted(built.members, key=lambda e: e.id)
                    if e.id not in corrected) or "none that count"
    voices = sorted({voice_phrase(f.voice) for f in figures.figures}
                    | {voice_phrase(s) for s in figures.silent})
    parts = [f"From claims {ids} ({join_words(voices)})."]
    if figures.best is None:
        parts.append("No claim gives a figure.")
    else:
        parts.append(f"Best {number(figures.best)}: {figures.rule}.")
        high = "unknown (a lower bound only)" if figures.high is None else number(figures.high)
        low = number(figures.low) if figures.low is not None else "unknown"
        parts.append(f"Low {low} and high {high} span the figures that count.")
    parts.append(figures.support[0].upper() + figures.support[1:] + ".")
    if figures.breakdowns:
        parts.append("Breakdown: " + "; ".join(figures.breakdowns) + ".")
    aside = sorted([(e.id, why) for e, why in built.aside] + list(figures.corrected))
    if aside:
        parts.append("Set aside: " + "; ".join(f"#{i} ({why})" for i, why in aside) + ".")
    for entry in sorted(built.members, key=lambda e: e.id):
        replaced = entry.view.record.supersedes
        if replaced is not None:
            parts.append(f"Claim #{entry.id} corrects claim #{replaced}.")
    if figures.figures and len(figures.figures) > 1:
        listed = "; ".join(f"{voice_phrase(f.voice)}: {figure_text(f.amount, f.qualifier)}"
                           for f in figures.figures)
        parts.append(f"Figures: {listed}.")
    parts.extend(notes.explanation)
    return " ".join(parts)
