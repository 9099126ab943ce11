"""Reviewing in a real browser: log in, upload a report, accept and correct its claims."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from handover.domain import ReviewState
from handover.ledger import Ledger
from tests.browser.conftest import Server, log_in

REPORT = ("Remains returned to Kyiv\n\nKyiv, 21 June 2025. Russia handed over 1,000 bodies to "
          "Ukraine on 21 June, the Coordination Headquarters for the Treatment of Prisoners "
          "of War said.\n")


def test_upload_accept_and_correct(page: Page, server: Server, tmp_path: Path) -> None:
    log_in(page, server)
    upload = tmp_path / "remains-21-june.txt"
    upload.write_text(REPORT, encoding="utf-8")
    page.get_by_role("link", name="Add a report").click()
    page.get_by_label("Or a file").set_input_files(str(upload))
    page.get_by_label("Published on (optional)").fill("2025-06-21")
    page.get_by_role("button", name="Add the report").click()
    expect(page.get_by_role("status")).to_contain_text("Report stored.")
    mark = page.locator("mark.claim[id]").first
    expect(mark).to_be_visible()
    claim_id = int((mark.get_attribute("id") or "").removeprefix("claim-"))
    page.screenshot(path=str(tmp_path / "uploaded.png"), full_page=True)

    page.get_by_role("button", name=f"Accept claim {claim_id}").click()
    expect(page.locator(f"#claim-{claim_id}-info .badge")).to_have_text("accepted")

    page.goto(f"{server.url}/claims/{claim_id}")
    page.get_by_label("Figure").fill("1,001")
    page.get_by_label("Why (recorded with the correction)").fill("the report's later figure")
    page.get_by_role("button", name="Record the correction").click()
    expect(page).to_have_url(re.compile(rf"/claims/\d+\?corrected={claim_id}$"))
    expect(page.locator("p.lead")).to_contain_text("1,001")
    new_id = int(page.url.split("/claims/")[1].split("?")[0])
    page.goto(f"{server.url}/claims/{claim_id}")
    expect(page.get_by_role("status")).to_contain_text(f"claim {new_id}")

    ledger = Ledger.open(server.db)
    try:
        assert ledger.claims.get(claim_id).review is ReviewState.ACCEPTED
        assert ledger.claims.get(new_id).supersedes == claim_id
        assert ledger.claims.get(new_id).claim.count == 1001
    finally:
        ledger.close()


def test_wrong_token_is_refused_in_the_browser(page: Page, server: Server) -> None:
    page.goto(f"{server.url}/login")
    page.get_by_label("Write token").fill("guess")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_have_text("That is not the write token.")
    page.goto(f"{server.url}/reports/new")
    expect(page.get_by_role("button", name="Add the report")).to_be_disabled()
