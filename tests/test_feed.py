"""The WebSocket feed client against the simulator's feed, over real loopback WebSockets, on
asyncio and trio: signing, reconnects, resyncs, bounded buffers, shutdown, order updates."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import re
import socket
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import anyio.abc
import anyio.lowlevel
import pytest
import sniffio

from prime_async import (
    FeedAuthenticationError,
    FeedClosedError,
    FeedConnectionError,
    FeedMessage,
    FeedOverflowError,
    FeedServerError,
    Heartbeat,
    InvalidRequestError,
    L2Event,
    OrdersEvent,
    OrderUpdate,
    PrimeClient,
)
from prime_async._feed._websocket import accept
from prime_async.models import OrderStatus

from .feed_support import (
    FAST,
    HANG_GUARD,
    client_for,
    connect_proxy,
    eventually,
    feed_for,
    feed_on,
    first,
    front,
    is_snapshot,
    next_item,
    simulator,
)

pytestmark = pytest.mark.anyio


def subscribes(sim: Any, kind: str = "subscribe") -> list[Any]:
    return [r for r in sim.feed.received if r.type == kind]


class Clock:
    """A clock the test moves: shared by the simulator and the feed's subscribe timestamps."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def settled_task_count() -> int:
    """Tasks alive on this event loop once the ones just started have run (a listener starts its
    accept loops on its first turn)."""
    for _ in range(10):
        await anyio.lowlevel.checkpoint()
    return task_count()


def task_count() -> int:
    """Tasks alive on this event loop, whichever it is."""
    if sniffio.current_async_library() == "trio":
        import trio

        def count(task: Any) -> int:
            return 1 + sum(count(child) for nursery in task.child_nurseries for child in nursery.child_tasks)

        return count(trio.lowlevel.current_root_task())
    return len(asyncio.all_tasks())


# -- signing ---------------------------------------------------------------------------------


@asynccontextmanager
async def capturing_server(wanted: int) -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
    """A WebSocket server that records the first `wanted` messages a client sends, and answers none."""
    received: list[dict[str, Any]] = []
    done = anyio.Event()

    async def handle(stream: anyio.abc.ByteStream) -> None:
        async with stream:
            ws, _ = await accept(stream)
            while len(received) < wanted:
                received.extend(json.loads(text) for text in await ws.receive())
            done.set()
            await anyio.sleep_forever()

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as tg:  # the listening socket closes with the block
        tg.start_soon(listener.serve, handle)
        yield f"ws://127.0.0.1:{port}", received
        with anyio.fail_after(HANG_GUARD):
            await done.wait()
        tg.cancel_scope.cancel()


async def test_subscribes_are_signed_as_prime_documents() -> None:
    sim = simulator()
    credentials = sim.credentials
    clock = Clock(1_700_000_123.9)
    async with (
        capturing_server(wanted=2) as (url, received),
        PrimeClient(credentials=credentials, base_url="https://unused.invalid") as client,
        client.feed(url, clock=clock, **{**FAST, "close_timeout": 0.2}) as feed,  # it never answers a close
    ):
        feed.order_book("BTC-USD")
        await eventually(lambda: len(received) >= 2, "two subscribes")
    by_channel = {m["channel"]: m for m in received}
    assert set(by_channel) == {"heartbeats", "l2_data"}
    for message in received:
        assert message["type"] == "subscribe"
        assert message["access_key"] == credentials.access_key
        assert message["api_key_id"] == credentials.svc_account_id
        assert message["passphrase"] == credentials.passphrase
        assert message["timestamp"] == "1700000123"  # unix seconds, as a string
        # the documented prehash, computed here by hand
        prehash = (
            message["channel"]
            + credentials.access_key
            + credentials.svc_account_id
            + "1700000123"
            + message["portfolio_id"]
            + "".join(message["product_ids"])
        )
        digest = hmac.new(credentials.signing_key.encode(), prehash.encode(), hashlib.sha256).digest()
        assert message["signature"] == base64.b64encode(digest).decode()
    assert by_channel["l2_data"]["product_ids"] == ["BTC-USD"]
    assert by_channel["heartbeats"]["product_ids"] == []


