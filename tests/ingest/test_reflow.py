"""Plain text wrapped for paper (pulled out of a PDF, or a mail) read back as paragraphs."""

from __future__ import annotations

import textwrap
from pathlib import Path

from handover.extract import extract_claims
from handover.ingest import read_report
from handover.ingest.reflow import reflow

REPORTS = Path(__file__).resolve().parents[1] / "assets" / "reports"


def test_a_working_paper_reads_as_paragraphs_without_its_page_furniture() -> None:
    text = read_report(REPORTS / "en_working_paper.txt").text
    assert "brought back 1.1 thousand bodies to Ukraine, the Coordination" in text
    assert "said that 12 Russian soldiers' bodies had been received" in text
    assert "Briefing 3/2025 ·" not in text and "· Briefing 3/2025" not in text
    assert "\n1\n" not in text and not any(line.strip() in ("1", "2")
                                           for line in text.split("\n"))
    assert "Notes\n1 Both sides' statements of 9 April; neither named a figure for the second" \
        in text


def test_headings_title_and_short_lines_stay_on_their_own() -> None:
    lines = read_report(REPORTS / "en_working_paper.txt").text.split("\n")
    for heading in ("NORTHFIELD CENTRE FOR HUMANITARIAN RECORDS", "Briefing 3/2025",
                    "1. The stages", "2. What is left", "Notes"):
        assert heading in lines
    assert "The dead of the spring: what the two sides returned" in lines


def test_a_paragraph_ended_at_a_page_break_is_not_run_into_the_next() -> None:
    text = read_report(REPORTS / "en_working_paper.txt").text
    assert "no other side confirmed.\n\n2. What is left" in text
    assert "missing.\n\nNotes" in text


def test_claims_come_out_of_the_wrapped_sentences() -> None:
    doc = read_report(REPORTS / "en_working_paper.txt")
    found = {(c.count, c.giver, c.receiver) for c in
             extract_claims(doc.text, published=doc.published, lang=doc.language)}
    assert (1100, "Russia", "Ukraine") in found
    assert (909, "Russia", "Ukraine") in found
    assert (12, "Ukraine", "Russia") in found


def test_quoted_mail_lines_join_their_own_kind_only_and_lose_their_marks() -> None:
    text = "\n".join([
        "Good morning. A reader who follows the exchanges closely wrote to us:",
        "",
        "> On Saturday the radio said that thirteen prisoners came home, while",
        "> your note said seventeen. Which one of the two figures was right?",
        "Both were, in their way: the four others were released on the side,",
        "under a separate understanding that nobody announced in advance.",
        "We thank every reader who writes; the next issue comes on Monday, as",
        "always, with the week's figures and the corrections they called for.",
    ])
    lines = reflow(text).split("\n")
    assert lines[2] == ("On Saturday the radio said that thirteen prisoners came home, while "
                        "your note said seventeen. Which one of the two figures was right?")
    assert lines[3].startswith("Both were, in their way: the four others were released on the "
                               "side, under")


def test_list_items_and_numbered_paragraphs_start_their_own_lines() -> None:
    text = "\n".join([
        *textwrap.wrap("The monitoring mission recorded the following events during the period "
                       "under review, as its observers saw them at the crossing points and in "
                       "the two capitals, where it met officials of both sides:", 74),
        "1. On 2 May both sides released prisoners of war at the border crossing;",
        "2. On 9 May the remains of the dead were returned in refrigerated trucks,",
        "- with the help of the ICRC, which took part in every stage of the two",
        "  exchanges and confirmed the figures each time it was asked about them.",
    ])
    lines = reflow(text).split("\n")
    assert len(lines) == 4
    assert lines[0].endswith("officials of both sides:")
    assert lines[1].startswith("1. On 2 May") and lines[2].startswith("2. On 9 May")
    assert lines[3].startswith("- with the help of the ICRC") and lines[3].endswith("about them.")


def test_one_paragraph_per_line_is_left_as_it_is() -> None:
    text = "\n".join([
        "Russia returned 1,212 bodies to Ukraine on 11 June, the Coordination Headquarters said.",
        "Ukraine handed over 27 bodies.",
        "A second stage followed on 13 June, when another 1,200 bodies were returned.",
        "Medinsky said Russia had received none.",
        "The ICRC took part.",
    ])
    assert reflow(text) == text


def test_a_typewriter_double_hyphen_is_a_dash() -> None:
    assert reflow("On Friday 24 hostages came out -- 13 Israelis and 11 others -- at dusk.") == (
        "On Friday 24 hostages came out — 13 Israelis and 11 others — at dusk.")
    assert reflow("--\nYou are receiving this mail.") == "--\nYou are receiving this mail."


