"""Structuring a response page: prime-async's cattrs converter vs pydantic v2, msgspec and prime-sdk-py.

Why: a large page (100 orders, 200 balances) costs more to turn into typed objects than to
send and receive, so a fan-out over order history is bound by it. Each row takes the raw JSON
bytes of one page to typed objects:

- json.loads / orjson.loads alone: the floor of any parser that builds Python objects;
- ours, the default install: `orjson.loads`, then `prime_async._convert.converter().structure(data,
  Model)`, what the client does with a response body (the headline); and the same after
  `json.loads`, for comparison;
- pydantic v2: `Model.model_validate_json(raw)` with equivalent models derived here from ours
  (same fields, `Decimal | None`, `datetime | None`, enums as `str`);
- msgspec: `msgspec.json.decode(raw, type=Struct)` with equivalent Structs, derived the same way;
- prime-sdk-py: `ListOrdersResponse.from_response(json.loads(raw))` and the balances equivalent
  (it keeps amounts and times as strings, and leaves nested objects as dicts: less work).

Pages are built from `prime_async.testing.sample_json` of the item models, every field filled,
each item with its own values. Every implementation is checked to read the same amounts and
times before it is timed. Figures are µs per page, best of several timeit repeats.
"""

from __future__ import annotations

import functools
import json
import sys
import timeit
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from enum import Enum
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

import attrs
import msgspec
import orjson
import pydantic
from _common import table, target
from prime_sdk.services.balances import ListPortfolioBalancesResponse
from prime_sdk.services.orders import ListOrdersResponse

from prime_async import models
from prime_async._convert import _EXACT, converter
from prime_async._json import parse_json  # what the client parses a body with
from prime_async.testing import sample_json

DEFAULT = "prime-async, default install (orjson + cattrs)"
REPEATS = 7
REPEAT_SECONDS = 0.1  # per repeat
ORDERS = 100
BALANCES = 200


# ---- pydantic v2 models and msgspec Structs, field for field the same as prime_async.models ------
# Derived from the attrs models rather than written out, so they cannot drift: every field
# `X | None = None`, Decimal and datetime kept, enums as `str` (both libraries would otherwise
# reject values the spec does not list; prime-async's open enums accept them).


def _twin_type(tp: Any, twin: Callable[[type], type]) -> Any:
    if get_origin(tp) in (Union, UnionType):
        (tp,) = [a for a in get_args(tp) if a is not NoneType]
    if get_origin(tp) is list:
        return list[_twin_type(get_args(tp)[0], twin)]  # type: ignore[misc]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return str
    if attrs.has(tp):
        return twin(tp)
    return tp


@functools.cache
def pydantic_twin(cls: type) -> type:
    fields = {f.name: (_twin_type(f.type, pydantic_twin) | None, None) for f in attrs.fields(attrs.resolve_types(cls))}
    config = pydantic.ConfigDict(frozen=True)
    return pydantic.create_model(f"Pd{cls.__name__}", __config__=config, **fields)  # type: ignore[call-overload,no-any-return]


@functools.cache
def msgspec_twin(cls: type) -> type:
    fields = [(f.name, _twin_type(f.type, msgspec_twin) | None, None) for f in attrs.fields(attrs.resolve_types(cls))]
    return msgspec.defstruct(f"Ms{cls.__name__}", fields, frozen=True)


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
        DEFAULT: lambda raw: structure(parse_json(raw), ours_model),
        "prime-async: json.loads + cattrs": lambda raw: structure(json.loads(raw), ours_model),
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


def census(data: Any, model: type, found: dict[str, list[Any]]) -> None:
    """Every decimal string, timestamp string, object and field the converter meets in `data`."""
    found["objects"].append(model)
    for f in attrs.fields(attrs.resolve_types(model)):
        found["fields"].append(f.name)
        value = data.get(f.metadata.get("wire", f.name))
        tp = _unwrapped(f.type)
        if value in (None, ""):
            continue
        if tp is Decimal:
            found["decimals"].append(value)
        elif tp is datetime:
            found["datetimes"].append(value)
        elif attrs.has(tp):
            census(value, tp, found)
        elif get_origin(tp) is list and attrs.has(item := _unwrapped(get_args(tp)[0])):
            for one in value:
                census(one, item, found)


def _unwrapped(tp: Any) -> Any:
    if get_origin(tp) in (Union, UnionType):
        (tp,) = [a for a in get_args(tp) if a is not NoneType]
    return tp


