"""Who gives and who receives, read from the language: sentences of our own for each
construction (returning in Ukrainian and Russian, people held by a side, a second figure that
shares the verb, giving verbs and stages, voices that name their side)."""

from __future__ import annotations

from datetime import date

import pytest

from handover.extract import extract_claims
from tests.extract.helpers import SAT, claims_of, core

Way = tuple[str | None, str | None, int | None]


def _ways(text: str, lang: str = "en") -> list[Way]:
    return [(c.giver, c.receiver, c.count) for c in claims_of(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a side that returns people, to no one named, brings its own back
        ("У березні Україна повернула 64 людини.", "uk", [("Russia", "Ukraine", 64)]),
        ("Весной Россия вернула 41 человека.", "ru", [("Ukraine", "Russia", 41)]),
        ("Киев сообщил о возвращении 95 человек.", "ru", [("Russia", "Ukraine", 95)]),
        # ... unless it answers what it was just given
        ("Россия передала Украине 500 тел, а Украина не вернула ни одного.", "ru",
         [("Russia", "Ukraine", 500), ("Ukraine", "Russia", 0)]),
        # ... or the people were held on its own territory
        ("Кроме того, Украина вернула шестерых жителей Брянской области, которых удерживали "
         "на её территории.", "ru", [("Ukraine", "Russia", 6)]),
        # the one side a voice names is the side it speaks for
        ("Kyiv said 640 people had been freed since the spring.", "en",
         [("Russia", "Ukraine", 640)]),
        ("Українська сторона повідомила, що з полону повернулися 70 людей.", "uk",
         [("Russia", "Ukraine", 70)]),
        # ... but a side that promises to return people gives them back
        ("Тогда Москва взяла на себя обязательство вернуть более 6000 тел.", "ru",
         [("Russia", "Ukraine", 6000)]),
        ("Україна пообіцяла повернути 500 тіл російських військових.", "uk",
         [("Ukraine", "Russia", 500)]),
        ("Россия пообещала вернуть 500 тел украинских военных.", "ru",
         [("Russia", "Ukraine", 500)]),
        # home, in a report that names only the other side of its war, is its language's
        ("Росія передала 500 тіл. Додому повернулися 90 військових.", "uk",
         [("Russia", "Ukraine", 500), ("Russia", "Ukraine", 90)]),
        # "повернули" with no subject: the side of the report's language brings them back
        ("Напередодні повернули дев'ятьох цивільних.", "uk", [("Russia", "Ukraine", 9)]),
        # the agent of a receiving verb's passive receives; another verb's agent does not
        ("On 11 June 1,212 bodies were received by Ukraine.", "en",
         [("Russia", "Ukraine", 1212)]),
        ("27 тел получены Россией.", "ru", [("Ukraine", "Russia", 27)]),
        ("The stages brought home 6,057 bodies, a tally given by Moscow.", "en",
         [("Russia", "Ukraine", 6057)]),
        # the figure first and the subject after its verb, in Ukrainian and Russian
        ("Мединський сказав, що 1212 тіл «передала росії Україна».", "uk",
         [("Ukraine", "Russia", 1212)]),
        ("Three hostages freed as Israel releases 369 prisoners.", "en",
         [("Hamas", "Israel", 3), ("Israel", "Hamas", 369)]),
    ],
)
def test_returning_and_voices(text: str, lang: str, expected: list[Way]) -> None:
    assert _ways(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a second figure that shares the verb: after a comma and a dash, or after "and"
        ("Сторони погодилися звільнити 50 людей: хусити — 30, уряд — 20.", "uk", None),
        # ... also with an attribution after it
        ("Россия освободит 40 украинских пленных, а Украина — трёх российских, говорится в "
         "заявлении.", "ru", [("Russia", "Ukraine", 40), ("Ukraine", "Russia", 3)]),
        ("Росія звільнить 40 українських полонених, а Україна — трьох російських, йдеться у "
         "спільній заяві.", "uk", [("Russia", "Ukraine", 40), ("Ukraine", "Russia", 3)]),
        ("Россия вернула из плена 80 своих военных, Украина — 75.", "ru",
         [("Ukraine", "Russia", 80), ("Russia", "Ukraine", 75)]),
        ("Ukraine said 60 Ukrainian soldiers were freed on Friday and 45 on Saturday.", "en",
         [("Russia", "Ukraine", 60), ("Russia", "Ukraine", 45)]),
        # "handed ... to", "hands X N"
        ("Hamas handed nine Israeli captives to the Red Cross on Friday.", "en",
         [("Hamas", "Israel", 9)]),
        ("Ukraine hands Russia 90 bodies of its soldiers, one site wrote.", "en",
         [("Ukraine", "Russia", 90)]),
        # a stage of a handover, and what it brought
        ("Russia handed over 300 bodies on Monday. The second stage, on Tuesday, brought 410.",
         "en", [("Russia", "Ukraine", 300), ("Russia", "Ukraine", 410)]),
        ("Україна отримала 300 тіл у понеділок. Сьогодні відбувся другий етап — ще 410 тіл.",
         "uk", [("Russia", "Ukraine", 300), ("Russia", "Ukraine", 410)]),
        # people at home, and walking free in either order of words
        ("Russia released them on Friday: 52 Ukrainians are home.", "en",
         [("Russia", "Ukraine", 52)]),
        ("По данным Израиля, на свободу вышли 12 заложников.", "ru", [("Hamas", "Israel", 12)]),
        # Palestinian prisoners are freed to the side of the war that holds Israeli hostages
        ("Hamas freed three hostages. 90 Palestinian prisoners were released on Sunday.",
         "en", [("Hamas", "Israel", 3), ("Israel", "Hamas", 90)]),
        ("ХАМАС освободил трёх заложниц. В воскресенье на свободу вышли 90 палестинцев.",
         "ru", [("Hamas", "Israel", 3), ("Israel", "Hamas", 90)]),
        # a figure a side speaks of goes the way of the last handover of its people, not of
        # a handover of none
        ("Russia handed over 1,200 bodies on Friday. Moscow said Kyiv had returned none. "
         "Russia has spoken of 5,000 remains in total.", "en",
         [("Russia", "Ukraine", 1200), ("Ukraine", "Russia", 0), ("Russia", "Ukraine", 5000)]),
        # people who reached a side were received by it
        ("All 40 freed hostages have now reached Israel, the army said.", "en",
         [("Hamas", "Israel", 40)]),
        ("On Thursday 30 captives freed by Hamas reached Israel.", "en",
         [("Hamas", "Israel", 30)]),
    ],
)
def test_shared_verbs_and_acts(text: str, lang: str, expected: list[Way] | None) -> None:
    ways = _ways(text, lang)
    if expected is None:  # (a war of the report's own: only the count of figures is fixed)
        assert [w[2] for w in ways] == [50, 30, 20]
    else:
        assert ways == expected


