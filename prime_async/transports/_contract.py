"""The transport contract: what the request pipeline needs from a transport, and nothing more.

`AiohttpTransport`, `HttpxTransport`, `AutoTransport` and the simulator's in-process transport
implement `Transport`; so can anyone's (an HTTP/2 one, a test double). The pipeline calls
`send(request, signer)` once per attempt and reads the body through the `ResponseBody` it returns;
any other `httpx.AsyncBaseTransport` given to `PrimeClient(transport=...)` is adapted (see
`_adapt.PlainTransport`: signed before it is handed over, and not fork-safe).

What a `Transport` promises:

1. **Sign at send time.** `send(request, signer)`: when `signer` is not None, the transport signs
   once, as late as it can (after waiting for a free connection: under a large fan-out that wait
   can take seconds of Prime's 30 s signature window), in one of two ways: `signer.sign(request)`
   sets the signed headers on `request.headers`, for a transport that writes those; or
   `signer.signed_headers(request)` returns them, for one that writes its own header list, which
   must put them on the wire with the request's own, exactly as given. The request's method, URL
   and content are signed as they are, so it must not change them.
2. **Send once.** No retry of its own, whatever fails: a request that may have reached the
   server is the pipeline's to retry (`RetryPolicy`), with an idempotency value or not at all.
   Failures are `httpx.TransportError`s: `httpx.ConnectError`/`httpx.ConnectTimeout` only when
   the request provably never left (nothing was written), anything after that another
   `httpx.TransportError` (`ReadError`, `RemoteProtocolError`, `ReadTimeout`...). Their
   tracebacks, and those of anything chained to them, hold no credentials (see `scrub`).
3. **Stream a bounded body.** `send` returns `(response, body)` once the status line and headers
   are in: `response` an `httpx.Response` for its status, headers and extensions (its stream is
   not read by the pipeline), `body` a `ResponseBody` that yields the raw bytes (still
   compressed) as they arrive. The pipeline bounds the body's size and decodes it; the transport
   must not read ahead without bound.
4. **Release its connection slot.** `body.aclose()` is called exactly once per response, however
   the attempt ended (read whole, too large, cancelled, timed out): it gives the connection back
   (or closes one whose body was not read to its end, so that no stale bytes answer the next
   request) and frees the request's place in any queue.
5. **Fork and event-loop ownership.** `fork_safe` is True when the transport keeps its connections
   per (process, event loop) and never touches, in a forked child, a connection its parent opened
   (`PerLoop` does both); False makes a client refuse to send after a fork. A transport used from
   several event loops must give each its own connections: a socket belongs to the loop that
   opened it.

`pool_stats()` reports the current event loop's connections (zeros where there is no pool), and
`aclose()` closes this loop's connections; those of other loops close when their loops end.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import httpx

if TYPE_CHECKING:
    from ._common import PoolStats

__all__ = ["RequestSigner", "ResponseBody", "Sent", "Transport"]


class RequestSigner(Protocol):
    """What signs one attempt, handed to `Transport.send`: call one of its methods, once, just
    before the request is written."""

    def sign(self, request: httpx.Request) -> None:
        """Sign `request` (its method, URL path and content) now: the headers set on it."""
        ...

    def signed_headers(self, request: httpx.Request) -> Sequence[tuple[str, str]]:
        """The headers that sign `request`, signed now, for the transport to write itself."""
        ...


class ResponseBody(Protocol):
    """One response's body as its transport streams it.

    - `framing()`: (Content-Encoding, Content-Length) as the server sent them, "" where absent; the
      pipeline decides from them how to decode and how much to expect.
    - iterating it yields the raw bytes (still compressed) as they arrive; whoever stops half-way
      closes the iterator it got.
    - `read_whole`: None, or the rest of the body in one call: the pipeline calls it only for an
      uncompressed body whose declared Content-Length is within its limit (nothing else bounds it).
    - `aclose()`: called once, however reading ended: the connection goes back to the pool (or is
      closed, when the body was not read to its end) and the request's slot is released.
    """

    read_whole: Callable[[], Awaitable[bytes]] | None

    def framing(self) -> tuple[str, str]: ...

    def __aiter__(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


Sent = tuple[httpx.Response, ResponseBody]


@runtime_checkable
class Transport(Protocol):
    """A transport the pipeline can send on: see this module's docstring for what each member
    promises (signing at send time, sending once, a bounded body, releasing the slot, fork and
    event-loop ownership)."""

    fork_safe: bool

    def send(self, request: httpx.Request, signer: RequestSigner | None) -> Awaitable[Sent]: ...

    def pool_stats(self) -> PoolStats: ...

    async def aclose(self) -> None: ...
