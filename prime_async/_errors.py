"""Every error the client raises. Catch `PrimeError` for all of them.

Messages name the operation, the status and the server's `message`; they never hold a header,
so no credential can leak through an exception or a traceback.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "PrimeError",
    "CredentialsError",
    "InvalidRequestError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RateLimitError",
    "InternalServerError",
    "APIResponseValidationError",
]

# Response headers that may carry the server's id for a request, most specific first.
REQUEST_ID_HEADERS = ("x-request-id", "x-cb-request-id", "cb-request-id", "x-trace-id", "trace-id")


class PrimeError(Exception):
    """Base of every error raised by prime_async."""


class CredentialsError(PrimeError, ValueError):
    """Credentials are missing or malformed (e.g. `PrimeClient.from_env()` found none)."""


class InvalidRequestError(PrimeError, TypeError, ValueError):
    """An endpoint was called with a missing, unknown or ill-typed argument. Nothing was sent.

    It is both a TypeError (like calling a function wrongly) and a ValueError (a bad value).
    """


class APIError(PrimeError):
    """A request was attempted. `request` is the last one sent; `attempts` how many were made."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, attempts: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.attempts = attempts
        self.idempotency_key: str | None = None  # the value the client sent, when the route has one


class APIConnectionError(APIError):
    """The server could not be reached or the connection broke before a full response arrived."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class APIStatusError(APIError):
    """The server answered with a non-2xx status."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        operation: str = "",
        attempts: int = 1,
    ) -> None:
        self.status_code = response.status_code
        self.response = response
        self.body = body
        self.operation = operation
        self.request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
        fields = body if isinstance(body, dict) else {}
        self.code: Any = fields.get("code")
        self.subcode: Any = fields.get("subcode")
        super().__init__(message, request=response.request, attempts=attempts)

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        rid = f" (request id {self.request_id})" if self.request_id else ""
        tries = f" after {self.attempts} attempts" if self.attempts > 1 else ""
        return f"{where}HTTP {self.status_code}: {self.message}{rid}{tries}"


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    """Any 5xx."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body is not JSON, or not the shape the spec promises."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, operation: str = "") -> None:
        super().__init__(f"{operation}: {message}" if operation else message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.operation = operation


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
    return _BY_STATUS.get(status, APIStatusError)
