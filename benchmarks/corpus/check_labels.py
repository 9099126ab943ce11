"""Check the hand-written labels of an example corpus against SPEC.md.

The corpus is how the extractor is judged, so its labels must be exactly right: every
report labelled once, every field in SPEC's vocabulary, every quote found word for word in
the text a reader sees, claims in the order they appear.  This script reads only the
labels, the reports and the party registry; it shares no code with the extractor.

Usage (from the repository root)::

    .venv/bin/python benchmarks/corpus/check_labels.py                 # the benchmark corpus
    .venv/bin/python benchmarks/corpus/check_labels.py \\
        src/handover/demo/labels.jsonl --root src/handover/demo/reports  # the demo reports
    .venv/bin/python benchmarks/corpus/check_labels.py --stats          # figures as well

Exit status 0 when every check passes, 1 when any fails (one line per problem on standard
error, naming the file), 2 on wrong usage.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REGISTRY = HERE.parents[1] / "src" / "handover" / "domain" / "registry.json"

LANGS = ("en", "uk", "ru")
REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm")
RECORD_KEYS = {"file", "lang", "published", "claims"}
CLAIM_KEYS = {"giver", "receiver", "category", "count", "qualifier", "kind", "event_date",
              "statement_date", "speaker", "quote", "flags"}
CATEGORIES = {"pow", "civilian", "detainee", "hostage", "bodies", "mixed"}
KINDS = {"completed", "announced", "agreed", "cumulative"}
QUALIFIERS = {"exact", "about", "at_least", "at_most"}
FLAGS = {"direction_conflict", "year_inferred", "count_ambiguous"}
# Parties SPEC names, used when the registry file is not there (the corpus must stay
# checkable on its own); the registry adds the rest.
SPEC_PARTIES = {"Russia", "Ukraine", "Israel", "Hamas", "Belarus", "ICRC", "UAE", "Turkey",
                "Qatar", "USA", "Armenia", "Azerbaijan", "Houthis", "Yemen"}
MIN_WORDS, MAX_WORDS = 80, 600
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WS = re.compile(r"\s+")


class _Visible(HTMLParser):
    """Collects the text a reader sees: no head, scripts, styles or templates."""

    _HIDDEN = {"head", "script", "style", "noscript", "template"}
    _BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
              "td", "th", "section", "article", "header", "footer", "nav", "aside", "main",
              "form", "label", "button", "blockquote", "figcaption", "figure", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    """The text of a report as a reader sees it: the file text, or for HTML the page text."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() not in (".html", ".htm"):
        return raw
    parser = _Visible()
    parser.feed(raw)
    parser.close()
    lines = (_WS.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _searchable(path: Path, text: str) -> str:
    """HTML quotes are compared with whitespace collapsed, as layout is not content."""
    return _WS.sub(" ", text) if path.suffix.lower() in (".html", ".htm") else text


def load_parties() -> set[str]:
    """Canonical party names: SPEC's list plus the built-in registry when present."""
    names = set(SPEC_PARTIES)
    if REGISTRY.exists():
        names.update(p["name"] for p in json.loads(REGISTRY.read_text(encoding="utf-8")))
    return names


def _parse_date(value: Any) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}")
    return date.fromisoformat(value)


def check_claim(claim: Any, published: date | None, parties: set[str]) -> Iterator[str]:
    """Problems with one claim's fields, each as a short reason."""
    if not isinstance(claim, dict):
        yield "claim is not an object"
        return
    if set(claim) != CLAIM_KEYS:
        yield f"claim fields differ from SPEC: {sorted(set(claim) ^ CLAIM_KEYS)}"
        return
    for role in ("giver", "receiver"):
        if claim[role] is not None and claim[role] not in parties:
            yield f"{role} {claim[role]!r} is not a canonical party"
    if claim["giver"] is not None and claim["giver"] == claim["receiver"]:
        yield "giver and receiver are the same party"
    for field, allowed in (("category", CATEGORIES), ("kind", KINDS),
                           ("qualifier", QUALIFIERS)):
        if claim[field] not in allowed:
            yield f"{field} {claim[field]!r} not in {sorted(allowed)}"
    yield from _check_count(claim)
    yield from _check_dates(claim, published)
    yield from _check_text_fields(claim)


