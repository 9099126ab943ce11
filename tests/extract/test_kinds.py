"""Kinds of claims from the language, with sentences of our own: totals and their cues,
plans and terms, formulas that name an exchange, days in a list, and two figures of one
sentence that go opposite ways."""

from __future__ import annotations

from datetime import date

import pytest

from handover.extract import extract_claims
from tests.extract.helpers import claims_of

SAT = date(2025, 6, 14)  # a Saturday


def _kinds(text: str, lang: str = "en") -> list[tuple[int | None, str]]:
    return [(c.count, c.kind.value) for c in extract_claims(text, published=SAT, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # totals: "in all", "the total at", "have now", "already handed over", "за підсумками"
        ("Lavrov has claimed that Russia handed over 9,000 bodies in all.", "en",
         [(9000, "cumulative")]),
        ("Russia returned 300 bodies on Monday. Medinsky put the May total at 4,100 bodies.",
         "en", [(300, "completed"), (4100, "cumulative")]),
        ("Fourteen Israeli hostages have now been released in the first phase.", "en",
         [(14, "cumulative")]),
        ("Росія вже передала Україні близько 5000 тіл.", "uk", [(5000, "cumulative")]),
        # "погоджено": a term agreed, in the passive
        ("Крім того, погоджено повернення тіл: шість тисяч на шість тисяч.", "uk",
         [(6000, "agreed"), (6000, "agreed")]),
        ("За підсумками чотирьох етапів в Україну повернули 4800 тіл.", "uk",
         [(4800, "cumulative")]),
        ("Over four stages between 2 and 5 June, Ukraine received 4,800 bodies.", "en",
         [(4800, "cumulative")]),
        # a sum of one exchange is no running total
        ("The ministry said its mediation had produced an exchange of 240 prisoners in all.",
         "en", [(240, "completed")]),
        # plans: readiness, intention, awaiting a handover, "meant to"
        ("Міноборони заявило, що готове передати Україні ще 900 тіл.", "uk",
         [(900, "announced")]),
        ("Российская сторона заявила о намерении передать 700 тел, которые ожидают передачи.",
         "ru", [(700, "announced")]),
        ("Flights began on Friday, in an operation meant to reunite some 600 detainees with "
         "their families.", "en", [(600, "announced")]),
        # terms: an obligation; an act done under an agreement is no term
        ("Тогда Москва взяла на себя обязательство вернуть более 5000 тел.", "ru",
         [(5000, "agreed")]),
        ("In line with the agreements reached in May, 140 Russian servicemen were returned "
         "on Thursday.", "en", [(140, "completed")]),
        # what a deal is said to be about is its term, the one before or the one agreed
        ("Сторони домовилися обміняти по 500 полонених. Омбудсман підтвердив, що йдеться про "
         "понад 1000 людей.", "uk", [(500, "agreed"), (500, "agreed"), (1000, "agreed")]),
        ("Стороны договорились об обмене пленными. Песков уточнил, что речь идёт о 300 "
         "военных.", "ru", [(300, "agreed")]),
        ("The two sides agreed on a new exchange. The deal involves 400 soldiers.", "en",
         [(400, "agreed")]),
        # what a voice spoke of, with no act, is what was expected (a total of it, too)
        ("Russia handed over 1,200 bodies on Friday. Moscow said Kyiv had returned none. "
         "Officials would not say when the next stage was due, but Russia has spoken of 5,000 "
         "remains in total.", "en", [(1200, "completed"), (0, "completed"), (5000, "announced")]),
        ("МКЧХ завершив операцію. На початку операції в МКЧХ говорили про близько 700 "
         "затриманих.", "uk", [(700, "announced")]),
        # a plan under a deal the sentence names is its term
        ("Under the deal, Hamas is to free 20 hostages and Israel is to release 60 prisoners.",
         "en", [(20, "agreed"), (60, "agreed")]),
        ("Talks continued. At the agreed exchange point, 50 prisoners were released on Friday.",
         "en", [(50, "completed")]),
    ],
)
def test_kinds(text: str, lang: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text, lang) == expected


