"""examples/arq_portfolios.py: 2 arq workers (real processes) export 200 portfolios from the simulator,
sharing one Redis for the queue and the rate budgets; one worker is killed half way. Every
portfolio's result must be written exactly once, and be that portfolio's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from prime_async import PrimeClient
from prime_async.testing import PrimeSimulator
from tests.redis_support import RedisServer

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PORTFOLIOS = 200
RUN = "test-run"


@pytest.fixture(scope="module")
def example() -> Iterator[Any]:
    pytest.importorskip("arq")
    sys.path.insert(0, str(EXAMPLES))
    try:
        import arq_portfolios

        yield arq_portfolios
    finally:
        sys.path.remove(str(EXAMPLES))


def start_worker(url: str, sim: PrimeSimulator, redis: RedisServer, log: Path) -> subprocess.Popen[bytes]:
    credentials = sim.credentials
    env = {
        **os.environ,
        "PRIME_BASE_URL": url,
        "PRIME_ACCESS_KEY": credentials.access_key,
        "PRIME_PASSPHRASE": credentials.passphrase,
        "PRIME_SIGNING_KEY": credentials.signing_key,
    }
    # 40 requests/s shared by both workers: 400 calls take ~10 s, so each worker always has jobs
    # in flight; a job of the dead worker is run again 4 + 10 s after it started (arq's claim)
    command = [sys.executable, str(EXAMPLES / "arq_portfolios.py"), "worker", "--redis", redis.url]
    command += ["--rate", "40", "--job-timeout", "4", "--max-jobs", "10"]
    with log.open("wb") as out:  # the worker writes to its own copy of the file
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)


def expected(sim: PrimeSimulator, url: str) -> dict[str, tuple[Any, dict[str, str]]]:
    async def fetch() -> dict[str, tuple[Any, dict[str, str]]]:
        async with PrimeClient(credentials=sim.credentials, base_url=url, rate_limit=None) as client:
            found = {}
            for pid in sim.portfolio_ids:
                name = (await client.portfolios.get_portfolio(portfolio_id=pid)).portfolio
                balances = (await client.balances.list_portfolio_balances(portfolio_id=pid)).balances
                found[pid] = (name.name if name else None, {b.symbol: str(b.amount) for b in balances if b.amount})
            return found

    return anyio.run(fetch)


async def run_job_again(example: Any, sim: PrimeSimulator, url: str, redis_url: str, portfolio_id: str) -> bool:
    from arq import create_pool
    from arq.connections import RedisSettings

    queue = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        async with PrimeClient(credentials=sim.credentials, base_url=url, rate_limit=None) as client:
            ctx = {"prime": client, "redis": queue, "job_try": 2}
            return bool(await example.export_portfolio(ctx, portfolio_id, RUN))
    finally:
        await queue.aclose()


def test_two_workers_one_killed_half_way_every_portfolio_written_once(
    example: Any, redis_server: RedisServer, tmp_path: Path
) -> None:
    import redis as redis_py

    sim = PrimeSimulator(portfolios=PORTFOLIOS, seed=11)
    store = redis_py.Redis.from_url(redis_server.url)
    with sim.serve_in_thread() as served:
        workers = [start_worker(served.url, sim, redis_server, tmp_path / f"worker{i}.log") for i in range(2)]
        try:
            new = anyio.run(example.enqueue, redis_server.url, RUN, list(sim.portfolio_ids))
            assert new == PORTFOLIOS
            # job id = portfolio id: enqueueing again adds nothing
            assert anyio.run(example.enqueue, redis_server.url, RUN, list(sim.portfolio_ids)) == 0
            deadline = time.monotonic() + 60
            while store.hlen(example.results_key(RUN)) < PORTFOLIOS // 2:
                assert time.monotonic() < deadline, "half the portfolios not written in 60 s"
                assert all(w.poll() is None for w in workers), "a worker died"
                time.sleep(0.05)
            workers[0].kill()  # mid-run, mid-job: no goodbye to arq
            workers[0].wait(10)
            written_at_kill = store.hlen(example.results_key(RUN))
            assert written_at_kill < PORTFOLIOS
            deadline = time.monotonic() + 90
            while store.hlen(example.results_key(RUN)) < PORTFOLIOS:
                assert time.monotonic() < deadline, "not every portfolio written in 90 s after the kill"
                assert workers[1].poll() is None, "the surviving worker died"
                time.sleep(0.1)
            time.sleep(1.0)  # anything still running would write now
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.send_signal(signal.SIGTERM)  # arq's own graceful stop
            for worker in workers:
                try:
                    worker.wait(20)
                except subprocess.TimeoutExpired:
                    worker.kill()
                    worker.wait()
        truth = expected(sim, served.url)
        # a job run once more after it wrote (a worker killed between its write and arq's record of
        # the job's end) writes nothing
        again = anyio.run(run_job_again, example, sim, served.url, redis_server.url, sim.portfolio_ids[0])
        assert again is False

    rows = anyio.run(example.results, redis_server.url, RUN)
    completions = [pid.decode() for pid in store.lrange(example.written_key(RUN), 0, -1)]
    runs = Counter({k.decode(): int(v) for k, v in store.hgetall(example.runs_key(RUN)).items()})
    store.close()
    # every portfolio written, exactly once, with its own data
    assert sorted(completions) == sorted(sim.portfolio_ids)
    assert len(rows) == PORTFOLIOS
    for row in rows:
        name, balances = truth[row["portfolio_id"]]
        assert (row["name"], row["balances"]) == (name, balances)
    # the killed worker's jobs in flight were run again (by the other worker), and wrote once
    rerun = [pid for pid, count in runs.items() if count > 1]
    assert rerun, "no job of the killed worker was run again"
    assert set(runs) == set(sim.portfolio_ids)
    survivor_log = (tmp_path / "worker1.log").read_text(errors="replace")
    assert "try=2" in survivor_log  # arq's own account of the retry
    assert "Traceback" not in survivor_log
