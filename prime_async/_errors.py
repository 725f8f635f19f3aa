"""Every error the client raises. Catch `PrimeError` for all of them.

Each error is built whole where the call ends: its message, the operation, how many attempts
were made, the idempotency value sent and the server's request id are constructor fields, never
patched on afterwards. Messages name the operation, the status and the server's `message`; they
never hold a header, and `.request` is a copy with the credentials masked, so no secret can leak
through an exception, its repr or a traceback.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from ._generated.errors import ErrorCode, ErrorSubcode
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
    "MissingResponseFieldError",
    "ResponseTooLargeError",
    "DuplicateClientOrderIdError",
    "OrderStateUnknownError",
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


def error_details(body: bytes) -> tuple[Any, str | None, str | None]:
    """An error body parsed: (the JSON value, or the body's bounded text when it is not JSON;
    its `code`; its `subcode`). Read by the retry decision and by the error that is raised."""
    from ._json import parse_json

    if not body:
        return None, None, None
    try:
        parsed = parse_json(body)
    except ValueError:
        return body_text(body), None, None
    if not isinstance(parsed, dict):
        return parsed, None, None
    code, subcode = parsed.get("code"), parsed.get("subcode")
    return parsed, code if isinstance(code, str) else None, subcode if isinstance(subcode, str) else None


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
    """The server answered with a non-2xx status. `body` is the parsed JSON body (or, when it is
    not JSON, its text). From Prime's error body `{code, subcode, message, trace_id}`:

    - `code`: the coarse class (`ErrorCode.VALIDATION_ERROR`), None when the body has none;
    - `subcode`: the specific reason (`ErrorSubcode.ORDER_FULLY_FILLED`): what to branch on;
    - `trace_id`: Prime's trace id for the request, which Coinbase support asks for.

    `code` and `subcode` are open enums: compare with `is` or `==`; a value Prime added after this
    release is still a member (`.is_known` False), never a failure. `ErrorSubcode.X.info` says the
    catalog's status, code and meaning. `str(exc)` names the subcode and the trace id."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, **fields: Any) -> None:
        super().__init__(message, response=response, body=body, **fields)
        details = body if isinstance(body, dict) else {}
        self.code: ErrorCode | str | None = _member(ErrorCode, details.get("code"))
        self.subcode: ErrorSubcode | str | None = _member(ErrorSubcode, details.get("subcode"))
        trace = details.get("trace_id", details.get("traceId"))
        self.trace_id: str | None = _bounded(str(trace), 200) if trace not in (None, "") else None

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        reason = f" [{self.subcode or self.code}]" if (self.subcode or self.code) else ""
        note = SUBCODE_NOTES.get(str(self.subcode), "") if self.subcode else ""
        return f"{where}HTTP {self.status_code}: {self.message}{reason}{note}{self._suffix()}"

    def _suffix(self) -> str:
        ids = [f"request id {self.request_id}"] if self.request_id else []
        if self.trace_id:
            ids.append(f"trace id {self.trace_id}")
        tries = f" after {self.attempts} attempts" if self.attempts > 1 else ""
        return (f" ({', '.join(ids)})" if ids else "") + tries


# What a subcode means that its status would hide (the catalog's quirks), said in str(exc).
SUBCODE_NOTES = {
    ErrorSubcode.FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED.value: (
        ": a permission, not bad credentials (the credentials were accepted; the portfolio has no margin enabled)"
    ),
    ErrorSubcode.ORDER_RESOURCE_NOT_FOUND.value: (
        ": not found (Prime answers 400, not 404, when an order resource the request names does not exist)"
    ),
}


def _member(kind: type[ErrorCode] | type[ErrorSubcode], value: Any) -> Any:
    """A body's `code` or `subcode` as the open enum (an unlisted value too); None when absent."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        return _bounded(str(value), 200)
    return kind(_bounded(value, 200))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\r\n]+")
TEXT_LIMIT = 2048  # characters of a non-JSON body kept as the message


def _bounded(text: str, limit: int) -> str:
    """`text` on one line, its control characters escaped (a log line or terminal shows what the
    server sent, never acts on it), cut at `limit` characters."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", _SPACES.sub(" ", text).strip())
    return text if len(text) <= limit else text[:limit] + "..."


