"""Voices in wordings met later: a title with the name after it, "Per X", a name before its
description or its "saying", the time or turn around a voice, a relay's own word, "said that
day", a body that "назвало" another figure, one who "gave a different count"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(("text", "speaker"), [
    ("They agreed on 6,000 for 6,000, according to Ukraine's defence minister, Rustem Umerov, "
     "who led the team.", "Rustem Umerov"),
    ("Per the Coordination Headquarters, 1,212 bodies came back on Wednesday.",
     "Coordination Headquarters"),
])
def test_a_title_with_its_name_after_it_and_per_name_the_voice(text: str, speaker: str) -> None:
    assert {c.speaker for c in claims_of(text)} == {speaker}


@pytest.mark.parametrize("text", [
    "Vladimir Medinsky, the Kremlin aide heading Moscow's delegation, described the 6,000 bodies "
    "Russia would hand over as a gesture.",
    "Vladimir Medinsky presented Moscow's part as a gesture, saying Russia would hand over 6,000 "
    "bodies whatever Kyiv did.",
])
def test_the_name_before_its_description_or_its_saying_is_the_voice(text: str) -> None:
    assert {c.speaker for c in claims_of(text)} == {"Vladimir Medinsky"}


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Ещё в понедельник Эрдоган в интервью американскому каналу говорил, что стороны "
     "договорились обменять 200 пленных.", "ru", "Эрдоган"),
    ("Міністерство оборони рф своєю чергою заявило, що повернули 84 російських "
     "військовослужбовців.", "uk", "Міністерство оборони рф"),
])
def test_a_voice_without_the_time_occasion_or_turn_around_it(text: str, lang: str,
                                                              speaker: str) -> None:
    assert {c.speaker for c in claims_of(text, lang)} == {speaker}


def test_a_relay_keeps_the_word_it_is_written_with() -> None:
    claims = claims_of("Interfax, quoting an unnamed source, reported that Russia had not "
                       "received a single body that day.")
    assert {c.speaker for c in claims} == {"Interfax, quoting an unnamed source"}


def test_a_voice_that_said_so_that_day_speaks_for_what_came_before() -> None:
    claims = claims_of("The previous swap took place on July 23, when each side handed over 250 "
                       "prisoners of war, Russian negotiator Vladimir Medinsky said that day.")
    assert {c.speaker for c in claims} == {"Vladimir Medinsky"}


def test_a_body_that_named_another_figure_speaks_for_its_data() -> None:
    claims = claims_of("Міноборони рф назвало іншу цифру: за його даними, росії повернули 248 "
                       "військовослужбовців.", "uk")
    assert [(c.giver, c.receiver, c.speaker) for c in claims] == [
        ("Ukraine", "Russia", "Міноборони рф")]


def test_a_voice_that_gave_a_different_count_is_the_voice_of_the_figures_after_it() -> None:
    claims = claims_of("Vladimir Medinsky, Moscow's negotiator, gave a slightly different count: "
                       "6,060 bodies handed over, and 78 Russian bodies received in return.")
    assert {c.speaker for c in claims} == {"Vladimir Medinsky"}


def test_a_name_after_a_phrase_of_time_and_place_before_its_verb() -> None:
    text = "14 июня на встрече в Женеве Мединский заявил, что Россия передаст 500 тел."
    assert {c.speaker for c in claims_of(text, "ru")} == {"Мединский"}
    text = ("Того ж дня на брифінгу в Києві Дмитро Лубінець повідомив, що додому повернулися "
            "90 захисників.")
    assert {c.speaker for c in claims_of(text, "uk")} == {"Дмитро Лубінець"}


def test_a_voice_in_a_closing_clause_of_which_it_told() -> None:
    text = "Сторони домовилися про обмін 300 на 300, про що повідомив Дмитро Лубінець."
    assert {c.speaker for c in claims_of(text, "uk")} == {"Дмитро Лубінець"}
    text = "Стороны договорились об обмене 300 на 300, о чём сообщил Дмитрий Лубинец."
    assert {c.speaker for c in claims_of(text, "ru")} == {"Дмитрий Лубинец"}


def test_a_promise_is_said_and_a_patronymic_stays_with_its_name() -> None:
    text = ("Накануне в разговоре с журналистами Иван Петрович Сидоренко пообещал, что "
            "Россия передаст 40 тел.")
    assert {c.speaker for c in claims_of(text, "ru")} == {"Иван Петрович Сидоренко"}
    text = "С учётом этого МККК насчитывает более 300 освобождённых."
    assert {c.speaker for c in claims_of(text, "ru")} == {"МККК"}


def test_what_each_side_wrote_about_and_the_clause_that_shares_its_verb() -> None:
    text = ("Згадайте жовтень минулого року: росіяни писали про 95 своїх військових, а наш "
            "омбудсман — про 101 українця.")
    found = claims_of(text, "uk")
    assert [(c.giver, c.receiver, c.count, c.kind.value) for c in found] == [
        ("Ukraine", "Russia", 95, "completed"), ("Russia", "Ukraine", 101, "completed")]


def test_you_wrote_is_no_voice() -> None:
    text = "Ви писали, що 14 березня повернули 175 захисників."
    assert {c.speaker for c in claims_of(text, "uk")} == {None}


def test_the_voice_is_the_name_before_its_other_verb_and_y() -> None:
    text = ("У п'ятницю речниця МЗС Ганна Коваль подякувала посередникам й повідомила, що "
            "додому повернулися 40 військових.")
    assert {c.speaker for c in claims_of(text, "uk")} == {"Ганна Коваль"}


def test_a_voice_that_gives_a_figure_of_people_states_it() -> None:
    text = ("Russia handed over 900 bodies on 3 July. For that day he gave a figure of 31 "
            "Russian bodies received in return.")
    found = claims_of(text)
    assert [(c.giver, c.receiver, c.count) for c in found] == [
        ("Russia", "Ukraine", 900), ("Ukraine", "Russia", 31)]


def test_what_a_side_says_of_the_people_is_no_voice_before_the_one_at_the_end() -> None:
    text = ("Ukraine received the bodies of 909 people it says are its soldiers, the "
            "Coordination Headquarters said.")
    assert [c.speaker for c in claims_of(text)] == ["Coordination Headquarters"]


def test_a_name_its_title_and_a_who_clause_before_the_verb() -> None:
    text = ("Rustem Umerov, Ukraine's defence minister, who led its delegation, said 900 "
            "bodies had come home.")
    assert [c.speaker for c in claims_of(text)] == ["Rustem Umerov"]


@pytest.mark.parametrize(("text", "lang", "voice"), [
    ("Володимир Зеленський написав у Telegram, що з полону звільнено 120 українців.", "uk",
     "Володимир Зеленський"),
    ("Министр обороны Андрей Петров, после переговоров в Женеве заявил, что стороны вернули "
     "по 90 пленных.", "ru", "Андрей Петров"),
    ("Defence minister Anna Kovalenko, after the talks in Geneva said 90 prisoners came home.",
     "en", "Anna Kovalenko"),
])
def test_the_platform_and_the_occasion_are_no_voice(text: str, lang: str, voice: str) -> None:
    assert {c.speaker for c in claims_of(text, lang)} == {voice}


def test_a_count_that_leads_into_its_figure_and_a_figure_home() -> None:
    text = ("**30 Dec.** 120 for 120 (Russian MoD). Kyiv's count was higher: 130 home, two of "
            "them civilians.")
    found = [(c.count, c.giver, c.receiver, c.speaker) for c in claims_of(text)]
    assert (130, "Russia", "Ukraine", "Kyiv") in found


def test_remarks_cited_by_an_agency_are_still_the_speakers() -> None:
    text = ("Russia handed over the bodies of 900 Ukrainian servicemen and received 20 in "
            "return, Vladimir Medinsky told a state channel, in remarks that were cited by the "
            "agency Nord-Press.")
    assert {c.speaker for c in claims_of(text)} == {"Vladimir Medinsky"}


def test_items_each_closed_by_their_source_in_brackets() -> None:
    text = ("| Date | Exchange |\n|---|---|\n"
            "| 31 January 2024 | 190 for 190 (Russian MoD); 200 to Ukraine (Kyiv) |")
    found = claims_of(text, published=date(2025, 1, 10))
    assert [(c.count, c.speaker) for c in found] == [
        (190, "Russian MoD"), (190, "Russian MoD"), (200, "Kyiv")]


def test_two_voices_in_absolute_phrases_of_saying() -> None:
    text = ("Russia and Ukraine carried out an exchange on Saturday, with Kyiv saying 120 of its "
            "people had come home and Moscow saying 80 of its servicemen had been returned.")
    found = claims_of(text, published=date(2022, 12, 31))
    assert [(c.count, c.speaker) for c in found] == [(120, "Kyiv"), (80, "Moscow")]


def test_he_after_one_who_has_given_his_sides_account() -> None:
    text = ("The headquarters said 900 bodies had come home. Russia's negotiator Ivan Petrenko "
            "has given his side's account. He wrote that Russia had handed over 900 bodies and "
            "received 20.")
    found = [(c.count, c.speaker) for c in claims_of(text, published=date(2025, 6, 11))]
    assert (20, "Ivan Petrenko") in found
