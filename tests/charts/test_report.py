"""The HTML and Markdown reports: self-contained, complete, and saying the same things."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from handover.agreements import balance
from handover.domain import Agreement
from handover.reconcile import Reconciliation, reconcile
from handover.reconcile.samples import example_agreements, example_claims
from handover.reporting import html_report, markdown_report

VOID = {"meta", "br", "img", "input", "link"}


class _Checker(HTMLParser):
    """Collects text and checks that every opened element is closed in order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls.extend(v or "" for k, v in attrs if k in ("src", "href"))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def result() -> Reconciliation:
    extra = Agreement(name="Empty <talks>", date=None)
    return reconcile(example_claims(), [*example_agreements(), extra])


def _html(result: Reconciliation) -> str:
    return html_report(result.events, balance(result.events, result.agreements),
                       discrepancies=result.discrepancies(), problems=result.problems,
                       title="June & May")


def test_html_is_one_balanced_self_contained_page(result: Reconciliation) -> None:
    page = _html(result)
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == []
    assert "script" not in checker.tags and "link" not in checker.tags
    assert checker.urls == []
    assert checker.tags.count("svg") == 6
    assert page.count('xmlns="http://www.w3.org/2000/svg"') == page.count("http")


def test_html_says_what_the_ledger_found(result: Reconciliation) -> None:
    checker = _Checker()
    checker.feed(_html(result))
    text = " ".join(checker.text)
    assert "June & May" in text
    assert "2025-06-13-russia-ukraine-bodies" in text
    assert "Interfax's unnamed source says none; Vladimir Medinsky says 27" in text
    assert "6,057 of 6,000 (101%)" in text
    assert "Agreement 'Empty <talks>' has no terms" in text
    assert "224.3 to 1" in text


def test_markdown_has_the_same_content_with_embedded_charts(result: Reconciliation) -> None:
    text = markdown_report(result.events, balance(result.events, result.agreements),
                           discrepancies=result.discrepancies(), problems=result.problems)
    assert text.startswith("# Handover ledger report\n")
    assert "| Event | Date | Direction |" in text
    assert "Interfax's unnamed source says none; Vladimir Medinsky says 27" in text
    assert "http" not in text.replace("http://www.w3.org/2000/svg", "")
    images = re.findall(r"\(data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)\)", text)
    assert len(images) == 6
    for data in images:
        assert ET.fromstring(base64.b64decode(data)).tag == "{http://www.w3.org/2000/svg}svg"
    rows = [line for line in text.splitlines() if line.startswith("| 20")]
    assert len(rows) == len(result.events) - 3


def test_an_empty_ledger_still_makes_a_report() -> None:
    empty = reconcile([])
    page = html_report(empty.events, balance(empty.events))
    assert "No discrepancies." in page and "No agreements." in page
    assert "No problems." in markdown_report(empty.events, balance(empty.events))
