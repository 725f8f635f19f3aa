"""The one request pipeline: build -> (pace -> sign -> send -> decide)* -> map errors -> structure.

Every endpoint call, paginated or not, runs through `Pipeline.request`. The request is built
once per call (so an idempotency value filled in by the client is the same on every attempt);
each attempt is paced by the rate limiter and signed afresh by the auth hook.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import httpx
from anyio import sleep

from ._auth import PrimeAuth, SigningTransport
from ._convert import converter, describe_error
from ._encode import PreparedRequest, new_idempotency_key, prepare
from ._errors import (
    REQUEST_ID_HEADERS,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._events import EventHook, RequestEvent
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy
from ._route import Route
from ._version import __version__

__all__ = ["Pipeline", "RequestOptions"]

logger = logging.getLogger("prime_async")

loads: Callable[[bytes], Any] = json.loads
try:  # the `orjson` extra: parses a 100-order page in half the time of json.loads
    import orjson

    loads = orjson.loads
except ImportError:  # pragma: no cover
    pass

USER_AGENT = f"prime-async/{__version__} httpx/{httpx.__version__}"
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
ACCEPT_HEADERS = {"Accept": "application/json"}


@attrs.frozen
class RequestOptions:
    """What `PrimeClient.with_options()` can change per call."""

    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy = attrs.Factory(RetryPolicy)
    event_hooks: tuple[EventHook, ...] = ()
    new_idempotency_key: Callable[[], str] = new_idempotency_key


class Pipeline:
    """`direct`: the client's own signing transport, called without `AsyncClient.send` (its auth
    flow, redirect loop and cookie jar cost ~100 µs a request and do nothing here); None for an
    `httpx.AsyncClient` the caller owns, whose hooks, cookies and mounts must all be honoured."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        auth: PrimeAuth,
        limiter: RateLimiter | None,
        options: RequestOptions,
        direct: SigningTransport | None = None,
    ) -> None:
        self.http = http
        self.auth = auth
        self.direct = direct
        self.limiter = limiter
        self.options = options
        self.base_url = options.base_url.rstrip("/")
        # the HTTP client's default headers (User-Agent, any of the caller's) merged with ours once,
        # not on every request as build_request() would
        self._headers_json = _merged(http.headers, JSON_HEADERS)
        self._headers_plain = _merged(http.headers, ACCEPT_HEADERS)
        self._timeout = {"timeout": options.timeout.as_dict()}

    def with_options(self, **changes: Any) -> Pipeline:
        """The same connections, credentials and rate limiter, with other options."""
        return Pipeline(self.http, self.auth, self.limiter, attrs.evolve(self.options, **changes), self.direct)

    async def request(self, route: Route, kwargs: Mapping[str, Any]) -> Any:
        prepared = prepare(route, kwargs, self.options.new_idempotency_key)
        portfolio_id = kwargs.get("portfolio_id") if "portfolio_id" in route.path_params else None
        attempt = 0
        while True:
            attempt += 1
            if self.limiter is not None:
                await self.limiter.acquire(portfolio_id)
            try:
                response = await self.send(route, prepared, attempt)
            except APIConnectionError as exc:
                delay = self.options.retry.next_delay(route, prepared, attempt, error=exc.__cause__)
                if delay is None:
                    raise _finished(exc, attempt, prepared) from exc.__cause__
                await sleep(delay)
                continue
            delay = self.options.retry.next_delay(route, prepared, attempt, response=response)
            if delay is None:
                break
            if response.status_code == 429 and self.limiter is not None:
                self.limiter.pause(delay)  # every task on this client holds back, not just this one
            await sleep(delay)
        try:
            result = self.structure(route, response, attempt)
        except APIError as exc:
            raise _finished(exc, attempt, prepared) from exc.__cause__
        if prepared.idempotency_key is not None and route.idempotency_field:
            # the value this call sent, so the caller can find the order or transfer later
            result = attrs.evolve(result, **{route.idempotency_field: prepared.idempotency_key})
        return result

    async def send(self, route: Route, prepared: PreparedRequest, attempt: int = 1) -> httpx.Response:
        """One signed attempt; transport failures become APIConnectionError/APITimeoutError."""
        url = _url(self.base_url + prepared.target)
        if self.http.cookies:  # a caller's client with cookies: let httpx merge them
            request = self.http.build_request(
                prepared.method, url, content=prepared.body, headers=self._headers_json, timeout=self.options.timeout
            )
        else:
            headers = self._headers_json if prepared.body is not None else self._headers_plain
            request = httpx.Request(
                prepared.method, url, content=prepared.body, headers=headers, extensions=self._timeout
            )
        started = time.perf_counter()
        try:
            if self.direct is not None:
                response = await self.direct.handle_async_request(request)
                response.request = request
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            else:
                response = await self.http.send(request, auth=self.auth)
        except httpx.TransportError as exc:
            self._emit(route, prepared, attempt, None, started, None, exc)
            if isinstance(exc, httpx.TimeoutException):
                raise APITimeoutError(
                    f"{route.operation_id}: timed out ({type(exc).__name__})", request=request
                ) from exc
            raise APIConnectionError(
                f"{route.operation_id}: connection failed ({type(exc).__name__}: {exc})", request=request
            ) from exc
        self._emit(route, prepared, attempt, response.status_code, started, response, None)
        return response

    def _emit(
        self,
        route: Route,
        prepared: PreparedRequest,
        attempt: int,
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
        request_id = request_id_of(response) if response is not None else None
        if debug:
            logger.debug(
                "%s %s %s attempt %d -> %s in %.1f ms%s",
                route.operation_id,
                prepared.method,
                prepared.path,
                attempt,
                status if status is not None else type(error).__name__,
                duration * 1000,
                f" (request id {request_id})" if request_id else "",
            )
        if hooks:
            event = RequestEvent(
                route.operation_id, prepared.method, prepared.path, attempt, status, duration, request_id, error
            )
            for hook in hooks:
                try:
                    hook(event)
                except Exception:  # a broken metrics hook must not break trading
                    logger.exception("event hook %r failed", hook)

    def structure(self, route: Route, response: httpx.Response, attempts: int = 1) -> Any:
        """The response as the route's model, or the matching typed error."""
        if response.status_code >= 300:
            raise status_error(route, response, attempts)
        try:
            data = loads(response.content)
        except (ValueError, RecursionError):  # json.loads recurses: hostile nesting must not escape
            raise APIResponseValidationError(
                "response body is not valid JSON", response=response, body=response.text, operation=route.operation_id
            ) from None
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                f"expected a JSON object, got {type(data).__name__}",
                response=response,
                body=data,
                operation=route.operation_id,
            )
        try:
            return converter().structure(data, route.response_model)
        except Exception as exc:  # the slow path, only now: where the data does not fit, and why
            raise APIResponseValidationError(
                f"response does not match {route.response_model.__name__}: "
                f"{describe_error(data, route.response_model)}",
                response=response,
                body=data,
                operation=route.operation_id,
            ) from exc