def test_a_formula_that_names_the_exchange_a_stage_belongs_to_is_a_term() -> None:
    text = "В пятницу состоялся второй этап обмена по формуле «800 на 800»."
    assert {kind for _, kind in _kinds(text, "ru")} == {"agreed"}


def test_a_formula_of_an_exchange_that_took_place_is_done() -> None:
    text = "Мединский назвал обмен этапом договорённостей, прошедшим по формуле 120 на 120."
    assert {kind for _, kind in _kinds(text, "ru")} == {"completed"}


def test_days_of_a_list_after_a_total_are_that_days_handovers() -> None:
    text = ("Загалом за два дні ми повернули в Україну 500 людей: у п'ятницю — 300 (200 "
            "військових і 100 цивільних), сьогодні — 200.")
    claims = extract_claims(text, published=SAT, lang="uk")
    assert [(c.count, c.kind.value, str(c.event_date)) for c in claims] == [
        (500, "cumulative", "None"), (300, "completed", "2025-06-13"),
        (200, "completed", "2025-06-13"), (100, "completed", "2025-06-13"),
        (200, "completed", "2025-06-14")]
    # (the last day names no people: they are those the total counts)
    assert [c.category.value for c in claims] == ["detainee", "mixed", "pow", "civilian",
                                                  "detainee"]


def test_two_figures_one_with_no_side_go_opposite_ways() -> None:
    text = ("Ukraine received 400 bodies on Monday. Medinsky put the June total at 5,400 and "
            "said Russia had received 60.")
    claims = extract_claims(text, published=SAT, lang="en")
    assert [(c.count, c.giver, c.receiver, c.kind.value) for c in claims] == [
        (400, "Russia", "Ukraine", "completed"), (5400, "Russia", "Ukraine", "cumulative"),
        (60, "Ukraine", "Russia", "cumulative")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the same total as the other side counts it, and the other way of a total
        ("Загалом Україна отримала 4 210 тіл, підсумували в штабі. Мединський стверджує, що "
         "Росія передала Україні 4215 тіл, а отримала від неї 51.", "uk"),
        # a handover that fulfils a term "of more than" its figure
        ("Тогда Москва взяла на себя обязательство вернуть Украине более 4000 тел. В мае, по "
         "данным российской стороны, Украине были переданы 4100 тел, а Россия получила 51.",
         "ru"),
    ],
)
def test_totals_the_report_makes(text: str, lang: str) -> None:
    claims = extract_claims(text, published=SAT, lang=lang)
    assert [c.kind.value for c in claims if c.count in (4215, 4100, 51)] == [
        "cumulative", "cumulative"]


def test_a_headline_figure_has_the_kind_of_the_same_figure_below() -> None:
    text = ("Обмін завершено: понад 900 звільнених\n\nЗа три дні, за даними МКЧХ, загальна "
            "кількість звільнених перевищила 900.")
    claims = extract_claims(text, published=SAT, lang="uk")
    assert [c.kind.value for c in claims] == ["cumulative", "cumulative"]


def test_a_clause_that_shares_the_verb_goes_the_same_way() -> None:
    text = "5 березня додому повернули ще п'ятьох дітей, а 9 квітня — сімох."
    claims = extract_claims(text, published=SAT, lang="uk")
    assert [(c.count, c.giver, c.receiver) for c in claims] == [
        (5, "Russia", "Ukraine"), (7, "Russia", "Ukraine")]


def test_the_sides_exchanging_a_figure_leave_open_per_side_or_in_all() -> None:
    claims = extract_claims("Earlier, on 2 May, Russia and Ukraine exchanged 64 prisoners.",
                            published=SAT, lang="en")
    assert [(c.giver, c.receiver, c.flags) for c in claims] == [
        (None, None, ("count_ambiguous", "year_inferred"))]


