"""The claims and voices of the ledger, indexed once per ledger state for the pages to use.

Report, source, event and claim pages each need a handful of claims out of many; reading every
claim for each request would not scale, so the web app keeps one index per state of the log
(see :mod:`handover.web.cache`), built from one read of every claim record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from handover.domain import ClaimRecord, ReviewState, Source
from handover.errors import NotFoundError
from handover.ledger import ClaimFilter, Ledger
from handover.web.deps import WebState

__all__ = ["ClaimIndex", "claim_index"]


@dataclass(frozen=True)
class ClaimIndex:
    """Every claim record by id; the current ones, by report and by source; their voices."""

    versions: dict[int, ClaimRecord]
    successors: dict[int, int]
    claims: dict[int, ClaimRecord]
    by_report: dict[int, list[ClaimRecord]]
    by_source: dict[int, list[ClaimRecord]]
    sources: dict[int, Source]

    def source_of(self, record: ClaimRecord) -> Source | None:
        """The voice of a claim, if it has one."""
        return self.sources.get(record.source_id) if record.source_id is not None else None

    def claim(self, claim_id: int) -> ClaimRecord:
        """A claim record by id, current or superseded."""
        found = self.versions.get(claim_id)
        if found is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        return found

    def history(self, claim_id: int) -> list[ClaimRecord]:
        """Every version of a claim, first record to current one (as ``claims.history``)."""
        first = self.claim(claim_id)
        while first.supersedes is not None and first.supersedes in self.versions:
            first = self.versions[first.supersedes]
        chain = [first]
        while chain[-1].id in self.successors:
            chain.append(self.versions[self.successors[chain[-1].id]])
        return chain

    def in_review(self, state: ReviewState | None) -> list[ClaimRecord]:
        """Current claims in ledger order, only those in ``state`` when given."""
        return [r for r in self.claims.values() if state is None or r.review is state]


def claim_index(state: WebState) -> ClaimIndex:
    """The index for the ledger's current state."""
    return state.cache.get("claim-index", lambda: _build(state.ledger))


def _build(ledger: Ledger) -> ClaimIndex:
    every = ledger.claims.all(ClaimFilter(include_superseded=True))
    successors = {r.supersedes: r.id for r in every if r.supersedes is not None}
    current = [r for r in every if r.id not in successors]
    by_report: dict[int, list[ClaimRecord]] = defaultdict(list)
    by_source: dict[int, list[ClaimRecord]] = defaultdict(list)
    for record in current:
        if record.report_id is not None:
            by_report[record.report_id].append(record)
        if record.source_id is not None:
            by_source[record.source_id].append(record)
    return ClaimIndex({r.id: r for r in every}, successors, {r.id: r for r in current},
                      dict(by_report), dict(by_source), _voices(ledger, by_source))


def _voices(ledger: Ledger, by_source: dict[int, list[ClaimRecord]]) -> dict[int, Source]:
    """Current voices, and the earlier versions that claims still name."""
    sources = {s.id: s for s in ledger.sources.all() if s.id is not None}
    for source_id in by_source.keys() - sources.keys():
        try:
            sources[source_id] = ledger.sources.get(source_id)
        except NotFoundError:
            continue
    return sources
