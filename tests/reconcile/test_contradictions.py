"""Which claims other voices contradict."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from handover.domain import Category
from handover.reconcile import ClaimView, reconcile
from handover.reconcile.contradictions import contradicted_claims
from handover.reconcile.samples import make_view

D = date(2025, 6, 13)


def _view(claim_id: int, source_id: int, speaker: str, count: int | None,
          when: date = D) -> ClaimView:
    view = make_view(claim_id, claim_id, speaker, when, "Russia", "Ukraine", Category.BODIES,
                     count, when=when)
    return replace(view, record=replace(view.record, source_id=source_id))


def test_only_figures_another_voice_disputes_are_contradicted() -> None:
    views = [_view(1, 10, "Vladimir Medinsky", 1212),
             _view(2, 11, "Coordination Headquarters", 1200),
             _view(3, 11, "Coordination Headquarters", 1212), _view(4, 12, "the ICRC", None),
             _view(5, 10, "Vladimir Medinsky", 1245, when=date(2025, 6, 16))]
    events = reconcile(views).events
    records = {v.record.id: v.record for v in views}
    assert contradicted_claims(events, records) == {1, 2}  # 3 agrees with 1, 2 is its own voice
    assert contradicted_claims(events, {i: r for i, r in records.items() if i != 2}) == set()