def body_text(body: bytes) -> str:
    """A non-JSON error body (a proxy's HTML 502) as a bounded, printable message."""
    return _bounded(body[: TEXT_LIMIT * 4].decode("utf-8", "replace"), TEXT_LIMIT)


class RedirectError(APIStatusError):
    """A 3xx answer. Never followed: a request signed for Prime must not carry its credentials to
    another location. `location` is where the server pointed."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, **fields: Any) -> None:
        super().__init__(message, response=response, body=body, **fields)
        self.location: str | None = response.headers.get("location")


class BadRequestError(APIStatusError):
    """400: the request was malformed or a value was refused (the message names which; `subcode`
    says why). Prime also answers 400 for some "not found" cases: `ORDER_RESOURCE_NOT_FOUND`."""

    status_code = 400


class DuplicateClientOrderIdError(BadRequestError):
    """400 `ORDER_DUPLICATE_CLIENT_ORDER_ID` when no earlier attempt of the call may have reached
    Prime (the first attempt; or after a 429 or a connection never made): an order with this
    `client_order_id` existed before this call (the caller reused an id). Raised at once: nothing
    retried, nothing looked up. `client_order_id` is the value sent. (When a retry after an attempt
    whose outcome was unknown gets this answer, that attempt placed the order: the client finds it
    and returns it instead; see OrderStateUnknownError.)"""

    @property
    def client_order_id(self) -> str | None:
        return self.idempotency_key


class AuthenticationError(APIStatusError):
    """401: the key, passphrase, signature or timestamp was refused; or, with subcode
    `FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED`, the credentials were fine and the portfolio lacks
    margin (a permission, which Prime answers with 401)."""

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


class OrderStateUnknownError(APIError):
    """A retried CreateOrder, AcceptQuote or EditOrder whose outcome the client could not settle.

    An attempt's answer was lost (the connection dropped, a 5xx), the retry was refused with
    `ORDER_DUPLICATE_CLIENT_ORDER_ID` (so an earlier attempt did reach Prime and the order
    exists), and the order could not be found by its `client_order_id` within the lookup's
    bounds (open orders, then the portfolio's orders for the product, side and time of the first
    attempt; a bounded number of pages and seconds), or the lookup itself failed.

    The order almost certainly exists: do NOT place it again under a new id. Find it by
    `client_order_id` (`orders.list_portfolio_orders`, or the WebSocket orders channel) and
    reconcile. The call is also recorded in `client.unresolved`. Fields: `client_order_id`,
    `portfolio_id`, `attempts`, `operation`, `looked_up` (what the lookup did), and the refusal
    as `__cause__`."""

    def __init__(
        self,
        message: str,
        *,
        client_order_id: str | None = None,
        portfolio_id: str | None = None,
        looked_up: str = "",
        **fields: Any,
    ) -> None:
        client_order_id = client_order_id or fields.get("idempotency_key") or ""
        fields["idempotency_key"] = client_order_id
        super().__init__(message, **fields)
        self.client_order_id: str = client_order_id
        self.portfolio_id = portfolio_id
        self.looked_up = looked_up


class APIResponseValidationError(_ResponseError):
    """A 2xx response whose body is not JSON, or not the shape the spec promises. `body` is what
    was parsed (None when nothing could be); the message names the JSON path and the value."""


class MissingResponseFieldError(APIResponseValidationError):
    """A 2xx response without the one message the call answers with (GetOrderResponse's `order`,
    GetPortfolioResponse's `portfolio`, ...): those fields are typed non-Optional, so their absence
    is an error here, naming the operation, the field (`field`, e.g. "order") and the request id,
    not a None the caller trips over later."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, field: str = "", **fields: Any) -> None:
        super().__init__(message, response=response, body=body, **fields)
        self.field = field


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


def status_error_class(status: int, subcode: str | None = None) -> type[APIStatusError]:
    if status == 400 and subcode == ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID:
        return DuplicateClientOrderIdError
    if status >= 500:
        return InternalServerError
    if 300 <= status < 400:
        return RedirectError
    return _BY_STATUS.get(status, APIStatusError)
