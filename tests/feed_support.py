"""Helpers for the feed tests: a simulator serving over loopback, a client and a feed on it, and
bounded ways to wait for what a stream yields."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio
import anyio.abc

from prime_async import Feed, OrderBook, PrimeClient, ProductStream
from prime_async.testing import PrimeSimulator

T = TypeVar("T")

# short enough to keep the tests fast, long enough for a loaded 2-core machine
FAST: dict[str, Any] = {"heartbeat_timeout": 2.0, "backoff_initial": 0.01, "backoff_max": 0.05, "close_timeout": 2.0}
HANG_GUARD = 10.0  # seconds: a test waiting longer than this is broken, not slow


def simulator(**options: Any) -> PrimeSimulator:
    """A simulator whose book moves only when a test calls `sim.feed.step_market()`."""
    sim = PrimeSimulator(portfolios=2, seed=5, **options)
    sim.feed.market_interval = None
    sim.feed.heartbeat_interval = 0.05
    return sim


@asynccontextmanager
async def client_for(sim: PrimeSimulator, **options: Any) -> AsyncIterator[PrimeClient]:
    async with (
        sim.serve() as server,
        PrimeClient(
            credentials=options.pop("credentials", sim.credentials), base_url=server.url, rate_limit=None, **options
        ) as client,
    ):
        yield client


@asynccontextmanager
async def feed_for(sim: PrimeSimulator, **options: Any) -> AsyncIterator[tuple[PrimeClient, Feed]]:
    """The simulator served, a client on it, and an open feed on its WebSocket."""
    credentials = options.pop("credentials", sim.credentials)
    async with client_for(sim, credentials=credentials) as client:
        assert sim.ws_url is not None
        async with client.feed(sim.ws_url, **{**FAST, **options}) as feed:
            yield client, feed


def is_snapshot(book: OrderBook) -> bool:
    return book.is_snapshot


async def next_item(stream: AsyncIterator[T]) -> T:
    with anyio.fail_after(HANG_GUARD):
        return await stream.__anext__()


async def first(stream: AsyncIterator[T], predicate: Callable[[T], bool], limit: int = 500) -> T:
    """The first item that satisfies `predicate`, among at most `limit` items."""
    with anyio.fail_after(HANG_GUARD):
        for _ in range(limit):
            item = await stream.__anext__()
            if predicate(item):
                return item
    raise AssertionError(f"no matching item among {limit}")


async def eventually(condition: Callable[[], bool], what: str) -> None:
    """Wait (bounded) for a condition another task or the server brings about."""
    with anyio.move_on_after(HANG_GUARD):  # then the assertion below fails, saying what never happened
        while not condition():  # noqa: ASYNC110  (state of other tasks and the server: nothing to wait on)
            await anyio.sleep(0.005)
    assert condition(), f"{what}: not within {HANG_GUARD} s"


# -- hostile servers: raw bytes where a WebSocket handshake belongs, frames a test writes -----------

AT = "2024-05-01T12:00:00.123456789Z"


def l2_message(seq: Any, kind: str, levels: list[tuple[str, Any, Any]], product_id: str = "BTC-USD") -> dict[str, Any]:
    """An `l2_data` message as Prime sends it (`levels`: (side, px, qty)), for a test to spoil."""
    updates = [{"side": side, "event_time": AT, "px": px, "qty": qty} for side, px, qty in levels]
    event = {"type": kind, "product_id": product_id, "updates": updates}
    return {"channel": "l2_data", "client_id": "", "timestamp": AT, "sequence_num": seq, "events": [event]}


SNAPSHOT_LEVELS = [("bid", "100.5", "1"), ("bid", "100", "2"), ("offer", "101", "3")]


async def relay(one: anyio.abc.ByteStream, other: anyio.abc.ByteStream) -> None:
    """Copy bytes both ways until either side ends, then close both."""

    async def pump(source: anyio.abc.ByteStream, sink: anyio.abc.ByteStream, scope: anyio.CancelScope) -> None:
        try:
            async for data in source:
                await sink.send(data)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
            pass
        scope.cancel()

    async with one, other, anyio.create_task_group() as tg:
        tg.start_soon(pump, one, other, tg.cancel_scope)
        tg.start_soon(pump, other, one, tg.cancel_scope)


@asynccontextmanager
async def tcp_server(
    handle: Callable[[int, anyio.abc.SocketStream], Awaitable[None]],
) -> AsyncIterator[tuple[int, list[int]]]:
    """A loopback TCP server for as long as the block lasts: `handle(k, stream)` serves its k-th
    connection (from 0). Yields (the port, the list of connection numbers served so far)."""
    served: list[int] = []
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)

    from prime_async._feed._ws_common import WebSocketClosed

    async def serve(stream: anyio.abc.SocketStream) -> None:
        number = len(served)
        served.append(number)
        # the client went: what a test checks is what the client did
        gone = (anyio.BrokenResourceError, anyio.ClosedResourceError, anyio.EndOfStream, OSError, WebSocketClosed)
        async with stream:
            with contextlib.suppress(*gone):
                await handle(number, stream)

    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, serve)
        yield port, served
        tg.cancel_scope.cancel()


def front(url: str, hostile: Callable[[int], bytes | None]) -> Any:
    """A TCP front to the WebSocket server at `url` (ws://127.0.0.1:PORT): connection k gets the
    raw bytes `hostile(k)` (then is closed), or, where that is None, is relayed to the server."""
    host, port = url.removeprefix("ws://").rsplit(":", 1)

    async def handle(number: int, stream: anyio.abc.SocketStream) -> None:
        answer = hostile(number)
        if answer is None:
            await relay(stream, await anyio.connect_tcp(host, int(port)))
            return
        await stream.receive()  # the client's upgrade request
        await stream.send(answer)

    return tcp_server(handle)


@asynccontextmanager
async def scripted_feed(script: Callable[[int], list[Any]]) -> AsyncIterator[tuple[str, list[int]]]:
    """A WebSocket feed whose messages the test writes: connection k, once the client has sent its
    subscribes (any besides heartbeats), gets `script(k)` (dicts as JSON, str as they are, bytes as
    raw frames from the test), then nothing, until closed. Yields (its ws:// URL, connections seen)."""
    from prime_async._feed._websocket import accept

    async def handle(number: int, stream: anyio.abc.SocketStream) -> None:
        ws, _ = await accept(stream)
        subscribed = False
        while not subscribed:
            subscribed = any(json.loads(text).get("channel") != "heartbeats" for text in await ws.receive())
        for item in script(number):
            if isinstance(item, bytes):
                await stream.send(item)
            else:
                await ws.send(item if isinstance(item, str) else json.dumps(item))
        with anyio.move_on_after(HANG_GUARD):
            while True:
                await ws.receive()

    async with tcp_server(handle) as (port, served):
        yield f"ws://127.0.0.1:{port}", served


@asynccontextmanager
async def feed_on(url: str, **options: Any) -> AsyncIterator[Feed]:
    """An open feed on `url` (a test's own server), signed with the test simulator's credentials;
    REST is never called."""
    async with (
        PrimeClient(credentials=simulator().credentials, base_url="http://127.0.0.1:9") as client,
        client.feed(url, **{**FAST, **options}) as feed,
    ):
        yield feed


@asynccontextmanager
async def connect_proxy(status: int = 200) -> AsyncIterator[tuple[str, list[bytes]]]:
    """A loopback HTTP proxy for `CONNECT`: it records each request's head and answers `status`;
    with 200 it opens the tunnel and relays it. Yields (its http:// URL, the heads)."""
    heads: list[bytes] = []

    async def handle(number: int, stream: anyio.abc.SocketStream) -> None:
        received = b""
        while b"\r\n\r\n" not in received:
            received += await stream.receive()
        head, _, rest = received.partition(b"\r\n\r\n")
        heads.append(head)
        method, target, _ = head.split(b"\r\n", 1)[0].split(b" ", 2)
        if method != b"CONNECT" or status != 200:
            await stream.send(
                b"HTTP/1.1 %d No\r\nContent-Length: 0\r\n\r\n" % (status if method == b"CONNECT" else 405)
            )
            return
        host, port = target.rsplit(b":", 1)
        upstream = await anyio.connect_tcp(host.decode().strip("[]"), int(port))
        await stream.send(b"HTTP/1.1 200 Connection established\r\n\r\n")
        if rest:
            await upstream.send(rest)
        await relay(stream, upstream)

    async with tcp_server(handle) as (port, _):
        yield f"http://127.0.0.1:{port}", heads


async def read_until_seen(stream: ProductStream, product_ids: set[str]) -> set[str]:
    """Read the stream until each of `product_ids` was yielded once (bounded); returns them."""
    seen: set[str] = set()
    with anyio.fail_after(HANG_GUARD):
        async for product in stream:
            seen.add(product.product_id)
            if product_ids <= seen:
                return seen
    raise AssertionError(f"the stream ended having yielded {sorted(seen)} of {sorted(product_ids)}")
