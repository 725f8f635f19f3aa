"""`fail_after`: anyio's, without a timer per use on asyncio.

Every attempt is bounded in time, so a timeout is entered and left once per request (twice when
a request waits for a connection). On asyncio, `anyio.fail_after` costs a cancel scope (task
lookups, a scope stack, a delivery loop), and both it and `asyncio.timeout` put a timer on the
loop (a handle, a copied context, a bound method) that is almost always cancelled unused,
garbage the collector then has to walk. Here each asyncio loop has one `_Watchdog`
holding the open timeouts and one timer, set for the earliest deadline among them: opening a
timeout is a dict insertion, and the timer only fires when a deadline may have passed.

What fires is what `asyncio.timeout` does: `task.cancel()`, and on the way out `task.uncancel()`
to tell its own cancellation from anyone else's (an outer anyio cancel scope, a caller's
`asyncio.timeout`, a task group), which stays a CancelledError. On trio (or with no running
asyncio loop) `fail_after` is `anyio.fail_after` itself.
"""

from __future__ import annotations

import math
import sys
import weakref
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import TYPE_CHECKING

import anyio

if TYPE_CHECKING:  # asyncio is imported by whoever runs its loop; `import prime_async` need not (~15 ms)
    import asyncio

__all__ = ["fail_after"]

_NO_BOUND: AbstractContextManager[None] = nullcontext()


def fail_after(seconds: float | None) -> AbstractContextManager[object]:
    """A `with` block that raises TimeoutError once `seconds` have passed (None: unbounded)."""
    if seconds is None:
        return _NO_BOUND
    aio = sys.modules.get("asyncio")  # not imported: no asyncio loop can be running
    try:
        loop = aio.get_running_loop() if aio is not None else None
    except RuntimeError:
        loop = None
    if aio is None or loop is None:  # trio
        return anyio.fail_after(seconds)
    task = aio.current_task(loop)
    if task is None:  # pragma: no cover - a callback, not a task: let anyio say what is wrong
        return anyio.fail_after(seconds)
    return _TaskTimeout(loop, task, loop.time() + seconds)


class _TaskTimeout:
    """`asyncio.timeout` (Python 3.11's semantics) as a synchronous context manager."""

    __slots__ = ("_cancelling", "_expired", "_loop", "_task", "_watchdog", "deadline")

    def __init__(self, loop: asyncio.AbstractEventLoop, task: asyncio.Task[object], deadline: float) -> None:
        self._loop = loop
        self._watchdog = _watchdog(loop)
        self._task = task
        self._expired = False
        self._cancelling = 0
        self.deadline = deadline

    def __enter__(self) -> _TaskTimeout:
        self._cancelling = self._task.cancelling()
        self._watchdog.add(self, self._loop)
        return self

    def expire(self) -> None:
        self._expired = True
        self._task.cancel()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._watchdog.open.pop(self, None)
        # our own cancellation, and nobody else's pending: it becomes the TimeoutError
        if self._expired and self._task.uncancel() <= self._cancelling and exc_type is _cancelled_error():
            raise TimeoutError


class _Watchdog:
    """The timeouts open on one asyncio loop, and a timer set no later than the earliest of their
    deadlines. A timeout that closes leaves the timer as it is: when it fires, the timeouts past
    their deadline expire and it is set again for the earliest of the rest. It holds neither its
    loop nor its timers (the loop holds the timers), so a finished loop is dropped with it."""

    def __init__(self) -> None:
        self.open: dict[_TaskTimeout, None] = {}
        self._when = math.inf  # when the earliest timer set will fire

    def add(self, timeout: _TaskTimeout, loop: asyncio.AbstractEventLoop) -> None:
        self.open[timeout] = None
        if timeout.deadline < self._when:
            self._when = timeout.deadline
            loop.call_at(timeout.deadline, self._fire, loop)  # a later timer left set just fires idle

    def _fire(self, loop: asyncio.AbstractEventLoop) -> None:
        self._when = math.inf
        now = loop.time() + _SLACK
        earliest = math.inf
        for timeout in list(self.open):
            if timeout.deadline <= now:
                del self.open[timeout]
                timeout.expire()
            elif timeout.deadline < earliest:
                earliest = timeout.deadline
        if earliest < self._when:
            self._when = earliest
            loop.call_at(earliest, self._fire, loop)


def _cancelled_error() -> type[BaseException]:
    return sys.modules["asyncio"].CancelledError  # type: ignore[no-any-return]


_SLACK = 1e-3  # a timer may fire a clock tick early: a deadline within 1 ms counts as passed
_watchdogs: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Watchdog] = weakref.WeakKeyDictionary()
_last: tuple[weakref.ref[asyncio.AbstractEventLoop], _Watchdog] | None = None  # the last loop asked for


def _watchdog(loop: asyncio.AbstractEventLoop) -> _Watchdog:
    global _last
    last = _last
    if last is not None and last[0]() is loop:
        return last[1]
    watchdog = _watchdogs.get(loop)
    if watchdog is None:
        watchdog = _watchdogs[loop] = _Watchdog()
    _last = (weakref.ref(loop), watchdog)
    return watchdog
