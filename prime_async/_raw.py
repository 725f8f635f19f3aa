"""RawResponse: a call's HTTP response beside its parsed result (`client.with_raw_response`).

    raw = await client.with_raw_response.orders.create_order(...)
    raw.status_code, raw.headers["x-request-id"], raw.request_id, raw.elapsed
    order = raw.parse()              # the CreateOrderResponse the plain call returns

The request it carries is the one sent, with its credentials masked.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import httpx

from ._errors import request_id_of

__all__ = ["RawResponse"]

T = TypeVar("T")


class RawResponse(Generic[T]):
    """What one call got back: `status_code`, `headers`, `request_id`, `request` (masked),
    `elapsed` (seconds, the last attempt), `attempts`, `http_response` (the httpx.Response, body
    read), and `parse()` for the model."""

    __slots__ = ("_parsed", "attempts", "elapsed", "http_response")

    def __init__(self, http_response: httpx.Response, parsed: T, *, attempts: int = 1, elapsed: float = 0.0) -> None:
        self.http_response = http_response
        self._parsed = parsed
        self.attempts = attempts
        self.elapsed = elapsed

    def parse(self) -> T:
        """The parsed result: the model the call returns without `with_raw_response`."""
        return self._parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's id for this response, from the first header that carries one."""
        return request_id_of(self.http_response.headers)

    @property
    def request(self) -> httpx.Request:
        """The request sent (its last attempt), with the passphrase and signature masked."""
        return self.http_response.request

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {type(self._parsed).__name__}>"


def parsed_of(value: Any) -> Any:
    """The model inside a RawResponse, or the value itself."""
    return value.parse() if isinstance(value, RawResponse) else value
