"""Documents: a report file turned into text, with what is known about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["MAX_BYTES", "SUPPORTED_EXTENSIONS", "Document"]

# Real news reports are tens of kilobytes; 10 MB leaves room for heavy HTML pages while
# refusing logs, dumps and archives before they are read into memory.
MAX_BYTES = 10 * 1024 * 1024

SUPPORTED_EXTENSIONS = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}


@dataclass(frozen=True)
class Document:
    """A report as read: its text (which claim offsets index into) and its metadata.

    ``published`` comes from the caller, else from the document's metadata or dateline;
    ``language`` is ``en``, ``uk`` or ``ru``; ``sha256`` is the hex digest of the original bytes.
    """

    text: str
    title: str | None
    url: str | None
    published: date | None
    language: str
    sha256: str
    filename: str
    media_type: str
    site: str | None = None  # the name of the site that publishes a web page
