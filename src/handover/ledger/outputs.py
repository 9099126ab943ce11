"""Reports and charts of a whole ledger: what ``handover report`` and ``handover chart`` write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handover.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["CHART_KINDS", "ledger_chart", "ledger_report"]

CHART_KINDS = ("cumulative", "fulfilment", "asymmetry")


def ledger_report(ledger: Ledger, *, markdown: bool = False) -> str:
    """The self-contained HTML report (or its Markdown twin) of the ledger as it stands."""
    from handover.reporting import html_report, markdown_report

    result = ledger.events.reconciliation()
    write = markdown_report if markdown else html_report
    return write(result.events, ledger.events.balance(), discrepancies=result.discrepancies(),
                 problems=result.problems, title=f"Handover ledger report: {ledger.label}")


def ledger_chart(ledger: Ledger, kind: str, *, parties: tuple[str, str] | None = None,
                 category: str | None = None, agreement: int | None = None) -> str:
    """One chart as SVG: cumulative handovers of a pair, fulfilment of an agreement, or the
    asymmetry of every pair."""
    from handover.charts import asymmetry_chart, cumulative_chart, fulfilment_chart

    balance = ledger.events.balance()
    if kind == "asymmetry":
        return asymmetry_chart(balance.pairs)
    if kind == "cumulative":
        wanted = tuple(sorted(parties)) if parties else None
        for pair in balance.pairs:
            if (wanted is None or pair.parties == wanted) and (
                    category is None or pair.category == category):
                return cumulative_chart(pair)
        raise NotFoundError(f"no handovers between {' and '.join(parties or ('any parties',))}"
                            f"{' of ' + category if category else ''}")
    if kind == "fulfilment":
        for item in balance.agreements:
            if agreement is None or item.agreement.id == agreement:
                return fulfilment_chart(item)
        raise NotFoundError(f"no agreement with id {agreement}" if agreement is not None
                            else "no agreements in this ledger")
    raise InputError(f"chart must be one of {', '.join(CHART_KINDS)}, got {kind!r}")
