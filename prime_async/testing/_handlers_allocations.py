"""Allocation operations: a block of filled orders in a source portfolio is split among
destination portfolios (`_world_allocations.py`).

An allocation moves what the orders traded: for a BUY, each destination receives its share of the
base asset and pays its share of the cost and the fees to the source; a SELL the other way round.
It is all or nothing: a destination that cannot pay refuses the whole allocation. The source and
every destination see the allocation in their lists and gets, and an ALLOCATION_OUT / _IN activity.
A net allocation nets BUY and SELL orders: the legs' shares apply to each side, which become two
allocations under the netting id. Allocations complete at once (status ALLOCATED)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from .. import models as m
from ._handling import Call, handles, in_range, paginate, window
from ._world import CENT, SATOSHI, SimError, World, record_id

__all__: list[str] = []

TERMINAL = {m.OrderStatus.FILLED, m.OrderStatus.CANCELLED, m.OrderStatus.EXPIRED}
EXACT = Decimal("0.000000000001")


def _refuse(message: str, subcode: str = "ALLOCATION_REQUEST_INVALID") -> SimError:
    return SimError(400, message, subcode=subcode)


def _orders(world: World, source: str, product_id: str | None, order_ids: Sequence[str] | None) -> list[m.Order]:
    if not order_ids:
        raise _refuse("order_ids is required")
    if not product_id:
        raise _refuse("product_id is required")
    orders = []
    for order_id in dict.fromkeys(order_ids):
        order = world.orders.get(order_id)
        if order is None or order.portfolio_id != source:
            raise SimError(404, f"order {order_id} not found in portfolio {source}", subcode="ALLOCATION_NOT_FOUND")
        if order.product_id != product_id:
            raise _refuse(
                f"order {order_id} is for {order.product_id}, not {product_id}", "ALLOCATION_ORDERS_MIXED_PRODUCTS"
            )
        if order.status not in TERMINAL:
            raise _refuse(f"order {order_id} is {order.status}, not done", "ALLOCATION_ORDER_NOT_TERMINAL")
        if order_id in world.allocations.allocated_orders:
            raise _refuse(f"order {order_id} is already allocated", "ALLOCATION_ORDER_ALREADY_ALLOCATED")
        if not order.filled_quantity:
            raise _refuse(f"order {order_id} has no fills to allocate", "ALLOCATION_PRECONDITION_FAILED")
        orders.append(order)
    return orders


def _legs(world: World, call: Call) -> list[tuple[str, str, Decimal]]:
    """(leg id, destination portfolio, amount) of each leg, checked."""
    legs = call["allocation_legs"] or []
    if not legs:
        raise _refuse("allocation_legs is required")
    out = []
    for leg in legs:
        if not leg.destination_portfolio_id:
            raise _refuse("every leg needs a destination_portfolio_id", "ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED")
        world.portfolio(leg.destination_portfolio_id)
        if leg.amount is None or leg.amount <= 0:
            raise _refuse(f"invalid value for amount: {leg.amount} must be positive")
        out.append((leg.allocation_leg_id or world.new_id(), leg.destination_portfolio_id, leg.amount))
    return out


def _fractions(call: Call, legs: list[tuple[str, str, Decimal]], base: Decimal, quote: Decimal) -> list[Decimal]:
    """Each leg's share of the orders, from its amount in the call's size type (BASE by default)."""
    size_type = m.AllocationSizeType(call["size_type"] or "BASE")
    if size_type != m.AllocationSizeType.PERCENT and (base == 0 or quote == 0):
        raise _refuse("the orders net to zero: only PERCENT legs can be allocated")
    whole = {m.AllocationSizeType.BASE: base, m.AllocationSizeType.QUOTE: quote}.get(size_type, Decimal(100))
    fractions = [amount / whole for _, _, amount in legs]
    if sum(fractions) > 1 + EXACT:
        raise _refuse("the legs allocate more than the orders filled")
    return fractions


def _allocate(
    world: World,
    call: Call,
    root_id: str,
    orders: list[m.Order],
    legs: list[tuple[str, str, Decimal]],
    fractions: list[Decimal],
    netting_id: str = "",
) -> m.Allocation:
    source = orders[0].portfolio_id or ""
    side, product_id = orders[0].side, orders[0].product_id or ""
    base = sum((o.filled_quantity or Decimal(0) for o in orders), Decimal(0))
    quote = sum((o.filled_value or Decimal(0) for o in orders), Decimal(0))
    fees = sum((o.commission or Decimal(0) for o in orders), Decimal(0))
    shares = list(zip(legs, fractions, strict=True))
    remainder = 1 - sum(fractions, Decimal(0))
    rest_to: str | None = call["remainder_destination_portfolio"]
    if remainder > EXACT and rest_to:
        world.portfolio(rest_to)
        shares.append(((world.new_id(), rest_to, Decimal(0)), remainder))
    destinations = [
        m.DestinationAlloc(
            leg_id=leg_id,
            portfolio_id=pid,
            allocation_base=(base * f).quantize(SATOSHI),
            allocation_quote=(quote * f).quantize(SATOSHI),
            fees_allocated_leg=(fees * f).quantize(SATOSHI),
        )
        for (leg_id, pid, _), f in shares
    ]
    _move(world, source, product_id, side, destinations)
    allocation = m.Allocation(
        root_id=root_id,
        allocation_completed_at=world.now(),
        user_id=world.users[0].id or "",
        product_id=product_id,
        side=side,
        avg_price=(quote / base).quantize(CENT if product_id.endswith("USD") else SATOSHI),
        base_quantity=sum((d.allocation_base or Decimal(0) for d in destinations), Decimal(0)),
        quote_value=sum((d.allocation_quote or Decimal(0) for d in destinations), Decimal(0)),
        fees_allocated=sum((d.fees_allocated_leg or Decimal(0) for d in destinations), Decimal(0)),
        status=m.AllocationStatus.ALLOCATION_STATUS_ALLOCATION_ALLOCATED,
        source=source,
        order_ids=[record_id(o) for o in orders],
        destinations=destinations,
        netting_id=netting_id,
    )
    world.allocations.add(allocation)
    symbols = product_id.split("-")
    kind = m.ActivityCategory.ACTIVITY_CATEGORY_ALLOCATION
    world.record_activity(
        source,
        kind,
        m.ActivityType.ACTIVITY_TYPE_ALLOCATION_OUT,
        f"Allocate {product_id}",
        symbols,
        reference_id=root_id,
    )
    for pid in dict.fromkeys(d.portfolio_id for d in destinations if d.portfolio_id != source):
        world.record_activity(
            pid,
            kind,
            m.ActivityType.ACTIVITY_TYPE_ALLOCATION_IN,
            f"Allocation of {product_id}",
            symbols,
            reference_id=root_id,
        )
    return allocation


def _move(world: World, source: str, product_id: str, side: Any, destinations: list[m.DestinationAlloc]) -> None:
    """Move each leg's base one way and its cost (fees included) the other; all or nothing."""
    base_symbol, quote_symbol = product_id.split("-")
    buy = side == m.OrderSide.BUY
    changes: dict[str, Decimal] = {}  # wallet id -> change
    for d in destinations:
        if d.portfolio_id == source:
            continue
        qty, fee = d.allocation_base or Decimal(0), d.fees_allocated_leg or Decimal(0)
        cost = (d.allocation_quote or Decimal(0)) + (fee if buy else -fee)
        sign = 1 if buy else -1
        for pid, direction in ((d.portfolio_id or "", sign), (source, -sign)):
            base_wallet, quote_wallet = world.trading_wallet(pid, base_symbol), world.trading_wallet(pid, quote_symbol)
            changes[base_wallet] = changes.get(base_wallet, Decimal(0)) + direction * qty
            changes[quote_wallet] = changes.get(quote_wallet, Decimal(0)) - direction * cost
    for wallet_id, change in changes.items():
        if change < 0 and world.spendable(wallet_id) < -change:
            pid, symbol = world.wallet_owner[wallet_id], world.wallets[wallet_id].symbol
            raise _refuse(
                f"portfolio {pid} has too little {symbol} for the allocation", "ALLOCATION_PRECONDITION_FAILED"
            )
    for wallet_id, change in changes.items():
        world.balance[wallet_id] += change


