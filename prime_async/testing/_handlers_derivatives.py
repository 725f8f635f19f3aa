"""The simulated derivatives of a portfolio: GetDerivativePositions and
GetDerivativesCurrencySummary (operations newer than the public spec: spec/overlay.yaml).

Each portfolio holds a few perpetual futures on Coinbase International, settled in USDC: which
products, which side, how many contracts and the entry price are drawn once from the
portfolio's id (not from the world's random stream, so adding them changed no other id); the rest
is computed at each request from the world: the current price is the world's price of the
underlying (it moves with market time), and the unrealized PnL, the funding PnL, the margins, the
margin balance (the portfolio's USDC balance plus the PnL) and the health state follow from it.
The two operations read the same positions, so they agree with each other.

Inferred, not documented: the products (BTC/ETH/SOL-PERP), contract sizes, margin rates (10%
initial, 5% maintenance), the funding rate and the health-state thresholds. The FCM futures
state the simulator may model later (GetPositions, GetFcmBalance) is a different venue's
(Coinbase Financial Markets, dated futures) and is not read here.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_EVEN, Decimal

import attrs

from .. import models as m
from ._handlers_rewards import usdc_held
from ._handling import Call, handles
from ._world import World

__all__ = ["PERPETUALS", "Perpetual", "positions"]

CENT = Decimal("0.01")
SETTLEMENT = "USDC"
INITIAL_MARGIN = Decimal("0.10")
MAINTENANCE_MARGIN = Decimal("0.05")
FUNDING_PER_TICK = Decimal("0.00001")  # paid by longs to shorts, per step of market time


@attrs.frozen
class Perpetual:
    """A perpetual future the simulator lists, priced from the world's spot product it follows."""

    product_id: str
    underlying: str  # the world's spot product whose price it follows
    contract_size: Decimal  # base units per contract


PERPETUALS = (
    Perpetual("BTC-PERP", "BTC-USD", Decimal("0.01")),
    Perpetual("ETH-PERP", "ETH-USD", Decimal("0.1")),
    Perpetual("SOL-PERP", "SOL-USD", Decimal("1")),
)


@attrs.frozen
class _Holding:
    """One perpetual position of a portfolio, drawn from its id (the same at every request)."""

    perpetual: Perpetual
    side: m.FcmPositionSide
    contracts: int
    entry_price: Decimal


def _holdings(world: World, portfolio_id: str) -> list[_Holding]:
    """The portfolio's positions, the same at every request (drawn from its id)."""
    rng = random.Random(f"derivatives/{portfolio_id}")
    held = []
    for perpetual in PERPETUALS:
        if rng.random() < 0.35:
            continue
        side = m.FcmPositionSide.LONG if rng.random() < 0.6 else m.FcmPositionSide.SHORT
        entry = world.price(perpetual.underlying, tick=0) * Decimal(rng.randint(9700, 10300)) / 10_000
        held.append(_Holding(perpetual, side, rng.randint(1, 40), entry.quantize(CENT)))
    return held


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_EVEN)


def positions(world: World, portfolio_id: str) -> list[m.DerivativePosition]:
    """Every derivative position of the portfolio, valued at the world's current prices."""
    out = []
    for h in _holdings(world, portfolio_id):
        price = world.price(h.perpetual.underlying)
        size = h.contracts * h.perpetual.contract_size
        sign = 1 if h.side == m.FcmPositionSide.LONG else -1
        out.append(
            m.DerivativePosition(
                product_id=h.perpetual.product_id,
                side=h.side,
                number_of_contracts=Decimal(h.contracts),
                daily_realized_pnl=Decimal(0),  # no trades: positions are held, not traded
                unrealized_pnl=_money(sign * (price - h.entry_price) * size),
                current_price=price,
                avg_entry_price=h.entry_price,
                product_type=m.DerivativeProductType.DERIVATIVE_PRODUCT_TYPE_FUTURE,
                currency=SETTLEMENT,
                funding_pnl=_money(-sign * price * size * FUNDING_PER_TICK * world.tick),
            )
        )
    return out


@handles("GetDerivativePositions")
def get_derivative_positions(world: World, call: Call) -> m.GetDerivativePositionsResponse:
    world.portfolio(call["portfolio_id"])
    found = positions(world, call["portfolio_id"])
    if call["product_id"]:
        found = [p for p in found if p.product_id == call["product_id"]]
    return m.GetDerivativePositionsResponse(positions=found)


def _health(margin_balance: Decimal, initial: Decimal, maintenance: Decimal) -> m.FcmMarginHealthState:
    if margin_balance >= initial:
        return m.FcmMarginHealthState.FCM_MARGIN_HEALTH_STATE_HEALTHY
    if margin_balance >= maintenance:
        return m.FcmMarginHealthState.FCM_MARGIN_HEALTH_STATE_RESTRICTED
    if margin_balance > 0:
        return m.FcmMarginHealthState.FCM_MARGIN_HEALTH_STATE_PRE_LIQUIDATION
    return m.FcmMarginHealthState.FCM_MARGIN_HEALTH_STATE_LIQUIDATION


@handles("GetDerivativesCurrencySummary")
def get_derivatives_currency_summary(world: World, call: Call) -> m.GetDerivativesCurrencySummaryResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    held = positions(world, pid)
    cash = usdc_held(world, pid)  # the settlement currency
    unrealized = sum((p.unrealized_pnl or Decimal(0) for p in held), Decimal(0))
    zero = Decimal(0)
    realized = sum(((p.daily_realized_pnl or zero) + (p.funding_pnl or zero) for p in held), zero)
    notional = sum(((p.current_price or zero) * (p.number_of_contracts or zero) * _size(p) for p in held), zero)
    initial, maintenance = _money(notional * INITIAL_MARGIN), _money(notional * MAINTENANCE_MARGIN)
    margin_balance = cash + realized + unrealized
    utilization = _money(initial / margin_balance * 100) if margin_balance > 0 else Decimal(100)
    balance = m.DerivativesCurrencyBalance(
        currency=SETTLEMENT,
        balance=cash,
        unrealized_pnl=unrealized,
        realized_pnl=realized,
        initial_margin=initial,
        maintenance_margin=maintenance,
        margin_balance=margin_balance,
        option_value=Decimal(0),  # no options held
        margin_excess=margin_balance - initial,
        margin_utilization=utilization,
        margin_health_state=_health(margin_balance, initial, maintenance),
    )
    return m.GetDerivativesCurrencySummaryResponse(portfolio_id=pid, balances=[balance])


def _size(position: m.DerivativePosition) -> Decimal:
    return next(p.contract_size for p in PERPETUALS if p.product_id == position.product_id)
