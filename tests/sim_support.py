"""A simulator with something of everything in it, made through the client, and valid arguments
for every operation against it: shared by the operation tests (tests/test_sim_operations.py) and
the state tests (tests/test_sim_state.py)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

from prime_async import PrimeClient, Route
from prime_async.testing import PrimeSimulator, sample_value

NOW = datetime.now(UTC).replace(microsecond=0)
RAW_TXN = "0x02f86c0180843b9aca00850ba43b740082520894" + "ab" * 20 + "880de0b6b3a764000080c0"


@attrs.define
class World:
    """Ids of real things in a fresh simulator, made through the client."""

    sim: PrimeSimulator
    client: PrimeClient
    pid: str = ""
    other: str = ""  # the second portfolio
    usd: str = ""
    usdc: str = ""
    eth: str = ""
    usd_other: str = ""
    onchain: str = ""  # the portfolio's onchain (web3) ETH wallet
    open_order: Any = None
    filled_order: str = ""
    transaction: str = ""
    deposit: str = ""  # a DEPOSIT, with travel-rule data submitted
    activity: str = ""
    quote: str = ""
    stake: str = ""  # the transaction of a wallet-level ETH stake
    allocation: str = ""
    netting_id: str = ""
    address_group: str = ""
    advanced_transfer: str = ""  # settles in a month: still cancellable
    payment_method: str = ""
    to_allocate: str = ""  # a filled BUY, not allocated yet
    to_net: tuple[str, str] = ("", "")  # a filled BUY and SELL, not allocated yet


async def wallet_of(client: PrimeClient, pid: str, symbol: str, kind: str = "TRADING") -> str:
    (wallet,) = await client.wallets.list_wallets(portfolio_id=pid, type=kind, symbols=[symbol]).collect()
    assert wallet.id
    return wallet.id


async def market_order(w: World, side: str = "BUY", size: str = "0.01", product: str = "BTC-USD") -> str:
    created = await w.client.orders.create_order(
        portfolio_id=w.pid, product_id=product, side=side, type="MARKET", base_quantity=size
    )
    assert created.order_id
    return created.order_id


def leg(w: World, amount: str) -> dict[str, str]:
    return {"allocation_leg_id": str(uuid.uuid4()), "destination_portfolio_id": w.other, "amount": amount}


async def allocate(w: World, order_id: str, amount: str = "0.005") -> str:
    allocation_id = str(uuid.uuid4())
    await w.client.allocations.create_allocation(
        allocation_id=allocation_id, source_portfolio_id=w.pid, product_id="BTC-USD", order_ids=[order_id],
        allocation_legs=[leg(w, amount)], size_type="BASE",
    )  # fmt: skip
    return allocation_id


def blind_match(w: World, amount: str = "10", settles_in: timedelta | None = None) -> dict[str, Any]:
    """A blind-match transfer: USD out of the portfolio, USDC in; settles at once, or later."""
    counterparty = {"type": "COUNTERPARTY_ID", "value": "CB12345678"}
    metadata: dict[str, str] = {"reference_id": str(uuid.uuid4())}
    if settles_in is not None:
        metadata["settlement_date"] = (NOW + settles_in).strftime("%Y%m%d")
    return {
        "type": "ADVANCED_TRANSFER_TYPE_BLIND_MATCH",
        "fund_movements": [
            {"source": {"type": "WALLET", "value": w.usd}, "target": counterparty, "currency": "USD", "amount": amount},
            {
                "source": counterparty,
                "target": {"type": "WALLET", "value": w.usdc},
                "currency": "USDC",
                "amount": amount,
            },
        ],
        "blind_match_metadata": metadata,
    }


def address_group(name: str, group_id: str = "") -> dict[str, Any]:
    entry = {"name": f"{name} one", "address": "0x" + "12" * 20, "chain_ids": ["1", "8453"]}
    return {"id": group_id, "name": name, "network_type": "NETWORK_TYPE_EVM", "addresses": [entry]}


ORIGINATOR = {"name": "Alice Sender", "wallet_type": "TRAVEL_RULE_WALLET_TYPE_VASP", "vasp_name": "Other Exchange"}


async def build(sim: PrimeSimulator, client: PrimeClient) -> World:
    w = World(sim, client, pid=sim.portfolio_ids[0], other=sim.portfolio_ids[1])
    w.usd, w.usdc, w.eth = [await wallet_of(client, w.pid, s) for s in ("USD", "USDC", "ETH")]
    w.usd_other = await wallet_of(client, w.other, "USD")
    w.onchain = await wallet_of(client, w.pid, "ETH", "ONCHAIN")
    for i in range(11):  # resting orders, for open-order pages
        created = await client.orders.create_order(
            portfolio_id=w.pid, product_id="BTC-USD", side="BUY", type="LIMIT", base_quantity="0.01",
            limit_price=str(10000 + i), client_order_id=f"open-{i}",
        )  # fmt: skip
    w.open_order = (await client.orders.get_order(portfolio_id=w.pid, order_id=created.order_id)).order
    w.filled_order = await market_order(w, size="2.5")  # ~150,000 USD: fills in 15 pieces
    for _ in range(10):  # wallet transactions, for their pages
        t = await client.transactions.create_wallet_transfer(
            portfolio_id=w.pid, wallet_id=w.usd, amount="1", destination=w.usd_other, currency_symbol="USD"
        )
    w.transaction = t.transaction_id or ""
    staked = await client.staking.staking_initiate(portfolio_id=w.pid, wallet_id=w.eth, inputs={"amount": "2"})
    w.activity, w.stake = staked.activity_id or "", staked.transaction_id or ""
    quote = await client.orders.create_quote(
        portfolio_id=w.pid, product_id="ETH-USD", side="BUY", limit_price="4000", base_quantity="1",
        quote_duration_ms=30_000,
    )  # fmt: skip
    w.quote = quote.quote_id or ""
    w.to_allocate = await market_order(w)
    w.to_net = (await market_order(w, size="0.02"), await market_order(w, "SELL"))
    w.allocation = await allocate(w, await market_order(w))
    w.netting_id = str(uuid.uuid4())
    await client.allocations.create_net_allocation(
        netting_id=w.netting_id, source_portfolio_id=w.pid, product_id="BTC-USD",
        order_ids=[await market_order(w, size="0.03"), await market_order(w, "SELL")],
        allocation_legs=[leg(w, "0.004")], size_type="BASE",
    )  # fmt: skip
    deposits = client.transactions.list_portfolio_transactions(portfolio_id=w.pid, types=["DEPOSIT"], limit=1)
    (deposit,) = await deposits.collect(max_items=1)
    w.deposit = deposit.id or ""
    await client.travel_rule.submit_deposit_travel_rule_data(
        portfolio_id=w.pid, transaction_id=w.deposit, originator=ORIGINATOR
    )
    groups = await client.onchain_address_book.list_onchain_address_groups(portfolio_id=w.pid)
    w.address_group = groups.address_groups[0].id
    later = await client.advanced_transfers.create_advanced_transfer(
        portfolio_id=w.pid, advanced_transfer=blind_match(w, settles_in=timedelta(days=30))
    )
    assert later.advanced_transfer
    w.advanced_transfer = later.advanced_transfer.id
    methods = await client.payment_methods.list_entity_payment_methods(entity_id=sim.entity_id)
    w.payment_method = methods.payment_methods[0].id
    return w


@asynccontextmanager
async def served_world() -> AsyncIterator[World]:
    """build(), in a fresh simulator served over loopback HTTP."""
    sim = PrimeSimulator(portfolios=2, seed=21)
    async with (
        sim.serve() as server,
        PrimeClient(credentials=sim.credentials, base_url=server.url, rate_limit=None) as client,
    ):
        yield await build(sim, client)


def arguments(route: Route, w: World) -> dict[str, Any]:
    """Valid arguments: real ids for the path, the required query values, a sensible body."""
    ids = {
        "portfolio_id": w.pid, "entity_id": w.sim.entity_id, "wallet_id": w.usd, "order_id": w.open_order.id,
        "transaction_id": w.transaction, "activity_id": w.activity, "allocation_id": w.allocation,
        "netting_id": w.netting_id, "address_group_id": w.address_group, "advanced_transfer_id": w.advanced_transfer,
        "payment_method_id": w.payment_method,
    }  # fmt: skip
    query = {
        "product_id": "BTC-USD", "start_time": NOW - timedelta(hours=5), "end_time": NOW, "granularity": "ONE_HOUR",
        "base_currency": "BTC", "quote_currency": "USD", "symbol": "USD", "deposit_type": "CRYPTO",
        "type": "TRADING", "start_date": NOW - timedelta(days=60),
    }  # fmt: skip
    kwargs: dict[str, Any] = {}
    for p in route.params:
        if p.location == "path":
            kwargs[p.name] = ids[p.name]
        elif p.location == "query" and p.required:
            kwargs[p.name] = query[p.name]
        elif p.location == "body" and p.required and p.name != route.idempotency_field:
            kwargs[p.name] = sample_value(p.type, p.name)
    kwargs.update(BODIES.get(route.operation_id, lambda _: {})(w))
    if route.operation_id in WALLET_ETH:
        kwargs["wallet_id"] = w.eth
    if route.operation_id in WALLET_ONCHAIN:
        kwargs["wallet_id"] = w.onchain
    if route.operation_id in ("GetTransactionTravelRuleData", "SubmitDepositTravelRuleData"):
        kwargs["transaction_id"] = w.deposit
    return kwargs


WALLET_ETH = {
    "StakingInitiate", "StakingUnstake", "StakingClaimRewards", "CreateWalletDepositAddress", "GetStakingStatus",
    "GetUnstakingStatus", "PreviewUnstake",
}  # fmt: skip
WALLET_ONCHAIN = {"ListWeb3WalletBalances", "CreateOnchainTransaction"}
MARKET = {"product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "0.001"}
BODIES: dict[str, Callable[[World], dict[str, Any]]] = {
    "CreateOrder": lambda w: MARKET,
    "OrderPreview": lambda w: MARKET,
    "EditOrder": lambda w: {"orig_client_order_id": w.open_order.client_order_id, "client_order_id": "edited",
                            "limit_price": "9000", "base_quantity": "0.01"},
    "CreateQuoteRequest": lambda w: {"product_id": "ETH-USD", "side": "BUY", "limit_price": "4000",
                                     "base_quantity": "1", "quote_duration_ms": 5000},
    "AcceptQuote": lambda w: {"product_id": "ETH-USD", "side": "BUY", "quote_id": w.quote},
    "CreateWalletTransfer": lambda w: {"amount": "5", "destination": w.usd_other, "currency_symbol": "USD"},
    "CreateWalletWithdrawal": lambda w: {"amount": "5", "currency_symbol": "USD",
                                         "destination_type": "DESTINATION_PAYMENT_METHOD",
                                         "payment_method": {"payment_method_id": w.payment_method}},
    "CreateConversion": lambda w: {"amount": "5", "destination": w.usdc, "source_symbol": "USD",
                                   "destination_symbol": "USDC"},
    "StakingInitiate": lambda w: {"inputs": {"amount": "1"}},
    "StakingUnstake": lambda w: {"inputs": {"amount": "1"}},
    "PortfolioStakingInitiate": lambda w: {"currency_symbol": "ETH", "amount": "1"},
    "PortfolioStakingUnstake": lambda w: {"currency_symbol": "ETH", "amount": "1"},
    "CreateWallet": lambda w: {"name": "New vault", "symbol": "BTC", "wallet_type": "VAULT"},
    "CreateWalletDepositAddress": lambda w: {"network_id": "ethereum"},
    "GetPortfolioFills": lambda w: {"start_date": NOW - timedelta(days=60)},
    "CreateAllocation": lambda w: {"allocation_id": str(uuid.uuid4()), "source_portfolio_id": w.pid,
                                   "product_id": "BTC-USD", "order_ids": [w.to_allocate],
                                   "allocation_legs": [leg(w, "0.004")], "size_type": "BASE"},
    "CreateNetAllocation": lambda w: {"netting_id": str(uuid.uuid4()), "source_portfolio_id": w.pid,
                                      "product_id": "BTC-USD", "order_ids": list(w.to_net),
                                      "allocation_legs": [leg(w, "0.002")], "size_type": "BASE"},
    "RotateAPIKey": lambda w: {"duration_seconds": 3600},
    "UpdateFundingSettings": lambda w: {"designated_funding_portfolio_id": w.other,
                                        "automatic_conversion_enabled": True, "automatic_excess_return_enabled": False,
                                        "excess_funds_target_amount": "1000"},
    "SetAutoSweep": lambda w: {"auto_sweep": True},
    "SetFcmSettings": lambda w: {"target_derivatives_excess": "1234.5"},
    "ScheduleFuturesSweep": lambda w: {"currency": "USD", "amount": "100"},
    "CreatePortfolioAddressBookEntry": lambda w: {"address": "0x" + "ab" * 20, "currency_symbol": "ETH",
                                                  "name": "Desk"},
    "CreateAdvancedTransfer": lambda w: {"advanced_transfer": blind_match(w)},
    "CreateNewLocates": lambda w: {"symbol": "BTC", "amount": "1"},
    "UpdateOnchainAddressGroup": lambda w: {"address_group": address_group("Renamed", w.address_group)},
    "CreateOnchainAddressGroup": lambda w: {"address_group": address_group("Desks")},
    "SubmitDepositTravelRuleData": lambda w: {"originator": ORIGINATOR, "is_self": False},
    "CreateOnchainTransaction": lambda w: {"raw_unsigned_txn": RAW_TXN},
    "PreviewUnstake": lambda w: {"amount": "1"},
    "ListTransactionValidators": lambda w: {"transaction_ids": [w.stake]},
}  # fmt: skip


async def _schedule_sweep(w: World) -> None:
    await w.client.futures.schedule_futures_sweep(entity_id=w.sim.entity_id, currency="USD", amount="100")


# what an operation needs done first (besides what build() made)
SETUP: dict[str, Callable[[World], Awaitable[None]]] = {"CancelFuturesSweep": _schedule_sweep}


async def call(w: World, route: Route, **overrides: Any) -> Any:
    """The operation, after its setup, with valid arguments (and `overrides`)."""
    if route.operation_id in SETUP:
        await SETUP[route.operation_id](w)
    endpoint = getattr(getattr(w.client, route.resource), route.name)
    return await endpoint(**{**arguments(route, w), **overrides})


def uuid_violations(data: Any, path: str = "$") -> list[str]:
    """Ids in an answer that are not UUIDs, where Prime's are."""
    out = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("network", "network_info", "products") or key in NOT_UUIDS:  # products: "BTC-USD"
                continue
            if (key == "id" or key.endswith("_id")) and isinstance(value, str) and value:
                try:
                    uuid.UUID(value)
                except ValueError:
                    out.append(f"{path}.{key}={value!r}")
            out += uuid_violations(value, f"{path}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += uuid_violations(value, f"{path}[{i}]")
    return out


# ids that are not UUIDs at Prime either: the client's own, product and network names, and Prime's
# own formats (counterparty "CB12345678", clearing account "CFS1234567")
NOT_UUIDS = {
    "client_order_id", "product_id", "counterparty_id", "clearing_account_id", "chain_id", "token_id", "vasp_id",
    "account_id", "reference_id", "replaced_transaction_id", "client_quote_id", "network_id",
}  # fmt: skip
