"""`client.unresolved`: the side-effecting calls whose outcome the client does not know.

A POST, PUT or DELETE can end without an answer that settles it: the caller cancelled it (its own
timeout, a cancel scope, Ctrl-C on the blocking client) while a request was in flight or after one
whose answer never came; the connection broke after the request may have reached the server and
it was not (or no longer) retried; the server answered 5xx; the deadline ran out. The order may or
may not exist. The caller needs the idempotency value the client generated to find out, and a
cancelled call raises nothing that could carry it: so each such call is recorded here, on the
client, and logged at WARNING with that value.

The pipeline records; callers read (`list(client.unresolved)`), or take what they have reconciled
(`client.unresolved.drain()`). It holds the newest `maxlen` records (a process that never reads
them does not grow without bound; `dropped` counts what fell off), and a lock makes it safe to read
from one thread while calls end in another (the blocking client's portal).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from typing import Literal

import attrs

from .transports._common import fork_generation

__all__ = ["UNRESOLVED_REASONS", "UnresolvedRequest", "UnresolvedRequests"]

Reason = Literal["cancelled", "deadline", "not_retried", "retries_exhausted", "failed", "duplicate_not_found"]
UNRESOLVED_REASONS: dict[str, str] = {
    "cancelled": "cancelled while a request was in flight, or after one whose answer never came",
    "deadline": "the call's deadline ran out after a request may have reached the server",
    "not_retried": "no idempotency field: after it may have reached the server it could not safely be resent",
    "retries_exhausted": "the last attempt allowed may have reached the server (connection lost, timed out, 5xx)",
    "failed": "the call ended with another error after an earlier attempt whose outcome is unknown",
    "duplicate_not_found": (
        "a retry was refused as a duplicate client_order_id (an earlier attempt placed the order) and the "
        "order was not found within the lookup's bounds: OrderStateUnknownError"
    ),
}


@attrs.frozen
class UnresolvedRequest:
    """One call whose outcome is unknown.

    - `operation`, `method`, `path`: what was called (`CreateOrder`, `POST`, the path as sent);
    - `idempotency_field`, `idempotency_key`: the field the client filled in or the caller gave
      (`client_order_id`) and its value, the same on every attempt: look the order, transfer or
      quote up by it. None: the operation has no such field (find it some other way);
    - `portfolio_id`: the path's portfolio, when it has one;
    - `at`: when the call ended (UTC); `attempts`: how many attempts were made;
    - `reason`: one of `UNRESOLVED_REASONS`; `error`: what left the outcome unknown (an error
      class name, `HTTP 503`, `in flight when cancelled`).
    """

    operation: str
    method: str
    path: str
    idempotency_field: str | None
    idempotency_key: str | None
    portfolio_id: str | None
    at: datetime
    reason: Reason
    error: str
    attempts: int


class UnresolvedRequests:
    """The unresolved calls of one client and its copies, oldest first: iterate (a snapshot),
    `len()`, `drain()` to take them all, `clear()`. Bounded: the newest `maxlen` are kept,
    `dropped` counts the older ones pushed out. Thread-safe."""

    def __init__(self, maxlen: int = 10_000) -> None:
        self.maxlen = maxlen
        self._records: deque[UnresolvedRequest] = deque(maxlen=maxlen)
        self._lock = threading.Lock()
        self._generation = fork_generation()
        self.dropped = 0

    def _locked(self) -> threading.Lock:
        if self._generation != fork_generation():  # a forked child: the parent's lock may be held for good
            self._lock, self._generation = threading.Lock(), fork_generation()
        return self._lock

    def record(self, request: UnresolvedRequest) -> None:
        with self._locked():
            if len(self._records) == self.maxlen:
                self.dropped += 1
            self._records.append(request)

    def snapshot(self) -> list[UnresolvedRequest]:
        with self._locked():
            return list(self._records)

    def drain(self) -> list[UnresolvedRequest]:
        """Every record, removed: for a reconciliation loop that looks each one up."""
        with self._locked():
            records = list(self._records)
            self._records.clear()
            return records

    def clear(self) -> None:
        with self._locked():
            self._records.clear()
            self.dropped = 0

    def __iter__(self) -> Iterator[UnresolvedRequest]:
        return iter(self.snapshot())

    def __len__(self) -> int:
        return len(self._records)

    def __bool__(self) -> bool:
        return bool(self._records)

    def __repr__(self) -> str:
        return f"<UnresolvedRequests: {len(self)} (dropped {self.dropped})>"
