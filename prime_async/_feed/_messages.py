"""Typed feed messages: frozen attrs classes with `Decimal` amounts, aware datetimes and open enums.

Every server message is `{"channel", "timestamp", "sequence_num", "events": [...]}`; the events'
shape depends on the channel. Prime leaves optional fields out when empty (proto3 JSON), so an
absent amount reads as 0 and an absent string as "" (an absent `limit_px`, as on a market order,
as None). Channels this module does not know keep their events as the decoded JSON.
"""

from __future__ import annotations

import decimal as decimal_module
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, Literal, TypeVar

import attrs

from .._convert import structure_datetime
from .._generated.enums import OrderSide, OrderStatus, OrderType

__all__ = [
    "PRODUCT_AMOUNTS",
    "TERMINAL_STATUSES",
    "ZERO",
    "FeeDetails",
    "FeedMessage",
    "Heartbeat",
    "L2Event",
    "L2Update",
    "OrderUpdate",
    "OrdersEvent",
    "Product",
    "ProductsEvent",
    "amount",
    "decimal",
    "exact_decimal",
    "int64",
    "parse_events",
    "parse_order",
    "parse_time",
    "size",
]

E = TypeVar("E")
ZERO = Decimal(0)
NO_SIDE, NO_TYPE, NO_STATUS = OrderSide(""), OrderType(""), OrderStatus("")  # proto3's absent enums
TERMINAL_STATUSES = frozenset({"FILLED", "CANCELLED", "EXPIRED", "REJECTED", "FAILED"})


def parse_time(value: Any) -> datetime | None:
    """RFC 3339 with up to nanoseconds (truncated to microseconds) as an aware datetime, UTC when
    it has no offset (as REST's converter reads it); None when absent."""
    return structure_datetime(value) if value else None


# Amounts are read under a context that neither rounds nor clamps and raises on any signal: a
# value it takes is exactly the one sent, has at most 34 significant digits (IEEE decimal128's) and
# a magnitude within 1e-34..1e35, which holds every price and size a market quotes with room to
# spare. What it refuses (NaN, Infinity, `1E+999999`, 4,000 digits, spaces, underscores) and what
# is not a string or an integer (a JSON float has already lost digits) makes the message bad.
_AMOUNTS = decimal_module.Context(
    prec=34,
    Emax=34,
    Emin=-34,
    traps=[decimal_module.InvalidOperation, decimal_module.Overflow, decimal_module.Underflow,
           decimal_module.Subnormal, decimal_module.Clamped, decimal_module.Inexact, decimal_module.Rounded,
           decimal_module.DivisionByZero, decimal_module.FloatOperation],
)  # fmt: skip
exact_decimal = _AMOUNTS.create_decimal
INT64_MIN, INT64_END = -(1 << 63), 1 << 63


def amount(value: Any) -> Decimal:
    """A finite decimal from a decimal string or a JSON integer (exact either way); anything else
    raises ValueError: a bad message."""
    if type(value) is str or type(value) is int:
        try:
            number = exact_decimal(value)
        except ArithmeticError:
            number = None
        if number is not None and number.is_finite():
            return number
    raise ValueError(f"not a finite decimal amount: {value!r:.40}")


def size(value: Any) -> Decimal:
    """An `amount` that is not negative (a quantity, a level's size)."""
    number = amount(value)
    if number.is_signed() and number:
        raise ValueError(f"a negative size: {value!r:.40}")
    return number


def int64(value: Any) -> int:
    """An int64 field: a JSON integer, or proto3's JSON form of one, a decimal string ("-12"). Its
    length is checked before `int()` parses it (a 4,000-digit number costs nothing)."""
    if type(value) is int:
        number = value
    elif type(value) is str and 0 < len(value) <= 20 and value.isascii() and value.removeprefix("-").isdigit():
        number = int(value)
    else:
        raise ValueError(f"not an int64: {value!r:.40}")
    if not INT64_MIN <= number < INT64_END:
        raise ValueError(f"out of the int64 range: {value!r:.40}")
    return number


