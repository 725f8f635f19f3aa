"""The one request pipeline: build -> (pace -> sign -> send -> read -> decide)* -> map errors -> structure.

Every endpoint call, paginated or not, runs through `Pipeline.request`. The request is built
once per call (so an idempotency value filled in by the client is the same on every attempt);
each attempt is paced by the rate limiter, signed afresh as it leaves, bounded in time
(`attempt_timeout`) and in size (`max_response_bytes`); the whole call may be bounded too
(`deadline`). Whether to try again is `RetryPolicy`'s decision alone: nothing below it resends.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any
from urllib.parse import quote

import attrs
import httpx
from anyio import sleep

from ._auth import SIGNED_HEADERS, AttemptSigner, PrimeAuth, masked_request, unsign
from ._body import ACCEPT_ENCODING, BodyTooLarge, UnsupportedEncoding, read_body
from ._convert import converter, describe_error
from ._duplicates import RESOLVABLE, resolve_duplicate
from ._encode import PreparedRequest, checked_target, new_idempotency_key, prepare
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    DuplicateClientOrderIdError,
    InvalidRequestError,
    OrderStateUnknownError,
    PrimeError,
    RedirectError,
    ResponseTooLargeError,
    body_text,
    error_details,
    request_id_of,
    status_error_class,
)
from ._events import EventHook, RequestEvent
from ._json import parse_json
from ._numbers import checked_seconds
from ._ratelimit import Limiter
from ._raw import RawResponse, parsed_of
from ._retry import NEVER_SENT, RetryPolicy, parse_retry_after
from ._route import CALL_OPTIONS as CALL_OPTION_TYPES
from ._route import Route
from ._timeout import fail_after
from ._unresolved import Reason, UnresolvedRequest, UnresolvedRequests
from ._version import __version__
from .transports._adapt import StreamedBody
from .transports._common import fork_generation, scrub
from .transports._contract import RequestSigner, Sent

__all__ = [
    "CALL_OPTIONS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "CallOptions",
    "Pipeline",
    "RequestOptions",
    "as_timeout",
    "attempt_bound",
    "parse_json",
    "split_call_options",
]

logger = logging.getLogger("prime_async")

USER_AGENT = f"prime-async/{__version__} httpx/{httpx.__version__}"
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}
ACCEPT_HEADERS = {"Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}
# The largest Prime page (1,000 items) is a few MB; 32 MiB leaves room and stops a runaway body.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024


@attrs.frozen
class RequestOptions:
    """What `PrimeClient.with_options()` can change per call.

    - `timeout`: httpx's per-phase timeouts (connect, read, write, pool);
    - `attempt_timeout`: seconds one attempt may take from leaving to its last byte read (a server
      that drips a byte at a time cannot hold a call past it); None: unbounded;
    - `deadline`: seconds the whole call may take, retries and their waits included; None: unbounded.
    """

    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy = attrs.Factory(RetryPolicy)
    event_hooks: tuple[EventHook, ...] = ()
    new_idempotency_key: Callable[[], str] = new_idempotency_key
    attempt_timeout: float | None = None
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    raw: bool = False  # return a RawResponse (the HTTP response beside the model): with_raw_response
    defaults: tuple[tuple[str, str], ...] = ()  # the client's portfolio_id / entity_id, for paths that need one


# Keyword arguments every endpoint takes besides the spec's (which uses none of these names).
CALL_OPTIONS = frozenset(name for name, _ in CALL_OPTION_TYPES)
# Headers a caller may not set per call: the signature covers them, or the transport owns them.
# Besides the signed ones: those that frame the message or steer the connection (an `Expect:
# 100-continue` left aiohttp waiting for an interim answer that never comes), and the body's coding,
# which the client both sends and decodes.
RESERVED_HEADERS = frozenset(
    {name.lower() for name in SIGNED_HEADERS}
    | {"host", "content-length", "transfer-encoding", "connection", "keep-alive", "proxy-connection", "upgrade"}
    | {"expect", "te", "trailer", "http2-settings", "content-encoding", "accept-encoding"}
)
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
# RFC 9110's field-value, in ASCII: visible characters, with spaces and tabs between them but not
# around them (h11 refuses those, aiohttp would send them); never a C0 control (CR, LF and NUL split
# or end a header, the others are refused by servers and parsers) nor DEL. Not obs-text (0x80-0xFF)
# either: aiohttp writes a str value as UTF-8, httpx as latin-1, so it would arrive as other bytes.
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?\Z")


@attrs.frozen
class CallOptions:
    """One call's own `timeout=`, `extra_headers=` and `extra_query=`, checked."""

    timeout: dict[str, Any] | None = None  # the request's timeout extension
    attempt_timeout: float | None = None
    headers: tuple[tuple[str, str], ...] = ()
    query: str = ""


