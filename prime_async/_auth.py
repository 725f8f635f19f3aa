"""The httpx hook that signs every request the client sends."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator

import httpx

from ._credentials import Credentials
from ._signing import Signer

__all__ = ["PrimeAuth"]


class PrimeAuth(httpx.Auth):
    """Adds the four X-CB-ACCESS-* headers.

    httpx runs `auth_flow` for every send, so each retry is signed afresh with a new timestamp.
    The signature covers `request.url.raw_path` and `request.content`: the exact bytes that go
    on the wire, whatever built them.
    """

    requires_request_body = True

    def __init__(self, credentials: Credentials, *, clock: Callable[[], float] = time.time) -> None:
        self._signer = Signer(credentials.signing_key)
        self._access_key = credentials.access_key
        self._passphrase = credentials.passphrase
        self._clock = clock

    def __repr__(self) -> str:
        return "<PrimeAuth>"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(int(self._clock()))
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        signature = self._signer.sign(timestamp, request.method, path, request.content)
        request.headers.update(
            {
                "X-CB-ACCESS-KEY": self._access_key,
                "X-CB-ACCESS-PASSPHRASE": self._passphrase,
                "X-CB-ACCESS-SIGNATURE": signature,
                "X-CB-ACCESS-TIMESTAMP": timestamp,
            }
        )
        yield request
