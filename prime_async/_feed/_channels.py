"""The channel handlers of a connection: one object per kind of stream, behind one interface.

A `ChannelRouter` (`_router.py`) holds one handler of each `StreamKind` and hands each message
to the handlers that asked for its channel. A handler owns the state its channel's messages
build (the l2 books, the open orders, the products) and the streams fed from it, so adding a
kind of stream is one new handler, not a branch in every method of the router.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import attrs

from ._book import BookReplica, OrderBook
from ._messages import EVENT_PARSERS, FeedMessage, OrdersEvent, Product, ProductsEvent
from ._orders import OrdersState
from ._streams import SNAPSHOT_START, MessageStream, SnapshotStart, Stream

__all__ = [
    "HEARTBEATS",
    "NAMED_ONLY_CHANNELS",
    "BookHandler",
    "ChannelHandler",
    "HeartbeatsHandler",
    "OrdersHandler",
    "ProductsHandler",
    "RawHandler",
    "Registration",
    "StreamKind",
]

HEARTBEATS = "heartbeats"
HEARTBEAT_CHANNELS = frozenset({"heartbeats", "heartbeat"})  # and the older name
# Channels whose subscribe names what it wants: an `l2_data` subscribe without product ids asks for
# no book. On the others a subscribe without product ids is the whole channel: every product
# (`products`), the portfolio's every order (`orders`) [inferred: Prime's docs are silent; the
# simulator serves it so], and it is not narrowed by a subscribe that names products.
NAMED_ONLY_CHANNELS = frozenset({"l2_data"})


class StreamKind(enum.Enum):
    """Which handler feeds a registration's stream: the kind of stream, not its channel (a raw
    `feed.subscribe("l2_data")` and `feed.order_book` share a channel and differ in kind)."""

    BOOK = "book"
    ORDERS = "orders"
    PRODUCTS = "products"
    HEARTBEATS = "heartbeats"
    RAW = "raw"


@attrs.frozen(eq=False)
class Registration:
    """One stream's interest on one connection: a channel, its products (empty: none or all), a
    portfolio (""), and the kind of handler that feeds it."""

    channel: str
    products: frozenset[str]
    portfolio_id: str
    stream: Stream[Any]
    kind: StreamKind


class ChannelHandler(ABC):
    """One kind of stream on one connection: the state its messages build and the streams it feeds.

    The router calls, for each message of a channel that `channels()` names, `handle(message,
    typed)`; handlers never wait (streams buffer, and apply their own policy when full).

    - `parsed`: whether `handle` needs the message typed (`parse_events`, done once per message
      for every handler that needs it); False gets `typed=None` and the decoded dict alone (the
      books: the hot path applies raw l2 events).
    - `channels()`: the channels whose messages it needs now; asked again after every `add`,
      `remove` and `channel_left`, never while messages flow.
    - `add(registration)`: start feeding its stream, with the current state at once when there is
      one; `remove(registration)`: stop.
    - `current_state(registration)`: what a keyed stream's resync shows (see `_KeyedStream`).
    - `reset()`: the connection was lost; every state waits for the next snapshot, which replaces it.
    - `channel_left(channel)`: no registration of any kind on `channel` remains on this connection
      (its server subscription goes): a state tied to the subscription, not to the streams, goes too.
    - `sending(kind, channel, scope)`: the connection is about to send a subscribe or unsubscribe of
      `channel` for `scope` (None: the whole channel); the server answers in the order it is sent.
    """

    parsed: ClassVar[bool] = True

    @abstractmethod
    def channels(self) -> Iterable[str]: ...

    @abstractmethod
    def add(self, registration: Registration) -> None: ...

    @abstractmethod
    def remove(self, registration: Registration) -> None: ...

    @abstractmethod
    def handle(self, message: dict[str, Any], typed: FeedMessage[Any] | None = None) -> None: ...

    def current_state(self, registration: Registration) -> Iterable[Any]:
        return ()

    @abstractmethod
    def reset(self) -> None: ...

    @abstractmethod
    def channel_left(self, channel: str) -> None: ...

    def sending(self, kind: str, channel: str, scope: frozenset[str] | None) -> None:
        """Most handlers need not know what the server was asked: what it sends says it."""
        return None

    def awaits_snapshot(self) -> bool:
        """Whether a state began (on `add`) that only the server's next snapshot starts: when its
        channel is subscribed already (another kind of stream's), the connection asks again."""
        return False


class BookHandler(ChannelHandler):
    """`order_book` streams: a `BookReplica` per product, updated from raw `l2_data` events, and
    the last `OrderBook` state of each (where a stream that joins late starts)."""

    parsed = False

    def __init__(self) -> None:
        self._books: dict[str, BookReplica] = {}
        self._last: dict[str, OrderBook] = {}
        self._streams: dict[str, list[Stream[Any]]] = {}

    def channels(self) -> Iterable[str]:
        return ("l2_data",) if self._books else ()

    def add(self, registration: Registration) -> None:
        (product_id,) = registration.products
        self._books.setdefault(product_id, BookReplica(product_id))
        self._streams.setdefault(product_id, []).append(registration.stream)
        if product_id in self._last:
            registration.stream.put(self._last[product_id].restated())

    def remove(self, registration: Registration) -> None:
        (product_id,) = registration.products
        streams = self._streams[product_id]
        streams.remove(registration.stream)
        if not streams:
            del self._streams[product_id], self._books[product_id]
            self._last.pop(product_id, None)

    def reset(self) -> None:
        for book in self._books.values():
            book.reset()
        self._last.clear()

    def channel_left(self, channel: str) -> None:
        """A book lives as long as a stream follows it: nothing tied to the subscription."""

    def handle(self, message: dict[str, Any], typed: FeedMessage[Any] | None = None) -> None:
        books = self._books
        seq = message.get("sequence_num")
        timestamp = message.get("timestamp")
        events: list[Any] = message.get("events") or []
        if len(events) == 1:  # the common case, without the bookkeeping below
            event = events[0]
            book = books.get(event.get("product_id"))
            if book is not None and book.apply(event):
                self._publish(book, seq, timestamp, event.get("type") == "snapshot")
            return
        touched: dict[str, bool] = {}
        for event in events:
            book = books.get(event.get("product_id"))
            if book is not None and book.apply(event):
                touched[book.product_id] = touched.get(book.product_id, False) or event.get("type") == "snapshot"
        for product_id, snapshot in touched.items():
            self._publish(books[product_id], seq, timestamp, snapshot)

    def _publish(self, book: BookReplica, seq: Any, timestamp: Any, snapshot: bool) -> None:
        state = book.state(seq, timestamp, snapshot)
        self._last[book.product_id] = state
        for stream in self._streams[book.product_id]:
            stream.put(state)


class OrdersHandler(ChannelHandler):
    """`orders` streams: the open orders of the connection's one portfolio (`OrdersState`). The
    state lives while the connection is subscribed to the channel (a raw `subscribe("orders")`
    keeps it too); orders a resync's snapshot dropped go to `on_vanished`, whose REST answers
    come back through `put_closed`."""

    def __init__(self, on_vanished: Callable[[OrdersHandler, OrdersState, list[str]], None]) -> None:
        self._on_vanished = on_vanished
        self._state: OrdersState | None = None
        self._streams: list[Stream[Any]] = []

    def channels(self) -> Iterable[str]:
        return ("orders",) if self._state is not None else ()

    def add(self, registration: Registration) -> None:
        if self._state is None:
            self._state = OrdersState(registration.portfolio_id)
        stream = registration.stream
        self._streams.append(stream)
        if self._state.ready:
            stream.put(SNAPSHOT_START)
            stream.put_many(self._state.open.values())

    def remove(self, registration: Registration) -> None:
        self._streams.remove(registration.stream)

    def awaits_snapshot(self) -> bool:
        return self._state is not None and not self._state.ready

    def channel_left(self, channel: str) -> None:
        if channel == "orders":
            self._state = None  # unsubscribed: another portfolio's orders may come here next

    def current_state(self, registration: Registration) -> Iterable[Any]:
        return tuple(self._state.open.values()) if self._state is not None else ()

    def reset(self) -> None:
        if self._state is not None:
            self._state.reset()

    def handle(self, message: dict[str, Any], typed: FeedMessage[Any] | None = None) -> None:
        state = self._state
        assert typed is not None and state is not None
        events: tuple[OrdersEvent, ...] = typed.events
        for event in events:
            orders, vanished = state.apply(event)
            snapshot = event.type == "snapshot"
            if not snapshot and not orders:
                continue
            for stream in self._streams:
                if snapshot:
                    stream.put(SNAPSHOT_START)
                stream.put_many(orders)
            if vanished:
                self._on_vanished(self, state, vanished)

    def put_closed(self, state: OrdersState, update: Any) -> None:
        """An order that vanished from `state`, as REST has it now: to the streams, unless the
        feed has news of it again or `state` is no longer this connection's."""
        if state is self._state and update.order_id not in state.open:
            for stream in self._streams:
                stream.put(update)


class ProductsHandler(ChannelHandler):
    """`products` streams: the products the channel reported, each stream given those it asked
    for. Always listening: whoever subscribes the channel (a raw stream too), the state follows.

    The connection may carry named products and then the whole channel (a stream of every
    product joins), or go back from the whole channel to named products: `sending` keeps, in
    order, what each subscribe asked, so the snapshot answering it is known for what it covers,
    and a stream of every product starts from a snapshot of every product, not of the named ones."""

    def __init__(self) -> None:
        self._products: dict[str, Product] = {}
        self._ready = False
        self._whole = False  # the state holds every product: it came from a whole-channel snapshot
        self._asked: deque[frozenset[str] | None] = deque()  # subscribes sent, not answered yet (None: all)
        self._registrations: list[Registration] = []

    def channels(self) -> Iterable[str]:
        return ("products",)

    def add(self, registration: Registration) -> None:
        self._registrations.append(registration)
        # a stream of every product on a connection that carried named ones waits for the snapshot
        # of every product its subscribe brings
        if self._ready and (registration.products or self._whole):
            registration.stream.put(self._snapshot_start(registration))
            registration.stream.put_many(self.current_state(registration))

    def remove(self, registration: Registration) -> None:
        self._registrations.remove(registration)

    def current_state(self, registration: Registration) -> Iterable[Any]:
        wanted = registration.products
        return [p for p in self._products.values() if not wanted or p.product_id in wanted]

    def reset(self) -> None:
        self._ready = self._whole = False
        self._asked.clear()

    def channel_left(self, channel: str) -> None:
        """Kept: the next subscribe's snapshot replaces it."""

    def sending(self, kind: str, channel: str, scope: frozenset[str] | None) -> None:
        if channel != "products":
            return
        if kind == "subscribe":
            self._asked.append(scope)
        elif scope is None:  # back to named products: a later stream of every product needs a snapshot
            self._whole = False

    def _answers_whole(self, products: Iterable[Product]) -> bool:
        """Whether a snapshot answers a subscribe of every product: the oldest subscribe not yet
        answered, skipping named ones it does not fit (refused: no snapshot answers those)."""
        ids = {p.product_id for p in products}
        while self._asked:
            scope = self._asked.popleft()
            if scope is None:
                return True
            if ids <= scope:
                return False
        return False

    @staticmethod
    def _snapshot_start(registration: Registration) -> SnapshotStart:
        """What this connection's snapshot covers of the stream: the products it carries for it
        (the stream's others, on other connections, stay in its view), or all of them."""
        return SnapshotStart(registration.products or None)

    def handle(self, message: dict[str, Any], typed: FeedMessage[Any] | None = None) -> None:
        assert typed is not None
        events: tuple[ProductsEvent, ...] = typed.events
        for event in events:
            products = event.products
            whole = event.type == "snapshot" and self._answers_whole(products)
            # the first snapshot since (re)connecting answers the subscribe of all the connection
            # carries and replaces the state; a later one answers a subscribe that added products
            # to the live connection (subscribes name what is new) and covers those alone, unless
            # it is every product: then it replaces the state, and starts the streams of every product
            if event.type == "snapshot" and not self._ready:
                restarted = self._registrations
            elif not self._ready:
                continue
            elif whole and not self._whole:
                restarted = [r for r in self._registrations if not r.products]
            else:
                restarted = None
            if restarted is not None:
                self._products = {p.product_id: p for p in products}
                self._ready, self._whole = True, whole
            else:
                self._products.update((p.product_id, p) for p in products)
            for r in self._registrations:
                if restarted is not None and any(r is s for s in restarted):
                    r.stream.put(self._snapshot_start(r))
                r.stream.put_many(p for p in products if not r.products or p.product_id in r.products)


class HeartbeatsHandler(ChannelHandler):
    """`heartbeats` streams: each heartbeat of the connection to each of them."""

    def __init__(self) -> None:
        self._streams: list[Stream[Any]] = []

    def channels(self) -> Iterable[str]:
        return HEARTBEAT_CHANNELS if self._streams else ()

    def add(self, registration: Registration) -> None:
        self._streams.append(registration.stream)

    def remove(self, registration: Registration) -> None:
        self._streams.remove(registration.stream)

    def reset(self) -> None:
        """No state: a heartbeat stands alone."""

    def channel_left(self, channel: str) -> None:
        """No state."""

    def handle(self, message: dict[str, Any], typed: FeedMessage[Any] | None = None) -> None:
        assert typed is not None
        for heartbeat in typed.events:
            for stream in self._streams:
                stream.put(heartbeat)


class RawHandler(ChannelHandler):
    """`feed.subscribe` streams: typed messages of any channel as they come, no state kept; a
    stream that names products gets only their events."""

    def __init__(self) -> None:
        self._listeners: dict[str, list[Registration]] = {}

    def channels(self) -> Iterable[str]:
        return [channel for channel, registrations in self._listeners.items() if registrations]

    def add(self, registration: Registration) -> None:
        self._listeners.setdefault(registration.channel, []).append(registration)

    def remove(self, registration: Registration) -> None:
        self._listeners[registration.channel].remove(registration)

    def reset(self) -> None:
        """What the connection sends from now on is whole again: paused streams resume."""
        for registrations in self._listeners.values():
            for r in registrations:
                if isinstance(r.stream, MessageStream):
                    r.stream.resume()

    def channel_left(self, channel: str) -> None:
        """No state."""

    def handle(self, message: dict[str, Any], typed: FeedMessage[Any] | None = None) -> None:
        assert typed is not None
        for r in self._listeners[message["channel"]]:
            if not r.products or typed.channel not in EVENT_PARSERS:
                r.stream.put(typed)
                continue
            events = tuple(e for e in typed.events if getattr(e, "product_id", None) in (None, *r.products))
            if len(events) == len(typed.events):
                r.stream.put(typed)
            elif events:
                r.stream.put(attrs.evolve(typed, events=events))
