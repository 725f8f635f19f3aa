"""The one cattrs converter that turns response JSON into the generated attrs models.

Built once, on first use. What it guarantees:
- decimal strings become `Decimal`, RFC 3339 strings become aware `datetime` (UTC if the server
  left the offset out); an empty string in either becomes None, as Prime sends "" for unset;
- enum fields accept values the spec does not list (see `OpenEnum`);
- unknown JSON keys are ignored, missing keys leave the field's default (None);
- keys that are not identifiers (`@type`) map to their Python field through field metadata.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any

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
    raise TypeError(f"expected a boolean, got {value!r}")


def _has_renamed_fields(cls: Any) -> bool:
    return attrs.has(cls) and any("wire" in f.metadata for f in attrs.fields(cls))


@cache
def converter() -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=False)
    conv.register_structure_hook(Decimal, structure_decimal)
    conv.register_structure_hook(datetime, structure_datetime)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, OpenEnum), lambda value, cls: cls(value)
    )

    def renamed_fields_hook(cls: Any) -> Any:
        renames: dict[str, Any] = {
            f.name: override(rename=f.metadata["wire"]) for f in attrs.fields(cls) if "wire" in f.metadata
        }
        return make_dict_structure_fn(cls, conv, _cattrs_detailed_validation=False, **renames)

    conv.register_structure_hook_factory(_has_renamed_fields, renamed_fields_hook)
    return conv
