"""Score the extractor against the labelled corpus: precision, recall and F1 on the core of each
claim (count, giver, receiver), and the accuracy of its other fields on matched claims.

Matching is one-to-one per report: a predicted claim matches a gold claim with the same count
and the same two parties (in either order) whose quotes overlap in the document text, so quote
boundaries (sentence or clause) do not matter. A match counts for the core only when giver and
receiver are in the right order; the share of matches that are is the direction accuracy.

Usage (from the repository root)::

    .venv/bin/python benchmarks/score_extraction.py                 # the dev set
    .venv/bin/python benchmarks/score_extraction.py --set heldout   # the held-out set
    .venv/bin/python benchmarks/score_extraction.py --set unseen    # written apart
    .venv/bin/python benchmarks/score_extraction.py --set unseen2   # written apart, never tuned on
    .venv/bin/python benchmarks/score_extraction.py --set unseen3   # written apart, never tuned on
    .venv/bin/python benchmarks/score_extraction.py --set unseen4   # written apart, never tuned on
    .venv/bin/python benchmarks/score_extraction.py --set unseen5   # written apart, never tuned on
    .venv/bin/python benchmarks/score_extraction.py --set unseen6   # written apart, never tuned on
    .venv/bin/python benchmarks/score_extraction.py --set demo      # the demo's example reports
    .venv/bin/python benchmarks/score_extraction.py -v              # misses and false positives

By default each report is read with the ``published`` date of its label (as ``handover
extract --published`` would be given it); ``--no-published`` leaves the date to the document.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from handover.domain.voices import source_for_speaker  # noqa: E402
from handover.extract import extract_claims  # noqa: E402
from handover.ingest import read_report  # noqa: E402

FIELDS = ("category", "kind", "event_date", "speaker", "direction")
# Each set and the labels file that holds it (dev and heldout share one).
LABEL_FILES = {"dev": "labels.jsonl", "heldout": "labels.jsonl", "unseen": "unseen_labels.jsonl",
               "unseen2": "unseen2_labels.jsonl", "unseen3": "unseen3_labels.jsonl",
               "unseen4": "unseen4_labels.jsonl", "unseen5": "unseen5_labels.jsonl",
               "unseen6": "unseen6_labels.jsonl", "unseen7": "unseen7_labels.jsonl",
               "unseen8": "unseen8_labels.jsonl", "unseen9": "unseen9_labels.jsonl",
               "unseen10": "unseen10_labels.jsonl", "unseen11": "unseen11_labels.jsonl",
               "unseen12": "unseen12_labels.jsonl", "unseen13": "unseen13_labels.jsonl",
               "unseen14": "unseen14_labels.jsonl", "unseen15": "unseen15_labels.jsonl",
               "unseen16": "unseen16_labels.jsonl", "unseen17": "unseen17_labels.jsonl",
               "unseen18": "unseen18_labels.jsonl", "unseen19": "unseen19_labels.jsonl",
               "unseen20": "unseen20_labels.jsonl", "unseen21": "unseen21_labels.jsonl",
               "unseen22": "unseen22_labels.jsonl", "unseen23": "unseen23_labels.jsonl",
               "unseen24": "unseen24_labels.jsonl", "unseen25": "unseen25_labels.jsonl",
               "unseen26": "unseen26_labels.jsonl", "unseen27": "unseen27_labels.jsonl",
               "unseen28": "unseen28_labels.jsonl", "unseen29": "unseen29_labels.jsonl"}
_WS = re.compile(r"\s+")


@dataclass
class Tally:
    """Counts for one language (or all): core hits, and field agreements on matches."""

    gold: int = 0
    predicted: int = 0
    core: int = 0
    matched: int = 0
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.core += other.core
        self.matched += other.matched
        for name in FIELDS:
            self.fields[name] += other.fields[name]

    def row(self, label: str) -> str:
        p = self.core / self.predicted if self.predicted else 0.0
        r = self.core / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = [self.fields[n] / self.matched if self.matched else 0.0 for n in FIELDS]
        return (f"{label:8} {self.gold:5} {self.predicted:5} {self.core:5} {p:6.3f} {r:6.3f} "
                f"{f1:6.3f} " + " ".join(f"{a:9.3f}" for a in acc))


def _norm_text(text: str) -> tuple[str, list[int]]:
    """Whitespace collapsed, with a map from each normalised character to the original."""
    out, where = [], []
    previous_space = False
    for index, char in enumerate(text):
        space = char.isspace()
        if space and previous_space:
            continue
        out.append(" " if space else char)
        where.append(index)
        previous_space = space
    return "".join(out), where


def _gold_span(text_norm: str, where: list[int], quote: str, cursor: int) -> tuple[int, int] | None:
    needle = _WS.sub(" ", quote).strip()
    at = text_norm.find(needle, cursor)
    if at < 0:
        at = text_norm.find(needle)
    if at < 0:
        return None
    return where[at], where[at + len(needle) - 1] + 1


def _same_speaker(pred: str | None, gold: str | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    a, b = _WS.sub(" ", pred).strip().casefold(), _WS.sub(" ", gold).strip().casefold()
    if a == b or a in b or b in a:
        return True
    sa, sb = source_for_speaker(pred), source_for_speaker(gold)
    if sa.name == sb.name and (sa.kind.value != "official" or sa.affiliation):
        return True
    stems_a = {w[:5] for w in re.findall(r"\w+", a) if len(w) > 2}
    stems_b = {w[:5] for w in re.findall(r"\w+", b) if len(w) > 2}
    return bool(stems_a and stems_b) and len(stems_a & stems_b) / len(stems_a | stems_b) >= 0.5


def _field_ok(name: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if name == "speaker":
        return _same_speaker(pred["speaker"], gold["speaker"])
    if name == "direction":
        return (pred["giver"], pred["receiver"]) == (gold["giver"], gold["receiver"])
    return bool(pred[name] == gold[name])


def _match(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index): exact direction first, then either order."""
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for ordered in (True, False):
        for gi, gold in enumerate(golds):
            if gi in used_g:
                continue
            for pi, pred in enumerate(preds):
                if pi in used_p or pred["count"] != gold["count"]:
                    continue
                if not _parties_match(pred, gold, ordered) or not _overlap(pred, gold):
                    continue
                pairs.append((pi, gi))
                used_p.add(pi)
                used_g.add(gi)
                break
    return pairs


