"""Logging and event hooks: what they report, what they never report, and what they cost when off."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest

from prime_async import InternalServerError, PrimeClient, RateLimit, RequestEvent, RetryPolicy
from prime_async.testing import Faults, PrimeSimulator

from .conftest import MARKET_ORDER, RecordingServer, Reply, make_client

pytestmark = pytest.mark.anyio


@pytest.fixture
async def served() -> AsyncIterator[tuple[PrimeSimulator, str]]:
    sim = PrimeSimulator(portfolios=1, seed=4)
    async with sim.serve() as server:
        yield sim, server.url


async def test_debug_log_has_operation_method_path_status_attempt_duration_request_id(
    served: tuple[PrimeSimulator, str], caplog: pytest.LogCaptureFixture
) -> None:
    sim, url = served
    sim.route_faults["GetPortfolio"] = Faults(error_rate=0.999)
    retry = RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.001)
    async with PrimeClient(credentials=sim.credentials, base_url=url, retry=retry) as client:
        with caplog.at_level(logging.DEBUG, logger="prime_async"), pytest.raises(InternalServerError):
            await client.portfolios.get_portfolio(portfolio_id=sim.portfolio_ids[0])
    lines = [r.getMessage() for r in caplog.records if r.name == "prime_async"]
    path = f"/v1/portfolios/{sim.portfolio_ids[0]}"
    attempts = [line for line in lines if line.startswith(f"GetPortfolio GET {path} attempt")]
    assert len(attempts) == 2
    assert "attempt 1 -> 503 in " in attempts[0] and " ms (request id sim-" in attempts[0]
    assert "attempt 2 -> 503" in attempts[1]
    assert any("HTTP 503: retry in" in line for line in lines)  # the retry decision, logged
    secrets = (sim.credentials.passphrase, sim.credentials.signing_key)
    assert not any(s in text for s in secrets for text in caplog.text.splitlines())


async def test_event_hooks_hear_every_attempt(served: tuple[PrimeSimulator, str]) -> None:
    sim, url = served
    events: list[RequestEvent] = []
    async with PrimeClient(credentials=sim.credentials, base_url=url, event_hooks=[events.append]) as client:
        await client.portfolios.list_portfolios()
        await client.orders.list_portfolio_orders(portfolio_id=sim.portfolio_ids[0], limit=5).collect()
    assert [e.operation_id for e in events[:2]] == ["GetPortfolios", "GetOrders"]
    first = events[0]
    assert (first.method, first.path, first.status_code, first.attempt) == ("GET", "/v1/portfolios", 200, 1)
    assert first.duration > 0 and first.request_id and first.request_id.startswith("sim-") and first.error is None
    assert "passphrase" not in repr(first).lower()


async def test_a_failing_hook_does_not_break_the_call(
    served: tuple[PrimeSimulator, str], caplog: pytest.LogCaptureFixture
) -> None:
    sim, url = served

    def broken(event: RequestEvent) -> None:
        raise RuntimeError("metrics backend down")

    async with PrimeClient(credentials=sim.credentials, base_url=url, event_hooks=[broken]) as client:
        assert (await client.portfolios.list_portfolios()).portfolios
    assert "event hook" in caplog.text and "metrics backend down" in caplog.text


async def test_nothing_is_built_when_no_one_listens(
    served: tuple[PrimeSimulator, str], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sim, url = served

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("an event was built with logging off and no hooks")

    monkeypatch.setattr("prime_async._call_report.RequestEvent", forbidden)
    monkeypatch.setattr("prime_async._call_report.request_id_of", forbidden)
    caplog.set_level(logging.WARNING, logger="prime_async")  # restored after the test
    async with PrimeClient(credentials=sim.credentials, base_url=url) as client:
        assert (await client.portfolios.list_portfolios()).portfolios


# -- where a slow call's time went: pacing and Retry-After (issue 22) ---------------------------


async def test_the_rate_limiters_wait_is_in_the_event_and_the_debug_line(
    served: tuple[PrimeSimulator, str], caplog: pytest.LogCaptureFixture
) -> None:
    sim, url = served
    events: list[RequestEvent] = []
    # three calls a fifth of a second apart: the second and third reserve their slots moments apart
    # (the first may take long to start: it loads the transport), so, however slow the machine, the
    # third waits a fifth of a second longer than the second, less those moments
    pacing = RateLimit(rate=5, burst=1, portfolio_rate=None)
    async with PrimeClient(
        credentials=sim.credentials, base_url=url, rate_limit=pacing, event_hooks=[events.append]
    ) as c:
        with caplog.at_level(logging.DEBUG, logger="prime_async"):
            async with anyio.create_task_group() as tg:
                for _ in range(3):
                    tg.start_soon(c.portfolios.list_portfolios)
    waits = sorted(e.rate_limit_wait for e in events)
    assert len(waits) == 3 and waits[0] < waits[1] and waits[2] - waits[1] >= 0.15
    assert all(e.retry_after_wait == 0 for e in events)
    lines = [r.getMessage() for r in caplog.records if "GetPortfolios GET" in r.getMessage()]
    assert sum(", after waiting: rate limiter " in line for line in lines) >= 2
    assert len({e.call_id for e in events}) == 3 and all(e.call_id > 0 for e in events)


async def test_nothing_is_timed_when_no_one_listens(
    served: tuple[PrimeSimulator, str], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sim, url = served
    import prime_async._pipeline as pipeline

    reads = 0

    class Clock:  # the pipeline's `time`, counting its clock reads
        @staticmethod
        def perf_counter() -> float:
            nonlocal reads
            reads += 1
            return time.perf_counter()

        time = staticmethod(time.time)

    caplog.set_level(logging.WARNING, logger="prime_async")
    async with PrimeClient(credentials=sim.credentials, base_url=url, rate_limit=RateLimit()) as c:
        monkeypatch.setattr(pipeline, "time", Clock)
        await c.portfolios.list_portfolios()
        unobserved = reads
        c.pipeline.observed = True  # as with an event hook
        await c.portfolios.list_portfolios()
    assert unobserved == 2  # the attempt's start and end (RawResponse.elapsed), and no more
    assert reads - unobserved == 4  # and the limiter's wait: two more


def retry_after_server(server: RecordingServer, first: Reply) -> None:
    """Answers `first` to the first request, then 200."""
    server.reply = lambda rec: (
        first if len(server.requests) == 1 else (200, {"Content-Type": "application/json"}, b"{}")
    )


@pytest.mark.parametrize(("retry_after", "logged"), [("1.2", True), ("0.05", False)])
async def test_a_retry_after_wait_is_in_the_next_attempts_event_and_a_long_one_is_logged(
    server: RecordingServer, retry_after: str, logged: bool, caplog: pytest.LogCaptureFixture
) -> None:
    retry_after_server(server, (429, {"Retry-After": retry_after}, b'{"message": "slow down"}'))
    events: list[RequestEvent] = []
    caplog.set_level(logging.INFO, logger="prime_async")
    async with make_client(server.url, max_retries=1, event_hooks=[events.append]) as c:
        await c.portfolios.list_portfolios()
    assert [e.status_code for e in events] == [429, 200]
    asked = float(retry_after)
    assert events[0].retry_after_wait == 0 and asked <= events[1].retry_after_wait <= asked * 1.25
    assert events[0].call_id == events[1].call_id != 0
    assert events[1].started_at >= events[0].started_at + asked  # placed in time: the wait lies between
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    waited = f"{events[1].retry_after_wait:.1f}"
    expected = f"GetPortfolios: the server asked to wait (HTTP 429, Retry-After): waiting {waited} s before attempt 2"
    assert infos == ([expected] if logged else [])


async def test_a_backoff_the_server_did_not_ask_for_is_no_retry_after_wait(server: RecordingServer) -> None:
    retry_after_server(server, (503, {}, b"{}"))
    events: list[RequestEvent] = []
    retry = RetryPolicy(max_retries=1, initial_delay=0.01, max_delay=0.01)
    async with make_client(server.url, retry=retry, event_hooks=[events.append]) as c:
        await c.portfolios.list_portfolios()
    assert [(e.status_code, e.retry_after_wait) for e in events] == [(503, 0.0), (200, 0.0)]


async def test_events_carry_the_idempotency_value_of_every_attempt(server: RecordingServer) -> None:
    retry_after_server(server, (503, {}, b"{}"))
    events: list[RequestEvent] = []
    retry = RetryPolicy(max_retries=1, initial_delay=0.01, max_delay=0.01)
    async with make_client(server.url, retry=retry, event_hooks=[events.append]) as c:
        await c.orders.create_order(**MARKET_ORDER, client_order_id="mine-1")
    sent = [json.loads(r.body)["client_order_id"] for r in server.requests]
    assert sent == ["mine-1", "mine-1"] and [e.idempotency_key for e in events] == sent
    assert events[0].call_id == events[1].call_id
    async with make_client(server.url, event_hooks=[events.append]) as c:
        await c.portfolios.list_portfolios()
    assert events[-1].idempotency_key is None and events[-1].call_id > events[0].call_id


# -- PRIME_LOG: the library's log on stderr, from the environment (issue 22) ----------------------

LOGGING_SCRIPT = """
import asyncio, logging
from prime_async.testing import PrimeSimulator

