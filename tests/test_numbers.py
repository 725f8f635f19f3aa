"""Every number the client takes is checked where it is taken (issue 19, item 7): NaN, negative,
bool and str refused with an error naming the option (ValueError when building, InvalidRequestError
at a call), before anything is sent; `inf` means unbounded, on every transport.
"""

from __future__ import annotations

import json
import math
import threading
from typing import Any

import anyio
import httpx
import pytest

from prime_async import InvalidRequestError, PrimeClient, RateLimit, RetryPolicy, fan_out
from prime_async.sync import SyncPrimeClient
from prime_async.transports import AiohttpTransport, HttpxTransport, make_transport

from .conftest import make_client
from .feed_support import HANG_GUARD
from .hostile import HostileServer, ok_json

NAN, INF = math.nan, math.inf
PORTFOLIO = json.dumps({"portfolio": {"id": "p-1", "name": "one"}}).encode()
ORDERS = json.dumps({"orders": [{"id": "o-1"}], "pagination": {"next_cursor": "", "has_next": False}}).encode()


def ok(request: Any) -> bytes:
    return ok_json(ORDERS if "orders" in request.target else PORTFOLIO)


BAD_CLIENT_OPTIONS = [
    ({"timeout": NAN}, "timeout"),
    ({"timeout": -1}, "timeout"),
    ({"timeout": 0}, "timeout"),
    ({"timeout": True}, "timeout"),
    ({"timeout": "5"}, "timeout"),
    ({"timeout": httpx.Timeout(NAN)}, r"timeout\.connect"),
    ({"timeout": httpx.Timeout(5, read=NAN)}, r"timeout\.read"),
    ({"timeout": httpx.Timeout(5, pool=-1)}, r"timeout\.pool"),
    ({"timeout": httpx.Timeout(5, write="10")}, r"timeout\.write"),  # type: ignore[arg-type]
    ({"timeout": httpx.Timeout(5, connect=True)}, r"timeout\.connect"),
    ({"deadline": NAN}, "deadline"),
    ({"deadline": -5}, "deadline"),
    ({"deadline": 0}, "deadline"),
    ({"deadline": True}, "deadline"),
    ({"deadline": "10"}, "deadline"),
    ({"max_retries": -1}, "max_retries"),
    ({"max_retries": True}, "max_retries"),
    ({"max_retries": 2.0}, "max_retries"),
    ({"max_retries": NAN}, "max_retries"),
    ({"max_response_bytes": 0}, "max_response_bytes"),
    ({"max_response_bytes": NAN}, "max_response_bytes"),
    ({"max_response_bytes": True}, "max_response_bytes"),
    ({"max_response_bytes": "1000"}, "max_response_bytes"),
    ({"retry": 3}, "retry"),
    ({"rate_limit": 90}, "rate_limit"),
]


@pytest.mark.parametrize(("options", "name"), BAD_CLIENT_OPTIONS)
def test_bad_numbers_are_refused_when_the_client_is_built(options: dict[str, Any], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        make_client("http://127.0.0.1:9", **options)
    with pytest.raises(ValueError, match=name):
        SyncPrimeClient(access_key="a", passphrase="b", signing_key="c", base_url="http://127.0.0.1:9", **options)


@pytest.mark.parametrize(
    ("options", "name"), [(o, n) for o, n in BAD_CLIENT_OPTIONS if set(o) <= {"timeout", "deadline", "max_retries"}]
)
def test_bad_numbers_are_refused_by_with_options(options: dict[str, Any], name: str) -> None:
    client = make_client("http://127.0.0.1:9")  # nothing is sent: no loop needed
    with pytest.raises(ValueError, match=name):
        client.with_options(**options)


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ({"max_retries": -1}, "RetryPolicy.max_retries"),
        ({"max_retries": 1.5}, "RetryPolicy.max_retries"),
        ({"max_retries": False}, "RetryPolicy.max_retries"),
        ({"initial_delay": NAN}, "RetryPolicy.initial_delay"),
        ({"initial_delay": -0.5}, "RetryPolicy.initial_delay"),
        ({"initial_delay": INF}, "RetryPolicy.initial_delay"),
        ({"max_delay": NAN}, "RetryPolicy.max_delay"),
        ({"max_delay": "8"}, "RetryPolicy.max_delay"),
        ({"max_retry_after": -1}, "RetryPolicy.max_retry_after"),
        ({"max_retry_after": NAN}, "RetryPolicy.max_retry_after"),
    ],
)
def test_bad_retry_policies_are_refused(fields: dict[str, Any], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        RetryPolicy(**fields)


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ({"rate": NAN}, "RateLimit.rate"),
        ({"rate": -1}, "RateLimit.rate"),
        ({"rate": "90"}, "RateLimit.rate"),
        ({"burst": 0}, "RateLimit.burst"),
        ({"burst": True}, "RateLimit.burst"),
        ({"burst": 2.5}, "RateLimit.burst"),
        ({"portfolio_rate": NAN}, "RateLimit.portfolio_rate"),
        ({"portfolio_rate": 0}, "RateLimit.portfolio_rate"),
        ({"portfolio_burst": -3}, "RateLimit.portfolio_burst"),
    ],
)
def test_bad_rate_limits_are_refused(fields: dict[str, Any], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        RateLimit(**fields)


@pytest.mark.parametrize(
    ("limits", "name"),
    [
        (httpx.Limits(max_connections=-1), "max_connections"),
        (httpx.Limits(max_connections=NAN), "max_connections"),  # type: ignore[arg-type]
        (httpx.Limits(max_connections=True), "max_connections"),
        (httpx.Limits(max_keepalive_connections=-1), "max_keepalive_connections"),
        (httpx.Limits(keepalive_expiry=NAN), "keepalive_expiry"),
        (httpx.Limits(keepalive_expiry=-1), "keepalive_expiry"),
    ],
)
def test_bad_pool_limits_are_refused(limits: httpx.Limits, name: str) -> None:
    for make in (
        lambda: AiohttpTransport(limits=limits),
        lambda: HttpxTransport(limits=limits),
        lambda: make_transport("auto", limits=limits),
    ):
        with pytest.raises(ValueError, match=name):
            make()


BAD_CALL_TIMEOUTS = [NAN, -1, True, "5", httpx.Timeout(NAN), httpx.Timeout(5, read=-1), httpx.Timeout(5, pool="1")]


@pytest.mark.anyio
@pytest.mark.parametrize("bad", BAD_CALL_TIMEOUTS)
async def test_bad_timeouts_are_refused_at_the_call(transport: str, bad: Any) -> None:
    with HostileServer(ok) as server:
        async with make_client(server.url, transport) as client:
            with pytest.raises(InvalidRequestError, match=r"get_portfolio\(\) timeout"):
                await client.portfolios.get_portfolio(portfolio_id="p", timeout=bad)
            with pytest.raises(InvalidRequestError, match=r"list_portfolio_orders\(\) timeout"):
                client.orders.list_portfolio_orders(portfolio_id="p", timeout=bad)
    assert server.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("option", "value"), [(o, v) for o in ("max_items", "max_pages") for v in (NAN, -1, True, "3", 2.0)]
)
async def test_bad_caps_on_paginators_are_refused(transport: str, option: str, value: Any) -> None:
    with HostileServer(ok) as server:
        async with make_client(server.url, transport) as client:
            orders = client.orders.list_portfolio_orders(portfolio_id="p")
            with pytest.raises(InvalidRequestError, match=f"list_portfolio_orders\\(\\) {option}"):
                await orders.collect(**{option: value})
            if option == "max_pages":
                with pytest.raises(InvalidRequestError, match=option):
                    async for _ in orders.pages(max_pages=value):
                        pass
        with (
            SyncPrimeClient(client=make_client(server.url, "httpx")) as sync_client,
            pytest.raises(InvalidRequestError, match=option),
        ):
            sync_client.orders.list_portfolio_orders(portfolio_id="p").collect(**{option: value})
    assert server.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("concurrency", [NAN, 0, -1, True, "8", 2.5])
