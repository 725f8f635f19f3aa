"""Client-side rate limiting, shared by every task that uses one client.

Prime documents about 100 requests/s per IP, and 25 requests/s (bursts to 50) per portfolio;
past that it answers 429 and asks for a long back-off. A fan-out over hundreds of portfolios
should pace itself instead: one global bucket, and one per portfolio.

Each bucket is a `TokenBucket` (`_token_bucket.py`, the simulator's too) in its GCRA form: a
reservation is a plain computation with no await, so it needs no lock (none that would bind the
client to one event loop), reservations are served first come first served, and waiting is an
`anyio.sleep` that can be cancelled. A cancelled wait gives its slot back, so cancelling a burst
of calls does not hold up the next one.

With `RateLimit(store="redis://...")` the buckets live in Redis instead, shared by every process
and host on it (`_ratelimit_store.py`, `_ratelimit_redis.py`); without one, nothing here changes.
"""

from __future__ import annotations

from typing import Literal, Protocol

import anyio
import attrs

from ._numbers import checked_count, checked_number, field_check
from ._ratelimit_redis import check_store_url, masked_store_url
from ._token_bucket import TokenBucket

__all__ = ["Limiter", "RateLimit", "RateLimiter"]

STORE_FAILURES = ("degrade", "raise")


def _check_store(_: object, __: object, value: str | None) -> None:
    if value is not None:
        check_store_url(value)


def _check_budget(_: object, __: object, value: str) -> None:
    if not isinstance(value, str) or not value or len(value) > 200 or not value.isprintable():
        raise ValueError(f"RateLimit budget must be a name of 1-200 printable characters, not {value!r:.100}")


def _check_store_failure(_: object, __: object, value: str) -> None:
    if value not in STORE_FAILURES:
        raise ValueError(f"RateLimit store_failure must be 'degrade' or 'raise', not {value!r:.100}")


@attrs.frozen
class RateLimit:
    """Requests per second and burst size, for the whole client and for each portfolio.

    The defaults sit a little inside Prime's documented limits (100/s per IP; 25/s with bursts
    of 50 per portfolio), because requests bunch up on the way to the server. Rates are positive
    numbers (`inf`: unpaced), bursts ints >= 1; checked when made (ValueError naming the field).

    - `store`: None (the default) paces this client alone; a Redis URL (`"redis://host:6379/0"`,
      `rediss://` for TLS, `unix://`) shares the budgets with every process and host on that
      Redis (`pip install "prime-async[redis]"`, asyncio only). Its password is masked in reprs.
    - `budget`: the name of the overall budget on the store: one per egress IP (Prime's ~100/s is
      per IP), so hosts with different IPs each have their own. The per-portfolio budgets are
      shared by portfolio id across every budget on the store.
    - `store_failure`: "degrade" (the default): if the store cannot be reached or dies, each
      process paces itself at these same settings, with a WARNING then and again when the store
      is back; "raise": a call raises `RateLimitStoreError` instead, before anything is sent.
    """

    rate: float = attrs.field(default=90.0, validator=field_check(checked_number))
    burst: int = attrs.field(default=20, validator=field_check(checked_count, minimum=1))
    portfolio_rate: float | None = attrs.field(default=22.0, validator=field_check(checked_number, optional=True))
    portfolio_burst: int = attrs.field(default=25, validator=field_check(checked_count, minimum=1))
    store: str | None = attrs.field(
        default=None, validator=_check_store, repr=lambda url: repr(None if url is None else masked_store_url(url))
    )
    budget: str = attrs.field(default="default", validator=_check_budget)
    store_failure: Literal["degrade", "raise"] = attrs.field(default="degrade", validator=_check_store_failure)


class Limiter(Protocol):
    """What the request pipeline asks of a rate limiter: `RateLimiter` (this process's buckets) or
    `SharedRateLimiter` (buckets on a store)."""

    async def acquire(self, portfolio_id: str | None = None) -> None: ...

    def pause(self, seconds: float) -> None: ...

    async def aclose(self) -> None: ...


class RateLimiter:
    """The `Limiter` of a `RateLimit` without a store: this process's buckets, one overall and
    one per portfolio (made on first use), shared by every task of the client."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self.overall = TokenBucket(limit.rate, limit.burst)
        self.portfolios: dict[str, TokenBucket] = {}

    def _portfolio(self, portfolio_id: str) -> TokenBucket | None:
        if self.limit.portfolio_rate is None:
            return None
        bucket = self.portfolios.get(portfolio_id)
        if bucket is None:
            bucket = self.portfolios[portfolio_id] = TokenBucket(self.limit.portfolio_rate, self.limit.portfolio_burst)
        return bucket

    async def acquire(self, portfolio_id: str | None = None) -> None:
        wait = self.overall.reserve()
        bucket = self._portfolio(portfolio_id) if portfolio_id is not None else None
        if bucket is not None:
            wait = max(wait, bucket.reserve())
        if wait > 0:
            try:
                await anyio.sleep(wait)
            except BaseException:  # cancelled while waiting: the slot was never used
                self.overall.release()
                if bucket is not None:
                    bucket.release()
                raise

    def pause(self, seconds: float) -> None:
        self.overall.pause(seconds)

    async def aclose(self) -> None:
        """Nothing to close: the buckets are plain numbers."""
