"""Every form route refuses bad requests with a clear page, never a trace."""

from __future__ import annotations

from fastapi.testclient import TestClient

from handover.ledger import Ledger
from tests.web.conftest import log_in
from tests.web.pages import every_page

FORM_ROUTES = ["/reports/new", "/claims/{claim}/review", "/claims/{claim}/correct", "/logout"]


def _page_error(response: object, status: int, fragment: str) -> None:
    assert response.status_code == status  # type: ignore[attr-defined]
    text = response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"].startswith("text/html")  # type: ignore[attr-defined]
    assert fragment in text and "Traceback" not in text


def test_every_form_route_needs_a_login(client: TestClient, ledger: Ledger) -> None:
    claim = ledger.claims.all()[0].id
    for route in FORM_ROUTES:
        response = client.post(route.format(claim=claim), data={"csrf": "x", "state": "accepted"})
        _page_error(response, 401, "log in with the write token")


def test_every_form_route_needs_the_csrf_token(client: TestClient, ledger: Ledger) -> None:
    claim = ledger.claims.all()[0].id
    log_in(client)
    for route in FORM_ROUTES:
        response = client.post(route.format(claim=claim), data={"state": "accepted"})
        _page_error(response, 403, "security token is missing or out of date")


def test_forms_on_unknown_claims_are_404(reviewer: tuple[TestClient, str]) -> None:
    client, csrf = reviewer
    for action in ("review", "correct"):
        response = client.post(f"/claims/999999/{action}",
                               data={"csrf": csrf, "state": "accepted", "count": "3"})
        _page_error(response, 404, "no claim with id 999999")


def test_forms_with_a_bad_id_are_422(reviewer: tuple[TestClient, str]) -> None:
    client, csrf = reviewer
    response = client.post("/claims/first/review", data={"csrf": csrf, "state": "accepted"})
    _page_error(response, 422, "path.claim_id")


def test_login_and_method_errors_are_pages(client: TestClient) -> None:
    _page_error(client.post("/login", data={}), 401, "That is not the write token.")
    _page_error(client.delete("/reports"), 405, "Method Not Allowed")


def test_every_page_links_json_that_answers(client: TestClient, ledger: Ledger) -> None:
    for path in every_page(ledger):
        html = client.get(path).text
        if "This page as JSON" not in html:
            assert path in ("/reports/new", "/login"), f"{path} has no JSON link"
            continue
        link = html.split('<a href="', -1)
        target = next(part.split('"', 1)[0] for part in link
                      if part.split('"', 1)[1].startswith(">This page as JSON"))
        answer = client.get(target.replace("&amp;", "&"))
        assert answer.status_code == 200 and answer.json()["ok"] is True, path
