"""Scales and tick marks: round numbers for counts, evenly spread dates for time.

>>> nice_ticks(6057)
[0, 2000, 4000, 6000, 8000]
>>> Linear(0, 100, 50, 250)(50)
150.0
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Linear", "date_ticks", "nice_ticks"]


@dataclass(frozen=True)
class Linear:
    """Maps a value in [low, high] to a position in [start, end]."""

    low: float
    high: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        span = self.high - self.low or 1.0
        return self.start + (value - self.low) / span * (self.end - self.start)


def nice_ticks(high: float, count: int = 5) -> list[int]:
    """Round ticks from 0 past ``high``: steps of 1, 2 or 5 times a power of ten."""
    if high <= 0:
        return [0, 1]
    raw = high / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(int(step), 1)
    top = math.ceil(high / step) * step
    return list(range(0, int(top) + 1, step))


def date_ticks(first: date, last: date, count: int = 5) -> list[date]:
    """Up to ``count`` dates spread evenly from ``first`` to ``last`` (both included)."""
    span = (last - first).days
    if span <= 0:
        return [first]
    steps = min(count - 1, span)
    return [first + timedelta(days=round(span * i / steps)) for i in range(steps + 1)]
