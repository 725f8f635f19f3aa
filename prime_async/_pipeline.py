"""The one request pipeline: build -> sign -> send -> map errors -> structure.

Every endpoint call, paginated or not, runs through `Pipeline.request`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ._auth import PrimeAuth
from ._convert import converter
from ._encode import PreparedRequest, prepare
from ._errors import (
    REQUEST_ID_HEADERS,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._events import EventHook, RequestEvent
from ._route import Route

__all__ = ["Pipeline"]

logger = logging.getLogger("prime_async")

JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
ACCEPT_HEADERS = {"Accept": "application/json"}


class Pipeline:
    def __init__(
        self,
        http: httpx.AsyncClient,
        auth: PrimeAuth,
        base_url: str,
        timeout: httpx.Timeout,
        event_hooks: Sequence[EventHook] = (),
    ) -> None:
        self.http = http
        self.auth = auth
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.event_hooks = tuple(event_hooks)

    async def request(self, route: Route, kwargs: Mapping[str, Any]) -> Any:
        prepared = prepare(route, kwargs)
        response = await self.send(route, prepared)
        return self.structure(route, response)

    async def send(self, route: Route, prepared: PreparedRequest, attempt: int = 1) -> httpx.Response:
        """One signed attempt; transport failures become APIConnectionError/APITimeoutError."""
        request = self.http.build_request(
            prepared.method,
            self.base_url + prepared.target,
            content=prepared.body,
            headers=JSON_HEADERS if prepared.body is not None else ACCEPT_HEADERS,
            timeout=self.timeout,
        )
        started = time.perf_counter()
        try:
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
        debug = logger.isEnabledFor(logging.DEBUG)
        if not (debug or self.event_hooks):
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
        if self.event_hooks:
            event = RequestEvent(
                route.operation_id, prepared.method, prepared.path, attempt, status, duration, request_id, error
            )
            for hook in self.event_hooks:
                try:
                    hook(event)
                except Exception:  # a broken metrics hook must not break trading
                    logger.exception("event hook %r failed", hook)

    def structure(self, route: Route, response: httpx.Response) -> Any:
        """The response as the route's model, or the matching typed error."""
        if response.status_code >= 300:
            raise status_error(route, response)
        try:
            data = json.loads(response.content)
        except ValueError:
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
        except Exception as exc:
            raise APIResponseValidationError(
                f"response does not match {route.response_model.__name__}: {type(exc).__name__}: {exc}",
                response=response,
                body=data,
                operation=route.operation_id,
            ) from exc


def status_error(route: Route, response: httpx.Response, attempts: int = 1) -> APIStatusError:
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
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
