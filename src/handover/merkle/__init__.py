"""handover.merkle: the RFC 9162 Merkle log math, pure functions over bytes, no database.

Leaf hash ``SHA-256(0x00 || entry)``, node hash ``SHA-256(0x01 || left || right)``, empty tree
``SHA-256("")``; indices from 0; proofs run from the leaf upwards; a consistency proof is RFC 6962
``PROOF(m, D[n])``. The storage layer keeps perfect subtrees through `SubtreeStore`.

>>> from handover.merkle import (leaf_hash, root_hash, inclusion_proof, verify_inclusion)
>>> entries = [b"first", b"second", b"third"]
>>> verify_inclusion(leaf_hash(b"third"), 2, 3, inclusion_proof(entries, 2), root_hash(entries))
"""

from handover.merkle.hashing import EMPTY_ROOT, HASH_SIZE, leaf_hash, node_hash
from handover.merkle.proofs import (
    consistency_proof,
    consistency_proof_from_leaf_hashes,
    consistency_proof_length,
    inclusion_proof,
    inclusion_proof_from_leaf_hashes,
    inclusion_proof_length,
    root_from_inclusion_proof,
    verify_consistency,
    verify_inclusion,
)
from handover.merkle.store import (
    MemorySubtreeStore,
    SubtreeNode,
    SubtreeStore,
    append_leaf_hashes,
    consistency_proof_at,
    inclusion_proof_at,
    root_at,
)
from handover.merkle.tree import root_from_leaf_hashes, root_hash

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "MemorySubtreeStore",
    "SubtreeNode",
    "SubtreeStore",
    "append_leaf_hashes",
    "consistency_proof",
    "consistency_proof_at",
    "consistency_proof_from_leaf_hashes",
    "consistency_proof_length",
    "inclusion_proof",
    "inclusion_proof_at",
    "inclusion_proof_from_leaf_hashes",
    "inclusion_proof_length",
    "leaf_hash",
    "node_hash",
    "root_at",
    "root_from_inclusion_proof",
    "root_from_leaf_hashes",
    "root_hash",
    "verify_consistency",
    "verify_inclusion",
]
