"""The ledger facade: one open ledger, its books of records, and its write path."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from handover.ledger.agreements import AgreementBook
from handover.ledger.claims import ClaimBook
from handover.ledger.evidence import EvidenceBook
from handover.ledger.ingestion import Ingestor
from handover.ledger.parties import PartyBook
from handover.ledger.reports import ReportBook
from handover.ledger.sources import SourceBook
from handover.storage import (
    Database,
    WriteSession,
    create_database,
    database_url,
    open_database,
    write_session,
)

__all__ = ["Ledger"]


class Ledger:
    """An open ledger. Reads go through its books; every write appends to the Merkle log.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "handover.db"
    >>> ledger = Ledger.create(path)
    >>> ledger.parties.registry().resolve("Київ")
    'Ukraine'
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.parties = PartyBook(self)
        self.sources = SourceBook(self)
        self.reports = ReportBook(self)
        self.claims = ClaimBook(self)
        self.agreements = AgreementBook(self)
        self.evidence = EvidenceBook(self)
        self.ingest = Ingestor(self)

    @classmethod
    def open(cls, target: str | Path | None = None) -> Ledger:
        """Open the ledger at a path or URL (default: ``$HANDOVER_DB`` or ``handover.db``)."""
        return cls(open_database(database_url(target)))

    @classmethod
    def create(cls, target: str | Path | None = None, *, origin: str | None = None) -> Ledger:
        """Create a new, empty ledger at a path or URL."""
        return cls(create_database(database_url(target), origin=origin))

    @property
    def label(self) -> str:
        """The ledger's database as named in messages."""
        return self.db.label

    @contextmanager
    def write(self) -> Iterator[WriteSession]:
        """One atomic write: records and their log leaves land together, or not at all."""
        with write_session(self.db) as session:
            yield session

    def close(self) -> None:
        """Release the database connections."""
        self.db.dispose()