@functools.lru_cache(maxsize=4096)
def _url(text: str) -> httpx.URL:
    """Parsed once per distinct URL (~13 µs each): a bot polls the same few endpoints."""
    return httpx.URL(text)


def _merged(defaults: httpx.Headers, ours: dict[str, str]) -> list[tuple[str, str]]:
    headers = httpx.Headers(defaults)
    headers.update(ours)
    if headers.get("user-agent", "").startswith("python-httpx/"):  # httpx's default, not the caller's
        headers["user-agent"] = USER_AGENT
    return list(headers.multi_items())


def _finished(exc: APIError, attempts: int, prepared: PreparedRequest) -> APIError:
    """The error that ends a call: how many attempts it took, and the idempotency value it sent."""
    exc.attempts = attempts
    exc.idempotency_key = prepared.idempotency_key
    if attempts > 1 and isinstance(exc, APIConnectionError) and "after" not in exc.message:
        exc.message = f"{exc.message} after {attempts} attempts"
        exc.args = (exc.message,)
    return exc


def status_error(route: Route, response: httpx.Response, attempts: int = 1) -> APIStatusError:
    try:
        body: Any = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        body = response.text
    message = body.get("message") if isinstance(body, dict) else None
    if not message:
        message = response.reason_phrase or "error"
    return status_error_class(response.status_code)(
        str(message), response=response, body=body, operation=route.operation_id, attempts=attempts
    )


def request_id_of(response: httpx.Response) -> str | None:
    headers = response.headers
    return next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None)
