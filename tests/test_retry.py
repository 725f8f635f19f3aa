"""The retry decision, one layer at a time (httpx.MockTransport stands in for the network)."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from prime_async import APIConnectionError, InternalServerError, PrimeClient, RateLimitError, RetryPolicy
from prime_async._retry import parse_retry_after

pytestmark = pytest.mark.anyio

QUICK = RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=0.002)
ORDER = {"product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "1"}


def client_with(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> PrimeClient:
    options.setdefault("retry", QUICK)
    return PrimeClient(
        access_key="k", passphrase="p", signing_key="s", base_url="https://prime.test", rate_limit=None,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **options,
    )  # fmt: skip


def failing(times: int, status: int = 503, error: type[Exception] | None = None, **headers: str) -> Any:
    """A handler that fails `times` times, then answers 200; it records every request."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        # a copy as it arrived: the client masks a request's passphrase and signature once it has left
        seen.append(httpx.Request(request.method, request.url, headers=request.headers, content=request.content))
        if len(seen) <= times:
            if error is not None:
                raise error("boom", request=request)
            return httpx.Response(status, json={"message": "busy"}, headers=headers)
        return httpx.Response(200, json={"order_id": "o1", "portfolios": [], "id": "o1"})

    handler.seen = seen  # type: ignore[attr-defined]
    return handler


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
async def test_retryable_statuses_are_retried_for_get(status: int) -> None:
    handler = failing(2, status)
    async with client_with(handler) as client:
        await client.portfolios.list_portfolios()
    assert len(handler.seen) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 501])
async def test_other_statuses_are_not_retried(status: int) -> None:
    handler = failing(5, status)
    async with client_with(handler) as client:
        with pytest.raises(Exception) as info:
            await client.portfolios.list_portfolios()
    assert info.value.status_code == status and len(handler.seen) == 1  # type: ignore[attr-defined]


async def test_idempotent_post_is_retried_with_the_same_key_and_a_fresh_signature() -> None:
    handler = failing(2, 500)
    times = iter([1_700_000_000.0, 1_700_000_005.0, 1_700_000_009.0])
    client = client_with(handler)
    client._pipeline.auth._clock = lambda: next(times)  # type: ignore[attr-defined]
    async with client:
        order = await client.orders.create_order(portfolio_id="p", **ORDER)
    bodies = [json.loads(r.content) for r in handler.seen]
    assert len(bodies) == 3 and len({b["client_order_id"] for b in bodies}) == 1
    assert order.client_order_id == bodies[0]["client_order_id"]  # the caller can read it back
    stamps = [r.headers["x-cb-access-timestamp"] for r in handler.seen]
    assert stamps == ["1700000000", "1700000005", "1700000009"]
    assert len({r.headers["x-cb-access-signature"] for r in handler.seen}) == 3


async def test_a_callers_idempotency_value_is_kept() -> None:
    handler = failing(1, 503)
    async with client_with(handler) as client:
        order = await client.orders.create_order(portfolio_id="p", client_order_id="mine-1", **ORDER)
    assert order.client_order_id == "mine-1"
    assert [json.loads(r.content)["client_order_id"] for r in handler.seen] == ["mine-1", "mine-1"]


async def test_post_without_idempotency_field_is_not_retried() -> None:
    handler = failing(1, 503)
    async with client_with(handler) as client:
        with pytest.raises(InternalServerError):
            await client.orders.cancel_order(portfolio_id="p", order_id="o")
    assert len(handler.seen) == 1


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout, httpx.WriteError])
async def test_failures_after_sending_are_retried_only_when_repeatable(error: type[Exception]) -> None:
    get, post, keyed = failing(1, error=error), failing(1, error=error), failing(1, error=error)
    async with client_with(get) as c1, client_with(post) as c2, client_with(keyed) as c3:
        await c1.portfolios.list_portfolios()
        with pytest.raises(APIConnectionError):
            await c2.orders.cancel_order(portfolio_id="p", order_id="o")
        await c3.orders.create_order(portfolio_id="p", **ORDER)
    assert (len(get.seen), len(post.seen), len(keyed.seen)) == (2, 1, 2)


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_failures_before_sending_are_retried_for_every_method(error: type[Exception]) -> None:
    handler = failing(2, error=error)
    async with client_with(handler) as client:
        await client.orders.cancel_order(portfolio_id="p", order_id="o")
    assert len(handler.seen) == 3


async def test_when_retries_run_out_the_error_says_how_many_attempts_and_carries_the_key() -> None:
    handler = failing(10, 503)
    async with client_with(handler) as client:
        with pytest.raises(InternalServerError) as info:
            await client.orders.create_order(portfolio_id="p", **ORDER)
    exc = info.value
    assert exc.attempts == 4 and "after 4 attempts" in str(exc)
    assert exc.response.status_code == 503 and exc.message == "busy"
    assert exc.idempotency_key == json.loads(handler.seen[0].content)["client_order_id"]


@pytest.mark.parametrize(("header", "low", "high"), [("0.3", 0.3, 0.375), ("2", 2.0, 2.5)])
async def test_retry_after_is_honoured(monkeypatch: pytest.MonkeyPatch, header: str, low: float, high: float) -> None:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("prime_async._pipeline.sleep", record)
    handler = failing(1, 429, **{"Retry-After": header})
    async with client_with(handler) as client:
        await client.portfolios.list_portfolios()
    assert len(waits) == 1 and low <= waits[0] <= high  # never sooner, at most a quarter later


async def test_per_call_override_with_options() -> None:
    handler = failing(10, 503)
    async with client_with(handler) as client:
        with pytest.raises(InternalServerError):
            await client.with_options(max_retries=0).portfolios.list_portfolios()
        assert len(handler.seen) == 1
        with pytest.raises(InternalServerError):
            await client.portfolios.list_portfolios()
        assert len(handler.seen) == 1 + 4
        assert not client.with_options(timeout=3).http_client.is_closed


async def test_429_without_retries_left_is_a_rate_limit_error() -> None:
    handler = failing(10, 429, **{"Retry-After": "0"})
    async with client_with(handler, max_retries=1) as client:
        with pytest.raises(RateLimitError) as info:
            await client.portfolios.list_portfolios()
    assert info.value.attempts == 2


def test_retry_after_formats() -> None:
    assert parse_retry_after("30") == 30.0
    assert parse_retry_after("0.25") == 0.25
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    in_a_minute = email.utils.formatdate(time.time() + 60, usegmt=True)
    assert 55 < (parse_retry_after(in_a_minute) or 0) <= 60
    assert parse_retry_after(email.utils.formatdate(time.time() - 60, usegmt=True)) == 0.0


def test_max_retry_after_caps_the_wait() -> None:
    from prime_async._encode import PreparedRequest
    from prime_async._generated.routes import ROUTES

    response = httpx.Response(429, headers={"Retry-After": "600"})
    prepared = PreparedRequest("GET", "/v1/portfolios", "", None)
    assert RetryPolicy(max_retry_after=45).next_delay(ROUTES["GetPortfolios"], prepared, 1, response=response) == 45


def test_backoff_is_full_jitter_and_capped() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=4.0)
    samples = [policy.backoff(attempt) for attempt in (1, 2, 3, 4, 5, 6) for _ in range(200)]
    assert min(samples) >= 0 and max(samples) <= 4.0
    assert max(policy.backoff(1) for _ in range(500)) <= 0.5
    assert max(policy.backoff(6) for _ in range(500)) > 2.0  # grows to the cap
