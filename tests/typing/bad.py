"""Misuse that `mypy --strict` must reject: each line marked `# E:` is an expected error."""

from __future__ import annotations

from prime_async import PrimeClient, fan_out
from prime_async.models import TravelRuleParty
from prime_async.sync import SyncPrimeClient


async def misuse(client: PrimeClient) -> None:
    await client.orders.create_order(portfolio_id="p", product_id="BTC-USD", side="BUY", tpye="LIMIT")  # E: call-arg
    await client.orders.get_order(portfolio_id="p")  # E: call-arg
    await client.portfolios.get_portfolio(portfolio_id=123)  # E: arg-type
    response = await client.portfolios.list_portfolios()
    print(response.portfolioz)  # E: attr-defined
    await client.orderz.list_portfolio_orders(portfolio_id="p")  # E: attr-defined


def blocking_misuse(client: SyncPrimeClient) -> None:
    client.orders.get_order(portfolio_id="p", order_idd="o")  # E: call-arg


async def unchecked_outcome(client: PrimeClient) -> None:
    outcomes = await fan_out(lambda pid: client.portfolios.get_portfolio(portfolio_id=pid), ["p"])
    print(outcomes[0].value.portfolio)  # E: union-attr


async def deprecated_name(client: PrimeClient) -> None:
    await client.financing.set_funding_settings(  # E: deprecated
        entity_id="e",
        designated_funding_portfolio_id="p",
        automatic_conversion_enabled=True,
        automatic_excess_return_enabled=True,
        excess_funds_target_amount="1",
    )


async def raw_misuse(client: PrimeClient) -> None:
    raw = await client.with_raw_response.portfolios.get_portfolio(portfolio_id="p")
    print(raw.portfolio)  # E: attr-defined
    await client.portfolios.get_portfolio(portfolio_id="p", timeout="5")  # E: arg-type


async def enum_typos(client: PrimeClient, chosen: str) -> None:
    await client.orders.create_order(portfolio_id="p", product_id="BTC-USD", side="BUYY", type="MARKET")  # E: arg-type
    await client.orders.create_order(portfolio_id="p", product_id="BTC-USD", side="BUY", type="MARKT")  # E: arg-type
    await client.orders.create_order(portfolio_id="p", product_id="BTC-USD", side=chosen, type="LIMIT")  # E: arg-type
    TravelRuleParty(wallet_type="VASP")  # E: arg-type
    order = (await client.orders.get_order(portfolio_id="p", order_id="o")).order
    order = None  # E: assignment
    print(order)
