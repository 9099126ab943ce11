"""Claims: entered by hand or extracted from reports, corrected and reviewed without overwriting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, select

from handover.domain import Claim, ClaimRecord, ReviewState
from handover.domain.validation import check_count, check_party
from handover.errors import InputError, NotFoundError
from handover.ledger.sources import record_source, source_for_claim
from handover.storage import WriteSession
from handover.storage.rows import claim_from_row, claim_values
from handover.storage.tables import claims, reviews

if TYPE_CHECKING:
    from handover.domain import Source
    from handover.ledger.facade import Ledger

__all__ = ["ClaimBook", "ClaimFilter", "current_claims", "insert_claim", "select_claims"]


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to list; None means any."""

    party: str | None = None
    category: str | None = None
    kind: str | None = None
    report_id: int | None = None
    review: ReviewState | None = None
    include_superseded: bool = False


class ClaimBook:
    """The claims of this ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def add(self, claim: Claim, *, source: Source | None = None, citation: str | None = None,
            note: str | None = None) -> ClaimRecord:
        """Record a claim entered by hand, with its source (or its speaker's voice)."""
        claim = self.checked(claim)
        with self._ledger.write() as session:
            source_id = (record_source(session, source) if source is not None
                         else source_for_claim(session, claim.speaker,
                                               self._ledger.parties.registry()))
            claim_id = insert_claim(session, claim, report_id=None, source_id=source_id,
                                    citation=citation, note=note)
        return self.get(claim_id)

    def checked(self, claim: Claim) -> Claim:
        """The claim with canonical party names, or an InputError naming what is wrong."""
        registry = self._ledger.parties.registry()
        return replace(
            claim,
            giver=check_party(registry, claim.giver, role="giver"),
            receiver=check_party(registry, claim.receiver, role="receiver"),
            count=check_count(claim.count),
        )

    def get(self, claim_id: int) -> ClaimRecord:
        """One claim by id, with its current review state."""
        with self._ledger.db.reading() as connection:
            found = select_claims(connection, select(claims).where(claims.c.id == claim_id))
        if not found:
            raise NotFoundError(f"no claim with id {claim_id}")
        return found[0]

    def all(self, where: ClaimFilter | None = None) -> list[ClaimRecord]:
        """Claims in ledger order, current ones only unless asked otherwise."""
        where = where or ClaimFilter()
        with self._ledger.db.reading() as connection:
            found = current_claims(connection, include_superseded=where.include_superseded)
        return [c for c in found if _matches(c, where)]

    def correct(self, claim_id: int, changes: dict[str, Any], *, note: str | None = None,
                citation: str | None = None) -> ClaimRecord:
        """Record a correction: a new claim that supersedes ``claim_id``, which stays on record."""
        old = self.get(claim_id)
        newer = self._superseded_by(claim_id)
        if newer is not None:
            raise InputError(f"claim {claim_id} was already corrected by claim {newer}; "
                             f"correct {newer} instead")
        unknown = set(changes) - set(Claim.__dataclass_fields__)
        if unknown:
            raise InputError(f"cannot correct unknown field(s): {', '.join(sorted(unknown))}")
        if not changes:
            raise InputError("a correction needs at least one changed field")
        claim = self.checked(replace(old.claim, **changes))
        with self._ledger.write() as session:
            new_id = insert_claim(session, claim, report_id=old.report_id,
                                  source_id=old.source_id, citation=citation or old.citation,
                                  note=note, supersedes=claim_id)
        return self.get(new_id)

    def history(self, claim_id: int) -> list[ClaimRecord]:
        """Every version of a claim, from the first record to the current one."""
        with self._ledger.db.reading() as connection:
            first = self._first_version(connection, claim_id)
            chain = [first]
            while True:
                newer = select_claims(connection, select(claims).where(
                    claims.c.supersedes == chain[-1].id))
                if not newer:
                    return chain
                chain.append(newer[0])

    @staticmethod
    def _first_version(connection: Connection, claim_id: int) -> ClaimRecord:
        current = select_claims(connection, select(claims).where(claims.c.id == claim_id))
        if not current:
            raise NotFoundError(f"no claim with id {claim_id}")
        while current[0].supersedes is not None:
            current = select_claims(connection, select(claims).where(
                claims.c.id == current[0].supersedes))
        return current[0]

    def review(self, claim_id: int, state: ReviewState, *, reviewer: str | None = None,
               note: str | None = None) -> ClaimRecord:
        """Record a reviewer's decision on a claim; the latest decision is its state."""
        self.get(claim_id)
        with self._ledger.write() as session:
            session.insert(reviews, {"claim_id": claim_id, "state": state.value,
                                     "reviewer": reviewer, "note": note})
        return self.get(claim_id)

    def _superseded_by(self, claim_id: int) -> int | None:
        with self._ledger.db.reading() as connection:
            return connection.execute(
                select(claims.c.id).where(claims.c.supersedes == claim_id)
            ).scalar_one_or_none()


def insert_claim(session: WriteSession, claim: Claim, *, report_id: int | None,
                 source_id: int | None, citation: str | None = None, note: str | None = None,
                 supersedes: int | None = None) -> int:
    """Write one claim record in an open write session."""
    return session.insert(claims, {
        **claim_values(claim), "report_id": report_id, "source_id": source_id,
        "citation": citation, "note": note, "supersedes": supersedes,
    })


def current_claims(connection: Connection, *, include_superseded: bool = False
                   ) -> list[ClaimRecord]:
    """Claims in ledger order with their review states; superseded ones only if asked."""
    found = select_claims(connection, select(claims).order_by(claims.c.id))
    if include_superseded:
        return found
    superseded = {c.supersedes for c in found if c.supersedes is not None}
    return [c for c in found if c.id not in superseded]


def select_claims(connection: Connection, query: Select[Any]) -> list[ClaimRecord]:
    """The claims a query selects, each with its current review state."""
    rows = connection.execute(query).mappings().all()
    ids = [row["id"] for row in rows] if len(rows) <= _FEW else None
    states = _review_states(connection, ids)
    return [claim_from_row(row, states.get(row["id"], ReviewState.UNREVIEWED)) for row in rows]


_FEW = 500


def _review_states(connection: Connection, ids: list[int] | None) -> dict[int, ReviewState]:
    """The latest review of each claim: of the given claims, or of all when ``ids`` is None."""
    query = select(reviews.c.claim_id, reviews.c.state).order_by(reviews.c.id)
    if ids is not None:
        query = query.where(reviews.c.claim_id.in_(ids))
    return {row.claim_id: ReviewState(row.state) for row in connection.execute(query)}


def _matches(record: ClaimRecord, where: ClaimFilter) -> bool:
    claim = record.claim
    return all((
        where.party is None or where.party in (claim.giver, claim.receiver),
        where.category is None or claim.category.value == where.category,
        where.kind is None or claim.kind.value == where.kind,
        where.report_id is None or record.report_id == where.report_id,
        where.review is None or record.review == where.review,
    ))
