"""Arguments -> wire: query arrays, None, datetimes, decimals, hostile path ids, and bad input
rejected before anything is sent."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import pytest

from prime_async import BadRequestError, InvalidRequestError
from prime_async.models import OrderSide, OrderStatus, OrderType

from .conftest import RecordingServer

pytestmark = pytest.mark.anyio

ORDERS = {"orders": [], "pagination": {"next_cursor": "", "has_next": False, "sort_direction": "DESC"}}


async def test_query_arrays_repeat_keys_and_none_is_omitted(client: Any, server: RecordingServer) -> None:
    server.respond_json(ORDERS)
    await client.orders.list_portfolio_orders(
        portfolio_id="p1", order_statuses=[OrderStatus.OPEN, "FILLED"], product_ids=None, limit=50
    )
    assert server.last.query == "order_statuses=OPEN&order_statuses=FILLED&limit=50"


async def test_datetimes_are_rfc3339_in_utc(client: Any, server: RecordingServer) -> None:
    server.respond_json(ORDERS)
    est = timezone(timedelta(hours=-5))
    await client.orders.list_portfolio_orders(
        portfolio_id="p1",
        start_date=datetime(2024, 3, 1, 7, 0, tzinfo=est),
        end_date=datetime(2024, 3, 2, 0, 0, 0, 250000, tzinfo=UTC),
    )
    assert unquote(server.last.query) == "start_date=2024-03-01T12:00:00Z&end_date=2024-03-02T00:00:00.250000Z"


async def test_booleans_in_query(client: Any, server: RecordingServer) -> None:
    server.respond_json({"wallets": [], "pagination": {"has_next": False}})
    await client.wallets.list_wallets(portfolio_id="p", type="VAULT", get_network_unified_wallets=False)
    assert server.last.query == "type=VAULT&get_network_unified_wallets=false"


async def test_dotted_query_names_keep_their_wire_name(client: Any, server: RecordingServer) -> None:
    await client.wallets.get_wallet_deposit_instructions(
        portfolio_id="p", wallet_id="w", deposit_type="CRYPTO", network_id="base", network_type="NETWORK_TYPE_EVM"
    )
    assert server.last.query == "deposit_type=CRYPTO&network.id=base&network.type=NETWORK_TYPE_EVM"


@pytest.mark.parametrize(
    ("amount", "wire"),
    [
        (Decimal("0.00000001"), "0.00000001"),  # str(Decimal) would give 1E-8
        (Decimal("1E+3"), "1000"),
        (Decimal("12.50"), "12.50"),
        (5, "5"),
        ("0.1", "0.1"),
        (" 42.0 ", "42.0"),
    ],
)
async def test_decimal_amounts_are_plain_strings(client: Any, server: RecordingServer, amount: Any, wire: str) -> None:
    server.respond_json({"order_id": "o"})
    await client.orders.create_order(
        portfolio_id="p", product_id="BTC-USD", side=OrderSide.BUY, type=OrderType.LIMIT,
        base_quantity=amount, client_order_id="c1",
    )  # fmt: skip
    assert json.loads(server.last.body)["base_quantity"] == wire


@pytest.mark.parametrize(
    "hostile",
    ["../x?y", "..", ".", "a/b", "a b#c", "ü/%2F", "x?limit=1&cursor=2"],
)
async def test_path_ids_stay_inside_their_segment(client: Any, server: RecordingServer, hostile: str) -> None:
    server.respond_json({"order": {}})
    await client.orders.get_order(portfolio_id=hostile, order_id="o1")
    path = server.last.path
    assert server.last.query == ""
    prefix, rest = path.split("/v1/portfolios/", 1)
    assert prefix == ""
    segment, tail = rest.split("/", 1)
    assert tail == "orders/o1"
    assert unquote(segment) == hostile


async def test_post_without_body_schema_sends_no_body(client: Any, server: RecordingServer) -> None:
    await client.orders.cancel_order(portfolio_id="p", order_id="o")
    assert server.last.body == b""
    assert "content-type" not in server.last.headers


async def test_nested_models_as_mappings_or_instances(client: Any, server: RecordingServer) -> None:
    from prime_async.models import AllocationLeg

    server.respond_json({"body": {"success": True}})  # the answer CreateAllocation wraps
    await client.allocations.create_allocation(
        allocation_id="a1",
        allocation_legs=[
            AllocationLeg(allocation_leg_id="l1", amount=Decimal("1.5")),
            {"allocation_leg_id": "l2", "amount": "2"},
        ],
    )
    assert json.loads(server.last.body) == {
        "allocation_id": "a1",
        "allocation_legs": [{"allocation_leg_id": "l1", "amount": "1.5"}, {"allocation_leg_id": "l2", "amount": "2"}],
    }


BAD_CALLS: list[tuple[dict[str, Any], str]] = [
    ({"product_id": "BTC-USD", "side": "BUY"}, "missing required keyword argument(s): 'type'"),
    ({"product_id": "BTC-USD", "side": "BUY", "type": "LIMIT", "typo": 1}, "unexpected keyword argument 'typo'"),
    ({"product_id": "BTC-USD", "side": "BUY", "tpye": "LIMIT"}, "did you mean 'type'?"),
    ({"product_id": 7, "side": "BUY", "type": "LIMIT"}, "product_id: expected str, got int"),
    ({"product_id": "B", "side": OrderType.LIMIT, "type": "LIMIT"}, "side: expected OrderSide or str"),
    ({"product_id": "B", "side": "BUY", "type": "LIMIT", "base_quantity": 0.1}, "floats are not accepted"),
    ({"product_id": "B", "side": "BUY", "type": "LIMIT", "base_quantity": "1,5"}, "expected a decimal amount"),
    ({"product_id": "B", "side": "BUY", "type": "LIMIT", "base_quantity": Decimal("NaN")}, "finite"),
    ({"product_id": "B", "side": "BUY", "type": "LIMIT", "expiry_time": datetime(2024, 1, 1)}, "naive datetime"),
    ({"product_id": "B", "side": "BUY", "type": "LIMIT", "expiry_time": "tomorrow"}, "RFC 3339"),
    ({"product_id": "B", "side": "BUY", "type": "LIMIT", "post_only": "yes"}, "post_only: expected bool"),
]


@pytest.mark.parametrize(("kwargs", "message"), BAD_CALLS)
async def test_bad_input_is_rejected_before_sending(
    client: Any, server: RecordingServer, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        await client.orders.create_order(portfolio_id="p", **kwargs)
    assert message in str(info.value)
    assert isinstance(info.value, TypeError) and isinstance(info.value, ValueError)
    assert server.requests == []


async def test_bad_path_ids_are_rejected(client: Any, server: RecordingServer) -> None:
    for bad in ("", 5, None):
        with pytest.raises(InvalidRequestError):
            await client.orders.get_order(portfolio_id=bad, order_id="o")
    assert server.requests == []


async def test_unknown_keys_in_nested_mappings_are_rejected(client: Any, server: RecordingServer) -> None:
    with pytest.raises(InvalidRequestError, match=r"unknown field.*'amout'.*did you mean 'amount'"):
        await client.allocations.create_allocation(allocation_legs=[{"allocation_leg_id": "l", "amout": "1"}])
    with pytest.raises(InvalidRequestError, match=r"allocation_legs\[0\].amount: expected a decimal amount"):
        await client.allocations.create_allocation(allocation_legs=[{"allocation_leg_id": "l", "amount": "x"}])
    assert server.requests == []


async def test_paginated_endpoints_validate_at_call_time(client: Any, server: RecordingServer) -> None:
    with pytest.raises(InvalidRequestError):
        client.orders.list_portfolio_orders(portfolio_id="p", limit="ten")
    assert server.requests == []


@pytest.mark.anyio
async def test_plain_strings_for_enums_must_be_values_the_spec_lists() -> None:
    from prime_async.models import OrderSide, OrderStatus
    from prime_async.testing import PrimeSimulator

    sim = PrimeSimulator(portfolios=1)
    async with sim.client() as client:
        pid = sim.portfolio_ids[0]
        with pytest.raises(InvalidRequestError, match=r"'OPN' is not a known OrderStatus \(did you mean 'OPEN'\?\)"):
            await client.orders.list_portfolio_orders(portfolio_id=pid, order_statuses=["OPN"])
        with pytest.raises(InvalidRequestError, match=r"did you mean 'BUY'\?"):
            await client.orders.create_order(
                portfolio_id=pid, product_id="BTC-USD", side="buy", type="MARKET", base_quantity="1"
            )
        assert sim.stats["requests"] == 0  # nothing was sent
        # a member, known or constructed for a value added since, always goes out (the simulator,
        # like Prime, knows only the spec's values and answers 400 naming the new one)
        await client.orders.list_portfolio_orders(portfolio_id=pid, order_statuses=[OrderStatus.OPEN, "FILLED"])
        with pytest.raises(BadRequestError, match="'NEW_STATUS'"):
            await client.orders.list_portfolio_orders(portfolio_id=pid, order_statuses=[OrderStatus("NEW_STATUS")])
        assert OrderSide("BUY") is OrderSide.BUY
        assert sim.stats["requests"] == 2
