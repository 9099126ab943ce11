"""Dates: absolute, year-less (year from the report's date or a stated weekday), relative."""

from __future__ import annotations

from datetime import date

import pytest

from handover.extract.dates import find_dates, resolve, weekday_year
from handover.extract.patterns import lexicon
from tests.extract.helpers import claims_of


def _resolve(text: str, lang: str, reference: date | None,
             future: bool = False) -> list[tuple[date | None, bool]]:
    return [resolve(m, reference, future=future) for m in find_dates(text, lexicon(lang))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("on 13 June 2025", "en", date(2025, 6, 13)),
        ("on June 13, 2025", "en", date(2025, 6, 13)),
        ("on the 2nd of June 2025", "en", date(2025, 6, 2)),
        ("2025-06-13", "en", date(2025, 6, 13)),
        ("13.06.2025", "uk", date(2025, 6, 13)),
        ("13 червня 2025 року", "uk", date(2025, 6, 13)),
        ("13 июня 2025 года", "ru", date(2025, 6, 13)),
    ],
)
def test_absolute_dates(text: str, lang: str, expected: date) -> None:
    assert _resolve(text, lang, None) == [(expected, False)]


def test_year_from_the_report_date() -> None:
    assert _resolve("On June 11, he said", "en", date(2025, 6, 14)) == [(date(2025, 6, 11), True)]


def test_a_late_month_in_a_january_report_is_last_year() -> None:
    assert _resolve("on 28 December", "en", date(2025, 1, 3)) == [(date(2024, 12, 28), True)]


def test_weekday_fixes_the_year_without_a_report_date() -> None:
    assert _resolve("On Friday, June 13,", "en", None) == [(date(2025, 6, 13), True)]
    assert _resolve("у п'ятницю, 13 червня", "uk", None) == [(date(2025, 6, 13), True)]
    assert _resolve("в пятницу, 13 июня", "ru", None) == [(date(2025, 6, 13), True)]


def test_weekday_year_nearest_the_reference() -> None:
    # 13 June fell on a Friday in 2014, 2025 and 2031.
    assert weekday_year(13, 6, 4, date(2016, 1, 1)) == 2014
    assert weekday_year(13, 6, 4, date(2030, 1, 1)) == 2031
    assert weekday_year(13, 6, 4, date(2025, 6, 20)) == 2025


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("yesterday", "en", date(2025, 6, 13)),
        ("today", "en", date(2025, 6, 14)),
        ("on Friday", "en", date(2025, 6, 13)),
        ("on Saturday", "en", date(2025, 6, 14)),
        ("on Monday", "en", date(2025, 6, 9)),
        ("вчора", "uk", date(2025, 6, 13)),
        ("у п'ятницю", "uk", date(2025, 6, 13)),
        ("вчера", "ru", date(2025, 6, 13)),
        ("в пятницу", "ru", date(2025, 6, 13)),
        ("позавчера", "ru", date(2025, 6, 12)),
    ],
)
def test_relative_dates_count_back_from_the_report(text: str, lang: str, expected: date) -> None:
    # 14 June 2025 was a Saturday. The text writes no year: it is inferred (labelling guide).
    assert _resolve(text, lang, date(2025, 6, 14)) == [(expected, True)]


def test_a_future_weekday_counts_forward() -> None:
    assert _resolve("on Monday", "en", date(2025, 6, 14), future=True) == [
        (date(2025, 6, 16), True)]


def test_relative_dates_need_a_report_date() -> None:
    assert _resolve("yesterday", "en", None) == [(None, False)]
    assert _resolve("on June 11", "en", None) == [(None, False)]


def test_may_the_verb_is_no_month() -> None:
    assert find_dates("Russia may return 500 prisoners", lexicon("en")) == []


def test_dates_of_capture_of_agreement_and_of_range_ends_date_no_handover() -> None:
    from handover.extract import extract_claims

    text = ("On Saturday Hamas freed three soldiers captured on 7 October 2023. Under the deal "
            "agreed on 2 June, 20 bodies were handed to Ukraine. Between 14 and 16 April, 80 "
            "detainees were flown home.")
    claims = extract_claims(text, published=date(2025, 6, 14), lang="en")
    assert [c.event_date for c in claims] == [date(2025, 6, 14), None, None]


