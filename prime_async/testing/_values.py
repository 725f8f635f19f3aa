"""Request values checked before a handler sees them, as Prime checks them: an error names the
field and the value (`invalid value for base_quantity: 'abc' is not a decimal amount`).

Amounts are bounded, so that whatever a handler computes from them (a quantity times a price, a
value divided by a price, quantized to a satoshi) stays exact: at most 15 digits before the
point and 18 after, finite. Prime's own products have far smaller sizes and increments; a value
outside these bounds is refused as out of range rather than overflowing somewhere later.
"""

from __future__ import annotations

import functools
import hmac
import re
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

import attrs

from ._world import SimError

__all__ = [
    "MAX_FRACTION_DIGITS",
    "MAX_INTEGER_DIGITS",
    "check_body",
    "parse_datetime",
    "parse_query_value",
    "same_secret",
    "unwrap_optional",
]

MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 18
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_INTEGER = re.compile(r"-?\d{1,19}")  # int64, as digits (proto3 JSON sends int64 as a string)


def same_secret(given: str, expected: str) -> bool:
    """Constant-time equality of a passphrase or signature with the expected one, whatever
    characters it holds: non-ASCII, a header byte decoded by surrogateescape, a lone surrogate
    from a JSON escape (hmac.compare_digest refuses non-ASCII str; utf-8 with surrogatepass
    encodes every str, one to one)."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


def invalid(name: str, value: Any, reason: str) -> SimError:
    return SimError(400, f"invalid value for {name}: {value!r:.100} {reason}", field=name)


def parse_datetime(name: str, text: str) -> datetime:
    """Lenient, as Prime is: `Z` or an offset or none (UTC); a `+` that arrived as a space;
    the `+00:00Z` that some SDKs send."""
    fixed = text.strip().replace(" ", "+")
    if fixed.endswith("Z") and ("+" in fixed[10:] or fixed[10:].count("-") > 0):
        fixed = fixed[:-1]
    try:
        parsed = datetime.fromisoformat(fixed)
    except ValueError:
        raise invalid(name, text, "is not an RFC 3339 timestamp") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _amount(name: str, value: Any) -> Decimal:
    """A finite decimal within the bounds, from a string or a JSON number."""
    text = str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
    if not isinstance(text, str) or not _DECIMAL.fullmatch(text):
        raise invalid(name, value, "is not a decimal amount")
    amount = Decimal(text)
    _, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)  # finite, by the pattern
    if any(digits) and amount.adjusted() >= MAX_INTEGER_DIGITS:
        raise invalid(name, value, f"is out of range: at most {MAX_INTEGER_DIGITS} digits before the point")
    trailing_zeros = next((i for i, d in enumerate(reversed(digits)) if d), len(digits))
    places = -exponent - min(trailing_zeros, -exponent) if exponent < 0 and any(digits) else 0
    if places > MAX_FRACTION_DIGITS:
        raise invalid(name, value, f"is out of range: at most {MAX_FRACTION_DIGITS} digits after the point")
    return amount


@functools.cache
def _members(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)  # the spec's values: never a pseudo-member


def _enum(name: str, enum: type[Enum], value: Any) -> Enum:
    if not isinstance(value, str) or value not in _members(enum):
        raise invalid(name, value, f"is not one of {', '.join(_members(enum))}")
    return enum(value)


def parse_query_value(name: str, tp: Any, raw: str) -> Any:
    """A query parameter's value, parsed to its type."""
    if tp is str:
        return raw
    if tp is int:
        if not _INTEGER.fullmatch(raw):
            raise invalid(name, raw, "is not an integer")
        return int(raw)
    if tp is bool:
        if raw.lower() not in ("true", "false"):
            raise invalid(name, raw, "is not true or false")
        return raw.lower() == "true"
    if tp is datetime:
        return parse_datetime(name, raw)
    if tp is Decimal:
        return _amount(name, raw)
    if tp is float:
        return float(_amount(name, raw))
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum(name, tp, raw)
    return raw


def unwrap_optional(tp: Any) -> Any:
    """`X` for a field typed `X | None` (every optional field of a model), else `tp` itself."""
    if get_origin(tp) in (Union, UnionType):
        (tp,) = [a for a in get_args(tp) if a is not NoneType]
    return tp


def check_body(model: type, data: dict[str, Any]) -> None:
    """Every value of a request body the type its field says (null and absent are fine:
    required fields are checked apart), amounts within the bounds."""
    for field in attrs.fields(attrs.resolve_types(model)):
        wire = field.metadata.get("wire", field.name)
        if wire in data:
            _check(field.type, data[wire], wire)


def _check(tp: Any, value: Any, name: str) -> None:
    tp = unwrap_optional(tp)
    if value is None:
        return
    if tp is Decimal:
        if value != "":  # "" is unset, as Prime sends it
            _amount(name, value)
    elif tp is datetime:
        if not isinstance(value, str):
            raise invalid(name, value, "is not an RFC 3339 timestamp")
        if value:
            parse_datetime(name, value)
    elif tp is bool:
        if not isinstance(value, bool) and value not in ("true", "false"):
            raise invalid(name, value, "is not true or false")
    elif tp is str:
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise invalid(name, value, "is not a string")
    elif tp is int:
        if isinstance(value, bool) or not isinstance(value, int | str) or not _INTEGER.fullmatch(str(value)):
            raise invalid(name, value, "is not an integer")
    elif tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise invalid(name, value, "is not a number")
        _amount(name, value)
    elif isinstance(tp, type) and issubclass(tp, Enum):
        _enum(name, tp, value)
    elif get_origin(tp) is list:
        if not isinstance(value, list):
            raise invalid(name, value, "is not a list")
        (item,) = get_args(tp)
        for i, v in enumerate(value):
            _check(item, v, f"{name}[{i}]")
    elif attrs.has(tp):
        if not isinstance(value, dict):
            raise invalid(name, value, "is not an object")
        for field in attrs.fields(attrs.resolve_types(tp)):
            wire = field.metadata.get("wire", field.name)
            if wire in value:
                _check(field.type, value[wire], f"{name}.{wire}")
    elif (get_origin(tp) is dict or tp is dict or tp is Any) and not isinstance(value, dict):
        raise invalid(name, value, "is not an object")
