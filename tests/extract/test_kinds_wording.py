"""Kinds and non-claims from less common wording, with sentences of our own: an all-for-all
asked or hoped for, a term not yet completed or provided for, a plan in abbreviated thousands,
totals over days in words, ranks and places that are no totals, people captured or on board,
and runs that were scheduled and made."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Kyiv keeps asking for an exchange of all for all.", "en"),
    ("«Кажуть, що хочуть повернути всіх на всіх», — каже мати.", "uk"),
    ("В Киеве надеются на обмен «всех на всех».", "ru"),
])
def test_an_all_for_all_asked_for_or_hoped_for_is_no_term(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


def test_a_formula_agreed_and_not_yet_completed_is_a_term() -> None:
    claims = claims_of("У Стамбулі сторони погодили обмін 1200 на 1200, і він ще не завершений.",
                       "uk")
    assert [c.kind.value for c in claims] == ["agreed", "agreed"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Перший етап передбачає звільнення 33 заручників в обмін на майже дві тисячі палестинців.",
     "uk"),
    ("Первый этап предусматривает освобождение 33 заложников в обмен на почти две тысячи "
     "палестинцев.", "ru"),
])
def test_what_a_phase_provides_for_is_a_term_of_hostages_against_prisoners(
        text: str, lang: str) -> None:
    claims = claims_of(text, lang, published=date(2025, 2, 15))
    assert [(c.giver, c.receiver, c.count, c.kind.value) for c in claims] == [
        ("Hamas", "Israel", 33, "agreed"), ("Israel", "Hamas", 2000, "agreed")]


def test_thousands_abbreviated_still_waiting_to_be_handed_over_are_a_plan() -> None:
    claims = claims_of("Мединский: около 3 тыс. тел ещё ждут передачи в рефрижераторах.", "ru")
    assert [(c.count, c.kind.value) for c in claims] == [(3000, "announced")]


@pytest.mark.parametrize(("text", "lang"), [
    ("За сім днів на волю вийшли 81 ізраїльтянин і 240 палестинських ув'язнених.", "uk"),
    ("За семь дней на свободу вышли 81 израильтянин и 240 палестинских заключённых.", "ru"),
])
def test_people_freed_over_a_number_of_days_written_in_words_are_a_total(
        text: str, lang: str) -> None:
    claims = claims_of(text, lang, published=date(2023, 12, 2))
    assert [(c.count, c.kind.value) for c in claims] == [(81, "cumulative"), (240, "cumulative")]


def test_lorries_that_reached_a_place_and_the_first_transfer_since_talks_are_no_totals() -> None:
    claims = claims_of("The remains of 1,212 soldiers were handed back by Russia on Wednesday, "
                       "the first large transfer of the dead since the talks in Istanbul. Moscow "
                       "said lorries carrying 1,212 bodies had reached the exchange point on June "
                       "6.", published=date(2025, 6, 11))
    assert [c.kind.value for c in claims] == ["completed", "completed"]


@pytest.mark.parametrize(("text", "lang"), [
    ("29 июня стороны обменялись по 144 человека, а с середины мая в плену оказались более двух "
     "тысяч защитников «Азовстали».", "ru"),
    ("29 червня сторони обмінялися по 144 особи, а з середини травня в полоні опинилися понад "
     "дві тисячі захисників «Азовсталі».", "uk"),
])
def test_people_who_ended_up_in_captivity_are_no_handover(text: str, lang: str) -> None:
    claims = claims_of(text, lang, published=date(2025, 6, 30))
    assert [c.count for c in claims] == [144, 144]


def test_a_model_number_people_on_board_and_the_people_returned_in_a_year() -> None:
    claims = claims_of("On 24 January an Il-76 aircraft crashed; Russia said 65 Ukrainian "
                       "prisoners were on board. The headquarters said 1,358 Ukrainians were "
                       "returned from captivity in 2024.", published=date(2025, 1, 5))
    assert [(c.count, c.kind.value) for c in claims] == [(1358, "cumulative")]


def test_the_last_scheduled_runs_that_were_made_are_no_plan() -> None:
    claims = claims_of("Aircraft made their last scheduled runs on Sunday, closing an operation in "
                       "which, the ICRC said on Sunday, 869 detainees were flown home on 15 "
                       "flights since Friday.", published=date(2023, 4, 16))
    assert [c.kind.value for c in claims] != ["announced"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Всіх на всіх треба, а не по 150.", "uk"),
    ("Для тех, кто спрашивает: нет, «всех на всех» не договаривались.", "ru"),
    ("— Виктор: Всех на всех надо менять!", "ru"),
])
def test_an_all_for_all_wanted_or_not_agreed_after_it_is_no_term(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


def test_the_gap_between_two_counts_is_no_handover() -> None:
    claims = claims_of("Украина насчитала 6057 тел, Россия — 6060. Разница с российской цифрой — "
                       "три тела.", "ru")
    assert 3 not in [c.count for c in claims]



@pytest.mark.parametrize(("text", "lang"), [
    ("Двоє захисників громади повернулися з полону.", "uk"),
    ("Трое земляков нашего округа вернулись домой.", "ru"),
])
def test_a_communitys_own_among_the_freed_are_no_handover_of_their_own(text: str,
                                                                      lang: str) -> None:
    assert claims_of(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("By Kyiv's tally, 6,057 bodies came home that month.", "en"),
    ("Vladimir Medinsky gave a different count: 6,060 bodies handed over.", "en"),
    ("А росія за ці три дні отримала стільки ж — тисячу своїх військових.", "uk"),
    ("В сумме это 6057 тел, переданных Украине.", "ru"),
])
def test_a_months_or_three_days_sum_and_a_different_count_are_totals(text: str,
                                                                      lang: str) -> None:
    assert {c.kind.value for c in claims_of(text, lang)} == {"cumulative"}


def test_a_figure_that_sums_the_days_of_one_operation_is_their_total() -> None:
    text = ("Russia handed over 1,000 bodies to Ukraine on 11 June and 1,100 on 13 June.\n\n"
            "Final stage: 2,100 of our fallen are home")
    found = claims_of(text, published=date(2025, 6, 16))
    assert [(c.count, c.kind.value) for c in found if c.count == 2100] == [(2100, "cumulative")]


def test_stages_each_with_their_day_are_handovers_of_their_days() -> None:
    text = ("Russia and Ukraine agreed to swap 900 prisoners each. It was carried out in three "
            "stages, with 300 released each way on 23 May, 300 on 24 May and 300 on 25 May.")
    found = claims_of(text, published=date(2025, 6, 3))
    assert {(c.kind.value, str(c.event_date)) for c in found if c.count == 300} == {
        ("completed", "2025-05-23"), ("completed", "2025-05-24"), ("completed", "2025-05-25")}
