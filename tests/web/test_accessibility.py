"""Every page is semantic, labelled and light: checked on the HTML the server sends."""

from __future__ import annotations

from collections import Counter

from fastapi.testclient import TestClient

from handover.ledger import Ledger
from tests.web.conftest import log_in
from tests.web.pages import every_page, outline

LIMIT = 200 * 1024


def test_every_field_of_every_page_has_a_label(client: TestClient, ledger: Ledger) -> None:
    log_in(client)  # the review and correction forms only show when logged in
    for path in every_page(ledger):
        page = outline(client.get(path).text)
        for field in page.fields:
            assert field.get("id") in page.labels, f"{path}: unlabelled field {field}"


def test_every_page_has_one_h1_a_language_a_main_and_unique_ids(client: TestClient,
                                                                 ledger: Ledger) -> None:
    log_in(client)
    for path in every_page(ledger):
        page = outline(client.get(path).text)
        assert page.h1 == 1, path
        assert page.lang == "en", path
        assert page.main, path
        twice = [i for i, n in Counter(page.ids).items() if n > 1]
        assert not twice, f"{path}: ids used twice: {twice}"


def test_every_chart_is_an_image_with_a_name(client: TestClient, ledger: Ledger) -> None:
    for path in every_page(ledger):
        for svg in outline(client.get(path).text).svgs:
            assert svg.get("role") == "img", path
            assert svg.get("aria-label") or svg.get("aria-labelledby"), path


def test_every_page_weighs_under_200_kb_with_its_css_and_js(client: TestClient,
                                                            ledger: Ledger) -> None:
    log_in(client)
    for path in every_page(ledger):
        response = client.get(path)
        assets = outline(response.text).assets
        assert assets == ["/static/handover.css", "/static/handover.js"], path
        weight = len(response.content) + sum(len(client.get(a).content) for a in assets)
        assert weight < LIMIT, f"{path} weighs {weight} bytes"
