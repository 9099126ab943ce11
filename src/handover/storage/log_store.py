"""The Merkle log's storage adapter: leaf hashes and perfect-subtree hashes in SQL tables.

Level-0 nodes are the leaf hashes of ``log_entries``; higher levels live in ``log_nodes``. The
tree arithmetic is in :mod:`handover.merkle`; this module only reads and writes hashes. Nodes
never change once written, so a store remembers what it has read or written, and may start from
nodes earlier transactions committed (never from uncommitted ones: a rolled-back append would
leave nodes that do not exist).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from sqlalchemy import Connection, bindparam, select

from handover.errors import StorageError
from handover.storage.dialects import insert_rows, marker
from handover.storage.tables import log_entries, log_nodes

__all__ = ["SqlSubtreeStore", "prefetched"]

T = TypeVar("T")

_LEAF = select(log_entries.c.leaf_hash).where(log_entries.c.idx == bindparam("index"))
_NODE = select(log_nodes.c.hash).where(log_nodes.c.level == bindparam("level"),
                                       log_nodes.c.idx == bindparam("index"))


class SqlSubtreeStore:
    """A :class:`handover.merkle.SubtreeStore` over one database connection."""

    def __init__(self, connection: Connection,
                 committed: dict[tuple[int, int], bytes] | None = None) -> None:
        self._connection = connection
        self._committed = committed or {}
        self.learned: dict[tuple[int, int], bytes] = {}
        self._unwritten: list[tuple[int, int, bytes]] = []

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
        """Take completed subtree hashes; they are written by :meth:`write`. Leaf hashes go
        to ``log_entries`` with their records."""
        for level, index, value in nodes:
            self.learned[(level, index)] = value
        self._unwritten.extend(node for node in nodes if node[0] > 0)

    def write(self) -> None:
        """Write the subtree hashes taken since the last write (one statement, no answer
        awaited, so it can join the other writes that end a transaction)."""
        insert_rows(self._connection, log_nodes, ("level", "idx", "hash"), self._unwritten)
        self._unwritten = []

    def preload(self, keys: Iterable[tuple[int, int]]) -> None:
        """Read many nodes in two queries (leaves, then higher levels).

        Proofs are read on every receipt and every page that offers one, so these queries go
        straight to the driver: building the expressions cost more than running them.
        """
        wanted = [k for k in set(keys) if k not in self.learned and k not in self._committed]
        leaves = [index for level, index in wanted if level == 0]
        by_level: dict[int, list[int]] = {}
        for level, index in wanted:
            if level > 0:
                by_level.setdefault(level, []).append(index)
        mark = marker(self._connection)
        if leaves:
            sql = (f"SELECT idx, leaf_hash FROM {log_entries.name} WHERE idx IN "
                   f"({', '.join([mark] * len(leaves))})")
            for index, value in self._connection.exec_driver_sql(sql, tuple(leaves)):
                self.learned[(0, int(index))] = bytes(value)
        if by_level:
            terms = [f"(level = {mark} AND idx IN ({', '.join([mark] * len(ids))}))"
                     for ids in by_level.values()]
            params = tuple(v for level, ids in by_level.items() for v in (level, *ids))
            sql = f"SELECT level, idx, hash FROM {log_nodes.name} WHERE {' OR '.join(terms)}"
            for level, index, value in self._connection.exec_driver_sql(sql, params):
                self.learned[(int(level), int(index))] = bytes(value)


class _Recorder:
    """A stand-in store that notes which nodes a computation asks for."""

    def __init__(self) -> None:
        self.keys: list[tuple[int, int]] = []

    def get(self, level: int, index: int) -> bytes:
        self.keys.append((level, index))
        return bytes(32)

    def put(self, nodes: Sequence[tuple[int, int, bytes]]) -> None:
        raise NotImplementedError("recording is read-only")


def prefetched(store: SqlSubtreeStore, compute: Callable[..., T]) -> T:
    """Run a proof computation over ``store`` after reading every node it needs at once.

    The computation runs twice: first over a recorder to learn which nodes it reads (its path
    depends only on index and size), then over the store with those nodes loaded, so a proof
    costs two queries instead of one per level.
    """
    recorder = _Recorder()
    compute(recorder)
    store.preload(recorder.keys)
    return compute(store)
