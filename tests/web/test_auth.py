"""Writes need the token: Bearer for the API, a login session plus CSRF token for forms."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from handover.domain import ReviewState
from handover.ledger import Ledger
from handover.web.security import SESSION_COOKIE, SESSION_SECONDS, Guard
from tests.web.conftest import TOKEN, bearer, csrf_of, log_in


def _first_claim(ledger: Ledger) -> int:
    return ledger.claims.all()[0].id


def _assert_error(response: object, status: int, fragment: str) -> None:
    body = response.json()  # type: ignore[attr-defined]
    assert response.status_code == status  # type: ignore[attr-defined]
    assert body["ok"] is False and body["status"] == status
    assert fragment in body["error"]


def test_api_write_without_token_is_401(client: TestClient, ledger: Ledger) -> None:
    response = client.post(f"/api/claims/{_first_claim(ledger)}/review",
                           json={"state": "accepted"})
    _assert_error(response, 401, "needs the write token")
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer wrong", "Basic " + TOKEN, "Bearer", TOKEN])
def test_api_write_with_wrong_token_is_403(client: TestClient, ledger: Ledger,
                                           header: str) -> None:
    response = client.post(f"/api/claims/{_first_claim(ledger)}/review",
                           json={"state": "accepted"}, headers={"Authorization": header})
    _assert_error(response, 403, "the write token is wrong")
    assert ledger.claims.get(_first_claim(ledger)).review is ReviewState.UNREVIEWED


def test_api_write_with_token_is_recorded(client: TestClient, ledger: Ledger) -> None:
    claim_id = _first_claim(ledger)
    response = client.post(f"/api/claims/{claim_id}/review", headers=bearer(),
                           json={"state": "accepted", "reviewer": "desk"})
    assert response.status_code == 200 and response.json()["review"] == "accepted"
    assert ledger.claims.get(claim_id).review is ReviewState.ACCEPTED


def test_wrong_token_in_login_form_is_401_and_sets_no_cookie(client: TestClient) -> None:
    response = client.post("/login", data={"token": "nope", "next": "/"})
    assert response.status_code == 401
    assert "That is not the write token." in response.text
    assert SESSION_COOKIE not in client.cookies


def test_login_sets_a_strict_httponly_cookie(client: TestClient) -> None:
    response = client.post("/login", data={"token": TOKEN, "next": "/claims"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/claims"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie


def test_login_refuses_to_redirect_off_site(client: TestClient) -> None:
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        response = client.post("/login", data={"token": TOKEN, "next": target},
                               follow_redirects=False)
        assert response.headers["location"] == "/"


def test_form_write_without_login_is_401_page(client: TestClient, ledger: Ledger) -> None:
    response = client.post(f"/claims/{_first_claim(ledger)}/review",
                           data={"state": "accepted", "csrf": "x"})
    assert response.status_code == 401
    assert "log in with the write token" in response.text
    assert 'href="/login?next=' in response.text


def test_form_write_without_csrf_is_403(reviewer: tuple[TestClient, str],
                                        ledger: Ledger) -> None:
    client, _ = reviewer
    claim_id = _first_claim(ledger)
    for data in ({"state": "accepted"}, {"state": "accepted", "csrf": "0" * 64}):
        response = client.post(f"/claims/{claim_id}/review", data=data)
        assert response.status_code == 403
        assert "security token is missing or out of date" in response.text
    assert ledger.claims.get(claim_id).review is ReviewState.UNREVIEWED


def test_cross_site_form_post_is_refused(reviewer: tuple[TestClient, str],
                                         ledger: Ledger) -> None:
    client, csrf = reviewer
    response = client.post(f"/claims/{_first_claim(ledger)}/review",
                           data={"state": "accepted", "csrf": csrf},
                           headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert "cross-site" in response.text


def test_same_origin_form_post_with_csrf_is_recorded(reviewer: tuple[TestClient, str],
                                                     ledger: Ledger) -> None:
    client, csrf = reviewer
    claim_id = _first_claim(ledger)
    response = client.post(f"/claims/{claim_id}/review",
                           data={"state": "rejected", "csrf": csrf, "note": "a casualty count"},
                           headers={"Origin": "http://testserver"})
    assert response.status_code == 200
    assert ledger.claims.get(claim_id).review is ReviewState.REJECTED


def test_logout_ends_the_session(reviewer: tuple[TestClient, str]) -> None:
    client, csrf = reviewer
    client.post("/logout", data={"csrf": csrf})
    assert SESSION_COOKIE not in client.cookies
    assert "Log in to review" in client.get("/").text


def test_forms_carry_the_csrf_token_only_when_logged_in(client: TestClient) -> None:
    assert 'name="csrf" value=""' in client.get("/reports/new").text
    csrf = log_in(client)
    assert csrf_of(client.get("/reports/new").text) == csrf


def test_sessions_are_signed_and_expire() -> None:
    guard = Guard(TOKEN)
    session = guard.new_session(now=1_000_000)
    assert guard.session(session, now=1_000_000 + 60) == session
    assert guard.session(session, now=1_000_000 + SESSION_SECONDS + 1) is None
    issued, nonce, signature = session.split(".")
    assert guard.session(f"{issued}.{nonce}.{'0' * len(signature)}", now=1_000_000) is None
    assert guard.session(f"{int(issued) + 1}.{nonce}.{signature}", now=1_000_000) is None
    assert Guard("another token").session(session, now=1_000_000) is None
    assert guard.csrf_ok(session, guard.csrf_token(session))
    assert not guard.csrf_ok(session, Guard("other").csrf_token(session))
    assert not guard.csrf_ok(session, None)


def test_an_empty_token_is_refused(ledger_url: str) -> None:
    from handover.errors import InputError
    from handover.web import create_app

    with pytest.raises(InputError, match="non-empty write token"):
        create_app(ledger_url, token="  ")
