"""Parts of a figure and figures that are no claim, each with sentences of our own:
breakdowns into kinds (claims) against splits by sex, age or rank (details), parts of each
side and of a span of time, and what a report withdraws, asks for, or only describes."""

from __future__ import annotations

from datetime import date

import pytest

from handover.extract import extract_claims
from tests.extract.helpers import SAT, Core, claims_of, core


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people of no stated status split into kinds: each kind a claim, the whole mixed
        ("Kyiv said 150 Ukrainians came back from captivity: 100 soldiers and 50 civilians.",
         "en", [("Russia", "Ukraine", 150, "mixed"), ("Russia", "Ukraine", 100, "pow"),
                ("Russia", "Ukraine", 50, "civilian")]),
        ("Україна повернула з полону 96 людей, серед них 90 військових і шестеро цивільних.",
         "uk", [("Russia", "Ukraine", 96, "mixed"), ("Russia", "Ukraine", 90, "pow"),
                ("Russia", "Ukraine", 6, "civilian")]),
        # one kind split several ways (by rank): details; the one civilian part is a claim
        ("Україна повернула з полону 96 людей, серед них 80 рядових військових, 10 офіцерів "
         "і шестеро цивільних.", "uk",
         [("Russia", "Ukraine", 96, "mixed"), ("Russia", "Ukraine", 6, "civilian")]),
        # a kind split by sex or age: details only
        ("Russia freed 60 Ukrainian prisoners of war, 48 men and 12 women.", "en",
         [("Russia", "Ukraine", 60, "pow")]),
        ("Israel released 75 Palestinian prisoners on Tuesday, 40 women and 35 minors.", "en",
         [("Israel", "Hamas", 75, "detainee")]),
        # parts of a figure that only describe it ("of them serving long terms")
        ("Израиль освободил 120 палестинских заключённых: 70 из них отбывали длительные "
         "сроки, ещё 50 были задержаны в прошлом месяце.", "ru",
         [("Israel", "Hamas", 120, "detainee")]),
        # "two soldiers and three civilians": each figure counts its own kind
        ("Ukraine brought home 5 people: two soldiers and three civilians.", "en",
         [("Russia", "Ukraine", 5, "mixed"), ("Russia", "Ukraine", 2, "pow"),
          ("Russia", "Ukraine", 3, "civilian")]),
    ],
)
def test_breakdowns_and_details(text: str, lang: str, expected: list[Core]) -> None:
    assert core(claims_of(text, lang)) == expected


def test_the_dead_among_hostages_make_a_part_of_their_own() -> None:
    claims = claims_of("Under the deal, Hamas is to release 20 hostages, five of them dead.")
    assert [(c.count, c.category.value, c.kind.value) for c in claims] == [
        (20, "mixed", "agreed"), (5, "bodies", "agreed")]


def test_a_part_for_each_side_is_a_claim_both_ways() -> None:
    text = "При посредничестве Катара освобождены 100 человек — по 50 с каждой стороны."
    assert sorted(core(claims_of(text, "ru")), key=str) == sorted([
        (None, None, 100, "detainee"), ("Russia", "Ukraine", 50, "detainee"),
        ("Ukraine", "Russia", 50, "detainee")], key=str)


def test_a_part_of_a_total_over_a_span_of_time_is_a_claim() -> None:
    text = "С начала войны из плена вернулись 2000 украинцев, из них 400 — в 2024 году."
    claims = claims_of(text, "ru")
    assert [(c.count, c.kind.value) for c in claims] == [(2000, "cumulative"),
                                                         (400, "cumulative")]


def test_parts_named_in_the_next_sentence_split_the_figure_before() -> None:
    text = ("Киев объявил о возвращении 120 человек. По словам президента, среди них 100 "
            "солдат, 15 офицеров и пятеро гражданских.")
    claims = claims_of(text, "ru")
    assert [(c.count, c.category.value) for c in claims] == [(120, "mixed"), (5, "civilian")]


