"""Client-side rate limiting, shared by every task that uses one client.

Prime documents about 100 requests/s per IP, and 25 requests/s (bursts to 50) per portfolio;
past that it answers 429 and asks for a long back-off. A fan-out over hundreds of portfolios
should pace itself instead: one global bucket, and one per portfolio.

Each bucket is a token bucket in its GCRA form: a reservation is a plain computation with no
await, so it needs no lock (none that would bind the client to one event loop), reservations
are served first come first served, and waiting is an `anyio.sleep` that can be cancelled. A
cancelled wait gives its slot back, so cancelling a burst of calls does not hold up the next one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import anyio
import attrs

from ._numbers import checked_count, checked_number, field_check

__all__ = ["RateLimit", "RateLimiter"]


@attrs.frozen
class RateLimit:
    """Requests per second and burst size, for the whole client and for each portfolio.

    The defaults sit a little inside Prime's documented limits (100/s per IP; 25/s with bursts
    of 50 per portfolio), because requests bunch up on the way to the server. Rates are positive
    numbers (`inf`: unpaced), bursts ints >= 1; checked when made (ValueError naming the field).
    """

    rate: float = attrs.field(default=90.0, validator=field_check(checked_number))
    burst: int = attrs.field(default=20, validator=field_check(checked_count, minimum=1))
    portfolio_rate: float | None = attrs.field(default=22.0, validator=field_check(checked_number, optional=True))
    portfolio_burst: int = attrs.field(default=25, validator=field_check(checked_count, minimum=1))


class Bucket:
    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / rate
        self.tolerance = (burst - 1) * self.interval
        self.clock = clock
        self.tat = clock()  # theoretical arrival time of the next request

    def reserve(self) -> float:
        """Take the next slot; the seconds to wait before it comes round."""
        now = self.clock()
        tat = max(self.tat, now)
        self.tat = tat + self.interval
        return max(0.0, tat - self.tolerance - now)

    def release(self) -> None:
        """Give back a slot taken by `reserve()` that was never used (its wait was cancelled).

        Later reservations keep their times; the schedule for new ones moves one interval
        earlier, as if the cancelled request had never asked."""
        self.tat -= self.interval

    def pause(self, seconds: float) -> None:
        """Nothing goes out for `seconds` (the server asked, with Retry-After)."""
        self.tat = max(self.tat, self.clock() + seconds + self.tolerance)


class RateLimiter:
    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self.overall = Bucket(limit.rate, limit.burst)
        self.portfolios: dict[str, Bucket] = {}

    def _portfolio(self, portfolio_id: str) -> Bucket | None:
        if self.limit.portfolio_rate is None:
            return None
        bucket = self.portfolios.get(portfolio_id)
        if bucket is None:
            bucket = self.portfolios[portfolio_id] = Bucket(self.limit.portfolio_rate, self.limit.portfolio_burst)
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
