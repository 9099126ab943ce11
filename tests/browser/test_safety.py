"""Nothing in a report runs: a report full of markup and scripts shows as text; keyboard works."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from handover.ledger import Ledger
from tests.browser.conftest import Server


def _hostile_report(server: Server) -> int:
    ledger = Ledger.open(server.db)
    try:
        report = next(r for r in ledger.reports.all() if r.filename == "99_hostile.txt")
    finally:
        ledger.close()
    assert report.id is not None
    return report.id


def test_hostile_report_runs_nothing_and_reads_as_text(page: Page, server: Server,
                                                       tmp_path: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    report_id = _hostile_report(server)
    for path in (f"/reports/{report_id}", "/reports", "/", "/claims"):
        page.goto(server.url + path)
        assert page.evaluate("() => window.__handover_pwned === undefined"), path
        assert page.title() != "pwned"
    page.goto(f"{server.url}/reports/{report_id}")
    text = page.locator(".report-text").inner_text()
    assert '<script>window.__handover_pwned = true; document.title = "pwned";</script>' in text
    assert '<img src=x onerror="window.__handover_pwned=true">' in text
    assert page.locator(".report-text script, .report-text img, .report-text b").count() == 0
    assert page.locator(".report-text a").count() == 0
    page.get_by_role("heading", level=1).scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    assert dialogs == []


def test_highlights_take_keyboard_focus_and_show_their_claim(page: Page, server: Server,
                                                             tmp_path: Path) -> None:
    ledger = Ledger.open(server.db)
    try:
        report = max(ledger.reports.all(), key=lambda r: len(r.text))
    finally:
        ledger.close()
    page.goto(f"{server.url}/reports/{report.id}")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('mark.claim')"):
            break
    else:
        raise AssertionError("Tab never reached a highlighted claim")
    focused = page.locator("mark.claim:focus")
    outline = focused.evaluate("m => getComputedStyle(m).outlineStyle")
    assert outline != "none", "the focused highlight must show where focus is"
    tip = focused.evaluate("m => getComputedStyle(m, '::after').content")
    assert tip.startswith('"Claim ') and "said by" in tip
    page.screenshot(path=str(tmp_path / "focused-highlight.png"))
    first_id = focused.get_attribute("id")
    page.keyboard.press("Tab")
    expect(page.locator("mark.claim:focus")).not_to_have_attribute("id", first_id or "")
    page.keyboard.press("Escape")
    assert page.evaluate("() => !document.activeElement.matches('mark.claim')")


def test_skip_link_leads_to_the_content(page: Page, server: Server) -> None:
    page.goto(server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
