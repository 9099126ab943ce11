"""The Merkle log's storage adapter: leaf hashes and perfect-subtree hashes in SQL tables.

Level-0 nodes are the leaf hashes of ``log_entries``; higher levels live in ``log_nodes``. The
tree arithmetic is in :mod:`handover.merkle`; this module only reads and writes hashes.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, insert, select

from handover.errors import StorageError
from handover.storage.tables import log_entries, log_nodes

__all__ = ["SqlSubtreeStore"]


class SqlSubtreeStore:
    """A :class:`handover.merkle.SubtreeStore` over one database connection."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def get(self, level: int, index: int) -> bytes:
        """The hash of the perfect subtree of ``2**level`` leaves from ``index * 2**level``."""
        if level == 0:
            query = select(log_entries.c.leaf_hash).where(log_entries.c.idx == index)
        else:
            query = select(log_nodes.c.hash).where(
                log_nodes.c.level == level, log_nodes.c.idx == index
            )
        found = self._connection.execute(query).scalar_one_or_none()
        if found is None:
            raise StorageError(f"log node (level {level}, index {index}) is missing")
        return bytes(found)

    def put(self, nodes: Sequence[tuple[int, int, bytes]]) -> None:
        """Store completed subtree hashes; leaf hashes are already in ``log_entries``."""
        rows = [{"level": lv, "idx": ix, "hash": h} for lv, ix, h in nodes if lv > 0]
        if rows:
            self._connection.execute(insert(log_nodes), rows)
