"""Helpers shared by the benchmarks: made-up credentials, a plain-text table, target lines."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Callable, Coroutine, Iterable, Sequence
from typing import Any

# The benchmarks measure the default client: PRIME_TRANSPORT (the test suite's switch) would change
# what transport="auto" means, here and in every benchmark process started from here.
os.environ.pop("PRIME_TRANSPORT", None)

# Made up for the benchmarks; the loopback server checks nothing. Never printed.
ACCESS_KEY = "bench-access-key-00000000"
PASSPHRASE = "bench-passphrase"
SIGNING_KEY = "bench-signing-key-not-a-secret-" + "0123456789abcdef" * 2  # 63 bytes: one HMAC block


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> str:
    """Left-aligned first column, right-aligned others; floats are shown as given (pre-format them)."""
    cells = [[str(h) for h in headers], *[["" if c is None else str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        first, *rest = row
        return "  ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))])

    out = [title] if title else []
    out += [line(cells[0]), "  ".join("-" * w for w in widths), *(line(r) for r in cells[1:])]
    return "\n".join(out)


def target(label: str, value: float | None, limit: float, *, at_least: bool = False, unit: str = "x") -> str:
    """One line stating a target and whether this run met it."""
    if value is None:
        return f"  [ n/a  ] {label}: not measured"
    met = value >= limit if at_least else value <= limit
    sign = ">=" if at_least else "<="
    return f"  [{' met  ' if met else 'MISSED'}] {label}: {value:.2f}{unit} (target {sign} {limit:g}{unit})"


def run_async(main: Callable[[], Coroutine[Any, Any, Any]], loop: str = "asyncio") -> Any:
    """asyncio.run, uvloop's run when loop == "uvloop", trio.run when loop == "trio"."""
    if loop == "uvloop":
        import uvloop

        return uvloop.run(main())
    if loop == "trio":
        import trio

        return trio.run(main)
    return asyncio.run(main())


PRIME_URL = "https://api.prime.coinbase.com"


def prime_client(url: str, transport: str = "auto", **options: Any) -> Any:
    """A prime_async client for the bench server: no pacing, no retries (unless `options` say
    otherwise). `transport` "auto" is the
    default install's default client (aiohttp on asyncio, httpx's stack on trio); "aiohttp" and
    "httpx" name one."""
    import prime_async

    return prime_async.PrimeClient(
        access_key=ACCESS_KEY,
        passphrase=PASSPHRASE,
        signing_key=SIGNING_KEY,
        base_url=url,
        transport=transport,
        **{"rate_limit": None, "max_retries": 0, **options},
    )


def prime_sdk_portfolios(base_url: str, pool_size: int) -> Any:
    """prime-sdk-py's portfolios service (`PrimeServicesClient(...).portfolios`), sending to `base_url`.

    prime-sdk-py has no base-URL option, so its `http_client` is a requests.Session that rewrites
    the Prime prefix; its pool is sized for `pool_size` threads (requests keeps 10 by default).
    """
    import prime_sdk
    import requests

    class LoopbackSession(requests.Session):
        def request(self, method: Any, url: Any, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
            if isinstance(url, str) and url.startswith(PRIME_URL):
                url = base_url + url[len(PRIME_URL) :]
            return super().request(method, url, *args, **kwargs)

    session = LoopbackSession()
    session.mount("http://", requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=pool_size))
    credentials = prime_sdk.Credentials(ACCESS_KEY, PASSPHRASE, SIGNING_KEY)
    return prime_sdk.PrimeServicesClient(credentials, http_client=session).portfolios


def worker_parser(
    doc: str, quick: str = "a tenth of the requests and time, for a smoke test"
) -> argparse.ArgumentParser:
    """The command line of a benchmark that measures in worker processes (`run_workers`): the first
    line of `doc` as its description, `--quick` (`quick` says what it cuts), and the hidden options
    with which `run_workers` starts the benchmark again as one worker."""
    parser = argparse.ArgumentParser(description=doc.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help=quick)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    return parser


def run_workers(
    script: str, names: Iterable[str], *, quick: bool, timeout: float = 120, extra: Sequence[str] = ()
) -> dict[str, Any]:
    """Each of `names` measured in a fresh process (`script --worker NAME --url URL [extra]`), all
    against one loopback server (server.py); what each printed last, parsed as JSON."""
    from server import serving

    results: dict[str, Any] = {}
    with serving() as url:
        for name in names:
            command = [sys.executable, script, "--worker", name, "--url", url, *extra] + (["--quick"] if quick else [])
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                raise SystemExit(f"{name} failed (exit code {done.returncode})")
            results[name] = json.loads(done.stdout.strip().splitlines()[-1])
    return results
