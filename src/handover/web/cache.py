"""Derived views cached per ledger state.

Pages such as the dashboard summarise the whole ledger. Recomputing them for every request
would cost a full read of the claims; instead each view is built once per state of the
ledger and reused until the state changes. The state is the size of the Merkle log: every
write appends to it, so a larger size means new data, whichever process wrote it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["ViewCache"]

T = TypeVar("T")


class ViewCache:
    """Values built once per ledger state; concurrent requests for one view build it once."""

    def __init__(self, probe: Callable[[], int]) -> None:
        self._probe = probe
        self._state = -1
        self._values: dict[str, Any] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    @property
    def state(self) -> int:
        """The ledger state the cached views belong to (-1 before the first request)."""
        return self._state

    def get(self, name: str, build: Callable[[], T]) -> T:
        """The view ``name`` for the current ledger state, built by ``build`` if missing."""
        state = self._probe()
        lock = self._advance(name, state)
        with lock:
            with self._guard:
                if state == self._state and name in self._values:
                    return self._values[name]  # type: ignore[no-any-return]
            value = build()
            with self._guard:
                # A request that probed before a newer write must not store a stale view.
                if state == self._state:
                    self._values[name] = value
            return value

    def clear(self) -> None:
        """Forget every view (the next request rebuilds)."""
        with self._guard:
            self._values.clear()
            self._state = -1

    def _advance(self, name: str, state: int) -> threading.Lock:
        with self._guard:
            if state > self._state:
                self._values.clear()
                self._state = state
            return self._locks.setdefault(name, threading.Lock())
