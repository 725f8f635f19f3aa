"""HttpxTransport: httpx's own HTTP/1.1 stack (httpcore), made safe across forks and event loops.

The transport prime_async uses on trio, and on asyncio when aiohttp is not wanted. Each
(process, event loop) gets its own httpcore pool; requests beyond `limits.max_connections` wait in
a FIFO queue here instead of in httpcore, whose pool rescans its whole queue on every event
(~3 ms of CPU a request at 256 queued, ~1 ms queued here). httpcore retries nothing unless asked
(`retries=0`), so nothing below `RetryPolicy` resends a request.
"""

from __future__ import annotations

import ssl
import urllib.request

import httpx

from ._common import PerLoop, PoolStats, SlotReleasingStream, Slots, scrub

__all__ = ["HttpxTransport"]

# httpcore's pool scans every pooled connection on each request: measured on loopback, ~1.5 ms
# of CPU a request with 16 connections, ~3 ms with 32, ~8 ms with 64. Prime's 100 requests/s per
# IP at ~50 ms each need about 5 in flight, so 16 leaves room; keep-alive equals the maximum, so
# no burst opens and closes connections.
DEFAULT_LIMITS = httpx.Limits(max_connections=16, max_keepalive_connections=16, keepalive_expiry=30.0)


class HttpxTransport(httpx.AsyncBaseTransport):
    """`limits` as for httpx; `verify` an SSLContext or bool; proxies from the environment when
    `trust_env` (read once, honouring `no_proxy`)."""

    fork_safe = True  # see PerLoop: a forked child never touches an inherited connection

    def __init__(
        self,
        *,
        limits: httpx.Limits | None = None,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
    ) -> None:
        self.limits = limits or DEFAULT_LIMITS
        self._verify = verify
        self._proxies = urllib.request.getproxies() if trust_env else {}
        self._proxy_for: dict[tuple[str, str], str | None] = {}
        # one httpx transport per proxy in use (almost always one: direct), per loop and process
        self._pools: PerLoop[dict[str | None, httpx.AsyncHTTPTransport]] = PerLoop(dict, _close_pools)
        self._slots = Slots(self.limits.max_connections) if self.limits.max_connections else None
        self._closed = False

    def _pool(self, url: httpx.URL) -> httpx.AsyncHTTPTransport:
        origin = (url.scheme, url.host)
        if origin not in self._proxy_for:
            bypass = not self._proxies or bool(urllib.request.proxy_bypass(origin[1]))
            self._proxy_for[origin] = None if bypass else self._proxies.get(origin[0])
        proxy = self._proxy_for[origin]
        pools = self._pools.get()
        pool = pools.get(proxy)
        if pool is None:
            pool = pools[proxy] = httpx.AsyncHTTPTransport(
                verify=self._verify, limits=self.limits, proxy=proxy, trust_env=False
            )
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise httpx.ConnectError("the transport is closed", request=request)
        slot = await self._slots.acquire(request) if self._slots is not None else None
        try:
            response = await self._pool(request.url).handle_async_request(request)
        except BaseException as exc:  # httpcore's and h11's frames hold the signed headers
            if slot is not None:
                slot.release()
            scrub(exc)
            raise
        response.stream = SlotReleasingStream(response.stream, slot, response.stream.aclose)  # type: ignore[union-attr]
        return response

    def pool_stats(self) -> PoolStats:
        """This event loop's connections (httpcore's pool, read through its public `connections`)."""
        open_ = in_use = 0
        for transport in (self._pools.current() or {}).values():
            connections = transport._pool.connections  # httpx keeps its httpcore pool in `_pool`
            open_ += sum(1 for c in connections if not c.is_closed())
            in_use += sum(1 for c in connections if not (c.is_idle() or c.is_closed()))
        return PoolStats(open_, in_use, self._slots.waiting() if self._slots is not None else 0)

    async def aclose(self) -> None:
        """Close this event loop's connections; those of other loops close when their loops end."""
        self._closed = True
        await self._pools.aclose()


async def _close_pools(pools: dict[str | None, httpx.AsyncHTTPTransport]) -> None:
    for pool in pools.values():
        await pool.aclose()
