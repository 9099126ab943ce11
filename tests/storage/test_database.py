"""Opening and creating ledgers on both backends, and every way a database can be wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from handover.errors import StorageError
from handover.storage import create_database, open_database
from handover.storage.database import upgrade_database
from handover.storage.migrate import head_revision
from handover.storage.tables import ledger_meta, log_head


def test_created_ledger_opens_with_its_origin(db_url: str) -> None:
    created = create_database(db_url, origin="example.org/ledger")
    created.dispose()
    opened = open_database(db_url)
    assert opened.origin == "example.org/ledger"
    with opened.reading() as connection:
        assert connection.execute(select(log_head.c.size)).scalar_one() == 0
        names = {row.key for row in connection.execute(select(ledger_meta))}
    assert {"format", "origin", "created_at"} <= names
    opened.dispose()


def test_create_refuses_a_database_with_tables(db_url: str) -> None:
    create_database(db_url).dispose()
    with pytest.raises(StorageError, match="not empty: refusing to create a ledger"):
        create_database(db_url)


def test_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StorageError, match="no ledger here; create one with `handover init`"):
        open_database(f"sqlite:///{path}")
    assert not path.exists()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(StorageError, match=r"not a handover ledger or corrupt \(file is not a"):
        open_database(f"sqlite:///{path}")


def test_an_sqlite_database_that_is_not_a_ledger(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(StorageError, match=r"not a handover ledger \(no ledger_meta table\)"):
        open_database(f"sqlite:///{path}")


def test_unreachable_postgres_is_one_line() -> None:
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:9/nowhere"
    with pytest.raises(StorageError) as raised:
        open_database(url)
    line = raised.value.line()
    assert "\n" not in line
    assert "secret" not in line
    assert "Connection refused" in line or "connection failed" in line


def test_failed_create_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        create_database(f"sqlite:///{tmp_path / 'missing-folder' / 'x.db'}")
    assert not (tmp_path / "missing-folder").exists()


def test_schema_behind_is_refused_and_upgrade_fixes_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    create_database(url).dispose()
    with sqlite3.connect(tmp_path / "old.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    with pytest.raises(StorageError, match="run `handover db upgrade`"):
        open_database(url)
    with sqlite3.connect(tmp_path / "old.db") as connection:
        connection.execute(f"UPDATE alembic_version SET version_num = '{head_revision()}'")
    assert upgrade_database(url) == (head_revision(), head_revision())
    open_database(url).dispose()


def test_every_table_exists(db_url: str) -> None:
    db = create_database(db_url)
    with db.reading() as connection:
        names = set(inspect(connection).get_table_names())
    db.dispose()
    assert {"claims", "reports", "sources", "reviews", "agreements", "evidence", "parties",
            "party_aliases", "log_entries", "log_nodes", "log_head", "checkpoints"} <= names
