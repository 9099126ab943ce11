"""Every API route answers errors in one JSON shape, and no route leaks a stack trace.

The table below names, for each API route, requests that must fail and how. A route added to
the app without a row here fails `test_every_api_route_has_error_cases`.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from handover.ledger import Ledger
from handover.web import create_app
from tests.web.conftest import TOKEN, bearer

NO_CLAIM = 10**9
GOOD = bearer()
WRONG = bearer("not-the-token")
JSON = {"Content-Type": "application/json"}

# (route path, method) -> [(path to request, request options, expected status, fragment)]
CASES: dict[tuple[str, str], list[tuple[str, dict[str, Any], int, str]]] = {
    ("/api/dashboard", "GET"): [("/api/dashboard", {"method": "DELETE"}, 405, "")],
    ("/api/balance", "GET"): [
        (f"/api/balance?agreement={NO_CLAIM}", {}, 404, f"no agreement with id {NO_CLAIM}"),
        ("/api/balance?agreement=first", {}, 422, "query.agreement")],
    ("/api/events", "GET"): [
        ("/api/events?status=certain", {}, 422, "query.status"),
        ("/api/events?category=cats", {}, 422, "query.category"),
        ("/api/events?date_from=13%2F06%2F2025", {}, 422, "query.date_from"),
        ("/api/events?page=0", {}, 422, "query.page")],
    ("/api/events/{event_id}", "GET"): [
        ("/api/events/no-such-event", {}, 404, "no event 'no-such-event'")],
    ("/api/reports", "GET"): [("/api/reports?page=0", {}, 422, "query.page")],
    ("/api/reports/{report_id}", "GET"): [
        (f"/api/reports/{NO_CLAIM}", {}, 404, f"no report with id {NO_CLAIM}"),
        ("/api/reports/first", {}, 422, "path.report_id")],
    ("/api/reports", "POST"): [
        ("/api/reports", {"json": {"text": "x"}}, 401, "needs the write token"),
        ("/api/reports", {"json": {"text": "x"}, "headers": WRONG}, 403, "token is wrong"),
        ("/api/reports", {"content": b"{not json", "headers": {**GOOD, **JSON}}, 400,
         "malformed JSON body"),
        ("/api/reports", {"json": {"filename": "a.txt"}, "headers": GOOD}, 422, "text: Field"),
        ("/api/reports", {"json": {"text": "x", "lang": "fr"}, "headers": GOOD}, 422, "lang"),
        ("/api/reports", {"json": {"text": " ", "filename": "a.txt"}, "headers": GOOD}, 422,
         "a.txt: empty file")],
    ("/api/reports/upload", "POST"): [
        ("/api/reports/upload", {"files": {"file": ("a.txt", b"x")}}, 401, "write token"),
        ("/api/reports/upload", {"data": {"lang": "en"}, "headers": GOOD}, 422, "file")],
    ("/api/claims", "GET"): [("/api/claims?review=maybe", {}, 422, "query.review")],
    ("/api/claims/{claim_id}", "GET"): [
        (f"/api/claims/{NO_CLAIM}", {}, 404, f"no claim with id {NO_CLAIM}"),
        ("/api/claims/-x", {}, 422, "path.claim_id")],
    ("/api/claims/{claim_id}/history", "GET"): [
        (f"/api/claims/{NO_CLAIM}/history", {}, 404, "no claim with id")],
    ("/api/claims/{claim_id}/review", "POST"): [
        ("/api/claims/{claim}/review", {"json": {"state": "accepted"}}, 401, "write token"),
        ("/api/claims/{claim}/review", {"json": {"state": "accepted"}, "headers": WRONG}, 403,
         "wrong"),
        (f"/api/claims/{NO_CLAIM}/review", {"json": {"state": "accepted"}, "headers": GOOD},
         404, "no claim with id"),
        ("/api/claims/{claim}/review", {"json": {"state": "maybe"}, "headers": GOOD}, 422, "state"),
        ("/api/claims/{claim}/review", {"content": b"[", "headers": {**GOOD, **JSON}}, 400,
         "malformed")],
    ("/api/claims/{claim_id}/correct", "POST"): [
        ("/api/claims/{claim}/correct", {"json": {"changes": {"count": 1}}}, 401, "write token"),
        (f"/api/claims/{NO_CLAIM}/correct", {"json": {"changes": {"count": 1}},
                                             "headers": GOOD}, 404, "no claim"),
        ("/api/claims/{claim}/correct", {"json": {"changes": {"colour": "red"}}, "headers": GOOD},
         422, "cannot correct unknown field(s): colour"),
        ("/api/claims/{claim}/correct", {"json": {"changes": {"count": "many"}}, "headers": GOOD},
         422, "count: expected a whole number"),
        ("/api/claims/{claim}/correct", {"json": {"changes": {"count": -3}}, "headers": GOOD},
         422, "count must not be negative"),
        ("/api/claims/{claim}/correct", {"json": {"note": "x"}, "headers": GOOD}, 422, "changes")],
    ("/api/agreements", "GET"): [("/api/agreements", {"method": "PUT"}, 405, "")],
    ("/api/agreements/{agreement_id}", "GET"): [
        (f"/api/agreements/{NO_CLAIM}", {}, 404, "no agreement with id")],
    ("/api/sources", "GET"): [("/api/sources?page=-1", {}, 422, "query.page")],
    ("/api/sources/{source_id}", "GET"): [
        (f"/api/sources/{NO_CLAIM}", {}, 404, "no source with id")],
    ("/api/log", "GET"): [("/api/log", {"method": "POST"}, 405, "")],
    ("/api/log/receipts/{record_id}", "GET"): [
        (f"/api/log/receipts/{NO_CLAIM}", {}, 404, f"no record {NO_CLAIM} in the log"),
        ("/api/log/receipts/x", {}, 422, "path.record_id")],
}


def _cases() -> list[tuple[str, dict[str, Any], int, str]]:
    return [case for cases in CASES.values() for case in cases]


def assert_error_shape(response: Any, status: int, fragment: str = "") -> None:
    """The one error shape, with the status in the body matching the answer's."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert all(isinstance(e, str) for e in body["errors"]) and body["errors"]
    assert fragment in body["error"]
    assert "Traceback" not in response.text


