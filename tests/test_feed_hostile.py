"""The feed against servers that misbehave, over real loopback sockets, on asyncio and trio: an
upgrade answer that is not a WebSocket handshake, messages that are not what Prime sends, values
no market has, sizes and shapes meant to cost memory or time. None of them ends the feed: a
failed handshake is a failed connection (reconnect, counted toward `max_reconnects`), a bad
message resyncs its connection."""

from __future__ import annotations

import base64
import hashlib
import json
import tracemalloc
from decimal import Decimal
from typing import Any

import anyio
import anyio.abc
import pytest

from prime_async import FeedConnectionError, FeedServerError, OrderStream
from prime_async._feed._websocket import accept, connect
from prime_async._feed._ws_common import WebSocketClosed

from .feed_support import (
    HANG_GUARD,
    SNAPSHOT_LEVELS,
    feed_for,
    feed_on,
    first,
    front,
    is_snapshot,
    l2_message,
    next_item,
    scripted_feed,
    simulator,
    tcp_server,
)

pytestmark = pytest.mark.anyio


def accept_token(key: bytes) -> bytes:
    return base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())


SWITCHING = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
HOSTILE_HANDSHAKES = {
    "garbage status line": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
    "not a status line at all": b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" * 4,
    "200 instead of 101": b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
    "200 with a body to the end": b"HTTP/1.1 200 OK\r\n\r\n<html>captive portal</html>",
    "101 without Sec-WebSocket-Accept": SWITCHING + b"\r\n",
    "101 with a wrong Sec-WebSocket-Accept": SWITCHING + b"Sec-WebSocket-Accept: " + accept_token(b"x") + b"\r\n\r\n",
    "a head past any size": b"HTTP/1.1 101 Switching Protocols\r\nX-Pad: " + b"a" * 100_000 + b"\r\n\r\n",
}


# -- a failed handshake is a failed connection ---------------------------------------------------


@pytest.mark.parametrize("answer", list(HOSTILE_HANDSHAKES.values()), ids=list(HOSTILE_HANDSHAKES))
async def test_a_malformed_upgrade_answer_is_a_failed_connection_and_the_feed_reconnects(answer: bytes) -> None:
    sim = simulator()
    async with feed_for(sim) as (_, direct):  # the simulator served, and a feed proving it works
        await first(direct.order_book("ETH-USD"), is_snapshot)
        assert sim.ws_url is not None
        async with (
            front(sim.ws_url, lambda k: answer if k < 2 else None) as (port, served),
            feed_on(f"ws://127.0.0.1:{port}") as feed,
        ):
            book = await first(feed.order_book("BTC-USD"), is_snapshot)
            assert len(book.bids) == sim.feed.depth
            assert len(served) == 3 and feed.stats["connects"] == 1
            assert feed.stats["ended_connect_failed"] == 2 and feed.stats["reconnects"] == 2


async def test_failed_handshakes_count_toward_max_reconnects_and_the_error_says_why() -> None:
    garbage = HOSTILE_HANDSHAKES["garbage status line"]
    async with (
        front("ws://127.0.0.1:9", lambda k: garbage) as (port, served),
        feed_on(f"ws://127.0.0.1:{port}", max_reconnects=3) as feed,
    ):
        with pytest.raises(FeedConnectionError, match=r"3 connection attempts to .* failed") as caught:
            await next_item(feed.order_book("BTC-USD"))
        assert len(served) == 3 and feed.stats["connects"] == 0
    assert "not a WebSocket handshake" in str(caught.value)
    assert f"ws://127.0.0.1:{port}" in str(caught.value)


# -- a malformed message is a bad message: the connection resyncs -------------------------------


def snapshot(seq: Any = 0) -> dict[str, Any]:
    return l2_message(seq, "snapshot", SNAPSHOT_LEVELS)


def spoiled(**changes: Any) -> list[Any]:
    """A good snapshot, then an update spoiled by `changes` (to the envelope, or to its level)."""
    message = l2_message(1, "update", [("bid", "100.25", "4")])
    level = message["events"][0]["updates"][0]
    for name, value in changes.items():
        (level if name in level else message)[name] = value
    return [snapshot(), message]


def with_event(**event: Any) -> dict[str, Any]:
    """An l2 update whose one event is `event` (over a BTC-USD update's fields)."""
    return {**l2_message(1, "update", []), "events": [{"type": "update", "product_id": "BTC-USD", **event}]}


