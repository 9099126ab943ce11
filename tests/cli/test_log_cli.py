"""``verify``, ``log`` and ``witness`` end to end through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.cli.conftest import Run


def _add(run: Run, db: str, count: str) -> None:
    result = run("claims", "add", "--giver", "Russia", "--receiver", "Ukraine", "--category",
                 "bodies", "--count", count, "--speaker", "Vladimir Medinsky", "--db", db)
    assert result.exit_code == 0, result.stderr


def test_verify_exit_codes(run: Run, ledger_url: str) -> None:
    _add(run, ledger_url, "1200")
    intact = run("verify", "--db", ledger_url)
    assert intact.exit_code == 0
    assert intact.stdout.startswith("ledger intact: 2 records, root ")
    engine = create_engine(ledger_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE claims SET count = 1 WHERE id = 1"))
    engine.dispose()
    broken = run("verify", "--db", ledger_url, "--format", "json")
    assert broken.exit_code == 1
    assert broken.stderr.strip() == ("error: record 1 (claims) does not match its log leaf: "
                                     "altered after it was written")
    assert json.loads(broken.stdout)["ok"] is False


def test_receipt_verifies_without_the_database(run: Run, ledger_url: str,
                                               tmp_path: Path) -> None:
    _add(run, ledger_url, "1200")
    vkey = run("log", "key", "--db", ledger_url).stdout.strip()
    receipt = tmp_path / "claim.receipt"
    assert run("log", "prove", "1", "-o", receipt, "--db", ledger_url).exit_code == 0
    checked = run("log", "verify-receipt", receipt, "--key", vkey, "--format", "json")
    assert checked.exit_code == 0, checked.stderr
    data = json.loads(checked.stdout)
    assert (data["index"], data["tree_size"]) == (1, 2)
    assert json.loads(data["entry"])["count"] == 1200
    tampered = tmp_path / "tampered.receipt"
    tampered.write_text(receipt.read_text().replace("index 1", "index 0"))
    refused = run("log", "verify-receipt", tampered, "--key", vkey)
    assert refused.exit_code == 1
    assert refused.stderr.startswith(f"error: {tampered}: ")
    assert len(refused.stderr.strip().splitlines()) == 1


def test_witnesses_cosign_and_refuse_a_fork(run: Run, ledger_url: str, tmp_path: Path) -> None:
    _add(run, ledger_url, "1200")
    vkey = run("log", "key", "--db", ledger_url).stdout.strip()
    keys = []
    for name in ("ukraine.example/w", "russia.example/w", "neutral.example/w"):
        folder = tmp_path / name.split(".")[0]
        keys.append(run("witness", "init", name, "--dir", folder).stdout.strip())
        assert run("witness", "trust", vkey, "--dir", folder).exit_code == 0
        cosigned = run("log", "cosign", "--witness", folder, "--db", ledger_url)
        assert cosigned.exit_code == 0, cosigned.stderr
    note = run("log", "checkpoint", "--db", ledger_url).stdout
    assert note.count("\n— ") == 4
    receipt = tmp_path / "r.receipt"
    run("log", "prove", "0", "-o", receipt, "--db", ledger_url)
    ok = run("log", "verify-receipt", receipt, "--key", vkey, *sum(
        (["--witness", k] for k in keys), []), "--require", "3")
    assert ok.exit_code == 0, ok.stderr
    engine = create_engine(ledger_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE log_nodes SET hash = :h WHERE level = 1 AND idx = 0"),
                           {"h": bytes(32)})
    engine.dispose()
    _add(run, ledger_url, "27")
    refused = run("log", "cosign", "--witness", tmp_path / "neutral", "--db", ledger_url)
    assert refused.exit_code == 1
    assert refused.stderr.startswith("error: witness refused (422): consistency proof")


def test_empty_log_has_no_checkpoint(run: Run, ledger_url: str) -> None:
    result = run("log", "checkpoint", "--db", ledger_url)
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: the log is empty: no checkpoint yet"


def test_bad_keys_receipts_and_checkpoints_are_one_line(run: Run, ledger_url: str,
                                                        tmp_path: Path) -> None:
    _add(run, ledger_url, "1200")
    vkey = run("log", "key", "--db", ledger_url).stdout.strip()
    receipt = tmp_path / "r.receipt"
    run("log", "prove", "0", "-o", receipt, "--db", ledger_url)
    other = tmp_path / "other.db"
    run("init", "--db", other, "--origin", "other.example/log")
    other_key = run("log", "key", "--db", other).stdout.strip()
    garbage = tmp_path / "garbage.receipt"
    garbage.write_text("not a receipt\n")
    cases = [
        (("log", "verify-receipt", receipt, "--key", "not-a-key"), f"error: {receipt}: "),
        (("log", "verify-receipt", receipt, "--key", other_key), f"error: {receipt}: "),
        (("log", "verify-receipt", garbage, "--key", vkey), f"error: {garbage}: malformed"),
        (("log", "verify-receipt", tmp_path / "none.receipt", "--key", vkey),
         f"error: {tmp_path / 'none.receipt'}: no such file"),
        (("log", "prove", "99", "--db", ledger_url), "error: no record 99 in the log"),
        (("verify", "--checkpoint", garbage, "--db", ledger_url), "error: earlier checkpoint: "),
    ]
    for args, start in cases:
        result = run(*args)
        assert result.exit_code == 1, args
        assert result.stderr.startswith(start), (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
