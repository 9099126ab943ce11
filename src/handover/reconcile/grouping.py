"""Grouping one lane's claims into handovers.

A lane holds the claims of one direction, one category class and one kind (see
:data:`handover.reconcile.normalize.Lane`), so grouping only has to decide *when*:

1. Dated claims group by their exact date. Stages on consecutive days (1,200 bodies on 13 June
   and 1,200 on 14 June) are separate handovers, so no tolerance is allowed between dates.
2. An undated claim attaches to the dated handover of its lane on which its own report gives
   the same figure (a report dates a handover once and repeats the figure without the date).
   Otherwise it attaches to the dated handover of its lane that falls in the window before
   the day it was made (after it, for an announcement): when there is one candidate whose
   dated figures are near its own, or when exactly one candidate has a dated claim with the
   same count. A completed handover cannot
   happen after the statement that reports it, so 1,212 stated on 11 June never joins 13 June.
3. Undated claims left over form their own events: claims of near figures (see 2) made within
   the window of each other chain into one event, named by the last day a claim in it was
   made.
4. Undated claims with no date at all (no statement date, no publication date) form one event.

Nothing here depends on the order claims arrive in.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from handover.domain import ClaimKind
from handover.reconcile.normalize import Entry
from handover.reconcile.views import Rules

__all__ = ["DATED", "UNDATED", "UNPLACED", "Group", "GroupKey", "group_lane"]

DATED = "dated"
UNDATED = "undated"
UNPLACED = "unplaced"

GroupKey = tuple[str, date | None]
"""(DATED, the handover's date), (UNDATED, the last day a claim was made) or (UNPLACED, None)."""


class Group(NamedTuple):
    """One handover's claims: those that count (``members``) and those set aside, with why."""

    key: GroupKey
    members: tuple[Entry, ...]
    aside: tuple[tuple[Entry, str], ...]


def group_lane(active: Sequence[Entry], aside: Sequence[tuple[Entry, str]],
               rules: Rules) -> tuple[list[Group], list[tuple[Entry, str]]]:
    """Group one lane's claims into handovers; also return the set-aside claims left unplaced.

    Set-aside claims never shape a group: they are shown on the group of their date (or the
    group an undated claim would attach to), or returned when there is none.
    """
    buckets: dict[date, list[Entry]] = {}
    undated: list[Entry] = []
    unplaced: list[Entry] = []
    for entry in active:
        if entry.when is not None:
            buckets.setdefault(entry.when, []).append(entry)
        elif entry.ref is not None:
            undated.append(entry)
        else:
            unplaced.append(entry)
    days = sorted(buckets)
    counts = _Counts(buckets)
    loose: list[Entry] = []
    attached: dict[date, list[Entry]] = {}
    for entry in undated:
        target = _attach(entry, days, counts, rules)
        if target is None:
            loose.append(entry)
        else:
            attached.setdefault(target, []).append(entry)
    put_aside, left = _place_aside(aside, days, counts, rules)
    groups = [Group((DATED, d), tuple(sorted(buckets[d] + attached.get(d, []), key=_by_id)),
                    tuple(sorted(put_aside.get(d, ()), key=lambda p: p[0].id))) for d in days]
    groups.extend(_clusters(loose, rules))
    if unplaced:
        groups.append(Group((UNPLACED, None), tuple(sorted(unplaced, key=_by_id)), ()))
    return groups, left


class _Counts:
    """The counts of each day's dated claims, worked out only for the days asked about."""

    def __init__(self, buckets: dict[date, list[Entry]]) -> None:
        self._buckets = buckets
        self._known: dict[date, set[int | None]] = {}
        self._reports: dict[tuple[int | None, int | None], set[date]] | None = None

    def __getitem__(self, day: date) -> set[int | None]:
        found = self._known.get(day)
        if found is None:
            found = self._known[day] = {e.claim.count for e in self._buckets[day]}
        return found

    def in_report(self, report_id: int, count: int | None) -> set[date]:
        """The days on which one report gives a dated claim of this count."""
        if self._reports is None:
            self._reports = {}
            for day, entries in self._buckets.items():
                for e in entries:
                    key = (e.view.record.report_id, e.claim.count)
                    self._reports.setdefault(key, set()).add(day)
        return self._reports.get((report_id, count), set())


def _by_id(entry: Entry) -> int:
    return entry.id


def _attach(entry: Entry, days: Sequence[date], counts: _Counts,
            rules: Rules) -> date | None:
    """The dated handover an undated claim belongs to, when that is unambiguous."""
    ref = entry.ref
    if ref is None or not days:
        return None
    report_id = entry.view.record.report_id
    if report_id is not None and entry.claim.count is not None:
        same_report = counts.in_report(report_id, entry.claim.count)
        if len(same_report) == 1:
            return next(iter(same_report))
    if entry.claim.kind is ClaimKind.ANNOUNCED:
        low, high = ref, ref + timedelta(days=rules.announce_window_days)
    else:
        low, high = ref - timedelta(days=rules.undated_window_days), ref
    candidates = days[bisect_left(days, low):bisect_right(days, high)]
    count = entry.claim.count
    if len(candidates) == 1:
        return candidates[0] if _near(count, counts[candidates[0]], rules) else None
    if count is None:
        return None
    matching = [d for d in candidates if count in counts[d]]
    return matching[0] if len(matching) == 1 else None


def _near(count: int | None, dated: set[int | None], rules: Rules) -> bool:
    """Whether an undated figure may describe a day's handover: no figure on either side, a
    zero (none returned is a claim about that very handover), or within ``attach_factor`` of
    a figure dated on that day. A figure six times the day's is another handover or a total
    that a report failed to mark, and stays apart rather than dispute the day's figure."""
    known = [c for c in dated if c is not None]
    if count is None or not known or count == 0 or 0 in known:
        return True
    return any(max(count, c) <= rules.attach_factor * min(count, c) for c in known)


def _place_aside(aside: Sequence[tuple[Entry, str]], days: Sequence[date],
                 counts: _Counts, rules: Rules
                 ) -> tuple[dict[date, list[tuple[Entry, str]]], list[tuple[Entry, str]]]:
    placed: dict[date, list[tuple[Entry, str]]] = {}
    left: list[tuple[Entry, str]] = []
    known = set(days)
    for entry, reason in aside:
        target = entry.when if entry.when in known else None
        if target is None and entry.when is None:
            target = _attach(entry, days, counts, rules)
        if target is None:
            left.append((entry, reason))
        else:
            placed.setdefault(target, []).append((entry, reason))
    return placed, left


def _clusters(loose: list[Entry], rules: Rules) -> list[Group]:
    """Undated claims of near figures, made within the window of each other, chained into
    events."""
    return [group for family in _families(loose, rules)
            for group in _chained(family, rules.undated_window_days)]


def _families(loose: list[Entry], rules: Rules) -> list[list[Entry]]:
    """Loose claims split by figure: sorted counts chain while each is within
    ``attach_factor`` of the one before. Claims of none or of no figure join the only family
    there is; beside several they make their own."""
    counted = sorted((e for e in loose if e.claim.count), key=lambda e: (e.claim.count, e.id))
    families: list[list[Entry]] = []
    for entry in counted:
        before = families[-1][-1].claim.count if families else None
        if before is not None and _near(entry.claim.count, {before}, rules):
            families[-1].append(entry)
        else:
            families.append([entry])
    rest = [e for e in loose if not e.claim.count]
    if rest and len(families) == 1:
        families[0].extend(rest)
    elif rest:
        families.append(rest)
    return families


def _chained(loose: list[Entry], window: int) -> list[Group]:
    """Undated claims made within ``window`` days of each other, chained into events."""
    if not loose:
        return []
    ordered = sorted(((e.ref or date.min, e) for e in loose), key=lambda p: (p[0], p[1].id))
    groups: list[Group] = []
    current: list[Entry] = []
    last = date.min
    for ref, entry in ordered:
        if current and (ref - last).days > window:
            groups.append(Group((UNDATED, last), tuple(current), ()))
            current = []
        current.append(entry)
        last = ref
    groups.append(Group((UNDATED, last), tuple(current), ()))
    return groups
