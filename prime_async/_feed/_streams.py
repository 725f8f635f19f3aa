"""The async iterators a `Feed` hands out, each with its own bounded buffer.

The connection's reader never waits for a consumer: it puts items into each stream's buffer and
moves on. A buffer that reaches `queue_size` is resynced by the stream's policy, or fails the
stream with `FeedOverflowError` under `on_overflow="error"`:

- `OrderBookStream`, heartbeats: only the newest item is kept. A book state is the whole book, so
  the consumer skips intermediate states but never sees a wrong one.
- `OrderStream`, `ProductStream`: the buffer is dropped and a resync is marked pending; when the
  consumer next reads, it gets a fresh snapshot of the current state then (and, for orders, the
  last update of every order that closed meanwhile). A pending resync costs nothing per message
  (a closed order's update is kept by id), so a consumer paused behind 50,000 open orders costs
  one snapshot when it reads again, not one per message; and the snapshot it reads does not
  count against `queue_size`, so it always gets through it.
- `MessageStream` (`feed.subscribe`): raw messages have no state to rebuild from, so the buffer is
  dropped and the stream's connections resync, which brings new snapshots from the server.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

import anyio

from ._book import OrderBook
from ._errors import FeedOverflowError
from ._messages import FeedMessage, Heartbeat, OrderUpdate, Product

__all__ = [
    "SNAPSHOT_START",
    "MessageStream",
    "OrderBookStream",
    "OrderStream",
    "ProductStream",
    "SnapshotStart",
    "Stream",
    "Upstream",
]

T = TypeVar("T")


class SnapshotStart:
    """Queued before the items of a snapshot: the consumer-side view is replaced from there on,
    within `scope`, the keys the snapshot covers (None: all of them). A stream whose products are
    spread over several connections gets one snapshot from each, covering that connection's
    products: each replaces its own part of the view, not the others'."""

    __slots__ = ("scope",)

    def __init__(self, scope: frozenset[str] | None = None) -> None:
        self.scope = scope


SNAPSHOT_START = SnapshotStart()  # a snapshot of everything the stream follows


class Upstream(Protocol):
    """What a stream asks of the feed that fills it, given to the stream when it is made (the
    feed's `Placement`: the stream's registrations on the feed's connections)."""

    def unsubscribe(self) -> None:
        """The stream closed: drop what no other stream needs."""

    def resync(self) -> None:
        """Resync the stream's connections: new snapshots from the server (`MessageStream`)."""

    def current_state(self) -> Iterable[Any]:
        """The items of the state the stream follows, as they are now (keyed streams' resync)."""

    def product_ids(self) -> frozenset[str]:
        """The products the stream's registrations name, on all its connections (empty: none)."""


