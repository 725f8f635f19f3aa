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
import h11
from anyio.streams.tls import TLSStream
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
from ._ws_common import (
    ABNORMAL_CLOSURE,
    MESSAGE_TOO_BIG,
    NORMAL_CLOSURE,
    HandshakeFailed,
    HandshakeRejected,
    Proxy,
    WebSocketClosed,
    parse_ws_url,
)

__all__ = ["WebSocket", "accept", "connect"]

MAX_MESSAGE = 16 << 20  # bytes: a message larger than this closes the connection (code 1009)
READ_SIZE = 1 << 16
MAX_REJECT_BODY = 4096  # bytes of a refused upgrade's body kept (it only explains the status)


def _utf8_size(text: str) -> int:
    return len(text.encode())


class WebSocket:
    """Text messages in and out. One task receives; any task may send (sends are serialised)."""

    def __init__(self, stream: anyio.abc.ByteStream, protocol: WSConnection, max_message: int = MAX_MESSAGE) -> None:
        self._stream = stream
        self._protocol = protocol
        self._send_lock = anyio.Lock()
        self._max_message = max_message
        self._parts: bytearray | None = None  # a fragmented message's UTF-8 bytes so far
        self._closed: WebSocketClosed | None = None
        self.last_data = anyio.current_time()  # when a message (or a piece of one) last arrived

    async def receive(self) -> list[str]:
        """The text messages completed by the next read from the socket (at least one)."""
        while True:
            if self._closed is not None:
                raise self._closed
            texts, replies, progressed = self._drain()
            if progressed:
                self.last_data = anyio.current_time()
            for data in replies:
                try:
                    await self._send_bytes(data)
                except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                    self._closed = self._closed or WebSocketClosed(ABNORMAL_CLOSURE, "connection lost")
                    break
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

    def _drain(self) -> tuple[list[str], list[bytes], bool]:
        """Parse what has arrived: finished text messages, the bytes of replies owed (pongs, the
        close handshake), and whether any message data came (a piece of a large one is life too:
        a deep snapshot on a slow link is not silence)."""
        texts: list[str] = []
        replies: list[bytes] = []
        progressed = False
        for event in self._protocol.events():
            if isinstance(event, TextMessage):
                progressed = True
                data = event.data
                if event.message_finished and self._parts is None:  # whole in one read: the common case
                    if len(data) <= self._max_message and (data.isascii() or _utf8_size(data) <= self._max_message):
                        texts.append(data)
                        continue
                else:  # a message in pieces (frames, or reads) is held as bytes, its size counted in bytes
                    parts = self._parts = self._parts if self._parts is not None else bytearray()
                    parts += data.encode()
                    if len(parts) <= self._max_message:
                        if event.message_finished:
                            texts.append(parts.decode())
                            self._parts = None
                        continue
                self._parts = None
                replies.append(self._protocol.send(CloseConnection(MESSAGE_TOO_BIG, "message too big")))
                self._closed = WebSocketClosed(MESSAGE_TOO_BIG, f"a message over {self._max_message} bytes")
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
        return texts, replies, progressed

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


async def connect(
    url: str, *, ssl_context: ssl.SSLContext | None = None, proxy: Proxy | None = None, max_message: int = MAX_MESSAGE
) -> WebSocket:
    """Open a client WebSocket, through `proxy` (an HTTP CONNECT tunnel) when given (bound the time
    with a timeout around this call). An answer that is not a WebSocket handshake raises
    `HandshakeFailed` (`HandshakeRejected` for an HTTP status): a failed connection, like a refused one."""
    tls, host, port, host_header, target = parse_ws_url(url)
    stream: anyio.abc.ByteStream
    stream = await anyio.connect_tcp(proxy.host, proxy.port) if proxy else await anyio.connect_tcp(host, port)
    try:
        if proxy:
            await _tunnel(stream, host, port, proxy)
        if tls:
            # not "standard compatible": the WebSocket close handshake marks the end, as HTTP's framing
            # does for httpx, so closing never waits on the peer's TLS close_notify
            stream = await TLSStream.wrap(stream, hostname=host, ssl_context=ssl_context, standard_compatible=False)
        protocol = WSConnection(ConnectionType.CLIENT)
        request = Request(
            host=host_header, target=target, extra_headers=[(b"user-agent", f"prime-async/{__version__}".encode())]
        )
        await stream.send(protocol.send(request))
        await _handshake(stream, protocol)
        return WebSocket(stream, protocol, max_message)
    except BaseException:
        with anyio.CancelScope(shield=True):
            await stream.aclose()
        raise


async def _handshake(stream: anyio.abc.ByteStream, protocol: WSConnection) -> None:
    """Read the server's answer to the upgrade request until wsproto accepts it."""
    status: int | None = None
    body = bytearray()
    while True:
        try:
            data: bytes | None = await stream.receive(READ_SIZE)
        except anyio.EndOfStream:
            data = None  # wsproto's "the stream ended"
        try:
            protocol.receive_data(data)
            events = list(protocol.events())
        except RemoteProtocolError as exc:  # not HTTP, no or a wrong Sec-WebSocket-Accept, a head past h11's 16 KiB
            cause = exc.__cause__ or exc.__context__
            raise HandshakeFailed(f"not a WebSocket handshake: {exc}{f' ({cause})' if cause else ''}"[:300]) from None
        for event in events:
            if isinstance(event, AcceptConnection):
                return
            if isinstance(event, RejectConnection):
                status = event.status_code
                if not event.has_body:
                    raise HandshakeRejected(status, b"")
            elif isinstance(event, RejectData) and status is not None:
                body += event.data[: MAX_REJECT_BODY - len(body)]
                if event.body_finished or len(body) >= MAX_REJECT_BODY:  # the status says it: no need for the rest
                    raise HandshakeRejected(status, bytes(body))
        if data is None:
            if status is not None:
                raise HandshakeRejected(status, bytes(body))
            raise WebSocketClosed(ABNORMAL_CLOSURE, "connection closed during the handshake")


async def _tunnel(stream: anyio.abc.ByteStream, host: str, port: int, proxy: Proxy) -> None:
    """Ask an HTTP proxy for a tunnel to host:port (`CONNECT`); TLS to the server then runs inside
    it, so the proxy sees the server's name and nothing else."""
    authority = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    connection = h11.Connection(h11.CLIENT)
    headers = [("Host", authority)]
    if proxy.authorization:
        headers.append(("Proxy-Authorization", proxy.authorization))
    request = connection.send(h11.Request(method="CONNECT", target=authority, headers=headers))
    del headers
    await stream.send(request + (connection.send(h11.EndOfMessage()) or b""))
    del request
    try:
        while True:
            event = connection.next_event()
            if event is h11.NEED_DATA:
                try:
                    connection.receive_data(await stream.receive(READ_SIZE))
                except anyio.EndOfStream:
                    connection.receive_data(b"")
            elif isinstance(event, h11.Response):
                break
            elif not isinstance(event, h11.InformationalResponse):
                raise HandshakeFailed(f"the proxy {proxy} closed the connection before answering")
    except h11.RemoteProtocolError as exc:
        raise HandshakeFailed(f"the proxy {proxy} did not answer in HTTP: {exc}"[:300]) from None
    if not 200 <= event.status_code < 300:
        raise HandshakeFailed(f"the proxy {proxy} refused the tunnel to {authority} with HTTP {event.status_code}")
    if connection.trailing_data[0]:
        raise HandshakeFailed(f"the proxy {proxy} sent bytes of its own into the tunnel")


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
