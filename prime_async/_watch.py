"""`prime-async watch book PRODUCT` and `prime-async watch orders --portfolio ID`: the WebSocket
feed on a terminal, one line per update, against Prime (credentials and `PRIME_WS_URL` from the
environment) or a local simulator (`--sim`, where a little trading gives the orders something to
show). The lines are also what the demo prints.

With `--json`, one JSON object a line instead (for jq, a log shipper, another program):
- `watch orders --json`: an `OrderUpdate` in wire form, as `models.to_json` writes a REST model
  (amounts as decimal strings, times RFC 3339, absent values left out), its `origin` included;
- `watch book --json`: `{"product_id", "sequence_num", "updated_at", "snapshot", "bids", "asks"}`,
  each side a list of `[price, size]` decimal strings, best first (`--depth N`: N levels a side).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any, TextIO

import anyio

from ._client import PrimeClient
from ._feed import Feed, OrderBook, OrderUpdate
from ._feed._book import show_level
from ._json import to_json
from ._terminal import for_terminal

__all__ = ["add_watch_commands", "book_json", "book_line", "collecting_orders", "live_book", "order_line"]


def add_watch_commands(commands: Any) -> None:
    """Register `watch book` and `watch orders` on the CLI's subcommands."""
    watch = commands.add_parser("watch", help="follow the WebSocket feed: a live book, or a portfolio's orders")
    kinds = watch.add_subparsers(title="watch commands", required=True, metavar="WHAT")
    book = kinds.add_parser("book", help="the top of a product's book, one line per update")
    book.add_argument("product", help="e.g. BTC-USD")
    book.set_defaults(run=run_watch_book)
    orders = kinds.add_parser("orders", help="a portfolio's orders: the open ones, then every change")
    orders.add_argument("--portfolio", help="portfolio id (default: the credentials' portfolio)")
    orders.set_defaults(run=run_watch_orders)
    for parser in (book, orders):
        parser.add_argument("--sim", action="store_true", help="watch a fresh local simulator instead of Prime")
        parser.add_argument("--ws-url", help="the feed's URL (default: PRIME_WS_URL, else Prime's)")
        parser.add_argument("--count", type=int, help="stop after this many lines")
        parser.add_argument("--seconds", type=float, help="stop after this long")
        parser.add_argument("--json", action="store_true", help="one JSON object a line (see docs/guides/cli.md)")
    book.add_argument("--depth", type=int, help="with --json: levels a side to write (default: all the feed holds)")


def book_line(book: OrderBook) -> str:
    """`12:00:01.250 BTC-USD  bid 0.52 @ 60012.10 | ask 1.3 @ 60018.17  spread 6.07  seq 41`"""
    at = f"{book.updated_at:%H:%M:%S.%f}"[:-3] if book.updated_at else "--:--:--.---"
    spread = f"  spread {book.best_ask[0] - book.best_bid[0]}" if book.best_bid and book.best_ask else ""
    mark = "  (snapshot)" if book.is_snapshot else ""
    return (
        f"{at} {book.product_id}  bid {show_level(book.best_bid)} | ask {show_level(book.best_ask)}{spread}  "
        f"seq {book.sequence_num}{mark}"
    )


def book_json(book: OrderBook, depth: int | None = None) -> dict[str, Any]:
    """`watch book --json`'s object: the state's product, sequence number, server time (RFC 3339,
    or null), whether it follows a snapshot, and `depth` levels a side (all when None) as
    `[price, size]` decimal strings, best first."""
    return {
        "product_id": book.product_id,
        "sequence_num": book.sequence_num,
        "updated_at": to_json(book.updated_at),
        "snapshot": book.is_snapshot,
        "bids": to_json(book.bids[:depth]),
        "asks": to_json(book.asks[:depth]),
    }


