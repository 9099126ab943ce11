"""Which claims other voices contradict: the measure of a voice's record on the sources page."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from handover.domain import ClaimRecord, EventStatus, HandoverEvent

__all__ = ["contradicted_claims"]


def contradicted_claims(events: Iterable[HandoverEvent],
                        claims: Mapping[int, ClaimRecord]) -> set[int]:
    """The ids of claims whose figure another voice contradicts: in a disputed event, a claim
    from a different source gives a different count for the same handover.

    ``claims`` maps ids to current records; ids it lacks (superseded, unknown) are passed over.
    """
    found: set[int] = set()
    for event in events:
        if event.status is not EventStatus.DISPUTED:
            continue
        said = [claims[i] for i in event.claims if i in claims]
        said = [r for r in said if r.claim.count is not None]
        found.update(r.id for r in said
                     if any(o.claim.count != r.claim.count and o.source_id != r.source_id
                            for o in said))
    return found
