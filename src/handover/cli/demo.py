"""``handover demo``: a ledger built from the project's example reports, and what it shows."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from handover.cli.events import print_balance, print_events
from handover.cli.options import OutputFormat
from handover.cli.render import console, emit
from handover.errors import EXIT_PROBLEM

if TYPE_CHECKING:
    from handover.demo import DemoSummary
    from handover.ledger import Ledger

__all__ = ["demo"]


def demo(
    db: Annotated[str | None, typer.Option(
        "--db", help="Where to build the ledger (a new file or empty database); "
        "default: a new temporary file.")] = None,
) -> None:
    """Build a ledger from the built-in example reports; print events, discrepancies, balance.

    Needs no input and no network.

    Example: handover demo --db demo.db
    """
    from handover.demo import build_demo
    from handover.ledger import Ledger

    target = db or str(Path(tempfile.mkdtemp(prefix="handover-demo-")) / "handover.db")
    ledger = Ledger.create(target)
    try:
        summary = build_demo(ledger)
        _show(ledger, summary)
        result = ledger.verify()
    finally:
        ledger.close()
    console.print(f"\nledger {'intact' if result.ok else 'NOT intact'}: {result.size} records, "
                  f"root {result.root.hex()}")
    console.print(f"kept at {ledger.label}; explore it with "
                  f"`handover events --db {ledger.label}` or `handover serve --db {ledger.label}`")
    if not result.ok:
        raise typer.Exit(EXIT_PROBLEM)


def _show(ledger: Ledger, summary: DemoSummary) -> None:
    emit([r.to_json() for r in summary.results], OutputFormat.TABLE,
         ["path", "status", "claims", "error"], "example reports read")
    print_events(ledger.events.all(), "handover events")
    console.print("\n[bold]discrepancies[/bold]")
    for line in ledger.events.reconciliation().discrepancies():
        console.print(f"- {line}", markup=False)
    print_balance(ledger.events.balance_json())
