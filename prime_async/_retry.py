"""When to try again, and how long to wait first: the whole retry decision, in one place.

A retry must never double an effect. GET is always safe to repeat; POST, PUT and DELETE only
when the request carries an idempotency field (the server deduplicates on it). A connection
that could not be made proves the request never left, so that failure is retried for every
method.

Which answers are worth retrying: Prime's error body says it where the status alone does not.
Its `code` RATE_LIMIT_EXCEEDED and SERVICE_UNAVAILABLE are the retryable ones (what Coinbase's
SDKs retry); a catalog subcode whose code is not retryable is not retried whatever the status (a
500 `AUTH_AUTHORIZATION_FAILED` is an authorization failure, not a blip); an answer without a
known subcode (a proxy's 502 page) is judged by its status.
"""

from __future__ import annotations

import logging
import random

import attrs
import httpx

from ._encode import PreparedRequest
from ._generated.errors import RETRYABLE_CODES, SUBCODES
from ._numbers import checked_count, checked_number, field_check
from ._retry_after import parse_retry_after
from ._route import Route

__all__ = ["RETRYABLE_STATUSES", "RetryPolicy", "parse_retry_after", "retryable_answer"]

logger = logging.getLogger("prime_async")

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
# failures before a single byte of the request was sent
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@attrs.frozen
class RetryPolicy:
    """`max_retries` more attempts after the first; exponential backoff with full jitter, capped,
    unless the server said how long to wait (Retry-After): then at least that long (up to a quarter
    more, to spread a herd), capped at `max_retry_after`. Each field is checked when the policy is
    made (ValueError naming it): `max_retries` an int >= 0, the delays numbers >= 0 (`max_delay`
    and `max_retry_after` may be `inf`: no cap)."""

    max_retries: int = attrs.field(default=2, validator=field_check(checked_count))
    initial_delay: float = attrs.field(
        default=0.5, validator=field_check(checked_number, positive=False, infinite=False)
    )
    max_delay: float = attrs.field(default=8.0, validator=field_check(checked_number, positive=False))
    max_retry_after: float = attrs.field(default=60.0, validator=field_check(checked_number, positive=False))

    def backoff(self, attempt: int) -> float:
        # 2.0 ** 1000, not 2 ** attempt: max_retries may be large, and a float past 1e308 overflows
        return random.uniform(0, min(self.max_delay, self.initial_delay * 2.0 ** min(attempt - 1, 1000)))

    def next_delay(
        self,
        route: Route,
        prepared: PreparedRequest,
        attempt: int,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
        *,
        code: str | None = None,
        subcode: str | None = None,
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None: do not retry. `code` and
        `subcode`: those of the response's error body, when it has them."""
        where = f"{route.operation_id} attempt {attempt}"
        if attempt > self.max_retries:
            return None
        repeatable = prepared.method == "GET" or prepared.idempotency_key is not None
        if error is not None:
            if isinstance(error, NEVER_SENT):
                delay = self.backoff(attempt)
                logger.debug("%s: %s, never sent: retry in %.2f s", where, type(error).__name__, delay)
                return delay
            if not repeatable:
                logger.debug("%s: %s after sending, no idempotency field: not retried", where, type(error).__name__)
                return None
            delay = self.backoff(attempt)
            logger.debug("%s: %s: retry in %.2f s", where, type(error).__name__, delay)
            return delay
        assert response is not None
        if not retryable_answer(response.status_code, code, subcode):
            return None
        if not repeatable:
            logger.debug("%s: HTTP %d, no idempotency field: not retried", where, response.status_code)
            return None
        hint = parse_retry_after(response.headers.get("retry-after"))
        if hint is not None:
            # never sooner than asked; up to a quarter later, so a herd told the same time spreads out
            delay = min(hint * random.uniform(1.0, 1.25), self.max_retry_after)
            logger.debug("%s: HTTP %d, Retry-After %.2f s: retry in %.2f s", where, response.status_code, hint, delay)
            return delay
        delay = self.backoff(attempt)
        logger.debug("%s: HTTP %d: retry in %.2f s", where, response.status_code, delay)
        return delay


def retryable_answer(status: int, code: str | None = None, subcode: str | None = None) -> bool:
    """Whether an answer is worth another attempt (the idempotency rules aside): by its catalog
    subcode's code, else by its code, else by its status."""
    info = SUBCODES.get(subcode) if subcode else None
    if info is not None:
        return info.code in RETRYABLE_CODES
    if code in RETRYABLE_CODES:
        return True
    return status in RETRYABLE_STATUSES
