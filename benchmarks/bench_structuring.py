"""Structuring a response page: prime-async's cattrs converter vs pydantic v2, msgspec and prime-sdk-py.

Why: a large page (100 orders, 200 balances) costs more to turn into typed objects than to
send and receive, so a fan-out over order history is bound by it. Each row takes the raw JSON
bytes of one page to typed objects:

- json.loads / orjson.loads alone: the floor of any parser that builds Python objects;
- ours: `json.loads`, then `prime_async._convert.converter().structure(data, Model)` (what the
  client does), and the same after `orjson.loads`;
- pydantic v2: `Model.model_validate_json(raw)` with equivalent models written here (same fields,
  `Decimal | None`, `datetime | None`, enums as `str`);
- msgspec: `msgspec.json.decode(raw, type=Struct)` with equivalent Structs;
- prime-sdk-py: `ListOrdersResponse.from_response(json.loads(raw))` and the balances equivalent
  (it keeps amounts and times as strings, and leaves nested objects as dicts: less work).

Pages are built from `prime_async.testing.sample_json` of the item models, every field filled,
each item with its own values. Every implementation is checked to read the same amounts and
times before it is timed. Figures are µs per page, best of several timeit repeats.
"""

from __future__ import annotations

import json
import sys
import timeit
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import msgspec
import orjson
import pydantic
from _common import table, target
from prime_sdk.services.balances import ListPortfolioBalancesResponse
from prime_sdk.services.orders import ListOrdersResponse

from prime_async import models
from prime_async._convert import converter
from prime_async.testing import sample_json

REPEATS = 5
REPEAT_SECONDS = 0.1  # per repeat
ORDERS = 100
BALANCES = 200


# ---- pydantic v2 models, field for field the same as prime_async.models --------------------------


class PydanticModel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(frozen=True)


class PdLimitOrderEdit(PydanticModel):
    price: Decimal | None = None
    size: Decimal | None = None
    display_size: Decimal | None = None
    stop_price: Decimal | None = None
    stop_limit_price: Decimal | None = None
    end_time: datetime | None = None
    accept_time: datetime | None = None
    client_order_id: str | None = None


class PdOrderEdit(PydanticModel):
    price: Decimal | None = None
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    display_base_size: Decimal | None = None
    display_quote_size: Decimal | None = None
    stop_price: Decimal | None = None
    expiry_time: datetime | None = None
    accept_time: datetime | None = None
    client_order_id: str | None = None


class PdCommissionDetailTotal(PydanticModel):
    total_commission: Decimal | None = None
    client_commission: Decimal | None = None
    venue_commission: Decimal | None = None
    ces_commission: Decimal | None = None
    financing_commission: Decimal | None = None
    regulatory_commission: Decimal | None = None
    clearing_commission: Decimal | None = None


class PdOrder(PydanticModel):
    id: str | None = None
    user_id: str | None = None
    portfolio_id: str | None = None
    product_id: str | None = None
    side: str | None = None
    client_order_id: str | None = None
    type: str | None = None
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    limit_price: Decimal | None = None
    start_time: datetime | None = None
    expiry_time: datetime | None = None
    status: str | None = None
    time_in_force: str | None = None
    created_at: datetime | None = None
    filled_quantity: Decimal | None = None
    filled_value: Decimal | None = None
    average_filled_price: Decimal | None = None
    commission: Decimal | None = None
    exchange_fee: Decimal | None = None
    historical_pov: Decimal | None = None
    stop_price: Decimal | None = None
    net_average_filled_price: Decimal | None = None
    user_context: str | None = None
    client_product_id: str | None = None
    post_only: bool | None = None
    order_edit_history: list[PdLimitOrderEdit] | None = None
    is_raise_exact: bool | None = None
    display_size: Decimal | None = None
    edit_history: list[PdOrderEdit] | None = None
    display_quote_size: Decimal | None = None
    display_base_size: Decimal | None = None
    peg_offset_type: str | None = None
    offset: Decimal | None = None
    wig_level: Decimal | None = None
    product_type: str | None = None
    commission_detail_total: PdCommissionDetailTotal | None = None


class PdPaginatedResponse(PydanticModel):
    next_cursor: str | None = None
    sort_direction: str | None = None
    has_next: bool | None = None


class PdGetOrdersResponse(PydanticModel):
    orders: list[PdOrder] | None = None
    pagination: PdPaginatedResponse | None = None


