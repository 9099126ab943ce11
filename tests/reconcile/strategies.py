"""Hypothesis strategies: small random ledgers of claims between two parties in June 2025."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from handover.domain import Category, ClaimKind, Qualifier, ReviewState
from handover.reconcile import ClaimView
from handover.reconcile.samples import make_view

SPEAKERS = ("Coordination Headquarters", "Vladimir Medinsky", "Russian Ministry of Defence",
            "Interfax, citing an unnamed source", "the ICRC", "Reuters")
START = date(2025, 6, 1)


def _day(draw: st.DrawFn, *, allow_none: bool = True) -> date | None:
    if allow_none and draw(st.booleans()):
        return None
    return START + timedelta(days=draw(st.integers(0, 20)))


@st.composite
def claim_view(draw: st.DrawFn, claim_id: int, ids: int) -> ClaimView:
    """One random claim; ``ids`` bounds what it may supersede."""
    giver, receiver = draw(st.sampled_from([("Russia", "Ukraine"), ("Ukraine", "Russia"),
                                            ("Russia", "Russia"), (None, "Ukraine")]))
    kind = draw(st.sampled_from([ClaimKind.COMPLETED] * 4 + list(ClaimKind)))
    count = draw(st.one_of(st.integers(0, 1500), st.integers(-3, 3), st.none()))
    return make_view(
        claim_id, draw(st.integers(1, 6)), draw(st.sampled_from(SPEAKERS)), _day(draw),
        giver, receiver, draw(st.sampled_from(list(Category))), count, kind=kind,
        when=_day(draw), stated=_day(draw), qualifier=draw(st.sampled_from(list(Qualifier))),
        flags=draw(st.sampled_from([(), (), ("direction_conflict",)])),
        review=draw(st.sampled_from([ReviewState.UNREVIEWED] * 3 + list(ReviewState))),
        supersedes=draw(st.one_of(st.none(), st.none(), st.integers(1, max(ids, 1)))))


@st.composite
def ledgers(draw: st.DrawFn, max_size: int = 30) -> list[ClaimView]:
    """A list of random claims with ids 1..n."""
    size = draw(st.integers(0, max_size))
    return [draw(claim_view(i, size)) for i in range(1, size + 1)]