def test_figures_and_dates_pair_up_in_turn() -> None:
    from handover.extract import extract_claims

    text = "Первые 500 тел были переданы Украине 11 июня, ещё 400 — в пятницу, 13 июня."
    claims = extract_claims(text, published=date(2025, 6, 14), lang="ru")
    assert [(c.count, c.event_date) for c in claims] == [
        (500, date(2025, 6, 11)), (400, date(2025, 6, 13))]


def test_then_dates_by_the_sentence_before() -> None:
    from handover.extract import extract_claims

    text = ("Перемирие вступило в силу 19 января. Тогда ХАМАС освободил трёх заложниц, а "
            "Израиль — 90 палестинцев.")
    claims = extract_claims(text, published=date(2025, 1, 25), lang="ru")
    assert [(c.count, c.giver, c.event_date) for c in claims] == [
        (3, "Hamas", date(2025, 1, 19)), (90, "Israel", date(2025, 1, 19))]


# ---- dates of handovers, read in reports of our own -------------------------------------

def _event_dates(text: str, lang: str, published: date) -> list[tuple[int | None, str]]:
    from handover.extract import extract_claims

    return [(c.count, str(c.event_date))
            for c in extract_claims(text, published=published, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # a feast named for its day, with its year
        ("On Christmas Eve 2023 Russia handed over 65 Ukrainian soldiers.", "en",
         date(2024, 1, 8), [(65, "2023-12-24")]),
        # a day and month after the report's own date are of the year before
        ("Notable swaps\n\nMoscow said 96 prisoners went each way on 20 February.", "en",
         date(2025, 2, 3), [(96, "2024-02-20"), (96, "2024-02-20")]),
        # "this year" after a day: the report's year, no running total
        ("Ще 3 березня цього року Україна повернула тіла 640 полеглих.", "uk",
         date(2025, 6, 14), [(640, "2025-03-03")]),
        # on the eve of a feast is no day before the report
        ("У суботу, напередодні Трійці, Україна повернула з полону 84 військових.", "uk",
         date(2025, 6, 7), [(84, "2025-06-07")]),
        # a dateline without a year dates the report, not the handover
        ("KHARKIV, March 4 (Wire) - Russia has released 60 Ukrainian prisoners of war, "
         "officials said.", "en", date(2025, 3, 4), [(60, "None")]),
        # days that start a period or follow an event are no handover's
        ("В ответ Израиль освободил 90 заключённых, задержанных после 7 октября.", "ru",
         date(2025, 1, 20), [(90, "None")]),
        ("In return, 70 prisoners were handed over under the deal reached in Doha on 3 May.",
         "en", date(2025, 6, 14), [(70, "None")]),
        # "that day" after a recap sentence dated by its announcement
        ("On 3 January 2024, Russia's Defence Ministry said 248 Russian servicemen had come "
         "back. Volodymyr Zelensky said 230 Ukrainians were returned that day.", "en",
         date(2025, 1, 10), [(248, "2024-01-03"), (230, "2024-01-03")]),
        # a word that ends like "с" ("from") is no "from": "ХАМАС в понедельник"
        ("ТЕЛЬ-АВИВ, 13 октября (агентство «Средиземноморье») — Движение ХАМАС в понедельник "
         "передало Красному Кресту последних 20 живых заложников.", "ru", date(2025, 10, 13),
         [(20, "2025-10-13")]),
        # formulas and dates in turn: each formula (both its halves) has its day
        ("Первый этап, 23 мая, прошёл по формуле 390 на 390, второй, 24 мая, — 307 на 307.",
         "ru", date(2025, 5, 25), [(390, "2025-05-23"), (390, "2025-05-23"),
                                   (307, "2025-05-24"), (307, "2025-05-24")]),
        # a day after "said" that follows a relay of a source dates the saying
        ("Russian state media, citing a source familiar with the process, said on Friday that "
         "Ukraine had not handed back a single body.", "en", date(2025, 6, 14), [(0, "None")]),
    ],
)
def test_event_dates(text: str, lang: str, published: date,
                     expected: list[tuple[int, str]]) -> None:
    assert _event_dates(text, lang, published) == expected


