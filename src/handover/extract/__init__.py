"""Extracting exchange claims from report text.

>>> from handover.extract import extract_claims
>>> [c.count for c in extract_claims("Russia returned 27 bodies to Ukraine on 2 May 2025.")]
[27]

Importing this package is cheap: the extractor, and through it pymorphy3, number-parser and
the lexicons, load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from handover.extract.claims import extract_claims

__all__ = ["extract_claims"]


def __getattr__(name: str) -> Any:
    if name == "extract_claims":
        from handover.extract.claims import extract_claims

        return extract_claims
    raise AttributeError(f"module 'handover.extract' has no attribute {name!r}")
