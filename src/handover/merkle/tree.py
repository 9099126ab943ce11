"""Merkle Tree Hash of a list of entries, and the tree-shape arithmetic shared by proofs and stores.

RFC 9162 section 2.1.1 (RFC 6962 section 2.1) defines the tree recursively: for n > 1 entries the
left subtree holds the first k, where k is the largest power of two strictly smaller than n, and
the right subtree the rest. Lone nodes are never duplicated. Built bottom-up, that is the same as
pairing neighbours level by level and carrying an unpaired last node up unchanged, which is how
`root_from_leaf_hashes` computes it in O(n) hashes without recursion.

Every subtree that appears in that recursion is either *perfect* (2**level leaves starting at a
multiple of 2**level, named ``(level, index)``) or lies on the right edge of its parent, where it
splits into a descending run of perfect subtrees (`perfect_subtrees`). Storage keeps only perfect
subtrees; any other subtree hash is a right fold of at most log2(n) of them (`fold_right`).

>>> root_hash([]).hex()[:8]
'e3b0c442'
>>> root_hash([b"a", b"b", b"c"]) == node_hash(node_hash(leaf_hash(b"a"), leaf_hash(b"b")),
...                                         leaf_hash(b"c"))
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from handover.errors import InputError
from handover.merkle.hashing import EMPTY_ROOT, leaf_hash, node_hash

__all__ = [
    "fold_right",
    "perfect_subtrees",
    "root_from_leaf_hashes",
    "root_hash",
    "split_point",
]


def root_hash(entries: Sequence[bytes]) -> bytes:
    """Return the Merkle Tree Hash of ``entries`` (the entries, not their leaf hashes).

    RFC 9162 section 2.1.1: MTH({}) = SHA-256(""), MTH({d0}) = leaf hash, and otherwise
    node_hash(MTH(D[0:k]), MTH(D[k:n])) with k the largest power of two smaller than n.
    """
    return root_from_leaf_hashes([leaf_hash(entry) for entry in entries])


def root_from_leaf_hashes(leaf_hashes: Sequence[bytes]) -> bytes:
    """Return the Merkle Tree Hash of a tree whose leaves have the given leaf hashes.

    Bottom-up: pair neighbours on each level and carry an unpaired last node up unchanged, which
    yields exactly the RFC 9162 section 2.1.1 tree (the left subtree is always the largest
    power of two), in n - 1 node hashes.
    """
    if not leaf_hashes:
        return EMPTY_ROOT
    level = list(leaf_hashes)
    while len(level) > 1:
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]


def split_point(size: int) -> int:
    """Return k, the largest power of two strictly smaller than ``size`` (RFC 9162 section 2.1.1).

    ``size`` must be at least 2: a tree of one leaf has no split.
    """
    if size < 2:
        raise InputError(f"a tree of {size} leaves has no split point, expected at least 2")
    return 1 << ((size - 1).bit_length() - 1)


def perfect_subtrees(start: int, end: int) -> list[tuple[int, int]]:
    """Split leaves ``[start, end)`` into perfect subtrees ``(level, index)``, left to right.

    Greedy from the left: at each position take the largest perfect subtree that starts there
    (its start must be a multiple of its width) and fits before ``end``. For a whole tree
    ``[0, n)`` and for every right-edge subtree of the RFC 9162 recursion the widths come out
    strictly descending, one per set bit of ``end - start``, so their right fold is the subtree's
    Merkle Tree Hash.
    """
    if not 0 <= start <= end:
        raise InputError(f"leaf range [{start}, {end}) is not a range of leaves")
    parts: list[tuple[int, int]] = []
    position = start
    while position < end:
        width = end - position
        level = width.bit_length() - 1
        if position:
            # The subtree must also be aligned: no wider than the lowest set bit of its start.
            level = min(level, (position & -position).bit_length() - 1)
        parts.append((level, position >> level))
        position += 1 << level
    return parts


def fold_right(hashes: Iterable[bytes]) -> bytes:
    """Combine subtree hashes listed left to right as ``node(h0, node(h1, ... node(hk-1, hk)))``.

    That is the Merkle Tree Hash of a right-edge range whose perfect subtrees are ``hashes`` in
    descending width (RFC 9162 section 2.1.1 applied repeatedly to the right child).
    """
    items = list(hashes)
    if not items:
        return EMPTY_ROOT
    result = items[-1]
    for value in reversed(items[:-1]):
        result = node_hash(value, result)
    return result