def _json_line(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"))


def order_line(update: OrderUpdate) -> str:
    """`snapshot  OPEN      BUY LIMIT  BTC-USD @ 1000  filled 0, 0.01 left  <order id>`"""
    limit = f" @ {update.limit_px}" if update.limit_px is not None else ""
    return (
        f"{update.origin:<8}  {update.status.value:<9} {update.side.value} {update.order_type.value:<6} "
        f"{update.product_id}{limit}  filled {update.cum_qty}, {update.leaves_qty} left  {update.order_id}"
    )


async def _print_lines(lines: AsyncIterator[str], count: int | None, out: TextIO) -> None:
    async for line in lines:
        print(for_terminal(line), file=out, flush=True)  # ids and product names are the server's text
        if count is not None:
            count -= 1
            if count <= 0:
                return


Watch = Callable[[Feed, str], AsyncIterator[str]]


@asynccontextmanager
async def collecting_orders(
    client: PrimeClient, url: str | None, portfolio: str, *, settle: float = 2.0
) -> AsyncIterator[list[OrderUpdate]]:
    """The order updates of `portfolio` while the block runs (the demo's trading): subscribed
    before the block starts, and after it kept until every order placed in it is settled (at
    most `settle` seconds more)."""
    updates: list[OrderUpdate] = []
    arrived = anyio.Event()
    async with client.feed(url) as feed, anyio.create_task_group() as tg:
        stream = feed.orders(portfolio)

        async def collect() -> None:
            async for update in stream:
                updates.append(update)
                arrived.set()

        tg.start_soon(collect)
        with anyio.fail_after(settle):
            await stream.wait_snapshot()
        yield updates

        def settled() -> bool:
            placed = {u.order_id for u in updates if u.origin == "update"}
            return placed <= {u.order_id for u in updates if u.done}

        with anyio.move_on_after(settle):
            while not settled():
                arrived = anyio.Event()
                await arrived.wait()
        tg.cancel_scope.cancel()


async def live_book(client: PrimeClient, url: str | None, product: str, seconds: float, out: TextIO) -> int:
    """Print `product`'s top of book for `seconds`; the number of states shown."""
    shown = 0
    async with client.feed(url) as feed:
        with anyio.move_on_after(seconds):
            async for book in feed.order_book(product):
                print("  " + book_line(book), file=out, flush=True)
                shown += 1
    return shown


@asynccontextmanager
async def _simulated(trading: bool) -> AsyncIterator[tuple[PrimeClient, str]]:
    """A local simulator with a moving market: (client, feed URL); the client's portfolio is the
    simulator's one portfolio."""
    from .testing import PrimeSimulator

    sim = PrimeSimulator(portfolios=1, seed=7)
    async with sim.serve() as server, PrimeClient(credentials=sim.credentials, base_url=server.url) as client:
        assert sim.ws_url is not None
        async with anyio.create_task_group() as tg:
            if trading:
                tg.start_soon(trade, client, sim.portfolio_ids[0])
            yield client, sim.ws_url
            tg.cancel_scope.cancel()


async def trade(client: PrimeClient, portfolio: str, pause: float = 0.3, orders: int | None = None) -> None:
    """Place resting bids just under the market and cancel the older ones, with a market order now
    and then: order updates to watch. Stops after `orders` orders when given."""
    resting: list[str] = []
    for k in itertools.count():
        if orders is not None and k >= orders:
            return
        if k % 4 == 3:
            await client.orders.create_order(
                portfolio_id=portfolio, product_id="ETH-USD", side="BUY", type="MARKET", base_quantity="0.01"
            )
        else:
            preview = await client.orders.create_order_preview(
                portfolio_id=portfolio, product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="0.01"
            )
            price = preview.average_filled_price or Decimal(60000)
            created = await client.orders.create_order(
                portfolio_id=portfolio, product_id="BTC-USD", side="BUY", type="LIMIT", base_quantity="0.01",
                limit_price=(price * Decimal("0.9995")).quantize(Decimal("0.01")),
            )  # fmt: skip
            resting.append(str(created.order_id))
        if len(resting) > 2:
            await client.orders.cancel_order(portfolio_id=portfolio, order_id=resting.pop(0))
        await anyio.sleep(pause)


def _watch(args: argparse.Namespace, lines: Watch, target: Callable[[PrimeClient], str], trading: bool) -> int:
    if args.count is not None and args.count < 1:
        raise ValueError("--count must be at least 1")

    async def run() -> None:
        async def follow(client: PrimeClient, url: str | None, subject: str) -> None:
            async with client.feed(url) as feed:
                await _print_lines(lines(feed, subject), args.count, sys.stdout)

        with anyio.move_on_after(args.seconds if args.seconds is not None else float("inf")):
            if args.sim:
                async with _simulated(trading) as (client, url):
                    await follow(client, url, target(client))
            else:
                async with PrimeClient.from_env() as client:
                    await follow(client, args.ws_url, target(client))

    anyio.run(run)
    return 0


def run_watch_book(args: argparse.Namespace) -> int:
    if args.depth is not None and args.depth < 1:
        raise ValueError("--depth must be at least 1")

    async def books(feed: Feed, product: str) -> AsyncIterator[str]:
        async for book in feed.order_book(product):
            yield _json_line(book_json(book, args.depth)) if args.json else book_line(book)

    return _watch(args, books, lambda client: str(args.product), trading=False)


def run_watch_orders(args: argparse.Namespace) -> int:
    def portfolio(client: PrimeClient) -> str:
        chosen = args.portfolio or client.portfolio_id
        if not chosen:
            raise ValueError("--portfolio is required (or PRIME_PORTFOLIO_ID)")
        return str(chosen)

    async def orders(feed: Feed, portfolio: str) -> AsyncIterator[str]:
        async for update in feed.orders(portfolio):
            yield _json_line(to_json(update)) if args.json else order_line(update)

    return _watch(args, orders, portfolio, trading=True)
