"""Known-answer vectors: the RFC 6962 hasher and the 8-leaf reference tree used since 2013.

Files: tests/assets/vectors/merkle/rfc6962_hasher.json and rfc6962_reference_tree.json (see the
README there for their upstream sources and licences).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from handover.merkle import (
    EMPTY_ROOT,
    MemorySubtreeStore,
    append_leaf_hashes,
    consistency_proof,
    consistency_proof_at,
    inclusion_proof,
    inclusion_proof_at,
    leaf_hash,
    node_hash,
    root_at,
    root_hash,
    verify_consistency,
    verify_inclusion,
)

VECTORS = Path(__file__).parents[1] / "assets" / "vectors" / "merkle"


def load(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


HASHER = load("rfc6962_hasher.json")
TREE = load("rfc6962_reference_tree.json")
ENTRIES = [bytes.fromhex(x) for x in TREE["leaf_inputs_hex"]]


def _reference_store() -> MemorySubtreeStore:
    store = MemorySubtreeStore()
    append_leaf_hashes(store, 0, [leaf_hash(e) for e in ENTRIES])
    return store


@pytest.mark.parametrize("vector", HASHER["vectors"], ids=lambda v: v["desc"])
def test_hasher_known_answers(vector: dict[str, str]) -> None:
    if vector["op"] == "empty_root":
        got = EMPTY_ROOT
    elif vector["op"] == "leaf":
        got = leaf_hash(bytes.fromhex(vector["input_hex"]))
    else:
        got = node_hash(bytes.fromhex(vector["left_hex"]), bytes.fromhex(vector["right_hex"]))
    assert got.hex() == vector["want_hex"]


def test_empty_entry_list_has_the_empty_root() -> None:
    assert root_hash([]) == EMPTY_ROOT == bytes.fromhex(HASHER["vectors"][0]["want_hex"])


@pytest.mark.parametrize("size", range(len(TREE["roots_by_size_hex"])))
def test_reference_roots_by_size(size: int) -> None:
    want = TREE["roots_by_size_hex"][size]
    assert root_hash(ENTRIES[:size]).hex() == want
    assert root_at(_reference_store(), size).hex() == want


def test_reference_store_holds_every_node_hash() -> None:
    store = _reference_store()
    for level, row in enumerate(TREE["node_hashes_by_level_hex"]):
        for index, want in enumerate(row):
            assert store.get(level, index).hex() == want


@pytest.mark.parametrize(
    "vector", TREE["inclusion_proofs"], ids=lambda v: f"{v['leaf_index']}-of-{v['tree_size']}"
)
def test_reference_inclusion_proofs(vector: dict[str, Any]) -> None:
    index, size = vector["leaf_index"], vector["tree_size"]
    want = [bytes.fromhex(h) for h in vector["proof_hex"]]
    assert inclusion_proof(ENTRIES[:size], index) == want
    assert inclusion_proof_at(_reference_store(), index, size) == want
    verify_inclusion(leaf_hash(ENTRIES[index]), index, size, want, root_hash(ENTRIES[:size]))


@pytest.mark.parametrize(
    "vector", TREE["consistency_proofs"], ids=lambda v: f"{v['size1']}-to-{v['size2']}"
)
def test_reference_consistency_proofs(vector: dict[str, Any]) -> None:
    old, new = vector["size1"], vector["size2"]
    want = [bytes.fromhex(h) for h in vector["proof_hex"]]
    assert consistency_proof(ENTRIES[:new], old) == want
    assert consistency_proof_at(_reference_store(), old, new) == want
    verify_consistency(old, new, want, root_hash(ENTRIES[:old]), root_hash(ENTRIES[:new]))
