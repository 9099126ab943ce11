"""C2SP tlog-cosignature cosignature/v1: message format, timestamps, signing and verifying."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from handover.errors import InputError, VerificationError
from handover.merkle import (
    Checkpoint,
    CosignatureSigner,
    Ed25519Signer,
    NoteSignature,
    cosign,
    cosignature_timestamp,
    cosigned_message,
    open_note,
    parse_note,
    sign_checkpoint,
)
from handover.merkle.cosignature import MAX_TIMESTAMP
from handover.merkle.note import ALG_COSIGNATURE_V1, ALG_ED25519, key_id

Loader = Callable[[str], Any]
CHECKPOINT = Checkpoint("handover.test/log", 5, hashlib.sha256(b"root").digest())


def seed(label: str) -> bytes:
    return hashlib.sha256(label.encode()).digest()


@pytest.fixture
def witness() -> CosignatureSigner:
    return CosignatureSigner("witness.test/w1", seed("w1"))


def test_timestamp_vectors(vectors: Loader) -> None:
    for vector in vectors("c2sp_signed_note_vectors.json")["cosignature_timestamp_vectors"]:
        raw = base64.b64decode(vector["sig_base64"])
        signature = NoteSignature("w", raw[:4], raw[4:])
        if vector["wantErr"]:
            with pytest.raises(InputError, match="64 bytes after its key ID, expected 72"):
                cosignature_timestamp(signature)
        else:
            assert cosignature_timestamp(signature) == vector["want_timestamp"]


def test_message_is_header_time_and_note_text() -> None:
    text = CHECKPOINT.to_text()
    assert cosigned_message(text, 1679315147) == (
        b"cosignature/v1\ntime 1679315147\n" + text.encode()
    )
    with pytest.raises(InputError, match="outside 0..2\\^63-1"):
        cosigned_message(text, MAX_TIMESTAMP + 1)
    with pytest.raises(InputError, match="outside"):
        cosigned_message(text, -1)


def test_key_id_uses_type_0x04(witness: CosignatureSigner) -> None:
    assert witness.key_id == key_id(witness.name, ALG_COSIGNATURE_V1, witness.public_key)
    assert witness.key_id != key_id(witness.name, ALG_ED25519, witness.public_key)
    assert witness.verifier().vkey().split("+")[2].startswith("B")  # base64 of 0x04...


def test_cosign_round_trip(witness: CosignatureSigner) -> None:
    log = Ed25519Signer("handover.test/log", seed("log"))
    signed = sign_checkpoint(CHECKPOINT, [log])
    line = cosign(CHECKPOINT.to_text(), witness, 1700000000)
    opened = open_note(signed + line, [log.verifier(), witness.verifier()])
    assert [s.name for s in opened.verified] == [log.name, witness.name]
    assert cosignature_timestamp(opened.verified[1]) == 1700000000
    raw = opened.verified[1].signature
    assert int.from_bytes(raw[:8], "big") == 1700000000 and len(raw) == 72


def test_tampering_is_detected(witness: CosignatureSigner) -> None:
    text = CHECKPOINT.to_text()
    signature = parse_note(text + "\n" + cosign(text, witness, 1700000000)).signatures[0]
    verifier = witness.verifier()
    assert verifier.verify(text.encode(), signature.signature)
    later = (1700000001).to_bytes(8, "big") + signature.signature[8:]
    assert not verifier.verify(text.encode(), later)
    assert not verifier.verify(text.replace("5", "6").encode(), signature.signature)
    assert not verifier.verify(text.encode(), signature.signature[:-1])
    too_late = (MAX_TIMESTAMP + 1).to_bytes(8, "big") + signature.signature[8:]
    assert not verifier.verify(text.encode(), too_late)
    with pytest.raises(InputError, match="exceeds 2\\^63-1"):
        cosignature_timestamp(NoteSignature("w", signature.key_id, too_late))
    with pytest.raises(VerificationError, match="does not verify"):
        open_note(
            text + "\n" + NoteSignature(witness.name, witness.key_id, later).line(), [verifier]
        )


def test_sign_uses_current_time(witness: CosignatureSigner) -> None:
    raw = witness.sign(CHECKPOINT.to_text().encode())
    assert int.from_bytes(raw[:8], "big") > 1700000000


def test_cosign_refuses_text_without_newline(witness: CosignatureSigner) -> None:
    with pytest.raises(InputError, match="must end with a newline"):
        cosign("no newline", witness, 1)
    with pytest.raises(InputError, match="seed is 1 bytes"):
        CosignatureSigner("w", b"x")
