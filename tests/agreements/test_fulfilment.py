"""Fulfilment of agreement terms within their windows."""

from __future__ import annotations

from datetime import date

import pytest

from handover.agreements import Window, fulfilment, term_windows
from handover.charts.fulfilment import term_summary
from handover.domain import Agreement, Category, HandoverEvent, Term
from handover.reconcile import reconcile
from handover.reconcile.samples import (
    example_agreements,
    example_claims,
    june_2025_agreement,
    may_2025_agreement,
)

RU, UA = "Russia", "Ukraine"


@pytest.fixture(scope="module")
def events() -> tuple[HandoverEvent, ...]:
    return reconcile(example_claims(), example_agreements()).events


def test_the_june_bodies_term_is_fulfilled_by_five_stages(
        events: tuple[HandoverEvent, ...]) -> None:
    (june,) = fulfilment([june_2025_agreement()], events)
    forward, backward = june.terms
    assert (forward.handed_over.best, forward.handed_over.low, forward.handed_over.high) == (
        6057, 6057, 6057)
    assert (forward.fraction, forward.state) == (1.0095, "fulfilled")
    assert len(forward.handed_over.events) == 5
    assert forward.window == Window(date(2025, 6, 2), None)
    assert (backward.handed_over.best, backward.state, backward.undated_events) == (
        0, "not_started", 1)
    assert term_summary(forward) == "6,057 of 6,000 (101%)"
    assert term_summary(backward) == "0 of 6,000 (0%); 1 undated handover of this kind not counted"


def test_the_may_terms_count_the_three_stages_and_not_december(
        events: tuple[HandoverEvent, ...]) -> None:
    (may,) = fulfilment([may_2025_agreement()], events)
    for term in may.terms:
        assert (term.handed_over.best, term.fraction, term.state) == (1000, 1.0, "fulfilled")
        assert [e[:10] for e in term.handed_over.events] == ["2025-05-23", "2025-05-24",
                                                             "2025-05-25"]


def test_a_later_agreement_on_the_same_lane_closes_the_window(
        events: tuple[HandoverEvent, ...]) -> None:
    later = Agreement(name="Later", date=date(2025, 5, 24), parties=(RU, UA),
                      terms=(Term(Category.POW, RU, UA, 500),))
    may, _ = fulfilment([may_2025_agreement(), later], events)
    forward, backward = may.terms
    assert forward.window == Window(date(2025, 5, 16), date(2025, 5, 24))
    assert (forward.handed_over.best, forward.state, forward.fraction) == (390, "partial", 0.39)
    assert backward.window.end is None


def test_a_superseding_agreement_closes_every_window() -> None:
    first = Agreement(name="First", date=date(2025, 1, 1), id=7,
                      terms=(Term(Category.BODIES, RU, UA, 10),))
    second = Agreement(name="Second", date=date(2025, 3, 1), supersedes=7,
                       terms=(Term(Category.HOSTAGE, RU, UA, 1),))
    assert term_windows([first, second]) == [[Window(date(2025, 1, 1), date(2025, 3, 1))],
                                              [Window(date(2025, 3, 1), None)]]


def test_all_for_all_is_shown_without_a_fraction(events: tuple[HandoverEvent, ...]) -> None:
    agreement = Agreement(name="All for all", date=date(2025, 6, 1), parties=(RU, UA),
                          terms=(Term(Category.BODIES, RU, UA, all_for_all=True),
                                 Term(Category.BODIES, UA, RU, conditions="after checks")))
    (result,) = fulfilment([agreement], events)
    everything, conditional = result.terms
    assert (everything.handed_over.best, everything.fraction, everything.state) == (
        6057, None, "not_a_number")
    assert everything.to_json()["description"] == agreement.terms[0].describe()
    assert (conditional.handed_over.best, conditional.state) == (0, "not_a_number")
    assert conditional.to_json()["description"] == agreement.terms[1].describe()


def test_faulty_agreements_are_reported_not_raised(events: tuple[HandoverEvent, ...]) -> None:
    agreements = [Agreement(name="Empty", date=None),
                  Agreement(name="Odd", date=date(2025, 6, 1),
                            terms=(Term(Category.POW, RU, RU, -5),))]
    empty, odd = fulfilment(agreements, events)
    assert empty.problems == (
        "It has no terms: there is nothing to measure its fulfilment against.",
        "It has no date: its window is open at the start.")
    term = odd.agreement.terms[0].describe()
    assert odd.problems == (f"The term {term} names one party as both sides.",
                            f"The term {term} has a negative count.")
    assert odd.terms[0].state == "invalid"
    assert odd.terms[0].fraction is None


def test_keys_are_readable_and_unique(events: tuple[HandoverEvent, ...]) -> None:
    twins = [Agreement(name="B", date=date(2025, 6, 1), parties=(RU, UA)),
             Agreement(name="A", date=date(2025, 6, 1), parties=(UA, RU))]
    assert [f.key for f in fulfilment(twins, events)] == ["2025-06-01-russia-ukraine-2",
                                                          "2025-06-01-russia-ukraine"]
