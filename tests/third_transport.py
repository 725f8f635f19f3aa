"""A third transport, written from `prime_async.transports.Transport`'s docstring alone: plain h11
over anyio sockets, one connection per request (no pool to share, so nothing a forked child could
touch). It imports nothing from prime_async but the contract's public names; tests/test_third_transport.py
runs the retry and trust tests on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
import anyio.abc
import h11
import httpx

from prime_async.transports import PoolStats, RequestSigner

RECEIVE = 65536


class H11Body(httpx.AsyncByteStream):
    """The body of one response, read from its own connection; closed, so is the connection."""

    read_whole: Callable[[], Awaitable[bytes]] | None = None  # every read goes through the loop below

    def __init__(
        self, connection: h11.Connection, socket: anyio.abc.ByteStream, request: httpx.Request, headers: httpx.Headers
    ) -> None:
        self._connection = connection
        self._socket = socket
        self._request = request
        self._headers = headers

    def framing(self) -> tuple[str, str]:
        return self._headers.get("content-encoding", ""), self._headers.get("content-length", "")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            event = await next_event(self._connection, self._socket, self._request)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                return

    async def aclose(self) -> None:
        await self._socket.aclose()


class H11Transport:
    fork_safe = True  # a connection lives as long as its request: none outlives a fork

    def __init__(self) -> None:
        self.calls = 0  # for the tests to see it was used

    async def send(self, request: httpx.Request, signer: RequestSigner | None) -> tuple[httpx.Response, H11Body]:
        self.calls += 1
        timeout = request.extensions.get("timeout", {})
        url = request.url
        try:
            with anyio.fail_after(timeout.get("connect")):
                socket = await anyio.connect_tcp(url.host, url.port or 80)
        except TimeoutError:
            raise httpx.ConnectTimeout("timed out connecting", request=request) from None
        except OSError as exc:  # nothing was written: never sent
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc}", request=request) from None
        try:
            headers = list(request.headers.raw)
            if signer is not None:  # signed now, as it leaves, onto the wire as given
                headers += [(k.encode(), v.encode()) for k, v in signer.signed_headers(request)]
            connection = h11.Connection(h11.CLIENT)
            data = connection.send(h11.Request(method=request.method, target=url.raw_path, headers=headers))
            if request.content:
                data += connection.send(h11.Data(data=request.content))
            data += connection.send(h11.EndOfMessage())
            try:
                await socket.send(data)
            except (anyio.BrokenResourceError, OSError) as exc:
                raise httpx.WriteError(f"{type(exc).__name__}: {exc}", request=request) from None
            event = await next_event(connection, socket, request)
            while isinstance(event, h11.InformationalResponse):
                event = await next_event(connection, socket, request)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await socket.aclose()
            raise
        response_headers = httpx.Headers([(bytes(k), bytes(v)) for k, v in event.headers])
        body = H11Body(connection, socket, request, response_headers)
        response = httpx.Response(
            event.status_code,
            headers=response_headers,
            stream=body,
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": bytes(event.reason)},
        )
        return response, body

    def pool_stats(self) -> PoolStats:
        return PoolStats()  # no pool

    async def aclose(self) -> None:
        pass


async def next_event(connection: h11.Connection, socket: anyio.abc.ByteStream, request: httpx.Request) -> Any:
    """The next h11 event, reading as needed: each read bounded by the request's read timeout."""
    read = request.extensions.get("timeout", {}).get("read")
    while True:
        try:
            event = connection.next_event()
        except h11.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from None
        if isinstance(event, h11.ConnectionClosed):
            raise httpx.RemoteProtocolError("the server closed the connection", request=request)
        if event is not h11.NEED_DATA:
            return event
        try:
            with anyio.fail_after(read):
                data = await socket.receive(RECEIVE)
        except TimeoutError:
            raise httpx.ReadTimeout("timed out reading", request=request) from None
        except anyio.EndOfStream:
            data = b""
        except (anyio.BrokenResourceError, OSError) as exc:
            raise httpx.ReadError(f"{type(exc).__name__}: {exc}", request=request) from None
        connection.receive_data(data)
