"""Feed: Prime's WebSocket market and order data as async iterators.

    async with client.feed() as feed:
        async for book in feed.order_book("BTC-USD"):
            print(book.best_bid, book.best_ask)

A feed places each stream's subscriptions on its connections: products spread over as many
connections as `products_per_connection` needs (several streams for one product share its
subscription), a stream that names a portfolio (every `orders` one) with all its products on a
connection of that one portfolio (order messages do not name their portfolio), heartbeats on every
connection. Leaving the `async with` unsubscribes, closes every connection and ends every stream;
cancellation leaves no task behind.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import AsyncExitStack
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

import anyio
import anyio.abc

from .._errors import InvalidRequestError, PrimeError
from .._url_safety import check_feed_url, masked_if_userinfo
from ._channels import HEARTBEATS, OrdersHandler, Registration, StreamKind
from ._connection import Connection, FirstContact
from ._errors import FeedClosedError
from ._messages import OrderUpdate
from ._options import DEFAULT_FEED_URL, FeedOptions, FeedOptionsDict
from ._orders import OrdersState, fetch_final_state
from ._streams import HeartbeatStream, MessageStream, OrderBookStream, OrderStream, ProductStream, Stream, Upstream
from ._subscribe import SubscriptionSigner
from ._ws_common import parse_ws_url, proxy_for

if TYPE_CHECKING:
    from .._client import PrimeClient

__all__ = ["Feed"]

logger = logging.getLogger("prime_async.feed")

S = TypeVar("S", bound=Stream[Any])


def _ids(name: str, values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        values = (values,)
    out = tuple(dict.fromkeys(values))
    if not all(isinstance(v, str) and v for v in out):
        raise InvalidRequestError(f"{name} must be non-empty strings, got {list(out)!r}")
    return out


class Placement:
    """Where one stream is subscribed: its registrations on the feed's connections. It is the
    stream's `Upstream`, given to the stream when it is made: closing the stream unsubscribes
    each registration (`release` tells the feed), a resync asks each connection for one, and a
    keyed stream's current state is asked of each connection that carries it."""

    def __init__(self, release: Callable[[Placement], None]) -> None:
        self._release = release
        self._placed: list[tuple[Connection, Registration]] = []

    def add(self, connection: Connection, registration: Registration) -> None:
        self.place([(connection, registration)])

    def place(self, placed: list[tuple[Connection, Registration]]) -> None:
        """All of a new stream's registrations, known before the first connection feeds it (a
        connection with a state puts its snapshot at once, and the stream asks what it covers)."""
        self._placed.extend(placed)
        for connection, registration in placed:
            connection.add(registration)

    def unsubscribe(self) -> None:
        self._release(self)
        for connection, registration in self._placed:
            connection.remove(registration)

    def resync(self) -> None:
        for connection in dict.fromkeys(connection for connection, _ in self._placed):
            connection.request_resync()

    def current_state(self) -> Iterator[Any]:
        for connection, registration in self._placed:
            yield from connection.current_state(registration)

    def product_ids(self) -> frozenset[str]:
        return frozenset().union(*(registration.products for _, registration in self._placed))