def decimal(value: Any) -> Decimal:
    """An amount; absent or empty (proto3 leaves zero out) is 0."""
    return amount(value) if value is not None and value != "" else ZERO


def _size_or_zero(value: Any) -> Decimal:
    return size(value) if value is not None and value != "" else ZERO


def _optional(check: Callable[[Any], Decimal], value: Any) -> Decimal | None:
    return check(value) if value is not None and value != "" else None


@attrs.frozen
class FeedMessage(Generic[E]):
    """One server message, as `feed.subscribe(...)` yields it."""

    channel: str
    timestamp: datetime | None
    sequence_num: int | None
    events: tuple[E, ...]


@attrs.frozen
class Heartbeat:
    """One event of the `heartbeats` channel: the server's clock and a counter that only grows."""

    current_time: datetime | None
    heartbeat_counter: int


@attrs.frozen
class L2Update:
    """One price level's new size (`qty` 0 removes the level); `side` is "bid" or "offer"."""

    side: str
    px: Decimal
    qty: Decimal
    event_time: datetime | None = None


@attrs.frozen
class L2Event:
    """One product's part of an `l2_data` message: a `snapshot` (the whole book) or an `update` (changed levels)."""

    type: str  # "snapshot" or "update"
    product_id: str
    updates: tuple[L2Update, ...]


@attrs.frozen
class FeeDetails:
    """The fees of an order on the `orders` channel, by who charges them (absent ones are 0)."""

    client_fee: Decimal = ZERO
    financing_fee: Decimal = ZERO
    trading_desk_fee: Decimal = ZERO
    venue_fee: Decimal = ZERO
    nfa_fee: Decimal = ZERO
    clearing_fee: Decimal = ZERO


@attrs.frozen
class OrderUpdate:
    """The state of one order, from the `orders` channel.

    `origin` says where it came from: "snapshot" (the orders open when the feed (re)subscribed or
    resynced), "update" (a change as it happened), or "rest" (the final state of an order that
    closed while the feed was away, asked of REST after a resync). `done` is True once the status
    is final (FILLED, CANCELLED, EXPIRED, REJECTED, FAILED).
    """

    order_id: str
    client_order_id: str = ""
    product_id: str = ""
    side: OrderSide = NO_SIDE
    order_type: OrderType = NO_TYPE
    status: OrderStatus = NO_STATUS
    cum_qty: Decimal = ZERO
    leaves_qty: Decimal = ZERO
    avg_px: Decimal = ZERO
    net_avg_px: Decimal = ZERO
    fees: Decimal = ZERO
    limit_px: Decimal | None = None
    user_context: str = ""
    fee_details: FeeDetails = FeeDetails()
    portfolio_id: str = ""
    updated_at: datetime | None = None
    origin: Literal["snapshot", "update", "rest"] = "update"

    @property
    def done(self) -> bool:
        return self.status.value in TERMINAL_STATUSES

    @property
    def snapshot(self) -> bool:
        return self.origin == "snapshot"


@attrs.frozen
class OrdersEvent:
    """One event of the `orders` channel: a `snapshot` of the portfolio's open orders, or an `update`."""

    type: str
    orders: tuple[OrderUpdate, ...]


@attrs.frozen
class Product:
    """A product on the `products` channel: its size and price increments, limits and permissions."""

    product_id: str
    base_min_size: Decimal | None = None
    base_max_size: Decimal | None = None
    base_increment: Decimal | None = None
    quote_min_size: Decimal | None = None
    quote_max_size: Decimal | None = None
    quote_increment: Decimal | None = None
    price_increment: Decimal | None = None
    permissions: tuple[str, ...] = ()
    rfq_product_details: Mapping[str, Any] = attrs.field(factory=dict)
    future_product_details: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class ProductsEvent:
    """One event of the `products` channel: the products the key may trade."""

    type: str
    products: tuple[Product, ...]


