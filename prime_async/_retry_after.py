"""Reading a Retry-After header: what the retry policy waits for, and what a RateLimitError reports.
A module of its own so that the errors need not import the retry policy (which imports them)."""

from __future__ import annotations

import email.utils
import time

__all__ = ["parse_retry_after"]


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds (fractions accepted) or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
