"""A witness over HTTP and from files: cosigns extensions, refuses rollbacks and forks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from handover.domain import Category, Claim
from handover.errors import InputError
from handover.ledger import Ledger
from handover.ledger.cosigning import cosignature_request
from handover.web.witness_app import create_witness_app
from handover.witness import WitnessFolder


def _ledger(tmp_path: Path, claims: int) -> Ledger:
    ledger = Ledger.create(tmp_path / "ledger.db")
    for n in range(claims):
        ledger.claims.add(Claim("Israel", "Hamas", Category.DETAINEE, 10 + n,
                                event_date=date(2025, 1, 19)))
    return ledger


def test_http_witness_cosigns_then_refuses_stale_and_rolled_back(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, 3)
    folder = WitnessFolder(tmp_path / "witness")
    folder.create("neutral.example/w")
    folder.trust(ledger.log.vkey())
    client = TestClient(create_witness_app(folder.folder))
    first = client.post("/add-checkpoint", content=cosignature_request(ledger, 0).to_text())
    assert first.status_code == 200, first.text
    assert first.text.startswith("— neutral.example/w ")
    stale = client.post("/add-checkpoint", content=cosignature_request(ledger, 0).to_text())
    assert (stale.status_code, stale.text.strip()) == (409, "3")
    assert stale.headers["content-type"].startswith("text/x.tlog.size")
    ledger.claims.add(Claim("Israel", "Hamas", Category.DETAINEE, 99))
    grown = client.post("/add-checkpoint", content=cosignature_request(ledger, 3).to_text())
    assert grown.status_code == 200, grown.text
    assert folder.state(ledger.db.origin).size == 4  # type: ignore[union-attr]
    garbage = client.post("/add-checkpoint", content=b"\xff\xfe not a request")
    assert garbage.status_code == 400
    ledger.close()


def test_unknown_log_is_refused(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, 1)
    folder = WitnessFolder(tmp_path / "witness")
    folder.create("neutral.example/w")
    response = folder.add_checkpoint(cosignature_request(ledger, 0).to_text())
    assert response.status == 404
    ledger.close()


def test_witness_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no witness here"):
        WitnessFolder(tmp_path / "none").vkey()
    folder = WitnessFolder(tmp_path / "w")
    folder.create("a.example/w")
    with pytest.raises(InputError, match="a witness exists here already"):
        folder.create("a.example/w")
    (tmp_path / "w" / "logs.json").write_text("{broken")
    with pytest.raises(InputError, match="logs.json is not JSON"):
        folder.logs()
