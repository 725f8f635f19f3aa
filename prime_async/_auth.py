"""The httpx hooks that sign every request: an `httpx.Auth` for an `httpx.AsyncClient` the caller
owns, and a transport wrapper for the one `PrimeClient` makes itself (cheaper: no auth flow)."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator

import anyio
import anyio.lowlevel
import httpx

from ._credentials import Credentials
from ._signing import Signer

__all__ = ["PrimeAuth", "SigningTransport"]


class PrimeAuth(httpx.Auth):
    """Adds the four X-CB-ACCESS-* headers.

    Both hooks run for every attempt, so each retry is signed afresh with a new timestamp. The
    signature covers `request.url.raw_path` and `request.content`: the exact bytes that go on the
    wire, whatever built them.
    """

    requires_request_body = True

    def __init__(self, credentials: Credentials, *, clock: Callable[[], float] = time.time) -> None:
        self._signer = Signer(credentials.signing_key)
        self._access_key = credentials.access_key
        self._passphrase = credentials.passphrase
        self._clock = clock

    def __repr__(self) -> str:
        return "<PrimeAuth>"

    def sign(self, request: httpx.Request) -> None:
        timestamp = str(int(self._clock()))
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        signature = self._signer.sign(timestamp, request.method, path, request.content)
        headers = request.headers  # four item sets: about half the cost of headers.update({...})
        headers["X-CB-ACCESS-KEY"] = self._access_key
        headers["X-CB-ACCESS-PASSPHRASE"] = self._passphrase
        headers["X-CB-ACCESS-SIGNATURE"] = signature
        headers["X-CB-ACCESS-TIMESTAMP"] = timestamp

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request


class SigningTransport(httpx.AsyncBaseTransport):
    """Signs each request, then hands it to the transport it wraps.

    With `max_in_flight`, at most that many requests reach the inner transport at once; the rest
    wait here, first come first served. httpcore's pool rescans every queued request on each
    event, so a fan-out of 256 queued inside it costs ~3 ms of CPU a request; queued here, ~1 ms.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, auth: PrimeAuth, max_in_flight: int | None = None) -> None:
        self.inner = inner
        self.auth = auth
        self.max_in_flight = max_in_flight
        self._gate: tuple[object, anyio.Semaphore] | None = None  # per event loop

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.max_in_flight is None:
            self.auth.sign(request)
            return await self.inner.handle_async_request(request)
        loop = anyio.lowlevel.current_token()
        if self._gate is None or self._gate[0] != loop:
            self._gate = (loop, anyio.Semaphore(self.max_in_flight, fast_acquire=True))
        gate = self._gate[1]
        pool_timeout = request.extensions.get("timeout", {}).get("pool")
        try:
            with anyio.fail_after(pool_timeout):
                await gate.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("no connection came free in time", request=request) from None
        try:
            self.auth.sign(request)  # signed as it leaves, not while it waited
            return await self.inner.handle_async_request(request)
        finally:
            gate.release()

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"<SigningTransport over {type(self.inner).__name__}>"
