"""Fixtures for the Merkle tests: fixed keys and a small signed log built with the library."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from handover.merkle import (
    Checkpoint,
    CosignatureSigner,
    Ed25519Signer,
    MemorySubtreeStore,
    append_leaf_hashes,
    leaf_hash,
    root_at,
    sign_checkpoint,
)

VECTORS = Path(__file__).parents[1] / "assets" / "vectors" / "merkle"
ORIGIN = "handover.test/log"


def seed(label: str) -> bytes:
    """A fixed 32-byte seed per label, so that keys (and signatures) are reproducible."""
    return hashlib.sha256(label.encode()).digest()


@pytest.fixture
def vectors() -> Any:
    def load(name: str) -> Any:
        return json.loads((VECTORS / name).read_text(encoding="utf-8"))

    return load


@dataclass
class SmallLog:
    """A log of synthetic canonical-JSON entries with its subtree store and log key."""

    entries: list[bytes]
    store: MemorySubtreeStore
    signer: Ed25519Signer

    def checkpoint(self, size: int | None = None) -> Checkpoint:
        size = len(self.entries) if size is None else size
        return Checkpoint(ORIGIN, size, root_at(self.store, size))

    def signed(self, size: int | None = None) -> str:
        return sign_checkpoint(self.checkpoint(size), [self.signer])


@pytest.fixture
def log_signer() -> Ed25519Signer:
    return Ed25519Signer(ORIGIN, seed("log"))


@pytest.fixture
def witnesses() -> list[CosignatureSigner]:
    return [CosignatureSigner(f"witness{i}.test/w", seed(f"witness {i}")) for i in range(3)]


@pytest.fixture
def small_log(log_signer: Ed25519Signer) -> SmallLog:
    entries = [
        json.dumps({"id": i, "kind": "claim", "count": i * 7}, sort_keys=True).encode()
        for i in range(21)
    ]
    store = MemorySubtreeStore()
    append_leaf_hashes(store, 0, [leaf_hash(e) for e in entries])
    return SmallLog(entries, store, log_signer)