def as_timeout(
    value: httpx.Timeout | float, name: str = "timeout", error: type[ValueError] = ValueError
) -> httpx.Timeout:
    """`value` as an httpx.Timeout, every phase checked (a positive number of seconds, or None);
    `inf` anywhere becomes None, unbounded, which every transport understands (aiohttp read an
    infinite connect timeout as a failure to connect)."""
    if not isinstance(value, httpx.Timeout):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise error(f"{name} must be a positive number of seconds or an httpx.Timeout, not {type(value).__name__}")
        return httpx.Timeout(checked_seconds(value, name, error=error))
    phases = {phase: getattr(value, phase) for phase in _PHASES}
    checked = {phase: checked_seconds(seconds, f"{name}.{phase}", error=error) for phase, seconds in phases.items()}
    return value if checked == phases else httpx.Timeout(**checked)


_PHASES = ("connect", "read", "write", "pool")


def attempt_bound(value: httpx.Timeout | float) -> float | None:
    """What bounds one attempt as a whole (a checked timeout, see `as_timeout`): the number itself,
    or the sum of an httpx.Timeout's connect, write and read phases (None if any phase is unbounded)."""
    if not isinstance(value, httpx.Timeout):
        return None if math.isinf(value) else float(value)
    phases = (value.connect, value.write, value.read)
    if any(p is None or math.isinf(p) for p in phases):
        return None
    return float(sum(phases))  # type: ignore[arg-type]


def timeout_extension(phases: httpx.Timeout, attempt_timeout: float | None) -> dict[str, Any]:
    """The request's `timeout` extension, which the transport applies per phase, without a read
    bound that the attempt's own bound already implies: no read lasts longer than the attempt it
    is part of. Why: a per-read bound is a timer set and cancelled on every read (aiohttp: two a
    request, ~10% of a request's CPU at 256 in flight), and the attempt has one bound already."""
    timeout = phases.as_dict()
    if attempt_timeout is not None and timeout["read"] is not None and timeout["read"] >= attempt_timeout:
        timeout["read"] = None
    return {"timeout": timeout}


def split_call_options(route: Route, kwargs: Mapping[str, Any]) -> tuple[Mapping[str, Any], CallOptions | None]:
    """The endpoint's own arguments, and its per-call options (checked: InvalidRequestError)."""
    if CALL_OPTIONS.isdisjoint(kwargs):
        return kwargs, None
    rest = {k: v for k, v in kwargs.items() if k not in CALL_OPTIONS}
    fn = f"{route.resource}.{route.name}()"
    timeout, extra_headers, extra_query = (kwargs.get(k) for k in ("timeout", "extra_headers", "extra_query"))
    options: dict[str, Any] = {}
    if timeout is not None:
        phases = as_timeout(timeout, f"{fn} timeout", InvalidRequestError)
        options["attempt_timeout"] = bound = attempt_bound(timeout)
        options["timeout"] = timeout_extension(phases, bound)
    if extra_headers is not None:
        options["headers"] = _extra_headers(extra_headers, f"{fn} extra_headers")
    if extra_query is not None:
        options["query"] = _extra_query(extra_query, f"{fn} extra_query")
    return rest, CallOptions(**options)


