"""The rate limit shared through Redis (`RateLimit(store=...)`): against a real redis-server of the
test's own (tests/redis_support.py) and the recording loopback server, with real processes.

Rates are measured by the server's own clock over the whole run: from the moment every process is
released (all at once) to the last request's arrival. The limiter bounds that figure whatever the
machine's load (a slow machine only makes it lower), so the bounds hold on a busy 2-core machine:
n requests at a shared rate r with burst b cannot arrive in less than (n - b) / r seconds.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import attrs
import pytest

from prime_async import RateLimit, RateLimitError, RateLimitStoreError
from prime_async._ratelimit_redis import KEY_PREFIX
from tests.conftest import Recorded, RecordingServer, make_client
from tests.redis_support import RedisServer

ROOT = Path(__file__).resolve().parents[1]
BUDGET_KEY = f"{KEY_PREFIX}budget:default"
PORTFOLIO = {"portfolio": {"id": "p-1", "name": "one"}}  # what GetPortfolio wraps (the workers' call)


@pytest.fixture
def server(server: RecordingServer) -> RecordingServer:
    """The recording server, answering every call with a portfolio (a 200 without the message
    GetPortfolio wraps is a MissingResponseFieldError)."""
    server.respond_json(PORTFOLIO)
    return server


class Workers:
    """`tests/store_worker.py` processes, released together; `go_at` is the server clock's time
    of the release."""

    def __init__(self, server: RecordingServer, redis: RedisServer, runs: dict[str, list[str]]) -> None:
        self.processes: dict[str, subprocess.Popen[str]] = {}
        for name, options in runs.items():
            command = [sys.executable, "-m", "tests.store_worker", "--base-url", server.url, "--store", redis.url]
            self.processes[name] = subprocess.Popen(
                [*command, "--name", name, *options],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        for name, process in self.processes.items():
            assert process.stdout is not None
            line = process.stdout.readline()
            if line.strip() != "ready":
                self.stop()
                raise AssertionError(f"worker {name} did not start: {line!r} {process.stderr.read()[-2000:]}")  # type: ignore[union-attr]
        self.go_at = time.monotonic()
        for process in self.processes.values():
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()

    def results(self, timeout: float = 90.0) -> dict[str, dict[str, Any]]:
        results = {}
        deadline = time.monotonic() + timeout
        try:
            for name, process in self.processes.items():
                out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
                assert process.returncode == 0, f"worker {name} failed: {err[-3000:]}"
                results[name] = json.loads(out.strip().splitlines()[-1])
        finally:
            self.stop()
        return results

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
                process.communicate()


def arrivals(server: RecordingServer, prefix: str = "/v1/portfolios/") -> list[Recorded]:
    return sorted((r for r in server.requests if r.path.startswith(prefix)), key=lambda r: r.at)


def rate_since(requests: list[Recorded], start: float) -> float:
    """Requests per second from `start` (the release) to the last arrival, on the server's clock."""
    return len(requests) / (requests[-1].at - start)


def sync_redis(redis: RedisServer) -> Any:
    import redis as redis_py

    return redis_py.Redis.from_url(redis.url)


def ahead_of_now(redis: RedisServer, key: str) -> float:
    """Seconds from Redis's clock to the key's theoretical arrival time (0 if it has none)."""
    client = sync_redis(redis)
    try:
        seconds, micros = client.time()
        tat = client.get(key)
    finally:
        client.close()
    return 0.0 if tat is None else (float(tat) - (seconds * 1e6 + micros)) / 1e6


# -- the shared budgets, across processes ----------------------------------------------------------


def test_four_processes_share_one_overall_budget(server: RecordingServer, redis_server: RedisServer) -> None:
    # Tried before the store: 4 processes at RateLimit(rate=40) each put 160 requests/s on the server
    options = ["--count", "60", "--concurrency", "4", "--rate", "40", "--burst", "4"]
    workers = Workers(server, redis_server, {f"w{i}": options for i in range(4)})
    results = workers.results()
    assert all(r["ok"] == 60 and not r["errors"] and not r["warnings"] for r in results.values()), results
    seen = arrivals(server)
    assert len(seen) == 240 and len({r.path for r in seen}) == 240  # each call once
    # 240 requests at 40/s with a burst of 4 take at least 5.9 s: at most 40.7/s measured this way
    rate = rate_since(seen, workers.go_at)
    assert 20 < rate <= 46, rate


