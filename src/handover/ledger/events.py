"""Handover events and balances, reconciled from the ledger's claims and agreements.

Reconciliation is cached per ledger state (the log size). When the log grew only by reports,
new voices, claims and reviews, only the claims those records touch are re-reconciled
(:func:`handover.reconcile.rereconcile`); anything else (an agreement, a corrected voice)
reconciles afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from handover.agreements import Balance, balance
from handover.domain import HandoverEvent, Source, SourceKind
from handover.errors import NotFoundError
from handover.ledger.claims import select_claims
from handover.reconcile import ClaimView, Reconciliation, Rules, reconcile, rereconcile
from handover.storage.rows import source_from_row
from handover.storage.tables import claims, log_entries, log_head, reports, reviews, sources

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["EventBook"]

_UNATTRIBUTED = Source("unattributed", SourceKind.UNNAMED)
_INCREMENTAL = {"reports", "claims", "reviews", "sources"}


class EventBook:
    """What the ledger concludes happened, and who has handed over what to whom."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._cached: tuple[int, Reconciliation] | None = None

    def reconciliation(self) -> Reconciliation:
        """The reconciliation of the ledger as it stands now."""
        with self._ledger.db.reading() as connection:
            size = int(connection.execute(select(log_head.c.size)).scalar_one())
            if self._cached is not None and self._cached[0] == size:
                return self._cached[1]
            result = self._reconcile(connection, size)
        self._cached = (size, result)
        return result

    def all(self) -> list[HandoverEvent]:
        """Every handover event, ordered by id."""
        return list(self.reconciliation().events)

    def get(self, event_id: str) -> HandoverEvent:
        """One event by id."""
        return self.reconciliation().event(event_id)

    def balance(self, agreement_id: int | None = None) -> Balance:
        """SPEC's balance: per pair and category, and per agreement its fulfilment."""
        result = self.reconciliation()
        whole = balance(result.events, result.agreements)
        if agreement_id is None:
            return whole
        if not any(a.id == agreement_id for a in result.agreements):
            raise NotFoundError(f"no agreement with id {agreement_id}")
        return whole.for_agreement(agreement_id)

    def balance_json(self, agreement_id: int | None = None) -> dict[str, Any]:
        """The balance as SPEC's JSON."""
        return self.balance(agreement_id).to_json()

    def _reconcile(self, connection: Connection, size: int) -> Reconciliation:
        if self._cached is not None:
            old_size, previous = self._cached
            kinds = _record_types_since(connection, old_size)
            if kinds <= _INCREMENTAL and not _corrected_sources(connection, old_size):
                changed = _changed_claim_ids(connection, old_size)
                return rereconcile(previous, _views(connection, changed))
        parties = frozenset(p.name for p in self._ledger.parties.registry())
        return reconcile(_views(connection), self._ledger.agreements.all(),
                         Rules(parties=parties))


def _views(connection: Connection, ids: set[int] | None = None) -> list[ClaimView]:
    """Claims as reconciliation sees them: all of them (superseded ones too, which it sets
    aside itself), or only those with the given ids."""
    voices = _sources_by_id(connection)
    query = select(claims).order_by(claims.c.id)
    if ids is not None:
        query = query.where(claims.c.id.in_(sorted(ids)))
    records = select_claims(connection, query)
    wanted = {r.report_id for r in records if r.report_id is not None}
    published = dict(connection.execute(
        select(reports.c.id, reports.c.published).where(reports.c.id.in_(sorted(wanted)))).all())
    return [ClaimView(record, voices.get(record.source_id, _UNATTRIBUTED)
                      if record.source_id is not None else _UNATTRIBUTED,
                      published.get(record.report_id))
            for record in records]


def _sources_by_id(connection: Connection) -> dict[int, Source]:
    """Each source id mapped to the latest version of that voice."""
    rows = connection.execute(select(sources).order_by(sources.c.id)).mappings().all()
    latest: dict[int, Source] = {}
    for row in rows:
        source = source_from_row(row)
        latest[row["id"]] = source
        if row["supersedes"] is not None:
            for known_id, known in list(latest.items()):
                if known.name == source.name:
                    latest[known_id] = source
    return latest


def _record_types_since(connection: Connection, size: int) -> set[str]:
    query = select(log_entries.c.record_type).where(log_entries.c.idx >= size).distinct()
    return set(connection.execute(query).scalars())


def _corrected_sources(connection: Connection, size: int) -> bool:
    query = select(sources.c.id).where(sources.c.id >= size, sources.c.supersedes.is_not(None))
    return connection.execute(query).first() is not None


def _changed_claim_ids(connection: Connection, size: int) -> set[int]:
    new = set(connection.execute(select(claims.c.id).where(claims.c.id >= size)).scalars())
    superseded = set(connection.execute(
        select(claims.c.supersedes).where(claims.c.id >= size, claims.c.supersedes.is_not(None))
    ).scalars())
    reviewed = set(connection.execute(
        select(reviews.c.claim_id).where(reviews.c.id >= size)).scalars())
    return new | superseded | reviewed
