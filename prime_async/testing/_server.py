"""The simulator over real HTTP/1.1 on loopback, with h11 on anyio.

h11 is what httpx's own HTTP/1.1 stack (httpcore) is built on, so it is always installed with
prime_async: the simulator needs no web framework and no extra. Working at this level lets a
fault close the connection at exactly the moment a real network would.

Users run this server in CI for hours, and whatever a client sends, it answers and keeps
serving: a malformed request gets a JSON 400 (431 for a head too large), a body over the limit a
413 before it is read, a request whose head alone fails authentication a 401 before its body is
read, a request too slow to arrive a 408; idle connections are closed; running out of file
descriptors pauses accepting instead of ending the server. The limits are the simulator's
`ServerLimits`.
"""

from __future__ import annotations

import errno
import logging
import socket
from collections.abc import Callable, Coroutine
from http import HTTPStatus
from types import TracebackType
from typing import TYPE_CHECKING, Any, NoReturn

import anyio
import anyio.abc
import h11

from ._reply import DROP, Reply

if TYPE_CHECKING:
    from ._simulator import PrimeSimulator

__all__ = ["SimulatorServer", "accept_connections"]

log = logging.getLogger("prime_async.testing")

RECEIVE_SIZE = 65536
# accept() failing for want of resources: wait for some to come free, then accept again
_OUT_OF_RESOURCES = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}
_MAX_ACCEPT_BACKOFF = 1.0
Serve = Callable[[anyio.abc.SocketStream], Coroutine[Any, Any, None]]  # what serves one accepted connection


def _reason(status: int) -> bytes:
    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b""


class _Closed(Exception):
    """The connection is over: the peer left, or an answer that ends it was sent."""