def test_two_processes_share_one_portfolios_budget(server: RecordingServer, redis_server: RedisServer) -> None:
    # Tried before the store: 2 processes at portfolio_rate=10 each put 20/s on the portfolio
    options = ["--count", "30", "--concurrency", "3", "--portfolio", "shared", "--portfolio-rate", "10"]
    options += ["--portfolio-burst", "2"]
    workers = Workers(server, redis_server, {"a": options, "b": options})
    results = workers.results()
    assert all(r["ok"] == 30 and not r["errors"] for r in results.values()), results
    seen = arrivals(server, "/v1/portfolios/shared")
    assert len(seen) == 60
    assert 5 < rate_since(seen, workers.go_at) <= 11.5


def test_budgets_are_separate_and_portfolios_shared_across_them(redis_server: RedisServer) -> None:
    from prime_async._ratelimit_redis import RedisStore

    async def main() -> None:
        limit = RateLimit(rate=1, burst=1, portfolio_rate=1, portfolio_burst=1, store=redis_server.url)
        a, b = RedisStore(limit), RedisStore(attrs.evolve(limit, budget="ip-2"))
        ca, cb = a.connect(), b.connect()
        try:
            assert await ca.apply([("r", None, 0)]) == [0]
            assert await cb.apply([("r", None, 0)]) == [0]  # another budget: its own first slot
            assert await ca.apply([("r", "p", 0)]) != [0]  # budget a's second slot
            # portfolio p's second slot, though budget b has room for it now or soon
            [wait] = await cb.apply([("r", "p", 0)])
            assert wait > 0.5e6
        finally:
            await ca.aclose()
            await cb.aclose()

    anyio.run(main)


# -- batching: one round trip serves many calls, and shares stay fair -----------------------------


def test_processes_with_equal_demand_get_equal_shares(server: RecordingServer, redis_server: RedisServer) -> None:
    options = ["--count", "80", "--concurrency", "16", "--rate", "40", "--burst", "1"]
    workers = Workers(server, redis_server, {"a": options, "b": options})
    results = workers.results()
    assert all(r["ok"] == 80 for r in results.values()), results
    seen = arrivals(server)
    # while both processes had calls waiting (until the first finished), each got about half
    first_done = min(max(r.at for r in seen if r.path.split("/")[-1].startswith(f"{n}-")) for n in "ab")
    shares = Counter(r.path.split("/")[-1].split("-")[0] for r in seen if r.at <= first_done)
    total = sum(shares.values())
    assert total > 100 and all(0.35 < shares[n] / total < 0.65 for n in "ab"), shares


def test_a_batch_reserves_exactly_one_slot_per_call(redis_server: RedisServer) -> None:
    from prime_async._ratelimit_redis import RedisStore

    # slow rates (1/s), so that the time between the script's run and the check cannot matter
    async def main() -> None:
        limit = RateLimit(rate=1, burst=5, portfolio_rate=None, store=redis_server.url)
        connection = RedisStore(limit).connect()
        paused = RedisStore(attrs.evolve(limit, budget="paused")).connect()
        try:
            waits = await connection.apply([("r", None, 0)] * 50)
            # a burst of 5, then 1 s apart, in the order asked
            assert waits == [0] * 5 + [(i - 4) * 1_000_000 for i in range(5, 50)]
            ahead = ahead_of_now(redis_server, BUDGET_KEY)
            assert 49 < ahead <= 50  # 50 slots of 1 s: not one more
            await connection.apply([("g", None, 0)] * 10)  # ten given back
            assert 39 < ahead_of_now(redis_server, BUDGET_KEY) <= 40
            assert 39_000 < sync_redis(redis_server).pttl(BUDGET_KEY) <= 40_002  # gone when the bucket is full
            await paused.apply([("p", None, 2_000_000)])  # a 429's Retry-After: 2
            ahead = ahead_of_now(redis_server, f"{KEY_PREFIX}budget:paused")
            assert 5 < ahead <= 6  # now + 2 s + the burst's tolerance (4 s)
        finally:
            await connection.aclose()
            await paused.aclose()

    anyio.run(main)


# -- a 429 holds back every process ----------------------------------------------------------------


