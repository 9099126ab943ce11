"""``handover report`` and ``handover chart``: pictures and pages people read offline."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from handover.cli.options import DbOpt
from handover.cli.render import console
from handover.errors import InputError

if TYPE_CHECKING:
    from handover.domain import PartyRegistry

__all__ = ["register"]


def report(
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")]
    = Path("handover-report.html"),
    markdown: Annotated[Path | None, typer.Option(help="Also write the report as Markdown.")]
    = None,
    db: DbOpt = None,
) -> None:
    """Write a self-contained HTML report: events, discrepancies, agreements, balances, charts.

    It needs no network to view: styles and charts are inside the file.

    Example: handover report -o report.html --markdown report.md
    """
    from handover.cli.session import opened
    from handover.ledger.outputs import ledger_report

    with opened(db) as ledger:
        _write(output, ledger_report(ledger))
        if markdown is not None:
            _write(markdown, ledger_report(ledger, markdown=True))


def chart(
    kind: Annotated[str, typer.Argument(help="cumulative, fulfilment or asymmetry.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="A .svg or .png file.")],
    pair: Annotated[str | None, typer.Option(
        help="For cumulative: two parties, e.g. Russia/Ukraine.")] = None,
    category: Annotated[str | None, typer.Option(help="For cumulative: the category.")] = None,
    agreement: Annotated[int | None, typer.Option(help="For fulfilment: the agreement id.")]
    = None,
    db: DbOpt = None,
) -> None:
    """Draw one chart as SVG or PNG.

    Example: handover chart cumulative --pair Russia/Ukraine --category bodies -o bodies.svg
    """
    from handover.cli.session import opened
    from handover.ledger.outputs import ledger_chart

    if output.suffix.lower() not in (".svg", ".png"):
        raise InputError(f"chart file must end in .svg or .png, got {output.name!r}")
    with opened(db) as ledger:
        parties = _pair(ledger.parties.registry(), pair) if pair else None
        svg = ledger_chart(ledger, kind, parties=parties, category=category,
                           agreement=agreement)
    if output.suffix.lower() == ".png":
        from handover.charts import svg_to_png

        _write(output, svg_to_png(svg))
    else:
        _write(output, svg)


def register(app: typer.Typer) -> None:
    """Add these commands to the root app."""
    app.command("report")(report)
    app.command("chart")(chart)


def _pair(registry: PartyRegistry, text: str) -> tuple[str, str]:
    names = [part.strip() for part in text.split("/")]
    if len(names) != 2:
        raise InputError(f"--pair must name two parties as A/B, got {text!r}")
    found = []
    for name in names:
        canonical = registry.resolve(name)
        if canonical is None:
            raise InputError(f"unknown party {name!r} in --pair")
        found.append(canonical)
    return found[0], found[1]


def _write(path: Path, content: str | bytes) -> None:
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", path=path) from None
    console.print(f"wrote {path}")
