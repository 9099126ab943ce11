"""Links between events of one family (a pair of parties and a category class).

- A running total is checked against the handovers before it: the latest run of stages whose
  figures add up to it (6,057 = 1,212 + 1,200 x 3 + 1,245) is named; when no run does, the
  nearest sums are reported as a discrepancy.
- An announcement links to the handover that fulfils it: the first in the window after it,
  and the next ones while their sum stays within the announced figure.
- An "N for N" swap told by one voice is set against the other side's count of the same day:
  "Russian Ministry of Defence speaks of 150 for 150 on 30 December 2024; ... counts 189".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from handover.domain import ClaimKind, Qualifier
from handover.reconcile.events import Built, Notes
from handover.reconcile.figures import agree
from handover.reconcile.normalize import Lane
from handover.reconcile.text import day, figure_text, join_words, number, voice_phrase
from handover.reconcile.views import CategoryClass, Rules

__all__ = ["Family", "family_of", "link_family"]

Family = tuple[tuple[str, str], CategoryClass]
"""A pair of parties (sorted, "" for an unknown one) and a category class."""

Placed = tuple[str, Built]


@dataclass
class _Acc:
    discrepancies: list[str] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    disagreement: str | None = None


def family_of(lane: Lane) -> Family:
    """The family a lane belongs to."""
    giver, receiver, klass, _ = lane
    first, second = sorted((giver or "", receiver or ""))
    return (first, second), klass


def link_family(events: Sequence[Placed], rules: Rules) -> dict[str, Notes]:
    """Notes for every event of one family that other events of the family affect."""
    by_lane: dict[Lane, list[Placed]] = {}
    for item in events:
        by_lane.setdefault(item[1].lane, []).append(item)
    acc: dict[str, _Acc] = {}
    for lane, placed in by_lane.items():
        giver, receiver, klass, kind = lane
        if kind is not ClaimKind.COMPLETED:
            continue
        stages = sorted(((i, b) for i, b in placed if b.when and b.figures.best is not None),
                        key=lambda p: (_when(p[1]), p[0]))
        whens = [_when(b) for _, b in stages]
        totals = by_lane.get((giver, receiver, klass, ClaimKind.CUMULATIVE), [])
        for placed_total in totals:
            _check_total(placed_total, stages, whens, rules, acc)
        for announced in by_lane.get((giver, receiver, klass, ClaimKind.ANNOUNCED), []):
            _link_announcement(announced, stages, whens, rules, acc)
        reverse = by_lane.get((receiver, giver, klass, ClaimKind.COMPLETED), [])
        _swaps(placed, reverse, rules, acc)
    return {i: Notes(tuple(a.discrepancies), tuple(a.explanation), tuple(a.related),
                     a.disagreement) for i, a in acc.items()}


def _when(built: Built) -> date:
    return built.when or date.min


def _sum_text(stages: Sequence[Placed]) -> str:
    """"1,212 + 1,200 x 3 + 1,245", runs of equal figures folded."""
    runs: list[list[int]] = []
    for _, built in stages:
        best = built.figures.best or 0
        if runs and runs[-1][0] == best:
            runs[-1][1] += 1
        else:
            runs.append([best, 1])
    words = [number(v) if n == 1 else f"{number(v)} x {n}" for v, n in runs]
    if len(words) > 8:
        words = [*words[:3], "...", *words[-3:]]
    return " + ".join(words)


def _span_text(stages: Sequence[Placed]) -> str:
    first, last = _when(stages[0][1]), _when(stages[-1][1])
    return day(first) if first == last else f"{day(first)} to {day(last)}"


def _fits(total: int, qualifier: Qualifier, low: int, high: float, rules: Rules) -> bool:
    tolerance = rules.about_tolerance * total if qualifier is Qualifier.ABOUT else 0
    tolerance = max(tolerance, rules.exact_tolerance)
    if qualifier is Qualifier.AT_LEAST:
        return high + tolerance >= total
    if qualifier is Qualifier.AT_MOST:
        return low - tolerance <= total
    return low - tolerance <= total <= high + tolerance


def _check_total(placed: Placed, stages: Sequence[Placed], whens: Sequence[date],
                 rules: Rules, acc: dict[str, _Acc]) -> None:
    """Find the latest run of stages that adds up to a stated total, or report the nearest."""
    event_id, built = placed
    chosen = built.figures.chosen
    if chosen is None or built.when is None:
        return
    total, note = chosen.amount, acc.setdefault(event_id, _Acc())
    end = bisect_right(whens, built.when)
    low, high = 0, 0.0
    below: tuple[int, int] | None = None
    for start in range(end - 1, -1, -1):
        figures = stages[start][1].figures
        low += figures.low if figures.low is not None else figures.best or 0
        high += float("inf") if figures.high is None else figures.high
        run = stages[start:end]
        if _fits(total, chosen.qualifier, low, high, rules):
            note.explanation.append(
                f"The total of {figure_text(total, chosen.qualifier)} matches the "
                f"{len(run)} handover(s) from {_span_text(run)}: {_sum_text(run)}.")
            note.related.extend(i for i, _ in run)
            return
        if low > total:
            _report_total(note, total, built, stages, below, (start, end))
            return
        below = (start, end)
    _report_total(note, total, built, stages, below, None)


def _report_total(note: _Acc, total: int, built: Built, stages: Sequence[Placed],
                  below: tuple[int, int] | None, above: tuple[int, int] | None) -> None:
    who = join_words(sorted({voice_phrase(f.voice) for f in built.figures.figures}))
    text = (f"{who} gives a total of {number(total)} by {day(_when(built))}, but no run of the "
            "handovers before it adds up to that")
    nearest = []
    for run in (below, above):
        if run is not None:
            picked = stages[run[0]:run[1]]
            sum_ = sum(b.figures.best or 0 for _, b in picked)
            nearest.append(f"{number(sum_)} ({_span_text(picked)}: {_sum_text(picked)})")
    if nearest:
        text += ": the nearest sums are " + " and ".join(nearest)
    else:
        text += ": the ledger has no handover before it"
    note.discrepancies.append(text + ".")


def _link_announcement(placed: Placed, stages: Sequence[Placed], whens: Sequence[date],
                       rules: Rules, acc: dict[str, _Acc]) -> None:
    event_id, built = placed
    if built.when is None:
        return
    note = acc.setdefault(event_id, _Acc())
    first = bisect_right(whens, built.when - timedelta(days=1))
    last = bisect_right(whens, built.when + timedelta(days=rules.announce_window_days))
    window = stages[first:last]
    if not window:
        note.explanation.append("No handover in the ledger fulfils it yet.")
        return
    target = built.figures.best
    linked, running = [window[0]], window[0][1].figures.best or 0
    for candidate in window[1:]:
        figure = candidate[1].figures.best or 0
        if target is None or running + figure > target * (1 + rules.about_tolerance):
            break
        linked.append(candidate)
        running += figure
    note.related.extend(i for i, _ in linked)
    note.explanation.append(f"Fulfilled by {', '.join(i for i, _ in linked)}: "
                            f"{_sum_text(linked)}.")
    for stage_id, _ in linked:
        stage = acc.setdefault(stage_id, _Acc())
        stage.related.append(event_id)
        stage.explanation.append(f"It fulfils the announcement {event_id}.")
    if target is not None and running != target:
        note.discrepancies.append(
            f"Announced {number(target)}; the handovers that followed add up to "
            f"{number(running)} ({_sum_text(linked)}).")


def _swaps(forward: Sequence[Placed], reverse: Sequence[Placed], rules: Rules,
           acc: dict[str, _Acc]) -> None:
    """Set one voice's "N for N" against another voice's count of the same handover."""
    back = {b.key: b for _, b in reverse if b.key[0] == "dated"}
    for event_id, built in forward:
        other = back.get(built.key)
        if other is None or built.when is None or built.figures.chosen is None:
            continue
        theirs = {(f.voice.name, f.amount) for f in other.figures.figures}
        swaps = [f for f in built.figures.figures if (f.voice.name, f.amount) in theirs]
        for swap in swaps:
            rivals = [f for f in built.figures.figures if not agree(f, swap, rules)]
            if not rivals:
                continue
            counted: dict[str, set[str]] = {}
            for rival in rivals:
                counted.setdefault(figure_text(rival.amount, rival.qualifier), set()).add(
                    voice_phrase(rival.voice))
            against = "; ".join(
                f"{join_words(sorted(v))} {'counts' if len(v) == 1 else 'count'} {n} handed "
                f"over to {built.lane[1]}" for n, v in sorted(counted.items()))
            n = number(swap.amount)
            acc.setdefault(event_id, _Acc()).disagreement = (
                f"{voice_phrase(swap.voice)} speaks of {n} for {n} on {day(built.when)}; "
                f"{against}")
            break
