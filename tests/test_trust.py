"""The documented promises (README, docs/guides), attacked: nothing doubled, nothing leaked, nothing unbounded, nothing
sent that should not be — against hostile loopback servers, on every transport and event loop.

Each test names the item of issue #10 it reproduces; every one failed on the code before it.
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import anyio
import httpx
import pytest

from prime_async import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    BadRequestError,
    ClientClosedError,
    CredentialsError,
    InternalServerError,
    InvalidRequestError,
    PaginationError,
    PrimeClient,
    PrimeError,
    RateLimit,
    RedirectError,
    ResponseTooLargeError,
)

from .conftest import ACCESS_KEY, PASSPHRASE, SIGNING_KEY, make_client
from .feed_support import eventually
from .hostile import HostileServer, Request, drip, ok_json, response, stream
from .secret_walk import reported_with_locals

pytestmark = pytest.mark.anyio

SECRETS = (PASSPHRASE, SIGNING_KEY)
PORTFOLIO = {"portfolio": {"id": "p-1", "name": "one"}}


def shown(exc: BaseException) -> str:
    """Everything a crash reporter would print: the chain with every frame's locals, the repr and
    str of the error, and the request (and response's request) it carries, headers included."""
    parts = [reported_with_locals(exc)]
    for item in (exc, exc.__cause__, exc.__context__):
        if item is None:
            continue
        parts += [repr(item), str(item)]
        for owner in (item, getattr(item, "response", None)):
            try:
                request = getattr(owner, "request", None)
            except RuntimeError:
                request = None
            if isinstance(request, httpx.Request):
                parts += [repr(request.headers), str(dict(request.headers)), repr(request.content)]
    return "\n".join(parts)


def assert_no_secret(exc: BaseException) -> None:
    text = shown(exc)
    for secret in SECRETS:
        assert secret not in text, f"a secret shows in:\n{text[:3000]}"


# -- 2. nothing below RetryPolicy resends ----------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "method"),
    [
        (
            lambda c: c.onchain_address_book.update_onchain_address_group(
                portfolio_id="p", address_group={"name": "g"}
            ),
            "PUT",
        ),
        (
            lambda c: c.onchain_address_book.delete_onchain_address_group(portfolio_id="p", address_group_id="g"),
            "DELETE",
        ),
        (lambda c: c.futures.cancel_futures_sweep(entity_id="e"), "DELETE"),
    ],
)
async def test_a_put_or_delete_the_server_read_is_sent_once_even_on_a_kept_alive_connection(
    transport: str, call: Callable[[PrimeClient], Any], method: str
) -> None:
    # item 2: the server answers a GET (so the connection is kept alive), then reads the PUT or
    # DELETE and hangs up without answering. aiohttp used to resend it on its own (2 copies).
    def script(request: Request) -> Any:
        return ok_json(json.dumps(PORTFOLIO).encode()) if request.method == "GET" else None

    with HostileServer(script) as server:
        async with make_client(server.url, transport, max_retries=3) as client:
            await client.portfolios.get_portfolio(portfolio_id="p")
            with pytest.raises(APIConnectionError) as info:
                await call(client)
        sent = [r for r in server.requests if r.method == method]
        assert len(sent) == 1, f"{method} reached the server {len(sent)} times"
        assert info.value.attempts == 1  # may have been sent: never retried without an idempotency value
        assert_no_secret(info.value)


async def test_a_connection_refused_is_retried_as_never_sent_and_says_where(transport: str) -> None:
    import socket

    with socket.socket() as bound:  # bound, never listening: connections are refused, the port stays ours
        bound.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{bound.getsockname()[1]}"
        async with make_client(url, transport, max_retries=2, retry=None) as client:
            with pytest.raises(APIConnectionError) as info:
                await client.futures.cancel_futures_sweep(entity_id="e")
    assert info.value.attempts == 3  # a refused connection proves nothing was sent
    assert "127.0.0.1" in str(info.value)
    assert_no_secret(info.value)


# -- 3. secrets never shown --------------------------------------------------------------------


