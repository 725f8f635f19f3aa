"""FeedOptions: every knob of `client.feed(**options)`, checked before anything connects."""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypedDict

import attrs

from .._errors import InvalidRequestError
from .._numbers import checked_count, checked_number, field_check

__all__ = ["DEFAULT_FEED_URL", "FeedOptions", "FeedOptionsDict"]

DEFAULT_FEED_URL = "wss://ws-feed.prime.coinbase.com"


# checked as the client's own options are (`_numbers`): no NaN, bool or str; a count is an int
_seconds = field_check(checked_number, error=InvalidRequestError)  # inf: never
_finite_seconds = field_check(checked_number, infinite=False, error=InvalidRequestError)
_count = field_check(checked_count, minimum=1, error=InvalidRequestError)
_optional_seconds = field_check(checked_number, optional=True, error=InvalidRequestError)
_optional_count = field_check(checked_count, optional=True, minimum=1, error=InvalidRequestError)


@attrs.frozen(kw_only=True)
class FeedOptions:
    """How a `Feed` connects, detects trouble and recovers. Times in seconds.

    - `heartbeat_timeout`: no message at all (heartbeats included) for this long means the
      connection is dead: reconnect. Prime sends a heartbeat every second.
    - `backoff_initial`, `backoff_max`: reconnect delays double from the first to the cap; each
      is drawn between half and all of that ("equal jitter"), so clients cut off together do not
      return together. A connection that worked resets it.
    - `initial_connect_timeout`: if no connection has worked this long after the first attempt
      began, every stream raises `FeedConnectionError` naming the URL and the last attempt's
      cause (a wrong URL, a server not started, a proxy or TLS in the way); None waits forever.
      Once a connection has worked, reconnecting is bounded by `max_reconnects` only.
    - `max_reconnects`: consecutive failed connection attempts before the streams raise
      `FeedConnectionError`; None (the default) keeps trying, as a long-running bot wants.
    - `max_auth_failures`: consecutive connections whose subscribe is refused for
      authentication before the streams raise `FeedAuthenticationError` (a wrong key never
      gets better, a clock that jumped may).
    - `queue_size`: items each stream buffers for its consumer. A consumer further behind gets
      a resync (`on_overflow="resync"`: the current book, or the current open orders as a fresh
      snapshot) or a `FeedOverflowError` (`on_overflow="error"`). Memory stays bounded either way.
    - `products_per_connection`: products one connection carries (Coinbase's samples keep 10);
      a feed opens as many connections as its products need.
    - `sequence_scope`: what one `sequence_num` counter covers: "connection" (every message on a
      connection, whatever its channel; what Coinbase's own listeners assume), "channel", or None
      to not check. A gap means lost data: the connection resyncs.
    - `reconcile_orders`: after a resync, ask REST for the final state of orders the new
      snapshot no longer lists (they filled or were cancelled while the feed was away).
    - `connect_timeout`, `close_timeout`: the TCP + TLS + WebSocket handshake; the goodbye
      (unsubscribe and close handshake) when the feed is left.
    - `max_message_size`: bytes one message may have (a snapshot of a deep book is the largest);
      a larger one closes the connection (code 1009) and it resyncs.
    - `ssl_context`: for `wss://` URLs (default: the system's trust store).
    - `trust_env`: a `wss://` feed goes through the HTTP proxy in `HTTPS_PROXY` (an HTTP `CONNECT`
      tunnel; TLS to Prime runs inside it) unless `NO_PROXY` names its host; False ignores them.
    - `clock`: the source of subscribe timestamps (unix seconds), for tests.
    """

    heartbeat_timeout: float = attrs.field(default=10.0, validator=_seconds)
    backoff_initial: float = attrs.field(default=0.5, validator=_finite_seconds)
    backoff_max: float = attrs.field(default=10.0, validator=_finite_seconds)
    initial_connect_timeout: float | None = attrs.field(default=30.0, validator=_optional_seconds)
    max_reconnects: int | None = attrs.field(default=None, validator=_optional_count)
    max_auth_failures: int = attrs.field(default=2, validator=_count)
    queue_size: int = attrs.field(default=1000, validator=_count)
    on_overflow: Literal["resync", "error"] = "resync"
    products_per_connection: int = attrs.field(default=10, validator=_count)
    sequence_scope: Literal["connection", "channel"] | None = "connection"
    reconcile_orders: bool = True
    connect_timeout: float = attrs.field(default=10.0, validator=_seconds)
    close_timeout: float = attrs.field(default=2.0, validator=_seconds)
    max_message_size: int = attrs.field(default=16 << 20, validator=_count)
    ssl_context: ssl.SSLContext | None = None
    trust_env: bool = True
    clock: Callable[[], float] = time.time

    def __attrs_post_init__(self) -> None:
        if self.on_overflow not in ("resync", "error"):
            raise InvalidRequestError(f'on_overflow must be "resync" or "error", got {self.on_overflow!r}')
        if self.sequence_scope not in ("connection", "channel", None):
            raise InvalidRequestError(
                f'sequence_scope must be "connection", "channel" or None, got {self.sequence_scope!r}'
            )
        if self.backoff_max < self.backoff_initial:
            raise InvalidRequestError("backoff_max must be at least backoff_initial")

    @classmethod
    def build(cls, options: Mapping[str, Any]) -> FeedOptions:
        """From `client.feed(**options)`: an unknown name is an error, not silently ignored."""
        known = {f.name for f in attrs.fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise InvalidRequestError(
                f"unknown feed option(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        return cls(**options)

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before reconnect attempt `attempt` (0 for the first)."""
        ceiling = min(self.backoff_max, self.backoff_initial * 2.0 ** min(attempt, 30))
        return ceiling / 2 + (rng.uniform if rng else random.uniform)(0, ceiling / 2)


class FeedOptionsDict(TypedDict, total=False):
    """`client.feed(**options)`'s keyword arguments, for type checkers: `FeedOptions`' fields (a
    test keeps the two the same)."""

    heartbeat_timeout: float
    backoff_initial: float
    backoff_max: float
    initial_connect_timeout: float | None
    max_reconnects: int | None
    max_auth_failures: int
    queue_size: int
    on_overflow: Literal["resync", "error"]
    products_per_connection: int
    sequence_scope: Literal["connection", "channel"] | None
    reconcile_orders: bool
    connect_timeout: float
    close_timeout: float
    max_message_size: int
    ssl_context: ssl.SSLContext | None
    trust_env: bool
    clock: Callable[[], float]
