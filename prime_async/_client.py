"""PrimeClient: credentials, HTTP client lifecycle, options, and the resource namespaces."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import attrs
import httpx

from ._auth import PrimeAuth, SigningTransport
from ._call_options import DEFAULT_MAX_RESPONSE_BYTES, RequestOptions, as_timeout, attempt_bound
from ._credentials import Credentials, checked_id, hide
from ._encode import new_idempotency_key
from ._errors import CredentialsError, InvalidRequestError
from ._events import EventHook
from ._generated.resources import RawResourceAccessors, ResourceAccessors
from ._lifecycle import Lifecycle
from ._numbers import checked_count, checked_seconds
from ._pipeline import Pipeline
from ._ratelimit import Limiter, RateLimit, RateLimiter
from ._retry import RetryPolicy
from ._tracing import Telemetry, TracedPipeline, Tracing, telemetry_for
from ._unresolved import UnresolvedRequests
from ._url_safety import insecure_url_problem, masked_if_userinfo, shown_url
from .transports import Transport, TransportName, make_transport
from .transports._adapt import PlainTransport

if TYPE_CHECKING:
    from ._feed import Feed
    from ._feed._options import FeedOptionsDict

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "ClientOptions", "CopyOptions", "PrimeClient", "raw_copy"]

DEFAULT_BASE_URL = "https://api.prime.coinbase.com"
# Connect fast or fail; reads may wait on a busy matching engine; a pooled connection should
# come free quickly even under fan-out. Each attempt as a whole is bounded by connect + write +
# read (45 s): a server that drips a byte at a time cannot hold a call for longer.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=10.0, pool=30.0)
DEFAULT_RATE_LIMIT = RateLimit()


def _checked_base_url(base_url: str, allow_insecure_http: bool, name: str = "base_url") -> str:
    """`https://host[:port][/prefix]` (`http://` to this machine), or a clear error now rather
    than three retries later. Neither the message nor this frame's locals show the URL's userinfo."""
    shown = shown_url(base_url)
    parts = _url_parts(base_url)
    if parts is None:
        raise ValueError(f"{name} {shown!r} is not a URL")
    scheme, host, userinfo, rest = parts
    if scheme not in ("http", "https") or not host:
        raise ValueError(
            f"{name} {shown!r} must start with https:// (or http:// for a local simulator), e.g. {DEFAULT_BASE_URL!r}"
        )
    problem = insecure_url_problem(scheme, host, userinfo, allow_insecure_http=allow_insecure_http)
    if problem is not None:
        raise ValueError(f"{name} {shown!r} {problem}")
    if rest:
        raise ValueError(f"{name} {shown!r} must not carry a query or fragment")
    return base_url.rstrip("/")


def _url_parts(url: str) -> tuple[str, str, bool, bool] | None:
    """(scheme, host, whether it has userinfo, whether it has a query or fragment) as httpx, which
    sends to it, parses `url`; None if it cannot. The parsed URL stays in this frame."""
    try:
        parsed = httpx.URL(url)
    except Exception:
        return None
    return parsed.scheme, parsed.host, bool(parsed.userinfo), bool(parsed.query or parsed.fragment)


class ClientOptions(TypedDict, total=False):
    """The keyword arguments of `PrimeClient(...)`, for `from_env()` and `SyncPrimeClient(...)`."""

    access_key: str | None
    passphrase: str | None
    signing_key: str | None
    credentials: Credentials | None
    base_url: str | None
    allow_insecure_http: bool
    portfolio_id: str | None
    entity_id: str | None
    timeout: httpx.Timeout | float
    deadline: float | None
    max_retries: int | None
    retry: RetryPolicy | None
    rate_limit: RateLimit | None
    http_client: httpx.AsyncClient | None
    transport: httpx.AsyncBaseTransport | Transport | TransportName
    max_response_bytes: int
    event_hooks: Sequence[EventHook]
    new_idempotency_key: Callable[[], str]
    tracing: bool | Tracing


class CopyOptions(TypedDict, total=False):
    """What `with_options()` can change for a copy of a client (None: keep this client's)."""

    timeout: httpx.Timeout | float | None
    deadline: float | None
    max_retries: int | None
    retry: RetryPolicy | None


@attrs.frozen
class _Shared:
    """What copies of one client made by `with_options` share: connections, signer, rate limiter."""

    http: httpx.AsyncClient
    auth: PrimeAuth
    limiter: Limiter | None
    send: Any
    lifecycle: Lifecycle
    transport: httpx.AsyncBaseTransport | Transport | None = None
    telemetry: Telemetry | None = None  # tracing=: the tracer and metric instruments


class PrimeClient(ResourceAccessors):
    """Async client for the Coinbase Prime REST API.

    >>> async with PrimeClient() as client:   # credentials from the environment
    ...     portfolios = await client.portfolios.list_portfolios()

    Every endpoint lives on a resource (`client.orders.create_order(...)`); see
    `prime_async.ROUTES` for the full table.

    - credentials: `credentials=`, or `access_key`/`passphrase`/`signing_key`, or, with none of
      them, the environment (see `Credentials.from_env`); `base_url` defaults to `PRIME_BASE_URL`
      when set, else Prime. Plain `http://` (and the feed's `ws://`) only to this machine (a
      simulator) unless `allow_insecure_http=True` (your own TLS-terminating proxy on a private
      network: the passphrase then crosses that network unencrypted); never a URL with userinfo.
    - `portfolio_id`, `entity_id` (else the credentials'): what an endpoint whose path needs one
      uses when the call leaves it out.
    - `timeout`: a number bounds each attempt as a whole and each of its phases; an
      `httpx.Timeout` bounds each phase, and the attempt by the sum of connect, write and read.
    - `deadline`: seconds a whole call may take, retries and their waits included (None: no bound).
    - `max_retries` (or a whole `retry=RetryPolicy(...)`): retries of failures that cannot double
      an effect; see `RetryPolicy`.
    - `rate_limit`: client-side pacing shared by every task using this client (and, with
      `RateLimit(store="redis://...")`, by every process and host on that store); `None` disables it.
    - `transport`: "auto" (aiohttp on asyncio, httpx's own stack on trio), "aiohttp", "httpx", a
      `prime_async.transports.Transport` of your own, or any `httpx.AsyncBaseTransport` (signed
      before it is handed over, and not fork-safe); or `http_client`: your own `httpx.AsyncClient` (it is then
      yours to close, and yours to recreate after a fork).
    - `max_response_bytes`: the largest response body read (decoded); past it, `ResponseTooLargeError`.
    - `event_hooks`: callables that receive a `RequestEvent` after every attempt.
    - `new_idempotency_key`: makes the values filled in for idempotency fields (uuid4 by default).
    - `tracing`: OpenTelemetry spans and metrics for every call (`True`: the global providers; a
      `Tracing(tracer_provider=..., meter_provider=...)`: those); needs `prime-async[otel]`.
    """

    def __init__(
        self,
        *,
        access_key: str | None = None,
        passphrase: str | None = None,
        signing_key: str | None = None,
        credentials: Credentials | None = None,
        base_url: str | None = None,
        allow_insecure_http: bool = False,
        portfolio_id: str | None = None,
        entity_id: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        deadline: float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | Transport | TransportName = "auto",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        event_hooks: Sequence[EventHook] = (),
        new_idempotency_key: Callable[[], str] = new_idempotency_key,
        tracing: bool | Tracing = False,
    ) -> None:
        passphrase, signing_key = hide(passphrase), hide(signing_key)  # masked in this frame's locals
        base_url = masked_if_userinfo(base_url)  # a password in it: refused below
        if not isinstance(allow_insecure_http, bool):
            raise ValueError(f"allow_insecure_http must be True or False, not {type(allow_insecure_http).__name__}")
        portfolio_id = checked_id("portfolio_id", portfolio_id, InvalidRequestError)
        entity_id = checked_id("entity_id", entity_id, InvalidRequestError)
        if credentials is None:
            if access_key is None and passphrase is None and signing_key is None:
                credentials = _credentials_from_env()
            else:
                credentials = Credentials(
                    access_key or "",
                    passphrase or "",
                    signing_key or "",
                    portfolio_id=portfolio_id,
                    entity_id=entity_id,
                )
        url_name = "base_url"
        if base_url is None:
            url_name = "PRIME_BASE_URL"
            base_url = masked_if_userinfo(os.environ.get("PRIME_BASE_URL") or DEFAULT_BASE_URL)
        self._configure(
            credentials=credentials,
            base_url=base_url,
            allow_insecure_http=allow_insecure_http,
            url_name=url_name,
            portfolio_id=portfolio_id,
            entity_id=entity_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry=retry,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
            event_hooks=event_hooks,
            new_idempotency_key=new_idempotency_key,
            tracing=tracing,
            http_client=http_client,
            transport=transport,
        )

    def _configure(
        self,
        *,
        credentials: Credentials,
        base_url: str,
        portfolio_id: str | None,
        entity_id: str | None,
        timeout: httpx.Timeout | float,
        deadline: float | None,
        retry: RetryPolicy | None,
        rate_limit: RateLimit | None,
        max_response_bytes: int,
        event_hooks: Sequence[EventHook],
        new_idempotency_key: Callable[[], str],
        tracing: bool | Tracing,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | Transport | TransportName = "auto",
        allow_insecure_http: bool = False,
        url_name: str = "base_url",
        shared: _Shared | None = None,
        raw: bool = False,
    ) -> None:
        """What the constructor does once the credentials are known; a copy (`with_options`,
        `with_raw_response`) comes here directly with the `shared` connections, limiter and
        lifecycle of its original, so the public signature holds only public options."""
        _shared = shared
        # every number checked before anything is made (ValueError naming the option); inf: unbounded
        phases = as_timeout(timeout)
        deadline = checked_seconds(deadline, "deadline")
        checked_count(max_response_bytes, "max_response_bytes", minimum=1)
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise ValueError(f"retry must be a RetryPolicy or None, not {type(retry).__name__}")
        if rate_limit is not None and not isinstance(rate_limit, RateLimit):
            raise ValueError(f"rate_limit must be a RateLimit or None, not {type(rate_limit).__name__}")
        retry = retry or RetryPolicy()
        if max_retries is not None:
            retry = attrs.evolve(retry, max_retries=checked_count(max_retries, "max_retries"))
        self.credentials = credentials
        self.allow_insecure_http = allow_insecure_http
        self.base_url = _checked_base_url(base_url, allow_insecure_http, url_name)
        self.portfolio_id = portfolio_id or credentials.portfolio_id
        self.entity_id = entity_id or credentials.entity_id
        # what with_options() passes on to a copy (everything but what the copy shares)
        self._init_options: dict[str, Any] = {
            "credentials": credentials,
            "base_url": self.base_url,
            "allow_insecure_http": allow_insecure_http,
            "portfolio_id": portfolio_id,
            "entity_id": entity_id,
            "timeout": timeout,
            "deadline": deadline,
            "retry": retry,
            "rate_limit": rate_limit,
            "max_response_bytes": max_response_bytes,
            "event_hooks": tuple(event_hooks),
            "new_idempotency_key": new_idempotency_key,
            "tracing": tracing,
        }
        self._is_copy = _shared is not None
        self._owns_http = _shared is None and http_client is None
        if _shared is None:
            telemetry = telemetry_for(tracing)  # ValueError, or ImportError without opentelemetry-api
            _shared = attrs.evolve(
                _connect(credentials, phases, rate_limit, http_client, transport), telemetry=telemetry
            )
        self._shared = _shared
        options = RequestOptions(
            self.base_url,
            phases,
            retry,
            tuple(event_hooks),
            new_idempotency_key,
            attempt_timeout=attempt_bound(timeout),
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            raw=raw,
            defaults=tuple(
                (n, v) for n, v in (("portfolio_id", self.portfolio_id), ("entity_id", self.entity_id)) if v
            ),
        )
        parts = (_shared.http, _shared.auth, _shared.limiter, options, _shared.send, _shared.lifecycle)
        if _shared.telemetry is None:
            self._pipeline = Pipeline(*parts)
        else:
            self._pipeline = TracedPipeline(*parts, telemetry=_shared.telemetry)

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> PrimeClient:
        """Credentials from the environment (see `Credentials.from_env`), and the base URL from
        `PRIME_BASE_URL` when set (e.g. a `prime-async sim serve`); `options` as for the constructor.
        The same as `PrimeClient(**options)` without credentials."""
        options["credentials"] = Credentials.from_env()
        return cls(**options)

    def with_options(self, **changes: Unpack[CopyOptions]) -> PrimeClient:
        """A client for some calls with other options (`timeout`, `deadline`, `max_retries`, `retry`),
        sharing this one's connections and rate limiter:
        `await client.with_options(max_retries=5, timeout=60).orders.create_order(...)`."""
        unknown = sorted(set(changes) - set(CopyOptions.__annotations__))
        if unknown:
            raise TypeError(f"with_options() got an unexpected keyword argument {unknown[0]!r}")
        timeout, deadline = changes.get("timeout"), changes.get("deadline")
        max_retries, retry = changes.get("max_retries"), changes.get("retry")
        options: dict[str, Any] = {}
        if timeout is not None:
            options["timeout"] = timeout
        if deadline is not None:
            options["deadline"] = deadline
        if retry is not None or max_retries is not None:
            policy = retry or self._init_options["retry"]
            options["retry"] = attrs.evolve(policy, max_retries=max_retries) if max_retries is not None else policy
        return self._copy(**options)

    def _copy(self, *, raw: bool = False, **options: Any) -> PrimeClient:
        """A client sharing this one's connections, limiter and lifecycle, with `options` changed;
        made without `__init__`, so its signature (and help()) shows only the public options."""
        copy = type(self).__new__(type(self))
        copy._configure(**{**self._init_options, **options}, shared=self._shared, raw=raw)
        return copy

    @functools.cached_property
    def with_raw_response(self) -> RawResourceAccessors:
        """The same endpoints, returning a `RawResponse`: status, headers, request id, the request
        sent (credentials masked), and `.parse()` for the model. `await
        client.with_raw_response.orders.create_order(...)`; a paginated call's `await` gives the
        first page's, its `pages()` each page's. Same connections, limiter and options."""
        return RawResourceAccessors(raw_copy(self))

    def __repr__(self) -> str:
        # getattr: a crash reporter may show a client whose __init__ failed half-way
        base_url, credentials = getattr(self, "base_url", None), getattr(self, "credentials", None)
        return f"{type(self).__name__}(base_url={base_url!r}, credentials={credentials!r})"

    def feed(self, url: str | None = None, **options: Unpack[FeedOptionsDict]) -> Feed:
        """The Prime WebSocket feed, signed with this client's credentials (which need
        `svc_account_id`): `async with client.feed() as feed: async for book in
        feed.order_book("BTC-USD"): ...`. The URL is `url`, else `PRIME_WS_URL`, else Prime's;
        `options` are `prime_async.FeedOptions`' fields."""
        from ._feed import DEFAULT_FEED_URL, Feed

        url = masked_if_userinfo(url)  # a password in it: refused by Feed
        if url is None and os.environ.get("PRIME_WS_URL"):
            return Feed(self, os.environ["PRIME_WS_URL"], url_name="PRIME_WS_URL", **options)
        return Feed(self, url or DEFAULT_FEED_URL, **options)

    @property
    def http_client(self) -> httpx.AsyncClient:
        return self._shared.http

    @property
    def transport(self) -> httpx.AsyncBaseTransport | Transport | None:
        """The transport requests go out on (under the signing hook); None with a caller's `http_client`."""
        return self._shared.transport

    @property
    def unresolved(self) -> UnresolvedRequests:
        """The side-effecting calls whose outcome this client does not know (cancelled after the
        request left, connection lost after sending and not retried or retried to the end...),
        newest last, each with its operation, idempotency value, portfolio and time: look each up
        (by `client_order_id`, `idempotency_key`) before sending it again. Shared by every copy
        of this client (`with_options`, `with_raw_response`); bounded and thread-safe (see
        `UnresolvedRequests`)."""
        return self._shared.lifecycle.unresolved

    @property
    def pipeline(self) -> Pipeline:
        """The request pipeline every endpoint of this client goes through (for resources,
        paginators and the blocking facade; not a user-facing API)."""
        return self._pipeline

    async def aclose(self) -> None:
        """Close the connections if this client made them; any call after this raises
        `ClientClosedError`. A copy from `with_options` leaves them to the original."""
        if self._is_copy:
            return
        self._shared.lifecycle.closed = True
        if self._shared.limiter is not None:
            await self._shared.limiter.aclose()  # a shared store's connection
        if self._owns_http:
            await self._shared.http.aclose()

    async def __aenter__(self) -> PrimeClient:
        self._pipeline.check_usable()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def raw_copy(client: PrimeClient) -> PrimeClient:
    """A copy of `client` (same connections, limiter and options) whose calls return RawResponses."""
    return client._copy(raw=True)


def _credentials_from_env() -> Credentials:
    try:
        return Credentials.from_env()
    except CredentialsError as exc:
        raise CredentialsError(
            f"{exc}. PrimeClient() with no credentials reads the environment; pass credentials= "
            "(or access_key=, passphrase=, signing_key=) to give them explicitly"
        ) from None


def _limiter(rate_limit: RateLimit | None) -> Limiter | None:
    if rate_limit is None:
        return None
    if rate_limit.store is None:
        return RateLimiter(rate_limit)
    from ._ratelimit_store import SharedRateLimiter  # with redis-py: only when a store is configured

    return SharedRateLimiter(rate_limit)


def _connect(
    credentials: Credentials,
    timeout: httpx.Timeout,
    rate_limit: RateLimit | None,
    http_client: httpx.AsyncClient | None,
    transport: httpx.AsyncBaseTransport | Transport | str,
) -> _Shared:
    auth = PrimeAuth(credentials)
    limiter = _limiter(rate_limit)
    if http_client is not None:
        if transport != "auto":
            raise ValueError("pass transport= or http_client=, not both")
        # the caller's client: its own pool, which this client cannot renew after a fork
        return _Shared(http_client, auth, limiter, None, Lifecycle(fork_safe=False))
    inner = make_transport(transport) if isinstance(transport, str) else transport
    # ours, or a caller's that implements the contract; any other httpx transport is adapted to it
    sender = inner if isinstance(inner, Transport) else PlainTransport(inner)
    http = httpx.AsyncClient(timeout=timeout, transport=SigningTransport(sender, auth), trust_env=False)
    lifecycle = Lifecycle(fork_safe=sender.fork_safe)  # ours are; another may not be
    return _Shared(http, auth, limiter, sender.send, lifecycle, inner)