def test_a_429_seen_by_one_process_pauses_the_others(server: RecordingServer, redis_server: RedisServer) -> None:
    told = []

    def reply(request: Recorded) -> tuple[int, dict[str, str], bytes]:
        if request.path == "/v1/portfolios/a-10" and not told:
            told.append(request.at)
            return 429, {"Retry-After": "2", "Content-Type": "application/json"}, b'{"message": "slow down"}'
        return 200, {"Content-Type": "application/json"}, json.dumps(PORTFOLIO).encode()

    server.reply = reply
    options = ["--count", "25", "--concurrency", "1", "--rate", "10", "--burst", "1", "--retries", "2"]
    workers = Workers(server, redis_server, {"a": options, "b": options, "c": options})
    results = workers.results()
    assert all(r["ok"] == 25 and not r["errors"] for r in results.values()), results
    [at] = told
    others = [r for r in arrivals(server) if not r.path.split("/")[-1].startswith("a-")]
    # The pause reaches the store at once; the slots reserved before it (one per process, 0.3 s
    # ahead at most) may still arrive. Unpaused, ~11 would arrive in this window.
    held = [r for r in others if at + 0.8 < r.at < at + 1.95]
    assert len(held) <= 1, [round(r.at - at, 3) for r in held]
    assert len([r for r in others if r.at > at + 1.95]) > 10  # and they went on after it


def test_a_429_not_retried_still_pauses_the_budget_on_the_store(
    server: RecordingServer, redis_server: RedisServer
) -> None:
    server.respond_json({"message": "slow down"}, status=429, headers={"Retry-After": "2"})

    async def main() -> None:
        limit = RateLimit(store=redis_server.url, store_failure="raise")
        async with make_client(server.url, rate_limit=limit, max_retries=0) as client:
            with pytest.raises(RateLimitError):
                await client.portfolios.get_portfolio(portfolio_id="p")
        # closed: what was queued for the store has been sent

    anyio.run(main)
    # unpaused, one slot: 11 ms ahead
    assert 1.0 < ahead_of_now(redis_server, BUDGET_KEY) <= 2.0 + RateLimit().burst / RateLimit().rate


# -- the store fails: degrade (the default) or raise -----------------------------------------------


def test_redis_killed_mid_run_every_process_finishes_every_request(
    server: RecordingServer, redis_server: RedisServer
) -> None:
    options = ["--count", "40", "--concurrency", "2", "--rate", "30", "--burst", "1"]
    workers = Workers(server, redis_server, {f"w{i}": options for i in range(3)})
    deadline = time.monotonic() + 30
    while len(server.requests) < 30 and time.monotonic() < deadline:
        time.sleep(0.01)
    redis_server.kill()
    results = workers.results()
    for result in results.values():
        assert result["ok"] == 40 and not result["errors"], result
        [warning] = result["warnings"]  # once, however many calls went on without the store
        assert "rate limit store" in warning and "paces itself" in warning
    seen = arrivals(server)
    assert len(seen) == 120 and len({r.path for r in seen}) == 120  # nothing lost, nothing doubled


def test_with_store_failure_raise_the_calls_fail_and_nothing_is_sent(
    server: RecordingServer, redis_server: RedisServer
) -> None:
    options = ["--count", "40", "--concurrency", "2", "--rate", "30", "--burst", "1", "--store-failure", "raise"]
    workers = Workers(server, redis_server, {"w0": options, "w1": options})
    deadline = time.monotonic() + 30
    while len(server.requests) < 20 and time.monotonic() < deadline:
        time.sleep(0.01)
    redis_server.kill()
    results = workers.results()
    sent = 0
    for result in results.values():
        assert set(result["errors"]) == {"RateLimitStoreError"} and result["errors"]["RateLimitStoreError"] > 0
        assert result["ok"] + result["errors"]["RateLimitStoreError"] == 40
        assert not result["warnings"]
        sent += result["ok"]
    assert len(arrivals(server)) == sent  # a call that raised sent nothing


