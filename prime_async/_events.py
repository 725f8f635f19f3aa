"""RequestEvent: what a hook hears after every attempt, to feed metrics or tracing."""

from __future__ import annotations

from collections.abc import Callable

import attrs

__all__ = ["EventHook", "RequestEvent"]


@attrs.frozen
class RequestEvent:
    """One attempt at one operation. Carries no header, so no credential."""

    operation_id: str
    method: str
    path: str  # as sent, without the query string
    attempt: int  # 1 for the first try
    status_code: int | None  # None when no response arrived
    duration: float  # seconds from sending to the response (or the failure)
    request_id: str | None = None  # the server's, when it sent one
    error: BaseException | None = None  # the transport failure, when there was one


EventHook = Callable[[RequestEvent], None]
