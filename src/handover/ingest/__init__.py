"""Reading reports: a .txt, .md, .html or .htm file (or uploaded bytes) into a Document.

>>> from handover.ingest import read_bytes
>>> doc = read_bytes("Росія передала Україні тіла 909 загиблих.".encode("cp1251"), "r.txt")
>>> doc.language, doc.text[:6]
('uk', 'Росія ')

Bad input raises :class:`handover.errors.InputError` (or ``ExtractionError`` when a file
reads but yields no text), with ``path`` set and a one-line reason.
"""

from handover.ingest.documents import MAX_BYTES, SUPPORTED_EXTENSIONS, Document
from handover.ingest.language import detect_language
from handover.ingest.readers import read_bytes, read_report

__all__ = ["MAX_BYTES", "SUPPORTED_EXTENSIONS", "Document", "detect_language", "read_bytes",
           "read_report"]
