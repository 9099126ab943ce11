"""Reading report files (and uploaded bytes) into :class:`Document` objects.

>>> from pathlib import Path
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "r.txt").write_text("Russia returned 27 bodies to Ukraine.", encoding="utf-8")
>>> read_report(folder / "r.txt").language
'en'
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import NamedTuple

from handover.domain.reports import content_sha256
from handover.errors import ExtractionError, InputError
from handover.ingest.boilerplate import strip_boilerplate
from handover.ingest.datelines import dateline_date
from handover.ingest.documents import MAX_BYTES, SUPPORTED_EXTENSIONS, Document
from handover.ingest.encoding import decode_bytes
from handover.ingest.language import LANGUAGES, detect_language
from handover.ingest.reflow import reflow, without_note_marks

__all__ = ["read_bytes", "read_report"]

_LIMIT_TEXT = f"{MAX_BYTES // (1024 * 1024)} MB"


def read_report(path: Path, *, published: date | None = None, lang: str = "auto") -> Document:
    """Read a .txt, .md, .html or .htm report; InputError/ExtractionError name the path."""
    path = Path(path)
    _check_extension(path.name, path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise InputError(f"file is {size / 1e6:.1f} MB, over the {_LIMIT_TEXT} limit",
                                 path=path)
            data = handle.read(MAX_BYTES + 1)  # a growing or special file cannot exceed it
    except FileNotFoundError as exc:
        raise InputError("no such file", path=path) from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory, not a report file", path=path) from exc
    except PermissionError as exc:
        raise InputError("cannot read the file (permission denied)", path=path) from exc
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=path) from exc
    return _document(data, path.name, str(path), published, lang)


def read_bytes(data: bytes, filename: str, *, published: date | None = None,
               lang: str = "auto") -> Document:
    """A report from bytes (a web upload), typed by ``filename``'s extension."""
    _check_extension(filename, filename)
    return _document(data, Path(filename).name, filename, published, lang)


def _check_extension(name: str, path: str | Path) -> None:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        shown = suffix or "(none)"
        raise InputError(f"unsupported extension {shown} (expected .txt, .md, .html or .htm)",
                         path=path)


def _document(data: bytes, filename: str, path: str, published: date | None,
              lang: str) -> Document:
    if lang not in ("auto", *LANGUAGES):
        raise InputError(f"unknown language {lang!r} (expected auto, en, uk or ru)", path=path)
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data) / 1e6:.1f} MB, over the {_LIMIT_TEXT} limit",
                         path=path)
    if not data.strip():
        raise InputError("empty file", path=path)
    suffix = Path(filename).suffix.lower()
    raw = decode_bytes(data, path).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    converted = _convert(raw, suffix, path)
    text = strip_boilerplate(without_note_marks(converted.text))
    if not text.strip():
        raise ExtractionError("no report text left once markup and boilerplate are removed",
                              path=path)
    language = detect_language(text) if lang == "auto" else lang
    return Document(
        text=text,
        title=converted.title or _first_line_title(text),
        url=converted.url,
        published=published or converted.published or dateline_date(text, language),
        language=language,
        sha256=content_sha256(data),
        filename=filename,
        media_type=SUPPORTED_EXTENSIONS[suffix],
        site=converted.site,
    )


class _Converted(NamedTuple):
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    site: str | None = None


def _convert(raw: str, suffix: str, path: str) -> _Converted:
    """Text, title, URL, date and publishing site by file type; plain text and Markdown
    wrapped at a fixed width (as pulled out of a PDF or a mail) put back into paragraphs."""
    if suffix in (".html", ".htm"):
        from handover.ingest.html import html_to_text

        page = html_to_text(raw, path)
        return _Converted(page.text, page.title, page.url, page.published, page.site)
    if suffix == ".md":
        from handover.ingest.markdown import markdown_to_text

        md = markdown_to_text(reflow(raw))  # (wrapped lines joined while list marks still show)
        meta = md.meta
        return _Converted(md.text, meta.get("title"), meta.get("url") or meta.get("link"),
                          _iso(meta.get("date") or meta.get("published")),
                          meta.get("site") or meta.get("publisher"))
    return _Converted(reflow(raw))


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _first_line_title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not first.endswith((".", "!", "?", ":")):
        return first
    return None