async def test_no_secret_in_any_error_on_any_transport_even_with_frame_locals(transport: str) -> None:
    # item 3a/3b: every kind of failure, shown the way Sentry or `pytest --showlocals` would
    def script(request: Request) -> Any:
        kind = request.path.rsplit("/", 1)[-1]
        if kind == "drop":
            return None
        if kind == "status":
            return response(500, b'{"message":"boom"}')
        if kind == "garbage":
            return ok_json(b'{"portfolio": {"id": 5, "name": {"x": 1}}}')
        if kind == "slow":
            return drip(b"HTTP/1.1 200 OK\r\n", 0.2, limit=3)
        if kind == "badproto":
            return lambda conn: conn.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        return ok_json(json.dumps(PORTFOLIO).encode())

    errors: list[BaseException] = []
    with HostileServer(script) as server:
        async with make_client(server.url, transport, max_retries=0, timeout=0.5) as client:
            for kind in ("drop", "status", "garbage", "slow", "badproto"):
                try:
                    await client.portfolios.get_portfolio(portfolio_id=kind)
                except PrimeError as exc:
                    errors.append(exc)
            # the caller's own timeout cancels a call mid-read: its TimeoutError chains the cancellation
            try:
                with anyio.fail_after(0.3):
                    await client.portfolios.get_portfolio(portfolio_id="slow")
            except TimeoutError as exc:
                errors.append(exc)
    assert len(errors) == 6
    for exc in errors:
        assert_no_secret(exc)
    status_error = next(e for e in errors if isinstance(e, InternalServerError))
    assert status_error.request is not None
    assert status_error.request.headers["x-cb-access-passphrase"] == "***"
    assert status_error.request.headers["x-cb-access-key"] == ACCESS_KEY
    assert "***" in repr(status_error.request.headers)


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        (PASSPHRASE + "\r", "line break"),
        (PASSPHRASE + "\n", "line break"),
        (" " + PASSPHRASE, "whitespace"),
        (PASSPHRASE + "\x00x", "control character"),
        (PASSPHRASE + "é", "ASCII"),
        ("", "non-empty"),
    ],
)
async def test_malformed_credentials_fail_at_construction_without_echoing_them(passphrase: str, why: str) -> None:
    # item 3c: a CRLF .env file's passphrase used to be accepted, then echoed by the header error
    with pytest.raises(CredentialsError, match=why) as info:
        PrimeClient(access_key=ACCESS_KEY, passphrase=passphrase, signing_key=SIGNING_KEY)
    text = shown(info.value)
    assert PASSPHRASE not in text and SIGNING_KEY not in text
    with pytest.raises(CredentialsError, match=why if passphrase else "not set") as info:
        _from_env({"PRIME_PASSPHRASE": passphrase})
    text = shown(info.value)
    assert "PRIME_PASSPHRASE" in str(info.value)
    assert PASSPHRASE not in text and SIGNING_KEY not in text


def _from_env(overrides: dict[str, str]) -> Any:
    from prime_async import Credentials

    env = {"PRIME_ACCESS_KEY": ACCESS_KEY, "PRIME_PASSPHRASE": PASSPHRASE, "PRIME_SIGNING_KEY": SIGNING_KEY}
    return Credentials.from_env({**env, **overrides})


async def test_a_redirect_is_never_followed_even_by_a_callers_following_client(anyio_backend: str) -> None:
    # item 3d: a caller's httpx.AsyncClient(follow_redirects=True) forwarded every credential to
    # the origin a 307 named
    with HostileServer(lambda r: ok_json()) as elsewhere:
        target = f"{elsewhere.url}/steal"
        with HostileServer(lambda r: response(307, b"", {"Location": target})) as server:
            async with httpx.AsyncClient(follow_redirects=True) as http:
                client = PrimeClient(
                    access_key=ACCESS_KEY, passphrase=PASSPHRASE, signing_key=SIGNING_KEY, base_url=server.url,
                    http_client=http, rate_limit=None,
                )  # fmt: skip
                with pytest.raises(RedirectError) as info:
                    await client.portfolios.get_portfolio(portfolio_id="p")
        assert elsewhere.requests == []
    assert info.value.location == target and target in str(info.value)
    assert info.value.status_code == 307
    assert_no_secret(info.value)


