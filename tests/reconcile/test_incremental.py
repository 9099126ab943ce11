"""Re-reconciling after new or changed claims gives exactly what a full run gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from handover.domain import Category, ReviewState
from handover.reconcile import ClaimView, reconcile, rereconcile
from handover.reconcile.samples import example_agreements, example_claims, make_view
from tests.reconcile.strategies import ledgers


def test_adding_a_report_equals_a_full_run() -> None:
    claims = example_claims()
    first, later = claims[:-6], claims[-6:]
    previous = reconcile(first, example_agreements())
    before = previous.to_json()
    updated = rereconcile(previous, later)
    assert updated.to_json() == reconcile(claims, example_agreements()).to_json()
    assert previous.to_json() == before


def test_a_rejection_and_a_correction_equal_a_full_run() -> None:
    claims = example_claims()
    rejected = replace(claims[0], record=replace(claims[0].record, review=ReviewState.REJECTED))
    correction = make_view(999, 50, "Coordination Headquarters", date(2025, 6, 15), "Russia",
                           "Ukraine", Category.BODIES, 1210, when=date(2025, 6, 14),
                           supersedes=110)
    changed = [rejected, correction]
    updated = rereconcile(reconcile(claims, example_agreements()), changed)
    expected = reconcile([rejected, *claims[1:], correction], example_agreements())
    assert updated.to_json() == expected.to_json()
    assert updated.event("2025-06-14-russia-ukraine-bodies").best == 1210


def test_only_the_touched_groups_are_recomputed() -> None:
    previous = reconcile(example_claims(), example_agreements())
    extra = make_view(998, 51, "Coordination Headquarters", date(2025, 5, 25), "Russia",
                      "Ukraine", Category.POW, 303, when=date(2025, 5, 25))
    updated = rereconcile(previous, [extra])
    before = {e.id: e for e in previous.events}
    changed = [e.id for e in updated.events if before.get(e.id) is not e]
    assert changed == ["2025-05-25-russia-ukraine-prisoners"]


@settings(max_examples=120, deadline=None)
@given(ledgers(), st.data())
def test_any_split_and_change_equals_a_full_run(views: list[ClaimView],
                                                data: st.DataObject) -> None:
    mask = data.draw(st.lists(st.booleans(), min_size=len(views), max_size=len(views)))
    first = [v for v, keep in zip(views, mask, strict=True) if keep]
    later = [v for v, keep in zip(views, mask, strict=True) if not keep]
    edited = [replace(v, record=replace(v.record, review=ReviewState.REJECTED))
              for v in first[: data.draw(st.integers(0, 2))]]
    final = {v.id: v for v in [*views, *edited]}
    updated = rereconcile(reconcile(first), [*later, *edited])
    assert updated.to_json() == reconcile(final.values()).to_json()
