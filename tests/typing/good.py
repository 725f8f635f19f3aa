"""Correct use of the client: must pass `mypy --strict`."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from prime_async import PrimeClient, fan_out
from prime_async.models import (
    CreateOrderResponse,
    GetPortfolioBalancesResponse,
    Order,
    OrderSide,
    OrderSideLiteral,
    OrderStatus,
    OrderType,
    TravelRuleParty,
)
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


async def raw_and_per_call(client: PrimeClient, portfolio_id: str) -> int:
    raw = await client.with_raw_response.portfolios.get_portfolio(portfolio_id=portfolio_id, timeout=5)
    status: int = raw.status_code
    request_id: str | None = raw.request_id
    portfolio = raw.parse().portfolio
    name: str = portfolio.name if portfolio is not None else ""
    first = await client.with_raw_response.orders.list_portfolio_orders(portfolio_id=portfolio_id, limit=10)
    orders: list[Order] = first.parse().orders
    await client.orders.list_portfolio_orders(
        portfolio_id=portfolio_id, extra_headers={"X-Trace": "1"}, extra_query={"debug": "true"}
    ).collect()
    print(request_id, name, orders)
    return status


def blocking_raw(client: SyncPrimeClient, portfolio_id: str) -> int:
    raw = client.with_raw_response.portfolios.get_portfolio(portfolio_id=portfolio_id)
    portfolio = raw.parse().portfolio
    return raw.status_code + len(portfolio.id if portfolio is not None else "")


async def answers_and_literals(client: PrimeClient, portfolio_id: str) -> OrderStatus:
    # the one message a get answers with is never None: no assert before reading it
    status = (await client.orders.get_order(portfolio_id=portfolio_id, order_id="o")).order.status
    name: str = (await client.portfolios.get_portfolio(portfolio_id=portfolio_id)).portfolio.name
    print(name)
    # an enum argument takes the enum, a value the spec lists, or (a value Prime added since) the open enum
    side: OrderSideLiteral = "SELL"
    for given in (OrderSide.BUY, side, OrderSide("NEW_SIDE")):
        await client.orders.create_order(portfolio_id=portfolio_id, product_id="BTC-USD", side=given, type="MARKET")
    await client.orders.create_order(portfolio_id=portfolio_id, product_id="BTC-USD", side="BUY", type="MARKET")
    party = TravelRuleParty(wallet_type="TRAVEL_RULE_WALLET_TYPE_VASP")  # nested models' enums too
    print(party.wallet_type.value)  # the attribute is the enum
    return status


def blocking_answer(client: SyncPrimeClient, portfolio_id: str) -> OrderStatus:
    return client.orders.get_order(portfolio_id=portfolio_id, order_id="o").order.status
