"""Per-call options (timeout, extra_headers, extra_query) and raw responses, over loopback."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest

from prime_async import APITimeoutError, Credentials, InvalidRequestError, PrimeClient
from prime_async._raw import RawResponse
from prime_async.sync import SyncPrimeClient
from prime_async.testing import PrimeSimulator

from .conftest import make_client
from .hostile import HostileServer, Request, drip, ok_json

pytestmark = pytest.mark.anyio

PORTFOLIO = json.dumps({"portfolio": {"id": "p-1", "name": "one"}}).encode()


async def test_extra_headers_and_query_go_with_that_call_only() -> None:
    with HostileServer(lambda r: ok_json(PORTFOLIO)) as server:
        async with make_client(server.url) as client:
            await client.portfolios.get_portfolio(
                portfolio_id="p", extra_headers={"X-Trace": "t-1"}, extra_query={"debug": True, "tag": ["a", "b c"]}
            )
            await client.portfolios.get_portfolio(portfolio_id="p")
        first, second = server.requests
        assert first.headers["x-trace"] == "t-1" and first.target == "/v1/portfolios/p?debug=true&tag=a&tag=b%20c"
        assert "x-trace" not in second.headers and second.target == "/v1/portfolios/p"


async def test_extra_query_joins_the_endpoints_own_query_and_every_page() -> None:
    pages = [
        {"orders": [{"id": "o1"}], "pagination": {"next_cursor": "c2", "has_next": True}},
        {"orders": [{"id": "o2"}], "pagination": {"next_cursor": "", "has_next": False}},
    ]
    with HostileServer(lambda r: ok_json(json.dumps(pages[len(server.requests) - 1]).encode())) as server:
        async with make_client(server.url) as client:
            orders = await client.orders.list_portfolio_orders(
                portfolio_id="p", limit=1, extra_query={"x": "1"}, extra_headers={"X-Page": "yes"}
            ).collect()
        assert [o.id for o in orders] == ["o1", "o2"]
        assert [r.target for r in server.requests] == [
            "/v1/portfolios/p/orders?limit=1&x=1",
            "/v1/portfolios/p/orders?limit=1&cursor=c2&x=1",
        ]
        assert all(r.headers["x-page"] == "yes" for r in server.requests)


async def test_a_per_call_timeout_bounds_that_call() -> None:
    def script(request: Request) -> Any:
        return drip(b"HTTP/1.1 200 OK\r\n", 0.3, limit=5) if "slow" in request.target else ok_json(PORTFOLIO)

    with HostileServer(script) as server:
        async with make_client(server.url, timeout=30, max_retries=0) as client:
            with anyio.fail_after(15), pytest.raises(APITimeoutError, match=r"attempt_timeout=0\.5"):
                await client.portfolios.get_portfolio(portfolio_id="slow", timeout=0.5)
            assert (await client.portfolios.get_portfolio(portfolio_id="fast", timeout=5)).portfolio is not None


@pytest.mark.parametrize(
    ("options", "why"),
    [
        ({"extra_headers": {"X-CB-ACCESS-KEY": "other"}}, "set by the client itself"),
        ({"extra_headers": {"X-Bad": "a\r\nInjected: yes"}}, "on one line"),
        ({"extra_headers": {"bad name": "x"}}, "not a header name"),
        ({"extra_headers": ["X-A", "b"]}, "expected a mapping"),
        ({"extra_query": {"a": {"nested": 1}}}, "must map to strings"),
        ({"timeout": -1}, "positive number"),
        ({"timeout": "5"}, "positive number"),
    ],
)
async def test_bad_per_call_options_are_refused_before_sending(options: dict[str, Any], why: str) -> None:
    with HostileServer(lambda r: ok_json(PORTFOLIO)) as server:
        async with make_client(server.url) as client:
            with pytest.raises(InvalidRequestError, match=why):
                await client.portfolios.get_portfolio(portfolio_id="p", **options)
            with pytest.raises(InvalidRequestError, match=why):
                client.orders.list_portfolio_orders(portfolio_id="p", **options)  # at the call, not the await
        assert server.requests == []


SECRET_VALUE = "tok-3f9a"


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Trace": f"{SECRET_VALUE}\x01"},  # C0 controls other than CR, LF and NUL
        {"X-Trace": f"\x1b[31m{SECRET_VALUE}"},
        {"X-Trace": f"{SECRET_VALUE}\x0b"},
        {"X-Trace": f"{SECRET_VALUE}\x7f"},  # DEL
        {"X-Trace": f"{SECRET_VALUE}\xe9"},  # not ASCII: aiohttp would send UTF-8, httpx latin-1
        {"X-Trace": f"{SECRET_VALUE}\u0101"},
        {"X-Trace": f"{SECRET_VALUE}\u2028"},
        {"X-Trace": f" {SECRET_VALUE}"},  # whitespace around the value: h11 refuses, aiohttp would send it
    ],
)
async def test_header_values_with_control_characters_are_refused_without_showing_them(
    transport: str, headers: dict[str, str]
) -> None:
    # item 12: only CR, LF and NUL were refused up front
    with HostileServer(lambda r: ok_json(PORTFOLIO)) as server:
        async with make_client(server.url, transport) as client:
            with pytest.raises(InvalidRequestError, match="'X-Trace' must be a string on one line") as info:
                await client.portfolios.get_portfolio(portfolio_id="p", extra_headers=headers)
    assert SECRET_VALUE not in str(info.value) and server.requests == []


@pytest.mark.parametrize(
    "name", ["Expect", "expect", "Upgrade", "TE", "Trailer", "Keep-Alive", "Proxy-Connection", "Accept-Encoding"]
)
async def test_headers_that_change_framing_are_reserved(transport: str, name: str) -> None:
    # item 12: `Expect: 100-continue` left aiohttp waiting for an interim answer forever
    with HostileServer(lambda r: ok_json(PORTFOLIO)) as server:
        async with make_client(server.url, transport) as client:
            with anyio.fail_after(10), pytest.raises(InvalidRequestError, match="set by the client itself"):
                await client.orders.create_order(
                    portfolio_id="p", product_id="X", side="BUY", type="MARKET", base_quantity="1",
                    extra_headers={name: "100-continue"},
                )  # fmt: skip
    assert server.requests == []


async def test_tabs_and_empty_header_values_arrive_as_sent(transport: str) -> None:
    with HostileServer(lambda r: ok_json(PORTFOLIO)) as server:
        async with make_client(server.url, transport) as client:
            await client.portfolios.get_portfolio(
                portfolio_id="p", extra_headers={"X-Note": "cafe\tau lait", "X-E": ""}
            )
    assert server.requests[0].headers["x-note"] == "cafe\tau lait" and server.requests[0].headers["x-e"] == ""


async def test_with_raw_response_gives_status_headers_request_id_and_the_model() -> None:
    sim = PrimeSimulator(portfolios=2)
    async with sim.serve() as server, PrimeClient(credentials=sim.credentials, base_url=server.url) as client:
        pid = sim.portfolio_ids[0]
        raw = await client.with_raw_response.portfolios.get_portfolio(portfolio_id=pid)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
        assert raw.request_id and raw.request_id.startswith("sim-")
        assert raw.parse().portfolio.id == pid and raw.attempts == 1 and raw.elapsed > 0
        assert raw.request.url.path == f"/v1/portfolios/{pid}"
        assert raw.request.headers["x-cb-access-passphrase"] == "***"
        assert sim.credentials.passphrase not in repr(raw.request.headers) + str(raw.http_response.request.headers)
        order = await client.with_raw_response.orders.create_order(
            portfolio_id=pid, product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="0.01"
        )
        assert order.parse().client_order_id == json.loads(order.request.content)["client_order_id"]
        # paginated: await gives the first page's response, pages() each page's, items the items
        first = await client.with_raw_response.orders.list_portfolio_orders(portfolio_id=pid, limit=1)
        assert isinstance(first, RawResponse) and len(first.parse().orders) == 1
        pages = [
            p async for p in client.with_raw_response.orders.list_portfolio_orders(portfolio_id=pid, limit=1).pages()
        ]
        assert all(isinstance(p, RawResponse) for p in pages) and len(pages) == len(sim.world.orders_of[pid])
        items = await client.with_raw_response.orders.list_portfolio_orders(portfolio_id=pid, limit=1).collect()
        assert [o.id for o in items] == [
            o.id for o in (await client.orders.list_portfolio_orders(portfolio_id=pid).collect())
        ]
        # the plain client is unchanged, and shares the connections
        assert (await client.portfolios.get_portfolio(portfolio_id=pid)).portfolio.id == pid


def test_the_blocking_client_has_raw_responses_and_per_call_options() -> None:
    sim = PrimeSimulator(portfolios=1)
    with sim.serve_in_thread() as server, SyncPrimeClient(credentials=sim.credentials, base_url=server.url) as client:
        pid = sim.portfolio_ids[0]
        raw = client.with_raw_response.portfolios.get_portfolio(portfolio_id=pid, timeout=10)
        assert isinstance(raw, RawResponse) and raw.parse().portfolio.id == pid
        assert client.with_options(max_retries=0).portfolios.get_portfolio(portfolio_id=pid).portfolio.id == pid


async def test_the_clients_portfolio_and_entity_stand_in_for_ones_a_call_leaves_out() -> None:
    sim = PrimeSimulator(portfolios=2)
    second = sim.portfolio_ids[1]
    async with sim.serve() as server:
        async with PrimeClient(
            credentials=sim.credentials, base_url=server.url, portfolio_id=second, entity_id=sim.entity_id
        ) as client:
            assert (await client.portfolios.get_portfolio()).portfolio.id == second  # the client's default
            first = sim.portfolio_ids[0]
            assert (await client.portfolios.get_portfolio(portfolio_id=first)).portfolio.id == first  # the call's
            orders = await client.orders.list_portfolio_orders(limit=1)  # paginated too
            assert orders.orders and orders.orders[0].portfolio_id == second
            assert await client.users.list_entity_users().collect()
        plain = Credentials(sim.credentials.access_key, sim.credentials.passphrase, sim.credentials.signing_key)
        async with PrimeClient(credentials=plain, base_url=server.url) as bare:
            with pytest.raises(InvalidRequestError, match=r"'portfolio_id'; or give the client a default portfolio_id"):
                await bare.portfolios.get_portfolio()
