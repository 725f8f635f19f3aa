"""What every transport of ours shares: connection state per process and event loop, a FIFO
limit on requests in flight, and tracebacks that carry no credentials.

A connection pool must never cross a fork: parent and child would read each other's answers on
the same socket. Nor an event loop: a socket belongs to the loop that opened it. So a transport
keeps its pool in a `PerLoop`, which gives each (process, event loop) its own and abandons, without
a byte written, whatever a forked child inherited.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import urllib.request
import warnings
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import Any, Generic, Self, TypeVar

import anyio
import attrs
import httpx
import sniffio

from .._masking import MaskedHeaders, masked_copy
from .._timeout import fail_after
from ._private import httpx_error_request

__all__ = [
    "DEFAULT_LIMITS",
    "LazyHeadersResponse",
    "MaskedHeaders",
    "PerLoop",
    "PoolStats",
    "SlotReleasingStream",
    "Slots",
    "ThirdPartyError",
    "current_loop",
    "fork_generation",
    "scrub",
]

T = TypeVar("T")

# Both transports' default pool: 128 connections, 64 kept alive for 30 s. HttpxTransport gives
# each connection its own lane, which keeps a request's cost flat, so it can be as large as aiohttp's.
DEFAULT_LIMITS = httpx.Limits(max_connections=128, max_keepalive_connections=64, keepalive_expiry=30.0)

_forks = 0
_abandoned: list[Any] = []  # what a forked child inherited: kept, never touched, never closed
# The watchers (see _close_at_loop_end) whose item is not closed yet, made in this process. Held
# here, not only by their transport: a client dropped without closing must not take its open
# connections into the garbage with it, where aiohttp's and asyncio's finalizers would report them
# ("Unclosed connector") before the watcher's own finalizer had a chance to close them.
_open: set[Any] = set()


def _after_fork_in_child() -> None:
    global _forks
    _forks += 1
    _abandoned.append(list(_open))  # the parent's to close
    _open.clear()


os.register_at_fork(after_in_child=_after_fork_in_child)


def fork_generation() -> int:
    """How many times this process's ancestry forked since prime_async was imported: it changes
    in a child, so state made before a fork can be told apart from state made after."""
    return _forks


def current_loop() -> object:
    """The running event loop (asyncio) or run (trio), as an object that identifies it."""
    if sniffio.current_async_library() == "trio":
        import trio

        return trio.lowlevel.current_trio_token()
    import asyncio

    return asyncio.get_running_loop()


class PerLoop(Generic[T]):
    """One `T` per (process, event loop), made by `factory` on first use in each.

    With `close`, each `T` is closed when its loop ends (at asyncio's `shutdown_asyncgens`, which
    `asyncio.run()` calls, or at the end of `trio.run()`), while the loop can still do I/O: a client
    used from one `asyncio.run()` after another, or never closed, leaves no connection behind.
    `aclose()` closes the current loop's `T` at once.

    After a fork, the child abandons every `T` it inherited: closing one could write to a socket
    the parent is still using (a TLS close_notify), so they are kept, referenced by a module list
    only, and never touched.
    """

    def __init__(
        self,
        factory: Callable[[], T],
        close: Callable[[T], Awaitable[None]] | None = None,
        loop_of: Callable[[], object] = current_loop,
    ) -> None:
        """`loop_of` identifies the running loop: `current_loop` (asyncio or trio), or, for a
        transport that only runs on asyncio, the cheaper `asyncio.get_running_loop`."""
        self._factory = factory
        self._close = close
        self._loop_of = loop_of
        self._generation = fork_generation()
        # id(loop) -> (weak reference to the loop, the T, the watcher that closes it when the loop ends)
        self._items: dict[int, tuple[weakref.ref[Any], T, Any]] = {}
        self._last: tuple[object, T] | None = None
        if close is not None:  # dropped unclosed (its client was never closed): close on each loop
            weakref.finalize(self, _close_soon, self._items)

    def get(self) -> T:
        loop = self._loop_of()
        last = self._last
        if last is not None and last[0] is loop and self._generation == _forks:
            return last[1]
        if self._generation != _forks:
            _abandoned.extend(self._items.values())
            self._items.clear()
            self._generation = _forks
        entry = self._items.get(id(loop))
        if entry is None or entry[0]() is not loop:
            self._forget_ended()
            item = self._factory()
            watcher = _close_at_loop_end(self._close, item) if self._close is not None else None
            entry = self._items[id(loop)] = (weakref.ref(loop), item, watcher)
        self._last = (loop, entry[1])
        return entry[1]

    def _forget_ended(self) -> None:
        for key, (ref, _, watcher) in list(self._items.items()):
            loop = ref()
            if loop is None or getattr(loop, "is_closed", lambda: False)():
                del self._items[key]
                if watcher in _open:
                    _left_open(watcher)

    def current(self) -> T | None:
        """This loop's `T` if it has one (in this process), else None; never makes one."""
        try:
            loop = self._loop_of()
        except (sniffio.AsyncLibraryNotFoundError, RuntimeError):
            return None
        entry = self._items.get(id(loop)) if self._generation == _forks else None
        return entry[1] if entry is not None and entry[0]() is loop else None

    async def aclose(self) -> None:
        """Close this loop's `T` now (the others close when their loops end)."""
        self._last = None
        try:
            loop = self._loop_of()
        except (sniffio.AsyncLibraryNotFoundError, RuntimeError):  # pragma: no cover - called from a loop
            return
        entry = self._items.pop(id(loop), None) if self._generation == _forks else None
        if entry is None or entry[0]() is not loop:
            return
        _, item, watcher = entry
        if watcher is not None:
            await watcher.aclose()  # runs its `finally`: the close
        elif self._close is not None:
            await self._close(item)


