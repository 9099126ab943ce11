"""Events through the ledger: the incremental path gives exactly what a fresh reconcile gives."""

from __future__ import annotations

from datetime import date

from handover.domain import Agreement, Category, Claim, ReviewState
from handover.ledger import Ledger
from handover.ledger.agreements import parse_term


def _claim(count: int, day: int, speaker: str, giver: str = "Russia",
           receiver: str = "Ukraine") -> Claim:
    return Claim(giver, receiver, Category.BODIES, count, event_date=date(2025, 6, day),
                 speaker=speaker)


def _fresh_events(db_url: str) -> list[dict[str, object]]:
    fresh = Ledger.open(db_url)
    events = [e.to_json() for e in fresh.events.all()]
    fresh.close()
    return events


def test_incremental_equals_fresh(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    first = ledger.claims.add(_claim(1212, 11, "Vladimir Medinsky"))
    ledger.claims.add(_claim(1200, 13, "Interfax, citing an unnamed source"))
    assert [e.best for e in ledger.events.all()] == [1212, 1200]
    ledger.claims.add(_claim(1200, 13, "Coordination Headquarters"))
    ledger.claims.add(_claim(27, 11, "Vladimir Medinsky", "Ukraine", "Russia"))
    assert [e.to_json() for e in ledger.events.all()] == _fresh_events(db_url)
    ledger.claims.correct(first.id, {"count": 1213}, note="typo in the wire")
    second = ledger.claims.all()[1]
    ledger.claims.review(second.id, ReviewState.REJECTED, note="duplicate wire")
    assert [e.to_json() for e in ledger.events.all()] == _fresh_events(db_url)
    ledger.agreements.add(Agreement("Istanbul", date(2025, 6, 2), terms=(
        parse_term("Russia>Ukraine:bodies:6000"),)))
    assert [e.to_json() for e in ledger.events.all()] == _fresh_events(db_url)
    fulfilment = ledger.events.balance().agreements
    assert fulfilment[0].terms[0].handed_over.best == 1213 + 1200
    ledger.close()
