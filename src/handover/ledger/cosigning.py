"""Getting the latest checkpoint cosigned by a witness: in-process, or over HTTP on request."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from handover.errors import InputError, VerificationError
from handover.merkle.witness import AddCheckpointRequest
from handover.witness import WitnessFolder

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["cosign_with_folder", "cosign_with_url", "cosignature_request"]

_TIMEOUT_SECONDS = 30


def cosignature_request(ledger: Ledger, old_size: int) -> AddCheckpointRequest:
    """The add-checkpoint request for the latest checkpoint, proving it extends ``old_size``."""
    note = ledger.log.checkpoint()
    if note is None:
        raise InputError("the log is empty: nothing to cosign")
    return AddCheckpointRequest(old_size, tuple(ledger.log.consistency(old_size)), note)


def cosign_with_folder(ledger: Ledger, folder: Path) -> str:
    """Have a local witness cosign the latest checkpoint; returns the witness's name."""
    witness = WitnessFolder(folder)
    state = witness.state(ledger.db.origin)
    response = witness.add_checkpoint(
        cosignature_request(ledger, state.size if state else 0).to_text())
    if not response.ok:
        raise VerificationError(f"witness refused ({response.status}): {response.reason}")
    return ledger.log.add_cosignature(response.body, witness.vkey())


def cosign_with_url(ledger: Ledger, url: str, witness_vkey: str) -> str:
    """Have a witness server cosign the latest checkpoint; returns the witness's name.

    The witness answers 409 with its current size when we guessed wrong; we retry once from it.
    Its cosignature is kept only if it verifies with ``witness_vkey``.
    """
    status, body = _post(url, cosignature_request(ledger, 0).to_text())
    if status == 409:
        status, body = _post(url, cosignature_request(ledger, int(body.strip())).to_text())
    if status != 200:
        raise VerificationError(f"witness at {url} refused ({status}): {body.strip()}")
    return ledger.log.add_cosignature(body, witness_vkey)


def _post(url: str, body: str) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT_SECONDS) as response:
            return int(response.status), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError) as exc:
        raise InputError(f"cannot reach witness: {exc}", path=request.full_url) from None