class PdBalance(PydanticModel):
    symbol: str | None = None
    amount: Decimal | None = None
    holds: Decimal | None = None
    bonded_amount: Decimal | None = None
    reserved_amount: Decimal | None = None
    unbonding_amount: Decimal | None = None
    unvested_amount: Decimal | None = None
    pending_rewards_amount: Decimal | None = None
    past_rewards_amount: Decimal | None = None
    bondable_amount: Decimal | None = None
    withdrawable_amount: Decimal | None = None
    fiat_amount: Decimal | None = None
    unbondable_amount: Decimal | None = None
    claimable_rewards_amount: Decimal | None = None


class PdAggregatedFiatBalance(PydanticModel):
    total: Decimal | None = None
    holds: Decimal | None = None


class PdGetPortfolioBalancesResponse(PydanticModel):
    balances: list[PdBalance] | None = None
    type: str | None = None
    trading_balances: PdAggregatedFiatBalance | None = None
    vault_balances: PdAggregatedFiatBalance | None = None
    prime_custody_balances: PdAggregatedFiatBalance | None = None


# ---- msgspec Structs, the same fields again ---------------------------------------------------------


class MsLimitOrderEdit(msgspec.Struct, frozen=True):
    price: Decimal | None = None
    size: Decimal | None = None
    display_size: Decimal | None = None
    stop_price: Decimal | None = None
    stop_limit_price: Decimal | None = None
    end_time: datetime | None = None
    accept_time: datetime | None = None
    client_order_id: str | None = None


class MsOrderEdit(msgspec.Struct, frozen=True):
    price: Decimal | None = None
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    display_base_size: Decimal | None = None
    display_quote_size: Decimal | None = None
    stop_price: Decimal | None = None
    expiry_time: datetime | None = None
    accept_time: datetime | None = None
    client_order_id: str | None = None


class MsCommissionDetailTotal(msgspec.Struct, frozen=True):
    total_commission: Decimal | None = None
    client_commission: Decimal | None = None
    venue_commission: Decimal | None = None
    ces_commission: Decimal | None = None
    financing_commission: Decimal | None = None
    regulatory_commission: Decimal | None = None
    clearing_commission: Decimal | None = None


class MsOrder(msgspec.Struct, frozen=True):
    id: str | None = None
    user_id: str | None = None
    portfolio_id: str | None = None
    product_id: str | None = None
    side: str | None = None
    client_order_id: str | None = None
    type: str | None = None
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    limit_price: Decimal | None = None
    start_time: datetime | None = None
    expiry_time: datetime | None = None
    status: str | None = None
    time_in_force: str | None = None
    created_at: datetime | None = None
    filled_quantity: Decimal | None = None
    filled_value: Decimal | None = None
    average_filled_price: Decimal | None = None
    commission: Decimal | None = None
    exchange_fee: Decimal | None = None
    historical_pov: Decimal | None = None
    stop_price: Decimal | None = None
    net_average_filled_price: Decimal | None = None
    user_context: str | None = None
    client_product_id: str | None = None
    post_only: bool | None = None
    order_edit_history: list[MsLimitOrderEdit] | None = None
    is_raise_exact: bool | None = None
    display_size: Decimal | None = None
    edit_history: list[MsOrderEdit] | None = None
    display_quote_size: Decimal | None = None
    display_base_size: Decimal | None = None
    peg_offset_type: str | None = None
    offset: Decimal | None = None
    wig_level: Decimal | None = None
    product_type: str | None = None
    commission_detail_total: MsCommissionDetailTotal | None = None


class MsPaginatedResponse(msgspec.Struct, frozen=True):
    next_cursor: str | None = None
    sort_direction: str | None = None
    has_next: bool | None = None


class MsGetOrdersResponse(msgspec.Struct, frozen=True):
    orders: list[MsOrder] | None = None
    pagination: MsPaginatedResponse | None = None


class MsBalance(msgspec.Struct, frozen=True):
    symbol: str | None = None
    amount: Decimal | None = None
    holds: Decimal | None = None
    bonded_amount: Decimal | None = None
    reserved_amount: Decimal | None = None
    unbonding_amount: Decimal | None = None
    unvested_amount: Decimal | None = None
    pending_rewards_amount: Decimal | None = None
    past_rewards_amount: Decimal | None = None
    bondable_amount: Decimal | None = None
    withdrawable_amount: Decimal | None = None
    fiat_amount: Decimal | None = None
    unbondable_amount: Decimal | None = None
    claimable_rewards_amount: Decimal | None = None


class MsAggregatedFiatBalance(msgspec.Struct, frozen=True):
    total: Decimal | None = None
    holds: Decimal | None = None


