"""A response that does not fit its model says where and why: `$.orders[0].base_quantity: 'N/A' is
not a decimal amount`, not `InvalidOperation: [<class 'decimal.ConversionSyntax'>]`. Hostile
bodies end in APIResponseValidationError, never in a RecursionError or a crash of the reporter."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from typing import Any

import pytest

from prime_async import ROUTES, APIResponseValidationError, _json
from prime_async._convert import converter, describe_error
from prime_async.models import GetOrdersResponse, GetPortfolioBalancesResponse, Invoice, Order
from prime_async.testing import sample_json

from .conftest import RecordingServer, make_client


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"orders": [{"id": "o1"}, {"base_quantity": "N/A"}]},
            "$.orders[1].base_quantity: 'N/A' is not a decimal amount",
        ),
        ({"orders": [{"created_at": "yesterday"}]}, "$.orders[0].created_at: 'yesterday' is not an RFC 3339 timestamp"),
        (
            {"orders": [{"created_at": 1714000000}]},
            "$.orders[0].created_at: expected an RFC 3339 timestamp, got a number",
        ),
        ({"orders": [{"status": 3}]}, "$.orders[0].status: expected a string (OrderStatus), got a number 3"),
        ({"orders": [{"post_only": "maybe"}]}, "$.orders[0].post_only: 'maybe' is not a boolean"),
        ({"orders": [{"id": {"a": 1}}]}, "$.orders[0].id: expected a string, got an object {'a': 1}"),
        ({"orders": {"id": "o1"}}, "$.orders: expected a list, got an object {'id': 'o1'}"),
        ({"orders": ["o1"]}, "$.orders[0]: expected an object for Order, got a string 'o1'"),
        ({"pagination": {"has_next": []}}, "$.pagination.has_next: expected a boolean, got a list []"),
        ({"orders": [{"edit_history": [{"price": "1,5"}]}]}, "$.orders[0].edit_history[0].price: '1,5' is not a"),
    ],
)
def test_the_first_value_out_of_place_and_why(data: dict[str, Any], expected: str) -> None:
    with pytest.raises(Exception):  # noqa: B017  the fast path fails first, with whatever it raises
        converter().structure(data, GetOrdersResponse)
    assert describe_error(data, GetOrdersResponse).startswith(expected)


def test_long_values_are_cut_short() -> None:
    message = describe_error({"balances": [{"amount": "9" * 40 + "x" * 500}]}, GetPortfolioBalancesResponse)
    assert message.startswith("$.balances[0].amount: '9999") and message.endswith("... is not a decimal amount")
    assert len(message) < 120


def test_what_fits_is_not_blamed() -> None:
    assert "$" not in describe_error(sample_json(GetOrdersResponse), GetOrdersResponse)
    # proto3: null and absent are the zero value, "" an unset amount
    assert "$" not in describe_error({"orders": [{"id": None, "limit_price": "", "edit_history": None}]}, Order)


def hostile_values() -> list[Any]:
    deep: Any = "x"
    for _ in range(5000):
        deep = [deep]
    return [deep, {"a": deep}, "N/A", -1, 10**400, 1e308, float("nan"), True, None, "", "9" * 5000, [None] * 50, {}]


def mutate(data: Any, rng: random.Random, value: Any) -> Any:
    """`data` with one leaf, object or list somewhere replaced by `value`."""
    if isinstance(data, dict) and data and rng.random() < 0.8:
        key = rng.choice(list(data))
        return {**data, key: mutate(data[key], rng, value)}
    if isinstance(data, list) and data and rng.random() < 0.8:
        i = rng.randrange(len(data))
        return [*data[:i], mutate(data[i], rng, value), *data[i + 1 :]]
    return value


@pytest.mark.parametrize("operation_id", ["GetOrders", "GetPortfolioBalances", "GetPortfolio", "GetFcmRiskLimits"])
def test_hostile_responses_raise_ordinary_errors_and_are_described(operation_id: str) -> None:
    model = ROUTES[operation_id].response_model
    base = sample_json(model)
    rng = random.Random(operation_id)
    values = hostile_values()
    described = 0
    for _ in range(200):  # bounded: 200 mutations per model
        data = mutate(base, rng, rng.choice(values))
        try:
            converter().structure(data, model)
        except Exception:  # an ordinary exception (RecursionError included), which the pipeline wraps
            message = describe_error(data, model)
            assert isinstance(message, str) and message and "\n" not in message
            assert message.startswith("$") or "nested" in message, message
            described += 1
    assert described > 0  # the mutations did reach the converter's failures


@pytest.mark.anyio
async def test_the_client_raises_a_validation_error_that_says_where(client: Any, server: RecordingServer) -> None:
    body = {"orders": [sample_json(Order), {**sample_json(Order), "base_quantity": "N/A"}]}
    server.respond_json(body)
    with pytest.raises(APIResponseValidationError) as caught:
        await client.orders.list_portfolio_orders(portfolio_id="p")
    message = str(caught.value)
    assert "GetOrders" in message and "GetOrdersResponse" in message
    assert "$.orders[1].base_quantity: 'N/A' is not a decimal amount" in message
    assert "ConversionSyntax" not in message
    assert caught.value.body == body  # the parsed body stays on the error


@pytest.mark.anyio
async def test_a_body_nested_past_the_parsers_limits_is_a_validation_error(
    client: Any, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_json, "loads", json.loads)  # the stdlib parser recurses (orjson stops at 1024)
    nested = b"[" * 100_000 + b"]" * 100_000
    server.reply = lambda _: (200, {"Content-Type": "application/json"}, nested)
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        await client.portfolios.list_portfolios()
    server.reply = lambda _: (500, {"Content-Type": "application/json"}, nested)  # and in an error body
    with pytest.raises(Exception) as caught:
        await client.portfolios.list_portfolios()
    assert not isinstance(caught.value, RecursionError)


IMPOSSIBLE_AMOUNTS = [
    ("NaN", "is not a finite amount"),
    ("sNaN", "is not a finite amount"),
    ("-Infinity", "is not a finite amount"),
    ("Infinity", "is not a finite amount"),
    ("nan", "is not a finite amount"),
    ("1E+999999", "is out of range for an amount"),
    ("1E+999999999999999", "is out of range for an amount"),
    ("0E-1000", "is out of range for an amount"),
    ("9" * 101, "is out of range for an amount"),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("amount", "reason"), IMPOSSIBLE_AMOUNTS)
async def test_an_impossible_amount_is_a_validation_error_naming_path_and_value(
    server: RecordingServer, transport: str, amount: str, reason: str
) -> None:
    """NaN, Infinity and absurd exponents were accepted as data (Decimal('NaN') in a limit price),
    though the client refuses to send any of them."""
    body = {"orders": [sample_json(Order), {**sample_json(Order), "limit_price": amount}]}
    server.respond_json(body)
    async with make_client(server.url, transport, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError) as caught:
            await client.orders.list_portfolio_orders(portfolio_id="p")
    message = str(caught.value)
    assert f"$.orders[1].limit_price: {_short_repr(amount)} {reason}" in message, message
    assert caught.value.body == body


def _short_repr(value: str) -> str:
    return repr(value) if len(value) <= 60 else repr(value)[:57] + "..."


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("billing_month", "9" * 4000, "is not a 64-bit integer"),  # refused before int() reads it
        ("billing_month", "18446744073709551616", "is out of range for a 64-bit integer"),  # 2**64
        ("billing_month", "\u0661\u0662", "is not a 64-bit integer"),  # Arabic-Indic digits int() takes
        ("billing_month", " 12", "is not a 64-bit integer"),
        ("usd_amount_paid", "NaN", "is not a finite number"),
        ("usd_amount_paid", "-inf", "is not a finite number"),
        ("usd_amount_paid", "1e999", "is not a finite number"),
    ],
)
async def test_an_impossible_integer_or_number_is_a_validation_error(
    server: RecordingServer, transport: str, field: str, value: str, reason: str
) -> None:
    body = {"invoices": [{"id": "i1", field: value}]}
    server.respond_json(body)
    async with make_client(server.url, transport, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError) as caught:
            await client.invoices.list_invoices(entity_id="e")
    assert f"$.invoices[0].{field}: {_short_repr(value)} {reason}" in str(caught.value), str(caught.value)


def test_the_bounds_let_every_real_amount_through() -> None:
    for amount in ["0", "-0", "0.000000000000000001", "1E-100", "1E+100", "9" * 100, "-12.50", "1e3", "0E-199"]:
        order = converter().structure({"limit_price": amount}, Order)
        assert order.limit_price == Decimal(amount) and str(order.limit_price) == str(Decimal(amount))
    assert converter().structure({"billing_month": "-9223372036854775808"}, Invoice).billing_month == -(2**63)
    assert converter().structure({"billing_month": "18446744073709551615"}, Invoice).billing_month == 2**64 - 1
