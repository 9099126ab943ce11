"""C2SP tlog-checkpoint: strict parsing, the upstream parse vectors, signing and opening."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handover.errors import InputError, VerificationError
from handover.merkle import Checkpoint, Ed25519Signer, open_checkpoint, sign_checkpoint, sign_note

Loader = Callable[[str], Any]
ROOT = hashlib.sha256(b"root").digest()
ROOT_B64 = base64.b64encode(ROOT).decode()


def seed(label: str) -> bytes:
    return hashlib.sha256(label.encode()).digest()


def test_parse_vectors(vectors: Loader) -> None:
    """Upstream accepts any hash length and empty trailing lines; this parser does not."""
    for vector in vectors("c2sp_checkpoint_parse_vectors.json")["vectors"]:
        if vector["wantErr"]:
            with pytest.raises(InputError):
                Checkpoint.from_text(vector["body"])
            continue
        want = vector["want"]
        root = base64.b64decode(want["hash_base64"])
        if len(root) != 32:
            with pytest.raises(InputError, match=f"root hash is {len(root)} bytes, expected 32"):
                Checkpoint.from_text(vector["body"])
            continue
        assert not vector.get("strict_c2sp_would_reject")
        parsed = Checkpoint.from_text(vector["body"])
        assert (parsed.origin, parsed.size, parsed.root_hash) == (
            want["origin"],
            want["size"],
            root,
        )
        assert parsed.to_text() == vector["body"]


def test_strict_vectors_are_rejected_for_a_stated_reason(vectors: Loader) -> None:
    strict = [
        v
        for v in vectors("c2sp_checkpoint_parse_vectors.json")["vectors"]
        if v.get("strict_c2sp_would_reject")
    ]
    assert strict
    # The same trailing empty lines with a 32-byte root: rejected for the empty extension line.
    for vector in strict:
        origin, size, _, *rest = vector["body"].split("\n")
        body = "\n".join([origin, size, ROOT_B64, *rest])
        with pytest.raises(InputError, match="extension line 1 is empty"):
            Checkpoint.from_text(body)


MALFORMED = [
    ("", "does not end with a newline"),
    ("Log\n5\n" + ROOT_B64, "does not end with a newline"),
    ("Log\n5\n", "has 2 lines, expected at least 3"),
    ("\n5\n" + ROOT_B64 + "\n", "origin line is empty"),
    ("Log\x01\n5\n" + ROOT_B64 + "\n", "origin line contains a control character"),
    ("Log\n05\n" + ROOT_B64 + "\n", "'05' has a leading zero"),
    ("Log\n-5\n" + ROOT_B64 + "\n", "'-5' is not a decimal number"),
    ("Log\n5 \n" + ROOT_B64 + "\n", "is not a decimal number"),
    ("Log\n\u0665\n" + ROOT_B64 + "\n", "is not a decimal number"),
    ("Log\n18446744073709551616\n" + ROOT_B64 + "\n", "exceeds the largest allowed"),
    ("Log\n5\nnot base64!\n", "root hash is not valid base64"),
    ("Log\n5\n" + ROOT_B64.rstrip("=") + "\n", "root hash is not valid base64"),
    ("Log\n5\n" + base64.b64encode(ROOT[:31]).decode() + "\n", "31 bytes, expected 32"),
    ("Log\n5\n" + ROOT_B64 + "\next\n\n", "extension line 2 is empty"),
]


@pytest.mark.parametrize(("text", "message"), MALFORMED)
def test_malformed_bodies(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        Checkpoint.from_text(text)


def test_largest_size_and_extensions_round_trip() -> None:
    text = "Log\n18446744073709551615\n" + ROOT_B64 + "\nfirst extension\nsecond\n"
    parsed = Checkpoint.from_text(text)
    assert parsed.size == 2**64 - 1 and parsed.extensions == ("first extension", "second")
    assert parsed.to_text() == text


def test_constructor_validates() -> None:
    with pytest.raises(InputError, match="outside 0..2\\^64-1"):
        Checkpoint("Log", -1, ROOT)
    with pytest.raises(InputError, match="root hash is 3 bytes"):
        Checkpoint("Log", 1, b"abc")
    with pytest.raises(InputError, match="extension line 1 contains a control character"):
        Checkpoint("Log", 1, ROOT, ("a\nb",))


@given(
    st.text(st.characters(min_codepoint=0x20, blacklist_characters="\x7f"), min_size=1),
    st.integers(0, 2**64 - 1),
    st.binary(min_size=32, max_size=32),
    st.lists(st.text(st.characters(min_codepoint=0x21), min_size=1), max_size=3),
)
def test_round_trip(origin: str, size: int, root: bytes, extensions: list[str]) -> None:
    checkpoint = Checkpoint(origin, size, root, tuple(extensions))
    assert Checkpoint.from_text(checkpoint.to_text()) == checkpoint


def test_sign_and_open() -> None:
    log = Ed25519Signer("handover.test/log", seed("log"))
    checkpoint = Checkpoint("handover.test/log", 9, ROOT)
    signed = sign_checkpoint(checkpoint, [log])
    assert signed.startswith(checkpoint.to_text() + "\n\u2014 handover.test/log ")
    opened = open_checkpoint(signed, [log.verifier()], origin="handover.test/log")
    assert opened.checkpoint == checkpoint
    assert opened.note.signed_by(log.name)
    with pytest.raises(VerificationError, match="origin is 'handover.test/log', expected 'x'"):
        open_checkpoint(signed, [log.verifier()], origin="x")
    stranger = Ed25519Signer("handover.test/other", seed("other"))
    with pytest.raises(VerificationError, match="no trusted signature"):
        open_checkpoint(signed, [stranger.verifier()])


def test_open_rejects_a_signed_malformed_body() -> None:
    log = Ed25519Signer("handover.test/log", seed("log"))
    signed = sign_note("handover.test/log\n9\nYmFuYW5hcw==\n", [log])
    with pytest.raises(VerificationError, match="malformed checkpoint: .* 7 bytes, expected 32"):
        open_checkpoint(signed, [log.verifier()])
