"""What a call tells the world: each attempt to the debug log and the event hooks
(`report_attempt`), and a side-effecting call that ended without an answer that settles it to
`client.unresolved` and a warning (`record_unresolved`)."""

from __future__ import annotations

import itertools
import logging
import time
from datetime import UTC, datetime

import httpx

from ._call_state import CallState
from ._encode import PreparedRequest
from ._errors import APIConnectionError, APIStatusError, OrderStateUnknownError, request_id_of
from ._events import EventHook, RequestEvent
from ._route import Route
from ._unresolved import Reason, UnresolvedRequest, UnresolvedRequests

__all__ = ["record_unresolved", "report_attempt"]

logger = logging.getLogger("prime_async")


def report_attempt(
    hooks: tuple[EventHook, ...],
    route: Route,
    prepared: PreparedRequest,
    call: CallState,
    status: int | None,
    started: float,
    response: httpx.Response | None,
    error: Exception | None,
) -> None:
    """Tell the debug log and the event hooks about one attempt; costs nothing when neither listens."""
    debug = logger.isEnabledFor(logging.DEBUG)
    if not (debug or hooks):
        return
    duration = time.perf_counter() - started
    request_id = request_id_of(response.headers) if response is not None else None
    if debug:
        logger.debug(
            "%s %s %s attempt %d -> %s in %.1f ms%s%s",
            route.operation_id,
            prepared.method,
            prepared.path,
            call.attempts,
            status if status is not None else type(error).__name__,
            duration * 1000,
            f" (request id {request_id})" if request_id else "",
            _waits(call),
        )
    if hooks:
        if not call.id:
            call.id = next(_CALL_IDS)
        event = RequestEvent(
            route.operation_id,
            prepared.method,
            prepared.path,
            call.attempts,
            status,
            duration,
            request_id,
            error,
            rate_limit_wait=call.rate_limit_wait,
            retry_after_wait=call.retry_after_wait,
            call_id=call.id,
            started_at=time.time() - duration,
            idempotency_key=prepared.idempotency_key,
        )
        for hook in hooks:
            try:
                hook(event)
            except Exception:  # a broken metrics hook must not break trading
                logger.exception("event hook %r failed", hook)


def record_unresolved(
    unresolved: UnresolvedRequests, route: Route, prepared: PreparedRequest, call: CallState, exc: BaseException
) -> None:
    """Record in `client.unresolved` (and log) a side-effecting call that ends, by `exc`, without
    an answer that settles it; nothing for one that provably never reached the server or was
    refused outright."""
    unknown = call.unknown
    if isinstance(exc, APIStatusError) and exc.status_code >= 500:
        unknown = f"HTTP {exc.status_code}"
    if isinstance(exc, OrderStateUnknownError):
        unknown = "ORDER_DUPLICATE_CLIENT_ORDER_ID, not found"
    if unknown is None:
        return
    reason: Reason
    if isinstance(exc, OrderStateUnknownError):
        reason = "duplicate_not_found"
    elif not isinstance(exc, Exception):
        reason = "cancelled"
    elif call.past_deadline:
        reason = "deadline"
    elif prepared.idempotency_key is None:
        reason = "not_retried"
    elif isinstance(exc, APIConnectionError) or unknown.startswith("HTTP"):
        reason = "retries_exhausted"
    else:
        reason = "failed"
    field = route.idempotency_field if prepared.idempotency_key is not None else None
    record = UnresolvedRequest(
        route.operation_id,
        prepared.method,
        prepared.path,
        field,
        prepared.idempotency_key,
        prepared.portfolio_id,
        datetime.now(UTC),
        reason,
        unknown,
        call.attempts,
    )
    unresolved.record(record)
    logger.warning(
        "%s %s: outcome unknown (%s: %s), recorded in client.unresolved; %s",
        route.operation_id,
        prepared.path,
        reason,
        unknown,
        f"{field}={prepared.idempotency_key}: look it up before sending it again"
        if field is not None
        else "no idempotency field: check on the server before sending it again",
    )


_CALL_IDS = itertools.count(1)  # RequestEvent.call_id: next() is atomic, so threads share it safely


def _waits(call: CallState) -> str:
    """What an attempt's debug line says of the waits before it (those of a millisecond or more)."""
    waits = [
        f"{label} {seconds * 1000:.0f} ms" if seconds < 1 else f"{label} {seconds:.2f} s"
        for label, seconds in (("rate limiter", call.rate_limit_wait), ("Retry-After", call.retry_after_wait))
        if seconds >= 0.001
    ]
    return f", after waiting: {', '.join(waits)}" if waits else ""
