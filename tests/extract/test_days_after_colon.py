"""A total before a colon and the figures of its days after it: each day's figure is that
day's handover, done, whatever the total's own kind."""

from __future__ import annotations

from datetime import date

from handover.extract import extract_claims

TUESDAY = date(2025, 7, 22)


def _claims(text: str) -> list[tuple[int | None, str, str | None]]:
    return [(c.count, c.kind.value, c.event_date and c.event_date.isoformat())
            for c in extract_claims(text, published=TUESDAY, lang="en")]


def test_the_first_figure_after_the_colon_is_a_days_own() -> None:
    text = ("The work went on. Since 3 July, 2,150 bodies have been repatriated to Ukraine: "
            "950 on 3 July, and 600 on each of 10 and 17 July.")
    assert _claims(text) == [
        (2150, "cumulative", None), (950, "completed", "2025-07-03"),
        (600, "completed", "2025-07-10"), (600, "completed", "2025-07-17")]


def test_a_total_over_days_then_each_days_figure() -> None:
    text = ("The work went on. Over two days, 700 of our people have come home: "
            "410 on Monday and 290 today.")
    assert _claims(text) == [
        (700, "cumulative", None), (410, "completed", "2025-07-21"),
        (290, "completed", "2025-07-22")]


def test_the_total_before_the_colon_takes_no_day_of_the_list() -> None:
    text = ("The work went on. In all, 2,150 bodies have been repatriated to Ukraine: "
            "950 on 3 July, and 600 on each of 10 and 17 July.")
    assert _claims(text) == [
        (2150, "cumulative", None), (950, "completed", "2025-07-03"),
        (600, "completed", "2025-07-10"), (600, "completed", "2025-07-17")]


def test_a_days_figure_with_its_noun_and_the_parts_of_it_after_of_them() -> None:
    text = ("Протягом двох днів Україна повернула 600 своїх громадян: 350 осіб 5 березня, з них "
            "300 військових і 50 цивільних, та 250 військових 6 березня.")
    found = extract_claims(text, published=date(2025, 3, 7), lang="uk")
    assert [(c.count, c.category.value, c.kind.value, str(c.event_date)) for c in found] == [
        (600, "detainee", "cumulative", "None"), (350, "mixed", "completed", "2025-03-05"),
        (300, "pow", "completed", "2025-03-05"), (50, "civilian", "completed", "2025-03-05"),
        (250, "pow", "completed", "2025-03-06")]


def test_how_long_a_plan_takes_is_no_total() -> None:
    text = ("Соглашение предусматривает освобождение 30 заложников в обмен на 90 заключённых "
            "в течение трёх дней.")
    found = extract_claims(text, published=date(2025, 3, 7), lang="ru")
    assert [(c.count, c.kind.value) for c in found] == [(30, "agreed"), (90, "agreed")]


def test_it_was_carried_out_in_stages_listed_after_a_colon() -> None:
    text = ("Україна та росія домовилися про обмін «500 на 500». Його провели за два дні, "
            "з 3 по 4 березня: 280 і 220 осіб з кожного боку.")
    found = extract_claims(text, published=date(2025, 3, 7), lang="uk")
    assert [(c.giver, c.count, c.kind.value) for c in found if c.kind.value != "agreed"] == [
        ("Ukraine", 280, "completed"), ("Russia", 280, "completed"),
        ("Ukraine", 220, "completed"), ("Russia", 220, "completed")]


def test_counted_handovers_of_a_figure_on_the_days_listed_after_it() -> None:
    text = ("Russia returned 800 bodies to Ukraine on 2 July. Two transfers of 600 followed "
            "on 9 and 10 July, and the last, on Friday 18 July, brought 750.")
    assert _claims(text) == [
        (800, "completed", "2025-07-02"), (600, "completed", "2025-07-09"),
        (600, "completed", "2025-07-10"), (750, "completed", "2025-07-18")]