async def main():
    sim = PrimeSimulator(portfolios=1, seed=1)
    async with sim.client() as client:
        await client.portfolios.list_portfolios()
    logging.getLogger("prime_async").info("an info line")
    logging.getLogger("prime_async.feed").warning("a child's warning")
    print("done")

asyncio.run(main())
"""


def run_logging_script(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PRIME_LOG"}
    if value is not None:
        env["PRIME_LOG"] = value
    return subprocess.run(
        [sys.executable, "-c", LOGGING_SCRIPT], capture_output=True, text=True, env=env, timeout=60, check=True
    )


LOG_LINE = r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING) (prime_async[.\w]*): (.*)$"


@pytest.mark.parametrize(
    ("value", "levels"),
    [("debug", {"DEBUG", "INFO", "WARNING"}), ("INFO", {"INFO", "WARNING"}), ("warning", {"WARNING"})],
)
def test_prime_log_sends_the_librarys_records_to_stderr_at_that_level(value: str, levels: set[str]) -> None:
    done = run_logging_script(value)
    assert done.stdout == "done\n"
    lines = done.stderr.splitlines()
    parsed = [re.match(LOG_LINE, line) for line in lines]
    assert all(parsed), lines  # every line in the documented format
    assert {m.group(1) for m in parsed if m} == levels
    messages = [m.group(3) for m in parsed if m]
    assert "a child's warning" in messages
    assert ("an info line" in messages) == ("INFO" in levels)
    if "DEBUG" in levels:
        assert any(re.match(r"GetPortfolios GET /v1/portfolios attempt 1 -> 200 in [\d.]+ ms", m) for m in messages)


def test_without_prime_log_the_library_configures_nothing() -> None:
    done = run_logging_script(None)
    # only Python's last-resort handler, which prints a bare WARNING message and nothing below it
    assert done.stderr == "a child's warning\n"


def test_an_unknown_prime_log_value_is_ignored_with_a_warning() -> None:
    done = run_logging_script("verbose")
    assert "RuntimeWarning: PRIME_LOG='verbose' is ignored: expected debug, info or warning" in done.stderr
    assert "an info line" not in done.stderr