async def test_a_redirect_is_a_typed_error_on_every_transport(transport: str) -> None:
    with HostileServer(lambda r: response(302, b"", {"Location": "https://example.com/x"})) as server:
        async with make_client(server.url, transport) as client:
            with pytest.raises(RedirectError, match=r"example\.com"):
                await client.portfolios.get_portfolio(portfolio_id="p")
        assert len(server.requests) == 1  # not retried, not followed


async def test_debug_logs_and_events_never_show_a_secret(transport: str, caplog: pytest.LogCaptureFixture) -> None:
    answer = b'{"portfolio": {"id": "p"}}'
    script = lambda r: None if r.index == 1 and r.connection == 1 else ok_json(answer)  # noqa: E731
    with HostileServer(script) as server, caplog.at_level(logging.DEBUG):
        async with make_client(server.url, transport, max_retries=2) as client:
            await client.portfolios.get_portfolio(portfolio_id="p")
    text = caplog.text
    assert "GetPortfolio" in text
    for secret in SECRETS:
        assert secret not in text


# -- 4. every attempt and every call is bounded in time -----------------------------------------


@pytest.mark.parametrize("where", ["headers", "body"])
async def test_a_dripping_server_cannot_hold_a_call_past_its_timeout(transport: str, where: str) -> None:
    # item 4: a byte every 0.25 s kept a call with timeout=1.0 alive indefinitely
    body = json.dumps(PORTFOLIO).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()

    def script(request: Request) -> Any:
        if where == "headers":
            return drip(head + body, 0.25)
        return lambda conn: (conn.sendall(head), drip(body, 0.25)(conn))

    with HostileServer(script) as server:
        async with make_client(server.url, transport, timeout=1.0, max_retries=0) as client:
            with anyio.fail_after(15):  # the test's own guard: without the bound, ~7 s per byte run
                with pytest.raises(APITimeoutError, match="attempt_timeout=1"):
                    await client.portfolios.get_portfolio(portfolio_id="p")


async def test_a_read_bound_tighter_than_the_attempt_still_bounds_each_read(transport: str) -> None:
    # The transport is told a read bound only where it is tighter than the attempt's own
    # (timeout_extension); here it is (0.3 s a read, 20.3 s an attempt): a 1.5 s silence ends it,
    # where without the read bound the answer after it would succeed.
    def script(request: Request) -> Any:
        return lambda conn: (time.sleep(1.5), conn.sendall(ok_json(json.dumps(PORTFOLIO).encode())))

    with HostileServer(script) as server:
        timeout = httpx.Timeout(connect=10, read=0.3, write=10, pool=10)
        async with make_client(server.url, transport, timeout=timeout, max_retries=0) as client:
            with anyio.fail_after(15), pytest.raises(APITimeoutError) as info:
                await client.portfolios.get_portfolio(portfolio_id="p")
            assert "attempt_timeout" not in str(info.value)  # the read's bound, not the attempt's


async def test_a_deadline_bounds_the_whole_call_across_retries(transport: str) -> None:
    with HostileServer(lambda r: response(503, b'{"message":"busy"}', {"Retry-After": "0.4"})) as server:
        async with make_client(server.url, transport, deadline=1.0, max_retries=50) as client:
            with anyio.fail_after(15), pytest.raises(APITimeoutError, match="deadline of 1 s") as info:
                await client.portfolios.get_portfolio(portfolio_id="p")
            assert 1 <= info.value.attempts < 50
            assert info.value.operation == "GetPortfolio"
            # per call through with_options too
            with anyio.fail_after(15), pytest.raises(APITimeoutError):
                await client.with_options(deadline=0.5).portfolios.get_portfolio(portfolio_id="p")


# -- 5. every response is bounded in size and typed when undecodable ---------------------------


