"""The working state of a reconciliation, kept so that a later run redoes only what changed.

Claims live in lanes (direction, category class, kind); events come from one lane's groups;
links (totals, announcements, swaps) only look inside a family (a pair of parties and a class).
So a changed claim re-groups its lane (old and new), the lanes of the claims it supersedes,
and re-links their families; a group whose claims did not change keeps its computed figures,
and an event whose figures and links did not change is kept as it was. A full run is the same
procedure starting from an empty state, so both give the same result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from handover.domain import Agreement, ClaimKind, HandoverEvent, ReviewState
from handover.reconcile.agreed import AgreedLink, match_agreed
from handover.reconcile.events import (
    Built,
    Notes,
    build_group,
    cache_key,
    make_event,
    suffixed,
)
from handover.reconcile.grouping import GroupKey, group_lane
from handover.reconcile.links import Family, family_of, link_family
from handover.reconcile.normalize import Entry, Lane, prepare
from handover.reconcile.results import Problem, SetAside
from handover.reconcile.views import ClaimView, Rules

__all__ = ["LedgerState", "empty_state", "update_state"]

_NO_NOTES = Notes()
Place = tuple[Lane, GroupKey]


@dataclass
class LedgerState:
    """Everything a later update needs; each update works on a copy, never in place."""

    rules: Rules
    agreements: tuple[Agreement, ...]
    entries: dict[int, Entry] = field(default_factory=dict)
    superseders: dict[int, frozenset[int]] = field(default_factory=dict)
    lanes: dict[Lane, frozenset[int]] = field(default_factory=dict)
    built: dict[Lane, tuple[Built, ...]] = field(default_factory=dict)
    placed: dict[Place, Built] = field(default_factory=dict)
    bases: dict[str, frozenset[Place]] = field(default_factory=dict)
    ids: dict[Place, str] = field(default_factory=dict)
    loose: dict[Lane, tuple[tuple[Entry, str], ...]] = field(default_factory=dict)
    events: dict[Family, tuple[HandoverEvent, ...]] = field(default_factory=dict)
    made: dict[str, tuple[Built, Notes, HandoverEvent]] = field(default_factory=dict)
    aside: dict[Family, tuple[SetAside, ...]] = field(default_factory=dict)
    problems: dict[Family, tuple[Problem, ...]] = field(default_factory=dict)
    derived: tuple[Agreement, ...] = ()
    links: tuple[AgreedLink, ...] = ()
    duplicates: dict[int, str] = field(default_factory=dict)

    def copy(self) -> LedgerState:
        """A copy whose dictionaries can change without touching this state."""
        return replace(
            self, entries=dict(self.entries), superseders=dict(self.superseders),
            lanes=dict(self.lanes), built=dict(self.built), placed=dict(self.placed),
            bases=dict(self.bases), ids=dict(self.ids), loose=dict(self.loose),
            events=dict(self.events), made=dict(self.made), aside=dict(self.aside),
            problems=dict(self.problems), duplicates=dict(self.duplicates))

    def reason(self, entry: Entry) -> str | None:
        """Why a claim is set aside, or None when it counts."""
        if entry.fault is not None:
            return entry.fault
        by = self.superseders.get(entry.id)
        if by:
            return "superseded by " + ", ".join(f"claim #{i}" for i in sorted(by))
        return None


def empty_state(agreements: Iterable[Agreement], rules: Rules) -> LedgerState:
    """The state before any claim."""
    return LedgerState(rules=rules, agreements=tuple(agreements))


def update_state(state: LedgerState, views: Iterable[ClaimView]) -> LedgerState:
    """A new state with these claims added or replaced (by id); ``state`` is left as it was."""
    new = state.copy()
    touched, changed = _apply(new, _dedupe(views, new.duplicates))
    grouped = [lane for lane in touched if lane[3] is not ClaimKind.AGREED]
    old = [b for lane in grouped for b in new.built.get(lane, ())]
    for lane in grouped:
        _rebuild_lane(new, lane, changed)
    if len(grouped) < len(touched):
        _rematch_agreed(new)
    moved = _reassign_ids(new, old, [b for lane in grouped for b in new.built.get(lane, ())])
    for family in {family_of(lane) for lane in (*grouped, *moved)}:
        _relink(new, family)
    return new


def _dedupe(views: Iterable[ClaimView], duplicates: dict[int, str]) -> dict[int, ClaimView]:
    """One view per id; two different views of one id keep the larger by content, reported."""
    chosen: dict[int, ClaimView] = {}
    for view in views:
        held = chosen.get(view.id)
        if held is None or held == view:
            chosen[view.id] = view
            continue
        keep = max(held, view, key=lambda v: repr((v.record, v.source, v.published)))
        chosen[view.id] = keep
        duplicates[view.id] = (f"Claim #{view.id} was given twice with different content; "
                               "one version is used.")
    return chosen


def _apply(state: LedgerState, views: dict[int, ClaimView]) -> tuple[set[Lane], set[int]]:
    """Put the claims into the state; return the lanes to redo and the claims that changed."""
    touched: set[Lane] = set()
    changed: set[int] = set()
    targets: set[int] = set()
    added: dict[Lane, set[int]] = {}
    removed: dict[Lane, set[int]] = {}
    for claim_id, view in views.items():
        old = state.entries.get(claim_id)
        if old is not None and old.view == view:
            continue
        new = prepare(view, state.rules)
        changed.add(claim_id)
        for entry in (new,) if old is None else (old, new):
            touched.add(entry.lane)
            _supersede(state, entry, add=entry is new)
            if entry.view.record.supersedes is not None:
                targets.add(entry.view.record.supersedes)
        if old is not None:
            removed.setdefault(old.lane, set()).add(claim_id)
        added.setdefault(new.lane, set()).add(claim_id)
        state.entries[claim_id] = new
    for lane in set(added) | set(removed):
        members = (state.lanes.get(lane, frozenset()) - removed.get(lane, set())) \
            | added.get(lane, set())
        state.lanes[lane] = frozenset(members)
    touched |= {state.entries[t].lane for t in targets if t in state.entries}
    return touched, changed


def _supersede(state: LedgerState, entry: Entry, *, add: bool) -> None:
    """Record (or withdraw) what a claim supersedes; a rejected correction replaces nothing."""
    record = entry.view.record
    target = record.supersedes
    if target is None or record.review is ReviewState.REJECTED:
        return
    held = state.superseders.get(target, frozenset())
    updated = held | {record.id} if add else held - {record.id}
    if updated:
        state.superseders[target] = updated
    else:
        state.superseders.pop(target, None)


def _rebuild_lane(state: LedgerState, lane: Lane, changed: set[int]) -> None:
    """Group one lane again, reusing the figures of groups whose claims did not change."""
    active: list[Entry] = []
    aside: list[tuple[Entry, str]] = []
    for claim_id in state.lanes.get(lane, frozenset()):
        entry = state.entries[claim_id]
        reason = state.reason(entry)
        if reason is None:
            active.append(entry)
        else:
            aside.append((entry, reason))
    groups, loose = group_lane(active, aside, state.rules)
    reusable = {b.cache_key: b for b in state.built.get(lane, ())
                if not any(e.id in changed for e in b.members)
                and not any(e.id in changed for e, _ in b.aside)}
    built = tuple(reusable.get(cache_key(g)) or build_group(lane, g, state.rules)
                  for g in groups)
    state.built[lane] = built
    state.loose[lane] = tuple(sorted(loose, key=lambda pair: pair[0].id))
    for mapping in (state.built, state.loose):
        if not mapping[lane]:
            del mapping[lane]


def _reassign_ids(state: LedgerState, old: list[Built], new: list[Built]) -> set[Lane]:
    """Settle the ids of every base id the rebuilt lanes touch; return lanes whose ids moved."""
    was: dict[Place, str] = {}
    affected: set[str] = set()
    for item in old:
        place = (item.lane, item.key)
        state.placed.pop(place, None)
        was[place] = state.ids.pop(place, "")
        state.bases[item.base_id] = state.bases.get(item.base_id, frozenset()) - {place}
        affected.add(item.base_id)
    for item in new:
        place = (item.lane, item.key)
        state.placed[place] = item
        state.bases[item.base_id] = state.bases.get(item.base_id, frozenset()) | {place}
        affected.add(item.base_id)
    moved: set[Lane] = set()
    for base in affected:
        places = state.bases[base]
        if not places:
            del state.bases[base]
            continue
        for item, event_id in suffixed(state.placed[p] for p in places):
            place = (item.lane, item.key)
            if state.ids.get(place, was.get(place)) != event_id:
                moved.add(item.lane)
            state.ids[place] = event_id
    return moved


def _rematch_agreed(state: LedgerState) -> None:
    """Match every agreed claim again (they are few) and derive agreements from the rest."""
    active: list[Entry] = []
    for lane, ids in state.lanes.items():
        if lane[3] is ClaimKind.AGREED:
            active.extend(e for e in (state.entries[i] for i in ids) if state.reason(e) is None)
    state.derived, state.links = match_agreed(active, state.agreements, state.rules)


def _relink(state: LedgerState, family: Family) -> None:
    """Rebuild the events of one family with their links, reusing those that did not change."""
    placed = sorted(((state.ids[(lane, b.key)], b) for lane, built in state.built.items()
                     if family_of(lane) == family for b in built), key=lambda p: p[0])
    notes = link_family(placed, state.rules)
    previous = {}
    for old in state.events.pop(family, ()):
        held = state.made.get(old.id)
        if held is not None and held[2] is old:
            previous[old.id] = state.made.pop(old.id)
    events = []
    for event_id, built in placed:
        note = notes.get(event_id, _NO_NOTES)
        held = previous.get(event_id)
        if held is not None and held[0] is built and held[1] == note:
            event = held[2]
        else:
            event = make_event(event_id, built, note)
        state.made[event_id] = (built, note, event)
        events.append(event)
    state.events[family] = tuple(events)
    state.aside[family] = tuple(
        [SetAside(e.id, why, i) for i, b in placed for e, why in b.aside]
        + [SetAside(c, why, i) for i, b in placed for c, why in b.figures.corrected])
    state.problems[family] = tuple(Problem(p, event=e.id) for e in events for p in e.problems)
    for mapping in (state.events, state.aside, state.problems):
        if not mapping[family]:
            del mapping[family]