def _extra_headers(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, Mapping):
        raise InvalidRequestError(f"{where}: expected a mapping of header names to values")
    headers = []
    for name, text in value.items():
        if not isinstance(name, str) or not _TOKEN.match(name):
            raise InvalidRequestError(f"{where}: {str(name)[:60]!r} is not a header name")
        if name.lower() in RESERVED_HEADERS:
            raise InvalidRequestError(f"{where}: {name!r} is set by the client itself (signing or transport)")
        if not isinstance(text, str) or not _HEADER_VALUE.match(text):
            # the value itself is not shown: it may be a token of the caller's
            raise InvalidRequestError(
                f"{where}: the value of {name!r} must be a string on one line: printable ASCII characters, "
                "spaces and tabs between them, no control characters"
            )
        headers.append((name, text))
    return tuple(headers)


def _extra_query(value: Any, where: str) -> str:
    if not isinstance(value, Mapping):
        raise InvalidRequestError(f"{where}: expected a mapping of parameter names to values")
    pairs = []
    for name, item in value.items():
        for one in item if isinstance(item, list | tuple) else [item]:
            if not isinstance(name, str) or not isinstance(one, str | int | bool) or isinstance(one, Enum):
                raise InvalidRequestError(f"{where}: {str(name)[:60]!r} must map to strings, ints or bools")
            text = ("true" if one else "false") if isinstance(one, bool) else str(one)
            pairs.append(f"{quote(name, safe='')}={quote(text, safe='')}")
    return "&".join(pairs)


@attrs.define
class Lifecycle:
    """What every copy of one client (see `with_options`) shares: whether it is closed, whether
    its connections may be used in the process it is in, and the calls whose outcome is unknown."""

    closed: bool = False
    generation: int = attrs.Factory(fork_generation)
    fork_safe: bool = True  # the transport gives a forked child fresh connections by itself
    unresolved: UnresolvedRequests = attrs.Factory(UnresolvedRequests)  # client.unresolved


@attrs.define
class _Call:
    """One call's progress, for the error that ends it (or the raw response)."""

    attempts: int = 0
    request: httpx.Request | None = None
    signer: AttemptSigner | None = None  # the last attempt's: a masked copy of its request shows what it signed
    elapsed: float = 0.0  # of the last attempt
    options: CallOptions | None = None
    # what left the outcome of an attempt unknown (it may have reached the server and no answer
    # settled it), sticky for the call: "ReadError", "HTTP 503", "in flight when cancelled"
    unknown: str | None = None
    past_deadline: bool = False
    # what the next RequestEvent says of the waits before its attempt (see _attempts, _back_off)
    rate_limit_wait: float = 0.0
    retry_after_wait: float = 0.0
    id: int = 0  # RequestEvent.call_id, drawn when the first event of the call is made
    first_attempt_at: datetime = attrs.Factory(lambda: datetime.now(UTC))


class _Failed(Exception):
    """An attempt that got no usable response: `error` is the transport's failure."""

    def __init__(self, error: Exception) -> None:
        self.error = error


Sender = Callable[[httpx.Request, RequestSigner | None], Awaitable[Sent]]


