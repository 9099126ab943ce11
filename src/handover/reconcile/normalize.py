"""Each claim checked before grouping: its direction, its dates, its faults and problems.

Bad input never stops reconciliation. A date that cannot be right (before 1900, or a handover
dated after the report that tells of it) is dropped and reported; an unknown party is reported
and kept; a claim that cannot count (rejected, a negative count, a party handing over to
itself) is set aside with its reason.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from handover.domain import Claim, ClaimKind, ReviewState, Source
from handover.reconcile.text import day
from handover.reconcile.views import CategoryClass, ClaimView, Rules, category_class

__all__ = ["Entry", "Lane", "prepare"]

Lane = tuple[str | None, str | None, CategoryClass, ClaimKind]
"""Claims that may be about the same handover: giver, receiver, category class and kind."""

_DATED_BEFORE_REPORT = (ClaimKind.COMPLETED, ClaimKind.CUMULATIVE)


class Entry(NamedTuple):
    """A claim as reconciliation uses it, after the checks.

    ``giver`` and ``receiver`` are the direction the ledger concluded (reversed from the text
    when ``flipped``); ``when`` is the handover's date when one is stated and possible; ``ref``
    is the date the claim was made (its statement date, else its report's publication date);
    ``fault`` says why the claim cannot count, when it cannot.
    """

    view: ClaimView
    giver: str | None
    receiver: str | None
    klass: CategoryClass
    when: date | None
    ref: date | None
    flipped: bool
    problems: tuple[str, ...]
    fault: str | None
    lane: Lane

    @property
    def id(self) -> int:
        """The claim's record id."""
        return self.view.record.id

    @property
    def claim(self) -> Claim:
        """The claim as extracted."""
        return self.view.record.claim

    @property
    def source(self) -> Source:
        """The voice making the claim."""
        return self.view.source


def prepare(view: ClaimView, rules: Rules) -> Entry:
    """Check one claim and settle its direction, dates and faults."""
    claim = view.claim
    problems: list[str] = []
    published = _published(view, rules, problems)
    statement = _statement(view, published, rules, problems)
    when = _event_date(view, published, statement, rules, problems)
    flipped = (
        rules.reverse_direction_conflicts
        and "direction_conflict" in claim.flags
        and claim.giver is not None
        and claim.receiver is not None
    )
    giver, receiver = (claim.receiver, claim.giver) if flipped else (claim.giver, claim.receiver)
    problems.extend(_party_problems(view, rules))
    klass = category_class(claim.category)
    lane: Lane = (giver, receiver, klass, claim.kind)
    return Entry(view, giver, receiver, klass, when, statement or published, flipped,
                 tuple(problems), _fault(view), lane)


def _published(view: ClaimView, rules: Rules, problems: list[str]) -> date | None:
    if view.published is not None and view.published < rules.earliest_date:
        problems.append(f"Claim #{view.id}: its report's publication date, "
                        f"{view.published.isoformat()}, is impossible and is ignored.")
        return None
    return view.published


def _statement(view: ClaimView, published: date | None, rules: Rules,
               problems: list[str]) -> date | None:
    stated = view.claim.statement_date
    if stated is None:
        return None
    if stated < rules.earliest_date or (published is not None and stated > published):
        problems.append(f"Claim #{view.id}: its statement date, {stated.isoformat()}, is "
                        "impossible (before 1900 or after its report was published) and is "
                        "ignored.")
        return None
    return stated


def _event_date(view: ClaimView, published: date | None, statement: date | None,
                rules: Rules, problems: list[str]) -> date | None:
    when = view.claim.event_date
    if when is None:
        return None
    if when < rules.earliest_date:
        problems.append(f"Claim #{view.id}: its date, {when.isoformat()}, is impossible "
                        "and is ignored.")
        return None
    if view.claim.kind in _DATED_BEFORE_REPORT:
        for limit, what in ((statement, "was stated"), (published, "was published")):
            if limit is not None and when > limit:
                problems.append(f"Claim #{view.id} dates the handover {day(when)}, after it "
                                f"{what} on {day(limit)}; the date is ignored.")
                return None
    return when


def _party_problems(view: ClaimView, rules: Rules) -> list[str]:
    found: list[str] = []
    for role, name in (("giver", view.claim.giver), ("receiver", view.claim.receiver)):
        if name is None:
            found.append(f"Claim #{view.id} names no {role}.")
        elif rules.parties is not None and name not in rules.parties:
            found.append(f"Claim #{view.id} names an unknown party, {name!r}, as {role}.")
    return found


def _fault(view: ClaimView) -> str | None:
    claim = view.claim
    if view.record.review is ReviewState.REJECTED:
        return "rejected by a reviewer"
    if claim.count is not None and claim.count < 0:
        return f"its count, {claim.count}, is negative"
    if claim.giver is not None and claim.giver == claim.receiver:
        return f"it names {claim.giver} as both giver and receiver"
    return None