def test_a_figure_that_sums_the_figures_before_is_no_part() -> None:
    text = "The swap involved 40 Ukrainian soldiers and 40 Russian soldiers, 80 people in all."
    assert [c.count for c in claims_of(text)] == [40, 40, 80]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # what someone asks for
        ("Kyiv has repeatedly called for an all-for-all exchange.", "en"),
        ("Родини полонених закликали владу домагатися обміну «всіх на всіх».", "uk"),
        ("Матери пленных просили добиться освобождения 300 военнослужащих.", "ru"),
        # a local subset of a handover counted elsewhere
        ("Троє бійців із нашого міста повернулися з полону.", "uk"),
        ("Двое военных из нашего района вернулись домой.", "ru"),
        # a description, not a handover
        ("Доха прийняла 15 родин, у яких загалом 30 дітей.", "uk"),
        # people who speak
        ("One man, 45, said he had been held for two years before he came home.", "en"),
        # a part of a group named by a participle, with no act of its own
        ("Officials said 40 of the freed men had served in the navy.", "en"),
        # people taken away
        ("Близько 50 звільнених одразу вивезли до Туреччини.", "uk"),
        # money, not people
        ("Волонтери зібрали 12 тисяч гривень для звільнених бійців.", "uk"),
        # names on a list
        ("Из списка в 500 человек украинская сторона приняла лишь десятерых.", "ru"),
    ],
)
def test_figures_that_are_no_claim(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


def test_a_withdrawn_figure_gives_way_to_the_correct_one() -> None:
    text = ("Russia handed over 520 bodies to Ukraine on Friday. Correction: an earlier version "
            "of this story said 500 bodies had been returned; the correct figure is 520.")
    claims = claims_of(text)
    assert [(c.count, c.giver, c.receiver) for c in claims] == [
        (520, "Russia", "Ukraine"), (520, "Russia", "Ukraine")]


def test_parts_of_a_whole_taken_of_and_named_after_a_dash() -> None:
    text = ("Київ повідомив, що з 70 людей, які повернулися, 50 — військові, а 20 — цивільні.")
    assert core(claims_of(text, "uk")) == [("Russia", "Ukraine", 70, "mixed"),
                                 ("Russia", "Ukraine", 50, "pow"),
                                 ("Russia", "Ukraine", 20, "civilian")]


def test_parts_of_the_sentence_before_go_its_way() -> None:
    text = ("Киев объявил о возвращении 95 человек. По словам президента, среди них 90 солдат "
            "и пятеро гражданских.")
    assert core(claims_of(text, "ru"))[-2:] == [("Russia", "Ukraine", 90, "pow"),
                                      ("Russia", "Ukraine", 5, "civilian")]


def test_people_taken_from_a_list_are_none() -> None:
    text = ("Россия передала 40 тел. Мединский заявил, что из списка в 600 пленных украинская "
            "сторона приняла лишь троих.")
    assert [c.count for c in extract_claims(text, published=SAT, lang="ru")] == [40]


def test_what_the_people_went_through_is_no_total() -> None:
    text = ("The headquarters said 95 soldiers had come home that day, most of them held since "
            "2022.")
    assert [c.kind.value for c in extract_claims(text, published=SAT, lang="en")] == [
        "completed"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Russia and Ukraine exchanged 390 prisoners each on 23 May, 307 on 24 May and 303 on "
     "25 May.", "en", [(390, "2025-05-23"), (390, "2025-05-23"), (307, "2025-05-24"),
                       (307, "2025-05-24"), (303, "2025-05-25"), (303, "2025-05-25")]),
    ("The swap was carried out in three days: 390 per side on 23 May, 307 on 24 May and 303 "
     "on 25 May.", "en", []),
    ("Росія передала 1212 тіл 11 червня, 1200 — 13 червня та 1245 14 червня.", "uk",
     [(1212, "2025-06-11"), (1200, "2025-06-13"), (1245, "2025-06-14")]),
])
def test_a_list_of_figures_and_days_is_no_whole_and_parts(
        text: str, lang: str, expected: list[tuple[int, str]]) -> None:
    claims = claims_of(text, lang)
    assert [(c.count, str(c.event_date)) for c in claims] == expected


def test_parts_after_a_dash_go_each_to_its_place_without_a_dash_of_their_own() -> None:
    for text, lang in (
            ("Qatar said it had helped seven children return to their families — four to "
             "Ukraine and three to Russia.", "en"),
            ("Катар повідомив, що допоміг повернути до родин ще сімох дітей — чотирьох в "
             "Україну і трьох у Росію.", "uk")):
        assert core(claims_of(text, lang)) == [(None, None, 7, "civilian"),
                                               ("Russia", "Ukraine", 4, "civilian"),
                                               ("Ukraine", "Russia", 3, "civilian")], text


def test_parts_after_a_colon_each_to_its_place_after_their_verb() -> None:
    text = ("Останнє таке возз'єднання, 24 серпня 2025 року, стосувалося сімох дітей: четверо "
            "повернулися в Україну, троє — в росію.")
    assert core(claims_of(text, "uk")) == [(None, None, 7, "civilian"),
                                           ("Russia", "Ukraine", 4, "civilian"),
                                           ("Ukraine", "Russia", 3, "civilian")]