async def test_every_reconnect_signs_afresh_with_a_new_timestamp() -> None:
    clock = Clock(1_700_000_000.0)
    sim = simulator(clock=clock)  # accepts timestamps within 30 s of this clock
    async with feed_for(sim, clock=clock) as (_, feed):
        books = feed.order_book("BTC-USD")
        await first(books, is_snapshot)
        clock.now += 600  # ten minutes on: the first connection's timestamp is far outside the window
        sim.feed.disconnect()
        await first(books, is_snapshot)
    accepted = subscribes(sim)
    assert all(r.accepted for r in accepted), [r.problem for r in accepted]
    assert [(r.session, r.timestamp) for r in accepted if r.channel == "l2_data"] == [
        (0, "1700000000"),
        (1, "1700000600"),
    ]
    assert sim.feed.stats["auth_failures"] == 0 and feed.stats["reconnects"] == 1


# -- reconnect, resubscribe, resync ----------------------------------------------------------


async def test_a_dropped_connection_reconnects_and_resubscribes_everything() -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (_, feed):
        btc, eth, orders = feed.order_book("BTC-USD"), feed.order_book("ETH-USD"), feed.orders(pid)
        for books in (btc, eth):
            await first(books, is_snapshot)
        await next_item(orders)
        sim.feed.disconnect()
        for books in (btc, eth):
            await first(books, is_snapshot)
        assert feed.stats["reconnects"] == 1 and feed.stats["connects"] == 2

    def wanted(session: int) -> set[tuple[str, tuple[str, ...], str]]:
        return {(r.channel, r.product_ids, r.portfolio_id) for r in subscribes(sim) if r.session == session}

    assert wanted(1) == wanted(0)
    assert {channel for channel, _, _ in wanted(1)} == {"heartbeats", "l2_data", "orders"}
    assert {p for channel, products, _ in wanted(1) if channel == "l2_data" for p in products} == {"BTC-USD", "ETH-USD"}


async def test_a_resync_replaces_the_book_so_no_stale_level_survives() -> None:
    sim = simulator()
    async with feed_for(sim) as (_, feed):
        books = feed.order_book("BTC-USD")
        before = await first(books, is_snapshot)
        assert len(before.bids) == len(before.asks) == sim.feed.depth == 50
        # the book changes completely while the client is away, and nobody tells it level by level
        sim.feed.book("BTC-USD").replace(
            bids=[(Decimal("59000.00"), Decimal("1.5"))], asks=[(Decimal("61000.00"), Decimal("2"))]
        )
        sim.feed.disconnect()
        after = await first(books, is_snapshot)
    assert after.bids == ((Decimal("59000.00"), Decimal("1.5")),)
    assert after.asks == ((Decimal("61000.00"), Decimal("2")),)
    assert before.bids[0] not in after.bids and len(before.bids) == 50  # the old state itself never changed


async def test_a_sequence_gap_resyncs_before_any_wrong_book_is_yielded() -> None:
    sim = simulator()
    async with feed_for(sim) as (_, feed):
        books = feed.order_book("BTC-USD")
        await first(books, is_snapshot)
        sim.feed.drop_messages(1)
        sim.feed.step_market()  # this book update is lost on the way...
        sim.feed.step_market()  # ...and this one arrives with a sequence number one too far
        after = await next_item(books)
        assert after.is_snapshot, "a state was built on the message after the gap"
        assert (list(after.bids), list(after.asks)) == sim.feed.book("BTC-USD").levels()
        assert feed.stats["gaps"] == 1 and feed.stats["connects"] == 2


async def test_without_sequence_checks_the_same_loss_leaves_a_wrong_book() -> None:
    """The fault above is real: a client that does not check sequence numbers carries on wrong."""
    sim = simulator()
    async with feed_for(sim, sequence_scope=None) as (_, feed):
        books = feed.order_book("BTC-USD")
        await first(books, is_snapshot)
        sim.feed.drop_messages(1)
        sim.feed.step_market()
        sim.feed.step_market()
        after = await next_item(books)
    assert not after.is_snapshot
    assert (list(after.bids), list(after.asks)) != sim.feed.book("BTC-USD").levels()


