"""The default rules: qualifiers, tolerance, corrections, undated claims, ids."""

from __future__ import annotations

from datetime import date

from handover.domain import Category, EventStatus, Qualifier
from handover.reconcile import ClaimView, Rules, reconcile
from handover.reconcile.samples import make_view

KSHPW = "Coordination Headquarters"
MOD = "Russian Ministry of Defence"
ICRC = "the ICRC"
D = date(2025, 6, 13)
RU, UA = "Russia", "Ukraine"


def _bodies(claim_id: int, speaker: str, count: int | None, *, when: date | None = D,
            published: date = D, qualifier: Qualifier = Qualifier.EXACT,
            stated: date | None = None, report: int | None = None) -> ClaimView:
    return make_view(claim_id, report or claim_id, speaker, published, RU, UA, Category.BODIES,
                     count, when=when, qualifier=qualifier, stated=stated)


def test_more_than_n_is_a_lower_bound_with_no_known_high() -> None:
    (event,) = reconcile([_bodies(1, MOD, 1000, qualifier=Qualifier.AT_LEAST)]).events
    assert (event.best, event.low, event.high) == (1000, 1000, None)


def test_an_exact_figure_inside_a_bound_is_not_a_dispute() -> None:
    views = [_bodies(1, MOD, 1000, qualifier=Qualifier.AT_LEAST), _bodies(2, KSHPW, 1200)]
    (event,) = reconcile(views).events
    assert (event.best, event.low, event.high) == (1200, 1000, 1200)
    assert event.status is EventStatus.CORROBORATED


def test_an_exact_figure_below_a_lower_bound_is_a_dispute() -> None:
    views = [_bodies(1, MOD, 1000, qualifier=Qualifier.AT_LEAST), _bodies(2, KSHPW, 900)]
    (event,) = reconcile(views).events
    assert (event.best, event.status) == (900, EventStatus.DISPUTED)
    assert event.discrepancies == ("Coordination Headquarters for the Treatment of Prisoners "
                                   "of War says 900; Russian Ministry of Defence says at least "
                                   "1,000",)


def test_about_figures_agree_within_the_tolerance() -> None:
    views = [_bodies(1, MOD, 1200, qualifier=Qualifier.ABOUT), _bodies(2, KSHPW, 1212)]
    (event,) = reconcile(views).events
    assert (event.best, event.status) == (1212, EventStatus.CORROBORATED)
    strict = reconcile(views, rules=Rules(about_tolerance=0.0)).events[0]
    assert strict.status is EventStatus.DISPUTED


def test_an_intermediary_outranks_the_giving_side() -> None:
    views = [_bodies(1, MOD, 1000), _bodies(2, ICRC, 1010)]
    (event,) = reconcile(views).events
    assert (event.best, event.low, event.high) == (1010, 1000, 1010)
    assert "an intermediary's officials" in event.explanation


def test_officials_outrank_unnamed_sources() -> None:
    views = [_bodies(1, "Interfax, citing an unnamed source", 1000), _bodies(2, MOD, 990)]
    (event,) = reconcile(views).events
    assert event.best == 990


def test_a_voices_later_statement_corrects_its_earlier_one() -> None:
    views = [_bodies(1, KSHPW, 1000, published=D),
             _bodies(2, KSHPW, 1012, published=date(2025, 6, 15))]
    (event,) = reconcile(views).events
    assert (event.best, event.low, event.high, event.status) == (
        1012, 1012, 1012, EventStatus.SINGLE_SOURCE)
    assert event.set_aside == (1,)
    assert "corrected by Coordination Headquarters" in event.explanation


def test_an_undated_claim_attaches_to_the_one_handover_before_it() -> None:
    views = [_bodies(1, KSHPW, 1200), _bodies(2, MOD, 1200, when=None, stated=date(2025, 6, 14),
                    published=date(2025, 6, 14))]
    (event,) = reconcile(views).events
    assert (event.id, event.claims, event.status) == (
        "2025-06-13-russia-ukraine-bodies", (1, 2), EventStatus.CORROBORATED)


