"""What the shared rate-limit store costs: `RateLimit(store="redis://...")` against the in-process limiter.

Why: a limiter shared through Redis asks the store before every request; on a busy host it must
not cost much more CPU, or add much latency, than the in-process one it replaces. Each row sends
GET /v1/portfolios/{id} to the loopback server of server.py (another process) with the default
client, paced by a limit far above what it reaches (so no call ever waits: what is measured is the
limiter's own cost): in-process (`RateLimit(rate=1e6, ...)`), and the same limit with a store, a
redis-server of this run's own on 127.0.0.1 (another process: its CPU is not the client's).
Per row, at concurrency 1 and 256: client CPU per request (`time.process_time`, this process),
p50/p99 of each call, timed around it, and the store's round trips per request (its own count:
`INFO commandstats`). The difference between the rows is what the store adds. At 256 in flight
one round trip serves many calls (calls that arrive while a trip is in flight go in the next).

Both rows run in three alternating rounds (the load of a shared machine drifts); the target
takes the median of the per-round differences. Without a redis-server (apt-get install
redis-server) or redis-py (pip install "prime-async[redis]"), it says so and measures nothing.

    python benchmarks/bench_store.py [--quick]
"""

from __future__ import annotations

import contextlib
import gc
import json
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _common import prime_client, run_async, run_workers, table, target, worker_parser
from server import PORTFOLIO_ID

CONCURRENCY = (1, 256)
MAX_REQUESTS = {1: 2_000, 256: 6_000}
MAX_SECONDS = 4.0  # per measured cell
WARMUP = 600
ROUNDS = 3
ROWS = {"local": "in-process limiter", "store": "shared store (Redis)"}
TARGET_US = 60.0  # client CPU the store may add per request at c=256


@contextlib.contextmanager
def redis_server() -> Iterator[str | None]:
    """A redis-server on a free port of 127.0.0.1, saving nothing; None if there is none to run."""
    executable = shutil.which("redis-server")
    try:
        import redis  # noqa: F401
    except ImportError:
        executable = None
    if executable is None:
        yield None
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as scratch:
        command = [executable, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        process = subprocess.Popen(
            [*command, "--dir", scratch], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 10
            while True:
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1) as probe:
                    probe.sendall(b"PING\r\n")
                    if probe.recv(64).startswith(b"+PONG"):
                        break
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit("redis-server did not start")
                time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(10)


def script_calls(url: str) -> int:
    import redis

    client = redis.Redis.from_url(url)
    try:
        stats = client.info("commandstats")
    finally:
        client.close()
    return sum(int(v["calls"]) for k, v in stats.items() if k in ("cmdstat_evalsha", "cmdstat_eval"))


async def measure(store: str | None, concurrency: int, max_requests: int, seconds: float) -> dict[str, float]:
    from prime_async import RateLimit

    limit = RateLimit(rate=1e6, burst=1_000_000, portfolio_rate=1e6, portfolio_burst=1_000_000, store=store)
    durations: list[float] = []
    async with prime_client(_url, rate_limit=limit) as client:
        get_portfolio = client.portfolios.get_portfolio

        async def load(count: int, until: float) -> int:
            sent = 0

            async def worker() -> None:
                nonlocal sent
                while sent < count and time.perf_counter() < until:
                    sent += 1
                    started = time.perf_counter()
                    await get_portfolio(portfolio_id=PORTFOLIO_ID)
                    durations.append(time.perf_counter() - started)

            import asyncio

            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return sent

        await load(max(WARMUP, 2 * concurrency), time.perf_counter() + 3.0)  # connections to both servers
        durations.clear()
        gc.collect()
        trips = script_calls(store) if store else 0
        cpu, wall = time.process_time(), time.perf_counter()
        sent = await load(max_requests, wall + seconds)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        trips = (script_calls(store) - trips) if store else 0
    cuts = statistics.quantiles(durations, n=100, method="inclusive")
    return {
        "requests": sent,
        "cpu_us": cpu / sent * 1e6,
        "p50_ms": cuts[49] * 1e3,
        "p99_ms": cuts[98] * 1e3,
        "trips": trips / sent,
        "rps": sent / wall,
    }


_url = ""


def worker_main(name: str, url: str, store: str, scale: float) -> None:
    global _url
    _url = url
    results = {}
    for concurrency in CONCURRENCY:
        count = int(MAX_REQUESTS[concurrency] * scale)
        results[concurrency] = run_async(
            lambda c=concurrency, n=count: measure(store if name == "store" else None, c, n, MAX_SECONDS * scale)
        )
    print(json.dumps(results))


def main() -> None:
    parser = worker_parser(__doc__)
    parser.add_argument("--store", help="the store's URL (for a worker)")
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    if args.worker:
        worker_main(args.worker, args.url, args.store, scale)
        return
    with redis_server() as store:
        if store is None:
            print("no redis-server or no redis-py here: the store's cost is not measured")
            print(target(f"store adds <= {TARGET_US:g} µs of client CPU per request at c=256", None, TARGET_US))
            return
        script = str(Path(__file__).resolve())
        rounds: list[dict[str, dict[int, dict[str, float]]]] = []
        for _ in range(1 if args.quick else ROUNDS):
            measured = run_workers(script, ROWS, quick=args.quick, extra=["--store", store])
            rounds.append({name: {int(c): cell for c, cell in cells.items()} for name, cells in measured.items()})

    def median(name: str, c: int, key: str) -> float:
        return statistics.median(r[name][c][key] for r in rounds)

    headers = ["limiter", *(f"c={c} {k}" for c in CONCURRENCY for k in ("µs CPU", "p50 ms", "p99 ms", "trips/req"))]
    rows: list[list[Any]] = []
    for name, label in ROWS.items():
        cells = []
        for c in CONCURRENCY:
            cells += [f"{median(name, c, 'cpu_us'):.0f}", f"{median(name, c, 'p50_ms'):.2f}"]
            cells += [f"{median(name, c, 'p99_ms'):.2f}", f"{median(name, c, 'trips'):.3f}" if name == "store" else ""]
        rows.append([label, *cells])
    added = {c: [r["store"][c]["cpu_us"] - r["local"][c]["cpu_us"] for r in rounds] for c in CONCURRENCY}
    cells = []
    for c in CONCURRENCY:
        p50 = statistics.median(r["store"][c]["p50_ms"] - r["local"][c]["p50_ms"] for r in rounds)
        p99 = statistics.median(r["store"][c]["p99_ms"] - r["local"][c]["p99_ms"] for r in rounds)
        cells += [f"{statistics.median(added[c]):+.0f}", f"{p50:+.2f}", f"{p99:+.2f}", ""]
    rows.append(["added by the store", *cells])
    title = f"The shared store's cost per request (GET portfolio, loopback; medians of {len(rounds)} rounds)"
    print(table(headers, rows, title=title))
    print()
    for c in CONCURRENCY:
        print(f"  CPU added at c={c}, per round: " + ", ".join(f"{v:+.0f} µs" for v in added[c]))
    print()
    label = f"store adds <= {TARGET_US:g} µs of client CPU per request at c=256, median of {len(rounds)}"
    print(target(label, statistics.median(added[256]), TARGET_US, unit=" µs"))


if __name__ == "__main__":
    main()
