"""Receipts: C2SP tlog-proof ``c2sp.org/tlog-proof@v1``, carrying the log entry in ``extra``.

Format (C2SP ``tlog-proof``, "Format"), one item per newline-terminated line::

    c2sp.org/tlog-proof@v1
    extra <base64 of the record's log entry: its canonical bytes>
    index <0-based leaf index, ASCII decimal, no leading zeros>
    <inclusion proof hashes, base64, leaf's sibling first (RFC 6962 section 2.1.1)>
    <empty line>
    <the signed checkpoint note, verbatim, with any witness cosignatures>

handover always writes the ``extra`` line with the entry, so the receipt alone suffices:
`verify_receipt` recomputes the leaf hash from it, checks the inclusion proof against the
checkpoint root (RFC 9162 section 2.1.3.2), the checkpoint signature by the log key (C2SP
signed-note) and, if asked, k of n named witness cosignatures (C2SP tlog-cosignature). The
``extra`` data is not trusted by itself: it is authenticated only by that inclusion proof.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass

from handover.errors import InputError, VerificationError
from handover.merkle.checkpoint import MAX_TREE_SIZE, Checkpoint, parse_decimal
from handover.merkle.hashing import HASH_SIZE, leaf_hash
from handover.merkle.keys import parse_vkey
from handover.merkle.note import NoteVerifier, OpenedNote, decode_b64, open_note
from handover.merkle.proofs import verify_inclusion

__all__ = [
    "MAX_PROOF_HASHES",
    "RECEIPT_HEADER",
    "Receipt",
    "VerifiedReceipt",
    "format_receipt",
    "verify_receipt",
]

RECEIPT_HEADER = "c2sp.org/tlog-proof@v1"
MAX_PROOF_HASHES = 64
"""An inclusion proof in a tree of at most 2**64 - 1 leaves has at most 64 hashes."""


@dataclass(frozen=True)
class Receipt:
    """A parsed tlog-proof: leaf index, inclusion proof, signed checkpoint, optional extra."""

    index: int
    proof: tuple[bytes, ...]
    checkpoint: str
    extra: bytes | None = None

    def to_text(self) -> str:
        """Return the receipt in the ``c2sp.org/tlog-proof@v1`` text format."""
        lines = [RECEIPT_HEADER]
        if self.extra is not None:
            lines.append("extra " + base64.b64encode(self.extra).decode("ascii"))
        lines.append(f"index {self.index}")
        lines.extend(base64.b64encode(h).decode("ascii") for h in self.proof)
        return "\n".join(lines) + "\n\n" + self.checkpoint

    @classmethod
    def from_text(cls, text: str) -> Receipt:
        """Parse a receipt; raise `InputError` naming what is malformed. Verifies nothing."""
        head, separator, checkpoint = text.partition("\n\n")
        if not separator:
            raise InputError("receipt has no empty line before its checkpoint")
        if not checkpoint.endswith("\n") or checkpoint.startswith("\n"):
            raise InputError("receipt's checkpoint is missing or does not end with a newline")
        lines = head.split("\n")
        if lines[0] != RECEIPT_HEADER:
            raise InputError(f"receipt starts with {lines[0][:40]!r}, expected {RECEIPT_HEADER!r}")
        rest = lines[1:]
        extra = None
        if rest and rest[0].startswith("extra "):
            extra = decode_b64(rest.pop(0)[len("extra ") :], "receipt extra line")
        if not rest or not rest[0].startswith("index "):
            found = rest[0][:40] if rest else "the end of the header"
            raise InputError(f"receipt has {found!r} where the 'index N' line was expected")
        index = parse_decimal(rest.pop(0)[len("index ") :], "receipt index", MAX_TREE_SIZE - 1)
        return cls(index, _parse_proof(rest), checkpoint, extra)


def _parse_proof(lines: Sequence[str]) -> tuple[bytes, ...]:
    if len(lines) > MAX_PROOF_HASHES:
        raise InputError(f"receipt has {len(lines)} proof hashes, at most {MAX_PROOF_HASHES}")
    proof = []
    for number, line in enumerate(lines):
        value = decode_b64(line, f"receipt proof hash {number}")
        if len(value) != HASH_SIZE:
            raise InputError(
                f"receipt proof hash {number} is {len(value)} bytes, expected {HASH_SIZE}"
            )
        proof.append(value)
    return tuple(proof)


def format_receipt(entry: bytes, index: int, proof: Sequence[bytes], signed_checkpoint: str) -> str:
    """Return the receipt of log entry ``entry`` at ``index``, its proof and signed checkpoint.

    The entry (the record's canonical bytes) goes in the ``extra`` line, base64.
    """
    return Receipt(index, tuple(proof), signed_checkpoint, entry).to_text()


@dataclass(frozen=True)
class VerifiedReceipt:
    """What a verified receipt proves: this entry is leaf ``index`` of the signed tree."""

    entry: bytes
    index: int
    checkpoint: Checkpoint
    witnesses: tuple[str, ...]


def _verifiers(keys: Sequence[str | NoteVerifier], what: str) -> list[NoteVerifier]:
    """Accept vkey text or verifier objects; bad key text raises `InputError`."""
    result: list[NoteVerifier] = []
    for key in keys:
        if isinstance(key, str):
            try:
                result.append(parse_vkey(key))
            except InputError as error:
                raise InputError(f"{what}: {error.message}") from None
        else:
            result.append(key)
    return result


def _check_log_signature(opened: OpenedNote, log_keys: Sequence[NoteVerifier]) -> None:
    trusted = {(v.name, v.key_id) for v in log_keys}
    if not any((s.name, s.key_id) in trusted for s in opened.verified):
        names = ", ".join(f"{v.name}+{v.key_id.hex()}" for v in log_keys)
        raise VerificationError(f"checkpoint is not signed by the log key ({names})")


def _check_witnesses(
    opened: OpenedNote, witnesses: Sequence[NoteVerifier], k: int
) -> tuple[str, ...]:
    wanted = {(v.name, v.key_id) for v in witnesses}
    seen = tuple(dict.fromkeys(s.name for s in opened.verified if (s.name, s.key_id) in wanted))
    if len(seen) < k:
        required = ", ".join(sorted({v.name for v in witnesses})) or "none"
        raise VerificationError(
            f"checkpoint has {len(seen)} of the {k} required witness cosignatures "
            f"(verified: {', '.join(seen) or 'none'}; witnesses: {required})"
        )
    return seen


def _parse(text: str | bytes) -> Receipt:
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return Receipt.from_text(text)
    except UnicodeDecodeError:
        raise VerificationError("malformed receipt: not valid UTF-8") from None
    except InputError as error:
        raise VerificationError(f"malformed receipt: {error.message}") from error


def _open(
    receipt: Receipt,
    log_keys: list[NoteVerifier],
    witnesses: list[NoteVerifier],
    origin: str | None,
) -> tuple[OpenedNote, Checkpoint]:
    opened = open_note(receipt.checkpoint, [*log_keys, *witnesses])
    _check_log_signature(opened, log_keys)
    try:
        checkpoint = Checkpoint.from_text(opened.text)
    except InputError as error:
        raise VerificationError(f"malformed checkpoint: {error.message}") from error
    expected = [origin] if origin is not None else sorted({v.name for v in log_keys})
    if checkpoint.origin not in expected:
        raise VerificationError(
            f"checkpoint origin is {checkpoint.origin!r}, "
            f"expected {' or '.join(map(repr, expected))}"
        )
    return opened, checkpoint


def verify_receipt(
    text: str | bytes,
    verifier_keys: Sequence[str | NoteVerifier],
    *,
    required_witnesses: Sequence[str | NoteVerifier] | None = None,
    k: int = 0,
    origin: str | None = None,
) -> VerifiedReceipt:
    """Verify a receipt with no database; return what it proves or raise `VerificationError`.

    ``verifier_keys`` are the log's keys (vkey text or verifiers); the checkpoint must carry a
    valid signature by one of them and, unless ``origin`` is given, have the key's name as its
    origin. ``k`` of the ``required_witnesses`` must have cosigned it. Any trusted signature that
    fails rejects the receipt. Bad key text raises `InputError`.
    """
    log_keys = _verifiers(verifier_keys, "log verifier key")
    witnesses = _verifiers(required_witnesses or [], "witness verifier key")
    if not log_keys:
        raise InputError("no log verifier key given")
    if not 0 <= k <= len({v.name for v in witnesses}):
        raise InputError(f"{k} witness cosignatures required, but {len(witnesses)} witnesses given")
    receipt = _parse(text)
    if receipt.extra is None:
        raise VerificationError("receipt has no 'extra' line carrying the log entry")
    opened, checkpoint = _open(receipt, log_keys, witnesses, origin)
    if receipt.index >= checkpoint.size:
        raise VerificationError(
            f"receipt index {receipt.index} is beyond the checkpoint's tree of "
            f"{checkpoint.size} leaves"
        )
    verify_inclusion(
        leaf_hash(receipt.extra),
        receipt.index,
        checkpoint.size,
        receipt.proof,
        checkpoint.root_hash,
    )
    seen = _check_witnesses(opened, witnesses, k)
    return VerifiedReceipt(receipt.extra, receipt.index, checkpoint, seen)