async def test_silence_past_the_heartbeat_timeout_reconnects() -> None:
    sim = simulator()
    async with feed_for(sim, heartbeat_timeout=0.3) as (_, feed):
        books = feed.order_book("BTC-USD")
        await first(books, is_snapshot)
        sim.feed.stall(HANG_GUARD)  # the connection stays open, but nothing comes, heartbeats included
        await first(books, is_snapshot)
        assert feed.stats["heartbeat_timeouts"] == 1 and feed.stats["connects"] == 2


async def test_heartbeats_keep_a_quiet_connection_alive() -> None:
    sim = simulator()  # the book does not move: only heartbeats arrive
    async with feed_for(sim, heartbeat_timeout=0.3) as (_, feed):
        beats = feed.heartbeats()
        counters = [(await next_item(beats)).heartbeat_counter for _ in range(24)]  # ~1.2 s: four timeouts' worth
        assert counters == list(range(counters[0], counters[0] + 24))
        assert feed.stats["heartbeat_timeouts"] == 0 and feed.stats["connects"] == 1


async def test_a_heartbeats_stream_hears_the_connections_opened_after_it() -> None:
    sim = simulator()
    async with feed_for(sim, products_per_connection=1) as (_, feed):
        beats = feed.heartbeats()
        books = [feed.order_book(p) for p in ("BTC-USD", "ETH-USD")]  # the second on a new connection
        for book in books:
            await first(book, is_snapshot)
        assert feed.connections == 2
        seen: set[int] = set()
        # each connection counts its own heartbeats: a counter seen twice came from both
        await first(beats, lambda b: b.heartbeat_counter in seen or seen.add(b.heartbeat_counter) is not None)
        await beats.aclose()
        sim.feed.step_market()
        await first(books[1], lambda b: not b.is_snapshot)  # the connections serve on without it


async def test_a_slow_consume_error_frame_reconnects_and_resyncs() -> None:
    sim = simulator()
    async with feed_for(sim) as (_, feed):
        books = feed.order_book("BTC-USD")
        await first(books, is_snapshot)
        sim.feed.slow_consumer()  # ErrSlowConsume, then the server closes
        await first(books, is_snapshot)
        assert feed.stats["ended_slow"] == 1 and feed.stats["connects"] == 2


# -- bounded buffers -------------------------------------------------------------------------


async def test_a_slow_book_consumer_gets_the_current_book_and_stays_bounded() -> None:
    sim = simulator()
    async with feed_for(sim, queue_size=4) as (_, feed):
        slow, fast = feed.order_book("BTC-USD"), feed.order_book("BTC-USD")
        await first(fast, is_snapshot)
        states = []
        for _ in range(30):  # the fast consumer keeps up, the slow one reads nothing
            sim.feed.step_market()
            states.append(await next_item(fast))
        newest = states[-1]
        assert fast.overflows == 0 and slow.overflows > 0
        # 31 states were put: the slow stream kept only the newest few, ending with the current book
        kept = [await next_item(slow)]
        while kept[-1] is not newest and len(kept) <= 4:
            kept.append(await next_item(slow))
        assert kept == states[-len(kept) :] and len(kept) <= 4
        assert (list(newest.bids), list(newest.asks)) == sim.feed.book("BTC-USD").levels()


async def test_a_slow_orders_consumer_gets_a_fresh_snapshot_and_the_orders_that_closed() -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim, queue_size=3) as (client, feed):
        orders = feed.orders(pid)
        await orders.wait_snapshot()  # subscribed: the orders placed next all show up
        cancelled = []
        for k in range(4):
            created = await client.orders.create_order(
                portfolio_id=pid, product_id="BTC-USD", side="BUY", type="LIMIT",
                base_quantity="0.01", limit_price=f"{1000 + k}",
            )  # fmt: skip
            if k % 2:
                await client.orders.cancel_order(portfolio_id=pid, order_id=created.order_id)
                cancelled.append(created.order_id)
        rest_open = {o.id for o in await client.orders.list_open_orders(portfolio_id=pid).collect()}
        seen: list[OrderUpdate] = []

        def caught_up(update: OrderUpdate) -> bool:
            seen.append(update)
            return set(orders.open_orders) == rest_open and all(o in {u.order_id for u in seen} for o in cancelled)

        await first(orders, caught_up, limit=30)
        assert orders.overflows > 0
        assert {u.order_id for u in seen if u.status == OrderStatus.CANCELLED} == set(cancelled)


