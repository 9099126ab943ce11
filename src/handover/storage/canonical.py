"""Canonical bytes of a ledger record: the entry its Merkle log leaf hashes.

A record's entry is the RFC 8785 (JSON Canonicalization Scheme) serialisation of
``{"type": <table>, <column>: <value>, ...}``, with dates as ``YYYY-MM-DD`` and times as UTC
``YYYY-MM-DDTHH:MM:SS.ffffffZ``. The same function serves the writer and the verifier, so a
row edited in SQL no longer produces the bytes its leaf was made from.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

import rfc8785

__all__ = ["entry_bytes", "json_value", "utc_timestamp"]


def entry_bytes(record_type: str, row: Mapping[str, Any]) -> bytes:
    """The canonical bytes of one record of table ``record_type``."""
    data = {key: json_value(value) for key, value in row.items()}
    data["type"] = record_type
    return bytes(rfc8785.dumps(data))


def json_value(value: Any) -> Any:
    """A column value as the JSON value its canonical form uses."""
    if isinstance(value, datetime):
        return utc_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def utc_timestamp(value: datetime) -> str:
    """A time as UTC with microseconds; naive times (as SQLite returns them) are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
