"""The simulator as an httpx transport: in-process, no sockets, same behaviour as over HTTP."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._reply import DROP

if TYPE_CHECKING:
    from ._simulator import PrimeSimulator

__all__ = ["SimulatorTransport"]


class SimulatorTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncClient(transport=sim.transport())`. A dropped connection raises what httpx
    raises for a server that hung up: `httpx.RemoteProtocolError`."""

    def __init__(self, simulator: PrimeSimulator) -> None:
        self.simulator = simulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        headers = {k.lower(): v for k, v in request.headers.items()}
        reply = await self.simulator.handle(request.method, request.url.raw_path.decode("ascii"), headers, body)
        if reply is DROP:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return httpx.Response(reply.status, headers=list(reply.headers), content=reply.body, request=request)
