"""The witness: C2SP tlog-witness add-checkpoint bodies, statuses, rollbacks and forks."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from handover.errors import InputError, VerificationError
from handover.merkle import (
    EMPTY_ROOT,
    AddCheckpointRequest,
    Checkpoint,
    CosignatureSigner,
    Ed25519Signer,
    WitnessResponse,
    WitnessState,
    add_checkpoint,
    add_cosignatures,
    consistency_proof_at,
    cosign_checkpoint,
    open_note,
    sign_checkpoint,
    sign_note,
)

from_text = AddCheckpointRequest.from_text


def submit(
    log: Any, witness: CosignatureSigner, state: WitnessState | None, old: int, new: int
) -> WitnessResponse:
    proof = tuple(consistency_proof_at(log.store, old, new))
    body = AddCheckpointRequest(old, proof, log.signed(new)).to_text()
    return add_checkpoint(
        from_text(body),
        state,
        logs={log.signer.name: [log.signer.verifier()]},
        signer=witness,
        timestamp=1700000000 + new,
    )


def test_request_body_round_trip(small_log: Any) -> None:
    proof = tuple(consistency_proof_at(small_log.store, 6, 21))
    request = AddCheckpointRequest(6, proof, small_log.signed())
    body = request.to_text()
    lines = body.split("\n")
    assert lines[0] == "old 6"
    assert lines[1 : 1 + len(proof)] == [base64.b64encode(h).decode() for h in proof]
    assert lines[1 + len(proof)] == ""
    assert from_text(body) == from_text(body.encode()) == request
    assert request.origin == "handover.test/log"


def test_first_then_next_checkpoint(small_log: Any, witnesses: list[CosignatureSigner]) -> None:
    first = submit(small_log, witnesses[0], None, 0, 8)
    assert (first.status, first.ok) == (200, True)
    assert first.state == WitnessState("handover.test/log", 8, small_log.checkpoint(8).root_hash)
    cosigned = add_cosignatures(small_log.signed(8), first.body)
    opened = open_note(cosigned, [small_log.signer.verifier(), witnesses[0].verifier()])
    assert [s.name for s in opened.verified] == [small_log.signer.name, witnesses[0].name]
    second = submit(small_log, witnesses[0], first.state, 8, 21)
    assert second.status == 200 and second.state is not None and second.state.size == 21
    again = submit(small_log, witnesses[0], second.state, 21, 21)
    assert again.status == 200 and again.state == second.state


def test_stale_old_size_is_a_conflict_with_the_current_size(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    state = submit(small_log, witnesses[0], None, 0, 13).state
    response = submit(small_log, witnesses[0], state, 8, 21)
    assert (response.status, response.body, response.content_type) == (
        409,
        "13\n",
        "text/x.tlog.size",
    )
    assert response.state is None
    assert submit(small_log, witnesses[0], None, 5, 21).body == "0\n"


def test_rollback_is_refused(small_log: Any, witnesses: list[CosignatureSigner]) -> None:
    state = submit(small_log, witnesses[0], None, 0, 13).state
    response = submit_raw(small_log, witnesses[0], state, 13, (), small_log.signed(8))
    assert response.status == 400
    assert "old size 13 exceeds checkpoint size 8" in response.reason
    assert submit(small_log, witnesses[0], state, 8, 8).status == 409


def submit_raw(
    log: Any,
    witness: CosignatureSigner,
    state: WitnessState | None,
    old: int,
    proof: tuple[bytes, ...],
    signed: str,
) -> WitnessResponse:
    return add_checkpoint(
        AddCheckpointRequest(old, proof, signed),
        state,
        logs={log.signer.name: [log.signer.verifier()]},
        signer=witness,
        timestamp=1,
    )


def test_fork_at_the_same_size_is_refused(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    state = submit(small_log, witnesses[0], None, 0, 13).state
    forked = sign_checkpoint(Checkpoint("handover.test/log", 13, bytes(32)), [small_log.signer])
    response = submit_raw(small_log, witnesses[0], state, 13, (), forked)
    assert response.status == 409 and "fork" in response.reason


def test_bad_consistency_proofs_are_unprocessable(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    state = submit(small_log, witnesses[0], None, 0, 8).state
    proof = consistency_proof_at(small_log.store, 8, 21)
    short = submit_raw(small_log, witnesses[0], state, 8, tuple(proof[:-1]), small_log.signed())
    assert short.status == 422 and "expected" in short.reason
    wrong = (bytes(32), *proof[1:])
    assert submit_raw(small_log, witnesses[0], state, 8, wrong, small_log.signed()).status == 422
    # A forked log extending the witness's view: a valid signature, but no valid proof.
    forked = sign_checkpoint(Checkpoint("handover.test/log", 21, bytes(32)), [small_log.signer])
    assert submit_raw(small_log, witnesses[0], state, 8, tuple(proof), forked).status == 422
    from_zero = submit_raw(small_log, witnesses[0], None, 0, (bytes(32),), small_log.signed())
    assert from_zero.status == 422 and "expected 0" in from_zero.reason


def test_unknown_origin_and_bad_signatures(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    request = AddCheckpointRequest(0, (), small_log.signed())
    unknown = add_checkpoint(
        request,
        None,
        logs={"elsewhere": [small_log.signer.verifier()]},
        signer=witnesses[0],
        timestamp=1,
    )
    assert unknown.status == 404
    stranger = Ed25519Signer("handover.test/log", bytes(32))
    forged = sign_checkpoint(small_log.checkpoint(), [stranger])
    assert submit_raw(small_log, witnesses[0], None, 0, (), forged).status == 403
    tampered = small_log.signed().replace("\n21\n", "\n22\n")
    response = submit_raw(small_log, witnesses[0], None, 0, (), tampered)
    assert response.status == 403 and "does not verify" in response.reason


def test_signed_but_malformed_checkpoint(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    signed = sign_note("handover.test/log\n21\nYmFuYW5hcw==\n", [small_log.signer])
    response = submit_raw(small_log, witnesses[0], None, 0, (), signed)
    assert response.status == 400 and "7 bytes, expected 32" in response.reason


def test_empty_tree_is_cosigned_from_nothing(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    empty = sign_checkpoint(Checkpoint("handover.test/log", 0, EMPTY_ROOT), [small_log.signer])
    response = submit_raw(small_log, witnesses[0], None, 0, (), empty)
    assert response.status == 200 and response.state is not None and response.state.size == 0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("old 1\nAAAA\n", "no empty line followed by a checkpoint"),
        ("new 1\n\nx\n", "expected 'old <size>'"),
        ("old 01\n\nx\n", "leading zero"),
        ("old 1\nAAAA\n\nx\n", "proof line 0 is 3 bytes, expected 32"),
        ("old 1\n****\n\nx\n", "proof line 0 is not valid base64"),
        ("old 1\n" + ("A" * 43 + "=\n") * 64 + "\nx\n", "64 proof lines, at most 63"),
    ],
)
def test_malformed_request_bodies(body: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        from_text(body)
    with pytest.raises(InputError, match="not valid UTF-8"):
        from_text(b"\xff" + body.encode())


def test_cosign_checkpoint_direct_form(small_log: Any, witnesses: list[CosignatureSigner]) -> None:
    keys = [small_log.signer.verifier()]
    line, state = cosign_checkpoint(
        None, small_log.signed(5), [], log_keys=keys, signer=witnesses[1], timestamp=5
    )
    assert line.startswith("\u2014 witness1.test/w ") and state.size == 5
    proof = consistency_proof_at(small_log.store, 5, 21)
    _, state = cosign_checkpoint(
        state, small_log.signed(), proof, log_keys=keys, signer=witnesses[1], timestamp=6
    )
    assert state.size == 21
    with pytest.raises(VerificationError, match="refused the checkpoint \\(400\\)"):
        cosign_checkpoint(
            state, small_log.signed(5), [], log_keys=keys, signer=witnesses[1], timestamp=7
        )


def test_state_for_another_origin_is_a_caller_error(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    state = WitnessState("elsewhere", 0, EMPTY_ROOT)
    with pytest.raises(InputError, match="witness state is for 'elsewhere'"):
        submit(small_log, witnesses[0], state, 0, 3)


def test_add_cosignatures_checks_form_and_drops_duplicates(
    small_log: Any, witnesses: list[CosignatureSigner]
) -> None:
    response = submit(small_log, witnesses[0], None, 0, 21)
    doubled = add_cosignatures(small_log.signed(), response.body + response.body)
    assert doubled == small_log.signed() + response.body
    with pytest.raises(InputError, match="cannot add cosignatures: .*em dash"):
        add_cosignatures(small_log.signed(), "not a signature\n")
