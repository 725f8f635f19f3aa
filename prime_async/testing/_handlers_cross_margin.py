"""Cross-margin (XM) operations: the entity's overviews (v1 and the v2 "prime" one), its risk
parameters and its liquidation history.

The overviews are one computation (`_risk.EntityBook`): spot equity and the portfolio margin
requirement (base ratio by tier plus the volatility add-on) from what the entity holds and owes
at the price of the moment, futures equity and the DCO margin requirement from the FCM account;
the margin level follows from equity over requirement (`LEVELS`). Offset credits between assets
and liquidity add-ons are not modelled (0)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from typing import Any

import attrs

from .. import models as m
from ._handlers_futures import available_to_sweep
from ._handling import Call, handles, in_range, paginate, window
from ._risk import MARGIN_CALL_IDS, EntityBook, fcm, ratio, total
from ._world import CENT, SimError, World
from ._world_financing import (
    MARGIN_PERIOD_OF_RISK,
    OFFSET_LONG_LONG,
    OFFSET_LONG_SHORT,
    OFFSET_SHORT_SHORT,
    TIERS,
    XM_CREDIT_LIMIT,
    XM_MARGIN_LIMIT,
    asset_tier,
)

__all__: list[str] = []

# equity / requirement at or above each level's threshold; below the last: liquidation
LEVELS = (
    (Decimal(1), m.XMMarginLevel.HEALTHY_THRESHOLD, m.PrimeXMHealthStatus.HEALTH_STATUS_HEALTHY),
    (Decimal("0.9"), m.XMMarginLevel.DEFICIT_THRESHOLD, m.PrimeXMHealthStatus.HEALTH_STATUS_IN_DEFICIT),
    (Decimal("0.8"), m.XMMarginLevel.WARNING_THRESHOLD, m.PrimeXMHealthStatus.HEALTH_STATUS_WARNING),
    (Decimal("0.7"), m.XMMarginLevel.URGENT_MARGIN_CALL_THRESHOLD, m.PrimeXMHealthStatus.HEALTH_STATUS_CRITICAL),
)


def _level(equity: Decimal, requirement: Decimal) -> tuple[m.XMMarginLevel, m.PrimeXMHealthStatus]:
    ratio = equity / requirement if requirement > 0 else Decimal(10)
    for threshold, level, status in LEVELS:
        if ratio >= threshold:
            return level, status
    return m.XMMarginLevel.LIQUIDATION_THRESHOLD, m.PrimeXMHealthStatus.HEALTH_STATUS_PRE_LIQUIDATION


@attrs.frozen
class _XM:
    """The entity's cross-margin figures at one moment, computed once per request from the world
    (`of`), so every field of one answer comes from the same state."""

    book: EntityBook
    spot_equity: Decimal
    futures_equity: Decimal
    pmr: Decimal
    dmr: Decimal
    unrealized_pnl: Decimal

    @classmethod
    def of(cls, world: World) -> _XM:
        book, figures = EntityBook.of(world), fcm(world)
        return cls(
            book,
            book.equity,
            world.futures.cash + figures.unrealized_pnl,
            book.requirement(),
            figures.initial_margin,
            figures.unrealized_pnl,
        )

    @property
    def equity(self) -> Decimal:
        return self.spot_equity + self.futures_equity

    @property
    def requirement(self) -> Decimal:
        return self.pmr + self.dmr

    @property
    def excess(self) -> Decimal:
        return self.equity - self.requirement


def _xm_summary(world: World, xm: _XM) -> m.XMSummary:
    book = xm.book
    ipmr_base, ipmr_addon = book.integrated(world)
    positions = []
    for e in book.spot:
        stats = book.stats.get(e.symbol)
        futures = book.futures_units.get(e.symbol, Decimal(0))
        addon = e.volatility_addon(stats)
        positions.append(
            m.XMPosition(
                currency=e.symbol,
                market_price=e.price,
                margin_eligible=stats is not None,
                adv30_days=stats.adv_30d if stats else None,
                hist5d_vol=stats.vol_5d if stats else None,
                hist30d_vol=stats.vol_30d if stats else None,
                hist90d_vol=stats.vol_90d if stats else None,
                margin_requirement=e.base_requirement + addon,
                spot_balance=e.long - e.short,
                spot_balance_notional=e.long_notional - e.short_notional,
                spot_total_position_margin=e.base_requirement + addon,
                futures_balance=futures,
                futures_balance_notional=(futures * e.price).quantize(CENT),
                gmv_basis=e.long_notional + e.short_notional + abs(futures * e.price).quantize(CENT),
                base_requirement=e.base_requirement,
                vol30days_add_on=addon,
                total_position_margin=e.base_requirement + addon,
            )
        )
    netted = total(abs(u * world.usd_price(s)).quantize(CENT) for s, u in book.futures_units.items())
    return m.XMSummary(
        margin_requirement=xm.requirement,
        account_equity=xm.equity,
        margin_excess_shortfall=xm.excess,
        consumed_credit=book.short_value,
        xm_credit_limit=XM_CREDIT_LIMIT,
        xm_margin_limit=XM_MARGIN_LIMIT,
        spot_equity=xm.spot_equity,
        futures_equity=xm.futures_equity,
        risk_netting_info=m.XMRiskNettingInfo(
            dco_margin_requirement=xm.dmr,
            portfolio_margin_requirement=xm.pmr,
            integrated_portfolio_margin_requirement=ipmr_base + ipmr_addon,
            ineligible_futures_margin_requirement=Decimal(0),
            position_margin_requirement=book.base(),
            portfolio_margin_addon=book.addon(),
            integrated_position_margin_requirement=ipmr_base,
            integrated_portfolio_margin_addon=ipmr_addon,
            netted_futures_notional=netted,
            total_gmv_basis=total(p.gmv_basis or Decimal(0) for p in positions),
            ipm_cash_balance=book.cash(),
            xm_positions=positions,
        ),
    )


def _call_status(level: m.XMMarginLevel) -> tuple[m.XMControlStatus, m.XMEntityCallStatus]:
    if level == m.XMMarginLevel.HEALTHY_THRESHOLD:
        return m.XMControlStatus.TRADES_AND_WITHDRAWALS, m.XMEntityCallStatus.ENTITY_NO_CALL
    if level in (m.XMMarginLevel.DEFICIT_THRESHOLD, m.XMMarginLevel.WARNING_THRESHOLD):
        return m.XMControlStatus.TRADES_ONLY, m.XMEntityCallStatus.ENTITY_OPEN_STANDARD_CALL
    return m.XMControlStatus.SESSION_LOCKED, m.XMEntityCallStatus.ENTITY_OPEN_URGENT_CALL


@handles("GetCrossMarginOverview")
def get_cross_margin_overview(world: World, call: Call) -> m.GetCrossMarginOverviewResponse:
    world.check_entity(call["entity_id"])
    xm = _XM.of(world)
    summary = _xm_summary(world, xm)
    level, _ = _level(xm.equity, xm.requirement)
    control, call_status = _call_status(level)
    calls = []
    if xm.excess < 0:
        day = world.now().replace(hour=0, minute=0, second=0, microsecond=0)
        calls.append(
            m.XMMarginCall(
                margin_call_id=str(uuid.uuid5(MARGIN_CALL_IDS, f"xm/{world.entity_id}/{day.date()}")),
                currency="USD",
                initial_notional_amount=-xm.excess,
                outstanding_notional_amount=-xm.excess,
                margin_call_type=m.XMCallType.CALL_TYPE_STANDARD,
                margin_call_status=m.XMCallStatus.CALL_STATUS_OPEN,
                called_with_margin_level=level,
                called_with_margin_summary=summary,
                due_at=day + timedelta(days=1),
                created_at=day,
                updated_at=world.now(),
            )
        )
    loans = [
        m.XMLoan(
            loan_id=loan.id,
            loan_party=m.XMParty.CBE,
            principal_currency=loan.symbol,
            principal_currency_market_price=world.usd_price(loan.symbol),
            initial_principal_amount=loan.amount,
            outstanding_principal_amount=loan.amount,
            created_at=loan.opened_at,
            updated_at=loan.opened_at,
        )
        for loan in world.financing.loans
    ]
    overview = m.CrossMarginOverview(
        control_status=control,
        call_status=call_status,
        margin_level=level,
        margin_summary=summary,
        active_margin_calls=calls,
        active_loans=loans,
    )
    return m.GetCrossMarginOverviewResponse(overview=overview)


@handles("GetCrossMarginPrimeOverview")
def get_cross_margin_prime_overview(world: World, call: Call) -> m.GetCrossMarginPrimeOverviewResponse:
    world.check_entity(call["entity_id"])
    xm = _XM.of(world)
    book = xm.book
    level, health = _level(xm.equity, xm.requirement)
    control, _ = _call_status(level)
    ipmr_base, ipmr_addon = book.integrated(world)
    zero = Decimal(0)
    positions = [
        m.CrossMarginPrimeXMPosition(
            currency=e.symbol,
            market_price=e.price,
            spot_balance=e.long - e.short,
            spot_balance_notional=e.long_notional - e.short_notional,
            futures_balance=book.futures_units.get(e.symbol, zero),
            futures_balance_notional=(book.futures_units.get(e.symbol, zero) * e.price).quantize(CENT),
            base_requirement=e.base_requirement,
            total_position_margin=e.base_requirement + e.volatility_addon(book.stats.get(e.symbol)),
            basis_credit=zero,
            long_amount=e.long,
            short_amount=e.short,
            volatility_addon=e.volatility_addon(book.stats.get(e.symbol)),
            liquidity_addon=zero,
        )
        for e in book.spot
    ]
    no_offsets = m.PrimeXMOffsetCreditBreakdown(
        basis_credit=zero,
        long_short_credit=zero,
        long_long_credit=zero,
        short_short_credit=zero,
        same_tier_credit=zero,
        total_credit=zero,
    )
    summary = m.CrossMarginPrimeMarginSummary(
        margin_requirement=xm.requirement,
        margin_requirement_type=m.PrimeXMMarginRequirementType.MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR,
        account_equity=xm.equity,
        margin_excess_shortfall=xm.excess,
        consumed_credit=book.short_value,
        xm_credit_limit=XM_CREDIT_LIMIT,
        xm_margin_limit=XM_MARGIN_LIMIT,
        consumed_margin_limit=max(zero, -xm.excess),
        spot_equity=xm.spot_equity,
        futures_equity=xm.futures_equity,
        gross_market_value=book.long_value + book.short_value,
        net_market_value=book.equity,
        net_exposure=ratio(book.equity, xm.equity),
        gross_leverage=ratio(book.long_value + book.short_value, xm.equity),
        spot_equity_breakdown=m.CrossMarginPrimeSpotEquityBreakdown(
            cash_balance=book.cash(),
            long_market_value=total(e.long_notional for e in book.spot if asset_tier(e.symbol) is not None),
            short_market_value=total(e.short_notional for e in book.spot if asset_tier(e.symbol) is not None),
            short_collateral=zero,
            pending_transfers=zero,
        ),
        derivatives_equity_breakdown=m.CrossMarginPrimeDerivativesEquityBreakdown(
            cash_balance=world.futures.cash,
            unrealized_pnl=xm.unrealized_pnl,
            realized_pnl=zero,
            accrued_funding_pnl=zero,
        ),
        risk_netting_info=m.CrossMarginPrimeRiskNettingInfo(
            dco_margin_requirement=xm.dmr,
            portfolio_margin_requirement=xm.pmr,
            integrated_portfolio_margin_requirement=ipmr_base + ipmr_addon,
            ineligible_futures_margin_requirement=zero,
            pmr_breakdown=m.PrimeXMMarginRequirementBreakdown(
                base_margin=book.base(),
                volatility_addon=book.addon(),
                liquidity_addon=zero,
                offset_credit=zero,
                futures_margin=zero,
            ),
            ipmr_breakdown=m.PrimeXMMarginRequirementBreakdown(
                base_margin=ipmr_base,
                volatility_addon=ipmr_addon,
                liquidity_addon=zero,
                offset_credit=zero,
                futures_margin=zero,
            ),
            portfolio_margin_offset_credit_breakdown=no_offsets,
            integrated_portfolio_margin_offset_credit_breakdown=no_offsets,
            xm_positions=positions,
        ),
        health_status=health,
        equity_ratio=ratio(xm.equity, xm.requirement),
        deficit_ratio=ratio(max(zero, -xm.excess), xm.requirement),
        margin_thresholds=m.PrimeXMMarginCallThresholds(
            deficit_threshold=LEVELS[0][0],
            warning_threshold=LEVELS[1][0],
            critical_threshold=LEVELS[2][0],
            liquidation_threshold=LEVELS[3][0],
            margin_thresholds=[
                m.PrimeXMMarginThreshold(
                    margin_level=lvl,
                    threshold_type=m.PrimeXMMarginThresholdType.MARGIN_THRESHOLD_EQUITY_RATIO,
                    threshold_value=t,
                )
                for t, lvl, _ in LEVELS
            ],
        ),
        fcm_excess_available_to_return=available_to_sweep(world),
    )
    return m.GetCrossMarginPrimeOverviewResponse(
        control_status=control, margin_level=level, evaluated_at=world.now(), margin_summary=summary
    )


@handles("GetCrossMarginRiskParameters")
def get_cross_margin_risk_parameters(world: World, call: Call) -> m.GetCrossMarginRiskParametersResponse:
    """The tiers the margin figures are computed with; the liquidity and volatility thresholds
    are shown as configured but not applied (the simulated model has no liquidity add-on)."""
    world.check_entity(call["entity_id"])
    parameters = [
        m.CrossMarginRiskParameters(
            asset_tier=name,
            base_ratio_long=tier.base_ratio_long,
            base_ratio_short=tier.base_ratio_short,
            volatility_rate_long=tier.volatility_rate_long,
            volatility_rate_short=tier.volatility_rate_short,
            volatility_low_threshold=Decimal("0.0385"),
            volatility_high_threshold=Decimal("0.0777"),
            liquidity_a_long=Decimal("0.132227"),
            liquidity_a_short=Decimal("0.153226"),
            liquidity_b_short=Decimal("0.634878"),
            liquidity_threshold=Decimal("0.2395"),
            basis_offset_credit_rate=Decimal("0.92"),
        )
        for name, tier in TIERS.items()
    ]
    pairs = [(a, b) for a in TIERS for b in TIERS if a <= b]

    def matrix(rate: Decimal) -> list[m.TierPairRateEntry]:
        return [m.TierPairRateEntry(tier_a=a, tier_b=b, rate=rate / (1 + int(b) - int(a))) for a, b in pairs]

    return m.GetCrossMarginRiskParametersResponse(
        risk_parameters=parameters,
        offset_credit_matrix_long_short=matrix(OFFSET_LONG_SHORT),
        offset_credit_matrix_long_long=matrix(OFFSET_LONG_LONG),
        offset_credit_matrix_short_short=matrix(OFFSET_SHORT_SHORT),
        margin_period_of_risk=MARGIN_PERIOD_OF_RISK,
    )


@handles("ListXMLiquidations")
def list_xm_liquidations(world: World, call: Call) -> Any:
    world.check_entity(call["entity_id"])
    bounds = window(call, "start_time", "end_time")
    items = [
        m.XMLiquidationSummary(
            liquidation_id=liq.liquidation_id,
            status=liq.status,
            shortfall_amount=liq.shortfall_amount,
            filled_amount=liq.filled_amount,
            remaining_amount=liq.remaining_amount,
            created_at=liq.pre_liquidation_start_time,
            completed_at=liq.liquidation_finish_time,
        )
        for liq in world.financing.liquidations
        if (not call["status"] or liq.status == call["status"]) and in_range(liq.pre_liquidation_start_time, bounds)
    ]
    return paginate(call, items)


@handles("GetXMLiquidation")
def get_xm_liquidation(world: World, call: Call) -> m.GetXMLiquidationResponse:
    """The one asked for, or the active or most recent one."""
    world.check_entity(call["entity_id"])
    history = world.financing.liquidations
    if call["liquidation_id"]:
        found = next((liq for liq in history if liq.liquidation_id == call["liquidation_id"]), None)
    else:
        found = history[-1] if history else None
    if found is None:
        message = f"liquidation {call['liquidation_id']} not found" if call["liquidation_id"] else "no liquidation"
        raise SimError(404, message, subcode="AUTH_RESOURCE_NOT_FOUND")
    return m.GetXMLiquidationResponse(liquidation=found)
