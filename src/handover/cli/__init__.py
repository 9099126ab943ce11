"""The ``handover`` command: a thin Typer shell over the library.

Each noun is a module with its own ``typer.Typer``; errors from the library become one line on
standard error (``error: <file or record>: <reason>``) and the exit code SPEC.md assigns.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from handover.errors import HandoverError

__all__ = ["app", "main"]


class _HandoverGroup(TyperGroup):
    """The root group: turns library errors into one line and an exit code, for every command."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except HandoverError as exc:
            from handover.cli.render import error_console

            error_console.print(f"error: {exc.line()}", markup=False)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=_HandoverGroup,
    name="handover",
    help="A verifiable ledger of prisoner exchanges and repatriations of remains.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _register() -> None:
    from handover.cli import (
        agreements,
        claims,
        demo,
        events,
        evidence,
        exchange,
        ledger_db,
        log,
        parties,
        publish,
        reports,
        review,
        serve,
        sources,
        witness,
    )

    ledger_db.register(app)
    app.add_typer(parties.app, name="parties")
    app.add_typer(sources.app, name="sources")
    app.add_typer(agreements.app, name="agreements")
    app.add_typer(claims.app, name="claims")
    app.add_typer(evidence.app, name="evidence")
    app.add_typer(review.app, name="review")
    exchange.register(app)
    reports.register(app)
    events.register(app)
    publish.register(app)
    app.command("demo")(demo.demo)
    app.command("serve")(serve.serve)
    app.command("verify")(log.verify)
    app.add_typer(log.app, name="log")
    app.add_typer(witness.app, name="witness")


_register()


def main() -> None:
    """Entry point of the ``handover`` command."""
    app()
