"""Export and import: the whole ledger as JSON (records in log order), or a table as CSV.

An export lists every record exactly as its log leaf hashes it, so importing it into an empty
ledger replays the same records at the same log indices and reproduces the same Merkle root,
which the import checks before it commits.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Date, DateTime, Table, select

from handover.errors import InputError
from handover.merkle.store import root_at
from handover.storage.canonical import json_value
from handover.storage.log_store import SqlSubtreeStore
from handover.storage.tables import RECORD_TABLES, log_head

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["EXPORT_FORMAT", "export_csv", "export_json", "import_json", "read_export"]

EXPORT_FORMAT = "handover-export/1"


def export_json(ledger: Ledger) -> dict[str, Any]:
    """The whole ledger: its origin, size, root hash, and every record in log order."""
    with ledger.db.reading() as connection:
        size = _size(connection)
        root = root_at(SqlSubtreeStore(connection), size)
        records = _records(connection)
    return {
        "format": EXPORT_FORMAT,
        "origin": ledger.db.origin,
        "size": size,
        "root_hash": root.hex(),
        "records": records,
    }


def read_export(path: Path) -> dict[str, Any]:
    """Load and check an export file, naming the file and the problem when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a handover export (not JSON: {exc})", path=path) from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise InputError(f"not a handover export (expected format {EXPORT_FORMAT})", path=path)
    for key in ("origin", "size", "root_hash", "records"):
        if key not in data:
            raise InputError(f"export has no {key!r}", path=path)
    if len(data["records"]) != data["size"]:
        raise InputError(f"export says {data['size']} records but holds "
                         f"{len(data['records'])}", path=path)
    return data


def import_json(ledger: Ledger, data: dict[str, Any], *, path: Path | None = None) -> int:
    """Replay an export into an empty ledger; returns the number of records imported."""
    with ledger.db.reading() as connection:
        existing = _size(connection)
    if existing:
        raise InputError(f"ledger {ledger.label} is not empty ({existing} records); "
                         "import needs an empty ledger", path=path)
    with ledger.write() as session:
        for table, run in _runs(data["records"], path):
            session.insert_many(table, run)
        root = session.flush()
        if root.hex() != data["root_hash"]:
            raise InputError(f"imported records give root {root.hex()}, export says "
                             f"{data['root_hash']}; nothing imported", path=path)
    return len(data["records"])


def export_csv(ledger: Ledger, table_name: str) -> str:
    """One table of records as CSV, in log order, with a header row."""
    if table_name not in RECORD_TABLES:
        raise InputError(f"no table {table_name!r} (choose from {', '.join(RECORD_TABLES)})")
    table = RECORD_TABLES[table_name]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c.name for c in table.columns])
    with ledger.db.reading() as connection:
        for row in connection.execute(select(table).order_by(table.c.id)):
            writer.writerow([_csv_cell(json_value(v)) for v in row])
    return out.getvalue()


def _size(connection: Connection) -> int:
    return int(connection.execute(select(log_head.c.size)).scalar_one())


def _records(connection: Connection) -> list[dict[str, Any]]:
    """Every record as its canonical JSON object, in log order."""
    rows: list[dict[str, Any]] = []
    for name, table in RECORD_TABLES.items():
        for row in connection.execute(select(table)).mappings():
            rows.append({"type": name, **{k: json_value(v) for k, v in row.items()}})
    return sorted(rows, key=lambda record: int(record["id"]))


def _runs(records: list[Any], path: Path | None) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
    """Consecutive records of the same table, as rows ready to insert together."""
    run: list[dict[str, Any]] = []
    current: Table | None = None
    for position, record in enumerate(records):
        table = _table_of(record, position, path)
        if current is not None and table is not current:
            yield current, run
            run = []
        current = table
        run.append(_row_values(table, record, position, path))
    if current is not None:
        yield current, run


def _table_of(record: Any, position: int, path: Path | None) -> Table:
    if not isinstance(record, dict) or record.get("type") not in RECORD_TABLES:
        raise InputError(f"record {position} has no known type", path=path)
    return RECORD_TABLES[record["type"]]


def _row_values(table: Table, record: dict[str, Any], position: int,
                path: Path | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in table.columns:
        value = record.get(column.name)
        try:
            if value is not None and isinstance(column.type, DateTime):
                value = datetime.fromisoformat(value.replace("Z", "+00:00"))
            elif value is not None and isinstance(column.type, Date):
                value = date.fromisoformat(value)
        except (TypeError, ValueError, AttributeError):
            raise InputError(f"record {position}: bad {column.name} {value!r}", path=path) from None
        values[column.name] = value
    return values


def _csv_cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
