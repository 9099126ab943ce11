"""Reports: one self-contained HTML file (inline SVG and CSS) and the same in Markdown.

>>> from handover.agreements import balance
>>> from handover.reconcile import reconcile
>>> from handover.reconcile.samples import example_agreements, example_claims
>>> from handover.reporting import html_report
>>> result = reconcile(example_claims(), example_agreements())
>>> page = html_report(result.events, balance(result.events, result.agreements),
...                    discrepancies=result.discrepancies(), problems=result.problems)
>>> page.startswith("<!DOCTYPE html>") and "<script" not in page
True
"""

from handover.reporting.content import Chart, ReportContent, Table, build_content
from handover.reporting.html import html_report, render_html
from handover.reporting.markdown import markdown_report, render_markdown

__all__ = [
    "Chart",
    "ReportContent",
    "Table",
    "build_content",
    "html_report",
    "markdown_report",
    "render_html",
    "render_markdown",
]
