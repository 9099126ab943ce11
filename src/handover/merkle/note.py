"""C2SP signed-note: text signed by one or more Ed25519 keys, as checkpoints are carried.

Format (C2SP ``signed-note``, "Format"): the note text, ending in a newline; a blank line; one or
more signature lines ``— <key name> base64(4-byte key ID || signature)``. Notes are UTF-8 with no
control characters but newline. Key IDs are ``SHA-256(name || 0x0A || type || public key)[:4]``
("Signatures"); type 0x01 is a plain Ed25519 note signature over the text (RFC 8032), and type
0x04 the timestamped witness cosignature of C2SP ``tlog-cosignature`` (see `cosignature`).

Opening a note against trusted verifiers follows the spec's rules: signatures whose (name, key
ID) no verifier has are ignored; a trusted signature that fails rejects the whole note; a note
with no verified trusted signature is rejected.

Keys travel as text: ``vkey`` = ``<name>+<hex key ID>+base64(type || public key)`` and, in the Go
``x/mod`` form, ``skey`` = ``PRIVATE+KEY+<name>+<hex key ID>+base64(type || 32-byte seed)``.

>>> signer = Ed25519Signer("example.org/log", bytes(32))
>>> signed = sign_note("hello\\n", [signer])
>>> open_note(signed, [signer.verifier()]).text
'hello\\n'
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from handover.errors import InputError, VerificationError

__all__ = [
    "ALG_COSIGNATURE_V1",
    "ALG_ED25519",
    "MAX_SIGNATURES",
    "Ed25519Signer",
    "Ed25519Verifier",
    "Note",
    "NoteSignature",
    "NoteSigner",
    "NoteVerifier",
    "OpenedNote",
    "check_key_name",
    "decode_b64",
    "decode_key_text",
    "encode_key_text",
    "key_id",
    "open_note",
    "parse_note",
    "sign_note",
]

ALG_ED25519 = 0x01
"""Signature type of plain Ed25519 note signatures (C2SP signed-note, "Signature types")."""
ALG_COSIGNATURE_V1 = 0x04
"""Signature type of timestamped Ed25519 cosignatures (C2SP tlog-cosignature)."""
MAX_SIGNATURES = 100
"""Most signature lines a note may carry; C2SP asks verifiers to accept at least 16."""

_DASH = "\u2014 "


def decode_b64(text: str, what: str) -> bytes:
    """Decode canonical standard base64 (RFC 4648 section 4); raise `InputError` naming ``what``."""
    try:
        value = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise InputError(f"{what} is not valid base64: {text[:40]!r}") from None
    if base64.b64encode(value).decode("ascii") != text:
        raise InputError(f"{what} is not canonical base64: {text[:40]!r}")
    return value


def check_key_name(name: str) -> None:
    """Raise `InputError` unless ``name`` is a valid key name: non-empty, no spaces, no ``+``."""
    if not name:
        raise InputError("key name is empty")
    bad = [c for c in name if c.isspace() or c == "+" or ord(c) < 0x20 or c == "\x7f"]
    if bad:
        raise InputError(f"key name {name!r} contains {bad[0]!r}; spaces and '+' are not allowed")


def key_id(name: str, alg: int, public_key: bytes) -> bytes:
    """Return the 4-byte key ID ``SHA-256(name || 0x0A || alg || public key)[:4]``."""
    return hashlib.sha256(name.encode() + b"\n" + bytes([alg]) + public_key).digest()[:4]


def encode_key_text(prefix: str, name: str, alg: int, material: bytes, public_key: bytes) -> str:
    """Return ``<prefix><name>+<hex key ID>+base64(alg || material)`` (vkey or skey text)."""
    check_key_name(name)
    encoded = base64.b64encode(bytes([alg]) + material).decode("ascii")
    return f"{prefix}{name}+{key_id(name, alg, public_key).hex()}+{encoded}"


def decode_key_text(text: str, what: str) -> tuple[str, bytes, int, bytes]:
    """Split vkey-shaped text ``name+hexid+base64(alg || material)`` into its four parts.

    Returns (name, key ID, alg, material); the caller checks the key ID against the key.
    """
    # The base64 field may itself contain "+", so split off the name and key ID only.
    parts = text.strip().split("+", 2)
    if len(parts) != 3:
        raise InputError(f"{what} has {len(parts)} '+'-separated fields, expected 3")
    name, hex_id, encoded = parts
    check_key_name(name)
    if len(hex_id) != 8 or any(c not in "0123456789abcdef" for c in hex_id):
        raise InputError(f"{what} key ID {hex_id!r} is not 8 lowercase hex digits")
    raw = decode_b64(encoded, f"{what} key")
    if len(raw) < 2:
        raise InputError(f"{what} key is {len(raw)} bytes, expected a type byte and a key")
    return name, bytes.fromhex(hex_id), raw[0], raw[1:]


class NoteVerifier(Protocol):
    """A trusted key that can check one kind of note signature."""

    @property
    def name(self) -> str:
        """The key name that signature lines carry."""
        ...

    @property
    def key_id(self) -> bytes:
        """The 4-byte key ID that signatures start with."""
        ...

    def verify(self, text: bytes, signature: bytes) -> bool:
        """Return whether ``signature`` (after the key ID) is valid over the note text."""
        ...


class NoteSigner(Protocol):
    """A private key that signs note text."""

    @property
    def name(self) -> str:
        """The key name written on the signature line."""
        ...

    @property
    def key_id(self) -> bytes:
        """The 4-byte key ID written before the signature."""
        ...

    def sign(self, text: bytes) -> bytes:
        """Return the signature bytes (without the key ID) over the note text."""
        ...


def _ed25519_verify(public_key: bytes, signature: bytes, message: bytes) -> bool:
    if len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except InvalidSignature:
        return False
    return True


@dataclass(frozen=True)
class Ed25519Verifier:
    """A trusted Ed25519 note key (signature type 0x01)."""

    name: str
    public_key: bytes
    key_id: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        check_key_name(self.name)
        if len(self.public_key) != 32:
            raise InputError(f"Ed25519 public key is {len(self.public_key)} bytes, expected 32")
        object.__setattr__(self, "key_id", key_id(self.name, ALG_ED25519, self.public_key))

    def verify(self, text: bytes, signature: bytes) -> bool:
        """Return whether ``signature`` is this key's Ed25519 signature over ``text``."""
        return _ed25519_verify(self.public_key, signature, text)

    def vkey(self) -> str:
        """Return the verifier key text ``name+hexid+base64(0x01 || public key)``."""
        return encode_key_text("", self.name, ALG_ED25519, self.public_key, self.public_key)


