"""Logging and event hooks: what they report, what they never report, and what they cost when off."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from prime_async import InternalServerError, PrimeClient, RequestEvent, RetryPolicy
from prime_async.testing import Faults, PrimeSimulator

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

    monkeypatch.setattr("prime_async._pipeline.RequestEvent", forbidden)
    monkeypatch.setattr("prime_async._pipeline.request_id_of", forbidden)
    caplog.set_level(logging.WARNING, logger="prime_async")  # restored after the test
    async with PrimeClient(credentials=sim.credentials, base_url=url) as client:
        assert (await client.portfolios.list_portfolios()).portfolios
