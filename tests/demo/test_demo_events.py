"""The built-in example comes out right: every stage its own event, with the right figures.

Once from the labelled (gold) claims of the example reports, which tests reconciliation alone;
once through the whole pipeline (reading, extraction, reconciliation) as `handover demo` runs it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from handover.demo import build_demo, demo_agreements, demo_labels
from handover.domain import (
    Category,
    Claim,
    ClaimKind,
    ClaimRecord,
    HandoverEvent,
    Qualifier,
    source_for_speaker,
)
from handover.ledger import Ledger
from handover.reconcile import ClaimView, reconcile

# (date, giver, receiver, best) of every completed stage the example reports describe.
STAGES = [
    ("2025-05-23", "Russia", "Ukraine", 390), ("2025-05-23", "Ukraine", "Russia", 390),
    ("2025-05-24", "Russia", "Ukraine", 307), ("2025-05-24", "Ukraine", "Russia", 307),
    ("2025-05-25", "Russia", "Ukraine", 303), ("2025-05-25", "Ukraine", "Russia", 303),
    ("2025-06-11", "Russia", "Ukraine", 1212),
    ("2025-06-13", "Russia", "Ukraine", 1200), ("2025-06-14", "Russia", "Ukraine", 1200),
    ("2025-06-15", "Russia", "Ukraine", 1200), ("2025-06-16", "Russia", "Ukraine", 1245),
]


def _gold_views() -> list[ClaimView]:
    views = []
    for report_id, item in enumerate(demo_labels()):
        published = date.fromisoformat(item["published"])
        for label in item["claims"]:
            claim = Claim(
                giver=label["giver"], receiver=label["receiver"],
                category=Category(label["category"]), count=label["count"],
                qualifier=Qualifier(label["qualifier"]), kind=ClaimKind(label["kind"]),
                event_date=_day(label["event_date"]), statement_date=_day(label["statement_date"]),
                speaker=label["speaker"], quote=label["quote"], flags=tuple(label["flags"]))
            source = source_for_speaker(label["speaker"] or "the report's own outlet")
            record = ClaimRecord(1000 + len(views), claim, report_id, None)
            views.append(ClaimView(record, source, published))
    return views


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _completed(events: list[HandoverEvent]) -> dict[tuple[str, str, str], HandoverEvent]:
    return {(e.date.isoformat(), e.giver or "", e.receiver or ""): e for e in events
            if e.kind == "completed" and e.date is not None}


def _check_stages(events: list[HandoverEvent]) -> None:
    found = _completed(events)
    for day, giver, receiver, best in STAGES:
        event = found.get((day, giver, receiver))
        assert event is not None, f"no event for {giver} -> {receiver} on {day}"
        assert event.best == best, f"{event.id}: best {event.best}, expected {best}"
    returned = [e for e in events if (e.giver, e.receiver, e.category.value, e.kind) ==
                ("Ukraine", "Russia", "bodies", "completed")]
    assert [(e.best, e.low, e.high, e.status.value) for e in returned] == [
        (27, 0, 27, "disputed")], "Ukraine's 27 bodies, against 'none', as one disputed event"
    undated = [e.id for e in events if e.kind == "completed" and e.date is None
               and e.giver == "Russia"]
    assert undated == [], f"completed handovers left undated: {undated}"


def test_gold_claims_reconcile_into_every_stage() -> None:
    result = reconcile(_gold_views(), demo_agreements())
    _check_stages(list(result.events))


def test_demo_pipeline_finds_every_stage(tmp_path: Path) -> None:
    ledger = Ledger.create(tmp_path / "demo.db")
    build_demo(ledger)
    _check_stages(ledger.events.all())
    assert ledger.verify().ok
    ledger.close()
