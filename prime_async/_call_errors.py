"""The errors a call ends with, built whole from what it saw: the fields every one carries, the
typed error for a non-2xx answer, the connection error after the last failed attempt, and the
masked copies (of the request, of a read response) they hold instead of what went out."""

from __future__ import annotations

from typing import Any

import httpx

from ._auth import AttemptSigner, masked_request
from ._encode import PreparedRequest
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RedirectError,
    body_text,
    error_details,
    status_error_class,
)
from ._route import Route
from .transports._common import scrub

__all__ = ["connection_error", "error_fields", "finished_response", "scrubbed", "status_error"]


def error_fields(route: Route, prepared: PreparedRequest | None, attempts: int) -> dict[str, Any]:
    return {
        "operation": route.operation_id,
        "attempts": attempts,
        "idempotency_key": prepared.idempotency_key if prepared is not None else None,
    }


def scrubbed(exc: Exception, request: httpx.Request, signer: AttemptSigner | None) -> Exception:
    """The failure without its library frames, pointing at a masked copy of the request."""
    scrub(exc)
    if isinstance(exc, httpx.RequestError):
        exc.request = masked_request(request, signer)
    return exc


def finished_response(
    response: httpx.Response, body: bytes, request: httpx.Request | None, signer: AttemptSigner | None
) -> httpx.Response:
    """A read response to hand to the caller (on an error): its body in, its request masked."""
    finished = httpx.Response(
        response.status_code, headers=response.headers, content=body, extensions=response.extensions
    )
    if request is not None:
        finished.request = masked_request(request, signer)
    return finished


def connection_error(
    route: Route,
    prepared: PreparedRequest,
    attempts: int,
    request: httpx.Request | None,
    signer: AttemptSigner | None,
    error: Exception,
) -> APIConnectionError:
    """The error for a call whose last attempt got no response (`error`, the transport's failure)."""
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    host = request.url.host if request is not None else "?"
    what = "timed out" if kind is APITimeoutError else "connection failed"
    return kind(
        f"{what} talking to {host} ({type(error).__name__}: {error})",
        request=masked_request(request, signer) if request is not None else None,
        **error_fields(route, prepared, attempts),
    )


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
