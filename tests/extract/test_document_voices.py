"""Whose voice a whole document is in, with documents of our own: an outlet's masthead makes
no voice, a statement it reproduces under a heading and a dateline is the issuer's."""

from __future__ import annotations

from datetime import date

import pytest

from handover.extract import extract_claims
from tests.extract.helpers import claims_of

SAT = date(2025, 6, 14)  # a Saturday


def _speakers(text: str, lang: str = "en") -> list[tuple[int | None, str | None]]:
    claims = extract_claims(text, published=SAT, lang=lang)
    return [(c.count, c.speaker) for c in claims]


_OUTLET_REPRODUCES = """СТЕПОВИЙ ВЕСТНИК · русская служба
14 июня 2025 года, 10:00

Катар: при посредничестве освобождены дети

Министерство иностранных дел Катара распространило заявление. Публикуем его полностью.

ЗАЯВЛЕНИЕ МИНИСТЕРСТВА ИНОСТРАННЫХ ДЕЛ КАТАРА

Доха, 14 июня 2025 года

Сегодня к своим семьям в Украине вернулись 12 детей.

Комментарий редакции

Ранее, 2 июня, стороны обменяли 307 на 307."""


def test_a_statement_under_its_heading_and_dateline_is_the_issuers() -> None:
    assert _speakers(_OUTLET_REPRODUCES, "ru") == [
        (12, "Министерство иностранных дел Катара"), (307, None), (307, None)]


_OUTLET_MASTHEAD = """ПРИДНІПРОВСЬКИЙ ВІСНИК · інформаційна служба
14 червня 2025 року

Перший обмін літа

Сьогодні сторони обміняли 25 на 25 полонених."""


def test_an_outlets_masthead_is_no_voice() -> None:
    assert _speakers(_OUTLET_MASTHEAD, "uk") == [(25, None), (25, None)]


_MASTHEAD_WITH_TITLE = """DETAINEE RELEASE | OPERATIONS
Operational update no. 2 - International Committee of the Red Cross
Geneva, 14 June 2025

Over two days, 240 detainees were flown home."""


def test_a_body_named_in_one_part_of_a_masthead_issues_the_document() -> None:
    assert _speakers(_MASTHEAD_WITH_TITLE) == [
        (240, "International Committee of the Red Cross")]


_BROADCAST = """РАДІО «ЗАХІД FM» · НОВИНИ О 12:00
Субота, 14 червня 2025 року

Сьогодні додому повернулися 1200 тіл загиблих."""


def test_a_broadcasters_masthead_is_no_voice() -> None:
    assert _speakers(_BROADCAST, "uk") == [(1200, None)]


_POSTS = """What the officials posted on Friday

Coordination Headquarters, Kyiv (Telegram) · 13 June 2025 · 10:15

Another 52 of our defenders are home. Thank you to everyone who made it possible.

Views: 20K

Its post came first. Later in the day 52 more prisoners went back to Russia, officials said.

Ministry of Defence of the Russian Federation (Telegram) · 13 June 2025 · 12:40

С подконтрольной киевскому режиму территории возвращены 52 российских военнослужащих."""


def test_a_post_under_its_header_is_its_authors_even_in_another_language() -> None:
    assert [(c.count, c.giver, c.receiver, c.speaker) for c in extract_claims(
        _POSTS, published=SAT, lang="en")] == [
        (52, "Russia", "Ukraine", "Coordination Headquarters"),
        (52, "Ukraine", "Russia", "officials"),
        (52, "Ukraine", "Russia", "Ministry of Defence of the Russian Federation")]


_BRIEFING = """Weekly briefing
Spokesperson: Dr Samir al-Hashemi

SAMIR AL-HASHEMI (spokesperson): Good afternoon.

LINA HOURANI (Gulf Daily): Can you confirm the figure?

AL-HASHEMI: I can confirm that Hamas has released 12 hostages to Israel today."""


def test_a_label_in_capitals_is_the_name_the_transcript_writes() -> None:
    assert _speakers(_BRIEFING) == [(12, "Samir al-Hashemi")]


_RADIO = """РАДІО «ПОДІЛЛЯ» · Розшифровка ефіру
Ведучі: Ганна Білик, Петро Гай. Гість: Олег Сидоренко, волонтер.

[08:00:12] БІЛИК: Доброго ранку. Учора додому повернулися 84 українські захисники.

[08:01:40] СИДОРЕНКО: Так, а росія отримала 82 своїх військових.

[08:02:10] ГАЙ: Дякуємо за розмову."""


