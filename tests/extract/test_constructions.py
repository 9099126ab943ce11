"""The constructions extraction reads, each with sentences of our own (docs/extraction.md keeps
the list): vocabularies by lemma, sides by war, figures without a noun, claims without a
figure, carrying and reunion, kinds of plans and totals, dates of capture and of agreements."""

from __future__ import annotations

from datetime import date

import pytest

from handover.domain import Category, ClaimKind
from tests.extract.helpers import claims_of, core


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # every form of a verb, from its lemma: participles, reflexives, both aspects
        ("Україна передаватиме Росії 40 тіл щотижня.", "uk", [("Ukraine", "Russia", 40, "bodies")]),
        ("Из плена возвращены 64 российских военнослужащих.", "ru",
         [("Ukraine", "Russia", 64, "pow")]),
        ("До рідних повернулися 12 українських моряків.", "uk", [("Russia", "Ukraine", 12, "pow")]),
        ("Kyiv handed 41 bodies back to Moscow.", "en", [("Ukraine", "Russia", 41, "bodies")]),
        # nouns of people by lemma: residents, captives, collective numerals
        ("Росія отримала вісьмох жителів прикордонних сіл.", "uk",
         [("Ukraine", "Russia", 8, "civilian")]),
        ("Москва освободила одиннадцатеро украинских пленников.", "ru",
         [("Russia", "Ukraine", 11, "pow")]),
        ("Україна повернула з полону трьох морпіхів.", "uk", [("Russia", "Ukraine", 3, "pow")]),
    ],
)
def test_words_in_every_form(text: str, lang: str,
                             expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text, lang)) == expected


def test_one_more_thousand_is_a_figure() -> None:
    (claim,) = claims_of("Росія заявила про передачу ще тисячі тіл.", "uk")
    assert claim.count == 1000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Saudi Arabia is a side in Yemen; a place held by a side is reached through it
        ("The Houthis say Saudi Arabia freed 60 of their fighters, who were flown from Abha "
         "to Houthi-held Sanaa.", [("Saudi Arabia", "Houthis", 60, "detainee")]),
        ("Houthi negotiators said the government would release 90 detainees.",
         [("Yemen", "Houthis", 90, "detainee")]),
        # prisoners are prisoners of war only between states at war
        ("The UAE also brokered a swap of four prisoners between the United States and Russia.",
         [(None, None, 4, "detainee")]),
        # people a hostage taker hands over were its hostages, whatever the noun
        ("Hamas released two Israeli soldiers.", [("Hamas", "Israel", 2, "hostage")]),
    ],
)
def test_sides_by_war(text: str, expected: list[tuple[str | None, str | None, int, str]]) -> None:
    assert core(claims_of(text)) == expected


def test_hostages_freed_with_no_side_named_are_freed_by_the_taker() -> None:
    text = "Israel and Hamas agreed a truce. Under it, 14 hostages are to be freed."
    assert core(claims_of(text))[-1] == ("Hamas", "Israel", 14, "hostage")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # carried between two sides, or to places of both: both directions at once
        ("Two flights carried 240 detainees between Aden and Sanaa.", "en",
         [(None, None, 240, "detainee")]),
        ("Самолёт доставил из Саны в Эр-Рияд 15 освобождённых хуситами пленных.", "ru",
         [("Houthis", "Saudi Arabia", 15, "detainee")]),
        # reunited with families in a place: that side receives
        ("Ще п'ятеро дітей возз'єдналися з рідними в Україні.", "uk",
         [("Russia", "Ukraine", 5, "civilian")]),
        ("Семеро дітей возз'єдналися з родинами.", "uk", [(None, None, 7, "civilian")]),
    ],
)
def test_carrying_and_reunion(text: str, lang: str,
                              expected: list[tuple[str | None, str | None, int, str]]) -> None:
    text = "Йемен и хуситы провели обмен. " + text if "Саны" in text else text
    assert core(claims_of(text, lang))[-len(expected):] == expected


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Moscow said it had received the same number, 84, in return.", "en", 84),
        ("Штаб підтвердив ту саму цифру: 1212.", "uk", 1212),
        ("Итоговая цифра переданных тел — «более 1300».", "ru", 1300),
        ("Later lists came to 1,900 prisoners.", "en", 1900),
    ],
)
def test_figures_restated_after_a_total(text: str, lang: str, count: int) -> None:
    before = {"en": "Russia returned 84 bodies of Ukrainian soldiers. ",
              "uk": "Росія передала Україні 1212 тіл. ",
              "ru": "Россия передала Украине 1300 тел. "}[lang]
    claims = claims_of(before + text, lang)
    assert claims[-1].count == count
    assert claims[-1].start > len(before) - 2


