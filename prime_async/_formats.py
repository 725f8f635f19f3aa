"""How an amount and a time are written on the wire, both ways round: in a request (`_encode`) and
in a model's JSON (`_json`). A module of its own so that neither imports the other."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

__all__ = ["format_datetime", "format_decimal"]


def format_decimal(value: Decimal) -> str:
    """A plain decimal string, never exponent notation (Prime refuses `1E+2`)."""
    return format(value, "f")


def format_datetime(value: datetime) -> str:
    """RFC 3339 in UTC with a `Z`."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
