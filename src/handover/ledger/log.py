"""The ledger's Merkle log: its key, its signed checkpoints, receipts and cosignatures."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select

from handover.errors import InputError, NotFoundError, StorageError, VerificationError
from handover.ledger.keys import key_path
from handover.merkle import consistency_proof_at, inclusion_proof_at
from handover.merkle.checkpoint import Checkpoint, open_checkpoint, sign_checkpoint
from handover.merkle.keys import Verifier, parse_vkey, read_private_key
from handover.merkle.note import Ed25519Signer, parse_note
from handover.merkle.receipt import format_receipt
from handover.storage.canonical import entry_bytes
from handover.storage.log_store import SqlSubtreeStore, prefetched
from handover.storage.tables import (
    RECORD_TABLES,
    checkpoints,
    cosignatures,
    log_entries,
    log_head,
)

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["LogBook"]

# one statement compiled once: a checkpoint is stored after every write
_STORE_CHECKPOINT = insert(checkpoints)


class LogBook:
    """Signs a checkpoint after every write and proves any record's place in the log."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._signer: Ed25519Signer | None = None

    @property
    def key_file(self) -> Path:
        """The private key file of this ledger."""
        return key_path(self._ledger.db.url, self._ledger.db.origin)

    def signer(self) -> Ed25519Signer:
        """The log's signing key, read once from its file; writes cannot happen without it."""
        if self._signer is None:
            if not self.key_file.exists():
                raise StorageError("the log's private key is missing; writes need it "
                                   "(set HANDOVER_KEY to its file)", path=self.key_file)
            signer = read_private_key(self.key_file)
            if not isinstance(signer, Ed25519Signer) or signer.name != self._ledger.db.origin:
                raise StorageError(f"key is not this log's key (origin "
                                   f"{self._ledger.db.origin})", path=self.key_file)
            self._signer = signer
        return self._signer

    def vkey(self) -> str:
        """The log's verifier key (signed-note ``vkey`` form)."""
        if self.key_file.exists():
            return self.signer().verifier().vkey()
        return self._ledger.db.meta["log_vkey"]

    def trusted_verifier(self, vkey: str | None = None) -> Verifier:
        """The key to verify against: as given, else the private key's, else the recorded one."""
        return parse_vkey(vkey or self.vkey())

    def sign(self, connection: Connection, size: int, root: bytes) -> None:
        """Sign and store the checkpoint of a tree that a write just extended."""
        note = sign_checkpoint(Checkpoint(self._ledger.db.origin, size, root), [self.signer()])
        connection.execute(_STORE_CHECKPOINT, {"size": size, "root_hash": root, "note": note,
                                               "created_at": datetime.now(UTC)})

    def checkpoint(self) -> str | None:
        """The latest signed checkpoint with its witnesses' cosignatures, or None if empty."""
        with self._ledger.db.reading() as connection:
            row = connection.execute(
                select(checkpoints).order_by(checkpoints.c.size.desc()).limit(1)
            ).mappings().first()
            if row is None:
                return None
            lines = connection.execute(
                select(cosignatures.c.line).where(cosignatures.c.checkpoint_size == row["size"])
                .order_by(cosignatures.c.witness)
            ).scalars().all()
        return str(row["note"]) + "".join(lines)

    def size(self) -> int:
        """The number of entries in the log (one query: the log head)."""
        with self._ledger.db.reading() as connection:
            return int(connection.execute(select(log_head.c.size)).scalar_one())

    def latest(self) -> Checkpoint | None:
        """The latest checkpoint body (unverified), or None if the log is empty."""
        note = self.checkpoint()
        return None if note is None else Checkpoint.from_text(parse_note(note).text)

    def prove(self, record_id: int) -> str:
        """A C2SP tlog-proof receipt of one record against the latest checkpoint."""
        note = self.checkpoint()
        latest = self.latest()
        if note is None or latest is None or not 0 <= record_id < latest.size:
            raise NotFoundError(f"no record {record_id} in the log")
        with self._ledger.db.reading() as connection:
            entry = _entry(connection, record_id)
            proof = prefetched(SqlSubtreeStore(connection),
                               lambda store: inclusion_proof_at(store, record_id, latest.size))
        return format_receipt(entry, record_id, proof, note)

    def consistency(self, old_size: int, new_size: int | None = None) -> list[bytes]:
        """The consistency proof from an older tree size to ``new_size`` (default: latest)."""
        latest = self.latest()
        size = new_size if new_size is not None else (latest.size if latest else 0)
        if not 0 <= old_size <= size:
            raise InputError(f"old size {old_size} is not between 0 and {size}")
        with self._ledger.db.reading() as connection:
            return prefetched(SqlSubtreeStore(connection),
                              lambda store: consistency_proof_at(store, old_size, size))

    def add_cosignature(self, line: str, witness_vkey: str) -> str:
        """Attach a witness's cosignature to the latest checkpoint, after checking it."""
        note = self.checkpoint()
        latest = self.latest()
        if note is None or latest is None:
            raise InputError("the log has no checkpoint to cosign")
        witness = parse_vkey(witness_vkey)
        try:
            open_checkpoint(note + line, [witness], origin=self._ledger.db.origin)
        except VerificationError as exc:
            raise VerificationError(f"cosignature by {witness.name} does not verify: "
                                    f"{exc.message}") from None
        with self._ledger.db.writing() as connection:
            if connection.execute(select(cosignatures.c.line).where(
                    cosignatures.c.checkpoint_size == latest.size,
                    cosignatures.c.witness == witness.name)).first() is not None:
                return witness.name
            connection.execute(insert(cosignatures).values(
                checkpoint_size=latest.size, witness=witness.name, line=line,
                added_at=datetime.now(UTC)))
        return witness.name


def _entry(connection: Connection, record_id: int) -> bytes:
    record_type = connection.execute(
        select(log_entries.c.record_type).where(log_entries.c.idx == record_id)
    ).scalar_one_or_none()
    table = RECORD_TABLES.get(str(record_type))
    row = None if table is None else connection.execute(
        select(table).where(table.c.id == record_id)).mappings().first()
    if table is None or row is None:
        raise StorageError(f"record {record_id} is in the log but missing from the ledger "
                           "(run `handover verify`)")
    return entry_bytes(table.name, row)
