"""Cumulative handovers per direction over time, for one pair of parties and one category.

Each direction is a step line (solid with circles, dashed with squares) labelled at its end
with the direction and its total; the description states both totals and the dates covered.
"""

from __future__ import annotations

from datetime import timedelta

from handover.agreements import PairBalance
from handover.charts.scale import Linear, date_ticks, nice_ticks
from handover.charts.svg import GRID, INK, MUTED, SERIES, Svg
from handover.reconcile.text import day, number

__all__ = ["cumulative_chart"]

_DASHES = (None, "7 4")
_LEFT, _RIGHT, _TOP, _BOTTOM = 72, 250, 64, 56


def _words(pair: PairBalance) -> tuple[str, str]:
    first, second = pair.parties
    return f"{first} → {second}", f"{second} → {first}"


def cumulative_chart(pair: PairBalance, *, title: str | None = None, width: int = 760,
                     height: int = 380) -> str:
    """An SVG line chart of the cumulative best count handed over in each direction."""
    names = _words(pair)
    title = title or f"Cumulative handovers, {pair.parties[0]} and {pair.parties[1]}: " \
                     f"{pair.category}"
    totals = [f"{names[i]}: {number(pair.flows[i].best)}" for i in (0, 1)]
    if not pair.series:
        svg = Svg(width, height, title, "No dated handovers to chart. " + "; ".join(totals))
        svg.text(width / 2, height / 2, "No dated handovers", anchor="middle", size=14)
        return svg.render()
    first, last = pair.series[0].date, pair.series[-1].date
    desc = (f"Cumulative {pair.category} handed over from {day(first)} to {day(last)}, by best "
            f"count. Totals: {'; '.join(totals)}.")
    svg = Svg(width, height, title, desc)
    svg.text(_LEFT, 28, title, size=15, bold=True)
    end = last if last > first else first + timedelta(days=1)
    x = Linear(first.toordinal(), end.toordinal(), _LEFT, width - _RIGHT)
    ticks = nice_ticks(max(max(p.best) for p in pair.series))
    y = Linear(0, ticks[-1], height - _BOTTOM, _TOP)
    _axes(svg, pair, x, y, ticks, width, height)
    ends = [_series(svg, pair, side, x, y, names[side]) for side in (0, 1)]
    _end_labels(svg, pair, names, ends, x.end + 8, (float(_TOP), height - _BOTTOM - 8.0))
    return svg.render()


def _axes(svg: Svg, pair: PairBalance, x: Linear, y: Linear, ticks: list[int], width: int,
          height: int) -> None:
    for tick in ticks:
        svg.line(_LEFT, y(tick), width - _RIGHT, y(tick), stroke=GRID)
        svg.text(_LEFT - 8, y(tick) + 4, number(tick), anchor="end", fill=MUTED)
    first, last = pair.series[0].date, pair.series[-1].date
    for when in date_ticks(first, last):
        svg.line(x(when.toordinal()), height - _BOTTOM, x(when.toordinal()),
                 height - _BOTTOM + 5, stroke=INK)
        svg.text(x(when.toordinal()), height - _BOTTOM + 20, when.isoformat(), anchor="middle",
                 fill=MUTED, size=11)
    svg.line(_LEFT, height - _BOTTOM, width - _RIGHT, height - _BOTTOM, stroke=INK)
    svg.line(_LEFT, _TOP, _LEFT, height - _BOTTOM, stroke=INK)
    svg.text(_LEFT, height - 12, "Date of handover", fill=MUTED, size=11)
    svg.text(14, _TOP - 14, f"Cumulative {pair.category} (best count)", fill=MUTED, size=11)


def _series(svg: Svg, pair: PairBalance, side: int, x: Linear, y: Linear,
            name: str) -> tuple[int, float]:
    """One direction as a step line with markers where its total changed; returns its last
    value and position."""
    colour = SERIES[side]
    points: list[tuple[float, float]] = []
    previous = 0
    for point in pair.series:
        here, value = x(point.date.toordinal()), point.best[side]
        points.extend([(here, y(previous)), (here, y(value))])
        if value != previous:
            svg.marker(here, y(value), side, fill=colour,
                       label=f"{name}: {number(value)} by {day(point.date)}")
        previous = value
    points.append((x.end, y(previous)))
    svg.polyline([(x.start, y(0)), *points], stroke=colour, width=2.5, dash=_DASHES[side])
    return previous, y(previous)


def _end_labels(svg: Svg, pair: PairBalance, names: tuple[str, str],
                ends: list[tuple[int, float]], left: float, bounds: tuple[float, float]) -> None:
    """Label each line at its end, kept apart and above the date labels."""
    low, high = bounds
    spots = [min(max(position + 4, low), high) for _, position in ends]
    upper = 0 if spots[0] <= spots[1] else 1
    lower = 1 - upper
    if spots[lower] - spots[upper] < 18:
        spots[lower] = min(spots[upper] + 18, high)
        spots[upper] = spots[lower] - 18
    for side in (0, 1):
        value = ends[side][0]
        text = f"{names[side]}: {number(value)}"
        undated = pair.flows[side].best - value
        if undated:
            text += f" (+{number(undated)} undated)"
        svg.text(left, spots[side], text, fill=SERIES[side], bold=True)