def test_unless_the_report_says_each_side_handed_over_as_many() -> None:
    text = ("Стороны обменялись ста пятью военнопленными\n\nВо вторник каждая сторона "
            "освободила сто пять военнопленных.")
    claims = extract_claims(text, published=SAT, lang="ru")
    assert sorted((c.giver, c.receiver) for c in claims if c.start == 0) == [
        ("Russia", "Ukraine"), ("Ukraine", "Russia")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # what is asked for is no term
        ("Украина, по словам её чиновников, добивается обмена «всех на всех».", "ru", []),
        # a headline's term without a figure is the body's, once
        ("Стамбул: обмін «всіх на всіх» для поранених\n\nЗа словами Умєрова, сторони "
         "домовилися обміняти всіх тяжкопоранених полонених за принципом «всіх на всіх».",
         "uk", [(None, "agreed"), (None, "agreed")]),
        # a headline printed twice says what it says once
        ("Kyiv gets back 300 bodies\n\nKyiv gets back 300 bodies\n\nThe bodies arrived by "
         "train.", "en", [(300, "completed")]),
        # the formula of the exchange a stage belongs to is no figure of the stage
        ("Первый этап обмена «500 на 500»\n\nВ пятницу вернулись 120 российских военных.",
         "ru", [(120, "completed")]),
        # a group the sides agreed to exchange, with no figure: a term each way
        ("Talks in Geneva\n\nThe Russian and Ukrainian delegations agreed to return the dead "
         "on a 500-for-500 basis and to exchange badly wounded prisoners.", "en",
         [(500, "agreed"), (500, "agreed"), (None, "agreed"), (None, "agreed")]),
        ("Talks in Geneva\n\nThe delegations agreed to exchange prisoners.", "en", []),
    ],
)
def test_terms_and_what_is_no_term(text: str, lang: str,
                                   expected: list[tuple[int | None, str]]) -> None:
    assert _kinds(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two sides each to free people of their own: terms of both, not one side's offer
        ("Armenia will release 14 Azerbaijani servicemen and Azerbaijan will free three "
         "Armenian soldiers, a joint statement said.", [(14, "agreed"), (3, "agreed")]),
        ("Azerbaijan to free 11 Armenian soldiers, Armenia three",
         [(11, "agreed"), (3, "agreed")]),
        # one side alone stays a plan
        ("Azerbaijan will release 11 Armenian soldiers next week.", [(11, "announced")]),
        # a term restated in its own sentence is one term per direction
        ("Russia and Ukraine settled on four thousand for four thousand: each side would "
         "return the bodies of 4,000 dead soldiers to the other.",
         [(4000, "agreed"), (4000, "agreed")]),
    ],
)
def test_terms_of_both_sides(text: str, expected: list[tuple[int | None, str]]) -> None:
    """Plans binding two sides at once are agreed; a restated term counts once a way."""
    assert _kinds(text) == expected


def test_a_formula_of_a_swap_that_has_taken_place_is_done_and_no_total() -> None:
    text = ("On 31 January 2024, Moscow said another exchange had taken place on the formula of "
            "195 for 195.")
    claims = extract_claims(text, published=date(2025, 1, 10), lang="en")
    assert [(c.count, c.kind.value) for c in claims] == [(195, "completed")] * 2


def test_a_claim_of_none_after_a_total_stays_a_claim_of_none() -> None:
    text = ("Before Saturday, 2,412 bodies had been returned to Ukraine. Russian media said "
            "the Ukrainian side had not handed back a single body of a Russian soldier.")
    claims = extract_claims(text, published=date(2025, 6, 14), lang="en")
    assert [(c.count, c.kind.value) for c in claims] == [(2412, "cumulative"),
                                                   (0, "completed")]


@pytest.mark.parametrize(("text", "lang"), [
    ("К 16 июня, по данным Мединского, Россия передала Украине 6060 тел.", "ru"),
    ("By 16 June, Russia had handed over 6,060 bodies to Ukraine, Medinsky said.", "en"),
])
def test_what_was_done_by_a_day_is_a_total(text: str, lang: str) -> None:
    (claim,) = extract_claims(text, published=date(2025, 6, 20), lang=lang)
    assert (claim.count, claim.kind.value, claim.event_date) == (6060, "cumulative", None)


