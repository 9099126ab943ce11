"""``handover sources``: the voices claims come from."""

from __future__ import annotations

from typing import Annotated

import typer

from handover.cli.options import DbOpt, FormatOpt, OutputFormat, choice
from handover.cli.render import console, emit
from handover.cli.session import opened
from handover.domain import Source, SourceKind
from handover.errors import InputError

__all__ = ["app"]

app = typer.Typer(help="Voices: outlets, officials, official bodies, unnamed sources.",
                  no_args_is_help=True)

COLUMNS = ["id", "name", "kind", "affiliation", "relayed_by"]


@app.command("list")
def list_sources(db: DbOpt = None, fmt: FormatOpt = OutputFormat.TABLE) -> None:
    """List the voices recorded in this ledger.

    Example: handover sources list --format json
    """
    with opened(db) as ledger:
        rows = [_row(s) for s in ledger.sources.all()]
    emit(rows, fmt, COLUMNS)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The voice as reports name it.")],
    kind: Annotated[str, typer.Option(
        help="news_outlet, official, official_body or unnamed_source.")] = "official",
    affiliation: Annotated[str | None, typer.Option(
        help="The party it speaks for; omit for a neutral voice.")] = None,
    relayed_by: Annotated[str | None, typer.Option(
        help="The outlet relaying an unnamed source.")] = None,
    db: DbOpt = None,
) -> None:
    """Record a voice, or correct an existing one of the same name.

    Example: handover sources add "Ombudsman of Ukraine" --kind official --affiliation Ukraine
    """
    source_kind = choice(SourceKind, kind, "source kind")
    with opened(db) as ledger:
        registry = ledger.parties.registry()
        party = registry.resolve(affiliation) if affiliation else None
        if affiliation and party is None:
            raise InputError(f"unknown party {affiliation!r} as affiliation")
        source = ledger.sources.add(Source(name, source_kind, party, relayed_by))
    console.print(f"source {source.id}: {source.name} ({source.kind.value}, "
                  f"{source.affiliation or 'neutral'})")


def _row(source: Source) -> dict[str, object]:
    return {"id": source.id, "name": source.name, "kind": source.kind.value,
            "affiliation": source.affiliation, "relayed_by": source.relayed_by}
