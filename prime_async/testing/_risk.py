"""The derived numbers of the simulated world, computed the same way wherever they are shown:
daily closes (the ONE_DAY candles' closes), volatilities and volumes (market data), what each
portfolio holds and owes of each asset (positions, margin, cross margin, post-trade credit), and
the FCM account's profit, loss and margin (futures, cross margin).

Nothing here is stored: every figure follows from the world's balances, loans, positions and
prices at the moment it is asked for."""

from __future__ import annotations

import functools
import itertools
import math
import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any

import attrs

from .. import models as m
from ._world import CENT, CRYPTO_PRICES, World
from ._world_financing import RiskTier, asset_tier, tier_of

__all__ = [
    "Exposure",
    "FcmFigures",
    "MarketStats",
    "adv_30d",
    "daily_close",
    "exposures",
    "fcm",
    "market_stats",
    "today",
]

DAY = 86_400
D = Decimal
RATIO = D("0.0001")
MARGIN_CALL_IDS = uuid.UUID("0d9c5a52-2f0e-4c51-8f0b-6a7d3b1e9c44")  # the namespace of margin call ids (uuid5)


def today(world: World) -> int:
    """The world's current day, as a count of days since the epoch (UTC)."""
    return int(world.now().timestamp()) // DAY


def daily_close(world: World, symbol: str, day: int) -> Decimal:
    """The USD close of an asset on a day: the close of that day's ONE_DAY candle (GetCandles)."""
    if symbol not in CRYPTO_PRICES:
        return world.usd_price(symbol)
    return world.price(f"{symbol}-USD", tick=day * 4 + 3)


def daily_volume(day: int) -> Decimal:
    """The base volume of a day's ONE_DAY candle (GetCandles)."""
    return D(100 + day % 50)


@attrs.frozen
class MarketStats:
    """One asset's volatilities and 30-day average daily volume on a day: what margin add-ons read."""

    vol_5d: Decimal
    vol_30d: Decimal
    vol_90d: Decimal
    adv_30d: Decimal  # USD
    weighted_vol: Decimal


def market_stats(world: World, symbol: str, day: int) -> MarketStats:
    return _market_stats(world, symbol, day)


@functools.lru_cache(maxsize=1024)
def _market_stats(world: World, symbol: str, day: int) -> MarketStats:
    """Yearly volatilities of the daily closes over the trailing 5, 30 and 90 days (the spec's
    "0.65 = 65%"), the 30-day average daily volume in USD, and the weighted volatility: half the
    latest 5-day figure, half the highest 5-day figure of the last 30 days."""
    closes = [float(daily_close(world, symbol, d)) for d in range(day - 120, day + 1)]
    returns = [math.log(b / a) for a, b in itertools.pairwise(closes)]

    def vol(n: int, end: int = len(returns)) -> float:
        window = returns[end - n : end]
        mean = sum(window) / n
        return math.sqrt(sum((r - mean) ** 2 for r in window) / n * 365)

    vol5 = vol(5)
    highest5 = max(vol(5, len(returns) - k) for k in range(30))
    return MarketStats(
        vol_5d=_ratio(vol5),
        vol_30d=_ratio(vol(30)),
        vol_90d=_ratio(vol(90)),
        adv_30d=adv_30d(world, symbol, day),
        weighted_vol=_ratio((vol5 + highest5) / 2),
    )


def adv_30d(world: World, symbol: str, day: int) -> Decimal:
    total = sum((daily_volume(d) * daily_close(world, symbol, d) for d in range(day - 29, day + 1)), D(0))
    return (total / 30).quantize(CENT)


def _ratio(value: float) -> Decimal:
    return D(str(round(value, 4))).quantize(RATIO)


@attrs.frozen
class Exposure:
    """What a portfolio (or the whole entity) holds and owes of one asset, at today's price."""

    symbol: str
    long: Decimal  # held in every wallet, staked included
    short: Decimal  # owed: the loans in this asset
    price: Decimal

    @property
    def tier(self) -> RiskTier:
        return tier_of(self.symbol)

    @property
    def long_notional(self) -> Decimal:
        return (self.long * self.price).quantize(CENT)

    @property
    def short_notional(self) -> Decimal:
        return (self.short * self.price).quantize(CENT)

    @property
    def base_requirement(self) -> Decimal:
        tier = self.tier
        return (self.long_notional * tier.base_ratio_long + self.short_notional * tier.base_ratio_short).quantize(CENT)

    def volatility_addon(self, stats: MarketStats | None) -> Decimal:
        """The tier's volatility rates times the 30-day volatility, of the notional held and owed."""
        if stats is None:
            return D(0)
        tier = self.tier
        weighted = self.long_notional * tier.volatility_rate_long + self.short_notional * tier.volatility_rate_short
        return (weighted * stats.vol_30d).quantize(CENT)


