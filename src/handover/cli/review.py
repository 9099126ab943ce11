"""``handover review``: accept or reject extracted claims; corrections are ``claims correct``."""

from __future__ import annotations

from typing import Annotated

import typer

from handover.cli.options import DbOpt, FormatOpt, OutputFormat
from handover.cli.render import console, emit
from handover.cli.session import opened
from handover.domain import ReviewState

__all__ = ["app"]

app = typer.Typer(help="Review claims: accept or reject them (each decision is a record).",
                  no_args_is_help=True)

ReviewerOpt = Annotated[str | None, typer.Option(help="Who decides (recorded with the decision).")]
NoteOpt = Annotated[str | None, typer.Option(help="Why.")]


@app.command("list")
def pending(
    state: Annotated[str, typer.Option(help="unreviewed, accepted or rejected.")] = "unreviewed",
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """List claims waiting for review (or in another review state).

    Example: handover review list --format json
    """
    from handover.cli.options import choice
    from handover.ledger import ClaimFilter

    wanted = choice(ReviewState, state, "review state")
    with opened(db) as ledger:
        records = ledger.claims.all(ClaimFilter(review=wanted))
    emit([r.to_json() for r in records], fmt,
         ["id", "event_date", "giver", "receiver", "category", "count", "kind", "speaker",
          "quote"])


@app.command("accept")
def accept(
    claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
    reviewer: ReviewerOpt = None,
    note: NoteOpt = None,
    db: DbOpt = None,
) -> None:
    """Accept a claim as correctly read from its report.

    Example: handover review accept 12 --reviewer "desk editor"
    """
    _decide(db, claim_id, ReviewState.ACCEPTED, reviewer, note)


@app.command("reject")
def reject(
    claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
    note: Annotated[str, typer.Option(help="Why it is rejected.")],
    reviewer: ReviewerOpt = None,
    db: DbOpt = None,
) -> None:
    """Reject a claim (it stays on record, and out of reconciliation).

    Example: handover review reject 12 --note "the figure is a casualty estimate"
    """
    _decide(db, claim_id, ReviewState.REJECTED, reviewer, note)


def _decide(db: str | None, claim_id: int, state: ReviewState, reviewer: str | None,
            note: str | None) -> None:
    with opened(db) as ledger:
        record = ledger.claims.review(claim_id, state, reviewer=reviewer, note=note)
    console.print(f"claim {record.id}: {record.review.value}")
