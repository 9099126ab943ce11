"""C2SP signed-note: the upstream vectors, key text, and every malformation."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from handover.errors import InputError, VerificationError
from handover.merkle import (
    CosignatureVerifier,
    Ed25519Signer,
    Ed25519Verifier,
    Note,
    NoteSignature,
    open_note,
    parse_note,
    parse_skey,
    parse_vkey,
    sign_note,
)
from handover.merkle.note import MAX_SIGNATURES, key_id


def seed(label: str) -> bytes:
    return hashlib.sha256(label.encode()).digest()


TEXT = "A synthetic note.\nSecond line.\n"
Loader = Callable[[str], Any]


def test_every_key_pair_round_trips(vectors: Loader) -> None:
    for pair in vectors("c2sp_signed_note_vectors.json")["key_pairs"]:
        verifier = parse_vkey(pair["vkey"])
        assert verifier.vkey() == pair["vkey"]
        assert verifier.key_id.hex() == pair["vkey"].split("+")[1]
        if "skey" in pair:
            signer = parse_skey(pair["skey"])
            assert signer.skey() == pair["skey"]
            assert signer.verifier() == verifier


def test_cosignature_key_type_is_recognised(vectors: Loader) -> None:
    pairs = {p["id"]: p for p in vectors("c2sp_signed_note_vectors.json")["key_pairs"]}
    assert isinstance(parse_vkey(pairs["fmt_cosig_remora"]["vkey"]), CosignatureVerifier)
    assert isinstance(parse_vkey(pairs["go_peter"]["vkey"]), Ed25519Verifier)


def test_sign_vector_is_byte_exact(vectors: Loader) -> None:
    data = vectors("c2sp_signed_note_vectors.json")
    pairs = {p["id"]: p for p in data["key_pairs"]}
    for vector in data["sign_vectors"]:
        signer = parse_skey(pairs[vector["key"]]["skey"])
        signed = sign_note(vector["text"], [signer])
        assert signed == vector["text"] + "\n" + vector["want_signature_line"]


def test_open_vectors(vectors: Loader) -> None:
    data = vectors("c2sp_signed_note_vectors.json")
    pairs = {p["id"]: p for p in data["key_pairs"]}
    expected_message = {
        "unverified": "no trusted signature",
        "invalid_signature": "does not verify",
        "malformed": "malformed note",
    }
    for vector in data["notes"]:
        keys = [parse_vkey(pairs[k]["vkey"]) for k in vector["verifier_keys"]]
        if vector["want"] == "ok":
            opened = open_note(vector["note"], keys)
            assert opened.text == vector["text"]
            assert [s.name for s in opened.verified] == vector["verified_names"]
        else:
            with pytest.raises(VerificationError, match=expected_message[vector["want"]]):
                open_note(vector["note"], keys)


@pytest.fixture
def signer() -> Ed25519Signer:
    return Ed25519Signer("handover.test/notes", seed("notes"))


def test_round_trip_and_unknown_signatures_ignored(signer: Ed25519Signer) -> None:
    other = Ed25519Signer("handover.test/other", seed("other"))
    same_name = Ed25519Signer(signer.name, seed("impostor"))
    signed = sign_note(TEXT, [other, signer, same_name])
    note = parse_note(signed)
    assert note.to_text() == signed
    assert [s.name for s in note.signatures] == [other.name, signer.name, signer.name]
    # same_name shares the name but not the key ID, so its signature is ignored, not checked.
    opened = open_note(signed, [signer.verifier()])
    assert opened.verified == (note.signatures[1],)
    assert opened.signed_by(signer.name) and not opened.signed_by(other.name)


def test_same_key_id_other_name_is_ignored(signer: Ed25519Signer) -> None:
    signature = NoteSignature("someone.else", signer.key_id, bytes(64))
    forged = Note(TEXT, (signature,)).to_text()
    with pytest.raises(VerificationError, match="no trusted signature"):
        open_note(forged, [signer.verifier()])


def test_a_failing_trusted_signature_rejects_the_note(signer: Ed25519Signer) -> None:
    good = sign_note(TEXT, [signer])
    bad = NoteSignature(signer.name, signer.key_id, bytes(64)).line()
    with pytest.raises(VerificationError, match="signature by handover.test/notes .* not verify"):
        open_note(good + bad, [signer.verifier()])


def test_changed_text_fails(signer: Ed25519Signer) -> None:
    signed = sign_note(TEXT, [signer]).replace("Second", "Secund")
    with pytest.raises(VerificationError, match="does not verify"):
        open_note(signed, [signer.verifier()])


def test_duplicate_signatures_count_once_and_sixteen_are_accepted(signer: Ed25519Signer) -> None:
    others = [Ed25519Signer(f"k{i}.test/n", seed(f"k{i}")) for i in range(15)]
    signed = sign_note(TEXT, [signer, *others])
    signed += parse_note(signed).signatures[0].line()
    opened = open_note(signed, [signer.verifier(), *(o.verifier() for o in others)])
    assert len(opened.verified) == 16


def _line(name: str, raw: bytes) -> str:
    return f"\u2014 {name} {base64.b64encode(raw).decode()}\n"


MALFORMED = [
    (b"\xffnot utf-8\n\n" + _line("a", bytes(68)).encode(), "not valid UTF-8"),
    ("tab\there\n\n" + _line("a", bytes(68)), "control character '\\\\t' at offset 3"),
    ("carriage\r\n\n" + _line("a", bytes(68)), "control character"),
    ("no blank line\n" + _line("a", bytes(68)), "no blank line"),
    (TEXT + "\n", "no signature lines"),
    (TEXT + "\n" + _line("a", bytes(68))[:-1], "does not end with a newline"),
    (TEXT + "\n- a AAAA\n", "does not start with an em dash"),
    (TEXT + "\n\u2014 a+b " + base64.b64encode(bytes(68)).decode() + "\n", "'\\+'"),
    (TEXT + "\n\u2014  " + base64.b64encode(bytes(68)).decode() + "\n", "key name is empty"),
    (TEXT + "\n\u2014 a not*base64\n", "not valid base64"),
    (TEXT + "\n\u2014 a AAF=\n", "not canonical base64"),
    (TEXT + "\n" + _line("a", bytes(4)), "4 bytes, expected a key ID and more"),
    (TEXT + "\n" + _line("a", bytes(68)) * (MAX_SIGNATURES + 1), "at most 100"),
]


@pytest.mark.parametrize(("data", "message"), MALFORMED)
def test_malformed_notes(data: str | bytes, message: str, signer: Ed25519Signer) -> None:
    with pytest.raises(InputError, match=message):
        parse_note(data)
    with pytest.raises(VerificationError, match="malformed note: .*" + message):
        open_note(data, [signer.verifier()])


def test_sign_note_refuses_bad_text(signer: Ed25519Signer) -> None:
    with pytest.raises(InputError, match="must end with a newline"):
        sign_note("no newline", [signer])
    with pytest.raises(InputError, match="control character"):
        sign_note("bell\a\n", [signer])
    with pytest.raises(InputError, match="at least one signer"):
        sign_note(TEXT, [])


def test_text_may_hold_blank_lines(signer: Ed25519Signer) -> None:
    text = "first\n\nthird\n"
    assert open_note(sign_note(text, [signer]), [signer.verifier()]).text == text


VKEY = "handover.test/notes+{id}+{key}"


def _vkey(signer: Ed25519Signer, alg: int = 1, key: bytes | None = None) -> str:
    material = signer.public_key if key is None else key
    encoded = base64.b64encode(bytes([alg]) + material).decode()
    return VKEY.format(id=key_id(signer.name, alg, material).hex(), key=encoded)


def test_bad_verifier_keys(signer: Ed25519Signer) -> None:
    assert parse_vkey(_vkey(signer)) == signer.verifier()
    cases = [
        ("only+two", "has 2 '\\+'-separated fields, expected 3"),
        (_vkey(signer).replace("+", "+0", 1), "key ID '0"),
        (_vkey(signer).replace(signer.key_id.hex(), "ffffffff"), "key ID is ffffffff, expected"),
        (_vkey(signer, alg=2), "signature type 0x02, expected 0x01"),
        (_vkey(signer, key=bytes(31)), "public key is 31 bytes, expected 32"),
        ("bad name+00000000+AQ==", "contains ' '"),
        ("name+00000000+AQ", "not valid base64"),
        ("name+00000000+AQ==", "1 bytes, expected a type byte and a key"),
    ]
    for text, message in cases:
        with pytest.raises(InputError, match=message):
            parse_vkey(text)


def test_bad_private_keys(signer: Ed25519Signer) -> None:
    assert parse_skey(signer.skey()) == signer
    assert signer.seed.hex() not in repr(signer)
    with pytest.raises(InputError, match="does not start with PRIVATE\\+KEY\\+"):
        parse_skey(signer.verifier().vkey())
    wrong_id = signer.skey().replace(signer.key_id.hex(), "00000000")
    with pytest.raises(InputError, match="private key ID is 00000000, expected"):
        parse_skey(wrong_id)
    with pytest.raises(InputError, match="seed is 3 bytes, expected 32"):
        parse_skey("PRIVATE+KEY+n+00000000+AQECAw==")