class Pipeline:
    """`send` is the `Transport.send` of a client `PrimeClient` made itself, called directly with
    each attempt's signer (httpx's `AsyncClient.send`, with its auth flow, redirect loop and cookie
    jar, costs a good part of a request and does nothing here: see benchmarks/README.md); or, for
    an `httpx.AsyncClient` the caller owns, that client's `send`, so its hooks, cookies and mounts
    are honoured (redirects never are)."""

    telemetry: Any = None  # tracing's (see _tracing.TracedPipeline); None: off

    def __init__(
        self,
        http: httpx.AsyncClient,
        auth: PrimeAuth,
        limiter: Limiter | None,
        options: RequestOptions,
        send: Sender | None = None,
        lifecycle: Lifecycle | None = None,
    ) -> None:
        self.http = http
        self.auth = auth
        self.limiter = limiter
        self.options = options
        self.lifecycle = lifecycle or Lifecycle()
        # someone hears of every attempt (an event hook; tracing): each attempt's limiter wait is
        # timed, which otherwise costs two clock reads only while the debug log is on
        self.observed = bool(options.event_hooks)
        self._own_send = send
        self._send: Sender = send or self._send_with_http_client
        self.base_url = options.base_url.rstrip("/")
        # the HTTP client's default headers (User-Agent, any of the caller's) merged with ours once,
        # not on every request as build_request() would; Host included, as httpx.Request would add it
        host = {"Host": httpx.URL(self.base_url).netloc.decode("ascii")}
        self._headers_json = _merged(http.headers, {**host, **JSON_HEADERS})
        self._headers_plain = _merged(http.headers, {**host, **ACCEPT_HEADERS})
        self._timeout = timeout_extension(options.timeout, options.attempt_timeout)

    async def _send_with_http_client(self, request: httpx.Request, signer: RequestSigner | None) -> Sent:
        response = await self.http.send(request, auth=self.auth, follow_redirects=False, stream=True)
        return response, StreamedBody(response)

    def check_usable(self) -> None:
        """ClientClosedError or PrimeError when nothing may be sent; before anything is built."""
        if self.lifecycle.closed or (self._own_send is None and self.http.is_closed):
            raise ClientClosedError("this PrimeClient is closed (aclose() or the end of its `async with`)")
        if not self.lifecycle.fork_safe and self.lifecycle.generation != fork_generation():
            raise PrimeError(
                "this PrimeClient was created before the process forked and its HTTP client (or transport) "
                "is not fork-safe: create the client after forking, in the process that uses it"
            )

    def with_defaults(self, route: Route, kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
        """`kwargs` with the client's portfolio or entity id where the path needs one left out."""
        filled = {n: v for n, v in self.options.defaults if n in route.path_params and kwargs.get(n) is None}
        return {**kwargs, **filled} if filled else kwargs

    def _prepare(self, route: Route, kwargs: Mapping[str, Any]) -> tuple[PreparedRequest, CallOptions | None]:
        """The call's arguments checked and encoded (its idempotency value filled in), and its options."""
        kwargs, call_options = split_call_options(route, self.with_defaults(route, kwargs))
        prepared = prepare(route, kwargs, self.options.new_idempotency_key)
        if call_options is not None and call_options.query:
            joined = f"{prepared.query}&{call_options.query}" if prepared.query else call_options.query
            prepared = checked_target(attrs.evolve(prepared, query=joined), f"{route.resource}.{route.name}()")
        return prepared, call_options

    def preview(self, route: Route, kwargs: Mapping[str, Any]) -> tuple[httpx.Request, PreparedRequest]:
        """What `request(route, kwargs)` would send first, and nothing sent: built and signed by the
        code that builds and signs every attempt, shown as errors show a request (`masked_request`:
        passphrase and signature masked); and the prepared call, whose idempotency value (filled in
        here when left out) a caller passes to the real call to send the request it was shown.
        Why: `prime-async call --dry-run` and its confirmation show exactly what would go out."""
        self.check_usable()
        prepared, call_options = self._prepare(route, kwargs)
        request = self._build(prepared, call_options)
        self.auth.sign(request)  # the same four headers a transport that signs on send writes
        return masked_request(request), prepared

    async def request(self, route: Route, kwargs: Mapping[str, Any]) -> Any:
        self.check_usable()
        prepared, call_options = self._prepare(route, kwargs)
        call = _Call(options=call_options)
        deadline = self.options.deadline
        try:
            try:
                with fail_after(deadline):
                    response, body = await self._attempts(route, prepared, call)
            except TimeoutError:  # the deadline: every failure inside is typed, so this is ours
                call.past_deadline = True
                raise APITimeoutError(
                    f"the call ran past its deadline of {deadline:g} s",
                    request=masked_request(call.request, call.signer) if call.request is not None else None,
                    **_fields(route, prepared, call.attempts),
                ) from None
            try:
                result = self.structure(route, response, body, call.attempts, prepared, call.signer)
            except DuplicateClientOrderIdError as refused:
                if call.attempts == 1 or route.operation_id not in RESOLVABLE:
                    raise  # the caller's own id was in use before this call: nothing to look up
                # a retry refused as a duplicate: an earlier attempt of this call placed the order
                result = await resolve_duplicate(self.fetch, route, prepared, refused, call.first_attempt_at)
        except BaseException as exc:  # an error, or a cancellation: a create may be left unresolved
            if prepared.method != "GET":
                self._account(route, prepared, call, exc)
            raise
        if prepared.idempotency_key is not None and route.idempotency_field:
            # the value this call sent, so the caller can find the order or transfer later
            result = attrs.evolve(result, **{route.idempotency_field: prepared.idempotency_key})
        if self.options.raw:
            return RawResponse(
                _finished(response, body, call.request, call.signer),
                result,
                attempts=call.attempts,
                elapsed=call.elapsed,
            )
        return result

    async def fetch(self, route: Route, kwargs: Mapping[str, Any]) -> Any:
        """One call's model, also on a raw client (the duplicate lookup's GETs, see _duplicates)."""
        return parsed_of(await self.request(route, kwargs))

    async def _attempts(self, route: Route, prepared: PreparedRequest, call: _Call) -> tuple[httpx.Response, bytes]:
        portfolio_id = prepared.portfolio_id  # the path's (for the per-portfolio rate limit), or None
        retry = self.options.retry
        call.first_attempt_at = datetime.now(UTC)  # where a duplicate lookup's time window starts
        while True:
            call.attempts += 1
            if self.limiter is not None:
                if self.observed or logger.isEnabledFor(logging.DEBUG):  # the wait is reported: time it
                    waiting = time.perf_counter()
                    await self.limiter.acquire(portfolio_id)
                    call.rate_limit_wait = time.perf_counter() - waiting
                else:
                    await self.limiter.acquire(portfolio_id)
            try:
                response, body = await self._attempt(route, prepared, call)
            except _Failed as failed:
                if not isinstance(failed.error, NEVER_SENT):
                    call.unknown = type(failed.error).__name__
                if self.lifecycle.closed:
                    raise ClientClosedError("the client was closed while the request was in flight") from None
                delay = retry.next_delay(route, prepared, call.attempts, error=failed.error)
                if delay is None:
                    raise _connection_error(route, prepared, call, failed.error) from failed.error
                await self._back_off(route, call, delay, None)
                continue
            code = subcode = None
            if response.status_code >= 400:  # Prime's error body says whether to retry (see _retry)
                _, code, subcode = error_details(body)
            delay = retry.next_delay(route, prepared, call.attempts, response=response, code=code, subcode=subcode)
            if response.status_code == 429 and self.limiter is not None:
                self._hold_back(response, delay, retry)
            if delay is None:
                return response, body
            if response.status_code >= 500:
                call.unknown = f"HTTP {response.status_code}"  # it may have been applied before it failed
            await self._back_off(route, call, delay, response)

    async def _back_off(self, route: Route, call: _Call, delay: float, response: httpx.Response | None) -> None:
        """Wait `delay` seconds before the next attempt."""
        self._waiting(route, call, delay, response)
        await sleep(delay)

    def _waiting(self, route: Route, call: _Call, delay: float, response: httpx.Response | None) -> bool:
        """Note a back-off about to start; whether the server asked for it (Retry-After). Such a
        wait is the next attempt's `retry_after_wait`; one over a second is logged at INFO, so that
        a call sitting silent for seconds says why."""
        asked = response is not None and parse_retry_after(response.headers.get("retry-after")) is not None
        call.retry_after_wait = delay if asked else 0.0
        if asked and delay > 1.0:
            assert response is not None
            logger.info(
                "%s: the server asked to wait (HTTP %d, Retry-After): waiting %.1f s before attempt %d",
                route.operation_id,
                response.status_code,
                delay,
                call.attempts + 1,
                extra={"prime_wait": delay},  # what the CLI prints while it waits
            )
        return asked

    def _hold_back(self, response: httpx.Response, delay: float | None, retry: RetryPolicy) -> None:
        """After a 429, every task on this client (with a shared store, every process on its budget)
        holds back: for this call's retry delay, or, when it is not retried, for the Retry-After
        (capped like a retry's): the lockout is the IP's, whatever this call's retry policy."""
        assert self.limiter is not None
        if delay is None:
            hint = parse_retry_after(response.headers.get("retry-after"))
            delay = min(hint, retry.max_retry_after) if hint is not None else None
        if delay:
            self.limiter.pause(delay)

    async def _attempt(self, route: Route, prepared: PreparedRequest, call: _Call) -> tuple[httpx.Response, bytes]:
        """One signed attempt, read to its last byte within the attempt's time and size limits."""
        request = call.request = self._build(prepared, call.options)
        # signed by the transport as it leaves (a caller's http_client signs through its auth flow)
        signer = call.signer = AttemptSigner(self.auth) if self._own_send is not None else None
        started = time.perf_counter()
        bound = self.options.attempt_timeout
        if call.options is not None and call.options.timeout is not None:
            bound = call.options.attempt_timeout
        try:
            with fail_after(bound):  # anyio.fail_after's, at a fifth of its cost on asyncio
                try:
                    response, stream = await self._send(request, signer)
                finally:
                    unsign(request)  # sent (or not): its headers need not hold the passphrase any longer
                response.request = request
                response.next_request = None  # a caller's httpx client's copy of it for a redirect, signed
                try:
                    body = await read_body(stream, self.options.max_response_bytes)
                finally:
                    await stream.aclose()  # the connection back to the pool, its slot released
                    # the transport's stream leads to its connection, and from there to the request
                    # as sent (aiohttp's request_info, httpcore's request): none of it is needed now
                    response.stream = _NO_BODY
                    del stream
        except (BodyTooLarge, UnsupportedEncoding) as exc:
            self._emit(route, prepared, call, response.status_code, started, response, None)
            kind = ResponseTooLargeError if isinstance(exc, BodyTooLarge) else APIResponseValidationError
            raise kind(
                str(exc),
                response=_finished(response, b"", request, signer),
                body=None,
                **_fields(route, prepared, call.attempts),
            ) from None
        except TimeoutError:  # the attempt's own bound; the request may have been sent
            late = _scrubbed(httpx.ReadTimeout(f"the attempt ran past attempt_timeout={bound:g} s"), request, signer)
            self._emit(route, prepared, call, None, started, None, late)
            raise _Failed(late) from None
        except Exception as exc:  # an httpx.TransportError, or what a caller's transport raises instead
            failure = _scrubbed(exc, request, signer)  # before a hook sees it (RequestEvent.error)
            self._emit(route, prepared, call, None, started, None, failure)
            raise _Failed(failure) from None
        except BaseException:  # cancelled (or KeyboardInterrupt) with the request handed to the transport
            call.unknown = "in flight when cancelled"
            raise
        call.elapsed = time.perf_counter() - started
        self._emit(route, prepared, call, response.status_code, started, response, None)
        return response, body

    def _account(self, route: Route, prepared: PreparedRequest, call: _Call, exc: BaseException) -> None:
        """Record in `client.unresolved` (and log) a side-effecting call that ends, by `exc`, without
        an answer that settles it; nothing for one that provably never reached the server or was
        refused outright."""
        unknown = call.unknown
        if isinstance(exc, APIStatusError) and exc.status_code >= 500:
            unknown = f"HTTP {exc.status_code}"
        if isinstance(exc, OrderStateUnknownError):
            unknown = "ORDER_DUPLICATE_CLIENT_ORDER_ID, not found"
        if unknown is None:
            return
        reason: Reason
        if isinstance(exc, OrderStateUnknownError):
            reason = "duplicate_not_found"
        elif not isinstance(exc, Exception):
            reason = "cancelled"
        elif call.past_deadline:
            reason = "deadline"
        elif prepared.idempotency_key is None:
            reason = "not_retried"
        elif isinstance(exc, APIConnectionError) or unknown.startswith("HTTP"):
            reason = "retries_exhausted"
        else:
            reason = "failed"
        field = route.idempotency_field if prepared.idempotency_key is not None else None
        record = UnresolvedRequest(
            route.operation_id,
            prepared.method,
            prepared.path,
            field,
            prepared.idempotency_key,
            prepared.portfolio_id,
            datetime.now(UTC),
            reason,
            unknown,
            call.attempts,
        )
        self.lifecycle.unresolved.record(record)
        logger.warning(
            "%s %s: outcome unknown (%s: %s), recorded in client.unresolved; %s",
            route.operation_id,
            prepared.path,
            reason,
            unknown,
            f"{field}={prepared.idempotency_key}: look it up before sending it again"
            if field is not None
            else "no idempotency field: check on the server before sending it again",
        )

    def _build(self, prepared: PreparedRequest, options: CallOptions | None = None) -> httpx.Request:
        url = _url(self.base_url + prepared.target)
        headers = self._headers_json if prepared.body is not None else self._headers_plain
        extensions = self._timeout
        if options is not None:
            if options.headers:  # ASCII, checked
                headers = httpx.Headers([*headers.raw, *((k.encode(), v.encode()) for k, v in options.headers)])
            extensions = options.timeout or extensions
        if self._own_send is None and self.http.cookies:  # a caller's client with cookies: httpx merges them
            return self.http.build_request(
                prepared.method, url, content=prepared.body, headers=headers, extensions=extensions
            )
        # stream= rather than content=: httpx would otherwise re-parse every header to add Host and
        # Content-Length (~6 µs), which are added here from what is known already
        body = prepared.body
        request = httpx.Request(
            prepared.method,
            url,
            headers=headers,
            stream=httpx.ByteStream(body) if body else _NO_BODY,
            extensions=extensions,
        )
        if body is not None or prepared.method in ("POST", "PUT", "PATCH"):
            request.headers["Content-Length"] = str(len(body or b""))
        request.read()  # request.content, for signing and for the error that may carry a copy
        return request

    def _emit(
        self,
        route: Route,
        prepared: PreparedRequest,
        call: _Call,
        status: int | None,
        started: float,
        response: httpx.Response | None,
        error: Exception | None,
    ) -> None:
        """Tell the debug log and the event hooks about one attempt; costs nothing when neither listens."""
        hooks = self.options.event_hooks
        debug = logger.isEnabledFor(logging.DEBUG)
        if not (debug or hooks):
            return
        duration = time.perf_counter() - started
        request_id = request_id_of(response.headers) if response is not None else None
        if debug:
            logger.debug(
                "%s %s %s attempt %d -> %s in %.1f ms%s%s",
                route.operation_id,
                prepared.method,
                prepared.path,
                call.attempts,
                status if status is not None else type(error).__name__,
                duration * 1000,
                f" (request id {request_id})" if request_id else "",
                _waits(call),
            )
        if hooks:
            if not call.id:
                call.id = next(_CALL_IDS)
            event = RequestEvent(
                route.operation_id,
                prepared.method,
                prepared.path,
                call.attempts,
                status,
                duration,
                request_id,
                error,
                rate_limit_wait=call.rate_limit_wait,
                retry_after_wait=call.retry_after_wait,
                call_id=call.id,
                started_at=time.time() - duration,
                idempotency_key=prepared.idempotency_key,
            )
            for hook in hooks:
                try:
                    hook(event)
                except Exception:  # a broken metrics hook must not break trading
                    logger.exception("event hook %r failed", hook)

    def structure(
        self,
        route: Route,
        response: httpx.Response,
        body: bytes,
        attempts: int = 1,
        prepared: PreparedRequest | None = None,
        signer: AttemptSigner | None = None,
    ) -> Any:
        """The response as the route's model, or the matching typed error."""
        fields = _fields(route, prepared, attempts)
        if response.status_code >= 300 or response.status_code < 200:
            raise status_error(route, _finished(response, body, response.request, signer), body, **fields)
        try:
            data = parse_json(body)
        except ValueError as exc:
            raise APIResponseValidationError(
                f"response body is not valid JSON ({exc})",
                response=_finished(response, body, response.request, signer),
                body=None,
                **fields,
            ) from None
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                f"expected a JSON object, got {type(data).__name__}",
                response=_finished(response, body, response.request, signer),
                body=data,
                **fields,
            )
        try:
            return converter().structure(data, route.response_model)
        except Exception as exc:  # the slow path, only now: where the data does not fit, and why
            scrub(exc)  # its frames hold a half-built model, whose repr fails in a crash reporter
            raise APIResponseValidationError(
                f"response does not match {route.response_model.__name__}: "
                f"{describe_error(data, route.response_model)}",
                response=_finished(response, body, response.request, signer),
                body=data,
                **fields,
            ) from None


