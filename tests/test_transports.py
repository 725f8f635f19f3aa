"""The client's own transports, beyond what test_trust.py attacks: a request that waits for a
connection is signed when it leaves, not when it joined the queue; the one-connection lanes of
HttpxTransport hand each connection to one request at a time; the asyncio timeout behaves as
anyio's."""

from __future__ import annotations

import json
import threading
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from prime_async._timeout import fail_after
from prime_async.transports import make_transport

from .conftest import make_client
from .feed_support import eventually
from .hostile import HostileServer, Request, ok_json

pytestmark = pytest.mark.anyio

PORTFOLIO = json.dumps({"portfolio": {"id": "p-1", "name": "one"}}).encode()


async def test_a_request_that_waits_for_a_connection_is_signed_when_it_leaves(transport: str) -> None:
    # Prime accepts a timestamp within 30 s of its clock, and under a large fan-out a request can
    # wait that long for a connection: signed before the wait, it would leave stale
    release = threading.Event()

    def script(request: Request) -> Any:
        if request.path.endswith("/first"):
            release.wait(10)
        return ok_json(PORTFOLIO)

    now = [1_700_000_000.0]
    with HostileServer(script) as server:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        client = make_client(server.url, make_transport(transport, limits=limits), max_retries=0)
        client.pipeline.auth._clock = lambda: now[0]  # the signing clock, stepped by the test
        async with client, anyio.create_task_group() as tg:
            tg.start_soon(lambda: client.portfolios.get_portfolio(portfolio_id="first"))
            await eventually(lambda: len(server.requests) == 1, "the first request reached the server")
            tg.start_soon(lambda: client.portfolios.get_portfolio(portfolio_id="second"))
            await eventually(
                lambda: client.transport.pool_stats().waiting == 1,  # type: ignore[union-attr]
                "the second request waits for the only connection",
            )
            now[0] += 20  # the second request has waited 20 s for the only connection
            release.set()
    first, second = server.requests
    assert first.headers["x-cb-access-timestamp"] == "1700000000"
    assert second.headers["x-cb-access-timestamp"] == "1700000020"


async def test_lanes_give_each_connection_to_one_request_at_a_time(anyio_backend: str) -> None:
    # HttpxTransport: a lane (a one-connection pool) per connection, reused once its body is read
    with HostileServer(lambda r: ok_json(PORTFOLIO)) as server:
        limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
        client = make_client(server.url, make_transport("httpx", limits=limits))
        async with client:
            async with anyio.create_task_group() as tg:
                for i in range(40):
                    tg.start_soon(lambda i=i: client.portfolios.get_portfolio(portfolio_id=f"p{i}"))
            stats = client.transport.pool_stats()  # type: ignore[union-attr]
            assert (stats.in_use, stats.waiting) == (0, 0)
            assert 1 <= stats.open <= 4
    assert len(server.requests) == 40
    assert server.connections <= 4  # kept alive and reused, never more than the limit


async def test_fail_after_is_anyios_on_any_loop(anyio_backend: str) -> None:
    with pytest.raises(TimeoutError), fail_after(0.05):
        await anyio.sleep(5)
    with fail_after(5):  # a bound not reached changes nothing
        await anyio.sleep(0.01)
    with fail_after(None):
        await anyio.lowlevel.checkpoint()


async def test_fail_after_leaves_an_outer_cancellation_a_cancellation(anyio_backend: str) -> None:
    with anyio.CancelScope() as outer:
        with fail_after(5):
            outer.cancel()
            await anyio.sleep(5)
    assert outer.cancelled_caught


async def test_fail_after_nested_the_inner_bound_fires_first(anyio_backend: str) -> None:
    fired = []
    with fail_after(5):
        try:
            with fail_after(0.05):
                await anyio.sleep(5)
        except TimeoutError:
            fired.append("inner")
        await anyio.lowlevel.checkpoint()  # the outer bound still holds and has not fired
    assert fired == ["inner"]
