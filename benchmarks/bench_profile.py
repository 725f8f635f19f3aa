"""Where a request's CPU goes, at concurrency 256: the default client next to bare aiohttp + signing.

Why: `bench_requests.py` says how much CPU a request costs; this says what the cost is made of, so
that a missed target comes with what bounds it. Each client runs GET /v1/portfolios/{id}
against the loopback server of server.py (another process) in a fresh process: first unprofiled
(CPU µs per request and the share of it spent in garbage collection, timed through
`gc.callbacks`), then under cProfile, whose own time per function ("tottime") is summed by where
the function lives:

- prime-async: its own code (pipeline, encoding, signing, transports, structuring);
- httpx: the Request/Response/Headers objects the pipeline and transports exchange;
- aiohttp (with yarl, multidict): sending, parsing, the connection pool;
- asyncio: the event loop, futures, tasks; socket calls: the send/recv system calls themselves
  (the kernel's loopback work, the same for every client);
- hmac/base64 (signing), JSON (orjson/json), anyio/sniffio, everything else.

cProfile adds a cost per Python call, so Python-heavy parts look larger than they are: read the
shares side by side, not as absolute times. Bounded: N requests or T seconds per run.

    python benchmarks/bench_profile.py [--quick]
"""

from __future__ import annotations

import asyncio
import cProfile
import gc
import json
import pstats
import time
from pathlib import Path
from typing import Any

from _common import run_workers, table, worker_parser
from bench_requests import load, open_aiohttp, open_prime

CONCURRENCY = 256
REQUESTS = 8_000
MAX_SECONDS = 20.0
CLIENTS = {"prime": "prime-async, default client", "aiohttp": "bare aiohttp + signing"}
GROUPS = [
    ("prime-async", ("/prime_async/", "<prime_async ")),
    ("httpx objects", ("/httpx/", "/httpcore/")),
    ("aiohttp, yarl, multidict", ("/aiohttp/", "/yarl/", "/multidict/", "/aiohappyeyeballs/")),
    ("socket calls (kernel)", ("of '_socket.socket' objects",)),
    ("asyncio event loop", ("/asyncio/", "selectors.py", "_asyncio.", "of 'select.epoll' objects")),
    ("hmac, base64 (signing)", ("hmac.py", "base64.py", "_hashlib", "binascii")),
    ("JSON", ("orjson", "/json/")),
    ("anyio, sniffio", ("/anyio/", "/sniffio/")),
]


def group_of(where: str) -> str:
    for name, marks in GROUPS:
        if any(mark in where for mark in marks):
            return name
    return "other (stdlib, attrs, cattrs, ...)"


async def run(name: str, url: str, count: int, profile: cProfile.Profile | None) -> dict[str, Any]:
    call, close = await (open_prime(url) if name == "prime" else open_aiohttp(url))
    try:
        await load(call, CONCURRENCY, 2 * CONCURRENCY, 3.0, "asyncio")
        gc.collect()
        collecting = {"seconds": 0.0, "started": 0.0}

        def timed(phase: str, info: dict[str, Any]) -> None:
            if phase == "start":
                collecting["started"] = time.perf_counter()
            else:
                collecting["seconds"] += time.perf_counter() - collecting["started"]

        gc.callbacks.append(timed)
        if profile is not None:
            profile.enable()
        cpu = time.process_time()
        sent = await load(call, CONCURRENCY, count, MAX_SECONDS, "asyncio")
        cpu = time.process_time() - cpu
        if profile is not None:
            profile.disable()
        gc.callbacks.remove(timed)
    finally:
        await close()
    return {"cpu_us": cpu / sent * 1e6, "gc_share": collecting["seconds"] / cpu}


def worker_main(name: str, url: str, count: int) -> None:
    plain = asyncio.run(run(name, url, count, None))
    profile = cProfile.Profile()
    asyncio.run(run(name, url, count, profile))
    stats = pstats.Stats(profile)
    shares: dict[str, float] = {}
    total = 0.0
    for (filename, _, function), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{filename} {function}"
        shares[group_of(where)] = shares.get(group_of(where), 0.0) + tottime
        total += tottime
    print(json.dumps({**plain, "shares": {k: v / total for k, v in shares.items()}}))


def main() -> None:
    args = worker_parser(__doc__, quick="a tenth of the requests, for a smoke test").parse_args()
    count = REQUESTS // 10 if args.quick else REQUESTS
    if args.worker:
        worker_main(args.worker, args.url, count)
        return
    results = run_workers(str(Path(__file__).resolve()), CLIENTS, quick=args.quick)

    rows = [
        ["CPU µs per request (unprofiled)", *(f"{results[n]['cpu_us']:.0f}" for n in CLIENTS)],
        ["  of which garbage collection", *(f"{results[n]['gc_share'] * results[n]['cpu_us']:.0f}" for n in CLIENTS)],
    ]
    groups = [name for name, _ in GROUPS] + ["other (stdlib, attrs, cattrs, ...)"]
    for group in groups:
        rows.append([f"{group}, % of profiled", *(f"{results[n]['shares'].get(group, 0) * 100:.1f}" for n in CLIENTS)])
    title = f"Where the client's CPU goes, GET portfolio at concurrency {CONCURRENCY} (cProfile tottime by package)"
    print(table(["", *CLIENTS.values()], rows, title=title))


if __name__ == "__main__":
    main()
