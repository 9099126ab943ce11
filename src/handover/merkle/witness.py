"""A witness, as pure functions: C2SP tlog-witness ``add-checkpoint`` with plain-value answers.

A witness keeps, per log origin, the latest checkpoint it cosigned (`WitnessState`). Given a new
signed checkpoint and a consistency proof from that state, it cosigns (``cosignature/v1``) only
if the new tree extends the old one: rollbacks and forks are refused (C2SP ``tlog-witness``,
"add-checkpoint"). The request body is::

    old <size of the witness's latest cosigned checkpoint, 0 if none>
    <consistency proof hashes, base64, at most 63 lines>
    <empty line>
    <the signed checkpoint>

The answer is a `WitnessResponse`: the HTTP status the spec assigns, its body and content type,
and on success the new state. Persisting the state is the caller's job and must be atomic with
the check (the spec's rollback race): read the state, call `add_checkpoint`, store
``response.state`` only if the stored state is still the one read.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from handover.errors import InputError, VerificationError
from handover.merkle.checkpoint import Checkpoint, parse_decimal
from handover.merkle.cosignature import CosignatureSigner, cosign
from handover.merkle.hashing import EMPTY_ROOT, HASH_SIZE, short_hex
from handover.merkle.note import Note, NoteVerifier, decode_b64, open_note, parse_note
from handover.merkle.proofs import verify_consistency

__all__ = [
    "MAX_PROOF_LINES",
    "AddCheckpointRequest",
    "WitnessResponse",
    "WitnessState",
    "add_checkpoint",
    "add_cosignatures",
    "cosign_checkpoint",
]

MAX_PROOF_LINES = 63
"""A client MUST NOT send more consistency proof lines than this (C2SP tlog-witness)."""

SIZE_CONTENT_TYPE = "text/x.tlog.size"


@dataclass(frozen=True)
class WitnessState:
    """The latest checkpoint a witness cosigned for one log origin."""

    origin: str
    size: int
    root_hash: bytes


@dataclass(frozen=True)
class AddCheckpointRequest:
    """An ``add-checkpoint`` request: old size, consistency proof, signed checkpoint note."""

    old_size: int
    proof: tuple[bytes, ...]
    checkpoint: str

    @property
    def origin(self) -> str:
        """The checkpoint's origin line, unverified: for looking up the witness state."""
        return self.checkpoint.split("\n", 1)[0]

    def to_text(self) -> str:
        """Return the request body."""
        lines = [f"old {self.old_size}"]
        lines.extend(_b64(h) for h in self.proof)
        return "\n".join(lines) + "\n\n" + self.checkpoint

    @classmethod
    def from_text(cls, body: str | bytes) -> AddCheckpointRequest:
        """Parse a request body; raise `InputError` naming what is malformed (HTTP 400)."""
        if isinstance(body, bytes):
            try:
                body = body.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError("request body is not valid UTF-8") from None
        head, separator, checkpoint = body.partition("\n\n")
        if not separator or not checkpoint:
            raise InputError("request has no empty line followed by a checkpoint")
        first, *proof_lines = head.split("\n")
        if not first.startswith("old "):
            raise InputError(f"request starts with {first[:40]!r}, expected 'old <size>'")
        old_size = parse_decimal(first[len("old ") :], "old size")
        if len(proof_lines) > MAX_PROOF_LINES:
            raise InputError(
                f"request has {len(proof_lines)} proof lines, at most {MAX_PROOF_LINES}"
            )
        proof = tuple(_proof_hash(line, n) for n, line in enumerate(proof_lines))
        return cls(old_size, proof, checkpoint)


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _proof_hash(line: str, number: int) -> bytes:
    value = decode_b64(line, f"consistency proof line {number}")
    if len(value) != HASH_SIZE:
        raise InputError(
            f"consistency proof line {number} is {len(value)} bytes, expected {HASH_SIZE}"
        )
    return value


@dataclass(frozen=True)
class WitnessResponse:
    """The witness's answer as plain values; ``state`` is the state to persist on success."""

    status: int
    body: str
    content_type: str
    reason: str
    state: WitnessState | None = None

    @property
    def ok(self) -> bool:
        """Whether the checkpoint was cosigned (HTTP 200)."""
        return self.status == 200


def _refuse(status: int, reason: str) -> WitnessResponse:
    return WitnessResponse(status, reason + "\n", "text/plain; charset=utf-8", reason)


def _conflict(current: int, reason: str) -> WitnessResponse:
    # The spec's 409 body: the witness's latest cosigned size, so the client can retry.
    return WitnessResponse(409, f"{current}\n", SIZE_CONTENT_TYPE, reason)


