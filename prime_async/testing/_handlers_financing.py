"""Financing operations: locates, loans and what follows from them (interest accruals, trade
finance obligations, post-trade credit, margin conversions), the trade-finance parameters, the
funding settings and stablecoin conversion fees (`_world_financing.py`, `_risk.py`).

Interest accrues daily on each loan's principal at its yearly rate over a 360-day year (SOFR 360
plus a spread), from the day it opened to yesterday; what is due is the principal and that
interest. Locates draw on a daily inventory per asset: what one portfolio locates, the others
cannot for that day."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from .. import models as m
from ._handling import Call, handles, window
from ._risk import exposures
from ._values import parse_datetime
from ._world import CENT, CRYPTO_PRICES, FIAT, SATOSHI, SimError, World
from ._world_financing import (
    BENCHMARK_RATE,
    LOCATE_CAPACITY_USD,
    PTC_LIMIT,
    TF_SPREAD,
    Loan,
    tier_of,
)

__all__ = ["accrued", "adjusted_equity"]

_ACCRUAL_IDS = uuid.UUID("5b3f0c1e-64c9-4d0e-9a53-5c0a7d1f2e88")  # the namespace of accrual ids (uuid5)
CONVERSION_FEE_TIERS = ((Decimal(0), Decimal(10_000_000), Decimal("0")),
                        (Decimal(10_000_000), Decimal(150_000_000), Decimal("5.0")),
                        (Decimal(150_000_000), None, Decimal("2.5")))  # fmt: skip


def _rfc3339(at: datetime | date) -> str:
    if not isinstance(at, datetime):
        at = datetime(at.year, at.month, at.day, tzinfo=UTC)
    return at.isoformat().replace("+00:00", "Z")


def _day(call: Call, *names: str) -> str:
    """The call's day (YYYY-MM-DD) from the first of `names` it gives; today when none."""
    for name in names:
        value = call[name]
        if value:
            try:
                return date.fromisoformat(str(value)[:10]).isoformat()
            except ValueError:
                raise SimError(
                    400,
                    f"invalid value for {name}: {value!r:.40} is not a YYYY-MM-DD date",
                    subcode="LOCATE_DATE_INVALID",
                ) from None
    return ""


# -- locates -----------------------------------------------------------------------------------


def _capacity(symbol: str) -> Decimal:
    return (LOCATE_CAPACITY_USD / CRYPTO_PRICES[symbol]).quantize(Decimal("0.0001"))


@handles("GetLocateAvailabilities")
def get_locate_availabilities(world: World, call: Call) -> m.GetLocateAvailabilitiesResponse:
    world.check_entity(call["entity_id"])
    day = _day(call, "locate_date", "conversion_date") or world.now().date().isoformat()
    locates = [
        m.Locate(symbol=s, quantity=_capacity(s) - world.financing.located(s, day), rate=tier_of(s).locate_rate)
        for s in sorted(CRYPTO_PRICES)
    ]
    return m.GetLocateAvailabilitiesResponse(locates=locates)


@handles("CreateNewLocates")
def create_new_locates(world: World, call: Call) -> m.CreateNewLocatesResponse:
    """Approved up to what the day's inventory has left: "filled", "partially_filled" or
    "rejected" (the spec shows "filled"; the other two inferred)."""
    pid = call["portfolio_id"]
    world.portfolio(pid)
    symbol, amount = call["symbol"].upper(), call["amount"]
    if symbol not in CRYPTO_PRICES:
        raise SimError(400, f"{symbol!r:.20} cannot be located", subcode="LOCATE_REQUEST_INVALID")
    if amount <= 0:
        raise SimError(400, f"invalid value for amount: {amount} must be positive", subcode="LOCATE_REQUEST_INVALID")
    today = world.now().date().isoformat()
    day = _day(call, "locate_date", "conversion_date") or today
    if day < today:
        raise SimError(400, f"locate_date {day} is in the past", subcode="LOCATE_DATE_INVALID")
    approved = max(Decimal(0), min(amount, _capacity(symbol) - world.financing.located(symbol, day)))
    status = "filled" if approved == amount else "partially_filled" if approved else "rejected"
    locate = m.ExistingLocate(
        locate_id=world.new_id(),
        entity_id=world.entity_id,
        portfolio_id=pid,
        symbol=symbol,
        requested_amount=amount,
        interest_rate=tier_of(symbol).locate_rate,
        status=status,
        approved_amount=approved,
        conversion_date=_rfc3339(date.fromisoformat(day)),
        created_at=_rfc3339(world.now()),
        locate_date=_rfc3339(date.fromisoformat(day)),
    )
    world.financing.locates.setdefault(pid, []).append(locate)
    return m.CreateNewLocatesResponse(locate_id=locate.locate_id)


