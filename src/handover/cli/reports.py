"""``handover extract`` (no database) and ``handover ingest`` (into the ledger)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from handover.cli.options import DbOpt, OutputFormat
from handover.cli.render import console, emit, error_console, print_json
from handover.errors import EXIT_PROBLEM, HandoverError

__all__ = ["register"]

PublishedOpt = Annotated[str | None, typer.Option(
    help="The reports' publication date, YYYY-MM-DD, to resolve dates without a year.")]
LangOpt = Annotated[str, typer.Option(help="auto, en, uk or ru.")]
FilesArg = Annotated[list[Path], typer.Argument(help="Report files (.txt, .md, .html, .htm).")]


class ClaimFormat(StrEnum):
    """How extracted claims are printed."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


def extract(
    files: FilesArg,
    fmt: Annotated[ClaimFormat, typer.Option("--format", "-f",
                                             help="table, json or jsonl.")] = ClaimFormat.TABLE,
    published: PublishedOpt = None,
    lang: LangOpt = "auto",
) -> None:
    """Read reports and print every exchange claim in them, touching no database.

    Example: handover extract report.txt --format jsonl --published 2025-06-14
    """
    from handover.domain import PartyRegistry
    from handover.domain.validation import parse_date
    from handover.extract import extract_claims
    from handover.ingest import read_report

    when = parse_date(published, what="--published")
    registry, rows, failed = PartyRegistry.builtin(), [], 0
    for path in files:
        try:
            document = read_report(path, published=when, lang=_lang(lang))
            claims = extract_claims(document.text, published=document.published,
                                    lang=document.language, registry=registry,
                                    publisher=document.site)
        except HandoverError as exc:
            error_console.print(f"error: {exc.line()}", markup=False)
            failed += 1
            continue
        for claim in claims:
            row = claim.to_json()
            rows.append({**row, "file": str(path)} if len(files) > 1 else row)
    if failed < len(files) or fmt != ClaimFormat.TABLE:
        # a table of nothing under an error line would read as "no claims found"
        _print_claims(rows, fmt)
    if failed:
        raise typer.Exit(EXIT_PROBLEM)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders of them.")],
    published: PublishedOpt = None,
    lang: LangOpt = "auto",
    db: DbOpt = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table or json.")]
    = OutputFormat.TABLE,
) -> None:
    """Store reports (once each, by content hash) with the claims read from them.

    Each file is stored whole or not at all; a rejected file is named with its reason and the
    others are kept (exit 1).

    Example: handover ingest reports/ --published 2025-06-14
    """
    from handover.cli.session import opened
    from handover.domain.validation import parse_date
    from handover.ledger.ingestion import expand_paths

    when = parse_date(published, what="--published")
    files = expand_paths(paths)
    with opened(db) as ledger, _Progress(len(files), fmt) as advance:
        results = ledger.ingest.add_paths(files, published=when, lang=_lang(lang),
                                          progress=advance)
    rows = [r.to_json() for r in results]
    _summarise(rows, fmt)
    for row in rows:
        if row["error"]:
            error_console.print(f"error: {row['path']}: {row['error']}", markup=False)
    if any(row["error"] for row in rows):
        raise typer.Exit(EXIT_PROBLEM)


def register(app: typer.Typer) -> None:
    """Add these commands to the root app."""
    app.command("extract")(extract)
    app.command("ingest")(ingest)


def _lang(lang: str) -> str:
    from handover.errors import InputError

    if lang not in ("auto", "en", "uk", "ru"):
        raise InputError(f"--lang must be auto, en, uk or ru, got {lang!r}")
    return lang


def _print_claims(rows: list[dict[str, Any]], fmt: ClaimFormat) -> None:
    if fmt is ClaimFormat.JSONL:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    elif fmt is ClaimFormat.JSON:
        print_json(rows)
    else:
        emit(rows, OutputFormat.TABLE, ["event_date", "giver", "receiver", "category", "count",
                                        "qualifier", "kind", "speaker", "flags"])


def _summarise(rows: list[dict[str, Any]], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.JSON:
        totals = {status: sum(r["status"] == status for r in rows)
                  for status in ("stored", "duplicate", "rejected")}
        print_json({**totals, "claims": sum(r["claims"] for r in rows), "files": rows})
        return
    emit(rows, OutputFormat.TABLE, ["path", "status", "report_id", "claims", "error"])
    stored = [r for r in rows if r["status"] == "stored"]
    console.print(f"{len(stored)} stored, {len(rows) - len(stored)} not stored, "
                  f"{sum(r['claims'] for r in rows)} claims")


class _Progress:
    """A Rich progress bar over a batch of files (silent for one file or JSON output)."""

    def __init__(self, total: int, fmt: OutputFormat) -> None:
        self._total = total
        self._shown = total > 1 and fmt is OutputFormat.TABLE
        self._bar: Any = None

    def __enter__(self) -> Any:
        if not self._shown:
            return None
        from rich.progress import Progress

        self._bar = Progress(console=error_console, transient=True)
        self._bar.start()
        task = self._bar.add_task("ingesting", total=self._total)
        return lambda _path: self._bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
