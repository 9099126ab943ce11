"""What a report says, independent of its format: tables, charts, lists, in plain text.

The HTML and Markdown writers render the same :class:`ReportContent`, so both versions of a
report always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from handover.agreements import Balance, PairBalance
from handover.charts import (
    asymmetry_chart,
    cumulative_chart,
    fulfilment_chart,
    ratio_text,
    term_summary,
)
from handover.domain import HandoverEvent
from handover.reconcile import Problem
from handover.reconcile.text import number

__all__ = ["Chart", "ReportContent", "Table", "build_content"]


@dataclass(frozen=True)
class Table:
    """A table: a caption, column headers and rows of text cells."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    """A chart: its caption (also its text alternative) and its SVG."""

    caption: str
    svg: str


@dataclass(frozen=True)
class ReportContent:
    """Everything a report shows, section by section."""

    title: str
    summary: tuple[str, ...]
    balance_chart: Chart
    balance_table: Table
    timelines: tuple[Chart, ...]
    agreements: tuple[tuple[str, Chart, Table, tuple[str, ...]], ...]
    events: Table
    discrepancies: tuple[str, ...]
    problems: tuple[str, ...]


def _span(event: HandoverEvent) -> str:
    if event.best is None:
        return "no figure"
    low = number(event.low) if event.low is not None else "?"
    high = number(event.high) if event.high is not None else "unknown"
    best = number(event.best)
    return best if low == best == high else f"{best} ({low} to {high})"


def _event_table(events: Sequence[HandoverEvent]) -> Table:
    rows = tuple(
        (e.id, e.date.isoformat() if e.date else "undated",
         f"{e.giver or 'unknown'} → {e.receiver or 'unknown'}", e.category.value, e.kind,
         _span(e), e.status.value.replace("_", " "), ", ".join(e.confirmed_by) or "none",
         " ".join(e.discrepancies) or "")
        for e in events)
    return Table("Handover events: best figure with low to high in brackets",
                 ("Event", "Date", "Direction", "Category", "Kind", "Handed over", "Status",
                  "Confirmed by", "Discrepancies"), rows)


def _pair_row(pair: PairBalance) -> tuple[str, ...]:
    first, second = pair.parties
    flows = [f"{number(f.best)} ({number(f.low)} to "
             f"{number(f.high) if f.high is not None else 'unknown'})" for f in pair.flows]
    return (f"{first} / {second}", pair.category, flows[0], flows[1], ratio_text(pair))


def _problem_text(problem: Problem | str) -> str:
    if isinstance(problem, str):
        return problem
    where = problem.event or (f"claim #{problem.claim}" if problem.claim is not None
                              else problem.agreement)
    return f"{where}: {problem.message}" if where else problem.message


def _agreements(balance: Balance) -> tuple[tuple[str, Chart, Table, tuple[str, ...]], ...]:
    found = []
    for item in balance.agreements:
        heading = f"{item.agreement.name} ({item.key})"
        rows = tuple((t.term.describe(), t.window.describe(), term_summary(t),
                      f"{number(t.handed_over.low)} to "
                      f"{number(t.handed_over.high) if t.handed_over.high is not None else '?'}",
                      t.state.replace("_", " ")) for t in item.terms)
        table = Table(f"Terms of {item.agreement.name}",
                      ("Term", "Window", "Handed over", "Low to high", "State"), rows)
        chart = Chart(f"Fulfilment of {item.agreement.name}", fulfilment_chart(item))
        found.append((heading, chart, table, item.problems))
    return tuple(found)


def build_content(events: Sequence[HandoverEvent], balance: Balance, *,
                  discrepancies: Iterable[str] | None = None,
                  problems: Iterable[Problem | str] = (),
                  title: str = "Handover ledger report") -> ReportContent:
    """Gather a report's content; discrepancies default to those of the events."""
    if discrepancies is None:
        discrepancies = [f"{e.id}: {d}" for e in events for d in e.discrepancies]
    completed = [e for e in events if e.kind == "completed"]
    summary = (
        f"{number(len(completed))} handovers ({number(len(events))} events with "
        "announcements and running totals).",
        f"{number(sum(1 for e in completed if e.status.value == 'disputed'))} disputed, "
        f"{number(sum(1 for e in completed if e.status.value == 'corroborated'))} corroborated, "
        f"{number(sum(1 for e in completed if e.status.value == 'single_source'))} from a "
        "single source.",
        f"{number(len(balance.agreements))} agreements.")
    return ReportContent(
        title=title, summary=summary,
        balance_chart=Chart("Asymmetry of handovers per pair of parties",
                            asymmetry_chart(balance.classes)),
        balance_table=Table("Handed over per pair of parties and category class",
                            ("Pair", "Class", "First to second", "Second to first", "Ratio"),
                            tuple(_pair_row(p) for p in balance.classes)),
        timelines=tuple(Chart(f"Cumulative {p.category}, {p.parties[0]} and {p.parties[1]}",
                              cumulative_chart(p)) for p in balance.classes),
        agreements=_agreements(balance), events=_event_table(events),
        discrepancies=tuple(discrepancies),
        problems=tuple(_problem_text(p) for p in problems))