class MsGetPortfolioBalancesResponse(msgspec.Struct, frozen=True):
    balances: list[MsBalance] | None = None
    type: str | None = None
    trading_balances: MsAggregatedFiatBalance | None = None
    vault_balances: MsAggregatedFiatBalance | None = None
    prime_custody_balances: MsAggregatedFiatBalance | None = None


# ---- the pages ----------------------------------------------------------------------------------------


def orders_page() -> bytes:
    page = sample_json(models.GetOrdersResponse)
    page["orders"] = [sample_json(models.Order, f"Order{i}") for i in range(ORDERS)]
    return json.dumps(page).encode()


def balances_page() -> bytes:
    page = sample_json(models.GetPortfolioBalancesResponse)
    page["balances"] = [sample_json(models.Balance, f"Balance{i}") for i in range(BALANCES)]
    return json.dumps(page).encode()


# ---- what is compared -----------------------------------------------------------------------------------

Parser = Callable[[bytes], Any]


def parsers(
    ours_model: type, pydantic_model: type[pydantic.BaseModel], msgspec_type: type, sdk: Any
) -> dict[str, Parser]:
    structure = converter().structure
    decoder = msgspec.json.Decoder(msgspec_type)
    return {
        "json.loads only (no types)": json.loads,
        "orjson.loads only (no types)": orjson.loads,
        "prime-async: json.loads + cattrs": lambda raw: structure(json.loads(raw), ours_model),
        "prime-async: orjson.loads + cattrs": lambda raw: structure(orjson.loads(raw), ours_model),
        "pydantic v2 model_validate_json": pydantic_model.model_validate_json,
        "msgspec Struct decode": decoder.decode,
        "prime-sdk-py from_response (str amounts)": lambda raw: sdk.from_response(json.loads(raw)),
    }


def fingerprint(items: list[Any], amount: str, time: str | None) -> tuple[Any, ...]:
    """The sum of one Decimal field and the latest of one datetime field, read through attributes."""
    total = sum((getattr(item, amount) for item in items), Decimal(0))
    latest = max(getattr(item, time) for item in items) if time else None
    return total, latest


def check_equivalent(results: dict[str, Any], list_field: str, amount: str, time: str | None) -> None:
    """Every typed parser must read the same values, or the comparison would be unfair."""
    expected = None
    for name, result in results.items():
        if "only" in name or "prime-sdk" in name:
            continue
        got = fingerprint(getattr(result, list_field), amount, time)
        assert isinstance(got[0], Decimal) and (time is None or got[1].tzinfo is not None), name
        expected = expected or got
        assert got == expected, f"{name} read {got}, others {expected}"


def best_us(fn: Parser, raw: bytes) -> float:
    timer = timeit.Timer(lambda: fn(raw))
    one = timer.timeit(number=1)  # also warms caches (cattrs builds its hooks on first use)
    number = max(1, int(REPEAT_SECONDS / max(one, 1e-6)))
    return min(timer.repeat(repeat=REPEATS, number=number)) / number * 1e6


def main() -> None:
    cases = [
        (
            f"GetOrders page, {ORDERS} orders",
            orders_page(),
            parsers(models.GetOrdersResponse, PdGetOrdersResponse, MsGetOrdersResponse, ListOrdersResponse),
            ("orders", "limit_price", "created_at"),
        ),
        (
            f"GetPortfolioBalances page, {BALANCES} balances",
            balances_page(),
            parsers(
                models.GetPortfolioBalancesResponse,
                PdGetPortfolioBalancesResponse,
                MsGetPortfolioBalancesResponse,
                ListPortfolioBalancesResponse,
            ),
            ("balances", "amount", None),
        ),
    ]
    targets = []
    for label, raw, fns, check in cases:
        check_equivalent({name: fn(raw) for name, fn in fns.items()}, *check)
        timings = {name: best_us(fn, raw) for name, fn in fns.items()}
        base = timings["pydantic v2 model_validate_json"]
        loads = timings["json.loads only (no types)"]
        rows = [(name, f"{us:,.0f}", f"{us / base:.2f}x", f"{us / loads:.2f}x") for name, us in timings.items()]
        title = f"{label} ({len(raw) / 1024:.0f} KiB), µs per page, best of {REPEATS}"
        print(table(["parser", "µs", "vs pydantic", "vs json.loads"], rows, title=title))
        print()
        targets.append((label, timings["prime-async: json.loads + cattrs"] / base))
    for label, value in targets:
        print(target(f"prime-async (json.loads + cattrs) vs pydantic, {label}", value, 1.0))


if __name__ == "__main__":
    sys.exit(main())
