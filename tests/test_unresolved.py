"""Every create accounted for (issue 19, items 4-6): a side-effecting call whose outcome the client
does not know is recorded in `client.unresolved` with its idempotency value, and logged; Ctrl-C on
the blocking client stops the call before it can send again; `fan_out(fail_fast=True)` hands back
what finished and what did not. Over loopback sockets, on every transport and on trio.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from prime_async import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    UnresolvedRequest,
    UnresolvedRequests,
    fan_out,
)

from .conftest import ACCESS_KEY, PASSPHRASE, SIGNING_KEY, make_client
from .feed_support import HANG_GUARD, eventually
from .hostile import HostileServer, Request, ok_json, response

pytestmark = pytest.mark.anyio

CREATE = {"portfolio_id": "p-1", "product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "0.01"}
PORTFOLIO = json.dumps({"portfolio": {"id": "p-1", "name": "one"}}).encode()


def client_order_id(request: Request) -> str:
    return str(json.loads(request.body)["client_order_id"])


def hold(release: threading.Event) -> Any:
    """A script action: the request was read; answer nothing until the test is over."""
    return lambda conn: release.wait(HANG_GUARD)


def warnings_naming(caplog: pytest.LogCaptureFixture, value: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and value in r.getMessage()]


# -- 6. a create cancelled after it was sent is recorded ------------------------------------------


async def test_a_create_cancelled_after_sending_is_recorded_with_its_client_order_id(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    # item 6: the caller's own cancel scope ended a create the server had read: the caller was left
    # with nothing, not the client_order_id the client generated nor a record that the outcome is unknown
    release = threading.Event()
    with HostileServer(lambda r: hold(release)) as server:
        try:
            async with make_client(server.url, transport) as client:
                copy = client.with_options(timeout=30)  # copies share the record
                async with anyio.create_task_group() as tg:
                    tg.start_soon(functools.partial(copy.orders.create_order, **CREATE))
                    await eventually(lambda: len(server.requests) == 1, "the create reached the server")
                    tg.cancel_scope.cancel()
        finally:
            release.set()
    sent = client_order_id(server.requests[0])
    assert copy.unresolved is client.unresolved and isinstance(client.unresolved, UnresolvedRequests)
    [record] = client.unresolved
    assert isinstance(record, UnresolvedRequest)
    assert (record.operation, record.method, record.path) == ("CreateOrder", "POST", "/v1/portfolios/p-1/order")
    assert (record.idempotency_field, record.idempotency_key) == ("client_order_id", sent)
    assert (record.portfolio_id, record.reason, record.attempts) == ("p-1", "cancelled", 1)
    assert record.at.tzinfo is not None
    assert warnings_naming(caplog, sent), "no WARNING names the client_order_id"


async def test_what_never_left_or_has_no_effect_is_not_recorded(transport: str) -> None:
    # a GET cancelled in flight, a create cancelled while it waits for the rate limiter, a create
    # refused outright (4xx): none is unresolved
    from prime_async import RateLimit

    release = threading.Event()

    def script(request: Request) -> Any:
        if request.method == "GET":
            return hold(release)
        return response(400, b'{"message": "no"}') if "0.02" in request.body.decode() else ok_json(b"{}")

    with HostileServer(script) as server:
        try:
            limit = RateLimit(rate=0.01, burst=1, portfolio_rate=None)
            async with make_client(server.url, transport, rate_limit=limit) as client:
                await client.orders.create_order(**CREATE)  # takes the only slot for 100 s
                bucket = client.pipeline.limiter.overall  # type: ignore[union-attr]
                taken = bucket.tat
                async with anyio.create_task_group() as tg:
                    tg.start_soon(functools.partial(client.orders.create_order, **CREATE))
                    await eventually(lambda: bucket.tat > taken, "the second create waits for a slot")
                    tg.cancel_scope.cancel()
            async with make_client(server.url, transport) as client2:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(functools.partial(client2.portfolios.get_portfolio, portfolio_id="p"))
                    await eventually(lambda: any(r.method == "GET" for r in server.requests), "the GET arrived")
                    tg.cancel_scope.cancel()
                with pytest.raises(BadRequestError):
                    await client2.orders.create_order(**{**CREATE, "base_quantity": "0.02"})
        finally:
            release.set()
    assert len(server.requests) == 3  # the first create, the GET, the refused create
    assert list(client.unresolved) == [] and list(client2.unresolved) == []


async def test_a_create_whose_retries_ran_out_after_sending_is_recorded(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    # the connection drops after every read: two attempts, the same client_order_id, no answer
    with HostileServer(lambda r: None) as server:
        async with make_client(server.url, transport, max_retries=1, retry=_fast()) as client:
            with pytest.raises(APIConnectionError) as info:
                await client.orders.create_order(**CREATE)
    sent = {client_order_id(r) for r in server.requests}
    assert len(server.requests) == 2 and sent == {info.value.idempotency_key}
    [record] = client.unresolved
    assert (record.reason, record.idempotency_key, record.attempts) == (
        "retries_exhausted",
        info.value.idempotency_key,
        2,
    )
    assert warnings_naming(caplog, record.idempotency_key or "-")


async def test_a_5xx_on_the_last_attempt_is_recorded(transport: str) -> None:
    # a 503 may come from a server that applied the order first: the outcome is unknown
    with HostileServer(lambda r: response(503, b'{"message": "busy"}')) as server:
        async with make_client(server.url, transport, max_retries=0) as client:
            with pytest.raises(InternalServerError):
                await client.orders.create_order(**CREATE)
    [record] = client.unresolved
    assert (record.reason, record.error) == ("retries_exhausted", "HTTP 503")
    assert record.idempotency_key == client_order_id(server.requests[0])


async def test_a_delete_without_an_idempotency_field_that_may_have_arrived_is_recorded(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    # not retried (it could be applied twice), and so recorded: the caller must check on the server
    with HostileServer(lambda r: None) as server:
        async with make_client(server.url, transport, max_retries=3) as client:
            with pytest.raises(APIConnectionError):
                await client.futures.cancel_futures_sweep(entity_id="e-1")
    assert len(server.requests) == 1
    [record] = client.unresolved
    assert (record.operation, record.method, record.reason) == ("CancelFuturesSweep", "DELETE", "not_retried")
    assert record.idempotency_field is None and record.idempotency_key is None and record.portfolio_id is None
    assert any("CancelFuturesSweep" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


async def test_a_create_past_its_deadline_is_recorded(transport: str) -> None:
    release = threading.Event()
    with HostileServer(lambda r: hold(release)) as server:
        try:
            async with make_client(server.url, transport, deadline=0.3) as client:
                with pytest.raises(APITimeoutError, match="deadline"):
                    await client.orders.create_order(**CREATE)
        finally:
            release.set()
    [record] = client.unresolved
    assert (record.reason, record.idempotency_key) == ("deadline", client_order_id(server.requests[0]))


async def test_a_create_that_could_not_connect_is_not_recorded(transport: str) -> None:
    with socket.socket() as unused:  # a port nothing listens on: connection refused
        unused.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{unused.getsockname()[1]}"
    async with make_client(url, transport, retry=_fast()) as client:
        with pytest.raises(APIConnectionError):
            await client.orders.create_order(**CREATE)
    assert list(client.unresolved) == []


def _fast() -> Any:
    from prime_async import RetryPolicy

    return RetryPolicy(max_retries=1, initial_delay=0.01, max_delay=0.02)


def test_the_record_is_bounded_and_safe_to_read_while_calls_end() -> None:
    from datetime import UTC, datetime

    def entry(n: int) -> UnresolvedRequest:
        return UnresolvedRequest(
            "CreateOrder", "POST", "/p", "client_order_id", str(n), "p", datetime.now(UTC), "cancelled", "x", 1
        )

    records = UnresolvedRequests(maxlen=100)
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        n = 0
        while not stop.is_set() and n < 200_000:
            records.record(entry(n))
            n += 1

    def reader() -> None:
        try:
            for _ in range(2_000):
                assert len(list(records)) <= 100
        except BaseException as exc:  # a deque mutated during iteration, before the lock
            failures.append(exc)

    threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
    for t in threads:
        t.start()
    threads[1].join(HANG_GUARD)
    stop.set()
    threads[0].join(HANG_GUARD)
    assert failures == []
    assert len(records) == 100 and records.dropped > 0
    taken = records.drain()
    assert len(taken) == 100 and len(records) == 0


# -- 5. fan_out(fail_fast=True) hands back what finished and what did not -------------------------


async def test_fail_fast_hands_back_the_successes_and_the_inputs_left_unknown(transport: str) -> None:
    # item 5: one input failed, the call raised, and the caller had none of the ids of the orders
    # already placed, nor which creates were in flight when the rest were cancelled
    release = threading.Event()

    def script(request: Request) -> Any:
        n = int(json.loads(request.body)["base_quantity"])
        if n <= 4:
            return ok_json(json.dumps({"order_id": f"o-{n}"}).encode())
        if n == 5:
            return response(400, b'{"message": "refused"}')
        return hold(release)

    placed = 0

    with HostileServer(script) as server:
        try:
            async with make_client(server.url, transport) as client:

                async def place(n: int) -> Any:
                    nonlocal placed
                    if n == 5:  # fails only once 1-4 are placed and 6-8 are in the server's hands
                        await eventually(lambda: placed == 4 and len(server.requests) == 7, "1-4 placed, 6-8 sent")
                    order = await client.orders.create_order(**{**CREATE, "base_quantity": str(n)})
                    placed += 1
                    return order

                with pytest.raises(BadRequestError) as info:
                    await fan_out(place, range(1, 9), concurrency=8, fail_fast=True)
        finally:
            release.set()
    error: Any = info.value
    assert [o.input for o in error.outcomes] == [1, 2, 3, 4, 5]
    assert [o.value.order_id for o in error.outcomes if o.ok] == ["o-1", "o-2", "o-3", "o-4"]
    by_quantity = {json.loads(r.body)["base_quantity"]: client_order_id(r) for r in server.requests}
    assert [o.value.client_order_id for o in error.outcomes if o.ok] == [by_quantity[str(n)] for n in (1, 2, 3, 4)]
    assert error.outcomes[4].error is error
    assert error.unfinished == [6, 7, 8] and error.not_started == []
    # and the creates cancelled in flight are in client.unresolved, by their client_order_id
    assert sorted(r.idempotency_key for r in client.unresolved) == sorted(by_quantity[str(n)] for n in (6, 7, 8))


async def test_fail_fast_lists_the_inputs_never_started() -> None:
    async def work(n: int) -> int:
        if n == 0:
            raise KeyError("first")
        await anyio.lowlevel.checkpoint()
        return n

    with pytest.raises(KeyError) as info:
        await fan_out(work, range(5), concurrency=1, fail_fast=True)
    error: Any = info.value
    assert [o.input for o in error.outcomes] == [0] and error.unfinished == []
    assert error.not_started == [1, 2, 3, 4]


async def test_a_raising_on_progress_loses_no_outcome(transport: str, caplog: pytest.LogCaptureFixture) -> None:
    # item 12: a progress callback that raised cancelled the whole fan-out
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done == 3:
            raise OSError("the terminal went away")

    with HostileServer(lambda r: ok_json(PORTFOLIO)) as server:
        async with make_client(server.url, transport) as client:
            outcomes = await fan_out(
                lambda pid: client.portfolios.get_portfolio(portfolio_id=pid),
                [f"p-{n}" for n in range(20)],
                concurrency=4,
                on_progress=progress,
            )
    assert len(outcomes) == 20 and all(o.ok for o in outcomes) and len(server.requests) == 20
    assert calls == [1, 2, 3]  # logged once, then not called again
    logged = [r for r in caplog.records if "on_progress" in r.getMessage()]
    assert len(logged) == 1 and logged[0].levelno == logging.ERROR


# -- 4. Ctrl-C on the blocking client stops the call before it sends again -----------------------

INTERRUPTED = textwrap.dedent(
    """
    import json, sys, time
    from prime_async.sync import SyncPrimeClient

    url, transport, access_key, passphrase, signing_key = sys.argv[1:]
    client = SyncPrimeClient(
        access_key=access_key, passphrase=passphrase, signing_key=signing_key, base_url=url, transport=transport,
        rate_limit=None, max_retries=3,
    )
    try:
        client.orders.create_order(portfolio_id="p-1", product_id="X", side="BUY", type="MARKET", base_quantity="1")
        print("returned", flush=True)
    except KeyboardInterrupt:
        print("interrupted", json.dumps([[r.reason, r.idempotency_key] for r in client.unresolved]), flush=True)
    time.sleep(4)  # the process lives on past the retry's backoff (Retry-After 2: at most 2.5 s)
    print("done", flush=True)
    """
)


@pytest.mark.parametrize("transport_name", ["httpx", "aiohttp"])
def test_ctrl_c_during_a_retry_backoff_stops_the_create(transport_name: str) -> None:
    # item 4: KeyboardInterrupt reached the caller, but the portal's task went on and its retry
    # placed the order after the backoff
    def script(request: Request) -> bytes:
        if len(server.requests) == 1:
            return response(503, b'{"message": "busy"}', {"Content-Type": "application/json", "Retry-After": "2"})
        return ok_json(b'{"order_id": "o-1"}')

    with HostileServer(script) as server:
        process = subprocess.Popen(
            [sys.executable, "-c", INTERRUPTED, server.url, transport_name, ACCESS_KEY, PASSPHRASE, SIGNING_KEY],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            for _ in range(int(HANG_GUARD * 100)):  # wait for the first attempt's 503
                if server.requests or process.poll() is not None:
                    break
                time.sleep(0.01)
            assert len(server.requests) == 1, process.communicate(timeout=HANG_GUARD)
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
        assert process.returncode == 0, err
        assert "interrupted" in out and "done" in out, out + err
        assert len(server.requests) == 1, "the create was sent again after Ctrl-C"
        records = json.loads(out.split("interrupted ", 1)[1].splitlines()[0])
        assert records == [["cancelled", client_order_id(server.requests[0])]]
