"""The subtree store: append in any batches, O(log n) lookups, refusal of forks and gaps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handover.errors import InputError, StorageError
from handover.merkle import (
    MemorySubtreeStore,
    SubtreeNode,
    append_leaf_hashes,
    consistency_proof,
    consistency_proof_at,
    inclusion_proof,
    inclusion_proof_at,
    leaf_hash,
    node_hash,
    root_at,
    root_hash,
)

ENTRIES = [i.to_bytes(4, "big") for i in range(100)]
LEAVES = [leaf_hash(e) for e in ENTRIES]


class CountingStore(MemorySubtreeStore):
    """A memory store that counts lookups, to check the O(log n) promise."""

    def __init__(self) -> None:
        super().__init__()
        self.gets = 0

    def get(self, level: int, index: int) -> bytes:
        self.gets += 1
        return super().get(level, index)


def build(batches: list[int]) -> tuple[MemorySubtreeStore, list[SubtreeNode]]:
    store, size, nodes = MemorySubtreeStore(), 0, []
    for batch in batches:
        nodes += append_leaf_hashes(store, size, LEAVES[size : size + batch])
        size += batch
    return store, nodes


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 20), min_size=1, max_size=30))
def test_any_batching_gives_the_same_nodes(batches: list[int]) -> None:
    total = min(sum(batches), len(LEAVES))
    cut, size = [], 0
    for batch in batches:
        if size < total:
            cut.append(min(batch, total - size))
            size += cut[-1]
    _, one_shot = build([total])
    store, nodes = build(cut)
    assert sorted(nodes) == sorted(one_shot)
    assert root_at(store, total) == root_hash(ENTRIES[:total])


def test_append_returns_every_completed_node_level_by_level() -> None:
    store, _ = build([3])
    nodes = append_leaf_hashes(store, 3, LEAVES[3:5])
    assert nodes == [
        (0, 3, LEAVES[3]),
        (0, 4, LEAVES[4]),
        (1, 1, node_hash(LEAVES[2], LEAVES[3])),
        (2, 0, node_hash(node_hash(LEAVES[0], LEAVES[1]), node_hash(LEAVES[2], LEAVES[3]))),
    ]
    assert store.size == 5


def test_append_nothing_stores_nothing() -> None:
    store, _ = build([4])
    assert append_leaf_hashes(store, 4, []) == []
    assert store.size == 4


def test_append_rejects_bad_leaf_hashes_and_sizes() -> None:
    store = MemorySubtreeStore()
    with pytest.raises(InputError, match="negative"):
        append_leaf_hashes(store, -1, LEAVES[:1])
    with pytest.raises(InputError, match="new leaf hash 0 is 31 bytes, expected 32"):
        append_leaf_hashes(store, 0, [bytes(31)])


def test_lookups_are_logarithmic() -> None:
    store = CountingStore()
    append_leaf_hashes(store, 0, [leaf_hash(i.to_bytes(4, "big")) for i in range(5000)])
    for size, index in [(5000, 0), (5000, 4999), (4097, 4096), (3333, 1234)]:
        store.gets = 0
        inclusion_proof_at(store, index, size)
        assert store.gets <= 2 * size.bit_length()
        store.gets = 0
        consistency_proof_at(store, index + 1, size)
        assert store.gets <= 2 * size.bit_length()
        store.gets = 0
        root_at(store, size)
        assert store.gets <= size.bit_length()


def test_appending_reads_at_most_one_old_node_per_level() -> None:
    store = CountingStore()
    append_leaf_hashes(store, 0, [leaf_hash(i.to_bytes(4, "big")) for i in range(4095)])
    store.gets = 0
    append_leaf_hashes(store, 4095, [leaf_hash(b"last")])
    assert store.gets == 12


def test_store_proofs_match_entry_proofs_at_past_sizes() -> None:
    store, _ = build([100])
    for size in (1, 2, 31, 64, 65, 99, 100):
        assert root_at(store, size) == root_hash(ENTRIES[:size])
        assert inclusion_proof_at(store, size - 1, size) == inclusion_proof(
            ENTRIES[:size], size - 1
        )
        assert consistency_proof_at(store, size // 2, size) == consistency_proof(
            ENTRIES[:size], size // 2
        )


def test_proof_arguments_out_of_range() -> None:
    store, _ = build([10])
    with pytest.raises(InputError, match="leaf index 10 is beyond a tree of 10 leaves"):
        inclusion_proof_at(store, 10, 10)
    with pytest.raises(InputError, match="old size 11 is not between 0 and the new size 10"):
        consistency_proof_at(store, 11, 10)
    with pytest.raises(InputError, match="negative"):
        root_at(store, -1)
    with pytest.raises(InputError, match="leaf index 3 is beyond a tree of 3 leaves"):
        inclusion_proof(ENTRIES[:3], 3)


def test_missing_nodes_are_storage_errors() -> None:
    store, _ = build([10])
    with pytest.raises(StorageError, match="no subtree hash at level 0 index 10"):
        inclusion_proof_at(store, 3, 11)
    with pytest.raises(StorageError, match="no subtree hash at level 7 index 0"):
        store.get(7, 0)
    with pytest.raises(StorageError, match="no subtree hash at level -1"):
        store.get(-1, 0)


def test_put_refuses_forks_and_gaps_but_accepts_identical_rewrites() -> None:
    store, nodes = build([8])
    store.put(nodes[:3])
    with pytest.raises(StorageError, match="refusing to change it"):
        store.put([(0, 2, bytes(32))])
    with pytest.raises(StorageError, match="leaves a gap: the level ends at index 8"):
        store.put([(0, 9, bytes(32))])
    with pytest.raises(StorageError, match="malformed"):
        store.put([(0, 8, bytes(5))])
    assert store.size == 8
