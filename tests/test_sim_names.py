"""Names as gRPC-gateway takes them: every operation's body and query, sent with lowerCamelCase
names (as Coinbase's TypeScript SDK sends them), has the effect the snake_case request has.

Two simulators of one seed and one clock are kept in lockstep: every request the client makes
goes to the first as sent (snake_case) and, its names rewritten to lowerCamelCase at every depth,
to the second; their answers must be the same bytes. The cases come from the route table, every
operation twice: once with the arguments that succeed (sim_support.arguments) and every
optional query parameter, once with every optional body field as well. Then every read goes to
both again, snake_case: the worlds the two request styles left behind are the same.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, get_args, get_origin

import httpx
import pytest

from prime_async import ROUTES, APIStatusError, InvalidRequestError, PrimeClient, Route
from prime_async._route import Int64
from prime_async._signing import Signer
from prime_async.testing import PrimeSimulator, sample_value
from prime_async.testing._simulator import Reply

from .sim_support import NOW, World, arguments, build

pytestmark = pytest.mark.anyio


def lower_camel(name: str) -> str:
    """protoc's JSON name: `client_order_id` -> `clientOrderId` (each part of a dotted query name)."""
    return ".".join(
        part.split("_")[0] + "".join(w[:1].upper() + w[1:] for w in part.split("_")[1:]) for part in name.split(".")
    )


