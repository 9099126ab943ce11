"""Options shared by every command, defined once."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, TypeVar

import typer

from handover.errors import InputError

__all__ = ["DbOpt", "FormatOpt", "OutputFormat", "choice"]

E = TypeVar("E", bound=StrEnum)


class OutputFormat(StrEnum):
    """How a listing is printed."""

    TABLE = "table"
    JSON = "json"


DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="HANDOVER_DB",
        help="SQLite file or SQLAlchemy URL (postgresql+psycopg://...). Default: handover.db.",
        show_default=False,
    ),
]

FormatOpt = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="table for people, json for programs."),
]


def choice(enum: type[E], value: str | None, what: str) -> E:
    """``value`` as a member of ``enum``, or an InputError listing the choices."""
    try:
        return enum(value or "")
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise InputError(f"{what} must be one of {choices}, got {value!r}") from None