async def test_on_overflow_error_fails_the_slow_stream_with_a_clear_error() -> None:
    sim = simulator()
    async with feed_for(sim, queue_size=2, on_overflow="error") as (_, feed):
        slow, fast = feed.order_book("BTC-USD"), feed.order_book("BTC-USD")
        await first(fast, is_snapshot)
        for _ in range(5):
            sim.feed.step_market()
            await next_item(fast)
        with pytest.raises(FeedOverflowError, match="2 items behind"):
            await next_item(slow)
        sim.feed.step_market()  # the other stream is unaffected
        assert not (await next_item(fast)).is_snapshot


# -- shutdown and cancellation ---------------------------------------------------------------


async def test_leaving_the_feed_unsubscribes_closes_and_ends_the_streams() -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with client_for(sim) as client:
        baseline = await settled_task_count()
        assert sim.ws_url is not None
        async with client.feed(sim.ws_url, **FAST) as feed:
            books, orders = feed.order_book("BTC-USD"), feed.orders(pid)
            await first(books, is_snapshot)
            await next_item(orders)
        assert [b async for b in books] == []  # ended, nothing left behind
        await eventually(lambda: not sim.feed.sessions, "the server saw the connection close")
        await eventually(lambda: task_count() == baseline, "no task left behind")
        with pytest.raises(FeedClosedError):
            feed.order_book("ETH-USD")

    def keys(kind: str) -> set[tuple[str, tuple[str, ...], str]]:
        return {(r.channel, r.product_ids, r.portfolio_id) for r in subscribes(sim, kind)}

    assert keys("unsubscribe") == keys("subscribe")
    assert sim.feed.stats["clean_closes"] == 1  # a close frame with code 1000, answered
    assert sim.feed.stats["session_errors"] == 0


async def test_cancellation_inside_the_feed_leaves_nothing_running() -> None:
    sim = simulator()
    async with client_for(sim) as client:
        baseline = await settled_task_count()
        assert sim.ws_url is not None
        with anyio.CancelScope() as scope:
            async with client.feed(sim.ws_url, **FAST) as feed:
                books = feed.order_book("BTC-USD")
                await first(books, is_snapshot)
                scope.cancel()
                await anyio.sleep(HANG_GUARD)
        assert scope.cancelled_caught
        await eventually(lambda: not sim.feed.sessions, "the connection closed")
        await eventually(lambda: task_count() == baseline, "no task left behind")
    assert [r.channel for r in subscribes(sim, "unsubscribe")] == ["heartbeats", "l2_data"]


async def test_cancellation_while_reconnecting_leaves_nothing_running() -> None:
    sim = simulator()
    async with client_for(sim) as client:
        listener = await anyio.create_tcp_listener(local_host="127.0.0.1")  # accepts nothing: handshakes hang
        port = listener.extra(anyio.abc.SocketAttribute.local_port)
        baseline = await settled_task_count()
        with anyio.move_on_after(0.3) as scope:
            async with client.feed(f"ws://127.0.0.1:{port}", connect_timeout=0.05, **FAST) as feed:
                async for _ in feed.order_book("BTC-USD"):
                    pass
        await listener.aclose()
        assert scope.cancelled_caught and feed.stats["connects"] == 0
        assert task_count() == baseline


async def test_closing_one_stream_unsubscribes_what_no_other_stream_needs() -> None:
    sim = simulator()
    async with feed_for(sim) as (_, feed):
        btc, eth, eth_again = feed.order_book("BTC-USD"), feed.order_book("ETH-USD"), feed.order_book("ETH-USD")
        for books in (btc, eth, eth_again):
            await first(books, is_snapshot)
        await eth.aclose()
        assert [b async for b in eth] == []
        sim.feed.step_market()
        assert not (await next_item(eth_again)).is_snapshot  # still subscribed for the other stream
        await eth_again.aclose()
        await eventually(lambda: bool(subscribes(sim, "unsubscribe")), "an unsubscribe")
        assert [(r.channel, r.product_ids) for r in subscribes(sim, "unsubscribe")] == [("l2_data", ("ETH-USD",))]
        sim.feed.step_market()
        assert (await next_item(btc)).product_id == "BTC-USD"


# -- errors ----------------------------------------------------------------------------------


