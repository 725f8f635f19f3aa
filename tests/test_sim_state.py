"""The simulator is stateful for every operation: each write is read back through the operations
that show it (one row per write in WRITES), an unknown id is a 404 with the catalog's subcode,
what is scheduled happens when its time comes, and no operation answers canned data."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from prime_async import ROUTES, APIStatusError, BadRequestError, NotFoundError
from prime_async._generated.errors import OPERATION_ERRORS, SUBCODES
from prime_async.testing._handlers import HANDLERS
from prime_async.testing._world import SimError

from .sim_support import NOW, World, address_group, arguments, blind_match, call, served_world, uuid_violations

pytestmark = pytest.mark.anyio

TESTING = Path(__file__).resolve().parent.parent / "prime_async" / "testing"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # what is tested is the server's behaviour: one client backend will do


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with served_world() as w:
        yield w


async def do(w: World, op: str, **kwargs: Any) -> Any:
    """One operation with exactly these arguments."""
    route = ROUTES[op]
    return await getattr(getattr(w.client, route.resource), route.name)(**kwargs)


async def every(w: World, op: str, **kwargs: Any) -> list[Any]:
    """Every item of a paginated operation."""
    route = ROUTES[op]
    return await getattr(getattr(w.client, route.resource), route.name)(**kwargs).collect()  # type: ignore[no-any-return]


async def write(w: World, op: str, **overrides: Any) -> Any:
    """The write, with the arguments tests/sim_support.py gives it."""
    return await call(w, ROUTES[op], **overrides)


async def balance(w: World, wallet_id: str, portfolio_id: str | None = None) -> Any:
    got = await do(w, "GetWalletBalance", portfolio_id=portfolio_id or w.pid, wallet_id=wallet_id)
    return got.balance


async def activity(w: World, activity_id: str | None, portfolio_id: str | None = None) -> Any:
    assert activity_id
    if portfolio_id:
        return (await do(w, "GetPortfolioActivity", portfolio_id=portfolio_id, activity_id=activity_id)).activity
    return (await do(w, "GetActivity", activity_id=activity_id)).activity


async def transaction(w: World, transaction_id: str | None, portfolio_id: str | None = None) -> Any:
    assert transaction_id
    return (
        await do(w, "GetTransaction", portfolio_id=portfolio_id or w.pid, transaction_id=transaction_id)
    ).transaction


# -- one row per write -------------------------------------------------------------------------


async def create_order(w: World) -> None:
    created = await write(w, "CreateOrder")
    order = (await do(w, "GetOrder", portfolio_id=w.pid, order_id=created.order_id)).order
    assert (order.type, order.status, order.filled_quantity) == ("MARKET", "FILLED", Decimal("0.001"))
    assert created.order_id in {o.id for o in await every(w, "GetOrders", portfolio_id=w.pid)}
    fills = await every(w, "GetOrderFills", portfolio_id=w.pid, order_id=created.order_id)
    assert sum(f.filled_quantity for f in fills) == Decimal("0.001")


async def cancel_order(w: World) -> None:
    await write(w, "CancelOrder")
    order = (await do(w, "GetOrder", portfolio_id=w.pid, order_id=w.open_order.id)).order
    assert order.status == "CANCELLED"
    assert w.open_order.id not in {o.id for o in await every(w, "GetOpenOrders", portfolio_id=w.pid)}


async def edit_order(w: World) -> None:
    await write(w, "EditOrder")
    order = (await do(w, "GetOrder", portfolio_id=w.pid, order_id=w.open_order.id)).order
    assert (order.limit_price, order.client_order_id) == (Decimal(9000), "edited")
    history = await do(w, "GetOrderEditHistory", portfolio_id=w.pid, order_id=w.open_order.id)
    assert [e.price for e in history.edit_history] == [Decimal(9000)]


async def create_quote(w: World) -> None:
    quote = await write(w, "CreateQuoteRequest")
    accepted = await write(w, "AcceptQuote", quote_id=quote.quote_id)  # the quote is read back by accepting it
    order = (await do(w, "GetOrder", portfolio_id=w.pid, order_id=accepted.order_id)).order
    assert (order.type, order.status, order.average_filled_price) == ("RFQ", "FILLED", quote.best_price)


async def accept_quote(w: World) -> None:
    accepted = await write(w, "AcceptQuote")
    order = (await do(w, "GetOrder", portfolio_id=w.pid, order_id=accepted.order_id)).order
    assert (order.type, order.product_id, order.status) == ("RFQ", "ETH-USD", "FILLED")
    with pytest.raises(NotFoundError):  # a quote is accepted once
        await write(w, "AcceptQuote")


async def create_wallet(w: World) -> None:
    created = await write(w, "CreateWallet")
    vaults = await every(w, "GetWallets", portfolio_id=w.pid, type="VAULT", symbols=["BTC"])
    assert "New vault" in {v.name for v in vaults}
    assert (await activity(w, created.activity_id, w.pid)).type == "ACTIVITY_TYPE_CREATE_WALLET"


async def create_wallet_deposit_address(w: World) -> None:
    created = await write(w, "CreateWalletDepositAddress")
    listed = await every(w, "ListWalletAddresses", portfolio_id=w.pid, wallet_id=w.eth)
    assert created.address in {a.address for a in listed}


async def create_wallet_transfer(w: World) -> None:
    before = (await balance(w, w.usd_other, w.other)).amount
    sent = await write(w, "CreateWalletTransfer")
    assert (await balance(w, w.usd_other, w.other)).amount == before + 5
    tx = await transaction(w, sent.transaction_id)
    assert (tx.type, tx.amount) == ("INTERNAL_WITHDRAWAL", Decimal(5))
    assert tx.id in {t.id for t in await every(w, "GetWalletTransactions", portfolio_id=w.pid, wallet_id=w.usd)}


async def create_wallet_withdrawal(w: World) -> None:
    before = (await do(w, "GetWithdrawalPower", portfolio_id=w.pid, symbol="USD")).withdrawal_power.amount
    sent = await write(w, "CreateWalletWithdrawal")
    after = (await do(w, "GetWithdrawalPower", portfolio_id=w.pid, symbol="USD")).withdrawal_power.amount
    assert after == before - 5
    assert (await transaction(w, sent.transaction_id)).type == "WITHDRAWAL"
    assert (await activity(w, sent.activity_id)).status == "ACTIVITY_STATUS_COMPLETED"


async def create_conversion(w: World) -> None:
    fees = {(f.from_currency, f.to_currency): f for f in (await do(w, "GetConversionFees")).fees}
    usd, usdc = (await balance(w, w.usd)).amount, (await balance(w, w.usdc)).amount
    converted = await write(w, "CreateConversion")
    assert ((await balance(w, w.usd)).amount, (await balance(w, w.usdc)).amount) == (usd - 5, usdc + 5)
    assert (await transaction(w, converted.transaction_id)).type == "CONVERSION"
    after = {(f.from_currency, f.to_currency): f for f in (await do(w, "GetConversionFees")).fees}
    moved = after["USD", "USDC"].net_conversion_volume_mtd - fees["USD", "USDC"].net_conversion_volume_mtd
    assert moved == 5


async def staking_initiate(w: World) -> None:
    bonded = (await balance(w, w.eth)).bonded_amount
    staked = await write(w, "StakingInitiate")
    assert (await balance(w, w.eth)).bonded_amount == bonded + 1
    status = await do(w, "GetStakingStatus", portfolio_id=w.pid, wallet_id=w.eth)
    requested = [s for v in status.validators for s in v.statuses]
    assert [(s.amount, s.stake_type) for s in requested] == [
        (2, "STAKE_TYPE_INITIAL_DEPOSIT"),
        (1, "STAKE_TYPE_TOP_UP"),
    ]
    validators = await every(
        w, "ListTransactionValidators", portfolio_id=w.pid, transaction_ids=[staked.transaction_id]
    )
    assert [(v.transaction_id, v.validator_status) for v in validators] == [
        (staked.transaction_id, "VALIDATOR_STATUS_PENDING")
    ]


async def staking_unstake(w: World) -> None:
    unstaked = await write(w, "StakingUnstake")
    assert (await balance(w, w.eth)).bonded_amount == 1
    status = await do(w, "GetUnstakingStatus", portfolio_id=w.pid, wallet_id=w.eth)
    (exiting,) = [s for v in status.validators for s in v.statuses]
    assert (exiting.amount, exiting.unstake_type) == (1, "UNSTAKE_TYPE_PARTIAL")
    assert (await transaction(w, unstaked.transaction_id)).type == "UNSTAKE"


async def staking_claim_rewards(w: World) -> None:
    before = (await balance(w, w.eth)).amount
    claimed = await write(w, "StakingClaimRewards")
    reward = await transaction(w, claimed.transaction_id)
    assert reward.type == "REWARD" and reward.amount > 0
    assert (await balance(w, w.eth)).amount == before + reward.amount


async def portfolio_staking_initiate(w: World) -> None:
    staked = await write(w, "PortfolioStakingInitiate")
    assert (await transaction(w, staked.transaction_id)).type == "PORTFOLIO_STAKE"
    assert (await balance(w, w.eth)).bonded_amount == 3


async def portfolio_staking_unstake(w: World) -> None:
    unstaked = await write(w, "PortfolioStakingUnstake")
    assert (await transaction(w, unstaked.transaction_id)).type == "PORTFOLIO_UNSTAKE"
    assert (await balance(w, w.eth)).bonded_amount == 1


async def create_allocation(w: World) -> None:
    btc_other = await wallet_btc(w, w.other)
    before = (await balance(w, btc_other, w.other)).amount
    kwargs = arguments(ROUTES["CreateAllocation"], w)
    created = await write(w, "CreateAllocation", **kwargs)
    root_id = created.body.allocation_id
    assert root_id == kwargs["allocation_id"]
    for pid in (w.pid, w.other):  # the source and the destination see it
        allocation = (await do(w, "GetAllocation", portfolio_id=pid, allocation_id=root_id)).allocation
        assert (allocation.status, allocation.source, allocation.base_quantity) == (
            "ALLOCATION_STATUS_ALLOCATION_ALLOCATED",
            w.pid,
            Decimal("0.004"),
        )
        listed = await every(w, "GetPortfolioAllocations", portfolio_id=pid, start_date=NOW - timedelta(days=1))
        assert root_id in {a.root_id for a in listed}
    assert (await balance(w, btc_other, w.other)).amount == before + Decimal("0.004")
    activities = await every(w, "GetPortfolioActivities", portfolio_id=w.other)
    assert "ACTIVITY_TYPE_ALLOCATION_IN" in {a.type for a in activities}


async def wallet_btc(w: World, pid: str) -> str:
    (wallet,) = await every(w, "GetWallets", portfolio_id=pid, type="TRADING", symbols=["BTC"])
    return str(wallet.id)


async def create_net_allocation(w: World) -> None:
    kwargs = arguments(ROUTES["CreateNetAllocation"], w)
    created = (await write(w, "CreateNetAllocation", **kwargs)).body
    netted = await do(w, "GetAllocationsByClientNettingId", portfolio_id=w.pid, netting_id=kwargs["netting_id"])
    assert {(a.root_id, a.side) for a in netted.allocations} == {
        (created.buy_allocation_id, "BUY"),
        (created.sell_allocation_id, "SELL"),
    }
    buy = (await do(w, "GetAllocation", portfolio_id=w.other, allocation_id=created.buy_allocation_id)).allocation
    assert buy.netting_id == kwargs["netting_id"] and buy.base_quantity == Decimal("0.004")  # 0.002 of a 0.01 net


async def rotate_api_key(w: World) -> None:
    rotated = await write(w, "RotateAPIKey")
    started = await activity(w, rotated.activity_id)
    assert (started.type, started.status) == ("ACTIVITY_TYPE_API", "ACTIVITY_STATUS_PROCESSING")
    with pytest.raises(BadRequestError):  # one rotation awaits its approvals at a time
        await write(w, "RotateAPIKey")


async def update_funding_settings(w: World) -> None:
    updated = await write(w, "UpdateFundingSettings")
    assert (await do(w, "GetFcmBalance", entity_id=w.sim.entity_id)).portfolio_id == w.other
    assert (await activity(w, updated.activity_id)).status == "ACTIVITY_STATUS_COMPLETED"
    entity = await every(w, "GetEntityActivities", entity_id=w.sim.entity_id)
    assert updated.activity_id in {a.id for a in entity}


async def set_auto_sweep(w: World) -> None:
    assert (await do(w, "GetFuturesSweeps", entity_id=w.sim.entity_id)).auto_sweep is False
    await write(w, "SetAutoSweep")
    assert (await do(w, "GetFuturesSweeps", entity_id=w.sim.entity_id)).auto_sweep is True


async def set_fcm_settings(w: World) -> None:
    await write(w, "SetFcmSettings")
    settings = await do(w, "GetFcmSettings", entity_id=w.sim.entity_id)
    assert settings.target_derivatives_excess == Decimal("1234.5")
    equity = await do(w, "GetFcmEquity", entity_id=w.sim.entity_id)
    assert equity.available_to_sweep == equity.current_excess_deficit - Decimal("1234.5")


async def schedule_futures_sweep(w: World) -> None:
    available = (await do(w, "GetFcmEquity", entity_id=w.sim.entity_id)).available_to_sweep
    scheduled = await write(w, "ScheduleFuturesSweep")
    (sweep,) = (await do(w, "GetFuturesSweeps", entity_id=w.sim.entity_id)).sweeps
    assert (sweep.id, sweep.status, sweep.requested_amount.amount) == (
        scheduled.request_id,
        "FCM_FUTURES_SWEEP_STATUS_PENDING",
        Decimal(100),
    )
    assert (await do(w, "GetFcmEquity", entity_id=w.sim.entity_id)).available_to_sweep == available - 100
    with pytest.raises(BadRequestError):  # one pending sweep at a time
        await write(w, "ScheduleFuturesSweep")


async def cancel_futures_sweep(w: World) -> None:
    cancelled = await write(w, "CancelFuturesSweep")
    assert cancelled.success and cancelled.request_id
    assert (await do(w, "GetFuturesSweeps", entity_id=w.sim.entity_id)).sweeps == []
    with pytest.raises(NotFoundError):  # nothing left to cancel
        await do(w, "CancelFuturesSweep", entity_id=w.sim.entity_id)


async def create_address_book_entry(w: World) -> None:
    created = await write(w, "CreatePortfolioAddressBookEntry")
    (entry,) = await every(w, "GetPortfolioAddressBook", portfolio_id=w.pid, search="desk")
    assert (entry.name, entry.currency_symbol, entry.address) == ("Desk", "ETH", "0x" + "ab" * 20)
    assert (await activity(w, created.activity_id, w.pid)).type == "ACTIVITY_TYPE_ADDRESS_BOOK"


async def create_advanced_transfer(w: World) -> None:
    usd, usdc = (await balance(w, w.usd)).amount, (await balance(w, w.usdc)).amount
    created = (await write(w, "CreateAdvancedTransfer")).advanced_transfer
    listed = {t.id: t for t in await every(w, "ListAdvancedTransfers", portfolio_id=w.pid)}
    assert listed[created.id].state == "ADVANCED_TRANSFER_STATE_DONE"
    txs = await do(w, "ListAdvancedTransferTransactions", portfolio_id=w.pid, advanced_transfer_id=created.id)
    assert sorted((t.type, t.symbol, t.amount) for t in txs.transactions) == [
        ("DEPOSIT", "USDC", 10),
        ("WITHDRAWAL", "USD", 10),
    ]
    assert ((await balance(w, w.usd)).amount, (await balance(w, w.usdc)).amount) == (usd - 10, usdc + 10)


async def cancel_advanced_transfer(w: World) -> None:
    await write(w, "CancelAdvancedTransfer")
    cancelled = await every(w, "ListAdvancedTransfers", portfolio_id=w.pid, state="ADVANCED_TRANSFER_STATE_CANCELLED")
    assert [t.id for t in cancelled] == [w.advanced_transfer]
    with pytest.raises(BadRequestError):  # cancelled already
        await write(w, "CancelAdvancedTransfer")


async def create_new_locates(w: World) -> None:
    def btc(availability: Any) -> Decimal:
        return next(loc.quantity for loc in availability.locates if loc.symbol == "BTC")  # type: ignore[no-any-return]

    before = btc(await do(w, "GetLocateAvailabilities", entity_id=w.sim.entity_id))
    created = await write(w, "CreateNewLocates")
    (locate,) = (await do(w, "GetExistingLocates", portfolio_id=w.pid, locate_ids=[created.locate_id])).locates
    assert (locate.symbol, locate.requested_amount, locate.approved_amount, locate.status) == ("BTC", 1, 1, "filled")
    assert btc(await do(w, "GetLocateAvailabilities", entity_id=w.sim.entity_id)) == before - 1


async def groups(w: World) -> dict[str, Any]:
    listed = await do(w, "ListOnchainAddressGroups", portfolio_id=w.pid)
    return {g.id: g for g in listed.address_groups}


async def create_onchain_address_group(w: World) -> None:
    created = await write(w, "CreateOnchainAddressGroup")
    (desks,) = [g for g in (await groups(w)).values() if g.name == "Desks"]
    assert uuid.UUID(desks.id) and desks.addresses[0].chain_ids == ["1", "8453"]
    assert (await activity(w, created.activity_id, w.pid)).status == "ACTIVITY_STATUS_COMPLETED"


async def update_onchain_address_group(w: World) -> None:
    await write(w, "UpdateOnchainAddressGroup")
    assert (await groups(w))[w.address_group].name == "Renamed"
    with pytest.raises(NotFoundError):
        await write(w, "UpdateOnchainAddressGroup", address_group=address_group("Ghost", str(uuid.uuid4())))


async def delete_onchain_address_group(w: World) -> None:
    await write(w, "DeleteOnchainAddressGroup")
    assert w.address_group not in await groups(w)
    with pytest.raises(NotFoundError):
        await write(w, "DeleteOnchainAddressGroup")


async def submit_deposit_travel_rule_data(w: World) -> None:
    await write(
        w,
        "SubmitDepositTravelRuleData",
        originator={"name": "Bob Sender", "wallet_type": "TRAVEL_RULE_WALLET_TYPE_VASP"},
    )
    data = await do(w, "GetTransactionTravelRuleData", portfolio_id=w.pid, transaction_id=w.deposit)
    assert (data.fulfilled, data.originator.name) == (True, "Bob Sender")
    tx = await transaction(w, w.deposit)
    assert tx.process_requirements.travel_rule_status == "TRAVEL_RULE_STATUS_SUBMITTED"
    with pytest.raises(BadRequestError):  # deposits only
        await write(w, "SubmitDepositTravelRuleData", transaction_id=w.transaction)


async def create_onchain_transaction(w: World) -> None:
    created = await write(w, "CreateOnchainTransaction")
    tx = await transaction(w, created.transaction_id)
    assert (tx.type, tx.onchain_details.signing_status, tx.onchain_details.nonce) == (
        "ONCHAIN_TRANSACTION",
        "SIGNED",
        "0",
    )
    listed = await every(w, "GetWalletTransactions", portfolio_id=w.pid, wallet_id=w.onchain)
    assert created.transaction_id in {t.id for t in listed}
    again = await write(w, "CreateOnchainTransaction")
    assert (await transaction(w, again.transaction_id)).onchain_details.nonce == "1"


WRITES: dict[str, Callable[[World], Awaitable[None]]] = {
    "CreateOrder": create_order,
    "CancelOrder": cancel_order,
    "EditOrder": edit_order,
    "CreateQuoteRequest": create_quote,
    "AcceptQuote": accept_quote,
    "CreateWallet": create_wallet,
    "CreateWalletDepositAddress": create_wallet_deposit_address,
    "CreateWalletTransfer": create_wallet_transfer,
    "CreateWalletWithdrawal": create_wallet_withdrawal,
    "CreateConversion": create_conversion,
    "StakingInitiate": staking_initiate,
    "StakingUnstake": staking_unstake,
    "StakingClaimRewards": staking_claim_rewards,
    "PortfolioStakingInitiate": portfolio_staking_initiate,
    "PortfolioStakingUnstake": portfolio_staking_unstake,
    "CreateAllocation": create_allocation,
    "CreateNetAllocation": create_net_allocation,
    "RotateAPIKey": rotate_api_key,
    "UpdateFundingSettings": update_funding_settings,
    "SetAutoSweep": set_auto_sweep,
    "SetFcmSettings": set_fcm_settings,
    "ScheduleFuturesSweep": schedule_futures_sweep,
    "CancelFuturesSweep": cancel_futures_sweep,
    "CreatePortfolioAddressBookEntry": create_address_book_entry,
    "CreateAdvancedTransfer": create_advanced_transfer,
    "CancelAdvancedTransfer": cancel_advanced_transfer,
    "CreateNewLocates": create_new_locates,
    "CreateOnchainAddressGroup": create_onchain_address_group,
    "UpdateOnchainAddressGroup": update_onchain_address_group,
    "DeleteOnchainAddressGroup": delete_onchain_address_group,
    "SubmitDepositTravelRuleData": submit_deposit_travel_rule_data,
    "CreateOnchainTransaction": create_onchain_transaction,
}
# POSTs that change nothing: checked to leave the balances and orders as they were
READS = {"OrderPreview", "PreviewUnstake", "ListTransactionValidators"}


def test_the_table_has_a_row_for_every_write() -> None:
    writes = {op for op, r in ROUTES.items() if r.method != "GET"}
    assert set(WRITES) | READS == writes


@pytest.mark.parametrize("operation_id", list(WRITES))
async def test_a_write_is_read_back(operation_id: str, world: World) -> None:
    await WRITES[operation_id](world)


@pytest.mark.parametrize("operation_id", sorted(READS))
async def test_a_post_that_reads_changes_nothing(operation_id: str, world: World) -> None:
    async def state() -> Any:
        balances = await do(world, "GetPortfolioBalances", portfolio_id=world.pid, balance_type="TOTAL_BALANCES")
        orders = await every(world, "GetOrders", portfolio_id=world.pid)
        return [(b.symbol, b.amount, b.holds, b.bonded_amount) for b in balances.balances], len(orders)

    before = await state()
    assert await write(world, operation_id)
    assert await state() == before


# -- unknown ids -------------------------------------------------------------------------------

UNKNOWN = {
    "portfolio_id": "PORTFOLIO_NOT_FOUND", "entity_id": "ENTITY_NOT_FOUND", "wallet_id": "WALLET_NOT_FOUND",
    "order_id": "ORDER_NOT_FOUND", "transaction_id": "TRANSACTION_NOT_FOUND", "activity_id": "ACTIVITY_NOT_FOUND",
    "allocation_id": "ALLOCATION_NOT_FOUND", "netting_id": "ALLOCATION_NOT_FOUND",
    "payment_method_id": "PAYMENT_METHOD_NOT_FOUND",
    # the catalog declares no domain subcode for these: its generic one
    "address_group_id": "AUTH_RESOURCE_NOT_FOUND",
    # Prime's advanced transfers are transactions: CancelAdvancedTransfer declares TRANSACTION_NOT_FOUND
    "advanced_transfer_id": "TRANSACTION_NOT_FOUND",
}  # fmt: skip
WITH_IDS = [(op, p) for op, r in ROUTES.items() for p in r.path_params]
# ids the operations take in the body or the query: (operation, argument, unknown value, subcode)
IN_BODY_OR_QUERY = [
    ("CreateAllocation", "source_portfolio_id", str(uuid.uuid4()), "PORTFOLIO_NOT_FOUND"),
    ("CreateAllocation", "order_ids", [str(uuid.uuid4())], "ALLOCATION_NOT_FOUND"),
    ("CreateNetAllocation", "order_ids", [str(uuid.uuid4())], "ALLOCATION_NOT_FOUND"),
    ("AcceptQuote", "quote_id", str(uuid.uuid4()), "AUTH_RESOURCE_NOT_FOUND"),
    (
        "UpdateOnchainAddressGroup",
        "address_group",
        address_group("Ghost", str(uuid.uuid4())),
        "AUTH_RESOURCE_NOT_FOUND",
    ),
    ("GetXMLiquidation", "liquidation_id", str(uuid.uuid4()), "AUTH_RESOURCE_NOT_FOUND"),
    ("ListTransactionValidators", "transaction_ids", [str(uuid.uuid4())], "TRANSACTION_NOT_FOUND"),
    ("GetInterestAccruals", "portfolio_id", str(uuid.uuid4()), "PORTFOLIO_NOT_FOUND"),
]


async def refused_with(
    world: World, operation_id: str, monkeypatch: pytest.MonkeyPatch, **overrides: Any
) -> str | None:
    """The subcode the operation's handler refuses with (over HTTP, so the answer is checked too:
    that subcode with its catalog status, or the one the operation declares for an unknown id,
    GetOrder's ORDER_RESOURCE_NOT_FOUND, a 400)."""
    raised: list[SimError] = []
    handler = HANDLERS[operation_id]

    def recording(w: Any, c: Any) -> Any:
        try:
            return handler(w, c)
        except SimError as exc:
            raised.append(exc)
            raise

    monkeypatch.setitem(HANDLERS, operation_id, recording)
    with pytest.raises(APIStatusError) as caught:
        await call(world, ROUTES[operation_id], **overrides)
    (exc,) = raised
    answered = caught.value.subcode
    assert caught.value.status_code == SUBCODES[answered].status
    declared = {s for subcodes in OPERATION_ERRORS.get(operation_id, {}).values() for s in subcodes}
    if answered != exc.subcode:
        assert exc.subcode not in declared and answered in declared and answered.endswith("NOT_FOUND"), answered
    else:
        assert isinstance(caught.value, NotFoundError)
    return exc.subcode