class Feed:
    """The Prime WebSocket feed. Made by `client.feed(url=None, **options)` (see `FeedOptions`),
    used as `async with`. `stats` counts connects, reconnects, gaps, resyncs and the like."""

    def __init__(
        self,
        client: PrimeClient,
        url: str = DEFAULT_FEED_URL,
        *,
        url_name: str = "the feed URL",
        **options: Unpack[FeedOptionsDict],
    ) -> None:
        url = masked_if_userinfo(url)  # a password in it: refused next
        # a bad URL fails here, before anything connects; plain ws:// only to this machine
        check_feed_url(url, allow_insecure_http=getattr(client, "allow_insecure_http", False), name=url_name)
        parse_ws_url(url)
        self.url = url
        self.options = FeedOptions.build(options)
        self._proxy = proxy_for(url, self.options.trust_env)
        self._first_contact = FirstContact(self.options.initial_connect_timeout)
        self._signer = SubscriptionSigner(client.credentials, self.options.clock)
        self._client = client
        self.stats: Counter[str] = Counter()
        self._connections: list[Connection] = []
        self._streams: dict[Placement, Stream[Any]] = {}
        self._heartbeats: dict[Placement, Registration] = {}  # one a heartbeats stream, on every connection
        self._task_group: anyio.abc.TaskGroup | None = None
        self._exit_stack = AsyncExitStack()
        self._state = "new"
        self._opened = 0

    def __repr__(self) -> str:
        # getattr: a crash reporter may show a Feed whose __init__ failed half-way (a refused URL)
        state = getattr(self, "_state", None)
        if state is None:
            return "<Feed (not built)>"
        return f"<Feed {self.url} {state}, {len(self._connections)} connections>"

    @property
    def connections(self) -> int:
        return len(self._connections)

    # -- lifecycle -----------------------------------------------------------------------------

    async def __aenter__(self) -> Feed:
        if self._state != "new":
            raise FeedClosedError("a Feed is opened once; make another with client.feed()")
        self._task_group = await self._exit_stack.enter_async_context(anyio.create_task_group())
        self._state = "open"
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Unsubscribe and close every connection (within `close_timeout`), end every stream."""
        if self._state != "open":
            return
        self._state = "closing"
        assert self._task_group is not None
        # the goodbyes run even when the block was cancelled (connections are shielded until
        # stopped here), for at most close_timeout
        with anyio.CancelScope(shield=True):
            with anyio.move_on_after(self.options.close_timeout):
                async with anyio.create_task_group() as goodbyes:
                    for connection in self._connections:
                        goodbyes.start_soon(connection.close)
            for connection in self._connections:
                connection.stop()
        self._task_group.cancel_scope.cancel()
        # the block's own exception is not handed to the task group: it propagates as itself
        await self._exit_stack.aclose()
        self._state = "closed"
        for stream in self._streams.values():
            stream.end()

    # -- streams -------------------------------------------------------------------------------

    def order_book(self, product_id: str) -> OrderBookStream:
        """`OrderBook` states of one product: one after each applied `l2_data` message."""
        (product,) = _ids("product_id", (product_id,))
        return self._open(OrderBookStream, "l2_data", (product,), "", StreamKind.BOOK)

    def orders(self, portfolio_id: str) -> OrderStream:
        """`OrderUpdate`s of one portfolio, the snapshot's orders first; see `OrderStream`."""
        (portfolio,) = _ids("portfolio_id", (portfolio_id,))
        return self._open(OrderStream, "orders", (), portfolio, StreamKind.ORDERS)

    def products(self, product_ids: Iterable[str] = ()) -> ProductStream:
        """`Product`s from the `products` channel (all of them, or those of `product_ids`)."""
        return self._open(ProductStream, "products", _ids("product_ids", product_ids), "", StreamKind.PRODUCTS)

    def heartbeats(self) -> HeartbeatStream:
        """`Heartbeat`s from every connection of this feed (those it opens later too)."""
        self._check_open()
        placement = Placement(self._release)
        stream = HeartbeatStream(*self._bounds(), placement)
        registration = Registration(HEARTBEATS, frozenset(), "", stream, StreamKind.HEARTBEATS)
        if not self._connections:
            self._new_connection()
        for connection in self._connections:
            placement.add(connection, registration)
        self._heartbeats[placement] = registration
        self._streams[placement] = stream
        return stream

    def subscribe(
        self, channel: str, *, product_ids: Iterable[str] = (), portfolio_id: str | None = None
    ) -> MessageStream:
        """Typed `FeedMessage`s of any channel, as the server sends them (no state kept)."""
        (channel,) = _ids("channel", (channel,))
        if channel == "orders" and not portfolio_id:
            raise InvalidRequestError("the orders channel needs a portfolio_id")
        portfolio = _ids("portfolio_id", (portfolio_id,))[0] if portfolio_id is not None else ""
        return self._open(MessageStream, channel, _ids("product_ids", product_ids), portfolio, StreamKind.RAW)

    async def fetch_order(self, portfolio_id: str, order_id: str) -> OrderUpdate:
        """An order's current state, asked of REST, in the feed's shape (origin "rest"). For an
        order the feed cannot have reported: one placed and closed while a connection was down."""
        return await fetch_final_state(self._client, portfolio_id, order_id)

    # -- placement -----------------------------------------------------------------------------

    def _bounds(self) -> tuple[int, bool]:
        return self.options.queue_size, self.options.on_overflow == "error"

    def _check_open(self) -> None:
        if self._state != "open":
            raise FeedClosedError("the feed is not open: use `async with client.feed() as feed:`")

    def _open(
        self,
        make: Callable[[int, bool, Upstream], S],
        channel: str,
        products: tuple[str, ...],
        portfolio: str,
        kind: StreamKind,
    ) -> S:
        """A new stream, its subscriptions placed on the feed's connections (new ones if need be)."""
        self._check_open()
        if portfolio:  # before products: an orders subscription that names products is still one portfolio's
            placed = [(self._connection_for_portfolio(portfolio), products)]
        elif products:
            placed = self._place_products(products)
        else:
            placed = [(self._connections[0] if self._connections else self._new_connection(), ())]
        placement = Placement(self._release)
        stream = make(*self._bounds(), placement)
        placement.place([(c, Registration(channel, frozenset(ids), portfolio, stream, kind)) for c, ids in placed])
        self._streams[placement] = stream
        return stream

    def _release(self, placement: Placement) -> None:
        """A stream closed: the feed no longer ends it, nor places it on new connections."""
        self._streams.pop(placement, None)
        self._heartbeats.pop(placement, None)

    def _place_products(self, products: tuple[str, ...]) -> list[tuple[Connection, tuple[str, ...]]]:
        """Each product on the connection that carries it already, else on the first with room,
        else on a new one."""
        limit = self.options.products_per_connection
        carried = {id(c): set(c.product_ids) for c in self._connections}
        placed: dict[int, tuple[Connection, list[str]]] = {}
        for product in products:
            connection = next((c for c in self._connections if product in carried[id(c)]), None)
            if connection is None:
                connection = next((c for c in self._connections if len(carried[id(c)]) < limit), None)
            if connection is None:
                connection = self._new_connection()
                carried[id(connection)] = set()
            carried[id(connection)].add(product)
            placed.setdefault(id(connection), (connection, []))[1].append(product)
        return [(connection, tuple(subset)) for connection, subset in placed.values()]

    def _connection_for_portfolio(self, portfolio: str) -> Connection:
        """Order messages do not name their portfolio: one portfolio per connection."""
        for connection in self._connections:
            if connection.portfolio_id == portfolio:
                return connection
        for connection in self._connections:
            if not connection.portfolio_id:
                return connection
        return self._new_connection()

    def _new_connection(self) -> Connection:
        assert self._task_group is not None
        self._opened += 1
        connection = Connection(
            self._opened - 1,
            self.url,
            self._proxy,
            self._first_contact,
            self.options,
            self._signer,
            self.stats,
            self._reconcile,
            self._forget,
        )
        for placement, registration in self._heartbeats.items():
            placement.add(connection, registration)
        self._connections.append(connection)
        self._task_group.start_soon(connection.run)
        return connection

    def _forget(self, connection: Connection) -> None:
        """A connection failed for good: new streams get a new one."""
        if connection in self._connections:
            self._connections.remove(connection)

    # -- orders that closed while the feed was away ----------------------------------------------

    def _reconcile(self, orders: OrdersHandler, state: OrdersState, order_ids: list[str]) -> None:
        if self.options.reconcile_orders and self._task_group is not None and self._state == "open":
            self._task_group.start_soon(self._fetch_final_states, orders, state, order_ids)

    async def _fetch_final_states(self, orders: OrdersHandler, state: OrdersState, order_ids: list[str]) -> None:
        for order_id in order_ids:
            try:
                update = await fetch_final_state(self._client, state.portfolio_id, order_id)
            except PrimeError as exc:
                self.stats["reconcile_failures"] += 1
                logger.warning("feed: could not fetch the final state of order %s: %s", order_id, exc)
                continue
            self.stats["reconciled_orders"] += 1
            orders.put_closed(state, update)  # unless the feed has news of it again
