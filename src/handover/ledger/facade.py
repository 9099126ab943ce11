"""The ledger facade: one open ledger, its books of records, and its write path."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from handover.errors import InputError
from handover.ledger.agreements import AgreementBook
from handover.ledger.claims import ClaimBook
from handover.ledger.events import EventBook
from handover.ledger.evidence import EvidenceBook
from handover.ledger.ingestion import Ingestor
from handover.ledger.keys import key_path
from handover.ledger.log import LogBook
from handover.ledger.parties import PartyBook
from handover.ledger.reports import ReportBook
from handover.ledger.sources import SourceBook
from handover.ledger.verification import LedgerVerification, verify_ledger
from handover.merkle.keys import generate_signer, write_private_key
from handover.merkle.note import Ed25519Signer
from handover.storage import (
    Database,
    WriteSession,
    create_database,
    database_url,
    open_database,
    sqlite_path,
    write_session,
)
from handover.storage.database import new_origin, remove_sqlite_files

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
        self.log = LogBook(self)
        self.events = EventBook(self)

    @classmethod
    def open(cls, target: str | Path | None = None) -> Ledger:
        """Open the ledger at a path or URL (default: ``$HANDOVER_DB`` or ``handover.db``)."""
        return cls(open_database(database_url(target)))

    @classmethod
    def create(cls, target: str | Path | None = None, *, origin: str | None = None) -> Ledger:
        """Create a new, empty ledger at a path or URL, with a new log signing key.

        The private key is written outside the database (see :mod:`handover.ledger.keys`);
        an existing key file is never overwritten.
        """
        url = database_url(target)
        origin = origin or new_origin()
        keyfile = key_path(url, origin)
        if keyfile.exists():
            raise InputError("a private key file exists already; move it away or set "
                             "HANDOVER_KEY to a new path", path=keyfile)
        signer = generate_signer(origin)
        assert isinstance(signer, Ed25519Signer)
        db = create_database(url, origin=origin, meta={"log_vkey": signer.verifier().vkey()})
        try:
            keyfile.parent.mkdir(parents=True, exist_ok=True)
            write_private_key(keyfile, signer)
        except BaseException:
            db.dispose()
            database_file = sqlite_path(url)
            if database_file is not None:
                remove_sqlite_files(database_file)
            raise
        return cls(db)

    @property
    def label(self) -> str:
        """The ledger's database as named in messages."""
        return self.db.label

    @contextmanager
    def write(self) -> Iterator[WriteSession]:
        """One atomic write: records, log leaves and a signed checkpoint land together."""
        self.log.signer()
        with write_session(self.db, self.log.sign) as session:
            yield session

    def verify(self, vkey: str | None = None,
               earlier_checkpoints: Sequence[str] = ()) -> LedgerVerification:
        """Check the whole ledger against its Merkle log and signed checkpoints."""
        return verify_ledger(self.db, self.log.trusted_verifier(vkey), earlier_checkpoints)

    def close(self) -> None:
        """Release the database connections."""
        self.db.dispose()
