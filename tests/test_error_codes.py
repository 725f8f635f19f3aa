"""Errors carry Prime's code, subcode and trace id; retries are decided by the code as well as
the status (issue 20 items 2 and 4). Over loopback, on every transport and on trio."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from prime_async import (
    AuthenticationError,
    BadRequestError,
    ErrorCode,
    ErrorSubcode,
    InternalServerError,
    PrimeClient,
    RetryPolicy,
)

from .conftest import MARKET_ORDER, RecordingServer, make_client

pytestmark = pytest.mark.anyio

FAST = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002)


@pytest.fixture
async def client(recording_server: RecordingServer, transport: str) -> AsyncIterator[PrimeClient]:
    recording_server.requests.clear()
    async with make_client(recording_server.url, transport, retry=FAST, portfolio_id="p-1") as c:
        yield c


def prime_error(status: int, subcode: str | None, code: str | None = None, **more: Any) -> bytes:
    body: dict[str, Any] = {"message": f"refused: {subcode}", "trace_id": "tr-42", **more}
    if subcode:
        body["subcode"] = subcode
        body["code"] = code or ErrorSubcode(subcode).info.code.value  # type: ignore[union-attr]
    elif code:
        body["code"] = code
    return json.dumps(body).encode()


def answer(server: RecordingServer, status: int, body: bytes, content_type: str = "application/json") -> None:
    server.reply = lambda _: (status, {"Content-Type": content_type}, body)


async def test_an_error_carries_code_subcode_and_trace_id(
    client: PrimeClient, recording_server: RecordingServer
) -> None:
    answer(recording_server, 400, prime_error(400, "ORDER_FULLY_FILLED"))
    with pytest.raises(BadRequestError) as info:
        await client.orders.cancel_order(order_id="o-1")
    exc = info.value
    assert exc.code is ErrorCode.FAILED_PRECONDITION and exc.subcode is ErrorSubcode.ORDER_FULLY_FILLED
    assert exc.trace_id == "tr-42" and exc.request_id is None
    assert "[ORDER_FULLY_FILLED]" in str(exc) and "trace id tr-42" in str(exc)
    assert exc.message == "refused: ORDER_FULLY_FILLED"


async def test_an_unknown_subcode_is_kept_as_a_string(client: PrimeClient, recording_server: RecordingServer) -> None:
    answer(
        recording_server, 400, json.dumps({"code": "NEW_CODE", "subcode": "ORDER_NEWLY_ADDED", "message": "m"}).encode()
    )
    with pytest.raises(BadRequestError) as info:
        await client.orders.cancel_order(order_id="o-1")
    assert info.value.subcode == "ORDER_NEWLY_ADDED" and isinstance(info.value.subcode, ErrorSubcode)
    assert not info.value.subcode.is_known and info.value.code == "NEW_CODE"
    assert info.value.trace_id is None and "trace id" not in str(info.value)


async def test_a_body_that_is_not_json_is_the_message_bounded_and_escaped(
    client: PrimeClient, recording_server: RecordingServer
) -> None:
    page = b"<html>\n<h1>502 Bad Gateway</h1>\x1b[31m" + b"x" * 10_000 + b"</html>"
    answer(recording_server, 502, page, "text/html")
    with pytest.raises(InternalServerError) as info:
        await client.portfolios.list_portfolios()
    exc = info.value
    assert exc.message.startswith("<html> <h1>502 Bad Gateway</h1>\\x1b[31mxxx")
    assert len(exc.message) <= 2048 + 3 and exc.message.endswith("...")
    assert "\x1b" not in str(exc) and "\n" not in str(exc)
    assert exc.code is None and exc.subcode is None and exc.attempts == 3  # a 502 without a code: by status


async def test_an_internal_error_prime_classes_as_not_retryable_is_not_retried(
    client: PrimeClient, recording_server: RecordingServer
) -> None:
    answer(recording_server, 500, prime_error(500, "AUTH_AUTHORIZATION_FAILED"))
    with pytest.raises(InternalServerError) as info:
        await client.portfolios.list_portfolios()
    assert info.value.attempts == 1 and len(recording_server.requests) == 1
    assert info.value.code is ErrorCode.INTERNAL_ERROR


@pytest.mark.parametrize(
    ("status", "subcode", "code"),
    [
        (503, "ORDER_SERVICE_UNAVAILABLE", None),
        (503, "SERVER_MAINTENANCE_MODE_ACTIVE", None),
        (429, "SERVER_RATE_LIMIT_EXCEEDED", None),
        (400, None, "SERVICE_UNAVAILABLE"),  # the code says retryable where the status would not
    ],
)
async def test_the_retryable_codes_are_retried_under_the_idempotency_rules(
    client: PrimeClient, recording_server: RecordingServer, status: int, subcode: str | None, code: str | None
) -> None:
    answer(recording_server, status, prime_error(status, subcode, code))
    with pytest.raises(Exception) as keyed:  # CreateOrder carries client_order_id: retried
        await client.orders.create_order(**MARKET_ORDER)
    assert keyed.value.attempts == 3  # type: ignore[attr-defined]
    bodies = {r.body for r in recording_server.requests}
    assert len(recording_server.requests) == 3 and len(bodies) == 1  # the same client_order_id each time
    recording_server.requests.clear()
    with pytest.raises(Exception) as unkeyed:  # CancelOrder has no idempotency field: never resent
        await client.orders.cancel_order(order_id="o-1")
    assert unkeyed.value.attempts == 1 and len(recording_server.requests) == 1  # type: ignore[attr-defined]


async def test_a_401_for_margin_says_it_is_a_permission(client: PrimeClient, recording_server: RecordingServer) -> None:
    answer(recording_server, 401, prime_error(401, "FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED"))
    with pytest.raises(AuthenticationError) as info:
        await client.portfolios.list_portfolios()
    assert info.value.subcode is ErrorSubcode.FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
    assert "a permission, not bad credentials" in str(info.value)


async def test_order_resource_not_found_is_a_400(client: PrimeClient, recording_server: RecordingServer) -> None:
    answer(recording_server, 400, prime_error(400, "ORDER_RESOURCE_NOT_FOUND"))
    with pytest.raises(BadRequestError) as info:
        await client.orders.create_quote(
            product_id="BTC-USD", side="BUY", client_quote_id="q", limit_price="1", base_quantity="1"
        )
    assert info.value.subcode is ErrorSubcode.ORDER_RESOURCE_NOT_FOUND and info.value.status_code == 400
    assert "not found" in str(info.value)
