"""The example ledgers come out as their own events with the right figures and discrepancies."""

from __future__ import annotations

from datetime import date

import pytest

from handover.domain import Category, ClaimKind, EventStatus
from handover.reconcile import Reconciliation, reconcile
from handover.reconcile.samples import (
    example_agreements,
    example_claims,
    june_2025_agreement,
    june_2025_repatriation,
    make_view,
)


@pytest.fixture(scope="module")
def result() -> Reconciliation:
    return reconcile(example_claims(), example_agreements())


def test_11_june_is_its_own_handover_with_the_direction_conflict_explained(
        result: Reconciliation) -> None:
    event = result.event("2025-06-11-russia-ukraine-bodies")
    assert (event.giver, event.receiver, event.category) == ("Russia", "Ukraine", Category.BODIES)
    assert (event.best, event.low, event.high) == (1212, 1212, 1212)
    assert event.status is EventStatus.CORROBORATED
    assert event.confirmed_by == ("Russia", "Ukraine")
    assert event.claims == (103, 108)
    assert event.discrepancies == (
        "As written, claim #103 (Vladimir Medinsky) has Ukraine handing over 1,212 bodies to "
        "Russia, but names them as Ukraine's own; the ledger concludes Russia handed them over "
        "to Ukraine.",)


def test_13_june_is_separate_from_11_june_and_confirmed_by_ukraine(
        result: Reconciliation) -> None:
    event = result.event("2025-06-13-russia-ukraine-bodies")
    assert event.date == date(2025, 6, 13)
    assert (event.best, event.low, event.high) == (1200, 1200, 1200)
    assert event.status is EventStatus.CORROBORATED
    assert event.confirmed_by == ("Ukraine",)
    assert event.claims == (101, 105, 109)
    assert event.discrepancies == ()
    assert "the receiving side's own official count" in event.explanation


def test_zero_against_twenty_seven_is_disputed_in_plain_words(result: Reconciliation) -> None:
    event = result.event("undated-2025-06-13-ukraine-russia-bodies")
    assert event.date is None
    assert (event.best, event.low, event.high) == (27, 0, 27)
    assert event.status is EventStatus.DISPUTED
    assert event.confirmed_by == ("Russia",)
    assert event.discrepancies == ("Interfax's unnamed source says none; "
                                   "Vladimir Medinsky says 27",)


def test_later_stages_are_separate_handovers(result: Reconciliation) -> None:
    stages = [(e.date, e.best) for e in result.events
              if e.giver == "Russia" and e.category is Category.BODIES and e.kind == "completed"]
    assert stages == [(date(2025, 6, 11), 1212), (date(2025, 6, 13), 1200),
                      (date(2025, 6, 14), 1200), (date(2025, 6, 16), 1200),
                      (date(2025, 6, 19), 1245)]


def test_the_running_total_matches_the_stages(result: Reconciliation) -> None:
    total = result.event("undated-2025-06-20-russia-ukraine-bodies-total")
    assert total.kind == ClaimKind.CUMULATIVE.value
    assert total.best == 6057
    assert total.discrepancies == ()
    assert "1,212 + 1,200 x 3 + 1,245" in total.explanation
    assert total.related == ("2025-06-11-russia-ukraine-bodies",
                             "2025-06-13-russia-ukraine-bodies",
                             "2025-06-14-russia-ukraine-bodies",
                             "2025-06-16-russia-ukraine-bodies",
                             "2025-06-19-russia-ukraine-bodies")


def test_a_total_the_stages_do_not_add_up_to_is_a_discrepancy() -> None:
    claims = [v for v in june_2025_repatriation() if v.id != 113]
    claims.append(make_view(113, 7, "Coordination Headquarters", date(2025, 6, 20),
                            "Russia", "Ukraine", Category.BODIES, 6000,
                            kind=ClaimKind.CUMULATIVE, stated=date(2025, 6, 20)))
    total = reconcile(claims).event("undated-2025-06-20-russia-ukraine-bodies-total")
    assert total.discrepancies == (
        "Coordination Headquarters for the Treatment of Prisoners of War gives a total of "
        "6,000 by 20 June 2025, but no run of the handovers before it adds up to that: the "
        "nearest sums are 4,845 (13 June 2025 to 19 June 2025: 1,200 x 3 + 1,245) and 6,057 "
        "(11 June 2025 to 19 June 2025: 1,212 + 1,200 x 3 + 1,245).",)