def parse_order(
    data: Mapping[str, Any], *, portfolio_id: str = "", updated_at: datetime | None = None, snapshot: bool = False
) -> OrderUpdate:
    fees = data.get("fee_details") or {}
    return OrderUpdate(
        order_id=str(data.get("order_id", "")),
        client_order_id=str(data.get("client_order_id", "")),
        product_id=str(data.get("product_id", "")),
        side=OrderSide(data.get("side", "")),
        order_type=OrderType(data.get("order_type", "")),
        status=OrderStatus(data.get("status", "")),
        cum_qty=_size_or_zero(data.get("cum_qty")),
        leaves_qty=_size_or_zero(data.get("leaves_qty")),
        avg_px=decimal(data.get("avg_px")),
        net_avg_px=decimal(data.get("net_avg_px")),
        fees=decimal(data.get("fees")),
        limit_px=_optional(amount, data.get("limit_px")),
        user_context=str(data.get("user_context", "")),
        fee_details=FeeDetails(**{f.name: decimal(fees.get(f.name)) for f in attrs.fields(FeeDetails)}),
        portfolio_id=portfolio_id,
        updated_at=updated_at,
        origin="snapshot" if snapshot else "update",
    )


def _heartbeat(event: Mapping[str, Any], message: Mapping[str, Any], portfolio_id: str) -> Heartbeat:
    counter = event.get("heartbeat_counter")
    return Heartbeat(parse_time(event.get("current_time")), int64(counter) if counter is not None else 0)


def _l2_event(event: Mapping[str, Any], message: Mapping[str, Any], portfolio_id: str) -> L2Event:
    updates = tuple(
        L2Update(str(u.get("side", "")), amount(u["px"]), size(u["qty"]), parse_time(u.get("event_time")))
        for u in event.get("updates") or ()
    )
    return L2Event(str(event.get("type", "")), str(event.get("product_id", "")), updates)


def _orders_event(event: Mapping[str, Any], message: Mapping[str, Any], portfolio_id: str) -> OrdersEvent:
    at = parse_time(message.get("timestamp"))
    snapshot = event.get("type") == "snapshot"
    orders = tuple(
        parse_order(o, portfolio_id=portfolio_id, updated_at=at, snapshot=snapshot) for o in event.get("orders") or ()
    )
    return OrdersEvent(str(event.get("type", "")), orders)


PRODUCT_AMOUNTS = (
    "base_min_size", "base_max_size", "base_increment", "quote_min_size", "quote_max_size", "quote_increment",
    "price_increment",
)  # fmt: skip


def parse_product(data: Mapping[str, Any]) -> Product:
    amounts = {name: _optional(size, data.get(name)) for name in PRODUCT_AMOUNTS}
    return Product(
        product_id=str(data.get("product_id") or data.get("id") or ""),
        permissions=tuple(data.get("permissions") or ()),
        rfq_product_details=data.get("rfq_product_details") or {},
        future_product_details=data.get("future_product_details") or {},
        **amounts,
    )


def _products_event(event: Mapping[str, Any], message: Mapping[str, Any], portfolio_id: str) -> ProductsEvent:
    return ProductsEvent(str(event.get("type", "")), tuple(parse_product(p) for p in event.get("products") or ()))


EventParser = Callable[[Mapping[str, Any], Mapping[str, Any], str], Any]
EVENT_PARSERS: dict[str, EventParser] = {
    "heartbeats": _heartbeat,
    "heartbeat": _heartbeat,  # the channel's older name
    "l2_data": _l2_event,
    "orders": _orders_event,
    "products": _products_event,
}


def parse_events(message: Mapping[str, Any], portfolio_id: str = "") -> FeedMessage[Any]:
    """A decoded server message as a `FeedMessage` whose events are typed for known channels."""
    channel = str(message.get("channel", ""))
    parse = EVENT_PARSERS.get(channel)
    raw_events = message.get("events") or ()
    events = tuple(parse(e, message, portfolio_id) for e in raw_events) if parse else tuple(raw_events)
    seq = message.get("sequence_num")
    return FeedMessage(channel, parse_time(message.get("timestamp")), None if seq is None else int64(seq), events)
