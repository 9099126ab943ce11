"""Every command explains itself: help text with a worked example, and the README stays true."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from handover.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"


def _commands() -> list[tuple[str, Any]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, Any]] = []

    def walk(prefix: str, command: Any) -> None:
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, command))

    walk("", root)
    return found


@pytest.mark.parametrize(("name", "command"), _commands(), ids=[n for n, _ in _commands()])
def test_every_command_has_help_with_an_example(name: str, command: Any) -> None:
    text = command.help or ""
    assert text.strip(), f"`handover {name}` has no help"
    assert "Example: handover " in text, f"`handover {name}` help has no worked example"


def test_every_listing_offers_json() -> None:
    for name, command in _commands():
        if name.endswith(("list", "history")) or name in ("events", "balance"):
            options = {opt for param in command.params for opt in getattr(param, "opts", [])}
            assert "--format" in options, f"`handover {name}` has no --format"


def test_readme_starts_with_the_two_setup_commands() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = text.split("```")
    first_block = blocks[1].strip().splitlines()
    commands = [line for line in first_block[1:] if line.strip()]
    assert len(commands) == 2, commands
    assert commands[0].endswith("handover demo")
    assert commands[1] == "scripts/test"
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == "scripts/test"


def test_cli_reference_is_current() -> None:
    import importlib.util

    script = README.parent / "scripts" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("cli_reference", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (README.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == module.reference(), "run: python scripts/cli_reference.py"
