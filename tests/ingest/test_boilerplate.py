"""Boilerplate goes, in three languages; the report's own sentences stay."""

from __future__ import annotations

import pytest

from handover.ingest.boilerplate import strip_boilerplate

BODY = ("Russia handed over the bodies of 909 soldiers, officials said.\n\n"
        "The transfer took place at the border after a delay of several days.\n\n")


@pytest.mark.parametrize(
    "tail",
    [
        "Leave a Reply\n\nYour email address will not be published.\n\nName *",
        "Залишити відповідь\n\nВаша адреса електронної пошти не буде опублікована.",
        "Оставить комментарий\n\nВаш e-mail не будет опубликован.",
        "Zeen is a next generation WordPress theme. It's powerful.",
        "We use cookies to improve your experience. Accept all cookies",
        "Subscribe to our daily newsletter",
        "Підписуйтесь на наш Telegram-канал",
        "Подписывайтесь на наш канал",
        "Читайте також: Як родини шукають полонених",
        "Читайте также: Как семьи ищут пленных",
        "Related: How families track relatives | What Istanbul achieved",
        "Read next: 1,000 more bodies expected at the border next week",
        "Also read: Why the 84-for-84 swap took so long",
        "SHARE THIS STORY! Follow us for more breaking updates. Tags: Russia, Ukraine",
        "Sign up for our weekly newsletter. Unsubscribe at any time.",
        "Related articles\nFamilies wait at the hospital\nA timeline of the exchanges",
        "Схожі новини\nРодини чекають біля лікарні\nХронологія обмінів",
        "Related coverage\nTwelve hundred more bodies cross the border\nWho counts the dead",
        "Read more:\nRussia returns 1,000 bodies\nUkraine frees 84 in new swap",
        "**More from Riverside Signal**\nRussia hands over 303 prisoners\nThe 390-for-390 day",
        "Ещё по теме: Россия передала 1000 тел",
        "Ссылки по теме: Обмен «1000 на 1000»: хроника трёх дней · Кто входит в делегации",
        "Посилання на тему: Обмін 84 на 84",
        "Related links: The 390-for-390 day",
        "Ещё по теме\nРоссия и Украина обменялись 84 пленными\nКак считают погибших",
        "Listen to the full conversation (12 min) · Related: \"Deal on 887 detainees\"",
        "Відео (3 хв) · Читайте також: Обмін 84 на 84",
    ],
)
def test_tail_is_removed(tail: str) -> None:
    assert strip_boilerplate(BODY + tail) == BODY.strip()


def test_prose_after_a_related_list_is_kept() -> None:
    text = (BODY + "Related\nFamilies wait at the hospital\n\n"
            "The headquarters said the next stage would follow within a week or two.")
    assert strip_boilerplate(text).endswith("would follow within a week or two.")


def test_a_sentence_about_comments_is_not_boilerplate() -> None:
    text = "The ministry declined to comment on the figures.\n\nIt gave no reason."
    assert strip_boilerplate(text) == text


def test_a_reference_list_under_its_heading_is_left_out() -> None:
    text = ("Russia returned 27 bodies.\n\nReferences\n\n1. \"Ukraine brought home 1,358 people "
            "in 2024\", Coordination Headquarters.\n[2] Talk page, section \"Missing rows\".\n")
    assert strip_boilerplate(text) == "Russia returned 27 bodies."