@dataclass(frozen=True)
class Ed25519Signer:
    """An Ed25519 note signing key (signature type 0x01), held as its 32-byte seed."""

    name: str
    seed: bytes = field(repr=False)
    key_id: bytes = field(init=False, repr=False)
    # loaded once: a ledger signs a checkpoint after every write
    _private: Ed25519PrivateKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_key_name(self.name)
        if len(self.seed) != 32:
            raise InputError(f"Ed25519 private key seed is {len(self.seed)} bytes, expected 32")
        object.__setattr__(self, "_private", Ed25519PrivateKey.from_private_bytes(self.seed))
        object.__setattr__(self, "key_id", key_id(self.name, ALG_ED25519, self.public_key))

    @property
    def public_key(self) -> bytes:
        """The 32-byte Ed25519 public key."""
        return self._private.public_key().public_bytes_raw()

    def sign(self, text: bytes) -> bytes:
        """Return the 64-byte Ed25519 signature over ``text`` (RFC 8032, deterministic)."""
        return self._private.sign(text)

    def verifier(self) -> Ed25519Verifier:
        """Return the matching verifier."""
        return Ed25519Verifier(self.name, self.public_key)

    def skey(self) -> str:
        """Return the private key text ``PRIVATE+KEY+name+hexid+base64(0x01 || seed)``."""
        return encode_key_text("PRIVATE+KEY+", self.name, ALG_ED25519, self.seed, self.public_key)


