"""The claims and voices of the ledger, indexed once per ledger state for the pages to use.

Report, source and event pages each need a handful of claims out of many; reading every claim
for each request would not scale, so the web app keeps one index per state of the log (see
:mod:`handover.web.cache`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from handover.domain import ClaimRecord, Source
from handover.errors import NotFoundError
from handover.ledger import Ledger
from handover.web.deps import WebState

__all__ = ["ClaimIndex", "claim_index"]


@dataclass(frozen=True)
class ClaimIndex:
    """Current claims by id, by report and by source; every source a claim names, by id."""

    claims: dict[int, ClaimRecord]
    by_report: dict[int, list[ClaimRecord]]
    by_source: dict[int, list[ClaimRecord]]
    sources: dict[int, Source]

    def source_of(self, record: ClaimRecord) -> Source | None:
        """The voice of a claim, if it has one."""
        return self.sources.get(record.source_id) if record.source_id is not None else None

    def claim(self, ledger: Ledger, claim_id: int) -> ClaimRecord:
        """A claim by id: from the index when current, else from the ledger (superseded)."""
        found = self.claims.get(claim_id)
        return found if found is not None else ledger.claims.get(claim_id)


def claim_index(state: WebState) -> ClaimIndex:
    """The index for the ledger's current state."""
    return state.cache.get("claim-index", lambda: _build(state.ledger))


def _build(ledger: Ledger) -> ClaimIndex:
    records = ledger.claims.all()
    by_report: dict[int, list[ClaimRecord]] = defaultdict(list)
    by_source: dict[int, list[ClaimRecord]] = defaultdict(list)
    for record in records:
        if record.report_id is not None:
            by_report[record.report_id].append(record)
        if record.source_id is not None:
            by_source[record.source_id].append(record)
    sources = {s.id: s for s in ledger.sources.all() if s.id is not None}
    for source_id in by_source.keys() - sources.keys():
        try:
            sources[source_id] = ledger.sources.get(source_id)
        except NotFoundError:
            continue
    return ClaimIndex({r.id: r for r in records}, dict(by_report), dict(by_source), sources)
