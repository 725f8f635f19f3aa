"""Deterministic, spec-shaped sample data for any generated model or endpoint.

Used by the simulator for operations it does not model with state, and by tests that need a
valid instance of every response. Values are derived from the field name and type, so the same
call always produces the same data.
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, get_args, get_origin

import attrs

from .._json import to_json
from ._values import unwrap_optional

__all__ = ["sample_json", "sample_value", "to_json"]

EPOCH = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _seed(name: str) -> int:
    return zlib.crc32(name.encode())


def sample_value(tp: Any, name: str = "value", depth: int = 0) -> Any:
    """A Python value of type `tp` (a model instance for model types), every field filled: the
    spec marks required fields the models cannot (they make every response field optional), so a
    sample that leaves one out could be off the spec. Only a model nested in itself is cut short."""
    return _sample(tp, name, depth, ())


def _sample(tp: Any, name: str, depth: int, _within: tuple[type, ...]) -> Any:
    """sample_value, with the models being filled in (`_within`): where a model recurs, it stops."""
    tp = unwrap_optional(tp)
    seed = _seed(name)
    if tp is str:
        return f"{name.rsplit('.', 1)[-1]}-{seed % 1000:03d}"
    if tp is bool:
        return seed % 2 == 0
    if tp is int:
        return seed % 90 + 10
    if tp is float:
        return (seed % 1000) / 8
    if tp is Decimal:
        return Decimal(seed % 100000) / 100
    if tp is datetime:
        return EPOCH + timedelta(seconds=seed % 10_000_000, microseconds=seed % 1000 * 1000)
    if isinstance(tp, type) and issubclass(tp, Enum):
        members = [m for m in tp if m.value]  # never UNSPECIFIED (""): the spec lists no such value
        return members[seed % len(members)]
    if get_origin(tp) is list:
        count = 2 if depth < 2 else 1
        return [_sample(get_args(tp)[0], f"{name}.{i}", depth + 1, _within) for i in range(count)]
    if get_origin(tp) is dict or tp is Any:
        return {"key": f"{name}-value"}
    if attrs.has(tp):
        fields = attrs.fields(attrs.resolve_types(tp))
        if tp in _within:  # a recursive schema: stop at the fields that have no default
            fields = tuple(f for f in fields if f.default is attrs.NOTHING)
        within = (*_within, tp)
        return tp(**{f.name: _sample(f.type, f"{name}.{f.name}", depth + 1, within) for f in fields})
    raise TypeError(f"no sample for {tp!r}")


def sample_json(model: type, name: str | None = None) -> dict[str, Any]:
    """A JSON object shaped like `model`, every field filled."""
    result = to_json(sample_value(model, name or model.__name__))
    assert isinstance(result, dict)
    return result
