"""A real ledger built through the library, and the web app over it through TestClient."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from handover.demo import build_demo
from handover.ledger import Ledger
from handover.web import create_app

WEB_ASSETS = Path(__file__).resolve().parent.parent / "assets" / "web"
TOKEN = "test-write-token-0123456789"
_CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def build_ledger(path: Path) -> str:
    """The demo ledger (its agreements and example reports) plus the web test reports, all
    ingested as a person would, and one piece of evidence."""
    ledger = Ledger.create(path)
    build_demo(ledger)
    results = ledger.ingest.add_paths([WEB_ASSETS])
    assert all(r.error is None for r in results), [r.error for r in results]
    event = next(e for e in ledger.events.all() if e.discrepancies and e.date is not None)
    ledger.evidence.add("https://example.org/video/transfer", "video of the transfer",
                        event_ids=(event.id,), media_type="video/mp4")
    ledger.evidence.add("javascript://%0Aalert(1)", "a link that must never be followed",
                        event_ids=(event.id,))
    ledger.close()
    return f"sqlite:///{path}"


@pytest.fixture
def ledger_url(tmp_path: Path) -> str:
    """The URL of a fresh ledger with the test reports in it."""
    return build_ledger(tmp_path / "handover.db")


@pytest.fixture
def client(ledger_url: str) -> Iterator[TestClient]:
    """A browser-less client of the app (not logged in)."""
    with TestClient(create_app(ledger_url, token=TOKEN)) as test_client:
        yield test_client


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    """The same ledger opened through the library, to check what the app wrote."""
    opened = Ledger.open(ledger_url)
    yield opened
    opened.close()


def csrf_of(html: str) -> str:
    """The CSRF token in a page's forms."""
    found = _CSRF.search(html)
    assert found is not None, "no CSRF field in the page"
    return found.group(1)


def log_in(client: TestClient) -> str:
    """Log the client in with the token; returns the CSRF token its forms must carry."""
    response = client.post("/login", data={"token": TOKEN, "next": "/claims"})
    assert response.status_code == 200, response.text
    return csrf_of(response.text)


@pytest.fixture
def reviewer(client: TestClient) -> tuple[TestClient, str]:
    """A logged-in client and its CSRF token."""
    return client, log_in(client)


def bearer(token: str = TOKEN) -> dict[str, str]:
    """The API's authorisation header."""
    return {"Authorization": f"Bearer {token}"}
