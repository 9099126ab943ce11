"""A report's text cut into pieces, each with the claims whose quote covers it.

Claims carry exact character offsets into the report text. Spans may nest or overlap (an
agreement formula gives two claims on one clause), so the text is cut at every span edge; a
piece inside several spans is wrapped in one ``<mark>`` per claim, outermost first. The first
piece of a claim carries its anchor; later pieces of a cut span only repeat the claim id.
The template inserts each piece's text escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Mark", "Piece", "Span", "pieces", "placed"]


@dataclass(frozen=True)
class Span:
    """One claim's quote: ``text[start:end]``, with the tooltip line shown for it."""

    claim_id: int
    start: int
    end: int
    tip: str
    state: str = "unreviewed"


@dataclass(frozen=True)
class Mark:
    """A claim's mark around one piece; ``first`` marks the piece that carries the anchor."""

    span: Span
    first: bool


@dataclass(frozen=True)
class Piece:
    """A run of text and the marks around it, outermost first (none outside every quote)."""

    text: str
    marks: tuple[Mark, ...] = ()


def placed(spans: Sequence[Span], length: int) -> tuple[list[Span], list[Span]]:
    """Spans that lie inside a text of ``length`` characters, and those that do not."""
    inside = [s for s in spans if 0 <= s.start < s.end <= length]
    outside = [s for s in spans if not 0 <= s.start < s.end <= length]
    return inside, outside


def pieces(text: str, spans: Sequence[Span]) -> list[Piece]:
    """The text cut at every span edge; spans outside the text are left out (see placed)."""
    inside, _ = placed(spans, len(text))
    order = sorted(inside, key=lambda s: (s.start, -s.end, s.claim_id))
    cuts = sorted({0, len(text), *(s.start for s in inside), *(s.end for s in inside)})
    started: set[int] = set()
    result: list[Piece] = []
    for begin, finish in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in order if s.start <= begin and finish <= s.end]
        marks = tuple(Mark(s, s.claim_id not in started) for s in covering)
        started.update(s.claim_id for s in covering)
        result.append(Piece(text[begin:finish], marks))
    return result