BAD_MESSAGES: dict[str, list[Any]] = {
    "sequence_num a word": spoiled(sequence_num="one"),
    "sequence_num of 4000 digits": spoiled(sequence_num="9" * 4000),
    "sequence_num past int64": spoiled(sequence_num=str(2**63)),
    "sequence_num a float": spoiled(sequence_num=1.0),
    "sequence_num a boolean": spoiled(sequence_num=True),
    "sequence_num a list": spoiled(sequence_num=[1]),
    "channel a list": spoiled(channel=["l2_data"]),
    "events a string": spoiled(events="snapshot"),
    "updates an object": [snapshot(), with_event(updates={"side": "bid"})],
    "a price NaN": spoiled(px="NaN"),
    "a price sNaN": spoiled(px="sNaN"),
    "a price -Infinity": spoiled(px="-Infinity"),
    "a price 1E+999999": spoiled(px="1E+999999"),
    "a price of 4000 digits": spoiled(px="9" * 4000),
    "a price a JSON float": spoiled(px=100.25),
    "a price a list (Decimal takes tuples)": spoiled(px=[0, [1, 0, 0], 0]),
    "a size negative": spoiled(qty="-1"),
    "a size Infinity": spoiled(qty="Infinity"),
    "a size true": spoiled(qty=True),
    "a size missing": [snapshot(), with_event(updates=[{"side": "bid", "px": "1"}])],
    "not JSON": [snapshot(), "{not json"],
    "nested past any parser": [snapshot(), "[" * 100_000],
}


@pytest.mark.parametrize("script", list(BAD_MESSAGES.values()), ids=list(BAD_MESSAGES))
async def test_a_malformed_message_resyncs_its_connection_and_the_feed_goes_on(script: list[Any]) -> None:
    good = [l2_message(0, "snapshot", [("bid", "99", "7"), ("offer", "102", "1")])]
    async with scripted_feed(lambda k: script if k == 0 else good) as (url, served), feed_on(url) as feed:
        books = feed.order_book("BTC-USD")
        assert (await next_item(books)).bids[0] == (Decimal("100.5"), Decimal(1))  # the first snapshot
        after = await next_item(books)  # never a book built on the bad message
        assert after.is_snapshot and after.bids == ((Decimal(99), Decimal(7)),)
        assert feed.stats["bad_messages"] == 1 and feed.stats["connects"] == 2 and len(served) == 2


async def test_a_sequence_num_sent_as_a_decimal_string_is_an_int64() -> None:
    """proto3's JSON form of int64 is a decimal string: Prime may send sequence numbers that way."""
    script = [
        snapshot("0"),
        l2_message("1", "update", [("bid", "100.25", "4")]),
        l2_message(2, "update", [("offer", "101", "0")]),
        l2_message("-0", "update", []),  # a gap (0 after 2): resync
    ]
    async with scripted_feed(lambda k: script if k == 0 else [snapshot()]) as (url, _), feed_on(url) as feed:
        books = feed.order_book("BTC-USD")
        states = [await next_item(books) for _ in range(3)]
        assert [s.sequence_num for s in states] == [0, 1, 2]
        assert states[1].bids[1] == (Decimal("100.25"), Decimal(4)) and states[2].asks == ()
        assert (await next_item(books)).is_snapshot
        assert feed.stats["gaps"] == 1 and feed.stats["bad_messages"] == 0


async def test_amounts_given_as_json_integers_are_exact_and_accepted() -> None:
    """A JSON integer is an exact decimal (JSON floats are not: a bad message, above)."""
    script = [l2_message(0, "snapshot", [("bid", 100, 2), ("offer", "101.5", 0), ("offer", 102, "0.5")])]
    async with scripted_feed(lambda k: script) as (url, _), feed_on(url) as feed:
        book = await next_item(feed.order_book("BTC-USD"))
    assert book.bids == ((Decimal(100), Decimal(2)),) and book.asks == ((Decimal(102), Decimal("0.5")),)
    assert feed.stats["bad_messages"] == 0


# -- limits that bound bytes and work ------------------------------------------------------------


def frame(opcode: int, payload: bytes, fin: bool) -> bytes:
    """One unmasked WebSocket frame (server to client), payload under 64 KiB."""
    length = bytes([len(payload)]) if len(payload) < 126 else bytes([126]) + len(payload).to_bytes(2, "big")
    return bytes([(0x80 if fin else 0) | opcode]) + length + payload


async def test_the_message_size_limit_counts_bytes_not_characters() -> None:
    wide = l2_message(1, "update", [("bid", "100.25", "4")])
    wide["client_id"] = "€" * 400  # 400 characters, 1,200 bytes
    text = json.dumps(wide, ensure_ascii=False)
    assert len(text) < 1000 < len(text.encode())
    good = [l2_message(0, "snapshot", [("bid", "99", "7")])]
    async with (
        scripted_feed(lambda k: [snapshot(), text] if k == 0 else good) as (url, _),
        feed_on(url, max_message_size=1000) as feed,
    ):
        books = feed.order_book("BTC-USD")
        await next_item(books)
        after = await next_item(books)
        assert after.is_snapshot and after.bids == ((Decimal(99), Decimal(7)),)
        assert feed.stats["connects"] == 2 and feed.stats["ended_closed"] == 1


