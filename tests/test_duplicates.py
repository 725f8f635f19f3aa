"""A retried order is never reported as failed (issue 20): Prime refuses a repeated
client_order_id (400 VALIDATION_ERROR ORDER_DUPLICATE_CLIENT_ORDER_ID) instead of answering it
again, and the simulator now does the same. When a retry of one call gets that refusal, an earlier
attempt placed the order: the client finds it and returns it. Everything over loopback HTTP
against the simulator, on every transport and on trio.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import httpx
import pytest

from prime_async import (
    DuplicateClientOrderIdError,
    ErrorCode,
    ErrorSubcode,
    OrderStateUnknownError,
    PrimeClient,
    RequestEvent,
    RetryPolicy,
    fan_out,
)
from prime_async._auth import PrimeAuth
from prime_async.testing import Faults, PrimeSimulator

from .conftest import MARKET_ORDER, Recorded, RecordingServer, make_client

pytestmark = pytest.mark.anyio

FAST = RetryPolicy(max_retries=4, initial_delay=0.001, max_delay=0.01)
LOST = Faults(commit_then_drop_rate=1.0)  # every answer lost after the order was placed


def seeded_uuids(seed: int) -> Callable[[], str]:
    rng = random.Random(seed)
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))


@pytest.fixture
async def served() -> AsyncIterator[tuple[PrimeSimulator, str]]:
    sim = PrimeSimulator(portfolios=2, seed=20)
    async with sim.serve() as server:
        yield sim, server.url


def client_for(url: str, sim: PrimeSimulator, transport: str = "auto", **options: Any) -> PrimeClient:
    options.setdefault("rate_limit", None)
    options.setdefault("retry", FAST)
    return PrimeClient(credentials=sim.credentials, base_url=url, transport=transport, **options)


def order_args(pid: str, **more: Any) -> dict[str, Any]:
    args = {"portfolio_id": pid, "product_id": "BTC-USD", "side": "BUY", "type": "LIMIT"}
    return {**args, "base_quantity": "0.001", "limit_price": "1000", **more}


# -- Done when: 1,000 orders, a fifth of the answers lost after the order was placed -----------------


async def test_a_thousand_orders_with_a_fifth_of_the_answers_lost(
    served: tuple[PrimeSimulator, str], capsys: pytest.CaptureFixture[str]
) -> None:
    sim, url = served
    pid = sim.portfolio_ids[0]
    before = set(sim.world.orders_of[pid])
    sim.route_faults["CreateOrder"] = Faults(commit_then_drop_rate=0.2)
    async with client_for(url, sim, new_idempotency_key=seeded_uuids(1)) as client:
        outcomes = await fan_out(lambda i: client.orders.create_order(**order_args(pid)), range(1000), concurrency=48)
        unresolved = list(client.unresolved)
    errors = [o.error for o in outcomes if not o.ok]
    assert errors == [], errors[:3]
    created = {oid: sim.world.orders[oid] for oid in sim.world.orders_of[pid] if oid not in before}
    assert len(created) == 1000, "an order was lost or doubled"
    results = [o.unwrap() for o in outcomes]
    assert len({r.order_id for r in results}) == 1000
    for r in results:  # every call returned its own order
        assert created[r.order_id].client_order_id == r.client_order_id
    lost = sim.stats["fault_commit_then_drop"]
    assert lost > 150 and sim.stats["duplicates_refused"] == lost  # each lost answer: one refused retry
    assert unresolved == []
    with capsys.disabled():
        print(f"\n  duplicates: 1000 orders, {lost} answers lost, {lost} retries refused as duplicates, all found")


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # the heaviest test: one loop (trio: the one above)
async def test_a_thousand_orders_found_when_filled_among_600_others(
    served: tuple[PrimeSimulator, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The hard lookup: each order filled at once (no longer open), 600 other orders of the same
    product and side in the window, the lost ones' lookups interleaved with new orders."""
    sim, url = served
    pid = sim.portfolio_ids[0]
    before = set(sim.world.orders_of[pid])
    async with client_for(url, sim, new_idempotency_key=seeded_uuids(2)) as client:
        others = await fan_out(lambda i: client.orders.create_order(**order_args(pid)), range(600), concurrency=48)
        assert all(o.ok for o in others)
        sim.route_faults["CreateOrder"] = Faults(commit_then_drop_rate=0.2)
        market = {"type": "MARKET", "base_quantity": "0.0001", "limit_price": None}
        outcomes = await fan_out(
            lambda i: client.orders.create_order(**order_args(pid, **market)), range(1000), concurrency=48
        )
    errors = [o.error for o in outcomes if not o.ok]
    assert errors == [], errors[:3]
    created = {oid: sim.world.orders[oid] for oid in sim.world.orders_of[pid] if oid not in before}
    assert len(created) == 1600, "an order was lost or doubled"
    results = [o.unwrap() for o in outcomes]
    assert len({r.order_id for r in results}) == 1000
    for r in results:
        assert created[r.order_id].client_order_id == r.client_order_id
        assert created[r.order_id].status == "FILLED"  # not open: found among the portfolio's orders
    lost = sim.stats["fault_commit_then_drop"]
    assert lost > 150 and sim.stats["duplicates_refused"] == lost
    assert sim.stats["performed_GetOrders"] >= lost  # each lost one needed the second listing
    with capsys.disabled():
        print(f"\n  duplicates (filled, 600 others): {lost} answers lost, all found")


