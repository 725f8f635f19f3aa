"""End to end: every operation through the client against the simulator over loopback HTTP, and
every paginated operation paged through 10+ pages."""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import httpx
import jsonschema
import pytest
import referencing
import referencing.jsonschema

from codegen import SPEC
from codegen.overlay import merged_spec
from prime_async import ROUTES, PrimeClient, Route
from prime_async.models import to_json
from prime_async.testing import PrimeSimulator, sample_value

from .sim_known_violations import KNOWN_MODEL_VIOLATIONS, json_path

pytestmark = pytest.mark.anyio

NOW = datetime.now(UTC).replace(microsecond=0)


@attrs.define
class World:
    """Ids of real things in a fresh simulator, made through the client."""

    sim: PrimeSimulator
    client: PrimeClient
    pid: str = ""
    usd: str = ""
    usdc: str = ""
    eth: str = ""
    usd_other: str = ""
    open_order: Any = None
    filled_order: str = ""
    transaction: str = ""
    activity: str = ""
    quote: str = ""


async def _wallet(client: PrimeClient, pid: str, symbol: str) -> str:
    (wallet,) = await client.wallets.list_wallets(portfolio_id=pid, type="TRADING", symbols=[symbol]).collect()
    assert wallet.id
    return wallet.id


@pytest.fixture
async def world() -> AsyncIterator[World]:
    sim = PrimeSimulator(portfolios=2, seed=21)
    async with (
        sim.serve() as server,
        PrimeClient(credentials=sim.credentials, base_url=server.url, rate_limit=None) as client,
    ):
        yield await make_world(sim, client)


async def make_world(sim: PrimeSimulator, client: PrimeClient) -> World:
    """Real things in a fresh simulator (portfolios=2), made through `client`: the same calls, in
    the same order, every time (two simulators of one seed and one clock end up alike)."""
    w = World(sim, client, pid=sim.portfolio_ids[0])
    w.usd, w.usdc, w.eth = [await _wallet(client, w.pid, s) for s in ("USD", "USDC", "ETH")]
    w.usd_other = await _wallet(client, sim.portfolio_ids[1], "USD")
    for i in range(11):  # resting orders, for open-order pages
        created = await client.orders.create_order(
            portfolio_id=w.pid, product_id="BTC-USD", side="BUY", type="LIMIT", base_quantity="0.01",
            limit_price=str(10000 + i), client_order_id=f"open-{i}",
        )  # fmt: skip
    w.open_order = (await client.orders.get_order(portfolio_id=w.pid, order_id=created.order_id)).order
    filled = await client.orders.create_order(  # ~150,000 USD: fills in 15 pieces
        portfolio_id=w.pid, product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="2.5"
    )
    w.filled_order = filled.order_id or ""
    for _ in range(10):  # wallet transactions, for their pages
        t = await client.transactions.create_wallet_transfer(
            portfolio_id=w.pid, wallet_id=w.usd, amount="1", destination=w.usd_other, currency_symbol="USD"
        )
    w.transaction = t.transaction_id or ""
    staked = await client.staking.staking_initiate(portfolio_id=w.pid, wallet_id=w.eth, inputs={"amount": "2"})
    w.activity = staked.activity_id or ""
    quote = await client.orders.create_quote(
        portfolio_id=w.pid,
        product_id="ETH-USD",
        side="BUY",
        limit_price="4000",
        base_quantity="1",
        quote_duration_ms=30_000,
    )
    w.quote = quote.quote_id or ""
    return w


