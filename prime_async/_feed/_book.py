"""The l2 order book: `BookState` applies `l2_data` events; `OrderBook` is one immutable state of it.

Each side keeps its levels in a list sorted best first, with a parallel list of sort keys for
bisect (prices for asks, negated prices for bids), so a level's change costs a binary search and
a list edit. A state hands out a tuple copy of a side only when that side changed: copying a
list of pointers is cheap, and the states a consumer keeps never change under it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from ._messages import parse_time

__all__ = ["BookState", "OrderBook", "show_level"]

Level = tuple[Decimal, Decimal]  # (price, size)

BID_SIDES = frozenset({"bid", "buy"})
ASK_SIDES = frozenset({"offer", "ask", "sell"})


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

    def clear(self) -> None:
        self.keys.clear()
        self.levels.clear()
        self.frozen = ()

    def snapshot(self) -> tuple[Level, ...]:
        if self.frozen is None:
            self.frozen = tuple(self.levels)
        return self.frozen


class BookState:
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
        """Apply one l2 event; False when it was skipped (an update before any snapshot)."""
        if event.get("type") == "snapshot":
            self.bids.clear()
            self.asks.clear()
            self.ready = True
        elif not self.ready:
            return False
        self.apply_updates(event.get("updates") or ())
        return True

    def apply_updates(self, updates: Iterable[Mapping[str, Any]]) -> None:
        bids, asks = self.bids, self.asks
        for update in updates:
            side = update.get("side")
            if side in BID_SIDES:
                bids.set(Decimal(update["px"]), Decimal(update["qty"]))
            elif side in ASK_SIDES:
                asks.set(Decimal(update["px"]), Decimal(update["qty"]))

    def state(self, sequence_num: int | None, timestamp: str | None, is_snapshot: bool = False) -> OrderBook:
        return OrderBook(
            self.product_id, self.bids.snapshot(), self.asks.snapshot(), sequence_num, timestamp, is_snapshot
        )
