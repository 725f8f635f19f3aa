"""The simulator as a transport: in-process, no sockets, same behaviour as over HTTP.

It implements the transport contract (`prime_async.transports.Transport`: what `sim.client()`
sends on), and is an `httpx.AsyncBaseTransport` too, for `httpx.AsyncClient(transport=...)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ..transports._adapt import ReadBody
from ..transports._common import PoolStats
from ..transports._contract import RequestSigner, Sent
from ._reply import DROP

if TYPE_CHECKING:
    from ._simulator import PrimeSimulator

__all__ = ["SimulatorTransport"]


class SimulatorTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncClient(transport=sim.transport())`, or `PrimeClient(transport=sim.transport())`.
    A dropped connection raises what httpx raises for a server that hung up:
    `httpx.RemoteProtocolError`."""

    fork_safe = False  # the simulator's world is this process's: a forked child would answer from a copy

    def __init__(self, simulator: PrimeSimulator) -> None:
        self.simulator = simulator

    async def send(self, request: httpx.Request, signer: RequestSigner | None) -> Sent:
        if signer is not None:  # into the request's headers, which the simulator checks
            signer.sign(request)
        response = await self.handle_async_request(request)
        content = response.content  # what the simulator sent, read (and decoded) by httpx
        return response, ReadBody(content, ("", str(len(content))))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        headers = {k.lower(): v for k, v in request.headers.items()}
        reply = await self.simulator.handle(request.method, request.url.raw_path.decode("ascii"), headers, body)
        if reply is DROP:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return httpx.Response(reply.status, headers=list(reply.headers), content=reply.body, request=request)

    def pool_stats(self) -> PoolStats:
        return PoolStats()  # no connections

    async def aclose(self) -> None:
        pass