def in_pieces(count: int, piece: bytes = "€".encode()) -> bytes:
    """An l2 update (sequence number 1) whose client_id is sent as `count` continuation frames of
    `piece` each."""
    head = json.dumps(l2_message(1, "update", []))[:-1] + ', "client_id": "'
    pieces = frame(0x0, piece, fin=False) * count
    return frame(0x1, head.encode(), fin=False) + pieces + frame(0x0, b'"}', fin=True)


@pytest.mark.parametrize(("limit", "accepted"), [(1 << 20, True), (60_000, False)])
async def test_a_message_in_one_character_frames_is_limited_by_its_bytes(limit: int, accepted: bool) -> None:
    """30,000 frames of one three-byte character: 90,000 bytes, refused past a 60,000-byte limit
    though it has only 30,000 characters."""
    after = [l2_message(0, "snapshot", [("bid", "99", "7")])]
    async with (
        scripted_feed(lambda k: [snapshot(), in_pieces(30_000)] if k == 0 else after) as (url, _),
        feed_on(url, max_message_size=limit) as feed,
    ):
        books = feed.order_book("BTC-USD")
        await next_item(books)
        book = await next_item(books)
    if accepted:  # the update, applied
        assert (book.is_snapshot, book.sequence_num, feed.stats["connects"]) == (False, 1, 1)
    else:  # a close with 1009, and the next connection's snapshot
        assert (book.is_snapshot, book.bids[0][0], feed.stats["ended_closed"]) == (True, 99, 1)


async def test_a_message_in_pieces_is_held_as_its_bytes_not_as_string_objects() -> None:
    """While 30,000 one-character frames arrive the WebSocket holds their 90 KB, not 30,000
    string objects (~2.5 MB)."""
    message = in_pieces(30_000)[: -len(frame(0x0, b'"}', fin=True))]  # never finished: the server then hangs up

    async def handle(number: int, stream: anyio.abc.SocketStream) -> None:
        await accept(stream)
        await stream.send(message)

    async with tcp_server(handle) as (port, _):
        ws = await connect(f"ws://127.0.0.1:{port}")
        tracemalloc.start()
        try:
            with pytest.raises(WebSocketClosed, match="1006"), anyio.fail_after(HANG_GUARD):
                await ws.receive()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            await ws.aclose()
    assert peak < 1_000_000, f"{peak:,} bytes held for a message of 90 KB"


async def test_a_large_message_arriving_slowly_is_not_silence() -> None:
    """Bytes of a message in progress are life: a deep snapshot on a slow link is not cut off by
    `heartbeat_timeout` (and then asked for again, and cut off again)."""
    message = in_pieces(8, piece=b"x" * 100)
    parts = [message[k : k + 120] for k in range(0, len(message), 120)]

    async def handle(number: int, stream: anyio.abc.SocketStream) -> None:
        ws, _ = await accept(stream)
        while not any(json.loads(text).get("channel") == "l2_data" for text in await ws.receive()):
            pass
        await ws.send(json.dumps(snapshot()))
        for part in parts:  # ~1.5 s in all, each part well within the timeout
            await anyio.sleep(0.15)
            await stream.send(part)
        await anyio.sleep(HANG_GUARD)

    async with tcp_server(handle) as (port, _), feed_on(f"ws://127.0.0.1:{port}", heartbeat_timeout=0.6) as feed:
        books = feed.order_book("BTC-USD")
        await next_item(books)
        book = await next_item(books)
        assert (book.is_snapshot, book.sequence_num) == (False, 1)
        assert feed.stats["heartbeat_timeouts"] == 0 and len(parts) * 0.15 > 2 * 0.6


def book_levels(count: int, best_first: bool) -> list[tuple[str, str, str]]:
    bids = [("bid", f"{50_000 - k * Decimal('0.01')}", "1.5") for k in range(count)]
    asks = [("offer", f"{50_001 + k * Decimal('0.01')}", "2.5") for k in range(count)]
    order = (lambda side: side) if best_first else (lambda side: side[::-1])
    return [level for pair in zip(order(bids), order(asks), strict=True) for level in pair]