async def test_a_huge_body_is_stopped_while_streaming(transport: str) -> None:
    # item 5: a 200 MB body took the client to ~645 MB RSS
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"

    def script(request: Request) -> Any:
        first = request.connection == 1 and request.index == 1
        return stream(head, chunk, 200 * 1024 * 1024) if first else ok_json(json.dumps(PORTFOLIO).encode())

    with HostileServer(script) as server:
        async with make_client(server.url, transport, max_response_bytes=2 * 1024 * 1024) as client:
            with pytest.raises(ResponseTooLargeError, match="max_response_bytes=2,097,152"):
                await client.portfolios.get_portfolio(portfolio_id="p")
            # the connection was not put back half-read: the next call works, on a new connection
            assert (await client.portfolios.get_portfolio(portfolio_id="p")).portfolio.id == "p-1"
            assert server.requests[-1].connection == 2
        await eventually(lambda: bool(server.errors), "the server sent all 200 MB: the client read past its limit")


async def test_a_declared_huge_body_is_refused_before_reading(transport: str) -> None:
    with HostileServer(lambda r: response(200, b"{}", {"Content-Length": str(10**12)})) as server:
        async with make_client(server.url, transport) as client:
            with pytest.raises(ResponseTooLargeError):
                await client.portfolios.get_portfolio(portfolio_id="p")


async def test_a_gzip_bomb_is_stopped_while_inflating(transport: str) -> None:
    # item 5: a 199 KB gzip body inflated to ~460 MB
    bomb = gzip.compress(b" " * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 300_000
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with HostileServer(lambda r: response(200, bomb, headers)) as server:
        async with make_client(server.url, transport, max_response_bytes=4 * 1024 * 1024) as client:
            with pytest.raises(ResponseTooLargeError):
                await client.portfolios.get_portfolio(portfolio_id="p")


async def test_gzip_and_deflate_bodies_are_decoded(transport: str) -> None:
    import zlib

    body = json.dumps(PORTFOLIO).encode()
    encoded = {"gzip": gzip.compress(body), "deflate": zlib.compress(body)}

    def script(request: Request) -> Any:
        kind = request.path.rsplit("/", 1)[-1]
        return response(200, encoded[kind], {"Content-Type": "application/json", "Content-Encoding": kind})

    with HostileServer(script) as server:
        async with make_client(server.url, transport) as client:
            for kind in encoded:
                assert (await client.portfolios.get_portfolio(portfolio_id=kind)).portfolio.id == "p-1"
        assert all(r.headers["accept-encoding"] == "gzip, deflate" for r in server.requests)


async def test_an_encoding_not_asked_for_is_a_typed_error(transport: str) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "br"}
    with HostileServer(lambda r: response(200, b"\x00\x01", headers)) as server:
        async with make_client(server.url, transport) as client:
            with pytest.raises(APIResponseValidationError, match="'br'"):
                await client.portfolios.get_portfolio(portfolio_id="p")


@pytest.mark.parametrize("status", [200, 400])
async def test_json_nested_200000_deep_is_a_typed_error(transport: str, status: int) -> None:
    # item 5: a raw RecursionError (stdlib json), on error bodies always
    body = b"[" * 200_000 + b"]" * 200_000
    with HostileServer(lambda r: response(status, body)) as server:
        async with make_client(server.url, transport, max_retries=0) as client:
            expected = APIResponseValidationError if status == 200 else BadRequestError
            with pytest.raises(expected):
                await client.portfolios.get_portfolio(portfolio_id="p")


def test_parse_json_never_raises_recursion_error_with_the_json_module(monkeypatch: pytest.MonkeyPatch) -> None:
    from prime_async import _json

    monkeypatch.setattr(_json, "loads", json.loads)
    with pytest.raises(ValueError, match="nested too deeply"):
        _json.parse_json(b"[" * 200_000 + b"]" * 200_000)


# -- 6. pagination that never ends -------------------------------------------------------------


async def test_endless_empty_pages_stop_with_a_typed_error(transport: str) -> None:
    # item 6: has_next with an empty page and a fresh cursor each time paged forever
    def script(request: Request) -> bytes:
        page = {"orders": [], "pagination": {"next_cursor": f"c{len(server.requests)}", "has_next": True}}
        return ok_json(json.dumps(page).encode())

    with HostileServer(script) as server:
        async with make_client(server.url, transport) as client:
            with anyio.fail_after(30), pytest.raises(PaginationError, match="10 empty pages"):
                async for _ in client.orders.list_portfolio_orders(portfolio_id="p"):
                    pass
        assert len(server.requests) == 10


