"""Every one of the 111 operations, through real HTTP on 127.0.0.1: method, exact path, query,
JSON body, a valid signature, and a spec-shaped response structured into the typed model."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin
from urllib.parse import parse_qsl

import attrs
import pytest

from prime_async import ROUTES, Route
from prime_async._route import Int64
from prime_async.testing.samples import sample_json, sample_value, to_json

from .conftest import ACCESS_KEY, PASSPHRASE, SIGNING_KEY, RecordingServer

pytestmark = pytest.mark.anyio


def argument_for(route: Route, name: str, tp: Any) -> Any:
    """A value to pass for a parameter. Models go in as mappings, lists of models as instances."""
    if get_origin(tp) is list:
        return [argument_for(route, f"{name}.{i}", get_args(tp)[0]) for i in range(2)]
    if tp is datetime:
        return datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    if tp is Int64:  # an int the spec types as a string
        return sample_value(int, f"{route.operation_id}.{name}")
    if isinstance(tp, type) and issubclass(tp, Enum):  # a value, never the UNSPECIFIED member
        members = [m for m in tp if m.value]
        return members[len(name) % len(members)]
    if attrs.has(tp) and "." not in name:
        return to_json(sample_value(tp, name))
    return sample_value(tp, f"{route.operation_id}.{name}")


def expected_wire(value: Any, tp: Any = None) -> Any:
    """What the server should receive for `value`, written independently of the encoder."""
    if tp is Int64:
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, list):
        return [expected_wire(v) for v in value]
    return to_json(value)  # nested objects: every field given, zero values included (None left out)


def query_text(value: Any) -> str:
    return {True: "true", False: "false"}.get(value, str(value)) if isinstance(value, bool) else str(value)


def assert_typed(value: Any, tp: Any, where: str) -> None:
    """Every non-None field holds its declared type: Decimal, aware datetime, enum, model, list."""
    if get_origin(tp) in (Union, UnionType):
        if value is None:
            return
        (tp,) = [a for a in get_args(tp) if a is not NoneType]
    if get_origin(tp) is list:
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            assert_typed(item, get_args(tp)[0], f"{where}[{i}]")
    elif attrs.has(tp):
        assert type(value) is tp, where
        for f in attrs.fields(tp):
            assert_typed(getattr(value, f.name), f.type, f"{where}.{f.name}")
    elif tp is datetime:
        assert isinstance(value, datetime) and value.utcoffset() is not None, where
    elif get_origin(tp) is dict or tp is Any:
        assert isinstance(value, dict), where
    else:
        assert type(value) is tp or isinstance(value, tp), f"{where}: {type(value)} is not {tp}"


@pytest.mark.parametrize("operation_id", list(ROUTES))
async def test_operation_round_trip(operation_id: str, client: Any, server: RecordingServer) -> None:
    route = ROUTES[operation_id]
    kwargs = {p.name: argument_for(route, p.name, p.type) for p in route.params}
    response_json = sample_json(route.response_model)
    server.respond_json(response_json)

    endpoint = getattr(getattr(client, route.resource), route.name)
    result = await endpoint(**kwargs)

    assert len(server.requests) == 1
    got = server.last
    # method and exact path
    assert got.method == route.method
    path = route.path
    for p in route.params:
        if p.location == "path":
            path = path.replace("{" + p.wire + "}", kwargs[p.name])
    assert got.path == path
    # query: every query param, arrays as repeated keys, in order
    expected_query: list[tuple[str, str]] = []
    for p in route.params:
        if p.location == "query":
            wire = expected_wire(kwargs[p.name], p.type)
            for item in wire if isinstance(wire, list) else [wire]:
                expected_query.append((p.wire, query_text(item)))
    assert parse_qsl(got.query, keep_blank_values=True) == expected_query
    # body: exactly the body fields, in their wire form
    body_params = [p for p in route.params if p.location == "body"]
    if route.body_model is None:
        assert got.body == b""
    else:
        assert got.headers["content-type"] == "application/json"
        assert json.loads(got.body) == {p.wire: expected_wire(kwargs[p.name], p.type) for p in body_params}
    # signature over timestamp + method + path + body, recomputed here
    ts = got.headers["x-cb-access-timestamp"]
    message = ts.encode() + got.method.encode() + got.path.encode() + got.body
    expected_sig = base64.b64encode(hmac.new(SIGNING_KEY.encode(), message, hashlib.sha256).digest()).decode()
    assert got.headers["x-cb-access-signature"] == expected_sig
    assert got.headers["x-cb-access-key"] == ACCESS_KEY
    assert got.headers["x-cb-access-passphrase"] == PASSPHRASE
    # response: the typed model, every value of its declared type, nothing lost
    assert isinstance(result, route.response_model)
    assert_typed(result, route.response_model, route.response_model.__name__)
    if route.idempotency_field:  # the client echoes the value it sent
        response_json[route.idempotency_field] = kwargs[route.idempotency_field]
    assert to_json(result) == response_json


def test_every_operation_is_covered() -> None:
    assert len(ROUTES) == 111


NEW_IN_THIS_SPEC = {  # operationId -> arguments the previous spec did not have
    "CreateOrder": {"is_buy_exact": True},
    "OrderPreview": {"is_buy_exact": True},
    "EditOrder": {"offset": Decimal("0.5"), "wig_level": Decimal("101.25")},
    "PortfolioStakingUnstake": {"validator_provider": "VALIDATOR_PROVIDER_MAVAN"},
    "StakingInitiate": {"metadata": {"external_id": "x-1"}},
    "StakingUnstake": {"metadata": {"external_id": "x-2"}},
}


@pytest.mark.parametrize("operation_id", list(NEW_IN_THIS_SPEC))
async def test_arguments_new_in_this_spec_are_sent(operation_id: str, client: Any, server: RecordingServer) -> None:
    route = ROUTES[operation_id]
    required = {p.name: argument_for(route, p.name, p.type) for p in route.params if p.required}
    new = NEW_IN_THIS_SPEC[operation_id]
    await getattr(getattr(client, route.resource), route.name)(**required, **new)
    sent = json.loads(server.last.body)
    assert {k: sent[k] for k in new} == {k: expected_wire(v) for k, v in new.items()}


def test_operations_and_fields_new_in_this_spec() -> None:
    from prime_async import models

    for op in ("RotateAPIKey", "GetConversionFees", "GetXMLiquidation", "ListXMLiquidations", "UpdateFundingSettings"):
        assert op in ROUTES
    assert ROUTES["ListXMLiquidations"].pagination is not None
    fields = {
        name: {f.name for f in attrs.fields(m)} for name in models.__all__ if attrs.has(m := getattr(models, name))
    }
    assert "is_buy_exact" in fields["Order"] and "is_buy_exact" in fields["CreateOrderRequest"]
    assert "vasp_address" in fields["TravelRuleParty"]
    assert "custom_stablecoin_reward_details" in fields["RewardMetadata"]
    assert "OPTION" in {m.value for m in models.ProductType}
