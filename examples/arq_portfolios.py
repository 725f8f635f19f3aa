"""A portfolio-wide job spread over worker processes and hosts with arq: one job per portfolio.

arq runs asyncio jobs from a queue in Redis; the same Redis holds the rate budgets every worker
shares (`RateLimit(store=...)`), so ten workers on one host send what one would, and Prime's
per-IP and per-portfolio limits hold however many workers there are.

    export REDIS_URL=redis://127.0.0.1:6379/0          # one Redis every worker and host reaches
    python examples/arq_portfolios.py worker            # as many as you like, on as many hosts
    python examples/arq_portfolios.py enqueue           # one job per portfolio: run it again, nothing doubles
    python examples/arq_portfolios.py results           # what was written, as JSON lines

Each worker reads Prime credentials from its environment (PRIME_ACCESS_KEY, PRIME_PASSPHRASE,
PRIME_SIGNING_KEY, and PRIME_BASE_URL to aim at a simulator: `prime-async sim serve --portfolios
200 --env shell > sim.env &`, then `. ./sim.env` in each shell). Hosts with different egress IPs
each get their own overall budget with `worker --budget NAME` (Prime's ~100/s is per IP); every
portfolio's 25/s is shared by all of them.

Why it is safe to kill a worker at any moment:
- the job id is the portfolio id: enqueueing again while a portfolio's job is queued, running or
  finished within the hour (arq's `keep_result`) adds nothing;
- a worker that dies mid-job leaves the job in the queue; arq runs it again on another worker once
  the dead worker's claim on it expires (the job timeout plus 10 s);
- the result is written once, however often a job runs: `HSETNX` into the run's hash and, in the
  same script, the portfolio id appended to the run's list of completions (what a downstream
  consumer reads), so a second run of a job writes nothing;
- a job's calls are reads; a job that placed orders or moved funds would pass an idempotency key
  derived from the run and the portfolio, so its second run could not place or move twice.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from datetime import UTC, datetime
from typing import Any

from arq import Retry, create_pool
from arq.connections import RedisSettings
from arq.worker import func, run_worker

from prime_async import APIConnectionError, APIStatusError, PrimeClient, RateLimit

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
KEEP_RESULT = 3600  # seconds arq remembers a finished job: a re-enqueue within it adds nothing
# Writes a portfolio's result once: HSETNX, and the completion appended only by the first write.
WRITE_ONCE = """
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  return 1
end
return 0
"""


def results_key(run: str) -> str:
    return f"prime-export:{run}:results"


def written_key(run: str) -> str:
    return f"prime-export:{run}:written"


def runs_key(run: str) -> str:
    return f"prime-export:{run}:runs"


async def export_portfolio(ctx: dict[str, Any], portfolio_id: str, run: str) -> bool:
    """One portfolio's summary (name and balances), written once for `run`. True if this run of
    the job wrote it; False if an earlier run had (a worker died after writing)."""
    client: PrimeClient = ctx["prime"]
    redis = ctx["redis"]
    await redis.hincrby(runs_key(run), portfolio_id, 1)  # how often the job ran: >1 after a worker died
    try:
        portfolio = (await client.portfolios.get_portfolio(portfolio_id=portfolio_id)).portfolio
        balances = (await client.balances.list_portfolio_balances(portfolio_id=portfolio_id)).balances
    except (APIConnectionError, APIStatusError) as exc:
        if isinstance(exc, APIStatusError) and exc.status_code < 500 and exc.status_code != 429:
            raise  # the request itself is wrong: running it again will not help
        raise Retry(defer=ctx["job_try"] * 5) from exc  # the client's retries are spent: later, maybe elsewhere
    summary = {
        "portfolio_id": portfolio_id,
        "name": portfolio.name if portfolio is not None else None,
        "balances": {b.symbol: str(b.amount) for b in balances if b.amount},
        "exported_at": datetime.now(UTC).isoformat(),
    }
    keys = [results_key(run), written_key(run)]
    written = await redis.eval(WRITE_ONCE, 2, *keys, portfolio_id, json.dumps(summary))
    return bool(written)


async def startup(ctx: dict[str, Any]) -> None:
    """One client per worker process, paced by the budgets every worker shares."""
    limit = RateLimit(rate=ctx["rate"], store=ctx["redis_url"], budget=ctx["budget"])
    ctx["prime"] = PrimeClient.from_env(rate_limit=limit)


async def shutdown(ctx: dict[str, Any]) -> None:
    if "prime" in ctx:
        await ctx["prime"].aclose()


def worker_settings(redis_url: str, rate: float, budget: str, job_timeout: float, max_jobs: int) -> dict[str, Any]:
    """arq's Worker arguments (the class-style `WorkerSettings` works the same: `arq module.WorkerSettings`)."""
    return {
        "functions": [func(export_portfolio, name="export_portfolio", max_tries=5)],
        "redis_settings": RedisSettings.from_dsn(redis_url),
        "on_startup": startup,
        "on_shutdown": shutdown,
        "ctx": {"redis_url": redis_url, "rate": rate, "budget": budget},
        "job_timeout": job_timeout,
        "keep_result": KEEP_RESULT,
        "max_jobs": max_jobs,
    }


async def enqueue(redis_url: str, run: str, portfolio_ids: list[str] | None = None) -> int:
    """One job per portfolio (all of the entity's unless given); how many were new."""
    if portfolio_ids is None:
        async with PrimeClient.from_env(rate_limit=RateLimit(store=redis_url)) as client:
            portfolio_ids = [p.id for p in (await client.portfolios.list_portfolios()).portfolios]
    queue = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        new = 0
        for portfolio_id in portfolio_ids:
            job = await queue.enqueue_job("export_portfolio", portfolio_id, run, _job_id=portfolio_id)
            new += job is not None  # None: a job with this id is queued, running or just finished
        return new
    finally:
        await queue.aclose()


async def results(redis_url: str, run: str) -> list[dict[str, Any]]:
    """What the run wrote, in the order the portfolios were completed."""
    queue = await create_pool(RedisSettings.from_dsn(redis_url))
    reader: Any = queue  # redis-py types these commands as sync-or-async
    try:
        order = [pid.decode() for pid in await reader.lrange(written_key(run), 0, -1)]
        stored = {k.decode(): json.loads(v) for k, v in (await reader.hgetall(results_key(run))).items()}
        return [stored[pid] for pid in order]
    finally:
        await queue.aclose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("command", choices=("worker", "enqueue", "results"))
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument("--run", default=datetime.now(UTC).date().isoformat(), help="names the run (default: today)")
    parser.add_argument("--rate", type=float, default=90.0, help="requests/s for all workers on the budget together")
    parser.add_argument("--budget", default="default", help="the overall budget's name: one per egress IP")
    parser.add_argument("--job-timeout", type=float, default=60.0)
    parser.add_argument("--max-jobs", type=int, default=10, help="jobs a worker runs at once")
    args = parser.parse_args(argv)
    if args.command == "worker":
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
        run_worker(worker_settings(args.redis, args.rate, args.budget, args.job_timeout, args.max_jobs))
    elif args.command == "enqueue":
        new = asyncio.run(enqueue(args.redis, args.run))
        print(f"{new} new jobs for run {args.run}")
    else:
        for row in asyncio.run(results(args.redis, args.run)):
            print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
