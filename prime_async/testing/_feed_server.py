"""The simulator's WebSocket feed: Prime's feed over a real loopback WebSocket (wsproto on anyio,
like the client).

It serves `heartbeats` every `heartbeat_interval`; `l2_data` books that follow the world's price
(the world's market time advances every `market_interval` while anyone watches a book, so
resting orders fill as prices move); `orders` driven by the REST world (an order created, filled,
edited or cancelled over REST is an update on its portfolio's channel); and `products` from the
world. Each connection numbers its messages from 0. Subscribes are checked as Prime checks them
(shape, key, passphrase, service account id, HMAC, timestamp window) and must come within
`subscribe_deadline` of connecting. The port is held to the simulator's `ServerLimits`, as its
HTTP port is: the opening handshake within `handshake_timeout`, each write taken within
`send_timeout`, and out of file descriptors it pauses accepting. Faults on request, for every live connection:
`disconnect()`, `drop_messages()` (a sequence gap), `stall()`, `slow_consumer()`, `send_error()`.

Faults and `step_market()` are called from the event loop that serves (inside `sim.serve()`).
"""

from __future__ import annotations

import json
import logging
import random
import ssl
import threading
from collections import Counter, deque
from collections.abc import Iterable
from contextlib import AbstractContextManager
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any

import anyio
import anyio.abc
import attrs
from anyio.streams.tls import TLSStream

from .. import models as m
from .._feed._subscribe import subscribe_prehash
from .._feed._websocket import WebSocket, accept
from .._feed._ws_common import WebSocketClosed
from ._feed_market import DEFAULT_DEPTH, MarketBook, feed_time, l2_event, order_wire, product_wire
from ._server import accept_connections
from ._values import same_secret

if TYPE_CHECKING:
    from ._simulator import PrimeSimulator

__all__ = ["FeedSession", "ReceivedSubscribe", "SimulatedFeed"]

logger = logging.getLogger("prime_async.testing")

CHANNELS = frozenset({"heartbeats", "l2_data", "orders", "products"})
POLICY_VIOLATION = 1008


@attrs.frozen
class ReceivedSubscribe:
    """A subscribe or unsubscribe as the simulator received it (no passphrase, no signature)."""

    session: int
    type: str
    channel: str
    product_ids: tuple[str, ...]
    portfolio_id: str
    timestamp: str
    accepted: bool
    problem: str = ""


