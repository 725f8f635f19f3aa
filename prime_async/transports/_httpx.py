"""HttpxTransport: httpx's own HTTP/1.1 stack (httpcore), made safe across forks and event loops.

The transport prime_async uses on trio, and on asyncio when aiohttp is not wanted. httpcore's
pool checks every connection it holds on each request and each release (`has_expired()`, a
readability probe of the socket built from anyio's socket attributes), so its cost per request
grows with its size (benchmarks/README.md has the figures). Here each connection
is a *lane*: an httpx transport whose pool holds at most one connection, handed to one request
at a time. A request costs the same whatever the number of connections.

Requests beyond `limits.max_connections` wait in a FIFO queue (`Slots`), not in httpcore, whose
waiting rescans its whole queue on every event. Each (process, event loop) has its own lanes.
httpcore retries nothing unless asked (`retries=0`), so nothing below `RetryPolicy` resends.
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from .._numbers import checked_limits
from ._common import DEFAULT_LIMITS, PerLoop, PoolStats, Proxies, SlotReleasingStream, Slots, scrub
from ._contract import RequestSigner, Sent
from ._private import h11_state, httpx_pool_connections

__all__ = ["HttpxTransport"]

_ONE_CONNECTION = {"max_connections": 1, "max_keepalive_connections": 1}

# (scheme, host, port) and proxy: a lane's connection serves one of each
_Key = tuple[str, str, int | None, str | None]


class _Lane:
    """One connection: an httpx transport whose pool holds at most one."""

    __slots__ = ("key", "transport")

    def __init__(self, key: _Key, transport: httpx.AsyncHTTPTransport) -> None:
        self.key = key
        self.transport = transport

    def holds_spare_bytes(self) -> bool:
        """Whether its connection, its response just closed, holds bytes past that response: a body
        longer than its Content-Length, a 204 or 304 with a body. h11 (under httpcore) keeps them
        for the next response on the connection, which would read them as its own answer: a
        smuggled answer. httpcore offers no way to ask, so this reads h11's public `trailing_data`
        through httpcore's connection objects; where those are not as known (another httpcore),
        it says yes: a connection is never reused on a guess (tests/test_wire_integrity.py checks
        that clean ones still are)."""
        for connection in httpx_pool_connections(self.transport):
            if connection.is_closed():
                continue
            parser = h11_state(connection)
            if parser is None:
                return True
            data, closed = parser.trailing_data
            if data or closed:
                return True
        return False

    def counts(self) -> tuple[int, int]:
        """(open, serving a request) connections of this lane."""
        connections = httpx_pool_connections(self.transport)
        return (
            sum(1 for c in connections if not c.is_closed()),
            sum(1 for c in connections if not (c.is_idle() or c.is_closed())),
        )


class _HttpxLoop:
    """One event loop's lanes: the idle ones by key (most recently used last), all of them, and
    the request slots."""

    def __init__(self, limits: httpx.Limits) -> None:
        self.idle: dict[_Key, list[_Lane]] = {}
        self.lanes: set[_Lane] = set()
        self.slots = Slots(limits.max_connections) if limits.max_connections else None

    async def close(self) -> None:
        lanes, self.lanes, self.idle = list(self.lanes), set(), {}
        for lane in lanes:
            await lane.transport.aclose()


class HttpxTransport(httpx.AsyncBaseTransport):
    """`limits` as for httpx; `verify` an SSLContext or bool; proxies from the environment when
    `trust_env` (read once, honouring `no_proxy`), and with `verify=True` the trust store too:
    `SSL_CERT_FILE` or `SSL_CERT_DIR` when set (as aiohttp and the feed honour them), else
    certifi's bundle. A `Transport` (see _contract): it signs once a connection slot is free, into
    the request's headers (which httpcore writes)."""

    fork_safe = True  # see PerLoop: a forked child never touches an inherited connection

    def __init__(
        self,
        *,
        limits: httpx.Limits | None = None,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
    ) -> None:
        self.limits = checked_limits(limits or DEFAULT_LIMITS)  # ValueError naming the bad field
        self._verify = verify
        self._ssl: ssl.SSLContext | bool | None = None if verify is True else verify  # made once, on first use
        keep = self.limits.max_keepalive_connections
        self._keep_idle: int = keep if keep is not None else self.limits.max_connections or 1 << 30
        self._proxies = Proxies(trust_env)
        self._trust_env = trust_env
        self._loops: PerLoop[_HttpxLoop] = PerLoop(lambda: _HttpxLoop(self.limits), _HttpxLoop.close)
        self._closed = False

    def _key(self, url: httpx.URL) -> _Key:
        return (url.scheme, url.host, url.port, self._proxies.for_url(url))

    def _take_lane(self, state: _HttpxLoop, key: _Key) -> _Lane:
        idle = state.idle.get(key)
        if idle:
            return idle.pop()
        if self._ssl is None:  # one context for every lane (~20 ms to load): SSL_CERT_FILE's, or certifi's
            self._ssl = httpx.create_ssl_context(verify=True, trust_env=self._trust_env)
        limits = httpx.Limits(**_ONE_CONNECTION, keepalive_expiry=self.limits.keepalive_expiry)
        lane = _Lane(key, httpx.AsyncHTTPTransport(verify=self._ssl, limits=limits, proxy=key[3], trust_env=False))
        state.lanes.add(lane)
        return lane

    def _give_back(self, state: _HttpxLoop, lane: _Lane, keep: bool = False) -> _Lane | None:
        """The lane back among the idle ones; or, past the keep-alive limit (unless `keep`) or
        holding bytes past its last response, to be closed."""
        if keep or (
            not self._closed and sum(map(len, state.idle.values())) < self._keep_idle and not lane.holds_spare_bytes()
        ):
            state.idle.setdefault(lane.key, []).append(lane)
            return None
        state.lanes.discard(lane)
        return lane

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """For an `httpx.AsyncClient` of the caller's: the response, its stream the body."""
        return (await self.send(request, None))[0]

    async def send(self, request: httpx.Request, signer: RequestSigner | None) -> Sent:
        if self._closed:
            raise httpx.ConnectError("the transport is closed", request=request)
        state = self._loops.get()
        slot = await state.slots.acquire(request) if state.slots is not None else None
        lane = self._take_lane(state, self._key(request.url))
        try:
            if signer is not None:  # signed as it leaves, into its headers
                signer.sign(request)
            response = await lane.transport.handle_async_request(request)
        except BaseException as exc:  # httpcore's and h11's frames hold the signed headers
            if slot is not None:
                slot.release()
            self._give_back(state, lane, keep=True)  # its pool has closed what failed; nothing to await here
            scrub(exc)
            raise
        inner: Any = response.stream

        async def close() -> None:
            try:
                await inner.aclose()
            finally:
                extra = self._give_back(state, lane)
                if extra is not None:
                    await extra.transport.aclose()

        stream = SlotReleasingStream(inner, slot, close, headers=response.headers)
        response.stream = stream
        return response, stream

    def pool_stats(self) -> PoolStats:
        """This event loop's connections (each lane's httpcore pool, read through its public `connections`)."""
        state = self._loops.current()
        if state is None:
            return PoolStats()
        counts = [lane.counts() for lane in state.lanes]
        waiting = state.slots.waiting() if state.slots is not None else 0
        return PoolStats(sum(c[0] for c in counts), sum(c[1] for c in counts), waiting)

    async def aclose(self) -> None:
        """Close this event loop's connections; those of other loops close when their loops end."""
        self._closed = True
        await self._loops.aclose()
