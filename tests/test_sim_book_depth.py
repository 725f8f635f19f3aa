"""The simulated l2 book: 50 levels a side by default (configurable), every level moving, and the
feed's snapshot carrying all of it."""

from __future__ import annotations

import random
from decimal import Decimal

import anyio
import pytest

from prime_async import PrimeClient
from prime_async.testing import PrimeSimulator
from prime_async.testing._feed_market import DEFAULT_DEPTH, MarketBook

pytestmark = pytest.mark.anyio


def test_a_book_has_the_depth_asked_around_the_price() -> None:
    book = MarketBook("BTC-USD", Decimal("0.01"), random.Random(1))
    book.step(Decimal("60000"))
    bids, asks = book.levels()
    assert DEFAULT_DEPTH >= 50 and len(bids) == len(asks) == DEFAULT_DEPTH
    assert bids[0][0] < Decimal(60000) < asks[0][0]
    assert [p for p, _ in bids] == sorted((p for p, _ in bids), reverse=True) and all(s > 0 for _, s in bids + asks)
    assert asks[-1][0] - bids[-1][0] < Decimal(60000) * Decimal("0.012")  # ~1 bp apart: within ~1% either way
    assert sum(s for _, s in bids[-10:]) > sum(s for _, s in bids[:10])  # thicker away from the touch
    deep = MarketBook("ETH-USD", Decimal("0.01"), random.Random(1), depth=400)
    deep.step(Decimal("3000"))
    assert [len(side) for side in deep.levels()] == [400, 400] and len(deep.snapshot()) == 800
    with pytest.raises(ValueError):
        MarketBook("ETH-USD", Decimal("0.01"), random.Random(1), depth=0)


def test_every_level_moves_not_just_the_top() -> None:
    """Over a bounded number of steps, at a price that does not move, each of the 50 levels of
    each side changes size at least once; each step changes a bounded number of levels."""
    book = MarketBook("BTC-USD", Decimal("0.01"), random.Random(7))
    book.step(Decimal("60000"))
    bids, asks = book.levels()
    rank = {("bid", p): i for i, (p, _) in enumerate(bids)} | {("offer", p): i for i, (p, _) in enumerate(asks)}
    moved: dict[str, set[int]] = {"bid": set(), "offer": set()}
    for _ in range(100):
        changes = book.step(Decimal("60000"))
        assert 2 * book.churn >= len(changes) >= 2 and all(qty > 0 for _, _, qty in changes)
        assert len({(side, px) for side, px, _ in changes}) == len(changes)  # a price once per update
        for side, px, _ in changes:
            moved[side].add(rank[(side, px)])
    assert moved == {"bid": set(range(DEFAULT_DEPTH)), "offer": set(range(DEFAULT_DEPTH))}


def test_the_window_follows_the_price() -> None:
    book = MarketBook("BTC-USD", Decimal("0.01"), random.Random(3))
    book.step(Decimal("60000"))
    spacing = book.spacing
    changes = book.step(Decimal("60100"))  # ~17 levels up: the window slides along a fixed grid
    bids, asks = book.levels()
    assert book.spacing == spacing and len(bids) == len(asks) == DEFAULT_DEPTH
    assert bids[0][0] < Decimal(60100) < asks[0][0]
    gone = {(side, px) for side, px, qty in changes if qty == 0}
    assert gone and not gone & ({("bid", p) for p, _ in bids} | {("offer", p) for p, _ in asks})
    assert len(changes) <= 4 * 17 + 2 * book.churn + 4  # what slid, and the sizes that moved: not the whole book


@pytest.mark.parametrize("depth", [DEFAULT_DEPTH, 120])
async def test_the_feeds_snapshot_carries_the_whole_book(depth: int) -> None:
    sim = PrimeSimulator(portfolios=1, seed=2)
    sim.feed.depth = depth
    sim.feed.market_interval = None  # the book moves on step_market() only
    async with sim.serve() as server:
        assert sim.ws_url is not None
        async with (
            PrimeClient(credentials=sim.credentials, base_url=server.url) as client,
            client.feed(sim.ws_url) as feed,
        ):
            books = feed.order_book("ETH-USD")
            with anyio.fail_after(30):
                first = await books.__anext__()
                assert first.is_snapshot and len(first.bids) == len(first.asks) == depth
                assert (list(first.bids), list(first.asks)) == sim.feed.book("ETH-USD").levels()
                sim.feed.step_market()
                after = await books.__anext__()
    assert (list(after.bids), list(after.asks)) == sim.feed.book("ETH-USD").levels()
    assert len(after.bids) == len(after.asks) == depth
