"""Signing every request: `PrimeAuth`, an `httpx.Auth` for an `httpx.AsyncClient` the caller owns
and the client's signer; `AttemptSigner`, what the pipeline hands a transport to sign one attempt
as it leaves (see transports/_contract); `SigningTransport`, the httpx transport of the client's
own `http_client`. Also the masking of the signed headers wherever a request is shown."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator

import httpx

from ._credentials import Credentials
from ._masking import MASK, SECRET_HEADERS, MaskedHeaders, mask_headers, masked_copy
from ._signing import Signer
from .transports._contract import Transport

__all__ = [
    "SECRET_HEADERS",
    "SIGNED_HEADERS",
    "AttemptSigner",
    "PrimeAuth",
    "SigningTransport",
    "mask_headers",
    "masked_request",
    "unsign",
]

# The headers a signed request carries, in this order: key, passphrase, signature, timestamp.
SIGNED_HEADERS = ("X-CB-ACCESS-KEY", "X-CB-ACCESS-PASSPHRASE", "X-CB-ACCESS-SIGNATURE", "X-CB-ACCESS-TIMESTAMP")


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


class AttemptSigner:
    """Signs one attempt when its transport sends it (`RequestSigner`, see transports/_contract),
    and keeps only when, and where the headers went: a transport may write them straight to the
    wire, past the request's own headers (`signed_headers`), and a masked copy of the request
    (`masked_request`) then shows them from this timestamp; or set them on the request (`sign`),
    which `unsign` masks once it has left. Nothing that lives as long as the call holds the
    passphrase or the signature."""

    __slots__ = ("auth", "on_wire", "signed_at")

    def __init__(self, auth: PrimeAuth) -> None:
        self.auth = auth
        self.signed_at: str | None = None
        self.on_wire = False  # the headers went straight to the wire, not onto the request

    def signed_headers(self, request: httpx.Request) -> MaskedHeaders:
        headers = self.auth.signed_headers(request)
        self.signed_at, self.on_wire = headers[3][1], True
        return headers

    def sign(self, request: httpx.Request) -> None:
        headers = request.headers  # four item sets: about half the cost of headers.update({...})
        signed = self.auth.signed_headers(request)
        for name, value in signed:
            headers[name] = value
        self.signed_at = signed[3][1]

    def __repr__(self) -> str:
        return f"<AttemptSigner signed_at={self.signed_at}>"


class SigningTransport(httpx.AsyncBaseTransport):
    """The httpx transport under a `PrimeClient`'s own `http_client`: each request handed to the
    transport it wraps with an `AttemptSigner`, so it is signed when it leaves. (The client's
    calls skip httpx's client and this and go to `Transport.send` straight from the pipeline.)"""

    def __init__(self, inner: Transport, auth: PrimeAuth) -> None:
        self.inner = inner
        self.auth = auth

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response, _ = await self.inner.send(request, AttemptSigner(self.auth))
        return response  # its stream is the body

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"<SigningTransport over {type(self.inner).__name__}>"


def masked_request(request: httpx.Request, signer: AttemptSigner | None = None) -> httpx.Request:
    """A copy of a sent request that is safe to show: same method, URL, body and headers, with
    the passphrase and signature masked; with the headers `signer` signed it with where its
    transport wrote them past the request's own. Errors and raw responses carry this copy, never
    the request that went out."""
    signed: list[tuple[str, str]] = []
    if signer is not None and signer.on_wire and signer.signed_at is not None:
        signed = signer.auth.headers_to_show(signer.signed_at)
    return masked_copy(request, signed)


def unsign(request: httpx.Request, signer: AttemptSigner | None = None) -> None:
    """Once a request has left: its passphrase and signature headers masked in place. A request
    signed into its own headers (`AttemptSigner.sign`, or a caller's httpx client through
    `PrimeAuth`) would otherwise hold them in clear for as long as anything refers to it: the
    pipeline's frames in a traceback, say. One signed straight onto the wire, or never signed (it
    did not leave), never held them: its signer says so, without a look in its headers."""
    if signer is not None and (signer.on_wire or signer.signed_at is None):
        return
    headers = request.headers
    if SIGNED_HEADERS[2] in headers:
        for name in _SIGNED_SECRETS:
            headers[name] = MASK


_SIGNED_SECRETS = ("x-cb-access-passphrase", "x-cb-access-signature")
