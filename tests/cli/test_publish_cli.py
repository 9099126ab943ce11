"""``handover report`` and ``handover chart`` write files people can open offline."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from tests.cli.conftest import Run


def _ledger(run: Run, db: str) -> None:
    for giver, receiver, count, day in (("Russia", "Ukraine", "1212", "11"),
                                        ("Ukraine", "Russia", "27", "11"),
                                        ("Russia", "Ukraine", "1200", "13")):
        result = run("claims", "add", "--giver", giver, "--receiver", receiver, "--category",
                     "bodies", "--count", count, "--date", f"2025-06-{day}", "--speaker",
                     "Vladimir Medinsky", "--db", db)
        assert result.exit_code == 0, result.stderr
    run("agreements", "add", "Istanbul", "--date", "2025-06-02", "--term",
        "Russia>Ukraine:bodies:6000", "--term", "Ukraine>Russia:bodies:6000", "--db", db)


def test_report_is_self_contained(run: Run, ledger_url: str, tmp_path: Path) -> None:
    _ledger(run, ledger_url)
    html, markdown = tmp_path / "report.html", tmp_path / "report.md"
    result = run("report", "-o", html, "--markdown", markdown, "--db", ledger_url)
    assert result.exit_code == 0, result.stderr
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page and "2025-06-11-russia-ukraine-bodies" in page
    assert "http://" not in page.replace("http://www.w3.org/", "")
    assert "https://" not in page
    assert "2025-06-13-russia-ukraine-bodies" in markdown.read_text(encoding="utf-8")


def test_charts_as_svg_and_png(run: Run, ledger_url: str, tmp_path: Path) -> None:
    _ledger(run, ledger_url)
    svg = tmp_path / "bodies.svg"
    result = run("chart", "cumulative", "--pair", "Kyiv/Moscow", "--category", "bodies",
                 "-o", svg, "--db", ledger_url)
    assert result.exit_code == 0, result.stderr
    root = ET.fromstring(svg.read_text(encoding="utf-8"))
    assert root.tag.endswith("svg")
    png = tmp_path / "asymmetry.png"
    assert run("chart", "asymmetry", "-o", png, "--db", ledger_url).exit_code == 0
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    fulfilment = tmp_path / "fulfilment.svg"
    assert run("chart", "fulfilment", "-o", fulfilment, "--db", ledger_url).exit_code == 0
    assert "6,000" in fulfilment.read_text(encoding="utf-8")


def test_chart_errors(run: Run, ledger_url: str, tmp_path: Path) -> None:
    _ledger(run, ledger_url)
    cases = [
        (("chart", "pie", "-o", tmp_path / "x.svg"),
         "error: chart must be one of cumulative, fulfilment, asymmetry, got 'pie'"),
        (("chart", "asymmetry", "-o", tmp_path / "x.pdf"),
         "error: chart file must end in .svg or .png, got 'x.pdf'"),
        (("chart", "cumulative", "--pair", "Russia", "-o", tmp_path / "x.svg"),
         "error: --pair must name two parties as A/B, got 'Russia'"),
        (("chart", "fulfilment", "--agreement", "999", "-o", tmp_path / "x.svg"),
         "error: no agreement with id 999"),
    ]
    for args, line in cases:
        result = run(*args, "--db", ledger_url)
        assert (result.exit_code, result.stderr.strip()) == (1, line)