def _check_count(claim: dict[str, Any]) -> Iterator[str]:
    count = claim["count"]
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)
                              or count < 0):
        yield f"count {count!r} is not a non-negative integer or null"
    if count is None and claim["qualifier"] != "exact":
        yield "a claim without a count cannot carry a qualifier"
    if count == 0 and claim["kind"] != "completed":
        yield "a claim of none handed over must be of kind completed"


def _check_dates(claim: dict[str, Any], published: date | None) -> Iterator[str]:
    dates: dict[str, date | None] = {}
    for field in ("event_date", "statement_date"):
        try:
            dates[field] = _parse_date(claim[field])
        except ValueError as err:
            yield f"{field}: {err}"
            dates[field] = None
    said = dates["statement_date"]
    if published and said and said > published:
        yield f"statement_date {said} is after the report's date {published}"
    happened = dates["event_date"]
    if (published and happened and happened > published
            and claim["kind"] in ("completed", "cumulative")):
        yield f"a {claim['kind']} handover dated {happened} after the report ({published})"
    if "year_inferred" in (claim["flags"] or []) and not (happened or said):
        yield "year_inferred without any date"


def _check_text_fields(claim: dict[str, Any]) -> Iterator[str]:
    speaker = claim["speaker"]
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        yield "speaker must be a non-empty string or null"
    if not isinstance(claim["quote"], str) or not claim["quote"].strip():
        yield "quote must be a non-empty string"
    flags = claim["flags"]
    if not isinstance(flags, list) or any(f not in FLAGS for f in flags):
        yield f"flags {flags!r} must be a list drawn from {sorted(FLAGS)}"
    elif len(set(flags)) != len(flags):
        yield "a flag is repeated"
    elif "direction_conflict" in flags and not (claim["giver"] and claim["receiver"]):
        yield "direction_conflict needs both giver and receiver"


def check_record(record: Any, root: Path, parties: set[str]) -> Iterator[str]:
    """Problems with one report's label line, each prefixed with the report's path."""
    if not isinstance(record, dict) or set(record) != RECORD_KEYS:
        yield f"record must have exactly the keys {sorted(RECORD_KEYS)}"
        return
    name = record["file"]
    path = root / name
    if not isinstance(name, str) or not path.is_file():
        yield f"{name}: report file not found under {root}"
        return
    if record["lang"] not in LANGS or record["lang"] not in Path(name).parts:
        yield f"{name}: lang {record['lang']!r} does not match the report's folder"
    try:
        published = _parse_date(record["published"])
    except ValueError as err:
        yield f"{name}: published: {err}"
        published = None
    text = _searchable(path, visible_text(path))
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        yield f"{name}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}"
    if not isinstance(record["claims"], list):
        yield f"{name}: claims must be a list"
        return
    yield from _check_claims(name, path, text, record["claims"], published, parties)


def _check_claims(name: str, path: Path, text: str, claims: list[Any],
                  published: date | None, parties: set[str]) -> Iterator[str]:
    cursor = 0
    for number, claim in enumerate(claims, start=1):
        for problem in check_claim(claim, published, parties):
            yield f"{name}: claim {number}: {problem}"
        if not isinstance(claim, dict) or not isinstance(claim.get("quote"), str):
            continue
        quote = _searchable(path, claim["quote"])
        at = text.find(quote, cursor)
        if at >= 0:
            cursor = at
        elif quote in text:
            yield f"{name}: claim {number}: out of order (its quote comes earlier in the text)"
        else:
            yield f"{name}: claim {number}: quote not found in the text: {quote[:60]!r}"


def report_files(root: Path, sets: set[str] | None = None) -> set[str]:
    """Every report under ``root``: files of a report type inside a language folder, only in
    the top-level folders ``sets`` when given (a label file covers its own sets)."""
    found = set()
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if (path.is_file() and path.suffix.lower() in REPORT_SUFFIXES
                and any(part in LANGS for part in parts[:-1])
                and (sets is None or len(parts) < 2 or parts[0] in sets)):
            found.add(path.relative_to(root).as_posix())
    return found