@pytest.mark.parametrize(("text", "lang"), [
    ("Кроме того, стороны решили вернуть друг другу по 6000 тел погибших военных.", "ru"),
    ("Крім того, сторони вирішили повернути одна одній по 6000 тіл загиблих військових.", "uk"),
    ("The two sides also decided to return 6,000 bodies of the fallen to each other.", "en"),
])
def test_what_both_sides_decided_to_do_is_a_term(text: str, lang: str) -> None:
    claims = extract_claims(text, published=date(2025, 6, 20), lang=lang)
    assert {c.kind.value for c in claims} == {"agreed"} and claims[0].count == 6000


def test_the_body_restating_a_headlines_term_in_a_voice_of_its_own_is_a_claim() -> None:
    text = ("Russia, Ukraine agree 1,000-for-1,000 prisoner swap\n\nRussia and Ukraine agreed on "
            "Friday to exchange 1,000 prisoners of war each, the heads of both delegations said.")
    claims = extract_claims(text, published=date(2025, 5, 16), lang="en")
    assert [(c.count, c.kind.value) for c in claims] == [(1000, "agreed")] * 4


@pytest.mark.parametrize(("text", "lang"), [
    ("Минобороны России заявило о готовности передать ещё 2239 тел.", "ru"),
    ("Міноборони росії заявило про готовність передати ще 2239 тіл.", "uk"),
    ("Russia's defence ministry stated its readiness to hand over 2,239 more bodies.", "en"),
])
def test_readiness_to_hand_over_is_a_plan(text: str, lang: str) -> None:
    claims = extract_claims(text, published=date(2025, 6, 20), lang=lang)
    assert [(c.count, c.kind.value) for c in claims] == [(2239, "announced")]


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("The headquarters counted 1,358 people returned to Ukraine over 2024.", "en", 1358),
    ("The ministry put the number of prisoners freed in 2022 at nearly 1,600.", "en", 1600),
    ("With today's stage, the total number of bodies returned reaches 6,057.", "en", 6057),
    ("З 11 по 16 червня в Україну повернули 6057 тіл у п'ять етапів.", "uk", 6057),
    ("С 11 по 16 июня Украине передали 6057 тел в пять этапов.", "ru", 6057),
])
def test_what_a_year_or_a_run_of_stages_came_to_is_a_total(text: str, lang: str,
                                                           count: int) -> None:
    assert _kinds(text, lang) == [(count, "cumulative")]


def test_a_year_after_over_is_no_count_but_a_count_handed_over_is() -> None:
    assert _kinds("Ukraine handed over 2024 bodies.") == [(2024, "completed")]
    assert [c for c, _ in _kinds("Kyiv counted 189 people freed over 2024.")] == [189]


def test_what_a_voice_expects_to_bring_home_is_a_plan() -> None:
    text = "We expect to bring home more than a thousand of our soldiers, Umerov said."
    assert _kinds(text) == [(1000, "announced")]


def test_a_sum_written_out_is_a_total_and_its_terms_no_claims() -> None:
    text = ("Russia and Ukraine exchanged 390 prisoners each on 23 May. "
            "390 + 307 + 303 = 1,000 in each direction.")
    assert _kinds(text) == [(390, "completed"), (390, "completed"), (1000, "cumulative"),
                            (1000, "cumulative")]


def test_an_agreement_carried_out_reports_handovers_done() -> None:
    claims = claims_of("Україна та росія домовилися про обмін. Домовленість виконано в три дні: "
                       "390, 307 і 303 особи з кожного боку.", "uk")
    assert claims and {c.kind.value for c in claims} == {"completed"}


