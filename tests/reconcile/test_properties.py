"""Properties of reconciliation over random ledgers."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from handover.reconcile import ClaimView, reconcile
from tests.reconcile.strategies import ledgers

SETTINGS = settings(max_examples=150, deadline=None)


@SETTINGS
@given(ledgers(), st.randoms(use_true_random=False))
def test_the_order_of_claims_does_not_change_anything(views: list[ClaimView],
                                                      rnd: object) -> None:
    shuffled = list(views)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert reconcile(shuffled).to_json() == reconcile(views).to_json()


@SETTINGS
@given(ledgers(), st.data())
def test_a_repeated_claim_changes_nothing(views: list[ClaimView], data: st.DataObject) -> None:
    if not views:
        return
    again = data.draw(st.sampled_from(views))
    assert reconcile([*views, again]).to_json() == reconcile(views).to_json()


def _figures(views: list[ClaimView]) -> list[tuple[object, ...]]:
    return [(e.id, e.category, e.best, e.low, e.high, e.status, e.confirmed_by, e.kind)
            for e in reconcile(views).events]


@SETTINGS
@given(ledgers(), st.data())
def test_the_same_claim_recorded_twice_changes_no_figure(views: list[ClaimView],
                                                         data: st.DataObject) -> None:
    targets = {v.record.supersedes for v in views}
    candidates = [v for v in views if v.id not in targets and v.record.supersedes is None]
    if not candidates:
        return
    original = data.draw(st.sampled_from(candidates))
    copy = replace(original, record=replace(original.record, id=10_000))
    assert _figures([*views, copy]) == _figures(views)


@SETTINGS
@given(ledgers())
def test_low_best_high_are_ordered(views: list[ClaimView]) -> None:
    for event in reconcile(views).events:
        if event.best is None:
            assert (event.low, event.high) == (None, None)
            continue
        assert event.low is not None and event.low <= event.best
        assert event.high is None or event.best <= event.high


@SETTINGS
@given(ledgers())
def test_every_claim_is_accounted_for(views: list[ClaimView]) -> None:
    result = reconcile(views)
    in_events = {c for e in result.events for c in (*e.claims, *e.set_aside)}
    elsewhere = {s.claim for s in result.set_aside} | {link.claim for link in result.agreed}
    assert {v.id for v in views} <= in_events | elsewhere
