"""Opening and creating ledgers, with one clear error for each way a database can be wrong."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, inspect, select
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from handover.errors import StorageError
from handover.storage import migrate
from handover.storage.dialects import WRITE_OPTION
from handover.storage.engine import describe_url, make_engine, sqlite_path
from handover.storage.tables import ledger_meta, log_head

__all__ = ["LEDGER_FORMAT", "Database", "create_database", "open_database"]

LEDGER_FORMAT = "handover-ledger/1"


@dataclass
class Database:
    """An open ledger database: its URL, its engine and its settings from ``ledger_meta``."""

    url: str
    engine: Engine
    meta: dict[str, str]

    @property
    def label(self) -> str:
        """The database as named in messages."""
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
        with _translated(self.label):
            engine = self.engine.execution_options(**{WRITE_OPTION: True})
            with engine.begin() as connection:
                yield connection

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Open an existing ledger, refusing anything that is not one at the current schema."""
    label = describe_url(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StorageError("no ledger here; create one with `handover init`", path=label)
    engine = make_engine(url)
    with _translated(label), engine.connect() as connection:
        meta = _read_meta(connection, label)
        _check_revision(connection, label)
    return Database(url, engine, meta)


def create_database(url: str, *, origin: str | None = None) -> Database:
    """Create a new, empty ledger at ``url`` (an empty or missing database)."""
    label = describe_url(url)
    path = sqlite_path(url)
    if path is not None and not path.parent.exists():
        raise StorageError(f"folder {path.parent} does not exist", path=label)
    engine = make_engine(url)
    with _translated(label):
        with engine.connect() as connection:
            if inspect(connection).get_table_names():
                raise StorageError("not empty: refusing to create a ledger over existing tables",
                                   path=label)
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        with engine.begin() as connection:
            migrate.upgrade(connection)
            meta = _initial_meta(origin)
            connection.execute(insert(ledger_meta), [{"key": k, "value": v} for k, v in
                                                     meta.items()])
            connection.execute(insert(log_head).values(id=1, size=0))
    return Database(url, engine, meta)


def _initial_meta(origin: str | None) -> dict[str, str]:
    return {
        "format": LEDGER_FORMAT,
        "origin": origin or f"handover.local/ledger/{secrets.token_hex(6)}",
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
