"""Inclusion and consistency proofs: generation (RFC 6962 PATH and PROOF) and verification.

Generation follows RFC 9162 sections 2.1.3.1 and 2.1.4.1 (RFC 6962 sections 2.1.1 and 2.1.2)
with the recursion unrolled into a walk from the root down. The walk needs only the hashes of
subtrees, asked for by leaf range through a callback, so the same walk serves entry lists here
and subtree stores in `handover.merkle.store`: both produce byte-identical proofs.

Verification follows RFC 9162 sections 2.1.3.2 and 2.1.4.2. The expected proof length is worked
out first, from the index and sizes alone, so that a wrong length is reported as such rather
than as a root mismatch. Both verifiers return None on success and raise
`handover.errors.VerificationError` saying what was expected and what was found.

>>> from handover.merkle import leaf_hash, root_hash
>>> entries = [b"a", b"b", b"c", b"d", b"e"]
>>> proof = inclusion_proof(entries, 3)
>>> verify_inclusion(leaf_hash(b"d"), 3, 5, proof, root_hash(entries))
>>> verify_consistency(2, 5, consistency_proof(entries, 2),
...                    root_hash(entries[:2]), root_hash(entries))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handover.errors import InputError, VerificationError
from handover.merkle.hashing import (
    EMPTY_ROOT,
    check_hash,
    check_hashes,
    leaf_hash,
    node_hash,
    short_hex,
)
from handover.merkle.tree import root_from_leaf_hashes, split_point

__all__ = [
    "RangeHash",
    "consistency_path",
    "consistency_proof",
    "consistency_proof_from_leaf_hashes",
    "consistency_proof_length",
    "inclusion_path",
    "inclusion_proof",
    "inclusion_proof_from_leaf_hashes",
    "inclusion_proof_length",
    "root_from_inclusion_proof",
    "verify_consistency",
    "verify_inclusion",
]

RangeHash = Callable[[int, int], bytes]
"""``mth(start, end)``: the Merkle Tree Hash of leaves ``[start, end)`` of the tree at hand."""


# --- generation -----------------------------------------------------------------------------


def inclusion_path(index: int, size: int, mth: RangeHash) -> list[bytes]:
    """Return RFC 6962 ``PATH(index, D[size])``, leaf to root, asking ``mth`` for subtree hashes.

    RFC 9162 section 2.1.3.1, unrolled: at each level keep the half holding ``index`` and record
    the hash of the other half; the records come out root first and are reversed at the end.
    """
    if not 0 <= index < size:
        raise InputError(f"leaf index {index} is beyond a tree of {size} leaves")
    proof: list[bytes] = []
    start, end = 0, size
    while end - start > 1:
        middle = start + split_point(end - start)
        if index < middle:
            proof.append(mth(middle, end))
            end = middle
        else:
            proof.append(mth(start, middle))
            start = middle
    proof.reverse()
    return proof


def consistency_path(old_size: int, new_size: int, mth: RangeHash) -> list[bytes]:
    """Return RFC 6962 ``PROOF(old_size, D[new_size])``, asking ``mth`` for subtree hashes.

    RFC 9162 section 2.1.4.1 (``SUBPROOF(m, D[n], b)``), unrolled. The proof is empty when the
    sizes are equal and, following C2SP tlog-witness, when the old tree is empty. When the old
    size is a power of two its root is left out (the verifier already has it).
    """
    if not 0 <= old_size <= new_size:
        raise InputError(f"old size {old_size} is not between 0 and the new size {new_size}")
    if old_size in (0, new_size):
        return []
    proof: list[bytes] = []
    start, end, complete = 0, new_size, True
    while True:
        if old_size == end:
            # SUBPROOF(m, D[m], b): nothing when b (the whole old tree), else MTH(D[m]).
            if not complete:
                proof.append(mth(start, end))
            break
        middle = start + split_point(end - start)
        if old_size <= middle:
            proof.append(mth(middle, end))
            end = middle
        else:
            proof.append(mth(start, middle))
            start, complete = middle, False
    proof.reverse()
    return proof


def _leaf_range_hash(leaf_hashes: Sequence[bytes]) -> RangeHash:
    def mth(start: int, end: int) -> bytes:
        return root_from_leaf_hashes(leaf_hashes[start:end])

    return mth


def inclusion_proof_from_leaf_hashes(leaf_hashes: Sequence[bytes], index: int) -> list[bytes]:
    """Return the inclusion proof of leaf ``index`` in the tree of the given leaf hashes."""
    return inclusion_path(index, len(leaf_hashes), _leaf_range_hash(leaf_hashes))


def consistency_proof_from_leaf_hashes(leaf_hashes: Sequence[bytes], old_size: int) -> list[bytes]:
    """Return the consistency proof from the first ``old_size`` leaves to all of them."""
    return consistency_path(old_size, len(leaf_hashes), _leaf_range_hash(leaf_hashes))


def inclusion_proof(entries: Sequence[bytes], index: int) -> list[bytes]:
    """Return the inclusion proof (RFC 6962 ``PATH``) of entry ``index``, leaf to root.

    The first hash is the sibling of the leaf (RFC 9162 section 2.1.3.1).
    """
    return inclusion_proof_from_leaf_hashes([leaf_hash(entry) for entry in entries], index)


def consistency_proof(entries: Sequence[bytes], old_size: int) -> list[bytes]:
    """Return RFC 6962 ``PROOF(old_size, D[n])`` from the first ``old_size`` entries to all.

    RFC 9162 section 2.1.4.1. Empty when ``old_size`` is 0 or equals ``len(entries)``.
    """
    return consistency_proof_from_leaf_hashes([leaf_hash(entry) for entry in entries], old_size)


# --- verification ---------------------------------------------------------------------------


def _inclusion_shape(index: int, size: int) -> tuple[int, int]:
    """Split the path of ``index`` in a tree of ``size`` into (inner, border) hash counts.

    Inner levels are those where the paths to ``index`` and to the last leaf ``size - 1`` have
    parted (so the sibling exists and its side is the index bit); above them the path runs along
    the right border, where a sibling exists, on the left, exactly at the set bits of the index.
    """
    inner = (index ^ (size - 1)).bit_length()
    border = (index >> inner).bit_count()
    return inner, border


def inclusion_proof_length(index: int, size: int) -> int:
    """Return how many hashes the inclusion proof of ``index`` in a tree of ``size`` has."""
    inner, border = _inclusion_shape(index, size)
    return inner + border


def _chain_inner(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for level, sibling in enumerate(proof):
        seed = node_hash(sibling, seed) if (index >> level) & 1 else node_hash(seed, sibling)
    return seed


def _chain_inner_right(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    # Only the left siblings: this recomputes the old root from inside the new tree.
    for level, sibling in enumerate(proof):
        if (index >> level) & 1:
            seed = node_hash(sibling, seed)
    return seed


def _chain_border(seed: bytes, proof: Sequence[bytes]) -> bytes:
    for sibling in proof:
        seed = node_hash(sibling, seed)
    return seed


def root_from_inclusion_proof(leaf: bytes, index: int, size: int, proof: Sequence[bytes]) -> bytes:
    """Return the root that ``proof`` implies for leaf hash ``leaf`` at ``index``.

    RFC 9162 section 2.1.3.2.

    Raises `VerificationError` when the index is outside the tree, the proof has the wrong
    number of hashes, or any hash is not 32 bytes.
    """
    if size < 1 or not 0 <= index < size:
        raise VerificationError(f"leaf index {index} is beyond a tree of {size} leaves")
    check_hash(leaf, "leaf hash")
    inner, border = _inclusion_shape(index, size)
    if len(proof) != inner + border:
        raise VerificationError(
            f"inclusion proof has {len(proof)} hashes, expected {inner + border} "
            f"for index {index} in a tree of {size}"
        )
    check_hashes(proof, "inclusion proof")
    return _chain_border(_chain_inner(leaf, proof[:inner], index), proof[inner:])


def _check_root(computed: bytes, expected: bytes, what: str) -> None:
    if computed != expected:
        raise VerificationError(
            f"computed {what} {short_hex(computed)} does not match expected {what} "
            f"{short_hex(expected)}"
        )


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> None:
    """Check that leaf hash ``leaf`` is entry ``index`` of the tree of ``size`` with ``root``.

    RFC 9162 section 2.1.3.2. Returns None; raises `VerificationError` with what was expected
    and what was found.
    """
    check_hash(root, "root hash")
    _check_root(root_from_inclusion_proof(leaf, index, size, proof), root, "root")


def consistency_proof_length(old_size: int, new_size: int) -> int:
    """Return how many hashes ``PROOF(old_size, D[new_size])`` has (0 when trivial)."""
    if old_size in (0, new_size):
        return 0
    inner, border = _inclusion_shape(old_size - 1, new_size)
    shift = (old_size & -old_size).bit_length() - 1
    # The old root is the first hash unless the old tree is one perfect subtree.
    seeded = 0 if old_size == 1 << shift else 1
    return seeded + inner - shift + border


def _verify_trivial_consistency(
    old_size: int, new_size: int, proof: Sequence[bytes], old_root: bytes, new_root: bytes
) -> None:
    """Sizes equal, or the old tree empty: no proof hashes, and only the roots to compare."""
    if proof:
        raise VerificationError(
            f"consistency proof has {len(proof)} hashes, expected 0 "
            f"from size {old_size} to size {new_size}"
        )
    if old_size == 0 and old_root != EMPTY_ROOT:
        raise VerificationError(
            f"old root of the empty tree is {short_hex(old_root)}, "
            f'expected SHA-256("") {short_hex(EMPTY_ROOT)}'
        )
    if old_size == new_size:
        # RFC 9162 section 2.1.4.2 step 1: equal sizes prove only that the roots are equal.
        if new_root != old_root:
            raise VerificationError(
                f"new root {short_hex(new_root)} differs from old root {short_hex(old_root)} "
                f"at the same size {new_size}"
            )
    else:
        check_hash(new_root, "new root hash")


def verify_consistency(
    old_size: int, new_size: int, proof: Sequence[bytes], old_root: bytes, new_root: bytes
) -> None:
    """Check that the tree of ``old_size`` with ``old_root`` is a prefix of the new one.

    RFC 9162 section 2.1.4.2 for 0 < old_size < new_size. Equal sizes need an empty proof and
    equal roots. From size 0 (C2SP tlog-witness semantics) only an empty proof and an old root
    equal to SHA-256("") are accepted. Returns None; raises `VerificationError`.
    """
    if not 0 <= old_size <= new_size:
        raise VerificationError(f"old size {old_size} is not between 0 and the new size {new_size}")
    if old_size in (0, new_size):
        _verify_trivial_consistency(old_size, new_size, proof, old_root, new_root)
        return
    check_hash(old_root, "old root hash")
    check_hash(new_root, "new root hash")
    expected = consistency_proof_length(old_size, new_size)
    if len(proof) != expected:
        raise VerificationError(
            f"consistency proof has {len(proof)} hashes, expected {expected} "
            f"from size {old_size} to size {new_size}"
        )
    check_hashes(proof, "consistency proof")
    old_computed, new_computed = _consistency_roots(old_size, new_size, proof, old_root)
    _check_root(old_computed, old_root, "old root")
    _check_root(new_computed, new_root, "new root")


def _consistency_roots(
    old_size: int, new_size: int, proof: Sequence[bytes], old_root: bytes
) -> tuple[bytes, bytes]:
    """Recompute (old root, new root) from a proof of the right length (RFC 9162 2.1.4.2).

    The walk starts from the last old leaf's highest perfect subtree: ``shift`` levels up from
    leaf ``old_size - 1``, that subtree ends exactly at ``old_size``. Its hash is the old root
    itself when the old tree is perfect, and the proof's first hash otherwise.
    """
    inner, _ = _inclusion_shape(old_size - 1, new_size)
    shift = (old_size & -old_size).bit_length() - 1
    inner -= shift
    if old_size == 1 << shift:
        seed, rest = old_root, proof
    else:
        seed, rest = proof[0], proof[1:]
    mask = (old_size - 1) >> shift
    old_computed = _chain_border(_chain_inner_right(seed, rest[:inner], mask), rest[inner:])
    new_computed = _chain_border(_chain_inner(seed, rest[:inner], mask), rest[inner:])
    return old_computed, new_computed
