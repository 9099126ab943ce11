"""Encodings are detected, not assumed: Windows-1251, KOI8-R, UTF-16 and UTF-8 with BOM."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from handover.ingest import read_report
from handover.ingest.encoding import cyrillic_plausibility, decode_bytes

REPORTS = Path(__file__).resolve().parents[1] / "assets" / "reports"


@pytest.mark.parametrize(
    ("name", "words", "lang"),
    [
        ("uk_cp1251.txt", "тіла 1200 загиблих військових", "uk"),
        ("uk_utf8_bom.txt", "тіла 1200 загиблих військових", "uk"),
        ("ru_koi8r.txt", "тела 1200 погибших военных", "ru"),
        ("ru_utf16.txt", "тела 1200 погибших военных", "ru"),
    ],
)
def test_cyrillic_reports_decode_in_any_encoding(name: str, words: str, lang: str) -> None:
    doc = read_report(REPORTS / name)
    assert words in doc.text
    assert not doc.text.startswith("\ufeff")
    assert doc.language == lang
    assert doc.published == date(2025, 6, 14)


def test_koi8_is_not_mistaken_for_windows_1251() -> None:
    data = (REPORTS / "ru_koi8r.txt").read_bytes()
    wrong = data.decode("cp1251")
    right = data.decode("koi8_r")
    assert (cyrillic_plausibility(right) or 0) > (cyrillic_plausibility(wrong) or 0)
    assert decode_bytes(data, "x.txt") == right


def test_latin_legacy_text_decodes() -> None:
    text = "Café owners in Kyiv said the exchange was “long overdue”."
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


def test_plausibility_is_none_without_cyrillic() -> None:
    assert cyrillic_plausibility("plain English words") is None
