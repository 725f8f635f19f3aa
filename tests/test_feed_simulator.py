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
from wsproto.connection import Connection, ConnectionType
from wsproto.events import CloseConnection, TextMessage

from prime_async._feed._websocket import WebSocket, connect
from prime_async._feed._ws_common import WebSocketClosed
from prime_async.models import OrderStatus
from prime_async.testing import PrimeSimulator, ServerLimits

from .feed_support import HANG_GUARD, client_for, eventually, feed_for, first, next_item, simulator
from .hostile import read_until_closed

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


@pytest.mark.parametrize(
    "product_ids",
    [
        "ETH-USD",  # signed as ["ETH-USD"] would be: it was read as its characters ("unknown product 'E'")
        5,  # the connection ended as a session error, without a word
        True,
        {"ETH-USD": 1},
        [1, 2],
        [None],
        [["ETH-USD"]],
    ],
)
async def test_a_subscribe_with_malformed_product_ids_gets_an_error_frame_and_the_connection_stays_open(
    product_ids: Any,
) -> None:
    sim = simulator()
    async with client_for(sim):
        assert sim.ws_url is not None
        ws = await connect(sim.ws_url)
        await ws.send(subscribe_message(sim, "l2_data", ["ETH-USD"], product_ids=product_ids))
        await ws.send(subscribe_message(sim, "heartbeats", []))
        error, reply = (await receive(ws, 2))[:2]
        await ws.aclose()
    assert error == {"type": "error", "message": "malformed subscribe: product_ids must be a list of strings"}
    assert reply["channel"] == "subscriptions" and reply["events"][0]["subscriptions"] == {"heartbeats": []}
    assert next(r.problem for r in sim.feed.received).startswith("malformed subscribe")
    assert sim.feed.stats["session_errors"] == 0 and sim.feed.stats["auth_failures"] == 0


@pytest.mark.parametrize("changes", [{"channel": 7}, {"portfolio_id": ["P"]}])
async def test_a_subscribe_with_a_mistyped_field_gets_an_error_frame(changes: dict[str, Any]) -> None:
    sim = simulator()
    async with client_for(sim):
        assert sim.ws_url is not None
        ws = await connect(sim.ws_url)
        await ws.send(subscribe_message(sim, "heartbeats", [], **changes))
        (error,) = await receive(ws, 1)
        await ws.aclose()
    (name,) = changes
    assert error == {"type": "error", "message": f"malformed subscribe: {name} must be a string"}
    assert sim.feed.stats["session_errors"] == 0


async def test_a_silent_or_slow_handshake_on_the_feed_port_is_closed() -> None:
    """The feed port has the HTTP port's limits: a connection that sends nothing, or drips its
    upgrade request, is closed at `handshake_timeout` (it was kept open for ever)."""
    sim = simulator(limits=ServerLimits(handshake_timeout=0.3))
    async with client_for(sim):
        assert sim.ws_url is not None
        host, port = sim.ws_url.removeprefix("ws://").rsplit(":", 1)
        async with (
            await anyio.connect_tcp(host, int(port)) as silent,
            await anyio.connect_tcp(host, int(port)) as slow,
        ):
            with anyio.fail_after(HANG_GUARD):
                for byte in b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n":
                    await slow.send(bytes([byte]))
                    if sim.feed.stats["handshake_timeouts"] == 2:
                        break
                    await anyio.sleep(0.05)
                assert await read_until_closed(silent) == b""
                assert await read_until_closed(slow) == b""
        prompt = await connect(sim.ws_url)  # an honest client is served as before
        await prompt.send(subscribe_message(sim, "heartbeats", []))
        (reply,) = await receive(prompt, 1)
        await prompt.aclose()
    assert reply["channel"] == "subscriptions"
    assert sim.feed.stats["handshake_timeouts"] == 2 and sim.feed.stats["connections"] == 1


async def test_the_subscribe_deadline_counts_from_connecting_not_from_the_end_of_the_handshake() -> None:
    """Prime's 5 s run from connecting: a client that spends them on a slow handshake has none left
    (the simulator counted them from the end of the handshake, so this subscribe was answered)."""
    sim = simulator()
    sim.feed.subscribe_deadline = 0.3
    async with client_for(sim):
        assert sim.ws_url is not None
        host, port = sim.ws_url.removeprefix("ws://").rsplit(":", 1)
        request = (
            b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        async with await anyio.connect_tcp(host, int(port)) as stream:
            started = anyio.current_time()
            await stream.send(request[:10])
            await anyio.sleep_until(started + 0.4)  # the deadline passes during the handshake
            await stream.send(request[10:])
            with anyio.fail_after(HANG_GUARD):
                head = await stream.receive()
                assert head.startswith(b"HTTP/1.1 101 ")
                frames = Connection(ConnectionType.CLIENT)  # the open WebSocket, framed by hand
                await stream.send(frames.send(TextMessage(data=subscribe_message(sim, "heartbeats", []))))
                frames.receive_data(head.split(b"\r\n\r\n", 1)[1] + await read_until_closed(stream))
    events = list(frames.events())
    assert not any(isinstance(e, TextMessage) for e in events)  # no "subscriptions" answer
    assert [(e.code, e.reason) for e in events if isinstance(e, CloseConnection)] == [
        (1008, "no subscribe within 0.3 s of connecting")
    ]
    assert sim.feed.stats["deadline_closes"] == 1 and sim.feed.stats["subscribes"] == 0


async def test_a_subscribed_client_that_stops_reading_is_closed() -> None:
    """A write the client does not take within `send_timeout` ends the connection (the writer
    waited for ever, and the session with it)."""
    sim = simulator(limits=ServerLimits(send_timeout=0.3))
    async with client_for(sim):
        assert sim.ws_url is not None
        ws = await connect(sim.ws_url)
        await ws.send(subscribe_message(sim, "products", []))
        await receive(ws, 2)  # the reply and the snapshot; then it reads no more
        for _ in range(32):  # 32 MiB: more than loopback's socket buffers hold
            sim.feed.send_error("x" * (1 << 20))
        await eventually(lambda: not sim.feed.sessions, "the session that stopped reading is closed")
        await ws.aclose()
    assert sim.feed.stats["send_timeouts"] == 1 and sim.feed.stats["session_errors"] == 0


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
