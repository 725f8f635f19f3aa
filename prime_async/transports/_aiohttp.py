"""AiohttpTransport: an httpx transport over aiohttp, the default on asyncio.

httpx's own pool (httpcore) scans every pooled connection on each request, so its cost per
request grows with concurrency; aiohttp's connector does not, and parses HTTP in C. This transport
keeps `httpx.AsyncClient`'s interface (the same Request and Response, timeouts, streaming) and
hands the bytes to aiohttp. asyncio only.

Three things aiohttp does on its own are undone here, because the retry decision depends on them:
- it resends a PUT or DELETE once when a kept-alive connection drops after the request was
  written (RFC 9112's "retrying requests"); on Prime, PUT and DELETE have effects, and nothing
  below `RetryPolicy` may resend: that retry is switched off;
- its errors map onto httpx's with care: only a failure to connect becomes ConnectError or
  ConnectTimeout ("never sent"); a hang-up or a reset after connecting becomes RemoteProtocolError
  or ReadError ("may have been sent"); anything else it raises (ValueError, RuntimeError) is
  a TransportError too, never a raw exception;
- its frames hold the request headers as locals: every exception leaves here with its traceback
  dropped (see `scrub`), and the headers handed to it mask themselves in a repr.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator

import httpx

from .._numbers import checked_limits
from .._public import publish
from ._common import (
    DEFAULT_LIMITS,
    LazyHeadersResponse,
    PerLoop,
    PoolStats,
    Proxies,
    SlotReleasingStream,
    Slots,
    masked_pairs,
    scrub,
)
from ._contract import RequestSigner, Sent
from ._private import aiohttp_connection_counts, disable_aiohttp_resend

try:
    import aiohttp
    from yarl import URL
except ImportError as exc:  # pragma: no cover
    raise ImportError("AiohttpTransport needs aiohttp: pip install aiohttp") from exc

__all__ = ["AiohttpTransport"]

CHUNK = 1 << 16
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
MAX_REMEMBERED = 4096  # URLs and timeouts remembered per transport (then forgotten all at once)


def map_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for an aiohttp one; the most specific classes are checked first."""
    message = f"{type(exc).__name__}: {exc}"
    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ClientProxyConnectionError):
        kind = httpx.ProxyError
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout  # connecting: never sent
    elif isinstance(exc, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(exc, aiohttp.SocketTimeoutError | TimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError | aiohttp.ClientPayloadError):
        kind = httpx.RemoteProtocolError
    else:  # ClientOSError after connecting, ValueError, RuntimeError...: may have been sent
        kind = httpx.ReadError
    error = kind(message, request=request)
    error.__cause__ = exc  # replaced by scrub with a ThirdPartyError: aiohttp's carry the request's headers
    scrub(error)
    return error


class _Loop:
    """One event loop's session (aiohttp sessions are bound to the loop that made them) and its
    request slots."""

    def __init__(self, transport: AiohttpTransport) -> None:
        connector = aiohttp.TCPConnector(
            limit=0,  # the limit is ours (`Slots`, first come first served)
            keepalive_timeout=transport.limits.keepalive_expiry or 15.0,
            ssl=transport.ssl,
        )
        # No `skip_auto_headers`: aiohttp copies and sorts that set into a new multidict on every
        # request (see benchmarks/README.md for the cost). What it would add (Accept,
        # Accept-Encoding, User-Agent) only goes where a request lacks it, and ours never do.
        self.session = aiohttp.ClientSession(
            connector=connector,
            trust_env=False,
            auto_decompress=False,  # the client decodes, within its size limit
            timeout=aiohttp.ClientTimeout(total=None),
        )
        # aiohttp resends PUT/DELETE on a dropped kept-alive connection; there is no public switch
        # (checked by tests/test_trust.py, which counts the copies a server receives)
        disable_aiohttp_resend(self.session)
        limit = transport.limits.max_connections
        self.slots = Slots(limit) if limit else None

    async def close(self) -> None:
        await self.session.close()


# what reading a body can raise from aiohttp: each becomes an httpx.TransportError (map_error)
_BODY_ERRORS = (aiohttp.ClientError, TimeoutError, ValueError, RuntimeError)


class _Body:
    """An aiohttp response body as an httpx stream; a body not read to the end closes its
    connection instead of returning it to the pool."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self.response = response
        self.request = request
        self.done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        error = None
        try:
            async for chunk in self.response.content.iter_chunked(CHUNK):
                yield chunk
        except _BODY_ERRORS as exc:
            error = map_error(exc, self.request)
        if error is not None:  # raised outside the `except`: its __context__ is not aiohttp's error
            raise error
        self.done = True

    async def read_whole(self) -> bytes:
        """The body in one read: aiohttp's parser stops at the declared Content-Length."""
        error = None
        try:
            data = await self.response.content.read()
        except _BODY_ERRORS as exc:
            error = map_error(exc, self.request)
        if error is not None:  # raised outside the `except`: its __context__ is not aiohttp's error
            raise error
        self.done = True
        return data

    def close(self) -> None:
        if self.done:
            self.response.release()
        else:
            self.response.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """`limits` as for httpx; `verify` an SSLContext or bool; proxies from the environment when
    `trust_env` (read once, honouring `no_proxy`). A `Transport` (see _contract): it signs once a
    connection slot is free, writing the signed headers straight into aiohttp's (not into the
    request's `httpx.Headers`, whose item sets re-encode and rescan the list each)."""

    fork_safe = True  # see PerLoop: a forked child never touches an inherited connection

    def __init__(
        self,
        *,
        limits: httpx.Limits | None = None,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
    ) -> None:
        self.limits = checked_limits(limits or DEFAULT_LIMITS)  # ValueError naming the bad field
        # True: aiohttp's own verifying default context, made once per process (not ~20 ms of
        # certificate loading for every transport)
        self.ssl: ssl.SSLContext | bool = verify
        self._proxies = Proxies(trust_env)
        self._targets: dict[str, tuple[URL, str | None]] = {}
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}
        self._loops: PerLoop[_Loop] = PerLoop(lambda: _Loop(self), _Loop.close, loop_of=asyncio.get_running_loop)
        self._closed = False

    def _target(self, url: httpx.URL) -> tuple[URL, str | None]:
        """(aiohttp's URL, the proxy to go through) for a URL, remembered: a bot polls the same few."""
        text = str(url)
        target = self._targets.get(text)
        if target is None:
            if len(self._targets) >= MAX_REMEMBERED:
                self._targets.clear()
            # encoded=True: sent as signed, never re-encoded
            target = self._targets[text] = (URL(text, encoded=True), self._proxies.for_url(url))
        return target

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        phases: dict[str, float | None] = request.extensions.get("timeout", {})
        key = (phases.get("connect"), phases.get("read"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            if len(self._timeouts) >= MAX_REMEMBERED:
                self._timeouts.clear()
            timeout = self._timeouts[key] = aiohttp.ClientTimeout(total=None, sock_connect=key[0], sock_read=key[1])
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """For an `httpx.AsyncClient` of the caller's: the response, its stream the body."""
        return (await self.send(request, None))[0]

    async def send(self, request: httpx.Request, signer: RequestSigner | None) -> Sent:
        if self._closed:
            raise httpx.ConnectError("the transport is closed", request=request)
        state = self._loops.get()
        slot = await state.slots.acquire(request) if state.slots is not None else None
        content = request.content
        # aiohttp would label a POST, PUT or PATCH without a Content-Type application/octet-stream
        skip = ("Content-Type",) if request.method in _BODY_METHODS and "content-type" not in request.headers else None
        error: httpx.TransportError | None = None
        try:  # from here on, whatever happens gives the slot back
            url, proxy = self._target(request.url)
            signed = signer.signed_headers(request) if signer is not None else None  # signed as it leaves
            response = await state.session.request(
                request.method,
                url,
                data=content or None,
                headers=masked_pairs(request.headers.raw, signed),
                skip_auto_headers=skip,
                timeout=self._timeout(request),
                proxy=proxy,
                allow_redirects=False,
                compress=None,
            )
        except BaseException as exc:
            if slot is not None:
                slot.release()
            if not isinstance(exc, Exception) or isinstance(exc, httpx.TransportError):
                scrub(exc)  # cancellation too: aiohttp's frames hold the headers
                raise
            error = map_error(exc, request)
        if error is not None:  # raised outside the `except`: its __context__ is not aiohttp's error
            raise error
        body = _Body(response, request)
        # read from aiohttp's parsed headers (C lookups), so that read_body need not look in httpx's
        received = response.headers
        framing = (", ".join(received.getall("Content-Encoding", ())), received.get("Content-Length", ""))
        stream = SlotReleasingStream(body, slot, body.close, framing, read_whole=body.read_whole)
        sent = LazyHeadersResponse.with_raw_headers(
            response.status,
            response.raw_headers,
            stream=stream,
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )
        return sent, stream

    def pool_stats(self) -> PoolStats:
        """This event loop's connections (aiohttp's connector has no public count: see _private)."""
        state = self._loops.current()
        if state is None:
            return PoolStats()
        idle, in_use = aiohttp_connection_counts(state.session.connector)
        return PoolStats(idle + in_use, in_use, state.slots.waiting() if state.slots is not None else 0)

    async def aclose(self) -> None:
        """Close this event loop's session; those of other loops close when their loops end."""
        self._closed = True
        await self._loops.aclose()


publish("prime_async.transports", globals(), __all__)