def _close_at_loop_end(close: Callable[[T], Awaitable[None]], item: T) -> Any:
    """An async generator, started and left suspended, whose `finally` closes `item`: the event
    loop finalizes every live async generator as it ends (asyncio's shutdown_asyncgens, trio's
    end of run), while it can still do I/O. Held in `_open` until it has."""
    itself: list[Any] = []

    async def watch() -> AsyncIterator[None]:
        try:
            yield
        finally:
            try:
                with anyio.CancelScope(shield=True):
                    await close(item)
            finally:
                _open.discard(itself.pop())

    watcher = watch()
    itself.append(watcher)
    step: Any = watcher.__anext__()  # the first step registers it with the running loop's hooks
    with contextlib.suppress(StopIteration):  # it stops at its `yield` at once
        step.send(None)
    _open.add(watcher)
    return watcher


def _close_soon(items: dict[int, tuple[weakref.ref[Any], Any, Any]]) -> None:
    """A `PerLoop` was dropped with items still open (a client never closed, collected while its
    loops run): each is closed on its own loop, soon, from whatever thread collected it. At exit
    the loops that are still running end by themselves (see `_portal`), closing theirs."""
    for ref, _, watcher in list(items.values()):
        if watcher not in _open:
            continue
        loop = ref()
        try:
            if isinstance(loop, asyncio.AbstractEventLoop) and not loop.is_closed():
                loop.call_soon_threadsafe(_spawn_close_on_asyncio, loop, watcher)
                continue
            if loop is not None and hasattr(loop, "run_sync_soon"):  # a trio run's token
                loop.run_sync_soon(_spawn_close_on_trio, watcher)
                continue
        except RuntimeError:  # the loop closed, or the trio run finished, since the check
            pass
        _left_open(watcher)


_closing: set[Any] = set()  # the tasks closing a dropped PerLoop's items (asyncio keeps only weak references)


def _spawn_close_on_asyncio(loop: asyncio.AbstractEventLoop, watcher: Any) -> None:
    task = loop.create_task(_aclose(watcher))
    _closing.add(task)
    task.add_done_callback(_closing.discard)


def _spawn_close_on_trio(watcher: Any) -> None:
    import trio

    trio.lowlevel.spawn_system_task(_aclose, watcher)


async def _aclose(watcher: Any) -> None:
    await watcher.aclose()


def _left_open(watcher: Any) -> None:
    """A watcher whose loop was closed before it could run (a loop closed without
    `shutdown_asyncgens()`): its connections stay open, kept (never collected, so that the HTTP
    library's own warnings do not stand in for this one), and the warning names the client."""
    _open.discard(watcher)
    _abandoned.append(watcher)
    warnings.warn(
        "prime_async.PrimeClient: connections left open, their event loop was closed before they were "
        "(close the client first: `async with PrimeClient(...)`, or `await client.aclose()`)",
        ResourceWarning,
        stacklevel=2,
    )


@attrs.frozen
class PoolStats:
    """A transport's connections on the current event loop: how many are open, how many are
    serving a request, and how many requests wait for one."""

    open: int = 0
    in_use: int = 0
    waiting: int = 0


