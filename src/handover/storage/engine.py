"""Database URLs and engines: SQLite files by default, PostgreSQL by URL (SPEC, Storage)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from handover.errors import StorageError
from handover.storage.dialects import configure

__all__ = ["DEFAULT_DB", "database_url", "describe_url", "make_engine", "sqlite_path"]

DEFAULT_DB = "handover.db"


def database_url(target: str | Path | None = None) -> str:
    """The SQLAlchemy URL for ``--db``, else ``$HANDOVER_DB``, else ``handover.db`` here."""
    chosen = str(target) if target else os.environ.get("HANDOVER_DB") or DEFAULT_DB
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def describe_url(url: str) -> str:
    """The URL as shown in messages: a file path, or the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str) -> Engine:
    """A new engine for ``url``, configured for its dialect. Nothing connects yet."""
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StorageError(f"not a usable database URL: {exc}", path=url) from None
    configure(engine)
    return engine
