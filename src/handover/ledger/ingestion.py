"""Ingesting reports: each file is read, its claims extracted, and stored in one transaction.

A report is stored once, by the SHA-256 of its bytes; ingesting it again is a no-op. In a batch
every file stands alone: a rejected file is reported with its reason and the others are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from handover.domain import Claim, Report
from handover.errors import HandoverError, InputError
from handover.ledger.claims import insert_claim
from handover.ledger.reports import insert_report
from handover.ledger.sources import source_for_claim

if TYPE_CHECKING:
    from handover.ingest import Document
    from handover.ledger.facade import Ledger

__all__ = ["IngestResult", "Ingestor", "expand_paths"]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class IngestResult:
    """What happened to one file: stored (with claim ids), a duplicate, or rejected."""

    path: str
    report_id: int | None = None
    claim_ids: tuple[int, ...] = field(default=())
    duplicate: bool = False
    error: str | None = None

    @property
    def status(self) -> str:
        """stored, duplicate or rejected."""
        return "rejected" if self.error else "duplicate" if self.duplicate else "stored"

    def to_json(self) -> dict[str, object]:
        """The result as a JSON object."""
        return {"path": self.path, "status": self.status, "report_id": self.report_id,
                "claims": len(self.claim_ids), "claim_ids": list(self.claim_ids),
                "error": self.error}


class Ingestor:
    """Reads reports into the ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def add_paths(self, paths: Sequence[Path], *, published: date | None = None,
                  lang: str = "auto", progress: Progress | None = None) -> list[IngestResult]:
        """Ingest files and folders; every file is atomic and a bad one never stops the rest."""
        results = []
        for path in expand_paths(paths):
            results.append(self._add_path(path, published, lang))
            if progress is not None:
                progress(str(path))
        return results

    def add_bytes(self, data: bytes, filename: str, *, published: date | None = None,
                  lang: str = "auto") -> IngestResult:
        """Ingest an uploaded report; errors are raised, as a form expects."""
        from handover.ingest import read_bytes

        return self.add_document(read_bytes(data, filename, published=published, lang=lang))

    def add_document(self, document: Document) -> IngestResult:
        """Store a read document and its extracted claims, unless it is already stored."""
        existing = self._ledger.reports.find_by_hash(document.sha256)
        if existing is not None:
            return IngestResult(document.filename, existing.id, duplicate=True)
        claims = self.extract(document)
        registry = self._ledger.parties.registry()
        with self._ledger.write() as session:
            report_id = insert_report(session, _report(document), media_type=document.media_type)
            claim_ids = tuple(
                insert_claim(session, claim, report_id=report_id,
                             source_id=source_for_claim(session, claim.speaker, registry))
                for claim in claims
            )
        return IngestResult(document.filename, report_id, claim_ids)

    def extract(self, document: Document) -> list[Claim]:
        """The claims of a document, read with this ledger's parties and aliases."""
        from handover.extract import extract_claims

        return extract_claims(document.text, published=document.published,
                              lang=document.language, registry=self._ledger.parties.registry(),
                              publisher=document.site)

    def _add_path(self, path: Path, published: date | None, lang: str) -> IngestResult:
        from handover.ingest import read_report

        try:
            result = self.add_document(read_report(path, published=published, lang=lang))
        except HandoverError as exc:
            return IngestResult(str(path), error=exc.message)
        return IngestResult(str(path), result.report_id, result.claim_ids, result.duplicate)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the report files (.txt, .md, .html, .htm) inside folders, sorted."""
    from handover.ingest import SUPPORTED_EXTENSIONS

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS))
        else:
            found.append(path)
    if not found:
        raise InputError("no report files found in " + ", ".join(str(p) for p in paths))
    return found


def _report(document: Document) -> Report:
    return Report(sha256=document.sha256, text=document.text, title=document.title,
                  url=document.url, language=document.language, published=document.published,
                  filename=document.filename)
