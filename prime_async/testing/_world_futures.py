"""Futures in the simulated world: the entity's FCM (futures commission merchant) account at
Coinbase Derivatives: its USD cash, its open positions, its settings, its sweeps back to the spot
portfolio and its margin-call history. Rules and views: `_handlers_futures.py` and `_risk.py`.

Positions are seeded (the simulator takes no futures orders); their prices, profit and loss and
margin move with the world's spot prices."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from .. import models as m

if TYPE_CHECKING:
    from ._world import World

__all__ = ["CONTRACTS", "Contract", "FcmPositionRecord", "Futures", "Sweep"]

D = Decimal


@attrs.frozen
class Contract:
    """A futures contract: its underlying, how much of it one contract is, and its margin rates."""

    code: str  # as Coinbase Derivatives names the monthly contracts: BIT, ET, SLP
    size: Decimal
    initial_margin_rate: Decimal
    maintenance_margin_rate: Decimal


CONTRACTS = {
    "BTC": Contract("BIT", D("0.01"), D("0.25"), D("0.20")),
    "ETH": Contract("ET", D("0.1"), D("0.30"), D("0.24")),
    "SOL": Contract("SLP", D("5"), D("0.35"), D("0.28")),
}
RISK_LIMIT = D(2_000_000)
TARGET_EXCESS = D(25_000)  # the FCM settings an account starts with


@attrs.frozen
class FcmPositionRecord:
    """One open futures position of the entity: its contract, side, size and entry."""

    product_id: str  # e.g. BIT-27MAR26-CDE
    symbol: str  # the underlying
    side: m.FcmPositionSide
    contracts: Decimal
    entry_price: Decimal
    expires_at: datetime

    @property
    def contract(self) -> Contract:
        return CONTRACTS[self.symbol]

    @property
    def signed_size(self) -> Decimal:
        """Units of the underlying the position holds: negative when short."""
        units = self.contracts * self.contract.size
        return units if self.side == m.FcmPositionSide.LONG else -units


@attrs.define
class Sweep:
    """A futures sweep (FCM cash to spot), scheduled or done."""

    id: str
    currency: str
    amount: Decimal | None  # None: sweep all that is available then
    status: m.FcmFuturesSweepStatus
    scheduled_time: datetime

    def model(self) -> m.FcmFuturesSweep:
        amount = (
            None if self.amount is None else m.FcmFuturesSweepRequestAmount(currency=self.currency, amount=self.amount)
        )
        return m.FcmFuturesSweep(
            id=self.id,
            requested_amount=amount,
            should_sweep_all=self.amount is None,
            status=self.status,
            scheduled_time=self.scheduled_time,
        )


def _expiry(after: datetime, months: int) -> datetime:
    """The last Friday of the month `months` after `after`, at 16:00 UTC (monthly contracts)."""
    year, month = after.year + (after.month - 1 + months) // 12, (after.month - 1 + months) % 12 + 1
    last = calendar.monthrange(year, month)[1]
    day = datetime(year, month, last, 16, tzinfo=UTC)
    return day - timedelta(days=(day.weekday() - calendar.FRIDAY) % 7)


@attrs.define
class Futures:
    """The futures (FCM) domain's state: the clearing account's cash and positions, the excess
    target and sweeps, and the margin calls."""

    clearing_account_id: str
    cash: Decimal  # the CFM USD balance
    positions: list[FcmPositionRecord]
    target_derivatives_excess: Decimal = TARGET_EXCESS
    auto_sweep: bool = False
    sweeps: dict[str, Sweep] = attrs.Factory(dict)
    margin_calls: list[m.FCMMarginCall] = attrs.Factory(list)  # history, oldest first

    @classmethod
    def seeded(cls, world: World) -> Futures:
        positions = []
        for symbol, side, contracts, months in (
            ("BTC", m.FcmPositionSide.LONG, 40, 1),
            ("ETH", m.FcmPositionSide.SHORT, 60, 1),
            ("SOL", m.FcmPositionSide.LONG, 25, 2),
        ):
            expires = _expiry(world.started, months)
            entry = (world.usd_price(symbol) * D(str(1 + world.rng.uniform(-0.03, 0.03)))).quantize(D("0.01"))
            product_id = f"{CONTRACTS[symbol].code}-{expires.strftime('%d%b%y').upper()}-CDE"
            positions.append(FcmPositionRecord(product_id, symbol, side, D(contracts), entry, expires))
        calls = [
            m.FCMMarginCall(
                type=m.FcmMarginCallType.FCM_MARGIN_CALL_TYPE_REGULAR,
                state=m.FcmMarginCallState.FCM_MARGIN_CALL_STATE_CLOSED,
                initial_amount=D(amount),
                remaining_amount=D(0),
                business_date=(world.started - timedelta(days=days)).replace(hour=0, minute=0, second=0),
                cure_deadline=(world.started - timedelta(days=days - 1)).replace(hour=21, minute=0, second=0),
            )
            for days, amount in ((41, 18_250), (12, 6_400))
        ]
        account = f"CFS{world.rng.randrange(10**6, 10**7)}"
        return cls(account, D(500_000), positions, margin_calls=calls)

    def pending_sweep(self) -> Sweep | None:
        return next(
            (s for s in self.sweeps.values() if s.status == m.FcmFuturesSweepStatus.FCM_FUTURES_SWEEP_STATUS_PENDING),
            None,
        )
