"""Sources: the voices claims come from, found by name or created from a speaker."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from handover.domain import PartyRegistry, Source, SourceKind, source_for_speaker
from handover.errors import InputError, NotFoundError
from handover.ledger.records import record_by_id
from handover.storage import WriteSession
from handover.storage.rows import source_from_row
from handover.storage.tables import sources

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["SourceBook", "current_sources"]


class SourceBook:
    """The voices recorded in this ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def all(self) -> list[Source]:
        """Every current source (corrections replace what they supersede)."""
        with self._ledger.db.reading() as connection:
            return list(current_sources(connection).values())

    def get(self, source_id: int) -> Source:
        """One source by id."""
        return record_by_id(self._ledger.db, sources, source_id, "source", source_from_row)

    def add(self, source: Source) -> Source:
        """Record a voice, or correct the one of the same name (a new record superseding it)."""
        if not source.name.strip():
            raise InputError("a source needs a name")
        registry = self._ledger.parties.registry()
        if source.affiliation is not None and source.affiliation not in registry:
            raise InputError(f"unknown party {source.affiliation!r} as affiliation")
        with self._ledger.write() as session:
            source_id = record_source(session, source, replace=True)
        return self.get(source_id)

    def find(self, name_or_id: str) -> Source:
        """A source by id or by exact name."""
        if name_or_id.isdigit():
            return self.get(int(name_or_id))
        with self._ledger.db.reading() as connection:
            for source in current_sources(connection).values():
                if source.name == name_or_id:
                    return source
        raise NotFoundError(f"no source named {name_or_id!r}")


def current_sources(connection: Connection) -> dict[int, Source]:
    """Current sources by id: a source superseded by a correction is left out."""
    rows = connection.execute(select(sources).order_by(sources.c.id)).mappings().all()
    superseded = {row["supersedes"] for row in rows if row["supersedes"] is not None}
    return {row["id"]: source_from_row(row) for row in rows if row["id"] not in superseded}


def record_source(session: WriteSession, source: Source, *, replace: bool = False) -> int:
    """The id of the current source of this name, creating (or with ``replace``, correcting) it."""
    existing = _current_by_name(session.connection, source.name)
    if existing is not None and not (replace and _differs(existing, source)):
        assert existing.id is not None
        return existing.id
    return session.insert(sources, {
        "name": source.name,
        "kind": source.kind.value,
        "affiliation": source.affiliation,
        "relayed_by": source.relayed_by,
        "supersedes": existing.id if existing is not None else None,
    })


def source_for_claim(session: WriteSession, speaker: str | None,
                     registry: PartyRegistry) -> int | None:
    """The source id for a claim's speaker, recording the voice when it is new.

    A speaker that is itself a name of a party ("the Ukrainian side", «Москва») speaks for it.
    """
    if not speaker:
        return None
    source = source_for_speaker(speaker)
    if source.kind is SourceKind.OFFICIAL and source.affiliation is None:
        source = replace(source, affiliation=registry.resolve(speaker))
    return record_source(session, source)


def _current_by_name(connection: Connection, name: str) -> Source | None:
    rows = connection.execute(
        select(sources).where(sources.c.name == name).order_by(sources.c.id.desc()).limit(1)
    ).mappings().first()
    return source_from_row(rows) if rows is not None else None


def _differs(a: Source, b: Source) -> bool:
    return (a.kind, a.affiliation, a.relayed_by) != (b.kind, b.affiliation, b.relayed_by)
