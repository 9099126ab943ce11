"""Reading report files: formats, metadata, and one precise error per kind of bad input."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

from handover.errors import ExtractionError, HandoverError, InputError
from handover.ingest import MAX_BYTES, read_bytes, read_report

REPORTS = Path(__file__).resolve().parents[1] / "assets" / "reports"


def test_plain_text_loses_comment_form_related_links_and_theme_credit() -> None:
    doc = read_report(REPORTS / "en_comment_form.txt")
    assert doc.text.endswith("before seeing their families.")
    for junk in ("Leave a Reply", "email address", "WordPress", "Read also", "Share this",
                 "Related posts", "Families wait outside"):
        assert junk not in doc.text
    assert doc.title == "Two hundred prisoners come home after weeks of delay"
    assert doc.published == date(2025, 3, 3)
    assert doc.language == "en"
    assert doc.media_type == "text/plain"
    assert doc.filename == "en_comment_form.txt"


def test_sha256_is_of_the_original_bytes() -> None:
    path = REPORTS / "en_comment_form.txt"
    import hashlib

    assert read_report(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_html_main_text_and_page_metadata() -> None:
    doc = read_report(REPORTS / "en_page.html")
    assert "bodies of 757 Ukrainian soldiers" in doc.text
    assert "Home" not in doc.text.split("\n")[0]
    for junk in ("Leave a comment", "All rights reserved", "cookies"):
        assert junk not in doc.text
    assert doc.url == "https://monitor.example/news/757-bodies"
    assert doc.published == date(2025, 3, 21)
    assert doc.title == "Russia hands over 757 bodies"
    assert doc.media_type == "text/html"


def test_html_keeps_the_headline_the_extractor_drops() -> None:
    # trafilatura leaves out this page's <h1>; a headline states claims like any sentence
    doc = read_report(REPORTS / "ru_headline_dropped.html")
    assert doc.text.startswith("Украине переданы тела ещё 500 погибших\n\nВ понедельник")
    assert doc.text.count("Украине переданы тела ещё 500 погибших") == 1
    assert "Подписывайтесь" not in doc.text


def test_html_tables_of_stages_are_read_row_by_row(tmp_path: Path) -> None:
    from handover.extract import extract_claims

    page = tmp_path / "table.html"
    page.write_text(
        "<html><head><title>Обмены 2024 года</title></head><body><article>"
        "<h1>Обмены 2024 года: сводная таблица</h1><p>Свёл в одну таблицу основные обмены "
        "пленными между Россией и Украиной 2024 года, по сообщениям сторон.</p><table><thead>"
        "<tr><th>Дата</th><th>Итог обмена</th></tr></thead><tbody>"
        "<tr><td>31.01.2024</td><td>195 на 195</td></tr>"
        "<tr><td>08.02.2024</td><td>100 на 100</td></tr></tbody></table>"
        "<p>Итого за год домой вернулись 1358 украинцев, по подсчётам украинской стороны.</p>"
        "</article></body></html>", encoding="utf-8")
    doc = read_report(page)
    assert "| 31.01.2024 | 195 на 195 |" in doc.text
    claims = extract_claims(doc.text, published=date(2025, 1, 5), lang="ru")
    assert [(c.count, str(c.event_date)) for c in claims if c.count in (195, 100)] == [
        (195, "2024-01-31"), (195, "2024-01-31"), (100, "2024-02-08"), (100, "2024-02-08")]


def test_markdown_keeps_words_and_reads_front_matter() -> None:
    doc = read_report(REPORTS / "en_frontmatter.md")
    assert "Ukraine and Russia exchanged 303 prisoners each on Sunday" in doc.text
    assert "thousand-for-thousand" in doc.text
    assert "The men will be examined in hospital, officials said." in doc.text
    assert "Most were privates and sergeants." in doc.text
    for markup in ("**", "](", "# ", "> ", "- Most", "---"):
        assert markup not in doc.text
    assert doc.text.startswith("Third stage of the exchange\n\nUkraine and Russia")
    assert doc.published == date(2025, 5, 25)
    assert doc.title == "Third stage of the exchange"
    assert doc.url == "https://wire.example/third-stage"


def test_published_argument_wins_over_the_dateline() -> None:
    doc = read_report(REPORTS / "en_comment_form.txt", published=date(2025, 3, 4))
    assert doc.published == date(2025, 3, 4)


def test_language_can_be_forced() -> None:
    assert read_report(REPORTS / "en_comment_form.txt", lang="uk").language == "uk"


def test_read_bytes_types_by_filename() -> None:
    data = (REPORTS / "en_page.html").read_bytes()
    doc = read_bytes(data, "upload.HTM")
    assert doc.media_type == "text/html"
    assert doc.filename == "upload.HTM"
    assert "757" in doc.text


def _raises(exc: type[HandoverError], match: str, path: Path, **kwargs: object) -> None:
    with pytest.raises(exc, match=match) as info:
        read_report(path, **kwargs)  # type: ignore[arg-type]
    assert info.value.path == str(path)
    assert "\n" not in info.value.message


def test_missing_file(tmp_path: Path) -> None:
    _raises(InputError, "^no such file$", tmp_path / "absent.txt")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    _raises(InputError, "is a directory", folder)


_NOBODY = 65534  # the conventional unprivileged uid and gid


def _read_unprivileged(path: Path) -> str:
    """The outcome of ``read_report(path)`` for a user who is not root: the error message, or
    "read" when it succeeds. Run as root, it forks a child that drops to ``nobody`` first, since
    root reads files whatever their mode."""
    if os.geteuid() != 0:
        try:
            read_report(path)
        except InputError as exc:
            return exc.message
        return "read"
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        status = 1
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(_NOBODY)
            os.setuid(_NOBODY)
            try:
                read_report(path)
                outcome = "read"
            except InputError as exc:
                outcome = exc.message
            os.write(writer, outcome.encode("utf-8"))
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        outcome = pipe.read().decode("utf-8")
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the unprivileged reader failed"
    return outcome


def test_unreadable_file() -> None:
    # A folder anyone may enter, so that only the file's own mode refuses the read.
    folder = Path(tempfile.mkdtemp(prefix="handover-mode-"))
    try:
        folder.chmod(0o755)
        locked = folder / "locked.txt"
        locked.write_text("Russia returned 27 bodies.", encoding="utf-8")
        readable = folder / "readable.txt"
        readable.write_text("Russia returned 27 bodies.", encoding="utf-8")
        locked.chmod(0)
        readable.chmod(0o644)
        assert _read_unprivileged(readable) == "read"  # the same user can read a readable file
        assert _read_unprivileged(locked) == "cannot read the file (permission denied)"
    finally:
        shutil.rmtree(folder)


def test_unreadable_path_symlink_loop(tmp_path: Path) -> None:
    path = tmp_path / "loop.txt"
    path.symlink_to(path)
    _raises(InputError, "^cannot read the file", path)


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7")
    _raises(InputError, r"^unsupported extension \.pdf \(expected \.txt, \.md, \.html or \.htm\)$",
            path)


def test_no_extension(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text("text", encoding="utf-8")
    _raises(InputError, r"unsupported extension \(none\)", path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n ")
    _raises(InputError, "^empty file$", path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    _raises(InputError, "^binary file", path)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: the test does not write 10 MB
        handle.seek(MAX_BYTES + 10)
        handle.write(b"x")
    _raises(InputError, r"over the 10 MB limit", path)


def test_bytes_over_the_size_limit() -> None:
    with pytest.raises(InputError, match="over the 10 MB limit"):
        read_bytes(b"a" * (MAX_BYTES + 1), "big.txt")


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><div></div>",
                    encoding="utf-8")
    _raises(ExtractionError, "no readable text in the HTML page", path)


def test_only_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("Share this:\nFacebook\nTwitter\n", encoding="utf-8")
    _raises(ExtractionError, "no report text left", path)


def test_undetectable_encoding(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    # Random high bytes and spaces: invalid UTF-8, and no code page makes words of them.
    import random

    noise = random.Random(7)
    path.write_bytes(bytes(noise.choice(range(0xC0, 0x100)) if i % 7 else 0x20
                           for i in range(2000)))
    _raises(InputError, "could not detect the text encoding", path)


def test_unknown_language_option() -> None:
    with pytest.raises(InputError, match="unknown language 'de'"):
        read_report(REPORTS / "en_comment_form.txt", lang="de")


def test_markdown_tables_read_as_rows_and_footnotes_stay() -> None:
    doc = read_report(REPORTS / "uk_table_headed.md")
    assert "| 19.04.2025 | 246[^1] | 246 | ОАЕ |" in doc.text
    assert "|---|" not in doc.text
    assert "[^1]: Серед 246 повернутих 19 квітня — двоє цивільних." in doc.text
    # the byline's date, one part of a line split by dots, not the first row's
    assert doc.published == date(2025, 7, 3)


def test_a_pages_site_is_named_by_its_metadata_or_its_titles_tail() -> None:
    page = ('<html><head><title>Ninety come home | Ministry of Defence</title></head><body>'
            '<article><p>Russia returned 90 prisoners of war to Ukraine on Monday, officials '
            'said, in the first exchange for a month.</p></article></body></html>')
    assert read_bytes(page.encode(), "p.html").site == "Ministry of Defence"
    tagged = page.replace("<head>", '<head><meta property="og:site_name" content="Kyiv Desk">')
    assert read_bytes(tagged.encode(), "p.html").site == "Kyiv Desk"
    assert read_bytes(b"Russia returned 90 prisoners of war.", "p.txt").site is None


def test_html_keeps_the_day_headings_the_extractor_drops() -> None:
    # trafilatura leaves out the <h2> over two of this digest's entries; a day heading
    # dates its entry
    from handover.extract import extract_claims

    doc = read_report(REPORTS / "uk_digest_day_headings.html")
    assert "\n\n24 серпня\n\nОбмін 146 на 146" in doc.text
    assert "\n\n24 серпня, вечір\n\nДодому" in doc.text
    claims = extract_claims(doc.text, published=date(2025, 8, 25), lang="uk")
    assert [(c.count, str(c.event_date)) for c in claims] == [
        (1000, "2025-08-19"), (146, "2025-08-24"), (146, "2025-08-24"), (8, "2025-08-24")]


def test_html_site_is_the_titles_tail_when_its_head_is_taken_for_it() -> None:
    # trafilatura takes the title's head ("Розпорядження від 02.09.2025 № 77") for the site;
    # its tail names the body whose page it is
    doc = read_report(REPORTS / "uk_decree_site.html")
    assert doc.site == "Адміністрація Степової громади"


def test_html_keeps_the_figure_captions_the_extractor_drops() -> None:
    # trafilatura leaves a gallery's <figcaption>s out; they go back where they stand,
    # without their photo counters
    page = ('<html><head><title>In pictures</title></head><body><main>'
            '<h1>In pictures: a second day of returns</h1>'
            '<p>Two hundred prisoners came home on Saturday after a long wait at the border.</p>'
            '<figure><img src="1.jpg"><figcaption>1/2 A bus crosses the border at noon, '
            'watched by relatives.</figcaption></figure>'
            '<figure><img src="2.jpg"><figcaption>2/2 On Friday 390 people came back to each '
            'side.</figcaption></figure>'
            '<p>Photographs by the desk.</p></main></body></html>')
    text = read_bytes(page.encode(), "gallery.html").text
    assert ("after a long wait at the border.\n\nA bus crosses the border at noon, watched by "
            "relatives.\n\nOn Friday 390 people came back to each side.\n\nPhotographs") in text
    assert "1/2" not in text


def test_html_keeps_the_lines_that_say_whose_post_a_chat_forwards() -> None:
    # trafilatura keeps a chat's messages but drops the small blocks that say whose post
    # a message forwards; they name the post's voice
    messages = "".join(
        f'<div class="msg"><span class="time">1{i}:02</span> <span class="from">Ирина</span>'
        f'<div class="fwd">Переслано от: Министерство обороны Российской Федерации</div>'
        f'<p>Сообщение номер {i}: с подконтрольной киевскому режиму территории возвращены '
        f'{100 + i} российских военнослужащих, все они доставлены в Москву.</p></div>'
        f'<div class="msg"><span class="time">1{i}:05</span> <span class="from">Галина</span>'
        f'<p>Спасибо, ждём списков и новостей о наших земляках из приграничья.</p></div>'
        for i in range(4))
    page = ('<html><head><title>Чат</title></head><body><header><nav><a href="/">Главная</a>'
            '</nav></header><main><article><h1>Как родственники ждали обмена</h1>'
            '<p class="lead">Администратор чата разрешила опубликовать переписку дня обмена.</p>'
            f'<div class="chat"><div class="date-sep">24 августа 2025</div>{messages}</div>'
            '</article></main><footer>© Курская неделя</footer></body></html>')
    doc = read_bytes(page.encode(), "chat.html")
    assert ("Переслано от: Министерство обороны Российской Федерации\n\nСообщение номер 0"
            in doc.text)


def test_html_live_blog_keeps_every_entry_and_leaves_out_the_related_links() -> None:
    doc = read_report(REPORTS / "en_live_blog.html")
    for entry in ("The buses carrying the freed men", "said 120 Ukrainian defenders",
                  "Russia's Defence Ministry said 120 Russian servicemen"):
        assert entry in doc.text
    for junk in ("Related coverage", "300 prisoners freed", "Share this page", "rights reserved"):
        assert junk not in doc.text


def test_markdown_leaves_out_its_references_section() -> None:
    page = ("# Exchanges of 2024\n\nRussia returned 27 bodies.\n\n## References\n\n"
            "1. \"Ukraine brought home 1,358 people in 2024\", Coordination Headquarters.\n\n"
            "## See also\n\nOther lists.\n")
    text = read_bytes(page.encode(), "list.md").text
    assert "1,358" not in text
    assert text.endswith("See also\n\nOther lists.")


def test_markdown_list_items_stay_lines_of_their_own_among_wrapped_notes() -> None:
    page = ("# Формулы\n\n"
            "- 15 января — 25 на 25\n"
            "- 19 апреля — 246 на 246, а также 31 на 15 (по данным Минобороны России)\n"
            "- 6 мая — 205 на 205\n\n"
            "Заметки лектора: начать с вопроса к аудитории о том, сколько обменов было в этом\n"
            "году; обычно называют три или четыре, на деле их было больше десяти, и каждый\n"
            "из них шёл по своей формуле, о которой стороны договаривались отдельно и долго\n"
            "в разных столицах, при разных посредниках и с разными списками пленных.\n")
    text = read_bytes(page.encode(), "slides.md").text
    assert "(по данным Минобороны России)\n6 мая — 205 на 205" in text
    assert "в этом году; обычно" in text


def test_a_titles_tail_after_a_spaced_colon_names_the_site() -> None:
    page = ("<html><head><title>Из плена возвращены 90 военнослужащих : Министерство обороны"
            "</title></head><body><p>" + "Из плена возвращены 90 военнослужащих. " * 12
            + "</p></body></html>")
    assert read_bytes(page.encode(), "p.html").site == "Министерство обороны"
