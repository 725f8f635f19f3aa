"""Staking views: what is still activating or exiting, and on which validators, derived from the
wallet's STAKE and UNSTAKE transactions (`_handlers.py` stakes and unstakes at once; the chain
takes its time, shown here).

Each wallet-level stake goes to a validator of its own (named from the transaction). Activation
and exit take a fixed time per asset (ETH 28 days, as the spec's example; the others inferred);
an unstake takes from the newest stakes first."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs

from .. import models as m
from ._handling import Call, handles, paginate
from ._world import STAKEABLE, SimError, World, record_id

__all__: list[str] = []

ACTIVATION_HOURS = {"ETH": 672, "SOL": 48, "ATOM": 24, "DOT": 24, "ADA": 240}
EXIT_HOURS = {"ETH": 672, "SOL": 60, "ATOM": 504, "DOT": 672, "ADA": 24}


def _validator(symbol: str, transaction_id: str) -> str:
    digest = hashlib.sha256(f"validator/{transaction_id}".encode()).hexdigest()
    return "0x" + (digest + digest)[:96] if symbol == "ETH" else f"{symbol.lower()}valoper1{digest[:38]}"


@attrs.define
class _Stake:
    """A stake transaction and how much of it is still staked once the later unstakes are counted."""

    tx: m.Transaction
    remaining: Decimal  # still staked after the later unstakes


def _history(world: World, wallet_id: str) -> Iterator[tuple[m.Transaction, list[_Stake], Decimal]]:
    """The wallet's stakes and unstakes in order: each with the stakes still standing and, for
    an unstake, what was staked before it."""
    stakes: list[_Stake] = []
    for tx in (world.transactions[t] for t in world.transactions_of_wallet[wallet_id]):
        if tx.type == m.TransactionType.STAKE:
            stakes.append(_Stake(tx, tx.amount or Decimal(0)))
            yield tx, stakes, Decimal(0)
        elif tx.type == m.TransactionType.UNSTAKE:
            before = sum((s.remaining for s in stakes), Decimal(0))
            left = tx.amount or Decimal(0)
            for stake in reversed(stakes):
                taken = min(left, stake.remaining)
                stake.remaining -= taken
                left -= taken
            yield tx, stakes, before


def _stakeable_wallet(world: World, call: Call) -> m.Wallet:
    wallet = world.wallet(call["portfolio_id"], call["wallet_id"])
    if wallet.symbol not in STAKEABLE:
        raise SimError(400, f"{wallet.symbol} cannot be staked", subcode="STAKING_CURRENCY_UNSUPPORTED")
    return wallet


def _done_at(tx: m.Transaction, hours: dict[str, int]) -> datetime:
    assert tx.created_at is not None
    return tx.created_at + timedelta(hours=hours.get(tx.symbol or "", 24))


def _hours_left(world: World, until: datetime) -> int:
    return max(0, int((until - world.now()).total_seconds() // 3600))


def _status(world: World, call: Call, wallet: m.Wallet, validators: list[Any]) -> Any:
    """The staking or unstaking status answer: the wallet and its validators' requests."""
    return call.route.response_model(
        portfolio_id=call["portfolio_id"],
        wallet_id=wallet.id,
        wallet_address=wallet.address,
        current_timestamp=world.now(),
        validators=validators,
    )


@handles("GetStakingStatus")
def get_staking_status(world: World, call: Call) -> Any:
    wallet = _stakeable_wallet(world, call)
    validators: list[Any] = []
    first = True
    for tx, _, _ in _history(world, record_id(wallet)):
        if tx.type != m.TransactionType.STAKE:
            continue
        kind = m.StakeType.STAKE_TYPE_INITIAL_DEPOSIT if first else m.StakeType.STAKE_TYPE_TOP_UP
        first = False
        done = _done_at(tx, ACTIVATION_HOURS)
        if done <= world.now():
            continue  # active: no longer a staking request
        status = m.StakingStatus(
            amount=tx.amount,
            stake_type=kind,
            estimated_stake_date=done,
            estimated_hours_to_stake=_hours_left(world, done),
            requested_at=tx.created_at,
        )
        validators.append(
            m.ValidatorStakingInfo(validator_address=_validator(tx.symbol or "", tx.id or ""), statuses=[status])
        )
    return _status(world, call, wallet, validators)


