"""Writing records: each insert and its Merkle log leaf go into the same transaction.

Writers serialise on the log head: the first statement of every write transaction updates the
``log_head`` row, which takes a row lock on PostgreSQL and, under ``BEGIN IMMEDIATE``, the
database write lock on SQLite. Two processes can therefore never assign the same leaf index or
fork the tree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update

from handover.errors import StorageError
from handover.merkle import leaf_hash
from handover.merkle.store import append_leaf_hashes, root_at
from handover.storage.canonical import entry_bytes
from handover.storage.database import Database
from handover.storage.dialects import insert_rows, pipelined
from handover.storage.log_store import SqlSubtreeStore
from handover.storage.tables import log_entries, log_head

__all__ = ["CheckpointHook", "WriteSession", "write_session"]

CheckpointHook = Callable[[Connection, int, bytes], None]

_LOCK_HEAD = (update(log_head).where(log_head.c.id == 1).values(size=log_head.c.size)
              .returning(log_head.c.size))
_MOVE_HEAD = update(log_head).where(log_head.c.id == 1).values(size=bindparam("size"))


class WriteSession:
    """Inserts records within one transaction, appending one log leaf per record.

    Records are inserted at once (a write may read what it wrote); their leaves, the subtree
    hashes and the log head are written when the session is flushed or sealed, together, after
    every read the tree needs, so PostgreSQL gets them in one round trip.
    """

    def __init__(self, connection: Connection, size: int,
                 committed_nodes: dict[tuple[int, int], bytes] | None = None) -> None:
        self.connection = connection
        self.store = SqlSubtreeStore(connection, committed_nodes)
        self.start_size = size
        self.now = datetime.now(UTC)
        self._written = 0
        self._entries: list[tuple[int, str, bytes]] = []  # leaves not yet in the log

    @property
    def next_id(self) -> int:
        """The id (log index) the next inserted record will get."""
        return self.start_size + self._written

    def insert(self, table: Table, values: Mapping[str, Any]) -> int:
        """Insert one record and its leaf; returns the record's id.

        ``values`` may carry ``id`` and ``recorded_at`` (an import replaying an export); the id
        must then be the next log index.
        """
        return self.insert_many(table, [values])[0]

    def insert_many(self, table: Table, records: Sequence[Mapping[str, Any]]) -> list[int]:
        """Insert records of one table in one statement; returns their ids."""
        rows, ids = [], []
        for values in records:
            record_id = self.next_id
            if values.get("id", record_id) != record_id:
                raise StorageError(
                    f"record {values['id']} would be written at log index {record_id}")
            row = {column.name: values.get(column.name) for column in table.columns}
            row["id"] = record_id
            row["recorded_at"] = values.get("recorded_at") or self.now
            leaf = leaf_hash(entry_bytes(table.name, row))
            rows.append(row)
            ids.append(record_id)
            self._entries.append((record_id, table.name, leaf))
            self._written += 1
        if rows:
            self.connection.execute(insert(table), rows)
        return ids

    def flush(self) -> bytes:
        """Write the leaves and subtree hashes so far and move the log head; the new root."""
        return self._write_log(None)

    def seal(self, checkpoint: CheckpointHook | None) -> None:
        """Write the log and, if this session wrote anything, checkpoint the new tree."""
        if self.next_id != self.start_size:
            self._write_log(checkpoint)

    def _write_log(self, checkpoint: CheckpointHook | None) -> bytes:
        """Work out the new subtree hashes and root (reading what the tree needs), then write
        the leaves, the hashes, the head and the checkpoint together; the new root."""
        size = self.next_id
        leaves = [leaf for _, _, leaf in self._entries]
        if leaves:
            append_leaf_hashes(self.store, size - len(leaves), leaves)
        root = root_at(self.store, size)
        with pipelined(self.connection):
            if leaves:
                insert_rows(self.connection, log_entries, ("idx", "record_type", "leaf_hash"),
                            self._entries)
                self._entries = []
                self.store.write()
                self.connection.execute(_MOVE_HEAD, {"size": size})
            if checkpoint is not None:
                checkpoint(self.connection, size, root)
        return root


@contextmanager
def write_session(db: Database, checkpoint: CheckpointHook | None = None) -> Iterator[WriteSession]:
    """A write transaction on the ledger: all its records land together, or none do."""
    with db.writing() as connection:
        size = connection.execute(_LOCK_HEAD).scalar_one()
        session = WriteSession(connection, int(size), db.log_nodes)
        yield session
        session.seal(checkpoint)
    db.remember_log_nodes(session.store.learned)
