"""Coinbase's own synchronous SDK (`prime-sdk-py`) works against the simulator over real HTTP.

This proves the simulator speaks Prime's wire format, not just prime_async's: the SDK signs
requests its own way (`timestamp + METHOD + "/v1" + path + json.dumps(body)`), builds its own
query strings, and parses replies into its own dataclasses. Each test drives one common flow
(portfolios, balances, wallets, the life of a LIMIT and a MARKET order, fills, transactions,
allocations, onchain address groups, locates, futures sweeps, FCM settings) and checks ids,
statuses and string amounts, each write read back; a wrong signing key must give the SDK's
PrimeAPIError 401.

The SDK hard-codes https://api.prime.coinbase.com/v1, so its `requests.Session` rewrites that
origin to the simulator's; no global state is touched. Skipped where prime-sdk-py is absent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

pytest.importorskip("prime_sdk")

import requests
from prime_sdk import Credentials, PrimeAPIError, PrimeServicesClient
from prime_sdk.enums import WalletType
from prime_sdk.model import AddressEntry, AddressGroup
from prime_sdk.services.allocations import (
    AllocationLeg,
    CreatePortfolioAllocationsRequest,
    CreatePortfolioNetAllocationsRequest,
    GetAllocationByIdRequest,
    GetNetAllocationsByNettingIdRequest,
    ListPortfolioAllocationsRequest,
)
from prime_sdk.services.balances import ListPortfolioBalancesRequest
from prime_sdk.services.financing import (
    CreateNewLocateRequest,
    GetEntityLocateAvailabilitiesRequest,
    ListExistingLocatesRequest,
)
from prime_sdk.services.futures import (
    CancelEntityFuturesSweepRequest,
    GetFcmSettingsRequest,
    ListEntityFuturesSweepsRequest,
    ScheduleEntityFuturesSweepRequest,
    SetFcmSettingsRequest,
)
from prime_sdk.services.onchain_address_book import (
    CreateOnchainAddressBookEntryRequest,
    DeleteOnchainAddressGroupRequest,
    ListOnchainAddressGroupsRequest,
    UpdateOnchainAddressBookRequest,
)
from prime_sdk.services.orders import (
    CancelOrderRequest,
    CreateOrderRequest,
    GetOrderRequest,
    ListOpenOrdersRequest,
    ListOrderFillsRequest,
    ListOrdersRequest,
    ListPortfolioFillsRequest,
)
from prime_sdk.services.portfolios import GetPortfolioRequest, ListPortfoliosRequest
from prime_sdk.services.transactions import GetTransactionRequest, ListPortfolioTransactionsRequest
from prime_sdk.services.wallets import GetWalletRequest, ListWalletsRequest

from prime_async.testing import PrimeSimulator

PRIME_ORIGIN = "https://api.prime.coinbase.com"


class _ToSimulator(requests.Session):
    """Sends what the SDK addresses to Prime to the simulator instead; the signed path is unchanged."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        assert url.startswith(PRIME_ORIGIN), url
        kwargs.setdefault("timeout", 10)
        return super().request(method, self.base_url + url[len(PRIME_ORIGIN) :], *args, **kwargs)


def _sdk_client(sim: PrimeSimulator, url: str, signing_key: str | None = None) -> PrimeServicesClient:
    c = sim.credentials
    credentials = Credentials(
        access_key=c.access_key,
        passphrase=c.passphrase,
        signing_key=signing_key or c.signing_key,
        portfolio_id=c.portfolio_id,
        entity_id=c.entity_id,
    )
    return PrimeServicesClient(credentials, http_client=_ToSimulator(url))


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[PrimeSimulator, str]]:
    sim = PrimeSimulator(portfolios=3, seed=1)
    with sim.serve_in_thread() as server:
        yield sim, server.url


@pytest.fixture(scope="module")
def sdk(served: tuple[PrimeSimulator, str]) -> PrimeServicesClient:
    return _sdk_client(*served)


@pytest.fixture(scope="module")
def pid(served: tuple[PrimeSimulator, str]) -> str:
    return served[0].portfolio_ids[0]


def _limit_buy(sdk: PrimeServicesClient, pid: str) -> str:
    """A LIMIT BUY far below the market, so it rests OPEN."""
    created = sdk.orders.create_order(
        CreateOrderRequest(
            portfolio_id=pid, product_id="BTC-USD", side="BUY", type="LIMIT", base_quantity="0.001",
            limit_price="10000", time_in_force="GOOD_UNTIL_CANCELLED", client_order_id=str(uuid.uuid4()),
        )
    )  # fmt: skip
    return created.order_id