# -- item 5: the three operations, the caller's own duplicate, and the bounds -------------------------


async def test_a_lost_answer_is_found_for_create_accept_and_edit(
    served: tuple[PrimeSimulator, str], transport: str
) -> None:
    sim, url = served
    pid = sim.portfolio_ids[0]
    events: list[RequestEvent] = []
    async with client_for(url, sim, transport, event_hooks=[events.append]) as client:
        sim.route_faults["CreateOrder"] = LOST
        created = await client.orders.create_order(**order_args(pid, client_order_id="c-1"))
        assert sim.world.orders[created.order_id].client_order_id == "c-1" and created.client_order_id == "c-1"

        quote = await client.orders.create_quote(
            portfolio_id=pid, product_id="BTC-USD", side="BUY", client_quote_id="q-1", limit_price="100000",
            base_quantity="0.001",
        )  # fmt: skip
        sim.route_faults["AcceptQuote"] = LOST
        accepted = await client.orders.accept_quote(
            portfolio_id=pid, product_id="BTC-USD", side="BUY", quote_id=quote.quote_id, client_order_id="a-1"
        )
        assert sim.world.orders[accepted.order_id].client_order_id == "a-1"

        sim.route_faults["EditOrder"] = LOST
        edited = await client.orders.edit_order(
            portfolio_id=pid, order_id=created.order_id, orig_client_order_id="c-1", client_order_id="c-2",
            product_id="BTC-USD", limit_price="1001", base_quantity="0.001",
        )  # fmt: skip
        assert edited.order_id == created.order_id
        assert sim.world.orders[created.order_id].client_order_id == "c-2"
        assert not client.unresolved
    counts = Counter(e.operation_id for e in events)
    assert counts["CreateOrder"] == counts["AcceptQuote"] == counts["EditOrder"] == 2  # lost, then refused
    assert counts["GetOpenOrders"] >= 1 and counts["GetOrder"] == 1
    assert sim.stats["duplicates_refused"] == 3
    assert sim.stats["performed_CreateOrder"] == sim.stats["performed_AcceptQuote"] == 1


async def test_a_raw_client_resolves_the_duplicate_too(served: tuple[PrimeSimulator, str], transport: str) -> None:
    # the lookup's GETs return models on a with_raw_response client as well
    sim, url = served
    pid = sim.portfolio_ids[0]
    sim.route_faults["CreateOrder"] = LOST
    async with client_for(url, sim, transport) as client:
        raw = await client.with_raw_response.orders.create_order(**order_args(pid, client_order_id="r-1"))
    assert raw.attempts == 2 and sim.world.orders[raw.parse().order_id].client_order_id == "r-1"


async def test_the_callers_own_reused_id_is_refused_at_once(served: tuple[PrimeSimulator, str], transport: str) -> None:
    sim, url = served
    pid = sim.portfolio_ids[0]
    events: list[RequestEvent] = []
    async with client_for(url, sim, transport, event_hooks=[events.append]) as client:
        await client.orders.create_order(**order_args(pid, client_order_id="mine"))
        with pytest.raises(DuplicateClientOrderIdError) as info:
            await client.orders.create_order(**order_args(pid, client_order_id="mine"))
        assert not client.unresolved
    exc = info.value
    assert exc.attempts == 1 and exc.status_code == 400 and exc.client_order_id == "mine"
    assert exc.code is ErrorCode.VALIDATION_ERROR and exc.subcode is ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID
    assert exc.trace_id and exc.trace_id in str(exc) and "ORDER_DUPLICATE_CLIENT_ORDER_ID" in str(exc)
    assert [e.operation_id for e in events] == ["CreateOrder", "CreateOrder"]  # no retry, no lookup