def _open(
    request: AddCheckpointRequest, logs: Mapping[str, Sequence[NoteVerifier]]
) -> tuple[Checkpoint, str] | WitnessResponse:
    """Check the origin is known (404) and the log signed it (403); parse the body (400).

    Returns the checkpoint and its verified note text, which is what gets cosigned.
    """
    keys = logs.get(request.origin)
    if not keys:
        return _refuse(404, f"unknown log origin {request.origin!r}")
    try:
        opened = open_note(request.checkpoint, keys)
    except VerificationError as error:
        return _refuse(403, f"checkpoint signature: {error.message}")
    try:
        return Checkpoint.from_text(opened.text), opened.text
    except InputError as error:
        return _refuse(400, f"malformed checkpoint: {error.message}")


def _check_extension(
    request: AddCheckpointRequest, checkpoint: Checkpoint, state: WitnessState | None
) -> WitnessResponse | None:
    """Apply the size, rollback, fork and proof rules; None when the checkpoint may be cosigned."""
    current = state.size if state else 0
    if request.old_size > checkpoint.size:
        return _refuse(
            400, f"old size {request.old_size} exceeds checkpoint size {checkpoint.size}"
        )
    if request.old_size != current:
        return _conflict(current, f"old size {request.old_size} is not the witness's {current}")
    old_root = state.root_hash if state else EMPTY_ROOT
    if request.old_size == checkpoint.size and checkpoint.root_hash != old_root:
        return _conflict(
            current,
            f"fork: root {short_hex(checkpoint.root_hash)} at size {checkpoint.size} differs "
            f"from the cosigned root {short_hex(old_root)}",
        )
    try:
        verify_consistency(
            request.old_size, checkpoint.size, request.proof, old_root, checkpoint.root_hash
        )
    except VerificationError as error:
        return _refuse(422, f"consistency proof: {error.message}")
    return None


def add_checkpoint(
    request: AddCheckpointRequest,
    state: WitnessState | None,
    *,
    logs: Mapping[str, Sequence[NoteVerifier]],
    signer: CosignatureSigner,
    timestamp: int,
) -> WitnessResponse:
    """Handle ``add-checkpoint``: cosign a consistent checkpoint or say why not (C2SP tlog-witness).

    ``state`` is the witness's latest cosigned checkpoint for ``request.origin`` (None if it never
    cosigned one); ``logs`` maps each known origin to its trusted log keys. Status codes: 404
    unknown origin, 403 no valid trusted signature, 400 malformed or old size above the new size,
    409 old size is not the witness's (body: its size) or same size with another root, 422
    consistency proof does not verify (or is not empty from size 0), 200 with the cosignature line.
    """
    if state is not None and state.origin != request.origin:
        raise InputError(
            f"witness state is for {state.origin!r}, the request for {request.origin!r}"
        )
    opened = _open(request, logs)
    if isinstance(opened, WitnessResponse):
        return opened
    checkpoint, text = opened
    refusal = _check_extension(request, checkpoint, state)
    if refusal is not None:
        return refusal
    line = cosign(text, signer, timestamp)
    new_state = WitnessState(checkpoint.origin, checkpoint.size, checkpoint.root_hash)
    reason = f"cosigned {checkpoint.origin} at size {checkpoint.size}"
    return WitnessResponse(200, line, "text/plain; charset=utf-8", reason, new_state)


def cosign_checkpoint(
    state: WitnessState | None,
    signed_checkpoint: str,
    proof: Sequence[bytes],
    *,
    log_keys: Sequence[NoteVerifier],
    signer: CosignatureSigner,
    timestamp: int,
) -> tuple[str, WitnessState]:
    """Cosign a checkpoint that extends ``state``; return (signature line, new state).

    The direct form of `add_checkpoint` for a witness run in-process: the proof runs from the
    state's size (0 without a state). Raises `VerificationError` with the reason on refusal.
    """
    request = AddCheckpointRequest(state.size if state else 0, tuple(proof), signed_checkpoint)
    response = add_checkpoint(
        request, state, logs={request.origin: log_keys}, signer=signer, timestamp=timestamp
    )
    if response.state is None:
        raise VerificationError(
            f"witness refused the checkpoint ({response.status}): {response.reason}"
        )
    return response.body, response.state


def add_cosignatures(signed_checkpoint: str, signature_lines: str) -> str:
    """Append a witness response's signature lines to a signed checkpoint note.

    Checks only the form; open the result with the witness keys to trust the cosignatures.
    """
    try:
        note = parse_note(signed_checkpoint + signature_lines)
    except InputError as error:
        raise InputError(f"cannot add cosignatures: {error.message}") from error
    unique = tuple(dict.fromkeys(note.signatures))
    return Note(note.text, unique).to_text()
