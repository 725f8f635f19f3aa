"""One process of a multi-process rate-limit test: `python -m tests.store_worker ...` (from the repo root).

It builds a client on the shared store, prints "ready", waits for "go" on stdin (so that every
process starts together, at a moment the test records), makes `--count` calls `--concurrency` at a
time to the loopback server, and prints one JSON line: how many calls succeeded, the errors by
type, and the WARNINGs the client logged. With `--cancel-after`, every call is started at once and
all are cancelled after that many seconds, then the client is closed (which sends the slots back).

Each call is `get_portfolio(portfolio_id=...)`: `<name>-<i>` (so the server can tell the processes
and the calls apart), or `--portfolio` for all of them (one portfolio's budget shared).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from typing import Any

import anyio

from prime_async import RateLimit, RetryPolicy
from tests.conftest import make_client


class Remember(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def run(args: argparse.Namespace) -> dict[str, Any]:
    limit = RateLimit(
        rate=args.rate,
        burst=args.burst,
        portfolio_rate=args.portfolio_rate,
        portfolio_burst=args.portfolio_burst,
        store=args.store,
        store_failure=args.store_failure,
    )
    retry = RetryPolicy(max_retries=args.retries, max_retry_after=5.0)
    ok = 0
    errors: Counter[str] = Counter()
    async with make_client(args.base_url, rate_limit=limit, retry=retry) as client:
        print("ready", flush=True)
        await anyio.to_thread.run_sync(sys.stdin.readline)

        async def call(i: int) -> None:
            nonlocal ok
            portfolio_id = args.portfolio or f"{args.name}-{i}"
            try:
                await client.portfolios.get_portfolio(portfolio_id=portfolio_id)
                ok += 1
            except Exception as exc:
                errors[type(exc).__name__] += 1

        if args.cancel_after is not None:
            with anyio.move_on_after(args.cancel_after):
                async with anyio.create_task_group() as tg:
                    for i in range(args.count):
                        tg.start_soon(call, i)
        else:
            limiter = anyio.Semaphore(args.concurrency)

            async def one(i: int) -> None:
                async with limiter:
                    await call(i)

            with anyio.fail_after(args.timeout):
                async with anyio.create_task_group() as tg:
                    for i in range(args.count):
                        tg.start_soon(one, i)
    return {"name": args.name, "ok": ok, "errors": dict(errors)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--burst", type=int, default=1)
    parser.add_argument("--portfolio", default=None)
    parser.add_argument("--portfolio-rate", type=float, default=None)
    parser.add_argument("--portfolio-burst", type=int, default=1)
    parser.add_argument("--store-failure", default="degrade")
    parser.add_argument("--retries", type=int, default=0)
    parser.add_argument("--cancel-after", type=float, default=None)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    remember = Remember()
    logging.getLogger("prime_async").addHandler(remember)
    result = anyio.run(run, args)
    print(json.dumps({**result, "warnings": remember.messages}), flush=True)


if __name__ == "__main__":
    main()
