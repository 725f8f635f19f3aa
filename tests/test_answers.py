"""Single-message answers are not Optional: a response that wraps the one message the call answers
with (GetOrderResponse.order, ...) types it non-Optional, and a 200 without it is a typed error
naming the operation, the field and the request id, raised where the response is structured."""

from __future__ import annotations

from typing import Any, get_type_hints

import attrs
import pytest

from codegen import read_api
from prime_async import ROUTES, APIResponseValidationError, MissingResponseFieldError
from prime_async._convert import describe_error
from prime_async.models import GetOrderResponse, Order, OrderStatus
from tests.conftest import RecordingServer
from tests.route_support import call

pytestmark = pytest.mark.anyio

# Every response that wraps one message and nothing else (bar the client's echo of the idempotency
# value): the rule is codegen.spec.mark_answers; this list is what it decides, spelled out.
ANSWERS = {
    "CreateAdvancedTransferResponse": "advanced_transfer",
    "CreateAllocationResponse": "body",
    "CreateNetAllocationResponse": "body",
    "GetActivityResponse": "activity",
    "GetAllocationResponse": "allocation",
    "GetBuyingPowerResponse": "buying_power",
    "GetCrossMarginOverviewResponse": "overview",
    "GetEntityPaymentMethodDetailsResponse": "details",
    "GetMarginInformationResponse": "margin_information",
    "GetOrderResponse": "order",
    "GetPortfolioActivityResponse": "activity",
    "GetPortfolioCommissionResponse": "commission",
    "GetPortfolioCounterpartyIDResponse": "counterparty",
    "GetPortfolioResponse": "portfolio",
    "GetPostTradeCreditResponse": "post_trade_credit",
    "GetTransactionResponse": "transaction",
    "GetWalletBalanceResponse": "balance",
    "GetWalletResponse": "wallet",
    "GetWithdrawalPowerResponse": "withdrawal_power",
    "GetXMLiquidationResponse": "liquidation",
}


def answer_fields() -> dict[str, str]:
    found = {}
    for route in ROUTES.values():
        model = route.response_model
        for f in attrs.fields(model):
            if f.metadata.get("answer"):
                found[model.__name__] = f.name
    return found


def test_the_answers_are_the_listed_wrappers() -> None:
    assert answer_fields() == ANSWERS
    # the rule, read from the spec: one message wrapped, nothing else
    api = read_api()
    for op in api.operations:
        model = api.models[op.response_model]
        if model.name in ANSWERS:
            (field,) = [f for f in model.fields if not f.echo]
            assert field.type in api.models and op.pagination is None and field.answer


def test_answers_are_typed_non_optional_and_other_fields_keep_proto3_typing() -> None:
    for route in ROUTES.values():
        model = route.response_model
        hints = get_type_hints(model)
        for f in attrs.fields(model):
            if f.metadata.get("answer"):  # the model itself, not `X | None`, and no default
                assert attrs.has(hints[f.name]) and f.default is attrs.NOTHING, f"{model.__name__}.{f.name}"
            elif attrs.has(f.type) or "None" in str(hints[f.name]):
                assert f.default is None, f"{model.__name__}.{f.name} keeps proto3's None"


ANSWERING = sorted({r.operation_id for r in ROUTES.values() if r.response_model.__name__ in ANSWERS})


@pytest.mark.parametrize("operation", ANSWERING)
async def test_a_200_without_the_answer_is_a_typed_error(client: Any, server: RecordingServer, operation: str) -> None:
    route = ROUTES[operation]
    field = ANSWERS[route.response_model.__name__]
    for body in ({}, {field: None}):
        server.respond_json(body, headers={"x-request-id": "req-42"})
        with pytest.raises(MissingResponseFieldError) as info:
            await call(client, route)
        error = info.value
        assert isinstance(error, APIResponseValidationError)
        assert error.operation == operation and error.field == field and error.request_id == "req-42"
        assert operation in str(error) and f"`{field}`" in str(error) and "req-42" in str(error)
        assert error.status_code == 200 and error.body == body


async def test_the_answer_is_read_when_present(client: Any, server: RecordingServer) -> None:
    server.respond_json({"order": {"id": "o1", "status": "OPEN"}})
    response = await client.orders.get_order(portfolio_id="p", order_id="o1")
    assert isinstance(response.order, Order) and response.order.status is OrderStatus.OPEN


def test_describe_error_names_the_missing_answer() -> None:
    assert describe_error({}, GetOrderResponse) == "$.order: missing (the Order this response wraps)"
