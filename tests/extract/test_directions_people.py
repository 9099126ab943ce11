"""Whose people a figure counts and who acts, when the words for them are less common: a side's
border region, a body a side names, women named by their nation, people who "returned", bodies
that "went the other way", a side given a figure in words before the next act."""

from __future__ import annotations

from datetime import date

import pytest

from handover.domain.vocabulary import Category
from handover.extract.direction import Direction
from handover.extract.homecoming import home_side
from handover.extract.owners import held_as
from handover.extract.patterns import lexicon
from handover.extract.scene import Scene
from handover.extract.wars import war_of
from tests.extract.helpers import claims_of, core


@pytest.mark.parametrize(("text", "lang"), [
    ("Eight civilians from Russia's Kursk region, who had been taken to Ukraine last summer, "
     "came home on Sunday.", "en"),
    ("В воскресенье на родину вернулись восемь мирных жителей Курской области, которых "
     "удерживали на украинской территории.", "ru"),
    ("Додому повернулися шестеро мешканців Бєлгородської області.", "uk"),
])
def test_residents_of_a_sides_border_region_are_its_people(text: str, lang: str) -> None:
    claims = claims_of(text, lang, published=date(2025, 8, 26))
    assert [(c.giver, c.receiver, c.category.value) for c in claims] == [
        ("Ukraine", "Russia", "civilian")]
    assert not any(c.flags for c in claims if c.flags != ("year_inferred",))


def test_a_side_naming_the_body_that_reports_is_no_doer_of_the_act() -> None:
    claims = claims_of("On 30 December, 150 prisoners were released, the ministry said; the "
                       "Ukrainian authorities reported that 189 persons had returned to Ukraine.",
                       published=date(2025, 3, 1))
    assert [(c.count, c.giver, c.receiver) for c in claims if c.count == 189] == [
        (189, "Russia", "Ukraine")]


def test_soldiers_who_returned_in_a_sides_words_came_home_to_it() -> None:
    claims = claims_of("Russia says 246 soldiers returned")
    assert [(c.count, c.giver, c.receiver) for c in claims][-1] == (246, "Ukraine", "Russia")


def test_bodies_that_went_the_other_way_answer_the_handover_before() -> None:
    claims = claims_of("On Friday, the bodies of 909 Ukrainian soldiers were repatriated to "
                       "Ukraine. Russian media reported that 41 bodies went the other way.")
    assert core(claims) == [("Russia", "Ukraine", 909, "bodies"),
                            ("Ukraine", "Russia", 41, "bodies")]


@pytest.mark.parametrize(("text", "lang"), [
    ("17 октября 108 украинок вернулись домой, Россия получила 110 человек.", "ru"),
    ("17 жовтня 110 росіянок і росіян повернулися до росії, а Україна отримала 108 жінок.", "uk"),
])
def test_women_named_by_their_nation_are_its_people(text: str, lang: str) -> None:
    claims = claims_of(text, lang, published=date(2022, 10, 20))
    assert [(c.count, c.giver, c.receiver) for c in claims] in (
        [(108, "Russia", "Ukraine"), (110, "Ukraine", "Russia")],
        [(110, "Ukraine", "Russia"), (108, "Russia", "Ukraine")])


def test_a_side_given_a_figure_in_words_is_no_receiver_of_the_figure_after_it() -> None:
    claims = claims_of("Россия в пятницу передала Украине ещё тысячу тел погибших и получила 26.",
                       "ru", published=date(2025, 12, 20))
    assert core(claims) == [("Russia", "Ukraine", 1000, "bodies"),
                            ("Ukraine", "Russia", 26, "bodies")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Qatar said its mediation had reunited seven children with their families: four returned "
     "to Ukraine and three to Russia.", "en"),
    ("По данным МИД Катара, с семьями воссоединились семеро детей: четверо — на Украине, трое — "
     "в России.", "ru"),
    ("Qatar said it had helped reunite seven children with their families, four in Kyiv "
     "and three in Moscow.", "en"),
])
def test_children_reunited_each_part_where_its_own_place_says(text: str, lang: str) -> None:
    claims = claims_of(text, lang, published=date(2025, 8, 26))
    assert [(c.count, c.giver, c.receiver) for c in claims] == [
        (7, None, None), (4, "Russia", "Ukraine"), (3, "Ukraine", "Russia")]


def test_a_total_after_parts_that_went_both_ways_goes_no_one_way() -> None:
    text = ("Qatar said it had helped reunite seven children with their families, four in "
            "Ukraine and three in Russia, bringing to 107 the number of children it has helped.")
    claims = claims_of(text, published=date(2025, 8, 26))
    assert [(c.count, c.giver, c.receiver) for c in claims] == [
        (7, None, None), (4, "Russia", "Ukraine"), (3, "Ukraine", "Russia"), (107, None, None)]