def test_in_return_answers_the_last_handover_not_the_sentence_before() -> None:
    text = ("У суботу ХАМАС передав Червоному Хресту трьох заручників. Це п'ятий обмін з "
            "початку перемир'я, яке набуло чинності 19 січня. Натомість Ізраїль звільнив 180 "
            "палестинських в'язнів.")
    assert _event_dates(text, "uk", date(2025, 2, 16)) == [(3, "2025-02-15"),
                                                          (180, "2025-02-15")]


def test_a_day_before_the_verb_of_speech_dates_the_saying() -> None:
    from handover.extract import extract_claims

    text = ("On June 11, two days before Friday's transfer, aide Ivan Petrov said that Kyiv had "
            "received 900 bodies.")
    (claim,) = extract_claims(text, published=date(2025, 6, 14), lang="en")
    assert (claim.event_date, claim.statement_date) == (None, date(2025, 6, 11))


def test_a_day_with_its_year_dates_an_exchange_by_the_day_it_was_announced() -> None:
    from handover.extract import extract_claims

    text = ("On 3 January 2024, Russia's Defence Ministry said 248 Russian servicemen had come "
            "back from Ukrainian captivity.")
    (old,) = extract_claims(text, published=date(2025, 1, 10), lang="en")  # a year on
    (new,) = extract_claims(text, published=date(2024, 1, 4), lang="en")  # the day after
    assert (old.event_date, old.statement_date) == (date(2024, 1, 3), date(2024, 1, 3))
    assert (new.event_date, new.statement_date) == (date(2024, 1, 3), date(2024, 1, 3))


def test_that_day_points_back_to_the_handover_before_unless_the_saying_named_a_day() -> None:
    back = ("Yesterday, Russia and Ukraine each returned 146 servicemen. Eight civilians came "
            "home to Russia the same day, Governor Ivan Petrov said on Monday.")
    said = "Medinsky reported on 17 July that Russia had handed over 1,000 bodies that day."
    assert _event_dates(back, "en", date(2025, 8, 25))[2] == (8, "2025-08-24")
    assert _event_dates(said, "en", date(2025, 7, 20)) == [(1000, "2025-07-17")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Тридцатого декабря из украинского плена вернулись сто пятьдесят военнослужащих.", "ru",
     "2024-12-30"),
    ("Двадцять п’ятого травня додому повернулися 303 захисники.", "uk", "2025-05-25"),
    ("On the thirteenth of June Russia handed over 1,200 bodies.", "en", "2025-06-13"),
])
def test_a_day_in_ordinal_words_dates_the_handover(text: str, lang: str, expected: str) -> None:
    assert [str(c.event_date) for c in claims_of(text, lang)] == [expected]


def test_an_ordinal_before_a_month_in_english_is_no_day() -> None:
    text = "Russia handed over 1,200 bodies in the first June stage."
    assert [c.event_date for c in claims_of(text)] == [None]


def test_a_second_voice_of_a_sentence_dates_its_own_saying() -> None:
    text = ("Interior Minister Ihor Klymenko said on 16 June that the Russian side had mixed in "
            "bodies of its own soldiers, and Volodymyr Zelensky said on 21 June that at least 20 "
            "such bodies had been returned.")
    (claim,) = claims_of(text, published=date(2025, 12, 30))
    assert claim.speaker == "Volodymyr Zelensky"
    assert claim.event_date is None
    assert claim.statement_date == date(2025, 6, 21)


def test_a_month_in_roman_numerals() -> None:
    (mention,) = find_dates("31.V.2024 — Украине переданы 212 тел.", lexicon("ru"))
    assert (mention.day, mention.month, mention.year) == (31, 5, 2024)
    assert find_dates("Глава V.2024 года", lexicon("ru")) == []


def test_days_listed_share_the_year_written_after_the_last() -> None:
    found = find_dates("24 Aug, 14 Sep and 18 Oct 2024 - 115, 103 and 95 prisoners each way.",
                       lexicon("en"))
    assert [(d.day, d.month, d.year) for d in found] == [(24, 8, 2024), (14, 9, 2024),
                                                        (18, 10, 2024)]


