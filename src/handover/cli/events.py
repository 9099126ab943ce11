"""``handover events``, ``handover event`` and ``handover balance``: what the ledger concludes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from handover.cli.options import DbOpt, FormatOpt, OutputFormat
from handover.cli.render import console, emit, print_json
from handover.cli.session import opened

if TYPE_CHECKING:
    from handover.domain import HandoverEvent

__all__ = ["print_balance", "print_events", "register"]


def events(
    party: Annotated[str | None, typer.Option(help="Only events involving this party.")]
    = None,
    category: Annotated[str | None, typer.Option(help="Only this category.")] = None,
    status: Annotated[str | None, typer.Option(
        help="corroborated, single_source or disputed.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, YYYY-MM-DD.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """List reconciled handover events with best, low and high figures and their status.

    Example: handover events --party Ukraine --category bodies --format json
    """
    from handover.domain.validation import parse_date

    start, end = parse_date(since, what="--since"), parse_date(until, what="--until")
    with opened(db) as ledger:
        name = ledger.parties.registry().resolve(party) or party if party else None
        found = [e for e in ledger.events.all()
                 if (name is None or name in (e.giver, e.receiver))
                 and (category is None or e.category.value == category)
                 and (status is None or e.status.value == status)
                 and (start is None or (e.date is not None and e.date >= start))
                 and (end is None or (e.date is not None and e.date <= end))]
    if fmt is OutputFormat.JSON:
        print_json([e.to_json() for e in found])
        return
    print_events(found)


def event(
    event_id: Annotated[str, typer.Argument(help="The event's id, from `handover events`.")],
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Show one event: its figures, the rule that chose them, its claims and discrepancies.

    Example: handover event 2025-06-13-russia-ukraine-bodies
    """
    with opened(db) as ledger:
        found = ledger.events.get(event_id)
        claims = [ledger.claims.get(claim_id) for claim_id in found.claims]
    data = found.to_json()
    if fmt is OutputFormat.JSON:
        print_json({**data, "claim_details": [c.to_json() for c in claims]})
        return
    console.print(f"[bold]{found.id}[/bold]: {_event_row(data)['direction']}, "
                  f"{found.category.value}, {found.date or 'date unknown'}")
    console.print(f"best {found.best}, low {found.low}, high {found.high}; "
                  f"{found.status.value}; confirmed by {', '.join(found.confirmed_by) or 'none'}")
    console.print(found.explanation, markup=False)
    for line in found.discrepancies:
        console.print(f"discrepancy: {line}", markup=False)
    emit([c.to_json() for c in claims], OutputFormat.TABLE,
         ["id", "count", "qualifier", "kind", "event_date", "speaker", "quote"], "claims")


def balance_command(
    agreement: Annotated[int | None, typer.Option(help="Only this agreement's terms.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Show who has handed over what to whom, per pair and category, and each agreement's
    fulfilment.

    Example: handover balance --format json
    """
    with opened(db) as ledger:
        data = ledger.events.balance_json(agreement)
    if fmt is OutputFormat.JSON:
        print_json(data)
        return
    print_balance(data)


def print_events(found: list[HandoverEvent], title: str | None = None) -> None:
    """Events as a table for people."""
    # The id already says the date, the direction and the people; --format json has it all.
    emit([_event_row(e.to_json()) for e in found], OutputFormat.TABLE,
         ["id", "kind", "best", "range", "status", "confirmed_by", "claims", "discrepancies"],
         title)


def print_balance(data: dict[str, Any]) -> None:
    """SPEC's balance JSON as two tables for people: pairs, then agreement terms."""
    emit([_pair_row(p) for p in data["pairs"]], OutputFormat.TABLE,
         ["parties", "category", "first_to_second", "second_to_first", "difference", "ratio"],
         "balance per pair of parties and category (best, low–high)")
    emit([_term_row(a, t) for a in data["agreements"] for t in a["terms"]], OutputFormat.TABLE,
         ["agreement", "term", "handed_over", "fulfilment"], "fulfilment of agreements")


def register(app: typer.Typer) -> None:
    """Add these commands to the root app."""
    app.command("events")(events)
    app.command("event")(event)
    app.command("balance")(balance_command)


def _event_row(event: dict[str, Any]) -> dict[str, Any]:
    return {**event, "direction": f"{event['giver'] or '?'} -> {event['receiver'] or '?'}",
            "range": _range(event["low"], event["high"]), "claims": len(event["claims"]),
            "discrepancies": len(event["discrepancies"])}


def _pair_row(pair: dict[str, Any]) -> dict[str, Any]:
    first, second = pair["handed_over"]
    return {"parties": " / ".join(pair["parties"]), "category": pair["category"],
            "first_to_second": _flow(first), "second_to_first": _flow(second),
            "difference": pair["difference"], "ratio": pair["ratio"]}


def _term_row(agreement: dict[str, Any], term: dict[str, Any]) -> dict[str, Any]:
    from handover.storage.rows import term_from_json

    return {"agreement": agreement.get("name") or agreement.get("key"),
            "term": term_from_json(term["term"]).describe(),
            "handed_over": _flow(term["handed_over"]),
            "fulfilment": _fulfilment(term)}


def _flow(flow: dict[str, Any]) -> str:
    direction = f"{flow['giver']} -> {flow['receiver']}: " if "giver" in flow else ""
    return f"{direction}{flow['best']} ({_range(flow['low'], flow['high'])})"


def _range(low: int | None, high: int | None) -> str:
    return f"{'?' if low is None else low}–{'?' if high is None else high}"


def _fulfilment(term: dict[str, Any]) -> str:
    from handover.charts.fulfilment import undated_note

    fraction = term.get("fraction")
    share = f" ({fraction:.0%})" if isinstance(fraction, int | float) else ""
    return f"{term['state']}{share}{undated_note(term.get('undated_events', 0))}"
