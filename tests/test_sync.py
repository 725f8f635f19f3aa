"""The blocking facade: the async client on a portal, same endpoints, errors and models."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from prime_async import ROUTES, NotFoundError
from prime_async.models import GetPortfoliosResponse, Order
from prime_async.sync import SyncPaginator, SyncPrimeClient
from prime_async.testing import PrimeSimulator


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[PrimeSimulator, str]]:
    sim = PrimeSimulator(portfolios=3, seed=8)
    with sim.serve_in_thread() as server:
        yield sim, server.url


@pytest.fixture
def client(served: tuple[PrimeSimulator, str]) -> Iterator[SyncPrimeClient]:
    sim, url = served
    with SyncPrimeClient(credentials=sim.credentials, base_url=url, rate_limit=None) as c:
        yield c


def test_every_endpoint_exists_as_a_blocking_method(client: SyncPrimeClient) -> None:
    for route in ROUTES.values():
        method = getattr(getattr(client, route.resource), route.name)
        assert callable(method) and "blocking" in (method.__doc__ or "")


def test_calls_block_and_return_the_same_models(client: SyncPrimeClient, served: tuple[PrimeSimulator, str]) -> None:
    sim, _ = served
    portfolios = client.portfolios.list_portfolios()
    assert isinstance(portfolios, GetPortfoliosResponse)
    assert [p.id for p in portfolios.portfolios or ()] == sim.portfolio_ids
    created = client.orders.create_order(
        portfolio_id=sim.portfolio_ids[0], product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="0.01"
    )
    assert (
        created.client_order_id and sim.world.orders[created.order_id or ""].client_order_id == created.client_order_id
    )


def test_paginators_iterate_items_and_pages(client: SyncPrimeClient, served: tuple[PrimeSimulator, str]) -> None:
    sim, _ = served
    pid = sim.portfolio_ids[1]
    orders = client.orders.list_portfolio_orders(portfolio_id=pid, limit=3)
    assert isinstance(orders, SyncPaginator)
    first = orders.first_page()
    assert first.orders is not None and len(first.orders) == 3
    every = list(orders)
    assert len(every) == len(sim.world.orders_of[pid]) and all(isinstance(o, Order) for o in every)
    assert len(list(orders.pages(max_pages=2))) == 2
    assert len(orders.collect(max_items=4)) == 4


def test_errors_are_the_same_types(client: SyncPrimeClient) -> None:
    with pytest.raises(NotFoundError) as info:
        client.portfolios.get_portfolio(portfolio_id="missing")
    assert info.value.status_code == 404


def test_close_stops_the_portal_thread(served: tuple[PrimeSimulator, str]) -> None:
    sim, url = served
    before = threading.active_count()
    client = SyncPrimeClient(credentials=sim.credentials, base_url=url)
    client.portfolios.list_portfolios()
    client.close()
    client.close()  # idempotent
    assert threading.active_count() <= before
    assert client.async_client.http_client.is_closed


@pytest.mark.anyio
async def test_works_inside_a_running_event_loop(served: tuple[PrimeSimulator, str]) -> None:
    sim, url = served  # as in a notebook: the portal runs its own loop in its own thread
    with SyncPrimeClient(credentials=sim.credentials, base_url=url) as client:
        assert client.portfolios.get_portfolio(portfolio_id=sim.portfolio_ids[0]).portfolio is not None
