"""The RFC 6962 / RFC 9162 hash functions of the log: leaf, interior node, empty tree.

RFC 9162 section 2.1.1 (and RFC 6962 section 2.1) define the Merkle Tree Hash with domain
separation: a leaf is hashed as ``SHA-256(0x00 || entry)`` and an interior node as
``SHA-256(0x01 || left || right)``, so that no leaf can ever be passed off as a node (the
second-preimage attack the prefixes exist to stop). The hash of an empty tree is ``SHA-256("")``.

>>> leaf_hash(b"").hex()[:16]
'6e340b9cffb37a98'
>>> EMPTY_ROOT.hex()[:16]
'e3b0c44298fc1c14'
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from handover.errors import VerificationError

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "LEAF_PREFIX",
    "NODE_PREFIX",
    "check_hash",
    "check_hashes",
    "leaf_hash",
    "node_hash",
    "short_hex",
]

HASH_SIZE = 32
"""Every hash in the log is a SHA-256 digest of this many bytes."""

LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"

EMPTY_ROOT = hashlib.sha256(b"").digest()
"""The root hash of the tree with no leaves (RFC 9162 section 2.1.1: MTH({}) = SHA-256())."""

_sha256 = hashlib.sha256


def leaf_hash(entry: bytes) -> bytes:
    """Return the leaf hash ``SHA-256(0x00 || entry)`` of one log entry (RFC 9162 section 2.1.1)."""
    return _sha256(LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Return the interior node hash ``SHA-256(0x01 || left || right)`` (RFC 9162 section 2.1.1).

    The children are hashed as given, whatever their length: the RFC 6962 known-answer vectors
    hash short byte strings, and callers that need 32-byte children check with `check_hash`.
    """
    return _sha256(NODE_PREFIX + left + right).digest()


def short_hex(value: bytes) -> str:
    """Return a short hex prefix of a hash for error messages (``1a2b3c4d…``)."""
    text = value.hex()
    return text if len(text) <= 16 else text[:16] + "…"


def check_hash(value: bytes, what: str) -> None:
    """Raise `VerificationError` unless ``value`` is a 32-byte hash; ``what`` names it."""
    if len(value) != HASH_SIZE:
        raise VerificationError(f"{what} is {len(value)} bytes, expected {HASH_SIZE}")


def check_hashes(values: Sequence[bytes], what: str) -> None:
    """Raise `VerificationError` naming the first element of ``values`` that is not 32 bytes."""
    for position, value in enumerate(values):
        check_hash(value, f"{what} hash {position}")
