"""The Merkle log inside the ledger: durable appends per second and `handover verify` at scale.

Prints, with the ratio to raw hashlib SHA-256 on this machine:
- single durable appends per second (one record per transaction, fsync'd, checkpoint signed);
- bulk appends per second (10,000 records per transaction);
- `handover verify` wall time on a ledger of 1,000,000 records (target <= 30 s).

The same figures on PostgreSQL (a throwaway cluster, as the tests start it) with --postgres.

Run: .venv/bin/python benchmarks/bench_log.py [--records 1000000] [--postgres]
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from handover.ledger import Ledger
from handover.storage.tables import claims, sources


def sha256_rate() -> float:
    data, count = b"x" * 300, 200_000
    start = time.perf_counter()
    for _ in range(count):
        hashlib.sha256(data).digest()
    return count / (time.perf_counter() - start)


def claim_row(n: int) -> dict[str, object]:
    return {"giver": "Russia", "receiver": "Ukraine", "category": "pow", "count": n % 1000,
            "qualifier": "exact", "kind": "completed", "quote": f"synthetic claim {n}",
            "quote_start": 0, "quote_end": 20, "flags": [], "source_id": 0}


def single_appends(ledger: Ledger, count: int) -> float:
    start = time.perf_counter()
    for n in range(count):
        with ledger.write() as session:
            session.insert(claims, claim_row(n))
    return count / (time.perf_counter() - start)


def bulk_appends(ledger: Ledger, count: int, batch: int = 10_000) -> float:
    start = time.perf_counter()
    for first in range(0, count, batch):
        with ledger.write() as session:
            session.insert_many(claims, [claim_row(n) for n in range(first, first + batch)])
    return count / (time.perf_counter() - start)


def log_only_appends(ledger: Ledger, count: int, batch: int = 50_000) -> float:
    """Leaves into the SQL log alone (entry rows, subtree nodes, head), as an import does."""
    from handover.merkle import append_leaf_hashes, leaf_hash
    from handover.storage.dialects import insert_rows
    from handover.storage.log_store import SqlSubtreeStore
    from handover.storage.tables import log_entries, log_head

    start = time.perf_counter()
    with ledger.db.writing() as connection:
        size = connection.execute(select(log_head.c.size)).scalar_one()
        store = SqlSubtreeStore(connection)
        for first in range(size, size + count, batch):
            leaves = [leaf_hash(b"entry %d" % n) for n in range(first, first + batch)]
            insert_rows(connection, log_entries, ("idx", "record_type", "leaf_hash"),
                        [(first + i, "bench", h) for i, h in enumerate(leaves)])
            append_leaf_hashes(store, first, leaves)
            store.write()
        connection.execute(log_head.update().values(size=size + count))
    return count / (time.perf_counter() - start)


def proof_latency(ledger: Ledger, samples: int = 2_000) -> tuple[float, float]:
    """p50 and p99 of an inclusion proof read from the SQL store, in milliseconds."""
    import random

    from handover.merkle import inclusion_proof_at
    from handover.storage.log_store import SqlSubtreeStore, prefetched
    from handover.storage.tables import log_head

    times = []
    with ledger.db.reading() as connection:
        size = connection.execute(select(log_head.c.size)).scalar_one()
        for _ in range(samples):
            index = random.randrange(size)
            begin = time.perf_counter()
            prefetched(SqlSubtreeStore(connection),
                       lambda store, i=index: inclusion_proof_at(store, i, size))
            times.append((time.perf_counter() - begin) * 1000)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.99)]


def fresh(url_or_path: str) -> Ledger:
    ledger = Ledger.create(url_or_path)
    with ledger.write() as session:
        session.insert(sources, {"name": "benchmark voice", "kind": "official"})
    return ledger


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--singles", type=int, default=2_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    if args.postgres:
        postgres(args.records, args.singles)
        return
    raw = sha256_rate()
    print(f"raw hashlib SHA-256 (300 B): {raw:,.0f} hashes/s")
    with tempfile.TemporaryDirectory() as folder:
        ledger = fresh(str(Path(folder) / "singles.db"))
        rate = single_appends(ledger, args.singles)
        print(f"single durable appends (SQLite, fsync, signed checkpoint each): {rate:,.0f}/s "
              f"(target >= 1,000/s; {rate / raw:.5f} of raw SHA-256)")
        ledger.close()
        path = Path(folder) / "big.db"
        ledger = fresh(str(path))
        rate = bulk_appends(ledger, args.records - 1)
        print(f"bulk appends (10,000 per transaction): {rate:,.0f} records/s "
              f"({rate / raw:.4f} of raw SHA-256)")
        p50, p99 = proof_latency(ledger)
        print(f"inclusion proof from the SQL store at {args.records:,} leaves: "
              f"p50 {p50:.3f} ms, p99 {p99:.3f} ms (target p99 <= 1 ms at 10M)")
        ledger.close()
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "handover", "verify", "--db", str(path)],
                                capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        print(f"handover verify on {args.records:,} records: {wall:.1f} s wall, exit "
              f"{result.returncode} (target <= 30 s)")
        print(result.stdout.strip() or result.stderr.strip())
        log_ledger = fresh(str(Path(folder) / "log-only.db"))
        rate = log_only_appends(log_ledger, 10_000_000)
        p50, p99 = proof_latency(log_ledger)
        print(f"log-only bulk append (SQL entries and nodes): {rate:,.0f} leaves/s "
              f"(target >= 50,000/s; {rate / raw:.4f} of raw SHA-256)")
        print(f"inclusion proof from the SQL store at 10,000,001 leaves: p50 {p50:.3f} ms, "
              f"p99 {p99:.3f} ms (target p99 <= 1 ms)")
        log_ledger.close()


def postgres(records: int, singles: int) -> None:
    """Single and bulk appends and verify on a private PostgreSQL cluster."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.pg_cluster import PostgresCluster

    cluster = PostgresCluster(durable=True)
    cluster.start()
    try:
        with tempfile.TemporaryDirectory() as keys:
            import os

            os.environ["HANDOVER_KEY_DIR"] = keys
            ledger = fresh(cluster.new_database())
            rate = single_appends(ledger, singles)
            print(f"PostgreSQL single durable appends (fsync on, synchronous commit): "
                  f"{rate:,.0f}/s (target >= 1,000/s)")
            ledger.close()
            url = cluster.new_database()
            ledger = fresh(url)
            print(f"PostgreSQL bulk appends: {bulk_appends(ledger, records - 1):,.0f} records/s")
            start = time.perf_counter()
            result = ledger.verify()
            print(f"PostgreSQL verify on {records:,} records: "
                  f"{time.perf_counter() - start:.1f} s, ok={result.ok}")
            ledger.close()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
