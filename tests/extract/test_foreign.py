"""Quotes in the war's other language, read with their own language's words."""

from __future__ import annotations

from datetime import date

from handover.extract.foreign import foreign_parts
from tests.extract.helpers import claims_of


def test_a_russian_quote_in_a_ukrainian_report_is_read_in_russian() -> None:
    text = ("Сьогодні з полону звільнено 185 військовослужбовців.\n\n"
            "Міністерство оборони рф у своєму повідомленні написало: «2 октября с подконтрольной "
            "киевскому режиму территории возвращены 185 российских военнослужащих и 20 "
            "гражданских лиц».")
    claims = claims_of(text, "uk", published=date(2025, 10, 2))
    quoted = [c for c in claims if c.start > 0]
    assert sorted((c.count, c.giver, c.receiver, c.category.value) for c in quoted) == [
        (20, "Ukraine", "Russia", "civilian"), (185, "Ukraine", "Russia", "pow")]
    assert {c.speaker for c in quoted} == {"Міністерство оборони рф у своєму повідомленні"}
    assert {c.event_date for c in quoted} == {date(2025, 10, 2)}


def test_the_quoted_voice_after_the_quote_speaks_it() -> None:
    text = "«Россия уже передала Украине около 7 тыс. тел», — сказав Мединський."
    (claim,) = claims_of(text, "uk")
    assert (claim.count, claim.category.value, claim.speaker) == (7000, "bodies", "Мединський")


def test_a_ukrainian_quote_in_a_russian_report_is_read_in_ukrainian() -> None:
    text = ("Координационный штаб написал: «Додому повертаються 84 українці, звільнені з "
            "російського полону».")
    (claim,) = claims_of(text, "ru")
    assert (claim.count, claim.giver, claim.receiver) == (84, "Russia", "Ukraine")
    assert claim.speaker == "Координационный штаб"


def test_only_quotes_written_in_the_other_language_are_foreign() -> None:
    assert foreign_parts("Штаб написав: «Додому повертаються 84 українці».", "uk") == []
    assert foreign_parts("Мединський сказав «спасибо».", "uk") == []  # too short to read
    assert foreign_parts("Russia said: «Возвращены 84 российских военнослужащих».", "en") == []