_CALL_IDS = itertools.count(1)  # RequestEvent.call_id: next() is atomic, so threads share it safely


def _waits(call: _Call) -> str:
    """What an attempt's debug line says of the waits before it (those of a millisecond or more)."""
    waits = [
        f"{label} {seconds * 1000:.0f} ms" if seconds < 1 else f"{label} {seconds:.2f} s"
        for label, seconds in (("rate limiter", call.rate_limit_wait), ("Retry-After", call.retry_after_wait))
        if seconds >= 0.001
    ]
    return f", after waiting: {', '.join(waits)}" if waits else ""


def _fields(route: Route, prepared: PreparedRequest | None, attempts: int) -> dict[str, Any]:
    return {
        "operation": route.operation_id,
        "attempts": attempts,
        "idempotency_key": prepared.idempotency_key if prepared is not None else None,
    }


def _scrubbed(exc: Exception, request: httpx.Request, signer: AttemptSigner | None) -> Exception:
    """The failure without its library frames, pointing at a masked copy of the request."""
    scrub(exc)
    if isinstance(exc, httpx.RequestError):
        exc.request = masked_request(request, signer)
    return exc


def _finished(
    response: httpx.Response, body: bytes, request: httpx.Request | None, signer: AttemptSigner | None
) -> httpx.Response:
    """A read response to hand to the caller (on an error): its body in, its request masked."""
    finished = httpx.Response(
        response.status_code, headers=response.headers, content=body, extensions=response.extensions
    )
    if request is not None:
        finished.request = masked_request(request, signer)
    return finished


