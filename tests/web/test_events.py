"""Events: the filterable list, one event with its claims side by side, and the balance."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from handover.domain import HandoverEvent
from handover.ledger import Ledger


def _disputed(ledger: Ledger) -> HandoverEvent:
    return next(e for e in ledger.events.all() if e.discrepancies and e.date is not None)


def test_event_page_sets_every_claim_side_by_side(client: TestClient, ledger: Ledger) -> None:
    event = _disputed(ledger)
    html = client.get(f"/events/{event.id}").text
    assert event.explanation and event.explanation.split(";")[0][:40] in html.replace(
        "&#39;", "'")
    for discrepancy in event.discrepancies:
        assert discrepancy[:30].replace("'", "&#39;") in html
    for claim_id in event.claims:
        record = ledger.claims.get(claim_id)
        if record.report_id is not None:
            assert f'href="/reports/{record.report_id}#claim-{claim_id}"' in html
        assert f'<a href="/claims/{claim_id}">{claim_id}</a>' in html
        if record.source_id is not None:
            source = ledger.sources.get(record.source_id)
            assert f">{source.name}</a>" in html.replace("&#39;", "'")
    assert "<th scope=\"col\">Speaks for</th>" in html and "Date said" in html


def test_event_page_shows_its_evidence_and_never_links_a_script(client: TestClient,
                                                                ledger: Ledger) -> None:
    html = client.get(f"/events/{_disputed(ledger).id}").text
    assert '<a href="https://example.org/video/transfer" rel="noopener noreferrer">' in html
    assert "video of the transfer" in html
    assert 'href="javascript' not in html
    assert "<code>javascript://%0Aalert(1)</code>" in html


def test_a_claim_followed_from_an_event_is_anchored_in_its_report(client: TestClient,
                                                                   ledger: Ledger) -> None:
    event = _disputed(ledger)
    record = next(ledger.claims.get(i) for i in event.claims
                  if ledger.claims.get(i).report_id is not None)
    report = client.get(f"/reports/{record.report_id}").text
    assert f'id="claim-{record.id}"' in report


def test_events_filter_by_party_category_status_and_dates(client: TestClient,
                                                          ledger: Ledger) -> None:
    events = ledger.events.all()
    every = client.get("/api/events").json()
    assert every["total"] == len(events)
    bodies = client.get("/api/events", params={"category": "bodies"}).json()["items"]
    assert bodies and {e["category"] for e in bodies} == {"bodies"}
    disputed = client.get("/api/events", params={"status": "disputed"}).json()["items"]
    assert {e["id"] for e in disputed} == {e.id for e in events if e.status.value == "disputed"}
    june = client.get("/api/events", params={"date_from": "2025-06-01",
                                             "date_to": "2025-06-30"}).json()["items"]
    assert june and all(date(2025, 6, 1) <= date.fromisoformat(e["date"]) <= date(2025, 6, 30)
                        for e in june)
    belarus = client.get("/api/events", params={"party": "Belarus"}).json()["items"]
    assert all("Belarus" in (e["giver"], e["receiver"]) for e in belarus)


def test_events_list_is_latest_first_and_the_form_keeps_filters(client: TestClient) -> None:
    items = client.get("/api/events").json()["items"]
    dated = [e["date"] for e in items if e["date"]]
    assert dated == sorted(dated, reverse=True)
    html = client.get("/events", params={"category": "bodies", "status": "disputed"}).text
    assert '<option value="bodies" selected>' in html
    assert '<option value="disputed" selected>' in html
    assert 'href="/api/events?category=bodies&amp;status=disputed">This page as JSON' in html
    for label in ("f-party", "f-category", "f-status", "f-kind", "f-from", "f-to"):
        assert f'<label for="{label}">' in html and f'id="{label}"' in html


def test_api_event_carries_claims_set_aside_and_evidence(client: TestClient,
                                                         ledger: Ledger) -> None:
    event = _disputed(ledger)
    body = client.get(f"/api/events/{event.id}").json()
    assert body["ok"] is True and body["id"] == event.id
    assert [c["id"] for c in body["claim_records"]] == list(event.claims)
    assert [c["id"] for c in body["set_aside_records"]] == list(event.set_aside)
    assert all("reason" in c for c in body["set_aside_records"])
    assert {e["description"] for e in body["evidence"]} >= {"video of the transfer"}


def test_api_balance_matches_the_ledger(client: TestClient, ledger: Ledger) -> None:
    body = client.get("/api/balance").json()
    assert body == {"ok": True, **ledger.events.balance_json()}
    agreement = ledger.agreements.all()[0]
    one = client.get("/api/balance", params={"agreement": agreement.id}).json()
    assert [a["id"] for a in one["agreements"]] == [agreement.id]


def test_sources_count_the_figures_other_voices_contradicted(client: TestClient,
                                                             ledger: Ledger) -> None:
    disputed = [[ledger.claims.get(i) for i in e.claims] for e in ledger.events.all()
                if e.status.value == "disputed"]
    one = next(r for records in disputed for r in records
               if r.claim.count is not None and r.source_id is not None
               and any(o.claim.count != r.claim.count and o.source_id != r.source_id
                       for o in records if o.claim.count is not None))
    voice = ledger.sources.get(one.source_id)  # type: ignore[arg-type]
    rows = client.get("/api/sources", params={"page": 1}).json()["items"]
    row = next(r for r in rows if r["name"] == voice.name)
    assert 1 <= row["contradicted"] <= row["figures"] <= row["claims"]
    page = client.get(f"/api/sources/{one.source_id}").json()
    pages = page["pages"]
    claims = [c for n in range(1, pages + 1)
              for c in client.get(f"/api/sources/{one.source_id}", params={"page": n}).json()[
                  "claims"]]
    assert next(c for c in claims if c["id"] == one.id)["contradicted"] is True
    assert f"{row['contradicted']} of {row['figures']}" in client.get(
        f"/sources/{one.source_id}").text
