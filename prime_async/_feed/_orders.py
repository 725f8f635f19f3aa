"""The open orders of one portfolio as the `orders` channel reports them, and the REST look-up
that settles orders which closed while the feed was away.

A snapshot replaces the state whole. After a reconnect, an order that was open before and is
missing from the new snapshot filled, expired or was cancelled in between; the channel will not
say which, so (with `reconcile_orders`) the feed asks REST for its final state.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from .._generated.enums import OrderSide, OrderStatus, OrderType
from ._messages import OrderUpdate, decimal, parse_order, parse_time

if TYPE_CHECKING:
    from .._client import PrimeClient

__all__ = ["OrdersState", "fetch_final_state"]


class OrdersState:
    """Open orders by id. `vanished` lists the ids a resync's snapshot dropped."""

    __slots__ = ("open", "portfolio_id", "ready", "resyncing")

    def __init__(self, portfolio_id: str) -> None:
        self.portfolio_id = portfolio_id
        self.open: dict[str, OrderUpdate] = {}
        self.ready = False
        self.resyncing = False

    def reset(self) -> None:
        """The connection was lost: keep the last known open orders until the next snapshot
        shows which of them are gone."""
        self.resyncing = self.ready or self.resyncing
        self.ready = False

    def apply(self, event: Mapping[str, Any], timestamp: str | None) -> tuple[list[OrderUpdate], list[str]]:
        """One `orders` event: (the updates to hand out, ids of orders a resync snapshot dropped)."""
        at = parse_time(timestamp)
        snapshot = event.get("type") == "snapshot"
        if not snapshot and not self.ready:
            return [], []
        orders = [
            parse_order(o, portfolio_id=self.portfolio_id, updated_at=at, snapshot=snapshot)
            for o in event.get("orders") or ()
        ]
        vanished: list[str] = []
        if snapshot:
            previous = self.open
            self.open = {o.order_id: o for o in orders if not o.done}
            if self.resyncing:
                vanished = [order_id for order_id in previous if order_id not in self.open]
            self.ready, self.resyncing = True, False
            return orders, vanished
        for order in orders:
            if order.done:
                self.open.pop(order.order_id, None)
            else:
                self.open[order.order_id] = order
        return orders, vanished


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value.value if isinstance(value, Enum) else value)


def _amount(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else decimal(_text(value) or None)


async def fetch_final_state(client: PrimeClient, portfolio_id: str, order_id: str) -> OrderUpdate:
    """The order as REST has it now, in the feed's shape (origin "rest")."""
    order = (await client.orders.get_order(portfolio_id=portfolio_id, order_id=order_id)).order
    base = _amount(getattr(order, "base_quantity", None))
    filled = _amount(getattr(order, "filled_quantity", None))
    limit = getattr(order, "limit_price", None)
    return OrderUpdate(
        order_id=_text(getattr(order, "id", None)) or order_id,
        client_order_id=_text(getattr(order, "client_order_id", None)),
        product_id=_text(getattr(order, "product_id", None)),
        side=OrderSide(_text(getattr(order, "side", None))),
        order_type=OrderType(_text(getattr(order, "type", None))),
        status=OrderStatus(_text(getattr(order, "status", None))),
        cum_qty=filled,
        leaves_qty=max(base - filled, Decimal(0)) if base else Decimal(0),
        avg_px=_amount(getattr(order, "average_filled_price", None)),
        net_avg_px=_amount(getattr(order, "net_average_filled_price", None)),
        fees=_amount(getattr(order, "commission", None)),
        limit_px=(_amount(limit) or None) if limit not in (None, "") else None,  # 0 is proto3 for "none"
        portfolio_id=portfolio_id,
        origin="rest",
    )
