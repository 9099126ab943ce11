"""The examples in handover.merkle docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import handover.merkle

MODULES = ["handover.merkle"] + [
    f"handover.merkle.{info.name}" for info in pkgutil.iter_modules(handover.merkle.__path__)
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), verbose=False)
    assert result.failed == 0


def test_entry_points_have_examples() -> None:
    for name in ("handover.merkle", "handover.merkle.store", "handover.merkle.proofs"):
        assert doctest.testmod(importlib.import_module(name)).attempted > 0