@handles("GetUnstakingStatus")
def get_unstaking_status(world: World, call: Call) -> Any:
    wallet = _stakeable_wallet(world, call)
    validators: list[Any] = []
    for tx, stakes, before in _history(world, record_id(wallet)):
        done = _done_at(tx, EXIT_HOURS)
        if tx.type != m.TransactionType.UNSTAKE or done <= world.now():
            continue
        full = (tx.amount or Decimal(0)) >= before
        status = m.UnstakingStatus(
            amount=tx.amount,
            unstake_type=m.UnstakeType.UNSTAKE_TYPE_FULL if full else m.UnstakeType.UNSTAKE_TYPE_PARTIAL,
            finishing_at=done,
            remaining_hours=_hours_left(world, done),
            requested_at=tx.created_at,
            estimate_type=m.EstimateType.LIVE,
            estimate_description="Live estimate based on current network conditions",
        )
        source = stakes[-1].tx if stakes else tx
        validators.append(
            m.ValidatorUnstakingInfo(validator_address=_validator(tx.symbol or "", source.id or ""), statuses=[status])
        )
    return _status(world, call, wallet, validators)


@handles("PreviewUnstake")
def preview_unstake(world: World, call: Call) -> m.PreviewUnstakeResponse:
    """What unstaking `amount` would take from each validator (newest first): nothing changes."""
    wallet = world.wallet(call["portfolio_id"], call["wallet_id"])
    if wallet.symbol != "ETH":
        raise SimError(400, "unstake previews are for ETH only", subcode="STAKING_CURRENCY_UNSUPPORTED")
    amount, staked = call["amount"], world.bonded[record_id(wallet)]
    if amount <= 0:
        raise SimError(400, f"invalid value for amount: {amount} must be positive", subcode="STAKING_AMOUNT_INVALID")
    if amount > staked:
        raise SimError(
            400, f"cannot unstake {amount} ETH: {staked} staked", subcode="STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE"
        )
    events = list(_history(world, record_id(wallet)))
    stakes = events[-1][1] if events else []
    done = world.now() + timedelta(hours=EXIT_HOURS["ETH"])
    previews, left = [], amount
    for stake in reversed(stakes):
        taken = min(left, stake.remaining)
        if taken > 0:
            previews.append(
                m.ValidatorUnstakePreview(
                    validator_address=_validator("ETH", stake.tx.id or ""),
                    estimated_unstaking_amount=taken,
                    unstake_time_estimate_in_hours=float(EXIT_HOURS["ETH"]),
                    estimated_unstake_date=done.isoformat().replace("+00:00", "Z"),
                )
            )
            left -= taken
    return m.PreviewUnstakeResponse(
        estimated_amount=amount,
        wallet_id=wallet.id,
        wallet_address=wallet.address,
        current_timestamp=world.now().isoformat().replace("+00:00", "Z"),
        validators=previews,
    )


@handles("ListTransactionValidators")
def list_transaction_validators(world: World, call: Call) -> Any:
    """The validator of each wallet-level ETH stake named; other transactions are left out, as
    the spec says. PENDING until its activation, ACTIVE after."""
    pid = call["portfolio_id"]
    items = []
    for transaction_id in dict.fromkeys(call["transaction_ids"] or ()):
        tx = world.transaction(pid, transaction_id)
        if tx.type != m.TransactionType.STAKE or tx.symbol != "ETH":
            continue
        active = _done_at(tx, ACTIVATION_HOURS) <= world.now()
        items.append(
            m.TransactionValidator(
                transaction_id=tx.id,
                validator_address=_validator("ETH", tx.id or ""),
                validator_status=m.ValidatorStatus.VALIDATOR_STATUS_ACTIVE
                if active
                else m.ValidatorStatus.VALIDATOR_STATUS_PENDING,
            )
        )
    return paginate(call, items, listed=True)
