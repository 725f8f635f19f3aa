"""`feed.products(...)` spread over several connections (`products_per_connection`), against the
simulator's feed over loopback, on asyncio and trio: each connection's snapshot replaces its own
products in the stream's `products` view, never another connection's; a reconnect of one
connection, of all of them, or the consumer's own resync leaves every product in it."""

from __future__ import annotations

import anyio
import anyio.abc
import pytest

from prime_async import OrderBook
from prime_async.testing import PrimeSimulator

from .feed_support import (
    FAST,
    HANG_GUARD,
    client_for,
    eventually,
    feed_for,
    first,
    is_snapshot,
    read_until_seen,
    relay,
    simulator,
    tcp_server,
)

pytestmark = pytest.mark.anyio

WANTED = ("BTC-USD", "ETH-USD", "ETH-BTC", "SOL-USD")


def session_of(sim: PrimeSimulator, channel: str, product_id: str) -> int:
    """The index in `sim.feed.sessions` of the live connection subscribed to `product_id`."""
    (index,) = [k for k, s in enumerate(sim.feed.sessions) if product_id in s.subscriptions.get(channel, ())]
    return index


@pytest.mark.parametrize("per_connection", [1, 3])
async def test_each_connection_s_snapshot_replaces_only_its_own_products_in_the_view(per_connection: int) -> None:
    sim = simulator()
    wanted = set(WANTED)
    async with feed_for(sim, products_per_connection=per_connection) as (_, feed):
        products = feed.products(WANTED)
        assert feed.connections == -(-len(WANTED) // per_connection)  # 4 connections, or 2
        await read_until_seen(products, wanted)  # every connection's snapshot read
        assert set(products.products) == wanted

        # one connection drops: its reconnect's snapshot replaces its products, the others stay
        before = dict(products.products)
        dropped = sim.feed.sessions[session_of(sim, "products", "ETH-USD")]
        again = set(dropped.subscriptions["products"])
        dropped.kill()
        await read_until_seen(products, again)  # the new snapshot of that connection's products
        assert feed.stats["reconnects"] == 1
        assert set(products.products) == wanted
        assert all(products.products[p] is not before[p] for p in again)  # replaced, from the new snapshot
        assert all(products.products[p] is before[p] for p in wanted - again)  # the others untouched

        # every connection drops: each snapshot again replaces its own part, all of them together the whole
        sim.feed.disconnect()
        await read_until_seen(products, wanted)
        assert set(products.products) == wanted and all(products.products[p] is not before[p] for p in wanted - again)


async def test_a_consumer_resync_gathers_every_connection_s_products() -> None:
    sim = simulator()
    wanted = set(WANTED)
    # 4 connections each queue a snapshot marker and a product: 8 items overflow a queue of 3
    async with feed_for(sim, products_per_connection=1, queue_size=3) as (_, feed):
        products = feed.products(WANTED)
        await eventually(lambda: products.overflows >= 1, "the stream overflowed and a resync is pending")
        await read_until_seen(products, wanted)  # the resync's snapshot, gathered from every connection
        assert set(products.products) == wanted
        sim.feed.sessions[session_of(sim, "products", "SOL-USD")].kill()  # one connection's resync, after it
        await read_until_seen(products, {"SOL-USD"})
        assert set(products.products) == wanted


async def test_a_second_stream_s_subscribe_on_a_live_connection_leaves_the_first_stream_s_products() -> None:
    # the subscribe for the new product names it alone, and so does the server's snapshot answering it
    sim = simulator()
    async with feed_for(sim, products_per_connection=5) as (_, feed):
        first_stream = feed.products(["BTC-USD", "ETH-USD"])
        await read_until_seen(first_stream, {"BTC-USD", "ETH-USD"})
        second_stream = feed.products(["ETH-BTC"])
        assert feed.connections == 1
        await read_until_seen(second_stream, {"ETH-BTC"})  # the snapshot answering its subscribe
        third_stream = feed.products(["BTC-USD"])  # already subscribed: from the connection's state
        await read_until_seen(third_stream, {"BTC-USD"})
        sim.feed.sessions[0].kill()  # and the reconnect resubscribes all three in one go
        await read_until_seen(first_stream, {"BTC-USD", "ETH-USD"})
        await read_until_seen(second_stream, {"ETH-BTC"})
        assert set(first_stream.products) == {"BTC-USD", "ETH-USD"}
        assert set(second_stream.products) == {"ETH-BTC"}


async def test_book_streams_spread_over_connections_each_resync_on_their_own() -> None:
    # a book stream follows one product, on one connection: a reconnect of another leaves it alone
    sim = simulator()
    async with feed_for(sim, products_per_connection=1) as (_, feed):
        books = {p: feed.order_book(p) for p in WANTED[:3]}
        last: dict[str, OrderBook] = {p: await first(s, is_snapshot) for p, s in books.items()}
        sim.feed.sessions[session_of(sim, "l2_data", "ETH-USD")].kill()
        fresh = await first(books["ETH-USD"], is_snapshot)
        assert fresh.product_id == "ETH-USD" and fresh.bids and fresh.asks
        sim.feed.step_market()
        for product_id in ("BTC-USD", "ETH-BTC"):  # their next state is the step's update, no snapshot
            state = await first(books[product_id], lambda b: True)
            assert state.product_id == product_id and not state.is_snapshot and state.bids and state.asks
            assert last[product_id].sequence_num is not None and state.sequence_num is not None
            assert state.sequence_num > last[product_id].sequence_num


async def test_wait_snapshot_returns_once_every_connection_s_snapshot_is_in() -> None:
    sim = simulator()
    gate = anyio.Event()  # the fourth connection (and any retry of it) reaches the server once set

    async def hold_the_fourth(number: int, stream: anyio.abc.SocketStream) -> None:
        if number >= 3:
            await gate.wait()
        assert sim.ws_url is not None
        host, port = sim.ws_url.removeprefix("ws://").rsplit(":", 1)
        await relay(stream, await anyio.connect_tcp(host, int(port)))

    async with (
        client_for(sim) as client,
        tcp_server(hold_the_fourth) as (port, _),
        client.feed(f"ws://127.0.0.1:{port}", **FAST, products_per_connection=1) as feed,
    ):
        products = feed.products(WANTED)
        seen: set[str] = set()
        with anyio.fail_after(HANG_GUARD):
            while len(seen) < 3:  # three connections' snapshots read
                seen.add((await products.__anext__()).product_id)
        with anyio.CancelScope() as probe:
            probe.cancel()
            await products.wait_snapshot()  # returns at once only if the snapshot is whole
        assert probe.cancelled_caught, "wait_snapshot returned with one connection's snapshot missing"
        gate.set()
        with anyio.fail_after(HANG_GUARD):
            await products.wait_snapshot()
        await read_until_seen(products, set(WANTED) - seen)
        assert set(products.products) == set(WANTED)