@handles("GetExistingLocates")
def get_existing_locates(world: World, call: Call) -> m.GetExistingLocatesResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    ids, day = set(call["locate_ids"] or ()), _day(call, "locate_date", "conversion_date")
    locates = [
        loc
        for loc in world.financing.locates.get(pid, [])
        if (not ids or loc.locate_id in ids) and (not day or loc.locate_date[:10] == day)
    ]
    return m.GetExistingLocatesResponse(locates=locates)


# -- loans -------------------------------------------------------------------------------------


def _accrual_days(world: World, loan: Loan) -> list[date]:
    """The days a loan has accrued interest for: from the day it opened to yesterday."""
    first, last = loan.opened_at.date(), min(world.now(), loan.due_at).date() - timedelta(days=1)
    return [first + timedelta(days=k) for k in range((last - first).days + 1)]


def _daily_interest(loan: Loan) -> Decimal:
    return (loan.amount * loan.rate / 360).quantize(SATOSHI)


def accrued(world: World, loan: Loan) -> Decimal:
    """The interest a loan has accrued so far, in its own asset."""
    return _daily_interest(loan) * len(_accrual_days(world, loan))


def _accruals(world: World, call: Call, portfolio_id: str | None) -> list[m.Accrual]:
    bounds = window(call, "start_date", "end_date")
    out = []
    for loan in world.financing.loans_of(portfolio_id):
        price = world.usd_price(loan.symbol)
        nominal = _daily_interest(loan)
        for day in _accrual_days(world, loan):
            at = datetime(day.year, day.month, day.day, tzinfo=UTC)
            if (bounds[0] is not None and at < bounds[0]) or (bounds[1] is not None and at >= bounds[1]):
                continue
            out.append(
                m.Accrual(
                    accrual_id=str(uuid.uuid5(_ACCRUAL_IDS, f"{loan.id}/{day}")),
                    date=_rfc3339(at),
                    portfolio_id=loan.portfolio_id,
                    symbol=loan.symbol,
                    loan_type=loan.loan_type,
                    interest_rate=loan.rate,
                    nominal_accrual=nominal,
                    notional_accrual=(nominal * price).quantize(SATOSHI),
                    conversion_rate=price,
                    loan_amount=loan.amount,
                    benchmark=m.Benchmark.SOFR_360,
                    benchmark_rate=(BENCHMARK_RATE / 360).quantize(Decimal("0.0000001")),
                    spread=(TF_SPREAD / 360).quantize(Decimal("0.0000001")),
                    rate_type=m.RateType.APR_360,
                    loan_amount_notional=(loan.amount * price).quantize(CENT),
                    nominal_open_borrow_sod=loan.amount,
                    notional_open_borrow_sod=(loan.amount * price).quantize(CENT),
                )
            )
    return sorted(out, key=lambda a: (a.date, a.portfolio_id))


def _total(accruals: list[m.Accrual]) -> Decimal:
    return sum((a.notional_accrual or Decimal(0) for a in accruals), Decimal(0))


@handles("GetInterestAccruals")
def get_interest_accruals(world: World, call: Call) -> m.GetInterestAccrualsResponse:
    world.check_entity(call["entity_id"])
    if call["portfolio_id"]:
        world.portfolio(call["portfolio_id"])
    accruals = _accruals(world, call, call["portfolio_id"] or None)
    return m.GetInterestAccrualsResponse(total_notional_accrual=_total(accruals), accruals=accruals)


