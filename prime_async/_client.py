"""PrimeClient: credentials, HTTP client lifecycle, options, and the resource namespaces."""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Any

import httpx

from ._auth import PrimeAuth
from ._credentials import Credentials
from ._events import EventHook
from ._generated.resources import ResourceAccessors
from ._pipeline import Pipeline
from ._route import Route

__all__ = ["PrimeClient", "DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "DEFAULT_LIMITS"]

DEFAULT_BASE_URL = "https://api.prime.coinbase.com"
# Connect fast or fail; reads may wait on a busy matching engine; a pooled connection should
# come free quickly even under fan-out.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=10.0, pool=30.0)
# Sized for fan-out: the library's own concurrency helpers default to 64 tasks.
DEFAULT_LIMITS = httpx.Limits(max_connections=128, max_keepalive_connections=64, keepalive_expiry=30.0)


class PrimeClient(ResourceAccessors):
    """Async client for the Coinbase Prime REST API.

    >>> async with PrimeClient.from_env() as client:
    ...     portfolios = await client.portfolios.list_portfolios()

    Every endpoint lives on a resource (`client.orders.create_order(...)`); see
    `prime_async.ROUTES` for the full table. Pass `http_client` to use your own
    `httpx.AsyncClient` (it is then yours to close).
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
        http_client: httpx.AsyncClient | None = None,
        event_hooks: Sequence[EventHook] = (),
    ) -> None:
        if credentials is None:
            credentials = Credentials(
                access_key or "", passphrase or "", signing_key or "", portfolio_id=portfolio_id, entity_id=entity_id
            )
        self.credentials = credentials
        self.base_url = base_url.rstrip("/")
        self.portfolio_id = portfolio_id or credentials.portfolio_id
        self.entity_id = entity_id or credentials.entity_id
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(timeout=timeout, limits=DEFAULT_LIMITS)
        self._http = http_client
        self._pipeline = Pipeline(
            http_client,
            PrimeAuth(credentials),
            self.base_url,
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            event_hooks,
        )

    @classmethod
    def from_env(cls, **options: Any) -> PrimeClient:
        """Credentials from the environment (see `Credentials.from_env`); `options` as for the constructor."""
        return cls(credentials=Credentials.from_env(), **options)

    def __repr__(self) -> str:
        return f"PrimeClient(base_url={self.base_url!r}, credentials={self.credentials!r})"

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
