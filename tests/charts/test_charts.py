"""Charts are well-formed, accessible SVG carrying their labels in text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from handover.agreements import Balance, balance
from handover.charts import (
    asymmetry_chart,
    cumulative_chart,
    fulfilment_chart,
    ratio_text,
    svg_to_png,
)
from handover.domain import Agreement, Category, EventStatus, HandoverEvent, Term
from handover.reconcile import reconcile
from handover.reconcile.samples import example_agreements, example_claims

NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def ledger() -> Balance:
    result = reconcile(example_claims(), example_agreements())
    return balance(result.events, result.agreements)


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img"
    title, desc = root.find(f"{NS}title"), root.find(f"{NS}desc")
    assert title is not None and title.text and desc is not None and desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert "<script" not in svg and "http://" not in svg.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    return root


def _texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{NS}text")]


def test_cumulative_chart_labels_both_directions(ledger: Balance) -> None:
    bodies = next(p for p in ledger.classes if p.category == "bodies")
    root = _parse(cumulative_chart(bodies))
    texts = _texts(root)
    assert "Russia → Ukraine: 6,057" in texts
    assert "Ukraine → Russia: 0 (+27 undated)" in texts
    assert "2025-06-11" in texts and "2025-06-19" in texts
    desc = root.find(f"{NS}desc")
    assert desc is not None and "from 11 June 2025 to 19 June 2025" in (desc.text or "")
    assert len(root.findall(f"{NS}polyline")) == 2
    dashes = [p.get("stroke-dasharray") for p in root.findall(f"{NS}polyline")]
    assert dashes == [None, "7 4"]


def test_cumulative_chart_without_dated_handovers(ledger: Balance) -> None:
    bodies = next(p for p in ledger.classes if p.category == "bodies")
    empty = type(bodies)(bodies.parties, "bodies", bodies.flows, (), (1, 1))
    assert "No dated handovers" in _texts(_parse(cumulative_chart(empty)))


def test_fulfilment_chart_writes_each_term(ledger: Balance) -> None:
    june = next(a for a in ledger.agreements if a.key == "2025-06-02-russia-ukraine")
    root = _parse(fulfilment_chart(june))
    texts = _texts(root)
    assert "6,057 of 6,000 (101%)" in texts
    assert "0 of 6,000 (0%)" in texts
    assert june.terms[0].term.describe() in texts
    assert "100%" in texts


def test_fulfilment_chart_shows_terms_that_are_not_numbers() -> None:
    agreement = Agreement(name="All for all & more", date=date(2025, 1, 1),
                          terms=(Term(Category.POW, "Russia", "Ukraine", all_for_all=True),))
    (result,) = balance([], [agreement]).agreements
    root = _parse(fulfilment_chart(result))
    assert "0 handed over (not a number: no fraction)" in _texts(root)
    assert "Fulfilment of All for all & more" in _texts(root)
    assert not any(r.get("fill") == "#1f4e79" for r in root.iter(f"{NS}rect"))


def test_fulfilment_chart_of_an_agreement_without_terms() -> None:
    (result,) = balance([], [Agreement(name="Nothing", date=None)]).agreements
    assert "No terms to measure." in _texts(_parse(fulfilment_chart(result)))


def test_asymmetry_chart_writes_counts_and_ratios(ledger: Balance) -> None:
    root = _parse(asymmetry_chart(ledger.classes))
    texts = _texts(root)
    assert "Russia → Ukraine: 6,057" in texts and "Ukraine → Russia: 27" in texts
    assert "bodies; ratio 224.3 to 1" in texts
    assert "prisoners; ratio 1.0 to 1" in texts


def test_asymmetry_chart_escapes_names_and_handles_nothing() -> None:
    event = HandoverEvent(id="x", date=date(2025, 1, 1), giver="A<&>", receiver="B\"",
                          category=Category.POW, best=3, low=3, high=3,
                          status=EventStatus.SINGLE_SOURCE)
    pairs = balance([event]).classes
    root = _parse(asymmetry_chart(pairs))
    assert "A<&> → B\": 3" in _texts(root)
    assert ratio_text(pairs[0]) == "3 to none"
    assert "No handovers to compare." in _texts(_parse(asymmetry_chart([])))


def test_png_output(ledger: Balance) -> None:
    pytest.importorskip("cairosvg", reason="PNG output needs cairosvg (see charts/png.py)")
    data = svg_to_png(asymmetry_chart(ledger.classes))
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(data[16:20], "big")
    assert width == 1800