class Stream(Generic[T]):
    """An async iterator of one kind of feed item. Ends when the feed closes; raises a `FeedError`
    when its connection fails for good. `aclose()` (or leaving `async with stream:`) unsubscribes
    what no other stream of the feed needs."""

    def __init__(self, bound: int, fail_on_overflow: bool, upstream: Upstream) -> None:
        self._upstream = upstream
        self._subscribed = True
        self._bound = bound
        self._fail_on_overflow = fail_on_overflow
        self._items: deque[Any] = deque()
        self._waiter: anyio.Event | None = None
        self._error: BaseException | None = None
        self._ended = False
        self.overflows = 0  # times this stream's consumer fell `queue_size` behind
        self._snapshot: anyio.Event | None = None
        self._has_snapshot = False

    # -- the consumer's side -------------------------------------------------------------------

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        while True:
            items = self._items
            if items:
                item = items.popleft()
                if item.__class__ is SnapshotStart:
                    self._snapshot_started(item.scope)
                    continue
                self._yielded(item)
                return item  # type: ignore[no-any-return]
            if self._error is not None:
                raise self._error
            if self._ended:
                raise StopAsyncIteration
            self._waiter = waiter = anyio.Event()
            await waiter.wait()

    def _snapshot_started(self, scope: frozenset[str] | None) -> None:
        """A snapshot of the keys in `scope` (None: all) follows (streams with a consumer-side
        view reset that part of it)."""

    def _yielded(self, item: Any) -> None:
        """`item` is about to reach the consumer."""

    async def wait_snapshot(self) -> None:
        """Return once the server's first snapshot for this stream has arrived (it waits in the
        buffer), from every connection the stream is spread over. A bot that must not miss an
        update starts trading after this."""
        if not self._has_snapshot and self._error is None and not self._ended:
            if self._snapshot is None:
                self._snapshot = anyio.Event()
            await self._snapshot.wait()
        if self._error is not None:
            raise self._error

    def _is_snapshot(self, item: Any) -> bool:
        return True

    def _mark_snapshot(self) -> None:
        self._has_snapshot = True
        if self._snapshot is not None:
            self._snapshot.set()

    async def aclose(self) -> None:
        self.close()

    def close(self) -> None:
        """Stop receiving: unsubscribe what no other stream needs, end the iteration."""
        if self._subscribed:
            self._subscribed = False
            self._upstream.unsubscribe()
        self._end()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- the feed's side -----------------------------------------------------------------------

    def put(self, item: Any) -> None:
        if self._ended or self._error is not None:
            return
        if not self._has_snapshot and self._is_snapshot(item):
            self._mark_snapshot()
        if len(self._items) >= self._bound:
            self.overflows += 1
            if self._fail_on_overflow:
                self._items.clear()
                self.fail(FeedOverflowError(f"the consumer fell {self._bound} items behind (queue_size)"))
                return
            self._items = deque(self._resync(self._items, item))
        else:
            self._items.append(item)
        self._wake()

    def put_many(self, items: Iterable[Any]) -> None:
        for item in items:
            self.put(item)

    def _resync(self, dropped: deque[Any], incoming: Any) -> Iterable[Any]:
        """The buffer that replaces a full one (`dropped`) when `incoming` arrives."""
        return (incoming,)

    def fail(self, error: BaseException) -> None:
        """The stream raises `error` once its buffer is drained (a failure is not lost data)."""
        if self._error is None and not self._ended:
            self._error = error
            self._wake()

    def _end(self) -> None:
        self._ended = True
        self._items.clear()
        self._wake()

    def end(self) -> None:
        """The feed closed: the stream ends once the consumer drained it."""
        self._ended = True
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            waiter.set()
        if (self._ended or self._error is not None) and self._snapshot is not None:
            self._snapshot.set()  # wait_snapshot() returns (or raises) rather than hang


class OrderBookStream(Stream[OrderBook]):
    """`OrderBook` states of one product, one after each applied message."""

    def _is_snapshot(self, item: Any) -> bool:
        return bool(item.is_snapshot)


class HeartbeatStream(Stream[Heartbeat]):
    """`Heartbeat`s from every connection of the feed."""


