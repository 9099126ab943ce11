"""Shared fixtures: real ledgers on SQLite files and on a throwaway PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg_cluster import PostgresCluster

REPO = Path(__file__).resolve().parent.parent
ASSETS = Path(__file__).resolve().parent / "assets"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresCluster | str]:
    """A PostgreSQL server for the session: ``$HANDOVER_TEST_PG_URL`` or a private cluster."""
    external = os.environ.get("HANDOVER_TEST_PG_URL")
    if external:
        yield external
        return
    cluster = PostgresCluster()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend: an SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'handover.db'}"
    server = request.getfixturevalue("postgres_server")
    if isinstance(server, str):
        return _fresh_external_database(server)
    return server.new_database()


@pytest.fixture(autouse=True)
def _private_keys_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keys of server ledgers go under the test's folder, never the user's config."""
    monkeypatch.setenv("HANDOVER_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.delenv("HANDOVER_KEY", raising=False)
    monkeypatch.delenv("HANDOVER_DB", raising=False)


@pytest.fixture
def asset() -> Path:
    """The folder of test assets (example reports, vectors, tampered databases)."""
    return ASSETS


def _fresh_external_database(url: str) -> str:
    """On an external server, each test gets its own new database."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"handover_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)
