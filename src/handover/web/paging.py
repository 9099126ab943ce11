"""Long lists are shown a page at a time, on pages and in the API alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

__all__ = ["PER_PAGE", "Paged", "paged"]

T = TypeVar("T")
PER_PAGE = 50


@dataclass(frozen=True)
class Paged(Generic[T]):
    """One page of a list: its items, its number (from 1), how many pages and items in all."""

    items: Sequence[T]
    page: int
    pages: int
    total: int

    def meta(self) -> dict[str, int]:
        """The paging fields of a JSON answer."""
        return {"page": self.page, "pages": self.pages, "total": self.total}

    def link(self, page: int, query: dict[str, Any]) -> str:
        """The query string of another page of this list, keeping the filters."""
        kept = {k: v for k, v in query.items() if v not in (None, "") and k != "page"}
        return "?" + urlencode({**kept, "page": page})


def paged(items: Sequence[T], page: int, per_page: int = PER_PAGE) -> Paged[T]:
    """Page ``page`` (from 1) of ``items``; a page past the end is empty, never an error."""
    pages = max(1, -(-len(items) // per_page))
    page = max(1, page)
    start = (page - 1) * per_page
    return Paged(items[start:start + per_page], page, pages, len(items))
