"""Types that fit how Prime answers: proto3 JSON leaves out a field that holds its zero value, so an
absent field reads as that zero value ("" for a string, [] for a list, False, 0, {} for a map, the
UNSPECIFIED member for an enum); nested objects, amounts and times are None when absent. Request
arguments keep None = "leave it out", and nested objects sent go out as proto3 JSON does."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from enum import Enum
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

import attrs
import pytest

from prime_async import ROUTES, InvalidRequestError
from prime_async._convert import converter
from prime_async._encode import encode_value, prepare
from prime_async.models import (
    GetOrdersResponse,
    Order,
    OrderSide,
    OrderStatus,
    PaymentMethodDestination,
    QuoteResponse,
    TravelRuleData,
    to_json,
)

RESPONSE_MODELS = sorted({r.response_model for r in ROUTES.values()}, key=lambda m: m.__name__)


def test_an_absent_field_holds_its_zero_value() -> None:
    order = converter().structure({"id": "o1"}, Order)
    assert (order.product_id, order.client_order_id, order.user_context) == ("", "", "")
    assert order.post_only is False and order.edit_history == [] and order.order_edit_history == []
    assert order.side is OrderSide.UNSPECIFIED and order.status is OrderStatus.UNSPECIFIED
    # "unset" is not a value for amounts, times and nested objects
    assert order.limit_price is None and order.created_at is None and order.commission_detail_total is None


def test_null_reads_as_absent() -> None:
    order = converter().structure({"id": None, "edit_history": None, "status": None, "limit_price": None}, Order)
    assert order.id == "" and order.edit_history == [] and order.status is OrderStatus.UNSPECIFIED
    assert order.limit_price is None


def test_each_instance_gets_its_own_empty_list() -> None:
    a, b = converter().structure({}, Order), converter().structure({}, Order)
    assert a.edit_history == [] and a.edit_history is not b.edit_history
    assert Order().edit_history is not Order().edit_history


def test_the_unspecified_member_is_falsy_and_what_an_empty_string_reads_as() -> None:
    assert not OrderStatus.UNSPECIFIED and OrderStatus.UNSPECIFIED.value == ""
    assert converter().structure({"status": ""}, Order).status is OrderStatus.UNSPECIFIED
    assert OrderStatus.OPEN and converter().structure({"status": "OPEN"}, Order).status is OrderStatus.OPEN
    assert "UNSPECIFIED" not in [m.name for m in OrderStatus if m.value]  # every other member is a spec value


def declared(tp: Any) -> tuple[Any, bool]:
    """(the type, whether None is allowed)."""
    if get_origin(tp) in (Union, UnionType):
        (inner,) = [a for a in get_args(tp) if a is not NoneType]
        return inner, True
    return tp, False


def assert_proto3_shape(value: Any, where: str) -> None:
    """Only nested models, Decimal and datetime may be None; everything else holds a value."""
    for f in attrs.fields(type(value)):
        item = getattr(value, f.name)
        tp, optional = declared(f.type)
        if optional:
            assert attrs.has(tp) or tp in (Decimal, datetime), f"{where}.{f.name}: {f.type} should not be optional"
        else:
            assert item is not None, f"{where}.{f.name}"
            assert isinstance(item, get_origin(tp) or tp), f"{where}.{f.name}: {item!r} is not {tp}"


def answers_of(model: type) -> dict[str, Any]:
    """The smallest JSON a response can be: {}, bar the one message it wraps (the answer), which
    must be there (see test_typing's ANSWERS)."""
    return {f.metadata.get("wire", f.name): {} for f in attrs.fields(model) if f.metadata.get("answer")}


@pytest.mark.parametrize("model", RESPONSE_MODELS, ids=lambda m: m.__name__)
def test_every_response_structures_from_an_empty_object(model: type) -> None:
    value = converter().structure(answers_of(model), model)
    assert_proto3_shape(value, model.__name__)
    wire = to_json(value)  # spec-valid: no enum value the spec does not list, no null
    assert not any(v is None or isinstance(v, Enum) for v in wire.values())
    assert converter().structure(wire, model) == value  # and back


def test_every_model_field_is_proto3_shaped_or_a_request_body() -> None:
    from prime_async import models

    bodies = {r.body for r in ROUTES.values() if r.body}
    for name in models.__all__:
        model = getattr(models, name)
        if attrs.has(model) and name not in bodies:
            for f in attrs.fields(attrs.resolve_types(model)):
                tp, optional = declared(f.type)
                assert not optional or attrs.has(tp) or tp in (Decimal, datetime), f"{name}.{f.name}"


def test_to_json_leaves_out_none_and_unset_enums_and_keeps_zero_values() -> None:
    wire = to_json(Order(id="o1", limit_price=None))
    assert wire["id"] == "o1" and wire["product_id"] == "" and wire["post_only"] is False
    assert wire["edit_history"] == []
    assert "limit_price" not in wire and "status" not in wire and "side" not in wire


def test_int64_fields_travel_as_strings_and_are_read_either_way() -> None:
    assert converter().structure({"quote_duration_ms": "3000"}, QuoteResponse).quote_duration_ms == 3000
    assert converter().structure({"quote_duration_ms": 3000}, QuoteResponse).quote_duration_ms == 3000
    assert to_json(QuoteResponse(quote_duration_ms=5000))["quote_duration_ms"] == "5000"
    route = ROUTES["CreateQuoteRequest"]
    body = prepare(
        route,
        {"portfolio_id": "p", "product_id": "BTC-USD", "side": "BUY", "limit_price": "1", "quote_duration_ms": 2500},
    ).body
    assert body is not None and json.loads(body)["quote_duration_ms"] == "2500"
    with pytest.raises(InvalidRequestError, match="quote_duration_ms"):
        prepare(
            route,
            {"portfolio_id": "p", "product_id": "BTC-USD", "side": "BUY", "limit_price": "1", "quote_duration_ms": "x"},
        )
    # an integer the spec types as an integer stays a number
    body = prepare(ROUTES["RotateAPIKey"], {"duration_seconds": 3600}).body
    assert body is not None and json.loads(body) == {"duration_seconds": 3600}


def test_nested_objects_sent_hold_what_the_caller_gave() -> None:
    assert encode_value(PaymentMethodDestination, PaymentMethodDestination(payment_method_id="pm-1")) == {
        "payment_method_id": "pm-1"
    }
    data = TravelRuleData(is_self=True)
    assert encode_value(TravelRuleData, data) == {"is_self": True}
    # an explicit False (or 0, or "") is sent: only what the caller left out is left out
    assert encode_value(TravelRuleData, TravelRuleData(is_self=False)) == {"is_self": False}
    assert encode_value(TravelRuleData, {"is_self": True, "is_intermediary": False}) == {
        "is_self": True,
        "is_intermediary": False,
    }


def test_a_parsed_model_sent_back_leaves_zero_fields_out() -> None:
    # built by the converter, not the caller: nothing recorded as given, sent as proto3 JSON would be
    data = converter().structure({"is_self": True, "is_intermediary": False}, TravelRuleData)
    assert encode_value(TravelRuleData, data) == {"is_self": True}


def test_the_unspecified_member_is_never_sent() -> None:
    route = ROUTES["GetOrders"]
    with pytest.raises(InvalidRequestError, match=r"OrderStatus.UNSPECIFIED is not a value"):
        prepare(route, {"portfolio_id": "p", "order_statuses": [OrderStatus.OPEN, OrderStatus.UNSPECIFIED]})
    with pytest.raises(InvalidRequestError, match="UNSPECIFIED"):
        prepare(ROUTES["CreateOrder"], {"portfolio_id": "p", "product_id": "x", "side": "", "type": "MARKET"})


def test_request_arguments_keep_none_as_leave_it_out() -> None:
    prepared = prepare(ROUTES["GetOrders"], {"portfolio_id": "p", "product_ids": None, "limit": None})
    assert prepared.query == ""


def test_a_page_without_items_is_an_empty_list() -> None:
    page = converter().structure({"pagination": {"has_next": False}}, GetOrdersResponse)
    assert page.orders == [] and page.pagination is not None and page.pagination.next_cursor == ""
