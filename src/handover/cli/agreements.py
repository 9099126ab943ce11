"""``handover agreements``: agreements reached in talks, and their terms."""

from __future__ import annotations

from typing import Annotated

import typer

from handover.cli.options import DbOpt, FormatOpt, OutputFormat
from handover.cli.render import console, emit, print_json
from handover.cli.session import opened
from handover.domain import Agreement

__all__ = ["app"]

app = typer.Typer(help="Agreements and their terms per category and direction.",
                  no_args_is_help=True)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="What the agreement is called.")],
    term: Annotated[list[str], typer.Option(
        help="GIVER>RECEIVER:CATEGORY:COUNT|all[:CONDITIONS], repeatable.")],
    date: Annotated[str | None, typer.Option(help="When it was reached, YYYY-MM-DD.")] = None,
    venue: Annotated[str | None, typer.Option(help="Where it was reached.")] = None,
    party: Annotated[list[str] | None, typer.Option(help="A party to it, repeatable.")] = None,
    mediator: Annotated[list[str] | None, typer.Option(help="A mediator, repeatable.")] = None,
    db: DbOpt = None,
) -> None:
    """Record an agreement with its terms.

    Example: handover agreements add "Istanbul, 2 June 2025" --date 2025-06-02
    --venue Istanbul --party Russia --party Ukraine --mediator Turkey
    --term "Russia>Ukraine:bodies:6000" --term "Ukraine>Russia:bodies:6000"
    """
    from handover.domain.validation import parse_date
    from handover.ledger.agreements import parse_term

    agreement = Agreement(
        name=name, date=parse_date(date), venue=venue, parties=tuple(party or ()),
        mediators=tuple(mediator or ()), terms=tuple(parse_term(t) for t in term),
    )
    with opened(db) as ledger:
        stored = ledger.agreements.add(agreement)
    console.print(f"recorded agreement {stored.id}: {stored.name} ({len(stored.terms)} terms)")


@app.command("list")
def list_agreements(db: DbOpt = None, fmt: FormatOpt = OutputFormat.TABLE) -> None:
    """List the agreements in this ledger.

    Example: handover agreements list --format json
    """
    with opened(db) as ledger:
        found = ledger.agreements.all()
    rows = [a.to_json() for a in found]
    if fmt is OutputFormat.TABLE:
        for row, agreement in zip(rows, found, strict=True):
            row["terms"] = "; ".join(t.describe() for t in agreement.terms)
    emit(rows, fmt, ["id", "name", "date", "venue", "parties", "mediators", "terms"])


@app.command("show")
def show(
    agreement_id: Annotated[int, typer.Argument(help="The agreement's id.")],
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Show one agreement and its terms.

    Example: handover agreements show 3 --format json
    """
    with opened(db) as ledger:
        agreement = ledger.agreements.get(agreement_id)
    if fmt is OutputFormat.JSON:
        print_json(agreement.to_json())
        return
    console.print(f"[bold]{agreement.name}[/bold] (id {agreement.id})")
    console.print(f"date: {agreement.date or 'unknown'}; venue: {agreement.venue or 'unknown'}")
    console.print(f"parties: {', '.join(agreement.parties)}; "
                  f"mediators: {', '.join(agreement.mediators) or 'none'}")
    emit([t.to_json() for t in agreement.terms], OutputFormat.TABLE,
         ["giver", "receiver", "category", "count", "all_for_all", "conditions"], "terms")
