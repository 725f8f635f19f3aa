"""The httpx hooks that sign every request: an `httpx.Auth` for an `httpx.AsyncClient` the caller
owns, and a transport wrapper for the one `PrimeClient` makes itself (cheaper: no auth flow)."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator

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
    """Signs each request, then hands it to the transport it wraps."""

    def __init__(self, inner: httpx.AsyncBaseTransport, auth: PrimeAuth) -> None:
        self.inner = inner
        self.auth = auth

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.auth.sign(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"<SigningTransport over {type(self.inner).__name__}>"
