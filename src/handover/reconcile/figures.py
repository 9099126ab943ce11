"""The figures of one handover: best, low and high, status, and who confirms it.

The default rule (docs/reconciliation.md, "Figures"):

1. Each voice speaks once: when a voice made statements on several days, its latest statement
   counts and an earlier one giving other figures is set aside as corrected.
2. A statement that breaks its total down ("390: 270 servicemen and 120 civilians") gives one
   figure, its total; parts that do not add up are a problem on the event. A breakdown without
   a total gives the sum of its parts.
3. The best figure comes from the most authoritative voice: the receiving side's own officials
   count what they received; then an intermediary's officials; then the giving side's; then any
   other official; then news outlets; then unnamed sources. Among equals: a figure a reviewer
   accepted, an exact figure over an approximate one or a bound, the later statement, the figure
   more voices give, and at last the smaller figure.
4. Low and high span every figure that counts. "At least N" is a lower bound: when nothing caps
   it, high is unknown (null). "At most N" alone leaves low at 0.
5. Disputed when figures disagree beyond the tolerance (none between exact figures, 10% when
   one is "about"); corroborated when voices of two camps agree, one of them a party's
   (both sides, or a side and an intermediary or an outlet's own source); otherwise single
   source. A voice that confirms the handover without a figure counts as agreeing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from handover.domain import Category, EventStatus, Qualifier, ReviewState, Source, SourceKind
from handover.reconcile.normalize import Entry
from handover.reconcile.text import day, figure_text, join_words, number, voice_phrase
from handover.reconcile.views import Rules

__all__ = ["Figure", "Figures", "agree", "figure_event"]

_OFFICIAL = (SourceKind.OFFICIAL, SourceKind.OFFICIAL_BODY)
_QUALIFIER_RANK = {Qualifier.EXACT: 0, Qualifier.ABOUT: 1, Qualifier.AT_LEAST: 2,
                   Qualifier.AT_MOST: 2}
_PART_ORDER = (Category.POW, Category.CIVILIAN, Category.DETAINEE, Category.HOSTAGE,
               Category.BODIES)
TIER_RULES = (
    "the receiving side's own official count",
    "the count of an intermediary's officials",
    "the giving side's official count",
    "an official's count",
    "a news outlet's count",
    "an unnamed source's count",
)
_TIEBREAKS = (
    "",
    "a reviewer accepted it",
    "it is exact where the others are approximate or bounds",
    "it is the later statement",
    "more voices give it",
    "it is the smaller figure",
    "it is the smaller figure",
)


class Figure(NamedTuple):
    """One voice's figure for a handover, and what gives it weight."""

    amount: int
    qualifier: Qualifier
    voice: Source
    claims: tuple[int, ...]
    when: date | None
    tier: int
    accepted: bool


@dataclass(frozen=True)
class Figures:
    """What the figures of one handover come to, with the reasons."""

    best: int | None
    low: int | None
    high: int | None
    category: Category
    status: EventStatus
    confirmed_by: tuple[str, ...]
    rule: str
    chosen: Figure | None
    figures: tuple[Figure, ...]
    silent: tuple[Source, ...]
    corrected: tuple[tuple[int, str], ...]
    breakdowns: tuple[str, ...]
    problems: tuple[str, ...]
    disagreement: str | None
    support: str


def figure_event(members: Sequence[Entry], giver: str | None, receiver: str | None,
                 rules: Rules) -> Figures:
    """The figures of one handover from the claims that count."""
    statements, corrected = _latest_statements(members)
    raw: list[Figure] = []
    silent: list[Source] = []
    breakdowns: list[str] = []
    problems: list[str] = []
    for statement in statements:
        counted = [e for e in statement if e.claim.count is not None]
        if not counted:
            silent.append(statement[0].source)
            continue
        tier = _tier(statement[0].source, giver, receiver, rules)
        raw.extend(_statement_figures(counted, tier, breakdowns, problems))
    figures = _merge(raw)
    chosen, rule = _choose(figures)
    low, high = _span(figures)
    status, support = _status(figures, silent, rules)
    return Figures(
        best=chosen.amount if chosen else None, low=low, high=high,
        category=_category(members), status=status,
        confirmed_by=_confirmed(figures, silent, chosen, rules), rule=rule, chosen=chosen,
        figures=figures, silent=tuple(sorted(set(silent), key=lambda s: s.name)),
        corrected=tuple(sorted(corrected)), breakdowns=tuple(sorted(breakdowns)),
        problems=tuple(sorted(problems)),
        disagreement=_disagreement(figures) if status is EventStatus.DISPUTED else None,
        support=support)


def agree(a: Figure, b: Figure, rules: Rules) -> bool:
    """Whether two figures are consistent within the tolerance."""
    return _consistent((a, b), rules)


