"""The httpx hooks that sign every request: an `httpx.Auth` for an `httpx.AsyncClient` the caller
owns, and a transport wrapper for the transports `PrimeClient` makes itself (cheaper: no auth
flow). Also the masking of the signed headers wherever a request is shown."""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine, Generator, Iterable
from typing import Any

import httpx

from ._credentials import Credentials
from ._signing import Signer
from .transports._common import SIGNED_AT, SIGNER, MaskedHeaders

__all__ = [
    "SECRET_HEADERS",
    "SIGNED_HEADERS",
    "PrimeAuth",
    "SigningTransport",
    "mask_headers",
    "masked_request",
    "unsign",
]

# The headers a signed request carries, in this order: key, passphrase, signature, timestamp.
SIGNED_HEADERS = ("X-CB-ACCESS-KEY", "X-CB-ACCESS-PASSPHRASE", "X-CB-ACCESS-SIGNATURE", "X-CB-ACCESS-TIMESTAMP")
# What a copy of a signed request must not show: the passphrase, and the signature that, with the
# timestamp, would let anyone replay the request within Prime's 30 s window.
SECRET_HEADERS = frozenset({"x-cb-access-passphrase", "x-cb-access-signature", "authorization", "proxy-authorization"})
MASK = "***"


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

    def signed_headers(self, request: httpx.Request) -> MaskedHeaders:
        """The four X-CB-ACCESS-* headers for `request`, signed now (masked in a repr)."""
        timestamp = str(int(self._clock()))
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        signature = self._signer.sign(timestamp, request.method, path, request.content)
        return MaskedHeaders(
            zip(SIGNED_HEADERS, (self._access_key, self._passphrase, signature, timestamp), strict=True)
        )

    def headers_for_wire(self, request: httpx.Request) -> MaskedHeaders:
        """The four headers for a transport that writes them itself, signed now. The request keeps
        only when (`request.extensions[SIGNED_AT]`, a string): a masked copy of it shows them from
        that (`masked_request`), and nothing that lives as long as the call holds the passphrase."""
        headers = self.signed_headers(request)
        request.extensions[SIGNED_AT] = headers[3][1]
        return headers

    def headers_to_show(self, timestamp: str) -> list[tuple[str, str]]:
        """The four headers of a request signed at `timestamp`, as a masked copy shows them."""
        return list(zip(SIGNED_HEADERS, (self._access_key, MASK, MASK, timestamp), strict=True))

    def sign(self, request: httpx.Request) -> None:
        """Sign `request` in place: the four headers set on it."""
        headers = request.headers  # four item sets: about half the cost of headers.update({...})
        for name, value in self.signed_headers(request):
            headers[name] = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request


class SigningTransport(httpx.AsyncBaseTransport):
    """Signs each request as it leaves, then hands it to the transport it wraps.

    A transport with `signs_on_send = True` (the client's own: AiohttpTransport, HttpxTransport)
    gets this client's `PrimeAuth` in `request.extensions[SIGNER]` instead, and signs when the
    request really leaves: after waiting for a free connection, which under a large fan-out can
    take seconds of Prime's 30 s window. AiohttpTransport then writes the four headers straight
    into aiohttp's (`headers_for_wire`), rather than into the request's `httpx.Headers` (four item
    sets that re-encode and rescan the list each: ~4 µs a request). A transport that picks another
    per event loop (AutoTransport) says which through `for_this_loop()`.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, auth: PrimeAuth) -> None:
        self.inner = inner
        self.auth = auth
        self._pick: Callable[[], httpx.AsyncBaseTransport] | None = getattr(inner, "for_this_loop", None)

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        inner = self._pick() if self._pick is not None else self.inner
        if getattr(inner, "signs_on_send", False):
            request.extensions[SIGNER] = self.auth
        else:
            self.auth.sign(request)
        return inner.handle_async_request(request)  # its coroutine, not one wrapped in another

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"<SigningTransport over {type(self.inner).__name__}>"


def mask_headers(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, MASK if k.lower() in SECRET_HEADERS else v) for k, v in pairs]


def masked_request(request: httpx.Request) -> httpx.Request:
    """A copy of a sent request that is safe to show: same method, URL, body and headers, with
    the passphrase and signature masked. Errors and raw responses carry this copy, never the
    request that went out."""
    signer, signed_at = request.extensions.get(SIGNER), request.extensions.get(SIGNED_AT)  # see SigningTransport
    signed = signer.headers_to_show(signed_at) if signer is not None and signed_at is not None else []
    headers = mask_headers([*request.headers.multi_items(), *signed])
    copy = httpx.Request(request.method, request.url, headers=headers, content=request.content)
    copy.extensions = {k: v for k, v in request.extensions.items() if k == "timeout"}
    return copy


def unsign(request: httpx.Request) -> None:
    """Once a request has left: its passphrase and signature headers masked in place. A request
    signed into its own headers (by HttpxTransport, or a caller's httpx client through
    `PrimeAuth`) would otherwise hold them in clear for as long as anything refers to it: the
    pipeline's frames in a traceback, say. One signed straight onto the wire (`SIGNED_AT`) never
    held them."""
    if SIGNED_AT in request.extensions:
        return
    headers = request.headers
    for name in _SIGNED_SECRETS:
        if name in headers:
            headers[name] = MASK


_SIGNED_SECRETS = ("x-cb-access-passphrase", "x-cb-access-signature")
