"""Formulas written in less common ways: a chronology's entry, a first half in the genitive
with its noun between, a hyphenated swap someone brokered, and "по" with a number word."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import claims_of, core


def test_a_formula_a_dash_and_its_day_open_an_entry_whatever_follows() -> None:
    text = "### Зима\n\n**60 на 60** — 6 декабря 2022 года, в День Вооружённых сил Украины."
    claims = claims_of(text, "ru")
    assert sorted(core(claims)) == [("Russia", "Ukraine", 60, "pow"),
                                    ("Ukraine", "Russia", 60, "pow")]
    assert {str(c.event_date) for c in claims} == {"2022-12-06"}


def test_a_thousand_in_the_genitive_before_its_noun_and_na_tysyachu_is_a_formula() -> None:
    for text, lang in (("Стороны договорились об обмене тысячи военнопленных на тысячу.", "ru"),
                       ("Сторони домовилися про обмін тисячі полонених на тисячу.", "uk")):
        claims = claims_of(text, lang)
        assert sorted(core(claims)) == [("Russia", "Ukraine", 1000, "pow"),
                                        ("Ukraine", "Russia", 1000, "pow")], text
        assert {c.kind.value for c in claims} == {"agreed"}
    # (thousands, with no other half, are still no figure)
    assert claims_of("Тысячи военнопленных ждут обмена.", "ru") == []


def test_a_hyphenated_formula_of_a_swap_someone_brokered_was_done() -> None:
    text = ("Russia and Ukraine met again. Ten days later, on Sunday 24 August, the UAE "
            "brokered a 146-for-146 swap.")
    claims = claims_of(text)
    assert sorted(core(claims)) == [("Russia", "Ukraine", 146, "pow"),
                                    ("Ukraine", "Russia", 146, "pow")]
    assert {c.kind.value for c in claims} == {"completed"}
    # (the swap everyone knows, named by its formula, states its term)
    text = "Russia and Ukraine: the thousand-for-thousand exchange was the largest of the war."
    assert {(c.count, c.kind.value) for c in claims_of(text)} == {(1000, "agreed")}


def test_po_with_a_small_number_word_is_each_side_but_not_with_a_range() -> None:
    text = "Обмены лета:\n\n- 24 августа — 146 на 146, плюс по восемь гражданских"
    assert ("Ukraine", "Russia", 8, "civilian") in core(claims_of(text, "ru"))
    assert ("Russia", "Ukraine", 8, "civilian") in core(claims_of(text, "ru"))
    ranged = "Россия и Украина обменялись телами. Тела возвращались неделями, по два-три."
    assert all(c.count != 2 for c in claims_of(ranged, "ru"))


def test_a_hyphenated_swap_brokered_after_it_and_people_crossing_back() -> None:
    text = ("Russia and Ukraine met. Two mediated returns took place on Sunday: a 146-for-146 "
            "prisoner swap brokered by the United Arab Emirates, and a reunion of children.")
    assert sorted(core(claims_of(text))) == [("Russia", "Ukraine", 146, "pow"),
                                             ("Ukraine", "Russia", 146, "pow")]
    text = ("One hundred and eighty-five Ukrainian servicemen and twenty civilians crossed back "
            "into Ukraine on Thursday, Ukrainian officials said.")
    assert core(claims_of(text)) == [("Russia", "Ukraine", 185, "pow"),
                                     ("Russia", "Ukraine", 20, "civilian")]


def test_a_formula_whose_figure_sums_the_formulas_before_it_is_still_a_formula() -> None:
    claims = claims_of("Russia and Ukraine swapped 246 prisoners each on Saturday. Earlier this "
                       "year the sides traded 25 for 25 in January, 150 for 150 in February and "
                       "175 for 175 in March.", published=date(2025, 4, 19))
    assert [(c.count, c.giver, c.receiver) for c in claims if c.count == 175] == [
        (175, "Russia", "Ukraine"), (175, "Ukraine", "Russia")]


def test_all_for_all_with_the_people_between_its_halves() -> None:
    text = "Россия и Украина договорились об обмене всех пленных на всех."
    assert sorted((c.giver, c.count, c.kind.value) for c in claims_of(text, "ru")) == [
        ("Russia", None, "agreed"), ("Ukraine", None, "agreed")]
    text = "Україна та росія домовилися про обмін усіх заручників на всіх."
    assert len(claims_of(text, "uk")) == 2
    text = "Russia and Ukraine agreed to swap all prisoners for all."
    assert sorted((c.giver, c.count) for c in claims_of(text)) == [
        ("Russia", None), ("Ukraine", None)]


def test_a_place_the_people_went_on_to_is_no_side_of_the_formula() -> None:
    text = ("Russia and Ukraine swapped prisoners again. On 6 May the swap was 120 for 120, and "
            "the Russians flew on to Belarus for treatment.")
    assert sorted((c.giver, c.receiver, c.count) for c in claims_of(text)) == [
        ("Russia", "Ukraine", 120), ("Ukraine", "Russia", 120)]


def test_a_stage_carried_out_by_its_own_formula_is_done() -> None:
    text = ("Россия и Украина в субботу провели второй этап обмена пленными по формуле 210 на "
            "210, сообщило Министерство обороны.")
    assert {c.kind.value for c in claims_of(text, "ru")} == {"completed"}


def test_what_an_exchange_will_come_to_is_its_term() -> None:
    text = "Медиатор сообщил, что обмен составит триста на триста человек."
    assert {c.kind.value for c in claims_of(text, "ru")} == {"agreed"}
    text = "Посередник повідомив, що обмін становитиме триста на триста людей."
    assert {c.kind.value for c in claims_of(text, "uk")} == {"agreed"}


def test_a_formula_with_an_arrow_between_its_halves() -> None:
    text = "Russia and Ukraine, swaps of 2024\n\n**14.09.** 103 ↔ 103."
    found = claims_of(text, published=date(2024, 12, 31))
    assert sorted((c.giver, c.count, str(c.event_date)) for c in found) == [
        ("Russia", 103, "2024-09-14"), ("Ukraine", 103, "2024-09-14")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia and Ukraine: 120 for 120 in August, 140 for 140 in October.", "en"),
    ("Россия и Украина: в августе были ещё 120 на 120 и 140 на 140.", "ru"),
])
def test_formulas_of_a_month_are_swaps_done(text: str, lang: str) -> None:
    found = claims_of(text, lang, published=date(2025, 12, 1))
    assert sorted((c.count, c.giver, c.kind.value) for c in found) == [
        (120, "Russia", "completed"), (120, "Ukraine", "completed"),
        (140, "Russia", "completed"), (140, "Ukraine", "completed")]


def test_delegations_that_settled_on_a_formula_agreed_it() -> None:
    text = "In June the two delegations of Russia and Ukraine settled on 500 for 500."
    assert {c.kind.value for c in claims_of(text)} == {"agreed"}
