"""Reports: documents as extracted, identified by the SHA-256 of their content."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

__all__ = ["Report", "content_sha256"]


def content_sha256(content: bytes) -> str:
    """The hex SHA-256 a report is stored under."""
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class Report:
    """A report's extracted text and what is known about it.

    ``sha256`` is of the original bytes, so the same file is stored once; ``text`` is the
    extracted document text that claim offsets point into.
    """

    sha256: str
    text: str
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published: date | None = None
    filename: str | None = None
    id: int | None = None
