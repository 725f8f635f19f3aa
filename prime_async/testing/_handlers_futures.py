"""Futures operations: the entity's FCM account (`_world_futures.py`), its balance, equity, risk
limits and margin calls computed from its positions at the world's prices (`_risk.py`), its
settings, and its sweeps to the designated funding portfolio.

A sweep is PENDING until its scheduled time (the next 21:00 UTC: the day's cutoff, inferred),
when it moves the USD from the FCM account to the funding portfolio's USD trading wallet (a
SWEEP_DEPOSIT transaction there) and closes; GetFuturesSweeps lists the open ones only, as the
spec says. With auto sweep on, the excess over the target is swept at each cutoff."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from .. import models as m
from ._handling import Call, handles
from ._risk import fcm, futures_price, health
from ._world import CENT, SimError, World
from ._world_futures import RISK_LIMIT, Sweep

__all__ = ["available_to_sweep"]

CUTOFF_HOUR = 21
PENDING = m.FcmFuturesSweepStatus.FCM_FUTURES_SWEEP_STATUS_PENDING


def _next_cutoff(now: datetime) -> datetime:
    cutoff = now.replace(hour=CUTOFF_HOUR, minute=0, second=0, microsecond=0)
    return cutoff if cutoff > now else cutoff + timedelta(days=1)


def _excess(world: World) -> Decimal:
    """The FCM cash over yesterday's initial margin requirement (negative: a deficit)."""
    return world.futures.cash - fcm(world, end_of_day=True).initial_margin


def available_to_sweep(world: World) -> Decimal:
    """The excess over the target the entity keeps in the FCM account, less what a pending sweep
    will already take."""
    pending = world.futures.pending_sweep()
    if pending is not None and pending.amount is None:
        return Decimal(0)
    taken = pending.amount if pending is not None and pending.amount is not None else Decimal(0)
    return max(Decimal(0), _excess(world) - world.futures.target_derivatives_excess - taken)


@handles("GetFcmBalance")
def get_fcm_balance(world: World, call: Call) -> m.GetFcmBalanceResponse:
    world.check_entity(call["entity_id"])
    account, figures = world.futures, fcm(world)
    excess = account.cash + figures.unrealized_pnl - figures.initial_margin
    return m.GetFcmBalanceResponse(
        portfolio_id=world.financing.funding.designated_funding_portfolio_id,
        cfm_usd_balance=account.cash,
        unrealized_pnl=figures.unrealized_pnl,
        daily_realized_pnl=Decimal(0),
        excess_liquidity=excess,
        futures_buying_power=max(Decimal(0), excess),
        initial_margin=figures.initial_margin,
        maintenance_margin=figures.maintenance_margin,
        clearing_account_id=account.clearing_account_id,
        cfm_unsettled_accrued_funding_pnl=Decimal(0),
    )


@handles("GetFcmEquity")
def get_fcm_equity(world: World, call: Call) -> m.GetFcmEquityResponse:
    world.check_entity(call["entity_id"])
    eod = fcm(world, end_of_day=True)
    return m.GetFcmEquityResponse(
        eod_account_equity=eod.equity(world.futures.cash),
        eod_unrealized_pnl=eod.unrealized_pnl,
        current_excess_deficit=_excess(world),
        available_to_sweep=available_to_sweep(world),
    )


@handles("GetFcmRiskLimits")
def get_fcm_risk_limits(world: World, call: Call) -> m.GetFcmRiskLimitsResponse:
    world.check_entity(call["entity_id"])
    figures = fcm(world)
    equity = figures.equity(world.futures.cash)
    utilization = (figures.initial_margin / equity).quantize(Decimal("0.0001")) if equity > 0 else Decimal(1)
    return m.GetFcmRiskLimitsResponse(
        cfm_risk_limit=RISK_LIMIT,
        cfm_risk_limit_utilization=figures.initial_margin - figures.unrealized_pnl,
        cfm_total_margin=figures.initial_margin,
        cfm_delta_ote=figures.unrealized_pnl,
        cfm_unsettled_realized_pnl=Decimal(0),
        cfm_unsettled_accrued_funding_pnl=Decimal(0),
        margin_utilization_percent=utilization,
        margin_health_state=health(utilization),
    )


@handles("GetFcmMarginCallDetails")
def get_fcm_margin_call_details(world: World, call: Call) -> m.GetFcmMarginCallDetailsResponse:
    """The closed calls of the account's history, and an open one while it is in deficit."""
    world.check_entity(call["entity_id"])
    calls = list(world.futures.margin_calls)
    deficit = -_excess(world)
    if deficit > 0:
        day = world.now().replace(hour=0, minute=0, second=0, microsecond=0)
        calls.append(
            m.FCMMarginCall(
                type=m.FcmMarginCallType.FCM_MARGIN_CALL_TYPE_REGULAR,
                state=m.FcmMarginCallState.FCM_MARGIN_CALL_STATE_OFFICIAL,
                initial_amount=deficit,
                remaining_amount=deficit,
                business_date=day,
                cure_deadline=day + timedelta(days=1, hours=CUTOFF_HOUR),
            )
        )
    return m.GetFcmMarginCallDetailsResponse(margin_calls=calls)


