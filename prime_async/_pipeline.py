"""The one request pipeline: build -> (pace -> sign -> send -> read -> decide)* -> map errors -> structure.

Every endpoint call, paginated or not, runs through `Pipeline.request`. The request is built
once per call (so an idempotency value filled in by the client is the same on every attempt);
each attempt is paced by the rate limiter, signed afresh as it leaves, bounded in time
(`attempt_timeout`) and in size (`max_response_bytes`); the whole call may be bounded too
(`deadline`). Whether to try again is `RetryPolicy`'s decision alone: nothing below it resends.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import attrs
import httpx
from anyio import sleep

from ._auth import AttemptSigner, PrimeAuth, masked_request, unsign
from ._body import BodyTooLarge, UnsupportedEncoding, read_body
from ._call_errors import connection_error, error_fields, finished_response, scrubbed, status_error
from ._call_options import CallOptions, RequestOptions, split_call_options
from ._call_report import record_unresolved, report_attempt
from ._call_state import AttemptFailed, CallState
from ._convert import MissingAnswer, converter, describe_error
from ._duplicates import RESOLVABLE, resolve_duplicate
from ._encode import PreparedRequest, checked_target, prepare
from ._errors import (
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    DuplicateClientOrderIdError,
    MissingResponseFieldError,
    PrimeError,
    ResponseTooLargeError,
    error_details,
)
from ._json import parse_json
from ._lifecycle import Lifecycle
from ._ratelimit import Limiter
from ._raw import RawResponse, parsed_of
from ._request_builder import NO_BODY, RequestBuilder
from ._retry import NEVER_SENT, RetryPolicy, parse_retry_after
from ._route import Route
from ._timeout import fail_after
from .transports._adapt import StreamedBody
from .transports._common import fork_generation, scrub
from .transports._contract import RequestSigner, Sent

__all__ = ["Pipeline", "Sender"]

logger = logging.getLogger("prime_async")


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
        builder = RequestBuilder(http, options, own_send=send is not None)
        self.base_url = builder.base_url
        self._build = builder.build

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
        call = CallState(options=call_options)
        deadline = self.options.deadline
        began = time.monotonic() if deadline is not None else 0.0  # no clock read the call does not need
        try:
            try:
                with fail_after(deadline):
                    response, body = await self._attempts(route, prepared, call)
            except TimeoutError:  # the deadline: every failure inside is typed, so this is ours
                call.past_deadline = True
                raise APITimeoutError(
                    f"the call ran past its deadline of {deadline:g} s",
                    request=masked_request(call.request, call.signer) if call.request is not None else None,
                    **error_fields(route, prepared, call.attempts),
                ) from None
            try:
                result = self.structure(route, response, body, call.attempts, prepared, call.signer)
            except DuplicateClientOrderIdError as refused:
                if call.unknown is None or route.operation_id not in RESOLVABLE:
                    # no earlier attempt may have reached Prime (the first attempt, or after a 429 or
                    # a connection never made): the caller's own id was in use before this call
                    raise
                # a retry refused as a duplicate after an attempt whose outcome was unknown: that
                # attempt placed the order
                remaining = None if deadline is None else deadline - (time.monotonic() - began)
                first = datetime.fromtimestamp(call.first_attempt_at, UTC)
                result = await resolve_duplicate(self.fetch, route, prepared, refused, first, remaining)
        except BaseException as exc:  # an error, or a cancellation: a create may be left unresolved
            if prepared.method != "GET":
                record_unresolved(self.lifecycle.unresolved, route, prepared, call, exc)
            # what it chains (a body too large, the deadline's TimeoutError) was raised in frames
            # that held the response's stream, and through it the request as sent: those go
            for link in (exc.__cause__, exc.__context__):
                if link is not None:
                    scrub(link)
            raise
        if prepared.idempotency_key is not None and route.idempotency_field:
            # the value this call sent, so the caller can find the order or transfer later
            result = attrs.evolve(result, **{route.idempotency_field: prepared.idempotency_key})
        if self.options.raw:
            return RawResponse(
                finished_response(response, body, call.request, call.signer),
                result,
                attempts=call.attempts,
                elapsed=call.elapsed,
            )
        return result

    async def fetch(self, route: Route, kwargs: Mapping[str, Any]) -> Any:
        """One call's model, also on a raw client (the duplicate lookup's GETs, see _duplicates)."""
        return parsed_of(await self.request(route, kwargs))

    async def _attempts(self, route: Route, prepared: PreparedRequest, call: CallState) -> tuple[httpx.Response, bytes]:
        portfolio_id = prepared.portfolio_id  # the path's (for the per-portfolio rate limit), or None
        retry = self.options.retry
        call.first_attempt_at = time.time()
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
            except AttemptFailed as failed:
                if not isinstance(failed.error, NEVER_SENT):
                    call.unknown = type(failed.error).__name__
                if self.lifecycle.closed:
                    raise ClientClosedError("the client was closed while the request was in flight") from None
                delay = retry.next_delay(route, prepared, call.attempts, error=failed.error)
                if delay is None:
                    raise connection_error(
                        route, prepared, call.attempts, call.request, call.signer, failed.error
                    ) from failed.error
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

    async def _back_off(self, route: Route, call: CallState, delay: float, response: httpx.Response | None) -> None:
        """Wait `delay` seconds before the next attempt."""
        self._waiting(route, call, delay, response)
        await sleep(delay)

    def _waiting(self, route: Route, call: CallState, delay: float, response: httpx.Response | None) -> bool:
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

    async def _attempt(self, route: Route, prepared: PreparedRequest, call: CallState) -> tuple[httpx.Response, bytes]:
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
                    unsign(request, signer)  # sent (or not): its headers need not hold the passphrase any longer
                response.request = request
                response.next_request = None  # a caller's httpx client's copy of it for a redirect, signed
                try:
                    body = await read_body(stream, self.options.max_response_bytes)
                finally:
                    await stream.aclose()  # the connection back to the pool, its slot released
                    # the transport's stream leads to its connection, and from there to the request
                    # as sent (aiohttp's request_info, httpcore's request): none of it is needed now
                    response.stream = NO_BODY
                    del stream
        except (BodyTooLarge, UnsupportedEncoding) as exc:
            report_attempt(
                self.options.event_hooks, route, prepared, call, response.status_code, started, response, None
            )
            kind = ResponseTooLargeError if isinstance(exc, BodyTooLarge) else APIResponseValidationError
            raise kind(
                str(exc),
                response=finished_response(response, b"", request, signer),
                body=None,
                **error_fields(route, prepared, call.attempts),
            ) from None
        except TimeoutError:  # the attempt's own bound; the request may have been sent
            late = scrubbed(httpx.ReadTimeout(f"the attempt ran past attempt_timeout={bound:g} s"), request, signer)
            report_attempt(self.options.event_hooks, route, prepared, call, None, started, None, late)
            raise AttemptFailed(late) from None
        except Exception as exc:  # an httpx.TransportError, or what a caller's transport raises instead
            failure = scrubbed(exc, request, signer)  # before a hook sees it (RequestEvent.error)
            report_attempt(self.options.event_hooks, route, prepared, call, None, started, None, failure)
            raise AttemptFailed(failure) from None
        except BaseException:  # cancelled (or KeyboardInterrupt) with the request handed to the transport
            call.unknown = "in flight when cancelled"
            raise
        call.elapsed = time.perf_counter() - started
        report_attempt(self.options.event_hooks, route, prepared, call, response.status_code, started, response, None)
        return response, body

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
        fields = error_fields(route, prepared, attempts)
        if response.status_code >= 300 or response.status_code < 200:
            raise status_error(route, finished_response(response, body, response.request, signer), body, **fields)
        try:
            data = parse_json(body)
        except ValueError as exc:
            raise APIResponseValidationError(
                f"response body is not valid JSON ({exc})",
                response=finished_response(response, body, response.request, signer),
                body=None,
                **fields,
            ) from None
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                f"expected a JSON object, got {type(data).__name__}",
                response=finished_response(response, body, response.request, signer),
                body=data,
                **fields,
            )
        try:
            return converter().structure(data, route.response_model)
        except MissingAnswer as exc:  # a GetOrder answered without its order
            raise MissingResponseFieldError(
                f"the response has no `{exc.wire}`: {exc.model}.{exc.field}, the answer of the call, is missing",
                field=exc.field,
                response=finished_response(response, body, response.request, signer),
                body=data,
                **fields,
            ) from None
        except Exception as exc:  # the slow path, only now: where the data does not fit, and why
            scrub(exc)  # its frames hold a half-built model, whose repr fails in a crash reporter
            raise APIResponseValidationError(
                f"response does not match {route.response_model.__name__}: "
                f"{describe_error(data, route.response_model)}",
                response=finished_response(response, body, response.request, signer),
                body=data,
                **fields,
            ) from None
