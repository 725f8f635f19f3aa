"""What one connection is subscribed to, the state its messages build, and the streams they feed.

The connection hands each decoded message to `Router.handle`; the router applies it (l2 books,
open orders, products) and puts the results into the streams that asked for them. It never
waits: streams buffer, and apply their own policy when full.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from ._book import BookState, OrderBook
from ._messages import EVENT_PARSERS, FeedMessage, OrdersEvent, Product, ProductsEvent, parse_events
from ._orders import OrdersState
from ._streams import SNAPSHOT_START, MessageStream, OrderStream, ProductStream, Stream

__all__ = ["HEARTBEATS", "Registration", "Router"]

HEARTBEATS = "heartbeats"
HEARTBEAT_CHANNELS = frozenset({"heartbeats", "heartbeat"})  # and the older name


@attrs.frozen(eq=False)
class Registration:
    """One stream's interest: a channel, its products (empty: none or all), a portfolio ("")."""

    channel: str
    products: frozenset[str]
    portfolio_id: str
    stream: Stream[Any]
    kind: str = "messages"  # "book", "orders", "products", "heartbeats" or "messages"


class Router:
    def __init__(self, on_vanished: Callable[[OrdersState, list[str]], None]) -> None:
        self._on_vanished = on_vanished
        self.registrations: list[Registration] = []
        self.books: dict[str, BookState] = {}
        self.last_book: dict[str, OrderBook] = {}
        self.book_streams: dict[str, list[Stream[Any]]] = {}
        self.orders: OrdersState | None = None
        self.order_streams: list[OrderStream] = []
        self.products: dict[str, Product] = {}
        self.products_ready = False
        self.product_streams: list[Registration] = []
        self.heartbeat_streams: list[Stream[Any]] = []
        self.listeners: dict[str, list[Registration]] = {}
        self.portfolio_id = ""  # of the streams that name one: one portfolio at most (see `Feed`)

    # -- subscriptions -------------------------------------------------------------------------

    @property
    def product_ids(self) -> set[str]:
        """Every product this connection carries, whatever the channel."""
        return {p for r in self.registrations for p in r.products}

    def wanted(self) -> dict[tuple[str, str], frozenset[str]]:
        """(channel, portfolio) -> products: what the server should be sending. Heartbeats always."""
        wanted: dict[tuple[str, str], frozenset[str]] = {(HEARTBEATS, ""): frozenset()}
        for r in self.registrations:
            key = (r.channel, r.portfolio_id)
            wanted[key] = wanted.get(key, frozenset()) | r.products
        return wanted

    def add(self, registration: Registration) -> None:
        """Start feeding a stream; it gets the current state at once when there is one."""
        self.registrations.append(registration)
        if registration.portfolio_id:
            assert self.portfolio_id in ("", registration.portfolio_id), "the feed places one portfolio per connection"
            self.portfolio_id = registration.portfolio_id
        stream = registration.stream
        if registration.kind == "book":
            (product_id,) = registration.products
            self.books.setdefault(product_id, BookState(product_id))
            self.book_streams.setdefault(product_id, []).append(stream)
            if product_id in self.last_book:
                stream.put(self.last_book[product_id].restated())
        elif registration.kind == "orders":
            assert isinstance(stream, OrderStream)
            if self.orders is None:
                self.orders = OrdersState(registration.portfolio_id)
            orders = self.orders
            stream.current_state = lambda: tuple(orders.open.values())
            self.order_streams.append(stream)
            if orders.ready:
                stream.put(SNAPSHOT_START)
                stream.put_many(orders.open.values())
        elif registration.kind == "products":
            assert isinstance(stream, ProductStream)
            wanted = registration.products
            stream.current_state = lambda: [p for p in self.products.values() if not wanted or p.product_id in wanted]
            self.product_streams.append(registration)
            if self.products_ready:
                stream.put(SNAPSHOT_START)
                stream.put_many(stream.current_state())
        elif registration.kind == "heartbeats":
            self.heartbeat_streams.append(stream)
        else:
            self.listeners.setdefault(registration.channel, []).append(registration)

    def remove(self, registration: Registration) -> None:
        if registration not in self.registrations:
            return
        self.registrations.remove(registration)
        if not any(r.portfolio_id for r in self.registrations):
            self.portfolio_id = ""
        if registration.channel == "orders" and not any(r.channel == "orders" for r in self.registrations):
            self.orders = None  # unsubscribed: another portfolio's orders may come here next
        stream = registration.stream
        if registration.kind == "book":
            (product_id,) = registration.products
            streams = self.book_streams[product_id]
            streams.remove(stream)
            if not streams:
                del self.book_streams[product_id], self.books[product_id]
                self.last_book.pop(product_id, None)
        elif registration.kind == "orders":
            self.order_streams.remove(stream)  # type: ignore[arg-type]
        elif registration.kind == "products":
            self.product_streams.remove(registration)
        elif registration.kind == "heartbeats":
            self.heartbeat_streams.remove(stream)
        else:
            self.listeners[registration.channel].remove(registration)

    def named_in(self, text: str) -> list[Registration]:
        """The registrations an error frame's text names by a product or portfolio id (as a whole
        word: "BTC-USD" is not named in "BTC-USDC"): those the server refused."""
        ids = {p for r in self.registrations for p in r.products} | {r.portfolio_id for r in self.registrations}
        named = {i for i in ids if i and re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)}
        return [r for r in self.registrations if r.portfolio_id in named or r.products & named]

    def streams(self) -> Iterable[Stream[Any]]:
        return {id(r.stream): r.stream for r in self.registrations}.values()

    def reset(self) -> None:
        """The connection was lost: every state waits for a new snapshot, which replaces it."""
        for book in self.books.values():
            book.reset()
        self.last_book.clear()
        if self.orders is not None:
            self.orders.reset()
        self.products_ready = False
        for registrations in self.listeners.values():
            for r in registrations:
                if isinstance(r.stream, MessageStream):
                    r.stream.resume()

    # -- messages ------------------------------------------------------------------------------

    def handle(self, message: dict[str, Any]) -> None:
        """Apply one message and hand out what it makes. Books apply the raw l2 events (the hot
        path); other messages are parsed once (`parse_events`), and only when something uses them."""
        channel = message.get("channel")
        listeners = self.listeners.get(channel) if channel is not None else None
        if channel == "l2_data":
            self._l2(message)
            if listeners:
                self._deliver(parse_events(message), listeners)
            return
        heartbeats = self.heartbeat_streams if channel in HEARTBEAT_CHANNELS else None
        orders = self.orders if channel == "orders" else None
        if not (listeners or heartbeats or orders is not None or channel == "products"):
            return  # nothing here uses it (the products state always does)
        typed = parse_events(message, self.portfolio_id)
        if heartbeats:
            for heartbeat in typed.events:
                for stream in heartbeats:
                    stream.put(heartbeat)
        elif orders is not None:
            self._orders(orders, typed.events)
        elif channel == "products":
            self._products(typed.events)
        if listeners:
            self._deliver(typed, listeners)

    def _l2(self, message: dict[str, Any]) -> None:
        books: dict[Any, BookState] = self.books
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

    def _publish(self, book: BookState, seq: Any, timestamp: Any, snapshot: bool) -> None:
        state = book.state(seq, timestamp, snapshot)
        self.last_book[book.product_id] = state
        for stream in self.book_streams[book.product_id]:
            stream.put(state)

    def _orders(self, state: OrdersState, events: tuple[OrdersEvent, ...]) -> None:
        for event in events:
            orders, vanished = state.apply(event)
            snapshot = event.type == "snapshot"
            if not snapshot and not orders:
                continue
            for stream in self.order_streams:
                if snapshot:
                    stream.put(SNAPSHOT_START)
                stream.put_many(orders)
            if vanished:
                self._on_vanished(state, vanished)

    def _products(self, events: tuple[ProductsEvent, ...]) -> None:
        for event in events:
            products = event.products
            snapshot = event.type == "snapshot"
            if snapshot:
                self.products = {p.product_id: p for p in products}
                self.products_ready = True
            elif not self.products_ready:
                continue
            else:
                self.products.update((p.product_id, p) for p in products)
            for r in self.product_streams:
                if snapshot:
                    r.stream.put(SNAPSHOT_START)
                r.stream.put_many(p for p in products if not r.products or p.product_id in r.products)

    def _deliver(self, typed: FeedMessage[Any], listeners: list[Registration]) -> None:
        for r in listeners:
            if not r.products or typed.channel not in EVENT_PARSERS:
                r.stream.put(typed)
                continue
            events = tuple(e for e in typed.events if getattr(e, "product_id", None) in (None, *r.products))
            if len(events) == len(typed.events):
                r.stream.put(typed)
            elif events:
                r.stream.put(attrs.evolve(typed, events=events))
