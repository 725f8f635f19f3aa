"""Fan-out throughput: 10,000 signed GETs over 500 portfolios, 256 at a time, vs prime-sdk-py in threads.

Why: the job prime-async is built for is a portfolio-wide sweep (balances, orders, fills for
every portfolio of an entity). This measures what such a sweep gets from one process, against
the loopback server of server.py running in another process: requests per second (wall clock),
latency percentiles, and the client's CPU per request.

- prime-async: `prime_async.fan_out(fn, ids, concurrency=256)` with `fn` calling
  `client.portfolios.get_portfolio(portfolio_id=...)` (`rate_limit=None`, `max_retries=0`): the
  default client as installed (`transport="auto"`: aiohttp on asyncio) is the headline; then
  `transport="httpx"`, the default client on trio (httpx's stack) and under uvloop (an optional
  extra). Latency is the whole call, pool wait included, timed around it.
- prime-sdk-py: `ThreadPoolExecutor(64).map` over the same ids; latency is the whole call.
Both keep every result until the sweep ends, as a real sweep does (fan_out's outcomes hold them).

With 256 tasks and a pool of 128 connections, half the tasks wait for a connection; the "> 1 s"
column counts calls that took more than a second, which a fair (FIFO) pool never makes at these
rates: a p99 near the run's length means some requests waited for the whole run.

Each run is bounded: a warm-up of a few hundred requests, then the 10,000 requests or
MAX_SECONDS, whichever ends first (calls past the deadline return at once and are not counted).
The default client and prime-sdk-py, which the target compares, run in three alternating rounds
(the load on a shared machine drifts); the targets take the medians.

    python benchmarks/bench_fanout.py [--quick]
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from _common import prime_client, prime_sdk_portfolios, run_async, run_workers, table, target, worker_parser

REQUESTS = 10_000
PORTFOLIOS = 500
CONCURRENCY = 256
SDK_THREADS = 64
MAX_SECONDS = 30.0
WARMUP = 512
PORTFOLIO_IDS = [f"{i:08x}-0000-4000-8000-{i * 7919:012x}" for i in range(PORTFOLIOS)]

# name: (label, event loop, transport)
RUNS = {
    "prime": ("prime-async, default client", "asyncio", "auto"),
    "prime_httpx": ('prime-async, transport="httpx"', "asyncio", "httpx"),
    "prime_trio": ("prime-async, default client on trio", "trio", "auto"),
    "prime_uvloop": ("prime-async, default client, uvloop", "uvloop", "auto"),
    "prime_sdk": (f"prime-sdk-py, {SDK_THREADS} threads", "", ""),
}
P99_TARGET_MS = 250.0
HEADLINE = ("prime", "prime_sdk")  # measured in ROUNDS rounds; the other rows once
ROUNDS = 3


class PastDeadline(Exception):
    """A call that was not made because the run's time bound had passed."""


def summary(durations: list[float], done: int, cpu: float, wall: float) -> dict[str, float]:
    cuts = statistics.quantiles(durations, n=100, method="inclusive")
    return {
        "done": done,
        "wall": wall,
        "rps": done / wall,
        "p50_ms": cuts[49] * 1e3,
        "p99_ms": cuts[98] * 1e3,
        "over_1s": sum(d > 1.0 for d in durations),
        "cpu_us": cpu / done * 1e6,
    }


async def run_prime(url: str, transport: str, count: int, seconds: float) -> dict[str, float]:
    import prime_async

    durations: list[float] = []
    async with prime_client(url, transport) as client:
        get_portfolio = client.portfolios.get_portfolio
        deadline = 0.0

        async def get(portfolio_id: str) -> Any:
            started = time.perf_counter()
            if started > deadline:
                raise PastDeadline
            result = await get_portfolio(portfolio_id=portfolio_id)
            durations.append(time.perf_counter() - started)
            return result

        deadline = time.perf_counter() + seconds
        await prime_async.fan_out(get, PORTFOLIO_IDS[:WARMUP], concurrency=CONCURRENCY)  # connections, caches
        durations.clear()
        gc.collect()
        inputs = [PORTFOLIO_IDS[i % PORTFOLIOS] for i in range(count)]
        cpu, wall = time.process_time(), time.perf_counter()
        deadline = wall + seconds
        outcomes = await prime_async.fan_out(get, inputs, concurrency=CONCURRENCY)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    failed = [o.error for o in outcomes if not o.ok and not isinstance(o.error, PastDeadline)]
    if failed:
        raise RuntimeError(f"{len(failed)} requests failed, the first: {failed[0]!r}")
    return summary(durations, sum(o.ok for o in outcomes), cpu, wall)


