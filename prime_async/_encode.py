"""Endpoint arguments -> path, query string and JSON body, checked before anything is sent.

Wire formats: Decimal amounts as plain decimal strings (never exponent notation), datetimes as
RFC 3339 in UTC with a `Z`, enums as their value, query arrays as repeated keys, None omitted
(at every depth: Prime rejects nested nulls). In a nested model or mapping, what the caller gave
is sent (False, 0 and "" included) and only what it left out is left out (see _model). Path
values are percent-encoded whole, so an id such as `../x?y` stays inside its segment.
"""

from __future__ import annotations

import difflib
import json
import math
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin
from urllib.parse import quote

import attrs

from ._errors import InvalidRequestError
from ._formats import format_datetime, format_decimal
from ._model import given_fields
from ._route import CLIENT_DEFAULTS, Int64, Route

__all__ = ["PreparedRequest", "checked_target", "prepare", "encode_value", "format_decimal", "format_datetime"]

Encoder = Callable[[Any, str], Any]  # (value, where) -> JSON-ready value


@attrs.frozen
class PreparedRequest:
    """One call's request, encoded and checked before anything is sent: what the pipeline signs
    (method, encoded path, query, body) and what it paces and retries by (idempotency key, portfolio)."""

    method: str
    path: str  # percent-encoded, as signed
    query: str  # encoded query string without "?", "" when empty
    body: bytes | None
    idempotency_key: str | None = None
    portfolio_id: str | None = None  # the path's, for the per-portfolio rate limit

    @property
    def target(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path


# What an exchange can mean by an amount: at most 10^30, at most 30 places after the point. Anything
# beyond is a mistake, and "1E+5000000" would otherwise go out as five megabytes of zeros.
MAX_AMOUNT_EXPONENT = 30
MAX_AMOUNT_TEXT = 100  # characters of an amount given as a string, checked before parsing it
INT64 = (-(2**63), 2**63 - 1)
MAX_PATH_VALUE = 1024  # characters of one path value (ids are 36)
MAX_QUERY_VALUE = 4096  # characters of one query value: URLs must stay well under 64 KB
MAX_IDEMPOTENCY_VALUE = 128
MAX_TARGET = 16_000  # characters of path and query together: servers refuse far less (8 KB is common)


def _fail(where: str, expected: str, value: Any) -> InvalidRequestError:
    return InvalidRequestError(f"{where}: expected {expected}, got {type(value).__name__} {_show(value)}")


def _show(value: Any) -> str:
    """A short repr of a value, safe for any value (a 5,000-digit int cannot be printed whole)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"<an integer of {value.bit_length()} bits>"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _str(value: Any, where: str) -> str:
    if isinstance(value, str):
        return value.value if isinstance(value, Enum) else value
    raise _fail(where, "str", value)


def _int(value: Any, where: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        if not INT64[0] <= value <= INT64[1]:
            raise _fail(where, "an integer within int64", value)
        return value
    raise _fail(where, "int", value)


def _int64(value: Any, where: str) -> str:
    """A 64-bit integer the spec types as a string (proto3 JSON): sent as a decimal string."""
    return str(_int(value, where))


def _float(value: Any, where: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value) or abs(value) > 1e300:
            raise _fail(where, "a finite number", value)
        return value
    raise _fail(where, "a number", value)


def _bool(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    raise _fail(where, "bool", value)


def _decimal(value: Any, where: str) -> str:
    if isinstance(value, float):
        raise InvalidRequestError(
            f"{where}: floats are not accepted for amounts (binary rounding); pass Decimal or str, "
            f"e.g. Decimal({str(value)!r})"
        )
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, str):
        if len(value) > MAX_AMOUNT_TEXT:
            raise _fail(where, "a decimal amount", value)
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise _fail(where, "a decimal amount", value) from None
    else:
        raise _fail(where, "Decimal, str or int", value)
    if not number.is_finite():
        raise _fail(where, "a finite amount", value)
    if number and (number.adjusted() >= MAX_AMOUNT_EXPONENT or number.as_tuple().exponent < -MAX_AMOUNT_EXPONENT):  # type: ignore[operator]
        raise _fail(
            where, f"an amount below 1E+{MAX_AMOUNT_EXPONENT} with at most {MAX_AMOUNT_EXPONENT} decimal places", value
        )
    return format_decimal(number)


def _datetime(value: Any, where: str) -> str:
    if isinstance(value, str):  # an RFC 3339 string, as in JSON: checked, then normalised
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise _fail(where, "datetime or an RFC 3339 string", value) from None
    if not isinstance(value, datetime):
        raise _fail(where, "datetime", value)
    if value.utcoffset() is None:
        raise InvalidRequestError(f"{where}: naive datetime {value!r}; give it a timezone, e.g. tzinfo=timezone.utc")
    try:
        return format_datetime(value)
    except OverflowError:  # year 1 east of UTC, or datetime.max west of it
        raise InvalidRequestError(f"{where}: {value!r} is out of range once converted to UTC") from None


def _any(value: Any, where: str) -> Any:
    """Free-form objects (`dict[str, Any]` in the spec): encode what we know, drop None."""
    if isinstance(value, Mapping):
        return {str(k): _any(v, f"{where}.{k}") for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_any(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, Decimal):
        return _decimal(value, where)
    if isinstance(value, datetime):
        return _datetime(value, where)
    if isinstance(value, Enum):
        return value.value
    if attrs.has(type(value)):
        return encoder_for(type(value))(value, where)
    return value


_SCALARS: dict[Any, Encoder] = {
    str: _str,
    int: _int,
    Int64: _int64,
    float: _float,
    bool: _bool,
    Decimal: _decimal,
    datetime: _datetime,
    Any: _any,
}
_cache: dict[Any, Encoder] = {}


def encoder_for(tp: Any) -> Encoder:
    """The encoder for a declared type, compiled once per type."""
    try:
        return _cache[tp]
    except KeyError:
        pass
    if tp in _SCALARS:
        encoder = _SCALARS[tp]
    elif isinstance(tp, type) and issubclass(tp, Enum):
        encoder = _enum_encoder(tp)
    elif attrs.has(tp):
        encoder = _model_encoder(tp)
    elif get_origin(tp) is list:
        encoder = _list_encoder(get_args(tp)[0])
    elif get_origin(tp) is dict:
        encoder = _dict_encoder
    elif get_origin(tp) in (Union, UnionType):
        (inner,) = [a for a in get_args(tp) if a is not NoneType]
        encoder = encoder_for(inner)
    else:
        raise TypeError(f"no encoder for {tp!r}")
    _cache[tp] = encoder
    return encoder


def _enum_encoder(cls: type[Enum]) -> Encoder:
    """A member of the enum, or a plain string the spec lists for it (checked, with a suggestion).

    A value Prime added after this client was generated can still be sent: construct the member
    explicitly (`OrderStatus("NEW_STATUS")`); open enums accept any string that way."""
    known = {str(member.value) for member in cls} - {""}

    def encode(value: Any, where: str) -> str:
        if value == "" and isinstance(value, str):  # UNSPECIFIED: what an absent field reads as
            raise InvalidRequestError(f"{where}: {cls.__name__}.UNSPECIFIED is not a value; pass one or leave it out")
        if isinstance(value, cls):
            return str(value.value)
        if isinstance(value, str) and not isinstance(value, Enum):
            if value in known:
                return value
            close = difflib.get_close_matches(value.upper(), sorted(known), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            listed = ", ".join(sorted(known)[:12]) + (", ..." if len(known) > 12 else "")
            raise InvalidRequestError(
                f"{where}: {_show(value)} is not a known {cls.__name__}{hint}; known: {listed}. "
                f"For a value Prime added since, pass {cls.__name__}({_show(value)})"
            )
        raise _fail(where, f"{cls.__name__} or str", value)

    return encode


def _list_encoder(item_type: Any) -> Encoder:
    def encode(value: Any, where: str) -> list[Any]:
        if not isinstance(value, list | tuple):
            raise _fail(where, "a list", value)
        item = encoder_for(item_type)
        return [item(v, f"{where}[{i}]") for i, v in enumerate(value)]

    return encode


def _dict_encoder(value: Any, where: str) -> Any:
    if not isinstance(value, Mapping):
        raise _fail(where, "a mapping", value)
    return _any(value, where)


def _model_encoder(cls: type) -> Encoder:
    """Encode an instance of a generated model, or a mapping shaped like one (checked key by key).

    Sent: every key of a mapping and every field the caller gave to a model's constructor, whatever
    its value (False, 0, "", []), bar None, which leaves a field out at any depth. A model the caller
    did not build (one parsed from a response, sent back) records nothing given: its fields at their
    defaults are left out, as proto3 JSON would ("", [], False, UNSPECIFIED)."""
    fields = attrs.fields(attrs.resolve_types(cls))
    # (attribute, JSON key, type, required, default)
    spec = [
        (
            f.name,
            f.metadata.get("wire", f.name),
            Int64 if f.metadata.get("int64") else f.type,
            f.default is attrs.NOTHING,
            f.default.factory() if hasattr(f.default, "factory") else f.default,  # an attrs.Factory: [] or {}
        )
        for f in fields
    ]
    by_key = {wire: name for name, wire, *_ in spec} | {name: name for name, *_ in spec}

    def encode(value: Any, where: str) -> dict[str, Any]:
        given: Any = None  # the names given, where known: only those are sent
        if isinstance(value, cls):
            get = value.__getattribute__
            given = given_fields(value)
        elif isinstance(value, Mapping):
            unknown = [k for k in value if k not in by_key]
            if unknown:
                raise InvalidRequestError(
                    f"{where}: unknown field(s) {', '.join(map(repr, unknown))} for {cls.__name__}"
                    f"{_suggest(unknown[0], by_key)}"
                )
            given = {by_key[k]: v for k, v in value.items()}
            get = given.get
        else:
            raise _fail(where, f"{cls.__name__} or a mapping", value)
        out: dict[str, Any] = {}
        for name, wire, tp, required, default in spec:
            item = get(name)
            if item is None or (
                name not in given if given is not None else (type(item) is type(default) and item == default)
            ):
                if required:
                    raise InvalidRequestError(f"{where}: {cls.__name__}.{name} is required")
                continue
            out[wire] = encoder_for(tp)(item, f"{where}.{name}")
        return out

    return encode


def encode_value(tp: Any, value: Any, where: str = "value") -> Any:
    """`value` in its JSON form for the declared type `tp`, or InvalidRequestError."""
    return encoder_for(tp)(value, where)


def _suggest(name: str, options: Mapping[str, Any] | list[str]) -> str:
    close = difflib.get_close_matches(name, list(options), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _path_segment(value: Any, where: str) -> str:
    if not isinstance(value, str) or isinstance(value, Enum):
        raise _fail(where, "str", value)
    if not value:
        raise InvalidRequestError(f"{where}: must not be empty")
    if len(value) > MAX_PATH_VALUE:
        raise InvalidRequestError(f"{where}: {len(value):,} characters; an id is at most {MAX_PATH_VALUE:,}")
    if not value.isprintable():  # a CR/LF, a NUL, a zero-width space: no id has one, a paste may
        raise InvalidRequestError(f"{where}: {value[:40]!r} has a line break, a control or invisible character")
    segment = quote(value, safe="")
    # "." and ".." would be collapsed by URL normalisation and change the route
    return segment.replace(".", "%2E") if not value.strip(".") else segment


def _query_value(value: Any, where: str) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    text = str(value)
    if len(text) > MAX_QUERY_VALUE:
        raise InvalidRequestError(f"{where}: {len(text):,} characters; a query value is at most {MAX_QUERY_VALUE:,}")
    return text


def new_idempotency_key() -> str:
    return str(uuid.uuid4())


def prepare(
    route: Route, kwargs: Mapping[str, Any], new_key: Callable[[], str] = new_idempotency_key
) -> PreparedRequest:
    """Check `kwargs` against the route and build what goes on the wire."""
    fn = f"{route.resource}.{route.name}()"
    params = route.params_by_name
    unknown = [k for k in kwargs if k not in params]
    if unknown:
        raise InvalidRequestError(
            f"{fn} got an unexpected keyword argument {unknown[0]!r}{_suggest(unknown[0], list(params))}"
        )
    idempotency_key = None
    if route.idempotency_field is not None:
        idempotency_key = kwargs.get(route.idempotency_field)
        if idempotency_key is None:
            # filled here, once per call, so every retry of the call sends the same value
            idempotency_key = new_key()
            kwargs = {**kwargs, route.idempotency_field: idempotency_key}
        _check_idempotency_value(idempotency_key, f"{fn} {route.idempotency_field}")
    missing = [p.name for p in route.params if p.required and kwargs.get(p.name) is None]
    if missing:
        hint = "".join(
            f"; or give the client a default {name} (PrimeClient({name}=...) or PRIME_{name.upper()})"
            for name in missing
            if name in CLIENT_DEFAULTS
        )
        raise InvalidRequestError(f"{fn} missing required keyword argument(s): {', '.join(map(repr, missing))}{hint}")

    path = route.path
    query: list[tuple[str, str]] = []
    body: dict[str, Any] = {}
    for name, value in kwargs.items():
        if value is None:
            continue
        param = params[name]
        where = f"{fn} {name}"
        if param.location == "path":
            path = path.replace("{" + param.wire + "}", _path_segment(value, where))
        elif param.location == "query":
            encoded = encoder_for(param.type)(value, where)
            if isinstance(encoded, list):
                query.extend((param.wire, _query_value(v, where)) for v in encoded)
            else:
                query.append((param.wire, _query_value(encoded, where)))
        else:
            body[param.wire] = encoder_for(param.type)(value, where)
    query_string = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in query)
    payload = None
    if route.body_model is not None:
        payload = json.dumps(body, separators=(",", ":")).encode()
    portfolio_id = kwargs.get("portfolio_id") if "portfolio_id" in route.path_params else None
    return checked_target(PreparedRequest(route.method, path, query_string, payload, idempotency_key, portfolio_id), fn)


def checked_target(prepared: PreparedRequest, fn: str) -> PreparedRequest:
    """`prepared`, if its path and query fit in a URL any server accepts; else InvalidRequestError."""
    size = len(prepared.path) + len(prepared.query)
    if size > MAX_TARGET:
        raise InvalidRequestError(f"{fn}: the path and query come to {size:,} characters; at most {MAX_TARGET:,}")
    return prepared


def _check_idempotency_value(value: Any, where: str) -> None:
    """The value the server deduplicates on: an empty or absurd one would silently merge calls."""
    if not isinstance(value, str) or isinstance(value, Enum):
        raise _fail(where, "str", value)
    if not value.strip() or len(value) > MAX_IDEMPOTENCY_VALUE or not value.isprintable():
        raise InvalidRequestError(
            f"{where}: must be a non-blank printable string of at most {MAX_IDEMPOTENCY_VALUE} characters "
            f"(leave it out and the client fills in a uuid4), got {_show(value)}"
        )