def _latest_statements(members: Sequence[Entry]
                       ) -> tuple[list[list[Entry]], list[tuple[int, str]]]:
    """Each voice's statements, keeping the latest with a figure; earlier ones giving other
    figures are set aside as corrected. Statements without a figure are always kept."""
    by_voice: dict[str, dict[tuple[date, int], list[Entry]]] = {}
    for entry in members:
        key = (entry.ref or date.min, entry.view.record.report_id or 0)
        by_voice.setdefault(entry.source.name, {}).setdefault(key, []).append(entry)
    kept: list[list[Entry]] = []
    corrected: list[tuple[int, str]] = []
    for statements in by_voice.values():
        counted = [when for (when, _), group in statements.items()
                   if any(e.claim.count is not None for e in group)]
        latest = max(counted, default=date.min)
        latest_counts = {e.claim.count for (when, _), group in statements.items()
                         if when == latest for e in group} - {None}
        for (when, _), group in statements.items():
            counts = {e.claim.count for e in group} - {None}
            if when >= latest or counts <= latest_counts:
                kept.append(group)
                continue
            reason = (f"corrected by {voice_phrase(group[0].source)}'s later statement"
                      f" of {day(latest)}")
            corrected.extend((e.id, reason) for e in group)
    return kept, corrected


def _tier(source: Source, giver: str | None, receiver: str | None, rules: Rules) -> int:
    if source.kind in _OFFICIAL:
        if source.affiliation is not None and source.affiliation == receiver:
            return 0
        if source.affiliation in rules.intermediaries:
            return 1
        if source.affiliation is not None and source.affiliation == giver:
            return 2
        return 3
    return 4 if source.kind is SourceKind.NEWS_OUTLET else 5


def _figure(entries: Sequence[Entry], count: int, qualifier: Qualifier, tier: int) -> Figure:
    return Figure(count, qualifier, entries[0].source, tuple(sorted(e.id for e in entries)),
                  entries[0].ref, tier,
                  any(e.view.record.review is ReviewState.ACCEPTED for e in entries))


def _statement_figures(counted: list[Entry], tier: int, breakdowns: list[str],
                       problems: list[str]) -> list[Figure]:
    """One statement's figures: its totals, or the sum of its parts when it gives no total."""
    totals = [e for e in counted if e.claim.category is Category.MIXED]
    parts: dict[Category, int] = {}
    for entry in counted:
        if entry.claim.category is not Category.MIXED:
            category = entry.claim.category
            parts[category] = max(parts.get(category, 0), entry.claim.count or 0)
    if not parts or (len(parts) == 1 and not totals):
        return [_figure([e], e.claim.count or 0, e.claim.qualifier, tier) for e in counted]
    who = voice_phrase(counted[0].source)
    listed = " + ".join(f"{number(parts[c])} {c.value}" for c in _PART_ORDER if c in parts)
    if not totals:
        total = sum(parts.values())
        breakdowns.append(f"{who}: {listed} = {number(total)}")
        return [_figure(counted, total, _weakest(e.claim.qualifier for e in counted), tier)]
    for entry in totals:
        total = entry.claim.count or 0
        summed = sum(parts.values())
        if (len(parts) >= 2 and summed != total) or summed > total:
            ids = ", ".join(f"#{e.id}" for e in sorted(counted, key=lambda e: e.id))
            problems.append(f"{who} gives {number(total)} in all but its parts add up to "
                            f"{number(summed)} ({listed}); claims {ids}.")
        elif len(parts) >= 2:
            breakdowns.append(f"{who}: {number(total)} = {listed}")
    return [_figure([e], e.claim.count or 0, e.claim.qualifier, tier) for e in totals]


def _weakest(qualifiers: Iterable[Qualifier]) -> Qualifier:
    found = set(qualifiers)
    if found <= {Qualifier.EXACT}:
        return Qualifier.EXACT
    if Qualifier.AT_LEAST in found and Qualifier.AT_MOST not in found:
        return Qualifier.AT_LEAST
    if Qualifier.AT_MOST in found and Qualifier.AT_LEAST not in found:
        return Qualifier.AT_MOST
    return Qualifier.ABOUT


def _merge(raw: list[Figure]) -> tuple[Figure, ...]:
    """One figure per voice and stated figure, with every claim that states it."""
    merged: dict[tuple[str, int, Qualifier], Figure] = {}
    for fig in raw:
        key = (fig.voice.name, fig.amount, fig.qualifier)
        old = merged.get(key)
        if old is None:
            merged[key] = fig
            continue
        whens = [w for w in (old.when, fig.when) if w is not None]
        merged[key] = old._replace(
            claims=tuple(sorted({*old.claims, *fig.claims})),
            when=max(whens) if whens else None, tier=min(old.tier, fig.tier),
            accepted=old.accepted or fig.accepted)
    return tuple(merged[k] for k in sorted(merged, key=lambda k: (k[1], k[0], k[2].value)))


