"""The simulator over real HTTP/1.1 on loopback, with h11 on anyio.

h11 is what httpx's own HTTP/1.1 stack (httpcore) is built on, so it is always installed with
prime_async: the simulator needs no web framework and no extra. Working at this level lets a
fault close the connection at exactly the moment a real network would.
"""

from __future__ import annotations

from http import HTTPStatus
from types import TracebackType
from typing import TYPE_CHECKING

import anyio
import anyio.abc
import h11

if TYPE_CHECKING:
    from ._simulator import PrimeSimulator

__all__ = ["SimulatorServer"]

MAX_BODY = 1 << 20


def _reason(status: int) -> bytes:
    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b""


class SimulatorServer:
    """`async with SimulatorServer(sim, "127.0.0.1", 0) as server: server.url`."""

    def __init__(self, simulator: PrimeSimulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.simulator = simulator
        self.host = host
        self.port = port
        self.connections = 0  # accepted so far
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
        self._task_group.start_soon(listener.serve, self._serve_connection)
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
        from ._simulator import DROP

        self.connections += 1
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_BODY)
        async with stream:
            while True:
                try:
                    request, body = await _read_request(conn, stream)
                except (anyio.EndOfStream, anyio.BrokenResourceError, h11.RemoteProtocolError):
                    return
                if request is None:
                    return
                headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers}
                reply = await self.simulator.handle(
                    request.method.decode("ascii"), request.target.decode("ascii"), headers, body
                )
                if reply is DROP:
                    return  # the stream closes with no response: what a crashed server looks like
                response_headers = [*reply.headers, ("content-length", str(len(reply.body)))]
                try:
                    head = h11.Response(
                        status_code=reply.status, headers=response_headers, reason=_reason(reply.status)
                    )
                    await stream.send(conn.send(head))
                    await stream.send(conn.send(h11.Data(data=reply.body)))
                    await stream.send(conn.send(h11.EndOfMessage()))
                except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                    return
                if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                    return
                try:
                    conn.start_next_cycle()
                except h11.LocalProtocolError:
                    return


async def _read_request(conn: h11.Connection, stream: anyio.abc.SocketStream) -> tuple[h11.Request | None, bytes]:
    request: h11.Request | None = None
    chunks: list[bytes] = []
    while True:
        event = conn.next_event()
        if event is h11.NEED_DATA:
            try:
                data = await stream.receive()
            except anyio.EndOfStream:
                data = b""
            conn.receive_data(data)
            if not data and conn.their_state is h11.IDLE:
                return None, b""
            continue
        if isinstance(event, h11.Request):
            request = event
        elif isinstance(event, h11.Data):
            chunks.append(bytes(event.data))
        elif isinstance(event, h11.EndOfMessage):
            return request, b"".join(chunks)
        elif isinstance(event, h11.ConnectionClosed):
            return None, b""
