"""Property tests against a naive recursive RFC 6962 reference written here, for sizes up to 300.

The reference follows the RFC 6962 section 2.1 text literally (MTH, PATH, PROOF/SUBPROOF on
lists) with its own hashing; only the subtree hashes are memoised so that checking every
(index, size) and every (old, new) pair up to 300 stays fast.
"""

from __future__ import annotations

import hashlib
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handover.errors import VerificationError
from handover.merkle import (
    MemorySubtreeStore,
    append_leaf_hashes,
    consistency_proof,
    consistency_proof_at,
    inclusion_proof,
    inclusion_proof_at,
    leaf_hash,
    root_at,
    root_hash,
    verify_consistency,
    verify_inclusion,
)

LIMIT = 300
ENTRIES = [f"entry {i}".encode() * (i % 3 + 1) for i in range(LIMIT)]


def sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def largest_power_below(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


@cache
def ref_mth(lo: int, hi: int) -> bytes:
    """MTH(D[lo:hi]) of ENTRIES, RFC 6962 section 2.1."""
    if hi == lo:
        return sha(b"")
    if hi - lo == 1:
        return sha(b"\x00" + ENTRIES[lo])
    k = largest_power_below(hi - lo)
    return sha(b"\x01" + ref_mth(lo, lo + k) + ref_mth(lo + k, hi))


def ref_path(m: int, lo: int, hi: int) -> list[bytes]:
    """PATH(m, D[lo:hi]), RFC 6962 section 2.1.1."""
    if hi - lo == 1:
        return []
    k = largest_power_below(hi - lo)
    if m < k:
        return ref_path(m, lo, lo + k) + [ref_mth(lo + k, hi)]
    return ref_path(m - k, lo + k, hi) + [ref_mth(lo, lo + k)]


def ref_subproof(m: int, lo: int, hi: int, whole: bool) -> list[bytes]:
    """SUBPROOF(m, D[lo:hi], b), RFC 6962 section 2.1.2."""
    if m == hi - lo:
        return [] if whole else [ref_mth(lo, hi)]
    k = largest_power_below(hi - lo)
    if m <= k:
        return ref_subproof(m, lo, lo + k, whole) + [ref_mth(lo + k, hi)]
    return ref_subproof(m - k, lo + k, hi, False) + [ref_mth(lo, lo + k)]


def ref_proof(m: int, n: int) -> list[bytes]:
    return [] if m in (0, n) else ref_subproof(m, 0, n, True)


@pytest.fixture(scope="module")
def store() -> MemorySubtreeStore:
    built = MemorySubtreeStore()
    size = 0
    for batch in (1, 2, 5, 13, 64, 7, 100, 108):  # uneven batches, 300 leaves in all
        append_leaf_hashes(built, size, [leaf_hash(e) for e in ENTRIES[size : size + batch]])
        size += batch
    assert built.size == LIMIT
    return built


def test_roots_of_every_size(store: MemorySubtreeStore) -> None:
    for n in range(LIMIT + 1):
        assert root_hash(ENTRIES[:n]) == ref_mth(0, n) == root_at(store, n)


def test_store_inclusion_for_every_index_and_size(store: MemorySubtreeStore) -> None:
    for n in range(1, LIMIT + 1):
        root = ref_mth(0, n)
        for i in range(n):
            proof = inclusion_proof_at(store, i, n)
            assert proof == ref_path(i, 0, n)
            verify_inclusion(leaf_hash(ENTRIES[i]), i, n, proof, root)


def test_store_consistency_for_every_pair_of_sizes(store: MemorySubtreeStore) -> None:
    for n in range(LIMIT + 1):
        for m in range(n + 1):
            proof = consistency_proof_at(store, m, n)
            assert proof == ref_proof(m, n)
            verify_consistency(m, n, proof, ref_mth(0, m), ref_mth(0, n))


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=1, max_value=LIMIT))
def test_entry_proofs_match_reference_and_store(store: MemorySubtreeStore, n: int) -> None:
    entries = ENTRIES[:n]
    for i in range(n):
        assert inclusion_proof(entries, i) == ref_path(i, 0, n) == inclusion_proof_at(store, i, n)
    for m in range(n + 1):
        assert consistency_proof(entries, m) == ref_proof(m, n) == consistency_proof_at(store, m, n)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=24), min_size=1, max_size=LIMIT), st.data())
