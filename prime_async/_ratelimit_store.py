"""A rate limit shared through a store (`RateLimit(store="redis://...")`): every process and host
on the store paces itself against the same budgets.

Calls are batched, not prefetched: while one round trip to the store is in flight, the calls that
arrive queue up, and the next trip reserves exactly one slot for each of them, in the order they
came. At 256 calls in flight a round trip serves dozens of them, and no slot is ever held for a
call that did not ask: the store serves every call of every process first come, first served,
as the in-process limiter does within one process.

Waiting stays a cancellable sleep in the caller; a wait that is cancelled gives its slot back
(the next trip carries it), so cancelling a burst of calls does not hold up any process. A 429's
pause goes to the store too and holds back every process on the budget.

When the store cannot be reached or dies mid-run, `store_failure="degrade"` (the default) paces
each process on its own at the same settings (a WARNING then, and again when the store is back;
it is tried again every few seconds); `"raise"` fails the calls with `RateLimitStoreError`. Either
way a call is sent once or not at all: the limiter only decides when.

redis-py's client runs on asyncio only: on trio this says so at construction (or first use).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import sniffio

from ._errors import RateLimitStoreError
from ._ratelimit import RateLimit, RateLimiter
from ._ratelimit_redis import REPLY_TIMEOUT, Op, RedisConnection, RedisStore
from .transports._common import PerLoop

__all__ = ["SharedRateLimiter"]

logger = logging.getLogger("prime_async")

MAX_BATCH = 512  # operations per round trip: bounds how long the script holds Redis
RETRY_EVERY = 2.0  # seconds between tries of a store that failed ("degrade")
MAX_PAUSE = 86_400.0  # seconds a 429 may pause the budget on the store
CLOSE_TIMEOUT = REPLY_TIMEOUT + 2.0  # closing: what is queued may take one more round trip

# A queued operation: (kind, portfolio id, microseconds, the caller's future or None).
# The future of a reservation receives the loop time its slot comes round, or None: pace locally.
_Queued = tuple[str, str | None, int, "asyncio.Future[float | None] | None"]


def _needs_asyncio(library: str) -> RateLimitStoreError:
    return RateLimitStoreError(
        f"RateLimit(store=...) needs asyncio: redis-py's client cannot run on {library}. "
        "Use asyncio, or the in-process limiter (RateLimit without store)"
    )


class _LoopState:
    """This event loop's connection to the store and the operations waiting for a round trip."""

    def __init__(self, loop: asyncio.AbstractEventLoop, connection: RedisConnection) -> None:
        self.loop = loop
        self.connection = connection
        self.pending: list[_Queued] = []
        self.flusher: asyncio.Task[None] | None = None


async def _close_state(state: _LoopState) -> None:
    """At aclose() or the end of the loop: send what is queued (a cancelled wait's slot), bounded,
    then close the connection."""
    if state.flusher is not None and not state.flusher.done():
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.wait_for(asyncio.shield(state.flusher), CLOSE_TIMEOUT)
    with contextlib.suppress(Exception):  # a dead store: nothing to close cleanly
        await asyncio.wait_for(state.connection.aclose(), CLOSE_TIMEOUT)


