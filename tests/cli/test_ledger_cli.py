"""``init``, ``agreements``, ``evidence``, ``export`` and ``import`` through the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.conftest import Run


def test_init_then_missing_and_foreign_databases(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    created = run("init", "--db", path)
    assert created.exit_code == 0
    assert created.stdout.startswith(f"created ledger {path}")
    missing = run("claims", "list", "--db", tmp_path / "absent.db")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == (f"error: {tmp_path / 'absent.db'}: no ledger here; "
                                      "create one with `handover init`")
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    result = run("claims", "list", "--db", corrupt)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {corrupt}: not a handover ledger")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    result = run("claims", "list", "--db", foreign)
    assert result.stderr.strip() == (f"error: {foreign}: not a handover ledger "
                                     "(no ledger_meta table)")


def test_environment_variable_names_the_ledger(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "env.db"
    assert run("init", env={"HANDOVER_DB": str(path)}).exit_code == 0
    listed = run("claims", "list", "--format", "json", env={"HANDOVER_DB": str(path)})
    assert listed.exit_code == 0 and json.loads(listed.stdout) == []


def test_unreachable_postgres(run: Run) -> None:
    result = run("claims", "list", "--db", "postgresql+psycopg://u:pw@127.0.0.1:9/none")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: postgresql+psycopg://u:***@127.0.0.1:9/none: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_agreements(run: Run, ledger_url: str) -> None:
    added = run("agreements", "add", "Istanbul, 2 June 2025", "--date", "2025-06-02",
                "--venue", "Istanbul", "--party", "Russia", "--party", "Ukraine",
                "--mediator", "Turkey", "--term", "Russia>Ukraine:bodies:6000",
                "--term", "Ukraine>Russia:pow:all:severely wounded", "--db", ledger_url)
    assert added.exit_code == 0, added.stderr
    listed = json.loads(run("agreements", "list", "--db", ledger_url, "-f", "json").stdout)
    assert listed[0]["terms"][0]["count"] == 6000
    shown = json.loads(run("agreements", "show", str(listed[0]["id"]), "--db", ledger_url,
                           "-f", "json").stdout)
    assert shown["terms"][1]["all_for_all"] is True
    bad = run("agreements", "add", "x", "--term", "Russia>Ukraine:pow:lots", "--db", ledger_url)
    assert bad.exit_code == 1
    assert bad.stderr.strip() == ("error: term 'Russia>Ukraine:pow:lots': count 'lots' is not "
                                  "a number or 'all'")


def test_evidence(run: Run, ledger_url: str, tmp_path: Path) -> None:
    video = tmp_path / "video.mp4"
    video.write_bytes(b"synthetic" * 100)
    added = run("evidence", "add", video, "--description", "coffins at the crossing",
                "--db", ledger_url)
    assert added.exit_code == 0, added.stderr
    listed = json.loads(run("evidence", "list", "--db", ledger_url, "-f", "json").stdout)
    assert listed[0]["media_type"] == "video/mp4" and len(listed[0]["sha256"]) == 64
    missing = run("evidence", "add", tmp_path / "nope.mp4", "--description", "x",
                  "--db", ledger_url)
    assert missing.stderr.strip() == f"error: {tmp_path / 'nope.mp4'}: no such file"


def test_export_import_round_trip(run: Run, ledger_url: str, tmp_path: Path) -> None:
    assert run("claims", "add", "--giver", "Ukraine", "--receiver", "Russia", "--category",
               "bodies", "--count", "27", "--speaker", "Vladimir Medinsky",
               "--db", ledger_url).exit_code == 0
    exported = tmp_path / "export.json"
    assert run("export", "-o", exported, "--db", ledger_url).exit_code == 0
    restored = tmp_path / "restored.db"
    result = run("import", exported, "--db", restored)
    assert result.exit_code == 0, result.stderr
    again = tmp_path / "again.json"
    assert run("export", "-o", again, "--db", restored).exit_code == 0
    assert again.read_text() == exported.read_text()
    refused = run("import", exported, "--db", restored)
    assert refused.exit_code == 1
    assert "is not empty (2 records); import needs an empty ledger" in refused.stderr


def test_failed_import_leaves_no_new_file(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "handover-export/1", "origin": "o", "size": 1, '
                   '"root_hash": "00", "records": [{"type": "sources", "id": 0, '
                   '"name": "x", "kind": "official", "recorded_at": "2025-06-01T00:00:00Z"}]}')
    result = run("import", bad, "--db", tmp_path / "new.db")
    assert result.exit_code == 1
    assert "imported records give root" in result.stderr
    assert not (tmp_path / "new.db").exists()


def test_csv_export(run: Run, ledger_url: str) -> None:
    result = run("export", "--format", "csv", "--table", "claims", "--db", ledger_url)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("id,report_id,source_id,giver")
