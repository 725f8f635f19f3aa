"""Client CPU per request: prime-async's default client vs bare aiohttp (with signing), bare httpx and prime-sdk-py.

Why: on a busy trading host the client's CPU, not the network, bounds how many requests a
process can make, and it is what prime-async can change. Each client sends GET
/v1/portfolios/{id} to the loopback server of server.py, which runs in another process, so
`time.process_time()` of this process (all its threads) divided by the requests is the client's
CPU alone: building, signing, sending, parsing and structuring one request.

Clients, each measured in a fresh process, at concurrency 1, 64 and 256:
- prime-async, default client: `PrimeClient(..., rate_limit=None, max_retries=0)` as installed
  (`transport="auto"`: aiohttp on asyncio), `portfolios.get_portfolio`; the headline;
- the same with `transport="httpx"` (httpx's own stack), on trio (where "auto" picks httpx's
  stack), and under uvloop (an optional extra, not a dependency);
- bare aiohttp + signing: `aiohttp.ClientSession` GET + json, with the 4 signed headers computed
  per request: the practical floor for a Python client, and the baseline of the ratios;
- bare httpx: `httpx.AsyncClient` GET + `response.json()`, no signing;
- prime-sdk-py: Coinbase's sync SDK (requests) in a thread pool of min(concurrency, 64) threads.
The bare clients get a pool of 128 connections (64 kept alive for 30 s), and prime-sdk-py's
requests.Session a pool as large as its thread pool, so no client pays for a smaller pool than
the others.

Each cell, with a new client: a warm-up that starts cold with the whole burst at once (as a real
fan-out does; httpx's pool settles in a state, and a cost, that depends on its history), then at
most N requests or T seconds, whichever comes first. Ratios compare clients at the same
concurrency in this run. The default client and bare aiohttp, which the targets compare, are
measured again in five short rounds (c=1 and c=256), alternating; the targets take the medians
of the per-round ratios.

    python benchmarks/bench_requests.py [--quick] [--clients prime,aiohttp]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import hmac
import itertools
import json
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from _common import (
    ACCESS_KEY,
    PASSPHRASE,
    SIGNING_KEY,
    prime_client,
    prime_sdk_portfolios,
    run_async,
    run_workers,
    table,
    target,
    worker_parser,
)
from server import PORTFOLIO_ID

CONCURRENCY = (1, 64, 256)
MAX_REQUESTS = {1: 2_000, 64: 5_000, 256: 5_000}
MAX_SECONDS = 4.0  # per measured cell; a slow client measures fewer requests, never runs longer
WARMUP_SECONDS = 3.0
SDK_MAX_THREADS = 64
# The pool PrimeClient configured when this was written, fixed here so that a change of
# prime-async's own limits shows up as a change of its ratio. The expiry matters: httpcore's cost
# per request grows with the connections it holds, and with httpx's default 5 s expiry idle ones
# would drop out halfway through a cell.
POOL_CONNECTIONS = 128
POOL_KEEPALIVE = 64
POOL_EXPIRY = 30.0
PATH = f"/v1/portfolios/{PORTFOLIO_ID}"

# name: (label, event loop)
CLIENTS = {
    "prime": ("prime-async, default client", "asyncio"),
    "prime_httpx": ('prime-async, transport="httpx"', "asyncio"),
    "prime_trio": ("prime-async, default client on trio", "trio"),
    "prime_uvloop": ("prime-async, default client, uvloop", "uvloop"),
    "aiohttp": ("bare aiohttp + signing (baseline)", "asyncio"),
    "httpx": ("bare httpx, no signing", "asyncio"),
    "prime_sdk": ("prime-sdk-py (threads)", ""),
}
BASELINE = "aiohttp"
HEAD_TO_HEAD = ("prime", BASELINE)  # the targets' clients: measured again in ROUNDS more rounds
ROUNDS = 5
TRANSPORTS = {"prime": "auto", "prime_httpx": "httpx", "prime_trio": "auto", "prime_uvloop": "auto"}


def signed_headers(signing_key: bytes, method: str, path: str) -> dict[str, str]:
    """The four Prime headers, computed the plain way (what a hand-rolled aiohttp client does)."""
    timestamp = str(int(time.time()))
    signature = base64.b64encode(hmac.digest(signing_key, (timestamp + method + path).encode(), "sha256")).decode()
    return {
        "X-CB-ACCESS-KEY": ACCESS_KEY,
        "X-CB-ACCESS-PASSPHRASE": PASSPHRASE,
        "X-CB-ACCESS-SIGNATURE": signature,
        "X-CB-ACCESS-TIMESTAMP": timestamp,
        "Accept": "application/json",
    }


# ---- async clients: each factory opens a client and returns (one request, close) -------------------

AsyncCall = Callable[[], Awaitable[Any]]


async def open_prime(url: str, transport: str = "auto") -> tuple[AsyncCall, Callable[[], Awaitable[None]]]:
    client = prime_client(url, transport)
    get_portfolio = client.portfolios.get_portfolio

    async def call() -> Any:
        return (await get_portfolio(portfolio_id=PORTFOLIO_ID)).portfolio.id

    return call, client.aclose


async def open_httpx(url: str) -> tuple[AsyncCall, Callable[[], Awaitable[None]]]:
    import httpx

    limits = httpx.Limits(
        max_connections=POOL_CONNECTIONS, max_keepalive_connections=POOL_KEEPALIVE, keepalive_expiry=POOL_EXPIRY
    )
    client = httpx.AsyncClient(limits=limits)
    target_url = url + PATH

    async def call() -> Any:
        response = await client.get(target_url)
        response.raise_for_status()
        return response.json()["portfolio"]["id"]

    return call, client.aclose


async def open_aiohttp(url: str) -> tuple[AsyncCall, Callable[[], Awaitable[None]]]:
    import aiohttp

    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=POOL_CONNECTIONS, keepalive_timeout=POOL_EXPIRY)
    )
    target_url = url + PATH
    key = SIGNING_KEY.encode()

    async def call() -> Any:
        async with session.get(target_url, headers=signed_headers(key, "GET", PATH)) as response:
            response.raise_for_status()
            return (await response.json())["portfolio"]["id"]

    return call, session.close


async def load(call: AsyncCall, concurrency: int, max_requests: int, seconds: float, loop: str) -> int:
    """`concurrency` tasks send requests until `max_requests` are sent or `seconds` have passed."""
    deadline = time.perf_counter() + seconds
    sent = 0

    async def worker() -> None:
        nonlocal sent
        while sent < max_requests and time.perf_counter() < deadline:
            sent += 1
            await call()

    if loop == "trio":
        import trio

        async with trio.open_nursery() as nursery:
            for _ in range(concurrency):
                nursery.start_soon(worker)
    else:
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return sent


async def measure_async(
    name: str, url: str, concurrency: int, max_requests: int, seconds: float, loop: str
) -> dict[str, float]:
    if name.startswith("prime"):
        call, close = await open_prime(url, TRANSPORTS[name])
    elif name == "httpx":
        call, close = await open_httpx(url)
    else:
        call, close = await open_aiohttp(url)
    try:
        # a cold client meets the whole burst at once, as in a real fan-out: httpx's pool ends up
        # in a different state (and cost) if one request comes first
        await load(call, concurrency, max(200, 2 * concurrency), WARMUP_SECONDS, loop)
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        sent = await load(call, concurrency, max_requests, seconds, loop)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        assert await call() == PORTFOLIO_ID, f"{name}: unexpected response"
    finally:
        await close()
    return {"requests": sent, "cpu_us": cpu / sent * 1e6, "rps": sent / wall}


# ---- prime-sdk-py: synchronous, requests-based, in threads ------------------------------------------


def open_prime_sdk(url: str, threads: int) -> Callable[[], Any]:
    from prime_sdk.services.portfolios import GetPortfolioRequest

    portfolios = prime_sdk_portfolios(url, pool_size=threads)
    request = GetPortfolioRequest(portfolio_id=PORTFOLIO_ID)

    def call() -> Any:
        return portfolios.get_portfolio(request).portfolio.id

    return call


def load_threads(
    pool: ThreadPoolExecutor, call: Callable[[], Any], threads: int, max_requests: int, seconds: float
) -> int:
    deadline = time.perf_counter() + seconds
    tickets = itertools.count()  # next() on a count is atomic under the GIL

    def worker() -> int:
        done = 0
        while next(tickets) < max_requests and time.perf_counter() < deadline:
            call()
            done += 1
        return done

    return sum(f.result() for f in [pool.submit(worker) for _ in range(threads)])


def measure_threads(url: str, concurrency: int, max_requests: int, seconds: float) -> dict[str, float]:
    threads = min(concurrency, SDK_MAX_THREADS)
    call = open_prime_sdk(url, threads)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        load_threads(pool, call, threads, max(200, 2 * threads), WARMUP_SECONDS)
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        sent = load_threads(pool, call, threads, max_requests, seconds)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    assert call() == PORTFOLIO_ID, "prime-sdk-py: unexpected response"
    return {"requests": sent, "cpu_us": cpu / sent * 1e6, "rps": sent / wall}


# ---- driver -------------------------------------------------------------------------------------------


def worker_main(name: str, url: str, scale: float, concurrencies: Sequence[int] = CONCURRENCY) -> None:
    """Runs in a fresh process: one client at each concurrency; prints one JSON line."""
    results: dict[int, dict[str, float]] = {}
    loop = CLIENTS[name][1]
    for concurrency in concurrencies:
        max_requests = int(MAX_REQUESTS[concurrency] * scale)
        if name == "prime_sdk":
            results[concurrency] = measure_threads(url, concurrency, max_requests, MAX_SECONDS * scale)
        else:
            results[concurrency] = run_async(
                lambda c=concurrency, n=max_requests: measure_async(name, url, c, n, MAX_SECONDS * scale, loop), loop
            )
    print(json.dumps(results))


def main() -> None:
    parser = worker_parser(__doc__)
    parser.add_argument("--clients", default=",".join(CLIENTS), help="comma-separated subset of " + ",".join(CLIENTS))
    parser.add_argument("--cells", default=",".join(map(str, CONCURRENCY)), help=argparse.SUPPRESS)
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    if args.worker:
        worker_main(args.worker, args.url, scale, [int(c) for c in args.cells.split(",")])
        return

    names = [n for n in args.clients.split(",") if n]
    measured = run_workers(str(Path(__file__).resolve()), names, quick=args.quick)
    results = {name: {int(c): cell for c, cell in cells.items()} for name, cells in measured.items()}

    def cpu(name: str, c: int) -> float | None:
        return results.get(name, {}).get(c, {}).get("cpu_us")

    base = CLIENTS[BASELINE][0].split(" (")[0]
    headers = ["client", *(f"c={c} µs" for c in CONCURRENCY), *(f"c={c} vs base" for c in CONCURRENCY), "c=256/c=1"]
    rows = []
    for name in names:
        own = [cpu(name, c) for c in CONCURRENCY]
        vs = [f"{v / b:.2f}x" if v and (b := cpu(BASELINE, c)) else "-" for v, c in zip(own, CONCURRENCY, strict=True)]
        scaling = f"{own[-1] / own[0]:.2f}x" if name.startswith("prime") and own[0] and own[-1] else ""
        rows.append([CLIENTS[name][0], *(f"{v:.0f}" if v else "-" for v in own), *vs, scaling])
    title = f"Client CPU per request, µs (GET portfolio, loopback); base: {base}"
    print(table(headers, rows, title=title))
    print()
    headers = ["client", *(f"c={c} req/s" for c in CONCURRENCY), *(f"c={c} n" for c in CONCURRENCY)]
    rows = [
        [
            CLIENTS[name][0],
            *(f"{results[name][c]['rps']:,.0f}" for c in CONCURRENCY),
            *(f"{results[name][c]['requests']:,.0f}" for c in CONCURRENCY),
        ]
        for name in names
    ]
    sdk_note = f"prime-sdk-py uses min(c, {SDK_MAX_THREADS}) threads"
    print(table(headers, rows, title=f"Throughput (wall clock) and requests measured per cell; {sdk_note}"))
    print()

    if not {"prime", BASELINE} <= set(names):
        return
    # the two clients the targets compare, again in ROUNDS short alternating rounds (c=1 and c=256
    # only): the load of a shared machine drifts by the second, and a burst that lands on one
    # client's run would decide a single comparison; the targets take the medians of the ratios
    script = str(Path(__file__).resolve())
    rounds = []
    for _ in range(ROUNDS):
        measured = run_workers(script, HEAD_TO_HEAD, quick=args.quick, extra=["--cells", "1,256"])
        rounds.append({name: {int(c): cell for c, cell in cells.items()} for name, cells in measured.items()})
    vs_base = [r["prime"][256]["cpu_us"] / r[BASELINE][256]["cpu_us"] for r in rounds]
    vs_own = [r["prime"][256]["cpu_us"] / r["prime"][1]["cpu_us"] for r in rounds]
    shown = ", ".join(f"{v:.2f}x" for v in vs_base)
    print(f"  default client c=256 vs bare aiohttp + signing c=256, {ROUNDS} more rounds: {shown}")
    print(f"  default client c=256 vs its own c=1, {ROUNDS} more rounds: " + ", ".join(f"{v:.2f}x" for v in vs_own))
    print()
    label = f"default client (asyncio) c=256 vs bare aiohttp + signing c=256, median of {ROUNDS}"
    print(target(label, statistics.median(vs_base), 1.3))
    print(target(f"default client (asyncio) c=256 vs its own c=1, median of {ROUNDS}", statistics.median(vs_own), 1.2))


if __name__ == "__main__":
    main()