async def test_a_cursor_seen_twice_stops_with_a_typed_error(transport: str) -> None:
    page = {"orders": [{"id": "o"}], "pagination": {"next_cursor": "same", "has_next": True}}
    with HostileServer(lambda r: ok_json(json.dumps(page).encode())) as server:
        async with make_client(server.url, transport) as client:
            with pytest.raises(PaginationError, match="twice"):
                await client.orders.list_portfolio_orders(portfolio_id="p").collect()
        assert len(server.requests) == 2


# -- 7. a cancelled wait gives its rate-limit slot back ----------------------------------------


async def test_cancelled_calls_give_their_rate_limit_slots_back(transport: str) -> None:
    # item 7: 900 calls cancelled after 0.5 s left ~9.5 s of reservations for the next call
    with HostileServer(lambda r: ok_json(json.dumps(PORTFOLIO).encode())) as server:
        async with make_client(server.url, transport, rate_limit=RateLimit(rate=90, burst=20)) as client:
            with anyio.move_on_after(0.5):
                async with anyio.create_task_group() as tg:
                    for _ in range(900):
                        tg.start_soon(functools.partial(client.portfolios.get_portfolio, portfolio_id="p"))
            sent = len(server.requests)
            assert sent < 200
            # Every slot still reserved belongs to a call that got past its wait (by the cancel), so
            # the next call waits one interval at most. Before, every cancelled slot stayed reserved:
            # ~9.5 s ahead on the client's bucket, ~40 s on the portfolio's.
            limiter = client.pipeline.limiter
            assert limiter is not None
            now = time.monotonic()  # the buckets' clock
            for bucket in (limiter.overall, *limiter.portfolios.values()):
                assert bucket.tat - bucket.tolerance - now < 2 * bucket.interval
            with anyio.fail_after(30):  # a guard against a hang; the check is the one above
                await client.portfolios.get_portfolio(portfolio_id="p")


# -- 8. lifecycle ------------------------------------------------------------------------------


async def test_a_closed_client_sends_nothing_and_says_so(transport: str) -> None:
    # item 8: calls after aclose() still went out (and aiohttp reopened its session)
    with HostileServer(lambda r: ok_json(json.dumps(PORTFOLIO).encode())) as server:
        client = make_client(server.url, transport)
        await client.portfolios.get_portfolio(portfolio_id="p")
        await client.aclose()
        copy = client.with_options(max_retries=1)
        for c in (client, copy):
            with pytest.raises(ClientClosedError):
                await c.portfolios.get_portfolio(portfolio_id="p")
            with pytest.raises(ClientClosedError):
                await c.orders.list_portfolio_orders(portfolio_id="p").collect()
        assert len(server.requests) == 1


async def test_a_closed_client_with_a_callers_http_client_sends_nothing(anyio_backend: str) -> None:
    with HostileServer(lambda r: ok_json(json.dumps(PORTFOLIO).encode())) as server:
        async with httpx.AsyncClient() as http:
            client = PrimeClient(
                access_key=ACCESS_KEY, passphrase=PASSPHRASE, signing_key=SIGNING_KEY, base_url=server.url,
                http_client=http,
            )  # fmt: skip
            await client.aclose()
            with pytest.raises(ClientClosedError):
                await client.portfolios.get_portfolio(portfolio_id="p")
            assert not http.is_closed  # the caller's client stays theirs
        assert server.requests == []


@pytest.mark.parametrize("transport_name", ["auto", "httpx", "aiohttp"])
def test_one_client_works_on_one_event_loop_after_another(transport_name: str) -> None:
    # item 8: one client used from two event loops gave raw RuntimeErrors or hung
    import asyncio

    with HostileServer(lambda r: ok_json(json.dumps(PORTFOLIO).encode())) as server:
        client = make_client(server.url, transport_name)

        async def call() -> str:
            return (await client.portfolios.get_portfolio(portfolio_id="p")).portfolio.id  # type: ignore[union-attr]

        assert asyncio.run(call()) == "p-1"
        assert asyncio.run(call()) == "p-1"
        if transport_name != "aiohttp":
            assert anyio.run(call, backend="trio") == "p-1"
        assert asyncio.run(call()) == "p-1"
        asyncio.run(client.aclose())