@handles("GetPortfolioInterestAccruals")
def get_portfolio_interest_accruals(world: World, call: Call) -> m.GetPortfolioInterestAccrualsResponse:
    world.portfolio(call["portfolio_id"])
    accruals = _accruals(world, call, call["portfolio_id"])
    return m.GetPortfolioInterestAccrualsResponse(total_notional_accrual=_total(accruals), accruals=accruals)


@handles("ListTFObligations")
def list_tf_obligations(world: World, call: Call) -> m.ListTFObligationsResponse:
    world.check_entity(call["entity_id"])
    obligations = [
        m.TFObligation(
            portfolio_id=loan.portfolio_id,
            symbol=loan.symbol,
            amount_due=loan.amount + accrued(world, loan),
            notional_amount=(loan.amount * world.usd_price(loan.symbol)).quantize(CENT),
            due_date=_rfc3339(loan.due_at),
        )
        for loan in world.financing.loans
    ]
    return m.ListTFObligationsResponse(obligations=obligations)


def adjusted_equity(world: World, portfolio_id: str | None) -> tuple[Decimal, Decimal]:
    """(adjusted asset value, adjusted liability value): the trade-finance view of what a
    portfolio (or the entity) holds and owes, each asset weighted by its adjustment factor."""
    assets = liabilities = Decimal(0)
    for e in exposures(world, portfolio_id):
        assets += e.long_notional * e.tier.asset_adjustment
        liabilities += e.short_notional * e.tier.liability_adjustment
    return assets.quantize(CENT), liabilities.quantize(CENT)


@handles("GetPostTradeCredit")
def get_post_trade_credit(world: World, call: Call) -> m.GetPostTradeCreditResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    loans = world.financing.loans_of(pid)
    utilized = sum(((loan.amount * world.usd_price(loan.symbol)).quantize(CENT) for loan in loans), Decimal(0))
    assets, liabilities = adjusted_equity(world, pid)
    return m.GetPostTradeCreditResponse(
        post_trade_credit=m.PostTradeCreditInformation(
            portfolio_id=pid,
            currency="USD",
            limit=PTC_LIMIT,
            utilized=utilized,
            available=PTC_LIMIT - utilized,
            frozen=False,
            amounts_due=[
                m.AmountDue(currency=loan.symbol, amount=loan.amount + accrued(world, loan), due_date=loan.due_at)
                for loan in loans
            ],
            enabled=True,
            adjusted_credit_utilized=liabilities,
            adjusted_portfolio_equity=assets - liabilities,
        )
    )


@handles("GetMarginConversions")
def get_margin_conversions(world: World, call: Call) -> m.GetMarginConversionsResponse:
    """The daily conversion (00:00 UTC) of each day a loan was open: its trade-finance balance,
    none converted (portfolio margin is off in the simulated entity)."""
    pid = call["portfolio_id"]
    world.portfolio(pid)
    bounds = window(call, "start_date", "end_date")
    days = sorted({d for loan in world.financing.loans_of(pid) for d in _accrual_days(world, loan)})
    conversions = []
    for day in days:
        at = datetime(day.year, day.month, day.day, tzinfo=UTC)
        if (bounds[0] is not None and at < bounds[0]) or (bounds[1] is not None and at >= bounds[1]):
            continue
        open_loans = [loan for loan in world.financing.loans_of(pid) if day in _accrual_days(world, loan)]
        details = [
            m.ConversionDetail(
                symbol=loan.symbol,
                tf_balance=loan.amount,
                notional_tf_balance=(loan.amount * world.usd_price(loan.symbol)).quantize(CENT),
                converted_balance=Decimal(0),
                notional_converted_balance=Decimal(0),
                interest_rate=loan.rate,
                conversion_rate=world.usd_price(loan.symbol),
            )
            for loan in open_loans
        ]
        rate = open_loans[0].rate
        conversions.append(
            m.Conversion(
                conversion_details=details,
                short_collateral=m.ShortCollateral(
                    old_balance=Decimal(0),
                    new_balance=Decimal(0),
                    loan_interest_rate=rate,
                    collateral_interest_rate=Decimal(0),
                ),
                conversion_datetime=_rfc3339(at),
                portfolio_id=pid,
            )
        )
    return m.GetMarginConversionsResponse(conversions=conversions)