def _connection_error(route: Route, prepared: PreparedRequest, call: _Call, error: Exception) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    host = call.request.url.host if call.request is not None else "?"
    what = "timed out" if kind is APITimeoutError else "connection failed"
    return kind(
        f"{what} talking to {host} ({type(error).__name__}: {error})",
        request=masked_request(call.request, call.signer) if call.request is not None else None,
        **_fields(route, prepared, call.attempts),
    )


_NO_BODY = httpx.ByteStream(b"")  # stateless: one for every request without a body


@functools.lru_cache(maxsize=4096)
def _url(text: str) -> httpx.URL:
    """Parsed once per distinct URL (~13 µs each): a bot polls the same few endpoints."""
    return httpx.URL(text)


def _merged(defaults: httpx.Headers, ours: dict[str, str]) -> httpx.Headers:
    headers = httpx.Headers(defaults)
    headers.update(ours)
    if headers.get("user-agent", "").startswith("python-httpx/"):  # httpx's default, not the caller's
        headers["user-agent"] = USER_AGENT
    return headers  # httpx.Request copies an httpx.Headers as is (a list of headers, it re-parses)


def status_error(route: Route, response: httpx.Response, body: bytes, **fields: Any) -> APIStatusError:
    """The typed error for a non-2xx answer: its class by status (and, for the one subcode that
    changes what a caller must do, by subcode); Prime's `message`, or a body that is not JSON as
    bounded text, or the reason phrase."""
    parsed, _, subcode = error_details(body)
    if isinstance(parsed, dict):
        message = parsed.get("message")
        message = body_text(str(message).encode()) if message not in (None, "") else None
    else:
        message = body_text(body) if body else None
    message = message or response.reason_phrase or "error"
    kind = status_error_class(response.status_code, subcode)
    if kind is RedirectError:
        location = response.headers.get("location", "")
        message = f"redirect to {location[:200]!r} not followed: credentials are never sent to another location"
    return kind(message, response=response, body=parsed, **fields)
