"""Telling English, Ukrainian and Russian apart."""

from __future__ import annotations

import pytest

from handover.ingest import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia handed over the bodies of 1,200 soldiers.", "en"),
        ("Росія передала Україні тіла загиблих військових, повідомили в штабі.", "uk"),
        ("Россия передала Украине тела погибших военных, сообщили в штабе.", "ru"),
        ("Це відбулося після того, як сторони домовилися про обмін", "uk"),
        ("Это произошло после того, как стороны договорились об обмене", "ru"),
        ("Обмін полоненими", "uk"),
        ("Обмен пленными", "ru"),
    ],
)
def test_detects(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_no_letters_gives_the_default() -> None:
    assert detect_language("1 212 — 1 200", default="uk") == "uk"