# -- parameters, settings, fees ----------------------------------------------------------------


@handles("ListFinancingEligibleAssets")
def list_financing_eligible_assets(world: World, call: Call) -> m.ListFinancingEligibleAssetsResponse:
    assets = [
        m.TFAsset(
            symbol=s, asset_adjustment=tier_of(s).asset_adjustment, liability_adjustment=tier_of(s).liability_adjustment
        )
        for s in (*FIAT, *sorted(CRYPTO_PRICES))
    ]
    return m.ListFinancingEligibleAssetsResponse(assets=assets)


@handles("GetTFTieredPricingFees")
def get_tf_tiered_pricing_fees(world: World, call: Call) -> m.GetTFTieredPricingFeesResponse:
    """The fees do not change over time in the simulated world: any `effective_at` gets today's."""
    world.check_entity(call["entity_id"])
    if call["effective_at"]:
        parse_datetime("effective_at", call["effective_at"])
    fees = [m.TieredPricingFee(symbol=s, fee=tier_of(s).tf_fee_bps) for s in (*FIAT, *sorted(CRYPTO_PRICES))]
    return m.GetTFTieredPricingFeesResponse(fees=fees)


@handles("UpdateFundingSettings")
def update_funding_settings(world: World, call: Call) -> m.UpdateFundingSettingsResponse:
    """Approved at once; the designated portfolio is where futures sweeps go and the FCM balance's
    portfolio_id."""
    world.check_entity(call["entity_id"])
    designated = call["designated_funding_portfolio_id"]
    if designated not in world.portfolios:
        raise SimError(
            400,
            f"designated_funding_portfolio_id {designated!r:.60} is not a portfolio of the entity",
            subcode="PORTFOLIO_ID_INVALID",
        )
    target = call["excess_funds_target_amount"]
    if target < 0:
        raise SimError(
            400,
            f"excess_funds_target_amount {target} must be zero or more",
            subcode="FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID",
        )
    funding = world.financing.funding
    funding.designated_funding_portfolio_id = designated
    funding.automatic_conversion_enabled = call["automatic_conversion_enabled"]
    funding.automatic_excess_return_enabled = call["automatic_excess_return_enabled"]
    funding.excess_funds_target_amount = target
    funding.automatic_loan_enabled = bool(call["automatic_loan_enabled"])
    activity = world.record_activity(
        None,
        m.ActivityCategory.ACTIVITY_CATEGORY_ACCOUNT,
        m.ActivityType.ACTIVITY_TYPE_SETTINGS,
        "Update funding settings",
        ["USD"],
    )
    return m.UpdateFundingSettingsResponse(
        activity_id=activity.id,
        activity_type=m.CustodyActivityType.ACTIVITY_TYPE_SETTINGS_CHANGE.value,
        num_approvals_remaining=0,
    )


@handles("GetConversionFees")
def get_conversion_fees(world: World, call: Call) -> m.GetConversionFeesResponse:
    """The fee tiers, and this month's net conversion volume from the entity's conversions."""
    month = world.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    to_usd = Decimal(0)  # USDC converted to USD, less USD converted to USDC
    for tx in world.transactions.values():
        if tx.type == m.TransactionType.CONVERSION and tx.created_at and tx.created_at >= month:
            to_usd += (tx.amount or Decimal(0)) * (1 if tx.symbol == "USDC" else -1)
    tiers = [
        m.ConversionFeeTier(min_threshold=low, max_threshold=high, rate_bps=bps)
        for low, high, bps in CONVERSION_FEE_TIERS
    ]
    return m.GetConversionFeesResponse(
        fees=[
            m.ConversionFee(from_currency="USDC", to_currency="USD", net_conversion_volume_mtd=to_usd, fee_tiers=tiers),
            m.ConversionFee(
                from_currency="USD", to_currency="USDC", net_conversion_volume_mtd=-to_usd, fee_tiers=tiers
            ),
        ]
    )