class Slots:
    """At most `limit` requests in flight on one event loop, served first come first served.

    A transport keeps one per (process, event loop), with its connections. A request holds its
    slot until its response body is read or closed: that is when its connection goes back to the
    pool. Requests beyond the limit wait here rather than in the pool, whose own waiting is costly
    (httpcore rescans its queue on every event) or unfair (aiohttp's waiters can starve a few
    requests for a whole fan-out).
    """

    __slots__ = ("_semaphore", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._semaphore = anyio.Semaphore(limit, fast_acquire=True)

    async def acquire(self, request: httpx.Request) -> anyio.Semaphore:
        """The semaphore to release once the response is done with; PoolTimeout after the
        request's `pool` timeout."""
        semaphore = self._semaphore
        if semaphore.value:  # free: nobody is queued (release hands slots to waiters first), no timer
            semaphore.acquire_nowait()
            return semaphore
        timeout = request.extensions.get("timeout", {}).get("pool")
        try:
            with fail_after(timeout):
                await semaphore.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("no connection came free in time", request=request) from None
        return semaphore

    def waiting(self) -> int:
        return self._semaphore.statistics().tasks_waiting


_CLOSED = httpx.ByteStream(b"")  # what a closed SlotReleasingStream reads: nothing


class SlotReleasingStream(httpx.AsyncByteStream):
    """Our transports' `ResponseBody` (see _contract): a response stream that gives its request's
    slot back when closed (once).

    The pipeline reads it directly, not through `httpx.Response.aiter_raw` (whose bookkeeping and
    two extra generators cost time on every response: see benchmarks/README.md), in one call when
    the transport gave a `read_whole` and the body's length is declared; and its `framing()`
    comes from what the transport parsed already when it says (`framing`), instead of two lookups
    in httpx's headers (most of their cost is guessing the headers' encoding).
    """

    def __init__(
        self,
        inner: Any,
        slot: anyio.Semaphore | None,
        close: Callable[[], Any] | None = None,
        framing: tuple[str, str] | None = None,
        headers: httpx.Headers | None = None,
        read_whole: Callable[[], Awaitable[bytes]] | None = None,
    ) -> None:
        self._inner = inner
        self._slot = slot
        self._close = close
        # (Content-Encoding, Content-Length) as the server sent them, "" when absent; or the headers to read them from
        self._framing = framing
        self._headers = headers
        # the rest of the body in one call: only for a body whose declared length is within the
        # caller's limit, as nothing else bounds it
        self.read_whole = read_whole

    def framing(self) -> tuple[str, str]:
        if self._framing is None:
            headers = self._headers if self._headers is not None else httpx.Headers()
            self._framing = (headers.get("content-encoding", ""), headers.get("content-length", ""))
        return self._framing

    def __aiter__(self) -> AsyncIterator[bytes]:
        # the inner iterator itself, not one wrapped in another; whoever stops iterating it half-way
        # closes it (as `_body.read_body` does)
        return self._inner.__aiter__()  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        try:
            if self._close is not None:
                close, self._close = self._close, None
                result = close()
                if result is not None and hasattr(result, "__await__"):
                    await result
        finally:
            if self._slot is not None:
                self._slot.release()
                self._slot = None
            # closed: no link left to the connection, which leads to the request as sent (signed)
            self._inner, self._close, self.read_whole = _CLOSED, None, None


class LazyHeadersResponse(httpx.Response):
    """An `httpx.Response` whose headers are parsed from the raw pairs on first use: a call that
    succeeds never looks at them (httpx parses each one; Prime sends a dozen)."""

    _raw_headers: Sequence[tuple[bytes, bytes]] | None = None
    _parsed_headers: httpx.Headers

    @classmethod
    def with_raw_headers(cls, status_code: int, raw_headers: Sequence[tuple[bytes, bytes]], **kwargs: Any) -> Self:
        response = cls(status_code, **kwargs)
        response._raw_headers = raw_headers
        return response

    @property
    def headers(self) -> httpx.Headers:
        if self._raw_headers is not None:
            self._parsed_headers = httpx.Headers(self._raw_headers)
            self._raw_headers = None
        return self._parsed_headers

    @headers.setter
    def headers(self, value: httpx.Headers) -> None:
        self._parsed_headers = value
        self._raw_headers = None


class Proxies:
    """The proxy for each origin, from the environment read once (`trust_env`), honouring no_proxy.

    Why once: aiohttp's and httpx's own `trust_env` look proxies (and .netrc) up again per
    request or per client, and aiohttp does it in a worker thread: two thread hops a call.
    """

    def __init__(self, trust_env: bool) -> None:
        self._proxies = urllib.request.getproxies() if trust_env else {}
        self._for: dict[tuple[str, str], str | None] = {}

    def for_url(self, url: httpx.URL) -> str | None:
        origin = (url.scheme, url.host)
        if origin not in self._for:
            bypass = not self._proxies or bool(urllib.request.proxy_bypass(origin[1]))
            self._for[origin] = None if bypass else self._proxies.get(origin[0])
        return self._for[origin]


def scrub(exc: BaseException) -> BaseException:
    """Drop the tracebacks of `exc` and of every exception chained to it, and replace each chained
    exception an HTTP library made (other than httpx's) by a `ThirdPartyError` that keeps only
    its type and message.

    Frames inside an HTTP library hold the request's headers as locals (aiohttp's CIMultiDict,
    h11's events), and a traceback printed with its locals (Sentry, `pytest --showlocals`) would
    show the passphrase. Its exceptions hold them too: aiohttp's `ClientResponseError` carries the
    request as sent (`request_info.headers`: the signature, and the passphrase), its
    `ClientConnectorError` the proxy's credentials. A crash reporter walks `__cause__` and
    `__context__`; what it finds there is a type and a message. An httpx error chained inside
    points at a masked copy of its request. `exc` itself keeps its type (a cancellation stays one).
    """
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        item.__traceback__ = None
        if item is not exc and isinstance(item, httpx.RequestError):
            _mask_request_of(item)
        item.__cause__ = _kept(item.__cause__)
        item.__context__ = _kept(item.__context__)
        todo += [item.__cause__, item.__context__]
        if isinstance(item, BaseExceptionGroup):
            todo += list(item.exceptions)  # the group's own members stay (it cannot be rebuilt in place)
    return exc


# Where the exceptions that may stay in a chain come from: none of them carries a request's headers.
_SAFE_MODULES = frozenset(
    {"builtins", "ssl", "socket", "asyncio", "anyio", "trio", "httpx", "httpcore", "h11", "prime_async"}
)


class ThirdPartyError(Exception):
    """What stands, in an error's `__cause__`/`__context__`, for an HTTP library's exception that
    may carry credentials (aiohttp's carry the request's headers, or a proxy's password): its
    qualified type name and message, nothing else."""


def _kept(exc: BaseException | None) -> BaseException | None:
    if exc is None or type(exc).__module__.partition(".")[0] in _SAFE_MODULES:
        return exc
    kind = type(exc)
    try:
        message = str(exc)
    except Exception:  # a broken __str__ says nothing
        message = "?"
    stand_in = ThirdPartyError(f"{kind.__module__}.{kind.__qualname__}: {message}")
    stand_in.__cause__, stand_in.__context__ = exc.__cause__, exc.__context__
    stand_in.__suppress_context__ = exc.__suppress_context__
    return stand_in


def _mask_request_of(error: httpx.RequestError) -> None:
    """An httpx error inside a chain: its request (the one sent, signed) replaced by a masked copy."""
    request = httpx_error_request(error)
    if request is not None:
        error.request = masked_copy(request)


# Header pairs decoded once: the same few (Host, Accept, User-Agent...) go with every request.
# Only those named here, never a credential, and only so many.
_DECODED: dict[tuple[bytes, bytes], tuple[str, str]] = {}
_DECODED_NAMES = frozenset({b"host", b"accept", b"accept-encoding", b"user-agent", b"content-type"})
_DECODED_MAX = 64


def masked_pairs(pairs: Iterable[tuple[bytes, bytes]], more: Iterable[tuple[str, str]] | None = None) -> MaskedHeaders:
    """Raw header pairs as str pairs (then `more`, already str), in a list that masks credentials in a repr."""
    headers = MaskedHeaders()
    for pair in pairs:
        decoded = _DECODED.get(pair)
        if decoded is None:
            decoded = (pair[0].decode("latin-1"), pair[1].decode("latin-1"))
            if len(_DECODED) < _DECODED_MAX and pair[0].lower() in _DECODED_NAMES:
                _DECODED[pair] = decoded
        headers.append(decoded)
    if more:
        headers.extend(more)
    return headers
