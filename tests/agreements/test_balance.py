"""The balance between parties: totals per direction, ratio, series and the JSON shape."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings

from handover.agreements import Balance, balance
from handover.domain import Category, EventStatus, HandoverEvent
from handover.errors import NotFoundError
from handover.reconcile import ClaimView, reconcile
from handover.reconcile.samples import example_agreements, example_claims
from tests.reconcile.strategies import ledgers


@pytest.fixture(scope="module")
def ledger() -> Balance:
    result = reconcile(example_claims(), example_agreements())
    return balance(result.events, result.agreements)


def test_bodies_flow_mostly_one_way(ledger: Balance) -> None:
    bodies = next(p for p in ledger.pairs if p.category == "bodies")
    assert bodies.parties == ("Russia", "Ukraine")
    assert [(f.giver, f.best, f.low, f.high, f.events) for f in bodies.flows] == [
        ("Russia", 6057, 6057, 6057, 5), ("Ukraine", 27, 0, 27, 1)]
    assert (bodies.difference, bodies.ratio, bodies.undated_events) == (6030, 224.333, (0, 1))
    assert [(p.date, p.best) for p in bodies.series][-2:] == [
        (date(2025, 6, 16), (4812, 0)), (date(2025, 6, 19), (6057, 0))]


def test_classes_add_mixed_and_pow_stages(ledger: Balance) -> None:
    prisoners = next(p for p in ledger.classes if p.category == "prisoners")
    assert [(f.best, f.low, f.high) for f in prisoners.flows] == [(1189, 1150, 1189),
                                                                   (1150, 1150, 1150)]
    assert prisoners.series[0].best == (189, 150)
    assert prisoners.series[-1].best == (1189, 1150)


def test_the_json_shape(ledger: Balance) -> None:
    data = json.loads(json.dumps(ledger.to_json()))
    assert sorted(data) == ["agreements", "classes", "pairs", "skipped_events"]
    pair = data["pairs"][0]
    assert sorted(pair) == ["category", "difference", "handed_over", "parties", "ratio",
                            "series", "undated_events"]
    assert sorted(pair["handed_over"][0]) == ["best", "events", "giver", "high", "low",
                                              "receiver"]
    assert sorted(pair["series"][0]) == ["best", "date", "high", "low"]
    assert "class" in data["classes"][0]
    agreement = data["agreements"][1]
    assert sorted(agreement) == ["date", "id", "key", "mediators", "name", "parties",
                                 "problems", "terms", "venue"]
    assert sorted(agreement["terms"][0]) == ["description", "fulfilment", "handed_over",
                                             "state", "term", "undated_events", "window"]
    assert agreement["terms"][0]["fulfilment"] == 1.0095


def test_one_agreement_by_key_or_id(ledger: Balance) -> None:
    assert [a.key for a in ledger.for_agreement("2025-06-02-russia-ukraine").agreements] == [
        "2025-06-02-russia-ukraine"]
    assert [a.agreement.id for a in ledger.for_agreement(2).agreements] == [2]
    assert [a.agreement.id for a in ledger.for_agreement("2").agreements] == [2]
    with pytest.raises(NotFoundError, match="no agreement 'nope'"):
        ledger.for_agreement("nope")


def _event(event_id: str, giver: str | None, kind: str = "completed") -> HandoverEvent:
    return HandoverEvent(id=event_id, date=date(2025, 1, 1), giver=giver, receiver="Ukraine",
                         category=Category.POW, best=5, low=5, high=None,
                         status=EventStatus.SINGLE_SOURCE, kind=kind)


def test_unknown_givers_are_skipped_and_other_kinds_left_out() -> None:
    result = balance([_event("a", None), _event("b", "Russia"),
                      _event("c", "Russia", kind="announced")])
    assert result.skipped_events == ("a",)
    (pair,) = result.pairs
    assert (pair.flows[0].best, pair.flows[0].high, pair.ratio) == (5, None, None)
    assert pair.series[0].high == (None, 0)


@settings(max_examples=80, deadline=None)
@given(ledgers())
def test_totals_are_the_sums_of_the_events(views: list[ClaimView]) -> None:
    events = reconcile(views).events
    result = balance(events)
    for pair in result.pairs:
        for flow in pair.flows:
            mine = [e for e in events if e.kind == "completed" and e.giver == flow.giver
                    and e.receiver == flow.receiver and e.category.value == pair.category]
            assert flow.best == sum(e.best or 0 for e in mine)
            assert flow.events == len(mine)
            assert flow.low <= flow.best
        for side in (0, 1):
            running = [p.best[side] for p in pair.series]
            assert running == sorted(running)
