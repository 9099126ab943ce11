"""Every page renders from the real ledger and shows what a person needs to see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from handover.domain import Category, Claim
from handover.ledger import ClaimFilter, Ledger
from handover.ledger.cosigning import cosign_with_folder
from handover.witness import WitnessFolder
from tests.web.conftest import csrf_of, log_in


def _report_id(ledger: Ledger, filename: str) -> int:
    report = next(r for r in ledger.reports.all() if r.filename == filename)
    assert report.id is not None
    return report.id


@pytest.mark.parametrize("path", ["/", "/reports", "/reports/new", "/claims", "/claims?review=all",
                                  "/sources", "/agreements", "/log", "/login"])
def test_every_listing_page_renders_as_html(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<main id="main"' in response.text
    assert "Content-Security-Policy" in response.headers


def test_dashboard_shows_balance_latest_discrepancies_and_fulfilment(client: TestClient,
                                                                     ledger: Ledger) -> None:
    html = client.get("/").text
    claims = len(ledger.claims.all())
    events = ledger.events.all()
    assert f"<strong>{claims}</strong> claims" in html
    assert f"<strong>{len(events)}</strong> events" in html
    bodies = next(p for p in ledger.events.balance().pairs if p.category == "bodies")
    for flow in bodies.flows:
        assert f'aria-label="{flow.giver} to {flow.receiver}: {flow.best:,}"' in html
    latest = max((e for e in events if e.kind == "completed" and e.date), key=lambda e: e.date)
    assert f'href="/events/{latest.id}"' in html.split('id="latest"')[1]
    disputed = next(e for e in events if e.discrepancies)
    assert f'href="/events/{disputed.id}"' in html.split('id="open"')[1]
    assert "Istanbul agreement of 2 June 2025" in html
    assert "% fulfilled" in html


def test_report_page_marks_every_claim_where_its_quote_stands(client: TestClient,
                                                              ledger: Ledger) -> None:
    report_id = _report_id(ledger, "01_remains_june.txt")
    report = ledger.reports.get(report_id)
    records = ledger.claims.all(ClaimFilter(report_id=report_id))
    assert records, "the test report should yield claims"
    html = client.get(f"/reports/{report_id}").text
    for record in records:
        claim = record.claim
        opening = re.search(rf'<mark [^>]*id="claim-{record.id}"[^>]*>', html)
        assert opening is not None, f"claim {record.id} has no anchored mark"
        assert f'title="Claim {record.id}:' in opening.group(0)
        assert 'tabindex="0"' in opening.group(0)
        assert report.text[claim.start:claim.end] == claim.quote
        assert f'id="claim-{record.id}-info"' in html
    # The text itself is all there, in order, once the marks are taken out.
    plain = re.sub(r"</?mark[^>]*>", "", html.split('<div class="report-text"', 1)[1])
    assert "Russia handed over the remains of 1,200 fallen Ukrainian soldiers" in plain


def test_formula_claims_on_one_clause_get_nested_marks(client: TestClient,
                                                       ledger: Ledger) -> None:
    report_id = _report_id(ledger, "01_remains_june.txt")
    agreed = [r for r in ledger.claims.all(ClaimFilter(report_id=report_id, kind="agreed"))]
    assert len(agreed) == 2 and agreed[0].claim.start == agreed[1].claim.start
    html = client.get(f"/reports/{report_id}").text
    outer, inner = agreed[0].id, agreed[1].id
    assert re.search(rf'id="claim-{outer}"[^>]*><mark [^>]*id="claim-{inner}"', html)


def test_claim_page_links_the_quote_into_its_report(client: TestClient, ledger: Ledger) -> None:
    record = ledger.claims.all()[0]
    html = client.get(f"/claims/{record.id}").text
    assert f'href="/reports/{record.report_id}#claim-{record.id}"' in html
    assert "Log in with the write token" in html


def test_source_page_lists_the_voice_and_its_claims(client: TestClient, ledger: Ledger) -> None:
    source = next(s for s in ledger.sources.all() if s.name == "Vladimir Medinsky")
    html = client.get(f"/sources/{source.id}").text
    assert "<h1>Vladimir Medinsky</h1>" in html
    assert "Russia" in html
    assert "1,212" in html
    listing = client.get("/sources").text
    assert f'href="/sources/{source.id}"' in listing


def test_agreement_page_sets_terms_against_fulfilment_with_charts(client: TestClient,
                                                                  ledger: Ledger) -> None:
    agreement = next(a for a in ledger.agreements.all() if a.date and a.date.month == 6)
    html = client.get(f"/agreements/{agreement.id}").text
    assert "Istanbul agreement of 2 June 2025" in html
    assert "young prisoners of war aged 18 to 25" in html and ">all<" in html
    fulfilment = ledger.events.balance(agreement.id).agreements[0]
    bodies = next(t for t in fulfilment.terms if t.term.count == 6000)
    summary = f"{bodies.handed_over.best:,} of 6,000"
    assert summary in html
    for event_id in bodies.handed_over.events:
        assert f'<a href="/events/{event_id}">' in html
    charts = re.findall(r'<figure class="chart"><svg [^>]*role="img"', html)
    assert len(charts) >= 2, "a fulfilment chart and a chart over time"
    assert "<title" in html.split('<figure class="chart">')[1]
    body = client.get(f"/api/agreements/{agreement.id}").json()
    assert [t["state"] for t in body["terms"]] == [t.state for t in fulfilment.terms]


def test_dashboard_draws_the_asymmetry_chart(client: TestClient) -> None:
    html = client.get("/").text
    assert re.search(r'<figure class="chart"><svg [^>]*role="img"', html)
    assert "Asymmetry of handovers per pair of parties" in html


def test_log_page_shows_checkpoint_key_and_receipt_form(client: TestClient,
                                                        ledger: Ledger) -> None:
    html = client.get("/log").text
    latest = ledger.log.latest()
    assert latest is not None
    assert f"<dt>Records</dt><dd>{latest.size:,}</dd>" in html
    assert ledger.log.vkey() in html
    assert 'action="/log/receipt"' in html and '<label for="record">' in html


def test_receipt_downloads_as_a_file(client: TestClient, ledger: Ledger) -> None:
    response = client.get("/log/receipt", params={"record": 3})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == (
        'attachment; filename="handover-receipt-3.txt"')
    assert response.text == ledger.log.prove(3)
    assert response.text.startswith("c2sp.org/tlog-proof@v1\n")


def test_lists_are_paged(client: TestClient, ledger: Ledger) -> None:
    for count in range(60):
        ledger.claims.add(Claim("Russia", "Ukraine", Category.POW, count,
                                speaker="Vladimir Medinsky"))
    total = len(ledger.claims.all())
    pages = -(-total // 50)
    first = client.get("/claims", params={"review": "all"}).text
    assert f"Page 1 of {pages} ({total} in all)" in first
    assert 'href="?review=all&amp;page=2" rel="next"' in first
    last = client.get("/claims", params={"review": "all", "page": pages}).text
    assert f"Page {pages} of {pages}" in last and 'rel="prev"' in last and 'rel="next"' not in last
    assert client.get("/api/claims", params={"page": 2}).json()["page"] == 2


def test_every_page_links_its_json(client: TestClient, ledger: Ledger) -> None:
    report_id = _report_id(ledger, "01_remains_june.txt")
    html = client.get(f"/reports/{report_id}").text
    assert f'href="/api/reports/{report_id}">This page as JSON' in html


def test_static_files_are_served_by_the_app(client: TestClient) -> None:
    css = client.get("/static/handover.css")
    js = client.get("/static/handover.js")
    assert css.status_code == js.status_code == 200
    assert "text/css" in css.headers["content-type"]
    html = client.get("/").text
    assert not re.search(r'(src|href)="(https?:)?//', html), "nothing may load from elsewhere"


def test_cached_pages_change_when_the_ledger_does(client: TestClient, ledger: Ledger) -> None:
    before = client.get("/").text
    assert client.get("/").text == before  # the same state: the same page
    claims = len(ledger.claims.all())
    ledger.claims.add(Claim("Russia", "Ukraine", Category.POW, 12, speaker="Vladimir Medinsky"))
    after = client.get("/").text
    assert f"<strong>{claims + 1}</strong> claims" in after


def test_a_reviewers_page_is_never_served_to_a_reader(client: TestClient, ledger: Ledger) -> None:
    event = next(e for e in ledger.events.all() if e.discrepancies)
    reader = client.get(f"/events/{event.id}").text
    log_in(client)
    reviewer = client.get(f"/events/{event.id}").text
    assert "Log out" in reviewer and "Log out" not in reader


def test_reviewers_share_a_rendered_page_but_each_gets_their_own_token(
        client: TestClient, ledger: Ledger) -> None:
    report = max(ledger.reports.all(), key=lambda r: len(r.text))
    first_token = log_in(client)
    first = client.get(f"/reports/{report.id}").text
    with TestClient(client.app) as other:
        second_token = log_in(other)
        second = other.get(f"/reports/{report.id}").text
    assert first_token != second_token
    assert csrf_of(first) == first_token and csrf_of(second) == second_token
    assert first.replace(first_token, "") == second.replace(second_token, "")
    assert "csrf-" not in first and "csrf-" not in second


def test_log_page_names_the_witnesses_that_cosigned(client: TestClient, ledger: Ledger,
                                                    tmp_path: Path) -> None:
    witness = WitnessFolder(tmp_path / "witness")
    witness.create("neutral.example/witness")
    witness.trust(ledger.log.vkey())
    assert cosign_with_folder(ledger, witness.folder) == "neutral.example/witness"
    html = client.get("/log").text
    assert "Witness: <code>neutral.example/witness</code>" in html
    assert "No witness has cosigned" not in html
    signatures = client.get("/api/log").json()["signatures"]
    assert [s["role"] for s in signatures] == ["log", "witness"]
