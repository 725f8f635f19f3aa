"""Allocations in the simulated world: the records, who sees them, and the orders already
allocated. Rules and views: `_handlers_allocations.py`."""

from __future__ import annotations

from collections import defaultdict

import attrs

from .. import models as m

__all__ = ["Allocations"]


@attrs.define
class Allocations:
    """Allocations by root id, with the indexes their list operations read (by portfolio, by netting
    id) and the orders already allocated (an order is allocated once)."""

    records: dict[str, m.Allocation] = attrs.Factory(dict)  # root id -> allocation
    of_portfolio: dict[str, list[str]] = attrs.Factory(lambda: defaultdict(list))  # source and destinations
    by_netting_id: dict[str, list[str]] = attrs.Factory(lambda: defaultdict(list))
    allocated_orders: dict[str, str] = attrs.Factory(dict)  # order id -> root id

    def add(self, allocation: m.Allocation) -> None:
        root_id = allocation.root_id
        self.records[root_id] = allocation
        portfolios = [allocation.source, *(d.portfolio_id for d in allocation.destinations)]
        for pid in dict.fromkeys(portfolios):  # once each, in order
            self.of_portfolio[pid].append(root_id)
        if allocation.netting_id:
            self.by_netting_id[allocation.netting_id].append(root_id)
        for order_id in allocation.order_ids:
            self.allocated_orders[order_id] = root_id

    def visible(self, portfolio_id: str, root_id: str) -> m.Allocation | None:
        """The allocation, if the portfolio is its source or one of its destinations."""
        return self.records[root_id] if root_id in self.of_portfolio.get(portfolio_id, ()) else None
