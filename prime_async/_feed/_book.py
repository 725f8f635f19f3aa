"""The l2 order book: `BookReplica` applies `l2_data` events; `OrderBook` is one immutable state of it.

Each side keeps its levels in a list sorted best first, with a parallel list of sort keys for
bisect (prices for asks, negated prices for bids), so a level's change costs a binary search and
a list edit. A snapshot, or an update of many levels, is applied in one go instead: collected by
price, then sorted once (a list edit moves the levels behind it, so a 16 MB snapshot sent worst
level first cost n² moves, seconds of a frozen event loop). A state hands out a tuple copy of a
side only when that side changed: copying a list of pointers is cheap, and the states a consumer
keeps never change under it.

Every level is checked as it is read: a finite price, a finite size that is not negative (see
`_messages.amount`); anything else raises, the message is bad and the connection resyncs.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from ._messages import exact_decimal, parse_time

__all__ = ["BookReplica", "OrderBook", "show_level"]

Level = tuple[Decimal, Decimal]  # (price, size)

BID_SIDES = frozenset({"bid", "buy"})
ASK_SIDES = frozenset({"offer", "ask", "sell"})
MERGE_AT = 32  # levels in one update from which a side is rebuilt by one sort, not edited level by level


def read_level(update: Mapping[str, Any]) -> Level:
    """(price, size) of one l2 level, checked: decimal strings or JSON integers, finite, the size
    not negative (the hot path of the feed: `_messages.amount`'s checks, inline)."""
    px, qty = update["px"], update["qty"]
    if (type(px) is str or type(px) is int) and (type(qty) is str or type(qty) is int):
        price, size = exact_decimal(px), exact_decimal(qty)
        if price.is_finite() and size.is_finite() and not (size.is_signed() and size):
            return price, size
    raise ValueError(f"not a level: px {px!r:.40}, qty {qty!r:.40}")


def show_level(level: Level | None) -> str:
    """`size @ price`, or "-" for an empty side (an `OrderBook`'s repr, `watch book` lines)."""
    return f"{level[1]} @ {level[0]}" if level else "-"


class OrderBook:
    """One state of a product's book: `bids` and `asks` are `(price, size)` Decimal pairs, best
    first. `is_snapshot` is True for the state right after a snapshot (a (re)subscribe, or a
    resync: the book was rebuilt, nothing of the old one survives)."""

    __slots__ = ("_timestamp", "_updated_at", "asks", "bids", "is_snapshot", "product_id", "sequence_num")

    def __init__(
        self,
        product_id: str,
        bids: tuple[Level, ...],
        asks: tuple[Level, ...],
        sequence_num: int | None,
        timestamp: str | None,
        is_snapshot: bool = False,
    ) -> None:
        self.product_id = product_id
        self.bids = bids
        self.asks = asks
        self.sequence_num = sequence_num
        self.is_snapshot = is_snapshot
        self._timestamp = timestamp
        self._updated_at: datetime | None = None

    @property
    def best_bid(self) -> Level | None:
        return self.bids[0] if self.bids else None

    @property
    def best_ask(self) -> Level | None:
        return self.asks[0] if self.asks else None

    @property
    def updated_at(self) -> datetime | None:
        """The server's timestamp of the message that made this state (parsed on first use)."""
        if self._updated_at is None and self._timestamp:
            self._updated_at = parse_time(self._timestamp)
        return self._updated_at

    def restated(self) -> OrderBook:
        """This state marked as a snapshot: where a stream that joins late starts."""
        return OrderBook(self.product_id, self.bids, self.asks, self.sequence_num, self._timestamp, True)

    def __repr__(self) -> str:
        return (
            f"<OrderBook {self.product_id} bid {show_level(self.best_bid)} | ask {show_level(self.best_ask)} "
            f"({len(self.bids)}x{len(self.asks)} levels, seq {self.sequence_num})>"
        )


class _Side:
    """One side of a `BookReplica`: levels best first with their bisect keys, and the tuple handed


    out to states, made again only when the side changed."""

    __slots__ = ("frozen", "keys", "levels", "negate")

    def __init__(self, negate: bool) -> None:
        self.negate = negate
        self.keys: list[Decimal] = []
        self.levels: list[Level] = []
        self.frozen: tuple[Level, ...] | None = ()

    def set(self, price: Decimal, size: Decimal) -> None:
        keys = self.keys
        key = -price if self.negate else price
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            if size:
                self.levels[i] = (price, size)
            else:
                del keys[i]
                del self.levels[i]
        elif size:
            keys.insert(i, key)
            self.levels.insert(i, (price, size))
        else:
            return  # removing a level that is not there changes nothing
        self.frozen = None

    def load(self, changes: dict[Decimal, Level], replace: bool) -> None:
        """Set many levels at once (`changes`: sort key -> level, size 0 removes): the side
        rebuilt by one sort. Timsort finds the runs (the kept levels, in order; the new ones; a
        side sent worst first is one descending run), so it costs about n, not n log n."""
        if replace:
            book = {key: level for key, level in changes.items() if level[1]}
        else:
            book = dict(zip(self.keys, self.levels, strict=True))
            for key, level in changes.items():
                if level[1]:
                    book[key] = level
                else:
                    book.pop(key, None)
        self.keys = sorted(book)
        self.levels = [book[key] for key in self.keys]
        self.frozen = None

    def clear(self) -> None:
        self.keys.clear()
        self.levels.clear()
        self.frozen = ()

    def snapshot(self) -> tuple[Level, ...]:
        if self.frozen is None:
            self.frozen = tuple(self.levels)
        return self.frozen


def collect_levels(updates: Iterable[Mapping[str, Any]]) -> tuple[dict[Decimal, Level], dict[Decimal, Level]]:
    """The levels of many updates by side and sort key (the last word on a price wins)."""
    bids: dict[Decimal, Level] = {}
    asks: dict[Decimal, Level] = {}
    for update in updates:
        side = update.get("side")
        if side in BID_SIDES:
            level = read_level(update)
            bids[-level[0]] = level
        elif side in ASK_SIDES:
            level = read_level(update)
            asks[level[0]] = level
    return bids, asks


class BookReplica:
    """The live book of one product on one connection. `ready` once a snapshot arrived: updates
    before it (after a reconnect, say) would patch a book that no longer exists, and are skipped."""

    __slots__ = ("asks", "bids", "product_id", "ready")

    def __init__(self, product_id: str) -> None:
        self.product_id = product_id
        self.bids = _Side(negate=True)
        self.asks = _Side(negate=False)
        self.ready = False

    def reset(self) -> None:
        """Forget everything: the next snapshot rebuilds the book from nothing."""
        self.bids.clear()
        self.asks.clear()
        self.ready = False

    def apply(self, event: Mapping[str, Any]) -> bool:
        """Apply one l2 event; False when it was skipped (an update before any snapshot). A
        malformed level raises (after the levels before it were applied: the connection resyncs
        and the next snapshot replaces the book)."""
        updates: list[Mapping[str, Any]] = event.get("updates") or []
        snapshot = event.get("type") == "snapshot"
        if not (snapshot or self.ready):
            return False
        if snapshot or len(updates) >= MERGE_AT:
            bids, asks = collect_levels(updates)
            self.bids.load(bids, replace=snapshot)
            self.asks.load(asks, replace=snapshot)
            self.ready = True
            return True
        bid_side, ask_side, exact = self.bids, self.asks, exact_decimal
        for update in updates:  # the hot path: a few levels a message
            side = update.get("side")
            target = bid_side if side in BID_SIDES else ask_side if side in ASK_SIDES else None
            if target is None:
                continue
            px, qty = update["px"], update["qty"]
            if type(px) is str and type(qty) is str:  # read_level, inline for the common case
                price, size = exact(px), exact(qty)
                if not (price.is_finite() and size.is_finite()) or (size.is_signed() and size):
                    raise ValueError(f"not a level: px {px!r:.40}, qty {qty!r:.40}")
            else:
                price, size = read_level(update)
            target.set(price, size)
        return True

    def state(self, sequence_num: int | None, timestamp: str | None, is_snapshot: bool = False) -> OrderBook:
        return OrderBook(
            self.product_id, self.bids.snapshot(), self.asks.snapshot(), sequence_num, timestamp, is_snapshot
        )
