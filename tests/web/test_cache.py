"""Views are built once per ledger state and rebuilt when the log grows."""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from handover.web.cache import ViewCache

T = TypeVar("T")


class _Log:
    def __init__(self) -> None:
        self.size = 10
        self.probes = 0

    def probe(self) -> int:
        self.probes += 1
        return self.size


def _request(cache: ViewCache, name: str, build: Callable[[], T]) -> T:
    """One request handler: its own copy of the context, as each request gets."""
    method = cache.page if name.startswith("/") else cache.get
    return contextvars.copy_context().run(method, name, build)


def test_a_view_is_built_once_per_state() -> None:
    log, builds = _Log(), []
    cache = ViewCache(log.probe)
    for _ in range(3):
        assert _request(cache, "v", lambda: builds.append(1) or len(builds)) == 1
    log.size = 11
    assert _request(cache, "v", lambda: builds.append(1) or len(builds)) == 2
    assert cache.state == 11


def test_the_log_is_probed_once_per_handler() -> None:
    log = _Log()
    cache = ViewCache(log.probe)

    def handler() -> list[str]:
        views = [cache.get(name, lambda n=name: n) for name in ("a", "b", "c")]
        cache.refresh()  # as after a write: the next view probes again
        views.append(cache.get("d", lambda: "d"))
        return views

    assert contextvars.copy_context().run(handler) == ["a", "b", "c", "d"]
    assert log.probes == 2


def test_views_are_independent_and_cleared_together() -> None:
    cache = ViewCache(_Log().probe)
    assert _request(cache, "a", lambda: "a1") == "a1"
    assert _request(cache, "b", lambda: "b1") == "b1"
    assert _request(cache, "a", lambda: "a2") == "a1"
    cache.clear()
    assert _request(cache, "a", lambda: "a3") == "a3"


def test_concurrent_requests_build_a_view_once() -> None:
    cache, builds = ViewCache(_Log().probe), []

    def build() -> str:
        builds.append(1)
        time.sleep(0.05)
        return "view"

    threads = [threading.Thread(target=_request, args=(cache, "v", build)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1


def test_a_stale_request_does_not_store_its_view() -> None:
    sizes = iter([5, 7, 5, 7])
    cache = ViewCache(lambda: next(sizes))
    assert _request(cache, "v", lambda: "new") == "new"  # state 5
    assert _request(cache, "v", lambda: "newer") == "newer"  # state 7
    assert _request(cache, "v", lambda: "stale") == "stale"  # probed 5: built, not stored
    assert _request(cache, "v", lambda: "again") == "newer"  # state 7 still cached


def test_pages_are_kept_most_recently_used_first() -> None:
    log = _Log()
    cache = ViewCache(log.probe, pages_kept=2)
    assert _request(cache, "/a", lambda: "A") == "A"
    assert _request(cache, "/b", lambda: "B") == "B"
    assert _request(cache, "/a", lambda: "A2") == "A"  # used again: now the most recent
    assert _request(cache, "/c", lambda: "C") == "C"  # pushes out /b
    assert _request(cache, "/b", lambda: "B2") == "B2"
    assert _request(cache, "/a", lambda: "A3") == "A3"  # /c and /b were used since
    log.size += 1
    assert _request(cache, "/b", lambda: "B3") == "B3"  # a write makes every page new