@pytest.mark.parametrize(
    "text",
    [
        "The Coordination Headquarters counted 5,757 Ukrainians freed from Russian captivity "
        "between March 2022 and 25 May 2025.",
        "The headquarters said 3,956 people had come home from Russia by the end of 2024.",
        "Between 11 and 16 June, in five stages, Ukraine received 6,057 bodies.",
        "From 19 January to 27 February, Israel released 1,755 prisoners.",
        "Taken together, the monitors count 537 people returned to Ukraine during the period.",
    ],
)
def test_a_span_of_months_or_a_deadline_makes_a_running_total(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.kind.value == "cumulative"


def test_people_in_a_sides_hands_are_no_handover() -> None:
    assert claims_of("In May Iryna Vereshchuk said at least 8,000 Ukrainian servicemen were in "
                     "Russian hands.") == []


def test_a_figure_after_a_dash_shares_the_agreement_before_it() -> None:
    claims = claims_of("На переговорах у Стамбулі сторони погодили новий обмін — щонайменше по "
                       "1,2 тис. полонених з кожного боку.", "uk")
    assert [(c.count, c.kind.value) for c in claims] == [(1200, "agreed"), (1200, "agreed")]


def test_vsego_after_a_verb_means_only() -> None:
    claims = claims_of("Россия отдала 189 пленных, а получила всего 150.", "ru")
    assert [(c.count, c.kind.value) for c in claims] == [(189, "completed"), (150, "completed")]
    (total,) = claims_of("Всего из плена вернулись 5757 украинцев.", "ru")
    assert total.kind.value == "cumulative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У січні–лютому ХАМАС повернув 33 заручників.", "uk"),
        ("За червень Україна отримала понад шість тисяч тіл.", "uk"),
        ("Від червня звільнили понад 2,4 тис. полонених.", "uk"),
        ("В январе–феврале ХАМАС вернул 33 заложника.", "ru"),
        ("На всех этапах обмена домой вернулись 1000 украинцев.", "ru"),
    ],
)
def test_a_span_of_months_or_all_stages_makes_a_total(text: str, lang: str) -> None:
    (claim,) = claims_of(text, lang)
    assert claim.kind.value == "cumulative"


def test_the_day_of_the_agreement_a_total_carries_out_dates_nothing() -> None:
    claims = claims_of("Загалом за три дні обміну, домовленого в Стамбулі 16 травня, кожна "
                       "сторона повернула по тисячі людей.", "uk")
    assert {(c.count, c.kind.value, c.event_date) for c in claims} == {
        (1000, "cumulative", None)}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # a figure in words: its plan is after its noun, not after the day's digits
        ("Eight hostages will be released on Thursday 30 January.", "en", "announced"),
        # an aside about the people is no total of them
        ("Також з полону звільнено вісьмох цивільних, серед них журналіста, якого утримували "
         "з 2022 року.", "uk", "completed"),
    ],
)
def test_the_words_after_a_figure_in_words(text: str, lang: str, kind: str) -> None:
    (claim,) = claims_of(text, lang, published=date(2025, 1, 28))
    assert claim.kind.value == kind


def test_a_quoted_formula_is_not_done_by_the_act_after_its_quote() -> None:
    claims = claims_of("По стамбульской договорённости «тысяча на тысячу» стороны обменялись "
                       "пленными.", "ru")
    assert {(c.count, c.kind.value) for c in claims} == {(1000, "agreed")}


def test_a_plan_apart_from_an_agreement_is_no_term_of_it() -> None:
    text = ("The arrangement covers 887 detainees. Separately from the Bern arrangement, the "
            "Kingdom of Saudi Arabia has informed the ICRC that it will release 104 detainees "
            "to Sana'a on Monday 17 April.")
    (*_, claim) = claims_of(text, published=date(2023, 4, 16))
    assert (claim.count, claim.kind.value, str(claim.event_date), claim.speaker) == (
        104, "announced", "2023-04-17", "Kingdom of Saudi Arabia")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("**11–16 июня** — передача тел: Россия передала Украине 6060 тел.", "ru"),
        ("**Итого** в перечисленных обменах Россия вернула 2509 человек.", "ru"),
        ("**Разом за рік**, за даними штабу, з полону повернулися 1358 людей.", "uk"),
        ("11–16 June, by the official count: Ukraine received 6,057 bodies.", "en"),
    ],
)
def test_a_span_or_a_sum_in_emphasis_opens_a_total(text: str, lang: str) -> None:
    (claim,) = claims_of(text, lang, published=date(2025, 10, 10))
    assert claim.kind.value == "cumulative"


