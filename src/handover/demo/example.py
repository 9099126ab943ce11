"""Loading the built-in example and building a ledger from it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handover.domain import Agreement
from handover.storage.rows import term_from_json

if TYPE_CHECKING:
    from handover.ledger import Ledger
    from handover.ledger.ingestion import IngestResult

__all__ = ["DemoReport", "DemoSummary", "build_demo", "demo_agreements", "demo_labels",
           "demo_reports"]


@dataclass(frozen=True)
class DemoReport:
    """One example report and the date it was published."""

    path: Path
    published: date | None


@dataclass(frozen=True)
class DemoSummary:
    """What building the example ledger did."""

    agreements: tuple[Agreement, ...]
    results: tuple[IngestResult, ...]


def _folder() -> Path:
    return Path(str(files("handover.demo")))


def demo_labels() -> list[dict[str, Any]]:
    """The labels of the example reports: file, language, publication date and claims."""
    text = (_folder() / "labels.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def demo_reports() -> list[DemoReport]:
    """The example reports, in the order of their labels."""
    reports = _folder() / "reports"
    return [DemoReport(reports / item["file"],
                       date.fromisoformat(item["published"]) if item.get("published") else None)
            for item in demo_labels()]


def demo_agreements() -> list[Agreement]:
    """The agreements of the example: the Istanbul talks of May and June 2025."""
    data = json.loads((_folder() / "agreements.json").read_text(encoding="utf-8"))
    return [Agreement(name=item["name"], date=date.fromisoformat(item["date"]),
                      venue=item.get("venue"), parties=tuple(item.get("parties", ())),
                      mediators=tuple(item.get("mediators", ())),
                      terms=tuple(term_from_json(t) for t in item["terms"]))
            for item in data]


def build_demo(ledger: Ledger, progress: Callable[[str], None] | None = None) -> DemoSummary:
    """Record the example agreements, then ingest every example report into ``ledger``."""
    agreements = tuple(ledger.agreements.add(a) for a in demo_agreements())
    results = []
    for report in demo_reports():
        results.extend(ledger.ingest.add_paths([report.path], published=report.published))
        if progress is not None:
            progress(report.path.name)
    return DemoSummary(agreements, tuple(results))
