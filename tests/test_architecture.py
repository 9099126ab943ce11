"""The core is a library: it imports no CLI or web framework, and its layers point one way."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "handover"
SHELLS = {"cli", "web"}
FRAMEWORKS = ("typer", "rich", "fastapi", "jinja2", "starlette", "uvicorn", "click")
CORE = sorted(p.name for p in PACKAGE.iterdir()
              if p.is_dir() and (p / "__init__.py").exists() and p.name not in SHELLS)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("package", CORE)
def test_core_package_source_names_no_framework(package: str) -> None:
    for path in (PACKAGE / package).rglob("*.py"):
        bad = {name for name in _imports(path) if name.split(".")[0] in FRAMEWORKS}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_importing_the_core_loads_no_framework() -> None:
    code = (
        "import sys\n"
        + "".join(f"import handover.{name}\n" for name in CORE)
        + f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FRAMEWORKS!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_domain_imports_without_sqlalchemy() -> None:
    code = ("import sys, handover.domain\n"
            "print([m for m in sys.modules if m.startswith('sqlalchemy')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_extract_command_loads_no_database_layer(tmp_path: Path) -> None:
    """`handover extract` touches no database, so it need not pay for loading one."""
    report = tmp_path / "wire.txt"
    report.write_text("Russia handed over 1,200 bodies to Ukraine on 13 June 2025.\n")
    code = ("import sys\n"
            "from typer.testing import CliRunner\n"
            "from handover.cli import app\n"
            f"result = CliRunner().invoke(app, ['extract', {str(report)!r}, '--format', 'json'])\n"
            "assert result.exit_code == 0 and '1200' in result.stdout, result.output\n"
            "print([m for m in sys.modules if m.startswith(('sqlalchemy', 'handover.ledger'))])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("pure", ["domain", "merkle", "extract", "reconcile"])
def test_pure_packages_touch_no_storage(pure: str) -> None:
    if not (PACKAGE / pure).exists():
        pytest.fail(f"package handover.{pure} is missing")
    for path in (PACKAGE / pure).rglob("*.py"):
        bad = {n for n in _imports(path) if n.startswith(("sqlalchemy", "handover.storage",
                                                          "handover.ledger"))}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"
