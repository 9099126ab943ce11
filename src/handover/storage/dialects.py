"""What differs between SQLite and PostgreSQL, kept in one place.

SQLite: foreign keys on, WAL journal, a generous busy timeout, and pysqlite's implicit
transaction handling replaced by explicit ``BEGIN`` (``BEGIN IMMEDIATE`` for writers, so a writer
takes the database's write lock before it reads the log head). PostgreSQL needs nothing here:
writers serialise on a row lock of the log head (see ``writes.py``), which SQLite gets for free.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, event
from sqlalchemy.exc import DBAPIError

__all__ = ["WRITE_OPTION", "configure", "insert_rows", "marker", "pipelined"]

WRITE_OPTION = "handover_write"
_BUSY_TIMEOUT_MS = 30_000


def configure(engine: Engine) -> None:
    """Install the dialect's connection and transaction settings on a new engine."""
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite so BEGIN is ours to issue.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # 64 MiB of page cache keeps the upper levels of the log's indexes in memory.
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def insert_rows(connection: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert many rows through the driver's own executemany.

    The log's hot path writes two small rows per record; SQLAlchemy's per-row parameter
    processing would cost more than the database does. Only the table and column names of our
    own schema go into the statement; every value is a bound parameter.
    """
    if not rows:
        return
    names = ", ".join(table.c[name].name for name in columns)
    statement = (f"INSERT INTO {table.name} ({names}) "
                 f"VALUES ({', '.join([marker(connection)] * len(columns))})")
    connection.exec_driver_sql(statement, list(rows))


def marker(connection: Connection) -> str:
    """The driver's placeholder for a bound parameter (``?`` for SQLite, ``%s`` for psycopg)."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


@contextmanager
def pipelined(connection: Connection) -> Iterator[None]:
    """Send writes that await no answer together (psycopg's pipeline mode on PostgreSQL).

    Only statements whose results nobody reads may run inside: a query's rows would not have
    arrived. An error of any of them is raised as SQLAlchemy raises driver errors, when the
    pipeline ends, inside the transaction, which then rolls back whole. SQLite has no round
    trips to save.
    """
    if connection.dialect.name != "postgresql":
        yield
        return
    driver = connection.connection.driver_connection
    error = connection.dialect.loaded_dbapi.Error
    try:
        with driver.pipeline():  # type: ignore[union-attr]
            yield
    except error as exc:
        raise DBAPIError.instance(None, None, exc, error) from None
