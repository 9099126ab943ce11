"""``handover init`` and ``handover db upgrade``: creating and migrating ledgers."""

from __future__ import annotations

from typing import Annotated

import typer

from handover.cli.options import DbOpt
from handover.cli.render import console

__all__ = ["register"]

db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)


def init(
    db: DbOpt = None,
    origin: Annotated[str | None, typer.Option(help="Origin line of the log's checkpoints.")]
    = None,
) -> None:
    """Create a new, empty ledger.

    Example: handover init --db ledger.db
    """
    from handover.ledger import Ledger

    ledger = Ledger.create(db, origin=origin)
    console.print(f"created ledger {ledger.label} (log origin {ledger.db.origin})")
    ledger.close()


@db_app.command("upgrade")
def upgrade(db: DbOpt = None) -> None:
    """Bring a ledger's schema up to this version of handover.

    Example: handover db upgrade --db ledger.db
    """
    from handover.storage.database import upgrade_database
    from handover.storage.engine import database_url

    before, after = upgrade_database(database_url(db))
    console.print(f"schema {before} -> {after}" if before != after else f"schema at {after}")


def register(app: typer.Typer) -> None:
    """Add these commands to the root app."""
    app.command("init")(init)
    app.add_typer(db_app, name="db")