def made_of(raw: bytes, model: type, total_us: float, parse_us: float) -> list[tuple[str, str, str]]:
    """The default install's time for a page, split: parsing, the Decimal and datetime objects
    themselves (what any typed parser pays), and the rest (per field: a dict lookup, a type check,
    a slot store; per object: its creation)."""
    found: dict[str, list[Any]] = {"objects": [], "fields": [], "decimals": [], "datetimes": []}
    census(orjson.loads(raw), model, found)
    decimals, stamps = found["decimals"], found["datetimes"]
    exact = _EXACT.create_decimal  # what the converter makes a Decimal with
    decimal_us = best_us(lambda _: [exact(s) for s in decimals], b"")
    datetime_us = best_us(lambda _: [datetime.fromisoformat(s) for s in stamps], b"")
    rest = total_us - parse_us - decimal_us - datetime_us
    fields, objects = len(found["fields"]), len(found["objects"])
    return [
        ("orjson.loads: dicts, lists, strings", f"{parse_us:,.0f}", f"{parse_us / total_us:.0%}"),
        (f"Decimal of {len(decimals):,} amounts", f"{decimal_us:,.0f}", f"{decimal_us / total_us:.0%}"),
        (f"fromisoformat of {len(stamps):,} timestamps", f"{datetime_us:,.0f}", f"{datetime_us / total_us:.0%}"),
        (
            f"{objects:,} objects, {fields:,} fields: lookup, check, store ({rest / fields * 1000:.0f} ns a field)",
            f"{rest:,.0f}",
            f"{rest / total_us:.0%}",
        ),
    ]


def best_us(fn: Parser, raw: bytes) -> float:
    timer = timeit.Timer(lambda: fn(raw))
    one = timer.timeit(number=1)  # also warms caches (cattrs builds its hooks on first use)
    number = max(1, int(REPEAT_SECONDS / max(one, 1e-6)))
    return min(timer.repeat(repeat=REPEATS, number=number)) / number * 1e6


def best_us_interleaved(fns: dict[str, Parser], raw: bytes) -> dict[str, float]:
    """`best_us` for each parser, their repeats taken in turn (one parser's repeat, then the
    next's), so that a burst of load on a shared machine does not land on one parser only."""
    timers = {name: timeit.Timer(lambda fn=fn: fn(raw)) for name, fn in fns.items()}
    numbers = {}
    for name, timer in timers.items():
        one = timer.timeit(number=1)  # also warms caches (cattrs builds its hooks on first use)
        numbers[name] = max(1, int(REPEAT_SECONDS / max(one, 1e-6)))
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(REPEATS):
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(number=numbers[name]) / numbers[name] * 1e6)
    return best


def main() -> None:
    cases = [
        (
            f"GetOrders page, {ORDERS} orders",
            orders_page(),
            parsers(
                models.GetOrdersResponse,
                pydantic_twin(models.GetOrdersResponse),
                msgspec_twin(models.GetOrdersResponse),
                ListOrdersResponse,
            ),
            ("orders", "limit_price", "created_at"),
            models.GetOrdersResponse,
        ),
        (
            f"GetPortfolioBalances page, {BALANCES} balances",
            balances_page(),
            parsers(
                models.GetPortfolioBalancesResponse,
                pydantic_twin(models.GetPortfolioBalancesResponse),
                msgspec_twin(models.GetPortfolioBalancesResponse),
                ListPortfolioBalancesResponse,
            ),
            ("balances", "amount", None),
            models.GetPortfolioBalancesResponse,
        ),
    ]
    targets = []
    for label, raw, fns, check, model in cases:
        check_equivalent({name: fn(raw) for name, fn in fns.items()}, *check)
        timings = best_us_interleaved(fns, raw)
        base = timings["pydantic v2 model_validate_json"]
        loads = timings["json.loads only (no types)"]
        rows = [(name, f"{us:,.0f}", f"{us / base:.2f}x", f"{us / loads:.2f}x") for name, us in timings.items()]
        title = f"{label} ({len(raw) / 1024:.0f} KiB), µs per page, best of {REPEATS}"
        print(table(["parser", "µs", "vs pydantic", "vs json.loads"], rows, title=title))
        print()
        parts = made_of(raw, model, timings[DEFAULT], timings["orjson.loads only (no types)"])
        title = f"What the default install's {timings[DEFAULT]:,.0f} µs are made of (pydantic v2: {base:,.0f} µs)"
        print(table(["part", "µs", "share"], parts, title=title))
        print()
        targets.append((label, timings[DEFAULT] / base))
    for label, value in targets:
        print(target(f"default install vs pydantic v2 model_validate_json, {label}", value, 1.0))


if __name__ == "__main__":
    sys.exit(main())
