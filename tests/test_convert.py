"""The converter: decimal strings, datetimes, open enums, unknown and missing fields."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import attrs
import pytest

from prime_async import models
from prime_async._convert import _mutable_twin, converter
from prime_async.models import (
    GetOrdersResponse,
    GetPortfolioBalancesResponse,
    Order,
    OrderSide,
    OrderStatus,
    ProtobufAny,
)


def test_decimal_strings_become_decimals_exactly() -> None:
    order = converter().structure(
        {"limit_price": "0.1", "base_quantity": "12345678901234567890.123456789", "filled_value": "0"}, Order
    )
    assert order.limit_price == Decimal("0.1") and isinstance(order.limit_price, Decimal)
    assert order.base_quantity == Decimal("12345678901234567890.123456789")
    assert order.filled_value == Decimal(0)


def test_empty_strings_for_unset_amounts_and_times_become_none() -> None:
    order = converter().structure({"limit_price": "", "expiry_time": ""}, Order)
    assert order.limit_price is None and order.expiry_time is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T03:04:05Z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05.123456789Z", datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)),
        ("2024-01-02T05:04:05+02:00", datetime(2024, 1, 2, 5, 4, 5, tzinfo=timezone(timedelta(hours=2)))),
        ("2024-01-02T03:04:05", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),  # no offset: Prime means UTC
    ],
)
def test_timestamps_become_aware_datetimes(text: str, expected: datetime) -> None:
    order = converter().structure({"created_at": text}, Order)
    assert order.created_at == expected
    assert order.created_at is not None and order.created_at.utcoffset() is not None


def test_enum_values_the_spec_does_not_list_are_kept() -> None:
    order = converter().structure({"status": "PARTIALLY_REJECTED_NEW", "side": "BUY"}, Order)
    assert isinstance(order.status, OrderStatus)
    assert order.status == "PARTIALLY_REJECTED_NEW" and order.status.value == "PARTIALLY_REJECTED_NEW"
    assert not order.status.is_known
    assert order.side is OrderSide.BUY and order.side.is_known


def test_unknown_fields_are_ignored_and_missing_ones_hold_their_zero_value() -> None:
    response = converter().structure(
        {"orders": [{"id": "o1", "brand_new_field": {"x": 1}}], "extra": True}, GetOrdersResponse
    )
    assert response.orders[0].id == "o1"
    assert response.orders[0].product_id == ""
    assert response.pagination is None


def test_keys_that_are_not_identifiers_map_to_fields() -> None:
    value = converter().structure({"@type": "type.googleapis.com/x"}, ProtobufAny)
    assert value.type == "type.googleapis.com/x"


def test_models_are_frozen_with_slots() -> None:
    order = Order(id="o1")
    with pytest.raises(AttributeError):
        order.id = "o2"  # type: ignore[misc]
    assert not hasattr(order, "__dict__")


def test_structured_models_are_the_frozen_models_themselves() -> None:
    # hooks build each instance as a mutable twin of the model, then switch its class (_mutable_twin)
    order = converter().structure({"id": "o1", "edit_history": [{"price": "1"}], "side": "BUY"}, Order)
    assert type(order) is Order and type(order.edit_history[0]).__name__ == "OrderEdit"
    with pytest.raises(AttributeError):
        order.id = "o2"  # type: ignore[misc]
    assert order == Order(id="o1", edit_history=order.edit_history, side=OrderSide.BUY)
    assert attrs.evolve(order, id="o3").id == "o3" and order.id == "o1"
    assert pickle.loads(pickle.dumps(order)) == order


def test_every_model_takes_the_fast_twin_path() -> None:
    # A model the twin cannot stand for (a base class, a __weakref__ slot: see _mutable_twin) is
    # still structured correctly, through each slot's __set__, but ~25% slower: this says which.
    slow = [name for name in models.__all__ if attrs.has(cls := getattr(models, name)) and _mutable_twin(cls) is None]
    assert slow == []


def test_converter_is_built_once() -> None:
    assert converter() is converter()


def test_balances_page() -> None:
    page = converter().structure(
        {"balances": [{"symbol": "btc", "amount": "1.5", "holds": "0.25"}], "type": "TRADING_BALANCES"},
        GetPortfolioBalancesResponse,
    )
    assert page.balances[0].amount == Decimal("1.5") and page.balances[0].holds == Decimal("0.25")
