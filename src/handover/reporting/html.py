"""The report as one self-contained HTML file: inline CSS and SVG, no script, no network."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from handover.agreements import Balance
from handover.charts.svg import esc
from handover.domain import HandoverEvent
from handover.reconcile import Problem
from handover.reporting.content import Chart, ReportContent, Table, build_content

__all__ = ["html_report", "render_html"]

_CSS = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #1a1a1a;
       background: #ffffff; margin: 0; line-height: 1.45; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.1rem; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
figcaption { color: #595959; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
th, td { border: 1px solid #8c8c8c; padding: 0.3rem 0.5rem; text-align: left;
         vertical-align: top; }
th { background: #f0f0f0; }
.problems li { color: #7a1a00; }
"""


def _table(table: Table) -> str:
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in table.headers)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                   for row in table.rows)
    return (f"<table><caption>{esc(table.caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>")


def _figure(chart: Chart) -> str:
    return f"<figure>{chart.svg}<figcaption>{esc(chart.caption)}</figcaption></figure>"


def _list(items: Sequence[str], empty: str, css: str = "") -> str:
    if not items:
        return f"<p>{esc(empty)}</p>"
    marker = f' class="{css}"' if css else ""
    return f"<ul{marker}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def render_html(content: ReportContent) -> str:
    """Render report content as an HTML document."""
    parts = [f"<h1>{esc(content.title)}</h1>"]
    parts.extend(f"<p>{esc(line)}</p>" for line in content.summary)
    parts.append("<section><h2>Balance between parties</h2>")
    parts.append(_figure(content.balance_chart) + _table(content.balance_table) + "</section>")
    parts.append("<section><h2>Handovers over time</h2>")
    parts.extend(_figure(chart) for chart in content.timelines)
    parts.append("</section><section><h2>Agreements</h2>")
    if not content.agreements:
        parts.append("<p>No agreements.</p>")
    for heading, chart, table, problems in content.agreements:
        parts.append(f"<h3>{esc(heading)}</h3>" + _figure(chart) + _table(table))
        parts.append(_list(problems, "", "problems") if problems else "")
    parts.append("</section><section><h2>Handover events</h2>" + _table(content.events))
    parts.append("</section><section><h2>Discrepancies</h2>")
    parts.append(_list(content.discrepancies, "No discrepancies."))
    parts.append("</section><section><h2>Problems in the input</h2>")
    parts.append(_list(content.problems, "No problems.", "problems") + "</section>")
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(content.title)}</title><style>{_CSS}</style></head>"
            f"<body><main>{''.join(parts)}</main></body></html>\n")


def html_report(events: Sequence[HandoverEvent], balance: Balance, *,
                discrepancies: Iterable[str] | None = None,
                problems: Iterable[Problem | str] = (),
                title: str = "Handover ledger report") -> str:
    """One HTML file with the balance, timelines, agreements, events and discrepancies."""
    return render_html(build_content(events, balance, discrepancies=discrepancies,
                                     problems=problems, title=title))
