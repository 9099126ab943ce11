"""Opening and creating ledgers, with one clear error for each way a database can be wrong."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, inspect, select
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from handover.errors import StorageError
from handover.storage import migrate
from handover.storage.dialects import WRITE_OPTION
from handover.storage.engine import describe_url, make_engine, sqlite_path
from handover.storage.tables import ledger_meta, log_head

__all__ = [
    "LEDGER_FORMAT",
    "Database",
    "create_database",
    "new_origin",
    "open_database",
    "remove_sqlite_files",
    "upgrade_database",
]

LEDGER_FORMAT = "handover-ledger/1"
_NODE_CACHE_LIMIT = 200_000


@dataclass
class Database:
    """An open ledger database: its URL, its engine and its settings from ``ledger_meta``."""

    url: str
    engine: Engine
    meta: dict[str, str]
    log_nodes: dict[tuple[int, int], bytes] = field(default_factory=dict)

    @cached_property
    def label(self) -> str:
        """The database as named in messages (worked out once: every transaction names it)."""
        return describe_url(self.url)

    @property
    def origin(self) -> str:
        """The log origin line of this ledger's checkpoints."""
        return self.meta["origin"]

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read transaction; database errors become one-line StorageErrors."""
        with _translated(self.label), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction holding the database's write lock (SQLite) until commit."""
        with _translated(self.label), self._write_engine.begin() as connection:
            yield connection

    def remember_log_nodes(self, nodes: dict[tuple[int, int], bytes]) -> None:
        """Keep log nodes a committed write read or made: they never change."""
        if len(self.log_nodes) + len(nodes) > _NODE_CACHE_LIMIT:
            self.log_nodes.clear()
        self.log_nodes.update(nodes)

    @cached_property
    def _write_engine(self) -> Engine:
        return self.engine.execution_options(**{WRITE_OPTION: True})

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Open an existing ledger, refusing anything that is not one at the current schema."""
    label, engine = _existing(url)
    with _translated(label), engine.connect() as connection:
        meta = _read_meta(connection, label)
        _check_revision(connection, label)
    return Database(url, engine, meta)


def upgrade_database(url: str) -> tuple[str | None, str]:
    """Migrate an existing ledger to the newest schema; returns (before, after) revisions."""
    label, engine = _existing(url)
    with _translated(label), engine.begin() as connection:
        _read_meta(connection, label)
        before = migrate.current_revision(connection)
        migrate.upgrade(connection)
        after = migrate.current_revision(connection)
    engine.dispose()
    assert after is not None
    return before, after


def _existing(url: str) -> tuple[str, Engine]:
    label = describe_url(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StorageError("no ledger here; create one with `handover init`", path=label)
    return label, make_engine(url)


def create_database(url: str, *, origin: str | None = None,
                    meta: dict[str, str] | None = None) -> Database:
    """Create a new, empty ledger at ``url`` (an empty or missing database).

    A new SQLite file that fails half-way is removed, so nothing partial is left behind.
    """
    label = describe_url(url)
    path = sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise StorageError(f"folder {path.parent} does not exist", path=label)
    fresh_file = path is not None and not path.exists()
    engine = make_engine(url)
    try:
        stored = _create_schema(engine, label, {**_initial_meta(origin), **(meta or {})})
    except BaseException:
        engine.dispose()
        if fresh_file and path is not None:
            remove_sqlite_files(path)
        raise
    return Database(url, engine, stored)


def remove_sqlite_files(path: Path) -> None:
    """Delete an SQLite database file and its journals."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _create_schema(engine: Engine, label: str, meta: dict[str, str]) -> dict[str, str]:
    with _translated(label), engine.begin() as connection:
        if inspect(connection).get_table_names():
            raise StorageError("not empty: refusing to create a ledger over existing tables",
                               path=label)
        migrate.upgrade(connection)
        connection.execute(insert(ledger_meta), [{"key": k, "value": v} for k, v in meta.items()])
        connection.execute(insert(log_head).values(id=1, size=0))
    return meta


def new_origin() -> str:
    """A fresh, unique log origin line for a new ledger."""
    return f"handover.local/ledger/{secrets.token_hex(6)}"


def _initial_meta(origin: str | None) -> dict[str, str]:
    return {
        "format": LEDGER_FORMAT,
        "origin": origin or new_origin(),
        "created_at": datetime.now(UTC).isoformat(),
    }


def _read_meta(connection: Connection, label: str) -> dict[str, str]:
    if "ledger_meta" not in inspect(connection).get_table_names():
        raise StorageError("not a handover ledger (no ledger_meta table)", path=label)
    meta = {row.key: row.value for row in connection.execute(select(ledger_meta))}
    if meta.get("format") != LEDGER_FORMAT:
        raise StorageError(f"not a handover ledger (format {meta.get('format')!r})", path=label)
    return meta


def _check_revision(connection: Connection, label: str) -> None:
    current, head = migrate.current_revision(connection), migrate.head_revision()
    if current != head:
        raise StorageError(
            f"ledger schema is at revision {current}, this handover needs {head}: "
            "run `handover db upgrade`",
            path=label,
        )


@contextmanager
def _translated(label: str) -> Iterator[None]:
    """Turn driver errors into one line that says what is wrong with which database."""
    try:
        yield
    except OperationalError as exc:
        raise StorageError(_first_line(exc), path=label) from None
    except DatabaseError as exc:
        reason = _first_line(exc)
        if "file is not a database" in reason or "malformed" in reason:
            reason = f"not a handover ledger or corrupt ({reason})"
        raise StorageError(reason, path=label) from None
    except SQLAlchemyError as exc:
        raise StorageError(_first_line(exc), path=label) from None


def _first_line(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
