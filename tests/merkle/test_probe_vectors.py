"""transparency-dev/merkle verification probes: 98 inclusion and 98 consistency cases.

Every probe must pass or fail as ``wantErr`` says, with one policy-dependent exception named in
the vectors README: ``size1-is-zero-and-size2-is-not-zero.json``. Upstream rejects every
consistency check from size 0; handover follows C2SP tlog-witness and accepts ``0 -> n`` with an
empty proof and an old root equal to SHA-256(""). That probe still fails here, for another
reason: its new root is 12 bytes, and a non-empty tree's root must be 32. The same probe with a
32-byte new root is accepted: that is the behaviour the policy changes, asserted below.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from handover.errors import VerificationError
from handover.merkle import EMPTY_ROOT, verify_consistency, verify_inclusion

VECTORS = Path(__file__).parents[1] / "assets" / "vectors" / "merkle"
INCLUSION = json.loads((VECTORS / "tdev_inclusion_probes.json").read_text(encoding="utf-8"))
CONSISTENCY = json.loads((VECTORS / "tdev_consistency_probes.json").read_text(encoding="utf-8"))
POLICY_PROBE = "testdata/consistency/additional/size1-is-zero-and-size2-is-not-zero.json"


def b64(value: str) -> bytes:
    return base64.b64decode(value)


def proof_of(probe: dict[str, Any]) -> list[bytes]:
    return [b64(h) for h in probe["proof"] or []]


def test_probe_files_are_complete() -> None:
    assert INCLUSION["count"] == len(INCLUSION["probes"]) == 98
    assert CONSISTENCY["count"] == len(CONSISTENCY["probes"]) == 98
    assert sum(p["wantErr"] for p in INCLUSION["probes"]) == 92
    assert sum(p["wantErr"] for p in CONSISTENCY["probes"]) == 92


@pytest.mark.parametrize("probe", INCLUSION["probes"], ids=lambda p: p["source_path"][9:])
def test_inclusion_probe(probe: dict[str, Any]) -> None:
    args = (
        b64(probe["leafHash"]),
        probe["leafIdx"],
        probe["treeSize"],
        proof_of(probe),
        b64(probe["root"]),
    )
    if probe["wantErr"]:
        with pytest.raises(VerificationError):
            verify_inclusion(*args)
    else:
        verify_inclusion(*args)


def _consistency_args(probe: dict[str, Any]) -> tuple[int, int, list[bytes], bytes, bytes]:
    return (
        probe["size1"],
        probe["size2"],
        proof_of(probe),
        b64(probe["root1"]),
        b64(probe["root2"]),
    )


@pytest.mark.parametrize(
    "probe",
    [p for p in CONSISTENCY["probes"] if p["source_path"] != POLICY_PROBE],
    ids=lambda p: p["source_path"][9:],
)
def test_consistency_probe(probe: dict[str, Any]) -> None:
    if probe["wantErr"]:
        with pytest.raises(VerificationError):
            verify_consistency(*_consistency_args(probe))
    else:
        verify_consistency(*_consistency_args(probe))


def test_policy_dependent_probe_from_size_zero() -> None:
    """Marked policy-dependent by the vectors README: see the module docstring."""
    [probe] = [p for p in CONSISTENCY["probes"] if p["source_path"] == POLICY_PROBE]
    old, new, proof, old_root, new_root = _consistency_args(probe)
    assert (old, new, proof, old_root) == (0, 1, [], EMPTY_ROOT)
    with pytest.raises(VerificationError, match="new root hash is 12 bytes, expected 32"):
        verify_consistency(old, new, proof, old_root, new_root)
    # The witness rule proper: from size 0, an empty proof and the empty root are accepted.
    verify_consistency(old, new, proof, old_root, bytes(32))


def test_sizes_equal_with_short_roots_follows_the_vectors() -> None:
    """Equal sizes compare the roots byte for byte, without a length check (vectors README)."""
    verify_consistency(1, 1, [], b"don't care 1", b"don't care 1")
    with pytest.raises(VerificationError, match="differs from old root"):
        verify_consistency(1, 1, [], b"don't care 1", b"don't care 2")


def test_size_zero_needs_the_empty_root() -> None:
    with pytest.raises(VerificationError, match='expected SHA-256\\(""\\)'):
        verify_consistency(0, 0, [], b"don't care 1", b"don't care 1")
    with pytest.raises(VerificationError, match="expected SHA-256"):
        verify_consistency(0, 5, [], bytes(32), bytes(32))
    with pytest.raises(VerificationError, match="has 1 hashes, expected 0"):
        verify_consistency(0, 5, [bytes(32)], EMPTY_ROOT, bytes(32))
    verify_consistency(0, 0, [], EMPTY_ROOT, EMPTY_ROOT)
