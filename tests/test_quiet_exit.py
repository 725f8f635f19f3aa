"""A client never closed ends its program quietly (docs/guides/sync.md): each common shape runs in
a real process, with `-X dev` (every warning shown, asyncio's debug mode) as well, and its stderr
must be empty: no `Unclosed client session`, `Unclosed connector`, `unclosed transport`, nor an
`Exception ignored` at exit. Where something is left open after all, the warning names our class."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from prime_async.testing import PrimeSimulator

SYNC = """
from prime_async.sync import SyncPrimeClient
client = SyncPrimeClient()
"""
ASYNC = """
import asyncio, gc
from prime_async import PrimeClient
"""
OPEN_FEED = (
    ASYNC
    + """
async def main():
    client = PrimeClient()
    feed = client.feed()
    await feed.__aenter__()"""
)

SHAPES = {
    # the blocking client, never closed
    "sync_plain": SYNC + "print(len(client.portfolios.list_portfolios().portfolios))",
    "sync_paginator_left_half_way": SYNC
    + """
orders = iter(client.orders.list_portfolio_orders(limit=1))
print(next(orders).id)
""",
    "sync_with_options_copies": SYNC
    + """
print(len(client.with_options(max_retries=5, timeout=9).portfolios.list_portfolios().portfolios))
print(client.with_raw_response.portfolios.list_portfolios().status_code)
""",
    "sync_exception_ends_the_script": SYNC
    + """
client.portfolios.list_portfolios()
client.portfolios.get_portfolio(portfolio_id="no-such-portfolio")
""",
    "sync_dropped_mid_script": SYNC
    + """
import gc, time
client.portfolios.list_portfolios()
del client
gc.collect()
time.sleep(0.2)
print("on")
""",
    # the async client left to the garbage collector, or to the end of asyncio.run()
    "async_never_closed": ASYNC
    + """
async def main():
    client = PrimeClient()
    print(len((await client.portfolios.list_portfolios()).portfolios))

asyncio.run(main())
""",
    "async_collected_while_the_loop_runs": ASYNC
    + """
async def main():
    client = PrimeClient()
    await client.portfolios.list_portfolios()
    del client
    gc.collect()
    await asyncio.sleep(0.2)
    print("on")

asyncio.run(main())
""",
    "async_paginator_left_half_way": ASYNC
    + """
async def main():
    client = PrimeClient()
    orders = client.orders.list_portfolio_orders(limit=1).__aiter__()
    print((await orders.__anext__()).id)

asyncio.run(main())
""",
    "async_with_options_copies": ASYNC
    + """
client = PrimeClient()

async def main():
    await client.with_options(timeout=9).portfolios.list_portfolios()
    print((await client.with_raw_response.portfolios.list_portfolios()).status_code)

asyncio.run(main())
""",
    "async_open_feed": OPEN_FEED
    + """
    async for book in feed.order_book("BTC-USD"):
        print(book.product_id)
        break

asyncio.run(main())
""",
    "async_exception_ends_the_script": OPEN_FEED
    + """
    await client.portfolios.get_portfolio(portfolio_id="no-such-portfolio")

asyncio.run(main())
""",
    "trio_never_closed": """
import trio
from prime_async import PrimeClient

async def main():
    client = PrimeClient()
    print(len((await client.portfolios.list_portfolios()).portfolios))

trio.run(main)
""",
}
RAISES = {"sync_exception_ends_the_script", "async_exception_ends_the_script"}


@pytest.fixture(scope="module")
def environment() -> Iterator[dict[str, str]]:
    sim = PrimeSimulator(portfolios=2, seed=5)
    with sim.serve_in_thread() as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PRIME_")}
        yield {
            **env,
            "PRIME_BASE_URL": server.url,
            "PRIME_WS_URL": sim.ws_url or "",
            "PRIME_ACCESS_KEY": sim.credentials.access_key,
            "PRIME_PASSPHRASE": sim.credentials.passphrase,
            "PRIME_SIGNING_KEY": sim.credentials.signing_key,
            "PRIME_PORTFOLIO_ID": sim.portfolio_ids[0],
            "PRIME_SVC_ACCOUNT_ID": sim.credentials.svc_account_id or "",
        }


def run(code: str, env: dict[str, str], *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def what_stderr_says(done: subprocess.CompletedProcess[str], dev: bool) -> list[str]:
    lines = done.stderr.splitlines()
    if dev:  # asyncio's debug mode reports a step that held the loop >0.1 s: the load of the machine, not a leak
        lines = [line for line in lines if not re.match(r"Executing <.*> took [\d.]+ seconds$", line)]
    return lines


# every shape with -X dev; the plainest shapes without it too (a program as most are run)
CASES = [(shape, True) for shape in SHAPES] + [("sync_plain", False), ("async_never_closed", False)]


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize(
    ("shape", "dev"), CASES, ids=[f"{shape}-{'X-dev' if dev else 'plain'}" for shape, dev in CASES]
)
def test_a_client_never_closed_exits_quietly(
    shape: str, transport: str, dev: bool, environment: dict[str, str]
) -> None:
    if transport == "aiohttp" and shape.startswith("trio"):
        pytest.skip("aiohttp is asyncio only")
    done = run(
        SHAPES[shape], {**environment, "PRIME_TRANSPORT": transport}, *(["-W", "default", "-X", "dev"] if dev else [])
    )
    lines = what_stderr_says(done, dev)
    if shape in RAISES:
        assert done.returncode == 1 and lines[0] == "Traceback (most recent call last):", done.stderr
        assert lines[-1].startswith("prime_async.NotFoundError: GetPortfolio: HTTP 404"), done.stderr
        assert not any(re.search(r"(?i)unclosed|ResourceWarning|Exception ignored", line) for line in lines)
    else:
        assert done.returncode == 0 and lines == [], done.stderr
        assert done.stdout.strip()


def test_what_is_left_open_is_named_as_ours(environment: dict[str, str]) -> None:
    # a loop closed without shutdown_asyncgens() (as `loop.close()` alone does) cannot close what
    # the client holds on it: one warning, naming the client, and not aiohttp's
    code = (
        ASYNC
        + """
client = PrimeClient()
loop = asyncio.new_event_loop()
loop.run_until_complete(client.portfolios.list_portfolios())
loop.close()
loop = asyncio.new_event_loop()
loop.run_until_complete(client.portfolios.list_portfolios())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("done")
"""
    )
    done = run(code, {**environment, "PRIME_TRANSPORT": "aiohttp"}, "-W", "default", "-X", "dev")
    lines = what_stderr_says(done, True)
    warnings = [line for line in lines if "Warning" in line]
    assert len(warnings) == 1 and "ResourceWarning: prime_async.PrimeClient: connections left open" in warnings[0]
    assert not any("nclosed" in line for line in lines), done.stderr