def _parties_match(pred: dict[str, Any], gold: dict[str, Any], ordered: bool) -> bool:
    p, g = (pred["giver"], pred["receiver"]), (gold["giver"], gold["receiver"])
    return p == g if ordered else sorted(map(str, p)) == sorted(map(str, g))


def _overlap(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    span = gold.get("_span")
    if span is None:  # the quote is not in the extracted text: match on the core alone
        return True
    return bool(pred["start"] < span[1] and span[0] < pred["end"])


def score_report(record: dict[str, Any], corpus: Path, use_published: bool,
                 verbose: bool) -> Tally:
    """Run the extractor on one labelled report and tally the result."""
    published = date.fromisoformat(record["published"]) if (
        use_published and record.get("published")) else None
    doc = read_report(corpus / record["file"], published=published)
    preds = [c.to_json() for c in extract_claims(doc.text, published=doc.published,
                                                 lang=doc.language, publisher=doc.site)]
    text_norm, where = _norm_text(doc.text)
    golds = [dict(g) for g in record["claims"]]
    cursor = 0
    for gold in golds:
        gold["_span"] = _gold_span(text_norm, where, gold["quote"], cursor)
    pairs = _match(preds, golds)
    tally = Tally(gold=len(golds), predicted=len(preds), matched=len(pairs))
    for pi, gi in pairs:
        ok = {n: _field_ok(n, preds[pi], golds[gi]) for n in FIELDS}
        tally.core += ok["direction"]
        for name in FIELDS:
            tally.fields[name] += ok[name]
        if verbose and not all(ok.values()):
            bad = ", ".join(f"{n}: {_show(preds[pi], n)} != {_show(golds[gi], n)}"
                            for n in FIELDS if not ok[n])
            print(f"  {record['file']}: MISFIELD {preds[pi]['count']}: {bad}")
    if verbose:
        _report_unmatched(record["file"], preds, golds, pairs)
    return tally


def _show(claim: dict[str, Any], name: str) -> str:
    if name == "direction":
        return f"{claim['giver']}->{claim['receiver']}"
    return repr(claim[name])


def _report_unmatched(name: str, preds: list[dict[str, Any]], golds: list[dict[str, Any]],
                      pairs: list[tuple[int, int]]) -> None:
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    for gi, gold in enumerate(golds):
        if gi not in matched_g:
            print(f"  {name}: MISS {_brief(gold)}")
    for pi, pred in enumerate(preds):
        if pi not in matched_p:
            print(f"  {name}: FALSE {_brief(pred)}")


DEMO = ROOT / "src" / "handover" / "demo"


def _brief(claim: dict[str, Any]) -> str:
    return (f"{claim['count']} {claim['giver']}->{claim['receiver']} {claim['category']} "
            f"{claim['kind']} | {claim['quote'][:110]!r}")


def main(argv: list[str] | None = None) -> int:
    """Score the chosen set and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*LABEL_FILES, "demo", "all"), default="dev")
    parser.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "corpus")
    parser.add_argument("--no-published", action="store_true",
                        help="do not pass the label's published date; use the document's")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    sets = (*LABEL_FILES, "demo") if args.set == "all" else (args.set,)
    for name in sets:
        if name == "demo":
            _print_set(name, _demo_records(), argparse.Namespace(**{**vars(args),
                                                                   "corpus": DEMO / "reports"}))
            continue
        # Only the chosen set's labels file is read, so a set never depends on the others.
        records = _load_records(args.corpus / LABEL_FILES[name])
        chosen = [r for r in records if r["file"].split("/")[0] == name]
        _print_set(name, chosen, args)
    return 0


def _load_records(path: Path) -> list[dict[str, Any]]:
    """The label lines of one labels file."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def _demo_records() -> list[dict[str, Any]]:
    text = (DEMO / "labels.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def _print_set(name: str, records: list[dict[str, Any]], args: argparse.Namespace) -> None:
    by_lang: dict[str, Tally] = defaultdict(Tally)
    for record in records:
        by_lang[record["lang"]].add(
            score_report(record, args.corpus, not args.no_published, args.verbose))
    total = Tally()
    print(f"\n{name}: {len(records)} reports")
    print(f"{'lang':8} {'gold':>5} {'pred':>5} {'core':>5} {'P':>6} {'R':>6} {'F1':>6} "
          + " ".join(f"{n:>9}" for n in FIELDS))
    for lang in sorted(by_lang):
        print(by_lang[lang].row(lang))
        total.add(by_lang[lang])
    print(total.row("all"))


if __name__ == "__main__":
    sys.exit(main())
