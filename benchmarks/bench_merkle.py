"""Benchmark of handover.merkle: append rate, proof latency at 10M leaves, receipt verification.

Run: ``.venv/bin/python benchmarks/bench_merkle.py [--leaves 10000000]`` (about 20 seconds and
0.7 GB of memory at 10M leaves). Every figure is printed with its ratio to raw hashlib
SHA-256 measured in the same run, so that results from different machines compare.

Targets: bulk append >= 50,000 leaves/s; inclusion proof p99 <= 1 ms at 10,000,000 leaves;
receipt verification >= 2,000/s on one core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import random
import statistics
import time
from collections.abc import Callable

from handover.merkle import (
    Checkpoint,
    CosignatureSigner,
    Ed25519Signer,
    MemorySubtreeStore,
    append_leaf_hashes,
    consistency_proof_at,
    cosign,
    format_receipt,
    inclusion_proof_at,
    leaf_hash,
    root_at,
    sign_checkpoint,
    verify_receipt,
)

BATCH = 1 << 16
ORIGIN = "bench.handover.test/log"


def sha256_per_second(size: int, seconds: float = 1.0) -> float:
    """Raw hashlib rate on one input of ``size`` bytes (the yardstick for every ratio)."""
    data, count, sha = b"x" * size, 0, hashlib.sha256
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for _ in range(10_000):
            sha(data).digest()
        count += 10_000
    return count / (time.perf_counter() - start)


def synthetic_entries(count: int) -> list[bytes]:
    """Canonical-JSON-shaped entries of about 150 bytes, like the ledger's log entries."""
    return [
        json.dumps(
            {
                "id": i,
                "kind": "claim",
                "count": i % 1200,
                "giver": "Russia",
                "receiver": "Ukraine",
                "category": "bodies",
                "event_date": "2025-06-13",
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode()
        for i in range(count)
    ]


def bench_append(count: int, batch: int) -> float:
    """Leaves per second for leaf hashing plus subtree storage, appended ``batch`` at a time."""
    entries, store, size = synthetic_entries(count), MemorySubtreeStore(), 0
    start = time.perf_counter()
    while size < count:
        chunk = entries[size : size + batch]
        append_leaf_hashes(store, size, [leaf_hash(e) for e in chunk])
        size += len(chunk)
    return count / (time.perf_counter() - start)


def build_large(leaves: int) -> tuple[MemorySubtreeStore, float]:
    """Build a store of ``leaves`` leaves (entries are 8-byte counters); return it and seconds."""
    store, size = MemorySubtreeStore(), 0
    start = time.perf_counter()
    while size < leaves:
        high = min(size + BATCH, leaves)
        append_leaf_hashes(
            store, size, [leaf_hash(i.to_bytes(8, "big")) for i in range(size, high)]
        )
        size = high
    return store, time.perf_counter() - start


def latencies(call: Callable[[int], object], samples: int, limit: int) -> tuple[float, float]:
    """p50 and p99 in microseconds of ``call(random index below limit)``."""
    rng, times = random.Random(7), []
    for _ in range(samples):
        value = rng.randrange(limit)
        start = time.perf_counter_ns()
        call(value)
        times.append((time.perf_counter_ns() - start) / 1000)
    cuts = statistics.quantiles(times, n=100)
    return cuts[49], cuts[98]


def receipt_rate(store: MemorySubtreeStore, size: int, witnesses: int, seconds: float) -> float:
    """Receipt verifications per second (log signature, inclusion, ``witnesses`` cosignatures)."""
    log = Ed25519Signer(ORIGIN, hashlib.sha256(b"bench log").digest())
    cosigners = [
        CosignatureSigner(f"w{i}.bench", hashlib.sha256(bytes([i])).digest())
        for i in range(witnesses)
    ]
    body = Checkpoint(ORIGIN, size, root_at(store, size))
    signed = sign_checkpoint(body, [log]) + "".join(cosign(body.to_text(), w, 1) for w in cosigners)
    index = size // 3
    text = format_receipt(
        index.to_bytes(8, "big"), index, inclusion_proof_at(store, index, size), signed
    )
    keys, witness_keys = [log.verifier()], [w.verifier() for w in cosigners]
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        verify_receipt(text, keys, required_witnesses=witness_keys, k=witnesses)
        count += 1
    return count / (time.perf_counter() - start)


def report(label: str, value: str, ratio: str) -> None:
    """Print one figure, aligned."""
    print(f"{label:<46} {value:>16}   {ratio}")


def print_appends(raw: float) -> None:
    """Bulk append figures, in small batches (ingestion) and large ones (imports)."""
    for batch in (100, BATCH):
        rate = bench_append(200_000, batch)
        report(
            f"bulk append, batches of {batch}",
            f"{rate:,.0f} leaves/s",
            f"= {rate / raw:.3f} of the SHA-256 rate (target >= 50,000/s)",
        )


def print_proofs(store: MemorySubtreeStore, raw: float, samples: int) -> None:
    """Proof latency figures at the store's full size, in microseconds and in SHA-256 calls."""
    one_hash_us, size = 1e6 / raw, store.size
    for name, call in (
        ("inclusion proof", lambda i: inclusion_proof_at(store, i, size)),
        ("consistency proof", lambda i: consistency_proof_at(store, i + 1, size)),
    ):
        p50, p99 = latencies(call, samples, size)
        report(
            f"{name} at {size:,} leaves p50", f"{p50:,.1f} us", f"= {p50 / one_hash_us:.0f} SHA-256"
        )
        report(
            f"{name} at {size:,} leaves p99",
            f"{p99:,.1f} us",
            f"= {p99 / one_hash_us:.0f} SHA-256 (target p99 <= 1000 us)",
        )


def main() -> None:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaves", type=int, default=10_000_000)
    parser.add_argument("--samples", type=int, default=5000)
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, one core\n")
    raw_node, raw_entry = sha256_per_second(65), sha256_per_second(150)
    report("raw hashlib SHA-256, 65-byte input", f"{raw_node:,.0f}/s", "(yardstick)")
    report("raw hashlib SHA-256, 150-byte input", f"{raw_entry:,.0f}/s", "")
    print_appends(raw_node)
    store, seconds = build_large(args.leaves)
    report(
        f"build {args.leaves:,}-leaf store",
        f"{seconds:.1f} s",
        f"= {args.leaves / seconds:,.0f} leaves/s, {store.size * 64 / 2**20:,.0f} MiB",
    )
    print_proofs(store, raw_node, args.samples)
    for witnesses in (0, 2):
        rate = receipt_rate(store, store.size, witnesses, 2.0)
        report(
            f"receipt verification, {witnesses} witness cosignatures",
            f"{rate:,.0f}/s",
            f"= 1 per {raw_node / rate:,.0f} SHA-256 (target >= 2,000/s)",
        )


if __name__ == "__main__":
    main()
