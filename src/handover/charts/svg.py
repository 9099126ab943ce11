"""A small SVG writer: escaped text, a few shapes, and an accessible document.

Every chart is an ``<svg role="img">`` whose ``<title>`` and ``<desc>`` say what it shows, so a
screen reader reads the chart's finding; every series is told apart by a text label, a dash
pattern and a marker shape as well as by colour. Fonts are the system's (no web fonts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

__all__ = ["FONT", "INK", "MUTED", "SERIES", "Svg", "esc"]

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
INK = "#1a1a1a"
MUTED = "#595959"
GRID = "#d9d9d9"
# Two series colours, each with at least 4.5:1 contrast on white; never the only cue.
SERIES = ("#1f4e79", "#9c3d00")


def esc(text: object) -> str:
    """Text escaped for SVG and HTML content and attribute values."""
    return escape(str(text), {'"': "&quot;"})


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class Svg:
    """An SVG document built element by element."""

    def __init__(self, width: int, height: int, title: str, desc: str) -> None:
        self.width = width
        self.height = height
        self.title = title
        self.desc = desc
        self.body: list[str] = []
        self._id = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:48] or "chart"

    def rect(self, x: float, y: float, width: float, height: float, *, fill: str,
             stroke: str | None = None, label: str | None = None) -> None:
        """A rectangle; ``label`` becomes its tooltip and accessible name."""
        edge = f' stroke="{stroke}"' if stroke else ""
        inner = f"<title>{esc(label)}</title>" if label else ""
        self.body.append(f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(max(width, 0))}" '
                         f'height="{_num(max(height, 0))}" fill="{fill}"{edge}>{inner}</rect>')

    def line(self, x1: float, y1: float, x2: float, y2: float, *, stroke: str = INK,
             width: float = 1, dash: str | None = None) -> None:
        """A straight line."""
        pattern = f' stroke-dasharray="{dash}"' if dash else ""
        self.body.append(f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" '
                         f'y2="{_num(y2)}" stroke="{stroke}" stroke-width="{_num(width)}"'
                         f"{pattern}/>")

    def polyline(self, points: Sequence[tuple[float, float]], *, stroke: str, width: float = 2,
                 dash: str | None = None) -> None:
        """An open line through the points."""
        pattern = f' stroke-dasharray="{dash}"' if dash else ""
        coords = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
        self.body.append(f'<polyline points="{coords}" fill="none" stroke="{stroke}" '
                         f'stroke-width="{_num(width)}"{pattern}/>')

    def marker(self, x: float, y: float, shape: int, *, fill: str, label: str) -> None:
        """A point marker: a circle (shape 0) or a square (shape 1), with a tooltip."""
        tip = f"<title>{esc(label)}</title>"
        if shape == 0:
            self.body.append(f'<circle cx="{_num(x)}" cy="{_num(y)}" r="4" fill="{fill}">'
                             f"{tip}</circle>")
        else:
            self.body.append(f'<rect x="{_num(x - 4)}" y="{_num(y - 4)}" width="8" height="8" '
                             f'fill="{fill}">{tip}</rect>')

    def text(self, x: float, y: float, content: str, *, size: int = 12, anchor: str = "start",
             bold: bool = False, fill: str = INK) -> None:
        """A text label."""
        weight = ' font-weight="bold"' if bold else ""
        self.body.append(f'<text x="{_num(x)}" y="{_num(y)}" font-size="{size}" '
                         f'text-anchor="{anchor}" fill="{fill}"{weight}>{esc(content)}</text>')

    def render(self) -> str:
        """The finished document."""
        ids = f"{self._id}-title {self._id}-desc"
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" '
                f'height="{self.height}" viewBox="0 0 {self.width} {self.height}" role="img" '
                f'aria-labelledby="{ids}" font-family="{FONT}">'
                f'<title id="{self._id}-title">{esc(self.title)}</title>'
                f'<desc id="{self._id}-desc">{esc(self.desc)}</desc>'
                f'<rect width="100%" height="100%" fill="#ffffff"/>'
                + "".join(self.body) + "</svg>")