class FeedSession:
    """One client connection: its subscriptions, its sequence counter and its outgoing queue."""

    def __init__(self, hub: SimulatedFeed, ws: WebSocket, number: int, connected_at: float | None = None) -> None:
        self.hub = hub
        self.ws = ws
        self.number = number
        self.connected_at = anyio.current_time() if connected_at is None else connected_at
        self.seq = 0
        self.subscriptions: dict[str, set[str]] = {}  # channel -> products
        self.whole: set[str] = set()  # channels subscribed without product ids: every product (or order)
        self.portfolio_id = ""  # of its orders subscription
        self.subscribed = False
        self.heartbeat_counter = 0
        self.close_code: int | None = None  # the client's, when it closed with a close frame
        self.stalled_until = 0.0
        self.drop = 0
        self._outbox: deque[str] = deque()
        self._wake: anyio.Event | None = None
        self._closing: tuple[int, str] | None = None
        self._scope: anyio.CancelScope | None = None

    def __repr__(self) -> str:
        return f"<FeedSession {self.number} {sorted(self.subscriptions)} seq {self.seq}>"

    # -- what goes out -------------------------------------------------------------------------

    def send(self, channel: str, events: list[Any], timestamp: str | None = None) -> None:
        seq = self.seq
        self.seq += 1
        if self.drop:
            self.drop -= 1
            self.hub.stats["dropped_messages"] += 1
            return
        at = timestamp or feed_time(self.hub.sim.clock())
        message = {"channel": channel, "client_id": "", "timestamp": at, "sequence_num": seq, "events": events}
        self._queue(json.dumps(message, separators=(",", ":")))

    def send_error(self, message: str, *, close: bool = False) -> None:
        self.hub.stats["error_frames"] += 1
        self._queue(json.dumps({"type": "error", "message": message}))
        if close:
            self.close(1011, message)

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close once what is queued has been written."""
        self._closing = (code, reason)
        self._notify()

    def kill(self) -> None:
        """Drop the connection at once: no close frame, as a network failure would."""
        if self._scope is not None:
            self._scope.cancel()

    def _queue(self, text: str) -> None:
        if self._closing is not None:
            return
        self._outbox.append(text)
        if len(self._outbox) > self.hub.max_buffered:
            self.hub.stats["slow_consumer_disconnects"] += 1
            self._outbox.clear()
            self.send_error("ErrSlowConsume: the client read too slowly", close=True)
        self._notify()

    def _notify(self) -> None:
        if self._wake is not None:
            self._wake.set()

    # -- the connection's tasks ----------------------------------------------------------------

    async def run(self) -> None:
        async with anyio.create_task_group() as tg:
            self._scope = tg.cancel_scope
            tg.start_soon(self._write)
            tg.start_soon(self._deadline)
            await self._read()
            tg.cancel_scope.cancel()

    async def _read(self) -> None:
        try:
            while True:
                for text in await self.ws.receive():
                    self.hub.receive(self, text)
        except WebSocketClosed as exc:
            self.close_code = exc.code if exc.code != 1006 else None
            if exc.code == 1000:
                self.hub.stats["clean_closes"] += 1

    async def _write(self) -> None:
        try:
            while True:
                if not self._outbox:
                    if self._closing is not None:
                        with self._bounded():
                            await self.ws.send_close(*self._closing)
                        await anyio.sleep(0.05)  # let the client read it before the stream goes
                        self.kill()
                        return
                    self._wake = anyio.Event()
                    await self._wake.wait()
                    continue
                wait = self.stalled_until - anyio.current_time()
                if wait > 0:
                    await anyio.sleep(wait)
                    continue
                batch = list(self._outbox)
                self._outbox.clear()
                with self._bounded():
                    await self.ws.send_many(batch)
        except TimeoutError:  # the client stopped reading
            self.hub.stats["send_timeouts"] += 1
            self.kill()
        except (WebSocketClosed, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
            self.kill()

    def _bounded(self) -> AbstractContextManager[anyio.CancelScope]:
        """One write, which a client that does not read must take within the limits'
        `send_timeout` (the HTTP port's bound on one response); else the connection is dropped.
        The queue's `max_buffered` bounds what waits in the simulator meanwhile."""
        return anyio.fail_after(self.hub.sim.limits.send_timeout)

    async def _deadline(self) -> None:
        await anyio.sleep_until(self.connected_at + self.hub.subscribe_deadline)  # from connecting, as Prime counts
        if not self.subscribed:
            self.hub.stats["deadline_closes"] += 1
            self.close(POLICY_VIOLATION, f"no subscribe within {self.hub.subscribe_deadline:g} s of connecting")


class SimulatedFeed:
    """`sim.feed`: the feed's settings, its live `sessions`, the `received` subscribes, `stats`,
    and the fault switches. Times in seconds."""

    def __init__(self, sim: PrimeSimulator) -> None:
        self.sim = sim
        self.heartbeat_interval = 1.0
        self.market_interval: float | None = 0.1  # None: the book moves only on step_market()
        self.subscribe_deadline = 5.0
        self.max_buffered = 10_000  # messages queued for one client before ErrSlowConsume
        self.depth = DEFAULT_DEPTH  # l2 levels a side of books made from now on
        self.url: str | None = None  # ws://host:port while serving
        self.sessions: list[FeedSession] = []
        self.received: list[ReceivedSubscribe] = []
        self.stats: Counter[str] = Counter()
        self.books: dict[str, MarketBook] = {}
        self._rng = random.Random(sim.seed)
        self._pending: deque[m.Order] = deque()  # order changes made on another thread
        self._thread: int | None = None
        self._connections = 0
        sim.world.order_listeners.append(self._order_changed)

    def serve(self, host: str = "127.0.0.1", port: int = 0, ssl_context: ssl.SSLContext | None = None) -> FeedServer:
        """The feed alone (`sim.serve()` starts it with the HTTP server); with `ssl_context`, wss://."""
        return FeedServer(self, host, port, ssl_context)

    # -- faults --------------------------------------------------------------------------------

    def disconnect(self) -> None:
        """Every connection drops, without a close frame."""
        self.stats["disconnects"] += len(self.sessions)
        for session in list(self.sessions):
            session.kill()

    def drop_messages(self, count: int = 1) -> None:
        """Each connection loses its next `count` messages (their sequence numbers are used up)."""
        for session in self.sessions:
            session.drop += count

    def stall(self, seconds: float) -> None:
        """Each connection sends nothing, heartbeats included, for `seconds` (messages queue up)."""
        until = anyio.current_time() + seconds
        for session in self.sessions:
            session.stalled_until = until

    def slow_consumer(self) -> None:
        """Each connection gets Prime's slow-reader error frame, then is closed."""
        self.stats["slow_consumer_disconnects"] += len(self.sessions)
        for session in self.sessions:
            session.send_error("ErrSlowConsume: the client read too slowly", close=True)

    def send_error(self, message: str, *, close: bool = False) -> None:
        for session in self.sessions:
            session.send_error(message, close=close)

    # -- the market ----------------------------------------------------------------------------

    def book(self, product_id: str) -> MarketBook:
        """The simulated book of a product (made, around the current price, on first use)."""
        book = self.books.get(product_id)
        if book is None:
            with self.sim.locked() as world:
                product = world.products[product_id]
                mid = world.price(product_id)
            book = MarketBook(product_id, product.price_increment or Decimal("0.01"), self._rng, self.depth)
            book.step(mid)
            self.books[product_id] = book
        return book

    def step_market(self) -> None:
        """One step of market time: the world's prices move (resting orders may fill) and every
        watched book follows, as an l2 update to its subscribers."""
        watched = {p for s in self.sessions for p in s.subscriptions.get("l2_data", ())}
        if not watched:
            return
        with self.sim.locked() as world:
            world.advance()
            mids = {p: world.price(p) for p in watched}
        at = feed_time(self.sim.clock())
        for product_id, mid in mids.items():
            event = l2_event("update", product_id, self.book(product_id).step(mid), at)
            for session in self.sessions:
                if product_id in session.subscriptions.get("l2_data", ()):
                    session.send("l2_data", [event], at)

    async def _run_market(self) -> None:
        while True:
            await anyio.sleep(self.market_interval or 0.05)
            while self._pending:
                self._publish_order(self._pending.popleft())
            if self.market_interval is not None:
                self.step_market()

    async def _run_heartbeats(self) -> None:
        while True:
            await anyio.sleep(self.heartbeat_interval)
            at = feed_time(self.sim.clock())
            for session in self.sessions:
                if "heartbeats" in session.subscriptions:
                    session.heartbeat_counter += 1
                    session.send("heartbeats", [{"current_time": at, "heartbeat_counter": session.heartbeat_counter}])

    # -- orders --------------------------------------------------------------------------------

    def _order_changed(self, order: m.Order) -> None:
        """World hook, called with the simulator's lock held: publish now if on the serving
        thread, else on the market loop's next turn."""
        if self._thread is None:
            return
        if threading.get_ident() == self._thread:
            self._publish_order(order)
        else:
            self._pending.append(order)

    def _publish_order(self, order: m.Order) -> None:
        event = {"type": "update", "orders": [order_wire(order)]}
        for session in self.sessions:
            if "orders" in session.subscriptions and session.portfolio_id == order.portfolio_id:
                session.send("orders", [event])

    # -- connections and what clients send -------------------------------------------------------

    async def serve_connection(self, stream: anyio.abc.ByteStream, ssl_context: ssl.SSLContext | None = None) -> None:
        """One connection, from its opening handshake (TLS with `ssl_context`, then the WebSocket
        upgrade: both within the limits' `handshake_timeout`, or it is closed) to its end."""
        connected_at = anyio.current_time()
        async with stream:
            ws = await self._handshake(stream, ssl_context)
            if ws is None:
                return
            self._connections += 1
            self.stats["connections"] += 1
            session = FeedSession(self, ws, self._connections - 1, connected_at)
            self.sessions.append(session)
            try:
                await session.run()
            except Exception:  # one connection's trouble must not stop the server
                self.stats["session_errors"] += 1
                logger.exception("simulated feed: connection %d failed", session.number)
            finally:
                self.sessions.remove(session)
                await ws.aclose()  # the TLS stream over `stream`, when there is one

    async def _handshake(self, stream: anyio.abc.ByteStream, ssl_context: ssl.SSLContext | None) -> WebSocket | None:
        """The connection's WebSocket; None when the client failed its handshake or took too long."""
        with anyio.move_on_after(self.sim.limits.handshake_timeout):
            try:
                if ssl_context is not None:
                    # not "standard compatible": the close handshake ends the stream, as for the client
                    stream = await TLSStream.wrap(stream, server_side=True, ssl_context=ssl_context,
                                                  standard_compatible=False)  # fmt: skip
                ws, _ = await accept(stream)
                return ws
            except (WebSocketClosed, anyio.EndOfStream, anyio.BrokenResourceError, OSError):  # ssl.SSLError too
                self.stats["handshake_failures"] += 1
                return None
        self.stats["handshake_timeouts"] += 1
        return None

    def receive(self, session: FeedSession, text: str) -> None:
        if not session.subscribed and anyio.current_time() >= session.connected_at + self.subscribe_deadline:
            return  # too late: the deadline closes the connection (its task may just not have run yet)
        try:
            message = json.loads(text)
        except ValueError:
            session.send_error("malformed message")
            return
        kind = message.get("type") if isinstance(message, dict) else None
        if kind not in ("subscribe", "unsubscribe"):
            session.send_error(f"unknown message type {kind!r}")
            return
        problem = _malformed(message)
        if problem:  # Prime's decoder refuses it before anything is checked
            self.received.append(ReceivedSubscribe(session.number, kind, "", (), "", "", False, problem))
            session.send_error(problem)
            return
        channel = str(message.get("channel", ""))
        products = tuple(message.get("product_ids") or ())
        portfolio_id = str(message.get("portfolio_id") or "")
        problem = self._authenticate(message)
        self.received.append(
            ReceivedSubscribe(
                session.number, kind, channel, products, portfolio_id, str(message.get("timestamp")), not problem,
                problem or "",
            )
        )  # fmt: skip
        if problem:
            self.stats["auth_failures"] += 1
            session.send_error(f"authentication failure: {problem}", close=True)
            return
        problem = self._check(channel, products, portfolio_id)
        if problem:
            session.send_error(problem)
            return
        if kind == "subscribe":
            self._subscribe(session, channel, products, portfolio_id)
        else:
            self._unsubscribe(session, channel, products)
        session.send("subscriptions", [{"subscriptions": {c: sorted(p) for c, p in session.subscriptions.items()}}])
        if kind == "subscribe":
            self._snapshot(session, channel, products, portfolio_id)

    def _authenticate(self, message: dict[str, Any]) -> str | None:
        fields = ("access_key", "api_key_id", "timestamp", "passphrase", "signature")
        missing = [f for f in fields if not isinstance(message.get(f), str) or not message[f]]
        if missing:
            return f"missing {missing[0]}"
        access_key, timestamp = message["access_key"], message["timestamp"]
        problem, signer = self.sim.key_problem(
            access_key, message["passphrase"], timestamp, expired="timestamp expired or invalid"
        )
        if problem:
            return problem
        credentials = self.sim.api_key(access_key)
        assert credentials is not None and signer is not None
        if message["api_key_id"] != credentials.svc_account_id:
            return "invalid api_key_id"
        prehash = subscribe_prehash(
            str(message.get("channel", "")),
            access_key,
            message["api_key_id"],
            timestamp,
            str(message.get("portfolio_id") or ""),
            [str(p) for p in message.get("product_ids") or ()],
        )
        try:
            expected = signer.sign(prehash, "", "")
        except UnicodeEncodeError:  # a lone surrogate (a JSON escape) in what was signed: nothing matches
            return "invalid signature"
        if not same_secret(message["signature"], expected):
            return "invalid signature"
        return None

    def _check(self, channel: str, products: Iterable[str], portfolio_id: str) -> str | None:
        if channel not in CHANNELS:
            return f"unknown channel {channel!r}"
        unknown = [p for p in products if p not in self.sim.world.products]
        if unknown:
            return f"unknown product {unknown[0]!r}"
        if channel == "orders" and portfolio_id not in self.sim.world.portfolios:
            return f"unknown portfolio {portfolio_id!r}" if portfolio_id else "the orders channel needs a portfolio_id"
        return None

    def _subscribe(self, session: FeedSession, channel: str, products: tuple[str, ...], portfolio_id: str) -> None:
        """Later subscribes add to the subscriptions [doc]. One without product ids is the whole
        channel (every product's snapshot; the portfolio's every order), which a later subscribe
        naming products does not narrow; on `l2_data` it adds no book [inferred: the docs are silent]."""
        session.subscribed = True
        session.subscriptions.setdefault(channel, set()).update(products)
        if not products and channel != "l2_data":
            session.whole.add(channel)
        if channel == "orders":
            session.portfolio_id = portfolio_id
        self.stats["subscribes"] += 1

    def _unsubscribe(self, session: FeedSession, channel: str, products: tuple[str, ...]) -> None:
        """Without product ids: the channel's whole subscription goes; naming products: those go,
        and a whole-channel subscription stays whole [inferred: the docs are silent]."""
        self.stats["unsubscribes"] += 1
        current = session.subscriptions.get(channel)
        if current is None:
            return
        current.difference_update(products)
        if not products or (not current and channel not in session.whole):
            del session.subscriptions[channel]
            session.whole.discard(channel)

    def _snapshot(self, session: FeedSession, channel: str, products: tuple[str, ...], portfolio_id: str) -> None:
        at = feed_time(self.sim.clock())
        if channel == "l2_data":
            for product_id in products:
                session.send("l2_data", [l2_event("snapshot", product_id, self.book(product_id).snapshot(), at)], at)
        elif channel == "orders":
            with self.sim.locked() as world:
                orders = [world.orders[i] for i in world.orders_of[portfolio_id]]
            open_orders = [order_wire(o) for o in orders if o.status == m.OrderStatus.OPEN]
            session.send("orders", [{"type": "snapshot", "orders": open_orders}], at)
        elif channel == "products":
            with self.sim.locked() as world:
                chosen = [p for pid, p in world.products.items() if not products or pid in products]
            session.send("products", [{"type": "snapshot", "products": [product_wire(p) for p in chosen]}], at)


def _malformed(message: dict[str, Any]) -> str | None:
    """What makes a subscribe's shape wrong, if anything: `channel` and `portfolio_id` strings,
    `product_ids` a list of strings (absent or null counts as empty). Prime's server decodes a
    subscribe into typed fields, so a mistyped one is an error frame, never read as something else
    (a string of product ids as its characters, a number as nothing) [inferred: the wording]."""
    for name in ("channel", "portfolio_id"):
        if message.get(name) is not None and not isinstance(message[name], str):
            return f"malformed subscribe: {name} must be a string"
    products = message.get("product_ids")
    if products is not None and not (isinstance(products, list) and all(isinstance(p, str) for p in products)):
        return "malformed subscribe: product_ids must be a list of strings"
    return None


class FeedServer:
    """The feed's listener and its clocks, for as long as `async with` lasts."""

    def __init__(self, hub: SimulatedFeed, host: str, port: int, ssl_context: ssl.SSLContext | None = None) -> None:
        self.hub = hub
        self.host = host
        self.port = port
        self.ssl_context = ssl_context
        self._task_group: anyio.abc.TaskGroup | None = None
        self._listener: anyio.abc.Listener[Any] | None = None

    async def __aenter__(self) -> str:
        listener = await anyio.create_tcp_listener(local_host=self.host, local_port=self.port)
        self.port = listener.extra(anyio.abc.SocketAttribute.local_port)
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.hub.url = f"{'wss' if self.ssl_context else 'ws'}://{host}:{self.port}"
        self.hub._thread = threading.get_ident()
        self._listener = listener
        self._task_group = task_group = anyio.create_task_group()
        await task_group.__aenter__()
        for one in getattr(listener, "listeners", [listener]):  # a MultiListener when host has several addresses
            task_group.start_soon(accept_connections, one, task_group, self._serve)
        task_group.start_soon(self.hub._run_market)
        task_group.start_soon(self.hub._run_heartbeats)
        return self.hub.url

    async def _serve(self, stream: anyio.abc.SocketStream) -> None:
        await self.hub.serve_connection(stream, self.ssl_context)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._task_group is not None and self._listener is not None
        self._task_group.cancel_scope.cancel()
        await self._task_group.__aexit__(None, None, None)
        await self._listener.aclose()
        self.hub.url = None
        self.hub._thread = None
