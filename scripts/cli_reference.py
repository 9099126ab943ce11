"""Write docs/cli.md from the live ``--help`` of every command (``--check`` fails on drift).

Run: python scripts/cli_reference.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer
from typer.testing import CliRunner

from handover.cli import app

OUT = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def _commands() -> list[list[str]]:
    found: list[list[str]] = []

    def walk(path: list[str], command: Any) -> None:
        found.append(path)
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk([*path, name], sub)

    walk([], typer.main.get_command(app))
    return found


def reference() -> str:
    """The reference page: every command's help, in the order of the command tree."""
    runner = CliRunner()
    parts = ["# handover command reference\n\n",
             "Generated from `--help` by `scripts/cli_reference.py`; a test fails when it "
             "drifts.\n"]
    for path in _commands():
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"},
                               terminal_width=100)
        title = " ".join(["handover", *path])
        parts.append(f"\n## `{title}`\n\n```\n{result.stdout.rstrip()}\n```\n")
    return "".join(parts)


if __name__ == "__main__":
    text = reference()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit("docs/cli.md is out of date: run python scripts/cli_reference.py")
    else:
        OUT.write_text(text, encoding="utf-8")
