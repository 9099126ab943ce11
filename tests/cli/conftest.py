"""Running the ``handover`` command in-process, as a person would type it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from handover.cli import app

Run = Callable[..., Result]


@pytest.fixture
def run() -> Run:
    """Invoke the CLI with arguments; stdout and stderr are kept apart."""
    runner = CliRunner()

    def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def ledger_url(run: Run, db_url: str) -> str:
    """A new, initialised ledger on each backend."""
    result = run("init", "--db", db_url)
    assert result.exit_code == 0, result.stderr
    return db_url
