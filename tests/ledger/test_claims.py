"""Claims through the ledger: validation, corrections, history and reviews, on both backends."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from handover.domain import Category, Claim, ClaimKind, Qualifier, ReviewState, SourceKind
from handover.errors import InputError, NotFoundError
from handover.ledger import ClaimFilter, Ledger
from handover.storage.tables import log_entries


def _claim(**changes: object) -> Claim:
    values: dict[str, object] = dict(
        giver="Москва", receiver="the Ukrainian side", category=Category.BODIES, count=1200,
        kind=ClaimKind.COMPLETED, event_date=date(2025, 6, 13),
        speaker="Interfax, citing an unnamed source")
    values.update(changes)
    return Claim(**values)  # type: ignore[arg-type]


def _log_size(ledger: Ledger) -> int:
    with ledger.db.reading() as connection:
        return int(connection.execute(select(func.count()).select_from(log_entries)).scalar_one())


def test_claim_is_stored_with_canonical_parties_and_its_voice(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    record = ledger.claims.add(_claim(), citation="Interfax, 13 June 2025")
    assert (record.claim.giver, record.claim.receiver) == ("Russia", "Ukraine")
    assert record.review is ReviewState.UNREVIEWED
    assert record.source_id is not None
    source = ledger.sources.get(record.source_id)
    assert (source.kind, source.relayed_by) == (SourceKind.UNNAMED, "Interfax")
    assert _log_size(ledger) == 2
    ledger.close()


@pytest.mark.parametrize(("changes", "message"), [
    ({"giver": "Narnia"}, "unknown party 'Narnia' as giver"),
    ({"receiver": "Atlantis"}, "unknown party 'Atlantis' as receiver"),
    ({"count": -5}, "count must not be negative, got -5"),
])
def test_bad_claims_are_refused_and_nothing_is_written(db_url: str, changes: dict[str, object],
                                                       message: str) -> None:
    ledger = Ledger.create(db_url)
    with pytest.raises(InputError, match=message):
        ledger.claims.add(_claim(**changes))
    assert _log_size(ledger) == 0
    ledger.close()


def test_correction_supersedes_and_history_keeps_every_version(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    first = ledger.claims.add(_claim())
    second = ledger.claims.correct(first.id, {"count": 1212, "qualifier": Qualifier.ABOUT},
                                   note="receiver's figure")
    third = ledger.claims.correct(second.id, {"count": 1210}, note="typo")
    assert third.supersedes == second.id
    assert [c.claim.count for c in ledger.claims.all()] == [1210]
    assert [c.id for c in ledger.claims.history(first.id)] == [first.id, second.id, third.id]
    assert [c.id for c in ledger.claims.history(third.id)] == [first.id, second.id, third.id]
    every = ledger.claims.all(ClaimFilter(include_superseded=True))
    assert [c.claim.count for c in every] == [1200, 1212, 1210]
    with pytest.raises(InputError, match=f"already corrected by claim {second.id}"):
        ledger.claims.correct(first.id, {"count": 1}, note="stale")
    ledger.close()


def test_review_is_a_record_and_the_latest_decides(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    claim = ledger.claims.add(_claim())
    ledger.claims.review(claim.id, ReviewState.ACCEPTED, reviewer="analyst")
    size = _log_size(ledger)
    reviewed = ledger.claims.review(claim.id, ReviewState.REJECTED, reviewer="editor")
    assert reviewed.review is ReviewState.REJECTED
    assert _log_size(ledger) == size + 1
    assert ledger.claims.all(ClaimFilter(review=ReviewState.REJECTED))[0].id == claim.id
    ledger.close()


def test_unknown_ids_are_named(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    with pytest.raises(NotFoundError, match="no claim with id 41"):
        ledger.claims.get(41)
    with pytest.raises(NotFoundError, match="no claim with id 41"):
        ledger.claims.review(41, ReviewState.ACCEPTED)
    ledger.close()


def test_filters(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    ledger.claims.add(_claim())
    ledger.claims.add(_claim(giver="Ukraine", receiver="Russia", count=27,
                             category=Category.BODIES, speaker="Vladimir Medinsky"))
    ledger.claims.add(_claim(giver="Israel", receiver="Hamas", count=90,
                             category=Category.DETAINEE, speaker=None))
    assert len(ledger.claims.all(ClaimFilter(party="Ukraine"))) == 2
    assert [c.claim.count for c in ledger.claims.all(ClaimFilter(category="detainee"))] == [90]
    ledger.close()


def test_a_speaker_named_as_a_party_speaks_for_it(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    record = ledger.claims.add(_claim(speaker="Украинская сторона"))
    assert record.source_id is not None
    assert ledger.sources.get(record.source_id).affiliation == "Ukraine"
    ledger.close()
