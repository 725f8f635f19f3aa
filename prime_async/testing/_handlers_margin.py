"""Margin operations: the entity's margin summary (now, and each past day) and the market data
it uses; cross margin is `_handlers_cross_margin.py`.

One model computes margin and cross margin (`_risk.py`): for each asset, what the entity holds
and owes (its loans) at the price of the moment, a base requirement by the asset's tier and a
volatility add-on by its 30-day volatility. Equity is what is held less what is owed. Past days
are valued with today's holdings at that day's close (inferred: the world keeps no history of
balances)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from .. import models as m
from ._handlers_financing import adjusted_equity
from ._handling import Call, handles, paginate, window
from ._risk import (
    MARGIN_CALL_IDS,
    EntityBook,
    Exposure,
    MarketStats,
    daily_close,
    exposures,
    market_stats,
    ratio,
    today,
)
from ._world import CENT, CRYPTO_PRICES, SimError, World
from ._world_financing import (
    PM_CREDIT_LIMIT,
    PM_MARGIN_LIMIT,
    PTC_LIMIT,
    asset_tier,
)

__all__: list[str] = []

MAX_SUMMARY_DAYS = 31
HISTORY_DAYS = 366  # how far back the entity has margin summaries


def _margin_summary(world: World, day: int | None = None) -> m.MarginSummary:
    book = EntityBook.of(world, day)
    requirement, equity = book.requirement(), book.equity
    excess = equity - requirement
    assets, liabilities = adjusted_equity(world, None)
    balances = []
    for pid in world.portfolios:
        for e in exposures(world, pid):
            price = e.price if day is None else daily_close(world, e.symbol, day)
            balances.append(
                m.AssetBalance(
                    portfolio_id=pid,
                    symbol=e.symbol,
                    amount=e.long,
                    notional_amount=(e.long * price).quantize(CENT),
                    conversion_rate=price,
                )
            )
    loans = [
        m.LoanInfo(
            portfolio_id=loan.portfolio_id,
            symbol=loan.symbol,
            amount=loan.amount,
            notional_amount=(loan.amount * world.usd_price(loan.symbol)).quantize(CENT),
            due_date=loan.due_at.isoformat().replace("+00:00", "Z"),
        )
        for loan in world.financing.loans
    ]
    return m.MarginSummary(
        entity_id=world.entity_id,
        margin_equity=equity,
        margin_requirement=requirement,
        excess_deficit=excess,
        pm_credit_consumed=Decimal(0),
        tf_credit_limit=PTC_LIMIT * len(world.portfolios),
        tf_credit_consumed=book.short_value,
        tf_adjusted_asset_value=assets,
        tf_adjusted_liability_value=liabilities,
        tf_adjusted_credit_consumed=liabilities,
        tf_adjusted_equity=assets - liabilities,
        frozen=False,
        tf_enabled=True,
        pm_enabled=False,
        market_rates=[m.MarketRate(symbol=e.symbol, rate=str(e.price)) for e in book.spot],
        asset_balances=balances,
        tf_loans=loans,
        pm_loans=[],
        short_collateral=[],
        gross_market_value=book.long_value + book.short_value,
        net_market_value=equity,
        long_market_value=book.long_value,
        non_marginable_long_market_value=Decimal(0),
        short_market_value=book.short_value,
        gross_leverage=ratio(book.long_value + book.short_value, equity),
        net_exposure=ratio(equity, equity),
        pm_asset_info=[_pm_asset(e, book.stats[e.symbol]) for e in book.spot if e.symbol in book.stats],
        pm_credit_limit=PM_CREDIT_LIMIT,
        pm_margin_limit=PM_MARGIN_LIMIT,
        pm_margin_consumed=max(Decimal(0), -excess),
    )


def _pm_asset(e: Exposure, stats: MarketStats) -> m.PMAssetInfo:
    addon = e.volatility_addon(stats)
    return m.PMAssetInfo(
        symbol=e.symbol,
        amount=e.long - e.short,
        price=e.price,
        notional_amount=e.long_notional - e.short_notional,
        asset_tier=asset_tier(e.symbol) or "",
        margin_eligible=True,
        base_margin_requirement=e.tier.base_ratio_long,
        base_margin_requirement_notional=e.base_requirement,
        adv_30d=stats.adv_30d,
        hist_5d_vol=stats.vol_5d,
        hist_30d_vol=stats.vol_30d,
        hist_90d_vol=stats.vol_90d,
        volatility_addon=addon,
        liquidity_addon=Decimal(0),
        total_position_margin=e.base_requirement + addon,
        short_nominal=e.short,
        long_nominal=e.long,
    )


def _margin_calls(world: World, summary: m.MarginSummary) -> list[m.MarginCallRecord]:
    deficit = -(summary.excess_deficit or Decimal(0))
    if deficit <= 0:
        return []
    day = world.now().date()
    return [
        m.MarginCallRecord(
            margin_call_id=str(uuid.uuid5(MARGIN_CALL_IDS, f"{world.entity_id}/{day}")),
            initial_notional_amount=deficit,
            outstanding_notional_amount=deficit,
            created_at=f"{day.isoformat()}T00:00:00Z",
            due_at=f"{(day + timedelta(days=1)).isoformat()}T00:00:00Z",
        )
    ]


@handles("GetMarginInformation")
def get_margin_information(world: World, call: Call) -> m.GetMarginInformationResponse:
    world.check_entity(call["entity_id"])
    summary = _margin_summary(world)
    return m.GetMarginInformationResponse(
        margin_information=m.MarginInformation(
            margin_call_records=_margin_calls(world, summary), margin_summary=summary
        )
    )


@handles("GetMarginSummaries")
def get_margin_summaries(world: World, call: Call) -> m.GetMarginSummariesResponse:
    """One summary a day, at 00:00 UTC, for the days asked (by default the last seven), the
    current one excluded; at most 31 days at once, none before a year ago."""
    world.check_entity(call["entity_id"])
    low, high = window(call, "start_date", "end_date")
    last = today(world) - 1
    first_day = int(low.timestamp()) // 86_400 if low else last - 6
    last_day = min(last, (int(high.timestamp()) - 1) // 86_400 if high else last)
    if last_day - first_day + 1 > MAX_SUMMARY_DAYS:
        raise SimError(400, f"at most {MAX_SUMMARY_DAYS} days at once", subcode="MARGIN_SUMMARY_RANGE_INVALID")
    summaries = []
    for day in range(max(first_day, last - HISTORY_DAYS), last_day + 1):
        at = datetime.fromtimestamp(day * 86_400, UTC)
        summaries.append(
            m.MarginSummaryHistorical(
                conversion_datetime=at.isoformat().replace("+00:00", "Z"),
                conversion_date=date.fromordinal(at.toordinal()).isoformat(),
                margin_summary=_margin_summary(world, day),
            )
        )
    return m.GetMarginSummariesResponse(margin_summaries=summaries)


# -- market data -------------------------------------------------------------------------------


@handles("GetMarketData")
def get_market_data(world: World, call: Call) -> Any:
    """From the daily closes and volumes of the ONE_DAY candles, up to yesterday's."""
    world.check_entity(call["entity_id"])
    day = today(world) - 1
    items = []
    for symbol in sorted(CRYPTO_PRICES):
        s = market_stats(world, symbol, day)
        items.append(
            m.MarketData(
                symbol=symbol,
                vol_5d=s.vol_5d,
                vol_30d=s.vol_30d,
                vol_90d=s.vol_90d,
                adv_30d=s.adv_30d,
                weighted_vol=s.weighted_vol,
            )
        )
    return paginate(call, items, listed=True)
