"""C2SP tlog-cosignature ``cosignature/v1``: timestamped Ed25519 witness cosignatures.

A cosignature is a signed-note signature line on a checkpoint (C2SP ``tlog-cosignature``,
"Format"). Its key ID uses signature type 0x04: ``SHA-256(name || 0x0A || 0x04 || public key)[:4]``.
The signature is a ``timestamped_signature``: a big-endian u64 POSIX timestamp (at most 2**63 - 1)
followed by a 64-byte Ed25519 signature over the message ("Ed25519 signed message")::

    cosignature/v1
    time <timestamp>
    <the whole checkpoint note text, extension lines included>

It states that, as of that time, this is the largest consistent tree head the witness has seen
for the origin.

>>> signer = CosignatureSigner("witness.example/w1", bytes(range(32)))
>>> body = "log.example\\n0\\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\\n"
>>> line = cosign(body, signer, 1700000000)
>>> line.startswith("— witness.example/w1 ")
True
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from handover.errors import InputError
from handover.merkle.note import (
    ALG_COSIGNATURE_V1,
    NoteSignature,
    check_key_name,
    encode_key_text,
    key_id,
)

__all__ = [
    "MAX_TIMESTAMP",
    "CosignatureSigner",
    "CosignatureVerifier",
    "cosign",
    "cosignature_timestamp",
    "cosigned_message",
]

MAX_TIMESTAMP = 2**63 - 1
"""The largest timestamp a cosignature may carry (C2SP tlog-cosignature, "Format")."""

_SIGNATURE_SIZE = 8 + 64


def cosigned_message(text: str, timestamp: int) -> bytes:
    """Return the bytes a ``cosignature/v1`` signs: header, time line, then the note text."""
    _check_timestamp(timestamp)
    return _message(text.encode("utf-8"), timestamp)


def _message(text: bytes, timestamp: int) -> bytes:
    return b"cosignature/v1\ntime %d\n" % timestamp + text


def _check_timestamp(timestamp: int) -> None:
    if not 0 <= timestamp <= MAX_TIMESTAMP:
        raise InputError(f"cosignature timestamp {timestamp} is outside 0..2^63-1")


def cosignature_timestamp(signature: NoteSignature) -> int:
    """Return the timestamp of a ``cosignature/v1`` signature; raise `InputError` if not one.

    Checks the shape only (8-byte timestamp + 64-byte signature, timestamp below 2**63); the
    signature itself is checked by `CosignatureVerifier`.
    """
    raw = signature.signature
    if len(raw) != _SIGNATURE_SIZE:
        raise InputError(
            f"signature of {signature.name} is {len(raw)} bytes after its key ID, expected "
            f"{_SIGNATURE_SIZE} (8-byte timestamp and 64-byte Ed25519 signature)"
        )
    timestamp = int.from_bytes(raw[:8], "big")
    if timestamp > MAX_TIMESTAMP:
        raise InputError(f"cosignature timestamp {timestamp} exceeds 2^63-1")
    return timestamp


@dataclass(frozen=True)
class CosignatureVerifier:
    """A trusted witness key for ``cosignature/v1`` (signature type 0x04)."""

    name: str
    public_key: bytes
    key_id: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        check_key_name(self.name)
        if len(self.public_key) != 32:
            raise InputError(f"Ed25519 public key is {len(self.public_key)} bytes, expected 32")
        object.__setattr__(self, "key_id", key_id(self.name, ALG_COSIGNATURE_V1, self.public_key))

    def verify(self, text: bytes, signature: bytes) -> bool:
        """Return whether ``signature`` is a valid timestamped cosignature over note ``text``."""
        if len(signature) != _SIGNATURE_SIZE:
            return False
        timestamp = int.from_bytes(signature[:8], "big")
        if timestamp > MAX_TIMESTAMP:
            return False
        message = _message(text, timestamp)
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature[8:], message)
        except InvalidSignature:
            return False
        return True

    def vkey(self) -> str:
        """Return the verifier key text ``name+hexid+base64(0x04 || public key)``."""
        return encode_key_text("", self.name, ALG_COSIGNATURE_V1, self.public_key, self.public_key)


@dataclass(frozen=True)
class CosignatureSigner:
    """A witness's Ed25519 cosigning key (signature type 0x04), held as its 32-byte seed."""

    name: str
    seed: bytes = field(repr=False)
    key_id: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        check_key_name(self.name)
        if len(self.seed) != 32:
            raise InputError(f"Ed25519 private key seed is {len(self.seed)} bytes, expected 32")
        object.__setattr__(self, "key_id", key_id(self.name, ALG_COSIGNATURE_V1, self.public_key))

    @property
    def public_key(self) -> bytes:
        """The 32-byte Ed25519 public key."""
        return Ed25519PrivateKey.from_private_bytes(self.seed).public_key().public_bytes_raw()

    def sign_at(self, text: bytes, timestamp: int) -> bytes:
        """Return ``timestamp (u64 big-endian) || Ed25519 signature`` over the cosigned message."""
        _check_timestamp(timestamp)
        message = _message(text, timestamp)
        private = Ed25519PrivateKey.from_private_bytes(self.seed)
        return timestamp.to_bytes(8, "big") + private.sign(message)

    def sign(self, text: bytes) -> bytes:
        """Sign at the current time (the `NoteSigner` protocol); see `sign_at`."""
        return self.sign_at(text, int(time.time()))

    def verifier(self) -> CosignatureVerifier:
        """Return the matching verifier."""
        return CosignatureVerifier(self.name, self.public_key)

    def skey(self) -> str:
        """Return the private key text ``PRIVATE+KEY+name+hexid+base64(0x04 || seed)``."""
        return encode_key_text(
            "PRIVATE+KEY+", self.name, ALG_COSIGNATURE_V1, self.seed, self.public_key
        )


def cosign(checkpoint_text: str, signer: CosignatureSigner, timestamp: int) -> str:
    """Return the ``cosignature/v1`` signature line of ``signer`` over a checkpoint note text.

    ``checkpoint_text`` is the note text only (no signature lines), ending in a newline.
    """
    if not checkpoint_text.endswith("\n"):
        raise InputError("checkpoint text must end with a newline")
    raw = signer.sign_at(checkpoint_text.encode("utf-8"), timestamp)
    return NoteSignature(signer.name, signer.key_id, raw).line()
