"""Rolling SHA-256 vectors of draft-ietf-plants-merkle-tree-certs Appendix C.1.

Each value folds a whole family of results for the leaves ``D[i] = bytes([i])``, i < 130. Since
``[0, end)`` is always a valid subtree, the three values reproduced here cover the root of every
size 0..130, every inclusion proof and every consistency proof up to 130 leaves, computed with
handover's own functions. Subtrees with ``start > 0`` need the draft's small generalisation,
written here in the test on top of the library (the library itself serves plain RFC 9162 logs).
The fourth value (``subtree_covering``) concerns an algorithm handover does not have.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from handover.merkle import (
    consistency_proof_from_leaf_hashes,
    inclusion_proof_from_leaf_hashes,
    leaf_hash,
    root_from_leaf_hashes,
)
from handover.merkle.tree import split_point

VECTORS = Path(__file__).parents[1] / "assets" / "vectors" / "merkle"
ROLLING = json.loads((VECTORS / "plants_subtree_rolling_vectors.json").read_text("utf-8"))
WANT = {v["name"]: v["want_sha256_hex"] for v in ROLLING["vectors"]}
MAX = ROLLING["max_size"]
LEAVES = [leaf_hash(bytes([i])) for i in range(MAX)]


def bit_ceil(value: int) -> int:
    return 1 if value <= 1 else 1 << (value - 1).bit_length()


def valid_subtrees(limit: int) -> Iterator[tuple[int, int]]:
    """Every (start, end) with end <= limit that the draft calls a valid subtree, in its order."""
    for end in range(limit + 1):
        for start in range(end + 1):
            if start == 0 or start == end or start % bit_ceil(end - start) == 0:
                yield start, end


def hex_list(proof: list[bytes]) -> str:
    return "".join(" " + h.hex() for h in proof)


def subtree_consistency(start: int, end: int, size: int) -> list[bytes]:
    """Walk down to the node that starts at ``start``; below it this is RFC 6962 PROOF."""
    if start == end:
        return []
    low, high, upper = 0, size, []
    while start > low:
        middle = low + split_point(high - low)
        if start >= middle:
            upper.append(root_from_leaf_hashes(LEAVES[low:middle]))
            low = middle
        else:
            upper.append(root_from_leaf_hashes(LEAVES[middle:high]))
            high = middle
    return consistency_proof_from_leaf_hashes(LEAVES[low:high], end - low) + upper[::-1]


def test_rolling_subtree_hashes() -> None:
    rolling = hashlib.sha256()
    for start, end in valid_subtrees(MAX):
        rolling.update(
            f"[{start}, {end}) {root_from_leaf_hashes(LEAVES[start:end]).hex()}\n".encode()
        )
    assert rolling.hexdigest() == WANT["subtree_hash"]


def test_rolling_inclusion_proofs() -> None:
    rolling = hashlib.sha256()
    for start, end in valid_subtrees(MAX):
        for index in range(start, end):
            proof = inclusion_proof_from_leaf_hashes(LEAVES[start:end], index - start)
            rolling.update(f"{index} [{start}, {end}){hex_list(proof)}\n".encode())
    assert rolling.hexdigest() == WANT["subtree_inclusion_proof"]


def test_rolling_consistency_proofs() -> None:
    rolling = hashlib.sha256()
    for size in range(MAX + 1):
        for start, end in valid_subtrees(size):
            proof = subtree_consistency(start, end, size)
            rolling.update(f"[{start}, {end}) {size}{hex_list(proof)}\n".encode())
    assert rolling.hexdigest() == WANT["subtree_consistency_proof"]