async def test_bad_fan_out_concurrency_is_refused(concurrency: Any) -> None:
    async def work(n: int) -> int:
        return n

    with pytest.raises(InvalidRequestError, match="concurrency"):
        await fan_out(work, [1, 2], concurrency=concurrency)


def test_timers_still_fire_after_a_nan_timeout_is_refused(transport: str, anyio_backend: str) -> None:
    # item 7: httpx.Timeout(nan) was not checked; on aiohttp it became loop.call_at(nan), the call
    # succeeded, and no timer in the process fired again. The scenario runs on its own event loop in
    # a thread, so that a loop whose timers are dead fails this test instead of hanging it.
    seen: list[str] = []

    async def scenario(url: str) -> None:
        async with make_client(url, transport) as client:
            for timeout in (httpx.Timeout(NAN), httpx.Timeout(5, read=NAN)):
                try:
                    await client.portfolios.get_portfolio(portfolio_id="p", timeout=timeout)
                except InvalidRequestError:
                    seen.append("refused")
            await client.portfolios.get_portfolio(portfolio_id="p")
            for _ in range(3):  # each sleep is a timer on the loop
                await anyio.sleep(0.01)
                seen.append("timer fired")

    with HostileServer(ok) as server:
        thread = threading.Thread(target=lambda: anyio.run(scenario, server.url, backend=anyio_backend), daemon=True)
        thread.start()
        thread.join(HANG_GUARD)
    assert seen == ["refused", "refused", "timer fired", "timer fired", "timer fired"]
    assert len(server.requests) == 1


@pytest.mark.anyio
async def test_inf_means_unbounded_on_every_transport(transport: str) -> None:
    # item 7: timeout=inf on aiohttp read as "connection failed"
    with HostileServer(ok) as server:
        async with make_client(
            server.url, transport, timeout=INF, deadline=INF, rate_limit=RateLimit(rate=INF, portfolio_rate=INF)
        ) as client:
            assert (await client.portfolios.get_portfolio(portfolio_id="p")).portfolio.id == "p-1"
            for timeout in (INF, httpx.Timeout(INF), httpx.Timeout(5, read=INF), httpx.Timeout(None, connect=INF)):
                assert (await client.portfolios.get_portfolio(portfolio_id="p", timeout=timeout)).portfolio.id == "p-1"
            copy = client.with_options(timeout=httpx.Timeout(INF), deadline=INF)
            assert (await copy.portfolios.get_portfolio(portfolio_id="p")).portfolio.id == "p-1"
            outcomes = await fan_out(
                lambda n: client.portfolios.get_portfolio(portfolio_id=f"p-{n}"), range(5), concurrency=INF
            )
            assert all(o.ok for o in outcomes)
            policy = RetryPolicy(max_delay=INF, max_retry_after=INF)
            assert 0 <= policy.backoff(5000) < INF  # no float overflow however many retries
    assert len(server.requests) == 11


def test_the_client_records_what_it_was_given() -> None:
    client = PrimeClient(access_key="a", passphrase="b", signing_key="c", base_url="http://127.0.0.1:9", deadline=INF)
    assert client.pipeline.options.deadline is None  # unbounded
