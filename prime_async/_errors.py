"""Every error the client raises. Catch `PrimeError` for all of them.

Each error is built whole where the call ends: its message, the operation, how many attempts
were made, the idempotency value sent and the server's request id are constructor fields, never
patched on afterwards. Messages name the operation, the status and the server's `message`; they
never hold a header, and `.request` is a copy with the credentials masked, so no secret can leak
through an exception, its repr or a traceback.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._retry_after import parse_retry_after

__all__ = [
    "PrimeError",
    "CredentialsError",
    "InvalidRequestError",
    "ClientClosedError",
    "PaginationError",
    "RateLimitStoreError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "RedirectError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RateLimitError",
    "InternalServerError",
    "APIResponseValidationError",
    "ResponseTooLargeError",
]

# Response headers that may carry the server's id for a request, most specific first.
REQUEST_ID_HEADERS = ("x-request-id", "x-cb-request-id", "cb-request-id", "x-trace-id", "trace-id")


class PrimeError(Exception):
    """Base of every error raised by prime_async."""

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its arguments and fields rather than through __init__, whose fields may be
        # keyword-only: every error survives pickle (a process pool's result), copy and deepcopy
        return (_rebuilt, (type(self), self.args), self.__dict__)


def _rebuilt(kind: type[PrimeError], args: tuple[Any, ...]) -> PrimeError:
    return kind.__new__(kind, *args)


class CredentialsError(PrimeError, ValueError):
    """Credentials are missing or malformed (e.g. `PrimeClient.from_env()` found none). The message
    says what is wrong with a value, never the value itself."""


class InvalidRequestError(PrimeError, TypeError, ValueError):
    """An endpoint was called with a missing, unknown or ill-typed argument. Nothing was sent.

    It is both a TypeError (like calling a function wrongly) and a ValueError (a bad value).
    """


class ClientClosedError(PrimeError, RuntimeError):
    """The client was closed (`aclose()`, or the end of its `async with`); nothing was sent."""


class PaginationError(PrimeError):
    """The server's pagination cannot be followed safely (a cursor seen twice, or a long run of
    empty pages that each promise more): iteration stopped instead of looping forever."""


class RateLimitStoreError(PrimeError):
    """The rate limit's shared store (`RateLimit(store=...)`) could not be used, so nothing was
    sent: it failed with `store_failure="raise"`, or the event loop is not asyncio (redis-py's
    client runs on asyncio only). The message names the store with its password masked."""


def request_id_of(headers: httpx.Headers) -> str | None:
    return next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None)


class APIError(PrimeError):
    """A request was attempted.

    - `request`: the last request sent, with its credentials masked;
    - `operation`: the operationId (`CreateOrder`);
    - `attempts`: how many attempts were made;
    - `idempotency_key`: the value the client sent in the route's idempotency field (the same on
      every attempt), so an order or transfer can be found again;
    - `request_id`: the server's id for the last response, when it sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        operation: str = "",
        attempts: int = 1,
        idempotency_key: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.operation = operation
        self.attempts = attempts
        self.idempotency_key = idempotency_key
        self.request_id = request_id

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        return f"{where}{self.message}{self._suffix()}"

    def _suffix(self) -> str:
        rid = f" (request id {self.request_id})" if self.request_id else ""
        tries = f" after {self.attempts} attempts" if self.attempts > 1 else ""
        return rid + tries


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a full response arrived."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired, or an attempt or the whole call ran past its
    time (see `PrimeClient`'s `timeout` and `deadline`)."""


class _ResponseError(APIError):
    """An error about a response that arrived: `response` (read, its request masked), its
    `status_code`, and `body` as parsed; the request id from its headers unless given."""

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any, **fields: Any) -> None:
        fields.setdefault("request_id", request_id_of(response.headers))
        super().__init__(message, request=response.request, **fields)
        self.status_code = response.status_code
        self.response = response
        self.body = body


class APIStatusError(_ResponseError):
    """The server answered with a non-2xx status. `body` is the parsed JSON body (or the text);
    `code` and `subcode` are Prime's, when the body carries them."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, **fields: Any) -> None:
        super().__init__(message, response=response, body=body, **fields)
        details = body if isinstance(body, dict) else {}
        self.code: Any = details.get("code")
        self.subcode: Any = details.get("subcode")

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        return f"{where}HTTP {self.status_code}: {self.message}{self._suffix()}"


class RedirectError(APIStatusError):
    """A 3xx answer. Never followed: a request signed for Prime must not carry its credentials to
    another location. `location` is where the server pointed."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, **fields: Any) -> None:
        super().__init__(message, response=response, body=body, **fields)
        self.location: str | None = response.headers.get("location")


class BadRequestError(APIStatusError):
    """400: the request was malformed or a value was refused (the message names which)."""

    status_code = 400


class AuthenticationError(APIStatusError):
    """401: the key, passphrase, signature or timestamp was refused."""

    status_code = 401


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (its permissions, or the portfolio's)."""

    status_code = 403


class NotFoundError(APIStatusError):
    """404: no such portfolio, order, wallet or other object."""

    status_code = 404


class ConflictError(APIStatusError):
    """409: the request conflicts with the object's state."""

    status_code = 409


class RateLimitError(APIStatusError):
    """429. `retry_after`: the seconds the server asked to wait (None when it did not say)."""

    status_code = 429

    def __init__(self, message: str, *, response: httpx.Response, body: Any, **fields: Any) -> None:
        super().__init__(message, response=response, body=body, **fields)
        self.retry_after: float | None = parse_retry_after(response.headers.get("retry-after"))


class InternalServerError(APIStatusError):
    """Any 5xx."""


class APIResponseValidationError(_ResponseError):
    """A 2xx response whose body is not JSON, or not the shape the spec promises. `body` is what
    was parsed (None when nothing could be); the message names the JSON path and the value."""


class ResponseTooLargeError(APIResponseValidationError):
    """The response body grew past `max_response_bytes` (decoded size) and was not read further."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    if 300 <= status < 400:
        return RedirectError
    return _BY_STATUS.get(status, APIStatusError)
