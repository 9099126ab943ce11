"""Where a ledger's private log key lives: outside the database, readable by its owner only.

``$HANDOVER_KEY`` names the file outright. Otherwise an SQLite ledger keeps its key beside the
database file (``handover.db.key``), and a server ledger under ``$HANDOVER_KEY_DIR`` (default
``~/.config/handover/keys``) in a file named after the log's origin.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from handover.storage import sqlite_path

__all__ = ["key_path"]


def key_path(url: str, origin: str) -> Path:
    """The private key file of the ledger at ``url`` with log origin ``origin``."""
    explicit = os.environ.get("HANDOVER_KEY")
    if explicit:
        return Path(explicit).expanduser()
    database_file = sqlite_path(url)
    if database_file is not None:
        return Path(f"{database_file}.key")
    folder = Path(os.environ.get("HANDOVER_KEY_DIR") or "~/.config/handover/keys").expanduser()
    return folder / (re.sub(r"[^A-Za-z0-9._-]+", "_", origin) + ".key")