def test_the_releasing_side_does_not_speak_for_the_released() -> None:
    text = ("Israel released 60 Palestinian prisoners from Ketziot prison on Monday, the Israel "
            "Prison Service said.")
    assert _ways(text) == [("Israel", "Hamas", 60)]


def test_a_formula_takes_the_people_of_its_own_phrase() -> None:
    text = ("The delegations agreed to return the dead on a 500-for-500 basis and to exchange "
            "wounded prisoners.")
    assert {c.category.value for c in claims_of(text)} == {"bodies"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2 октября — 185 на 185 и ещё по 20 гражданских с каждой стороны.", "ru"),
        ("On 2 October 185 for 185 were swapped, and 20 civilians went each way.", "en"),
    ],
)
def test_a_formula_takes_no_people_of_another_figure(text: str, lang: str) -> None:
    assert sorted({(c.count, c.category.value) for c in claims_of(text, lang)}) == [
        (20, "civilian"), (185, "pow")]


def test_each_belongs_to_the_figure_it_follows() -> None:
    text = "Було звільнено 200 людей — по 100 з кожного боку."
    claims = claims_of(text, "uk")
    assert sorted((c.count, c.giver is None) for c in claims) == [(100, False), (100, False),
                                                                  (200, True)]


def test_a_clause_with_a_verb_of_its_own_does_not_share_the_verb_before() -> None:
    text = "8 березня сторони обміняли по 70 полонених, а Київ повідомив про повернення 75 людей."
    assert _ways(text, "uk")[-1] == ("Russia", "Ukraine", 75)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the same number again, of each kind the sentence before counted
        ("С территории Киева возвращены 90 российских военнослужащих и 30 мирных жителей. "
         "Взамен украинской стороне передано такое же количество военнопленных и гражданских.",
         "ru", [90, 30, 90, 30]),
        ("Из плена вернулись 64 российских военных. По данным Минобороны, взамен украинской "
         "стороне было передано такое же число военнопленных ВСУ.", "ru", [64, 64]),
        # "по N": each side's share of a figure
        ("В Катаре сообщили, что освобождены 200 человек — по 100 с каждой стороны.", "ru",
         [200, 100, 100]),
    ],
)
def test_the_same_number_and_each_sides_share(text: str, lang: str, expected: list[int]) -> None:
    assert [w[2] for w in _ways(text, lang)] == expected


