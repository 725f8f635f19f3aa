"""What the simulated feed says: l2 books that move with the world's price, and the wire shapes
of orders, products and timestamps as Prime's WebSocket feed sends them.

Imports nothing heavy until used (the models only for type checking, the feed's messages in
product_wire), so that `prime-async` can read DEFAULT_DEPTH for its help without loading the
simulator."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from .._formats import format_decimal

if TYPE_CHECKING:
    from .. import models as m

__all__ = ["DEFAULT_DEPTH", "MarketBook", "feed_time", "l2_event", "order_wire", "product_wire"]

DEFAULT_DEPTH = 50  # price levels a side: about 0.5% of the price each way at 1 bp apart

Change = tuple[str, Decimal, Decimal]  # (side "bid"/"offer", price, new size; 0 removes the level)


def feed_time(seconds: float) -> str:
    """RFC 3339 in UTC with nanoseconds, as Prime's feed writes its timestamps."""
    whole = int(seconds)
    nanos = round((seconds - whole) * 1e9)
    if nanos >= 1_000_000_000:
        whole, nanos = whole + 1, nanos - 1_000_000_000
    return f"{datetime.fromtimestamp(whole, UTC):%Y-%m-%dT%H:%M:%S}.{nanos:09d}Z"


class MarketBook:
    """One product's aggregated book: `depth` levels a side on a grid about 1 bp of the first price
    apart, around the world's price. Each step follows that price (levels that leave the window go, new
    ones come) and changes the size of about a tenth of the levels of each side (at least 2),
    drawn from the whole depth: every level moves, not just the top. Sizes grow away from the
    top, as real books thicken away from the touch."""

    def __init__(self, product_id: str, increment: Decimal, rng: random.Random, depth: int = DEFAULT_DEPTH) -> None:
        if depth < 1:
            raise ValueError("a book needs at least one level a side")
        self.product_id = product_id
        self.increment = increment
        self.rng = rng
        self.depth = depth
        self.churn = max(2, depth // 10)  # sizes changed per side per step
        self.spacing: Decimal | None = None  # between levels: set by the first price, then fixed (a tick grid)
        self.bids: dict[Decimal, Decimal] = {}
        self.asks: dict[Decimal, Decimal] = {}

    def _size(self, level: int) -> Decimal:
        """A size for the level `level` places from the top: 0.01 to 5, times 1 + level/10."""
        return Decimal(self.rng.randint(1, 500) * (10 + level)) / 1000

    def _targets(self, mid: Decimal) -> tuple[list[Decimal], list[Decimal]]:
        if self.spacing is None:
            self.spacing = max(self.increment, (mid / 10_000).quantize(self.increment, rounding=ROUND_FLOOR))
        spacing = self.spacing
        # the world's price sits strictly inside the spread
        top_bid = (mid / spacing).to_integral_value(ROUND_CEILING) * spacing - spacing
        top_ask = (mid / spacing).to_integral_value(ROUND_FLOOR) * spacing + spacing
        bids = [top_bid - k * spacing for k in range(self.depth) if top_bid - k * spacing > 0]
        return bids, [top_ask + k * spacing for k in range(self.depth)]

    def step(self, mid: Decimal) -> list[Change]:
        """Move to `mid`: levels that fell out of the window go (size 0), new ones come, and
        `churn` sizes a side change, anywhere in the depth. Each price at most once."""
        changes: list[Change] = []
        bid_prices, ask_prices = self._targets(mid)
        for side, levels, targets in (("bid", self.bids, bid_prices), ("offer", self.asks, ask_prices)):
            keep = set(targets)
            for price in [p for p in levels if p not in keep]:
                del levels[price]
                changes.append((side, price, Decimal(0)))
            new = set()
            for level, price in enumerate(targets):
                if price not in levels:
                    levels[price] = self._size(level)
                    changes.append((side, price, levels[price]))
                    new.add(price)
            for level in self.rng.sample(range(len(targets)), min(self.churn, len(targets))):
                price = targets[level]
                if price not in new:
                    levels[price] = self._size(level)
                    changes.append((side, price, levels[price]))
        return changes

    def snapshot(self) -> list[Change]:
        """Every level, best first on each side."""
        bids = [("bid", p, self.bids[p]) for p in sorted(self.bids, reverse=True)]
        return bids + [("offer", p, self.asks[p]) for p in sorted(self.asks)]

    def replace(self, bids: Iterable[tuple[Decimal, Decimal]], asks: Iterable[tuple[Decimal, Decimal]]) -> None:
        self.bids = {Decimal(p): Decimal(s) for p, s in bids}
        self.asks = {Decimal(p): Decimal(s) for p, s in asks}

    def levels(self) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
        """(bids, asks) as the client's OrderBook shows them: (price, size), best first."""
        return (
            [(p, self.bids[p]) for p in sorted(self.bids, reverse=True)],
            [(p, self.asks[p]) for p in sorted(self.asks)],
        )


def l2_event(kind: str, product_id: str, changes: Iterable[Change], at: str) -> dict[str, Any]:
    return {
        "type": kind,
        "product_id": product_id,
        "updates": [
            {"side": side, "event_time": at, "px": format_decimal(px), "qty": format_decimal(qty)}
            for side, px, qty in changes
        ],
    }


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value.value if isinstance(value, Enum) else value)


def _amount(value: Decimal | None) -> str:
    return format_decimal(value) if value is not None else ""


def order_wire(order: m.Order) -> dict[str, Any]:
    """An order as the `orders` channel shows it; empty fields left out, as proto3 JSON does."""
    filled = order.filled_quantity or Decimal(0)
    size = order.base_quantity
    if size is None and order.quote_value and order.limit_price:
        size = order.quote_value / order.limit_price
    leaves = max((size or filled) - filled, Decimal(0)) if _text(order.status) == "OPEN" else Decimal(0)
    commission = order.commission or Decimal(0)
    fields = {
        "order_id": _text(order.id),
        "client_order_id": _text(order.client_order_id),
        "cum_qty": format_decimal(filled),
        "leaves_qty": format_decimal(leaves),
        "avg_px": _amount(order.average_filled_price or Decimal(0)),
        "net_avg_px": _amount(order.net_average_filled_price or order.average_filled_price or Decimal(0)),
        "status": _text(order.status),
        "product_id": _text(order.product_id),
        "user_context": _text(order.user_context),
        "limit_px": _amount(order.limit_price or None),  # none on a market order
        "order_type": _text(order.type),
        "side": _text(order.side),
        "fees": format_decimal(commission),
    }
    wire: dict[str, Any] = {k: v for k, v in fields.items() if v != ""}
    wire["fee_details"] = {"client_fee": format_decimal(commission), "venue_fee": "0"}
    return wire


def product_wire(product: m.Product) -> dict[str, Any]:
    from .._feed._messages import PRODUCT_AMOUNTS  # here: the feed's modules are not needed before

    fields = {
        "product_id": _text(product.id),
        **{name: _amount(getattr(product, name)) for name in PRODUCT_AMOUNTS},
        "permissions": [_text(p) for p in product.permissions or ()],
    }
    return {k: v for k, v in fields.items() if v not in ("", [])}
