"""The web app under load: dashboard and event pages with 20 concurrent clients on loopback.

Builds (or reuses) a ledger of about 100,000 claims describing 10,000 handovers, written
through the library's write path in bulk (reports, voices, claims, reviews and agreements,
each a leaf of the Merkle log), starts ``handover serve`` on a free port, warms it, then
drives it with a small threaded load generator (httpx, one keep-alive connection per client)
and prints p50/p95/p99 latency per page. Target: p95 <= 100 ms.

Run: .venv/bin/python benchmarks/bench_web.py [--db /tmp/bench-web.db] [--clients 20]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SyntheticLedger, generate  # noqa: E402

from handover.domain import Report, ReviewState  # noqa: E402
from handover.ledger import Ledger  # noqa: E402
from handover.ledger.claims import insert_claim  # noqa: E402
from handover.ledger.reports import insert_report  # noqa: E402
from handover.ledger.sources import record_source  # noqa: E402
from handover.reconcile import ClaimView  # noqa: E402
from handover.storage import WriteSession  # noqa: E402
from handover.storage.tables import reviews  # noqa: E402

TOKEN = "bench-token"
BATCH = 500  # reports per write transaction (one signed checkpoint each)


def _sentence(view: ClaimView) -> str:
    claim = view.claim
    return (f"{claim.giver} handed over {claim.count} {claim.category.value} to "
            f"{claim.receiver}, {view.source.name} said.")


def _write_report(session: WriteSession, number: int, views: list[ClaimView],
                  ids: dict[int, int], voices: dict[str, int]) -> None:
    """One report whose text holds each claim's sentence, and its claims at their offsets."""
    sentences, offsets, cursor = [], [], 0
    for view in views:
        sentence = _sentence(view)
        sentences.append(sentence)
        offsets.append((cursor, cursor + len(sentence)))
        cursor += len(sentence) + 1
    text = " ".join(sentences)
    digest = hashlib.sha256(f"{number}:{text}".encode()).hexdigest()
    report_id = insert_report(session, Report(digest, text, title=f"Synthetic report {number}",
                                              published=views[0].published),
                              media_type="text/plain")
    for view, (start, end) in zip(views, offsets, strict=True):
        claim = replace(view.claim, quote=text[start:end], start=start, end=end)
        if view.source.name not in voices:
            voices[view.source.name] = record_source(session, view.source)
        supersedes = ids.get(view.record.supersedes) if view.record.supersedes else None
        ids[view.id] = insert_claim(session, claim, report_id=report_id,
                                    source_id=voices[view.source.name], supersedes=supersedes)
        if view.record.review is ReviewState.REJECTED:
            session.insert(reviews, {"claim_id": ids[view.id], "state": "rejected",
                                     "reviewer": "bench", "note": "synthetic"})