async def test_an_order_not_found_within_the_bounds_is_state_unknown(
    served: tuple[PrimeSimulator, str], transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prime_async import _duplicates

    monkeypatch.setattr(_duplicates, "CLOCK_SKEW", timedelta(hours=-1))  # a window no order is in
    monkeypatch.setattr(_duplicates, "ROUND_PAUSE", 0.01)
    sim, url = served
    pid = sim.portfolio_ids[0]
    sim.route_faults["CreateOrder"] = LOST
    async with client_for(url, sim, transport) as client:
        with pytest.raises(OrderStateUnknownError) as info:  # filled at once: not among the open orders either
            await client.orders.create_order(**order_args(pid, type="MARKET", limit_price=None, client_order_id="u-1"))
        (record,) = client.unresolved
    exc = info.value
    assert exc.client_order_id == "u-1" and exc.portfolio_id == pid and exc.attempts == 2
    assert "GetOpenOrders" in exc.looked_up and "GetOrders" in exc.looked_up
    assert "Do not place it again" in str(exc)
    assert isinstance(exc.__cause__, DuplicateClientOrderIdError)
    assert record.reason == "duplicate_not_found" and record.idempotency_key == "u-1"
    assert sim.stats["performed_GetOpenOrders"] == sim.stats["performed_GetOrders"] == _duplicates.ROUNDS


async def test_a_failing_lookup_is_state_unknown(served: tuple[PrimeSimulator, str], transport: str) -> None:
    sim, url = served
    pid = sim.portfolio_ids[0]
    sim.route_faults["CreateOrder"] = LOST
    sim.route_faults["GetOpenOrders"] = Faults(error_rate=1.0)
    async with client_for(url, sim, transport) as client:
        with pytest.raises(OrderStateUnknownError) as info:
            await client.orders.create_order(**order_args(pid, client_order_id="f-1"))
        assert [r.reason for r in client.unresolved] == ["duplicate_not_found"]
    assert "a lookup failed" in info.value.looked_up and "503" in info.value.looked_up


async def test_the_lookup_keeps_to_the_calls_deadline(served: tuple[PrimeSimulator, str], transport: str) -> None:
    sim, url = served
    pid = sim.portfolio_ids[0]
    sim.route_faults["CreateOrder"] = LOST
    sim.route_faults["GetOpenOrders"] = Faults(latency=5.0)  # a lookup slower than the call may take
    async with client_for(url, sim, transport, deadline=1.0) as client:
        with pytest.raises(OrderStateUnknownError) as info:
            await client.orders.create_order(**order_args(pid, client_order_id="d-1"))
        assert [r.reason for r in client.unresolved] == ["duplicate_not_found"]
    assert "deadline" in info.value.looked_up


DUPLICATE = {
    "code": "VALIDATION_ERROR",
    "subcode": "ORDER_DUPLICATE_CLIENT_ORDER_ID",
    "message": "An order with this client_order_id already exists",
    "trace_id": "t-1",
}


def scripted(server: RecordingServer, first: tuple[int, dict[str, str], bytes], old_order: bool = False) -> None:
    """CreateOrder: `first`, then the duplicate refusal; listings: an order with the id placed a
    day ago (another call's), or nothing."""
    answers = [first, (400, {"Content-Type": "application/json"}, json.dumps(DUPLICATE).encode())]
    day_ago = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    listed = [{"id": "o-old", "client_order_id": "k-9", "created_at": day_ago}] if old_order else []
    page = {"orders": listed, "pagination": {"has_next": False, "next_cursor": ""}}

    def reply(request: Recorded) -> tuple[int, dict[str, str], bytes]:
        if request.method == "GET":
            return 200, {"Content-Type": "application/json"}, json.dumps(page).encode()
        return answers.pop(0) if len(answers) > 1 else answers[0]

    server.reply = reply


async def test_a_refusal_after_an_attempt_that_never_acted_is_the_callers_duplicate(
    recording_server: RecordingServer, transport: str
) -> None:
    # a 429 acted on nothing: the refusal that follows is about an id used before this call
    recording_server.requests.clear()
    scripted(recording_server, (429, {"Retry-After": "0"}, b'{"message": "slow down"}'))
    async with make_client(recording_server.url, transport, retry=FAST) as client:
        with pytest.raises(DuplicateClientOrderIdError) as info:
            await client.orders.create_order(**{**MARKET_ORDER, "client_order_id": "k-9"})
        assert not client.unresolved
    assert info.value.attempts == 2
    assert [r.method for r in recording_server.requests] == ["POST", "POST"]  # nothing looked up


async def test_an_older_order_with_the_id_is_not_taken_for_this_calls(
    recording_server: RecordingServer, transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prime_async import _duplicates

    monkeypatch.setattr(_duplicates, "ROUND_PAUSE", 0.001)
    recording_server.requests.clear()
    scripted(recording_server, (503, {}, b"<html>busy</html>"), old_order=True)  # the 503 may have acted
    async with make_client(recording_server.url, transport, retry=FAST) as client:
        with pytest.raises(OrderStateUnknownError) as info:
            await client.orders.create_order(**{**MARKET_ORDER, "client_order_id": "k-9"})
    assert info.value.client_order_id == "k-9" and "GetOpenOrders" in info.value.looked_up
    assert sum(1 for r in recording_server.requests if r.method == "GET") == 2 * _duplicates.ROUNDS


# -- item 8: the simulator's idempotency ---------------------------------------------------------------


async def signed(url: str, sim: PrimeSimulator, method: str, path: str, body: Any = None) -> httpx.Response:
    async with httpx.AsyncClient(base_url=url) as http:
        content = json.dumps(body).encode() if body is not None else None
        request = http.build_request(method, path, content=content)
        return await http.send(request, auth=PrimeAuth(sim.credentials))


async def test_the_simulator_refuses_a_repeated_client_order_id_as_prime_does(
    served: tuple[PrimeSimulator, str],
) -> None:
    sim, url = served
    pid = sim.portfolio_ids[0]
    order = {"product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "0.0001"}
    first = await signed(url, sim, "POST", f"/v1/portfolios/{pid}/order", {**order, "client_order_id": "x"})
    again = await signed(url, sim, "POST", f"/v1/portfolios/{pid}/order", {**order, "client_order_id": "x"})
    assert first.status_code == 200
    assert again.status_code == 400
    body = again.json()
    assert body["code"] == "VALIDATION_ERROR" and body["subcode"] == "ORDER_DUPLICATE_CLIENT_ORDER_ID"
    assert body["message"] and body["trace_id"]
    # in another portfolio the same id is a new order
    other = sim.portfolio_ids[1]
    elsewhere = await signed(url, sim, "POST", f"/v1/portfolios/{other}/order", {**order, "client_order_id": "x"})
    assert elsewhere.status_code == 200


async def test_a_call_without_idempotency_value_is_never_deduplicated(served: tuple[PrimeSimulator, str]) -> None:
    sim, url = served
    pid, other = sim.portfolio_ids
    path = f"/v1/portfolios/{pid}/wallets"
    keyless = {"name": "hot", "symbol": "ETH", "wallet_type": "TRADING"}
    a = await signed(url, sim, "POST", path, keyless)
    b = await signed(url, sim, "POST", path, keyless)
    assert a.status_code == b.status_code == 200
    assert a.json()["activity_id"] != b.json()["activity_id"] or a.json() != b.json()
    wallets = [w for w in sim.world.wallets.values() if w.name == "hot"]
    assert len(wallets) == 2  # two keyless calls, two wallets
    keyed = {**keyless, "name": "cold", "idempotency_key": str(uuid.uuid4())}
    c = await signed(url, sim, "POST", path, keyed)
    d = await signed(url, sim, "POST", path, keyed)
    assert c.json() == d.json()  # a repeat with the key: the first answer again (inferred: docs/guides/simulator.md)
    e = await signed(url, sim, "POST", f"/v1/portfolios/{other}/wallets", keyed)
    assert e.status_code == 200 and e.json() != c.json()  # replays are scoped by portfolio
    assert len([w for w in sim.world.wallets.values() if w.name == "cold"]) == 2
    assert sim.stats["idempotent_replays"] == 1


async def test_concurrent_retries_never_double_an_order(served: tuple[PrimeSimulator, str]) -> None:
    """Two calls racing with the same new id: one places it, the other is refused at once."""
    sim, url = served
    pid = sim.portfolio_ids[0]
    async with client_for(url, sim) as client:
        results: list[Any] = []

        async def place() -> None:
            try:
                results.append(await client.orders.create_order(**order_args(pid, client_order_id="race")))
            except DuplicateClientOrderIdError as exc:
                results.append(exc)

        async with anyio.create_task_group() as tg:
            tg.start_soon(place)
            tg.start_soon(place)
    assert sorted(type(r).__name__ for r in results) == ["CreateOrderResponse", "DuplicateClientOrderIdError"]
    assert sum(1 for o in sim.world.orders.values() if o.client_order_id == "race") == 1