def test_the_same_number_without_a_figure() -> None:
    claims = claims_of("Ukraine got back 115 servicemen, while Russia received the same number.")
    assert core(claims) == [("Russia", "Ukraine", 115, "pow"), ("Ukraine", "Russia", 115, "pow")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Баку освободит 12 армянских военных, а Ереван — трёх азербайджанских.", "ru",
         [("Azerbaijan", "Armenia", 12), ("Armenia", "Azerbaijan", 3)]),
        ("Украинская сторона получила 500 тел, а российская — 40.", "ru",
         [("Russia", "Ukraine", 500), ("Ukraine", "Russia", 40)]),
        ("Hamas is to free 20 hostages and Israel 600.", "en",
         [("Hamas", "Israel", 20), ("Israel", "Hamas", 600)]),
    ],
)
def test_gapped_clauses(text: str, lang: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(c.giver, c.receiver, c.count) for c in claims_of(text, lang)] == expected


def test_a_sum_of_the_figures_before_is_both_ways_at_once() -> None:
    claims = claims_of("The swap involved 110 Ukrainian prisoners and 110 Russian prisoners, 220 "
                     "people in total.")
    assert [(c.giver, c.receiver, c.count, c.kind) for c in claims] == [
        ("Russia", "Ukraine", 110, ClaimKind.COMPLETED),
        ("Ukraine", "Russia", 110, ClaimKind.COMPLETED),
        (None, None, 220, ClaimKind.COMPLETED)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Emirati foreign ministry said 80 people, including 12 teenagers from Kherson, "
         "had been released. Among them were 30 residents of one village.", "en"),
        ("Вчора звільнили 200 палестинських в'язнів, у тому числі 40 засуджених довічно.", "uk"),
        ("Освобождены 50 задержанных, в том числе 20 граждан Иордании и трое граждан Египта.",
         "ru"),
    ],
)
def test_parts_of_one_kind_are_details(text: str, lang: str) -> None:
    counts = [c.count for c in claims_of(text, lang)]
    assert 40 not in counts and 20 not in counts and 3 not in counts
    assert counts[0] in (80, 200, 50)


def test_a_part_of_a_figure_that_is_no_claim_is_none() -> None:
    assert claims_of("Доха прийняла 15 родин, серед них 22 дитини, на реабілітацію.", "uk") == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 900 prisoners of war have yet to be exchanged.",
        "About 40 of those freed were deported to Turkey.",
        "The freed men, aged 19 to 20, were taken to hospital.",
    ],
)
def test_figures_that_are_no_handover(text: str) -> None:
    assert claims_of(text) == []


