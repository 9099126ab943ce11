"""Agreements: entered by hand, corrected by superseding records."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from handover.domain import Agreement, Category, Term
from handover.domain.validation import check_count, check_party
from handover.errors import InputError
from handover.ledger.records import current_records, record_by_id
from handover.storage.rows import agreement_from_row, agreement_values
from handover.storage.tables import agreements

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["AgreementBook", "parse_term"]


class AgreementBook:
    """The agreements this ledger measures fulfilment against."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def add(self, agreement: Agreement) -> Agreement:
        """Record an agreement after checking its parties and terms."""
        agreement = self.checked(agreement)
        with self._ledger.write() as session:
            agreement_id = session.insert(agreements, agreement_values(agreement))
        return self.get(agreement_id)

    def checked(self, agreement: Agreement) -> Agreement:
        """The agreement with canonical party names, or an InputError naming the problem."""
        if not agreement.name.strip():
            raise InputError("an agreement needs a name")
        registry = self._ledger.parties.registry()

        def party(text: str, role: str) -> str:
            name = check_party(registry, text, role=role)
            if name is None:
                raise InputError(f"an agreement's {role} must be named")
            return name

        terms = tuple(
            replace(t, giver=party(t.giver, "giver"), receiver=party(t.receiver, "receiver"),
                    count=check_count(t.count))
            for t in agreement.terms
        )
        return replace(
            agreement,
            parties=tuple(party(p, "party") for p in agreement.parties),
            mediators=tuple(party(m, "mediator") for m in agreement.mediators),
            terms=terms,
        )

    def all(self) -> list[Agreement]:
        """Current agreements (corrections replace what they supersede)."""
        return current_records(self._ledger.db, agreements, agreement_from_row)

    def get(self, agreement_id: int) -> Agreement:
        """One agreement by id."""
        return record_by_id(self._ledger.db, agreements, agreement_id, "agreement",
                            agreement_from_row)


def parse_term(text: str) -> Term:
    """A term written as ``GIVER>RECEIVER:CATEGORY:COUNT|all[:CONDITIONS]``.

    >>> parse_term("Russia>Ukraine:bodies:6000").count
    6000
    >>> parse_term("Ukraine>Russia:pow:all:sick and wounded").all_for_all
    True
    """
    parts = text.split(":", 3)
    if len(parts) < 3 or ">" not in parts[0]:
        raise InputError(f"term {text!r} is not GIVER>RECEIVER:CATEGORY:COUNT|all[:CONDITIONS]")
    giver, receiver = (p.strip() for p in parts[0].split(">", 1))
    try:
        category = Category(parts[1].strip())
    except ValueError:
        raise InputError(f"term {text!r}: unknown category {parts[1]!r}") from None
    amount = parts[2].strip().lower()
    conditions = parts[3].strip() if len(parts) > 3 else ""
    if amount == "all":
        return Term(category, giver, receiver, None, all_for_all=True, conditions=conditions)
    if amount in ("", "-"):
        return Term(category, giver, receiver, None, conditions=conditions)
    if not amount.lstrip("-").isdigit():
        raise InputError(f"term {text!r}: count {parts[2]!r} is not a number or 'all'")
    return Term(category, giver, receiver, check_count(int(amount)), conditions=conditions)
