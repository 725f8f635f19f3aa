"""Portal: an event loop in a background thread that runs coroutines for blocking callers.

anyio's `start_blocking_portal` runs its loop in a ThreadPoolExecutor thread, which the
interpreter joins at exit: a blocking client that was never closed would keep the program from
ending. This one runs in a daemon thread, and is made again in a forked child (threads do not
survive `fork()`, so the parent's portal would never answer the child).
"""

from __future__ import annotations

import contextlib
import threading
import warnings
import weakref
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio
from anyio.from_thread import BlockingPortal

from .transports import fork_generation

__all__ = ["Portal"]

T = TypeVar("T")

# Seconds an interrupted call is given to unwind once cancelled (it only has to leave a sleep or a
# socket read; this bounds a task that ignores cancellation).
CANCEL_WAIT = 10.0
# Seconds the loop is given to stop, its connections closed, when the portal is closed or dropped.
STOP_WAIT = 10.0


class Portal:
    """The blocking facade's event loop: a daemon thread running an anyio `BlockingPortal`, started on


    first use and again in a forked child (`fork_generation`); `call` runs one coroutine on it."""

    def __init__(self, backend: str = "asyncio") -> None:
        self.backend = backend
        self._lock = threading.Lock()
        self._portal: BlockingPortal | None = None
        self._thread: threading.Thread | None = None
        self._generation = -1
        self._stop: weakref.finalize | None = None  # type: ignore[type-arg]
        self.closed = False

    def call(self, fn: Callable[..., Awaitable[T]], *args: Any) -> T:
        """Run `fn(*args)` on the portal's loop and wait for its result.

        If the wait is interrupted (Ctrl-C: a KeyboardInterrupt raised in this thread), the task is
        cancelled and awaited before the interrupt goes on: a call must not outlive its caller and
        send again on its own (a retry after its backoff would place the order the user stopped).
        A create cancelled after its request left is then in `client.unresolved`."""
        finished = threading.Event()

        async def run() -> T:
            try:
                return await fn(*args)
            finally:
                finished.set()

        future = self._running().start_task_soon(run)
        try:
            return future.result()
        except BaseException:
            if not future.done():  # this thread was interrupted, not the task: stop it
                future.cancel()  # cancels the task's cancel scope, on the loop's thread
                finished.wait(CANCEL_WAIT)  # a second Ctrl-C cuts this short
            raise

    def _running(self) -> BlockingPortal:
        if self.closed or (self._stop is not None and not self._stop.alive):  # closed, or stopped at exit
            from ._errors import ClientClosedError

            raise ClientClosedError("this SyncPrimeClient is closed")
        with self._lock:
            if self._portal is None or self._generation != fork_generation():
                self._start()
            assert self._portal is not None
            return self._portal

    def _start(self) -> None:
        started = threading.Event()
        box: dict[str, Any] = {}
        backend = self.backend  # the thread holds no reference to this Portal: it can be collected

        async def main() -> None:
            async with BlockingPortal() as portal:
                box["portal"] = portal
                started.set()
                await portal.sleep_until_stopped()

        def run() -> None:
            try:
                anyio.run(main, backend=backend)
            finally:
                started.set()

        thread = threading.Thread(target=run, name="prime-async-portal", daemon=True)
        thread.start()
        started.wait()
        if self._stop is not None:
            self._stop.detach()  # the loop of the process this one forked from: not ours to stop
        self._portal = box["portal"]
        self._thread = thread
        self._generation = fork_generation()
        # A client never closed (docs/guides/sync.md says that is fine) still ends quietly: when this Portal
        # is collected, or at the latest at interpreter exit (weakref.finalize runs then too), its
        # loop is stopped and ends as any anyio.run() does, closing every connection it holds, rather
        # than dying with its daemon thread and leaving the HTTP library to report them unclosed.
        self._stop = weakref.finalize(self, _stop, self._portal, thread, self._generation, True)

    def close(self) -> None:
        """Stop the loop and its thread (idempotent)."""
        with self._lock:
            self.closed = True
            self._portal = None
            stop, self._stop = self._stop, None
        detached = stop.detach() if stop is not None else None
        if detached is not None:
            portal, thread, generation, _ = detached[2]
            _stop(portal, thread, generation, False)  # calls in flight (other threads') finish first


def _stop(portal: BlockingPortal, thread: threading.Thread, generation: int, cancel_remaining: bool) -> None:
    """Stop `portal`'s loop and wait for its thread to end."""
    if generation != fork_generation():
        return  # a forked child's copy of its parent's portal: that loop runs in the parent only
    if threading.current_thread() is thread:  # collected on the loop's own thread, which cannot wait for itself
        threading.Thread(target=_stop, args=(portal, thread, generation, cancel_remaining), daemon=True).start()
        return
    with contextlib.suppress(RuntimeError):  # already stopped
        portal.call(portal.stop, cancel_remaining)
    thread.join(STOP_WAIT)
    if thread.is_alive():
        warnings.warn(
            f"prime_async.sync.SyncPrimeClient: its event loop did not stop within {STOP_WAIT:g} s "
            "(a call that ignores cancellation); its connections may be left open",
            ResourceWarning,
            stacklevel=2,
        )
