"""SyncPrimeClient: the same endpoints as blocking calls, for scripts and notebooks.

    from prime_async.sync import SyncPrimeClient

    with SyncPrimeClient.from_env() as client:
        portfolios = client.portfolios.list_portfolios()
        for order in client.orders.list_portfolio_orders(portfolio_id=portfolios.portfolios[0].id):
            print(order.id, order.status)

It is the async `PrimeClient`, run on an anyio blocking portal (an event loop in a background
thread), not a second implementation: the same retries, rate limits, errors and models. It works
inside a running event loop too (Jupyter), since the portal has its own.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, TypeVar

from anyio.from_thread import BlockingPortal, start_blocking_portal

from ._client import PrimeClient
from ._credentials import Credentials
from ._generated.sync_resources import SyncResourceAccessors
from ._sync import SyncPaginator

__all__ = ["SyncPaginator", "SyncPrimeClient"]

T = TypeVar("T")


class SyncPrimeClient(SyncResourceAccessors):
    """Blocking client: takes the same options as `PrimeClient`. Close it (or use `with`)."""

    def __init__(self, **options: Any) -> None:
        self._portal_context = start_blocking_portal()
        self._portal: BlockingPortal = self._portal_context.__enter__()
        try:
            self._async: PrimeClient = self._portal.call(_make_client, options)
        except BaseException:
            self._portal_context.__exit__(None, None, None)
            raise

    @classmethod
    def from_env(cls, **options: Any) -> SyncPrimeClient:
        """Credentials (and `PRIME_BASE_URL`) from the environment, as `PrimeClient.from_env()`."""
        if "base_url" not in options and os.environ.get("PRIME_BASE_URL"):
            options["base_url"] = os.environ["PRIME_BASE_URL"]
        return cls(credentials=Credentials.from_env(), **options)

    @property
    def async_client(self) -> PrimeClient:
        """The async client underneath (its calls must run on this client's portal)."""
        return self._async

    def _run(self, fn: Callable[..., Awaitable[T]], *args: Any) -> T:
        return self._portal.call(fn, *args)

    def close(self) -> None:
        if self._portal_context is None:
            return
        try:
            self._portal.call(self._async.aclose)
        finally:
            self._portal_context.__exit__(None, None, None)
            self._portal_context = None  # type: ignore[assignment]

    def __enter__(self) -> SyncPrimeClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Sync{self._async!r}"


async def _make_client(options: dict[str, Any]) -> PrimeClient:
    return PrimeClient(**options)  # made on the portal's loop, where its connections will live
