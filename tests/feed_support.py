"""Helpers for the feed tests: a simulator serving over loopback, a client and a feed on it, and
bounded ways to wait for what a stream yields."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio

from prime_async import Feed, PrimeClient
from prime_async.testing import PrimeSimulator

T = TypeVar("T")

# short enough to keep the tests fast, long enough for a loaded 2-core machine
FAST: dict[str, Any] = {"heartbeat_timeout": 2.0, "backoff_initial": 0.01, "backoff_max": 0.05, "close_timeout": 2.0}
HANG_GUARD = 10.0  # seconds: a test waiting longer than this is broken, not slow


def simulator(**options: Any) -> PrimeSimulator:
    """A simulator whose book moves only when a test calls `sim.feed.step_market()`."""
    sim = PrimeSimulator(portfolios=2, seed=5, **options)
    sim.feed.market_interval = None
    sim.feed.heartbeat_interval = 0.05
    return sim


@asynccontextmanager
async def client_for(sim: PrimeSimulator, **options: Any) -> AsyncIterator[PrimeClient]:
    async with (
        sim.serve() as server,
        PrimeClient(
            credentials=options.pop("credentials", sim.credentials), base_url=server.url, rate_limit=None, **options
        ) as client,
    ):
        yield client


@asynccontextmanager
async def feed_for(sim: PrimeSimulator, **options: Any) -> AsyncIterator[tuple[PrimeClient, Feed]]:
    """The simulator served, a client on it, and an open feed on its WebSocket."""
    credentials = options.pop("credentials", sim.credentials)
    async with client_for(sim, credentials=credentials) as client:
        assert sim.ws_url is not None
        async with client.feed(sim.ws_url, **{**FAST, **options}) as feed:
            yield client, feed


async def next_item(stream: AsyncIterator[T]) -> T:
    with anyio.fail_after(HANG_GUARD):
        return await stream.__anext__()


async def first(stream: AsyncIterator[T], predicate: Callable[[T], bool], limit: int = 500) -> T:
    """The first item that satisfies `predicate`, among at most `limit` items."""
    with anyio.fail_after(HANG_GUARD):
        for _ in range(limit):
            item = await stream.__anext__()
            if predicate(item):
                return item
    raise AssertionError(f"no matching item among {limit}")


async def eventually(condition: Callable[[], bool], what: str) -> None:
    """Wait (bounded) for a condition another task or the server brings about."""
    with anyio.move_on_after(HANG_GUARD):  # then the assertion below fails, saying what never happened
        while not condition():  # noqa: ASYNC110  (state of other tasks and the server: nothing to wait on)
            await anyio.sleep(0.005)
    assert condition(), f"{what}: not within {HANG_GUARD} s"
