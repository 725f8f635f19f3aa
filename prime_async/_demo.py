"""The job `prime-async demo` runs: what a portfolio-wide batch job does, measured.

Fan out over every portfolio (balances, open orders), place and cancel orders (simulator only),
page through fills, and report requests, errors, throughput and latency. With a WebSocket feed,
show the order updates of one trading portfolio and a few seconds of a live book.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TextIO

import attrs

from ._client import PrimeClient
from ._events import RequestEvent
from ._fanout import Outcome, fan_out
from ._feed import OrderUpdate
from ._watch import collecting_orders, live_book, order_line

__all__ = ["DemoReport", "RequestStats", "run_demo"]

Tally = dict[str, Decimal | int]


@attrs.define
class RequestStats:
    """An event hook that keeps what the summary needs: one duration per attempt, and errors."""

    durations: list[float] = attrs.Factory(list)
    errors: int = 0

    def __call__(self, event: RequestEvent) -> None:
        self.durations.append(event.duration)
        if event.status_code is None or event.status_code >= 400:
            self.errors += 1

    def percentile(self, q: float) -> float:
        ordered = sorted(self.durations)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


@attrs.define
class DemoReport:
    """What the demo job did, for its summary: the target, the portfolios and value it saw, the
    orders it placed, cancelled and filled, and the pages it read."""

    target: str
    portfolios: int = 0
    total_value: Decimal = Decimal(0)
    open_orders: int = 0
    placed: int = 0
    cancelled: int = 0
    filled: int = 0
    fills: int = 0
    fill_pages: int = 0
    failures: int = 0
    elapsed: float = 0.0
    concurrency: int = 64  # requests in flight: the latency below is each one's time in a busy queue
    order_updates: int | None = None  # seen on the WebSocket feed (None: no feed)
    book_states: int | None = None

    def add(self, outcomes: list[Outcome[str, Tally]]) -> None:
        for outcome in outcomes:
            if not outcome.ok:
                self.failures += 1
                continue
            for name, amount in outcome.unwrap().items():
                setattr(self, name, getattr(self, name) + amount)

    def table(self, stats: RequestStats) -> str:
        requests = len(stats.durations)
        rows = [
            ("target", self.target),
            ("portfolios scanned", f"{self.portfolios:,}"),
            ("value across portfolios (USD)", f"{self.total_value:,.2f}"),
            ("open orders found", f"{self.open_orders:,}"),
            ("orders placed", f"{self.placed:,} ({self.cancelled:,} cancelled, {self.filled:,} filled)"),
            ("fills paged", f"{self.fills:,} in {self.fill_pages:,} pages"),
            ("requests", f"{requests:,}"),
            ("errors", f"{stats.errors:,} HTTP, {self.failures:,} failed tasks"),
            ("elapsed", f"{self.elapsed:.2f} s"),
            ("requests/s", f"{requests / self.elapsed:,.0f}" if self.elapsed else "-"),
            (
                "latency p50 / p99",
                f"{stats.percentile(0.5) * 1000:.1f} ms / {stats.percentile(0.99) * 1000:.1f} ms with "
                f"{self.concurrency} requests in flight (time spent queued beside the others, not the server's speed)",
            ),
        ]
        if self.order_updates is not None:
            rows.append(("feed: order updates", f"{self.order_updates:,} (one trading portfolio)"))
        if self.book_states is not None:
            rows.append(("feed: live book states", f"{self.book_states:,}"))
        width = max(len(name) for name, _ in rows)
        return "\n".join(f"  {name:<{width}}  {value}" for name, value in rows)


class Progress:
    """One line on stderr, rewritten in place on a terminal, printed per 25% otherwise."""

    def __init__(self, out: TextIO = sys.stderr) -> None:
        self.out = out
        self.tty = out.isatty()
        self._last_quarter = -1

    def __call__(self, label: str) -> Callable[[int, int], None]:
        self._last_quarter = -1

        def update(done: int, total: int) -> None:
            if self.tty:
                end = "\n" if done == total else ""
                self.out.write(f"\r  {label}: {done:,}/{total:,}{end}")
                self.out.flush()
            elif (quarter := done * 4 // max(total, 1)) != self._last_quarter:
                self._last_quarter = quarter
                self.out.write(f"  {label}: {done:,}/{total:,}\n")

        return update


async def run_demo(
    client: PrimeClient,
    *,
    target: str,
    trade: bool,
    concurrency: int = 64,
    progress: Progress | None = None,
    feed_url: str | None = None,
    out: TextIO = sys.stdout,
) -> DemoReport:
    """`feed_url`: also follow the WebSocket feed there (the client's credentials need a
    service account id)."""
    progress = progress or Progress()
    report = DemoReport(target=target, concurrency=concurrency)
    started = time.perf_counter()
    portfolios = (await client.portfolios.list_portfolios()).portfolios
    ids = [p.id for p in portfolios if p.id]
    report.portfolios = len(ids)

    # each task returns the counts it adds to the report
    async def scan(pid: str) -> Tally:
        balances = await client.balances.list_portfolio_balances(portfolio_id=pid)
        value = sum((b.fiat_amount or Decimal(0) for b in balances.balances), Decimal(0))
        open_orders = await client.orders.list_open_orders(portfolio_id=pid).collect()
        return {"total_value": value, "open_orders": len(open_orders)}

    report.add(await fan_out(scan, ids, concurrency=concurrency, on_progress=progress("balances and open orders")))
    traders = ids[: min(50, len(ids))]

    async def place_and_cancel(pid: str) -> Tally:
        # a resting limit order far below the market, then cancelled; every fifth also buys at market
        created = await client.orders.create_order(
            portfolio_id=pid, product_id="BTC-USD", side="BUY", type="LIMIT", base_quantity="0.01", limit_price="1000"
        )
        assert created.order_id is not None
        await client.orders.get_order(portfolio_id=pid, order_id=created.order_id)
        await client.orders.cancel_order(portfolio_id=pid, order_id=created.order_id)
        if traders.index(pid) % 5:
            return {"placed": 1, "cancelled": 1}
        await client.orders.create_order(
            portfolio_id=pid, product_id="ETH-USD", side="BUY", type="MARKET", base_quantity="0.1"
        )
        return {"placed": 2, "cancelled": 1, "filled": 1}

    if trade:
        watch: AbstractAsyncContextManager[list[OrderUpdate]] = (
            collecting_orders(client, feed_url, traders[0]) if feed_url is not None else nullcontext([])
        )
        async with watch as updates:
            report.add(
                await fan_out(place_and_cancel, traders, concurrency=concurrency, on_progress=progress("orders"))
            )
        if feed_url is not None:
            report.order_updates = len(updates)
            print(f"\nOrder updates on the WebSocket feed, portfolio {traders[0]}:", file=out)
            for update in updates:
                print("  " + order_line(update), file=out)
    since = datetime.now(UTC) - timedelta(days=90)

    async def page_fills(pid: str) -> Tally:
        fills = client.orders.list_portfolio_fills(portfolio_id=pid, start_date=since, limit=5)
        pages = [page async for page in fills.pages()]
        return {"fills": sum(len(p.fills) for p in pages), "fill_pages": len(pages)}

    report.add(await fan_out(page_fills, traders, concurrency=concurrency, on_progress=progress("fills")))
    report.elapsed = time.perf_counter() - started
    if feed_url is not None:
        print("\nThe BTC-USD book on the WebSocket feed, for 2 seconds:", file=out)
        report.book_states = await live_book(client, feed_url, "BTC-USD", 2.0, out)
    return report