async def test_an_error_frame_is_a_typed_exception_and_is_not_retried() -> None:
    sim = simulator()
    async with feed_for(sim) as (_, feed):
        books = feed.order_book("BTC-USD")
        await first(books, is_snapshot)
        sim.feed.send_error("channel l2_data is not available for this product")
        with pytest.raises(FeedServerError, match="not available") as caught:
            await first(books, lambda b: False)
        assert caught.value.message == "channel l2_data is not available for this product"
        assert sim.feed.stats["connections"] == 1
        again = feed.order_book("BTC-USD")  # a new stream gets a new connection
        await first(again, is_snapshot)


async def test_a_failing_signature_raises_after_bounded_attempts_and_leaks_nothing() -> None:
    sim = simulator()
    wrong = sim.credentials.replace(signing_key="not-the-signing-key")
    async with feed_for(sim, credentials=wrong) as (_, feed):
        books = feed.order_book("BTC-USD")
        with pytest.raises(FeedAuthenticationError, match="invalid signature") as caught:
            await first(books, lambda b: True)
        await anyio.sleep(0.1)  # no attempt after the last one
    refused = {r.session for r in sim.feed.received if not r.accepted}
    assert len(refused) == sim.feed.stats["connections"] == feed.options.max_auth_failures == 2
    for text in (str(caught.value), repr(caught.value), repr(feed), repr(wrong)):
        assert sim.credentials.passphrase not in text and "not-the-signing-key" not in text


# -- placement -------------------------------------------------------------------------------


async def test_products_spread_over_connections_and_streams_share_subscriptions() -> None:
    sim = simulator()
    products = list(sim.world.products)[:12]
    async with feed_for(sim, products_per_connection=5) as (_, feed):
        streams = [feed.order_book(p) for p in products] + [feed.order_book("BTC-USD")]
        for stream in streams:
            await first(stream, is_snapshot)
        assert feed.connections == 3 and len(sim.feed.sessions) == 3
        per_session = [s.subscriptions["l2_data"] for s in sim.feed.sessions]
        assert sorted(len(p) for p in per_session) == [2, 5, 5]
        assert set().union(*per_session) == set(products)
        l2 = [p for r in subscribes(sim) if r.channel == "l2_data" for p in r.product_ids]
        assert sorted(l2) == sorted(products)  # BTC-USD's two streams share one subscription
        first_orders, second_orders = feed.orders(sim.portfolio_ids[0]), feed.orders(sim.portfolio_ids[1])
        await next_item(first_orders)
        await next_item(second_orders)
        portfolios = [s.portfolio_id for s in sim.feed.sessions if "orders" in s.subscriptions]
        assert sorted(portfolios) == sorted(sim.portfolio_ids)  # one portfolio per connection


async def test_an_orders_subscription_with_products_still_gets_a_connection_of_its_own_portfolio() -> None:
    sim = simulator()
    first_pid, second_pid = sim.portfolio_ids
    async with feed_for(sim) as (_, feed):
        await feed.orders(first_pid).wait_snapshot()
        raw = feed.subscribe("orders", product_ids=["BTC-USD", "ETH-USD"], portfolio_id=second_pid)
        message = await first(raw, lambda m: m.channel == "orders")
        assert feed.connections == 2  # not on the first one, which has room for products
        portfolios = [s.portfolio_id for s in sim.feed.sessions if "orders" in s.subscriptions]
        assert sorted(portfolios) == sorted(sim.portfolio_ids)
        assert {u.portfolio_id for e in message.events for u in e.orders} <= {second_pid}


# -- order updates ---------------------------------------------------------------------------


