"""Who does not speak, who speaks for someone else, and a person's voice without a title: an act
before a colon, the first person, what was not disclosed or said by nobody; whose figures a
voice cites, a quote going on in the voice before it, "whereas" leading to its clause's voice;
"Президент Украины Владимир Зеленский" as "Владимир Зеленский"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def test_an_act_before_a_colon_names_no_voice() -> None:
    (claim, *_) = claims_of("В ответ Израиль освободил 369 палестинских заключённых: 36 из "
                            "них отбывали пожизненные сроки.", "ru")
    assert (claim.count, claim.speaker) == (369, None)


def test_the_first_person_is_no_voice_of_its_own() -> None:
    text = ("Summary of the briefing.\n\nSPOKESWOMAN ANNA BERG: Thank you.\n\nREPORTER: Is it "
            "five?\n\nANNA BERG: Eight hostages were freed to Israel today; I have just said it.")
    assert [(c.count, c.speaker) for c in claims_of(text)] == [(8, "Anna Berg")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Вона навела дані Координаційного штабу: з полону повернулися 3956 людей.", "uk",
         "Координаційний штаб"),
        ("Она привела данные Минобороны России: из плена вернулись 150 военных.", "ru",
         "Минобороны России"),
        ("She cited figures from the Coordination Headquarters: 3,956 people came home.", "en",
         "Coordination Headquarters"),
    ],
)
def test_whose_figures_someone_cites_is_the_voice(text: str, lang: str, speaker: str) -> None:
    assert {claim.speaker for claim in claims_of(text, lang)} == {speaker}


def test_a_quote_goes_on_in_the_voice_that_gave_the_one_before() -> None:
    text = ("The operation went on. \"We saw fathers meet their sons,\" ICRC spokesperson "
            "Jessica Moussan said on Saturday. \"Twenty people flew to Riyadh on the plane "
            "that brought 120 detainees home.\"")
    assert {c.speaker for c in claims_of(text)} == {"Jessica Moussan"}


def test_whereas_leads_to_the_voice_of_its_clause() -> None:
    text = ("30 грудня, за даними Міноборони рф, сторони обміняли 150 на 150, тоді як Київ "
            "повідомив про 189 звільнених українців.")
    assert [(c.count, c.speaker) for c in claims_of(text, "uk")] == [
        (150, "Міноборони рф"), (150, "Міноборони рф"), (189, "Київ")]


def test_a_month_before_a_voice_is_no_part_of_it() -> None:
    text = "In June Vladimir Medinsky spoke of 6,060 bodies handed over and 78 received."
    assert {c.speaker for c in claims_of(text)} == {"Vladimir Medinsky"}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Интерфакс» со ссылкой на источник: Россия в ответ не получила ни одного тела.",
         "ru", "«Интерфакс» со ссылкой на источник"),
        ("«Інтерфакс» з посиланням на джерело: росія не отримала жодного тіла.", "uk",
         "«Інтерфакс» з посиланням на джерело"),
    ],
)
def test_an_outlet_in_quotes_citing_a_source(text: str, lang: str, speaker: str) -> None:
    assert {c.speaker for c in claims_of(text, lang)} == {speaker}


def test_what_was_not_disclosed_has_no_voice() -> None:
    from handover.extract.patterns import lexicon
    from handover.extract.speakers import find_attribution

    text = ("Living prisoners were then exchanged in stages whose size was mostly not "
            "disclosed.")
    assert find_attribution(text, lexicon("en")) is None


def test_neither_side_saying_how_many_is_no_voice() -> None:
    claims = claims_of("On Monday the sides swapped 40 wounded prisoners each, but neither "
                       "government said how many civilians crossed.")
    assert {c.speaker for c in claims} == {None}


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Президент Украины Владимир Зеленский написал, что домой вернулись 390 украинцев.", "ru",
     "Владимир Зеленский"),
    ("По словам руководителя офиса президента Украины Андрея Ермака, домой вернулись 140 "
     "украинцев.", "ru", "Андрей Ермак"),
    ("По словам Дмитрия Лубинца, домой вернулись 140 украинцев.", "ru", "Дмитрий Лубинец"),
    ("Голова Верховної Ради Руслан Стефанчук заявив, що додому повернулися 140 українців.",
     "uk", "Руслан Стефанчук"),
    ("Татьяна Николаевна Москалькова сообщила, что на Родину вернулись 150 военнослужащих.",
     "ru", "Татьяна Николаевна Москалькова"),
])
def test_a_persons_voice_is_the_name_without_title_in_the_nominative(text: str, lang: str,
                                                                      speaker: str) -> None:
    assert {c.speaker for c in claims_of(text, lang)} == {speaker}
