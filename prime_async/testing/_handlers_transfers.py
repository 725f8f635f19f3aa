"""Advanced (blind-match) transfer operations (`_world_custody.py`).

A transfer is CREATED, then settles at its settlement date and time (YYYYMMDD, HHMM UTC; 09:30
New York time, taken as 14:30 UTC, when no time is given), or at once when it names no date or a
past one. Settling moves each fund movement: out of this portfolio's wallets (a WITHDRAWAL each,
to the counterparty or address), into them (a DEPOSIT each); the transfer is then DONE, or
FAILED if a wallet cannot pay. Until it settles it can be cancelled (CANCELLED)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from decimal import Decimal
from typing import Any

import attrs

from .. import models as m
from ._handling import Call, handles, in_range, paginate, window
from ._world import SimError, World, record_id
from ._world_custody import TransferRecord

__all__: list[str] = []

State = m.AdvancedTransferState
MAX_FUND_MOVEMENTS = 10  # inferred: the catalog has ADVANCED_TRANSFER_TOO_MANY_FUND_MOVEMENTS, the spec no number
DEFAULT_SETTLEMENT = time(14, 30, tzinfo=UTC)
DATE = re.compile(r"\d{8}")
HHMM = re.compile(r"([01]\d|2[0-3])[0-5]\d")
WALLET = m.TransferLocationType.WALLET


def _refuse(message: str, subcode: str = "ADVANCED_TRANSFER_REQUEST_INVALID") -> SimError:
    return SimError(400, message, subcode=subcode)


def _settles_at(world: World, metadata: m.BlindMatchMetadata | None) -> datetime:
    if metadata is None or not metadata.settlement_date:
        return world.now()
    if not DATE.fullmatch(metadata.settlement_date):
        raise _refuse(
            f"invalid settlement_date {metadata.settlement_date!r:.20}: expected YYYYMMDD",
            "ADVANCED_TRANSFER_DATE_INVALID",
        )
    at = DEFAULT_SETTLEMENT
    if metadata.settlement_time:
        if not HHMM.fullmatch(metadata.settlement_time):
            raise _refuse(
                f"invalid settlement_time {metadata.settlement_time!r:.20}: expected HHMM",
                "ADVANCED_TRANSFER_DATE_INVALID",
            )
        at = time(int(metadata.settlement_time[:2]), int(metadata.settlement_time[2:]), tzinfo=UTC)
    try:
        day = datetime.strptime(metadata.settlement_date, "%Y%m%d").date()
    except ValueError:
        raise _refuse(
            f"invalid settlement_date {metadata.settlement_date!r:.20}", "ADVANCED_TRANSFER_DATE_INVALID"
        ) from None
    return max(world.now(), datetime.combine(day, at))


def _own_wallet(world: World, pid: str, location: m.TransferLocation | None) -> str | None:
    """The wallet id, when the location is one of this portfolio's wallets."""
    if location is None or location.type != WALLET:
        return None
    if world.wallet_owner.get(location.value) != pid:
        raise SimError(
            404, f"wallet {location.value!r:.60} not found in portfolio {pid}", subcode="ADVANCED_TRANSFER_NOT_FOUND"
        )
    return location.value


@handles("CreateAdvancedTransfer")
def create_advanced_transfer(world: World, call: Call) -> m.CreateAdvancedTransferResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    asked = call["advanced_transfer"]
    movements = asked.fund_movements or []
    if not movements:
        raise _refuse("fund_movements is required")
    if len(movements) > MAX_FUND_MOVEMENTS:
        raise _refuse(f"at most {MAX_FUND_MOVEMENTS} fund movements", "ADVANCED_TRANSFER_TOO_MANY_FUND_MOVEMENTS")
    touches_us = False
    for fm in movements:
        if fm.amount is None or fm.amount <= 0:
            raise _refuse(f"invalid value for amount: {fm.amount} must be positive", "ADVANCED_TRANSFER_AMOUNT_INVALID")
        for location in (fm.source, fm.target):
            wallet_id = _own_wallet(world, pid, location)
            if wallet_id is not None:
                touches_us = True
                if world.wallets[wallet_id].symbol != (fm.currency or "").upper():
                    raise _refuse(f"wallet {wallet_id} does not hold {fm.currency}")
            elif location is None or not location.value:
                raise _refuse(
                    "every fund movement needs a source and a target", "ADVANCED_TRANSFER_COUNTERPARTY_REQUIRED"
                )
    if not touches_us:
        raise _refuse("no fund movement is to or from a wallet of this portfolio")
    settles_at = _settles_at(world, asked.blind_match_metadata)
    transfer = m.AdvancedTransfer(
        id=world.new_id(),
        type=asked.type or m.AdvancedTransferType.ADVANCED_TRANSFER_TYPE_BLIND_MATCH,
        state=State.ADVANCED_TRANSFER_STATE_CREATED,
        fund_movements=[attrs.evolve(fm, id=world.new_id(), currency=(fm.currency or "").upper()) for fm in movements],
        blind_match_metadata=asked.blind_match_metadata,
    )
    record = TransferRecord(transfer, pid, world.now(), settles_at)
    world.custody.transfers[record_id(transfer)] = record
    world.custody.transfers_of[pid].append(record_id(transfer))
    if settles_at <= world.now():
        _settle(world, record)
    else:
        world.at(settles_at, lambda: _settle(world, record))
    return m.CreateAdvancedTransferResponse(advanced_transfer=record.transfer)


