"""Every place prime_async relies on a private attribute of aiohttp, httpx or httpcore, in one module.

Each function says what it guards, and `tests/test_private_attributes.py` checks, on the installed
versions, that every attribute used here exists with the type expected: a new aiohttp or httpcore
that renames one fails that test by name, rather than a trading bot in production.

- `disable_aiohttp_resend`: aiohttp resends a request once when a kept-alive connection drops
  after it was written; for a PUT or DELETE on Prime that is a doubled order edit or cancellation.
  The only switch is the session's private `_retry_connection`.
- `aiohttp_connection_counts`: aiohttp's connector has no public count of its connections
  (`_conns`: the idle ones by key; `_acquired`: those serving a request), for `pool_stats()`.
- `httpx_pool_connections`: an `httpx.AsyncHTTPTransport` keeps its httpcore pool in `_pool`,
  whose `connections` are public; for `pool_stats()` and the spare-bytes check.
- `httpx_error_request`: an httpx error's `request` property raises when none was set; its
  private `_request` says whether one was, without raising (to mask the request an error chained
  inside another holds).
- `h11_state`: httpcore gives no way to ask whether a connection holds bytes past the response it
  just finished (a smuggled answer for the next request); h11's public `trailing_data` says, reached
  through httpcore's `_h11_state` (and a proxy connection's `_connection`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

__all__ = [
    "aiohttp_connection_counts",
    "disable_aiohttp_resend",
    "h11_state",
    "httpx_error_request",
    "httpx_pool_connections",
]


def disable_aiohttp_resend(session: Any) -> None:
    """Stop `session` (an aiohttp.ClientSession) resending a request on a dropped kept-alive
    connection: nothing below `RetryPolicy` may resend (a PUT or DELETE has effects). Guards against
    a doubled PUT; tests/test_trust.py counts the copies a server receives."""
    session._retry_connection = False


def aiohttp_connection_counts(connector: Any) -> tuple[int, int]:
    """(idle, serving a request) connections of an aiohttp.TCPConnector: its `_conns` maps a key to
    the idle connections kept for it, its `_acquired` holds those in use."""
    idle = sum(len(conns) for conns in connector._conns.values())
    return idle, len(connector._acquired)


def httpx_pool_connections(transport: httpx.AsyncHTTPTransport) -> Sequence[Any]:
    """The httpcore connections of an httpx transport (its pool is the private `_pool`; the pool's
    `connections` are public)."""
    pool: Any = transport._pool
    return pool.connections  # type: ignore[no-any-return]


def h11_state(connection: Any) -> Any:
    """The h11.Connection under an httpcore connection (a proxy's wraps one more), or None where
    httpcore's objects are not as known: the caller then assumes the worst (never reuses it)."""
    for _ in range(3):
        state = getattr(connection, "_h11_state", None)
        if state is not None:
            return state
        connection = getattr(connection, "_connection", None)
    return None


def httpx_error_request(error: httpx.RequestError) -> httpx.Request | None:
    """The request an httpx error holds, or None (its public `request` raises RuntimeError when
    unset; `_request` is where it keeps it). Guards the masking of a signed request held by an
    httpx error chained inside another."""
    request = getattr(error, "_request", None)
    return request if isinstance(request, httpx.Request) else None