def test_a_body_named_first_in_the_locative_is_the_voice() -> None:

    text = "Возвращение\n\nВ МИД Катара сообщили, что домой вернулись 14 детей."
    (claim,) = extract_claims(text, published=SAT, lang="ru")
    assert claim.speaker == "МИД Катара"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # children reunited with families, no side named: both ways at once
        ("Завдяки посередництву до родин повернулися 40 дітей.", "uk", [(None, None, 40)]),
        # a place of a side, named by its adjective, after "from" or "to"
        ("Літак доставив 60 звільнених із саудівського міста Джизан до Сани.", "uk",
         [("Saudi Arabia", "Houthis", 60)]),
    ],
)
def test_families_and_places(text: str, lang: str, expected: list[Way]) -> None:
    text = "Хусити і уряд Ємену обмінялися полоненими. " + text
    assert _ways(text, lang)[-len(expected):] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition belongs to its own verb; the second figure's act is its own
        ("Kyiv said Moscow had passed 700 bodies to the Ukrainian side and received 12.",
         [("Russia", "Ukraine", 700), ("Ukraine", "Russia", 12)]),
        ("Peskov said another 600 bodies had been handed over that day and 15 received.",
         [("Russia", "Ukraine", 600), ("Ukraine", "Russia", 15)]),
        # an act right after a figure with no noun is its predicate
        ("Russia handed over 300 bodies on Monday. The headquarters confirmed 300 returned "
         "to Ukraine.", [("Russia", "Ukraine", 300), ("Russia", "Ukraine", 300)]),
    ],
)
def test_each_figure_its_own_act(text: str, expected: list[Way]) -> None:
    assert _ways(text) == expected


def test_a_participle_before_its_noun_is_no_act_of_the_figure() -> None:
    text = "Flights carried 400 released detainees between Aden and Sanaa."
    assert _ways(text) == [(None, None, 400)]


def test_people_handed_over_by_the_side_they_belong_to_come_from_the_other() -> None:
    text = ("В воскресенье Россия и Украина провели этап обмена: с российской стороны переданы "
            "303 украинских военнопленных, из украинского плена вернулись 303 российских "
            "военнослужащих.")
    assert {c[:3] for c in core(claims_of(text, "ru"))} == {("Russia", "Ukraine", 303),
                                                             ("Ukraine", "Russia", 303)}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Вчора сторони обміняли по 390 осіб: 270 військових і 120 цивільних з кожного боку.", "uk",
     [390, 390, 270, 270, 120, 120]),
    ("Таким образом, за три дня Россия и Украина обменялись по тысяче человек.", "ru",
     [1000, 1000]),
])
def test_each_side_in_words_or_after_a_list_of_parts(text: str, lang: str,
                                                    expected: list[int]) -> None:
    claims = core(claims_of(text, lang))
    assert [c[2] for c in claims] == expected
    assert all(giver is not None for giver, *_ in claims)