class _KeyedStream(Stream[T]):
    """Items keyed by an id, with a consumer-side view of the current ones that each snapshot
    replaces within its scope (so nothing the new snapshot lacks survives in it, and a snapshot
    of one connection leaves the keys another connection carries alone)."""

    def __init__(self, bound: int, fail_on_overflow: bool, upstream: Upstream) -> None:
        super().__init__(bound, fail_on_overflow, upstream)
        self._queue_size = bound
        self._view: dict[str, T] = {}
        self._resync_pending = False
        self._kept: dict[str, T] = {}  # while a resync is pending: items the snapshot will not show
        self._snapshotted: frozenset[str] = frozenset()  # before the first whole snapshot: the keys seen

    async def __anext__(self) -> T:
        if self._resync_pending and not self._items:
            self._materialise()
        item = await super().__anext__()
        if self._bound > self._queue_size:
            self._bound -= 1  # one item of the materialised snapshot read
        return item

    def put(self, item: Any) -> None:
        if not self._resync_pending:
            super().put(item)
        elif self._keep(item):
            self._kept[self._key(item)] = item

    def _resync(self, dropped: deque[Any], incoming: Any) -> Iterable[Any]:
        self._resync_pending = True
        for item in (*dropped, incoming):
            if self._keep(item):
                self._kept[self._key(item)] = item
        return ()

    def _materialise(self) -> None:
        """The pending resync, now that the consumer reads: the state as it is now (gathered from
        every connection the stream is on, so it replaces the whole view), then what it no longer
        shows; it does not count against `queue_size` (else a state larger than the
        buffer could never be read through while messages arrive)."""
        current = tuple(self._upstream.current_state())
        shown = {self._key(item) for item in current}
        kept = [item for key, item in self._kept.items() if key not in shown]
        self._items.extend((SNAPSHOT_START, *current, *kept))
        self._bound = self._queue_size + len(self._items)
        self._resync_pending = False
        self._kept = {}

    def _keep(self, item: Any) -> bool:
        """Whether `item`, arriving while a resync is pending, must reach the consumer although
        the snapshot will not show it."""
        return False

    def _end(self) -> None:
        self._resync_pending = False
        self._kept = {}
        super()._end()

    def _snapshot_started(self, scope: frozenset[str] | None) -> None:
        if scope is None:
            self._view = {}
            return
        view = self._view  # only the snapshot's part: another connection's keys stay
        for key in scope & view.keys():
            del view[key]

    def _is_snapshot(self, item: Any) -> bool:
        """The first snapshot is there once every connection's part of it is (`wait_snapshot`)."""
        if item.__class__ is not SnapshotStart:
            return False
        if item.scope is None:
            return True
        self._snapshotted |= item.scope
        return self._snapshotted >= self._upstream.product_ids()

    def _key(self, item: T) -> str:
        raise NotImplementedError

    def _yielded(self, item: T) -> None:
        self._view[self._key(item)] = item


class OrderStream(_KeyedStream[OrderUpdate]):
    """`OrderUpdate`s of one portfolio: the snapshot's orders first, then each change.

    `open_orders` holds the open orders as of the last update yielded. A resync (reconnect, gap,
    or this consumer falling behind) replaces it from a fresh snapshot, followed by the final
    state of orders that closed meanwhile (from the feed, or asked of REST after a reconnect)."""

    @property
    def open_orders(self) -> Mapping[str, OrderUpdate]:
        return self._view

    def _key(self, item: OrderUpdate) -> str:
        return item.order_id

    def _yielded(self, item: OrderUpdate) -> None:
        if item.done:
            self._view.pop(item.order_id, None)
        else:
            self._view[item.order_id] = item

    def _keep(self, item: Any) -> bool:
        return isinstance(item, OrderUpdate) and item.done  # the last word on an order that left the book


class ProductStream(_KeyedStream[Product]):
    """`Product`s: the snapshot's first, then changes. `products` is the current set."""

    @property
    def products(self) -> Mapping[str, Product]:
        return self._view

    def _key(self, item: Product) -> str:
        return item.product_id


class MessageStream(Stream[FeedMessage[Any]]):
    """Typed `FeedMessage`s of one channel (`feed.subscribe`)."""

    def __init__(self, bound: int, fail_on_overflow: bool, upstream: Upstream) -> None:
        super().__init__(bound, fail_on_overflow, upstream)
        self._paused = False

    def put(self, item: Any) -> None:
        if not self._paused:
            super().put(item)

    def _resync(self, dropped: deque[Any], incoming: Any) -> Iterable[Any]:
        # nothing more until the resync's new connection: what arrives before it has a hole behind it
        self._paused = True
        self._upstream.resync()
        return ()

    def resume(self) -> None:
        """The connection is being re-established: what it sends from now on is whole again."""
        self._paused = False
