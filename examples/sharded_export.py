"""Export fills across worker processes: each worker with its own client and its own slice of portfolios.

    python examples/sharded_export.py --workers 4 --out fills.jsonl            # credentials from the env
    python examples/sharded_export.py --workers 4 --sim --out fills.jsonl      # a local simulator
    python examples/sharded_export.py --workers 4 --start-method spawn ...     # fork is the default on Linux

A batch job that outgrows one process shards its portfolios over a process pool (the same shape
works on Celery, Dask or Ray workers). The rules that make it safe:

- every worker builds its own `PrimeClient`, inside the worker. (A client inherited through
  `fork` would also work, since prime-async never shares a connection across processes, but one
  made in the worker is what spawn, Celery and Dask require anyway);
- Prime's ~100 requests/s limit is per IP: the workers of one machine share it, so each gets
  `rate / workers`. The per-portfolio limit needs no split, since a portfolio lives in one shard;
- each worker writes its own part file, whole, and the parent joins them in shard order.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio

from prime_async import Credentials, PrimeClient, RateLimit, fan_out
from prime_async.models import to_json
from prime_async.testing import PrimeSimulator

PAGE_SIZE = 500
OVERALL_RATE = 90.0  # requests/s for all workers together: a little inside Prime's 100 per IP


@dataclass(frozen=True)
class Shard:
    """What one worker needs: everything picklable, so it travels to a spawned process too."""

    index: int
    portfolio_ids: tuple[str, ...]
    credentials: Credentials
    base_url: str
    since: datetime
    out: Path
    rate: float


def export_shard(shard: Shard) -> tuple[int, int, list[str]]:
    """Runs in a worker process: (shard index, rows written, portfolios that failed)."""
    return anyio.run(_export_shard, shard)


async def _export_shard(shard: Shard) -> tuple[int, int, list[str]]:
    limit = RateLimit(rate=shard.rate, burst=max(1, int(shard.rate // 5)))
    rows = 0
    async with PrimeClient(credentials=shard.credentials, base_url=shard.base_url, rate_limit=limit) as client:

        async def one(portfolio_id: str) -> list[dict[str, object]]:
            fills = await client.orders.list_portfolio_fills(
                portfolio_id=portfolio_id, start_date=shard.since, limit=PAGE_SIZE
            ).collect()
            return [{"portfolio_id": portfolio_id, **to_json(fill)} for fill in fills]

        outcomes = await fan_out(one, shard.portfolio_ids, concurrency=8)
    with shard.out.open("w", encoding="utf-8") as out:
        for outcome in outcomes:
            if outcome.ok:  # narrows to Success: its value is the rows
                for row in outcome.value:
                    out.write(json.dumps(row) + "\n")
                    rows += 1
    return shard.index, rows, [o.input for o in outcomes if not o.ok]


def shards(portfolio_ids: list[str], workers: int) -> list[tuple[str, ...]]:
    """Portfolios dealt round-robin, so big and small ones spread evenly."""
    return [tuple(portfolio_ids[i::workers]) for i in range(workers)]


def export(
    credentials: Credentials, base_url: str, since: datetime, out: Path, workers: int, start_method: str
) -> tuple[int, list[str]]:
    """List the portfolios here, export them over `workers` processes, join the parts into `out`."""

    async def list_ids() -> list[str]:
        async with PrimeClient(credentials=credentials, base_url=base_url) as client:
            return [p.id for p in (await client.portfolios.list_portfolios()).portfolios]

    ids = anyio.run(list_ids)
    parts = [out.with_name(f"{out.name}.part{i}") for i in range(workers)]
    jobs = [
        Shard(i, slice_, credentials, base_url, since, parts[i], OVERALL_RATE / workers)
        for i, slice_ in enumerate(shards(ids, workers))
    ]
    context = multiprocessing.get_context(start_method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = sorted(pool.map(export_shard, jobs))
    failed = [pid for _, _, failures in results for pid in failures]
    with out.open("w", encoding="utf-8") as joined:
        for part in parts:
            joined.write(part.read_text(encoding="utf-8"))
            part.unlink()
    return sum(rows for _, rows, _ in results), failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--start-method", choices=("fork", "spawn", "forkserver"), default=None)
    parser.add_argument("--days", type=int, default=30, help="fills of the last N days (default 30)")
    parser.add_argument("--sim", action="store_true", help="use a local simulator (in a thread of this process)")
    parser.add_argument("--portfolios", type=int, default=40, help="simulated portfolios (default 40)")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    start_method = args.start_method or multiprocessing.get_start_method()
    since = datetime.now(UTC) - timedelta(days=args.days)
    started = time.perf_counter()
    if args.sim or (not os.environ.get("PRIME_ACCESS_KEY") and not os.environ.get("PRIME_CREDENTIALS")):
        sim = PrimeSimulator(portfolios=args.portfolios, seed=1)
        with sim.serve_in_thread() as server:
            rows, failed = export(sim.credentials, server.url, since, args.out, args.workers, start_method)
    else:
        base_url = os.environ.get("PRIME_BASE_URL") or "https://api.prime.coinbase.com"
        rows, failed = export(Credentials.from_env(), base_url, since, args.out, args.workers, start_method)
    for pid in failed:
        print(f"portfolio {pid} failed", file=sys.stderr)
    print(
        f"wrote {rows} fills to {args.out} with {args.workers} {start_method} workers, "
        f"{len(failed)} portfolios failed, in {time.perf_counter() - started:.2f} s"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
