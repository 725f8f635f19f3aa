"""Correct use of the client: must pass `mypy --strict`."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from prime_async import PrimeClient, fan_out
from prime_async.models import CreateOrderResponse, GetPortfolioBalancesResponse, Order, OrderSide, OrderType
from prime_async.sync import SyncPrimeClient


async def place(client: PrimeClient, portfolio_id: str) -> str:
    response = await client.orders.create_order(
        portfolio_id=portfolio_id,
        product_id="BTC-USD",
        side=OrderSide.BUY,
        type=OrderType.LIMIT,
        base_quantity=Decimal("0.01"),
        limit_price="50000",
        expiry_time=datetime(2030, 1, 1, tzinfo=UTC),
    )
    checked: CreateOrderResponse = response
    return checked.order_id


async def open_orders(client: PrimeClient, portfolio_id: str) -> list[Order]:
    page = await client.orders.list_portfolio_orders(portfolio_id=portfolio_id, order_statuses=["OPEN"])
    first: list[Order] = page.orders
    everything = [order async for order in client.orders.list_portfolio_orders(portfolio_id=portfolio_id)]
    return first + everything


def blocking(client: SyncPrimeClient, portfolio_id: str) -> list[Order]:
    page = client.orders.list_portfolio_orders(portfolio_id=portfolio_id).first_page()
    rest: list[Order] = list(client.orders.list_portfolio_orders(portfolio_id=portfolio_id))
    created: CreateOrderResponse = client.orders.create_order(
        portfolio_id=portfolio_id, product_id="BTC-USD", side="BUY", type="MARKET", base_quantity=Decimal("1")
    )
    order_id: str = created.order_id
    print(order_id)
    return page.orders + rest


async def balances_of_every_portfolio(client: PrimeClient) -> dict[str, int]:
    ids = [p.id for p in (await client.portfolios.list_portfolios()).portfolios]
    outcomes = await fan_out(lambda pid: client.balances.list_portfolio_balances(portfolio_id=pid), ids)
    counts: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.ok:  # narrows: outcome.value is the response, not `... | None`
            page: GetPortfolioBalancesResponse = outcome.value
            counts[outcome.input] = len(page.balances)
        else:
            error: Exception = outcome.error
            print(error)
    return counts
