"""``handover claims``, ``sources`` and ``parties`` through the command line."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import Run

ADD = ("claims", "add", "--giver", "Russia", "--receiver", "Ukraine", "--category", "bodies",
       "--count", "1200", "--date", "2025-06-13", "--speaker",
       "Interfax, citing an unnamed source", "--citation", "Interfax, 13 June 2025")


def test_add_list_show_correct_history(run: Run, ledger_url: str) -> None:
    added = run(*ADD, "--db", ledger_url, "--format", "json")
    assert added.exit_code == 0, added.stderr
    claim = json.loads(added.stdout)[0]
    assert (claim["giver"], claim["receiver"], claim["count"]) == ("Russia", "Ukraine", 1200)
    corrected = run("claims", "correct", str(claim["id"]), "--count", "1212", "--note",
                    "as the receiving side counted", "--db", ledger_url, "--format", "json")
    assert corrected.exit_code == 0, corrected.stderr
    new = json.loads(corrected.stdout)[0]
    assert new["supersedes"] == claim["id"]
    listed = json.loads(run("claims", "list", "--db", ledger_url, "--format", "json").stdout)
    assert [c["count"] for c in listed] == [1212]
    history = json.loads(run("claims", "history", str(claim["id"]), "--db", ledger_url,
                             "--format", "json").stdout)
    assert [c["count"] for c in history] == [1200, 1212]
    shown = json.loads(run("claims", "show", str(new["id"]), "--db", ledger_url,
                           "--format", "json").stdout)
    assert shown["source"]["kind"] == "unnamed_source"
    assert shown["note"] == "as the receiving side counted"


@pytest.mark.parametrize(("args", "line"), [
    (("--giver", "Narnia"),
     "error: unknown party 'Narnia' as giver (add it with `handover parties add`)"),
    (("--count", "-3"), "error: count must not be negative, got -3"),
    (("--date", "the thirty-second of Junuary"),
     "error: --date 'the thirty-second of Junuary' does not parse (expected YYYY-MM-DD)"),
    (("--category", "ghosts"),
     "error: category must be one of pow, civilian, detainee, hostage, bodies, mixed, "
     "got 'ghosts'"),
])
def test_bad_claims_get_one_line_and_exit_1(run: Run, ledger_url: str, args: tuple[str, ...],
                                            line: str) -> None:
    result = run("claims", "add", "--giver", "Russia", "--receiver", "Ukraine", *args,
                 "--db", ledger_url)
    assert result.exit_code == 1
    assert result.stderr.strip() == line
    listed = run("claims", "list", "--db", ledger_url, "--format", "json")
    assert json.loads(listed.stdout) == []


def test_unknown_claim_id(run: Run, ledger_url: str) -> None:
    result = run("claims", "show", "77", "--db", ledger_url)
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: no claim with id 77"


def test_usage_errors_exit_2(run: Run, ledger_url: str) -> None:
    result = run("claims", "add", "--count", "many", "--db", ledger_url)
    assert result.exit_code == 2


def test_sources_and_parties(run: Run, ledger_url: str) -> None:
    added = run("sources", "add", "Regional ombudsman", "--kind", "official", "--affiliation",
                "Kyiv", "--db", ledger_url)
    assert added.exit_code == 0, added.stderr
    sources = json.loads(run("sources", "list", "--db", ledger_url, "-f", "json").stdout)
    assert sources[0]["affiliation"] == "Ukraine"
    assert run("parties", "add", "Transnistria", "--alias", "ru:Приднестровье",
               "--db", ledger_url).exit_code == 0
    assert run("parties", "alias", "Transnistria", "Tiraspol", "--db", ledger_url).exit_code == 0
    parties = json.loads(run("parties", "list", "--db", ledger_url, "-f", "json").stdout)
    added_party = next(p for p in parties if p["name"] == "Transnistria")
    assert added_party["aliases"] == ["Приднестровье", "Tiraspol"]
    bad = run("sources", "add", "X", "--kind", "blogger", "--db", ledger_url)
    assert bad.stderr.strip() == ("error: source kind must be one of news_outlet, official, "
                                  "official_body, unnamed_source, got 'blogger'")
