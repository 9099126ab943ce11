"""Checks on what people enter, with one message per problem (plain Python: the CLI, the web
app and the ledger all use them)."""

from __future__ import annotations

from datetime import date

from handover.domain import PartyRegistry
from handover.errors import InputError

__all__ = ["check_count", "check_party", "parse_date"]


def check_party(registry: PartyRegistry, text: str | None, *, role: str) -> str | None:
    """The canonical name of a party given by name or alias; unknown parties are refused."""
    if text is None or not text.strip():
        return None
    name = registry.resolve(text)
    if name is None:
        raise InputError(f"unknown party {text!r} as {role} (add it with `handover parties add`)")
    return name


def check_count(count: int | None) -> int | None:
    """A count of people: a whole number, never negative."""
    if count is not None and count < 0:
        raise InputError(f"count must not be negative, got {count}")
    return count


def parse_date(text: str | None, *, what: str = "date") -> date | None:
    """A date written as YYYY-MM-DD (or another unambiguous form); None when not given."""
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    import dateparser  # slow to import; only loose dates need it

    parsed = dateparser.parse(
        text, settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    )
    if parsed is None:
        raise InputError(f"{what} {text!r} does not parse (expected YYYY-MM-DD)")
    found: date = parsed.date()
    return found