def test_a_when_clause_with_its_own_figure_keeps_its_own_receiver() -> None:
    claims = claims_of("Vladimir Medinsky said on 11 June that Russia had received 27 bodies that "
                       "day, when 1,212 were transferred to Ukraine.", published=date(2025, 6, 17))
    assert core(claims) == [("Ukraine", "Russia", 27, "bodies"),
                            ("Russia", "Ukraine", 1212, "bodies")]



def test_prisoners_israel_hands_over_for_hostages_are_detainees() -> None:
    assert held_as(Category.POW, Direction("Israel", "Hamas")) == Category.DETAINEE
    assert held_as(Category.POW, Direction("Hamas", "Israel")) == Category.HOSTAGE
    assert held_as(Category.POW, Direction("Russia", "Ukraine")) == Category.POW


def test_those_freed_in_a_sides_words_are_its_people() -> None:
    claims = claims_of("Ukraine's Coordination Headquarters said in a statement that those freed "
                       "were 33 servicemen and 51 civilians.", published=date(2025, 8, 15))
    assert core(claims) == [("Russia", "Ukraine", 33, "pow"), ("Russia", "Ukraine", 51, "civilian")]


def test_a_side_with_its_gerund_after_a_comma_acts_in_its_own_clause() -> None:
    text = "Ukraine got 1,000 bodies back on 17 July, with Russia receiving 19."
    assert core(claims_of(text, published=date(2025, 7, 20))) == [
        ("Russia", "Ukraine", 1000, "bodies"), ("Ukraine", "Russia", 19, "bodies")]


def test_a_figure_received_in_return_is_not_the_way_the_next_handover_goes() -> None:
    text = ("Russia handed over 6,057 bodies in June, and 78 were received in return. Further "
            "repatriations of 1,000 bodies took place on 17 July.")
    claims = claims_of(text, published=date(2025, 7, 20))
    assert [(c.count, c.giver) for c in claims] == [(6057, "Russia"), (78, "Ukraine"),
                                                   (1000, "Russia")]


def test_a_hostage_taker_that_returns_hostages_gives_them() -> None:
    text = ("Тогда ХАМАС вернул 12 заложников, из них трое погибших, а Израиль освободил "
            "300 заключённых.")
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text, "ru"))] == [
        ("Hamas", "Israel", 12), ("Hamas", "Israel", 3), ("Israel", "Hamas", 300)]


def test_home_in_a_russian_report_on_another_war_is_not_russia() -> None:
    war = war_of(["Israel", "Hamas"])
    text = "Тогда за четыре дня вернули 40 заложников."
    scene = Scene(text, text.index("40"), (), None, (), war=war)
    assert home_side(scene, lexicon("ru")) is None
    scene = Scene(text, text.index("40"), (), None, (), war=war_of(["Russia", "Ukraine"]))
    assert home_side(scene, lexicon("ru")) == "Russia"


def test_children_reunited_with_families_in_both_places_go_no_one_way() -> None:
    text = "Qatar reunited nine children with their families in Ukraine and Russia."
    assert [(g, r, n) for g, r, n, _ in core(claims_of(text))] == [(None, None, 9)]


def test_handovers_that_returned_a_total_do_it_themselves() -> None:
    text = ("Ukraine on Monday received the bodies of 909 soldiers, the last of four handovers "
            "that have returned a total of 4,800 bodies since last Tuesday.")
    found = claims_of(text, published=date(2025, 6, 16))
    assert [(c.count, c.giver, c.receiver, c.kind.value) for c in found] == [
        (909, "Russia", "Ukraine", "completed"), (4800, "Russia", "Ukraine", "cumulative")]


@pytest.mark.parametrize(("text", "lang", "way"), [
    ("6 — цивільних українців звільнили разом із військовими.", "uk", ("Russia", "Ukraine")),
    ("12 — столько украинцев вернулись домой в пятницу.", "ru", ("Russia", "Ukraine")),
])
def test_a_figure_then_a_dash_then_whose_people(text: str, lang: str,
                                                way: tuple[str, str]) -> None:
    assert [(c.giver, c.receiver) for c in claims_of(text, lang)] == [way]


def test_people_flown_from_a_city_in_a_country_come_from_that_country() -> None:
    text = ("The ICRC flew Yemeni detainees home. On Saturday, 110 Houthi detainees were flown "
            "from Abha in Saudi Arabia to Sanaa.")
    found = claims_of(text, published=date(2023, 4, 17))
    assert (110, "Saudi Arabia", "Houthis") in [(c.count, c.giver, c.receiver) for c in found]