class SharedRateLimiter:
    """The `Limiter` for a `RateLimit` with a store: the store's buckets while it answers, this
    process's own (`RateLimiter`, same settings) while it does not and `store_failure="degrade"`."""

    def __init__(self, limit: RateLimit) -> None:
        try:
            library: str | None = sniffio.current_async_library()
        except sniffio.AsyncLibraryNotFoundError:
            library = None  # made outside an event loop: checked again on first use
        if library not in (None, "asyncio"):
            raise _needs_asyncio(library)
        self.limit = limit
        self.store = RedisStore(limit)
        self.local = RateLimiter(limit)
        self._raise = limit.store_failure == "raise"
        self._loops: PerLoop[_LoopState] = PerLoop(self._open, _close_state, loop_of=asyncio.get_running_loop)
        self._retry_at: float | None = None  # while degraded: when to try the store again
        self._degraded = False

    def __repr__(self) -> str:
        return f"<SharedRateLimiter {self.store.shown} budget={self.limit.budget!r}>"

    def _open(self) -> _LoopState:
        return _LoopState(asyncio.get_running_loop(), self.store.connect())

    def _state(self) -> _LoopState:
        try:
            return self._loops.get()
        except RuntimeError:  # no asyncio loop running: trio
            raise _needs_asyncio(sniffio.current_async_library()) from None

    async def acquire(self, portfolio_id: str | None = None) -> None:
        if self._retry_at is not None:  # degraded
            now = time.monotonic()
            if now < self._retry_at:
                return await self.local.acquire(portfolio_id)
            self._retry_at = now + RETRY_EVERY  # this call tries the store; the others stay local
        state = self._state()
        future: asyncio.Future[float | None] = state.loop.create_future()
        self._queue(state, ("r", portfolio_id, 0, future))
        due = await future  # cancelled here: the round trip gives the slot back
        if due is None:
            return await self.local.acquire(portfolio_id)
        wait = due - state.loop.time()
        if wait > 0:
            try:
                await asyncio.sleep(wait)
            except BaseException:  # cancelled while waiting: the slot was never used
                self._queue(state, ("g", portfolio_id, 0, None))
                raise

    def pause(self, seconds: float) -> None:
        """Hold back every process on this budget for `seconds` (a 429's Retry-After): here at
        once, on the store with the next round trip, which leaves now."""
        self.local.pause(seconds)
        if self._retry_at is None:  # a day at most on the store (max_retry_after=inf lets a server ask for more)
            self._queue(self._state(), ("p", None, int(min(seconds, MAX_PAUSE) * 1e6), None))

    async def aclose(self) -> None:
        await self._loops.aclose()

    def _queue(self, state: _LoopState, op: _Queued) -> None:
        state.pending.append(op)
        if state.flusher is None:
            state.flusher = state.loop.create_task(self._flush(state))

    async def _flush(self, state: _LoopState) -> None:
        """Round trips while operations are queued; each takes what has queued since the last."""
        try:
            while state.pending:
                batch = [op for op in state.pending[:MAX_BATCH] if op[3] is None or not op[3].cancelled()]
                del state.pending[:MAX_BATCH]
                if not batch:
                    continue
                ops: list[Op] = [op[:3] for op in batch]
                try:  # bounded by the connection's own timeouts (connect, and each reply)
                    waits = await state.connection.apply(ops)
                except Exception as exc:  # unreachable, died, timed out, refused the script: all one here
                    self._failed(state, batch, self.store.describe(exc))
                    continue
                arrived = state.loop.time()
                self._answered()
                for (_, portfolio_id, _, future), wait in zip(batch, waits, strict=True):
                    if future is None:
                        continue
                    if future.cancelled():  # cancelled during the round trip: its slot goes back
                        state.pending.append(("g", portfolio_id, 0, None))
                    else:
                        future.set_result(arrived + wait / 1e6)
        finally:
            state.flusher = None

    def _failed(self, state: _LoopState, batch: list[_Queued], reason: str) -> None:
        """Every call in `batch`, and every call queued behind it, goes on without the store
        ("degrade") or fails ("raise"). A pause or a given-back slot is dropped: the pause holds
        here already, and a slot on a dead store is nobody's."""
        waiting = [op[3] for op in (*batch, *state.pending) if op[3] is not None and not op[3].done()]
        state.pending.clear()
        if self._raise:
            for future in waiting:
                future.set_exception(
                    RateLimitStoreError(f"the rate limit store {self.store.shown} failed ({reason}); nothing was sent")
                )
            return
        self._retry_at = time.monotonic() + RETRY_EVERY
        if not self._degraded:
            self._degraded = True
            logger.warning(
                "rate limit store %s failed (%s): each process now paces itself at the same settings "
                "(budget %r) until the store is back",
                self.store.shown,
                reason,
                self.limit.budget,
            )
        for future in waiting:
            future.set_result(None)

    def _answered(self) -> None:
        self._retry_at = None
        if self._degraded:
            self._degraded = False
            shown, budget = self.store.shown, self.limit.budget
            logger.warning("rate limit store %s is back: budget %r is shared again", shown, budget)