def test_a_sentence_opening_with_a_is_no_other_half_of_a_term() -> None:
    claims = claims_of("А 25 мая по стамбульской договорённости «тысяча на тысячу» стороны "
                       "обменялись 303 пленными с каждой стороны.", "ru")
    assert {(c.count, c.kind.value) for c in claims} == {(1000, "agreed"), (303, "completed")}


def test_a_sum_with_no_verb_totals_the_handovers_before_it() -> None:
    text = ("23 травня повернулися 390 українців, 24 травня — 307, 25 травня — 303. Разом за "
            "три дні — 1000 українців. Стільки ж отримала російська сторона.")
    claims = claims_of(text, "uk", published=date(2025, 5, 26))
    assert [(c.count, c.giver, c.receiver, c.kind.value) for c in claims][-2:] == [
        (1000, "Russia", "Ukraine", "cumulative"), (1000, "Ukraine", "Russia", "cumulative")]


def test_a_months_count_and_a_count_since_a_time_are_totals() -> None:
    for text, lang in (("За місяць ми зафіксували понад шість тисяч повернутих тіл.", "uk"),
                       ("З середини лютого, за нашим підрахунком, Україна отримала 8632 тіла.",
                        "uk"),
                       ("За месяц Россия передала Украине 6060 тел.", "ru")):
        assert {c.kind.value for c in claims_of(text, lang)} == {"cumulative"}, text
    # (the second in a month, then its day after a colon, is that day's)
    text = "Это уже вторая репатриация за месяц: 28 марта Украина получила тела 909 погибших."
    assert {c.kind.value for c in claims_of(text, "ru")} == {"completed"}


def test_an_offer_of_all_for_all_is_no_term() -> None:
    text = ("Зеленський також заявив, що Україна готова й до обміну «всіх на всіх», але такої "
            "згоди від росії поки немає.")
    assert claims_of(text, "uk") == []
    text = "Russia and Ukraine agreed to exchange all wounded prisoners all for all."
    assert len(claims_of(text)) == 2


def test_a_heading_that_names_an_exchange_by_its_quoted_formula_is_no_term() -> None:
    assert claims_of("## Стамбул и «тысяча на тысячу»\n\nДелегации встретились в Стамбуле.",
                     "ru") == []
    # (a heading that tells the agreement is one)
    assert len(claims_of("## Стороны договорились: «тысяча на тысячу»\n\nДелегации встретились.",
                         "ru")) == 2


@pytest.mark.parametrize(("text", "lang"), [
    ("Сьогодні додому повернулися 150 захисників і 12 цивільних, більшість із яких "
     "перебували в неволі з 2022 року.", "uk"),
    ("Сегодня домой вернулись 150 военных и 12 гражданских, большинство из которых "
     "находились в плену с 2022 года.", "ru"),
])
def test_since_when_most_of_whom_were_held_makes_no_total(text: str, lang: str) -> None:
    assert {c.kind.value for c in claims_of(text, lang)} == {"completed"}


@pytest.mark.parametrize(("text", "lang"), [
    ("У грудні минулого року росія повернула Україні 150 військових.", "uk"),
    ("В декабре прошлого года Россия вернула Украине 150 военных.", "ru"),
])
def test_a_month_of_last_year_is_a_time_not_a_total(text: str, lang: str) -> None:
    assert [c.kind.value for c in claims_of(text, lang, published=date(2025, 6, 1))] == [
        "completed"]