def camel_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {lower_camel(k): camel_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [camel_json(v) for v in value]
    return value


def camel_target(target: str) -> str:
    """The query's keys renamed; the values as sent, byte for byte."""
    path, sep, query = target.partition("?")
    pairs = [(key, rest) for key, _, rest in (item.partition("=") for item in query.split("&"))] if query else []
    return path + sep + "&".join(f"{lower_camel(k)}={v}" for k, v in pairs)


class Mirror(httpx.AsyncBaseTransport):
    """Sends each request to `first` as it is and to `second` (camelCased when `camel`), re-signed;
    answers with the first's reply and keeps both."""

    def __init__(self, first: PrimeSimulator, second: PrimeSimulator) -> None:
        self.first, self.second = first, second
        self.signer = Signer(second.credentials.signing_key)
        self.camel = False
        self.sent: list[tuple[str, str, bytes, str, bytes, Reply, Reply]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        method, target = request.method, request.url.raw_path.decode("ascii")
        headers = {k.lower(): v for k, v in request.headers.items()}
        first = await self.first.handle(method, target, headers, body)
        target2, body2 = target, body
        if self.camel:
            target2 = camel_target(target)
            body2 = json.dumps(camel_json(json.loads(body)), separators=(",", ":")).encode() if body else b""
        stamp = headers["x-cb-access-timestamp"]
        headers2 = {
            **headers,
            "x-cb-access-signature": self.signer.sign(stamp, method, target.partition("?")[0], body2),
        }
        second = await self.second.handle(method, target2, headers2, body2)
        self.sent.append((method, target, body, target2, body2, first, second))
        return httpx.Response(first.status, headers=list(first.headers), content=first.body, request=request)


def optional_query(route: Route, w: World) -> dict[str, Any]:
    """A value for every optional query parameter (bar the cursor: an invalid one masks the rest)."""
    by_name: dict[str, Any] = {
        "product_id": "BTC-USD", "product_ids": ["BTC-USD", "ETH-USD"], "symbols": "USD", "limit": 5,
        "sort_direction": "ASC", "portfolio_id": w.pid, "order_side": "BUY", "currency_symbol": "USD",
    }  # fmt: skip
    out: dict[str, Any] = {}
    for p in route.params:
        if p.location != "query" or p.required or p.name == "cursor":
            continue
        moment = NOW if "end" in p.name else NOW - timedelta(days=30)
        if p.name == "symbols":
            out[p.name] = ["USD"] if get_origin(p.type) is list else "USD"
        elif p.name in by_name:
            out[p.name] = by_name[p.name]
        elif p.type is datetime:
            out[p.name] = moment
        elif p.type is str and p.name.endswith(("_time", "_date")):  # a time the spec types as a string
            out[p.name] = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            out[p.name] = sample(p.type, p.name)
    return out


def every_body_field(route: Route) -> dict[str, Any]:
    return {p.name: sample(p.type, p.name) for p in route.params if p.location == "body" and not p.required}


def sample(tp: Any, name: str) -> Any:
    """A value of a parameter's type (an Int64 is an int the client sends as a string)."""
    if get_origin(tp) is list:
        return [sample(get_args(tp)[0], name)]
    return sample_value(int if tp is Int64 else tp, name)


def snake_names(target: str, body: bytes) -> bool:
    """Whether a request names anything with an underscore (else camelCase changes nothing)."""
    keys = [item.partition("=")[0] for item in target.partition("?")[2].split("&") if item]

    def walk(value: Any) -> list[str]:
        if isinstance(value, dict):
            return list(value) + [k for v in value.values() for k in walk(v)]
        return [k for v in value for k in walk(v)] if isinstance(value, list) else []

    return any("_" in k for k in keys + (walk(json.loads(body)) if body else []))


async def call(client: PrimeClient, route: Route, kwargs: dict[str, Any]) -> None:
    with contextlib.suppress(APIStatusError):  # the answer is compared, whatever it is
        await getattr(getattr(client, route.resource), route.name)(**kwargs)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # the simulators answer alike whatever runs the client
async def test_every_operation_in_lower_camel_case_has_the_snake_case_effect() -> None:
    start = time.time()
    a, b = (PrimeSimulator(portfolios=2, seed=21, clock=lambda: start, auth_window=1e9) for _ in range(2))
    assert a.credentials == b.credentials
    mirror = Mirror(a, b)
    keys = itertools.count()
    async with PrimeClient(
        credentials=a.credentials, base_url="https://prime.sim", transport=mirror, rate_limit=None,
        new_idempotency_key=lambda: f"key-{next(keys)}",
    ) as client:  # fmt: skip
        w = await build(a, client)
        assert all(first == second for *_, first, second in mirror.sent), "the set-up differs: not in lockstep"
        mirror.camel = True
        passes: list[Callable[[Route], dict[str, Any]]] = [
            lambda route: {**arguments(route, w), **optional_query(route, w)},
            lambda route: {**every_body_field(route), **arguments(route, w), **optional_query(route, w)},
        ]
        renamed, succeeded = set(), set()
        for kwargs_of in passes:
            for operation_id, route in ROUTES.items():
                before = len(mirror.sent)
                try:
                    await call(client, route, kwargs_of(route))
                except InvalidRequestError:
                    continue  # a sample the client refuses: nothing was sent
                assert len(mirror.sent) == before + 1
                _, target, body, target2, body2, first, second = mirror.sent[-1]
                assert (second.status, second.body) == (first.status, first.body), (operation_id, target2, body2)
                if snake_names(target, body):
                    assert (target2, body2) != (target, body)
                    renamed.add(operation_id)
                if first.status == 200:
                    succeeded.add(operation_id)
        # every operation with a query or body name of two words or more was sent renamed; most succeed
        multi_word = {
            operation_id
            for operation_id, route in ROUTES.items()
            if any(p.location != "path" and "_" in p.wire and p.name != "cursor" for p in route.params)
        }
        assert renamed == multi_word and len(renamed) > 60, multi_word ^ renamed
        assert len(succeeded) >= 100, set(ROUTES) - succeeded
        mirror.camel = False  # what each world holds now, read back the same way from both
        for route in ROUTES.values():
            if route.method == "GET":
                await call(client, route, arguments(route, w))
                *_, first, second = mirror.sent[-1]
                assert (second.status, second.body) == (first.status, first.body), route.operation_id


# -- the edges -------------------------------------------------------------------------------------


@pytest.fixture
def sim() -> PrimeSimulator:
    return PrimeSimulator(portfolios=1, seed=5)


async def send(sim: PrimeSimulator, method: str, target: str, body: Any = None) -> tuple[int, Any]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
    stamp = str(int(time.time()))
    c = sim.credentials
    headers = {
        "x-cb-access-key": c.access_key, "x-cb-access-passphrase": c.passphrase, "x-cb-access-timestamp": stamp,
        "x-cb-access-signature": Signer(c.signing_key).sign(stamp, method, target.partition("?")[0], raw),
    }  # fmt: skip
    reply = await sim.handle(method, target, headers, raw)
    answer = json.loads(reply.body)
    if reply.status >= 400:  # Prime's error body: its trace id checked here, the rest by the tests
        assert len(answer.pop("trace_id")) == 32
    return reply.status, answer


def refused(message: str, subcode: str) -> dict[str, str]:
    return {"code": "VALIDATION_ERROR", "subcode": subcode, "message": message}


async def test_a_body_field_under_both_names_or_twice_is_a_duplicate(sim: PrimeSimulator) -> None:
    pid = sim.portfolio_ids[0]
    order = {"productId": "BTC-USD", "side": "BUY", "type": "MARKET", "baseQuantity": "0.01", "clientOrderId": "c1"}
    assert await send(sim, "POST", f"/v1/portfolios/{pid}/order", {**order, "product_id": "BTC-USD"}) == (
        400,
        refused("duplicate field product_id (sent as productId and product_id)", "ORDER_REQUEST_INVALID"),
    )
    twice = b'{"side":"BUY","side":"SELL","productId":"BTC-USD"}'
    assert await send(sim, "POST", f"/v1/portfolios/{pid}/order", twice) == (
        400,
        refused("duplicate field side", "ORDER_REQUEST_INVALID"),
    )
    status, created = await send(sim, "POST", f"/v1/portfolios/{pid}/order", {**order, "portfolioId": pid})
    assert status == 200 and created["order_id"]  # a path parameter in the body is fine
    assert sim.world.orders[created["order_id"]].client_order_id == "c1"


async def test_unknown_body_fields_are_refused_by_name_at_any_depth(sim: PrimeSimulator) -> None:
    pid = sim.portfolio_ids[0]
    (wallet,) = [w for w in sim.world.wallets.values() if w.symbol == "ETH" and w.type == "TRADING"]
    target = f"/v1/portfolios/{pid}/wallets/{wallet.id}/staking/initiate"
    body = {"idempotencyKey": "k1", "inputs": {"amount": "1", "validatorCount": 1}, "extra_field": True}
    unknown = refused("unknown field(s): inputs.validatorCount", "STAKING_REQUEST_INVALID")
    assert await send(sim, "POST", target, body) == (400, unknown)
    status, _ = await send(sim, "POST", target, {"idempotencyKey": "k1", "inputs": {"amount": "1"}, "bogus": 1})
    assert status == 400 and _ == refused("unknown field(s): bogus", "STAKING_REQUEST_INVALID")
    assert (await send(sim, "POST", target, {"idempotencyKey": "k1", "inputs": {"amount": "1"}}))[0] == 200


async def test_query_names_both_ways(sim: PrimeSimulator) -> None:
    pid = sim.portfolio_ids[0]
    limit = {"product_id": "BTC-USD", "side": "SELL", "type": "LIMIT", "base_quantity": "0.01", "limit_price": "900000"}
    for i in range(2):  # resting: OPEN
        assert (await send(sim, "POST", f"/v1/portfolios/{pid}/order", {**limit, "client_order_id": f"o{i}"}))[0] == 200

    async def orders(query: str) -> list[tuple[str, str]]:
        status, page = await send(sim, "GET", f"/v1/portfolios/{pid}/orders?limit=1000&{query}")
        assert status == 200, page
        return sorted((o["status"], o["side"]) for o in page["orders"])

    every, opened = await orders(""), await orders("order_statuses=OPEN")
    filled = await orders("orderStatuses=FILLED")  # the JSON name: was ignored, every order came back
    assert filled and {s for s, _ in filled} == {"FILLED"} and len(filled) < len(every)
    assert {s for s, _ in opened} == {"OPEN"} and opened.count(("OPEN", "SELL")) >= 2
    assert await orders("order_statuses=OPEN&orderStatuses=FILLED") == sorted(opened + filled)  # a list: both
    assert await orders("orderSide=SELL&order_statuses=OPEN") == [o for o in opened if o[1] == "SELL"] != opened
    assert await orders("noSuchFilter=1&orderStatuses=OPEN") == opened  # unknown: ignored, as the gateway does
    status, answer = await send(sim, "GET", f"/v1/portfolios/{pid}/orders?sort_direction=ASC&sortDirection=DESC")
    assert status == 400 and "sort_direction sent twice, as sort_direction and sortDirection" in answer["message"]
    status, page = await send(sim, "GET", f"/v1/portfolios/{pid}/orders?limit=1&sortDirection=ASC")
    assert status == 200 and len(page["orders"]) == 1 and page["pagination"]["sort_direction"] == "ASC"


async def test_an_allocation_leg_under_its_old_name_as_prime_sdk_py_sends_it(sim: PrimeSimulator) -> None:
    pid = sim.portfolio_ids[0]
    filled = [o for o in sim.world.orders.values() if o.status == "FILLED" and o.product_id == "BTC-USD"]
    leg = {"allocation_leg_id": "leg-1", "leg_id": "leg-1", "destination_portfolio_id": pid, "amount": "100"}
    body = {"allocation_id": "a-1", "source_portfolio_id": pid, "product_id": "BTC-USD", "size_type": "PERCENT"}
    status, answer = await send(
        sim, "POST", "/v1/allocations", {**body, "order_ids": [filled[0].id], "allocation_legs": [leg]}
    )
    assert status == 200, answer
    assert sim.world.allocations.records["a-1"].destinations[0].leg_id == "leg-1"
    alone = {
        **body,
        "allocation_id": "a-2",
        "order_ids": [filled[1].id],
        "allocation_legs": [{**leg, "allocation_leg_id": None}],
    }
    alone["allocation_legs"][0].pop("allocation_leg_id")
    assert (await send(sim, "POST", "/v1/allocations", alone))[0] == 200
    assert sim.world.allocations.records["a-2"].destinations[0].leg_id == "leg-1"  # the old name alone
    differ = {**body, "allocation_id": "a-3", "order_ids": [filled[2].id], "allocation_legs": [{**leg, "legId": "x"}]}
    differ["allocation_legs"][0].pop("leg_id")
    status, answer = await send(sim, "POST", "/v1/allocations", differ)
    expected = (
        "allocation_legs[0].legId and allocation_legs[0].allocation_leg_id differ (the first is the second's old name)"
    )
    assert (status, answer["message"]) == (400, expected)