def arguments(route: Route, w: World) -> dict[str, Any]:
    """Valid arguments: real ids for the path, the required query values, a sensible body."""
    ids = {
        "portfolio_id": w.pid, "entity_id": w.sim.entity_id, "wallet_id": w.usd, "order_id": w.open_order.id,
        "transaction_id": w.transaction, "activity_id": w.activity,
    }  # fmt: skip
    query = {
        "product_id": "BTC-USD", "start_time": NOW - timedelta(hours=5), "end_time": NOW, "granularity": "ONE_HOUR",
        "base_currency": "BTC", "quote_currency": "USD", "symbol": "USD", "deposit_type": "CRYPTO",
        "type": "TRADING", "start_date": NOW - timedelta(days=60),
    }  # fmt: skip
    kwargs: dict[str, Any] = {}
    for p in route.params:
        if p.location == "path":
            kwargs[p.name] = ids.get(p.name, f"{p.name}-1")
        elif p.location == "query" and p.required:
            kwargs[p.name] = query[p.name]
        elif p.location == "body" and p.required and p.name != route.idempotency_field:
            kwargs[p.name] = sample_value(p.type, p.name)
    kwargs.update(BODIES.get(route.operation_id, lambda _: {})(w))
    if route.operation_id in WALLET_ETH:
        kwargs["wallet_id"] = w.eth
    return kwargs