def build(path: Path, handovers: int, claims: int) -> None:
    """Write a synthetic ledger through the library, in batches of reports."""
    started = time.perf_counter()
    synthetic: SyntheticLedger = generate(handovers=handovers, claims=claims)
    by_report: dict[int, list[ClaimView]] = defaultdict(list)
    for view in synthetic.claims:
        by_report[view.record.report_id or 0].append(view)
    ledger = Ledger.create(path)
    for agreement in synthetic.agreements:
        ledger.agreements.add(replace(agreement, id=None))
    ids: dict[int, int] = {}
    voices: dict[str, int] = {}
    numbers = sorted(by_report)
    for first in range(0, len(numbers), BATCH):
        with ledger.write() as session:
            for number in numbers[first:first + BATCH]:
                _write_report(session, number, by_report[number], ids, voices)
    events = len(ledger.events.all())
    ledger.close()
    print(f"built {path}: {len(synthetic.claims):,} claims, {len(numbers):,} reports, "
          f"{events:,} events in {time.perf_counter() - started:.0f}s", flush=True)


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """``handover serve`` on loopback; waits until it answers (its output goes to ``log``)."""
    env = {**os.environ, "HANDOVER_TOKEN": TOKEN}
    with log.open("wb") as out:
        server = subprocess.Popen([sys.executable, "-m", "handover", "serve", "--port",
                                   str(port), "--db", str(db)], stdout=out, stderr=out, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/log", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit(f"server did not start:\n{log.read_text(errors='replace')}")


def _client(base: str, paths: list[tuple[str, str]], results: list[tuple[str, float]],
            failures: list[str], reviewer: bool) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        if reviewer:  # logged in: pages carry forms and a CSRF token, so none is shared
            client.post("/login", data={"token": TOKEN, "next": "/"})
        for kind, path in paths:
            started = time.perf_counter()
            response = client.get(path)
            elapsed = time.perf_counter() - started
            if response.status_code != 200:
                failures.append(f"{path}: {response.status_code}")
            results.append((kind, elapsed))


def _run(base: str, plans: list[list[tuple[str, str]]], *, reviewer: bool
         ) -> tuple[list[tuple[str, float]], list[str], float]:
    """One thread per plan, all at once; the timings, the failures and the wall time."""
    results: list[tuple[str, float]] = []
    failures: list[str] = []
    threads = [threading.Thread(target=_client, args=(base, plan, results, failures, reviewer))
               for plan in plans]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, failures, time.perf_counter() - started


def drive(base: str, event_ids: list[str], clients: int, requests: int, *,
          reviewer: bool = False, seed: int = 3, dashboards: float = 0.5
          ) -> tuple[list[tuple[str, float]], list[str], float]:
    """``clients`` threads, each asking ``requests`` pages: dashboards and event pages."""
    rnd = random.Random(seed)
    plans = [[("dashboard", "/") if rnd.random() < dashboards
              else ("event", f"/events/{rnd.choice(event_ids)}") for _ in range(requests)]
             for _ in range(clients)]
    return _run(base, plans, reviewer=reviewer)


def _percentiles(values: list[float]) -> str:
    cuts = statistics.quantiles(sorted(values), n=100, method="inclusive")
    return (f"p50={cuts[49] * 1000:6.1f}ms p95={cuts[94] * 1000:6.1f}ms "
            f"p99={cuts[98] * 1000:6.1f}ms max={max(values) * 1000:6.1f}ms")


def report(results: list[tuple[str, float]], failures: list[str], wall: float) -> None:
    """Print latency per page kind and overall, and the throughput."""
    for kind in ("dashboard", "event"):
        values = [t for k, t in results if k == kind]
        if len(values) < 2:
            continue
        print(f"  {kind:<9} n={len(values):>5} {_percentiles(values)}")
    every = [t for _, t in results]
    print(f"  {'all':<9} n={len(every):>5} {_percentiles(every)} "
          f"throughput={len(every) / wall:,.0f} req/s failures={len(failures)}")
    p95 = statistics.quantiles(sorted(every), n=100, method="inclusive")[94] * 1000
    print(f"  target p95 <= 100 ms: {'met' if p95 <= 100 else 'MISSED'} ({p95:.1f} ms)")


def _unseen(base: str, pages: int, seen: set[str], wanted: int) -> list[str]:
    """Event ids not requested so far, up to ``wanted`` of them."""
    found: list[str] = []
    for number in range(1, pages + 1):
        items = httpx.get(f"{base}/api/events?page={number}", timeout=60).json()["items"]
        found.extend(e["id"] for e in items if e["id"] not in seen)
        if len(found) >= wanted:
            break
    return found[:wanted]


def _cold(base: str, event_ids: list[str], clients: int
          ) -> tuple[list[tuple[str, float]], list[str], float]:
    """Each client asks its own share of never-seen event pages, once each."""
    plans = [[("event", f"/events/{i}") for i in event_ids[n::clients]] for n in range(clients)]
    return _run(base, plans, reviewer=False)


def main() -> None:
    """Build or reuse the ledger, start the server, warm it, drive it, print figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/handover-bench-web.db"))
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--handovers", type=int, default=7_800,
                        help="7,800 handovers make about 10,000 events")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=100, help="per client")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild:
        for suffix in ("", "-wal", "-shm", ".key"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    if not args.db.exists():
        build(args.db, args.handovers, args.claims)
    port = free_port()
    server = start_server(args.db, port, args.db.with_suffix(".serve.log"))
    try:
        run_phases(f"http://127.0.0.1:{port}", args.clients, args.requests)
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_phases(base: str, clients: int, requests: int) -> None:
    """Warm the server, then readers, reviewers and never-seen event pages."""
    started = time.perf_counter()
    events = httpx.get(f"{base}/api/events?page=1", timeout=300).json()
    print(f"warm-up (reconcile, index): {time.perf_counter() - started:.1f}s; "
          f"{events['total']:,} events", flush=True)
    rnd = random.Random(5)
    pages = rnd.sample(range(1, events["pages"] + 1), k=min(40, events["pages"]))
    ids = [e["id"] for p in pages
           for e in httpx.get(f"{base}/api/events?page={p}", timeout=60).json()["items"]]
    drive(base, ids[:20], 2, 10)  # first touches of templates
    print(f"readers: {clients} clients x {requests} requests, "
          f"event pages drawn from {len(ids):,} events:")
    report(*drive(base, ids, clients, requests))
    print(f"reviewers (logged in; pages shared between reviewers, each session's CSRF "
          f"token swapped in): {clients} clients x {requests} requests:")
    report(*drive(base, ids, clients, requests, reviewer=True, seed=4))
    fresh = _unseen(base, events["pages"], set(ids), clients * requests)
    if len(fresh) < 2:
        print("event pages never asked before: none left on a ledger this small")
        return
    print(f"event pages never asked before (each rendered for the first time): "
          f"{clients} clients, {len(fresh):,} distinct events:")
    report(*_cold(base, fresh, clients))


if __name__ == "__main__":
    main()
