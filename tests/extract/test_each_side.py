"""Both sides at once: a figure each side hands over, told in the words of 'each'; 'each
side' as the subject of an act of its own; all for all of two groups."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import claims_of, core


def test_each_side_as_the_subject_of_a_later_act_is_that_acts_figure() -> None:
    # the 307 went one way; "each side is to hand over a thousand" is the exchange's term
    text = ("Three hundred and seven Ukrainian prisoners came home on Saturday, the second day "
            "of an exchange in which each side is to hand over a thousand people.")
    claims = claims_of(text)
    assert core(claims) == [("Russia", "Ukraine", 307, "pow"),
                            ("Ukraine", "Russia", 1000, "detainee"),
                            ("Russia", "Ukraine", 1000, "detainee")]
    assert [c.kind.value for c in claims] == ["completed", "agreed", "agreed"]
    assert claims[1].event_date is None


def test_each_side_after_a_figure_in_a_prepositional_phrase_stays_the_figures() -> None:
    text = ("Russia and Ukraine met in Istanbul. According to Vladimir Medinsky, 250 prisoners "
            "from each side were exchanged that same day, 23 July.")
    assert core(claims_of(text)) == [("Russia", "Ukraine", 250, "pow"),
                                     ("Ukraine", "Russia", 250, "pow")]


def test_each_side_is_the_wars_two_not_an_ally_named_as_a_place() -> None:
    # Belarus, where the buses cross, is no side of the exchange "to each side" tells of
    text = ("On Friday, the first day, 390 people came back to each side, 270 soldiers and 120 "
            "civilians. Ukrainian servicemen crossed into Chernihiv region from Belarus.")
    assert {(g, r) for g, r, _, _ in core(claims_of(text))} == {
        ("Russia", "Ukraine"), ("Ukraine", "Russia")}


def test_all_for_all_of_two_groups_is_two_terms_each_way() -> None:
    for text, lang in (
            ("Russia and Ukraine met. The terms agreed on 2 June also provide for the release "
             "of all seriously wounded and seriously ill prisoners, all for all, and of all "
             "young soldiers aged 18 to 25.", "en"),
            ("Позавчора в Стамбулі делегації домовилися про обмін усіх важкопоранених і "
             "важкохворих полонених за формулою всіх на всіх, а також усіх молодих військових "
             "від 18 до 25 років.", "uk"),
            ("2 июня: всех на всех — для тяжелораненых и тяжелобольных, а также для военных "
             "от 18 до 25 лет.", "ru")):
        claims = claims_of(text, lang)
        assert sorted(core(claims)) == [("Russia", "Ukraine", None, "pow")] * 2 + [
            ("Ukraine", "Russia", None, "pow")] * 2, text
    # (one group, however described, is one term each way)
    one = "Russia and Ukraine agreed to exchange all wounded and ill prisoners all for all."
    assert len(claims_of(one)) == 2


def test_po_before_days_listed_after_a_colon_is_each_day_not_each_side() -> None:
    text = ("Росія передала Україні 909 тіл загиблих. Далі були чотири передачі по тисячі тіл: "
            "17 липня, 19 серпня, 23 жовтня і 19 грудня.")
    claims = claims_of(text, "uk")
    later = [c for c in claims if c.count == 1000]
    assert [str(c.event_date) for c in later] == ["2024-07-17", "2024-08-19", "2024-10-23",
                                                  "2024-12-19"]
    assert len({(c.giver, c.receiver) for c in later}) == 1
    assert all(c.speaker is None for c in claims)  # ("Далі були ...:" names no voice)
    assert 4 not in [c.count for c in claims]  # (four handovers count no people)


def test_the_same_applying_to_another_group_and_the_same_number_as_a_whole() -> None:
    text = ("Russia and Ukraine met. On 2 June the two delegations agreed that all captives aged "
            "18 to 25 would be exchanged on an all-for-all basis, and that the same would apply "
            "to every seriously wounded and seriously ill prisoner, whatever their age.")
    assert len(claims_of(text)) == 4
    text = ("On 14 August 84 Ukrainians came home, 33 servicemen and 51 civilians, and Russia "
            "got back the same number of its soldiers.")
    assert ("Ukraine", "Russia", 84, "pow") in core(claims_of(text))


def test_a_figure_of_each_handover_counted_before_it_is_each_days() -> None:
    text = ("Russia returned 6,057 bodies in June. Two further handovers of a thousand bodies "
            "each followed, on 17 July and on 19 August.")
    later = [c for c in claims_of(text) if c.count == 1000]
    assert [(c.giver, c.receiver, str(c.event_date)) for c in later] == [
        ("Russia", "Ukraine", "2024-07-17"), ("Russia", "Ukraine", "2024-08-19")]
    # ("in three stages of 390, 307 and 303 per side": each side still)
    text = ("At Dolmabahçe Palace on 16 May Russia and Ukraine agreed to free 1,000 prisoners "
            "each. The swap was carried out between 23 and 25 May, in three stages of 390, 307 "
            "and 303 per side.")
    assert len([c for c in claims_of(text) if c.count == 390]) == 2


def test_each_side_after_po_is_that_figures_not_the_total_before_it() -> None:
    text = ("Россия и Украина провели обмен. За три дня мая стороны обменялись двумя тысячами "
            "человек — по тысяче с каждой стороны.")
    assert core(claims_of(text, "ru")) == [
        (None, None, 2000, "detainee"), ("Russia", "Ukraine", 1000, "detainee"),
        ("Ukraine", "Russia", 1000, "detainee")]


def test_one_side_getting_so_many_on_each_of_the_days_is_no_figure_of_each_side() -> None:
    claims = claims_of("14 и 15 июня Украина получила по 1200 тел в каждый из этих дней.", "ru",
                       published=date(2025, 6, 21))
    assert [(c.giver, c.receiver, str(c.event_date)) for c in claims] == [
        ("Russia", "Ukraine", "2025-06-14"), ("Russia", "Ukraine", "2025-06-15")]


def test_so_many_in_return_both_times_is_a_figure_of_each_day() -> None:
    claims = claims_of("17 июля и 19 августа — по тысяче тел Украине, взамен оба раза по 19.",
                       "ru", published=date(2025, 12, 20))
    assert [(c.count, str(c.event_date)) for c in claims if c.count == 19] == [
        (19, "2025-07-17"), (19, "2025-08-19")]


def test_parts_with_nouns_of_two_words_before_with_each_side_go_both_ways() -> None:
    claims = claims_of("Вчера стороны передали друг другу 270 военнослужащих и 120 мирных жителей "
                       "с каждой стороны.", "ru")
    assert sorted(core(claims)) == [("Russia", "Ukraine", 120, "civilian"),
                                    ("Russia", "Ukraine", 270, "pow"),
                                    ("Ukraine", "Russia", 120, "civilian"),
                                    ("Ukraine", "Russia", 270, "pow")]


def test_a_days_sum_with_po_after_its_dash_is_that_days_handover_each_way() -> None:
    claims = claims_of("Итого сегодня — по 390 человек с каждой стороны.", "ru",
                       published=date(2025, 5, 23))
    assert [(c.count, c.giver, c.kind.value, str(c.event_date)) for c in claims] == [
        (390, "Russia", "completed", "2025-05-23"), (390, "Ukraine", "completed", "2025-05-23")]


def test_an_exchange_of_both_sides_with_each_figures_receiver_after_it_goes_those_ways() -> None:
    text = "On 31 May Russia and Ukraine also swapped remains: 212 bodies to Ukraine, 45 to Russia."
    claims = claims_of(text, published=date(2024, 6, 2))
    assert core(claims) == [("Russia", "Ukraine", 212, "bodies"),
                            ("Ukraine", "Russia", 45, "bodies")]
    assert all("count_ambiguous" not in c.flags for c in claims)


def test_an_exchange_of_both_sides_with_receivers_in_ukrainian_goes_those_ways() -> None:
    text = "31 травня Україна і Росія обмінялися тілами: 212 тіл до України, 45 до Росії."
    assert core(claims_of(text, "uk", published=date(2024, 6, 2))) == [
        ("Russia", "Ukraine", 212, "bodies"), ("Ukraine", "Russia", 45, "bodies")]


def test_an_exchange_of_both_sides_with_no_receiver_after_the_figure_stays_open() -> None:
    claims = claims_of("On 31 May Russia and Ukraine exchanged 84 prisoners.")
    assert [(c.giver, c.receiver, c.count) for c in claims] == [(None, None, 84)]
    assert "count_ambiguous" in claims[0].flags


@pytest.mark.parametrize("text", [
    "Мединський коментував передачі тіл. Про передачу 17 липня він сказав так: тисяча тіл — "
    "Україні, 19 — росії.",
    "Мединський коментував передачі тіл. 17 липня Росія передала 1000 тіл — Україні, 19 — росії.",
])
def test_figures_each_with_its_side_after_a_dash_go_to_that_side(text: str) -> None:
    assert core(claims_of(text, "uk", published=date(2025, 10, 25))) == [
        ("Russia", "Ukraine", 1000, "bodies"), ("Ukraine", "Russia", 19, "bodies")]


@pytest.mark.parametrize(("text", "lang"), [
    ("31 мая стороны обменялись телами: 212 тел — на Украину, 45 — в Россию.", "ru"),
    ("31 травня сторони обмінялися тілами: 212 тіл — в Україну, 45 — до росії.", "uk"),
])
def test_an_exchange_with_each_figure_and_its_noun_dashed_to_a_side(text: str, lang: str) -> None:
    assert core(claims_of(text, lang, published=date(2024, 6, 2))) == [
        ("Russia", "Ukraine", 212, "bodies"), ("Ukraine", "Russia", 45, "bodies")]


def test_po_a_thousand_returned_on_days_listed_after_the_verb_is_each_days() -> None:
    text = ("Україна отримала 6057 тіл у червні. Ще по тисячі тіл, за тими ж даними, повернули "
            "17 липня, 19 серпня та 23 жовтня.")
    claims = claims_of(text, "uk", published=date(2025, 11, 10))
    assert [(c.count, c.giver, str(c.event_date)) for c in claims][1:] == [
        (1000, "Russia", "2025-07-17"), (1000, "Russia", "2025-08-19"),
        (1000, "Russia", "2025-10-23")]


@pytest.mark.parametrize("went", ["went in each direction", "crossed in either direction",
                                  "travelled each way"])
def test_people_who_went_in_each_direction(went: str) -> None:
    text = f"Russia and Ukraine held another swap. On Friday 210 prisoners {went}."
    assert core(claims_of(text, published=date(2025, 6, 20))) == [
        ("Russia", "Ukraine", 210, "pow"), ("Ukraine", "Russia", 210, "pow")]
