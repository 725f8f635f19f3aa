"""One WebSocket over an anyio byte stream, framed by wsproto.

wsproto (by h11's authors) is a pure protocol state machine: bytes in, events out. Over anyio
streams it runs on asyncio and trio alike, and `anyio.connect_tcp(..., tls=True)` gives `wss://`.
The client's `connect()` and the simulator's `accept()` share the `WebSocket` they return.
Only a connection imports this module (wsproto and h11's modules take ~50 ms to import);
`_ws_common` holds what the rest of the feed needs.

Measured on the feed's l2 frames (~470 bytes): wsproto's framing costs ~13 µs a message, about
three times `json.loads` of the same frame; Prime sends far fewer messages than that allows.
"""

from __future__ import annotations

import contextlib
import ssl

import anyio
import anyio.abc
from wsproto import ConnectionType, WSConnection
from wsproto.connection import ConnectionState
from wsproto.events import (
    AcceptConnection,
    BytesMessage,
    CloseConnection,
    Ping,
    RejectConnection,
    RejectData,
    Request,
    TextMessage,
)
from wsproto.utilities import LocalProtocolError, RemoteProtocolError

from .._version import __version__
from ._ws_common import ABNORMAL_CLOSURE, NORMAL_CLOSURE, HandshakeRejected, WebSocketClosed, parse_ws_url

__all__ = ["WebSocket", "accept", "connect"]

MAX_MESSAGE = 16 << 20  # a message larger than this closes the connection (code 1009)
READ_SIZE = 1 << 16