def test_a_running_title_with_its_page_number_to_the_right_is_furniture() -> None:
    body = textwrap.wrap("The exchanges of the year were irregular, and the lists agreed by the "
                         "sides often changed at the last moment before the buses left, so that "
                         "families learnt of a return only from the news on the day itself, "
                         "and many of them waited for weeks more before they could speak to "
                         "those who had come home.", 70)
    text = "\n".join([*body[:3], "", "Annual report of the ministry, 2022                 17",
                      "", *body[3:], "", "Annual report of the ministry, 2022                 18"])
    out = reflow(text)
    assert "Annual report" not in out
    assert out == " ".join(body)


def test_lines_of_one_quote_join_however_short_the_mail_wrapped_them() -> None:
    body = textwrap.wrap("The ministry's statement we quoted yesterday had a figure wrong, and "
                         "we print the passage again below with the figure put right, as it "
                         "was published on the ministry's own site in the morning.", 70)
    text = "\n".join([*body, "", "> In addition, Ukraine handed 31 gravely wounded",
                      "> prisoners of war to Russia.", "", "We apologise."])
    assert "In addition, Ukraine handed 31 gravely wounded prisoners of war to Russia." in (
        reflow(text).split("\n"))


def test_a_record_with_column_numbers_in_its_running_header_joins_across_its_pages() -> None:
    header = ("OFFICIAL RECORD (UNREVISED)                              Tuesday 28 January 2025\n"
              "STANDING COMMITTEE ON EXTERNAL AFFAIRS                                  Col. {}\n")
    body = ("The Minister: I thank the Member for her question. The agreement announced on 15\n"
            "January provides for 33 hostages to be released during a first phase of 42 days,\n"
            "in return for prisoners held by Israel. We understand that eight more hostages\n"
            "are due to be released on Thursday 30\n")
    rest = ("January, in exchange for 110 prisoners. We continue to call for the release of\n"
            "every hostage, and we do not know how many of them are alive, the Minister said.\n")
    text = reflow(header.format(311) + "\n" + body + "\n" + header.format(312) + "\n" + rest)
    assert "Col." not in text and "UNREVISED" not in text
    assert "released on Thursday 30 January, in exchange for 110 prisoners." in text


def test_footnote_numbers_after_full_stops_and_a_figure_opening_a_line_in_a_paper() -> None:
    footer = "Аналитическая записка № 11/2025                                     стр. {} из 9\n"
    text = (footer.format(2) + "\n"
            "14 сентября 2024 года Россия и Украина обменялись пленными по формуле 103 на\n"
            "103. По данным Минобороны России, среди вернувшихся были военнослужащие, за-\n"
            "хваченные в Курской области; после обмена они проходили лечение в Белорус-\n"
            "сии.2 Их родственники узнали о возвращении из списков, опубликованных позже.\n\n"
            + footer.format(3) + "\n"
            "24 августа 2025 года стороны обменялись военнопленными по формуле 146 на 146.4 По\n"
            "словам Владимира Мединского, на территории Украины оставались ещё жители области.\n")
    out = reflow(text)
    assert "по формуле 103 на 103. По данным" in out
    assert "в Белоруссии. Их родственники" in out and "146 на 146. По словам" in out
    assert "стр." not in out


def test_wire_copy_wrapped_inside_a_letter_of_one_line_paragraphs_is_joined() -> None:
    letter = ("This week is mostly about the dead. " * 6).strip()
    text = (f"{letter}\n\n{letter}\n\n"
            "KYIV, June 13 - Ukraine received the bodies of 1,200 soldiers on Friday, the\n"
            "Coordination Headquarters said. Interfax, citing an unnamed source, reported\n"
            "that not a single body had been handed back to Russia that day. The bodies\n"
            "would be examined by forensic experts, the headquarters said, and identifica-\n"
            "tion of the remains was expected to take months.\n\nP.\n")
    out = reflow(text)
    assert "on Friday, the Coordination Headquarters said. Interfax" in out
    assert "identification of the remains" in out and out.count(letter) == 2


def test_superscript_note_marks_after_words_go_and_the_sides_they_touched_are_read(
        tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Огляд\n\nТого ж дня до родин повернулися семеро дітей: четверо — в "
                    "Україні, троє — в росії⁴.\n\nПлоща табору — 10² метрів.\n", encoding="utf-8")
    document = read_report(path)
    assert "в росії." in document.text and "⁴" not in document.text
    assert "10²" in document.text
    claims = extract_claims(document.text, published=None, lang="uk")
    assert [(c.count, c.giver, c.receiver) for c in claims] == [
        (7, None, None), (4, "Russia", "Ukraine"), (3, "Ukraine", "Russia")]
