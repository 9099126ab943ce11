"""The report in Markdown: tables, lists, and the charts as embedded SVG images (data URIs)."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence

from handover.agreements import Balance
from handover.domain import HandoverEvent
from handover.reconcile import Problem
from handover.reporting.content import Chart, ReportContent, Table, build_content

__all__ = ["markdown_report", "render_markdown"]


def _cell(text: str) -> str:
    """A table cell: pipes escaped, line breaks folded."""
    return " ".join(text.split()).replace("|", "\\|")


def _table(table: Table) -> list[str]:
    lines = [f"*{_cell(table.caption)}*", "",
             "| " + " | ".join(_cell(h) for h in table.headers) + " |",
             "|" + "|".join("---" for _ in table.headers) + "|"]
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows)
    return [*lines, ""]


def _image(chart: Chart) -> list[str]:
    data = base64.b64encode(chart.svg.encode("utf-8")).decode("ascii")
    alt = chart.caption.replace("[", "(").replace("]", ")")
    return [f"![{alt}](data:image/svg+xml;base64,{data})", "", f"*{_cell(chart.caption)}*", ""]


def _list(items: Sequence[str], empty: str) -> list[str]:
    return [*(f"- {_cell(i)}" for i in items), ""] if items else [empty, ""]


def render_markdown(content: ReportContent) -> str:
    """Render report content as Markdown."""
    lines = [f"# {content.title}", "", *content.summary, ""]
    lines += ["## Balance between parties", "", *_image(content.balance_chart),
              *_table(content.balance_table)]
    lines += ["## Handovers over time", ""]
    for chart in content.timelines:
        lines += _image(chart)
    lines += ["## Agreements", ""]
    if not content.agreements:
        lines += ["No agreements.", ""]
    for heading, chart, table, problems in content.agreements:
        lines += [f"### {heading}", "", *_image(chart), *_table(table)]
        lines += _list(problems, "") if problems else []
    lines += ["## Handover events", "", *_table(content.events)]
    lines += ["## Discrepancies", "", *_list(content.discrepancies, "No discrepancies.")]
    lines += ["## Problems in the input", "", *_list(content.problems, "No problems.")]
    return "\n".join(lines).rstrip() + "\n"


def markdown_report(events: Sequence[HandoverEvent], balance: Balance, *,
                    discrepancies: Iterable[str] | None = None,
                    problems: Iterable[Problem | str] = (),
                    title: str = "Handover ledger report") -> str:
    """The same report as :func:`handover.reporting.html_report`, in Markdown."""
    return render_markdown(build_content(events, balance, discrepancies=discrepancies,
                                         problems=problems, title=title))