async def test_order_updates_match_the_rest_world() -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (client, feed):
        orders = feed.orders(pid)
        rest_open = await client.orders.list_open_orders(portfolio_id=pid).collect()
        snapshot = [await next_item(orders) for _ in rest_open]
        assert all(u.snapshot for u in snapshot)
        assert {u.order_id: u.limit_px for u in snapshot} == {o.id: o.limit_price for o in rest_open}

        resting = await client.orders.create_order(
            portfolio_id=pid, product_id="ETH-USD", side="BUY", type="LIMIT", base_quantity="0.5", limit_price="1500"
        )
        update = await next_item(orders)
        assert (update.order_id, update.status, update.origin) == (resting.order_id, OrderStatus.OPEN, "update")
        assert (update.leaves_qty, update.cum_qty, update.limit_px) == (Decimal("0.5"), 0, Decimal("1500"))
        await client.orders.cancel_order(portfolio_id=pid, order_id=resting.order_id)
        update = await next_item(orders)
        assert (update.order_id, update.status, update.done) == (resting.order_id, OrderStatus.CANCELLED, True)

        market = await client.orders.create_order(
            portfolio_id=pid, product_id="BTC-USD", side="SELL", type="MARKET", base_quantity="0.02"
        )
        filled = await first(orders, lambda u: u.order_id == market.order_id and u.done)
        rest = (await client.orders.get_order(portfolio_id=pid, order_id=market.order_id)).order
        assert filled.status == OrderStatus.FILLED == rest.status
        assert (filled.cum_qty, filled.avg_px, filled.fees) == (
            rest.filled_quantity,
            rest.average_filled_price,
            rest.commission,
        )
        assert (filled.side, filled.order_type, filled.product_id) == ("SELL", "MARKET", "BTC-USD")
        assert filled.limit_px is None and filled.leaves_qty == 0
        rest_open = await client.orders.list_open_orders(portfolio_id=pid).collect()
        assert set(orders.open_orders) == {o.id for o in rest_open}


async def test_a_connection_whose_orders_streams_all_closed_keeps_no_orders_of_their_portfolio() -> None:
    sim = simulator()
    first_pid, second_pid = sim.portfolio_ids
    async with feed_for(sim) as (client, feed):
        await client.orders.create_order(
            portfolio_id=second_pid, product_id="BTC-USD", side="BUY", type="LIMIT", base_quantity="0.01",
            limit_price="1000",
        )  # fmt: skip
        typed, raw = feed.orders(first_pid), feed.subscribe("orders", portfolio_id=first_pid)
        assert (await next_item(typed)).portfolio_id == first_pid  # it has open orders
        typed.close()
        raw.close()
        assert feed.connections == 1
        second = feed.orders(second_pid)  # on the same connection, now free of any portfolio
        update = await next_item(second)
        rest_open = {o.id for o in await client.orders.list_open_orders(portfolio_id=second_pid).collect()}
        assert (update.portfolio_id, update.order_id in rest_open) == (second_pid, True)


async def test_orders_that_closed_while_the_feed_was_away_are_settled_from_rest() -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (client, feed):
        orders = feed.orders(pid)
        await orders.wait_snapshot()
        created = await client.orders.create_order(
            portfolio_id=pid, product_id="BTC-USD", side="BUY", type="LIMIT", base_quantity="0.01", limit_price="1000"
        )
        await first(orders, lambda u: u.order_id == created.order_id)
        sim.feed.stall(HANG_GUARD)  # the cancellation's update will never be delivered...
        await client.orders.cancel_order(portfolio_id=pid, order_id=created.order_id)
        sim.feed.disconnect()  # ...the connection goes, and the new snapshot no longer lists the order
        settled = await first(orders, lambda u: u.order_id == created.order_id)
        assert (settled.origin, settled.status, settled.done) == ("rest", OrderStatus.CANCELLED, True)
        assert created.order_id not in orders.open_orders
        assert feed.stats["reconciled_orders"] == 1
        assert await feed.fetch_order(pid, created.order_id) == settled  # what a bot can ask itself


# -- the other channels ----------------------------------------------------------------------


async def test_heartbeats_products_and_any_channel_come_typed() -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (_, feed):
        beat = await next_item(feed.heartbeats())
        assert isinstance(beat, Heartbeat) and beat.current_time is not None and beat.heartbeat_counter >= 1

        products = feed.products(["BTC-USD", "ETH-BTC"])
        got = {(await next_item(products)).product_id for _ in range(2)}
        assert got == {"BTC-USD", "ETH-BTC"} and set(products.products) == got
        assert products.products["ETH-BTC"].price_increment == Decimal("0.00000001")

        raw_books = feed.subscribe("l2_data", product_ids=["ETH-USD"])
        message = await first(raw_books, lambda m: m.channel == "l2_data")
        assert isinstance(message, FeedMessage) and message.sequence_num is not None
        (event,) = message.events
        assert isinstance(event, L2Event) and event.type == "snapshot" and event.product_id == "ETH-USD"
        assert {u.side for u in event.updates} == {"bid", "offer"}

        raw_orders = feed.subscribe("orders", portfolio_id=pid)
        message = await first(raw_orders, lambda m: m.channel == "orders")
        (event,) = message.events
        assert isinstance(event, OrdersEvent) and event.type == "snapshot" and len(event.orders) == 2


