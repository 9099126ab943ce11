"""``handover events``, ``event`` and ``balance`` through the command line, on SPEC's JSON."""

from __future__ import annotations

import json

from tests.cli.conftest import Run

SPEC_EVENT_FIELDS = {"id", "date", "giver", "receiver", "category", "best", "low", "high",
                     "status", "confirmed_by", "claims", "discrepancies"}


def _claim(run: Run, db: str, *args: str) -> None:
    result = run("claims", "add", "--category", "bodies", *args, "--db", db)
    assert result.exit_code == 0, result.stderr


def test_two_stages_stay_apart_and_a_zero_is_a_discrepancy(run: Run, ledger_url: str) -> None:
    _claim(run, ledger_url, "--giver", "Russia", "--receiver", "Ukraine", "--count", "1212",
           "--date", "2025-06-11", "--speaker", "Vladimir Medinsky")
    _claim(run, ledger_url, "--giver", "Russia", "--receiver", "Ukraine", "--count", "1200",
           "--date", "2025-06-13", "--speaker", "Interfax, citing an unnamed source")
    _claim(run, ledger_url, "--giver", "Russia", "--receiver", "Ukraine", "--count", "1200",
           "--date", "2025-06-13", "--speaker",
           "Coordination Headquarters for the Treatment of Prisoners of War")
    _claim(run, ledger_url, "--giver", "Ukraine", "--receiver", "Russia", "--count", "27",
           "--date", "2025-06-11", "--speaker", "Vladimir Medinsky")
    _claim(run, ledger_url, "--giver", "Ukraine", "--receiver", "Russia", "--count", "0",
           "--date", "2025-06-11", "--speaker", "Interfax, citing an unnamed source")
    result = run("events", "--db", ledger_url, "--format", "json")
    assert result.exit_code == 0, result.stderr
    events = {e["id"]: e for e in json.loads(result.stdout)}
    assert all(set(e) >= SPEC_EVENT_FIELDS for e in events.values())
    stage_11 = events["2025-06-11-russia-ukraine-bodies"]
    stage_13 = events["2025-06-13-russia-ukraine-bodies"]
    assert (stage_11["best"], stage_13["best"]) == (1212, 1200)
    assert stage_13["status"] == "corroborated"
    assert "Ukraine" in stage_13["confirmed_by"]
    returned = events["2025-06-11-ukraine-russia-bodies"]
    assert (returned["best"], returned["low"], returned["high"]) == (27, 0, 27)
    assert returned["status"] == "disputed" and returned["discrepancies"]
    shown = run("event", "2025-06-13-russia-ukraine-bodies", "--db", ledger_url, "-f", "json")
    assert len(json.loads(shown.stdout)["claim_details"]) == 2
    filtered = json.loads(run("events", "--db", ledger_url, "-f", "json", "--since",
                              "2025-06-12").stdout)
    assert [e["id"] for e in filtered] == ["2025-06-13-russia-ukraine-bodies"]


def test_balance_with_an_agreement(run: Run, ledger_url: str) -> None:
    agreement = run("agreements", "add", "Istanbul, 2 June 2025", "--date", "2025-06-02",
                    "--party", "Russia", "--party", "Ukraine", "--term",
                    "Russia>Ukraine:bodies:6000", "--term", "Ukraine>Russia:bodies:6000",
                    "--db", ledger_url)
    assert agreement.exit_code == 0, agreement.stderr
    _claim(run, ledger_url, "--giver", "Russia", "--receiver", "Ukraine", "--count", "1212",
           "--date", "2025-06-11", "--speaker", "Vladimir Medinsky")
    data = json.loads(run("balance", "--db", ledger_url, "-f", "json").stdout)
    pair = next(p for p in data["pairs"] if p["category"] == "bodies")
    assert pair["parties"] == ["Russia", "Ukraine"]
    assert pair["handed_over"][0]["best"] == 1212
    terms = data["agreements"][0]["terms"]
    assert terms[0]["handed_over"]["best"] == 1212
    table = run("balance", "--db", ledger_url)
    assert "Russia -> Ukraine: 6000 bodies" in table.stdout
    assert "undated" not in table.stdout
    _claim(run, ledger_url, "--giver", "Ukraine", "--receiver", "Russia", "--count", "27",
           "--speaker", "Vladimir Medinsky")
    data = json.loads(run("balance", "--db", ledger_url, "-f", "json").stdout)
    assert data["agreements"][0]["terms"][1]["undated_events"] == 1
    assert "1 undated handover" in run("balance", "--db", ledger_url).stdout


def test_unknown_event(run: Run, ledger_url: str) -> None:
    result = run("event", "1999-01-01-nowhere", "--db", ledger_url)
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: no event '1999-01-01-nowhere'"
