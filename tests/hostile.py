"""A hostile HTTP/1.1 server on 127.0.0.1 for tests: it reads each request whole, records it, then
does whatever the test's script says (answer, drop the connection, drip bytes, send a bomb).

Plain blocking sockets in daemon threads, so it behaves the same under asyncio and trio clients
and can misbehave at the byte level, which a framework would not allow.

And the other way round, a hostile client: `exchange` sends raw bytes to a server (the simulator)
and returns what comes back, for the tests that attack the server at the byte level.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import anyio.abc
import attrs

__all__ = ["HostileServer", "Request", "exchange", "ok_json", "read_until_closed", "response"]


@attrs.define
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int  # which accepted connection (1-based)
    index: int  # which request on that connection (1-based)
    version: str  # the request line's last word ("HTTP/1.1")

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


# What a script returns: bytes to send (then keep the connection for the next request), or a
# callable that takes the socket and does anything (then the connection is closed).
Action = bytes | Callable[[socket.socket], Any] | None


def response(status: int, body: bytes = b"{}", headers: dict[str, str] | None = None, reason: str = "X") -> bytes:
    headers = headers or {"Content-Type": "application/json"}
    head = [f"HTTP/1.1 {status} {reason}"]
    if not any(k.lower() == "content-length" for k in headers):
        head.append(f"Content-Length: {len(body)}")
    head += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def ok_json(body: bytes = b"{}") -> bytes:
    return response(200, body, {"Content-Type": "application/json"}, "OK")


class HostileServer:
    """`ssl_context`: serve HTTPS with it (a server-side context), the handshake in the connection's thread."""

    def __init__(self, script: Callable[[Request], Action], ssl_context: ssl.SSLContext | None = None) -> None:
        self.script = script
        self.ssl_context = ssl_context
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []  # what a script's callable ran into (a broken pipe...)
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"{'https' if ssl_context else 'http'}://127.0.0.1:{self.port}"
        self.connections = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn, self.connections), daemon=True).start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        if self.ssl_context is not None:
            try:
                conn = self.ssl_context.wrap_socket(conn, server_side=True)
            except (OSError, ValueError) as exc:  # a client that would not trust us, or hung up
                self.errors.append(exc)
                conn.close()
                return
        reader = _Reader(conn)
        index = 0
        with conn:
            while True:
                try:
                    request = reader.request(number, index + 1)
                except (OSError, ValueError):
                    return
                if request is None:
                    return
                index += 1
                self.requests.append(request)
                action = self.script(request)
                try:
                    if action is None:
                        return  # read it, then hang up without a word
                    if isinstance(action, bytes):
                        conn.sendall(action)
                        continue
                    action(conn)
                except OSError as exc:
                    self.errors.append(exc)
                return

    def close(self) -> None:
        self._closed = True
        self._sock.close()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Reader:
    def __init__(self, conn: socket.socket) -> None:
        self.conn = conn
        self.buffer = b""

    def _more(self) -> bool:
        data = self.conn.recv(65536)
        self.buffer += data
        return bool(data)

    def request(self, connection: int, index: int) -> Request | None:
        while b"\r\n\r\n" not in self.buffer:
            if not self._more():
                return None
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            if not self._more():
                return None
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return Request(method, target, headers, body, connection, index, version)


def drip(data: bytes, every: float, limit: float = 30.0) -> Callable[[socket.socket], None]:
    """Send `data` a byte at a time, one every `every` seconds (at most `limit` seconds in all)."""

    def send(conn: socket.socket) -> None:
        started = time.monotonic()
        for byte in _bytes(data):
            conn.sendall(byte)
            if time.monotonic() - started > limit:
                return
            time.sleep(every)

    return send


def _bytes(data: bytes) -> Iterator[bytes]:
    for i in range(len(data)):
        yield data[i : i + 1]


def stream(head: bytes, chunk: bytes, total: int) -> Callable[[socket.socket], None]:
    """Send `head`, then `chunk` again and again up to `total` bytes (or until the client hangs up)."""

    def send(conn: socket.socket) -> None:
        conn.sendall(head)
        sent = 0
        while sent < total:
            conn.sendall(chunk)
            sent += len(chunk)

    return send


async def exchange(url: str, data: bytes, *, eof: bool = False, bound: float = 30.0) -> bytes:
    """Send raw bytes to the server at `url` (http://host:port), then the end of the stream if
    `eof`; what comes back until the server closes, within `bound` seconds. A send the server cut
    short (it answered and closed before taking it all) is no error: the answer is what counts."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    with anyio.fail_after(bound):
        async with await anyio.connect_tcp(host, int(port)) as stream:
            try:
                await stream.send(data)
                if eof:
                    await stream.send_eof()
            except (anyio.BrokenResourceError, OSError):
                pass
            return await read_until_closed(stream)


async def read_until_closed(stream: anyio.abc.ByteStream) -> bytes:
    """Everything `stream` receives until the other side closes (or resets) it."""
    received = b""
    try:
        while True:
            received += await stream.receive()
    except (anyio.EndOfStream, anyio.BrokenResourceError, OSError):
        return received
