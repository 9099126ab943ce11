"""Each phrasing reports write claims in, and the figures that are no claims at all."""

from __future__ import annotations

from datetime import date

import pytest

from handover.domain import Category, ClaimKind, PartyRegistry, Qualifier
from handover.extract import extract_claims
from tests.extract.helpers import claims_of, core


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russia handed over the bodies of 909 Ukrainian soldiers.", "en",
         [("Russia", "Ukraine", 909, "bodies")]),
        ("Ukraine returned 27 bodies of Russian soldiers.", "en",
         [("Ukraine", "Russia", 27, "bodies")]),
        ("Kyiv received 1,200 bodies on Friday.", "en", [("Russia", "Ukraine", 1200, "bodies")]),
        ("84 Ukrainian prisoners of war came home.", "en", [("Russia", "Ukraine", 84, "pow")]),
        ("Twelve hundred Ukrainian soldiers were freed from Russian captivity.", "en",
         [("Russia", "Ukraine", 1200, "pow")]),
        ("Росія передала Україні тіла 909 загиблих військових.", "uk",
         [("Russia", "Ukraine", 909, "bodies")]),
        ("З російського полону повернулися 84 українських захисники.", "uk",
         [("Russia", "Ukraine", 84, "pow")]),
        ("Украина получила тела 1200 погибших военных.", "ru",
         [("Russia", "Ukraine", 1200, "bodies")]),
        ("Из украинского плена возвращены 84 российских военнослужащих.", "ru",
         [("Ukraine", "Russia", 84, "pow")]),
        ("Hamas handed three Israeli hostages over to the Red Cross.", "en",
         [("Hamas", "Israel", 3, "hostage")]),
    ],
)
def test_direction_from_wording_and_whose_people(text: str, lang: str,
                                                 expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text, lang)) == expected


def test_garbled_direction_is_kept_and_flagged() -> None:
    (claim,) = claims_of("He said Ukraine had handed over 1,212 bodies of Ukrainian servicemen "
                       "to Russia.")
    assert (claim.giver, claim.receiver) == ("Ukraine", "Russia")
    assert claim.flags == ("direction_conflict",)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukraine has not returned a single body of a Russian soldier to Russia.", "en"),
        ("Україна не повернула Росії жодного тіла російського військового.", "uk"),
        ("Украина не передала России ни одного тела российского военного.", "ru"),
    ],
)
def test_negatives_are_completed_claims_of_zero(text: str, lang: str) -> None:
    (claim,) = claims_of(text, lang)
    assert (claim.giver, claim.receiver, claim.count) == ("Ukraine", "Russia", 0)
    assert claim.kind == ClaimKind.COMPLETED
    assert claim.category == Category.BODIES


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Russia and Ukraine agreed to exchange prisoners on a 1,000-for-1,000 basis.", "en",
         1000),
        ("Russia and Ukraine agreed on a swap of a thousand prisoners for a thousand.", "en",
         1000),
        ("Сторони домовилися про обмін полоненими за формулою 1000 на 1000.", "uk", 1000),
        ("Стороны договорились обменять пленных по формуле 1200 на 1200.", "ru", 1200),
    ],
)
def test_formulas_are_agreed_terms_one_per_direction(text: str, lang: str, count: int) -> None:
    claims = claims_of(text, lang)
    assert {(c.giver, c.receiver) for c in claims} == {("Russia", "Ukraine"),
                                                        ("Ukraine", "Russia")}
    assert [c.count for c in claims] == [count, count]
    assert {c.kind for c in claims} == {ClaimKind.AGREED}
    assert {c.category for c in claims} == {Category.POW}


def test_all_for_all() -> None:
    claims = claims_of("Ukraine and Russia agreed to swap all seriously wounded prisoners of war, "
                     "all for all.")
    assert [(c.giver, c.receiver, c.count, c.kind) for c in claims] == [
        ("Ukraine", "Russia", None, ClaimKind.AGREED),
        ("Russia", "Ukraine", None, ClaimKind.AGREED),
    ]


def test_breakdown_gives_the_total_and_each_part() -> None:
    claims = claims_of(
        "Zelensky said 390 Ukrainians had come home: 270 soldiers and 120 civilians.")
    assert [(c.count, c.category) for c in claims] == [
        (390, Category.MIXED), (270, Category.POW), (120, Category.CIVILIAN)]
    assert {(c.giver, c.receiver) for c in claims} == {("Russia", "Ukraine")}


