"""The feed against servers that misbehave, over real loopback sockets, on asyncio and trio: an
upgrade answer that is not a WebSocket handshake, messages that are not what Prime sends, values
no market has, sizes and shapes meant to cost memory or time. None of them ends the feed: a
failed handshake is a failed connection (reconnect, counted toward `max_reconnects`), a bad
message resyncs its connection."""

from __future__ import annotations

import base64
import hashlib
from decimal import Decimal
from typing import Any

import pytest

from prime_async import FeedConnectionError, OrderBook

from .feed_support import (
    SNAPSHOT_LEVELS,
    feed_for,
    feed_on,
    first,
    front,
    l2_message,
    next_item,
    scripted_feed,
    simulator,
)

pytestmark = pytest.mark.anyio


def is_snapshot(book: OrderBook) -> bool:
    return book.is_snapshot


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
            assert len(book.bids) == 10
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
