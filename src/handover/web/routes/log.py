"""The Merkle log: the latest signed checkpoint with its cosignatures, and receipts."""

from __future__ import annotations

import base64
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from handover.merkle.checkpoint import Checkpoint
from handover.merkle.note import parse_note
from handover.web.deps import State, WebState
from handover.web.errors import ErrorBody
from handover.web.render import render_page

__all__ = ["router"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}


def log_json(state: WebState) -> dict[str, Any]:
    """The latest checkpoint as text and in parts, its signatures, and the log's key."""
    note = state.ledger.log.checkpoint()
    vkey = state.ledger.log.vkey()
    if note is None:
        return {"ok": True, "checkpoint": None, "origin": state.ledger.db.origin, "size": 0,
                "root_hash": None, "signatures": [], "vkey": vkey}
    parsed = parse_note(note)
    body = Checkpoint.from_text(parsed.text)
    signatures = [{"name": s.name, "key_id": s.key_id.hex(),
                   "role": "log" if s.name == body.origin else "witness"}
                  for s in parsed.signatures]
    return {"ok": True, "checkpoint": note, "origin": body.origin, "size": body.size,
            "root_hash": base64.b64encode(body.root_hash).decode("ascii"),
            "signatures": signatures, "vkey": vkey}


@router.get("/api/log", tags=["log"], summary="The latest signed checkpoint")
def api_log(state: State) -> dict[str, Any]:
    """The latest checkpoint (C2SP signed note with cosignatures) and the verifier key."""
    return log_json(state)


@router.get("/api/log/receipts/{record_id}", tags=["log"], responses=_ERRORS,
            summary="A receipt for one record")
def api_receipt(state: State, record_id: int) -> dict[str, Any]:
    """A C2SP tlog-proof receipt proving the record is in the log at the latest checkpoint."""
    return {"ok": True, "record_id": record_id, "receipt": state.ledger.log.prove(record_id)}


@router.get("/log", response_class=HTMLResponse, include_in_schema=False)
def log_page(request: Request, state: State) -> Response:
    """The checkpoint, who signed it, and a form to fetch a receipt."""
    return render_page(request, "log.html", {"log": log_json(state), "api": "/api/log"})


@router.get("/log/receipt", include_in_schema=False)
def receipt_download(state: State, record: int) -> Response:
    """A record's receipt as a file to keep (checked with `handover log verify-receipt`)."""
    receipt = state.ledger.log.prove(record)
    return PlainTextResponse(receipt, headers={
        "Content-Disposition": f'attachment; filename="handover-receipt-{record}.txt"'})