@dataclass(frozen=True)
class NoteSignature:
    """One signature line: key name, 4-byte key ID and the signature bytes after it."""

    name: str
    key_id: bytes
    signature: bytes

    def line(self) -> str:
        """Return ``— <name> base64(key ID || signature)`` with its final newline."""
        encoded = base64.b64encode(self.key_id + self.signature).decode("ascii")
        return f"{_DASH}{self.name} {encoded}\n"

    @classmethod
    def from_line(cls, line: str) -> NoteSignature:
        """Parse one signature line (without its newline); raise `InputError` if malformed."""
        if not line.startswith(_DASH):
            raise InputError(f"signature line does not start with an em dash: {line[:40]!r}")
        name, _, encoded = line[len(_DASH) :].partition(" ")
        check_key_name(name)
        raw = decode_b64(encoded, f"signature of {name}")
        if len(raw) < 5:
            raise InputError(f"signature of {name} is {len(raw)} bytes, expected a key ID and more")
        return cls(name, raw[:4], raw[4:])


@dataclass(frozen=True)
class Note:
    """A parsed signed note: its text (ending in a newline) and its signature lines."""

    text: str
    signatures: tuple[NoteSignature, ...]

    def to_text(self) -> str:
        """Return the note as text: the text, a blank line, the signature lines."""
        return self.text + "\n" + "".join(s.line() for s in self.signatures)


def _check_note_chars(data: str) -> None:
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("note is not valid UTF-8") from None
    for position, char in enumerate(data):
        if char < " " and char != "\n":
            raise InputError(f"note has control character {char!r} at offset {position}")


def parse_note(data: str | bytes) -> Note:
    """Parse a signed note; raise `InputError` saying what is malformed. Checks no signature."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("note is not valid UTF-8") from None
    _check_note_chars(data)
    split = data.rfind("\n\n")
    if split < 0:
        raise InputError("note has no blank line between its text and its signatures")
    text, block = data[: split + 1], data[split + 2 :]
    if not block:
        raise InputError("note has no signature lines after its blank line")
    if not block.endswith("\n"):
        raise InputError("note's last signature line does not end with a newline")
    lines = block[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise InputError(f"note has {len(lines)} signatures, at most {MAX_SIGNATURES} accepted")
    return Note(text, tuple(NoteSignature.from_line(line) for line in lines))


def _check_note_text(text: str) -> None:
    if not text.endswith("\n"):
        raise InputError("note text must end with a newline")
    _check_note_chars(text)


def sign_note(text: str, signers: Sequence[NoteSigner]) -> str:
    """Return ``text`` signed by every signer, as a signed note."""
    _check_note_text(text)
    if not signers:
        raise InputError("a signed note needs at least one signer")
    message = text.encode("utf-8")
    lines = [NoteSignature(s.name, s.key_id, s.sign(message)) for s in signers]
    return Note(text, tuple(lines)).to_text()


@dataclass(frozen=True)
class OpenedNote:
    """A note whose trusted signatures all verified: its text and the keys that signed it."""

    note: Note
    verified: tuple[NoteSignature, ...]

    @property
    def text(self) -> str:
        """The note text (now trustworthy), ending in a newline."""
        return self.note.text

    def signed_by(self, name: str) -> bool:
        """Return whether a trusted key of this name signed the note."""
        return any(s.name == name for s in self.verified)


def open_note(data: str | bytes, verifiers: Sequence[NoteVerifier]) -> OpenedNote:
    """Parse a note and check it against trusted verifiers (C2SP signed-note, "Signatures").

    Unknown (name, key ID) signatures are ignored; a known one that fails rejects the note; a
    note with no verified known signature is rejected. Raises `VerificationError`.
    """
    try:
        note = parse_note(data)
    except InputError as error:
        raise VerificationError(f"malformed note: {error.message}") from error
    known = {(v.name, v.key_id): v for v in verifiers}
    message = note.text.encode("utf-8")
    verified: dict[tuple[str, bytes], NoteSignature] = {}
    for signature in note.signatures:
        verifier = known.get((signature.name, signature.key_id))
        if verifier is None:
            continue
        if not verifier.verify(message, signature.signature):
            raise VerificationError(
                f"signature by {signature.name} (key ID {signature.key_id.hex()}) does not verify"
            )
        verified.setdefault((signature.name, signature.key_id), signature)
    if not verified:
        signed = ", ".join(f"{s.name}+{s.key_id.hex()}" for s in note.signatures)
        trusted = ", ".join(f"{v.name}+{v.key_id.hex()}" for v in verifiers) or "none"
        raise VerificationError(f"no trusted signature: note signed by {signed}; trusted {trusted}")
    return OpenedNote(note, tuple(verified.values()))