def test_a_radio_hosts_words_are_the_programmes_a_guests_his_own() -> None:
    assert _speakers(_RADIO, "uk") == [(84, None), (82, "Олег Сидоренко")]


_PROSECUTORS = """СТЕПОВА ОКРУЖНА ПРОКУРАТУРА
Пресслужба · 10 жовтня 2025 року

Повідомлено про підозру

Нагадаємо, 14 серпня 2025 року з російської неволі звільнено 84 громадян України."""

_REFERENCE = """# Передача тел: хроника

*Справочная служба «Календарь» · 25 декабря 2025 года*

Ниже — передачи тел между Россией и Украиной.

16 июня Россия передала Украине 1245 тел."""


def test_a_prosecutors_office_issues_its_page_a_reference_service_does_not() -> None:
    assert _speakers(_PROSECUTORS, "uk") == [(84, "СТЕПОВА ОКРУЖНА ПРОКУРАТУРА")]
    assert _speakers(_REFERENCE, "ru") == [(1245, None)]


_SPEECH_TRANSCRIPT = """РАСШИФРОВКА

Выступление уполномоченной Анны Берг на совещании

Москва, 28 мая 2025 года

БЕРГ: Уважаемые коллеги!

В пятницу, 23 мая, мы вернули 390 человек, из них 120 — гражданские."""


def test_one_speech_is_its_one_speakers_to_the_end() -> None:
    assert {c.speaker for c in extract_claims(_SPEECH_TRANSCRIPT, published=SAT,
                                              lang="ru")} == {"Анна Берг"}


_CHAT = """Family chat, 2 October

[10:41] Olha K. (admin):
Forwarded from Coordination Headquarters for the Treatment of Prisoners of War (10:38):
> Today 185 servicemen have returned home from captivity.

[11:02] Petro D.:
is my brother on the list"""


def test_a_forwarded_post_is_in_its_sources_voice() -> None:
    assert _speakers(_CHAT) == [
        (185, "Coordination Headquarters for the Treatment of Prisoners of War")]


def test_a_forwarded_post_named_after_a_colon() -> None:
    chat = ("Семейный чат, 24 августа\n\n14:02 Ирина (админ)\nПереслано от: Министерство "
            "обороны Российской Федерации\nВозвращены 146 российских военнослужащих.")
    assert _speakers(chat, "ru") == [(146, "Министерство обороны Российской Федерации")]


def test_a_voice_that_repeats_after_a_time_lead_without_the_adverbs_around_its_name() -> None:
    for text, voice in (
            ("Минулого тижня Сергій Лавров вкотре повторив, що росія передала Україні 11 "
             "тисяч тіл загиблих.", "Сергій Лавров"),
            ("Володимир Мединський тоді ж заявив, що Росія передала 6060 тіл.",
             "Володимир Мединський")):
        assert {c.speaker for c in claims_of(text, "uk")} == {voice}, text
    text = "Lavrov reiterated that Russia had handed over 11,000 bodies."
    assert {c.speaker for c in claims_of(text)} == {"Lavrov"}


@pytest.mark.parametrize(("text", "voice"), [
    ("«Вечерний курьер» опирался на данные Минобороны России: в пятницу домой вернулись 390 "
     "военнослужащих.", "Минобороны России"),
    ("Итог по версии «Делового обзора» — 2000 освобождённых за три дня.", "Деловой обзор"),
    ("Телеграм-канал «Окопная правда» в субботу утверждал, что Киев отдал Москве 307 "
     "военнопленных.", "Телеграм-канал «Окопная правда»"),
])
def test_whose_figures_a_press_review_gives(text: str, voice: str) -> None:
    assert {c.speaker for c in claims_of(text, "ru")} == {voice}


def test_an_abbreviated_thousand_before_a_capital_ends_its_sentence() -> None:
    text = ("11 червня в Україну повернули 1212 тіл загиблих, 13 і 14 червня — ще по 1,2 тис. "
            "За даними «Інтерфаксу» з посиланням на джерело, 13 червня росія в обмін не "
            "отримала жодного тіла.")
    claims = claims_of(text, "uk")
    assert {c.speaker for c in claims if c.count == 1212} == {None}
    assert {c.speaker for c in claims if c.count == 0} != {None}


def test_its_figures_are_those_of_the_voice_or_outlet_named_just_before() -> None:
    text = ("«Северная газета» сосредоточилась на субботе. По её данным, в этот день "
            "обменялись 307 на 307.")
    assert {c.speaker for c in claims_of(text, "ru")} == {"«Северная газета»"}
    text = ("Міноборони Росії подало обмін інакше: за його даними, сторони обміняли 246 на 246 "
            "військовополонених.")
    assert {c.speaker for c in claims_of(text, "uk")} == {"Міноборони Росії"}