def test_none_coming_back_goes_the_other_way() -> None:
    text = "Россия передала Украине ещё 1200 тел погибших, обратно не вернулось ни одного"
    assert core(claims_of(text, "ru")) == [("Russia", "Ukraine", 1200, "bodies"),
                                           ("Ukraine", "Russia", 0, "bodies")]


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Минобороны России заявило о готовности передать ещё 2239 тел.", "ru", "announced"),
    ("Минобороны России заявило, что готово передать ещё 2239 тел.", "ru", "announced"),
    ("16 червня Міноборони рф заявило про готовність передати ще 2239 тіл.", "uk", "announced"),
    ("Moscow said it stood ready to hand over another 3,000 bodies.", "en", "announced"),
])
def test_a_voice_ready_to_hand_over_gives(text: str, lang: str, kind: str) -> None:
    claims = claims_of(text, lang)
    assert [(c.giver, c.receiver, c.kind.value) for c in claims] == [("Russia", "Ukraine", kind)]


def test_a_body_whose_name_holds_its_country_acts_for_it() -> None:
    text = "Міністерство оборони України повідомило, що повернуло 84 військових."
    assert core(claims_of(text, "uk")) == [("Russia", "Ukraine", 84, "pow")]


@pytest.mark.parametrize(
    ("text", "lang", "way"),
    [
        ("15 червня на територію України повернуто ще 1200 тіл загиблих.", "uk",
         ("Russia", "Ukraine")),
        ("На территорию Украины возвращены 1200 тел.", "ru", ("Russia", "Ukraine")),
        ("С территории Украины переданы 20 тел.", "ru", ("Ukraine", "Russia")),
        ("Восемь жителей, которые находились на территории Украины, вернулись в Россию.", "ru",
         ("Ukraine", "Russia")),
    ],
)
def test_a_sides_territory_gone_to_or_come_from(text: str, lang: str,
                                               way: tuple[str, str]) -> None:
    assert [(c.giver, c.receiver) for c in claims_of(text, lang)] == [way]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("На Украину вернулись 199 гражданских, в Россию — 148.", "ru"),
        ("В Україну повернулися 199 цивільних, у росію — 148.", "uk"),
        ("On 19 December a further 199 bodies went to Ukraine and 148 to Russia.", "en"),
    ],
)
def test_a_clause_sharing_the_verb_goes_where_it_says(text: str, lang: str) -> None:
    assert [(c.count, c.giver, c.receiver) for c in claims_of(text, lang)] == [
        (199, "Russia", "Ukraine"), (148, "Ukraine", "Russia")]


def test_bodies_that_reached_a_side_were_received_by_it() -> None:
    (claim,) = claims_of("By the count of the Coordination Headquarters, 6,057 bodies reached "
                         "Ukraine in the five stages.")
    assert (claim.giver, claim.receiver, claim.kind.value) == ("Russia", "Ukraine", "cumulative")


def test_each_of_several_stages_is_no_each_side() -> None:
    text = ("On 11 June Russia returned the first 1,212 bodies to Ukraine. Three further stages, "
            "on 13, 14 and 15 June, each brought back 1.2 thousand bodies.")
    found = [(c.count, c.giver, c.receiver) for c in claims_of(text)]
    assert [count for count, _, _ in found] == [1212, 1200]
    assert (1200, "Ukraine", "Russia") not in found


def test_in_return_after_its_figure_answers_the_handover_before() -> None:
    text = ("Hamas handed eight hostages to the Red Cross after a chaotic handover; 110 "
            "Palestinian prisoners were freed in return.")
    assert [(c.count, c.giver, c.receiver) for c in claims_of(text)] == [
        (8, "Hamas", "Israel"), (110, "Israel", "Hamas")]


