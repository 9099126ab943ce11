"""Parties, sources, agreements and evidence through the ledger, on both backends."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from handover.domain import Agreement, Alias, Authenticity, Category, PartyKind, Source, SourceKind
from handover.errors import InputError
from handover.ledger import Ledger
from handover.ledger.agreements import parse_term


def test_added_party_and_alias_resolve_after_reopening(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    ledger.parties.add("Transnistria", PartyKind.SIDE, [Alias("Приднестровье", "ru")])
    ledger.parties.alias("Transnistria", Alias("Tiraspol", "en"))
    ledger.close()
    again = Ledger.open(db_url)
    registry = again.parties.registry()
    assert registry.resolve("tiraspol") == "Transnistria"
    assert registry.resolve("Приднестровье") == "Transnistria"
    with pytest.raises(InputError, match="party 'Kyiv' already exists as 'Ukraine'"):
        again.parties.add("Kyiv", PartyKind.SIDE)
    with pytest.raises(InputError, match="alias 'Moscow' already names 'Russia'"):
        again.parties.alias("Transnistria", Alias("Moscow", "en"))
    again.close()


def test_source_correction_supersedes(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    first = ledger.sources.add(Source("Regional ombudsman", SourceKind.OFFICIAL))
    second = ledger.sources.add(Source("Regional ombudsman", SourceKind.OFFICIAL, "Ukraine"))
    assert second.id != first.id
    assert [s.affiliation for s in ledger.sources.all()] == ["Ukraine"]
    with pytest.raises(InputError, match="unknown party 'Oz' as affiliation"):
        ledger.sources.add(Source("Wizard", SourceKind.OFFICIAL, "Oz"))
    ledger.close()


def test_agreement_terms_are_checked_and_kept(db_url: str) -> None:
    ledger = Ledger.create(db_url)
    agreement = ledger.agreements.add(Agreement(
        name="Istanbul, 2 June 2025", date=date(2025, 6, 2), venue="Istanbul",
        parties=("Russia", "Україна"), mediators=("Türkiye",),
        terms=(parse_term("Russia>Ukraine:bodies:6000"),
               parse_term("Ukraine>Russia:pow:all:severely wounded and under 25")),
    ))
    assert agreement.parties == ("Russia", "Ukraine")
    assert agreement.mediators == ("Turkey",)
    assert agreement.terms[1].all_for_all and agreement.terms[1].category is Category.POW
    assert ledger.agreements.get(agreement.id or 0) == agreement
    with pytest.raises(InputError, match="unknown party 'Mordor' as giver"):
        ledger.agreements.add(Agreement("bad", None, terms=(parse_term("Mordor>Ukraine:pow:5"),)))
    ledger.close()


@pytest.mark.parametrize(("text", "message"), [
    ("Russia:bodies:5", "is not GIVER>RECEIVER:CATEGORY:COUNT"),
    ("Russia>Ukraine:ghosts:5", "unknown category 'ghosts'"),
    ("Russia>Ukraine:pow:many", "count 'many' is not a number or 'all'"),
    ("Russia>Ukraine:pow:-4", "count must not be negative, got -4"),
])
def test_bad_terms(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_term(text)


def test_evidence_is_hashed_and_the_file_untouched(db_url: str, tmp_path: Path) -> None:
    video = tmp_path / "transfer.mp4"
    video.write_bytes(b"\x00\x01synthetic video bytes" * 1000)
    before = (video.read_bytes(), video.stat().st_mtime_ns)
    ledger = Ledger.create(db_url)
    item = ledger.evidence.add(str(video), "coffins at the crossing",
                               event_ids=("2025-06-13-russia-ukraine-bodies",))
    assert item.sha256 == hashlib.sha256(before[0]).hexdigest()
    assert item.media_type == "video/mp4"
    assert (video.read_bytes(), video.stat().st_mtime_ns) == before
    assessed = ledger.evidence.assess(item.id or 0, Authenticity.DECONTEXTUALISED)
    assert [e.authenticity for e in ledger.evidence.all()] == [Authenticity.DECONTEXTUALISED]
    assert assessed.supersedes == item.id
    with pytest.raises(InputError, match="no such file"):
        ledger.evidence.add(str(tmp_path / "missing.mp4"), "nothing")
    ledger.close()