# -- TLS -------------------------------------------------------------------------------------


async def test_wss_verifies_the_server_certificate(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    sim = simulator()
    async with (
        PrimeClient(credentials=sim.credentials, base_url="https://unused.invalid") as client,
        sim.feed.serve("127.0.0.1", ssl_context=server_context) as url,
    ):
        assert url.startswith("wss://127.0.0.1:")
        trusting = ssl.create_default_context(cafile=str(cert))
        async with client.feed(url, ssl_context=trusting, **FAST) as feed:
            book = await first(feed.order_book("BTC-USD"), is_snapshot)
            assert len(book.bids) == sim.feed.depth
        # the system's trust store does not know this certificate: no connection is ever made
        async with client.feed(url, **FAST, max_reconnects=2) as feed:
            untrusted = r"TLS failed: the server's certificate is not trusted \(self-signed certificate\)"
            with pytest.raises(FeedConnectionError, match=untrusted):
                await next_item(feed.order_book("BTC-USD"))
        assert feed.stats["connects"] == 0 and feed.stats["ended_connect_failed"] == 2


# -- proxies ---------------------------------------------------------------------------------


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Sets the proxy variables as a shell would, none other left from the environment."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)

    def set_env(**values: str) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return set_env


async def test_wss_goes_through_the_https_proxy_in_a_connect_tunnel(
    certificate: tuple[Path, Path], proxy_env: Any
) -> None:
    cert, key = certificate
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))
    sim = simulator()
    async with (
        PrimeClient(credentials=sim.credentials, base_url="http://127.0.0.1:9") as client,
        sim.feed.serve("127.0.0.1", ssl_context=server_context) as url,
        connect_proxy() as (proxy, heads),
    ):
        authority = url.removeprefix("wss://")
        proxy_env(HTTPS_PROXY=proxy.replace("http://", "http://bot:s%3Acret@"))
        async with client.feed(url, ssl_context=trusting, **FAST) as feed:
            book = await first(feed.order_book("BTC-USD"), is_snapshot)  # TLS to the feed, inside the tunnel
            assert len(book.bids) == sim.feed.depth
        (head,) = heads
        lines = head.decode().split("\r\n")
        assert lines[0] == f"CONNECT {authority} HTTP/1.1"
        assert f"host: {authority}" in [line.lower() for line in lines]
        assert f"Proxy-Authorization: Basic {base64.b64encode(b'bot:s:cret').decode()}" in lines
        assert sim.credentials.passphrase not in head.decode()  # the subscribe went inside TLS

        # NO_PROXY names the host: straight to it; trust_env=False: the variables are not read
        for env, options in (({"NO_PROXY": "127.0.0.1"}, {}), ({}, {"trust_env": False})):
            proxy_env(**env)
            async with client.feed(url, ssl_context=trusting, **FAST, **options) as feed:
                await first(feed.order_book("BTC-USD"), is_snapshot)
            proxy_env(NO_PROXY="")
        assert len(heads) == 1


async def test_a_proxy_that_refuses_the_tunnel_is_a_failed_connection_and_keeps_its_password(
    proxy_env: Any,
) -> None:
    async with connect_proxy(status=407) as (proxy, heads), client_for(simulator()) as client:
        proxy_env(HTTPS_PROXY=proxy.replace("http://", "http://bot:hunter2@"))
        feed = client.feed("wss://127.0.0.1:9", max_reconnects=2, **FAST)
        assert "hunter2" not in repr(feed) and "hunter2" not in repr(vars(feed))
        async with feed:
            with pytest.raises(
                FeedConnectionError, match=r"refused the tunnel to 127\.0\.0\.1:9 with HTTP 407"
            ) as caught:
                await next_item(feed.order_book("BTC-USD"))
    assert len(heads) == 2 and "hunter2" not in str(caught.value) and "bot" not in str(caught.value)