class WebSocket:
    """Text messages in and out. One task receives; any task may send (sends are serialised)."""

    def __init__(self, stream: anyio.abc.ByteStream, protocol: WSConnection) -> None:
        self._stream = stream
        self._protocol = protocol
        self._send_lock = anyio.Lock()
        self._parts: list[str] = []
        self._size = 0
        self._closed: WebSocketClosed | None = None

    async def receive(self) -> list[str]:
        """The text messages completed by the next read from the socket (at least one)."""
        while True:
            if self._closed is not None:
                raise self._closed
            texts, replies = self._drain()
            for data in replies:
                await self._send_bytes(data)
            if texts:
                return texts
            if self._closed is not None:
                continue
            try:
                data = await self._stream.receive(READ_SIZE)
            except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                self._closed = WebSocketClosed(ABNORMAL_CLOSURE, "connection lost")
                continue
            try:
                self._protocol.receive_data(data)
            except RemoteProtocolError as exc:
                self._closed = WebSocketClosed(1002, str(exc))

    def _drain(self) -> tuple[list[str], list[bytes]]:
        """Parse what has arrived: finished text messages, and the bytes of replies owed (pongs,
        the close handshake)."""
        texts: list[str] = []
        replies: list[bytes] = []
        for event in self._protocol.events():
            if isinstance(event, TextMessage):
                if event.message_finished and not self._parts:
                    texts.append(event.data)
                    continue
                self._parts.append(event.data)
                self._size += len(event.data)
                if event.message_finished:
                    texts.append("".join(self._parts))
                    self._parts.clear()
                    self._size = 0
                elif self._size > MAX_MESSAGE:
                    replies.append(self._protocol.send(CloseConnection(1009, "message too big")))
                    self._closed = WebSocketClosed(1009, "message too big")
                    break
            elif isinstance(event, Ping):
                replies.append(self._protocol.send(event.response()))
            elif isinstance(event, CloseConnection):
                if self._protocol.state is ConnectionState.REMOTE_CLOSING:
                    replies.append(self._protocol.send(event.response()))
                self._closed = WebSocketClosed(event.code, event.reason or "")
                break
            elif isinstance(event, BytesMessage):
                continue  # Prime sends text only
        return texts, replies

    async def send(self, text: str) -> None:
        await self._send_bytes(self._frame(text))

    async def send_many(self, texts: list[str]) -> None:
        """Several messages in one write (the simulator's broadcast path)."""
        await self._send_bytes(b"".join([self._frame(t) for t in texts]))

    def _frame(self, text: str) -> bytes:
        try:
            return self._protocol.send(TextMessage(data=text))
        except LocalProtocolError:  # the close handshake has begun: nothing more may be sent
            raise WebSocketClosed(self._closed.code if self._closed else NORMAL_CLOSURE, "closing") from None

    async def _send_bytes(self, data: bytes) -> None:
        async with self._send_lock:
            await self._stream.send(data)

    async def send_close(self, code: int = NORMAL_CLOSURE, reason: str = "") -> None:
        """Start the close handshake; the task that receives sees the peer's answer as
        `WebSocketClosed`."""
        if self._protocol.state is not ConnectionState.OPEN:
            return
        try:
            await self._send_bytes(self._protocol.send(CloseConnection(code, reason)))
        except (LocalProtocolError, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
            raise WebSocketClosed(ABNORMAL_CLOSURE, "connection lost while closing") from None

    async def aclose(self) -> None:
        """Close the stream at once (no close handshake)."""
        with anyio.CancelScope(shield=True):
            await self._stream.aclose()


async def connect(url: str, *, ssl_context: ssl.SSLContext | None = None) -> WebSocket:
    """Open a client WebSocket (bound the time with a timeout around this call)."""
    tls, host, port, host_header, target = parse_ws_url(url)
    stream: anyio.abc.ByteStream
    if tls:
        # not "standard compatible": the WebSocket close handshake marks the end, as HTTP's framing
        # does for httpx, so closing never waits on the peer's TLS close_notify
        stream = await anyio.connect_tcp(
            host, port, tls=True, ssl_context=ssl_context, tls_hostname=host, tls_standard_compatible=False
        )
    else:
        stream = await anyio.connect_tcp(host, port)
    protocol = WSConnection(ConnectionType.CLIENT)
    try:
        request = Request(
            host=host_header, target=target, extra_headers=[(b"user-agent", f"prime-async/{__version__}".encode())]
        )
        await stream.send(protocol.send(request))
        rejected: tuple[int, list[bytes]] | None = None
        while True:
            try:
                data = await stream.receive(READ_SIZE)
            except anyio.EndOfStream:
                raise WebSocketClosed(ABNORMAL_CLOSURE, "connection closed during the handshake") from None
            protocol.receive_data(data)
            for event in protocol.events():
                if isinstance(event, AcceptConnection):
                    return WebSocket(stream, protocol)
                if isinstance(event, RejectConnection):
                    rejected = (event.status_code, [])
                    if not event.has_body:
                        raise HandshakeRejected(event.status_code, b"")
                elif isinstance(event, RejectData) and rejected is not None:
                    rejected[1].append(event.data)
                    if event.body_finished:
                        raise HandshakeRejected(rejected[0], b"".join(rejected[1]))
    except BaseException:
        with anyio.CancelScope(shield=True):
            await stream.aclose()
        raise


async def accept(stream: anyio.abc.ByteStream) -> tuple[WebSocket, Request]:
    """Complete a server-side handshake on `stream`: the WebSocket and the client's request."""
    protocol = WSConnection(ConnectionType.SERVER)
    while True:
        try:
            data = await stream.receive(READ_SIZE)
        except anyio.EndOfStream:
            raise WebSocketClosed(ABNORMAL_CLOSURE, "connection closed during the handshake") from None
        try:
            protocol.receive_data(data)
            for event in protocol.events():
                if isinstance(event, Request):
                    await stream.send(protocol.send(AcceptConnection()))
                    return WebSocket(stream, protocol), event
        except RemoteProtocolError as exc:  # not a WebSocket upgrade: answer as wsproto suggests (400)
            hint = exc.event_hint if isinstance(exc.event_hint, RejectConnection) else RejectConnection(status_code=400)
            with contextlib.suppress(LocalProtocolError, anyio.BrokenResourceError, OSError):
                await stream.send(protocol.send(hint))
            raise WebSocketClosed(1002, str(exc)) from None
