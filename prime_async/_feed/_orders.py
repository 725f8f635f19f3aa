"""The open orders of one portfolio as the `orders` channel reports them, and the REST look-up
that settles orders which closed while the feed was away.

A snapshot replaces the state whole. After a reconnect, an order that was open before and is
missing from the new snapshot filled, expired or was cancelled in between; the channel will not
say which, so (with `reconcile_orders`) the feed asks REST for its final state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._messages import ZERO, OrdersEvent, OrderUpdate

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

    def apply(self, event: OrdersEvent) -> tuple[tuple[OrderUpdate, ...], list[str]]:
        """One parsed `orders` event: (the updates to hand out, ids of orders a resync snapshot dropped)."""
        snapshot = event.type == "snapshot"
        if not snapshot and not self.ready:
            return (), []
        orders = event.orders
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


async def fetch_final_state(client: PrimeClient, portfolio_id: str, order_id: str) -> OrderUpdate:
    """The order as REST has it now, in the feed's shape (origin "rest")."""
    order = (await client.orders.get_order(portfolio_id=portfolio_id, order_id=order_id)).order
    if order is None:
        return OrderUpdate(order_id=order_id, portfolio_id=portfolio_id, origin="rest")
    # REST's converter made these Decimals already (None where absent)
    base, filled = order.base_quantity or ZERO, order.filled_quantity or ZERO
    return OrderUpdate(
        order_id=order.id or order_id,
        client_order_id=order.client_order_id,
        product_id=order.product_id,
        side=order.side,
        order_type=order.type,
        status=order.status,
        cum_qty=filled,
        leaves_qty=max(base - filled, ZERO) if base else ZERO,
        avg_px=order.average_filled_price or ZERO,
        net_avg_px=order.net_average_filled_price or ZERO,
        fees=order.commission or ZERO,
        limit_px=order.limit_price or None,  # 0 is proto3 for "none"
        portfolio_id=portfolio_id,
        origin="rest",
    )