async def test_plain_ws_never_goes_through_a_proxy(proxy_env: Any) -> None:
    """ws:// carries the signed subscribe in clear: it is for a loopback simulator, never a proxy."""
    sim = simulator()
    async with connect_proxy() as (proxy, heads):
        proxy_env(HTTPS_PROXY=proxy, HTTP_PROXY=proxy, ALL_PROXY=proxy)
        async with feed_for(sim) as (_, feed):
            await first(feed.order_book("BTC-USD"), is_snapshot)
    assert heads == []


def test_a_proxy_the_feed_cannot_use_is_refused_before_connecting(proxy_env: Any) -> None:
    client = PrimeClient(credentials=simulator().credentials, base_url="http://127.0.0.1:9")
    proxy_env(HTTPS_PROXY="socks5://user:pw@127.0.0.1:1080")
    with pytest.raises(InvalidRequestError, match="http://HOST:PORT proxies only") as caught:
        client.feed("wss://127.0.0.1:9")
    assert "pw" not in str(caught.value)
    assert client.feed("wss://127.0.0.1:9", trust_env=False).url == "wss://127.0.0.1:9"


# -- a feed that never connected gives up ------------------------------------------------------


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_a_feed_to_a_closed_port_gives_up_after_initial_connect_timeout_and_says_why(
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = f"ws://127.0.0.1:{closed_port()}"
    caplog.set_level(logging.INFO, logger="prime_async.feed")
    async with client_for(simulator()) as client, client.feed(url, **FAST, initial_connect_timeout=0.4) as feed:
        started = anyio.current_time()
        books, beats = feed.order_book("BTC-USD"), feed.heartbeats()
        with pytest.raises(FeedConnectionError) as caught:
            await next_item(books)  # bounded by HANG_GUARD: the feed gives up long before
        waited = anyio.current_time() - started
        with pytest.raises(FeedConnectionError):
            await next_item(beats)  # every stream
    message = str(caught.value)
    assert message.startswith(f"no connection to {url} worked within initial_connect_timeout (0.4 s, ")
    assert message.endswith("attempts); the last: connection refused")  # FAST backoff: many attempts
    assert waited >= 0.4  # never sooner
    attempts = [r for r in caplog.records if "attempt" in r.getMessage()]
    assert len(attempts) >= 2 and feed.stats["connects"] == 0
    first_attempt, *later = attempts
    assert first_attempt.levelno == logging.INFO and all(r.levelno == logging.WARNING for r in later)
    for number, record in enumerate(attempts, start=1):
        assert re.fullmatch(
            rf"feed connection 0: attempt {number} to {re.escape(url)} failed: connection refused; "
            r"next attempt in \d+\.\d\d s",
            record.getMessage(),
        )


async def test_the_cause_given_up_on_is_the_upgrades_http_status() -> None:
    refusing = b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 11\r\n\r\nbad gateway"
    async with (
        front("ws://127.0.0.1:9", lambda k: refusing) as (port, served),
        feed_on(f"ws://127.0.0.1:{port}", initial_connect_timeout=0.3) as feed,
    ):
        with pytest.raises(FeedConnectionError, match=r"the last: WebSocket upgrade refused with HTTP 502$"):
            await next_item(feed.order_book("BTC-USD"))
    assert len(served) >= 2


async def test_a_feed_that_connected_once_keeps_reconnecting_past_initial_connect_timeout() -> None:
    sim = simulator()
    down = False
    async with feed_for(sim) as _:  # the simulator, served
        assert sim.ws_url is not None
        async with (
            front(sim.ws_url, lambda k: b"" if down else None) as (port, served),
            feed_on(f"ws://127.0.0.1:{port}", initial_connect_timeout=0.2) as feed,
        ):
            books = feed.order_book("BTC-USD")
            await first(books, is_snapshot)
            down = True  # the server goes away: connections are accepted, then closed unanswered
            sim.feed.disconnect()
            lost = anyio.current_time()
            await eventually(
                lambda: anyio.current_time() - lost > 5 * 0.2 and feed.stats["ended_connect_failed"] >= 5,
                "failed attempts for five times initial_connect_timeout",
            )
            down = False  # back: the stream has not failed, and resumes from a new snapshot
            await first(books, is_snapshot)
            assert feed.stats["connects"] == 2 and len(served) >= 6
