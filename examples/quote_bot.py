"""A quoting bot: keep one resting bid near the best bid, and react to its fills.

    python examples/quote_bot.py --product BTC-USD --size 0.001 --max-fills 3 --portfolio ID
    python examples/quote_bot.py --sim --max-fills 3        # against a local simulator

Credentials come from the environment (PRIME_ACCESS_KEY, PRIME_PASSPHRASE, PRIME_SIGNING_KEY and,
for the WebSocket feed, PRIME_SVC_ACCOUNT_ID; or PRIME_CREDENTIALS), PRIME_WS_URL points the feed
elsewhere. With `--sim` it runs against a local Prime simulator whose market moves on its own.

One feed, two streams. The book says where the best bid is; the quote is a LIMIT BUY of `--size`
at the best bid less `--offset`, placed again (cancel, then place) when the best bid has moved
more than `--tolerance` away from it. The portfolio's order updates say what became of the
quote: a fill is counted and logged, and the next book state places a new quote. The bot stops
after `--max-fills` fills or `--seconds`, and cancels its quote on the way out, even when
cancelled itself.

Nothing here knows about reconnects: after a dropped connection or a sequence gap the book
stream hands over a rebuilt book, and an order that filled while the feed was away arrives as
its final state, fetched from REST.

This is an example of the library, not a trading strategy.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import TextIO

import anyio
import attrs

from prime_async import BadRequestError, Feed, OrderBook, OrderStream, OrderUpdate, PrimeClient
from prime_async.models import OrderStatus
from prime_async.testing import PrimeSimulator


@attrs.frozen
class Quote:
    order_id: str
    price: Decimal
    best_bid: Decimal  # when it was placed


@attrs.define
class QuoteBot:
    client: PrimeClient
    feed: Feed
    portfolio_id: str
    product_id: str
    size: Decimal
    offset: Decimal = Decimal(0)
    tolerance: Decimal = Decimal(0)
    max_fills: int = 3
    min_interval: float = 0.0  # seconds between two re-quotes
    out: TextIO = sys.stdout
    quote: Quote | None = None  # the one resting quote, if any
    placed: list[Quote] = attrs.Factory(list)
    fills: list[OrderUpdate] = attrs.Factory(list)
    _mine: set[str] = attrs.Factory(set)  # ids of every quote placed
    _final: dict[str, OrderUpdate] = attrs.Factory(dict)  # final states seen, by order id
    _last_change: float = 0.0
    _finished: anyio.Event = attrs.Factory(anyio.Event)

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    async def run(self) -> None:
        """Quote until `max_fills` fills (or until cancelled); the quote is cancelled on the way out."""
        books = self.feed.order_book(self.product_id)
        orders = self.feed.orders(self.portfolio_id)
        await orders.wait_snapshot()  # from here on, no update of our orders can be missed
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._follow_orders, orders)
                tg.start_soon(self._follow_book, books)
                await self._finished.wait()
                tg.cancel_scope.cancel()
        finally:
            with anyio.CancelScope(shield=True), anyio.move_on_after(10):
                await self._withdraw()

    async def _follow_book(self, books: AsyncIterator[OrderBook]) -> None:
        async for book in books:
            if book.best_bid is not None:
                await self._requote(book.best_bid[0])

    async def _follow_orders(self, orders: OrderStream) -> None:
        async for update in orders:
            if update.done:
                self._final[update.order_id] = update
                if update.order_id in self._mine:
                    self._settle(update)

    def _settle(self, update: OrderUpdate) -> None:
        """One of our quotes reached its final state (safe to call twice for one order)."""
        if self.quote is not None and self.quote.order_id == update.order_id:
            self.quote = None
        if update.status != OrderStatus.FILLED or any(f.order_id == update.order_id for f in self.fills):
            return
        self.fills.append(update)
        self.say(f"filled {update.cum_qty} @ {update.avg_px} ({len(self.fills)}/{self.max_fills})")
        if len(self.fills) >= self.max_fills:
            self._finished.set()

    async def _requote(self, best_bid: Decimal) -> None:
        target = best_bid - self.offset
        if self.quote is not None:
            if abs(self.quote.price - target) <= self.tolerance:
                return
            if time.monotonic() - self._last_change < self.min_interval:
                return
            if not await self._cancel(self.quote):
                return  # it no longer rests: its final state is on its way
        created = await self.client.orders.create_order(
            portfolio_id=self.portfolio_id, product_id=self.product_id, side="BUY", type="LIMIT",
            base_quantity=self.size, limit_price=target,
        )  # fmt: skip
        order_id = str(created.order_id)
        self._mine.add(order_id)
        self.quote = Quote(order_id, target, best_bid)
        self.placed.append(self.quote)
        self._last_change = time.monotonic()
        self.say(f"quote {self.size} @ {target} (best bid {best_bid})")
        if order_id in self._final:  # it filled before create_order even returned
            self._settle(self._final[order_id])

    async def _cancel(self, quote: Quote) -> bool:
        """Cancel the quote; False when it could not be, because it no longer rests."""
        try:
            await self.client.orders.cancel_order(portfolio_id=self.portfolio_id, order_id=quote.order_id)
        except BadRequestError:
            # it closed first. Usually its final state is on its way; but a quote placed and filled
            # while the feed was reconnecting never appears on it, so ask REST
            update = await self.feed.fetch_order(self.portfolio_id, quote.order_id)
            if update.done:
                self._final[update.order_id] = update
                self._settle(update)
            return False
        if self.quote == quote:
            self.quote = None
        return True

    async def _withdraw(self) -> None:
        if self.quote is not None and await self._cancel(self.quote):
            self.say("quote withdrawn")


@asynccontextmanager
async def simulated() -> AsyncIterator[tuple[PrimeClient, str, str]]:
    """A local simulator with a lively market: (client, feed URL, a portfolio)."""
    sim = PrimeSimulator(portfolios=1, seed=3)
    sim.feed.market_interval = 0.02
    async with sim.serve() as server, PrimeClient(credentials=sim.credentials, base_url=server.url) as client:
        assert sim.ws_url is not None
        yield client, sim.ws_url, sim.portfolio_ids[0]


async def run(args: argparse.Namespace) -> int:
    async def quote(client: PrimeClient, url: str | None, portfolio: str) -> None:
        async with client.feed(url) as feed:
            bot = QuoteBot(
                client, feed, portfolio, args.product, args.size, args.offset, args.tolerance, args.max_fills,
                args.min_interval,
            )  # fmt: skip
            with anyio.move_on_after(args.seconds):
                await bot.run()
            print(f"{len(bot.fills)} fills, {len(bot.placed)} quotes placed", flush=True)

    if args.sim:
        async with simulated() as (client, url, portfolio):
            await quote(client, url, portfolio)
        return 0
    async with PrimeClient.from_env() as client:
        chosen: str | None = args.portfolio or client.portfolio_id
        if not chosen:
            print("quote_bot: --portfolio is required (or PRIME_PORTFOLIO_ID)", file=sys.stderr)
            return 2
        await quote(client, None, chosen)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--product", default="BTC-USD")
    parser.add_argument("--size", type=Decimal, default=Decimal("0.001"))
    parser.add_argument("--offset", type=Decimal, default=Decimal(0), help="below the best bid (default 0)")
    parser.add_argument("--tolerance", type=Decimal, default=Decimal(0), help="re-quote past this drift")
    parser.add_argument("--min-interval", type=float, default=0.0, help="seconds between re-quotes")
    parser.add_argument("--max-fills", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--portfolio", help="default: PRIME_PORTFOLIO_ID")
    parser.add_argument("--sim", action="store_true", help="run against a local simulator")
    return anyio.run(run, parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