def _source(world: World, call: Call) -> str:
    source = call["source_portfolio_id"]
    if not source:
        raise _refuse("source_portfolio_id is required", "ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED")
    world.portfolio(source)
    return str(source)


@handles("CreateAllocation")
def create_allocation(world: World, call: Call) -> m.CreateAllocationResponse:
    if not call["allocation_id"]:
        raise _refuse("allocation_id is required", "ALLOCATION_ID_REQUIRED")
    if call["allocation_id"] in world.allocations.records:
        raise _refuse(f"allocation {call['allocation_id']} already exists")
    source = _source(world, call)
    orders = _orders(world, source, call["product_id"], call["order_ids"])
    if len({o.side for o in orders}) > 1:
        raise _refuse("the orders are on both sides: use a net allocation", "ALLOCATION_ORDERS_MIXED_SIDES")
    legs = _legs(world, call)
    base = sum((o.filled_quantity or Decimal(0) for o in orders), Decimal(0))
    quote = sum((o.filled_value or Decimal(0) for o in orders), Decimal(0))
    allocation = _allocate(world, call, call["allocation_id"], orders, legs, _fractions(call, legs, base, quote))
    body = m.CreateAllocationResponseBody(success=True, allocation_id=allocation.root_id)
    return m.CreateAllocationResponse(body=body)


