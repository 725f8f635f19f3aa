"""Every number the client takes, checked where it is taken, with the option named.

Python lets a lot through a plain `value > 0`: a NaN compares false with everything (and inside
an event loop's timer heap, `loop.call_at(nan)`, it stops every timer in the process from firing);
a bool is an int; a string fails deep inside a library with a message about something else. So each
option is checked once, when the client (or policy, or transport) is built or the call is made:
`ValueError` at construction, `InvalidRequestError` (a ValueError too) at a call. Where an option
is a bound, `inf` is accepted and means unbounded; a count is an int.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import httpx

__all__ = ["checked_count", "checked_limits", "checked_number", "checked_seconds", "field_check"]


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _as_float(value: object) -> float:
    """The value as a float; NaN for anything but an int or float (a bool is not a number here)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return math.nan
    try:
        return float(value)
    except OverflowError:  # an int past 1e308
        return math.inf


def checked_number(
    value: object,
    name: str,
    *,
    positive: bool = True,
    infinite: bool = True,
    error: type[ValueError] = ValueError,
) -> float:
    """A real number (int or float, not bool), not NaN; > 0 if `positive`, else >= 0; `inf` only if
    `infinite`. `error(message naming `name`)` otherwise."""
    number = _as_float(value)
    if math.isnan(number) or number < 0 or (positive and number == 0) or (math.isinf(number) and not infinite):
        what = "a positive number" if positive else "a number >= 0"
        what += " (inf: unbounded)" if infinite else ", finite"
        raise error(f"{name} must be {what}, not {type(value).__name__} {_show(value)}")
    return number


def checked_seconds(value: object, name: str, *, error: type[ValueError] = ValueError) -> float | None:
    """A bound in seconds: None or `inf` (unbounded: returned as None), else a positive number."""
    if value is None:
        return None
    seconds = checked_number(value, name, error=error)
    return None if math.isinf(seconds) else seconds


def checked_count(value: object, name: str, *, minimum: int = 0, error: type[ValueError] = ValueError) -> int:
    """An int (not a bool, not a float) of at least `minimum`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise error(f"{name} must be an int, not {type(value).__name__} {_show(value)}")
    if value < minimum:
        raise error(f"{name} must be at least {minimum}, not {value}")
    return value


def field_check(
    check: Callable[..., Any], *, optional: bool = False, **options: Any
) -> Callable[[Any, Any, Any], None]:
    """An attrs validator running `check(value, "<Class>.<field>", **options)` (None passes if `optional`)."""

    def validate(instance: Any, attribute: Any, value: Any) -> None:
        if value is None and optional:
            return
        check(value, f"{type(instance).__name__}.{attribute.name}", **options)

    return validate


def checked_limits(limits: httpx.Limits, name: str = "limits") -> httpx.Limits:
    """A connection pool's limits: counts of at least 1 (or None: unbounded), and a keep-alive
    expiry in seconds (`inf`: kept until the server closes; returned as None)."""
    if not isinstance(limits, httpx.Limits):
        raise ValueError(f"{name} must be an httpx.Limits, not {type(limits).__name__}")
    for field in ("max_connections", "max_keepalive_connections"):
        value = getattr(limits, field)
        if value is not None:
            checked_count(value, f"{name}.{field}", minimum=1 if field == "max_connections" else 0)
    expiry = limits.keepalive_expiry
    if expiry is not None:
        checked_number(expiry, f"{name}.keepalive_expiry", positive=False)
        if math.isinf(expiry):
            limits = httpx.Limits(
                max_connections=limits.max_connections,
                max_keepalive_connections=limits.max_keepalive_connections,
                keepalive_expiry=None,
            )
    return limits
