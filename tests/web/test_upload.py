"""Adding a report: pasted or uploaded, through the form and the API; bad input is refused."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from handover.ingest import MAX_BYTES
from handover.ledger import ClaimFilter, Ledger
from tests.web.conftest import bearer

NEW_REPORT = ("Remains repatriated again\n\nKyiv, 16 June 2025. Russia handed over 1,200 bodies "
              "to Ukraine on 16 June, the Coordination Headquarters for the Treatment of "
              "Prisoners of War said.\n")
_BAD_FILES = [
    (b"", "empty.txt", "empty.txt: empty file"),
    (b"\x00\x01\x02binary\x00", "blob.txt", "blob.txt: binary file, not text"),
    (bytes(range(0x80, 0x100)) * 5, "odd.txt", "odd.txt: could not detect the text encoding"),
    (b"%PDF-1.7", "scan.pdf", "scan.pdf: unsupported extension .pdf"),
    (b"a" * (MAX_BYTES + 1), "huge.txt", "huge.txt: file is 10.5 MB, over the 10 MB limit"),
]


def test_pasted_report_is_stored_and_shown_for_review(reviewer: tuple[TestClient, str],
                                                      ledger: Ledger) -> None:
    client, csrf = reviewer
    response = client.post("/reports/new", files={"file": ("", b"")},
                           data={"csrf": csrf, "text": NEW_REPORT, "filename": "pasted.txt",
                                 "published": "2025-06-16", "lang": "auto"})
    assert response.status_code == 200
    report_id = int(re.search(r"/reports/(\d+)", str(response.url)).group(1))  # type: ignore[union-attr]
    claims = ledger.claims.all(ClaimFilter(report_id=report_id))
    assert claims, "the pasted report should yield a claim"
    assert "Report stored." in response.text and "each starts unreviewed" in response.text
    for record in claims:
        assert f'id="claim-{record.id}"' in response.text
        assert f'aria-label="Accept claim {record.id}"' in response.text
    assert ledger.reports.get(report_id).published is not None


def test_uploaded_file_is_stored_and_a_second_upload_is_a_duplicate(
        reviewer: tuple[TestClient, str], ledger: Ledger) -> None:
    client, csrf = reviewer
    upload = {"file": ("remains.txt", NEW_REPORT.encode("utf-8"), "text/plain")}
    first = client.post("/reports/new", data={"csrf": csrf, "lang": "en"}, files=upload)
    assert first.status_code == 200 and "Report stored." in first.text
    again = client.post("/reports/new", data={"csrf": csrf}, files=upload)
    assert "already in the ledger" in again.text
    assert str(first.url).split("?")[0] == str(again.url).split("?")[0]
    assert sum(1 for r in ledger.reports.all() if r.filename == "remains.txt") == 1


@pytest.mark.parametrize(("data", "name", "message"), _BAD_FILES)
def test_bad_uploads_are_refused_with_one_line(reviewer: tuple[TestClient, str], data: bytes,
                                               name: str, message: str) -> None:
    client, csrf = reviewer
    response = client.post("/reports/new", data={"csrf": csrf},
                           files={"file": (name, data, "application/octet-stream")})
    assert message in response.text
    assert response.status_code == 422
    assert 'role="alert"' in response.text and "Traceback" not in response.text


def test_paste_without_text_asks_for_it(reviewer: tuple[TestClient, str]) -> None:
    client, csrf = reviewer
    response = client.post("/reports/new", data={"csrf": csrf, "text": "   "})
    assert response.status_code == 422
    assert "paste the report&#39;s text or choose a file" in response.text


def test_form_keeps_what_was_typed_after_an_error(reviewer: tuple[TestClient, str]) -> None:
    client, csrf = reviewer
    response = client.post("/reports/new", data={"csrf": csrf, "text": "Some words",
                                                 "filename": "notes.doc", "lang": "uk"})
    assert "notes.doc: unsupported extension .doc" in response.text
    assert ">Some words</textarea>" in response.text
    assert '<option value="uk" selected>' in response.text


def test_api_add_report_as_json(client: TestClient, ledger: Ledger) -> None:
    response = client.post("/api/reports", headers=bearer(),
                           json={"text": NEW_REPORT, "filename": "api.txt",
                                 "published": "2025-06-16"})
    assert response.status_code == 201
    body = response.json()
    assert body["ok"] is True and body["status"] == "stored" and body["claims"] >= 1
    stored = client.get(f"/api/reports/{body['report_id']}").json()
    assert stored["text"] == ledger.reports.get(body["report_id"]).text
    assert [c["id"] for c in stored["claims"]] == body["claim_ids"]


def test_api_upload_file(client: TestClient) -> None:
    response = client.post("/api/reports/upload", headers=bearer(),
                           files={"file": ("up.md", b"# Title\n\n" + NEW_REPORT.encode())},
                           data={"lang": "en"})
    assert response.status_code == 201 and response.json()["status"] == "stored"


@pytest.mark.parametrize(("data", "name", "message"), _BAD_FILES)
def test_api_upload_errors_have_the_error_shape(client: TestClient, data: bytes, name: str,
                                                message: str) -> None:
    response = client.post("/api/reports/upload", headers=bearer(), files={"file": (name, data)})
    body = response.json()
    assert response.status_code == 422
    assert body == {"ok": False, "error": body["error"], "errors": [body["error"]],
                    "status": 422}
    assert body["error"].startswith(message)


def test_request_over_the_body_limit_is_413(client: TestClient) -> None:
    response = client.post("/api/reports", headers={**bearer(), "Content-Length": str(12 << 20),
                                                    "Content-Type": "application/json"},
                           content=b"{}")
    assert response.status_code == 413
    assert response.json()["error"] == "the request is over the 11 MB limit"