def _rank(fig: Figure, support: Counter[int]) -> tuple[int, int, int, int, int, int, str]:
    when = fig.when.toordinal() if fig.when else 0
    return (fig.tier, 0 if fig.accepted else 1, _QUALIFIER_RANK[fig.qualifier], -when,
            -support[fig.amount], fig.amount, fig.voice.name)


def _choose(figures: Sequence[Figure]) -> tuple[Figure | None, str]:
    """The best figure, and the rule that chose it in words."""
    if not figures:
        return None, "no claim gives a figure"
    support = Counter(f.amount for f in {(f.voice.name, f.amount): f for f in figures}.values())
    ranked = sorted(figures, key=lambda f: _rank(f, support))
    chosen = ranked[0]
    rule = f"{TIER_RULES[chosen.tier]} ({voice_phrase(chosen.voice)})"
    rival = next((f for f in ranked[1:] if f.amount != chosen.amount), None)
    if rival is not None and rival.tier == chosen.tier:
        mine, theirs = _rank(chosen, support), _rank(rival, support)
        step = next(i for i in range(len(mine)) if mine[i] != theirs[i])
        rule += f"; among figures of equal standing, because {_TIEBREAKS[step]}"
    return chosen, rule


def _span(figures: Sequence[Figure]) -> tuple[int | None, int | None]:
    if not figures:
        return None, None
    values = [f.amount for f in figures]
    floors = [f for f in figures if f.qualifier is not Qualifier.AT_MOST]
    ceilings = [f for f in figures if f.qualifier is not Qualifier.AT_LEAST]
    return (min(values) if floors else 0), (max(values) if ceilings else None)


def _consistent(figures: Sequence[Figure], rules: Rules) -> bool:
    """Whether all figures agree: points within the tolerance, and inside every bound."""
    points = [f for f in figures if f.qualifier in (Qualifier.EXACT, Qualifier.ABOUT)]
    floors = [f.amount for f in figures if f.qualifier is Qualifier.AT_LEAST]
    ceilings = [f.amount for f in figures if f.qualifier is Qualifier.AT_MOST]
    if floors and ceilings and max(floors) > min(ceilings):
        return False
    if not points:
        return True
    low, high = min(f.amount for f in points), max(f.amount for f in points)
    tolerance: float = rules.exact_tolerance
    if any(f.qualifier is Qualifier.ABOUT for f in points):
        tolerance = max(tolerance, rules.about_tolerance * high)
    if high - low > tolerance:
        return False
    if floors and max(floors) > low + tolerance:
        return False
    return not (ceilings and min(ceilings) < high - tolerance)


def _camp(source: Source) -> str:
    return source.affiliation or f"~{source.relayed_by or source.name}"


def _status(figures: Sequence[Figure], silent: Sequence[Source],
            rules: Rules) -> tuple[EventStatus, str]:
    if figures and not _consistent(figures, rules):
        return EventStatus.DISPUTED, "disputed: the voices' figures disagree"
    voices = [f.voice for f in figures] + list(silent)
    camps: dict[str, str] = {}
    for voice in sorted(voices, key=lambda v: v.name):
        camps.setdefault(_camp(voice), voice.affiliation or voice_phrase(voice))
    names = [camps[c] for c in sorted(camps)]
    if len(camps) >= 2 and any(not c.startswith("~") for c in camps):
        return EventStatus.CORROBORATED, f"corroborated: {join_words(names)} agree"
    if not voices:
        return EventStatus.SINGLE_SOURCE, "single source: no voice"
    return EventStatus.SINGLE_SOURCE, f"single source: only {join_words(names)}"


def _confirmed(figures: Sequence[Figure], silent: Sequence[Source], chosen: Figure | None,
               rules: Rules) -> tuple[str, ...]:
    """Parties whose own officials or official bodies back the best figure (or the handover)."""
    parties = {s.affiliation for s in silent if s.kind in _OFFICIAL and s.affiliation}
    for fig in figures:
        voice = fig.voice
        if voice.kind in _OFFICIAL and voice.affiliation and chosen is not None \
                and _consistent((fig, chosen), rules):
            parties.add(voice.affiliation)
    return tuple(sorted(parties))


def _disagreement(figures: Sequence[Figure]) -> str:
    """"Interfax's unnamed source says none; Vladimir Medinsky says 27"."""
    stated: dict[tuple[int, int, Qualifier], set[str]] = {}
    for fig in figures:
        key = (fig.amount, _QUALIFIER_RANK[fig.qualifier], fig.qualifier)
        stated.setdefault(key, set()).add(voice_phrase(fig.voice))
    parts = []
    for key in sorted(stated):
        voices = sorted(stated[key])
        verb = "says" if len(voices) == 1 else "say"
        parts.append(f"{join_words(voices)} {verb} {figure_text(key[0], key[2])}")
    return "; ".join(parts)


def _category(members: Sequence[Entry]) -> Category:
    categories = {e.claim.category for e in members}
    return categories.pop() if len(categories) == 1 else Category.MIXED