class SimulatorServer:
    """`async with SimulatorServer(sim, "127.0.0.1", 0) as server: server.url`."""

    def __init__(self, simulator: PrimeSimulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.simulator = simulator
        self.host = host
        self.port = port
        self.connections = 0  # accepted so far
        self.open_connections = 0  # accepted and not yet closed
        self._task_group: anyio.abc.TaskGroup | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def __aenter__(self) -> SimulatorServer:
        listener = await anyio.create_tcp_listener(local_host=self.host, local_port=self.port)
        self.port = listener.extra(anyio.abc.SocketAttribute.local_port)
        self._task_group = anyio.create_task_group()
        await self._task_group.__aenter__()
        for one in getattr(listener, "listeners", [listener]):  # a MultiListener when host has several addresses
            self._task_group.start_soon(accept_connections, one, self._task_group, self._serve_connection)
        self._listener = listener
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._task_group is not None
        self._task_group.cancel_scope.cancel()
        # the block's own exception is not handed to the task group, so it propagates as itself
        # rather than wrapped in an ExceptionGroup
        await self._task_group.__aexit__(None, None, None)
        await self._listener.aclose()

    async def _serve_connection(self, stream: anyio.abc.SocketStream) -> None:
        self.connections += 1
        self.open_connections += 1
        try:
            async with stream:
                await _Connection(self.simulator, stream).serve()
        except (_Closed, anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
            pass  # the peer left, was too slow (TimeoutError is an OSError), was refused, or reset the connection
        except Exception:  # a bug here must cost one connection, never the server
            log.exception("simulator: connection failed")
        finally:
            self.open_connections -= 1


async def accept_connections(
    listener: anyio.abc.SocketListener,
    task_group: anyio.abc.TaskGroup,
    serve: Serve,
) -> None:
    """Accept connections until cancelled, each served by `serve` in its own task of `task_group`.
    Both of the simulator's ports (HTTP and the feed) accept through this.

    Out of file descriptors (or memory), wait and try again, longer each time up to a second:
    connections that close free them. anyio's `listener.serve()` would raise instead, and end the
    server."""
    backoff = 0.0
    while True:
        try:
            stream = await listener.accept()
        except OSError as exc:
            if backoff == 0.0 and exc.errno in _OUT_OF_RESOURCES:
                log.warning("simulator: out of resources to accept connections (%s); waiting for some", exc)
            elif backoff == 0.0:
                log.warning("simulator: accepting a connection failed (%s); trying again", exc)
            backoff = min(_MAX_ACCEPT_BACKOFF, max(0.01, backoff * 2))
            await anyio.sleep(backoff)
            continue
        if backoff:
            log.warning("simulator: accepting connections again")
            backoff = 0.0
        task_group.start_soon(serve, stream)
        for sock in _accept_waiting(listener):
            task_group.start_soon(_serve_socket, sock, serve)


async def _serve_socket(sock: socket.socket, serve: Serve) -> None:
    """A connection `_accept_waiting` took: wrapped as a stream here, in its own task."""
    try:
        stream = await anyio.abc.SocketStream.from_socket(sock)
    except Exception:  # the peer left before it was served (not connected any more)
        sock.close()
        return
    except BaseException:
        sock.close()
        raise
    await serve(stream)


def _accept_waiting(listener: anyio.abc.SocketListener) -> list[socket.socket]:
    """Every connection already waiting in `listener`'s backlog, accepted now, without waiting.

    Why: `listener.accept()` costs a turn or two of the event loop each, and a busy loop's turn is
    long, so a burst of connections (a client opening its pool) was accepted one turn at a time:
    the demo's first 128 connections waited up to a second, p99 ~940 ms instead of ~70 ms. Out of
    file descriptors, it stops: the next `accept()` reports that and backs off."""
    raw = listener.extra(anyio.abc.SocketAttribute.raw_socket)
    taken: list[socket.socket] = []
    while True:
        try:
            sock, _ = raw.accept()
        except OSError:  # BlockingIOError: none left waiting; EMFILE and the like: see above
            return taken
        sock.setblocking(False)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        taken.append(sock)


class _Connection:
    """One HTTP/1.1 connection: requests read within the limits, answered one after another."""

    def __init__(self, simulator: PrimeSimulator, stream: anyio.abc.SocketStream) -> None:
        self.simulator = simulator
        self.stream = stream
        self.limits = simulator.limits
        self.h11 = h11.Connection(h11.SERVER, max_incomplete_event_size=self.limits.max_header_bytes)

    async def serve(self) -> None:
        while True:
            try:
                request = await self._read_head()
                if request is None:
                    return
                method = request.method.decode("ascii")
                target = request.target.decode("ascii")
                headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in request.headers}
                await self._refuse_early(method, target, headers)
                body = await self._read_body()
            except h11.RemoteProtocolError as exc:
                await self._fail(exc.error_status_hint, f"malformed request: {str(exc)[:200]}")
            reply = await self.simulator.handle(method, target, headers, body)
            if reply is DROP:
                return  # the stream closes with no response: what a crashed server looks like
            await self._send(reply)
            if self.h11.our_state is h11.MUST_CLOSE or self.h11.their_state is h11.MUST_CLOSE:
                return
            try:
                self.h11.start_next_cycle()
            except h11.LocalProtocolError:
                return

    async def _receive(self, deadline: float, at_most: int = RECEIVE_SIZE) -> bytes:
        """The next bytes from the peer (b"" at its end); TimeoutError once `deadline` passes."""
        with anyio.fail_after(max(0.0, deadline - anyio.current_time())):
            try:
                return await self.stream.receive(max(1, min(at_most, RECEIVE_SIZE)))
            except anyio.EndOfStream:
                return b""

    async def _read_head(self) -> h11.Request | None:
        """The next request's head; None when the peer closed or stayed idle too long."""
        idle_until = anyio.current_time() + self.limits.idle_timeout
        received = len(self.h11.trailing_data[0])  # what came with the previous request
        head_until = anyio.current_time() + self.limits.header_timeout if received else None
        while True:
            event = self.h11.next_event()
            if isinstance(event, h11.Request):
                return event
            if isinstance(event, h11.ConnectionClosed):
                return None
            if received > self.limits.max_header_bytes:  # h11 checks only heads that arrive in pieces
                await self._fail(431, f"request head is over the limit of {self.limits.max_header_bytes:,} bytes")
            try:
                data = await self._receive(head_until or idle_until, self.limits.max_header_bytes + 1 - received)
            except TimeoutError:
                if head_until is None:
                    return None  # idle: close without a word, as servers do
                await self._fail(408, "request head not received in time")
            if data and head_until is None:
                head_until = anyio.current_time() + self.limits.header_timeout
            received += len(data)
            self.h11.receive_data(data)

    async def _refuse_early(self, method: str, target: str, headers: dict[str, str]) -> None:
        """Answer now, without reading the body, a request that must be refused whatever it holds."""
        if self.h11.their_state is not h11.SEND_BODY:
            return  # no body: the simulator answers with all the checks
        declared = headers.get("content-length")
        if declared is not None and int(declared) > self.limits.max_body:
            limit = self.limits.max_body
            await self._fail(413, f"request body of {int(declared):,} bytes is over the limit of {limit:,}")
        refusal = self.simulator.check_head(method, target, headers)
        if refusal is not None:
            await self._send(refusal, close=True)
            await self._linger()
            raise _Closed

    async def _read_body(self) -> bytes:
        until = anyio.current_time() + self.limits.body_timeout
        chunks: list[bytes] = []
        size = 0
        while True:
            event = self.h11.next_event()
            if isinstance(event, h11.Data):
                size += len(event.data)
                if size > self.limits.max_body:  # chunked: stop reading at the limit
                    await self._fail(413, f"request body is over the limit of {self.limits.max_body:,} bytes")
                chunks.append(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage):
                return b"".join(chunks)
            elif isinstance(event, h11.ConnectionClosed):
                raise _Closed
            else:
                try:
                    data = await self._receive(until)
                except TimeoutError:
                    await self._fail(408, "request body not received in time")
                if not data and self.h11.their_state is h11.SEND_BODY:
                    raise _Closed  # the peer left half way through its body
                self.h11.receive_data(data)

    async def _fail(self, status: int, message: str) -> NoReturn:
        """Answer `status` with `message` and end the connection."""
        if self.h11.our_state in (h11.IDLE, h11.SEND_RESPONSE):
            await self._send(self.simulator.protocol_error(status, message), close=True)
        await self._linger()
        raise _Closed

    async def _linger(self) -> None:
        """Read and drop what the peer is still sending, for a moment, so that closing does not
        reset the connection before the peer has read the answer (a socket closed with unread
        data sends RST, and the peer's system may throw away the answer it had received)."""
        until = anyio.current_time() + self.limits.linger
        try:
            await self.stream.send_eof()
            while await self._receive(until):
                pass
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):  # TimeoutError among them
            pass

    async def _send(self, reply: Reply, *, close: bool = False) -> None:
        headers = [*reply.headers, ("content-length", str(len(reply.body)))]
        if close:
            headers.append(("connection", "close"))
        with anyio.fail_after(self.limits.send_timeout):
            await self.stream.send(
                self.h11.send(h11.Response(status_code=reply.status, headers=headers, reason=_reason(reply.status)))
            )
            await self.stream.send(self.h11.send(h11.Data(data=reply.body)))
            await self.stream.send(self.h11.send(h11.EndOfMessage()))