def test_every_api_route_has_error_cases(client: TestClient) -> None:
    described = client.get("/openapi.json").json()["paths"]
    routes = {(path, method.upper()) for path, methods in described.items() for method in methods}
    assert all(path.startswith("/api/") for path, _ in routes), "pages stay out of the API"
    assert routes == set(CASES)


@pytest.mark.parametrize(("path", "options", "status", "fragment"), _cases(),
                         ids=[f"{c[0]}-{c[2]}" for c in _cases()])
def test_api_errors_have_one_shape(client: TestClient, ledger: Ledger, path: str,
                                   options: dict[str, Any], status: int, fragment: str) -> None:
    path = path.replace("{claim}", str(ledger.claims.all()[0].id))
    options = dict(options)
    method = options.pop("method", "POST" if options else "GET")
    response = client.request(method, path, **options)
    assert_error_shape(response, status, fragment)


@pytest.mark.parametrize("path", ["/api/nothing", "/api/", "/api/claims/1/nothing"])
def test_unknown_api_paths_are_404_in_the_shape(client: TestClient, path: str) -> None:
    assert_error_shape(client.get(path), 404, "nothing at")


def test_unexpected_failures_are_500_without_a_trace(ledger_url: str) -> None:
    app = create_app(ledger_url, token=TOKEN)

    @app.get("/api/broken")
    def broken() -> None:
        raise RuntimeError("secret internals")

    @app.get("/broken")
    def broken_page() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/broken")
        assert_error_shape(response, 500, "internal error")
        assert "secret internals" not in response.text
        page = client.get("/broken")
        assert page.status_code == 500 and "secret internals" not in page.text
        assert "Internal error" in page.text


@pytest.mark.parametrize(("path", "status"), [
    ("/events/no-such-event", 404), ("/events?status=certain", 422),
    ("/reports/999999", 404), ("/claims/999999", 404), ("/sources/999999", 404),
    ("/agreements/999999", 404), ("/log/receipt?record=999999", 404), ("/no/such/page", 404),
    ("/reports/x", 422), ("/claims?review=maybe", 422), ("/log/receipt", 422)])
def test_page_errors_are_clear_pages(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert '<p class="error" role="alert">' in response.text
    assert "Traceback" not in response.text
