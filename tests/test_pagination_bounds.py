"""Pagination a hostile server cannot make endless, misleading or silent (issue 19, item 12), and
the blocking `collect(max_items=...)` that fetches no page past what it needs; over loopback on every
transport and on trio.
"""

from __future__ import annotations

import itertools
import json
import logging
from typing import Any

import anyio
import pytest

from prime_async import PaginationError
from prime_async.sync import SyncPrimeClient

from .conftest import make_client
from .hostile import HostileServer, Request, ok_json

pytestmark = pytest.mark.anyio

SERVER_BOUND = 1_000  # the test server's own end: pages after it say has_next false


def page(items: int, cursor: str, has_next: bool = True) -> bytes:
    orders = [{"id": f"o-{n}"} for n in range(items)]
    return ok_json(json.dumps({"orders": orders, "pagination": {"next_cursor": cursor, "has_next": has_next}}).encode())


def trickle(first: int = 1) -> Any:
    """A script: `first` items on the first page, then one item a page, each with a fresh cursor."""
    counter = itertools.count(1)

    def script(request: Request) -> bytes:
        n = next(counter)
        return page(first if n == 1 else 1, f"c{n}", has_next=n < SERVER_BOUND)

    return script


async def test_one_item_a_page_below_the_limit_asked_stops(transport: str) -> None:
    # item 12: sparse items with a fresh cursor each page got past the empty-page guard and paged forever
    with HostileServer(trickle()) as server:
        async with make_client(server.url, transport) as client:
            with anyio.fail_after(60), pytest.raises(PaginationError, match="fewer items than limit=100"):
                await client.orders.list_portfolio_orders(portfolio_id="p", limit=100).collect()
        assert len(server.requests) == 100


async def test_pages_that_shrink_to_a_trickle_without_a_limit_stop(transport: str) -> None:
    with HostileServer(trickle(first=50)) as server:
        async with make_client(server.url, transport) as client:
            orders = client.orders.list_portfolio_orders(portfolio_id="p")
            with anyio.fail_after(60), pytest.raises(PaginationError, match="fewer items than its largest page"):
                await orders.collect(max_items=SERVER_BOUND * 2)
        assert len(server.requests) == 101


async def test_pages_in_all_are_bounded_and_max_pages_is_the_callers_bound(transport: str) -> None:
    with HostileServer(trickle()) as server:
        async with make_client(server.url, transport) as client:
            orders = client.orders.list_portfolio_orders(portfolio_id="p")
            orders.max_total_pages = 30  # 100,000 by default
            with anyio.fail_after(60), pytest.raises(PaginationError, match="30 pages and still more"):
                await orders.collect()
            assert len(server.requests) == 30
            # the caller's own max_pages: exactly that many, no error
            limited = client.orders.list_portfolio_orders(portfolio_id="p", limit=100)
            assert len(await limited.collect(max_pages=150)) == 150


async def test_a_cursor_that_grows_each_page_is_refused_by_what_it_is(transport: str) -> None:
    # item 12: a growing cursor ended in an InvalidRequestError about the caller's arguments
    def script(request: Request) -> bytes:
        return page(1, "c" * 2 ** len(server.requests))

    with HostileServer(script) as server:
        async with make_client(server.url, transport) as client:
            with pytest.raises(PaginationError, match="next_cursor is 8,192 characters, over the 4,096"):
                await client.orders.list_portfolio_orders(portfolio_id="p").collect()
        assert len(server.requests) == 13  # cursors of 2 .. 4,096 characters sent back


async def test_has_next_without_a_cursor_stops_with_a_warning(transport: str, caplog: pytest.LogCaptureFixture) -> None:
    # item 12: has_next true with an empty cursor stopped silently
    with HostileServer(lambda r: page(3, "")) as server:
        async with make_client(server.url, transport) as client:
            orders = await client.orders.list_portfolio_orders(portfolio_id="p").collect()
    assert len(orders) == 3 and len(server.requests) == 1
    warned = [r for r in caplog.records if r.levelno == logging.WARNING and "next_cursor" in r.getMessage()]
    assert len(warned) == 1 and "GetOrders" in warned[0].getMessage()


@pytest.mark.parametrize("transport_name", ["httpx", "aiohttp"])
def test_the_blocking_collect_fetches_no_page_past_max_items(transport_name: str) -> None:
    # item 12: collect(max_items=n) with n items on the first page fetched the second page too
    with (
        HostileServer(lambda r: page(2, f"c{len(server.requests)}")) as server,
        SyncPrimeClient(client=make_client(server.url, transport_name)) as client,
    ):
        orders = client.orders.list_portfolio_orders(portfolio_id="p")
        assert len(orders.collect(max_items=2)) == 2
        assert len(server.requests) == 1
        assert len(orders.collect(max_items=3)) == 3 and len(server.requests) == 3
        assert orders.collect(max_items=0) == [] and len(server.requests) == 3
