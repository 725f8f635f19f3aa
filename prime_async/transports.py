"""AiohttpTransport: an httpx transport over aiohttp, for asyncio fan-out (the `aiohttp` extra).

httpx's default pool (httpcore) scans every pooled connection on each request, so its cost per
request grows with concurrency; aiohttp's connector does not. This transport keeps
`httpx.AsyncClient` as the interface (auth, hooks, timeouts, the same Request and Response) and
hands the bytes to aiohttp. asyncio only: under trio, keep httpx's default transport.

    from prime_async.transports import AiohttpTransport
    client = PrimeClient.from_env(transport=AiohttpTransport())

Its errors map onto httpx's with care, because the retry decision depends on it: only a failure
to connect becomes ConnectError/ConnectTimeout ("never sent"); a server that hangs up or a reset
after connecting becomes RemoteProtocolError/ReadError ("may have been sent").
"""

from __future__ import annotations

import asyncio
import ssl
import urllib.request
from typing import Any

import httpx

try:
    import aiohttp
    from yarl import URL
except ImportError as exc:  # pragma: no cover
    raise ImportError("AiohttpTransport needs aiohttp: pip install 'prime-async[aiohttp]'") from exc

__all__ = ["AiohttpTransport"]


def _map_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for an aiohttp one; the most specific classes are checked first."""
    message = f"{type(exc).__name__}: {exc}"
    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ClientProxyConnectionError):
        kind = httpx.ProxyError
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout  # connecting, or waiting for a pooled connection: never sent
    elif isinstance(exc, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(exc, aiohttp.SocketTimeoutError | TimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        kind = httpx.RemoteProtocolError
    else:  # ClientPayloadError, ClientOSError after connecting, anything else: may have been sent
        kind = httpx.ReadError
    return kind(message, request=request)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """`limits` as for httpx; `verify` an SSLContext or bool; proxies from the environment when
    `trust_env` (as httpx does)."""

    def __init__(
        self,
        *,
        limits: httpx.Limits | None = None,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
    ) -> None:
        self.limits = limits or httpx.Limits(max_connections=128, max_keepalive_connections=64, keepalive_expiry=30)
        self.ssl: ssl.SSLContext | bool = verify if isinstance(verify, ssl.SSLContext) else (
            ssl.create_default_context() if verify else False
        )  # fmt: skip
        # proxies from the environment, read here once: aiohttp's own trust_env looks them (and
        # .netrc) up in a worker thread on every request, two thread hops per call
        self._proxies = urllib.request.getproxies() if trust_env else {}
        self._proxy_for: dict[tuple[str, str], str | None] = {}
        self._session: aiohttp.ClientSession | None = None
        self._slots: asyncio.Semaphore | None = None

    def _open(self) -> aiohttp.ClientSession:
        # made on first use, inside the running event loop. The connection limit is ours (a FIFO
        # semaphore), not the connector's: aiohttp's own waiters can starve a few requests for as
        # long as a fan-out keeps the pool full.
        if self.limits.max_connections:
            self._slots = asyncio.Semaphore(self.limits.max_connections)
        connector = aiohttp.TCPConnector(
            limit=0,
            keepalive_timeout=self.limits.keepalive_expiry or 15.0,
            ssl=self.ssl,
        )
        return aiohttp.ClientSession(
            connector=connector,
            trust_env=False,
            auto_decompress=False,  # httpx decodes, from the headers it is given
            skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
            timeout=aiohttp.ClientTimeout(total=None),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._session is None or self._session.closed:
            self._session = self._open()
        timeout: dict[str, Any] = request.extensions.get("timeout", {})
        client_timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=timeout.get("connect"), sock_read=timeout.get("read")
        )
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        origin = (request.url.scheme, request.url.host)
        if origin not in self._proxy_for:
            bypass = bool(urllib.request.proxy_bypass(origin[1])) if self._proxies else True  # honours no_proxy
            self._proxy_for[origin] = None if bypass else self._proxies.get(origin[0])
        if self._slots is not None:
            try:
                async with asyncio.timeout(timeout.get("pool")):
                    await self._slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("no connection came free in time", request=request) from None
        try:
            async with self._session.request(
                request.method,
                URL(str(request.url), encoded=True),  # as signed: never re-encode the path
                data=request.content or None,
                headers=headers,
                timeout=client_timeout,
                proxy=self._proxy_for[origin],
                allow_redirects=False,
                compress=None,
            ) as response:
                body = await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _map_error(exc, request) from exc
        finally:
            if self._slots is not None:
                self._slots.release()
        return httpx.Response(
            response.status,
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers],
            stream=httpx.ByteStream(body),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
