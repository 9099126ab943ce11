"""How figures, parties and dates read on a page: small pure helpers used as template filters."""

from __future__ import annotations

from datetime import date
from typing import Any

from handover.domain import ClaimRecord, Qualifier, Source

__all__ = ["FILTERS", "claim_tip", "direction", "figure", "number", "people", "percent", "share",
           "web_link"]

_QUALIFIED = {Qualifier.EXACT: "{}", Qualifier.ABOUT: "about {}",
              Qualifier.AT_LEAST: "at least {}", Qualifier.AT_MOST: "at most {}"}
_PEOPLE = {"pow": "prisoners of war", "civilian": "civilians", "detainee": "detainees",
           "hostage": "hostages", "bodies": "bodies", "mixed": "people (mixed)"}


def number(value: int | None) -> str:
    """A count with thousands separators, or a dash when there is none."""
    return "—" if value is None else f"{value:,}"


def figure(count: int | None, qualifier: Qualifier | str = Qualifier.EXACT) -> str:
    """A stated figure with its qualifier: ``about 1,200``, ``at least 1,000``, ``no figure``."""
    if count is None:
        return "no figure"
    return _QUALIFIED[Qualifier(qualifier)].format(number(count))


def direction(giver: str | None, receiver: str | None) -> str:
    """``Russia → Ukraine``; an unnamed side reads ``?``."""
    return f"{giver or '?'} → {receiver or '?'}"


def people(category: Any) -> str:
    """The people a category counts, in words."""
    key = getattr(category, "value", category)
    return _PEOPLE.get(str(key), str(key))


def isodate(value: date | None) -> str:
    """A date as YYYY-MM-DD, or a dash."""
    return value.isoformat() if value else "—"


def claim_tip(record: ClaimRecord, source: Source | None) -> str:
    """One line that says what a claim asserts, for a highlight's tooltip."""
    claim = record.claim
    voice = source.name if source is not None else (claim.speaker or "unattributed")
    when = claim.event_date.isoformat() if claim.event_date else "undated"
    return (f"Claim {record.id}: {direction(claim.giver, claim.receiver)}, "
            f"{figure(claim.count, claim.qualifier)} {people(claim.category)} "
            f"({claim.kind.value}, {when}); said by {voice}; {record.review.value}")


def web_link(location: str | None) -> str | None:
    """``location`` if it is an http(s) address safe to link to, else None."""
    if location and location.lower().startswith(("https://", "http://")):
        return location
    return None


def percent(fraction: float | None) -> str:
    """A fraction as a whole percentage, or a dash."""
    return "—" if fraction is None else f"{fraction * 100:.0f}%"


def share(value: float | None, most: float | None) -> float:
    """``value`` as a percentage of ``most`` (for bar widths), between 0 and 100."""
    if not value or not most:
        return 0.0
    return round(min(100.0, 100.0 * value / most), 1)


FILTERS = {"number": number, "figure": figure, "direction": direction, "people": people,
           "isodate": isodate, "web_link": web_link, "percent": percent, "share": share}