def test_the_same_day_as_a_day_someone_spoke() -> None:
    text = ("У середу ввечері Володимир Мединський заявив, що сторони домовилися про новий "
            "обмін. Того ж дня відбувся обмін 250 на 250.")
    claims = claims_of(text, "uk", published=date(2025, 7, 25))
    assert {(c.count, str(c.event_date)) for c in claims} == {(250, "2025-07-23")}


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("23, 24 и 25 мая", "ru", [23, 24, 25]),
        ("on 14 and 15 June", "en", [14, 15]),
        ("13 і 14 червня", "uk", [13, 14]),
        ("between 14 and 16 April", "en", [16]),  # a span: its end alone is a day named
    ],
)
def test_days_listed_before_their_month_share_it(text: str, lang: str, days: list[int]) -> None:
    assert [m.day for m in find_dates(text, lexicon(lang))] == days


def test_days_listed_date_the_figures_listed_in_turn() -> None:
    text = ("Обмены пленными летом:\n\n- 23, 24 и 25 мая — 390, 307 и 303 с каждой стороны "
            "соответственно.")
    claims = claims_of(text, "ru", published=date(2025, 10, 10))
    assert sorted({(c.count, str(c.event_date)) for c in claims}) == [
        (303, "2025-05-25"), (307, "2025-05-24"), (390, "2025-05-23")]


def test_a_figure_of_each_of_the_days_listed_before_it() -> None:
    text = "До того, 14 лютого, повернули 757 тіл, а 28 березня і 18 квітня — по 909."
    claims = claims_of(text, "uk", published=date(2025, 6, 20))
    assert [(c.count, str(c.event_date)) for c in claims] == [
        (757, "2025-02-14"), (909, "2025-03-28"), (909, "2025-04-18")]


def test_the_day_opening_an_entry_dates_the_sentences_of_its_paragraph() -> None:
    # a diary: the entry's day, with its weekday, dates what the paragraph tells
    text = ("Опубликовано 1 июля 2024 года.\n\n"
            "3 января, среда. Сегодня большой обмен. Минобороны сообщило, что домой вернулись "
            "248 наших военных.\n\n"
            "Весь март — тишина. Потом вернулись ещё 75 военных.\n")
    claims = claims_of(text, "ru", published=date(2024, 7, 1))
    assert [(c.count, str(c.event_date)) for c in claims] == [(248, "2024-01-03"), (75, "None")]


def test_a_bold_label_with_an_abbreviated_weekday_dates_its_entry_and_brackets_voice_it() -> None:
    text = ("## Timeline\n\n**30 Dec (Mon).** 150 for 150 (Russian MoD). Kyiv's count was "
            "higher: two civilians captured in Mariupol came home (Kyiv).\n")
    claims = claims_of(text, published=date(2025, 1, 10))
    assert [(c.count, str(c.event_date), c.speaker) for c in claims] == [
        (150, "2024-12-30", "Russian MoD"), (150, "2024-12-30", "Russian MoD"),
        (2, "2024-12-30", "Kyiv")]


def test_days_each_with_its_month_a_dash_then_figures_sharing_one_noun_in_turn() -> None:
    text = ("Russia and Ukraine exchanged prisoners:\n\n- 24 Aug, 14 Sep and 18 Oct 2024 - 115, "
            "103 and 95 prisoners each way.\n\nWhole of 2022: nearly 1,600 Ukrainian prisoners "
            "of war freed.\n")
    claims = claims_of(text, published=date(2025, 1, 10))
    assert [(c.count, str(c.event_date)) for c in claims if c.count != 1600] == [
        (115, "2024-08-24"), (115, "2024-08-24"), (103, "2024-09-14"), (103, "2024-09-14"),
        (95, "2024-10-18"), (95, "2024-10-18")]
    assert [c.kind.value for c in claims if c.count == 1600] == ["cumulative"]


def test_days_listed_pair_with_figures_listed_and_not_with_their_sum() -> None:
    text = ("Нагадаю, що 23, 24 і 25 травня додому повернулися 390, 307 і 303 наших громадян "
            "відповідно — разом тисяча.")
    claims = claims_of(text, "uk", published=date(2025, 6, 1))
    assert [(c.count, str(c.event_date)) for c in claims][:3] == [
        (390, "2025-05-23"), (307, "2025-05-24"), (303, "2025-05-25")]


def test_a_relative_day_restated_by_the_date_after_it_is_that_date() -> None:
    text = "Напередодні, 18 квітня, Україна отримала тіла 909 загиблих, а росії передали 41 тіло."
    claims = claims_of(text, "uk", published=date(2025, 4, 22))
    assert [(c.count, str(c.event_date)) for c in claims] == [
        (909, "2025-04-18"), (41, "2025-04-18")]


