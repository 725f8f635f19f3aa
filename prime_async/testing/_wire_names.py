"""Field names as Prime takes them: its API is served gRPC-gateway style, so a body field or a
query parameter is accepted under its proto name (`client_order_id`) and under its JSON name,
the lowerCamelCase protoc derives (`clientOrderId`), at every depth of a body. Coinbase's
TypeScript SDK sends the JSON names. Answers always use the proto names (snake_case).

What a request that names one field twice gets, in this simulator:

- a body: 400 `duplicate field`, whether under both names or the same name twice. protojson,
  which gRPC-gateway decodes bodies with, refuses a field seen twice in one object.
- a query string, a list parameter (`order_statuses`): the values under both names together, as
  gRPC-gateway's query parser appends every value of every key naming a repeated field.
- a query string, a single-valued parameter under both names: 400, ambiguous. gRPC-gateway
  applies the keys in Go map order, so which one Prime would keep is not defined; refusing is
  the answer a test can rely on. (Inferred: Prime documents neither; the same name twice keeps
  its last value, as before.)

A path parameter may come in the body as well (the path's value counts). A field the spec no
longer lists but Coinbase's SDKs still send is taken under its old name (`DEPRECATED`: prime-sdk-py
sends an allocation leg's `leg_id`, marked deprecated for `allocation_leg_id`, with the same value;
inferred: the SDK's own allocations would fail if Prime refused it). A body field no name
matches is refused with its path (`unknown field(s): bogus, inputs.x`): a
typo never passes silently. A query parameter no name matches is ignored, as gRPC-gateway's query
parser ignores one (it may be meant for a proxy on the way).
"""

from __future__ import annotations

import functools
from typing import Any, get_args, get_origin

import attrs

from ._values import unwrap_optional
from ._world import SimError

__all__ = ["DEPRECATED", "json_name", "query_names", "wire_body"]

# model -> {old name: the field it names now}
DEPRECATED: dict[str, dict[str, str]] = {"AllocationLeg": {"leg_id": "allocation_leg_id"}}


def json_name(name: str) -> str:
    """protoc's JSON name of a field: each `_` dropped and the character after it upper-cased
    (`client_order_id` -> `clientOrderId`, `adv_30d` -> `adv30d`); dotted query paths
    (`network.id`) part by part."""
    if "." in name:
        return ".".join(json_name(part) for part in name.split("."))
    out: list[str] = []
    upper = False
    for char in name:
        if char == "_":
            upper = True
        else:
            out.append(char.upper() if upper else char)
            upper = False
    return "".join(out)


def query_names(wire: str) -> tuple[str, ...]:
    """The names a query parameter is accepted under: its proto name, then its JSON name."""
    camel = json_name(wire)
    return (wire,) if camel == wire else (wire, camel)


@functools.cache
def _fields(model: type) -> dict[str, tuple[str, Any]]:
    """Each name a field of `model` is accepted under -> (its proto name, its type)."""
    names: dict[str, tuple[str, Any]] = {}
    for field in attrs.fields(attrs.resolve_types(model)):
        wire = field.metadata.get("wire", field.name)
        for name in (wire, json_name(wire)):
            assert names.get(name, (wire,))[0] == wire, f"{model.__name__}: {name} names two fields"
            names[name] = (wire, field.type)
    return names


def wire_body(model: type, data: dict[str, Any], where: str = "", path_params: tuple[str, ...] = ()) -> dict[str, Any]:
    """`data` (a decoded JSON body of `model`) with every key under its proto name, at every depth;
    SimError 400 for a field named twice or a name no field has. A path parameter's name
    (`portfolio_id`) is accepted in the body and dropped: in gRPC-gateway it names a field of the
    same request message, and the path's value is applied after the body's."""
    out: dict[str, Any] = {}
    sent_as: dict[str, str] = {}
    unknown: list[str] = []
    names = _fields(model)
    old_names = DEPRECATED.get(model.__name__, {})
    old: dict[str, tuple[str, Any]] = {}
    for key, value in data.items():
        found = names.get(key)
        if found is None and key in _path_names(path_params):
            continue
        if found is None and (key in old_names or json_name(key) in map(json_name, old_names)):
            old[key] = value
            continue
        if found is None:
            unknown.append(where + key)
            continue
        wire, tp = found
        if wire in out:
            raise SimError(400, f"duplicate field {where}{wire} (sent as {sent_as[wire]} and {key})")
        sent_as[wire] = key
        out[wire] = _wire_value(tp, value, where + wire)
    if unknown:
        raise SimError(400, f"unknown field(s): {', '.join(unknown)}"[:300])
    for key, value in old.items():
        wire = next(new for name, new in old_names.items() if json_name(name) == json_name(key))
        if out.setdefault(wire, value) != value:
            message = f"{where}{key} and {where}{wire} differ (the first is the second's old name)"
            raise SimError(400, message, field=wire)
    return out


@functools.cache
def _path_names(path_params: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name for p in path_params for name in query_names(p))


def _wire_value(tp: Any, value: Any, where: str) -> Any:
    tp = unwrap_optional(tp)
    if get_origin(tp) is list and isinstance(value, list):
        (item,) = get_args(tp)
        return [_wire_value(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if attrs.has(tp) and isinstance(value, dict):
        return wire_body(tp, value, where + ".")
    return value  # a value of the wrong shape: check_body names it
