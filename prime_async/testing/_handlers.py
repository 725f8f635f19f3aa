"""Operation handlers: the simulated Prime behind portfolios, balances, products, users, wallets,
orders, quotes, money movements, staking, transactions and activities.

Each handler takes the world and the parsed call and returns an instance of the operation's
response model (or raises SimError). The other domains' handlers are in `_handlers_<domain>.py`,
imported at the end of this module so that importing it registers every operation.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs

from .. import models as m
from ._handling import HANDLERS, Call, handles, in_range, paginate, symbol_set, window
from ._risk import exposures
from ._world import ASSETS, FIAT, STAKEABLE, OrderRequest, SimError, World
from ._world import record_id as _id

__all__ = ["HANDLERS", "Call", "handles", "paginate"]

SYMBOL = re.compile(r"[A-Z0-9]{1,20}")  # an asset the world does not know is fine, and worth nothing
DEFAULT_QUOTE_DURATION_MS = 3000  # the spec's, for a quote request that names none
MAX_QUOTE_DURATION_MS = 30_000  # the spec: "requests with a larger value are rejected"
GRANULARITY_SECONDS = {
    "ONE_MINUTE": 60,
    "FIVE_MINUTES": 300,
    "FIFTEEN_MINUTES": 900,
    "THIRTY_MINUTES": 1800,
    "ONE_HOUR": 3600,
    "TWO_HOURS": 7200,
    "FOUR_HOURS": 14400,
    "SIX_HOURS": 21600,
    "ONE_DAY": 86400,
}


# -- portfolios, balances, products, users ----------------------------------------------------


@handles("GetPortfolios")
def get_portfolios(world: World, call: Call) -> m.GetPortfoliosResponse:
    return m.GetPortfoliosResponse(portfolios=list(world.portfolios.values()))


@handles("GetPortfolio")
def get_portfolio(world: World, call: Call) -> m.GetPortfolioResponse:
    return m.GetPortfolioResponse(portfolio=world.portfolio(call["portfolio_id"]))


@handles("GetPortfolioBalances")
def get_portfolio_balances(world: World, call: Call) -> m.GetPortfolioBalancesResponse:
    world.portfolio(call["portfolio_id"])
    kind = m.PortfolioBalanceType(call["balance_type"] or "TRADING_BALANCES")
    wallet_type = {"TRADING_BALANCES": m.WalletType.TRADING, "VAULT_BALANCES": m.WalletType.VAULT}.get(kind.value)
    balances = world.balances(call["portfolio_id"], wallet_type)
    wanted = symbol_set(call["symbols"])
    if wanted:
        balances = [b for b in balances if (b.symbol or "").upper() in wanted]
    fiat = [b for b in balances if (b.symbol or "").upper() in FIAT]
    total = m.AggregatedFiatBalance(
        total=sum((b.amount or Decimal(0) for b in fiat), Decimal(0)),
        holds=sum((b.holds or Decimal(0) for b in fiat), Decimal(0)),
    )
    return m.GetPortfolioBalancesResponse(balances=balances, type=kind, trading_balances=total)


@handles("GetWalletBalance")
def get_wallet_balance(world: World, call: Call) -> m.GetWalletBalanceResponse:
    wallet = world.wallet(call["portfolio_id"], call["wallet_id"])
    holds = world.holds[(call["portfolio_id"], wallet.symbol or "")] if wallet.type == m.WalletType.TRADING else 0
    balance = world.balance_model(wallet.symbol or "", world.balance[_id(wallet)], Decimal(holds))
    return m.GetWalletBalanceResponse(balance=attrs.evolve(balance, bonded_amount=world.bonded[_id(wallet)]))


@handles("ListEntityBalances")
def list_entity_balances(world: World, call: Call) -> Any:
    """What the entity holds (staked included) and owes (its loans) of each asset: the figures
    of its positions (`_handlers_entity.py`) and margin."""
    world.check_entity(call["entity_id"])
    wanted = symbol_set(call["symbols"])
    items = [
        m.EntityBalance(
            symbol=e.symbol.lower(),
            long_amount=e.long,
            long_notional=e.long_notional,
            short_amount=e.short,
            short_notional=e.short_notional,
        )
        for e in exposures(world)
        if not wanted or e.symbol in wanted
    ]
    return paginate(call, items)


@handles("GetPortfolioProducts")
def get_portfolio_products(world: World, call: Call) -> Any:
    world.portfolio(call["portfolio_id"])
    products = list(world.products.values())
    if call["product_type"]:
        products = [p for p in products if p.product_type == call["product_type"]]
    return paginate(call, products)


@handles("GetCandles")
def get_candles(world: World, call: Call) -> m.GetCandlesResponse:
    world.portfolio(call["portfolio_id"])
    if call["product_id"] not in world.products:
        raise SimError(400, f"unknown product {call['product_id']}", subcode="CANDLE_REQUEST_INVALID")
    step = GRANULARITY_SECONDS.get(call["granularity"])
    if step is None:
        raise SimError(400, f"unsupported granularity {call['granularity']}", subcode="CANDLE_REQUEST_INVALID")
    candles: list[m.Candle] = []
    at, end = call["start_time"], min(call["end_time"], datetime.max.replace(tzinfo=UTC) - timedelta(days=1))
    while at < end and len(candles) < 300:
        tick = int(at.timestamp()) // step
        prices = [world.price(call["product_id"], tick=tick * 4 + k) for k in range(4)]
        candles.append(
            m.Candle(
                timestamp=at,
                open=prices[0],
                high=max(prices),
                low=min(prices),
                close=prices[-1],
                volume=Decimal(100 + tick % 50),
            )
        )
        at += timedelta(seconds=step)
    return m.GetCandlesResponse(candles=candles)


@handles("GetEntityUsers")
def get_entity_users(world: World, call: Call) -> Any:
    world.check_entity(call["entity_id"])
    return paginate(call, world.users)


@handles("GetPortfolioUsers")
def get_portfolio_users(world: World, call: Call) -> Any:
    world.portfolio(call["portfolio_id"])
    users = [m.PortfolioUser(portfolio_id=call["portfolio_id"], **attrs.asdict(u, recurse=False)) for u in world.users]
    return paginate(call, users)


@handles("GetBuyingPower")
def get_buying_power(world: World, call: Call) -> m.GetBuyingPowerResponse:
    pid, base, quote = call["portfolio_id"], call["base_currency"], call["quote_currency"]
    world.portfolio(pid)
    return m.GetBuyingPowerResponse(
        buying_power=m.BuyingPower(
            portfolio_id=pid,
            base_currency=base,
            quote_currency=quote,
            base_buying_power=world.available(pid, base.upper()),
            quote_buying_power=world.available(pid, quote.upper()),
        )
    )


@handles("GetWithdrawalPower")
def get_withdrawal_power(world: World, call: Call) -> m.GetWithdrawalPowerResponse:
    pid, symbol = call["portfolio_id"], call["symbol"]
    world.portfolio(pid)
    power = m.WithdrawalPower(symbol=symbol, amount=world.available(pid, symbol.upper()))
    return m.GetWithdrawalPowerResponse(withdrawal_power=power)


# -- wallets -----------------------------------------------------------------------------------


@handles("GetWallets")
def get_wallets(world: World, call: Call) -> Any:
    world.portfolio(call["portfolio_id"])
    wanted = symbol_set(call["symbols"])
    wallets = [
        world.wallets[wid]
        for wid in world.wallets_of[call["portfolio_id"]]
        if world.wallets[wid].type == call["type"] and (not wanted or world.wallets[wid].symbol in wanted)
    ]
    return paginate(call, wallets)


@handles("GetWallet")
def get_wallet(world: World, call: Call) -> m.GetWalletResponse:
    return m.GetWalletResponse(wallet=world.wallet(call["portfolio_id"], call["wallet_id"]))


@handles("CreateWallet")
def create_wallet(world: World, call: Call) -> m.CreateWalletResponse:
    world.portfolio(call["portfolio_id"])
    wallet_type = m.WalletType(call["wallet_type"] or "VAULT")
    symbol = call["symbol"].upper()
    if not SYMBOL.fullmatch(symbol):
        raise SimError(400, f"invalid value for symbol: {call['symbol']!r:.100} is not an asset symbol", field="symbol")
    world.add_wallet(call["portfolio_id"], symbol, wallet_type, call["name"])
    activity = world.record_activity(
        call["portfolio_id"],
        m.ActivityCategory.ACTIVITY_CATEGORY_ACCOUNT,
        m.ActivityType.ACTIVITY_TYPE_CREATE_WALLET,
        f"Create {symbol} wallet {call['name']}",
        [symbol],
    )
    return m.CreateWalletResponse(
        activity_id=activity.id,
        name=call["name"],
        symbol=symbol,
        wallet_type=wallet_type,
        network_family=call["network_family"],
    )


@handles("ListWalletAddresses")
def list_wallet_addresses(world: World, call: Call) -> Any:
    """The wallet's own address on its asset's default network, then those created for it, oldest
    first; only those of `network_id` when given."""
    wallet = world.wallet(call["portfolio_id"], call["wallet_id"])
    addresses = list(world.custody.deposit_addresses[_id(wallet)])
    networks = ASSETS.get(wallet.symbol or "", ("", (), False))[1]
    if wallet.address:
        own = m.BlockchainAddress(
            address=wallet.address, network=m.Network(id=networks[0] if networks else "", type="mainnet")
        )
        addresses.insert(0, own)
    if call["network_id"]:
        addresses = [a for a in addresses if a.network and a.network.id == call["network_id"]]
    return paginate(call, addresses, listed=True)


@handles("CreateWalletDepositAddress")
def create_wallet_deposit_address(world: World, call: Call) -> m.BlockchainAddress:
    wallet = world.wallet(call["portfolio_id"], call["wallet_id"])
    if wallet.symbol in FIAT:
        raise SimError(400, "fiat wallets have no blockchain address", subcode="WALLET_NOT_DEPOSITABLE")
    network = m.Network(id=call["network_id"], type="mainnet")
    address = m.BlockchainAddress(address=f"0x{world.new_id().replace('-', '')}", network=network)
    world.custody.deposit_addresses[_id(wallet)].append(address)
    return address


@handles("GetWalletDepositInstructions")
def get_wallet_deposit_instructions(world: World, call: Call) -> m.GetWalletDepositInstructionsResponse:
    wallet = world.wallet(call["portfolio_id"], call["wallet_id"])
    return m.GetWalletDepositInstructionsResponse(
        crypto_instructions=m.WalletCryptoDepositInstructions(
            id=wallet.id,
            name=wallet.name,
            type=m.WalletDepositInstructionType(call["deposit_type"]),
            address=wallet.address,
            network=m.Network(id=call["network_id"], type=call["network_type"]),
        )
    )


# -- orders ------------------------------------------------------------------------------------


@handles("CreateOrder")
def create_order(world: World, call: Call) -> m.CreateOrderResponse:
    order = world.create_order(call["portfolio_id"], call.body)
    world.advance()
    return m.CreateOrderResponse(order_id=order.id)


@handles("OrderPreview")
def order_preview(world: World, call: Call) -> m.PostOrderPreviewResponse:
    req = call.body
    price, qty = world.market_quote(call["portfolio_id"], req)
    total = qty * price
    return m.PostOrderPreviewResponse(
        portfolio_id=call["portfolio_id"],
        product_id=req.product_id,
        side=req.side,
        type=req.type,
        base_quantity=req.base_quantity,
        quote_value=req.quote_value,
        limit_price=req.limit_price,
        commission=(total * Decimal("0.001")).quantize(Decimal("0.01")),
        slippage=Decimal(0),
        best_bid=price - Decimal("0.01"),
        best_ask=price + Decimal("0.01"),
        average_filled_price=price,
        order_total=total.quantize(Decimal("0.01")),
    )


@handles("GetOrder")
def get_order(world: World, call: Call) -> m.GetOrderResponse:
    world.advance()
    return m.GetOrderResponse(order=world.order(call["portfolio_id"], call["order_id"]))


def _orders(world: World, call: Call, statuses: set[str] | None) -> list[m.Order]:
    world.portfolio(call["portfolio_id"])
    world.advance()
    products = set(call["product_ids"] or ())
    bounds = window(call, "start_date", "end_date")
    out = []
    for oid in world.orders_of[call["portfolio_id"]]:
        order = world.orders[oid]
        if (
            (statuses is None or order.status in statuses)
            and (not products or order.product_id in products)
            and (call["order_type"] is None or order.type == call["order_type"])
            and (call["order_side"] is None or order.side == call["order_side"])
            and in_range(order.created_at, bounds)
        ):
            out.append(order)
    return out


@handles("GetOrders")
def get_orders(world: World, call: Call) -> Any:
    return paginate(call, _orders(world, call, set(call["order_statuses"] or ()) or None))


@handles("GetOpenOrders")
def get_open_orders(world: World, call: Call) -> Any:
    return paginate(call, _orders(world, call, {"OPEN"}))


@handles("CancelOrder")
def cancel_order(world: World, call: Call) -> m.CancelOrderResponse:
    world.advance()
    return m.CancelOrderResponse(id=world.cancel_order(call["portfolio_id"], call["order_id"]).id)


@handles("EditOrder")
def edit_order(world: World, call: Call) -> m.EditOrderResponse:
    order = world.edit_order(call["portfolio_id"], call["order_id"], call.body)
    world.advance()
    return m.EditOrderResponse(order_id=order.id)


@handles("GetOrderEditHistory")
def get_order_edit_history(world: World, call: Call) -> m.GetOrderEditHistoryResponse:
    order = world.order(call["portfolio_id"], call["order_id"])
    return m.GetOrderEditHistoryResponse(order_id=order.id, edit_history=order.edit_history or [])


@handles("GetPortfolioFills")
def get_portfolio_fills(world: World, call: Call) -> Any:
    world.portfolio(call["portfolio_id"])
    world.advance()
    bounds = window(call, "start_date", "end_date")
    fills = [f for f in world.fills_of[call["portfolio_id"]] if in_range(f.time, bounds)]
    return paginate(call, fills)


@handles("GetOrderFills")
def get_order_fills(world: World, call: Call) -> Any:
    order = world.order(call["portfolio_id"], call["order_id"])
    return paginate(call, world.fills_of_order[_id(order)])


@handles("CreateQuoteRequest")
def create_quote(world: World, call: Call) -> m.QuoteResponse:
    req = call.body
    price, qty = world.market_quote(call["portfolio_id"], req)
    asked = req.quote_duration_ms or 0  # check_body and the converter made it an int (or None)
    if not 0 <= asked <= MAX_QUOTE_DURATION_MS:
        message = f"invalid value for quote_duration_ms: {asked} is over {MAX_QUOTE_DURATION_MS} or negative"
        raise SimError(400, message, subcode="ORDER_QUOTE_DURATION_INVALID")
    quote = m.QuoteResponse(
        quote_id=world.new_id(),
        expiration_time=world.now() + timedelta(milliseconds=asked or DEFAULT_QUOTE_DURATION_MS),
        best_price=price,
        order_total=(qty * price).quantize(Decimal("0.01")),
        price_inclusive_of_fees=price,
        quote_duration_ms=asked,  # the spec: an echo of the request's, 0 when it had none
    )
    world.quotes[quote.quote_id or ""] = (call["portfolio_id"], quote, req)
    return quote


@handles("AcceptQuote")
def accept_quote(world: World, call: Call) -> m.AcceptQuoteResponse:
    pid, req = call["portfolio_id"], call.body
    world.portfolio(pid)
    entry = world.quotes.get(req.quote_id)
    if entry is None or entry[0] != pid:
        raise SimError(404, f"quote {req.quote_id} not found", subcode="AUTH_RESOURCE_NOT_FOUND")
    _, quote, rfq = entry
    if quote.expiration_time and world.now() > quote.expiration_time:
        raise SimError(400, f"quote {req.quote_id} has expired", subcode="ORDER_REJECTED")
    order = world.create_order(
        pid,
        OrderRequest(
            product_id=rfq.product_id,
            side=rfq.side,
            client_order_id=req.client_order_id,
            base_quantity=rfq.base_quantity,
            quote_value=rfq.quote_value,
            type="RFQ",
            limit_price=quote.best_price,
        ),
    )
    del world.quotes[req.quote_id]
    return m.AcceptQuoteResponse(order_id=order.id)


# -- money movements ---------------------------------------------------------------------------


def _activity(world: World, pid: str, kind: m.ActivityType, title: str, symbol: str, ref: str) -> m.Activity:
    return world.record_activity(
        pid, m.ActivityCategory.ACTIVITY_CATEGORY_TRANSACTION, kind, title, [symbol], reference_id=ref
    )


@handles("CreateWalletWithdrawal")
def create_withdrawal(world: World, call: Call) -> m.CreateWalletWithdrawalResponse:
    pid, req = call["portfolio_id"], call.body
    wallet = world.wallet(pid, call["wallet_id"])
    symbol = req.currency_symbol.upper()
    if symbol != wallet.symbol:
        raise SimError(400, f"wallet {wallet.id} holds {wallet.symbol}, not {symbol}", field="currency_symbol")
    destination = req.blockchain_address or req.payment_method or req.counterparty
    if destination is None:
        message = "a destination (blockchain_address, payment_method or counterparty) is required"
        raise SimError(400, message, field="destination_type", missing=True)
    world.debit(_id(wallet), req.amount)
    tx = world.record_transaction(
        pid,
        _id(wallet),
        m.TransactionType.WITHDRAWAL,
        symbol,
        req.amount,
        idempotency_key=req.idempotency_key,
        transfer_from=m.TransferLocation(type=m.TransferLocationType.WALLET, value=wallet.id),
        transfer_to=m.TransferLocation(type=m.TransferLocationType.ADDRESS, value=str(destination)),
    )
    activity = _activity(
        world, pid, m.ActivityType.ACTIVITY_TYPE_WITHDRAWAL, f"Withdraw {req.amount} {symbol}", symbol, _id(tx)
    )
    return m.CreateWalletWithdrawalResponse(
        activity_id=activity.id,
        symbol=symbol,
        amount=req.amount,
        fee=Decimal(0),
        destination_type=str(req.destination_type),
        source_type="WALLET",
        transaction_id=tx.id,
        blockchain_destination=req.blockchain_address,
    )


@handles("CreateWalletTransfer")
def create_transfer(world: World, call: Call) -> m.CreateWalletTransferResponse:
    pid, req = call["portfolio_id"], call.body
    source = world.wallet(pid, call["wallet_id"])
    target = world.wallets.get(req.destination)
    if target is None:
        raise SimError(400, f"destination wallet {req.destination} not found", field="destination")
    symbol = req.currency_symbol.upper()
    if not source.symbol == target.symbol == symbol:
        raise SimError(400, f"both wallets must hold {symbol}", field="destination")
    world.debit(_id(source), req.amount)
    world.balance[_id(target)] += req.amount
    out = world.record_transaction(
        pid,
        _id(source),
        m.TransactionType.INTERNAL_WITHDRAWAL,
        symbol,
        req.amount,
        idempotency_key=req.idempotency_key,
        transfer_from=m.TransferLocation(type=m.TransferLocationType.WALLET, value=source.id),
        transfer_to=m.TransferLocation(type=m.TransferLocationType.WALLET, value=target.id),
    )
    world.record_transaction(
        world.wallet_owner[_id(target)],
        _id(target),
        m.TransactionType.INTERNAL_DEPOSIT,
        symbol,
        req.amount,
        transfer_from=out.transfer_from,
        transfer_to=out.transfer_to,
    )
    activity = _activity(
        world, pid, m.ActivityType.ACTIVITY_TYPE_INTERNAL_TRANSFER, f"Transfer {req.amount} {symbol}", symbol, _id(out)
    )
    return m.CreateWalletTransferResponse(
        activity_id=activity.id,
        symbol=symbol,
        amount=req.amount,
        fee=Decimal(0),
        destination_address=target.id,
        destination_type="WALLET",
        source_address=source.id,
        source_type="WALLET",
        transaction_id=out.id,
    )


@handles("CreateConversion")
def create_conversion(world: World, call: Call) -> m.CreateConversionResponse:
    pid, req = call["portfolio_id"], call.body
    source = world.wallet(pid, call["wallet_id"])
    target = world.wallet(pid, req.destination) if req.destination in world.wallets else None
    pair = {req.source_symbol.upper(), req.destination_symbol.upper()}
    if pair != {"USD", "USDC"}:
        raise SimError(400, "conversions are between USD and USDC", subcode="CONVERSION_REQUEST_INVALID")
    if target is None or source.symbol != req.source_symbol.upper() or target.symbol != req.destination_symbol.upper():
        message = "source and destination wallets must hold the source and destination symbols"
        raise SimError(400, message, subcode="CONVERSION_REQUEST_INVALID")
    world.debit(_id(source), req.amount)
    world.balance[_id(target)] += req.amount
    tx = world.record_transaction(
        pid,
        _id(source),
        m.TransactionType.CONVERSION,
        source.symbol or "",
        req.amount,
        idempotency_key=req.idempotency_key,
        destination_symbol=target.symbol,
    )
    activity = _activity(
        world,
        pid,
        m.ActivityType.ACTIVITY_TYPE_CONVERSION,
        f"Convert {req.amount} {source.symbol} to {target.symbol}",
        source.symbol or "",
        _id(tx),
    )
    return m.CreateConversionResponse(
        activity_id=activity.id,
        source_symbol=source.symbol,
        destination_symbol=target.symbol,
        amount=req.amount,
        destination=target.id,
        source=source.id,
        transaction_id=tx.id,
    )


def _stake(
    world: World, pid: str, wallet_id: str, amount: Decimal | None, key: str, kind: m.TransactionType
) -> m.Transaction:
    """Stake (or unstake: the kind's name says which) at once; `_handlers_staking.py` shows the
    activation or exit still under way, from these transactions."""
    unstake = kind in (m.TransactionType.UNSTAKE, m.TransactionType.PORTFOLIO_UNSTAKE)
    wallet = world.wallets[wallet_id]
    symbol = wallet.symbol or ""
    if symbol not in STAKEABLE:
        raise SimError(400, f"{symbol} cannot be staked", subcode="STAKING_CURRENCY_UNSUPPORTED")
    if unstake:
        amount = amount or world.bonded[wallet_id]
        if amount <= 0 or amount > world.bonded[wallet_id]:
            message = f"cannot unstake {amount} {symbol}: {world.bonded[wallet_id]} staked"
            raise SimError(400, message, subcode="STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE")
        world.bonded[wallet_id] -= amount
        world.balance[wallet_id] += amount
    else:
        amount = amount or world.balance[wallet_id]
        world.debit(wallet_id, amount)
        world.bonded[wallet_id] += amount
    tx = world.record_transaction(pid, wallet_id, kind, symbol, amount, idempotency_key=key)
    return tx


@handles("StakingInitiate", "StakingUnstake")
def wallet_staking(world: World, call: Call) -> Any:
    pid, wid = call["portfolio_id"], call["wallet_id"]
    world.wallet(pid, wid)
    unstake = call.route.operation_id == "StakingUnstake"
    amount = call.body.inputs.amount if call.body.inputs else None
    tx_kind = m.TransactionType.UNSTAKE if unstake else m.TransactionType.STAKE
    tx = _stake(world, pid, wid, amount, call.body.idempotency_key, tx_kind)
    kind = m.ActivityType.ACTIVITY_TYPE_UNSTAKE if unstake else m.ActivityType.ACTIVITY_TYPE_STAKE
    activity = _activity(world, pid, kind, f"{kind.value} {tx.amount} {tx.symbol}", tx.symbol or "", _id(tx))
    return call.route.response_model(wallet_id=wid, transaction_id=tx.id, activity_id=activity.id)


@handles("PortfolioStakingInitiate", "PortfolioStakingUnstake")
def portfolio_staking(world: World, call: Call) -> Any:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    unstake = call.route.operation_id == "PortfolioStakingUnstake"
    wallet_id = world.trading_wallet(pid, call["currency_symbol"].upper())
    tx_kind = m.TransactionType.PORTFOLIO_UNSTAKE if unstake else m.TransactionType.PORTFOLIO_STAKE
    tx = _stake(world, pid, wallet_id, call["amount"], call["idempotency_key"], tx_kind)
    kind = m.ActivityType.ACTIVITY_TYPE_UNSTAKE if unstake else m.ActivityType.ACTIVITY_TYPE_STAKE
    activity = _activity(world, pid, kind, f"{kind.value} {tx.amount} {tx.symbol}", tx.symbol or "", _id(tx))
    return call.route.response_model(transaction_id=tx.id, activity_id=activity.id)


@handles("StakingClaimRewards")
def claim_rewards(world: World, call: Call) -> m.StakingClaimRewardsResponse:
    pid, wid = call["portfolio_id"], call["wallet_id"]
    wallet = world.wallet(pid, wid)
    if world.bonded[wid] <= 0:
        raise SimError(400, "nothing staked, no rewards to claim", subcode="STAKING_INSUFFICIENT_BALANCE")
    reward = (world.bonded[wid] * Decimal("0.0001")).quantize(Decimal("0.00000001"))
    world.balance[wid] += reward
    tx = world.record_transaction(
        pid, wid, m.TransactionType.REWARD, wallet.symbol or "", reward, idempotency_key=call.body.idempotency_key
    )
    activity = _activity(
        world, pid, m.ActivityType.ACTIVITY_TYPE_STAKE, f"Claim {reward} {wallet.symbol}", wallet.symbol or "", _id(tx)
    )
    return m.StakingClaimRewardsResponse(wallet_id=wid, transaction_id=tx.id, activity_id=activity.id)


# -- transactions and activities ---------------------------------------------------------------


def _transactions(world: World, call: Call, ids: list[str]) -> list[m.Transaction]:
    wanted = symbol_set(call["symbols"])
    types = set(call["types"] or ())
    bounds = window(call, "start_time", "end_time")
    return [
        tx
        for tx in (world.transactions[i] for i in ids)
        if (not wanted or (tx.symbol or "").upper() in wanted)
        and (not types or tx.type in types)
        and in_range(tx.created_at, bounds)
    ]


@handles("GetPortfolioTransactions")
def get_portfolio_transactions(world: World, call: Call) -> Any:
    world.portfolio(call["portfolio_id"])
    return paginate(call, _transactions(world, call, world.transactions_of[call["portfolio_id"]]))


@handles("GetWalletTransactions")
def get_wallet_transactions(world: World, call: Call) -> Any:
    world.wallet(call["portfolio_id"], call["wallet_id"])
    return paginate(call, _transactions(world, call, world.transactions_of_wallet[call["wallet_id"]]))


@handles("GetTransaction")
def get_transaction(world: World, call: Call) -> m.GetTransactionResponse:
    return m.GetTransactionResponse(transaction=world.transaction(call["portfolio_id"], call["transaction_id"]))


def _activities(world: World, call: Call, ids: list[str]) -> list[m.Activity]:
    wanted = symbol_set(call["symbols"])
    categories, statuses = set(call["categories"] or ()), set(call["statuses"] or ())
    bounds = window(call, "start_time", "end_time")
    out = []
    for activity in (world.activities[i] for i in ids):
        at = datetime.fromisoformat(activity.created_at) if activity.created_at else None
        if (
            (not wanted or wanted & {s.upper() for s in activity.symbols or ()})
            and (not categories or activity.category in categories)
            and (not statuses or activity.status in statuses)
            and in_range(at, bounds)
        ):
            out.append(activity)
    return out


@handles("GetPortfolioActivities")
def get_portfolio_activities(world: World, call: Call) -> Any:
    world.portfolio(call["portfolio_id"])
    return paginate(call, _activities(world, call, world.activities_of[call["portfolio_id"]]))


@handles("GetEntityActivities")
def get_entity_activities(world: World, call: Call) -> Any:
    world.check_entity(call["entity_id"])
    return paginate(call, _activities(world, call, list(world.activities)))


@handles("GetActivity", "GetPortfolioActivity")
def get_activity(world: World, call: Call) -> Any:
    return call.route.response_model(activity=world.activity(call["activity_id"], call["portfolio_id"]))


# the other domains register their handlers on import
from . import (  # noqa: E402, F401
    _handlers_allocations,
    _handlers_cross_margin,
    _handlers_custody,
    _handlers_derivatives,
    _handlers_entity,
    _handlers_financing,
    _handlers_futures,
    _handlers_margin,
    _handlers_rewards,
    _handlers_staking,
    _handlers_transfers,
)
