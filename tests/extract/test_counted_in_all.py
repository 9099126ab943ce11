"""Figures that count both sides' people together, and tallies over a stretch of time."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import claims_of, core


def test_people_freed_from_both_sides_in_one_figure_go_no_one_way() -> None:
    text = "Посредники из Катара насчитали 240 освобождённых с обеих сторон."
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text, "ru"))] == [(None, None, 240)]
    text = "Катарські посередники нарахували 240 звільнених з обох боків."
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text, "uk"))] == [(None, None, 240)]


def test_per_side_figure_from_both_sides_still_goes_each_way() -> None:
    text = "Вчора Україна та росія провели обмін: по 40 цивільних повернулися з обох боків."
    assert sorted((g, r, n) for g, r, n, _ in core(claims_of(text, "uk"))) == [
        ("Russia", "Ukraine", 40), ("Ukraine", "Russia", 40)]


def test_a_go_betweens_tally_of_its_own_mediation_goes_no_one_way() -> None:
    text = ("Катар повідомив про 240 звільнених з обох боків і про 1 150 полонених, "
            "звільнених за весь час його посередництва.")
    found = claims_of(text, "uk")
    assert [(c.giver, c.receiver, c.count, c.kind.value) for c in found] == [
        (None, None, 240, "completed"), (None, None, 1150, "cumulative")]


def test_a_mediated_handover_keeps_the_way_its_sides_give() -> None:
    text = "При посредничестве Катара Россия вернула Украине 60 военных."
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text, "ru"))] == [
        ("Russia", "Ukraine", 60)]


def test_a_years_tally_named_by_its_number_is_cumulative() -> None:
    text = "За даними омбудсмана, за 2023 рік з полону повернули 1 020 українців."
    assert [c.kind.value for c in claims_of(text, "uk")] == ["cumulative"]
    text = "По данным омбудсмена, за 2023 год из плена вернулись 1 020 россиян."
    assert [c.kind.value for c in claims_of(text, "ru")] == ["cumulative"]


def test_at_least_so_many_each_is_a_lower_bound_per_side() -> None:
    text = "Сторони домовилися обміняти ще не менше ніж по 700 полонених."
    found = claims_of(text, "uk")
    assert [(c.giver, c.receiver, c.count, c.qualifier.value, c.kind.value) for c in found] == [
        ("Ukraine", "Russia", 700, "at_least", "agreed"),
        ("Russia", "Ukraine", 700, "at_least", "agreed")]
    text = "Стороны договорились обменять ещё не менее чем по 700 пленных."
    found = claims_of(text, "ru")
    assert sorted((c.giver, c.count, c.qualifier.value) for c in found) == [
        ("Russia", 700, "at_least"), ("Ukraine", 700, "at_least")]


def test_a_span_of_days_from_one_to_another_is_a_total() -> None:
    text = "З 3 по 7 липня росія передала Україні 2 150 тіл."
    assert [c.kind.value for c in claims_of(text, "uk")] == ["cumulative"]
    text = "С 3 по 7 июля Россия передала Украине 2 150 тел."
    assert [c.kind.value for c in claims_of(text, "ru")] == ["cumulative"]


def test_a_season_set_off_as_the_frame_is_a_total_but_not_a_dated_one() -> None:
    text = "Летом, после переговоров, Украине передали более пяти тысяч тел, а Россия получила 60."
    assert [c.kind.value for c in claims_of(text, "ru")] == ["cumulative", "cumulative"]
    text = "Летом 2021 года, в июне, Азербайджан передал Армении 12 пленных."
    assert [c.kind.value for c in claims_of(text, "ru")] == ["completed"]
    text = "Over the summer Russia handed Ukraine more than 5,000 bodies."
    assert [c.kind.value for c in claims_of(text)] == ["cumulative"]


def test_a_written_sum_states_its_total() -> None:
    text = ("Russia handed over 500 bodies on 11 June and 400 on 13 June.\n\n"
            "What each side says\n\n"
            "The Ukrainian count adds up: 500 + 400 = 900. Moscow gives 905.")
    found = claims_of(text)
    assert [(c.count, c.kind.value) for c in found][2] == (900, "cumulative")


def test_a_total_an_agreement_sets_and_splits_both_ways() -> None:
    text = ("In Muscat they agreed on a total of 500 people: the Houthis would release 120, "
            "and the government 380.")
    found = claims_of(text)
    assert [(c.giver, c.receiver, c.count, c.kind.value) for c in found][0] == (
        None, None, 500, "agreed")


@pytest.mark.parametrize("text", [
    ("Mediation between Russia and Ukraine secured the release of 120 prisoners by each side, "
     "240 captives in all."),
    "Russia and Ukraine freed 120 prisoners each, 240 captives in all.",
])
def test_a_whole_after_each_sides_figure_is_one_handover_of_both(text: str) -> None:
    found = claims_of(text, published=date(2024, 12, 30))
    assert [(c.count, c.kind.value) for c in found if c.giver is None] == [(240, "completed")]
    assert len(found) == 3


def test_captives_held_by_both_sides_are_freed_in_all() -> None:
    text = "UAE mediation secures the release of 240 captives held by Russia and Ukraine"
    assert core(claims_of(text)) == [(None, None, 240, "pow")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Всего, по данным Катара, при его участии к родным вернулись 90 детей.", "ru"),
    ("Загалом, за даними Катару, за його посередництва до родин повернулися 90 дітей.", "uk"),
])
def test_a_go_betweens_tally_named_before_its_figure(text: str, lang: str) -> None:
    assert core(claims_of(text, lang)) == [(None, None, 90, "civilian")]


def test_each_figure_reunited_in_its_place_and_the_tally_they_bring_up() -> None:
    text = ("Qatar says four children have been reunited with their families in Ukraine and "
            "three with families in Russia through its mediation, bringing to 96 the number of "
            "children it has helped to reunite since 2023.")
    found = [(c.count, c.giver, c.receiver) for c in claims_of(text)]
    assert (4, "Russia", "Ukraine") in found and (3, "Ukraine", "Russia") in found
    assert (96, None, None) in found


def test_figures_told_again_with_their_sides_are_claimed_once() -> None:
    text = ("5 і 2 — стільки дітей, за повідомленням Катару, в неділю возз'єдналися з родинами: "
            "п'ятеро повернулися в Україну, двоє — до Росії.")
    found = claims_of(text, "uk", published=date(2025, 8, 25))
    assert sorted((c.count, c.giver, c.receiver) for c in found) == [
        (2, "Ukraine", "Russia"), (5, "Russia", "Ukraine")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Загалом, за даними Катару, завдяки його посередництву з родинами возз'єднано 90 дітей.",
     "uk"),
    ("Всего, по данным Катара, благодаря его посредничеству удалось воссоединить с семьями 90 "
     "детей.", "ru"),
])
def test_children_a_go_between_reunited_with_their_families_in_all(text: str, lang: str) -> None:
    assert core(claims_of(text, lang)) == [(None, None, 90, "civilian")]


def test_the_last_figure_reunited_takes_its_own_place() -> None:
    text = ("Qatari mediation has reunited five Ukrainian children with their families in "
            "Ukraine and two Russian children with their families in Russia.")
    assert [(c.count, c.giver, c.receiver) for c in claims_of(text)] == [
        (5, "Russia", "Ukraine"), (2, "Ukraine", "Russia")]
