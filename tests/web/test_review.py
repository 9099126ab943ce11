"""Reviewing in the browser and through the API: decisions and corrections are new records."""

from __future__ import annotations

from fastapi.testclient import TestClient

from handover.domain import Qualifier, ReviewState
from handover.ledger import ClaimFilter, Ledger
from tests.web.conftest import bearer


def _claim(ledger: Ledger, count: int) -> int:
    return next(r.id for r in ledger.claims.all() if r.claim.count == count)


def test_accept_from_the_report_page_goes_back_to_the_claim(reviewer: tuple[TestClient, str],
                                                            ledger: Ledger) -> None:
    client, csrf = reviewer
    claim_id = _claim(ledger, 1212)
    record = ledger.claims.get(claim_id)
    page = client.get(f"/reports/{record.report_id}").text
    assert f'aria-label="Accept claim {claim_id}"' in page
    back = f"/reports/{record.report_id}#claim-{claim_id}-info"
    response = client.post(f"/claims/{claim_id}/review",
                           data={"csrf": csrf, "state": "accepted", "next": back},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == back
    assert ledger.claims.get(claim_id).review is ReviewState.ACCEPTED
    assert "state-accepted" in client.get(f"/reports/{record.report_id}").text


def test_unknown_review_state_is_refused(reviewer: tuple[TestClient, str],
                                         ledger: Ledger) -> None:
    client, csrf = reviewer
    response = client.post(f"/claims/{_claim(ledger, 1212)}/review",
                           data={"csrf": csrf, "state": "maybe"})
    assert response.status_code == 422
    assert "unknown review state &#39;maybe&#39;" in response.text


def test_correction_in_the_browser_supersedes_the_claim(reviewer: tuple[TestClient, str],
                                                        ledger: Ledger) -> None:
    client, csrf = reviewer
    old_id = _claim(ledger, 1212)
    old = ledger.claims.get(old_id).claim
    form = {"csrf": csrf, "giver": old.giver or "", "receiver": old.receiver or "",
            "category": old.category.value, "count": "1,210", "qualifier": "about",
            "kind": old.kind.value, "event_date": "2025-06-11", "statement_date": "",
            "speaker": old.speaker or "", "note": "the figure as later stated"}
    response = client.post(f"/claims/{old_id}/correct", data=form, follow_redirects=False)
    assert response.status_code == 303
    new_id = int(response.headers["location"].split("/claims/")[1].split("?")[0])
    new = ledger.claims.get(new_id)
    assert new.supersedes == old_id and new.note == "the figure as later stated"
    assert (new.claim.count, new.claim.qualifier) == (1210, Qualifier.ABOUT)
    assert new.claim.quote == old.quote and new.claim.start == old.start
    assert old_id not in {r.id for r in ledger.claims.all()}
    page = client.get(f"/claims/{old_id}").text
    assert f'the current version is <a href="/claims/{new_id}">' in page
    assert "Record the correction" not in page


def test_correction_without_changes_shows_the_form_again(reviewer: tuple[TestClient, str],
                                                         ledger: Ledger) -> None:
    client, csrf = reviewer
    claim_id = _claim(ledger, 1212)
    old = ledger.claims.get(claim_id).claim
    form = {"csrf": csrf, "giver": old.giver or "", "receiver": old.receiver or "",
            "category": old.category.value, "count": str(old.count),
            "qualifier": old.qualifier.value, "kind": old.kind.value, "note": "nothing"}
    response = client.post(f"/claims/{claim_id}/correct", data=form)
    assert response.status_code == 422
    assert "a correction needs at least one changed field" in response.text
    assert 'role="alert"' in response.text


def test_correction_with_a_bad_value_names_it(reviewer: tuple[TestClient, str],
                                              ledger: Ledger) -> None:
    client, csrf = reviewer
    claim_id = _claim(ledger, 1212)
    response = client.post(f"/claims/{claim_id}/correct",
                           data={"csrf": csrf, "category": "bodies", "count": "twelve",
                                 "qualifier": "exact", "kind": "completed", "giver": "Narnia"})
    assert response.status_code == 422
    assert "count: expected a whole number (got &#39;twelve&#39;)" in response.text
    response = client.post(f"/claims/{claim_id}/correct",
                           data={"csrf": csrf, "category": "bodies", "count": "5",
                                 "qualifier": "exact", "kind": "completed", "giver": "Narnia"})
    assert "unknown party &#39;Narnia&#39; as giver" in response.text
    # The form keeps what was typed.
    assert 'value="Narnia"' in response.text


def test_api_correction_and_history(client: TestClient, ledger: Ledger) -> None:
    claim_id = _claim(ledger, 1212)
    response = client.post(f"/api/claims/{claim_id}/correct", headers=bearer(),
                           json={"changes": {"count": 1210, "event_date": "2025-06-11"},
                                 "note": "re-read"})
    assert response.status_code == 201
    body = response.json()
    assert body["ok"] is True and body["supersedes"] == claim_id and body["count"] == 1210
    history = client.get(f"/api/claims/{claim_id}/history").json()["items"]
    assert [h["id"] for h in history] == [claim_id, body["id"]]


def test_api_review_queue_filters_by_state(client: TestClient, ledger: Ledger) -> None:
    claim_id = _claim(ledger, 1212)
    client.post(f"/api/claims/{claim_id}/review", headers=bearer(), json={"state": "rejected"})
    rejected = client.get("/api/claims", params={"review": "rejected"}).json()
    assert [c["id"] for c in rejected["items"]] == [claim_id]
    waiting = ledger.claims.all(ClaimFilter(review=ReviewState.UNREVIEWED))
    assert client.get("/api/claims", params={"review": "unreviewed"}).json()["total"] == len(
        waiting)
    html = client.get("/claims").text
    assert f'<a href="/claims/{claim_id}">' not in html