def test_each_side_released() -> None:
    claims = claims_of("Russia and Ukraine each released 205 prisoners of war on Tuesday.")
    assert sorted((c.giver, c.receiver, c.count) for c in claims) == [
        ("Russia", "Ukraine", 205), ("Ukraine", "Russia", 205)]
    assert {c.event_date for c in claims} == {date(2025, 6, 10)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia will hand over 500 Ukrainian prisoners next week.", ClaimKind.ANNOUNCED),
        ("Ukraine plans to return 300 Russian servicemen.", ClaimKind.ANNOUNCED),
        ("In total, 6,057 bodies have been returned to Ukraine since the process began.",
         ClaimKind.CUMULATIVE),
        ("Russia handed over 1,200 bodies of Ukrainian soldiers on Friday.", ClaimKind.COMPLETED),
        ("Russia and Ukraine agreed to exchange 1,200 prisoners of war from each side.",
         ClaimKind.AGREED),
        ("Україна загалом повернула з полону 5757 громадян з 2022 року.", ClaimKind.CUMULATIVE),
    ],
)
def test_kinds(text: str, kind: ClaimKind) -> None:
    claims = claims_of(text, "uk" if "Україна" in text else "en")
    assert claims and {c.kind for c in claims} == {kind}


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("Russia returned more than 6,000 bodies of Ukrainian soldiers.", Qualifier.AT_LEAST),
     ("Russia returned nearly 1,000 bodies of Ukrainian soldiers.", Qualifier.AT_MOST),
     ("Russia is to return up to 500 Ukrainian prisoners.", Qualifier.AT_MOST)],
)
def test_qualified_counts(text: str, qualifier: Qualifier) -> None:
    (claim,) = claims_of(text)
    assert claim.qualifier == qualifier


def test_dates_relative_and_said() -> None:
    (claim,) = claims_of("On June 11, Medinsky said Russia had handed over 1,212 bodies of "
                       "Ukrainian soldiers yesterday.")
    assert claim.statement_date == date(2025, 6, 11)
    assert claim.event_date == date(2025, 6, 13)  # "yesterday" counts from the report's date


def test_speakers_and_their_continuation() -> None:
    text = ("Russia handed over 1,200 bodies of Ukrainian soldiers, Interfax reported, citing a "
            "source. Ukraine did not return a single body of a Russian soldier, according to "
            "the same source. Vladimir Medinsky, the Russian negotiator, said Ukraine had "
            "returned 27 bodies. He added that Russia had received 19 more.")
    speakers = [c.speaker for c in claims_of(text)]
    assert speakers == ["Interfax, citing a source", "Interfax, citing a source",
                        "Vladimir Medinsky", "Vladimir Medinsky"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Росія передала тіла 909 загиблих, повідомили в Координаційному штабі.", "uk",
         "Координаційний штаб"),
        ("Россия передала 1200 тел погибших, заявил Мединский.", "ru", "Мединский"),
        ("По словам Мединского, Россия передала 1200 тел погибших.", "ru", "Мединский"),
        ("Мединский: Россия передала 1200 тел погибших.", "ru", "Мединский"),
    ],
)
def test_speakers_in_ukrainian_and_russian(text: str, lang: str, speaker: str) -> None:
    (claim,) = claims_of(text, lang)
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "More than 500 soldiers were killed in the fighting last week.",
        "Some 8,000 Ukrainian soldiers remain in Russian captivity.",
        "The youngest was 21 and the oldest 58.",
        "The war entered its third year in 2024, and talks began on 16 May.",
        "The second round of talks lasted 90 minutes.",
        "Your email address will not be published. Required fields are marked *",
    ],
)
def test_figures_that_are_no_exchange_claims(text: str) -> None:
    assert claims_of(text) == []


def test_an_unknown_party_can_be_taught() -> None:
    from handover.domain import Alias, Party, PartyKind

    registry = PartyRegistry.builtin()
    registry.add(Party("Freedonia", PartyKind.SIDE, (Alias("Freedonian", "en"),)))
    claims = extract_claims("Freedonia handed over 12 bodies of Russian soldiers to Russia.",
                            lang="en", registry=registry)
    assert core(claims) == [("Freedonia", "Russia", 12, "bodies")]


def test_language_is_detected() -> None:
    claims = extract_claims("Росія передала Україні тіла 909 загиблих військових.")
    assert core(claims) == [("Russia", "Ukraine", 909, "bodies")]


def test_a_clause_that_shares_the_verb_before_it() -> None:
    claims = claims_of("Azerbaijan undertook to release 32 Armenian servicemen and Armenia two "
                     "Azerbaijani soldiers.")
    assert [(c.giver, c.receiver, c.count, c.kind) for c in claims] == [
        ("Azerbaijan", "Armenia", 32, ClaimKind.AGREED),
        ("Armenia", "Azerbaijan", 2, ClaimKind.AGREED),
    ]