def exposures(world: World, portfolio_id: str | None = None) -> list[Exposure]:
    """Per asset, sorted by symbol: the holdings and loans of one portfolio, or of all."""
    held: dict[str, Decimal] = defaultdict(Decimal)
    owed: dict[str, Decimal] = defaultdict(Decimal)
    portfolios = [portfolio_id] if portfolio_id is not None else list(world.portfolios)
    for pid in portfolios:
        for wid in world.wallets_of[pid]:
            held[world.wallets[wid].symbol or ""] += world.balance[wid] + world.bonded[wid]
    for loan in world.financing.loans_of(portfolio_id):
        owed[loan.symbol] += loan.amount
    return [
        Exposure(symbol, held[symbol], owed[symbol], world.usd_price(symbol))
        for symbol in sorted(set(held) | set(owed))
        if held[symbol] or owed[symbol]
    ]


def total(values: Any) -> Decimal:
    return sum(values, D(0))


def ratio(numerator: Decimal, denominator: Decimal) -> Decimal:
    """numerator / denominator to 4 places; 0 when the denominator is."""
    return (numerator / denominator).quantize(RATIO) if denominator else D(0)


@attrs.frozen
class EntityBook:
    """The entity's spot exposures (its own, or at a past day's close) and futures positions:
    what margin and cross margin are computed from."""

    spot: list[Exposure]
    stats: dict[str, MarketStats]
    futures_units: dict[str, Decimal]

    @classmethod
    def of(cls, world: World, day: int | None = None) -> EntityBook:
        spot = exposures(world)
        if day is not None:
            spot = [attrs.evolve(e, price=daily_close(world, e.symbol, day)) for e in spot]
        stats_day = today(world) - 1 if day is None else day
        stats = {e.symbol: market_stats(world, e.symbol, stats_day) for e in spot if e.symbol in CRYPTO_PRICES}
        units: dict[str, Decimal] = {}
        for p in world.futures.positions:
            units[p.symbol] = units.get(p.symbol, Decimal(0)) + p.signed_size
        return cls(spot, stats, units)

    @property
    def long_value(self) -> Decimal:
        return total(e.long_notional for e in self.spot)

    @property
    def short_value(self) -> Decimal:
        return total(e.short_notional for e in self.spot)

    @property
    def equity(self) -> Decimal:
        return self.long_value - self.short_value

    def base(self) -> Decimal:
        return total(e.base_requirement for e in self.spot)

    def addon(self) -> Decimal:
        return total(e.volatility_addon(self.stats.get(e.symbol)) for e in self.spot)

    def requirement(self) -> Decimal:
        return self.base() + self.addon()

    def cash(self) -> Decimal:
        return total(e.long_notional - e.short_notional for e in self.spot if asset_tier(e.symbol) is None)

    def integrated(self, world: World) -> tuple[Decimal, Decimal]:
        """(base, add-on) with each asset's futures netted against its spot position."""
        base = addon = Decimal(0)
        for e in self.spot:
            net = e.long - e.short + self.futures_units.get(e.symbol, Decimal(0))
            netted = Exposure(e.symbol, max(net, Decimal(0)), max(-net, Decimal(0)), e.price)
            base += netted.base_requirement
            addon += netted.volatility_addon(self.stats.get(e.symbol))
        return base, addon


@attrs.frozen
class FcmFigures:
    """The futures account's figures at one moment: unrealised P&L, margins, gross notional."""

    unrealized_pnl: Decimal
    initial_margin: Decimal
    maintenance_margin: Decimal
    notional: Decimal  # gross, of every open position

    def equity(self, cash: Decimal) -> Decimal:
        return cash + self.unrealized_pnl


def fcm(world: World, *, end_of_day: bool = False) -> FcmFigures:
    """The FCM account's open positions valued at the current price, or at yesterday's close."""
    pnl = initial = maintenance = notional = D(0)
    for position in world.futures.positions:
        price = futures_price(world, position.symbol, end_of_day=end_of_day)
        value = abs(position.signed_size) * price
        pnl += position.signed_size * (price - position.entry_price)
        initial += value * position.contract.initial_margin_rate
        maintenance += value * position.contract.maintenance_margin_rate
        notional += value
    return FcmFigures(pnl.quantize(CENT), initial.quantize(CENT), maintenance.quantize(CENT), notional.quantize(CENT))


def futures_price(world: World, symbol: str, *, end_of_day: bool = False) -> Decimal:
    return daily_close(world, symbol, today(world) - 1) if end_of_day else world.usd_price(symbol)


def health(utilization: Decimal) -> m.FcmMarginHealthState:
    if utilization < D("0.8"):
        return m.FcmMarginHealthState.FCM_MARGIN_HEALTH_STATE_HEALTHY
    if utilization < D("0.9"):
        return m.FcmMarginHealthState.FCM_MARGIN_HEALTH_STATE_RESTRICTED
    if utilization < D(1):
        return m.FcmMarginHealthState.FCM_MARGIN_HEALTH_STATE_PRE_LIQUIDATION
    return m.FcmMarginHealthState.FCM_MARGIN_HEALTH_STATE_LIQUIDATION
