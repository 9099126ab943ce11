"""Evidence: files are hashed where they lie and never modified; URLs are recorded as given."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from handover.domain import Authenticity, Evidence
from handover.errors import InputError
from handover.ledger.records import current_records, record_by_id
from handover.storage.rows import evidence_from_row, evidence_values
from handover.storage.tables import evidence

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["EvidenceBook", "hash_file"]

_CHUNK = 1 << 20


class EvidenceBook:
    """The evidence this ledger refers to."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def add(self, location: str, description: str, *, event_ids: tuple[str, ...] = (),
            authenticity: Authenticity = Authenticity.UNASSESSED,
            media_type: str | None = None, sha256: str | None = None) -> Evidence:
        """Record a file (hashed here, read-only) or a URL (with its hash when one is known)."""
        if not description.strip():
            raise InputError("evidence needs a description of what it shows")
        if "://" in location:
            item = Evidence(location, _checked_hash(sha256, location), media_type or
                            _guess_type(location), description, event_ids, authenticity)
        else:
            item = self._file_evidence(Path(location), description, event_ids, authenticity,
                                       media_type)
        with self._ledger.write() as session:
            evidence_id = session.insert(evidence, evidence_values(item))
        return self.get(evidence_id)

    def assess(self, evidence_id: int, authenticity: Authenticity) -> Evidence:
        """Record a new authenticity assessment as a record superseding the earlier one."""
        old = self.get(evidence_id)
        values = evidence_values(old)
        values.update(authenticity=authenticity.value, supersedes=evidence_id)
        with self._ledger.write() as session:
            new_id = session.insert(evidence, values)
        return self.get(new_id)

    def all(self) -> list[Evidence]:
        """Current evidence (later assessments replace earlier ones)."""
        return current_records(self._ledger.db, evidence, evidence_from_row)

    def get(self, evidence_id: int) -> Evidence:
        """One piece of evidence by id."""
        return record_by_id(self._ledger.db, evidence, evidence_id, "evidence",
                            evidence_from_row)

    @staticmethod
    def _file_evidence(path: Path, description: str, event_ids: tuple[str, ...],
                       authenticity: Authenticity, media_type: str | None) -> Evidence:
        digest, size = hash_file(path)
        return Evidence(str(path), digest, media_type or _guess_type(path.name), description,
                        event_ids, authenticity, size=size)


def hash_file(path: Path) -> tuple[str, int]:
    """The hex SHA-256 and size of a file, read in chunks, opened read-only."""
    try:
        with path.open("rb") as handle:
            digest, size = hashlib.sha256(), 0
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    return digest.hexdigest(), size


def _checked_hash(sha256: str | None, location: str) -> str | None:
    if sha256 is None:
        return None
    value = sha256.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise InputError(f"sha256 must be 64 hex digits, got {sha256!r}", path=location)
    return value


def _guess_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