def test_in_return_continues_the_voice_and_the_day() -> None:
    text = ("По данным Минобороны России, в пятницу из Украины вернулись 270 российских "
            "военнослужащих. Взамен украинской стороне переданы 270 военнопленных ВСУ.")
    first, second = claims_of(text, "ru", date(2025, 5, 23))
    assert (second.giver, second.receiver) == ("Russia", "Ukraine")
    assert second.speaker == first.speaker
    assert second.event_date == first.event_date == date(2025, 5, 23)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Россия и Украина провели обмен по формуле 146 на 146.", ClaimKind.COMPLETED),
        ("Обмен «тысяча на тысячу» полностью завершён.", ClaimKind.CUMULATIVE),
        ("Третий раунд в Стамбуле: обмен «не менее 1200 на 1200».", ClaimKind.AGREED),
    ],
)
def test_formulas_reported_done_finished_or_quoted(text: str, kind: ClaimKind) -> None:
    claims = claims_of(text, "ru")
    assert len(claims) == 2 and {c.kind for c in claims} == {kind}


def test_a_total_of_one_day_is_completed() -> None:
    claims = claims_of("Всего в пятницу каждая сторона освободила по 390 человек.", "ru",
                     date(2025, 5, 23))
    assert {c.kind for c in claims} == {ClaimKind.COMPLETED}
    assert {c.event_date for c in claims} == {date(2025, 5, 23)}


def test_a_total_of_both_directions_has_no_direction() -> None:
    (claim,) = claims_of("Всего стороны обменялись 2484 пленными при посредничестве ОАЭ.", "ru")
    assert (claim.giver, claim.receiver, claim.kind) == (None, None, ClaimKind.CUMULATIVE)


def test_a_headline_printed_twice_with_its_quotes_retyped_is_read_once() -> None:
    text = ("Russia Returns 1,200 Soldiers’ Bodies\n\nRussia Returns 1,200 Soldiers' Bodies\n\n"
            "The transfer took place on Friday.")
    assert [c.count for c in extract_claims(text, published=date(2025, 6, 14), lang="en")] == [
        1200]


def test_a_formula_that_opens_a_headline_before_a_colon_is_read() -> None:
    text = ("185 for 185: prisoner exchanges resume after summer pause\n\nRussia and Ukraine "
            "swapped prisoners on Thursday.")
    claims = extract_claims(text, published=date(2025, 10, 2), lang="en")
    assert {(c.count, c.giver, c.receiver) for c in claims} == {(185, "Russia", "Ukraine"),
                                                               (185, "Ukraine", "Russia")}


def test_people_of_another_kind_among_a_formulas_people_make_them_mixed() -> None:
    text = ("Обмін 75 на 75: серед звільнених — четверо цивільних\n\nУкраїна і Росія "
            "обмінялися полоненими.")
    claims = extract_claims(text, published=date(2025, 10, 2), lang="uk")
    assert [(c.count, c.category) for c in claims][:2] == [(75, Category.MIXED)] * 2


def test_millions_are_no_exchange() -> None:
    text = ("Yemen's sides freed 887 detainees. The United Nations says more than 21 million "
            "people in Yemen need aid, and the Houthis released them to Sanaa.")
    assert 21_000_000 not in [c.count for c in extract_claims(text, lang="en")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Україна повернула 307 захисників. Як уточнили в штабі, 273 із 307 звільнених у суботу "
     "потрапили в полон на Донеччині.", "uk"),
    ("Russia freed 307 Ukrainians. 273 of the 307 freed on Saturday were captured in Donetsk "
     "region.", "en"),
])
def test_a_part_of_a_total_counted_before_is_no_claim(text: str, lang: str) -> None:
    assert [c.count for c in extract_claims(text, published=date(2025, 5, 24), lang=lang)] == [
        307]


def test_a_timeline_line_opened_by_a_stage_states_its_handover() -> None:
    text = ("Россия и Украина договорились об обмене.\n\n23 мая. Первый этап: 390 на 390.\n\n"
            "24 мая. Второй этап — по 307 человек с каждой стороны.")
    claims = extract_claims(text, published=date(2025, 5, 30), lang="ru")
    assert [(c.count, c.kind.value, str(c.event_date)) for c in claims] == [
        (390, "completed", "2025-05-23"), (390, "completed", "2025-05-23"),
        (307, "completed", "2025-05-24"), (307, "completed", "2025-05-24")]


