"""The simulator: Prime-style auth, routing and validation, state, idempotent dedupe, pagination,
and each fault mode, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from prime_async import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    Credentials,
    DuplicateClientOrderIdError,
    ErrorCode,
    ErrorSubcode,
    InternalServerError,
    NotFoundError,
    PrimeClient,
)
from prime_async._auth import PrimeAuth
from prime_async.testing import Faults, PrimeSimulator

pytestmark = pytest.mark.anyio

SINCE = datetime(2020, 1, 1, tzinfo=UTC)


@pytest.fixture
async def sim_server() -> AsyncIterator[tuple[PrimeSimulator, str]]:
    sim = PrimeSimulator(portfolios=3, seed=11)
    async with sim.serve() as server:
        yield sim, server.url


@pytest.fixture
async def sim_client(sim_server: tuple[PrimeSimulator, str]) -> AsyncIterator[PrimeClient]:
    sim, url = sim_server
    async with PrimeClient(credentials=sim.credentials, base_url=url, rate_limit=None) as client:
        yield client


async def raw(url: str, credentials: Credentials, method: str, path: str, body: bytes | None = None, **kw: Any) -> Any:
    """A signed request built by hand, for what the client itself would never send."""
    async with httpx.AsyncClient(base_url=url) as http:
        request = http.build_request(method, path, content=body)
        return await http.send(request, auth=PrimeAuth(credentials, **kw))


# -- auth ------------------------------------------------------------------------------------------


async def test_signed_requests_are_accepted(sim_server: tuple[PrimeSimulator, str]) -> None:
    sim, url = sim_server
    response = await raw(url, sim.credentials, "GET", "/v1/portfolios")
    assert response.status_code == 200
    assert len(response.json()["portfolios"]) == 3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"signing_key": "not-the-key"}, "invalid signature"),
        ({"passphrase": "wrong"}, "invalid passphrase"),
        ({"access_key": "unknown-key"}, "invalid api key"),
    ],
)
async def test_bad_credentials_get_401(
    sim_server: tuple[PrimeSimulator, str], change: dict[str, str], message: str
) -> None:
    sim, url = sim_server
    bad = Credentials(**{**_creds(sim.credentials), **change})
    async with PrimeClient(credentials=bad, base_url=url) as client:
        with pytest.raises(AuthenticationError, match=message) as info:
            await client.portfolios.list_portfolios()
    assert info.value.status_code == 401 and info.value.request_id


def _creds(c: Credentials) -> dict[str, Any]:
    return {"access_key": c.access_key, "passphrase": c.passphrase, "signing_key": c.signing_key}


@pytest.mark.parametrize("skew", [-31, 31])
async def test_stale_timestamps_are_rejected(sim_server: tuple[PrimeSimulator, str], skew: int) -> None:
    sim, url = sim_server
    response = await raw(url, sim.credentials, "GET", "/v1/portfolios", clock=lambda: time.time() + skew)
    assert response.status_code == 401
    assert "timestamp" in response.json()["message"]


async def test_signature_covers_the_exact_body_bytes(sim_server: tuple[PrimeSimulator, str]) -> None:
    sim, url = sim_server
    pid = sim.portfolio_ids[0]
    body = json.dumps({"product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "0.001",
                       "client_order_id": "c-1"}).encode()  # fmt: skip
    signed_one_body = httpx.Request("POST", f"{url}/v1/portfolios/{pid}/order", content=body)
    async with httpx.AsyncClient() as http:
        flow = PrimeAuth(sim.credentials).auth_flow(signed_one_body)
        signed = next(flow)
        tampered = httpx.Request("POST", signed.url, content=body.replace(b"0.001", b"9.999"), headers=signed.headers)
        response = await http.send(tampered)
    assert response.status_code == 401 and response.json()["message"] == "invalid signature"
    assert sim.stats["performed_CreateOrder"] == 0


async def test_missing_headers_get_401(sim_server: tuple[PrimeSimulator, str]) -> None:
    _, url = sim_server
    async with httpx.AsyncClient() as http:
        response = await http.get(f"{url}/v1/portfolios")
    assert response.status_code == 401 and "missing header" in response.json()["message"]


# -- routing and validation --------------------------------------------------------------------


async def test_unknown_routes_get_404_with_a_message(sim_server: tuple[PrimeSimulator, str]) -> None:
    sim, url = sim_server
    for method, path in [("GET", "/v1/nope"), ("DELETE", "/v1/portfolios"), ("GET", "/v3/portfolios")]:
        response = await raw(url, sim.credentials, method, path)
        assert response.status_code == 404 and response.json()["message"]


async def test_unknown_ids_get_404(sim_client: PrimeClient) -> None:
    with pytest.raises(NotFoundError, match="portfolio nope not found"):
        await sim_client.portfolios.get_portfolio(portfolio_id="nope")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "malformed JSON"),
        (b"[1]", "must be a JSON object"),
        (b'{"product_id": "BTC-USD"}', "missing required field(s): side, client_order_id, type"),
        (b'{"product_id": "BTC-USD", "side": "BUY", "client_order_id": "x", "type": "MARKET", "base_quantity": "a"}',
         "invalid value for base_quantity: 'a' is not a decimal amount"),
    ],
)  # fmt: skip
async def test_bad_bodies_get_400(sim_server: tuple[PrimeSimulator, str], body: bytes, message: str) -> None:
    sim, url = sim_server
    response = await raw(url, sim.credentials, "POST", f"/v1/portfolios/{sim.portfolio_ids[0]}/order", body)
    assert response.status_code == 400
    assert message in response.json()["message"]


async def test_bad_query_values_get_400(sim_server: tuple[PrimeSimulator, str]) -> None:
    sim, url = sim_server
    pid = sim.portfolio_ids[0]
    for query in ("limit=ten", "cursor=garbage", "limit=0"):
        response = await raw(url, sim.credentials, "GET", f"/v1/portfolios/{pid}/orders?{query}")
        assert response.status_code == 400, query
    response = await raw(url, sim.credentials, "GET", f"/v1/portfolios/{pid}/wallets")
    assert response.status_code == 400 and "type" in response.json()["message"]


# -- state -----------------------------------------------------------------------------------------


async def test_limit_order_rests_then_cancels_and_releases_holds(sim_client: PrimeClient) -> None:
    pid = (await sim_client.portfolios.list_portfolios()).portfolios[0].id  # type: ignore[index]
    assert pid
    before = await _usd(sim_client, pid)
    created = await sim_client.orders.create_order(
        portfolio_id=pid, product_id="BTC-USD", side="BUY", type="LIMIT", base_quantity="0.5", limit_price="10000"
    )
    assert created.order_id
    order = (await sim_client.orders.get_order(portfolio_id=pid, order_id=created.order_id)).order
    assert order is not None and order.status == "OPEN" and order.limit_price == Decimal("10000")
    held = await _usd(sim_client, pid)
    assert held.holds == before.holds + Decimal("5005.00000000")  # 0.5 * 10000 plus 0.1% commission
    open_ids = [o.id async for o in sim_client.orders.list_open_orders(portfolio_id=pid)]
    assert created.order_id in open_ids
    await sim_client.orders.cancel_order(portfolio_id=pid, order_id=created.order_id)
    order = (await sim_client.orders.get_order(portfolio_id=pid, order_id=created.order_id)).order
    assert order is not None and order.status == "CANCELLED"
    assert (await _usd(sim_client, pid)).holds == before.holds
    with pytest.raises(BadRequestError, match="cannot be cancelled"):
        await sim_client.orders.cancel_order(portfolio_id=pid, order_id=created.order_id)


async def _usd(client: PrimeClient, pid: str) -> Any:
    balances = (await client.balances.list_portfolio_balances(portfolio_id=pid, symbols="USD")).balances
    assert balances and len(balances) == 1
    return balances[0]


async def test_market_order_fills_and_moves_balances(sim_client: PrimeClient) -> None:
    pid = (await sim_client.portfolios.list_portfolios()).portfolios[1].id  # type: ignore[index]
    assert pid
    btc_before = (await sim_client.balances.list_portfolio_balances(portfolio_id=pid, symbols="BTC")).balances
    created = await sim_client.orders.create_order(
        portfolio_id=pid, product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="0.25"
    )
    assert created.order_id
    order = (await sim_client.orders.get_order(portfolio_id=pid, order_id=created.order_id)).order
    assert order is not None and order.status == "FILLED" and order.filled_quantity == Decimal("0.25")
    fills = await sim_client.orders.list_order_fills(portfolio_id=pid, order_id=created.order_id).collect()
    assert len(fills) == 2  # ~15,000 USD fills in two pieces
    assert sum(f.filled_quantity or 0 for f in fills) == Decimal("0.25")
    btc_after = (await sim_client.balances.list_portfolio_balances(portfolio_id=pid, symbols="BTC")).balances
    assert btc_before and btc_after
    assert btc_after[0].amount == (btc_before[0].amount or 0) + Decimal("0.25")
    recent = [f.order_id async for f in sim_client.orders.list_portfolio_fills(portfolio_id=pid, start_date=SINCE)]
    assert recent[0] == created.order_id  # newest first


async def test_insufficient_funds_and_unknown_products_are_rejected(sim_client: PrimeClient) -> None:
    pid = (await sim_client.portfolios.list_portfolios()).portfolios[0].id  # type: ignore[index]
    assert pid
    with pytest.raises(BadRequestError, match="insufficient USD balance"):
        await sim_client.orders.create_order(
            portfolio_id=pid, product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="1000"
        )
    with pytest.raises(BadRequestError, match="unknown product"):
        await sim_client.orders.create_order(
            portfolio_id=pid, product_id="DOGE-EUR", side="BUY", type="MARKET", base_quantity="1"
        )


async def test_withdrawal_transfer_and_conversion_move_money(sim: PrimeSimulator) -> None:
    async with sim.client() as client:
        pid, other = sim.portfolio_ids[:2]
        usd = await _wallet(client, pid, "USD")
        usdc = await _wallet(client, pid, "USDC")
        usd_other = await _wallet(client, other, "USD")
        start = await _amount(client, pid, usd)
        withdrawal = await client.transactions.create_wallet_withdrawal(
            portfolio_id=pid, wallet_id=usd, amount="100", currency_symbol="USD",
            destination_type="DESTINATION_PAYMENT_METHOD", payment_method={"payment_method_id": "pm-1"},
        )  # fmt: skip
        transfer = await client.transactions.create_wallet_transfer(
            portfolio_id=pid, wallet_id=usd, amount="50", destination=usd_other, currency_symbol="USD"
        )
        conversion = await client.transactions.create_conversion(
            portfolio_id=pid, wallet_id=usd, amount="25", destination=usdc, source_symbol="USD",
            destination_symbol="USDC",
        )  # fmt: skip
        assert await _amount(client, pid, usd) == start - 175
        tx = await client.transactions.get_transaction(portfolio_id=pid, transaction_id=withdrawal.transaction_id)
        assert tx.transaction is not None and tx.transaction.type == "WITHDRAWAL"
        assert withdrawal.transaction_id and transfer.transaction_id and conversion.transaction_id
        kinds = [t.type async for t in client.transactions.list_wallet_transactions(portfolio_id=pid, wallet_id=usd)]
        assert kinds[:3] == ["CONVERSION", "INTERNAL_WITHDRAWAL", "WITHDRAWAL"]
        titles = [a.title async for a in client.activities.list_portfolio_activities(portfolio_id=pid)]
        assert any("Withdraw 100 USD" in (t or "") for t in titles)


async def _wallet(client: PrimeClient, pid: str, symbol: str) -> str:
    wallets = await client.wallets.list_wallets(portfolio_id=pid, type="TRADING", symbols=[symbol]).collect()
    assert len(wallets) == 1 and wallets[0].id
    return wallets[0].id


async def _amount(client: PrimeClient, pid: str, wallet_id: str) -> Decimal:
    balance = (await client.balances.get_wallet_balance(portfolio_id=pid, wallet_id=wallet_id)).balance
    assert balance is not None and balance.amount is not None
    return balance.amount


@pytest.fixture
def sim() -> PrimeSimulator:
    return PrimeSimulator(portfolios=3, seed=5)


async def test_same_seed_same_world() -> None:
    a, b = PrimeSimulator(portfolios=4, seed=3), PrimeSimulator(portfolios=4, seed=3)
    assert a.portfolio_ids == b.portfolio_ids and a.credentials == b.credentials
    assert PrimeSimulator(portfolios=4, seed=4).portfolio_ids != a.portfolio_ids


# -- idempotency ------------------------------------------------------------------------------------


async def test_create_calls_deduplicate_on_their_idempotency_field(sim: PrimeSimulator) -> None:
    async with sim.client() as client:
        pid = sim.portfolio_ids[0]
        await client.orders.create_order(
            portfolio_id=pid, product_id="ETH-USD", side="BUY", type="MARKET", base_quantity="1", client_order_id="k1"
        )
        # Prime refuses a client_order_id in use (issue 20): the caller's own first attempt, so no lookup
        with pytest.raises(DuplicateClientOrderIdError) as info:
            await client.orders.create_order(
                portfolio_id=pid, product_id="ETH-USD", side="BUY", type="MARKET", base_quantity="1",
                client_order_id="k1",
            )  # fmt: skip
        assert info.value.subcode is ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID and info.value.attempts == 1
        assert info.value.code is ErrorCode.VALIDATION_ERROR and info.value.client_order_id == "k1"
        orders = await client.orders.list_portfolio_orders(portfolio_id=pid).collect()
        assert sum(1 for o in orders if o.client_order_id == "k1") == 1
        usd = await _wallet(client, pid, "USD")
        kwargs: dict[str, Any] = dict(portfolio_id=pid, wallet_id=usd, amount="10", currency_symbol="USD",
                                      destination_type="DESTINATION_PAYMENT_METHOD",
                                      payment_method={"payment_method_id": "pm"}, idempotency_key="w1")  # fmt: skip
        w1 = await client.transactions.create_wallet_withdrawal(**kwargs)
        w2 = await client.transactions.create_wallet_withdrawal(**kwargs)
        assert w1.transaction_id == w2.transaction_id
    assert sim.stats["idempotent_replays"] == 1 and sim.stats["duplicates_refused"] == 1
    assert sim.stats["performed_CreateOrder"] == 1 and sim.stats["performed_CreateWalletWithdrawal"] == 1


# -- pagination -------------------------------------------------------------------------------------


async def test_cursor_pagination_honours_limit_and_direction(sim: PrimeSimulator) -> None:
    async with sim.client() as client:
        pid = sim.portfolio_ids[0]
        page = await client.orders.list_portfolio_fills(portfolio_id=pid, start_date=SINCE, limit=5)
        assert page.fills is not None and len(page.fills) == 5
        assert page.pagination is not None and page.pagination.has_next and page.pagination.next_cursor
        desc = await client.orders.list_portfolio_fills(portfolio_id=pid, start_date=SINCE, limit=5).collect()
        asc = await client.orders.list_portfolio_fills(
            portfolio_id=pid, start_date=SINCE, limit=5, sort_direction="ASC"
        ).collect()
        assert len(desc) == 12 and [f.id for f in desc] == [f.id for f in reversed(asc)]
        times = [f.time for f in asc]
        assert times == sorted(times)  # type: ignore[type-var]
        last = await client.orders.list_portfolio_fills(
            portfolio_id=pid, start_date=SINCE, limit=5, cursor=page.pagination.next_cursor
        )
        assert last.fills is not None and last.fills[0].id == desc[5].id


# -- faults -----------------------------------------------------------------------------------------


async def test_rate_limit_answers_429_with_retry_after(sim_server: tuple[PrimeSimulator, str]) -> None:
    sim, url = sim_server
    # one token a second: a sixth request finds the burst spent unless a whole second has passed,
    # which a loaded machine's 200 ms per request (seen at rate_limit=5) no longer reaches
    sim.faults = Faults(rate_limit=1, rate_limit_burst=5)
    statuses = []
    for _ in range(8):
        response = await raw(url, sim.credentials, "GET", "/v1/portfolios")
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert 0 < float(response.headers["retry-after"]) <= 1
            assert response.json()["message"] == "rate limit exceeded"
    assert statuses[:5] == [200] * 5 and 429 in statuses[5:]
    other = sim.add_api_key()  # the limit is per access key
    assert (await raw(url, other, "GET", "/v1/portfolios")).status_code == 200


async def test_error_and_drop_faults_do_nothing(sim_server: tuple[PrimeSimulator, str]) -> None:
    sim, url = sim_server
    pid = sim.portfolio_ids[0]
    async with PrimeClient(credentials=sim.credentials, base_url=url, max_retries=0) as client:
        sim.route_faults["CreateOrder"] = Faults(error_rate=1.0)
        with pytest.raises(InternalServerError) as info:
            await _market_order(client, pid, "e1")
        assert info.value.status_code == 503
        sim.route_faults["CreateOrder"] = Faults(drop_rate=1.0)
        with pytest.raises(APIConnectionError):
            await _market_order(client, pid, "d1")
    assert sim.stats["performed_CreateOrder"] == 0
    assert sim.stats["fault_error"] == 1 and sim.stats["fault_drop"] == 1


async def test_commit_then_fail_and_drop_take_effect(sim_server: tuple[PrimeSimulator, str]) -> None:
    sim, url = sim_server
    pid = sim.portfolio_ids[0]
    async with PrimeClient(credentials=sim.credentials, base_url=url, max_retries=0) as client:
        sim.route_faults["CreateOrder"] = Faults(commit_then_fail_rate=1.0)
        with pytest.raises(InternalServerError) as info:
            await _market_order(client, pid, "cf1")
        assert info.value.status_code == 500
        sim.route_faults["CreateOrder"] = Faults(commit_then_drop_rate=1.0)
        with pytest.raises(APIConnectionError):
            await _market_order(client, pid, "cd1")
        sim.route_faults.clear()
        orders = await client.orders.list_portfolio_orders(portfolio_id=pid).collect()
    assert {"cf1", "cd1"} <= {o.client_order_id for o in orders}
    assert sim.stats["performed_CreateOrder"] == 2


async def _market_order(client: PrimeClient, pid: str, key: str) -> Any:
    return await client.orders.create_order(
        portfolio_id=pid, product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="0.001", client_order_id=key
    )


async def test_latency_is_added(sim: PrimeSimulator) -> None:
    sim.faults = Faults(latency=0.2)
    async with sim.client() as client:
        started = time.perf_counter()
        await client.portfolios.list_portfolios()
    assert time.perf_counter() - started >= 0.2


async def test_faults_are_seeded_by_request_content() -> None:
    def outcome(seed: int) -> list[str | None]:
        faults = Faults(error_rate=0.3, drop_rate=0.2)
        from prime_async.testing._faults import uniform

        return [faults.draw(uniform(seed, "POST", f"/v1/x/{i}", b"", 1)) for i in range(200)]

    assert outcome(1) == outcome(1) and outcome(1) != outcome(2)
    kinds = outcome(1)
    assert 40 < kinds.count("error") < 80 and 20 < kinds.count("drop") < 60


def test_fault_specs_parse() -> None:
    assert Faults.parse("latency=0.01, error_rate=0.1") == Faults(latency=0.01, error_rate=0.1)
    with pytest.raises(ValueError, match="unknown fault"):
        Faults.parse("explode=1")
    with pytest.raises(ValueError, match="sum to at most 1"):
        Faults(error_rate=0.7, drop_rate=0.7)