def test_an_update_stamp_opening_a_line_is_no_part_of_the_voice() -> None:
    text = ("UPDATE 14:20 - Russian state media, citing a source familiar with the process, "
            "said Moscow had handed over 1,000 bodies and received 31.")
    assert {c.speaker for c in claims_of(text)} == {
        "Russian state media, citing a source familiar with the process"}


def test_a_persons_name_over_their_channels_name_is_the_voice_of_the_post() -> None:
    text = ("Олена Гайова\nTelegram-канал голови громади\n\n24 серпня 2025, 16:12\n\n"
            "Сьогодні додому повернулися четверо наших земляків серед 146 звільнених захисників."
            "\n")
    claims = claims_of(text, "uk", published=date(2025, 8, 24))
    assert {c.speaker for c in claims} == {"Олена Гайова"}


def test_a_statement_headed_with_a_persons_name_is_in_that_persons_voice() -> None:
    text = ("Уполномоченный по правам человека\n\nОфициальный сайт · Новости\n\n"
            "Заявление Ольги Петровны Савиной о возвращении военнослужащих из плена\n\n"
            "30 декабря 2024 года\n\nСегодня на Родину вернулись 150 российских военнослужащих.\n")
    claims = claims_of(text, "ru", published=date(2024, 12, 30))
    assert {c.speaker for c in claims} == {"Ольга Петровна Савина"}


def test_a_release_signed_by_a_bodys_press_service_is_that_bodys() -> None:
    text = ("Возвращены ещё 150 военнослужащих\n\n"
            "13 июня с подконтрольной Киеву территории возвращены 150 российских "
            "военнослужащих. Взамен передано 150 военнопленных ВСУ.\n\n"
            "Пресс-служба Министерства обороны Российской Федерации")
    speakers = {speaker for _, speaker in _speakers(text, "ru")}
    assert speakers == {"Министерство обороны Российской Федерации"}


def test_a_newsletter_sent_by_mail_speaks_in_no_voice_of_its_own() -> None:
    text = ("От: Комитет «Семьи пленных» <komitet@example.org>\nКому: подписчикам\n"
            "Тема: Итоги месяца\n\nДорогие друзья!\n\n"
            "В этом месяце мы дождались обмена: 14 июня домой вернулись 120 военнослужащих.\n\n"
            "--\nКомитет «Семьи пленных» · Саратов · чтобы отписаться, ответьте «стоп»")
    assert _speakers(text, "ru") == [(120, None)]


def test_an_exported_channel_dates_its_posts_and_gives_forwards_their_voice() -> None:
    text = ("Експорт історії каналу «Чекаємо вдома»\n\n"
            "═════ 12 березня 2025 ═════\n\n"
            "[10:05] Переслано з: Координаційний штаб з питань поводження з військовополоненими\n"
            "Сьогодні додому повернулися 175 захисників.\n\n"
            "═════ 14 березня 2025 ═════\n\n"
            "[09:00] Чекаємо вдома\n"
            "Дякуємо всім, хто чекав.")
    found = extract_claims(text, published=date(2025, 3, 14), lang="uk")
    assert [(c.count, str(c.event_date), c.speaker) for c in found] == [
        (175, "2025-03-12", "Координаційний штаб з питань поводження з військовополоненими")]


def test_a_chat_exports_message_is_dated_by_its_own_time_stamp() -> None:
    text = ("Telegram Desktop chat export\n\n"
            "[12.03.2025 10:03] Anna K.:\nAny news?\n\n"
            "[12.03.2025 13:47] Forwarded from Ukrainian Ombudsman:\n"
            "Today 175 Ukrainians came home.\n\n"
            "[14.03.2025 09:00] Anna K.:\nThank you all.")
    found = extract_claims(text, published=date(2025, 3, 14), lang="en")
    assert [(c.count, str(c.event_date), c.speaker) for c in found] == [
        (175, "2025-03-12", "Ukrainian Ombudsman")]


def test_a_post_under_its_authors_name_office_and_time() -> None:
    text = ("Марина Гнатюк\nНародна депутатка України\n25 серпня о 09:12\n\n"
            "Учора додому повернулися 120 наших захисників!")
    assert [c.speaker for c in claims_of(text, "uk", published=date(2025, 8, 25))] == [
        "Марина Гнатюк"]
