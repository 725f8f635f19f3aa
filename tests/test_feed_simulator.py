"""The simulator's WebSocket feed seen from a bare WebSocket: Prime's rules (signed subscribes, the
5 s deadline, one sequence counter per connection) and a market that moves and fills orders."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any

import anyio
import pytest

from prime_async._feed._websocket import WebSocket, connect
from prime_async._feed._ws_common import WebSocketClosed
from prime_async.models import OrderStatus
from prime_async.testing import PrimeSimulator

from .feed_support import HANG_GUARD, client_for, feed_for, first, next_item, simulator

pytestmark = pytest.mark.anyio


def subscribe_message(sim: PrimeSimulator, for_channel: str, products: list[str], **changes: Any) -> str:
    """A subscribe signed by hand, from the documented formula; `changes` override fields after signing."""
    c = sim.credentials
    assert c.svc_account_id is not None
    timestamp = str(int(sim.clock()))
    portfolio = changes.pop("sign_portfolio", "")
    prehash = for_channel + c.access_key + c.svc_account_id + timestamp + portfolio + "".join(products)
    signature = base64.b64encode(hmac.new(c.signing_key.encode(), prehash.encode(), hashlib.sha256).digest()).decode()
    message = {
        "type": "subscribe", "channel": for_channel, "access_key": c.access_key, "api_key_id": c.svc_account_id,
        "timestamp": timestamp, "passphrase": c.passphrase, "signature": signature, "portfolio_id": portfolio,
        "product_ids": products, **changes,
    }  # fmt: skip
    return json.dumps(message)


async def receive(ws: WebSocket, count: int) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    with anyio.fail_after(HANG_GUARD):
        while len(messages) < count:
            messages.extend(json.loads(t) for t in await ws.receive())
    return messages


async def test_a_hand_signed_subscribe_is_answered_and_every_message_is_numbered_from_zero() -> None:
    sim = simulator()
    async with client_for(sim):
        assert sim.ws_url is not None
        ws = await connect(sim.ws_url)
        await ws.send(subscribe_message(sim, "l2_data", ["ETH-USD"]))
        await ws.send(subscribe_message(sim, "heartbeats", []))
        messages = await receive(ws, 6)
        await ws.aclose()
    assert [m["sequence_num"] for m in messages] == list(range(6))  # one counter, whatever the channel
    reply, snapshot = messages[0], messages[1]
    assert reply["channel"] == "subscriptions" and reply["events"][0]["subscriptions"] == {"l2_data": ["ETH-USD"]}
    assert snapshot["channel"] == "l2_data" and snapshot["client_id"] == ""
    (event,) = snapshot["events"]
    assert event["type"] == "snapshot" and event["product_id"] == "ETH-USD"
    assert {u["side"] for u in event["updates"]} == {"bid", "offer"} and len(event["updates"]) == 2 * sim.feed.depth
    assert all(set(u) == {"side", "event_time", "px", "qty"} for u in event["updates"])
    assert snapshot["timestamp"].endswith("Z") and len(snapshot["timestamp"].split(".")[1]) == 10  # nanoseconds
    assert "heartbeats" in {m["channel"] for m in messages[3:]}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"passphrase": "wrong"}, "invalid passphrase"),
        ({"api_key_id": "svc-someone-else"}, "invalid api_key_id"),
        ({"timestamp": "1600000000"}, "timestamp expired or invalid"),
        ({"product_ids": ["BTC-USD"]}, "invalid signature"),  # signed for ETH-USD
        ({"access_key": "sim-unknown"}, "invalid api key"),
        # odd characters are refused, not raised on (the connection would end as a session error)
        ({"timestamp": "\u00b2"}, "timestamp expired or invalid"),  # "²".isdigit() is True, int("²") raises
        ({"passphrase": "p\u00e4ssphrase"}, "invalid passphrase"),  # hmac.compare_digest refuses non-ASCII str
        ({"signature": "\u00e9" * 44}, "invalid signature"),
        ({"passphrase": "\ud800"}, "invalid passphrase"),  # a lone surrogate (a JSON escape) encodes nowhere
        ({"signature": "\ud800" * 44}, "invalid signature"),
        ({"channel": "\ud800"}, "invalid signature"),  # what is signed cannot be encoded: nothing matches
    ],
)
async def test_a_bad_subscribe_gets_an_authentication_error_frame_and_the_connection_closes(
    changes: dict[str, Any], problem: str
) -> None:
    sim = simulator()
    async with client_for(sim):
        assert sim.ws_url is not None
        ws = await connect(sim.ws_url)
        await ws.send(subscribe_message(sim, "l2_data", ["ETH-USD"], **changes))
        (error,) = await receive(ws, 1)
        with pytest.raises(WebSocketClosed), anyio.fail_after(HANG_GUARD):
            await ws.receive()
        await ws.aclose()
        again = await connect(sim.ws_url)  # the server serves on
        await again.send(subscribe_message(sim, "heartbeats", []))
        (reply,) = await receive(again, 1)
        await again.aclose()
    assert error == {"type": "error", "message": f"authentication failure: {problem}"}
    assert [r.problem for r in sim.feed.received] == [problem, ""] and reply["channel"] == "subscriptions"
    assert sim.feed.stats["session_errors"] == 0


async def test_a_connection_that_does_not_subscribe_in_time_is_closed() -> None:
    sim = simulator()
    sim.feed.subscribe_deadline = 0.2  # Prime's is 5 s
    async with client_for(sim):
        assert sim.ws_url is not None
        idle = await connect(sim.ws_url)
        prompt = await connect(sim.ws_url)
        await prompt.send(subscribe_message(sim, "heartbeats", []))
        with pytest.raises(WebSocketClosed) as closed, anyio.fail_after(HANG_GUARD):
            await idle.receive()
        assert closed.value.code == 1008 and "no subscribe within 0.2 s" in closed.value.reason
        assert (await receive(prompt, 3))[-1]["channel"] == "heartbeats"  # still served after the deadline
        await idle.aclose()
        await prompt.aclose()
    assert sim.feed.stats["deadline_closes"] == 1


async def test_an_unknown_product_is_an_error_frame_and_the_connection_stays_open() -> None:
    sim = simulator()
    async with client_for(sim):
        assert sim.ws_url is not None
        ws = await connect(sim.ws_url)
        await ws.send(subscribe_message(sim, "l2_data", ["DOGE-USD"]))
        await ws.send(subscribe_message(sim, "l2_data", ["BTC-USD"]))
        error, reply = (await receive(ws, 2))[:2]
        await ws.aclose()
    assert error == {"type": "error", "message": "unknown product 'DOGE-USD'"}
    assert reply["channel"] == "subscriptions"


async def test_a_plain_http_request_to_the_feed_port_is_refused() -> None:
    sim = simulator()
    async with client_for(sim):
        assert sim.ws_url is not None
        host, port = sim.ws_url.removeprefix("ws://").rsplit(":", 1)
        async with await anyio.connect_tcp(host, int(port)) as stream:
            await stream.send(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            with anyio.fail_after(HANG_GUARD):
                head = await stream.receive()
    assert head.startswith(b"HTTP/1.1 400")


async def test_the_market_moves_the_book_and_fills_resting_orders_seen_on_the_orders_channel() -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (client, feed):
        books, orders = feed.order_book("SOL-USD"), feed.orders(pid)
        start = await first(books, lambda b: b.is_snapshot)
        await orders.wait_snapshot()
        assert start.best_bid is not None and start.best_ask is not None
        assert start.best_bid[0] < sim.world.price("SOL-USD") <= start.best_ask[0]
        limit = (start.best_bid[0] * Decimal("0.999")).quantize(Decimal("0.01"))
        created = await client.orders.create_order(
            portfolio_id=pid, product_id="SOL-USD", side="BUY", type="LIMIT", base_quantity="1", limit_price=limit
        )
        await first(orders, lambda u: u.order_id == created.order_id)
        mids = set()
        for _ in range(600):  # market time passes until the price comes down to the bid
            sim.feed.step_market()
            book = await next_item(books)
            mids.add(book.best_bid)
            if sim.world.orders[created.order_id].status == OrderStatus.FILLED:
                break
        filled = await first(orders, lambda u: u.order_id == created.order_id)
        assert (filled.status, filled.cum_qty, filled.avg_px) == (OrderStatus.FILLED, Decimal(1), limit)
        rest = (await client.orders.get_order(portfolio_id=pid, order_id=created.order_id)).order
        assert rest.status == OrderStatus.FILLED and rest.filled_quantity == filled.cum_qty
        assert len(mids) > 5  # the book moved
