"""Speed of reading and extraction: reports per second on one core, import and start-up costs.

Reports of about 600 words are made by joining the development corpus's reports (whole
paragraphs, so every kind of sentence is there) and written to a temporary folder as .txt,
.md and .html files; each timed round reads every file with ``read_report`` and extracts its
claims, after one warm-up round that loads pymorphy3, number-parser and trafilatura.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_extract.py [--seconds 9] [--runs 5] [--profile]
"""

from __future__ import annotations

import argparse
import html
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus" / "dev"
LAZY = ("trafilatura", "dateparser", "number_parser", "pymorphy3")
TARGET_WORDS = 600


def _fresh(code: str) -> float:
    """Wall time of a fresh interpreter running ``code`` (best of three)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


def import_costs() -> None:
    """Import time of the packages, and proof that heavy libraries stay unloaded."""
    bare = _fresh("pass")
    for module in ("handover.extract", "handover.ingest"):
        took = _fresh(f"import {module}") - bare
        check = (f"import sys, {module}; "
                 f"print(','.join(m for m in {LAZY!r} if m in sys.modules))")
        loaded = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                                check=True, cwd=ROOT).stdout.strip()
        print(f"import {module:18} {took * 1000:7.1f} ms  heavy modules loaded: "
              f"{loaded or 'none'}")


def cold_start(path: Path) -> None:
    """One report read and extracted by a fresh interpreter, as ``handover extract`` would."""
    code = ("from pathlib import Path; from handover.ingest import read_report; "
            "from handover.extract import extract_claims; "
            f"d = read_report(Path({str(path)!r})); "
            "extract_claims(d.text, published=d.published, lang=d.language)")
    print(f"cold read+extract of one {path.suffix} report: {_fresh(code):.2f} s wall")


def pymorphy_cost() -> None:
    code = ("import time; t = time.perf_counter(); from handover.extract.morph import analyzer; "
            "analyzer('uk'); a = time.perf_counter(); analyzer('ru'); b = time.perf_counter(); "
            "print(f'{(a - t) * 1000:.0f} {(b - a) * 1000:.0f}')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    print(f"pymorphy3 load: uk {out[0]} ms, ru {out[1]} ms (once per process, on first use)")


def make_reports(folder: Path) -> list[Path]:
    """~600-word reports per language and format, joined from the corpus's paragraphs."""
    paths: list[Path] = []
    for lang_dir in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        texts = [p.read_text("utf-8") for p in sorted(lang_dir.glob("*.txt"))]
        paragraphs = [para for text in texts for para in text.split("\n\n") if para.strip()]
        report: list[str] = []
        count = 0
        for para in paragraphs:
            report.append(para)
            if sum(len(p.split()) for p in report) >= TARGET_WORDS:
                paths.extend(_write(folder, lang_dir.name, count, report))
                report, count = [], count + 1
    return paths


def _write(folder: Path, lang: str, index: int, paragraphs: list[str]) -> list[Path]:
    text = "\n\n".join(paragraphs)
    page = ("<html><head><title>Report</title></head><body><article>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            + "</article></body></html>")
    out = []
    for suffix, body in ((".txt", text), (".md", text), (".html", page)):
        path = folder / f"{lang}_{index:02}{suffix}"
        path.write_text(body, encoding="utf-8")
        out.append(path)
    return out


def throughput(paths: list[Path], seconds: float, runs: int) -> None:
    """Reports per second, read and extracted in this process after a warm-up round: each
    format measured ``runs`` times over, and the median printed (the machine is shared)."""
    from handover.extract import extract_claims
    from handover.ingest import read_report

    def one_round(chosen: list[Path]) -> int:
        claims = 0
        for path in chosen:
            doc = read_report(path)
            claims += len(extract_claims(doc.text, published=doc.published, lang=doc.language))
        return claims

    one_round(paths)  # warm-up: lazy imports and dictionaries load here
    for label, chosen in (("all formats", paths),
                          ("plain text", [p for p in paths if p.suffix != ".html"]),
                          ("HTML", [p for p in paths if p.suffix == ".html"])):
        rates = []
        for _ in range(runs):
            done, start = 0, time.perf_counter()
            while time.perf_counter() - start < seconds / 3 / runs:
                one_round(chosen)
                done += len(chosen)
            rates.append(done / (time.perf_counter() - start))
        shown = " ".join(f"{r:.0f}" for r in rates)
        print(f"{label:12} {statistics.median(rates):7.1f} reports/s on one core "
              f"(median of {runs} runs: {shown})")


def profile(paths: list[Path]) -> None:
    """Where extraction spends its time: cProfile over two rounds, by own time."""
    import cProfile
    import pstats

    from handover.extract import extract_claims
    from handover.ingest import read_report

    docs = [read_report(p) for p in paths]
    for doc in docs:
        extract_claims(doc.text, published=doc.published, lang=doc.language)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(2):
        for doc in docs:
            extract_claims(doc.text, published=doc.published, lang=doc.language)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def command_costs(path: Path) -> None:
    """Wall time of the command line as a user runs it: --help, and extract of one report."""
    handover = str(Path(sys.executable).with_name("handover"))
    if not Path(handover).exists():
        return
    for args in (["--help"], ["extract", str(path), "--format", "jsonl"]):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([handover, *args], check=True, cwd=ROOT, capture_output=True)
            best = min(best, time.perf_counter() - start)
        print(f"handover {' '.join(args[:1]):8} {best:.2f} s wall (best of three)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=9.0)
    parser.add_argument("--runs", type=int, default=5, help="runs per format; the median shows")
    parser.add_argument("--profile", action="store_true", help="cProfile of extraction")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    import_costs()
    pymorphy_cost()
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_reports(Path(tmp))
        words = sum(len(p.read_text("utf-8").split()) for p in paths if p.suffix == ".txt")
        print(f"{len(paths)} reports, {words / max(1, len(paths) // 3):.0f} words each on average")
        for suffix in (".txt", ".html"):
            cold_start(next(p for p in paths if p.suffix == suffix))
        command_costs(next(p for p in paths if p.suffix == ".html"))
        throughput(paths, args.seconds, max(1, args.runs))
        if args.profile:
            profile([p for p in paths if p.suffix == ".txt"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
