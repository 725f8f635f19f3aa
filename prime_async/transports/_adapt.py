"""What is not one of our transports, made to fit the transport contract (see _contract).

- `PlainTransport`: any `httpx.AsyncBaseTransport` given to `PrimeClient(transport=...)` (a test's
  `httpx.MockTransport`, a caller's own): signed into the request's headers before it is handed
  over (it may still wait for a connection after that), and not fork-safe (nothing says its
  connections are renewed in a forked child).
- `StreamedBody`: the body of any `httpx.Response` (a plain transport's, or one a caller's
  `httpx.AsyncClient` returned) as a `ResponseBody`.
- `ReadBody`: a body already in memory (an in-process transport's).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx

from ._common import PoolStats
from ._contract import RequestSigner, Sent

__all__ = ["PlainTransport", "ReadBody", "StreamedBody"]


class ReadBody:
    """A body already in memory: `framing` as the transport states it."""

    def __init__(self, content: bytes, framing: tuple[str, str] = ("", "")) -> None:
        self._content = content
        self._framing = framing
        self.read_whole: Callable[[], Awaitable[bytes]] | None = self._whole

    async def _whole(self) -> bytes:
        return self._content

    def framing(self) -> tuple[str, str]:
        return self._framing

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._content:
            yield self._content

    async def aclose(self) -> None:
        pass


class StreamedBody:
    """The body of any `httpx.Response`. One built from bytes (an in-process transport's) was read,
    and decoded, by httpx already: it is the bytes as they are, bounded by size alone."""

    read_whole: Callable[[], Awaitable[bytes]] | None = None

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        try:
            self._content: bytes | None = response.content
        except httpx.ResponseNotRead:
            self._content = None

    def framing(self) -> tuple[str, str]:
        if self._content is not None:
            return ("", "")
        headers = self._response.headers
        return (headers.get("content-encoding", ""), headers.get("content-length", ""))

    def __aiter__(self) -> AsyncIterator[bytes]:
        if self._content is not None:
            return ReadBody(self._content).__aiter__()
        # the raw stream itself, not Response.aiter_raw (which would leave it suspended when abandoned)
        stream: Any = self._response.stream
        return stream.__aiter__()  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        await self._response.aclose()


class PlainTransport:
    """Any `httpx.AsyncBaseTransport` as a `Transport`."""

    fork_safe = False  # nothing says it renews its connections in a forked child

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def send(self, request: httpx.Request, signer: RequestSigner | None) -> Sent:
        if signer is not None:
            signer.sign(request)
        response = await self.inner.handle_async_request(request)
        return response, StreamedBody(response)

    def pool_stats(self) -> PoolStats:
        return PoolStats()

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"<PlainTransport over {type(self.inner).__name__}>"