def check_file(labels: Path, root: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """All records of a labels file and every problem found, one line each."""
    parties = load_parties()
    records: list[dict[str, Any]] = []
    problems: list[str] = []
    seen: Counter[str] = Counter()
    for lineno, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{labels}:{lineno}: not JSON: {err}")
            continue
        problems.extend(check_record(record, root, parties))
        if isinstance(record, dict):
            records.append(record)
            seen[str(record.get("file"))] += 1
    problems.extend(f"{name}: labelled {n} times" for name, n in seen.items() if n > 1)
    sets = {name.split("/", 1)[0] for name in seen if "/" in name} or None
    problems.extend(f"{name}: report has no label line"
                    for name in sorted(report_files(root, sets) - set(seen)))
    return records, problems


AGREEMENT_KEYS = {"name", "date", "venue", "parties", "mediators", "terms"}
TERM_KEYS = {"category", "giver", "receiver", "count", "all_for_all", "conditions"}


def check_agreements(path: Path, parties: set[str]) -> Iterator[str]:
    """Problems with an agreements file: a JSON list in the shape of the demo's agreements."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        yield f"{path}: must be a JSON list of agreements"
        return
    for number, agreement in enumerate(data, start=1):
        where = f"{path}: agreement {number}"
        if not isinstance(agreement, dict) or set(agreement) != AGREEMENT_KEYS:
            yield f"{where}: must have exactly the keys {sorted(AGREEMENT_KEYS)}"
            continue
        try:
            _parse_date(agreement["date"])
        except ValueError as err:
            yield f"{where}: date: {err}"
        names = [*agreement["parties"], *agreement["mediators"]]
        yield from (f"{where}: {name!r} is not a canonical party"
                    for name in names if name not in parties)
        for index, term in enumerate(agreement["terms"], start=1):
            yield from (f"{where}: term {index}: {problem}" for problem in _check_term(term))


def _check_term(term: Any) -> Iterator[str]:
    if not isinstance(term, dict) or set(term) != TERM_KEYS:
        yield f"must have exactly the keys {sorted(TERM_KEYS)}"
        return
    if term["category"] not in CATEGORIES:
        yield f"category {term['category']!r} not in {sorted(CATEGORIES)}"
    if term["all_for_all"] is not (term["count"] is None):
        yield "a term is either all for all (count null) or has a count"
    if term["giver"] == term["receiver"]:
        yield "giver and receiver are the same party"


def stats(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts of reports and claims per language, kind, category, qualifier and flag."""
    out: dict[str, Any] = {"reports": Counter(), "claims": Counter(), "empty_reports": Counter(),
                           "formats": Counter(), "kind": Counter(), "category": Counter(),
                           "qualifier": Counter(), "flags": Counter(), "count_null": 0,
                           "count_zero": 0, "giver_null": 0, "event_date_null": 0,
                           "statement_date_set": 0}
    for record in records:
        lang = record["lang"]
        out["reports"][lang] += 1
        out["formats"][Path(record["file"]).suffix] += 1
        out["claims"][lang] += len(record["claims"])
        out["empty_reports"][lang] += not record["claims"]
        for claim in record["claims"]:
            for field in ("kind", "category", "qualifier"):
                out[field][claim[field]] += 1
            out["flags"].update(claim["flags"])
            out["count_null"] += claim["count"] is None
            out["count_zero"] += claim["count"] == 0
            out["giver_null"] += claim["giver"] is None
            out["event_date_null"] += claim["event_date"] is None
            out["statement_date_set"] += claim["statement_date"] is not None
    return {k: dict(v) if isinstance(v, Counter) else v for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    """Run the checks; print problems to standard error and, on request, the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", nargs="?", type=Path, default=HERE / "labels.jsonl")
    parser.add_argument("--root", type=Path, default=None,
                        help="folder the labels' file paths are relative to "
                             "(default: the labels file's folder)")
    parser.add_argument("--stats", action="store_true", help="print figures as JSON")
    parser.add_argument("--agreements", type=Path, default=None,
                        help="also check an agreements file (JSON list)")
    args = parser.parse_args(argv)
    if not args.labels.is_file():
        parser.error(f"{args.labels}: no such labels file")
    root = args.root or args.labels.parent
    records, problems = check_file(args.labels, root)
    if args.agreements:
        problems.extend(check_agreements(args.agreements, load_parties()))
    for problem in problems:
        sys.stderr.write(problem + "\n")
    if args.stats:
        sys.stdout.write(json.dumps(stats(records), indent=1, ensure_ascii=False) + "\n")
    claims = sum(len(r["claims"]) for r in records if isinstance(r.get("claims"), list))
    sys.stderr.write(f"{len(records)} reports, {claims} claims, {len(problems)} problems\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