def test_an_unreachable_store_degrades_with_one_warning_and_says_when_it_is_back(
    server: RecordingServer, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    redis_server.kill()
    limit = RateLimit(rate=1000, burst=10, store=redis_server.url)

    async def main() -> None:
        async with make_client(server.url, rate_limit=limit) as client:
            for _ in range(5):
                await client.portfolios.get_portfolio(portfolio_id="p")
            assert len(caplog.records) == 1 and "failed" in caplog.records[0].getMessage()
            redis_server.start()  # the same port
            with anyio.fail_after(20):
                while len(caplog.records) < 2:
                    await client.portfolios.get_portfolio(portfolio_id="p")
                    await anyio.sleep(0.05)
            assert "is back" in caplog.records[1].getMessage()
            await client.portfolios.get_portfolio(portfolio_id="p")

    with caplog.at_level(logging.WARNING, logger="prime_async"):
        anyio.run(main)
    assert len(caplog.records) == 2
    # the calls since it is back went through the store (started afresh: its counts are theirs)
    assert sync_redis(redis_server).info("commandstats")["cmdstat_evalsha"]["calls"] >= 2


# -- cancelled waits give their slots back, across processes ---------------------------------------


def test_cancelled_waits_give_their_slots_back_across_processes(
    server: RecordingServer, redis_server: RedisServer
) -> None:
    # 60 calls at 10/s in one process, all cancelled after 1 s: ~5 s of slots reserved on the
    # budget and the portfolio, which the other processes would wait out unless given back
    options = ["--count", "60", "--rate", "10", "--burst", "1", "--portfolio", "p", "--portfolio-rate", "10"]
    workers = Workers(server, redis_server, {"a": [*options, "--cancel-after", "1.0"]})
    [result] = workers.results().values()
    assert result["ok"] < 20 and not result["errors"]  # most were waiting when cancelled
    for key in (BUDGET_KEY, f"{KEY_PREFIX}portfolio:p"):
        assert ahead_of_now(redis_server, key) < 0.25  # two intervals at most, not ~5 s


# -- the store's own edges: trio, secrets, the URL ------------------------------------------------


def test_on_trio_a_store_says_plainly_that_it_needs_asyncio(redis_server: RedisServer) -> None:
    limit = RateLimit(store=redis_server.url)

    async def build_inside() -> None:
        with pytest.raises(RateLimitStoreError, match="needs asyncio"):
            make_client("http://127.0.0.1:9", rate_limit=limit)

    anyio.run(build_inside, backend="trio")
    client = make_client("http://127.0.0.1:9", rate_limit=limit)  # made outside any loop: used on trio

    async def use() -> None:
        with pytest.raises(RateLimitStoreError, match="needs asyncio"):
            await client.portfolios.get_portfolio(portfolio_id="p")
        await client.aclose()

    anyio.run(use, backend="trio")


def test_the_store_password_never_shows(
    server: RecordingServer, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "hunter2-store-SECRET"
    redis_server.kill()  # nothing answers: the failure paths are the ones that could leak it
    url = f"redis://:{secret}@127.0.0.1:{redis_server.port}/0"
    limit = RateLimit(store=url)
    assert secret not in repr(limit) and "***" in repr(limit) and limit.store == url
    with pytest.raises(ValueError) as refused:
        RateLimit(store=f"redis://:{secret}@redis.example.internal:6379/0")  # plain text to another host
    assert "rediss://" in str(refused.value) and secret not in str(refused.value)
    RateLimit(store=f"rediss://:{secret}@redis.example.internal:6379/0")  # TLS: fine

    async def main() -> None:
        async with make_client(server.url, rate_limit=limit) as client:
            await client.portfolios.get_portfolio(portfolio_id="p")
            assert secret not in repr(client.pipeline.limiter)
        async with make_client(server.url, rate_limit=RateLimit(store=url, store_failure="raise")) as client:
            with pytest.raises(RateLimitStoreError) as info:
                await client.portfolios.get_portfolio(portfolio_id="p")
        error: BaseException | None = info.value
        assert "***" in str(info.value)
        while error is not None:  # nothing in the chain: redis-py's frames hold the password
            assert secret not in repr(error) and secret not in str(error)
            assert error.__traceback__ is None or error is info.value
            error = error.__cause__ or error.__context__
        frames = [f for f, _ in traceback.walk_tb(info.value.__traceback__) if f.f_code.co_filename != __file__]
        assert frames  # the library's own, from the call down to the raise
        for frame in frames:
            assert not any(secret in repr(v) for v in frame.f_locals.values()), frame

    with caplog.at_level(logging.DEBUG, logger="prime_async"):
        anyio.run(main)
    assert caplog.records and all(secret not in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "bad",
    ["127.0.0.1:6379", "http://127.0.0.1:6379/0", "redis://", "redis://127.0.0.1:port/0", "unix://", 6379],
)
def test_a_store_that_is_not_a_redis_url_is_refused_at_once(bad: Any) -> None:
    with pytest.raises(ValueError, match="store"):
        RateLimit(store=bad)


@pytest.mark.parametrize(
    ("field", "bad"), [("budget", ""), ("budget", "a\nb"), ("budget", 7), ("store_failure", "ignore")]
)
def test_a_bad_budget_or_failure_mode_is_refused(field: str, bad: Any) -> None:
    with pytest.raises(ValueError, match=field):
        RateLimit(**{field: bad})


def test_without_a_store_nothing_changes_and_redis_is_never_imported() -> None:
    code = (
        "import sys, prime_async\n"
        "from prime_async._ratelimit import RateLimiter\n"
        "c = prime_async.PrimeClient(access_key='k', passphrase='p', signing_key='s', base_url='http://127.0.0.1:9')\n"
        "assert type(c.pipeline.limiter) is RateLimiter\n"
        "bad = [m for m in sys.modules if m.split('.')[0] == 'redis' or m == 'prime_async._ratelimit_store']\n"
        "assert not bad, bad\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_a_client_from_one_event_loop_after_another(server: RecordingServer, redis_server: RedisServer) -> None:
    limit = RateLimit(rate=1000, burst=10, store=redis_server.url, store_failure="raise")
    client = make_client(server.url, rate_limit=limit)

    async def call() -> None:
        await client.portfolios.get_portfolio(portfolio_id="p")

    anyio.run(call)
    anyio.run(call)  # another loop: its own connection to the store (the first closed with its loop)
    anyio.run(client.aclose)
    assert len(server.requests) == 2


FORK_SCRIPT = """
import asyncio, os, sys, threading
from prime_async import RateLimit
from prime_async._ratelimit_store import SharedRateLimiter

limiter = SharedRateLimiter(RateLimit(rate=1e6, burst=1000, store=sys.argv[1], store_failure="raise"))
loop = asyncio.new_event_loop()
threading.Thread(target=loop.run_forever, daemon=True).start()

async def many(n):
    await asyncio.gather(*(limiter.acquire(f"p{i % 5}") for i in range(n)))

asyncio.run_coroutine_threadsafe(many(1), loop).result(10)  # the parent's connection is open
pid = os.fork()
if pid == 0:  # the child: a connection of its own, never the parent's socket
    try:
        for _ in range(10):
            asyncio.run(many(20))
    except BaseException as exc:
        print(f"child: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        os._exit(3)
    os._exit(0)
for _ in range(10):  # meanwhile the parent, on its connection: replies crossed would fail here
    asyncio.run_coroutine_threadsafe(many(20), loop).result(10)
_, status = os.waitpid(pid, 0)
asyncio.run_coroutine_threadsafe(limiter.aclose(), loop).result(10)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def test_after_a_fork_parent_and_child_each_use_their_own_connection(redis_server: RedisServer) -> None:
    # in a process of its own: forking pytest's (threaded) process is unsafe
    done = subprocess.run(
        [sys.executable, "-c", FORK_SCRIPT, redis_server.url], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    calls = sync_redis(redis_server).info("commandstats")["cmdstat_evalsha"]["calls"]
    assert calls >= 21  # both processes went through the store, each round at least one trip


def test_the_store_is_asked_once_per_round_trip_not_per_call(redis_server: RedisServer) -> None:
    """256 calls at once in one process: a handful of round trips, not 256."""

    async def main() -> None:
        from prime_async._ratelimit_store import SharedRateLimiter

        limiter = SharedRateLimiter(RateLimit(rate=1e6, burst=1000, store=redis_server.url))
        await limiter.acquire()  # connected
        before = sync_redis(redis_server).info("commandstats")["cmdstat_evalsha"]["calls"]
        async with anyio.create_task_group() as tg:
            for i in range(256):
                tg.start_soon(limiter.acquire, f"p{i % 7}")
        after = sync_redis(redis_server).info("commandstats")["cmdstat_evalsha"]["calls"]
        await limiter.aclose()
        assert after - before <= 4

    anyio.run(main)


def test_the_blocking_facade_shares_the_store_and_closes_its_connection(
    server: RecordingServer, redis_server: RedisServer
) -> None:
    from prime_async.sync import SyncPrimeClient

    limit = RateLimit(rate=0.5, burst=1, portfolio_rate=None, store=redis_server.url, store_failure="raise")
    with SyncPrimeClient(
        access_key="k", passphrase="p", signing_key="s", base_url=server.url, rate_limit=limit
    ) as client:  # fmt: skip
        client.portfolios.get_portfolio(portfolio_id="p")
        assert ahead_of_now(redis_server, BUDGET_KEY) > 0  # its slot was taken on the store
    checker = sync_redis(redis_server)
    try:
        assert int(checker.info("clients")["connected_clients"]) == 1  # only the checker's
    finally:
        checker.close()


def test_a_closed_client_leaves_no_connection_to_the_store(server: RecordingServer, redis_server: RedisServer) -> None:
    async def main() -> None:
        async with make_client(server.url, rate_limit=RateLimit(store=redis_server.url)) as client:
            await client.portfolios.get_portfolio(portfolio_id="p")
            assert clients() == 2  # the client's, and the one counting

    def clients() -> int:
        checker = sync_redis(redis_server)
        try:
            return int(checker.info("clients")["connected_clients"])
        finally:
            checker.close()

    anyio.run(main)
    assert clients() == 1
