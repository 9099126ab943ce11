"""Reading records the same way in every book: one by id, or every current one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import Table, select

from handover.errors import NotFoundError
from handover.storage import Database

__all__ = ["current_records", "record_by_id"]

T = TypeVar("T")


def record_by_id(db: Database, table: Table, record_id: int, noun: str,
                 convert: Callable[[Mapping[Any, Any]], T]) -> T:
    """One record of ``table``; NotFoundError "no <noun> with id N" when there is none."""
    with db.reading() as connection:
        row = connection.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"no {noun} with id {record_id}")
    return convert(row)


def current_records(db: Database, table: Table,
                    convert: Callable[[Mapping[Any, Any]], T]) -> list[T]:
    """Every record of ``table`` in log order, less those a later record supersedes."""
    with db.reading() as connection:
        rows = connection.execute(select(table).order_by(table.c.id)).mappings().all()
    superseded = {row["supersedes"] for row in rows if row["supersedes"] is not None}
    return [convert(row) for row in rows if row["id"] not in superseded]
