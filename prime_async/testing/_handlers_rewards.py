"""The simulated rewards rate card: GetEntityRewardsRate and GetPortfolioRewardsRate (beta
operations newer than the public spec: spec/overlay.yaml).

Prime pays rewards on USDC balances by tier. The simulator's card has three balance tiers; the
current rate is the rate of the tier the USDC held holds: a portfolio's own USDC for the
portfolio's rate, the entity's across all its portfolios for the entity's. A deposit, a
conversion or a transfer of USDC can so move a portfolio or the entity into another tier.

Inferred, not documented: the tiers and their rates, and that rates are fractions (0.041 is
4.1%) as Prime's interest rates are; the last tier has no upper limit (the field is left out).
"""

from __future__ import annotations

from decimal import Decimal

from .. import models as m
from ._handling import Call, handles
from ._world import World

__all__ = ["TIERS", "rate_card", "usdc_held"]

BALANCE = m.RewardsRateTierType.REWARDS_RATE_TIER_TYPE_BALANCE
TIERS = (  # (lower limit, upper limit or None, rate)
    (Decimal(0), Decimal(1_000_000), Decimal("0.0400")),
    (Decimal(1_000_000), Decimal(10_000_000), Decimal("0.0410")),
    (Decimal(10_000_000), None, Decimal("0.0425")),
)


def usdc_held(world: World, portfolio_id: str) -> Decimal:
    """The USDC a portfolio holds, in all its wallets."""
    return sum((b.amount or Decimal(0) for b in world.balances(portfolio_id, None) if b.symbol == "usdc"), Decimal(0))


def rate_card(balance: Decimal) -> tuple[Decimal, list[m.RewardsRateTier]]:
    """(the rate for a USDC balance, the card's tiers)."""
    balance = max(balance, Decimal(0))
    current = next(rate for low, high, rate in TIERS if balance >= low and (high is None or balance < high))
    tiers = [
        m.RewardsRateTier(rate=rate, lower_limit=low, upper_limit=high, criteria_type=BALANCE)
        for low, high, rate in TIERS
    ]
    return current, tiers


@handles("GetPortfolioRewardsRate")
def get_portfolio_rewards_rate(world: World, call: Call) -> m.GetPortfolioRewardsRateResponse:
    world.portfolio(call["portfolio_id"])
    current, tiers = rate_card(usdc_held(world, call["portfolio_id"]))
    return m.GetPortfolioRewardsRateResponse(current_rate=current, available_rates=tiers)


@handles("GetEntityRewardsRate")
def get_entity_rewards_rate(world: World, call: Call) -> m.GetEntityRewardsRateResponse:
    world.check_entity(call["entity_id"])
    current, tiers = rate_card(sum((usdc_held(world, pid) for pid in world.portfolios), Decimal(0)))
    return m.GetEntityRewardsRateResponse(current_rate=current, available_rates=tiers)
