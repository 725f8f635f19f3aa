"""Financing in the simulated world: the entity's loans (trade finance), each portfolio's
post-trade credit limit, the locates asked for and the inventory they draw on, the funding
settings, the cross-margin limits and liquidation history, and the risk parameters every margin
figure is computed with. Rules and views: `_handlers_financing.py`, `_handlers_margin.py` and
`_risk.py`.

The parameters are the simulator's, chosen to look like Prime's examples (tiers "0".."2", base
ratios, adjustment factors, bps): they are the world's configuration, used consistently by every
operation that shows them or computes with them."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from .. import models as m

if TYPE_CHECKING:
    from ._world import World

__all__ = ["Financing", "FundingSettings", "Loan", "RiskTier", "asset_tier"]

D = Decimal
ZERO = Decimal(0)


@attrs.frozen
class RiskTier:
    """The margin and trade-finance parameters of one asset's risk tier."""

    base_ratio_long: Decimal  # margin: of the notional held
    base_ratio_short: Decimal  # and owed
    volatility_rate_long: Decimal  # margin add-on: of the notional, per unit of 30-day volatility
    volatility_rate_short: Decimal
    asset_adjustment: Decimal  # trade finance: what a unit of the asset counts for as collateral
    liability_adjustment: Decimal  # and as a liability
    tf_fee_bps: Decimal
    locate_rate: Decimal  # yearly, of a located (borrowed to short) asset


TIERS = {
    "0": RiskTier(D("0.10"), D("0.12"), D("0.0365"), D("0.0484"), D("0.85"), D("1.15"), D("4"), D("0.05")),
    "1": RiskTier(D("0.20"), D("0.25"), D("0.05"), D("0.06"), D("0.75"), D("1.25"), D("6"), D("0.08")),
    "2": RiskTier(D("0.35"), D("0.40"), D("0.07"), D("0.08"), D("0.60"), D("1.40"), D("10"), D("0.12")),
}
CASH_TIER = RiskTier(D(0), D(0), D(0), D(0), D(1), D(1), D("3"), D(0))
_TIER_OF = {"BTC": "0", "ETH": "0", "SOL": "1", "LINK": "1", "LTC": "1", "XRP": "1"}  # the rest: "2"
OFFSET_LONG_SHORT = D("0.4579")
OFFSET_LONG_LONG = D("0.1")
OFFSET_SHORT_SHORT = D("0.1")
MARGIN_PERIOD_OF_RISK = 5.0
BENCHMARK_RATE = D("0.053")  # yearly, SOFR (360-day year)
TF_SPREAD = D("0.012")
PTC_LIMIT = D(250_000)
XM_CREDIT_LIMIT = D(5_000_000)
XM_MARGIN_LIMIT = D(1_000_000)
PM_CREDIT_LIMIT = D(3_000_000)
PM_MARGIN_LIMIT = D(500_000)
LOCATE_CAPACITY_USD = D(1_500_000)  # what the desk can lend of each asset on one day


def asset_tier(symbol: str) -> str | None:
    """The risk tier of an asset; None for cash (USD, USDC), which needs no margin."""
    if symbol in ("USD", "USDC"):
        return None
    return _TIER_OF.get(symbol, "2")


def tier_of(symbol: str) -> RiskTier:
    tier = asset_tier(symbol)
    return CASH_TIER if tier is None else TIERS[tier]


@attrs.frozen
class Loan:
    """One open loan of a portfolio (trade finance by default), with its dates."""

    id: str
    portfolio_id: str
    symbol: str
    amount: Decimal
    opened_at: datetime
    due_at: datetime
    loan_type: m.LoanType = m.LoanType.TRADE_FINANCE

    @property
    def rate(self) -> Decimal:
        return BENCHMARK_RATE + TF_SPREAD


@attrs.define
class FundingSettings:
    """The entity's financing settings: the funding portfolio and its automatic conversions, returns
    and loans, as the settings operations read and write them."""

    designated_funding_portfolio_id: str
    automatic_conversion_enabled: bool = False
    automatic_excess_return_enabled: bool = False
    excess_funds_target_amount: Decimal = ZERO
    automatic_loan_enabled: bool = False


@attrs.define
class Financing:
    """The financing domain's state: loans, the funding settings, past liquidations, locates."""

    loans: list[Loan]
    funding: FundingSettings
    liquidations: list[m.XMLiquidationDetail]  # oldest first
    locates: dict[str, list[m.ExistingLocate]] = attrs.Factory(dict)  # portfolio id ->

    @classmethod
    def seeded(cls, world: World) -> Financing:
        """A trade-finance loan in USD for each portfolio, two weeks old, due in a month; a
        liquidation every quarter for the three years before the world began."""
        loans = [
            Loan(
                id=world.new_id(),
                portfolio_id=pid,
                symbol="USD",
                amount=D(20_000 + 2_500 * i),
                opened_at=world.started - timedelta(days=14, hours=i),
                due_at=world.started + timedelta(days=16, hours=-i),
            )
            for i, pid in enumerate(world.portfolios)
        ]
        liquidations = []
        for k in range(12, 0, -1):
            start = world.started - timedelta(days=90 * k, hours=world.rng.randrange(24))
            shortfall = D(world.rng.randrange(10_000, 80_000))
            btc = (shortfall * D("0.6") / D(60_000)).quantize(D("0.00000001"))
            eth = (shortfall * D("0.4") / D(3_000)).quantize(D("0.00000001"))
            cancelled = k == 7  # one recovered in pre-liquidation
            liquidations.append(
                m.XMLiquidationDetail(
                    liquidation_id=world.new_id(),
                    status=m.XMLiquidationStatus.XM_LIQUIDATION_STATUS_CANCELED
                    if cancelled
                    else m.XMLiquidationStatus.XM_LIQUIDATION_STATUS_LIQUIDATED,
                    shortfall_amount=shortfall,
                    pre_liquidation_start_time=start,
                    margin_summary=m.XMSummary(
                        margin_requirement=shortfall * 2,
                        account_equity=shortfall,
                        margin_excess_shortfall=-shortfall,
                        xm_credit_limit=XM_CREDIT_LIMIT,
                        xm_margin_limit=XM_MARGIN_LIMIT,
                    ),
                    liquidation_start_time=None if cancelled else start + timedelta(hours=2),
                    filled_amount=D(0) if cancelled else shortfall,
                    remaining_amount=D(0),
                    liquidation_finish_time=start + timedelta(hours=1 if cancelled else 5),
                    asset_breakdown=[]
                    if cancelled
                    else [
                        m.XMLiquidatedAsset(
                            asset="BTC", liquidated_amount=btc, liquidated_notional=shortfall * D("0.6")
                        ),
                        m.XMLiquidatedAsset(
                            asset="ETH", liquidated_amount=eth, liquidated_notional=shortfall * D("0.4")
                        ),
                    ],
                )
            )
        return cls(loans, FundingSettings(next(iter(world.portfolios), "")), liquidations)

    def loans_of(self, portfolio_id: str | None) -> list[Loan]:
        return [loan for loan in self.loans if portfolio_id is None or loan.portfolio_id == portfolio_id]

    def located(self, symbol: str, day: str) -> Decimal:
        """What the portfolios have located of an asset for a day (YYYY-MM-DD), all together."""
        return sum(
            (
                loc.approved_amount or D(0)
                for locs in self.locates.values()
                for loc in locs
                if loc.symbol == symbol and loc.locate_date[:10] == day
            ),
            D(0),
        )
