"""Asymmetry per pair of parties: what each side handed over, as bars back to back.

One row per pair and category: the first party's handovers to the second extend left of the
centre line, the second's to the first extend right; each bar carries its direction and count
in words, and the row ends with the ratio.
"""

from __future__ import annotations

from collections.abc import Sequence

from handover.agreements import PairBalance
from handover.charts.scale import Linear
from handover.charts.svg import INK, MUTED, SERIES, Svg
from handover.reconcile.text import number

__all__ = ["asymmetry_chart", "ratio_text"]

_ROW, _TOP, _LABEL = 58, 64, 230


def ratio_text(pair: PairBalance) -> str:
    """The ratio in words: "224.3 to 1", or "27 to none" when one side handed over nothing."""
    first, second = pair.flows[0].best, pair.flows[1].best
    if second == 0:
        return f"{number(first)} to none" if first else "none either way"
    return f"{pair.ratio:,.1f} to 1" if pair.ratio is not None else "?"


def asymmetry_chart(pairs: Sequence[PairBalance], *, title: str = "Asymmetry of handovers",
                    width: int = 900) -> str:
    """An SVG chart of each pair's handovers in both directions, back to back."""
    height = _TOP + max(len(pairs), 1) * _ROW + 36
    lines = [f"{p.parties[0]} and {p.parties[1]}, {p.category}: {p.parties[0]} handed over "
             f"{number(p.flows[0].best)}, {p.parties[1]} handed over "
             f"{number(p.flows[1].best)} (ratio {ratio_text(p)})" for p in pairs]
    svg = Svg(width, height, title, "; ".join(lines) + "." if lines else "No handovers.")
    svg.text(16, 28, title, size=15, bold=True)
    if not pairs:
        svg.text(16, _TOP + 20, "No handovers to compare.", fill=MUTED)
        return svg.render()
    centre = _LABEL + (width - _LABEL) / 2
    reach = (width - _LABEL) / 2 - 150
    top = max([1, *(f.best for p in pairs for f in p.flows)])
    scale = Linear(0, top, 0, reach)
    svg.line(centre, _TOP - 8, centre, height - 30, stroke=INK)
    for index, pair in enumerate(pairs):
        _row(svg, pair, _TOP + index * _ROW, centre, scale)
    svg.text(16, height - 10, "Left of the line: first party to second; right: second to "
             "first. Best counts of completed handovers.", fill=MUTED, size=11)
    return svg.render()


def _row(svg: Svg, pair: PairBalance, top: float, centre: float, scale: Linear) -> None:
    first, second = pair.parties
    svg.text(16, top + 18, f"{first} / {second}", bold=True)
    svg.text(16, top + 34, f"{pair.category}; ratio {ratio_text(pair)}", fill=MUTED, size=11)
    left, right = pair.flows
    width_left, width_right = scale(left.best), scale(right.best)
    svg.rect(centre - width_left, top + 6, width_left, 22, fill=SERIES[0],
             label=f"{first} → {second}: {number(left.best)}")
    svg.rect(centre, top + 6, width_right, 22, fill=SERIES[1],
             label=f"{second} → {first}: {number(right.best)}")
    svg.text(centre - width_left - 6, top + 22, f"{first} → {second}: {number(left.best)}",
             anchor="end")
    svg.text(centre + width_right + 6, top + 22, f"{second} → {first}: {number(right.best)}")