@pytest.fixture(scope="module")
def open_order_id(sdk: PrimeServicesClient, pid: str) -> str:
    return _limit_buy(sdk, pid)


def test_list_and_get_portfolio(sdk: PrimeServicesClient, served: tuple[PrimeSimulator, str]) -> None:
    sim = served[0]
    listed = {p.id: p for p in sdk.portfolios.list_portfolios(ListPortfoliosRequest()).portfolios}
    assert sorted(listed) == sorted(sim.portfolio_ids)
    assert {p.entity_id for p in listed.values()} == {sim.credentials.entity_id}
    wanted = sim.portfolio_ids[1]
    got = sdk.portfolios.get_portfolio(GetPortfolioRequest(portfolio_id=wanted)).portfolio
    assert (got.id, got.name, got.entity_id) == (wanted, listed[wanted].name, listed[wanted].entity_id)


def test_list_portfolio_balances(sdk: PrimeServicesClient, pid: str) -> None:
    balances = sdk.balances.list_portfolio_balances(ListPortfolioBalancesRequest(portfolio_id=pid)).balances
    assert balances
    by_symbol = {b.symbol.upper(): b for b in balances}
    assert "USD" in by_symbol and "BTC" in by_symbol
    for b in balances:
        assert isinstance(b.amount, str) and Decimal(b.amount) >= 0


def test_list_and_get_trading_wallet(sdk: PrimeServicesClient, pid: str) -> None:
    wallets = sdk.wallets.list_wallets(ListWalletsRequest(portfolio_id=pid, type=WalletType.TRADING)).wallets
    assert wallets and {w.type for w in wallets} == {"TRADING"}
    got = sdk.wallets.get_wallet(GetWalletRequest(portfolio_id=pid, wallet_id=wallets[0].id)).wallet
    assert (got.id, got.symbol, got.type) == (wallets[0].id, wallets[0].symbol, "TRADING")


def test_limit_order_rests_open(sdk: PrimeServicesClient, pid: str, open_order_id: str) -> None:
    order = sdk.orders.get_order(GetOrderRequest(portfolio_id=pid, order_id=open_order_id)).order
    assert (order.id, order.portfolio_id, order.product_id) == (open_order_id, pid, "BTC-USD")
    assert (order.side, order.type, order.status) == ("BUY", "LIMIT", "OPEN")
    assert isinstance(order.base_quantity, str) and Decimal(order.base_quantity) == Decimal("0.001")
    assert isinstance(order.limit_price, str) and Decimal(order.limit_price) == Decimal("10000")


def test_list_orders_and_open_orders(sdk: PrimeServicesClient, pid: str, open_order_id: str) -> None:
    orders = sdk.orders.list_orders(ListOrdersRequest(portfolio_id=pid)).orders
    assert open_order_id in {o.id for o in orders}
    open_orders = sdk.orders.list_open_orders(ListOpenOrdersRequest(portfolio_id=pid, product_ids=["BTC-USD"])).orders
    assert open_order_id in {o.id for o in open_orders}
    assert {o.status for o in open_orders} == {"OPEN"}


def test_cancel_order(sdk: PrimeServicesClient, pid: str) -> None:
    order_id = _limit_buy(sdk, pid)
    cancelled = sdk.orders.cancel_order(CancelOrderRequest(portfolio_id=pid, order_id=order_id))
    assert cancelled.id == order_id
    order = sdk.orders.get_order(GetOrderRequest(portfolio_id=pid, order_id=order_id)).order
    assert order.status == "CANCELLED"
    open_orders = sdk.orders.list_open_orders(ListOpenOrdersRequest(portfolio_id=pid, product_ids=["BTC-USD"])).orders
    assert order_id not in {o.id for o in open_orders}


def test_market_order_fills(sdk: PrimeServicesClient, pid: str) -> None:
    created = sdk.orders.create_order(
        CreateOrderRequest(
            portfolio_id=pid, product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="0.001",
            client_order_id=str(uuid.uuid4()),
        )
    )  # fmt: skip
    order = sdk.orders.get_order(GetOrderRequest(portfolio_id=pid, order_id=created.order_id)).order
    assert (order.type, order.status) == ("MARKET", "FILLED")
    assert Decimal(order.filled_quantity) == Decimal("0.001")
    fills = sdk.orders.list_order_fills(ListOrderFillsRequest(portfolio_id=pid, order_id=order.id)).fills
    assert fills and {f.order_id for f in fills} == {order.id}
    assert all(isinstance(f.filled_quantity, str) and isinstance(f.price, str) for f in fills)
    assert sum(Decimal(f.filled_quantity) for f in fills) == Decimal("0.001")
    portfolio_fills = sdk.orders.list_portfolio_fills(
        ListPortfolioFillsRequest(portfolio_id=pid, start_date="2020-01-01T00:00:00Z")
    ).fills
    assert portfolio_fills
    assert {f.id for f in fills} <= {f.id for f in portfolio_fills}


