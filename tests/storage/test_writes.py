"""The write path: one log leaf per record, in the same transaction, ids equal to log indices."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, func, insert, select

from handover.errors import StorageError
from handover.merkle import leaf_hash, root_hash
from handover.storage import create_database, write_session
from handover.storage.canonical import entry_bytes
from handover.storage.tables import checkpoints, log_entries, log_head, parties, sources
from handover.storage.writes import CheckpointHook


def test_each_record_gets_the_next_log_index_and_its_leaf(db_url: str) -> None:
    db = create_database(db_url)
    with write_session(db) as session:
        first = session.insert(parties, {"name": "Transnistria", "kind": "side"})
        second = session.insert(sources, {"name": "A wire", "kind": "news_outlet"})
    with write_session(db) as session:
        third = session.insert(sources, {"name": "Another wire", "kind": "news_outlet"})
    assert (first, second, third) == (0, 1, 2)
    with db.reading() as connection:
        leaves = connection.execute(select(log_entries).order_by(log_entries.c.idx)).all()
        row = connection.execute(select(sources).where(sources.c.id == 1)).mappings().one()
        assert connection.execute(select(log_head.c.size)).scalar_one() == 3
    assert [leaf.record_type for leaf in leaves] == ["parties", "sources", "sources"]
    assert leaves[1].leaf_hash == leaf_hash(entry_bytes("sources", row))
    db.dispose()


def test_a_failed_write_leaves_nothing(db_url: str) -> None:
    db = create_database(db_url)
    with pytest.raises(StorageError), write_session(db) as session:
        session.insert(sources, {"name": "Kept?", "kind": "official"})
        session.insert(sources, {"name": "Broken", "kind": "official", "supersedes": 999})
    with db.reading() as connection:
        assert connection.execute(select(func.count()).select_from(sources)).scalar_one() == 0
        assert connection.execute(select(func.count()).select_from(log_entries)).scalar_one() == 0
        assert connection.execute(select(log_head.c.size)).scalar_one() == 0
    db.dispose()


def test_a_failure_in_the_last_writes_leaves_nothing(db_url: str) -> None:
    """The leaves, nodes, head and checkpoint go to the server together (on PostgreSQL, in
    one round trip): an error among them still rolls the whole write back, as one line."""
    db = create_database(db_url)

    def checkpoint_at(fixed: int | None) -> CheckpointHook:
        def store(connection: Connection, size: int, root: bytes) -> None:
            connection.execute(insert(checkpoints), {
                "size": size if fixed is None else fixed, "root_hash": root, "note": "n",
                "created_at": datetime.now(UTC)})
        return store

    with write_session(db, checkpoint_at(None)) as session:
        session.insert(sources, {"name": "Kept", "kind": "official"})
    with pytest.raises(StorageError) as raised, write_session(db, checkpoint_at(1)) as session:
        session.insert(sources, {"name": "Rolled back", "kind": "official"})
    assert "\n" not in raised.value.line()
    with db.reading() as connection:
        assert connection.execute(select(func.count()).select_from(sources)).scalar_one() == 1
        assert connection.execute(select(func.count()).select_from(log_entries)).scalar_one() == 1
        assert connection.execute(select(log_head.c.size)).scalar_one() == 1
    db.dispose()


def test_root_matches_the_pure_merkle_function(db_url: str) -> None:
    db = create_database(db_url)
    entries = []
    for batch in range(5):
        with write_session(db) as session:
            for n in range(batch + 1):
                values = {"name": f"voice {batch}.{n}", "kind": "official"}
                session.insert(sources, values)
            root = session.flush()
    with db.reading() as connection:
        for row in connection.execute(select(sources).order_by(sources.c.id)).mappings():
            entries.append(entry_bytes("sources", row))
    assert len(entries) == 15
    assert root == root_hash(entries)
    db.dispose()


def test_an_explicit_id_must_be_the_next_index(db_url: str) -> None:
    db = create_database(db_url)
    with pytest.raises(StorageError, match="record 7 would be written at log index 0"), \
            write_session(db) as session:
        session.insert(sources, {"id": 7, "name": "x", "kind": "official"})
    db.dispose()


def test_a_rolled_back_append_leaves_no_remembered_nodes(db_url: str) -> None:
    db = create_database(db_url)
    with write_session(db) as session:
        session.insert(sources, {"name": "kept", "kind": "official"})
    with pytest.raises(RuntimeError), write_session(db) as session:
        session.insert(sources, {"name": "rolled back", "kind": "official"})
        session.flush()
        raise RuntimeError("the caller gives up")
    with write_session(db) as session:
        session.insert(sources, {"name": "second", "kind": "official"})
        session.insert(sources, {"name": "third", "kind": "official"})
        root = session.flush()
    with db.reading() as connection:
        entries = [entry_bytes("sources", row) for row in connection.execute(
            select(sources).order_by(sources.c.id)).mappings()]
    assert [e.count(b"rolled back") for e in entries] == [0, 0, 0]
    assert root == root_hash(entries)
    db.dispose()
