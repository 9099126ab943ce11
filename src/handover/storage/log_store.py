"""The Merkle log's storage adapter: leaf hashes and perfect-subtree hashes in SQL tables.

Level-0 nodes are the leaf hashes of ``log_entries``; higher levels live in ``log_nodes``. The
tree arithmetic is in :mod:`handover.merkle`; this module only reads and writes hashes. Nodes
never change once written, so a store remembers what it has read or written, and may start from
nodes earlier transactions committed (never from uncommitted ones: a rolled-back append would
leave nodes that do not exist).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, insert, select

from handover.errors import StorageError
from handover.storage.tables import log_entries, log_nodes

__all__ = ["SqlSubtreeStore"]

_LEAF = select(log_entries.c.leaf_hash).where(log_entries.c.idx == bindparam("index"))
_NODE = select(log_nodes.c.hash).where(log_nodes.c.level == bindparam("level"),
                                       log_nodes.c.idx == bindparam("index"))
_PUT = insert(log_nodes)


class SqlSubtreeStore:
    """A :class:`handover.merkle.SubtreeStore` over one database connection."""

    def __init__(self, connection: Connection,
                 committed: dict[tuple[int, int], bytes] | None = None) -> None:
        self._connection = connection
        self._committed = committed or {}
        self.learned: dict[tuple[int, int], bytes] = {}

    def get(self, level: int, index: int) -> bytes:
        """The hash of the perfect subtree of ``2**level`` leaves from ``index * 2**level``."""
        known = self.learned.get((level, index)) or self._committed.get((level, index))
        if known is not None:
            return known
        query = _LEAF if level == 0 else _NODE
        found = self._connection.execute(query, {"level": level, "index": index}).scalar()
        if found is None:
            raise StorageError(f"log node (level {level}, index {index}) is missing")
        self.learned[(level, index)] = bytes(found)
        return bytes(found)

    def put(self, nodes: Sequence[tuple[int, int, bytes]]) -> None:
        """Store completed subtree hashes; leaf hashes are already in ``log_entries``."""
        for level, index, value in nodes:
            self.learned[(level, index)] = value
        rows = [{"level": lv, "idx": ix, "hash": h} for lv, ix, h in nodes if lv > 0]
        if rows:
            self._connection.execute(_PUT, rows)