def test_what_answers_a_handover_of_untold_way_answers_that_one() -> None:
    text = ("Israel freed 200 Palestinian prisoners in return for four soldiers. On that day three "
            "civilian women were released, and the 90 prisoners freed in exchange left prison "
            "in the early hours.")
    found = {(c.count, c.giver, c.receiver) for c in claims_of(text)}
    assert (90, "Hamas", "Israel") not in found and (3, "Israel", "Hamas") not in found


def test_prisoners_in_a_war_of_hostages_for_prisoners_are_freed_by_the_other_side() -> None:
    text = ("Hamas and Israel carried out the sixth swap of the truce. Three men came out of Gaza, "
            "with 183 Palestinian prisoners released the same day.")
    assert (183, "Israel", "Hamas") in {(c.count, c.giver, c.receiver) for c in claims_of(text)}


def test_hostages_and_prisoners_joined_go_opposite_ways() -> None:
    text = ("Hamas and Israel began the truce on 19 January. Before Saturday, 18 hostages and more "
            "than 550 prisoners had been released.")
    assert {(c.count, c.giver, c.receiver) for c in claims_of(text)} == {
        (18, "Hamas", "Israel"), (550, "Israel", "Hamas")}


@pytest.mark.parametrize(
    ("text", "ways"),
    [
        ("Украине переданы 212 тел, России — 45.",
         [(212, "Russia", "Ukraine"), (45, "Ukraine", "Russia")]),
        ("10 апреля Россия вернула из плена 106 своих военных, Украина — 100.",
         [(106, "Ukraine", "Russia"), (100, "Russia", "Ukraine")]),
    ],
)
def test_a_side_after_a_comma_and_a_dash_takes_its_own_way(
        text: str, ways: list[tuple[int, str, str]]) -> None:
    assert [(c.count, c.giver, c.receiver) for c in claims_of(text, "ru")] == ways


def test_a_sides_own_tally_of_handed_over_and_received() -> None:
    text = ("Russia and Ukraine swapped bodies. Sergei Lavrov had earlier put the totals at 11,000 "
            "bodies handed over and 207 received.")
    assert [(c.count, c.giver, c.receiver, c.kind.value) for c in claims_of(text)] == [
        (11000, "Russia", "Ukraine", "cumulative"), (207, "Ukraine", "Russia", "cumulative")]


def test_people_also_back_in_a_side_came_home_to_it() -> None:
    text = ("Russia's defence ministry said 146 Russian servicemen had returned. It adds that "
            "eight civilians from Kursk region are also back in Russia.")
    assert (8, "Ukraine", "Russia") in {(c.count, c.giver, c.receiver) for c in claims_of(text)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Росія передала Україні 1200 тіл військових ЗСУ і отримала від неї 31 тіло.", "uk"),
        ("Россия передала Украине 1200 тел и получила 31.", "ru"),
        ("Russia handed Ukraine 1,200 bodies of Ukrainian soldiers and received 31.", "en"),
    ],
)
def test_the_second_act_of_a_subject_goes_its_own_way(text: str, lang: str) -> None:
    assert [(c.count, c.giver, c.receiver, c.flags) for c in claims_of(text, lang)] == [
        (1200, "Russia", "Ukraine", ()), (31, "Ukraine", "Russia", ())]


def test_the_voices_side_is_no_subject_of_the_figures_act() -> None:
    claims = claims_of("The Ukrainian authorities announced that 230 people had returned to "
                       "Ukraine, six of them civilians.")
    assert [(c.count, c.giver, c.receiver) for c in claims] == [
        (230, "Russia", "Ukraine"), (6, "Russia", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The exchange began at the border with Belarus. Belarus hosted Russia and Ukraine "
         "again. It was 390 for 390.", "en"),
        ("Обмен прошёл на границе с Беларусью. Беларусь снова приняла Россию и Украину. "
         "Это было 390 на 390.", "ru"),
        ("Обмін відбувся на кордоні з Білоруссю. Білорусь знову прийняла Росію та Україну. "
         "Це було 390 на 390.", "uk"),
    ],
)
def test_a_border_names_a_place_not_a_side(text: str, lang: str) -> None:
    assert {(c.giver, c.receiver) for c in claims_of(text, lang)} == {
        ("Russia", "Ukraine"), ("Ukraine", "Russia")}