def test_a_headline_figure_takes_the_people_sides_and_kind_stated_below() -> None:
    text = ("Nine hundred more: fourth repatriation ends\n\n"
            "Nine hundred bodies were handed over to Ukraine on Friday, officials said.")
    head, body = claims_of(text)
    assert (head.giver, head.receiver, head.category, head.kind) == (
        "Russia", "Ukraine", Category.BODIES, ClaimKind.COMPLETED)
    assert body.count == head.count == 900


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Обмен продолжается.\n\nВо вторник из Украины возвращена вторая группа российских "
         "военнослужащих. Взамен украинской стороне передана группа военнопленных ВСУ.", "ru",
         [("Ukraine", "Russia", "pow"), ("Russia", "Ukraine", "pow")]),
        ("Обмін триває.\n\n12 червня додому повернулися поранені захисники.", "uk",
         [("Russia", "Ukraine", "pow")]),
        ("Talks stalled.\n\nIn May, Ukraine returned the bodies of Russian soldiers to Russia, "
         "and Russia handed over the remains of Ukrainian defenders.", "en",
         [("Ukraine", "Russia", "bodies"), ("Russia", "Ukraine", "bodies")]),
    ],
)
def test_handovers_without_a_figure(text: str, lang: str,
                                    expected: list[tuple[str, str, str]]) -> None:
    claims = claims_of(text, lang)
    assert [(c.giver, c.receiver, c.category.value) for c in claims] == expected
    assert {c.count for c in claims} == {None}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Росія передала 500 тіл. Міністр Петренко заявив, що Росія передала разом із тілами "
         "українських бійців і тіла своїх солдатів.", "uk"),
        ("Россия передала 500 тел. Министр Петренко сказал, что Россия подмешала к переданным "
         "Украине телам тела собственных военных.", "ru"),
        ("Russia returned 500 bodies. The minister said Moscow had mixed the bodies of its own "
         "troops in with the Ukrainian dead.", "en"),
    ],
)
def test_a_sides_own_people_handed_over_with_the_others_are_a_group_of_their_own(
        text: str, lang: str) -> None:
    """Not the people of a prepositional phrase ("разом із тілами українських бійців", "к
    переданным Украине телам"), but the object: the giver's own dead, a claim without a
    figure even though the report counts the bodies it handed over."""
    claims = claims_of(text, lang)
    assert [(c.giver, c.receiver, c.count, "direction_conflict" in c.flags)
            for c in claims] == [("Russia", "Ukraine", 500, False),
                                 ("Russia", "Ukraine", None, True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a habit, not one handover; people named in a relative clause; the group counted
        ("Обмін триває.\n\nРосія передавала тіла українських військових.", "uk"),
        ("Обмін триває.\n\nПолонені, які повернулися, проходять лікування.", "uk"),
        ("Talks went on.\n\nRussia returned the bodies of Ukrainian soldiers on Monday. "
         "Russia returned 900 bodies of Ukrainian soldiers that day, officials said.", "en"),
        ("Talks went on.\n\nSome prisoners were freed on Monday.", "en"),
    ],
)
def test_no_claim_without_a_figure(text: str, lang: str) -> None:
    assert [c.count for c in claims_of(text, lang)] in ([], [900])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Hamas returned the body of one hostage.", "en", [(1, "bodies")]),
        ("ХАМАС вернул тело ещё одного заложника.", "ru", [(1, "bodies")]),
        ("Україна досі не отримала жодного тіла.", "uk", [(0, "bodies")]),
        ("Россия не получила ни одного тела.", "ru", [(0, "bodies")]),
        ("One of the men said he was tortured.", "en", []),
    ],
)
def test_one_and_none(text: str, lang: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.count, c.category.value) for c in claims_of(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Наразі з полону вдалося повернути 4552 українців.", "uk", ClaimKind.CUMULATIVE),
        ("This year alone, 1,800 Ukrainian soldiers came home.", "en", ClaimKind.CUMULATIVE),
        ("Russia and Ukraine each freed 103 prisoners of war on Saturday, in the first exchange "
         "since March.", "en", ClaimKind.COMPLETED),
        ("It was the largest exchange this year: 300 prisoners were freed.", "en",
         ClaimKind.COMPLETED),
        ("О соглашении стороны объявили в марте: тогда говорили о 880 пленных.", "ru",
         ClaimKind.AGREED),
    ],
)
def test_kinds_of_totals_ranks_and_frames(text: str, lang: str, kind: ClaimKind) -> None:
    claims = claims_of(text, lang)
    assert claims and {c.kind for c in claims} == {kind}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russia handed over 500 bodies on Friday. Correction: an earlier version of this report "
         "incorrectly said 90 Ukrainian soldiers came home; the correct figure is 95.", "en",
         ("Russia", "Ukraine", 95, "pow")),
        ("Росія передала 500 тіл. Виправлення: у попередній версії йшлося, що додому "
         "повернулися 90 військових; правильна цифра — 95.", "uk",
         ("Russia", "Ukraine", 95, "pow")),
        ("Россия передала 500 тел. Исправление: в первоначальной версии говорилось, что домой "
         "вернулись 90 военных; правильная цифра — 95.", "ru", ("Ukraine", "Russia", 95, "pow")),
    ],
)
def test_a_correction_stands_in_the_place_of_the_figure_it_corrects(
        text: str, lang: str, expected: tuple[str, str, int, str]) -> None:
    assert core(claims_of(text, lang))[1:] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("Hamas freed four hostages on Saturday. The four women were later reunited with their "
         "families at a hospital.", "en", [4]),
        ("Росія звільнила 12 цивільних. Ці 12 людей уже зустрілися з рідними.", "uk", [12]),
        # ... but a handover of people named before is one
        ("Armenia agreed to free two soldiers. Armenia released the two soldiers the same day.",
         "en", [2, 2]),
    ],
)
def test_people_counted_before_and_named_again_are_no_new_handover(
        text: str, lang: str, counts: list[int]) -> None:
    assert [c.count for c in claims_of(text, lang)] == counts


