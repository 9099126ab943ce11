"""The pages of the test ledger, for tests that check every page alike."""

from __future__ import annotations

from html.parser import HTMLParser

from handover.ledger import Ledger


def every_page(ledger: Ledger) -> list[str]:
    """One URL of each kind of page, with real ids from the ledger."""
    claim = ledger.claims.all()[0]
    report = max(ledger.reports.all(), key=lambda r: len(r.text))
    event = next(e for e in ledger.events.all() if e.discrepancies)
    source = ledger.sources.all()[0]
    agreement = ledger.agreements.all()[-1]
    return ["/", "/events", f"/events/{event.id}", "/reports", f"/reports/{report.id}",
            "/reports/new", "/claims", f"/claims/{claim.id}", "/agreements",
            f"/agreements/{agreement.id}", "/sources", f"/sources/{source.id}", "/log", "/login"]


class Outline(HTMLParser):
    """What an accessibility check needs from a page: fields, labels, headings, assets."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[dict[str, str | None]] = []
        self.labels: set[str] = set()
        self.ids: list[str] = []
        self.h1 = 0
        self.lang: str | None = None
        self.main = False
        self.assets: list[str] = []
        self.svgs: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Collect what the checks look at."""
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag in ("input", "select", "textarea") and found.get("type") != "hidden":
            self.fields.append(found)
        elif tag == "label" and found.get("for"):
            self.labels.add(str(found["for"]))
        elif tag == "h1":
            self.h1 += 1
        elif tag == "html":
            self.lang = found.get("lang")
        elif tag == "main":
            self.main = True
        elif tag == "link" and found.get("rel") == "stylesheet" or tag == "script":
            self.assets.append(str(found.get("href") or found.get("src")))
        elif tag == "svg":
            self.svgs.append(found)


def outline(html: str) -> Outline:
    """The outline of one page."""
    parser = Outline()
    parser.feed(html)
    return parser
