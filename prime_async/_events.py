"""RequestEvent: what a hook hears after every attempt, to feed metrics or tracing."""

from __future__ import annotations

from collections.abc import Callable

import attrs

__all__ = ["EventHook", "RequestEvent"]


@attrs.frozen
class RequestEvent:
    """One attempt at one operation. Carries no header, so no credential.

    The waits say where a slow call's time went: `rate_limit_wait` is the client's own pacing
    (its `RateLimit`) before this attempt, `retry_after_wait` the back-off the server asked for
    (a `Retry-After` on the previous attempt's answer) before this attempt; `duration` starts
    after both. `call_id` is the same on every attempt of one call, so a hook can group them;
    `started_at` and `duration` place the attempt in time (a span of your own, say)."""

    operation_id: str
    method: str
    path: str  # as sent, without the query string
    attempt: int  # 1 for the first try
    status_code: int | None  # None when no response arrived
    duration: float  # seconds from sending to the response (or the failure)
    request_id: str | None = None  # the server's, when it sent one
    error: BaseException | None = None  # the transport failure, when there was one
    rate_limit_wait: float = 0.0  # seconds this attempt waited for the client's rate limiter
    retry_after_wait: float = 0.0  # seconds waited before this attempt because the server asked (Retry-After)
    call_id: int = 0  # shared by the attempts of one call; unique within the process
    started_at: float = 0.0  # when this attempt was sent, in seconds since the epoch (as time.time())
    idempotency_key: str | None = None  # the value the call sent in its idempotency field, if any


EventHook = Callable[[RequestEvent], None]
