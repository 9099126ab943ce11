"""Export then import restores a ledger exactly: same records, same ids, same Merkle root."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from handover.domain import Agreement, Category, Claim, PartyKind, ReviewState
from handover.errors import InputError
from handover.ledger import Ledger
from handover.ledger.agreements import parse_term
from handover.ledger.archive import export_csv, export_json, import_json, read_export


def _populate(ledger: Ledger) -> None:
    ledger.parties.add("Transnistria", PartyKind.SIDE)
    claim = ledger.claims.add(Claim("Russia", "Ukraine", Category.BODIES, 1200,
                                    event_date=date(2025, 6, 13), speaker="Vladimir Medinsky",
                                    flags=("year_inferred",)), citation="TASS")
    ledger.claims.correct(claim.id, {"count": 1212}, note="later statement")
    ledger.claims.review(claim.id, ReviewState.ACCEPTED, reviewer="reviewer one")
    ledger.agreements.add(Agreement("Istanbul", date(2025, 6, 2), "Istanbul",
                                    ("Russia", "Ukraine"), ("Turkey",),
                                    (parse_term("Russia>Ukraine:bodies:6000"),)))


def test_round_trip_is_exact(db_url: str, tmp_path: Path) -> None:
    source = Ledger.create(f"sqlite:///{tmp_path / 'source.db'}")
    _populate(source)
    exported = export_json(source)
    source.close()
    target = Ledger.create(db_url, origin=exported["origin"])
    assert import_json(target, exported) == exported["size"]
    assert export_json(target) == exported
    target.close()


def test_import_refuses_a_non_empty_ledger(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    _populate(ledger)
    exported = export_json(ledger)
    with pytest.raises(InputError, match=r"is not empty \(\d+ records\); import needs an empty"):
        import_json(ledger, exported)
    assert export_json(ledger) == exported
    ledger.close()


def test_tampered_export_is_refused_whole(db_url: str, tmp_path: Path) -> None:
    source = Ledger.create(f"sqlite:///{tmp_path / 'source.db'}")
    _populate(source)
    exported = export_json(source)
    source.close()
    claim = next(r for r in exported["records"] if r["type"] == "claims")
    claim["count"] = 5000
    target = Ledger.create(db_url)
    with pytest.raises(InputError, match="imported records give root .* export says"):
        import_json(target, exported)
    assert export_json(target)["size"] == 0
    target.close()


@pytest.mark.parametrize(("content", "message"), [
    ("not json at all", "not a handover export (not JSON"),
    ('{"format": "something-else"}', "not a handover export (expected format"),
    ('{"format": "handover-export/1", "origin": "o", "size": 2, "root_hash": "", '
     '"records": []}', "export says 2 records but holds 0"),
])
def test_bad_export_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(content)
    with pytest.raises(InputError, match=re.escape(message)):
        read_export(path)


def test_csv_has_a_header_and_one_row_per_claim(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    _populate(ledger)
    lines = export_csv(ledger, "claims").splitlines()
    assert lines[0].startswith("id,report_id,source_id,giver,receiver,category,count")
    assert len(lines) == 3
    rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
    assert json.loads(rows[0]["flags"]) == ["year_inferred"]
    assert (rows[0]["count"], rows[1]["count"]) == ("1200", "1212")
    ledger.close()
