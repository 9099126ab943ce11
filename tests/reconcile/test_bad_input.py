"""Bad input never crashes reconciliation: each fault is a problem on what it concerns."""

from __future__ import annotations

from datetime import date

from handover.domain import Agreement, Category, ClaimKind, ReviewState
from handover.reconcile import reconcile
from handover.reconcile.samples import make_view

KSHPW = "Coordination Headquarters"
MOD = "Russian Ministry of Defence"
D = date(2025, 6, 13)


def test_an_unknown_party_is_a_problem_on_its_event() -> None:
    view = make_view(1, 1, KSHPW, D, "Narnia", "Ukraine", Category.POW, 10, when=D)
    result = reconcile([view])
    (event,) = result.events
    assert event.id == "2025-06-13-narnia-ukraine-prisoners"
    assert event.problems == ("Claim #1 names an unknown party, 'Narnia', as giver.",)
    assert [p.event for p in result.problems] == [event.id]


def test_a_claim_without_a_giver_still_makes_an_event() -> None:
    view = make_view(1, 1, KSHPW, D, None, "Ukraine", Category.BODIES, 10, when=D)
    (event,) = reconcile([view]).events
    assert (event.id, event.giver, event.best) == ("2025-06-13-unknown-ukraine-bodies", None, 10)
    assert event.problems == ("Claim #1 names no giver.",)


def test_a_handover_dated_after_its_report_loses_its_date() -> None:
    view = make_view(1, 1, KSHPW, D, "Russia", "Ukraine", Category.BODIES, 10,
                     when=date(2025, 7, 1))
    (event,) = reconcile([view]).events
    assert event.date is None
    assert event.id == "undated-2025-06-13-russia-ukraine-bodies"
    assert event.problems == ("Claim #1 dates the handover 1 July 2025, after it was published "
                              "on 13 June 2025; the date is ignored.",)


def test_impossible_dates_are_dropped_and_reported() -> None:
    view = make_view(1, 1, KSHPW, date(1066, 1, 1), "Russia", "Ukraine", Category.BODIES, 10,
                     when=date(1700, 1, 1), stated=date(1800, 1, 1))
    result = reconcile([view])
    (event,) = result.events
    assert event.id == "undated-russia-ukraine-bodies"
    assert len(event.problems) == 3
    assert all("impossible" in p for p in event.problems)


def test_claims_that_cannot_count_are_set_aside_with_their_reason() -> None:
    views = [
        make_view(1, 1, KSHPW, D, "Russia", "Ukraine", Category.POW, 100, when=D),
        make_view(2, 1, MOD, D, "Russia", "Ukraine", Category.POW, -5, when=D),
        make_view(3, 1, MOD, D, "Russia", "Ukraine", Category.POW, 900, when=D,
                  review=ReviewState.REJECTED),
        make_view(4, 1, MOD, D, "Ukraine", "Ukraine", Category.POW, 7, when=D),
    ]
    result = reconcile(views)
    event = result.event("2025-06-13-russia-ukraine-prisoners")
    assert (event.best, event.claims, event.set_aside) == (100, (1,), (2, 3))
    assert "#2 (its count, -5, is negative)" in event.explanation
    assert "#3 (rejected by a reviewer)" in event.explanation
    reasons = {s.claim: (s.reason, s.event) for s in result.set_aside}
    assert reasons[4] == ("it names Ukraine as both giver and receiver", None)


def test_a_correction_replaces_the_claim_it_supersedes() -> None:
    views = [
        make_view(1, 1, KSHPW, D, "Russia", "Ukraine", Category.POW, 100, when=D),
        make_view(2, 2, KSHPW, D, "Russia", "Ukraine", Category.POW, 110, when=D, supersedes=1),
    ]
    event = reconcile(views).event("2025-06-13-russia-ukraine-prisoners")
    assert (event.best, event.status, event.claims, event.set_aside) == (
        110, "single_source", (2,), (1,))
    assert "#1 (superseded by claim #2)" in event.explanation
    assert "Claim #2 corrects claim #1." in event.explanation


def test_a_rejected_correction_replaces_nothing() -> None:
    views = [
        make_view(1, 1, KSHPW, D, "Russia", "Ukraine", Category.POW, 100, when=D),
        make_view(2, 2, KSHPW, D, "Russia", "Ukraine", Category.POW, 110, when=D, supersedes=1,
                  review=ReviewState.REJECTED),
    ]
    event = reconcile(views).event("2025-06-13-russia-ukraine-prisoners")
    assert (event.best, event.claims, event.set_aside) == (100, (1,), (2,))


def test_counts_that_contradict_their_own_breakdown_are_a_problem() -> None:
    views = [
        make_view(1, 1, "Volodymyr Zelensky", D, "Russia", "Ukraine", Category.MIXED, 390,
                  when=D),
        make_view(2, 1, "Volodymyr Zelensky", D, "Russia", "Ukraine", Category.POW, 270, when=D),
        make_view(3, 1, "Volodymyr Zelensky", D, "Russia", "Ukraine", Category.CIVILIAN, 100,
                  when=D),
    ]
    (event,) = reconcile(views).events
    assert event.best == 390
    assert event.problems == ("Volodymyr Zelensky gives 390 in all but its parts add up to 370 "
                              "(270 pow + 100 civilian); claims #1, #2, #3.",)


def test_a_breakdown_without_a_total_gives_the_sum() -> None:
    views = [
        make_view(1, 1, KSHPW, D, "Russia", "Ukraine", Category.POW, 270, when=D),
        make_view(2, 1, KSHPW, D, "Russia", "Ukraine", Category.CIVILIAN, 120, when=D),
    ]
    (event,) = reconcile(views).events
    assert (event.category, event.best) == (Category.MIXED, 390)
    assert "270 pow + 120 civilian = 390" in event.explanation


def test_an_agreement_without_terms_is_a_problem_on_it() -> None:
    empty = Agreement(name="Talks", date=date(2025, 6, 2), parties=("Russia", "Ukraine"))
    result = reconcile([], [empty])
    (problem,) = result.problems
    assert problem.agreement == "2025-06-02-russia-ukraine"
    assert "has no terms" in problem.message


def test_two_versions_of_one_claim_id_are_reported_and_one_is_used() -> None:
    first = make_view(1, 1, KSHPW, D, "Russia", "Ukraine", Category.POW, 100, when=D)
    second = make_view(1, 1, KSHPW, D, "Russia", "Ukraine", Category.POW, 101, when=D)
    one, other = reconcile([first, second]), reconcile([second, first])
    assert one.to_json() == other.to_json()
    assert [p.claim for p in one.problems] == [1]


def test_an_agreed_claim_with_an_impossible_date_is_reported_on_the_claim() -> None:
    view = make_view(1, 1, KSHPW, D, "Russia", "Ukraine", Category.POW, 100,
                     kind=ClaimKind.AGREED, when=date(1812, 1, 1))
    result = reconcile([view])
    assert result.events == ()
    assert [p.claim for p in result.problems] == [1]
    assert result.agreements[0].date == D
