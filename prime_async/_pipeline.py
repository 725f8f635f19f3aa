"""The one request pipeline: build -> sign -> send -> map errors -> structure.

Every endpoint call, paginated or not, runs through `Pipeline.request`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx

from ._auth import PrimeAuth
from ._convert import converter
from ._encode import PreparedRequest, prepare
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._route import Route

__all__ = ["Pipeline"]

logger = logging.getLogger("prime_async")

JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
ACCEPT_HEADERS = {"Accept": "application/json"}


class Pipeline:
    def __init__(self, http: httpx.AsyncClient, auth: PrimeAuth, base_url: str, timeout: httpx.Timeout) -> None:
        self.http = http
        self.auth = auth
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    async def request(self, route: Route, kwargs: Mapping[str, Any]) -> Any:
        prepared = prepare(route, kwargs)
        response = await self.send(route, prepared)
        return self.structure(route, response)

    async def send(self, route: Route, prepared: PreparedRequest) -> httpx.Response:
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
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"{route.operation_id}: timed out ({type(exc).__name__})", request=request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(
                f"{route.operation_id}: connection failed ({type(exc).__name__}: {exc})", request=request
            ) from exc
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d in %.1f ms",
                prepared.method,
                prepared.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )
        return response

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
