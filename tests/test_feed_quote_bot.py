"""examples/quote_bot.py against the simulator's moving market: quotes at the best bid, fills
that match the REST world, nothing left resting, and the same through a dropped connection."""

from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal
from types import ModuleType

import anyio
import pytest

from prime_async import PrimeClient
from prime_async.models import OrderStatus
from prime_async.testing import PrimeSimulator

from .feed_support import HANG_GUARD, eventually, feed_for, simulator
from .test_examples import EXAMPLES, load_example

pytestmark = pytest.mark.anyio
SIZE = Decimal("0.001")


@pytest.fixture
def quote_bot() -> ModuleType:
    return load_example("quote_bot")


def lively() -> PrimeSimulator:
    sim = simulator()
    sim.feed.market_interval = 0.01  # the market moves on its own, and crosses resting bids
    return sim


async def check_against_rest(client: PrimeClient, pid: str, bot: object) -> None:
    placed, fills = bot.placed, bot.fills  # type: ignore[attr-defined]
    assert all(q.price == q.best_bid for q in placed)  # each quote went in at the best bid it saw
    statuses = {}
    for quote in placed:
        order = (await client.orders.get_order(portfolio_id=pid, order_id=quote.order_id)).order
        statuses[quote.order_id] = order.status
        if order.status == OrderStatus.FILLED:
            assert (order.filled_quantity, order.average_filled_price) == (SIZE, quote.price)
    # every quote was filled or withdrawn: none is left resting, and the fills the bot counted are REST's
    assert set(statuses.values()) <= {OrderStatus.FILLED, OrderStatus.CANCELLED}
    assert {f.order_id for f in fills} == {i for i, s in statuses.items() if s == OrderStatus.FILLED}
    assert len(placed) > len(fills)  # after each fill it quoted again


async def test_the_bot_quotes_at_the_best_bid_and_reacts_to_its_fills(quote_bot: ModuleType) -> None:
    sim = lively()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (client, feed):
        bot = quote_bot.QuoteBot(client, feed, pid, "BTC-USD", SIZE, max_fills=3, out=io.StringIO())
        with anyio.fail_after(3 * HANG_GUARD):
            await bot.run()
        assert len(bot.fills) == 3
        await check_against_rest(client, pid, bot)
    assert "filled 0.001 @" in bot.out.getvalue()


async def test_the_bot_carries_on_through_a_dropped_connection(quote_bot: ModuleType) -> None:
    sim = lively()
    pid = sim.portfolio_ids[0]
    async with feed_for(sim) as (client, feed):
        bot = quote_bot.QuoteBot(client, feed, pid, "BTC-USD", SIZE, max_fills=3, out=io.StringIO())

        async def trouble() -> None:
            await eventually(lambda: len(bot.fills) >= 1, "the bot's first fill")
            sim.feed.disconnect()
            await eventually(lambda: len(bot.fills) >= 2, "the bot's second fill")
            sim.feed.drop_messages(1)

        with anyio.fail_after(3 * HANG_GUARD):
            async with anyio.create_task_group() as tg:
                tg.start_soon(trouble)
                await bot.run()
        assert len(bot.fills) == 3 and feed.stats["reconnects"] >= 1
        await check_against_rest(client, pid, bot)


def test_the_bot_runs_from_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "quote_bot.py"), "--sim", "--max-fills", "1", "--seconds", "60"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("quote 0.001 @ ") and "filled 0.001 @" in done.stdout
    assert lines[-1].startswith("1 fills, ")