def test_agreed_claims_attach_to_the_matching_agreement(result: Reconciliation) -> None:
    links = {link.claim: link for link in result.agreed}
    assert links[106].agreement == links[107].agreement == "2025-06-02-russia-ukraine"
    assert (links[106].term, links[107].term, links[106].agrees) == (0, 1, True)


def test_agreed_claims_without_an_agreement_form_one() -> None:
    claims = [v for v in june_2025_repatriation() if v.claim.kind is ClaimKind.AGREED]
    result = reconcile(claims)
    (agreement,) = result.agreements
    assert agreement.name == "6,000 for 6,000, 2 June 2025"
    assert [(t.giver, t.receiver, t.category, t.count) for t in agreement.terms] == [
        ("Russia", "Ukraine", Category.BODIES, 6000), ("Ukraine", "Russia", Category.BODIES, 6000)]
    assert {link.agreement for link in result.agreed} == {"2025-06-02-russia-ukraine"}


def test_23_may_counts_its_breakdown_once(result: Reconciliation) -> None:
    event = result.event("2025-05-23-russia-ukraine-prisoners")
    assert (event.category, event.best, event.low, event.high) == (Category.MIXED, 390, 390, 390)
    assert event.status is EventStatus.CORROBORATED
    assert event.confirmed_by == ("Russia", "Ukraine")
    assert "390 = 270 pow + 120 civilian" in event.explanation
    assert event.problems == ()


@pytest.mark.parametrize(("day", "best"), [(24, 307), (25, 303)])
def test_24_and_25_may_are_separate_corroborated_stages(result: Reconciliation, day: int,
                                                        best: int) -> None:
    forward = result.event(f"2025-05-{day}-russia-ukraine-prisoners")
    backward = result.event(f"2025-05-{day}-ukraine-russia-prisoners")
    assert (forward.category, forward.best, forward.status) == (
        Category.POW, best, EventStatus.CORROBORATED)
    assert (backward.best, backward.status) == (best, EventStatus.SINGLE_SOURCE)


def test_the_announcement_links_to_the_stages_that_fulfil_it(result: Reconciliation) -> None:
    announced = result.event("undated-2025-05-22-russia-ukraine-prisoners-announced")
    assert announced.kind == "announced"
    assert announced.related == tuple(f"2025-05-{d}-russia-ukraine-prisoners"
                                      for d in (23, 24, 25))
    assert announced.discrepancies == ()
    stage = result.event("2025-05-24-russia-ukraine-prisoners")
    assert stage.related == (announced.id,)


def test_an_n_for_n_swap_against_the_other_sides_count(result: Reconciliation) -> None:
    event = result.event("2024-12-30-russia-ukraine-prisoners")
    assert (event.best, event.low, event.high) == (189, 150, 189)
    assert event.status is EventStatus.DISPUTED
    assert event.discrepancies == (
        "Russian Ministry of Defence speaks of 150 for 150 on 30 December 2024; Coordination "
        "Headquarters for the Treatment of Prisoners of War counts 189 handed over to Ukraine",)
    other = result.event("2024-12-30-ukraine-russia-prisoners")
    assert (other.best, other.status, other.discrepancies) == (
        150, EventStatus.SINGLE_SOURCE, ())


def test_nothing_is_set_aside_or_wrong_in_the_examples(result: Reconciliation) -> None:
    assert result.set_aside == ()
    assert result.problems == ()
    assert [a.name for a in result.agreements] == [a.name for a in example_agreements()]


def test_the_seed_report_alone_keeps_1212_and_1200_apart() -> None:
    seed = [v for v in june_2025_repatriation() if v.record.report_id == 1]
    events = {e.id: e for e in reconcile(seed, [june_2025_agreement()]).events}
    assert events["undated-2025-06-11-russia-ukraine-bodies"].best == 1212
    assert events["2025-06-13-russia-ukraine-bodies"].best == 1200
    assert events["2025-06-13-russia-ukraine-bodies"].status is EventStatus.CORROBORATED