def test_one_client_works_from_two_threads_each_with_its_own_loop() -> None:
    import asyncio
    import threading

    with HostileServer(lambda r: ok_json(json.dumps(PORTFOLIO).encode())) as server:
        client = make_client(server.url, "auto")
        results: list[Any] = []

        def worker() -> None:
            async def calls() -> None:
                for _ in range(20):
                    results.append((await client.portfolios.get_portfolio(portfolio_id="p")).portfolio.id)  # type: ignore[union-attr]

            try:
                asyncio.run(calls())
            except BaseException as exc:  # pragma: no cover - shown by the assert below
                results.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert results == ["p-1"] * 40


# -- 9. bad input is refused before anything is sent -------------------------------------------


@pytest.mark.parametrize(
    ("call", "why"),
    [
        (lambda c: c.portfolios.get_portfolio(portfolio_id="x" * 100_000), "at most 1,024"),
        (
            lambda c: c.orders.list_portfolio_orders(
                portfolio_id="p", start_date=datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1)))
            ),
            "out of range",
        ),
        (
            lambda c: c.orders.list_portfolio_orders(
                portfolio_id="p", start_date=datetime.max.replace(tzinfo=timezone(timedelta(hours=-1)))
            ),
            "out of range",
        ),
        (lambda c: c.orders.list_portfolio_orders(portfolio_id="p", limit=10**5000), "int64"),
        (
            lambda c: c.orders.create_order(
                portfolio_id="p",
                product_id="BTC-USD",
                side="BUY",
                type="LIMIT",
                base_quantity="1E+5000000",
                limit_price="1",
            ),
            "below 1E",
        ),
        (
            lambda c: c.orders.create_order(
                portfolio_id="p", product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="1E-5000000"
            ),
            "decimal places",
        ),
        (
            lambda c: c.orders.create_order(
                portfolio_id="p", product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="1", client_order_id=""
            ),
            "non-blank",
        ),
        (lambda c: c.orders.list_portfolio_orders(portfolio_id="p", product_ids=["x" * 10_000]), "query value"),
        (lambda c: c.orders.list_portfolio_orders(portfolio_id="p", product_ids=["x" * 4000] * 100), "at most 16,000"),
        (
            lambda c: c.orders.list_portfolio_orders(portfolio_id="p", extra_query={"a": ["y" * 4000] * 100}).collect(),
            "at most 16,000",
        ),
    ],
)
async def test_bad_input_is_refused_with_a_typed_error_before_sending(
    transport: str, call: Callable[[PrimeClient], Any], why: str
) -> None:
    with HostileServer(lambda r: ok_json()) as server:
        async with make_client(server.url, transport) as client:
            with pytest.raises(InvalidRequestError, match=why):
                result = call(client)
                if hasattr(result, "__await__"):
                    await result
        assert server.requests == []


async def test_errors_carry_their_call_whole(transport: str) -> None:
    # the fields are the constructor's, the same on every transport
    with HostileServer(
        lambda r: response(429, b'{"message":"slow down"}', {"Retry-After": "7", "x-request-id": "r-1"})
    ) as server:
        async with make_client(server.url, transport, max_retries=0) as client:
            with pytest.raises(PrimeError) as info:
                await client.orders.create_order(
                    portfolio_id="p", product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="1"
                )
    exc: Any = info.value
    assert type(exc).__name__ == "RateLimitError"
    assert (exc.operation, exc.attempts, exc.request_id, exc.retry_after) == ("CreateOrder", 1, "r-1", 7.0)
    assert exc.idempotency_key == json.loads(server.requests[0].body)["client_order_id"]
    assert str(exc) == "CreateOrder: HTTP 429: slow down (request id r-1)"
