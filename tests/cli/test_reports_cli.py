"""``handover extract`` and ``handover ingest`` through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run

WIRE = ("Exchange at the border\n\n"
        "KYIV, June 14 (Wire) - Ukraine received 1,200 bodies of fallen soldiers from Russia "
        "on Friday, the Coordination Headquarters for the Treatment of Prisoners of War said.\n")
NOTE = ("Москва, 25 мая. Россия и Украина провели обмен пленными по формуле 303 на 303, "
        "сообщило Министерство обороны России.\n")


def _reports(tmp_path: Path) -> tuple[Path, Path]:
    wire, note = tmp_path / "wire.txt", tmp_path / "note.md"
    wire.write_text(WIRE, encoding="utf-8")
    note.write_text(NOTE, encoding="utf-8")
    return wire, note


def test_extract_prints_spec_claims_without_a_database(run: Run, tmp_path: Path) -> None:
    wire, note = _reports(tmp_path)
    result = run("extract", wire, note, "--format", "jsonl", "--published", "2025-06-14")
    assert result.exit_code == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    first = claims[0]
    assert first["file"] == str(wire)
    assert (first["giver"], first["receiver"], first["category"], first["count"]) == (
        "Russia", "Ukraine", "bodies", 1200)
    assert WIRE[first["start"]:first["end"]] == first["quote"]
    assert {"giver", "receiver", "category", "count", "qualifier", "kind", "event_date",
            "statement_date", "speaker", "quote", "start", "end", "flags"} <= set(first)
    assert not list(tmp_path.glob("*.db"))


def test_extract_names_a_bad_file_and_keeps_going(run: Run, tmp_path: Path) -> None:
    wire, _ = _reports(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", empty, wire, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {empty}: ")
    assert len(result.stdout.splitlines()) >= 1
    alone = run("extract", empty)
    assert (alone.exit_code, alone.stdout) == (1, "")
    assert alone.stderr == f"error: {empty}: empty file\n"


def test_ingest_stores_once_and_rejects_atomically(run: Run, ledger_url: str,
                                                   tmp_path: Path) -> None:
    wire, note = _reports(tmp_path)
    first = run("ingest", wire, note, "--db", ledger_url, "--format", "json")
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    assert (summary["stored"], summary["rejected"]) == (2, 0)
    assert summary["claims"] >= 3
    again = json.loads(run("ingest", wire, "--db", ledger_url, "-f", "json").stdout)
    assert again["duplicate"] == 1 and again["claims"] == 0
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    mixed = run("ingest", binary, tmp_path / "missing.txt", "--db", ledger_url, "-f", "json")
    assert mixed.exit_code == 1
    lines = mixed.stderr.strip().splitlines()
    assert lines[0].startswith(f"error: {binary}: ")
    assert lines[1].startswith(f"error: {tmp_path / 'missing.txt'}: ")
    claims = json.loads(run("claims", "list", "--db", ledger_url, "-f", "json").stdout)
    assert len(claims) == summary["claims"]
    assert run("verify", "--db", ledger_url).exit_code == 0


def test_ingest_a_folder(run: Run, ledger_url: str, tmp_path: Path) -> None:
    _reports(tmp_path)
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    result = run("ingest", tmp_path, "--db", ledger_url, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["stored"] == 2


HEADQUARTERS_PAGE = """<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8">
<title>Додому повертаються 90 українців — Координаційний штаб</title></head>
<body><header><div class="site">Координаційний штаб</div></header>
<main><article><h1>Додому повертаються 90 українців</h1>
<p>Сьогодні, 12 травня, з російського полону звільнено 90 військовослужбовців.</p>
<p>Дякуємо всім, хто долучився до повернення наших людей.</p>
</article></main></body></html>
"""


def test_a_bodys_own_page_speaks_in_its_voice(run: Run, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HEADQUARTERS_PAGE, encoding="utf-8")
    result = run("extract", page, "--format", "jsonl", "--published", "2025-05-12")
    assert result.exit_code == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(c["count"], c["speaker"]) for c in claims} == {(90, "Координаційний штаб")}