@pytest.mark.parametrize(("operation_id", "name"), WITH_IDS)
async def test_an_unknown_id_in_the_path_is_a_404(
    operation_id: str, name: str, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert await refused_with(world, operation_id, monkeypatch, **{name: str(uuid.uuid4())}) == UNKNOWN[name]


@pytest.mark.parametrize(("operation_id", "name", "value", "subcode"), IN_BODY_OR_QUERY)
async def test_an_unknown_id_in_the_body_or_query_is_a_404(
    operation_id: str, name: str, value: Any, subcode: str, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert await refused_with(world, operation_id, monkeypatch, **{name: value}) == subcode


# -- time ----------------------------------------------------------------------------------------


async def test_a_sweep_moves_the_money_at_the_cutoff_and_a_transfer_settles_on_its_date(world: World) -> None:
    w, entity = world, world.sim.entity_id
    usd = await wallet_usd(w, w.pid)
    before_spot, before_fcm = (
        (await balance(w, usd)).amount,
        (await do(w, "GetFcmBalance", entity_id=entity)).cfm_usd_balance,
    )
    await write(w, "ScheduleFuturesSweep")
    later = await do(
        w, "CreateAdvancedTransfer", portfolio_id=w.pid, advanced_transfer=blind_match(w, "7", timedelta(days=2))
    )
    usdc = (await balance(w, w.usdc)).amount
    w.sim.world.clock = lambda: (NOW + timedelta(days=3)).timestamp()  # the world's time, not the signatures'
    assert (await do(w, "GetFuturesSweeps", entity_id=entity)).sweeps == []
    assert (await balance(w, usd)).amount == before_spot + 100 - 7  # the sweep in, the transfer out
    assert (await do(w, "GetFcmBalance", entity_id=entity)).cfm_usd_balance == before_fcm - 100
    sweeps = await every(w, "GetPortfolioTransactions", portfolio_id=w.pid, types=["SWEEP_DEPOSIT"])
    assert [t.amount for t in sweeps] == [100]
    settled = {t.id: t for t in await every(w, "ListAdvancedTransfers", portfolio_id=w.pid)}
    assert settled[later.advanced_transfer.id].state == "ADVANCED_TRANSFER_STATE_DONE"
    assert (await balance(w, w.usdc)).amount == usdc + 7


async def wallet_usd(w: World, pid: str) -> str:
    (wallet,) = await every(w, "GetWallets", portfolio_id=pid, type="TRADING", symbols=["USD"])
    return str(wallet.id)


# -- derived views agree -------------------------------------------------------------------------


async def test_positions_balances_margin_and_credit_agree(world: World) -> None:
    w, entity = world, world.sim.entity_id
    positions = await every(w, "ListEntityPositions", entity_id=entity)
    aggregate = {p.symbol: p for p in await every(w, "ListAggregateEntityPositions", entity_id=entity)}
    balances = {b.symbol.upper(): b for b in await every(w, "ListEntityBalances", entity_id=entity)}
    for symbol, total in aggregate.items():
        mine = [p for p in positions if p.symbol == symbol]
        assert sum(p.long for p in mine) == total.long == balances[symbol].long_amount
        assert sum(p.short for p in mine) == total.short == balances[symbol].short_amount
    obligations = (await do(w, "ListTFObligations", entity_id=entity)).obligations
    assert sum(o.notional_amount for o in obligations) == aggregate["USD"].short > 0
    credit = (await do(w, "GetPostTradeCredit", portfolio_id=w.pid)).post_trade_credit
    mine = [o for o in obligations if o.portfolio_id == w.pid]
    assert (
        credit.utilized == sum(o.notional_amount for o in mine) and credit.available == credit.limit - credit.utilized
    )
    summary = (await do(w, "GetMarginInformation", entity_id=entity)).margin_information.margin_summary
    assert summary.tf_credit_consumed == aggregate["USD"].short
    assert summary.margin_equity == summary.long_market_value - summary.short_market_value
    xm = (await do(w, "GetCrossMarginOverview", entity_id=entity)).overview.margin_summary
    fcm = await do(w, "GetFcmBalance", entity_id=entity)
    assert xm.spot_equity == summary.margin_equity
    assert xm.futures_equity == fcm.cfm_usd_balance + fcm.unrealized_pnl
    assert xm.risk_netting_info.dco_margin_requirement == fcm.initial_margin
    prime = (await do(w, "GetCrossMarginPrimeOverview", entity_id=entity)).margin_summary
    assert (prime.account_equity, prime.margin_requirement) == (xm.account_equity, xm.margin_requirement)
    accruals = await do(w, "GetPortfolioInterestAccruals", portfolio_id=w.pid)
    due = next(o for o in mine if o.symbol == "USD")
    principal = accruals.accruals[0].loan_amount
    assert due.amount_due == principal + sum(a.nominal_accrual for a in accruals.accruals)
    equity = await do(w, "GetFcmEquity", entity_id=entity)
    assert prime.fcm_excess_available_to_return == equity.available_to_sweep


async def test_market_data_is_the_candles(world: World) -> None:
    """The volatilities and volumes come from the ONE_DAY candles' closes and volumes."""
    w = world
    (btc,) = [d for d in await every(w, "GetMarketData", entity_id=w.sim.entity_id) if d.symbol == "BTC"]
    end = NOW.replace(hour=0, minute=0, second=0)
    candles = (
        await do(w, "GetCandles", portfolio_id=w.pid, product_id="BTC-USD", granularity="ONE_DAY",
                 start_time=end - timedelta(days=30), end_time=end)
    ).candles  # fmt: skip
    assert len(candles) == 30
    adv = sum(c.volume * c.close for c in candles) / 30
    assert btc.adv_30d == adv.quantize(Decimal("0.01"))
    assert min(btc.vol_5d, btc.vol_30d, btc.vol_90d) > 0


# -- nothing canned ------------------------------------------------------------------------------


def test_every_operation_has_a_handler_and_none_answers_canned_data() -> None:
    assert set(ROUTES) <= set(HANDLERS)
    for module in TESTING.glob("*.py"):
        if module.name in ("samples.py", "__init__.py"):
            continue
        assert not re.search(r"\bsample_(value|json)\b|\bfrom \.samples\b", module.read_text()), module.name


def test_uuid_check_sees_what_sample_data_had() -> None:
    assert uuid_violations({"allocation": {"root_id": "root_id-275", "id": "id-368"}}) == [
        "$.allocation.root_id='root_id-275'",
        "$.allocation.id='id-368'",
    ]


async def test_margin_summaries_are_one_a_day_within_bounds(world: World) -> None:
    w, entity = world, world.sim.entity_id
    default = (await do(w, "GetMarginSummaries", entity_id=entity)).margin_summaries
    assert len(default) == 7 and len({s.conversion_date for s in default}) == 7
    with pytest.raises(BadRequestError):
        start = (NOW - timedelta(days=40)).isoformat()
        await do(w, "GetMarginSummaries", entity_id=entity, start_date=start, end_date=NOW.isoformat())
    ancient = await do(w, "GetMarginSummaries", entity_id=entity, start_date="1000-01-01T00:00:00Z",
                       end_date="1000-01-10T00:00:00Z")  # fmt: skip
    assert ancient.margin_summaries == []
