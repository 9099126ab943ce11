"""All terminal output in one place: Rich tables for people, JSON for programs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from handover.cli.options import OutputFormat

__all__ = ["console", "emit", "error_console", "print_json", "print_table"]

console = Console(highlight=False, soft_wrap=False)
if not console.is_terminal:
    # Piped output (files, tests, the README) gets room for a ledger's wide tables.
    console.width = 160
error_console = Console(stderr=True, highlight=False, soft_wrap=True)


def print_json(data: Any) -> None:
    """Write data as indented UTF-8 JSON to standard output."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_table(rows: Iterable[Mapping[str, Any]], columns: Sequence[str],
                title: str | None = None) -> None:
    """A Rich table of ``rows`` showing ``columns`` (keys of each row)."""
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        # Short values (ids, dates, figures, states) never break; the rest wraps to fit.
        table.add_column(column.replace("_", " "), overflow="fold", no_wrap=column in _SHORT)
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    console.print(table)


_SHORT = frozenset({
    "id", "date", "event_date", "best", "count", "claims", "kind", "status", "review",
    "qualifier", "difference", "ratio", "report_id", "category", "discrepancies",
})


def emit(data: list[dict[str, Any]], fmt: OutputFormat, columns: Sequence[str],
         title: str | None = None) -> None:
    """Print a listing in the chosen format."""
    if fmt is OutputFormat.JSON:
        print_json(data)
    else:
        print_table(data, columns, title)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