def test_arbitrary_entries(entries: list[bytes], data: st.DataObject) -> None:
    n = len(entries)
    i = data.draw(st.integers(0, n - 1), label="index")
    m = data.draw(st.integers(0, n), label="old size")
    root = root_hash(entries)
    verify_inclusion(leaf_hash(entries[i]), i, n, inclusion_proof(entries, i), root)
    verify_consistency(m, n, consistency_proof(entries, m), root_hash(entries[:m]), root)


def flip(value: bytes, position: int, bit: int) -> bytes:
    changed = bytearray(value)
    changed[position % len(changed)] ^= 1 << bit
    return bytes(changed)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_flipped_bit_fails_inclusion(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, LIMIT), label="size")
    i = data.draw(st.integers(0, n - 1), label="index")
    leaf, proof, root = leaf_hash(ENTRIES[i]), ref_path(i, 0, n), ref_mth(0, n)
    target = data.draw(st.integers(0, len(proof) + 1), label="target")
    position, bit = data.draw(st.integers(0, 31)), data.draw(st.integers(0, 7))
    if target == 0:
        leaf = flip(leaf, position, bit)
    elif target == 1:
        root = flip(root, position, bit)
    else:
        proof[target - 2] = flip(proof[target - 2], position, bit)
    with pytest.raises(VerificationError, match="does not match"):
        verify_inclusion(leaf, i, n, proof, root)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_flipped_bit_fails_consistency(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, LIMIT), label="new size")
    m = data.draw(st.integers(1, n - 1), label="old size")
    old, new, proof = ref_mth(0, m), ref_mth(0, n), ref_proof(m, n)
    target = data.draw(st.integers(0, len(proof) + 1), label="target")
    position, bit = data.draw(st.integers(0, 31)), data.draw(st.integers(0, 7))
    if target == 0:
        old = flip(old, position, bit)
    elif target == 1:
        new = flip(new, position, bit)
    else:
        proof[target - 2] = flip(proof[target - 2], position, bit)
    with pytest.raises(VerificationError, match="does not match"):
        verify_consistency(m, n, proof, old, new)


# A wrong tree *size* is not always caught by a proof alone: a proof for index 0 in a tree of 257
# chains to the same value read as a tree of 258. The size is bound by the signed checkpoint,
# which is why receipts and witnesses take it from there. Wrong indices and old sizes are caught.


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_wrong_index_fails_inclusion(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, LIMIT), label="size")
    i = data.draw(st.integers(0, n - 1), label="index")
    wrong = data.draw(st.integers(0, n + 5).filter(lambda j: j != i), label="wrong index")
    with pytest.raises(VerificationError):
        verify_inclusion(leaf_hash(ENTRIES[i]), wrong, n, ref_path(i, 0, n), ref_mth(0, n))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_wrong_old_size_fails_consistency(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, LIMIT), label="new size")
    m = data.draw(st.integers(1, n - 1), label="old size")
    wrong = data.draw(st.integers(0, n).filter(lambda x: x != m), label="wrong old size")
    with pytest.raises(VerificationError):
        verify_consistency(wrong, n, ref_proof(m, n), ref_mth(0, m), ref_mth(0, n))


def test_every_wrong_index_fails_in_small_trees() -> None:
    for n in range(1, 65):
        root = ref_mth(0, n)
        for i in range(n):
            proof, leaf = ref_path(i, 0, n), leaf_hash(ENTRIES[i])
            for j in range(n + 2):
                if j != i:
                    with pytest.raises(VerificationError):
                        verify_inclusion(leaf, j, n, proof, root)
