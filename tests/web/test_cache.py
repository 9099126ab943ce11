"""Views are built once per ledger state and rebuilt when the log grows."""

from __future__ import annotations

import threading
import time

from handover.web.cache import ViewCache


class _Log:
    def __init__(self) -> None:
        self.size = 10

    def probe(self) -> int:
        return self.size


def test_a_view_is_built_once_per_state() -> None:
    log, builds = _Log(), []
    cache = ViewCache(log.probe)
    for _ in range(3):
        assert cache.get("v", lambda: builds.append(1) or len(builds)) == 1
    log.size = 11
    assert cache.get("v", lambda: builds.append(1) or len(builds)) == 2
    assert cache.state == 11


def test_views_are_independent_and_cleared_together() -> None:
    log = _Log()
    cache = ViewCache(log.probe)
    assert cache.get("a", lambda: "a1") == "a1"
    assert cache.get("b", lambda: "b1") == "b1"
    assert cache.get("a", lambda: "a2") == "a1"
    cache.clear()
    assert cache.get("a", lambda: "a3") == "a3"


def test_concurrent_requests_build_a_view_once() -> None:
    cache, builds = ViewCache(_Log().probe), []

    def build() -> str:
        builds.append(1)
        time.sleep(0.05)
        return "view"

    threads = [threading.Thread(target=cache.get, args=("v", build)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1


def test_a_stale_request_does_not_store_its_view() -> None:
    sizes = iter([5, 7, 5, 7])
    cache = ViewCache(lambda: next(sizes))
    assert cache.get("v", lambda: "new") == "new"   # state 5
    assert cache.get("v", lambda: "newer") == "newer"  # state 7
    assert cache.get("v", lambda: "stale") == "stale"  # probed 5: built, not stored
    assert cache.get("v", lambda: "again") == "newer"  # state 7 still cached