def test_the_same_number_of_one_kind_before_a_figure_of_another() -> None:
    text = ("Сегодня домой вернулись 146 российских военнослужащих и восемь мирных жителей. "
            "Украинской стороне передано такое же число военнопленных и восемь гражданских лиц.")
    assert core(claims_of(text, "ru")) == [
        ("Ukraine", "Russia", 146, "pow"), ("Ukraine", "Russia", 8, "civilian"),
        ("Russia", "Ukraine", 146, "pow"), ("Russia", "Ukraine", 8, "civilian")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Обмен продолжился. Стороны вернули друг другу молодых военнослужащих.", "ru"),
        ("Обмін тривав. Сторони обмінялися тяжкопораненими полоненими.", "uk"),
        ("Talks went on. Russia and Ukraine exchanged seriously wounded prisoners.", "en"),
    ],
)
def test_people_exchanged_without_a_figure_went_each_way(text: str, lang: str) -> None:
    assert {(c.count, c.giver, c.receiver, c.kind.value) for c in claims_of(text, lang)} == {
        (None, "Russia", "Ukraine", "completed"), (None, "Ukraine", "Russia", "completed")}


def test_a_sum_a_sentence_brings_the_people_up_to_is_a_running_total() -> None:
    claims = claims_of("Russia handed over 1,212 bodies on Wednesday and 1,200 on Friday. That "
                       "brings the dead returned to Ukraine this week to 2,412.")
    assert [(c.count, c.giver, c.receiver, c.kind.value) for c in claims][-1] == (
        2412, "Russia", "Ukraine", "cumulative")


def test_what_a_stage_brought_in_figures_is_a_handover() -> None:
    claims = claims_of("The first, on 11 June, brought 1,212 bodies to Ukraine; and on 16 June a "
                       "last convoy, this time of lorries, brought 1,245.",
                       published=date(2025, 12, 20))
    assert [(c.count, c.giver, c.receiver, str(c.event_date)) for c in claims] == [
        (1212, "Russia", "Ukraine", "2025-06-11"), (1245, "Russia", "Ukraine", "2025-06-16")]


def test_people_who_changed_hands_in_all_are_a_total_of_both_ways() -> None:
    claims = claims_of("By his count, more than 2,400 people in all had changed hands since June.",
                       published=date(2025, 7, 24))
    assert [(c.count, c.giver, c.receiver, c.kind.value) for c in claims] == [
        (2400, None, None, "cumulative")]


def test_another_figure_that_came_on_a_day() -> None:
    text = ("The first 900 bodies arrived on Wednesday. Another 800 came on Friday, a further "
            "800 on Saturday and 700 more on Sunday.")
    found = claims_of(text, published=date(2025, 6, 16))
    assert [(c.count, str(c.event_date)) for c in found] == [
        (900, "2025-06-11"), (800, "2025-06-13"), (800, "2025-06-14"), (700, "2025-06-15")]
    assert claims_of("The total came to nothing like the 6,000 promised.") == []


def test_a_headline_of_figures_home_to_each_side() -> None:
    text = ("## 1. 120 home to Ukraine, 110 to Russia in first swap of the year\n\n"
            "Kyiv said 120 of its people were home; Moscow put the number of Russians it got "
            "back at 110.")
    found = claims_of(text, published=date(2024, 2, 1))
    assert [(c.count, c.giver, c.receiver) for c in found if c.quote.startswith("120")] == [
        (120, "Russia", "Ukraine"), (110, "Ukraine", "Russia")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Киев сообщил о получении 900 тел.", "ru"),
    ("Київ повідомив про отримання 900 тіл.", "uk"),
])
def test_a_side_that_reports_receiving_the_dead(text: str, lang: str) -> None:
    assert core(claims_of(text, lang)) == [("Russia", "Ukraine", 900, "bodies")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Украина дополнительно отпустила 12 тяжелораненых российских военных, а Россия — 25 "
     "раненого украинского пленного.", "ru"),
    ("Україна передала 12 поранених російських військових, а росія — 25 пораненого "
     "українського полоненого.", "uk"),
])
def test_the_wounded_of_a_side_named_by_its_adjective_are_handed_over(text: str,
                                                                      lang: str) -> None:
    assert (25, "Russia", "Ukraine") in [(c.count, c.giver, c.receiver)
                                         for c in claims_of(text, lang)]
