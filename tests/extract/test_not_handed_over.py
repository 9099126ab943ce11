"""Figures of people that no handover moved: those still held, those only spoken of."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def test_people_still_in_the_other_sides_hands_at_a_dated_time() -> None:
    text = "Some 6,500 Ukrainian soldiers were still in Russian hands in March 2025."
    assert claims_of(text) == []
    assert claims_of("About 1,300 Russians remained in Ukrainian hands on 1 May.") == []


def test_a_side_that_hands_a_figure_over_still_gives_it() -> None:
    found = claims_of("Russia hands Ukraine 909 bodies, the ministry said.")
    assert [(c.giver, c.receiver, c.count) for c in found] == [("Russia", "Ukraine", 909)]


def test_one_of_those_freed_is_a_person_the_story_is_about() -> None:
    text = "Батько одного зі звільнених, Петро Кравець, розповів, що чекав сина два роки."
    assert claims_of(text, "uk") == []
    text = "Отец одного из освобождённых, Пётр Кравец, рассказал, что ждал сына два года."
    assert claims_of(text, "ru") == []


def test_a_refusal_to_take_people_back_is_no_handover() -> None:
    text = "По словам министра, Киев не согласился забрать 500 пленных из этого списка."
    assert claims_of(text, "ru") == []
    text = "The minister said Moscow had refused to take back 500 prisoners on the list."
    assert claims_of(text) == []


def test_an_all_for_all_exchange_that_never_took_place_is_no_term() -> None:
    assert claims_of("Russia and Ukraine met. No all-for-all swap has been held since.") == []
    text = "Україна та росія зустрілися. Жодного обміну «всіх на всіх» відтоді не було."
    assert claims_of(text, "uk") == []
    text = "Россия и Украина встретились. Ни одного обмена «всех на всех» с тех пор не было."
    assert claims_of(text, "ru") == []


def test_a_count_of_exchanges_by_their_size_counts_no_people() -> None:
    assert claims_of("Over the summer there were four big prisoner exchanges.") == []
    assert claims_of("За літо відбулися 4 великі обміни полоненими.", "uk") == []
    assert claims_of("За лето прошли 4 крупных обмена пленными.", "ru") == []


def test_people_still_held_and_waited_for_at_home() -> None:
    assert claims_of("Moscow says some 1,500 of its soldiers are still held in Ukraine.") == []
    text = "У полоні досі перебувають понад 6 тисяч захисників, і на кожного чекають удома."
    assert claims_of(text, "uk") == []
    text = "В плену до сих пор находятся более 6 тысяч военных, и каждого из них ждут дома."
    assert claims_of(text, "ru") == []


def test_records_and_transfers_counted_count_no_people() -> None:
    assert claims_of("Two lists of the dead: how Kyiv and Moscow count the returns") == []


def test_the_writers_fellow_locals_are_a_local_subset() -> None:
    assert claims_of("Четверо наших земляків повернулися з полону", "uk") == []
    assert claims_of("Трое земляков вернулись из плена", "ru") == []
    text = "Вчера домой вернулись шесть наших земляков, мирных жителей области."
    assert [c.count for c in claims_of(text, "ru")] == [6]


def test_those_of_a_place_among_the_freed_are_a_local_subset() -> None:
    assert claims_of("Четверо из освобождённых — жители Льговского района.", "ru") == []
    assert claims_of("Четверо зі звільнених — мешканці Сумської області.", "uk") == []


def test_most_of_those_freed_is_a_part_described() -> None:
    text = ("Zelensky wrote that 500 people had come home, and that most of those freed on "
            "Friday, 310 men, had been captured in the east.")
    assert [c.count for c in claims_of(text)] == [500]


def test_what_never_happened_is_no_handover() -> None:
    text = ("Russia and Ukraine met. Never before have two thousand people gone in each "
            "direction, with lists both sides accept.")
    assert claims_of(text) == []


def test_people_who_stay_under_the_terms_an_aside_names() -> None:
    text = "Трое офицеров, по условиям летнего обмена, остаются в Катаре до конца войны."
    assert claims_of(text, "ru") == []


def test_categories_counted_count_no_people() -> None:
    text = "Россия и Украина договорились об обмене. Речь идёт о трёх категориях пленных."
    assert claims_of(text, "ru") == []


def test_repatriations_and_returns_counted_count_no_people() -> None:
    text = ("Вересень видався насиченим: три обміни полоненими, дві репатріації тіл і одне "
            "повернення дітей.")
    assert claims_of(text, "uk") == []


def test_people_held_and_what_follows_from_it() -> None:
    text = ("Kyiv says some 7,000 of its soldiers are held in Russia, so even a large swap frees "
            "only a fraction of them.")
    assert claims_of(text) == []
    text = ("Омбудсман казав, що в Росії утримують понад 7 тисяч українців, тож на повернення "
            "чекає ще багато родин.")
    assert claims_of(text, "uk") == []


def test_some_of_those_exchanged_described_by_what_they_had_done() -> None:
    text = ("Russia and Ukraine swapped 210 prisoners each on Friday; 64 of the Ukrainians had "
            "defended Mariupol.")
    assert [c.count for c in claims_of(text)] == [210, 210]
    text = ("Friday: 210 were exchanged for 210; of the Ukrainians, 118 had been captured "
            "near Bakhmut.")
    assert [c.count for c in claims_of(text)] == [210, 210]


def test_some_of_those_exchanged_by_their_kind_are_still_parts() -> None:
    text = "Friday: 84 for 84; of Ukraine's 84, 33 were servicemen and 51 civilians."
    assert 33 in [c.count for c in claims_of(text)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Ukraine sent a delegation of 12 people to Istanbul.", "en"),
    ("Україна направила до Стамбула делегацію з 12 осіб.", "uk"),
])
def test_the_size_of_a_delegation_is_no_handover(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Двоє хлопців, що повернулися вчора, — з нашого округу.", "uk"),
    ("Трое ребят, которые вернулись вчера, — из нашего округа.", "ru"),
])
def test_those_of_the_writers_place_among_the_freed(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Ще в травні омбудсман говорив про 7000 військових у російському полоні.", "uk"),
    ("Ещё в мае омбудсмен говорил о 7000 военных в украинском плену.", "ru"),
])
def test_people_spoken_of_in_captivity(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


def test_people_held_and_who_gave_that_figure() -> None:
    text = ("Kyiv says at least 7,000 of its servicemen are still held in Russia, a figure "
            "Deputy Prime Minister Anna Kovalenko gave at the start of the month.")
    assert claims_of(text) == []