def test_the_same_number_after_a_figure_is_no_split_of_a_figure_counted_before() -> None:
    text = ("Сьогодні додому повернулися 146 українських військових і ще вісім цивільних.\n\n"
            "— Ми повернули восьмеро цивільних, і росія отримала стільки ж своїх мешканців "
            "Курщини.")
    later = [c for c in claims_of(text, "uk") if c.quote.startswith("—")]
    assert [(c.giver, c.receiver, c.count) for c in later] == [("Russia", "Ukraine", 8),
                                                             ("Ukraine", "Russia", 8)]


@pytest.mark.parametrize("text", [
    "On 24 May, 80 of the 307 Ukrainians freed that day were civilians.",
    "Eighty civilians were among the 307 Ukrainians released on 24 May.",
])
def test_a_part_told_before_its_whole_is_a_claim_and_makes_it_mixed(text: str) -> None:
    claims = claims_of(text, published=date(2025, 5, 26))
    assert [(c.count, c.giver, c.receiver, c.category.value, str(c.event_date))
            for c in claims] == [(307, "Russia", "Ukraine", "mixed", "2025-05-24"),
                                 (80, "Russia", "Ukraine", "civilian", "2025-05-24")]


def test_a_share_of_a_whole_that_names_no_kind_of_people_is_no_claim() -> None:
    text = "Russia freed 200 prisoners on Friday. 70 of the 200 were sent to hospital."
    assert [c.count for c in claims_of(text)] == [200]


@pytest.mark.parametrize("opening", ["Among those freed were", "Among the Ukrainians were"])
def test_people_picked_out_by_kind_adding_up_to_the_whole_are_its_breakdown(opening: str) -> None:
    text = f"Russia returned 84 Ukrainians on Sunday. {opening} 33 soldiers and 51 civilians."
    claims = claims_of(text, published=date(2025, 6, 20))
    assert [(c.count, c.giver, c.receiver, c.category.value) for c in claims] == [
        (84, "Russia", "Ukraine", "mixed"), (33, "Russia", "Ukraine", "pow"),
        (51, "Russia", "Ukraine", "civilian")]


def test_people_picked_out_that_are_not_the_whole_by_kind_stay_details() -> None:
    text = ("Russia returned 84 Ukrainians on Sunday. Among the Ukrainians were 33 soldiers "
            "from Mariupol.")
    assert [c.count for c in claims_of(text, published=date(2025, 6, 20))] == [84]


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia returned 230 Ukrainians on Wednesday. Zelensky said the group was made up of 213 "
     "soldiers and sergeants, 11 officers and six civilians.", "en"),
    ("Росія повернула 230 українців у середу. Група складалася з 213 солдатів і сержантів, "
     "11 офіцерів і шести цивільних.", "uk"),
])
def test_a_group_made_up_of_kinds_adding_up_to_the_figure_before_is_its_breakdown(
        text: str, lang: str) -> None:
    claims = claims_of(text, lang, published=date(2024, 1, 5))
    assert [(c.count, c.category.value) for c in claims if c.category.value != "pow"] == [
        (230, "mixed"), (6, "civilian")]


@pytest.mark.parametrize(("text", "lang"), [
    ("In March the monitors interviewed 60 Ukrainian prisoners of war released in exchanges.",
     "en"),
    ("Моніторинговий підрозділ опитав 60 звільнених військовополонених і 9 звільнених "
     "цивільних.", "uk"),
    ("Миссия опросила 60 освобождённых военнопленных и 9 освобождённых гражданских.", "ru"),
])
def test_people_a_body_interviewed_are_no_handover_though_released(text: str,
                                                                   lang: str) -> None:
    assert claims_of(text, lang, published=date(2025, 3, 10)) == []


def test_a_part_named_by_its_trade_is_a_detail_not_a_claim() -> None:
    text = "In May twelve Ukrainians, three journalists among them, were freed from Russia."
    assert [c.count for c in claims_of(text)] == [12]
    text = "У травні звільнили дванадцятьох українців, серед них трьох журналістів."
    assert [c.count for c in claims_of(text, "uk")] == [12]


def test_a_whole_split_into_parts_each_side_frees() -> None:
    text = ("The deal provides for the release of 500 detainees: 120 to be freed by the Houthis "
            "and 380 by the government.")
    found = claims_of(text, published=date(2023, 4, 17))
    assert [(c.count, c.giver, c.receiver) for c in found] == [
        (500, None, None), (120, "Houthis", "Yemen"), (380, "Yemen", "Houthis")]


def test_a_whole_split_into_kinds_among_other_figures_of_its_sentence() -> None:
    text = ("В субботу стороны обменялись по формуле 200 на 200, в пятницу — 300 на 300 (250 "
            "военных и 50 гражданских с каждой стороны).")
    found = claims_of(text, "ru", published=date(2025, 5, 25))
    assert {c.category.value for c in found if c.count == 300} == {"mixed"}
    assert {c.category.value for c in found if c.count == 200} == {"pow"}
