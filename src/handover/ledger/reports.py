"""Reports: stored once by content hash, with the claims read from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from handover.domain import Report
from handover.ledger.records import record_by_id
from handover.storage import WriteSession
from handover.storage.rows import report_from_row
from handover.storage.tables import reports

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["ReportBook", "insert_report"]


class ReportBook:
    """The reports this ledger holds."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def all(self) -> list[Report]:
        """Every report, oldest record first (texts included)."""
        with self._ledger.db.reading() as connection:
            rows = connection.execute(select(reports).order_by(reports.c.id)).mappings()
            return [report_from_row(row) for row in rows]

    def get(self, report_id: int) -> Report:
        """One report by id."""
        return record_by_id(self._ledger.db, reports, report_id, "report", report_from_row)

    def find_by_hash(self, sha256: str) -> Report | None:
        """The report stored under this content hash, if any."""
        with self._ledger.db.reading() as connection:
            row = connection.execute(
                select(reports).where(reports.c.sha256 == sha256)
            ).mappings().first()
        return report_from_row(row) if row is not None else None


def insert_report(session: WriteSession, report: Report, *, media_type: str | None) -> int:
    """Write one report record in an open write session."""
    return session.insert(reports, {
        "sha256": report.sha256,
        "text": report.text,
        "title": report.title,
        "url": report.url,
        "language": report.language,
        "published": report.published,
        "filename": report.filename,
        "media_type": media_type,
    })