@handles("GetPositions")
def get_positions(world: World, call: Call) -> m.GetPositionsResponse:
    world.check_entity(call["entity_id"])
    positions = []
    for p in world.futures.positions:
        if call["product_id"] and p.product_id != call["product_id"]:
            continue
        price = futures_price(world, p.symbol)
        positions.append(
            m.FcmPosition(
                product_id=p.product_id,
                side=p.side,
                number_of_contracts=p.contracts,
                daily_realized_pnl=Decimal(0),
                unrealized_pnl=(p.signed_size * (price - p.entry_price)).quantize(CENT),
                current_price=price,
                avg_entry_price=p.entry_price,
                expiration_time=p.expires_at,
            )
        )
    return m.GetPositionsResponse(positions=positions, clearing_account_id=world.futures.clearing_account_id)


@handles("GetFcmSettings")
def get_fcm_settings(world: World, call: Call) -> m.GetFcmSettingsResponse:
    world.check_entity(call["entity_id"])
    return m.GetFcmSettingsResponse(target_derivatives_excess=world.futures.target_derivatives_excess)


@handles("SetFcmSettings")
def set_fcm_settings(world: World, call: Call) -> m.SetFcmSettingsResponse:
    world.check_entity(call["entity_id"])
    target = call["target_derivatives_excess"]
    if target is None or target < 0:
        raise SimError(
            400,
            f"invalid value for target_derivatives_excess: {target!r} must be zero or more",
            subcode="FCM_TARGET_DERIVATIVES_EXCESS_INVALID",
        )
    world.futures.target_derivatives_excess = target
    return m.SetFcmSettingsResponse(success=True)


@handles("GetFuturesSweeps")
def get_futures_sweeps(world: World, call: Call) -> m.GetFuturesSweepsResponse:
    world.check_entity(call["entity_id"])
    account = world.futures
    sweeps = [s.model() for s in account.sweeps.values() if s.status == PENDING]
    return m.GetFuturesSweepsResponse(sweeps=sweeps, auto_sweep=account.auto_sweep)


@handles("ScheduleFuturesSweep")
def schedule_futures_sweep(world: World, call: Call) -> m.ScheduleFuturesSweepResponse:
    world.check_entity(call["entity_id"])
    currency, amount = (call["currency"] or "").upper(), call["amount"]
    if not currency:
        raise SimError(400, "currency is required", subcode="FCM_SWEEP_CURRENCY_REQUIRED")
    if currency != "USD":
        raise SimError(
            400, f"invalid value for currency: {currency!r:.20} (sweeps are in USD)", subcode="FCM_INVALID_ARGUMENT"
        )
    if world.futures.pending_sweep() is not None:
        raise SimError(400, "a sweep is already pending: only one is allowed at a time", subcode="FCM_INVALID_ARGUMENT")
    if amount is not None and amount <= 0:
        raise SimError(400, f"invalid value for amount: {amount} must be positive", subcode="FCM_INVALID_ARGUMENT")
    available = available_to_sweep(world)
    if amount is not None and amount > available:
        raise SimError(
            400, f"amount {amount} is over the {available} available to sweep", subcode="FCM_INVALID_ARGUMENT"
        )
    sweep = Sweep(world.new_id(), currency, amount, PENDING, _next_cutoff(world.now()))
    world.futures.sweeps[sweep.id] = sweep
    world.at(sweep.scheduled_time, lambda: _execute(world, sweep))
    return m.ScheduleFuturesSweepResponse(success=True, request_id=sweep.id)


@handles("CancelFuturesSweep")
def cancel_futures_sweep(world: World, call: Call) -> m.CancelFuturesSweepResponse:
    world.check_entity(call["entity_id"])
    sweep = world.futures.pending_sweep()
    if sweep is None:
        raise SimError(404, "no pending sweep to cancel", subcode="FCM_SWEEP_NOT_FOUND")
    sweep.status = m.FcmFuturesSweepStatus.FCM_FUTURES_SWEEP_STATUS_CANCELED
    return m.CancelFuturesSweepResponse(success=True, request_id=sweep.id)


@handles("SetAutoSweep")
def set_auto_sweep(world: World, call: Call) -> m.SetAutoSweepResponse:
    world.check_entity(call["entity_id"])
    was, world.futures.auto_sweep = world.futures.auto_sweep, bool(call["auto_sweep"])
    if world.futures.auto_sweep and not was:
        world.at(_next_cutoff(world.now()), lambda: _auto_sweep(world))
    return m.SetAutoSweepResponse(success=True)


def _execute(world: World, sweep: Sweep) -> None:
    """At the cutoff: a pending sweep moves its amount (all the excess, for a sweep-all) to the
    designated funding portfolio; one cancelled meanwhile does nothing."""
    if sweep.status != PENDING:
        return
    sweep.status = m.FcmFuturesSweepStatus.FCM_FUTURES_SWEEP_STATUS_CLOSED
    excess = max(Decimal(0), _excess(world) - world.futures.target_derivatives_excess)
    _sweep(world, excess if sweep.amount is None else min(sweep.amount, max(Decimal(0), _excess(world))))


def _auto_sweep(world: World) -> None:
    if not world.futures.auto_sweep:
        return
    _sweep(world, available_to_sweep(world))
    world.at(_next_cutoff(world.now()), lambda: _auto_sweep(world))


def _sweep(world: World, amount: Decimal) -> None:
    if amount <= 0:
        return
    pid = world.financing.funding.designated_funding_portfolio_id
    wallet_id = world.trading_wallet(pid, "USD")
    world.futures.cash -= amount
    world.balance[wallet_id] += amount
    world.record_transaction(
        pid,
        wallet_id,
        m.TransactionType.SWEEP_DEPOSIT,
        "USD",
        amount,
        transfer_from=m.TransferLocation(type=m.TransferLocationType.OTHER, value=world.futures.clearing_account_id),
        transfer_to=m.TransferLocation(type=m.TransferLocationType.WALLET, value=wallet_id),
    )
