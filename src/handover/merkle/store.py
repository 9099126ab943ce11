"""Proofs at any tree size from stored perfect subtrees, with O(log n) lookups each.

A log that only ever appends can keep, once and for all, the hash of every *perfect* subtree:
``(level, index)`` names the 2**level leaves starting at leaf ``index * 2**level``; level 0 holds
the leaf hashes. A node is complete, and never changes again, as soon as its last leaf is in.
Every subtree in the RFC 9162 section 2.1.1 recursion is either perfect or sits on the right
edge of its parent and splits into at most log2(n) perfect subtrees, so the root of any past
size, any inclusion proof (RFC 9162 section 2.1.3.1) and any consistency proof (section
2.1.4.1) needs O(log n) lookups and no rehashing of old leaves. This is the idea behind the
C2SP tlog-tiles layout and the "compact range" of transparency-dev, kept here as plain
(level, index) rows so that an SQL table can hold them.

The storage layer implements `SubtreeStore` over its database; `MemorySubtreeStore` keeps one
bytearray per level and serves the tests and the benchmark.

>>> from handover.merkle import leaf_hash, root_hash, inclusion_proof
>>> store = MemorySubtreeStore()
>>> entries = [bytes([i]) for i in range(11)]
>>> _ = append_leaf_hashes(store, 0, [leaf_hash(e) for e in entries])
>>> root_at(store, 11) == root_hash(entries)
True
>>> inclusion_proof_at(store, 4, 9) == inclusion_proof(entries[:9], 4)
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from handover.errors import InputError, StorageError
from handover.merkle.hashing import EMPTY_ROOT, HASH_SIZE, node_hash, short_hex
from handover.merkle.proofs import consistency_path, inclusion_path
from handover.merkle.tree import fold_right, perfect_subtrees

__all__ = [
    "MemorySubtreeStore",
    "SubtreeNode",
    "SubtreeStore",
    "append_leaf_hashes",
    "consistency_proof_at",
    "inclusion_proof_at",
    "range_hash_at",
    "root_at",
]

SubtreeNode = tuple[int, int, bytes]
"""``(level, index, hash)``: the hash of the perfect subtree of leaves
``[index * 2**level, (index + 1) * 2**level)``."""


class SubtreeStore(Protocol):
    """Where a log keeps the hashes of its perfect subtrees. Implemented by the storage layer."""

    def get(self, level: int, index: int) -> bytes:
        """Return the hash of subtree ``(level, index)``; raise `StorageError` if it is absent."""
        ...

    def put(self, nodes: Sequence[SubtreeNode]) -> None:
        """Store newly completed subtrees ``(level, index, hash)``, in the order given.

        Called once per append batch, inside the caller's transaction. A node that is already
        stored with a different hash means the tree would fork: raise `StorageError`.
        """
        ...


def append_leaf_hashes(
    store: SubtreeStore, size: int, leaf_hashes: Sequence[bytes]
) -> list[SubtreeNode]:
    """Append leaves to a tree of ``size`` leaves; store and return every newly completed node.

    The new leaves take indices ``size, size + 1, ...``. Each level is processed as one run:
    a parent completes when its right child does, and its left child is either new in this batch
    or, at most once per level, an old node read from the store (so O(log n) lookups in all).
    Nodes are returned level by level, left to right, and passed to ``store.put`` in one call.
    """
    if size < 0:
        raise InputError(f"tree size {size} is negative")
    for position, value in enumerate(leaf_hashes):
        if len(value) != HASH_SIZE:
            raise InputError(
                f"new leaf hash {position} is {len(value)} bytes, expected {HASH_SIZE}"
            )
    nodes: list[SubtreeNode] = [(0, size + i, h) for i, h in enumerate(leaf_hashes)]
    level, first, current = 0, size, list(leaf_hashes)
    while current:
        parents = _complete_parents(store, level, first, current)
        level, first = level + 1, first // 2
        nodes.extend((level, first + i, h) for i, h in enumerate(parents))
        current = parents
    if nodes:
        store.put(nodes)
    return nodes


def _complete_parents(
    store: SubtreeStore, level: int, first: int, current: list[bytes]
) -> list[bytes]:
    """Hash the parents completed by the new nodes ``current``, which start at index ``first``."""
    if first % 2:
        # The first new node is a right child: its left sibling was completed earlier.
        current = [store.get(level, first - 1), *current]
    return [node_hash(current[i], current[i + 1]) for i in range(0, len(current) - 1, 2)]


def range_hash_at(store: SubtreeStore, start: int, end: int) -> bytes:
    """Return the Merkle Tree Hash of leaves ``[start, end)`` of an RFC 9162 subtree or prefix.

    The range must be one the RFC 9162 recursion produces (a prefix ``[0, n)``, a perfect
    subtree, or a right-edge subtree); it is the right fold of its perfect parts.
    """
    if start == end:
        return EMPTY_ROOT
    return fold_right(store.get(level, index) for level, index in perfect_subtrees(start, end))


def root_at(store: SubtreeStore, size: int) -> bytes:
    """Return the root hash of the tree of the first ``size`` leaves (O(log n) lookups)."""
    if size < 0:
        raise InputError(f"tree size {size} is negative")
    return range_hash_at(store, 0, size)


def inclusion_proof_at(store: SubtreeStore, index: int, size: int) -> list[bytes]:
    """Return the inclusion proof of leaf ``index`` in the tree of ``size`` leaves.

    Byte-identical to `handover.merkle.inclusion_proof` over the same entries.
    """
    return inclusion_path(index, size, lambda start, end: range_hash_at(store, start, end))


def consistency_proof_at(store: SubtreeStore, old_size: int, new_size: int) -> list[bytes]:
    """Return RFC 6962 ``PROOF(old_size, D[new_size])`` from the stored subtrees.

    Byte-identical to `handover.merkle.consistency_proof` over the same entries.
    """
    return consistency_path(old_size, new_size, lambda start, end: range_hash_at(store, start, end))


class MemorySubtreeStore:
    """A `SubtreeStore` in memory: one bytearray of concatenated 32-byte hashes per level.

    Compact (32 bytes a node, about 64 bytes a leaf in all) and append-only: ``put`` accepts a
    node at the end of its level or an identical rewrite, and refuses gaps and changed hashes.
    """

    def __init__(self) -> None:
        """Create an empty store."""
        self._levels: list[bytearray] = []

    @property
    def size(self) -> int:
        """The number of leaves stored."""
        return len(self._levels[0]) // HASH_SIZE if self._levels else 0

    def get(self, level: int, index: int) -> bytes:
        """Return the hash of subtree ``(level, index)``; raise `StorageError` if absent."""
        offset = index * HASH_SIZE
        if level < 0 or index < 0 or level >= len(self._levels):
            raise StorageError(f"no subtree hash at level {level} index {index}")
        row = self._levels[level]
        if offset + HASH_SIZE > len(row):
            raise StorageError(f"no subtree hash at level {level} index {index}")
        return bytes(row[offset : offset + HASH_SIZE])

    def put(self, nodes: Sequence[SubtreeNode]) -> None:
        """Store nodes at the end of their levels; refuse gaps and changed hashes."""
        levels = self._levels
        for level, index, value in nodes:
            while len(levels) <= level:
                levels.append(bytearray())
            row = levels[level]
            offset = index * HASH_SIZE
            if offset == len(row) and len(value) == HASH_SIZE:
                row += value
            else:
                self._put_unusual(level, index, value)

    def _put_unusual(self, level: int, index: int, value: bytes) -> None:
        """A node that is not the next one at its level: a rewrite, a gap or a bad hash."""
        row = self._levels[level]
        offset = index * HASH_SIZE
        if len(value) != HASH_SIZE or index < 0:
            raise StorageError(f"subtree hash at level {level} index {index} is malformed")
        if offset > len(row):
            raise StorageError(
                f"subtree at level {level} index {index} leaves a gap: "
                f"the level ends at index {len(row) // HASH_SIZE}"
            )
        stored = bytes(row[offset : offset + HASH_SIZE])
        if stored != value:
            raise StorageError(
                f"subtree at level {level} index {index} is stored as {short_hex(stored)}, "
                f"refusing to change it to {short_hex(value)}"
            )