def test_an_undated_claim_picks_the_candidate_with_its_count() -> None:
    views = [_bodies(1, KSHPW, 1200, when=date(2025, 6, 12)), _bodies(2, KSHPW, 1245),
             _bodies(3, MOD, 1245, when=None, stated=date(2025, 6, 14),
                    published=date(2025, 6, 14))]
    events = {e.id: e.claims for e in reconcile(views).events}
    assert events == {"2025-06-12-russia-ukraine-bodies": (1,),
                      "2025-06-13-russia-ukraine-bodies": (2, 3)}


def test_an_ambiguous_undated_claim_forms_its_own_event() -> None:
    views = [_bodies(1, KSHPW, 1200, when=date(2025, 6, 12)), _bodies(2, KSHPW, 1245),
             _bodies(3, MOD, 999, when=None, stated=date(2025, 6, 14),
                    published=date(2025, 6, 14))]
    events = {e.id: e.claims for e in reconcile(views).events}
    assert events["undated-2025-06-14-russia-ukraine-bodies"] == (3,)


def test_an_undated_figure_far_from_the_one_candidate_stays_apart() -> None:
    later = date(2025, 6, 14)
    views = [_bodies(1, MOD, 1000), _bodies(2, KSHPW, 6057, when=None, published=later),
             _bodies(3, KSHPW, 1100, when=None, published=later),
             _bodies(4, ICRC, 0, when=None, published=later)]
    events = {e.id: e.claims for e in reconcile(views).events}
    assert events == {"2025-06-13-russia-ukraine-bodies": (1, 3, 4),
                      "undated-2025-06-14-russia-ukraine-bodies": (2,)}


def test_loose_undated_claims_split_by_figure() -> None:
    views = [_bodies(n, speaker, count, when=None, published=date(2025, 6, 10 + n))
             for n, speaker, count in ((1, MOD, 27), (2, KSHPW, 1200), (3, ICRC, 1212))]
    events = {e.id: e.claims for e in reconcile(views).events}
    assert events == {"undated-2025-06-11-russia-ukraine-bodies": (1,),
                      "undated-2025-06-13-russia-ukraine-bodies": (2, 3)}
    views.append(_bodies(4, ICRC, 0, when=None, published=date(2025, 6, 12)))
    assert len(reconcile(views).events) == 3


def test_a_claim_made_before_a_handover_never_joins_it() -> None:
    views = [_bodies(1, KSHPW, 1200), _bodies(2, MOD, 1212, when=None, stated=date(2025, 6, 11))]
    ids = [e.id for e in reconcile(views).events]
    assert ids == ["2025-06-13-russia-ukraine-bodies", "undated-2025-06-11-russia-ukraine-bodies"]


def test_a_figureless_confirmation_counts_as_a_voice() -> None:
    views = [_bodies(1, "Interfax, citing an unnamed source", 1200), _bodies(2, KSHPW, None)]
    (event,) = reconcile(views).events
    assert (event.best, event.status, event.confirmed_by) == (
        1200, EventStatus.CORROBORATED, ("Ukraine",))


def test_one_side_alone_is_a_single_source() -> None:
    views = [_bodies(1, KSHPW, 1200), _bodies(2, "Volodymyr Zelensky", 1200)]
    (event,) = reconcile(views).events
    assert (event.status, event.confirmed_by) == (EventStatus.SINGLE_SOURCE, ("Ukraine",))


def test_ids_that_would_collide_get_suffixes_by_content() -> None:
    views = [make_view(1, 1, KSHPW, D, "Ukraine!", "Russia", Category.POW, 5, when=D),
             make_view(2, 2, KSHPW, D, "Ukraine", "Russia", Category.POW, 7, when=D)]
    forward = [e.id for e in reconcile(views).events]
    backward = [e.id for e in reconcile(list(reversed(views))).events]
    assert forward == backward == ["2025-06-13-ukraine-russia-prisoners",
                                   "2025-06-13-ukraine-russia-prisoners-2"]
