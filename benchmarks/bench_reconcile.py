"""Reconciliation at scale: full runs at 10k, 100k and 1M claims, and one more report after.

Targets: 1,000,000 claims reconciled in <= 60 s on one core within 4 GB (peak RSS, measured
with resource.getrusage), and re-reconciliation after one more report's claims in <= 1 s.
Each size runs in its own process so its peak RSS is its own.

Run: .venv/bin/python benchmarks/bench_reconcile.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import gc
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate, one_more_report  # noqa: E402

from handover.agreements import balance  # noqa: E402
from handover.reconcile import reconcile, rereconcile  # noqa: E402


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(size: int) -> None:
    """Generate, reconcile, balance and re-reconcile one ledger; print the figures."""
    handovers = max(1, size // 20)
    start = time.perf_counter()
    ledger = generate(handovers=handovers, claims=size)
    made = time.perf_counter() - start
    rss_data = peak_rss_mib()
    gc.freeze()  # the claims live until the end: keep the collector from rescanning them
    start = time.perf_counter()
    result = reconcile(ledger.claims, ledger.agreements)
    full = time.perf_counter() - start
    start = time.perf_counter()
    totals = balance(result.events, result.agreements)
    balanced = time.perf_counter() - start
    extra = one_more_report(ledger)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        again = rereconcile(result, extra)
        times.append(time.perf_counter() - start)
    print(f"claims={len(ledger.claims):>9,} handovers={handovers:>7,} "
          f"events={len(result.events):>7,} generate={made:6.1f}s reconcile={full:6.2f}s "
          f"({len(ledger.claims) / full:,.0f} claims/s) balance={balanced:5.2f}s "
          f"pairs={len(totals.pairs)} rereconcile(best/worst of 3)="
          f"{min(times):5.3f}s/{max(times):5.3f}s "
          f"(events {len(again.events):,}) rss_after_generate={rss_data:,.0f}MiB "
          f"peak_rss={peak_rss_mib():,.0f}MiB", flush=True)


def main() -> None:
    """Run each size in its own process, or one size when asked with --one."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--one", type=int)
    args = parser.parse_args()
    if args.one:
        run(args.one)
        return
    for size in (int(s) for s in args.sizes.split(",")):
        subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)


if __name__ == "__main__":
    main()