WALLET_ETH = {"StakingInitiate", "StakingUnstake", "StakingClaimRewards", "CreateWalletDepositAddress"}
MARKET = {"product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "0.001"}
BODIES: dict[str, Any] = {
    "CreateOrder": lambda w: MARKET,
    "OrderPreview": lambda w: MARKET,
    "EditOrder": lambda w: {"orig_client_order_id": w.open_order.client_order_id, "client_order_id": "edited",
                            "limit_price": "9000", "base_quantity": "0.01"},
    "CreateQuoteRequest": lambda w: {"product_id": "ETH-USD", "side": "BUY", "limit_price": "4000",
                                     "base_quantity": "1", "quote_duration_ms": 5000},
    "AcceptQuote": lambda w: {"product_id": "ETH-USD", "side": "BUY", "quote_id": w.quote},
    "CreateWalletTransfer": lambda w: {"amount": "5", "destination": w.usd_other, "currency_symbol": "USD"},
    "CreateWalletWithdrawal": lambda w: {"amount": "5", "currency_symbol": "USD",
                                         "destination_type": "DESTINATION_PAYMENT_METHOD",
                                         "payment_method": {"payment_method_id": "pm-1"}},
    "CreateConversion": lambda w: {"amount": "5", "destination": w.usdc, "source_symbol": "USD",
                                   "destination_symbol": "USDC"},
    "StakingInitiate": lambda w: {"inputs": {"amount": "1"}},
    "StakingUnstake": lambda w: {"inputs": {"amount": "1"}},
    "PortfolioStakingInitiate": lambda w: {"currency_symbol": "ETH", "amount": "1"},
    "PortfolioStakingUnstake": lambda w: {"currency_symbol": "ETH", "amount": "1"},
    "CreateWallet": lambda w: {"name": "New vault", "symbol": "BTC", "wallet_type": "VAULT"},
    "CreateWalletDepositAddress": lambda w: {"network_id": "ethereum-mainnet"},
    "GetPortfolioFills": lambda w: {"start_date": NOW - timedelta(days=60)},
}  # fmt: skip


@pytest.mark.parametrize("operation_id", list(ROUTES))
async def test_operation_against_the_simulator(operation_id: str, world: World) -> None:
    route = ROUTES[operation_id]
    endpoint = getattr(getattr(world.client, route.resource), route.name)
    result = await endpoint(**arguments(route, world))
    assert isinstance(result, route.response_model)
    assert to_json(result), "an empty response for a modelled operation"


PAGE_ARGS: dict[str, Any] = {
    "GetOrderFills": lambda w: {"order_id": w.filled_order},
    "GetWalletTransactions": lambda w: {},
}


@pytest.mark.parametrize("operation_id", [op for op, r in ROUTES.items() if r.pagination])
async def test_every_paginated_operation_pages_through_ten_pages(operation_id: str, world: World) -> None:
    route = ROUTES[operation_id]
    assert route.pagination is not None
    kwargs = {**arguments(route, world), **PAGE_ARGS.get(operation_id, lambda _: {})(world), "limit": 1}
    endpoint = getattr(getattr(world.client, route.resource), route.name)
    pages = [page async for page in endpoint(**kwargs).pages(max_pages=50)]
    items = [item async for item in endpoint(**kwargs).items(max_items=500)]
    assert len(pages) >= 10
    assert len(items) == len(pages)  # one item a page with limit=1, every page followed to the end
    assert len({repr(i) for i in items}) == len(items), "an item came back twice"
    assert pages[-1].pagination.has_next is False


# -- every 200 body against the vendored spec's response schema --------------------------------------

SPEC_URI = "urn:prime-openapi"


@functools.cache
def _spec() -> dict[str, Any]:
    """The vendored spec with spec/overlay.yaml merged in, as the generator reads it."""
    return merged_spec(SPEC).spec


def _spec_operations() -> dict[tuple[str, str], dict[str, Any]]:
    return {(method.upper(), path): op for path, ops in _spec()["paths"].items() for method, op in ops.items()}


def _rfc3339(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value) is not None and bool(
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    )


def _int64(value: object) -> bool:
    """int64: a JSON string of an integer (proto3 JSON) or an integer, within range."""
    if isinstance(value, str):
        if re.fullmatch(r"-?\d{1,19}", value) is None:
            return False
        value = int(value)
    return not isinstance(value, int) or -(2**63) <= value < 2**63


@functools.cache
def _registry() -> referencing.Registry[Any]:
    """The spec as one JSON-schema resource, its object schemas closed to undeclared properties."""
    spec = copy.deepcopy(_spec())
    for schema in spec["components"]["schemas"].values():
        _close(schema)
    return referencing.Registry().with_resource(SPEC_URI, referencing.jsonschema.DRAFT4.create_resource(spec))


@functools.cache
def _validator_for(operation_id: str) -> jsonschema.Draft4Validator:
    """A validator of the spec's 200 response schema of the operation, strict about properties
    the spec does not declare (the models come from the spec, so an extra one is a bug)."""
    route = ROUTES[operation_id]
    schema = _spec_operations()[(route.method, route.path)]["responses"]["200"]["content"]["application/json"]["schema"]
    formats = jsonschema.FormatChecker(formats=())
    formats.checks("date-time")(_rfc3339)
    formats.checks("int64")(_int64)
    return jsonschema.Draft4Validator(_rebase(schema), registry=_registry(), format_checker=formats)


def _close(schema: Any) -> None:
    if isinstance(schema, dict):
        if "properties" in schema:
            schema.setdefault("additionalProperties", False)
        for value in schema.values():
            _close(value)
    elif isinstance(schema, list):
        for value in schema:
            _close(value)


def _rebase(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema["$ref"]
    assert ref.startswith("#/")
    return {"$ref": SPEC_URI + ref}


class Recorder(httpx.AsyncBaseTransport):
    """Keeps the last response body as it came off the wire."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.last: tuple[int, str, bytes] = (0, "", b"")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        self.last = (response.status_code, response.headers.get("content-type", ""), body)
        return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_every_spec_operation_is_routed() -> None:
    assert set(_spec_operations()) == {(r.method, r.path) for r in ROUTES.values()}


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # the answers are the server's: one client backend will do
@pytest.mark.parametrize("operation_id", list(ROUTES))
async def test_every_operation_answers_per_the_spec(operation_id: str, world: World) -> None:
    route = ROUTES[operation_id]
    recorder = Recorder()
    async with PrimeClient(
        credentials=world.sim.credentials, base_url=world.client.base_url, transport=recorder, rate_limit=None
    ) as client:
        await getattr(getattr(client, route.resource), route.name)(**arguments(route, world))
    status, content_type, body = recorder.last
    assert status == 200 and content_type == "application/json"
    found = {
        (operation_id, json_path(list(error.absolute_path)), str(error.validator)): error.message
        for error in _validator_for(operation_id).iter_errors(json.loads(body))
    }
    known = {v for v in KNOWN_MODEL_VIOLATIONS if v[0] == operation_id}
    assert {k: v for k, v in found.items() if k not in known} == {}, "the simulator's answer is off the spec"
    assert known <= set(found), f"no longer violated, remove from KNOWN_MODEL_VIOLATIONS: {known - set(found)}"
