"""What a person sees in a real browser: every page, an event followed to its report, charts."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, Playwright, expect

from handover.ledger import Ledger
from tests.browser.conftest import Server, launch
from tests.web.pages import every_page


def _pages(server: Server) -> list[str]:
    ledger = Ledger.open(server.db)
    try:
        return every_page(ledger)
    finally:
        ledger.close()


def test_every_page_opens_with_its_heading_and_no_script_error(page: Page, server: Server,
                                                               tmp_path: Path) -> None:
    for number, path in enumerate(_pages(server)):
        response = page.goto(server.url + path)
        assert response is not None and response.status == 200, path
        expect(page.locator("h1")).to_be_visible()
        expect(page.locator("nav[aria-label=Main]")).to_be_visible()
        name = path.strip("/").replace("/", "-") or "dashboard"
        page.screenshot(path=str(tmp_path / f"{number:02d}-{name}.png"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]


def test_dashboard_shows_balance_and_charts(page: Page, server: Server) -> None:
    page.goto(server.url + "/")
    expect(page.get_by_role("heading", name="Who has handed over what")).to_be_visible()
    chart = page.locator("figure.chart svg").first
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 50
    expect(page.locator("svg.bar rect.fill").first).to_be_attached()
    assert page.get_by_role("img", name=re.compile("Asymmetry")).count() == 1


def test_follow_an_event_to_the_quote_in_its_report(page: Page, server: Server,
                                                    tmp_path: Path) -> None:
    page.goto(server.url + "/events?status=disputed")
    page.locator("table tbody tr a").first.click()
    expect(page.get_by_role("heading", name="The claims, side by side")).to_be_visible()
    quote = page.locator("table.side-by-side td.quote a").first
    target = quote.get_attribute("href")
    assert target is not None and "#claim-" in target
    quote.click()
    anchor = target.split("#", 1)[1]
    page.wait_for_url(re.compile(f"#{anchor}$"))
    mark = page.locator(f"mark#{anchor}")
    expect(mark).to_be_visible()
    expect(mark).to_be_focused()  # the script moves focus to the claim, so its tip shows
    tip = mark.evaluate("m => getComputedStyle(m, '::after').content")
    assert tip.startswith('"Claim ')
    page.screenshot(path=str(tmp_path / "quote-in-report.png"))


def test_charts_of_an_agreement_are_drawn(page: Page, server: Server) -> None:
    page.goto(server.url + "/agreements")
    page.get_by_role("link", name=re.compile("2 June 2025")).click()
    charts = page.locator("figure.chart svg[role=img]")
    assert charts.count() >= 2
    for index in range(charts.count()):
        box = charts.nth(index).bounding_box()
        assert box is not None and box["width"] > 200


def test_pages_read_and_work_with_javascript_off(playwright: Playwright, server: Server,
                                                 tmp_path: Path) -> None:
    context: BrowserContext = launch(playwright, tmp_path / "nojs", javascript=False)
    try:
        page = context.new_page()
        page.goto(server.url + "/reports")
        page.locator("table tbody tr a").first.click()
        mark = page.locator("mark.claim[id]").first
        expect(mark).to_be_visible()
        assert (mark.get_attribute("title") or "").startswith("Claim ")
        expect(page.get_by_role("heading", name="Claims in this report")).to_be_visible()
        mark.focus()
        tip = mark.evaluate("m => getComputedStyle(m, '::after').content")
        assert tip.startswith('"Claim ')
        page.goto(server.url + "/events")
        page.get_by_label("People").select_option("bodies")
        page.get_by_role("button", name="Filter").click()
        expect(page).to_have_url(re.compile(r"category=bodies"))
    finally:
        context.close()
