"""Storage: SQLAlchemy Core tables, Alembic migrations, and the write path with its log leaves.

SQLite files by default, PostgreSQL by URL:

>>> from handover.storage import database_url
>>> database_url("postgresql+psycopg://localhost/handover")
'postgresql+psycopg://localhost/handover'
"""

from handover.storage.database import Database, create_database, open_database
from handover.storage.engine import database_url, describe_url, make_engine, sqlite_path
from handover.storage.writes import CheckpointHook, WriteSession, write_session

__all__ = [
    "CheckpointHook",
    "Database",
    "WriteSession",
    "create_database",
    "database_url",
    "describe_url",
    "make_engine",
    "open_database",
    "sqlite_path",
    "write_session",
]
