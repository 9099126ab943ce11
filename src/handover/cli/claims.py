"""``handover claims``: claims entered by hand, listed, corrected and traced through history."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from handover.cli.options import DbOpt, FormatOpt, OutputFormat, choice
from handover.cli.render import console, emit, print_json
from handover.cli.session import opened
from handover.domain import Category, Claim, ClaimKind, ClaimRecord, Qualifier, ReviewState

__all__ = ["app"]

app = typer.Typer(help="Claims: who says who handed over how many of whom to whom.",
                  no_args_is_help=True)

COLUMNS = ["id", "event_date", "giver", "receiver", "category", "count", "qualifier", "kind",
           "speaker", "review", "flags"]

GiverOpt = Annotated[str | None, typer.Option(help="Party handing over (name or alias).")]
ReceiverOpt = Annotated[str | None, typer.Option(help="Party receiving.")]
CategoryOpt = Annotated[str | None, typer.Option(
    help="pow, civilian, detainee, hostage, bodies or mixed.")]
CountOpt = Annotated[int | None, typer.Option(help="The figure (omit when none is given).")]
QualifierOpt = Annotated[str | None, typer.Option(help="exact, about, at_least or at_most.")]
KindOpt = Annotated[str | None, typer.Option(
    help="completed, announced, agreed or cumulative.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="Event date, YYYY-MM-DD.")]
SaidOpt = Annotated[str | None, typer.Option("--said-on", help="Statement date, YYYY-MM-DD.")]
SpeakerOpt = Annotated[str | None, typer.Option(help="Who asserts it, as the text names them.")]
QuoteOpt = Annotated[str | None, typer.Option(help="The words the claim comes from.")]


@app.command("add")
def add(
    giver: GiverOpt = None,
    receiver: ReceiverOpt = None,
    category: CategoryOpt = "mixed",
    count: CountOpt = None,
    qualifier: QualifierOpt = "exact",
    kind: KindOpt = "completed",
    event_date: DateOpt = None,
    said_on: SaidOpt = None,
    speaker: SpeakerOpt = None,
    quote: QuoteOpt = "",
    source: Annotated[str | None, typer.Option(help="A recorded source, by id or name.")]
    = None,
    citation: Annotated[str | None, typer.Option(help="Where it was said: outlet, URL, date.")]
    = None,
    note: Annotated[str | None, typer.Option(help="A note for reviewers.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Record a claim by hand, with its source and citation.

    Example: handover claims add --giver Russia --receiver Ukraine --category bodies
    --count 1200 --date 2025-06-13 --speaker "Interfax, citing an unnamed source"
    --citation "Interfax, 13 June 2025"
    """
    from handover.domain.validation import parse_date

    claim = Claim(
        giver=giver, receiver=receiver, category=choice(Category, category, "category"),
        count=count, qualifier=choice(Qualifier, qualifier, "qualifier"),
        kind=choice(ClaimKind, kind, "kind"), event_date=parse_date(event_date, what="--date"),
        statement_date=parse_date(said_on, what="--said-on"), speaker=speaker,
        quote=quote or "", start=0, end=len(quote or ""),
    )
    with opened(db) as ledger:
        found = ledger.sources.find(source) if source else None
        record = ledger.claims.add(claim, source=found, citation=citation, note=note)
    _show([record], fmt, f"recorded claim {record.id}")


@app.command("list")
def list_claims(
    party: Annotated[str | None, typer.Option(help="Only claims naming this party.")] = None,
    category: CategoryOpt = None,
    kind: KindOpt = None,
    report: Annotated[int | None, typer.Option(help="Only claims from this report id.")] = None,
    review: Annotated[str | None, typer.Option(help="unreviewed, accepted or rejected.")]
    = None,
    all_versions: Annotated[bool, typer.Option("--all", help="Include superseded claims.")]
    = False,
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """List current claims (corrections replace what they supersede).

    Example: handover claims list --party Ukraine --category bodies --format json
    """
    from handover.ledger import ClaimFilter

    with opened(db) as ledger:
        where = ClaimFilter(
            party=ledger.parties.registry().resolve(party) or party if party else None,
            category=choice(Category, category, "category").value if category else None,
            kind=choice(ClaimKind, kind, "kind").value if kind else None,
            report_id=report,
            review=choice(ReviewState, review, "review") if review else None,
            include_superseded=all_versions,
        )
        records = ledger.claims.all(where)
    _show(records, fmt)


@app.command("show")
def show(
    claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Show one claim with its quote, source and report.

    Example: handover claims show 12 --format json
    """
    with opened(db) as ledger:
        record = ledger.claims.get(claim_id)
        source = None if record.source_id is None else ledger.sources.get(record.source_id)
        report = None if record.report_id is None else ledger.reports.get(record.report_id)
    data = record.to_json()
    data["source"] = None if source is None else {
        "id": source.id, "name": source.name, "kind": source.kind.value,
        "affiliation": source.affiliation}
    data["report"] = None if report is None else {
        "id": report.id, "title": report.title, "filename": report.filename, "url": report.url}
    if fmt is OutputFormat.JSON:
        print_json(data)
        return
    for key, value in data.items():
        console.print(f"[bold]{key}[/bold]: {value if value is not None else ''}")


@app.command("correct")
def correct(
    claim_id: Annotated[int, typer.Argument(help="The claim to correct.")],
    note: Annotated[str, typer.Option(help="Why: the reason for the correction.")],
    giver: GiverOpt = None,
    receiver: ReceiverOpt = None,
    category: CategoryOpt = None,
    count: CountOpt = None,
    qualifier: QualifierOpt = None,
    kind: KindOpt = None,
    event_date: DateOpt = None,
    said_on: SaidOpt = None,
    speaker: SpeakerOpt = None,
    citation: Annotated[str | None, typer.Option(help="Where the correction comes from.")]
    = None,
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Correct a claim: a new record supersedes it; the old one stays in the history.

    Example: handover claims correct 12 --count 1212 --note "figure as stated by the receiver"
    """
    from handover.domain.validation import parse_date

    changes: dict[str, Any] = {
        "giver": giver, "receiver": receiver, "count": count, "speaker": speaker,
        "category": choice(Category, category, "category") if category else None,
        "qualifier": choice(Qualifier, qualifier, "qualifier") if qualifier else None,
        "kind": choice(ClaimKind, kind, "kind") if kind else None,
        "event_date": parse_date(event_date, what="--date"),
        "statement_date": parse_date(said_on, what="--said-on"),
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    with opened(db) as ledger:
        record = ledger.claims.correct(claim_id, changes, note=note, citation=citation)
    _show([record], fmt, f"claim {record.id} supersedes claim {claim_id}")


@app.command("history")
def history(
    claim_id: Annotated[int, typer.Argument(help="Any version of the claim.")],
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """List every version of a claim, from its first record to the current one.

    Example: handover claims history 12
    """
    with opened(db) as ledger:
        records = ledger.claims.history(claim_id)
    _show(records, fmt, f"history of claim {claim_id}", extra=["supersedes", "note"])


def _show(records: list[ClaimRecord], fmt: FormatOpt, title: str | None = None,
          extra: list[str] | None = None) -> None:
    emit([r.to_json() for r in records], fmt, COLUMNS + (extra or []), title)
