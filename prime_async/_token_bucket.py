"""The token bucket: the one pacing rule of the client's limiter and of the simulator's 429s.

Kept in its GCRA form (generic cell rate algorithm): the state is one number, the theoretical
arrival time (`tat`) of the next request, instead of a token count refilled by the clock. A
reservation is a plain computation with no await, so it needs no lock (none that would bind the
client to one event loop), and a burst of `burst` requests passes at once, then one every
`1 / rate` seconds, exactly as a bucket of `burst` tokens refilled at `rate` would allow.

The client reserves its slot and sleeps until it comes round (`reserve`, `release` when that
wait is cancelled, `pause` after a 429); the simulator refuses a request whose slot has not come
(`take`). The Redis store runs the same arithmetic in Lua (`_ratelimit_redis.py`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["TokenBucket"]


class TokenBucket:
    """`rate` requests a second with bursts of `burst`, on `clock` (seconds). Both the limiter's
    waiting and the simulator's refusing read the same `tat`, so the two sides agree on what a
    rate and a burst mean."""

    __slots__ = ("clock", "interval", "tat", "tolerance")

    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic) -> None:
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

    def take(self) -> float:
        """Take a slot only if it is free now: 0.0 if taken, else the seconds until it is (at
        least a millisecond: a Retry-After of 0 would invite an immediate retry into a refusal)."""
        now = self.clock()
        tat = max(self.tat, now)
        wait = tat - self.tolerance - now
        if wait > 0:
            return max(wait, 0.001)
        self.tat = tat + self.interval
        return 0.0
