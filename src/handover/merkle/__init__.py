"""handover.merkle: the RFC 9162 Merkle log math, pure functions over bytes, no database.

Leaf hash ``SHA-256(0x00 || entry)``, node hash ``SHA-256(0x01 || left || right)``, empty tree
``SHA-256("")``; indices from 0; proofs run from the leaf upwards; a consistency proof is RFC 6962
``PROOF(m, D[n])``. The storage layer keeps perfect subtrees through `SubtreeStore`. Checkpoints
(C2SP tlog-checkpoint in signed-note envelopes), witness cosignatures (tlog-cosignature,
tlog-witness) and receipts (tlog-proof) are built on top, with Ed25519 from `cryptography`.

>>> from handover.merkle import (leaf_hash, root_hash, inclusion_proof, verify_inclusion)
>>> entries = [b"first", b"second", b"third"]
>>> verify_inclusion(leaf_hash(b"third"), 2, 3, inclusion_proof(entries, 2), root_hash(entries))
"""

from handover.merkle.checkpoint import (
    Checkpoint,
    OpenedCheckpoint,
    open_checkpoint,
    sign_checkpoint,
)
from handover.merkle.cosignature import (
    CosignatureSigner,
    CosignatureVerifier,
    cosign,
    cosignature_timestamp,
    cosigned_message,
)
from handover.merkle.hashing import EMPTY_ROOT, HASH_SIZE, leaf_hash, node_hash
from handover.merkle.keys import (
    Signer,
    Verifier,
    generate_signer,
    parse_skey,
    parse_vkey,
    read_private_key,
    write_private_key,
)
from handover.merkle.note import (
    Ed25519Signer,
    Ed25519Verifier,
    Note,
    NoteSignature,
    NoteSigner,
    NoteVerifier,
    OpenedNote,
    open_note,
    parse_note,
    sign_note,
)
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
from handover.merkle.receipt import Receipt, VerifiedReceipt, format_receipt, verify_receipt
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
from handover.merkle.witness import (
    AddCheckpointRequest,
    WitnessResponse,
    WitnessState,
    add_checkpoint,
    add_cosignatures,
    cosign_checkpoint,
)

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "AddCheckpointRequest",
    "Checkpoint",
    "CosignatureSigner",
    "CosignatureVerifier",
    "Ed25519Signer",
    "Ed25519Verifier",
    "MemorySubtreeStore",
    "Note",
    "NoteSignature",
    "NoteSigner",
    "NoteVerifier",
    "OpenedCheckpoint",
    "OpenedNote",
    "Receipt",
    "Signer",
    "SubtreeNode",
    "SubtreeStore",
    "VerifiedReceipt",
    "Verifier",
    "WitnessResponse",
    "WitnessState",
    "add_checkpoint",
    "add_cosignatures",
    "append_leaf_hashes",
    "consistency_proof",
    "consistency_proof_at",
    "consistency_proof_from_leaf_hashes",
    "consistency_proof_length",
    "cosign",
    "cosign_checkpoint",
    "cosignature_timestamp",
    "cosigned_message",
    "format_receipt",
    "generate_signer",
    "inclusion_proof",
    "inclusion_proof_at",
    "inclusion_proof_from_leaf_hashes",
    "inclusion_proof_length",
    "leaf_hash",
    "node_hash",
    "open_checkpoint",
    "open_note",
    "parse_note",
    "parse_skey",
    "parse_vkey",
    "read_private_key",
    "root_at",
    "root_from_inclusion_proof",
    "root_from_leaf_hashes",
    "root_hash",
    "sign_checkpoint",
    "sign_note",
    "verify_consistency",
    "verify_inclusion",
    "verify_receipt",
    "write_private_key",
]
