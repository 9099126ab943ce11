"""``handover export`` and ``handover import``: the ledger as JSON or CSV, and back."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from handover.cli.options import DbOpt
from handover.cli.render import console, print_json
from handover.cli.session import opened
from handover.errors import InputError

__all__ = ["register"]


def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (whole ledger) or csv.")]
    = "json",
    table: Annotated[str, typer.Option(help="For csv: which records (claims, reports, ...).")]
    = "claims",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")]
    = None,
    db: DbOpt = None,
) -> None:
    """Export the ledger: every record in log order (json), or one table (csv).

    Example: handover export --format json -o ledger.json
    """
    from handover.ledger.archive import export_csv, export_json

    with opened(db) as ledger:
        if fmt == "json":
            data = export_json(ledger)
        elif fmt == "csv":
            text = export_csv(ledger, table)
        else:
            raise InputError(f"export format must be json or csv, got {fmt!r}")
    if fmt == "json" and output is None:
        print_json(data)
        return
    if fmt == "json":
        import json

        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output}")


def import_ledger(
    path: Annotated[Path, typer.Argument(help="A JSON export made by `handover export`.")],
    db: DbOpt = None,
) -> None:
    """Restore an export into an empty ledger (created if missing), checking its root hash.

    Example: handover import ledger.json --db restored.db
    """
    from handover.ledger import Ledger
    from handover.ledger.archive import import_json, read_export
    from handover.storage import database_url, sqlite_path

    data = read_export(path)
    url = database_url(db)
    file = sqlite_path(url)
    fresh = file is not None and not file.exists()
    ledger = Ledger.create(db, origin=data["origin"]) if fresh else Ledger.open(db)
    try:
        count = import_json(ledger, data, path=path)
    except BaseException:
        ledger.close()
        if fresh and file is not None:
            _remove_ledger_files(file)
        raise
    ledger.close()
    console.print(f"imported {count} records into {ledger.label}; root {data['root_hash']}")


def _remove_ledger_files(file: Path) -> None:
    """Remove a ledger this command created before failing, so nothing partial is left."""
    for suffix in ("", "-wal", "-shm", ".key"):
        Path(f"{file}{suffix}").unlink(missing_ok=True)


def register(app: typer.Typer) -> None:
    """Add these commands to the root app."""
    app.command("export")(export)
    app.command("import")(import_ledger)