def run_sdk(url: str, count: int, seconds: float) -> dict[str, float]:
    from prime_sdk.services.portfolios import GetPortfolioRequest

    portfolios = prime_sdk_portfolios(url, pool_size=SDK_THREADS)
    durations: list[float] = []
    deadline = 0.0

    def get(portfolio_id: str) -> Any:
        started = time.perf_counter()
        if started > deadline:
            return None
        result = portfolios.get_portfolio(GetPortfolioRequest(portfolio_id=portfolio_id))
        durations.append(time.perf_counter() - started)  # list.append is atomic under the GIL
        return result

    with ThreadPoolExecutor(max_workers=SDK_THREADS) as pool:
        deadline = time.perf_counter() + seconds
        list(pool.map(get, PORTFOLIO_IDS[:WARMUP]))
        durations.clear()
        gc.collect()
        inputs = [PORTFOLIO_IDS[i % PORTFOLIOS] for i in range(count)]
        cpu, wall = time.process_time(), time.perf_counter()
        deadline = wall + seconds
        results = list(pool.map(get, inputs))  # kept, as a sweep keeps what it fetched (so does fan_out)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    done = sum(result is not None for result in results)
    return summary(durations, done, cpu, wall)


def worker_main(name: str, url: str, count: int, seconds: float) -> None:
    if name == "prime_sdk":
        result = run_sdk(url, count, seconds)
    else:
        _, loop, transport = RUNS[name]
        result = run_async(lambda: run_prime(url, transport, count, seconds), loop)
    print(json.dumps(result))


def main() -> None:
    args = worker_parser(__doc__).parse_args()
    count = REQUESTS // 10 if args.quick else REQUESTS
    seconds = MAX_SECONDS / 10 if args.quick else MAX_SECONDS
    if args.worker:
        worker_main(args.worker, args.url, count, seconds)
        return

    script = str(Path(__file__).resolve())
    # the two rows the target compares, in ROUNDS alternating rounds (this machine's load drifts
    # by the minute); the table shows the round of median ratio, the targets use the medians
    rounds = [run_workers(script, HEADLINE, quick=args.quick, timeout=seconds + 60) for _ in range(ROUNDS)]
    ratios = [r["prime"]["rps"] / r["prime_sdk"]["rps"] for r in rounds]
    middle = rounds[sorted(range(ROUNDS), key=ratios.__getitem__)[ROUNDS // 2]]
    others = run_workers(script, [n for n in RUNS if n not in HEADLINE], quick=args.quick, timeout=seconds + 60)
    results = {name: middle[name] if name in HEADLINE else others[name] for name in RUNS}

    sdk_rps = results["prime_sdk"]["rps"]
    rows = [
        [
            RUNS[name][0],
            f"{r['done']:,.0f}",
            f"{r['wall']:.2f}",
            f"{r['rps']:,.0f}",
            f"{r['p50_ms']:.1f}",
            f"{r['p99_ms']:.1f}",
            f"{r['over_1s']:,.0f}",
            f"{r['cpu_us']:.0f}",
            f"{r['rps'] / sdk_rps:.2f}x",
        ]
        for name, r in results.items()
    ]
    title = (
        f"Fan-out: {count:,} GETs over {PORTFOLIOS} portfolios, concurrency {CONCURRENCY}"
        f" (prime-sdk-py: {SDK_THREADS} threads); bounded to {seconds:.0f} s each"
    )
    headers = ["client", "done", "wall s", "req/s", "p50 ms", "p99 ms", "> 1 s", "CPU µs/req", "req/s vs sdk"]
    print(table(headers, rows, title=title))
    shown = ", ".join(f"{r:.2f}x" for r in ratios)
    print(f"  default client vs prime-sdk-py in {ROUNDS} alternating rounds: {shown} (the table shows the median)")
    print()
    ratio = statistics.median(ratios)
    p99 = statistics.median(r["prime"]["p99_ms"] for r in rounds)
    print(target(f"default client (asyncio) req/s vs prime-sdk-py, median of {ROUNDS}", ratio, 5.0, at_least=True))
    print(target(f"default client (asyncio) p99 latency, median of {ROUNDS}", p99, P99_TARGET_MS, unit=" ms"))


if __name__ == "__main__":
    main()
