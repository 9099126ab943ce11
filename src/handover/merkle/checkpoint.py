"""C2SP tlog-checkpoint: the log's signed statement of its size and root hash.

The note text ("Note text") is at least three non-empty lines, each ending in a newline:

1. the **origin**, naming the log (non-empty);
2. the **tree size**, ASCII decimal with no leading zeros (``0`` for the empty tree), at most
   2**64 - 1;
3. the **root hash**, standard base64 of the RFC 6962 Merkle Tree Hash at that size. This parser
   requires 32 bytes (SHA-256), stricter than transparency-dev/formats, which takes any length;
4. optional **extension lines**, each non-empty (the spec's MUST; transparency-dev/formats lets
   empty trailing lines through, this parser does not).

A checkpoint is carried in a C2SP signed-note envelope signed by the log's Ed25519 key; witnesses
add ``cosignature/v1`` lines to the same note.

>>> cp = Checkpoint("example.org/log", 3, bytes(32))
>>> Checkpoint.from_text(cp.to_text()) == cp
True
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass

from handover.errors import InputError, VerificationError
from handover.merkle.hashing import HASH_SIZE
from handover.merkle.note import (
    NoteSigner,
    NoteVerifier,
    OpenedNote,
    decode_b64,
    open_note,
    sign_note,
)

__all__ = [
    "MAX_TREE_SIZE",
    "Checkpoint",
    "OpenedCheckpoint",
    "open_checkpoint",
    "parse_decimal",
    "sign_checkpoint",
]

MAX_TREE_SIZE = 2**64 - 1
"""Tree sizes are unsigned 64-bit integers (transparency-dev/formats and Go sumdb agree)."""


def parse_decimal(text: str, what: str, limit: int = MAX_TREE_SIZE) -> int:
    """Parse an ASCII decimal with no leading zeros (``0`` itself allowed) up to ``limit``."""
    if not text or any(c not in "0123456789" for c in text):
        raise InputError(f"{what} {text[:40]!r} is not a decimal number")
    if len(text) > 1 and text[0] == "0":
        raise InputError(f"{what} {text!r} has a leading zero")
    value = int(text)
    if value > limit:
        raise InputError(f"{what} {text} exceeds the largest allowed, {limit}")
    return value


def _check_line(line: str, what: str) -> None:
    if not line:
        raise InputError(f"checkpoint {what} is empty")
    if any(c < " " for c in line):
        raise InputError(f"checkpoint {what} contains a control character")


@dataclass(frozen=True)
class Checkpoint:
    """A tree head: origin, tree size, 32-byte root hash and optional extension lines."""

    origin: str
    size: int
    root_hash: bytes
    extensions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_line(self.origin, "origin line")
        if not 0 <= self.size <= MAX_TREE_SIZE:
            raise InputError(f"checkpoint tree size {self.size} is outside 0..2^64-1")
        if len(self.root_hash) != HASH_SIZE:
            raise InputError(
                f"checkpoint root hash is {len(self.root_hash)} bytes, expected {HASH_SIZE}"
            )
        for number, line in enumerate(self.extensions, start=1):
            _check_line(line, f"extension line {number}")

    @classmethod
    def from_text(cls, text: str) -> Checkpoint:
        """Parse a checkpoint note text strictly; raise `InputError` naming the malformation."""
        if not text.endswith("\n"):
            raise InputError("checkpoint does not end with a newline")
        lines = text[:-1].split("\n")
        if len(lines) < 3:
            raise InputError(
                f"checkpoint has {len(lines)} lines, expected at least 3 "
                "(origin, tree size, root hash)"
            )
        origin, size_text, hash_text, *extensions = lines
        _check_line(origin, "origin line")
        size = parse_decimal(size_text, "checkpoint tree size")
        root = decode_b64(hash_text, "checkpoint root hash")
        return cls(origin, size, root, tuple(extensions))

    def to_text(self) -> str:
        """Return the checkpoint note text, every line ending in a newline."""
        root = base64.b64encode(self.root_hash).decode("ascii")
        return "".join(
            f"{line}\n" for line in (self.origin, str(self.size), root, *self.extensions)
        )


def sign_checkpoint(checkpoint: Checkpoint, signers: Sequence[NoteSigner]) -> str:
    """Return the checkpoint as a signed note, signed by every signer (usually the log key)."""
    return sign_note(checkpoint.to_text(), signers)


@dataclass(frozen=True)
class OpenedCheckpoint:
    """A checkpoint whose note verified, with the note (and its trusted signatures)."""

    checkpoint: Checkpoint
    note: OpenedNote


def open_checkpoint(
    signed: str | bytes, verifiers: Sequence[NoteVerifier], *, origin: str | None = None
) -> OpenedCheckpoint:
    """Verify a signed checkpoint note and parse its body; raise `VerificationError`.

    ``verifiers`` are the trusted keys (see `handover.merkle.note.open_note` for the rules).
    When ``origin`` is given, the checkpoint's origin line must equal it.
    """
    opened = open_note(signed, verifiers)
    try:
        checkpoint = Checkpoint.from_text(opened.text)
    except InputError as error:
        raise VerificationError(f"malformed checkpoint: {error.message}") from error
    if origin is not None and checkpoint.origin != origin:
        raise VerificationError(f"checkpoint origin is {checkpoint.origin!r}, expected {origin!r}")
    return OpenedCheckpoint(checkpoint, opened)
