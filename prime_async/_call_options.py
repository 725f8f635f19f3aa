"""What a call may be given besides its arguments, checked before anything is built: the client's
options every call inherits (`RequestOptions`, what `with_options()` changes) and a call's own
`timeout=`, `extra_headers=` and `extra_query=` (`CallOptions`); and the timeouts both become."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

import attrs
import httpx

from ._auth import SIGNED_HEADERS
from ._encode import new_idempotency_key
from ._errors import InvalidRequestError
from ._events import EventHook
from ._numbers import checked_seconds
from ._retry import RetryPolicy
from ._route import CALL_OPTIONS as CALL_OPTION_TYPES
from ._route import Route

__all__ = [
    "CALL_OPTIONS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "RESERVED_HEADERS",
    "CallOptions",
    "RequestOptions",
    "as_timeout",
    "attempt_bound",
    "split_call_options",
    "timeout_extension",
]

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
    request, a noticeable share of a request's CPU in a fan-out), and the attempt has one bound already."""
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
