"""The shipped migrations build exactly the schema ``tables.py`` defines, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from handover.storage import create_database
from handover.storage.migrate import current_revision, head_revision
from handover.storage.tables import metadata


def test_upgrade_head_matches_tables(db_url: str) -> None:
    db = create_database(db_url)
    with db.reading() as connection:
        assert current_revision(connection) == head_revision()
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    db.dispose()
    assert diff == []