@handles("CreateNetAllocation")
def create_net_allocation(world: World, call: Call) -> m.CreateNetAllocationResponse:
    netting_id = call["netting_id"]
    if not netting_id:
        raise _refuse("netting_id is required", "ALLOCATION_NETTING_ID_REQUIRED")
    if netting_id in world.allocations.by_netting_id:
        raise _refuse(f"netting id {netting_id} is already used")
    source = _source(world, call)
    orders = _orders(world, source, call["product_id"], call["order_ids"])
    legs = _legs(world, call)
    sides = {side: [o for o in orders if o.side == side] for side in (m.OrderSide.BUY, m.OrderSide.SELL)}

    def net(field: str) -> Decimal:
        signed = (Decimal(getattr(o, field)) * (1 if o.side == m.OrderSide.BUY else -1) for o in orders)
        return abs(sum(signed, Decimal(0)))

    fractions = _fractions(call, legs, net("filled_quantity"), net("filled_value"))
    ids = {}
    for side, group in sides.items():
        if group:
            ids[side] = world.new_id()
            _allocate(world, call, ids[side], group, legs, fractions, netting_id)
    body = m.CreateNetAllocationResponseBody(
        success=True,
        netting_id=netting_id,
        buy_allocation_id=ids.get(m.OrderSide.BUY, ""),
        sell_allocation_id=ids.get(m.OrderSide.SELL, ""),
    )
    return m.CreateNetAllocationResponse(body=body)


@handles("GetPortfolioAllocations")
def get_portfolio_allocations(world: World, call: Call) -> Any:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    bounds = window(call, "start_date", "end_date")
    products = set(call["product_ids"] or ())
    items = [
        a
        for a in (world.allocations.records[r] for r in world.allocations.of_portfolio.get(pid, ()))
        if in_range(a.allocation_completed_at, bounds)
        and (not products or a.product_id in products)
        and (not call["order_side"] or a.side == call["order_side"])
    ]
    return paginate(call, items)


@handles("GetAllocation")
def get_allocation(world: World, call: Call) -> m.GetAllocationResponse:
    world.portfolio(call["portfolio_id"])
    allocation = world.allocations.visible(call["portfolio_id"], call["allocation_id"])
    if allocation is None:
        raise SimError(404, f"allocation {call['allocation_id']} not found", subcode="ALLOCATION_NOT_FOUND")
    return m.GetAllocationResponse(allocation=allocation)


@handles("GetAllocationsByClientNettingId")
def get_allocations_by_netting_id(world: World, call: Call) -> m.GetAllocationsByClientNettingIdResponse:
    pid = call["portfolio_id"]
    world.portfolio(pid)
    found = [world.allocations.visible(pid, r) for r in world.allocations.by_netting_id.get(call["netting_id"], ())]
    allocations = [a for a in found if a is not None]
    if not allocations:
        raise SimError(404, f"no allocation with netting id {call['netting_id']}", subcode="ALLOCATION_NOT_FOUND")
    return m.GetAllocationsByClientNettingIdResponse(allocations=allocations)
