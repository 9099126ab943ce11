"""Opening the ledger a command works on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handover.ledger import Ledger

__all__ = ["opened"]


@contextmanager
def opened(db: str | None) -> Iterator[Ledger]:
    """The ledger at ``--db`` (or ``$HANDOVER_DB``, or ``handover.db``), closed afterwards."""
    from handover.ledger import Ledger

    ledger = Ledger.open(db)
    try:
        yield ledger
    finally:
        ledger.close()
