"""``handover evidence``: files and URLs that show a handover."""

from __future__ import annotations

from typing import Annotated

import typer

from handover.cli.options import DbOpt, FormatOpt, OutputFormat, choice
from handover.cli.render import console, emit
from handover.cli.session import opened
from handover.domain import Authenticity

__all__ = ["app"]

app = typer.Typer(help="Evidence: files (hashed, never modified) and URLs.",
                  no_args_is_help=True)

AuthenticityOpt = Annotated[str, typer.Option(
    help="unassessed, original, edited, decontextualised or staged.")]


@app.command("add")
def add(
    location: Annotated[str, typer.Argument(help="A file path or a URL.")],
    description: Annotated[str, typer.Option(help="What it shows.")],
    event: Annotated[list[str] | None, typer.Option(help="An event id it concerns, repeatable.")]
    = None,
    authenticity: AuthenticityOpt = "unassessed",
    media_type: Annotated[str | None, typer.Option(help="Override the guessed media type.")]
    = None,
    sha256: Annotated[str | None, typer.Option(help="Known SHA-256 of a URL's content.")]
    = None,
    db: DbOpt = None,
) -> None:
    """Record evidence: a file is hashed where it lies and never modified.

    Example: handover evidence add transfer.mp4 --description "coffins loaded at the border"
    --event 2025-06-13-russia-ukraine-bodies --authenticity unassessed
    """
    assessed = choice(Authenticity, authenticity, "authenticity")
    with opened(db) as ledger:
        item = ledger.evidence.add(location, description, event_ids=tuple(event or ()),
                                   authenticity=assessed, media_type=media_type, sha256=sha256)
    console.print(f"recorded evidence {item.id}: {item.location} sha256 {item.sha256 or '-'}")


@app.command("assess")
def assess(
    evidence_id: Annotated[int, typer.Argument(help="The evidence's id.")],
    authenticity: AuthenticityOpt,
    db: DbOpt = None,
) -> None:
    """Record a new authenticity assessment (the earlier one stays in the history).

    Example: handover evidence assess 14 --authenticity decontextualised
    """
    assessed = choice(Authenticity, authenticity, "authenticity")
    with opened(db) as ledger:
        item = ledger.evidence.assess(evidence_id, assessed)
    console.print(f"evidence {item.id} supersedes {evidence_id}: {item.authenticity.value}")


@app.command("list")
def list_evidence(db: DbOpt = None, fmt: FormatOpt = OutputFormat.TABLE) -> None:
    """List current evidence.

    Example: handover evidence list --format json
    """
    with opened(db) as ledger:
        rows = [e.to_json() for e in ledger.evidence.all()]
    emit(rows, fmt, ["id", "location", "sha256", "media_type", "description", "event_ids",
                     "authenticity"])
