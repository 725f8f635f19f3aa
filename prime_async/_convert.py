"""The one cattrs converter that turns response JSON into the generated attrs models.

Built once, on first use. What it guarantees:
- decimal strings become `Decimal`, RFC 3339 strings become aware `datetime` (UTC if the server
  left the offset out); an empty string in either becomes None, as Prime sends "" for unset;
- enum fields accept values the spec does not list (see `OpenEnum`);
- unknown JSON keys are ignored, missing keys leave the field's default (None);
- keys that are not identifiers (`@type`) map to their Python field through field metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, override

from ._enum import OpenEnum

__all__ = ["converter", "structure_decimal", "structure_datetime"]


def structure_decimal(value: Any, _: Any = None) -> Decimal | None:
    if isinstance(value, str):
        return Decimal(value) if value else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    raise TypeError(f"expected a decimal string, got {type(value).__name__}")


def structure_datetime(value: Any, _: Any = None) -> datetime | None:
    if isinstance(value, str):
        if not value:
            return None
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    raise TypeError(f"expected an RFC 3339 string, got {type(value).__name__}")


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return bool(value == "true")
    raise TypeError(f"expected a boolean, got {value!r:.40}")


def _structure_str(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):  # an id sent as a number
        return str(value)
    raise TypeError(f"expected a string, got {type(value).__name__}")


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):  # int64 travels as a string
        return int(value)
    raise TypeError(f"expected an integer, got {type(value).__name__}")


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        return float(value)
    raise TypeError(f"expected a number, got {type(value).__name__}")


def _structure_enum(value: Any, cls: type[OpenEnum]) -> OpenEnum:
    if isinstance(value, str):
        return cls(value)
    raise TypeError(f"expected a string for {cls.__name__}, got {type(value).__name__}")


def _is_list(tp: Any) -> bool:
    return get_origin(tp) is list


@cache
def converter() -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=False)
    hooks: tuple[tuple[type, Callable[[Any, Any], Any]], ...] = (
        (Decimal, structure_decimal),
        (datetime, structure_datetime),
        (bool, _structure_bool),
        (str, _structure_str),
        (int, _structure_int),
        (float, _structure_float),
        # OpenEnum subclasses str; registered by class, the more specific OpenEnum hook wins
        (OpenEnum, _structure_enum),
    )
    for tp, hook in hooks:
        conv.register_structure_hook(tp, hook)

    # cattrs would read a string as a list of characters, or as an object with every field
    # missing; a body of the wrong shape must fail instead.
    def list_hook(tp: Any) -> Callable[[Any, Any], list[Any]]:
        item_type = get_args(tp)[0]
        item = conv.get_structure_hook(item_type)

        def structure_list(value: Any, _: Any) -> list[Any]:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return [item(v, item_type) for v in value]

        return structure_list

    def model_hook(cls: Any) -> Callable[[Any, Any], Any]:
        renames: dict[str, Any] = {
            f.name: override(rename=f.metadata["wire"]) for f in attrs.fields(cls) if "wire" in f.metadata
        }
        build = make_dict_structure_fn(cls, conv, _cattrs_detailed_validation=False, **renames)

        def structure_model(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object for {cls.__name__}, got {type(value).__name__}")
            return build(value, cls)

        return structure_model

    conv.register_structure_hook_factory(_is_list, list_hook)
    conv.register_structure_hook_factory(attrs.has, model_hook)
    return conv