def test_each_sides_share_of_a_total_is_a_term_of_its_own() -> None:
    text = ("The arrangement covers 887 detainees. The Houthis undertook to release 181 of them "
            "and the Government of Yemen 706.")
    assert [(c.count, c.giver, c.receiver) for c in claims_of(text)] == [
        (887, None, None), (181, "Houthis", "Yemen"), (706, "Yemen", "Houthis")]


def test_the_side_a_dash_gives_a_figure_to_receives_it() -> None:
    claims = claims_of("Того ж дня Україні повернули тіла 212 загиблих, росії — 45.", "uk")
    assert [(c.count, c.giver, c.receiver) for c in claims] == [
        (212, "Russia", "Ukraine"), (45, "Ukraine", "Russia")]


def test_hostages_some_of_them_dead_are_still_the_hostage_takers_to_hand_over() -> None:
    text = ("Hamas and Israel agreed. In the first phase, 33 hostages were returned, eight of "
            "them dead, in exchange for about 1,700 prisoners.")
    assert [(c.count, c.giver, c.receiver) for c in claims_of(text)] == [
        (33, "Hamas", "Israel"), (8, "Hamas", "Israel"), (1700, "Israel", "Hamas")]


def test_us_and_them_receive_for_the_voices_side_and_the_other() -> None:
    # a Russian diary: the people given "to us" are the report's side's, "to them" the other's
    text = "Минобороны России сообщило об обмене. И тела: нам отдали 45, им — 212."
    assert core(claims_of(text, "ru")) == [("Ukraine", "Russia", 45, "bodies"),
                                           ("Russia", "Ukraine", 212, "bodies")]
    # (a title's years after a lead naming people are no figures)
    assert claims_of("Репатриация тел погибших: хроника 2024–2025", "ru") == []


def test_the_dead_no_side_is_named_for_go_the_way_their_war_returns_its_dead() -> None:
    # Russia has handed over thousands of bodies for every few dozen it got back: a list of
    # the dead with no side, after a section on the living, went to Ukraine
    text = ("2 жовтня росії передано 185 військовополонених.\n\n## Загиблі\n\n"
            "Репатріація тіл загиблих цього року йшла за окремим графіком:\n\n"
            "- 14 лютого — 757;\n- 28 березня — 909.\n")
    dead = [c for c in claims_of(text, "uk") if c.category.value == "bodies"]
    assert [(c.giver, c.receiver, c.count) for c in dead] == [("Russia", "Ukraine", 757),
                                                             ("Russia", "Ukraine", 909)]


def test_the_other_way_is_against_the_handover_told_before() -> None:
    text = ("**23.10.** Украина получила тысячу тел. По данным проекта «Хочу жить», 31 тело "
            "отправлено в обратную сторону.")
    claims = claims_of(text, "ru", published=date(2025, 12, 20))
    assert [(c.giver, c.receiver, c.count, c.speaker) for c in claims] == [
        ("Russia", "Ukraine", 1000, None), ("Ukraine", "Russia", 31, "проект «Хочу жить»")]
    assert str(claims[0].event_date) == "2025-10-23"


def test_a_figure_in_both_directions_and_a_formula_of_the_dead_in_a_short_answer() -> None:
    text = ("Russia and Ukraine met. Qatar's mediation has reunited 107 children with their "
            "families so far, in both directions.")
    assert core(claims_of(text)) == [(None, None, 107, "civilian")]
    text = "Russia and Ukraine met. And six thousand for six thousand on the dead."
    assert sorted((g, r, n) for g, r, n, _ in core(claims_of(text))) == [
        ("Russia", "Ukraine", 6000), ("Ukraine", "Russia", 6000)]
