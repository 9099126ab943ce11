"""Record entries are RFC 8785 canonical JSON: held equal to a reference JCS implementation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from handover.storage.canonical import canonical_json, entry_bytes, utc_timestamp

SAFE_INT = st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
ASCII_KEY = st.text(st.characters(min_codepoint=0, max_codepoint=127), max_size=12)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
LEAF = st.none() | st.booleans() | SAFE_INT | TEXT
JSON = st.recursive(LEAF, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(ASCII_KEY, inner, max_size=4), max_leaves=20)


@given(JSON)
def test_equal_to_reference_jcs(value: object) -> None:
    assert canonical_json(value) == rfc8785.dumps(value)


@pytest.mark.parametrize("value", [1.5, 2**60, {"ключ": 1}, b"bytes"])
def test_values_without_a_canonical_form_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        canonical_json(value)


def test_entry_has_type_and_normalised_dates() -> None:
    row = {"id": 4, "event_date": date(2025, 6, 13),
           "recorded_at": datetime(2025, 6, 13, 12, 0, tzinfo=timezone(timedelta(hours=3)))}
    assert entry_bytes("claims", row) == (
        b'{"event_date":"2025-06-13","id":4,"recorded_at":"2025-06-13T09:00:00.000000Z",'
        b'"type":"claims"}')


def test_naive_times_are_utc() -> None:
    assert utc_timestamp(datetime(2025, 1, 1)) == utc_timestamp(datetime(2025, 1, 1, tzinfo=UTC))


ROW_VALUE = st.none() | st.booleans() | SAFE_INT | TEXT | st.lists(TEXT, max_size=3) | st.dates()


@given(st.dictionaries(st.sampled_from(["id", "name", "count", "flags", "published"]),
                       ROW_VALUE, max_size=5))
def test_entry_bytes_is_jcs_of_the_normalised_row(row: dict[str, object]) -> None:
    normalised = {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}
    assert entry_bytes("t", row) == rfc8785.dumps({**normalised, "type": "t"})