def test_a_date_labelling_a_line_dates_its_sentences_whoever_speaks_after_it() -> None:
    text = ("- **Feb. 2** — A quiet start. The ministry said 140 soldiers came home.\n\n"
            "- **Mar. 9** — Kyiv's staff described the swap as 60 for 60.\n\n"
            "- April and May — Not a single prisoner was exchanged.\n")
    claims = claims_of(text, published=date(2025, 6, 26))
    assert [(c.count, str(c.event_date)) for c in claims] == [
        (140, "2025-02-02"), (60, "2025-03-09"), (60, "2025-03-09"), (0, "None")]


def test_the_saturday_after_a_date_told_before_it_is_the_next_day_of_that_name() -> None:
    text = ("It took three days: 390 people went each way on Friday 23 May, 307 on the Saturday "
            "and 303 on the Sunday.")
    claims = claims_of(text, published=date(2025, 6, 3))
    assert [(c.count, str(c.event_date), c.kind.value) for c in claims] == [
        (390, "2025-05-23", "completed"), (307, "2025-05-24", "completed"),
        (303, "2025-05-25", "completed")]


def test_a_figure_on_each_of_the_days_listed_after_it_once_a_day() -> None:
    text = ("Ukraine got 1,245 bodies on Monday. Per the headquarters, 1,212 bodies came back "
            "last Wednesday, then 1,200 on each of Friday, Saturday and Sunday.")
    claims = claims_of(text, published=date(2025, 6, 17))
    assert [(c.count, c.giver, str(c.event_date)) for c in claims][1:] == [
        (1212, "Russia", "2025-06-11"), (1200, "Russia", "2025-06-13"),
        (1200, "Russia", "2025-06-14"), (1200, "Russia", "2025-06-15")]


def test_a_figure_each_after_the_days_listed_before_it_once_a_day_one_way() -> None:
    claims = claims_of("On 13, 14 and 15 June Russia handed over 1,200 bodies each.",
                       published=date(2025, 6, 20))
    assert [(c.count, c.giver, c.receiver, str(c.event_date)) for c in claims] == [
        (1200, "Russia", "Ukraine", "2025-06-13"), (1200, "Russia", "Ukraine", "2025-06-14"),
        (1200, "Russia", "Ukraine", "2025-06-15")]


def test_stages_of_the_days_listed_bringing_so_many_each_are_each_days_not_each_sides() -> None:
    text = ("The first, on 11 June, brought 1,212 bodies to Ukraine; the stages of 13, 14 and "
            "15 June brought 1,200 each.")
    claims = claims_of(text, published=date(2025, 6, 20))
    assert [(c.count, c.giver, str(c.event_date)) for c in claims] == [
        (1212, "Russia", "2025-06-11"), (1200, "Russia", "2025-06-13"),
        (1200, "Russia", "2025-06-14"), (1200, "Russia", "2025-06-15")]


def test_so_many_each_way_on_the_days_listed_stays_a_figure_of_each_side() -> None:
    text = ("Russia and Ukraine kept swapping prisoners through 2024. Swaps on 24 Aug, 14 Sep "
            "and 18 Oct 2024 - 115, 103 and 95 prisoners each way.")
    claims = claims_of(text, published=date(2024, 10, 20))
    assert {(c.giver, c.receiver) for c in claims if c.count == 103} == {
        ("Russia", "Ukraine"), ("Ukraine", "Russia")}

def test_today_in_a_feeds_post_is_the_day_the_post_is_dated() -> None:
    text = ("Координаційний штаб\n\n23.05.2025 18:42\n\nСьогодні з полону повернулися 390 "
            "українців.\n\n24.05.2025 19:05\n\nСьогодні додому повернулися ще 307 захисників.\n")
    claims = claims_of(text, "uk", published=date(2025, 5, 25))
    assert [(c.count, str(c.event_date)) for c in claims] == [
        (390, "2025-05-23"), (307, "2025-05-24")]


