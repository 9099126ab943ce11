"""Report text is data: every piece of it reaches the page escaped, wherever it is shown."""

from __future__ import annotations

import html as html_lib
import re

from fastapi.testclient import TestClient

from handover.ledger import ClaimFilter, Ledger

OUR_SCRIPT = '<script src="/static/handover.js" defer></script>'


def _hostile(ledger: Ledger) -> int:
    report = next(r for r in ledger.reports.all() if r.filename == "99_hostile.txt")
    assert report.id is not None
    return report.id


def _assert_inert(html: str) -> None:
    assert html.count("<script") == 1 and OUR_SCRIPT in html
    assert "<img" not in html and 'onerror="' not in html
    assert not re.search(r"<a [^>]*href=\"?javascript", html, re.IGNORECASE)
    assert "<b>" not in html


def test_hostile_report_shows_as_text_on_every_page(client: TestClient, ledger: Ledger) -> None:
    report_id = _hostile(ledger)
    records = ledger.claims.all(ClaimFilter(report_id=report_id))
    paths = ["/", "/reports", f"/reports/{report_id}", "/claims",
             *(f"/claims/{r.id}" for r in records),
             *(f"/sources/{r.source_id}" for r in records if r.source_id is not None)]
    for path in paths:
        _assert_inert(client.get(path).text)
    page = client.get(f"/reports/{report_id}").text
    assert "&lt;script&gt;window.__handover_pwned = true;" in page
    assert "&lt;img src=x onerror=&#34;window.__handover_pwned=true&#34;&gt;" in page
    assert "&#34;&lt;/mark&gt;&lt;a href=javascript:alert(1)&gt;click&lt;/a&gt;&#34;" in page


def test_escaping_keeps_the_offsets_true(client: TestClient, ledger: Ledger) -> None:
    report_id = _hostile(ledger)
    report = ledger.reports.get(report_id)
    html = client.get(f"/reports/{report_id}").text
    body = html.split('<div class="report-text" lang="en">', 1)[1].split("</div>", 1)[0]
    unmarked = re.sub(r"</?mark[^>]*>", "", body)
    assert html_lib.unescape(unmarked) == report.text


def test_json_carries_the_text_unchanged(client: TestClient, ledger: Ledger) -> None:
    report_id = _hostile(ledger)
    response = client.get(f"/api/reports/{report_id}")
    assert response.headers["content-type"] == "application/json"
    assert response.json()["text"] == ledger.reports.get(report_id).text


def test_pages_forbid_inline_scripts(client: TestClient) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert client.get("/").headers["x-content-type-options"] == "nosniff"
