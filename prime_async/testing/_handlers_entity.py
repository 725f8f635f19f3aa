"""Entity operations: its assets, payment methods, invoices, positions, each portfolio's
commission and counterparty id, and API key rotation (`_world_accounts.py`, `_risk.py`).

Positions are what each portfolio holds (staked included) and owes (its loans) of each asset,
the same figures as the entity's balances and margin. Invoices are computed from the world: each
month before the current one that has activity is billed its assets under custody (vault
balances, 5 bps a year at the month's last close) and its withdrawals (USD 15 each); the last
month is BILLED, the earlier ones PAID. Commission is the world's rate, on the trailing 90 days'
fills a month (the spec: "90 days divided by 3")."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from .. import models as m
from ._handling import Call, handles, paginate
from ._risk import daily_close, exposures
from ._world import ASSETS, CENT, COMMISSION_RATE, FIAT, SimError, World, record_id

__all__: list[str] = []

AUC_FEE_YEARLY = Decimal("0.0005")
WITHDRAWAL_FEE_USD = Decimal(15)
MAX_ROTATION_SECONDS = 30 * 86_400  # inferred: the spec caps it at the old key's expiry, not a number
_INVOICE_IDS = uuid.UUID("8f3a7c0e-1b2d-4e5f-9a6b-7c8d9e0f1a2b")  # the namespace of invoice ids (uuid5)


@handles("GetEntityAssets")
def get_entity_assets(world: World, call: Call) -> m.GetEntityAssetsResponse:
    world.check_entity(call["entity_id"])
    traded = {s for pid in world.products for s in pid.split("-")}
    assets = []
    for symbol, (name, networks, tag) in ASSETS.items():
        details = [
            m.NetworkDetails(
                network=m.Network(id=network, type="mainnet"),
                name=network.capitalize(),
                max_decimals="8",
                default=k == 0,
                trading_supported=symbol in traded,
                vault_supported=True,
                prime_custody_supported=True,
                destination_tag_required=tag,
                network_scoped_symbol=symbol if k == 0 else f"{network.upper()}{symbol}",
                min_withdrawal_amount=Decimal("0.0001"),
                min_deposit_amount=Decimal("0.0001"),
            )
            for k, network in enumerate(networks)
        ]
        assets.append(
            m.Asset(
                name=name,
                symbol=symbol,
                decimal_precision="2" if symbol in FIAT[:1] else "8",
                trading_supported=symbol in traded,
                networks=details,
            )
        )
    return m.GetEntityAssetsResponse(assets=assets)


@handles("GetEntityPaymentMethods")
def get_entity_payment_methods(world: World, call: Call) -> m.GetEntityPaymentMethodsResponse:
    world.check_entity(call["entity_id"])
    return m.GetEntityPaymentMethodsResponse(
        payment_methods=[p.summary() for p in world.accounts.payment_methods.values()]
    )


@handles("GetEntityPaymentMethodDetails")
def get_entity_payment_method_details(world: World, call: Call) -> m.GetEntityPaymentMethodDetailsResponse:
    world.check_entity(call["entity_id"])
    method = world.accounts.payment_methods.get(call["payment_method_id"])
    if method is None:
        raise SimError(404, f"payment method {call['payment_method_id']} not found", subcode="PAYMENT_METHOD_NOT_FOUND")
    return m.GetEntityPaymentMethodDetailsResponse(details=method.details())


# -- invoices ----------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> datetime:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return datetime(first_next.year, first_next.month, 1, tzinfo=UTC)


def _invoices(world: World) -> list[m.Invoice]:
    now = world.now()
    first = min((tx.created_at for tx in world.transactions.values() if tx.created_at), default=now)
    year, month = first.year, first.month
    months = []
    while (year, month) < (now.year, now.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    invoices = []
    for k, (year, month) in enumerate(months):
        end = _month_end(year, month)
        close_day = int(end.timestamp()) // 86_400 - 1
        items = []
        held: dict[str, Decimal] = {}
        for wallet_id, wallet in world.wallets.items():
            if wallet.type == m.WalletType.VAULT and wallet.created_at and wallet.created_at < end:
                held[wallet.symbol or ""] = held.get(wallet.symbol or "", Decimal(0)) + world.balance[wallet_id]
        for symbol, quantity in sorted(held.items()):
            price = daily_close(world, symbol, close_day)
            auc = (quantity * price).quantize(CENT)
            total = (auc * AUC_FEE_YEARLY / 12).quantize(CENT)
            items.append(
                m.InvoiceItem(
                    description=f"Assets under custody: {symbol}",
                    currency_symbol=symbol,
                    invoice_type=m.InvoiceType.INVOICE_TYPE_AUC_FEE,
                    rate=float(AUC_FEE_YEARLY),
                    quantity=float(quantity),
                    price=float(price),
                    average_auc=float(auc),
                    total=float(total),
                )
            )
        start = datetime(year, month, 1, tzinfo=UTC)
        withdrawals = sum(
            1
            for tx in world.transactions.values()
            if tx.type == m.TransactionType.WITHDRAWAL and tx.created_at and start <= tx.created_at < end
        )
        if withdrawals:
            items.append(
                m.InvoiceItem(
                    description="Withdrawals",
                    currency_symbol="USD",
                    invoice_type=m.InvoiceType.INVOICE_TYPE_WITHDRAWAL_FEE,
                    rate=float(WITHDRAWAL_FEE_USD),
                    quantity=float(withdrawals),
                    price=float(WITHDRAWAL_FEE_USD),
                    total=float(WITHDRAWAL_FEE_USD * withdrawals),
                )
            )
        owed = sum(item.total for item in items)
        paid = k < len(months) - 1
        invoices.append(
            m.Invoice(
                id=str(uuid.uuid5(_INVOICE_IDS, f"{world.entity_id}/{year}-{month:02d}")),
                billing_month=month,
                billing_year=year,
                due_date=(end + timedelta(days=14)).date().isoformat(),
                invoice_number=f"INV-{year}{month:02d}-{world.entity_id[:8].upper()}",
                state=m.InvoiceState.INVOICE_STATE_PAID if paid else m.InvoiceState.INVOICE_STATE_BILLED,
                usd_amount_paid=round(owed, 2) if paid else 0.0,
                usd_amount_owed=0.0 if paid else round(owed, 2),
                invoice_items=items,
            )
        )
    return invoices


@handles("GetInvoices")
def get_invoices(world: World, call: Call) -> m.GetInvoicesResponse:
    """Filtered by states, year and month; `cursor` is the count of invoices already read."""
    world.check_entity(call["entity_id"])
    states = set(call["states"] or ())
    invoices = [
        i
        for i in _invoices(world)
        if (not states or i.state in states)
        and (not call["billing_year"] or i.billing_year == call["billing_year"])
        and (not call["billing_month"] or i.billing_month == call["billing_month"])
    ]
    start = call["cursor"] or 0
    return m.GetInvoicesResponse(invoices=invoices[start : start + (call["limit"] or len(invoices))])


# -- positions ---------------------------------------------------------------------------------


@handles("ListEntityPositions")
def list_entity_positions(world: World, call: Call) -> Any:
    world.check_entity(call["entity_id"])
    positions = [
        m.Position(
            symbol=e.symbol,
            long=e.long,
            short=e.short,
            position_reference=m.PositionReference(id=pid, type=m.PositionReferenceType.PORTFOLIO),
        )
        for pid in world.portfolios
        for e in exposures(world, pid)
    ]
    return paginate(call, positions, listed=True)


@handles("ListAggregateEntityPositions")
def list_aggregate_entity_positions(world: World, call: Call) -> Any:
    world.check_entity(call["entity_id"])
    reference = m.PositionReference(id=world.entity_id, type=m.PositionReferenceType.ENTITY)
    positions = [
        m.Position(symbol=e.symbol, long=e.long, short=e.short, position_reference=reference) for e in exposures(world)
    ]
    return paginate(call, positions, listed=True)


# -- portfolio accounts ------------------------------------------------------------------------


@handles("GetPortfolioCommission")
def get_portfolio_commission(world: World, call: Call) -> m.GetPortfolioCommissionResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    if call["product_id"] and call["product_id"] not in world.products:
        raise SimError(400, f"unknown product {call['product_id']!r:.40}", subcode="COMMISSION_PRODUCT_ID_INVALID")
    since = world.now() - timedelta(days=90)
    volume = Decimal(0)
    for fill in world.fills_of[pid]:
        if fill.time and fill.time >= since:
            quote = (fill.product_id or "-USD").split("-")[1]
            volume += (fill.filled_value or Decimal(0)) * world.usd_price(quote)
    return m.GetPortfolioCommissionResponse(
        commission=m.Commission(type="ALL_IN", rate=COMMISSION_RATE, trading_volume=(volume / 3).quantize(CENT))
    )


@handles("GetPortfolioCounterpartyID")
def get_portfolio_counterparty_id(world: World, call: Call) -> m.GetPortfolioCounterpartyIDResponse:
    world.portfolio(call["portfolio_id"])
    return m.GetPortfolioCounterpartyIDResponse(
        counterparty=m.Counterparty(counterparty_id=world.accounts.counterparty_ids[call["portfolio_id"]])
    )


@handles("RotateAPIKey")
def rotate_api_key(world: World, call: Call) -> m.RotateAPIKeyResponse:
    """Starts a rotation awaiting its approvals (the activity stays PROCESSING; one at a time).
    The new key is not modelled: its encrypted credentials are random bytes, and the simulator's
    keys do not change."""
    seconds = call["duration_seconds"] or 0
    if not 0 <= seconds <= MAX_ROTATION_SECONDS:
        raise SimError(400, f"invalid value for duration_seconds: {seconds}", subcode="API_KEY_INVALID_DURATION")
    pending = world.accounts.pending_key_rotation
    if pending is not None:
        raise SimError(
            400, f"a rotation is already awaiting approval (activity {pending})", subcode="API_KEY_ALREADY_ROTATED"
        )
    activity = world.record_activity(
        None,
        m.ActivityCategory.ACTIVITY_CATEGORY_ACCOUNT,
        m.ActivityType.ACTIVITY_TYPE_API,
        "Rotate API key",
        [],
        status=m.ActivityStatus.ACTIVITY_STATUS_PROCESSING,
    )
    world.accounts.pending_key_rotation = record_id(activity)
    payload = bytes(world.rng.getrandbits(8) for _ in range(96))
    return m.RotateAPIKeyResponse(encrypted_credentials=base64.b64encode(payload).decode(), activity_id=activity.id)
