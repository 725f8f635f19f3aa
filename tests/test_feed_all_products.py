"""A subscription to a whole channel (no product ids: every product, or a portfolio's every order)
on a connection that also carries named products, against the simulator's feed over loopback, on
asyncio and trio: "all" is never narrowed to the named products, in either order, and when the
whole-channel stream goes the connection goes back to the named products without losing them."""

from __future__ import annotations

import anyio
import pytest

from prime_async.testing import PrimeSimulator

from .feed_support import HANG_GUARD, eventually, feed_for, read_until_seen, simulator

pytestmark = pytest.mark.anyio


def every_product(sim: PrimeSimulator) -> set[str]:
    return set(sim.world.products)


def sent(sim: PrimeSimulator, channel: str) -> list[tuple[str, tuple[str, ...]]]:
    """(type, product ids) of each (un)subscribe of `channel` the simulator received, in order."""
    return [(r.type, r.product_ids) for r in sim.feed.received if r.channel == channel]


async def test_all_products_after_a_named_products_stream_sees_every_product() -> None:
    sim = simulator()
    everything = every_product(sim)
    assert len(everything) > 2
    async with feed_for(sim) as (_, feed):
        named = feed.products(["BTC-USD"])
        await read_until_seen(named, {"BTC-USD"})
        every = feed.products()
        assert feed.connections == 1
        await read_until_seen(every, everything)
        with anyio.fail_after(HANG_GUARD):
            await every.wait_snapshot()
        assert set(every.products) == everything
        assert sent(sim, "products") == [("subscribe", ("BTC-USD",)), ("subscribe", ())]
        assert "products" in sim.feed.sessions[0].whole
        # the named stream still shows its product alone
        assert set(named.products) == {"BTC-USD"}
        sim.feed.sessions[0].kill()  # the reconnect subscribes the whole channel, once
        await read_until_seen(every, everything)
        assert sent(sim, "products")[2:] == [("subscribe", ())]
        assert set(every.products) == everything and set(named.products) == {"BTC-USD"}


async def test_a_named_products_stream_after_all_products_leaves_all_and_going_back_keeps_the_named() -> None:
    sim = simulator()
    everything = every_product(sim)
    async with feed_for(sim) as (_, feed):
        every = feed.products()
        await read_until_seen(every, everything)
        named = feed.products(["BTC-USD", "ETH-USD"])  # carried already: no subscribe narrows "all"
        await read_until_seen(named, {"BTC-USD", "ETH-USD"})
        assert set(named.products) == {"BTC-USD", "ETH-USD"}
        assert sent(sim, "products") == [("subscribe", ())]

        # the whole-channel stream goes: back to the named products, which the named stream keeps
        await every.aclose()
        await eventually(lambda: len(sent(sim, "products")) == 3, "an unsubscribe and a named subscribe")
        assert sent(sim, "products")[1:] == [("unsubscribe", ()), ("subscribe", ("BTC-USD", "ETH-USD"))]
        session = sim.feed.sessions[0]
        await eventually(
            lambda: set(session.subscriptions.get("products", ())) == {"BTC-USD", "ETH-USD"},
            "the server's products subscription is the named products",
        )
        assert "products" not in session.whole
        assert set(named.products) == {"BTC-USD", "ETH-USD"}

        # and a reconnect subscribes the named products alone
        sim.feed.sessions[0].kill()
        await eventually(lambda: feed.stats["reconnects"] == 1 and len(sent(sim, "products")) == 4, "the resubscribe")
        assert sent(sim, "products")[3:] == [("subscribe", ("BTC-USD", "ETH-USD"))]
        await read_until_seen(named, {"BTC-USD", "ETH-USD"})
        assert set(named.products) == {"BTC-USD", "ETH-USD"}

        # "all" again on the live connection: a fresh snapshot of every product for the new stream
        again = feed.products()
        await read_until_seen(again, everything)
        with anyio.fail_after(HANG_GUARD):
            await again.wait_snapshot()
        assert set(again.products) == everything and set(named.products) == {"BTC-USD", "ETH-USD"}


async def test_an_orders_stream_after_a_raw_orders_subscription_naming_products_gets_its_snapshot() -> None:
    # an orders subscribe without product ids is the portfolio's every order: a raw subscription
    # naming products on the connection before it must not stand for it (no snapshot would come)
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (_, feed):
        raw = feed.subscribe("orders", product_ids=["BTC-USD"], portfolio_id=pid)
        await eventually(lambda: len(sent(sim, "orders")) == 1, "the raw stream's subscribe")
        orders = feed.orders(pid)
        assert feed.connections == 1
        await eventually(lambda: len(sent(sim, "orders")) == 2, "a subscribe of the portfolio's every order")
        assert sent(sim, "orders") == [("subscribe", ("BTC-USD",)), ("subscribe", ())]
        with anyio.fail_after(HANG_GUARD):
            await orders.wait_snapshot()
        # the orders stream goes: back to the raw stream's products
        await orders.aclose()
        await eventually(lambda: len(sent(sim, "orders")) == 4, "an unsubscribe and a named subscribe")
        assert sent(sim, "orders")[2:] == [("unsubscribe", ()), ("subscribe", ("BTC-USD",))]
        session = sim.feed.sessions[0]
        await eventually(lambda: session.subscriptions.get("orders") == {"BTC-USD"}, "the raw stream's subscription")
        assert "orders" not in session.whole
        await raw.aclose()


async def test_an_orders_stream_joining_a_raw_orders_subscription_of_its_portfolio_gets_its_snapshot() -> None:
    # the channel is subscribed already (the raw stream's): the orders state asks for its snapshot again
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (_, feed):
        raw = feed.subscribe("orders", portfolio_id=pid)
        with anyio.fail_after(HANG_GUARD):
            assert (await raw.__anext__()).channel == "orders"  # the snapshot answering its subscribe
        orders = feed.orders(pid)
        with anyio.fail_after(HANG_GUARD):
            await orders.wait_snapshot()
        assert sent(sim, "orders") == [("subscribe", ()), ("subscribe", ())]
        assert sim.feed.sessions[0].whole >= {"orders"}
