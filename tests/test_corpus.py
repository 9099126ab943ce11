"""The labelled corpora stay well-formed: every quote in its report, every value in SPEC."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHECKER = REPO / "benchmarks" / "corpus" / "check_labels.py"


@pytest.mark.parametrize(("labels", "extra"), [
    ("benchmarks/corpus/labels.jsonl", []),
    ("benchmarks/corpus/unseen_labels.jsonl", []),
    ("benchmarks/corpus/unseen2_labels.jsonl", []),
    ("benchmarks/corpus/unseen3_labels.jsonl", []),
    ("benchmarks/corpus/unseen4_labels.jsonl", []),
    ("benchmarks/corpus/unseen5_labels.jsonl", []),
    ("benchmarks/corpus/unseen6_labels.jsonl", []),
    ("benchmarks/corpus/unseen7_labels.jsonl", []),
    ("benchmarks/corpus/unseen8_labels.jsonl", []),
    ("benchmarks/corpus/unseen9_labels.jsonl", []),
    ("benchmarks/corpus/unseen10_labels.jsonl", []),
    ("benchmarks/corpus/unseen11_labels.jsonl", []),
    ("benchmarks/corpus/unseen12_labels.jsonl", []),
    ("benchmarks/corpus/unseen13_labels.jsonl", []),
    ("benchmarks/corpus/unseen14_labels.jsonl", []),
    ("benchmarks/corpus/unseen15_labels.jsonl", []),
    ("benchmarks/corpus/unseen16_labels.jsonl", []),
    ("benchmarks/corpus/unseen17_labels.jsonl", []),
    ("benchmarks/corpus/unseen18_labels.jsonl", []),
    ("benchmarks/corpus/unseen19_labels.jsonl", []),
    ("benchmarks/corpus/unseen20_labels.jsonl", []),
    ("benchmarks/corpus/unseen21_labels.jsonl", []),
    ("benchmarks/corpus/unseen22_labels.jsonl", []),
    ("benchmarks/corpus/unseen23_labels.jsonl", []),
    ("benchmarks/corpus/unseen24_labels.jsonl", []),
    ("benchmarks/corpus/unseen25_labels.jsonl", []),
    ("benchmarks/corpus/unseen26_labels.jsonl", []),
    ("benchmarks/corpus/unseen27_labels.jsonl", []),
    ("benchmarks/corpus/unseen28_labels.jsonl", []),
    ("benchmarks/corpus/unseen29_labels.jsonl", []),
    ("src/handover/demo/labels.jsonl",
     ["--root", "src/handover/demo/reports", "--agreements", "src/handover/demo/agreements.json"]),
])
def test_labels_check_clean(labels: str, extra: list[str]) -> None:
    result = subprocess.run([sys.executable, str(CHECKER), labels, *extra], cwd=REPO,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (result.stdout + result.stderr).strip().endswith(", 0 problems")