@pytest.mark.parametrize(("text", "lang"), [
    ("FACT CHECK: No, Russia did not free 6,000 Ukrainian prisoners in June", "en"),
    ("Russia has not handed over 500 prisoners, Kyiv said.", "en"),
    ("Россия не передавала 500 пленных, заявили в Киеве.", "ru"),
    ("The figure of 6,000 refers to the bodies of the dead, not to living prisoners.", "en"),
    ("Расхождение в 39 человек стороны не объяснили.", "ru"),
    ("Розбіжність у 39 осіб сторони не пояснили.", "uk"),
])
def test_a_denied_act_a_figure_discussed_and_a_gap_are_no_claims(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


def test_a_denied_return_of_a_single_body_is_still_a_zero() -> None:
    assert [c.count for c in claims_of("Russia did not return a single body.")] == [0]


@pytest.mark.parametrize(("text", "lang", "counts"), [
    ("Израиль освободил 369 палестинцев. По данным палестинской стороны, 36 из них отбывали "
     "пожизненные сроки, остальные 333 были задержаны в секторе Газа.", "ru", [369]),
    ("Вернулись 390 человек, 270 из них — военные.", "ru", [390, 270]),
    ("Асимметрия в шесть человек никого не смутила.", "ru", []),
])
def test_a_part_described_by_another_verb_and_people_detained_are_no_claims(
        text: str, lang: str, counts: list[int]) -> None:
    assert [c.count for c in claims_of(text, lang)] == counts


def test_a_timeline_entry_a_day_alone_opens_gives_that_days_handover() -> None:
    text = ("Timeline\n\n13 June. Another 1,200 bodies came back to Ukraine.\n\n"
            "14 June. A further 1,200.\n\n16 June. The final stage, 1,245.\n\n"
            "25 January. Four soldiers, all aged 19 or 20, were freed by Hamas.")
    claims = claims_of(text, "en")
    assert [(c.count, str(c.event_date)) for c in claims if c.category.value == "bodies"] == [
        (1200, "2025-06-13"), (1200, "2025-06-14"), (1245, "2024-06-16")]
    assert 19 not in [c.count for c in claims] and 20 not in [c.count for c in claims]


def test_a_formula_alone_after_a_day_heading_is_that_days_exchange() -> None:
    text = "Хроника\n\n14 сентября 2024 года. 103 на 103.\n"
    assert core(claims_of(text, "ru")) == [("Russia", "Ukraine", 103, "pow"),
                                          ("Ukraine", "Russia", 103, "pow")]


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("Правильно — тисяча на тисячу.", "uk", 1000),
    ("146 на 146, знову через ОАЕ.", "uk", 146),
    ("On the dead: six thousand for six thousand.", "en", 6000),
    ("RUSTEM UMEROV: On the dead: six thousand for six thousand.", "en", 6000),
])
def test_a_sentence_that_is_little_but_a_formula_states_it(text: str, lang: str,
                                                          count: int) -> None:
    assert [c.count for c in claims_of(text, lang)] == [count, count]


def test_a_judgement_on_a_formula_states_none() -> None:
    assert claims_of("Two for 277 men is not enough.") == []
    assert claims_of("Андрій К.: 3 на 369, от і вся арифметика.", "uk") == []


def test_a_quoted_formula_naming_the_exchange_a_figure_came_in_is_its_terms() -> None:
    claims = claims_of("Наші земляки повернулися додому під час обміну «1000 на 1000».", "uk")
    assert {(c.count, c.kind.value, c.category.value) for c in claims} == {
        (1000, "agreed", "pow")}
    assert len(claims) == 2


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Four buses carried 318 detainees home.", [318]),
        ("Два автобуси привезли додому 75 звільнених військових.", [75]),
        ("Article 118 requires prisoners of war to be released without delay.", []),
        ("In Oakvale, a town of about 11,000 people, three families got their sons back.", []),
    ],
)
def test_vehicles_and_articles_are_counted_no_people(text: str, counts: list[int]) -> None:
    lang = "en" if text.isascii() else "uk"
    assert [c.count for c in claims_of(text, lang)] == counts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Moscow received ten, including two minors. None of them were prisoners of war.", "en"),
        ("Ми не почули жодного слова про цивільних.", "uk"),
    ],
)
def test_a_zero_with_no_act_is_no_claim(text: str, lang: str) -> None:
    assert 0 not in {c.count for c in claims_of(text, lang)}


def test_a_headlines_people_home_came_home() -> None:
    text = "869 detainees home after three days of flights\n\nThe Red Cross flew them."
    assert [(c.count, c.kind.value) for c in claims_of(text)] == [(869, "completed")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Повернулися 390, 307 та 303 військових.", "uk"),
        ("Вернулись 390, 307 и 303 военных.", "ru"),
        ("Three stages brought home 390, 307 and 303 prisoners.", "en"),
    ],
)
def test_figures_listed_before_one_noun_all_count_it(text: str, lang: str) -> None:
    assert [(c.count, c.category.value) for c in claims_of(text, lang)] == [
        (390, "pow"), (307, "pow"), (303, "pow")]


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("Three Oakvale men among 205 Ukrainians freed on Thursday", "en", [205]),
        ("Двоє земляків серед 103 захисників, яких повернули з полону", "uk", [103]),
    ],
)
def test_people_among_a_figure_are_a_detail_of_it(text: str, lang: str,
                                                  counts: list[int]) -> None:
    assert [c.count for c in claims_of(text, lang)] == counts
