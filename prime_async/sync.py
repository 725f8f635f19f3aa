"""SyncPrimeClient: the same endpoints as blocking calls, for scripts and notebooks.

    from prime_async.sync import SyncPrimeClient

    with SyncPrimeClient() as client:   # credentials from the environment
        portfolios = client.portfolios.list_portfolios()
        for order in client.orders.list_portfolio_orders(portfolio_id=portfolios.portfolios[0].id):
            print(order.id, order.status)

It is the async `PrimeClient`, run on an event loop in a background daemon thread (a `Portal`),
not a second implementation: the same retries, rate limits, errors and models. It works inside a
running event loop too (Jupyter), since the portal has its own; a client never closed does not
keep the interpreter from exiting; after `fork()` the child gets its own loop and connections.
"""

from __future__ import annotations

import functools
from types import TracebackType
from typing import Unpack

from ._client import ClientOptions, CopyOptions, PrimeClient, raw_copy
from ._credentials import Credentials, hide_in_place
from ._generated.sync_resources import SyncRawResourceAccessors, SyncResourceAccessors
from ._portal import Portal
from ._public import publish
from ._sync import SyncPaginator
from ._unresolved import UnresolvedRequests

__all__ = ["SyncPaginator", "SyncPrimeClient"]


class SyncPrimeClient(SyncResourceAccessors):
    """Blocking client: takes the same options as `PrimeClient`. Close it (or use `with`)."""

    def __init__(self, *, client: PrimeClient | None = None, **options: Unpack[ClientOptions]) -> None:
        """`SyncPrimeClient(**options)` as for `PrimeClient`, or `SyncPrimeClient(client=...)` to
        drive an async client you already have."""
        hide_in_place(options)  # first: a traceback of this frame shows `options`, and with it the passphrase
        if client is not None and options:
            raise TypeError("pass client= or PrimeClient's options, not both")
        # the async client needs no event loop to be made; its connections are made on the
        # portal's loop, on first use
        self._async = client if client is not None else PrimeClient(**options)
        self._portal = Portal()

    @classmethod
    def _on_portal(cls, client: PrimeClient, portal: Portal) -> SyncPrimeClient:
        """A blocking client for `client` that runs on an existing `portal` (a copy's): made
        without `__init__`, so the public signature holds no portal."""
        made = cls.__new__(cls)
        made._async, made._portal = client, portal
        return made

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> SyncPrimeClient:
        """Credentials (and `PRIME_BASE_URL`) from the environment, as `PrimeClient.from_env()`."""
        options["credentials"] = Credentials.from_env()
        return cls(**options)

    def with_options(self, **changes: Unpack[CopyOptions]) -> SyncPrimeClient:
        """A blocking client for some calls with other options, sharing this one's connections,
        rate limiter and event loop (see `PrimeClient.with_options`)."""
        return self._on_portal(self._async.with_options(**changes), self._portal)

    @functools.cached_property
    def with_raw_response(self) -> SyncRawResourceAccessors:
        """The same blocking endpoints, returning a `RawResponse` (see `PrimeClient.with_raw_response`)."""
        return SyncRawResourceAccessors(self._on_portal(raw_copy(self._async), self._portal))

    @property
    def async_client(self) -> PrimeClient:
        """The async client underneath (its calls must run on this client's portal)."""
        return self._async

    @property
    def unresolved(self) -> UnresolvedRequests:
        """The calls whose outcome is unknown, shared with the async client (see `PrimeClient.unresolved`):
        a create interrupted by Ctrl-C after its request left is recorded there."""
        return self._async.unresolved

    @property
    def portal(self) -> Portal:
        """The event loop this client's calls run on (for the blocking resources and paginators)."""
        return self._portal

    def close(self) -> None:
        """Close the connections and stop the portal's thread; later calls raise ClientClosedError."""
        if self._portal.closed or self._async.pipeline.lifecycle.closed:
            self._portal.close()
            return
        try:
            self._portal.call(self._async.aclose)
        finally:
            self._portal.close()

    def __enter__(self) -> SyncPrimeClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        # getattr: a crash reporter may show a client whose __init__ failed half-way
        inner = getattr(self, "_async", None)
        return f"Sync{inner!r}" if inner is not None else f"{type(self).__name__}(<not built>)"


publish(__name__, globals(), __all__)