def test_a_when_clause_is_dated_by_the_day_before_it_even_after_since() -> None:
    claims = claims_of("It was the first swap since 15 January, when 25 were exchanged for 25.",
                       published=date(2025, 2, 8))
    assert {str(c.event_date) for c in claims} == {"2025-01-15"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Three women were released on Jan. 19, and Israel freed 90 prisoners early the next day.",
     "en"),
    ("19 січня звільнили трьох заручниць, а наступного дня Ізраїль звільнив 90 ув'язнених.",
     "uk"),
])
def test_the_next_day_is_the_day_after_the_date_told_before_it(text: str, lang: str) -> None:
    claims = claims_of(text, lang, published=date(2025, 1, 27))
    assert [str(c.event_date) for c in claims] == ["2025-01-19", "2025-01-20"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Россия и Украина обменялись пленными 23, 24 и 25 мая — 390, 307 и 303 человека с каждой "
     "стороны соответственно.", "ru"),
    ("Україна й Росія обмінялися полоненими 23, 24 і 25 травня — по 390, 307 і 303 особи з "
     "кожного боку відповідно.", "uk"),
])
def test_prisoners_exchanged_on_days_listed_are_no_capture_on_the_first(text: str,
                                                                        lang: str) -> None:
    claims = claims_of(text, lang, published=date(2025, 6, 20))
    assert sorted({(c.count, str(c.event_date)) for c in claims}) == [
        (303, "2025-05-25"), (307, "2025-05-24"), (390, "2025-05-23")]


def test_a_day_people_were_taken_into_captivity_is_no_handovers() -> None:
    text = "Росія повернула 12 захисників, узятих у полон 23 травня 2022 року."
    assert [c.event_date for c in claims_of(text, "uk", published=date(2025, 6, 20))] == [None]


def test_figures_respectively_after_days_listed_pair_with_them_in_turn() -> None:
    text = ("Further repatriations of 1,000 bodies each took place on 17 July, 19 August, 23 "
            "October and 19 December, with Russia receiving 19, 19, 31 and 26 respectively.")
    claims = claims_of(text, published=date(2025, 12, 28))
    assert [(c.count, c.giver, str(c.event_date)) for c in claims if c.count != 1000] == [
        (19, "Ukraine", "2025-07-17"), (19, "Ukraine", "2025-08-19"),
        (31, "Ukraine", "2025-10-23"), (26, "Ukraine", "2025-12-19")]
    assert {(c.giver, c.receiver) for c in claims if c.count == 1000} == {("Russia", "Ukraine")}


def test_figures_respectively_after_a_sentence_before_are_each_the_acts() -> None:
    text = ("Medinsky said 78 had been received in return. Further repatriations of 1,000 bodies "
            "each took place on 17 July, 19 August, 23 October and 19 December, with Russia "
            "receiving 19, 19, 31 and 26 respectively.")
    claims = claims_of(text, published=date(2025, 12, 28))
    assert [(c.count, str(c.event_date)) for c in claims if c.count not in (78, 1000)] == [
        (19, "2025-07-17"), (19, "2025-08-19"), (31, "2025-10-23"), (26, "2025-12-19")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia handed over 1,212 bodies on 11 June. The next day, Ukraine handed over 27 bodies.",
     "en"),
    ("11 червня Росія передала 1212 тіл. Наступного дня Україна передала 27 тіл.", "uk"),
    ("11 июня Россия передала 1212 тел. На следующий день Украина передала 27 тел.", "ru"),
])
def test_the_next_day_in_a_sentence_after_a_dated_one_is_the_day_after(text: str,
                                                                        lang: str) -> None:
    claims = claims_of(text, lang, published=date(2025, 6, 20))
    assert [str(c.event_date) for c in claims] == ["2025-06-11", "2025-06-12"]


def test_a_day_after_the_platform_a_voice_wrote_on_is_when_it_wrote() -> None:
    text = "Anna Kovalenko wrote on Telegram on Wednesday that 120 prisoners had come home."
    found = claims_of(text, published=date(2024, 2, 1))
    assert [(str(c.statement_date), c.event_date) for c in found] == [("2024-01-31", None)]



def test_in_return_after_a_figure_of_its_own_sentence_takes_no_day_from_before() -> None:
    text = ("The talks in Istanbul on June 2 agreed the return of the dead. In Moscow, Vladimir "
            "Medinsky said that Russia had handed over 5,000 bodies and received 60 in return.")
    found = claims_of(text, published=date(2025, 6, 16))
    assert [(c.count, c.event_date) for c in found if c.count in (5000, 60)] == [
        (5000, None), (60, None)]
