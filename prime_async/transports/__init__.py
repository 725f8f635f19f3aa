"""The HTTP transports prime_async sends with, and how the default one is chosen.

- `AiohttpTransport`: aiohttp underneath; the default on asyncio (flat CPU per request at any
  concurrency; see docs/guides/performance.md).
- `HttpxTransport`: httpx's own stack (httpcore); the default on trio.
- `AutoTransport`: picks one of the two for the event loop each request runs on.

All three are safe across `fork()` and across event loops (each process and loop gets its own
connections), send each request exactly once (no retry of their own: `RetryPolicy` decides), and
raise only `httpx.TransportError`s, with tracebacks that hold no credentials. Each implements
`Transport`, the contract between the request pipeline and a transport (its docstring says what
it promises: signing at send time, a bounded body, releasing the connection slot, fork and
event-loop ownership); a transport of one's own can implement it too.

`PrimeClient(transport="httpx")` (or `"aiohttp"`, `"auto"`) picks one by name; the environment
variable `PRIME_TRANSPORT` sets the name `"auto"` resolves to (the test suite uses it to run
everything on each transport).
"""

from __future__ import annotations

import os
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import httpx
import sniffio

from .._numbers import checked_limits
from .._public import publish
from ._common import PoolStats, ThirdPartyError, fork_generation
from ._contract import RequestSigner, ResponseBody, Sent, Transport
from ._httpx import HttpxTransport

__all__ = [
    "AiohttpTransport",
    "AutoTransport",
    "HttpxTransport",
    "PoolStats",
    "RequestSigner",
    "ResponseBody",
    "ThirdPartyError",
    "Transport",
    "TransportName",
    "fork_generation",
    "make_transport",
]

if TYPE_CHECKING:
    from ._aiohttp import AiohttpTransport

TransportName = Literal["auto", "aiohttp", "httpx"]
_Ours: TypeAlias = "HttpxTransport | AiohttpTransport"


def __getattr__(name: str) -> object:
    if name == "AiohttpTransport":  # imports aiohttp only when asked for
        from ._aiohttp import AiohttpTransport

        return AiohttpTransport
    raise AttributeError(name)


class AutoTransport(httpx.AsyncBaseTransport):
    """aiohttp on asyncio (when installed), httpx's own stack on trio; each made on first use."""

    fork_safe = True

    def __init__(self, *, limits: httpx.Limits | None = None) -> None:
        self.limits = checked_limits(limits) if limits is not None else None
        self._asyncio: _Ours | None = None
        self._trio: _Ours | None = None

    def for_this_loop(self) -> _Ours:
        """The transport serving the running event loop, made on first use."""
        if sniffio.current_async_library() == "trio":
            if self._trio is None:
                self._trio = HttpxTransport(limits=self.limits)
            return self._trio
        if self._asyncio is None:
            self._asyncio = _ours(_asyncio_default(), self.limits)
        return self._asyncio

    def send(self, request: httpx.Request, signer: RequestSigner | None) -> Coroutine[Any, Any, Sent]:
        # the chosen transport's own coroutine, not one wrapped in another: a coroutine per
        # request in flight is garbage for the collector to walk
        return self.for_this_loop().send(request, signer)

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        # the chosen transport's own coroutine, not one wrapped in another: a coroutine per
        # request in flight is garbage for the collector to walk
        return self.for_this_loop().handle_async_request(request)

    def pool_stats(self) -> PoolStats:
        """The connections of the transport serving the current event loop."""
        return self.for_this_loop().pool_stats()

    async def aclose(self) -> None:
        for transport in (self._asyncio, self._trio):
            if transport is not None:
                await transport.aclose()

    def __repr__(self) -> str:
        return "<AutoTransport>"


def _asyncio_default() -> TransportName:
    try:
        import aiohttp  # noqa: F401
    except ImportError:  # pragma: no cover - aiohttp is a dependency; a trimmed install may lack it
        return "httpx"
    return "aiohttp"


def _ours(name: str, limits: httpx.Limits | None) -> _Ours:
    if name == "httpx":
        return HttpxTransport(limits=limits)
    from ._aiohttp import AiohttpTransport

    return AiohttpTransport(limits=limits)


def make_transport(name: str, *, limits: httpx.Limits | None = None) -> httpx.AsyncBaseTransport:
    """The transport called `name` ("auto", "aiohttp" or "httpx"); "auto" follows `PRIME_TRANSPORT`,
    except that `PRIME_TRANSPORT=aiohttp` leaves trio on httpx's stack (aiohttp is asyncio only)."""
    if name == "auto":
        name = os.environ.get("PRIME_TRANSPORT") or "auto"
        if name in ("auto", "aiohttp"):
            return AutoTransport(limits=limits)
    if name in ("httpx", "aiohttp"):
        return _ours(name, limits)
    raise ValueError(f"unknown transport {name!r}: expected 'auto', 'aiohttp' or 'httpx'")


publish(__name__, globals(), __all__)  # AiohttpTransport, loaded lazily, publishes itself
