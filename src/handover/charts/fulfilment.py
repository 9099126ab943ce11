"""Fulfilment per agreement term: a bar per term against its figure, with the numbers written.

A numeric term shows a bar of the best count handed over against a dashed 100% line, a whisker
from low to high, and "6,057 of 6,000 (101%)". A term that is not a number ("all for all", a
condition) shows what was handed over, in words, and no bar.
"""

from __future__ import annotations

from dataclasses import replace

from handover.agreements import AgreementFulfilment, TermFulfilment
from handover.charts.scale import Linear
from handover.charts.svg import GRID, INK, MUTED, SERIES, Svg
from handover.reconcile.text import number

__all__ = ["fulfilment_chart", "term_summary", "undated_note"]

_LEFT, _RIGHT, _ROW, _TOP = 300, 200, 46, 64


def term_summary(term: TermFulfilment) -> str:
    """The term's fulfilment in words: "6,057 of 6,000 (101%)", and what it could not count
    ("; 1 undated handover not counted")."""
    return _handed_summary(term) + undated_note(term.undated_events)


def undated_note(undated: int) -> str:
    """Words for the undated handovers a term's window cannot place ('' when there are none)."""
    if not undated:
        return ""
    return f"; {undated} undated handover{'s' if undated > 1 else ''} of this kind not counted"


def _handed_summary(term: TermFulfilment) -> str:
    handed = number(term.handed_over.best)
    if term.state == "not_a_number":
        return f"{handed} handed over (not a number: no fraction)"
    if term.state == "invalid" or term.term.count is None:
        return f"{handed} handed over (the term's figure is invalid)"
    share = f" ({term.fraction:.0%})" if term.fraction is not None else ""
    return f"{handed} of {number(term.term.count)}{share}"


def fulfilment_chart(agreement: AgreementFulfilment, *, title: str | None = None,
                     width: int = 860) -> str:
    """An SVG bar chart of each term's fulfilment within its window."""
    title = title or f"Fulfilment of {agreement.agreement.name}"
    rows = agreement.terms
    height = _TOP + max(len(rows), 1) * _ROW + 40
    lines = [f"{t.term.describe()}: {term_summary(t)}" for t in rows]
    desc = "; ".join(lines) if lines else "The agreement has no terms."
    svg = Svg(width, height, title, desc + ".")
    svg.text(16, 28, title, size=15, bold=True)
    if not rows:
        svg.text(16, _TOP + 20, "No terms to measure.", fill=MUTED)
        return svg.render()
    top = max([1.0, *(t.fraction or 0 for t in rows), *(_high_share(t) for t in rows)])
    x = Linear(0, top, _LEFT, width - _RIGHT)
    svg.line(x(1.0), _TOP - 12, x(1.0), height - 36, stroke=INK, dash="4 3")
    svg.text(x(1.0), _TOP - 16, "100%", anchor="middle", fill=MUTED, size=11)
    svg.line(x(0), _TOP - 12, x(0), height - 36, stroke=INK)
    for index, term in enumerate(rows):
        _row(svg, term, x, _TOP + index * _ROW)
    svg.text(16, height - 12, "Bars: best count handed over within the term's window; "
             "whiskers: low to high.", fill=MUTED, size=11)
    return svg.render()


def _fit(text: str, pixels: float, size: float) -> str:
    """The text cut with an ellipsis to fit a width (the conditions are in the chart's desc)."""
    most = max(4, int(pixels / (size * 0.62)))
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _high_share(term: TermFulfilment) -> float:
    count, high = term.term.count, term.handed_over.high
    if count and count > 0 and high is not None and term.state != "invalid":
        return high / count
    return 0.0


def _row(svg: Svg, term: TermFulfilment, x: Linear, top: float) -> None:
    colour = SERIES[0] if term.term.giver <= term.term.receiver else SERIES[1]
    label = replace(term.term, conditions="").describe()
    svg.text(16, top + 20, _fit(label, _LEFT - 32, 13), bold=True)
    second = term.term.conditions or term.window.describe()
    svg.text(16, top + 36, _fit(second, _LEFT - 32, 11), fill=MUTED, size=11)
    count = term.term.count
    if term.state in ("not_a_number", "invalid") or not count:
        svg.text(x(0) + 8, top + 22, _handed_summary(term))
        return
    svg.rect(x(0), top + 8, x(1.0) - x(0), 20, fill=GRID)
    svg.rect(x(0), top + 8, x(term.handed_over.best / count) - x(0), 20, fill=colour,
             label=_handed_summary(term))
    low, high = term.handed_over.low, term.handed_over.high
    if high is not None and high != low:
        svg.line(x(low / count), top + 18, x(high / count), top + 18, stroke=INK, width=1.5)
        for end in (low, high):
            svg.line(x(end / count), top + 12, x(end / count), top + 24, stroke=INK, width=1.5)
    right = max(x(term.handed_over.best / count), x(1.0), x((high or 0) / count))
    svg.text(right + 8, top + 23, _handed_summary(term))