def test_list_and_get_transaction(sdk: PrimeServicesClient, pid: str) -> None:
    transactions = sdk.transactions.list_portfolio_transactions(
        ListPortfolioTransactionsRequest(portfolio_id=pid)
    ).transactions
    assert transactions
    first = transactions[0]
    got = sdk.transactions.get_transaction(GetTransactionRequest(portfolio_id=pid, transaction_id=first.id))
    assert (got.transaction.id, got.transaction.portfolio_id) == (first.id, pid)
    assert (got.transaction.type, got.transaction.status) == (first.type, first.status)
    assert isinstance(got.transaction.amount, str) and got.transaction.amount == first.amount


def test_wrong_signing_key_is_401(served: tuple[PrimeSimulator, str], pid: str) -> None:
    sim = served[0]
    failures = sim.stats["auth_failures"]
    bad = _sdk_client(*served, signing_key="not-the-signing-key")
    with pytest.raises(PrimeAPIError) as caught:
        bad.portfolios.get_portfolio(GetPortfolioRequest(portfolio_id=pid))
    assert caught.value.status_code == 401
    assert caught.value.message  # Prime's {"message": ...} body, surfaced by the SDK
    assert sim.stats["auth_failures"] == failures + 1


def _market(sdk: PrimeServicesClient, pid: str, side: str, size: str) -> str:
    created = sdk.orders.create_order(
        CreateOrderRequest(
            portfolio_id=pid, product_id="BTC-USD", side=side, type="MARKET", base_quantity=size,
            client_order_id=str(uuid.uuid4()),
        )
    )  # fmt: skip
    return str(created.order_id)


def test_allocation_is_read_back_by_both_portfolios(
    sdk: PrimeServicesClient, served: tuple[PrimeSimulator, str]
) -> None:
    sim = served[0]
    source, destination = sim.portfolio_ids[0], sim.portfolio_ids[1]
    order_id = _market(sdk, source, "BUY", "0.01")
    allocation_id = str(uuid.uuid4())
    leg = AllocationLeg(allocation_leg_id=str(uuid.uuid4()), destination_portfolio_id=destination, amount="0.004")
    created = sdk.allocations.create_portfolio_allocations(
        CreatePortfolioAllocationsRequest(
            allocation_id=allocation_id, source_portfolio_id=source, product_id="BTC-USD", order_ids=[order_id],
            allocation_legs=[leg], size_type="BASE",
        )
    )  # fmt: skip
    assert (created.body.success, created.body.allocation_id) == (True, allocation_id)
    for pid in (source, destination):
        got = sdk.allocations.get_allocation_by_id(
            GetAllocationByIdRequest(portfolio_id=pid, allocation_id=allocation_id)
        )
        assert (got.allocation.root_id, got.allocation.source, got.allocation.order_ids) == (
            allocation_id,
            source,
            [order_id],
        )
        assert Decimal(got.allocation.base_quantity) == Decimal("0.004")
        listed = sdk.allocations.list_portfolio_allocations(
            ListPortfolioAllocationsRequest(portfolio_id=pid, start_date=datetime.now(UTC) - timedelta(days=1))
        )
        assert allocation_id in {a.root_id for a in listed.allocations}


def test_net_allocation_is_read_back_by_netting_id(
    sdk: PrimeServicesClient, served: tuple[PrimeSimulator, str]
) -> None:
    sim = served[0]
    source, destination = sim.portfolio_ids[0], sim.portfolio_ids[2]
    orders = [_market(sdk, source, "BUY", "0.02"), _market(sdk, source, "SELL", "0.01")]
    netting_id = str(uuid.uuid4())
    leg = AllocationLeg(allocation_leg_id=str(uuid.uuid4()), destination_portfolio_id=destination, amount="100")
    created = sdk.allocations.create_portfolio_net_allocations(
        CreatePortfolioNetAllocationsRequest(
            netting_id=netting_id, source_portfolio_id=source, product_id="BTC-USD", order_ids=orders,
            allocation_legs=[leg], size_type="PERCENT",
        )
    )  # fmt: skip
    netted = sdk.allocations.get_net_allocations_by_netting_id(
        GetNetAllocationsByNettingIdRequest(portfolio_id=destination, netting_id=netting_id)
    )
    assert {(a.root_id, a.side) for a in netted.allocations} == {
        (created.body.buy_allocation_id, "BUY"),
        (created.body.sell_allocation_id, "SELL"),
    }


