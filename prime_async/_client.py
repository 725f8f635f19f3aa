"""PrimeClient: credentials, HTTP client lifecycle, options, and the resource namespaces."""

from __future__ import annotations

import os
import urllib.request
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._auth import PrimeAuth, SigningTransport
from ._credentials import Credentials
from ._encode import new_idempotency_key
from ._events import EventHook
from ._generated.resources import ResourceAccessors
from ._pipeline import Pipeline, RequestOptions
from ._ratelimit import RateLimit, RateLimiter
from ._retry import RetryPolicy
from ._route import Route

if TYPE_CHECKING:
    from ._feed import Feed

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "PrimeClient"]

DEFAULT_BASE_URL = "https://api.prime.coinbase.com"
# Connect fast or fail; reads may wait on a busy matching engine; a pooled connection should
# come free quickly even under fan-out.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=10.0, pool=30.0)
# httpx's pool (httpcore) scans every pooled connection on each request: measured on loopback,
# ~1.5 ms of CPU a request with 16 connections, ~3 ms with 32, ~8 ms with 64. Prime's 100
# requests/s per IP at ~50 ms each need about 5 in flight, so 16 leaves room; keep-alive equals
# the maximum, so no burst opens and closes connections. Requests beyond 16 wait in our own queue
# (SigningTransport), not httpcore's. For wider fan-outs, AiohttpTransport's pool costs the same
# at any size.
DEFAULT_LIMITS = httpx.Limits(max_connections=16, max_keepalive_connections=16, keepalive_expiry=30.0)
DEFAULT_RATE_LIMIT = RateLimit()


def _proxied(base_url: str) -> bool:
    """Whether the environment's proxy settings apply to `base_url`."""
    proxies = urllib.request.getproxies()
    url = httpx.URL(base_url)
    return url.scheme in proxies and not urllib.request.proxy_bypass(url.host)


def _timeout(value: httpx.Timeout | float) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


class PrimeClient(ResourceAccessors):
    """Async client for the Coinbase Prime REST API.

    >>> async with PrimeClient.from_env() as client:
    ...     portfolios = await client.portfolios.list_portfolios()

    Every endpoint lives on a resource (`client.orders.create_order(...)`); see
    `prime_async.ROUTES` for the full table.

    - `max_retries` (or a whole `retry=RetryPolicy(...)`): retries of failures that cannot double
      an effect; see `RetryPolicy`.
    - `rate_limit`: client-side pacing shared by every task using this client; `None` disables it.
    - `http_client`: your own `httpx.AsyncClient` (it is then yours to close); or `transport`, e.g.
      `prime_async.transports.AiohttpTransport()`, the fastest for fan-out on asyncio.
    - `event_hooks`: callables that receive a `RequestEvent` after every attempt.
    - `new_idempotency_key`: makes the values filled in for idempotency fields (uuid4 by default).
    """

    def __init__(
        self,
        *,
        access_key: str | None = None,
        passphrase: str | None = None,
        signing_key: str | None = None,
        credentials: Credentials | None = None,
        base_url: str = DEFAULT_BASE_URL,
        portfolio_id: str | None = None,
        entity_id: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: Sequence[EventHook] = (),
        new_idempotency_key: Callable[[], str] = new_idempotency_key,
    ) -> None:
        if credentials is None:
            credentials = Credentials(
                access_key or "", passphrase or "", signing_key or "", portfolio_id=portfolio_id, entity_id=entity_id
            )
        retry = retry or RetryPolicy()
        if max_retries is not None:
            retry = attrs.evolve(retry, max_retries=max_retries)
        self.credentials = credentials
        self.base_url = base_url.rstrip("/")
        self.portfolio_id = portfolio_id or credentials.portfolio_id
        self.entity_id = entity_id or credentials.entity_id
        self._owns_http = http_client is None
        auth = PrimeAuth(credentials)
        direct = None
        if http_client is None:
            if transport is None and _proxied(self.base_url):
                # httpx's own client routes through the proxies in the environment; sign with Auth
                http_client = httpx.AsyncClient(timeout=timeout, limits=DEFAULT_LIMITS)
            else:
                if transport is None:
                    inner: httpx.AsyncBaseTransport = httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
                    direct = SigningTransport(inner, auth, max_in_flight=DEFAULT_LIMITS.max_connections)
                else:
                    direct = SigningTransport(transport, auth)
                http_client = httpx.AsyncClient(timeout=timeout, transport=direct, trust_env=False)
        elif transport is not None:
            raise ValueError("pass transport= or http_client=, not both")
        self._http = http_client
        options = RequestOptions(self.base_url, _timeout(timeout), retry, tuple(event_hooks), new_idempotency_key)
        limiter = RateLimiter(rate_limit) if rate_limit is not None else None
        self._pipeline = Pipeline(http_client, auth, limiter, options, direct)

    @classmethod
    def from_env(cls, **options: Any) -> PrimeClient:
        """Credentials from the environment (see `Credentials.from_env`), and the base URL from
        `PRIME_BASE_URL` when set (e.g. a `prime-async sim serve`); `options` as for the constructor."""
        if "base_url" not in options and os.environ.get("PRIME_BASE_URL"):
            options["base_url"] = os.environ["PRIME_BASE_URL"]
        return cls(credentials=Credentials.from_env(), **options)

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
    ) -> PrimeClient:
        """A client for some calls with other options, sharing this one's connections and rate limiter:
        `await client.with_options(max_retries=5, timeout=60).orders.create_order(...)`."""
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = _timeout(timeout)
        if retry is not None or max_retries is not None:
            policy = retry or self._pipeline.options.retry
            changes["retry"] = attrs.evolve(policy, max_retries=max_retries) if max_retries is not None else policy
        clone = object.__new__(PrimeClient)
        clone.credentials = self.credentials
        clone.base_url = self.base_url
        clone.portfolio_id = self.portfolio_id
        clone.entity_id = self.entity_id
        clone._http = self._http
        clone._owns_http = False  # closing the copy leaves the shared connections to the original
        clone._pipeline = self._pipeline.with_options(**changes)
        return clone

    def __repr__(self) -> str:
        return f"PrimeClient(base_url={self.base_url!r}, credentials={self.credentials!r})"

    def feed(self, url: str | None = None, **options: Any) -> Feed:
        """The Prime WebSocket feed, signed with this client's credentials (which need
        `svc_account_id`): `async with client.feed() as feed: async for book in
        feed.order_book("BTC-USD"): ...`. The URL is `url`, else `PRIME_WS_URL`, else Prime's;
        `options` are `prime_async.FeedOptions`' fields."""
        from ._feed import DEFAULT_FEED_URL, Feed

        return Feed(self, url or os.environ.get("PRIME_WS_URL") or DEFAULT_FEED_URL, **options)

    @property
    def http_client(self) -> httpx.AsyncClient:
        return self._http

    async def _request(self, route: Route, kwargs: Any) -> Any:
        return await self._pipeline.request(route, kwargs)

    async def aclose(self) -> None:
        """Close the HTTP client if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> PrimeClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
