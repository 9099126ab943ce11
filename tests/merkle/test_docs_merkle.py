"""docs/merkle.md: the by-hand receipt checker it shows must accept good receipts and refuse bad."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidSignature

from handover.merkle import format_receipt, inclusion_proof_at

DOC = Path(__file__).parents[2] / "docs" / "merkle.md"


def by_hand_checker() -> Any:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Checking a receipt by hand") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), str(DOC), "exec"), namespace)
    return namespace["check_receipt"]


def test_by_hand_checker_agrees_with_the_library(small_log: Any) -> None:
    check = by_hand_checker()
    vkey = small_log.signer.verifier().vkey()
    for size in (1, 6, 21):
        for index in range(size):
            proof = inclusion_proof_at(small_log.store, index, size)
            receipt = format_receipt(small_log.entries[index], index, proof, small_log.signed(size))
            assert check(receipt, vkey) == small_log.entries[index]


def test_by_hand_checker_refuses_tampering(small_log: Any) -> None:
    check = by_hand_checker()
    vkey = small_log.signer.verifier().vkey()
    proof = inclusion_proof_at(small_log.store, 4, 21)
    receipt = format_receipt(small_log.entries[4], 4, proof, small_log.signed())
    with pytest.raises(ValueError, match="does not lead"):
        check(receipt.replace("index 4", "index 5"), vkey)
    with pytest.raises(InvalidSignature):
        check(receipt.replace("\n21\n", "\n22\n"), vkey)
    with pytest.raises(ValueError, match="no signature by the log key"):
        check(receipt, vkey.replace(small_log.signer.key_id.hex(), "00000000"))
