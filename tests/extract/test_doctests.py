"""The examples in the docstrings of extraction and ingestion run and hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import handover.extract
import handover.extract.patterns
import handover.ingest

MODULES = [f"{package.__name__}.{info.name}"
           for package in (handover.extract, handover.extract.patterns, handover.ingest)
           for info in pkgutil.iter_modules(package.__path__) if not info.ispkg]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), verbose=False)
    assert result.failed == 0
