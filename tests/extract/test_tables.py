"""Tables whose column headers name the act, its direction and whose count it is: each
bare cell is a handover of its row's day, voiced by its bracket, footnote or header, read
from real report files through the readers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from handover.domain import Claim
from handover.extract import extract_claims
from handover.ingest import read_report
from tests.extract.helpers import claims_of, core

REPORTS = Path(__file__).resolve().parents[1] / "assets" / "reports"

Row = tuple[int | None, str | None, str | None, str, str, str | None, str | None]


def _rows(name: str) -> list[Row]:
    doc = read_report(REPORTS / name)
    claims = extract_claims(doc.text, published=doc.published, lang=doc.language)
    for claim in claims:
        assert doc.text[claim.start:claim.end] == claim.quote
    return [_row(c) for c in claims]


def _row(c: Claim) -> Row:
    return (c.count, c.giver, c.receiver, c.category.value, c.kind.value,
            str(c.event_date) if c.event_date else None, c.speaker)


def test_html_table_headed_by_who_received_gives_each_cell_its_way_day_and_voice() -> None:
    assert _rows("en_table_headed.html") == [
        (1212, "Russia", "Ukraine", "bodies", "completed", "2025-06-11",
         "Coordination Headquarters"),
        (27, "Ukraine", "Russia", "bodies", "completed", "2025-06-11", "Medinsky"),
        (1200, "Russia", "Ukraine", "bodies", "completed", "2025-06-13",
         "Coordination Headquarters"),
        # "none†": a zero, voiced by its footnote
        (0, "Ukraine", "Russia", "bodies", "completed", "2025-06-13",
         "Interfax, citing an unnamed source"),
        # "1,000 (Medinsky)": the cell's own bracket before its header's
        (1000, "Russia", "Ukraine", "bodies", "completed", "2025-06-17", "Medinsky"),
        (19, "Ukraine", "Russia", "bodies", "completed", "2025-06-17", "Medinsky"),
        # the row of sums gives totals, of no one day
        (3412, "Russia", "Ukraine", "bodies", "cumulative", None, "Coordination Headquarters"),
        (46, "Ukraine", "Russia", "bodies", "cumulative", None, "Medinsky"),
    ]


def test_markdown_table_takes_its_people_from_the_section_heading() -> None:
    assert _rows("uk_table_headed.md") == [
        (246, "Russia", "Ukraine", "pow", "completed", "2025-04-19", "українська сторона"),
        (246, "Ukraine", "Russia", "pow", "completed", "2025-04-19", "Міноборони рф"),
        (205, "Russia", "Ukraine", "pow", "completed", "2025-05-06", "українська сторона"),
        # ("—" is no figure; "451 особа" names its own people)
        (451, "Russia", "Ukraine", "detainee", "cumulative", None, "українська сторона"),
    ]


def test_a_header_that_names_no_side_leaves_cells_to_say_their_own_ways() -> None:
    text = ("| Date | Exchange | Mediator |\n\n"
            "| 18 October 2024 | 95 Ukrainian prisoners returned home | UAE |\n\n"
            "| 8 November 2024 | 563 bodies handed over to Ukraine | — |\n")
    claims = extract_claims(text, lang="en")
    assert [(c.count, c.giver, c.receiver) for c in claims] == [
        (95, "Russia", "Ukraine"), (563, "Russia", "Ukraine")]


def test_a_table_without_a_header_of_acts_yields_no_claims_from_bare_figures() -> None:
    text = ("| Region | Population | Area |\n\n| Kharkiv | 1,400 | 350 |\n")
    assert extract_claims(text, lang="en") == []


def test_a_table_counts_the_people_the_text_over_it_counts() -> None:
    assert [(count, category) for count, _, _, category, *_ in _rows(
        "en_table_after_prose.md")] == [(2412, "bodies"), (1212, "bodies"), (27, "bodies"),
                                        (1200, "bodies")]


def test_a_table_with_a_column_for_each_side_is_one_handover_a_row() -> None:
    text = ("## Передачі, перелічені в довідці\n\n"
            "| Дата | Хто передав | Кому | Скільки | Хто це |\n|---|---|---|---|---|\n"
            "| 14.12.2020 | Азербайджан | Вірменія | 44 | полонені |\n"
            "| 13.12.2023 | Вірменія | Азербайджан | 2 | військовослужбовці |\n")
    claims = claims_of(text, "uk")
    assert core(claims) == [("Azerbaijan", "Armenia", 44, "pow"),
                            ("Armenia", "Azerbaijan", 2, "pow")]
    assert [str(c.event_date) for c in claims] == ["2020-12-14", "2023-12-13"]
    # (a table without such columns is no list of handovers: "| Дата | Місце | Посередник |")
    assert claims_of("| Дата | Місце | Посередник |\n|---|---|---|\n| 14.12.2020 | Газах | "
                     "МКЧХ |\n", "uk") == []


def test_a_header_naming_its_people_apart_from_the_act_days_without_years_and_sources() -> None:
    text = ("## Репатріація тіл\n\n| Дата | Передано в Україну, тіл | Джерело |\n|---|---|---|\n"
            "| 11.06 | 1212 | Координаційний штаб |\n| 13.06 | 1200 | Координаційний штаб |\n")
    claims = claims_of(text, "uk", published=date(2025, 7, 1))
    assert [(c.giver, c.receiver, c.count, c.category.value, str(c.event_date), c.speaker)
            for c in claims] == [
        ("Russia", "Ukraine", 1212, "bodies", "2025-06-11", "Координаційний штаб"),
        ("Russia", "Ukraine", 1200, "bodies", "2025-06-13", "Координаційний штаб")]
    assert all("year_inferred" in c.flags for c in claims)


def test_columns_of_what_each_side_received_with_whose_figure_and_a_part_in_brackets() -> None:
    text = ("Figures are those of the side that received the people.\n\n"
            "| Date | Mediator | To Ukraine (Kyiv's figure) | To Russia (Russian MoD figure) |\n"
            "|---|---|---|---|\n"
            "| 3 January 2024 | UAE | 230 (incl. 6 civilians) | 248 |\n")
    claims = claims_of(text, published=date(2025, 1, 5))
    assert [(c.giver, c.receiver, c.count, c.category.value, c.speaker, str(c.event_date))
            for c in claims] == [
        ("Russia", "Ukraine", 230, "mixed", "Kyiv", "2024-01-03"),
        ("Russia", "Ukraine", 6, "civilian", "Kyiv", "2024-01-03"),
        ("Ukraine", "Russia", 248, "pow", "Russian MoD", "2024-01-03")]


def test_a_table_under_a_bare_heading_counts_the_people_the_pages_title_names() -> None:
    text = ("# Список репатриаций тел погибших военнослужащих в 2025 году\n\n"
            "Список составлен по сообщениям сторон.\n\n## Таблица\n\n"
            "| Дата | Передано Украине | Передано России |\n|---|---|---|\n"
            "| 18.04.2025 | 909 | 41 |\n")
    claims = claims_of(text, "ru", published=date(2025, 12, 22))
    assert [(c.count, c.category.value) for c in claims] == [(909, "bodies"), (41, "bodies")]


def test_a_cell_with_its_parts_in_brackets_and_a_part_after_v_t_ch() -> None:
    text = ("| Дата | Передано Украине | Передано России |\n|---|---|---|\n"
            "| 14.04.2022 | 30 (22 военных и 8 гражданских) | — |\n"
            "| 03.01.2024 | 230 (в т. ч. 6 гражданских) | 248 |\n")
    claims = claims_of(text, "ru", published=date(2025, 1, 5))
    assert [(c.count, c.category.value) for c in claims] == [
        (30, "mixed"), (22, "pow"), (8, "civilian"), (230, "mixed"), (6, "civilian"),
        (248, "pow")]


def test_a_table_row_of_figures_sent_to_a_side() -> None:
    text = ("| Date | Exchange | Mediator |\n|---|---|---|\n"
            "| 8 November 2024 | 480 bodies to Ukraine; 30 to Russia | — |\n"
            "| 30 December 2024 | 150 for 150 | UAE |")
    found = claims_of(text, published=date(2025, 1, 10))
    assert (480, "Russia", "Ukraine", "2024-11-08") in [
        (c.count, c.giver, c.receiver, str(c.event_date)) for c in found]


def test_each_figure_of_a_row_to_its_side() -> None:
    text = ("| Date | Mediator | Notes |\n|---|---|---|\n"
            "| 31 May 2024 | UAE | Same day: 200 bodies to Ukraine, 40 to Russia. |")
    found = claims_of(text, published=date(2025, 1, 10))
    assert [(c.count, c.giver, c.receiver) for c in found] == [
        (200, "Russia", "Ukraine"), (40, "Ukraine", "Russia")]


def test_a_column_of_those_come_home_goes_to_the_home_of_its_voice() -> None:
    text = ("| Дата | Формула (Минобороны РФ) | Вернулись домой (Киев) |\n|---|---|---|\n"
            "| 12.03.2025 | 120 на 120 | 126 |\n")
    found = claims_of(text, "ru", published=date(2025, 4, 1))
    assert (126, "Russia", "Ukraine", "Киев") in [
        (c.count, c.giver, c.receiver, c.speaker) for c in found]


def test_each_item_of_a_cell_to_its_side_after_a_source_in_brackets() -> None:
    text = ("| Date | Exchange | Mediator |\n|---|---|---|\n"
            "| 3 January 2024 | 240 servicemen to Russia (Russian MoD); 220 to Ukraine (Kyiv) "
            "| UAE |")
    found = claims_of(text, published=date(2025, 1, 10))
    assert [(c.count, c.giver, c.receiver) for c in found] == [
        (240, "Ukraine", "Russia"), (220, "Russia", "Ukraine")]