async def test_a_deep_book_sent_worst_level_first_and_a_large_update_build_the_right_book() -> None:
    levels = book_levels(3000, best_first=False)
    changes = [("bid", f"{50_000 - k * Decimal('0.01')}", "0") for k in range(0, 3000, 2)]  # every other bid goes
    changes += [("offer", f"{50_000 + k * Decimal('0.0001')}", "9") for k in range(99, 0, -1)]  # new best asks
    changes += [("offer", "50001.00", "7"), ("bid", "49999.99", "3")]  # sizes change
    script = [l2_message(0, "snapshot", levels), l2_message(1, "update", changes)]
    async with scripted_feed(lambda k: script) as (url, _), feed_on(url) as feed:
        books = feed.order_book("BTC-USD")
        first_book, second = await next_item(books), await next_item(books)
    assert len(first_book.bids) == len(first_book.asks) == 3000
    assert first_book.best_bid == (Decimal("50000.00"), Decimal("1.5"))
    assert first_book.best_ask == (Decimal("50001.00"), Decimal("2.5"))
    assert [p for p, _ in first_book.bids] == sorted((p for p, _ in first_book.bids), reverse=True)
    assert [p for p, _ in first_book.asks] == sorted(p for p, _ in first_book.asks)
    expected_bids = {Decimal(px): Decimal("1.5") for side, px, _ in levels if side == "bid"}
    expected_asks = {Decimal(px): Decimal("2.5") for side, px, _ in levels if side == "offer"}
    for side, px, qty in changes:
        book = expected_bids if side == "bid" else expected_asks
        book.pop(Decimal(px)) if qty == "0" else book.__setitem__(Decimal(px), Decimal(qty))
    assert second.bids == tuple(sorted(expected_bids.items(), reverse=True))
    assert second.asks == tuple(sorted(expected_asks.items()))
    assert first_book.bids[0] == (Decimal("50000.00"), Decimal("1.5"))  # a state handed out never changed


async def test_a_paused_orders_consumer_behind_more_open_orders_than_its_queue_costs_one_snapshot(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    built: list[OrderStream] = []  # the streams a resync's snapshot was built for, once each
    materialise = OrderStream._materialise
    monkeypatch.setattr(OrderStream, "_materialise", lambda self: built.append(self) or materialise(self))
    async with feed_for(sim, queue_size=3) as (client, feed):
        paused, reader = feed.orders(pid), feed.orders(pid)
        await paused.wait_snapshot()
        placed = []
        for k in range(12):  # more open orders than queue_size, while the consumer reads nothing
            created = await client.orders.create_order(
                portfolio_id=pid, product_id="BTC-USD", side="BUY", type="LIMIT",
                base_quantity="0.01", limit_price=f"{1000 + k}",
            )  # fmt: skip
            placed.append(created.order_id)
        for order_id in placed[::2]:
            await client.orders.cancel_order(portfolio_id=pid, order_id=order_id)
        seen: set[tuple[str, Any]] = set()
        await first(
            reader,
            lambda u: seen.add((u.order_id, u.status)) or len(seen & {(o, "CANCELLED") for o in placed[::2]}) == 6,
        )
        # 18 messages reached the paused stream: one overflow, and no snapshot built until it reads
        assert paused.overflows == 1 and paused not in built
        rest_open = {o.id for o in await client.orders.list_open_orders(portfolio_id=pid).collect()}
        got = [await next_item(paused) for _ in range(len(rest_open) + 6)]
        assert built.count(paused) == 1
        assert set(paused.open_orders) == rest_open
        assert {u.order_id for u in got if u.done} == set(placed[::2])


async def test_a_product_the_server_refuses_fails_only_its_own_streams() -> None:
    sim = simulator()
    async with feed_for(sim) as (_, feed):
        btc = feed.order_book("BTC-USD")
        await first(btc, is_snapshot)
        nope = feed.order_book("NOPE-USD")  # on the same connection
        with pytest.raises(FeedServerError, match="unknown product 'NOPE-USD'"):
            await next_item(nope)
        sim.feed.step_market()
        assert not (await next_item(btc)).is_snapshot  # the same connection, no resync
        assert feed.connections == 1 and sim.feed.stats["connections"] == 1
        assert feed.stats["refused_subscriptions"] == 1


async def test_a_refused_product_in_the_same_subscribe_as_others_fails_only_its_own_stream() -> None:
    sim = simulator()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (_, feed):
        # one l2_data subscribe carries all three: the server refuses the whole message
        nope, btc, eth = feed.order_book("NOPE-USD"), feed.order_book("BTC-USD"), feed.order_book("ETH-USD")
        elsewhere = feed.orders("no-such-portfolio")
        orders = feed.orders(pid)  # another portfolio: its own connection
        with pytest.raises(FeedServerError, match="NOPE-USD"):
            await next_item(nope)
        with pytest.raises(FeedServerError, match="no-such-portfolio"):
            await next_item(elsewhere)
        for books in (btc, eth):
            assert (await first(books, is_snapshot)).product_id in ("BTC-USD", "ETH-USD")
        await orders.wait_snapshot()
        sim.feed.step_market()
        assert not (await next_item(btc)).is_snapshot
        assert feed.stats["refused_subscriptions"] == 2 and feed.stats["connects"] == feed.connections == 2
