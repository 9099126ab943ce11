"""Turning what a person or client submits into the typed changes a correction records.

The library checks meaning (known parties, non-negative counts); this module only turns text
and JSON values into the domain's types, with one message per value that does not convert.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from handover.domain import Category, Claim, ClaimKind, Qualifier
from handover.errors import InputError

__all__ = ["FORM_FIELDS", "form_changes", "typed_changes"]

# The fields a reviewer may correct in the browser; quotes and offsets stay as read.
FORM_FIELDS = ("giver", "receiver", "category", "count", "qualifier", "kind", "event_date",
               "statement_date", "speaker")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value.strip() or None


def _count(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("expected a whole number")
    if isinstance(value, str):
        value = value.replace(",", "").strip()
        if not value.lstrip("-").isdigit():
            raise ValueError("expected a whole number")
        return int(value)
    if not isinstance(value, int):
        raise ValueError("expected a whole number")
    return value


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("expected a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError("expected a date as YYYY-MM-DD") from None


def _offset(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected a whole number")
    return value


def _flags(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(f, str) for f in value):
        raise ValueError("expected a list of strings")
    return tuple(value)


def _choice(kind: type[Category] | type[Qualifier] | type[ClaimKind]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise ValueError(f"expected one of {allowed}") from None
    return convert


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "giver": _text, "receiver": _text, "speaker": _text, "quote": lambda v: _text(v) or "",
    "category": _choice(Category), "qualifier": _choice(Qualifier), "kind": _choice(ClaimKind),
    "count": _count, "event_date": _date, "statement_date": _date,
    "start": _offset, "end": _offset, "flags": _flags,
}


def typed_changes(raw: Mapping[str, Any]) -> dict[str, Any]:
    """JSON values to domain types; unknown fields pass through for the library to name."""
    changes: dict[str, Any] = {}
    problems: list[str] = []
    for name, value in raw.items():
        convert = _CONVERTERS.get(name)
        if convert is None:
            changes[name] = value
            continue
        try:
            changes[name] = convert(value)
        except ValueError as exc:
            problems.append(f"{name}: {exc} (got {value!r})")
    if problems:
        raise InputError("; ".join(problems))
    return changes


def form_changes(claim: Claim, form: Mapping[str, str]) -> dict[str, Any]:
    """The submitted fields of the correction form whose values differ from the claim's.

    A field left out of the form is left as it is; a field sent empty is cleared.
    """
    typed = typed_changes({name: form[name] for name in FORM_FIELDS if name in form})
    return {name: value for name, value in typed.items() if getattr(claim, name) != value}