def _groups(sdk: PrimeServicesClient, pid: str) -> dict[str, Any]:
    listed = sdk.onchain_address_book.list_onchain_address_groups(ListOnchainAddressGroupsRequest(portfolio_id=pid))
    return {g.id: g for g in listed.address_groups}


def test_onchain_address_group_is_created_updated_and_deleted(sdk: PrimeServicesClient, pid: str) -> None:
    entry = AddressEntry(name="Desk one", address="0x" + "cd" * 20, chain_ids=["1"])
    created = sdk.onchain_address_book.create_onchain_address_book_entry(
        CreateOnchainAddressBookEntryRequest(
            portfolio_id=pid,
            address_group=AddressGroup(name="SDK desks", network_type="NETWORK_TYPE_EVM", addresses=[entry]),
        )
    )
    assert created.activity_id
    (group,) = [g for g in _groups(sdk, pid).values() if g.name == "SDK desks"]
    assert [(a["name"], a["address"]) for a in group.addresses] == [("Desk one", "0x" + "cd" * 20)]  # SDK: dicts
    renamed = AddressGroup(id=group.id, name="SDK desks 2", network_type="NETWORK_TYPE_EVM", addresses=[entry])
    sdk.onchain_address_book.update_onchain_address_book(
        UpdateOnchainAddressBookRequest(portfolio_id=pid, address_group=renamed)
    )
    assert _groups(sdk, pid)[group.id].name == "SDK desks 2"
    sdk.onchain_address_book.delete_onchain_address_group(
        DeleteOnchainAddressGroupRequest(portfolio_id=pid, address_group_id=group.id)
    )
    assert group.id not in _groups(sdk, pid)


def test_locate_is_listed_and_draws_on_availability(sdk: PrimeServicesClient, pid: str) -> None:
    entity_id = sdk.client.credentials.entity_id

    def available() -> Decimal:
        got = sdk.financing.get_entity_locate_availabilities(GetEntityLocateAvailabilitiesRequest(entity_id=entity_id))
        return next(Decimal(loc.quantity) for loc in got.locates if loc.symbol == "ETH")

    before = available()
    created = sdk.financing.create_new_locate(CreateNewLocateRequest(portfolio_id=pid, symbol="ETH", amount="3"))
    listed = sdk.financing.list_existing_locates(
        ListExistingLocatesRequest(portfolio_id=pid, locate_ids=[created.locate_id])
    )
    (locate,) = listed.locates
    assert (locate.locate_id, locate.symbol, locate.status, Decimal(locate.approved_amount)) == (
        created.locate_id, "ETH", "filled", 3
    )  # fmt: skip
    assert available() == before - 3


def test_futures_sweep_is_listed_until_cancelled(sdk: PrimeServicesClient) -> None:
    entity_id = sdk.client.credentials.entity_id
    scheduled = sdk.futures.schedule_entity_futures_sweep(
        ScheduleEntityFuturesSweepRequest(entity_id=entity_id, amount="250", currency="USD")
    )
    (sweep,) = sdk.futures.list_entity_futures_sweeps(ListEntityFuturesSweepsRequest(entity_id=entity_id)).sweeps
    assert (sweep.id, Decimal(sweep.requested_amount["amount"])) == (scheduled.request_id, 250)  # SDK: a dict
    cancelled = sdk.futures.cancel_entity_futures_sweep(CancelEntityFuturesSweepRequest(entity_id=entity_id))
    assert cancelled.request_id == scheduled.request_id
    assert not sdk.futures.list_entity_futures_sweeps(ListEntityFuturesSweepsRequest(entity_id=entity_id)).sweeps


def test_fcm_settings_are_read_back(sdk: PrimeServicesClient) -> None:
    entity_id = sdk.client.credentials.entity_id
    sdk.futures.set_fcm_settings(SetFcmSettingsRequest(entity_id=entity_id, target_derivatives_excess="1234.5"))
    got = sdk.futures.get_fcm_settings(GetFcmSettingsRequest(entity_id=entity_id))
    assert Decimal(got.target_derivatives_excess) == Decimal("1234.5")
