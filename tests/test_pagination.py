"""Paginators: awaitable for the first page, async-iterable for every item, with caps."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from prime_async import InvalidRequestError, Paginator
from prime_async.testing import PrimeSimulator

pytestmark = pytest.mark.anyio
SINCE = datetime(2020, 1, 1, tzinfo=UTC)


@pytest.fixture
def sim() -> PrimeSimulator:
    return PrimeSimulator(portfolios=1, seed=2)


async def test_await_gives_the_first_page_and_iteration_gives_every_item(sim: PrimeSimulator) -> None:
    async with sim.client() as client:
        pid = sim.portfolio_ids[0]
        paginator = client.orders.list_portfolio_fills(portfolio_id=pid, start_date=SINCE, limit=5)
        assert isinstance(paginator, Paginator)
        first = await paginator
        assert first.fills is not None and len(first.fills) == 5
        every = [fill async for fill in paginator]  # the same object iterates from the start
        assert len(every) == 12 and [f.id for f in every[:5]] == [f.id for f in first.fills]
        requests = sim.stats["performed_GetPortfolioFills"]
        assert requests == 1 + 3  # one page awaited, then three to iterate


async def test_caps_on_items_and_pages(sim: PrimeSimulator) -> None:
    async with sim.client() as client:
        pid = sim.portfolio_ids[0]
        fills = client.orders.list_portfolio_fills(portfolio_id=pid, start_date=SINCE, limit=5)
        assert len(await fills.collect(max_items=7)) == 7
        assert len(await fills.collect(max_pages=2)) == 10
        assert len([p async for p in fills.pages(max_pages=1)]) == 1
        assert await fills.collect(max_items=0) == []
        before = sim.stats["performed_GetPortfolioFills"]
        await fills.collect(max_items=3)
        assert sim.stats["performed_GetPortfolioFills"] == before + 1  # stops fetching once capped


async def test_cursor_in_the_body(sim: PrimeSimulator) -> None:
    async with sim.client() as client:
        pid = sim.portfolio_ids[0]
        (eth,) = await client.wallets.list_wallets(portfolio_id=pid, type="TRADING", symbols=["ETH"]).collect()
        staked = [
            await client.staking.staking_initiate(portfolio_id=pid, wallet_id=eth.id, inputs={"amount": "0.01"})
            for _ in range(25)
        ]
        asked = [s.transaction_id for s in staked]
        validators = client.staking.list_transaction_validators(portfolio_id=pid, transaction_ids=asked, limit=10)
        pages = [page async for page in validators.pages()]
        assert [len(p.transaction_validators) for p in pages] == [10, 10, 5]  # the cursor went in the body
        assert sorted(v.transaction_id for p in pages for v in p.transaction_validators) == sorted(asked)


async def test_arguments_are_checked_when_called(sim: PrimeSimulator) -> None:
    async with sim.client() as client:
        with pytest.raises(InvalidRequestError, match="start_date"):
            client.orders.list_portfolio_fills(portfolio_id="p")
