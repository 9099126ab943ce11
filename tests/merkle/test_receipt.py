"""Receipts in the C2SP tlog-proof format: upstream examples, end-to-end checks, malformations."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest

from handover.errors import InputError, VerificationError
from handover.merkle import (
    Checkpoint,
    CosignatureSigner,
    Ed25519Signer,
    Receipt,
    cosign,
    format_receipt,
    inclusion_proof_at,
    sign_checkpoint,
    verify_receipt,
)

Loader = Callable[[str], Any]


def b64(value: bytes) -> str:
    return base64.b64encode(value).decode()


def test_upstream_examples_format_and_parse(vectors: Loader) -> None:
    for example in vectors("c2sp_tlog_formats_examples.json")["tlog_proof_marshal"]:
        extra = base64.b64decode(example["extra_base64"]) if "extra_base64" in example else None
        receipt = Receipt(
            example["index"],
            tuple(base64.b64decode(h) for h in example["hashes_base64"]),
            example["checkpoint"],
            extra,
        )
        assert receipt.to_text() == example["want"]
        assert Receipt.from_text(example["want"]) == receipt


def receipt_for(log: Any, index: int, size: int | None = None) -> str:
    size = len(log.entries) if size is None else size
    proof = inclusion_proof_at(log.store, index, size)
    return format_receipt(log.entries[index], index, proof, log.signed(size))


def test_every_receipt_of_a_log_verifies(small_log: Any) -> None:
    vkey = small_log.signer.verifier().vkey()
    for size in (1, 2, 13, len(small_log.entries)):
        for index in range(size):
            verified = verify_receipt(receipt_for(small_log, index, size), [vkey])
            assert verified.entry == small_log.entries[index]
            assert verified.index == index
            assert verified.checkpoint == small_log.checkpoint(size)
            assert verified.witnesses == ()


def test_receipt_text_shape(small_log: Any) -> None:
    text = receipt_for(small_log, 5)
    lines = text.split("\n")
    assert lines[0] == "c2sp.org/tlog-proof@v1"
    assert lines[1] == "extra " + b64(small_log.entries[5])
    assert lines[2] == "index 5"
    assert text.endswith(small_log.signed())
    assert verify_receipt(text.encode(), [small_log.signer.verifier()]).index == 5


def replace_line(text: str, number: int, new: str | None) -> str:
    lines = text.split("\n")
    if new is None:
        del lines[number]
    else:
        lines[number] = new
    return "\n".join(lines)


def malformations(log: Any) -> list[tuple[str | bytes, str]]:
    text = receipt_for(log, 5)
    first_hash = text.split("\n")[3]
    return [
        (text.replace("c2sp.org/tlog-proof@v1", "c2sp.org/tlog-proof@v2"), "expected 'c2sp.org"),
        (replace_line(text, 1, "extra not*base64"), "extra line is not valid base64"),
        (replace_line(text, 1, None), "no 'extra' line carrying the log entry"),
        (replace_line(text, 2, "position 5"), "'position 5' where the 'index N' line"),
        (replace_line(text, 2, "index 05"), "'05' has a leading zero"),
        (replace_line(text, 2, "index -5"), "'-5' is not a decimal number"),
        (replace_line(text, 2, "index 4"), "does not match expected root"),
        (replace_line(text, 2, "index 21"), "index 21 is beyond the checkpoint's tree of 21"),
        (replace_line(text, 3, None), "has 4 hashes, expected 5 for index 5 in a tree of 21"),
        (text.replace(first_hash, first_hash + "\n" + first_hash, 1), "has 6 hashes, expected 5"),
        (replace_line(text, 3, "AAAA"), "proof hash 0 is 3 bytes, expected 32"),
        (replace_line(text, 3, first_hash[:-2] + "!="), "proof hash 0 is not valid base64"),
        (replace_line(text, 3, b64(bytes(32))), "computed root .* does not match expected root"),
        (text.replace("\n\n", "\n"), "no empty line before its checkpoint"),
        (text[: text.index("\n\n") + 2], "checkpoint is missing"),
        (text[:-1], "does not end with a newline"),
        (text.replace(b64(log.entries[5]), b64(log.entries[6])), "does not match"),
        (text.replace("\n21\n", "\n22\n"), "signature by handover.test/log .* does not verify"),
        (
            "\n".join(["c2sp.org/tlog-proof@v1", "index 0", *[b64(bytes(32))] * 65]) + "\n\nx\n",
            "65 proof hashes, at most 64",
        ),
        (b"\xff" + text.encode(), "not valid UTF-8"),
    ]


MALFORMATIONS = 20


def test_malformation_list_is_complete(small_log: Any) -> None:
    assert len(malformations(small_log)) == MALFORMATIONS


@pytest.mark.parametrize("case", range(MALFORMATIONS))
def test_every_malformation_is_rejected_with_its_reason(small_log: Any, case: int) -> None:
    text, message = malformations(small_log)[case]
    with pytest.raises(VerificationError, match=message):
        verify_receipt(text, [small_log.signer.verifier().vkey()])


def test_wrong_or_bad_keys(small_log: Any) -> None:
    text = receipt_for(small_log, 3)
    stranger = Ed25519Signer("handover.test/log", bytes(32))
    with pytest.raises(VerificationError, match="no trusted signature"):
        verify_receipt(text, [stranger.verifier()])
    with pytest.raises(InputError, match="log verifier key: .*not valid base64"):
        verify_receipt(text, ["handover.test/log+00000000+AQ"])
    with pytest.raises(InputError, match="no log verifier key given"):
        verify_receipt(text, [])


def test_origin_must_match(small_log: Any) -> None:
    other = Checkpoint("handover.test/elsewhere", 21, small_log.checkpoint().root_hash)
    signed = sign_checkpoint(other, [small_log.signer])
    proof = inclusion_proof_at(small_log.store, 2, 21)
    text = format_receipt(small_log.entries[2], 2, proof, signed)
    vkey = small_log.signer.verifier()
    with pytest.raises(VerificationError, match="origin is 'handover.test/elsewhere', expected"):
        verify_receipt(text, [vkey])
    assert verify_receipt(text, [vkey], origin="handover.test/elsewhere").index == 2


def cosigned_receipt(log: Any, witnesses: list[CosignatureSigner], index: int) -> str:
    body = log.checkpoint().to_text()
    lines = "".join(cosign(body, w, 1700000000 + i) for i, w in enumerate(witnesses))
    proof = inclusion_proof_at(log.store, index, len(log.entries))
    return format_receipt(log.entries[index], index, proof, log.signed() + lines)


def test_k_of_n_witnesses(small_log: Any, witnesses: list[CosignatureSigner]) -> None:
    vkey = small_log.signer.verifier().vkey()
    all_keys = [w.verifier().vkey() for w in witnesses]
    text = cosigned_receipt(small_log, witnesses[:2], 7)
    verified = verify_receipt(text, [vkey], required_witnesses=all_keys, k=2)
    assert verified.witnesses == (witnesses[0].name, witnesses[1].name)
    with pytest.raises(VerificationError, match="2 of the 3 required witness cosignatures"):
        verify_receipt(text, [vkey], required_witnesses=all_keys, k=3)
    with pytest.raises(InputError, match="4 witness cosignatures required, but 3"):
        verify_receipt(text, [vkey], required_witnesses=all_keys, k=4)


def test_a_bad_witness_cosignature_rejects(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    vkey = small_log.signer.verifier().vkey()
    text = cosigned_receipt(small_log, witnesses[:1], 7)
    impostor = CosignatureSigner(witnesses[0].name, bytes(32))
    bad_line = cosign(small_log.checkpoint().to_text(), impostor, 1)
    # The impostor's key ID differs, so its line is ignored rather than failing the receipt.
    assert verify_receipt(
        text + bad_line, [vkey], required_witnesses=[witnesses[0].verifier()], k=1
    )
    corrupt = text.replace(text.split("\n")[-2], text.split("\n")[-2][:-6] + "AAAA==")
    with pytest.raises(VerificationError, match="signature by witness0.test/w .* does not verify"):
        verify_receipt(corrupt, [vkey], required_witnesses=[witnesses[0].verifier()], k=1)


def test_witness_only_signature_is_not_enough(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    body = small_log.checkpoint().to_text()
    note = body + "\n" + cosign(body, witnesses[0], 1)
    proof = inclusion_proof_at(small_log.store, 0, 21)
    text = format_receipt(small_log.entries[0], 0, proof, note)
    with pytest.raises(VerificationError, match="not signed by the log key"):
        verify_receipt(
            text, [small_log.signer.verifier()], required_witnesses=[witnesses[0].verifier()]
        )