def _settle(world: World, record: TransferRecord) -> None:
    if record.transfer.state != State.ADVANCED_TRANSFER_STATE_CREATED:
        return  # cancelled meanwhile
    pid = record.portfolio_id
    outgoing: dict[str, Decimal] = {}
    for fm in record.transfer.fund_movements:
        source = _own_wallet(world, pid, fm.source)
        if source is not None:
            outgoing[source] = outgoing.get(source, Decimal(0)) + (fm.amount or Decimal(0))
    if any(world.spendable(w) < amount for w, amount in outgoing.items()):
        record.transfer = attrs.evolve(record.transfer, state=State.ADVANCED_TRANSFER_STATE_FAILED)
        return
    for fm in record.transfer.fund_movements:
        amount = fm.amount or Decimal(0)
        for location, sign, kind in (
            (fm.source, -1, m.TransactionType.WITHDRAWAL),
            (fm.target, 1, m.TransactionType.DEPOSIT),
        ):
            wallet_id = _own_wallet(world, pid, location)
            if wallet_id is None:
                continue
            world.balance[wallet_id] += sign * amount
            tx = world.record_transaction(
                pid, wallet_id, kind, fm.currency, amount, transfer_from=fm.source, transfer_to=fm.target
            )
            record.transaction_ids.append(record_id(tx))
    record.transfer = attrs.evolve(record.transfer, state=State.ADVANCED_TRANSFER_STATE_DONE)


def _record(world: World, call: Call) -> TransferRecord:
    world.portfolio(call["portfolio_id"])
    record = world.custody.transfers.get(call["advanced_transfer_id"])
    if record is None or record.portfolio_id != call["portfolio_id"]:
        raise SimError(
            404, f"advanced transfer {call['advanced_transfer_id']} not found", subcode="TRANSACTION_NOT_FOUND"
        )
    return record


@handles("CancelAdvancedTransfer")
def cancel_advanced_transfer(world: World, call: Call) -> m.CancelAdvancedTransferResponse:
    record = _record(world, call)
    if record.transfer.state != State.ADVANCED_TRANSFER_STATE_CREATED:
        raise _refuse(
            f"advanced transfer {record.transfer.id} is {record.transfer.state.value}",
            "ADVANCED_TRANSFER_CANCEL_PRECONDITION_FAILED",
        )
    record.transfer = attrs.evolve(record.transfer, state=State.ADVANCED_TRANSFER_STATE_CANCELLED)
    return m.CancelAdvancedTransferResponse(advanced_transfer_id=record.transfer.id)


@handles("ListAdvancedTransfers")
def list_advanced_transfers(world: World, call: Call) -> Any:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    bounds = window(call, "start_time", "end_time")
    records = (world.custody.transfers[t] for t in world.custody.transfers_of[pid])
    items = [
        r.transfer
        for r in records
        if (not call["state"] or r.transfer.state == call["state"])
        and (not call["type"] or r.transfer.type == call["type"])
        and (
            not call["reference_id"]
            or (r.transfer.blind_match_metadata or m.BlindMatchMetadata()).reference_id == call["reference_id"]
        )
        and in_range(r.created_at, bounds)
    ]
    return paginate(call, items)


@handles("ListAdvancedTransferTransactions")
def list_advanced_transfer_transactions(world: World, call: Call) -> m.ListAdvancedTransferTransactionsResponse:
    record = _record(world, call)
    return m.ListAdvancedTransferTransactionsResponse(
        transactions=[world.transactions[t] for t in record.transaction_ids]
    )
