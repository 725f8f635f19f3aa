"""A typical trading bot, written as a user would: it must pass `mypy --strict` with no `assert x is
not None` and no `or []`, and it runs against the simulator (tests/test_typing.py).

List the portfolios, take the first, place an order, read its id, page through the fills since
a date and sum what was bought and sold.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

from prime_async import PrimeClient
from prime_async.models import OrderSide, OrderType


async def run(client: PrimeClient, since: datetime) -> tuple[str, Decimal, Decimal]:
    """(the new order's id, base quantity bought, base quantity sold) over the fills since `since`."""
    portfolios = await client.portfolios.list_portfolios()
    portfolio_id = portfolios.portfolios[0].id

    order = await client.orders.create_order(
        portfolio_id=portfolio_id,
        product_id="BTC-USD",
        side=OrderSide.BUY,
        type=OrderType.MARKET,
        base_quantity=Decimal("0.01"),
    )
    order_id: str = order.order_id
    print("placed", order_id, "as", order.client_order_id)

    bought = sold = Decimal(0)
    async for fill in client.orders.list_portfolio_fills(portfolio_id=portfolio_id, start_date=since):
        quantity = fill.filled_quantity or Decimal(0)  # an amount is None when Prime leaves it unset
        if fill.side is OrderSide.BUY:
            bought += quantity
        elif fill.side is OrderSide.SELL:
            sold += quantity
    return order_id, bought, sold


async def main() -> None:
    async with PrimeClient.from_env() as client:
        order_id, bought, sold = await run(client, datetime(2024, 1, 1, tzinfo=UTC))
        print(f"order {order_id}; bought {bought}, sold {sold}")


if __name__ == "__main__":
    asyncio.run(main())
