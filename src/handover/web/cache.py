"""Derived views cached per ledger state.

Pages such as the dashboard summarise the whole ledger. Recomputing them for every request
would cost a full read of the claims; instead each view is built once per state of the
ledger and reused until the state changes. The state is the size of the Merkle log: every
write appends to it, so a larger size means new data, whichever process wrote it.

The log is probed once per request handler (the result is kept in a context variable, which
each request's handler gets a fresh copy of), not once per view. Whole pages, as an anonymous
reader sees them, are kept too, the most recently used ones only.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["ViewCache"]

T = TypeVar("T")
_PROBED: ContextVar[tuple[int, int] | None] = ContextVar("handover_probed", default=None)
PAGES_KEPT = 2000


class ViewCache:
    """Values built once per ledger state; concurrent requests for one view build it once."""

    def __init__(self, probe: Callable[[], int], pages_kept: int = PAGES_KEPT) -> None:
        self._probe = probe
        self._state = -1
        self._values: dict[str, Any] = {}
        self._pages: OrderedDict[str, Any] = OrderedDict()
        self._pages_kept = pages_kept
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    @property
    def state(self) -> int:
        """The ledger state the cached views belong to (-1 before the first request)."""
        return self._state

    def current(self) -> int:
        """The ledger's state now: probed once per request handler."""
        probed = _PROBED.get()
        if probed is not None and probed[0] == id(self):
            return probed[1]
        size = self._probe()
        _PROBED.set((id(self), size))
        return size

    def refresh(self) -> None:
        """After a write in this handler: the next view probes the log again."""
        _PROBED.set(None)

    def get(self, name: str, build: Callable[[], T]) -> T:
        """The view ``name`` for the current ledger state, built by ``build`` if missing."""
        state = self.current()
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
            # Views live until the ledger changes: keep the collector from rescanning them
            # on every full collection (a pause of hundreds of ms with 100,000 claims).
            gc.freeze()
            return value

    def page(self, key: str, build: Callable[[], T]) -> T:
        """A whole rendered page for the current state, the most recently used kept."""
        state = self.current()
        with self._guard:
            self._move_to(state)
            if state == self._state and key in self._pages:
                self._pages.move_to_end(key)
                return self._pages[key]  # type: ignore[no-any-return]
        value = build()
        with self._guard:
            if state == self._state:
                self._pages[key] = value
                while len(self._pages) > self._pages_kept:
                    self._pages.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every view (the next request rebuilds)."""
        with self._guard:
            self._values.clear()
            self._pages.clear()
            self._state = -1
        self.refresh()

    def _advance(self, name: str, state: int) -> threading.Lock:
        with self._guard:
            self._move_to(state)
            return self._locks.setdefault(name, threading.Lock())

    def _move_to(self, state: int) -> None:
        """Forget everything when the ledger has grown (called holding the guard)."""
        if state > self._state:
            self._values.clear()
            self._pages.clear()
            self._state = state
