"""JSON both ways: `parse_json`, what the client and the feed read bodies and frames with, and
`to_json`, a model (or any value holding models) in its wire JSON form, as Prime would send it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from ._formats import format_datetime, format_decimal

__all__ = ["parse_json", "to_json"]

loads: Callable[[bytes | str], Any] = json.loads
try:  # a dependency: parses a 100-order page in half the time of json.loads
    import orjson

    loads = orjson.loads
except ImportError:  # pragma: no cover
    pass


def parse_json(body: bytes | str) -> Any:
    """JSON from a body or a frame; ValueError (never RecursionError) for anything that is not JSON."""
    try:
        return loads(body)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def to_json(value: Any) -> Any:
    """JSON-ready data: amounts as decimal strings, datetimes as RFC 3339, enums as their value,
    64-bit integers the spec types as strings as strings, wire names for fields (`@type`); None
    fields and unset (UNSPECIFIED) enums left out, as the spec lists no value for them, and so is
    an unset echo of the idempotency value (Prime never sends it: the client fills it in).
    `json.dumps(to_json(order))` is Prime's shape."""
    if attrs.has(type(value)):
        out = {}
        for f in attrs.fields(type(value)):
            item = getattr(value, f.name)
            if item is None or (isinstance(item, Enum) and item.value == "") or (f.metadata.get("echo") and not item):
                continue
            out[f.metadata.get("wire", f.name)] = _int64(item) if f.metadata.get("int64") else to_json(item)
        return out
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    return value


def _int64(value: Any) -> Any:
    return [_int64(v) for v in value] if isinstance(value, list) else str(value)
