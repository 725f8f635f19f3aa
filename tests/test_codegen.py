"""The generated code is current, and the route table says what the spec says."""

from __future__ import annotations

from collections import Counter

import pytest

from prime_async import ROUTES, PrimeClient


def test_generated_code_is_not_stale() -> None:
    pytest.importorskip("yaml")
    from codegen import stale_files

    assert stale_files() == [], "run `python -m codegen` and commit the result"


def test_generated_files_say_so() -> None:
    from pathlib import Path

    import prime_async

    generated = Path(prime_async.__file__).parent / "_generated"
    for path in generated.glob("*.py*"):
        assert "Generated from spec/prime-openapi.yaml" in path.read_text()


def test_one_route_per_operation_with_a_unique_method() -> None:
    assert len(ROUTES) == 111
    names = Counter((r.resource, r.name) for r in ROUTES.values())
    assert max(names.values()) == 1
    assert all("_" not in op_id and not op_id.startswith("Prime") for op_id in ROUTES)


def test_every_route_is_reachable_on_the_client() -> None:
    client = PrimeClient(access_key="a", passphrase="p", signing_key="s")
    for route in ROUTES.values():
        endpoint = getattr(getattr(client, route.resource), route.name)
        assert endpoint.route is route


def test_names_a_user_would_guess() -> None:
    assert ROUTES["CreateOrder"].resource == "orders" and ROUTES["CreateOrder"].name == "create_order"
    assert (ROUTES["GetPortfolios"].resource, ROUTES["GetPortfolios"].name) == ("portfolios", "list_portfolios")
    assert (ROUTES["GetOrders"].resource, ROUTES["GetOrders"].name) == ("orders", "list_portfolio_orders")
    assert ROUTES.find("orders.list_portfolio_orders") is ROUTES["GetOrders"]
    assert ROUTES["GetOrders"].method == "GET"
    assert ROUTES["GetOrders"].path == "/v1/portfolios/{portfolio_id}/orders"


def test_pagination_and_idempotency_from_the_spec() -> None:
    paginated = {op for op, r in ROUTES.items() if r.pagination}
    assert len(paginated) == 23
    assert "GetInvoices" not in paginated  # takes a cursor but returns no pagination: single page
    assert ROUTES["GetOrders"].pagination is not None and ROUTES["GetOrders"].pagination.items == "orders"
    assert ROUTES["ListTransactionValidators"].pagination is not None
    assert ROUTES["ListTransactionValidators"].pagination.cursor_in == "body"
    idempotent = {op: r.idempotency_field for op, r in ROUTES.items() if r.idempotency_field}
    assert idempotent["CreateOrder"] == idempotent["EditOrder"] == idempotent["AcceptQuote"] == "client_order_id"
    assert idempotent["CreateQuoteRequest"] == "client_quote_id"
    for op in ("CreateWalletTransfer", "CreateWalletWithdrawal", "CreateConversion", "StakingInitiate", "CreateWallet"):
        assert idempotent[op] == "idempotency_key"


def test_each_paginated_route_names_its_items_model() -> None:
    """The simulator's sample pages (and the docs' Paginator[...] item) take the item type from
    `pagination.item`: it must be the model the response's items list holds."""
    from typing import get_args

    import attrs

    from prime_async import models

    for route in ROUTES.values():
        if route.pagination is None:
            continue
        fields = {f.name: f for f in attrs.fields(attrs.resolve_types(route.response_model))}
        assert get_args(fields[route.pagination.items].type) == (getattr(models, route.pagination.item),), route


def test_params_carry_types_and_locations() -> None:
    from datetime import datetime

    from prime_async.models import OrderStatus

    params = ROUTES["GetOrders"].params_by_name
    assert params["portfolio_id"].location == "path" and params["portfolio_id"].required
    assert params["order_statuses"].type == list[OrderStatus]
    assert params["start_date"].type is datetime
    deposit = ROUTES["GetWalletDepositInstructions"].params_by_name
    assert deposit["network_id"].wire == "network.id"
