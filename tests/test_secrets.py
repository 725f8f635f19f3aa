"""No object the library hands out leads to a credential (issue 19, items 1-3).

Every failure path the client has (a bad status line, a reset after the request was read, a
timeout, a TLS failure, a redirect, 4xx and 5xx, a malformed body, a cancellation), on every
transport and event loop, over real loopback sockets: the error, its whole chain, its traceback's
frame locals and every `RequestEvent` the hooks received are walked (tests/secret_walk.py) for the
passphrase, the signing key and every signature the server received.
"""

from __future__ import annotations

import json
import ssl
from pathlib import Path
from typing import Any

import anyio
import pytest

from prime_async import PrimeError, RequestEvent

from .conftest import MARKET_ORDER, PASSPHRASE, SIGNING_KEY, make_client
from .hostile import HostileServer, Request, drip, ok_json, response
from .secret_walk import find_secrets, reported_with_locals

pytestmark = pytest.mark.anyio

PORTFOLIO = {"portfolio": {"id": "p-1", "name": "one"}}

# the path's last part says what the server does
KINDS = ("badstatus", "drop", "slow", "redirect", "400", "500", "notjson", "garbage", "ok")


def _script(request: Request) -> Any:
    kind = request.path.rsplit("/", 1)[-1]
    if request.method == "POST":  # a create: the portfolio id says what happens
        kind = request.path.split("/portfolios/", 1)[-1].split("/", 1)[0]
    if kind == "badstatus":  # a broken proxy's answer: a head that is not HTTP
        return lambda conn: conn.sendall(b"HTTP/1.1 OK WHAT\r\nX: y\r\n\r\n")
    if kind == "drop":  # read, then reset
        return None
    if kind == "slow":
        return drip(b"HTTP/1.1 200 OK\r\n", 0.2, limit=3)
    if kind == "redirect":
        return response(307, b"", {"Location": "http://127.0.0.1:1/elsewhere"})
    if kind == "400":
        return response(400, b'{"message":"bad"}')
    if kind == "500":
        return response(500, b'{"message":"boom"}')
    if kind == "notjson":
        return ok_json(b"{not json")
    if kind == "garbage":
        return ok_json(b'{"portfolio": {"id": 5, "name": {"x": 1}}}')
    return ok_json(json.dumps(PORTFOLIO).encode())


def _secrets(server: HostileServer) -> list[str]:
    signatures = [r.headers.get("x-cb-access-signature", "") for r in server.requests]
    return [PASSPHRASE, SIGNING_KEY, *[s for s in signatures if s]]


async def test_no_error_or_event_from_any_failure_leads_to_a_credential(transport: str) -> None:
    events: list[RequestEvent] = []
    handed_out: list[Any] = []
    with HostileServer(_script) as server:
        async with make_client(
            server.url, transport, max_retries=0, timeout=0.5, event_hooks=[events.append]
        ) as client:
            for kind in KINDS:
                try:
                    handed_out.append(await client.portfolios.get_portfolio(portfolio_id=kind))
                except PrimeError as exc:
                    handed_out.append(exc)
            handed_out.append(await client.with_raw_response.portfolios.get_portfolio(portfolio_id="ok"))
            # the caller's own timeout cancels a call mid-read
            try:
                with anyio.fail_after(0.3):
                    await client.portfolios.get_portfolio(portfolio_id="slow")
            except TimeoutError as exc:
                handed_out.append(exc)
            # creates whose outcome is unknown: reset after reading, a bad status line, cancelled
            for kind in ("drop", "badstatus"):
                with pytest.raises(PrimeError) as info:
                    await client.orders.create_order(**{**MARKET_ORDER, "portfolio_id": kind})
                handed_out.append(info.value)
            try:
                with anyio.fail_after(0.3):
                    await client.orders.create_order(**{**MARKET_ORDER, "portfolio_id": "slow"})
            except TimeoutError as exc:
                handed_out.append(exc)
            unresolved = list(client.unresolved)
        secrets = _secrets(server)
    assert len(secrets) > 5  # the signatures the server received are looked for too
    assert sum(isinstance(x, BaseException) for x in handed_out) == 12
    assert len(events) >= 12
    assert len(unresolved) == 3
    found = find_secrets([*handed_out, *events, *unresolved], secrets)
    assert not found, "a credential is reachable:\n" + "\n".join(found[:20])


async def test_a_tls_failure_and_a_refused_connection_lead_to_no_credential(
    transport: str, certificate: tuple[Path, Path]
) -> None:
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    events: list[RequestEvent] = []
    errors: list[BaseException] = []
    with HostileServer(_script, ssl_context=context) as server:  # a certificate the client does not trust
        async with make_client(server.url, transport, max_retries=0, event_hooks=[events.append]) as client:
            with pytest.raises(PrimeError) as info:
                await client.portfolios.get_portfolio(portfolio_id="ok")
            errors.append(info.value)
    import socket

    with socket.socket() as bound:  # bound, never listening: refused
        bound.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{bound.getsockname()[1]}"
        async with make_client(url, transport, max_retries=0, event_hooks=[events.append]) as client:
            with pytest.raises(PrimeError) as info:
                await client.portfolios.get_portfolio(portfolio_id="ok")
            errors.append(info.value)
    assert len(events) == 2
    found = find_secrets([*errors, *events], [PASSPHRASE, SIGNING_KEY])
    assert not found, "a credential is reachable:\n" + "\n".join(found[:20])


def test_the_walk_finds_a_secret_wherever_it_is_reachable() -> None:
    # the walk itself must be able to fail: a secret down a chain, in a header mapping, in bytes,
    # in a traceback's frame locals; a Secret (masked) is allowed
    from prime_async._credentials import Secret

    namespace: dict[str, Any] = {}  # a function whose frame is not a test's (those are not walked)
    exec(compile("def raising(headers):\n    raise ValueError('x')\n", "/library/fake.py", "exec"), namespace)
    try:
        namespace["raising"]({"X-CB-ACCESS-PASSPHRASE": PASSPHRASE})
    except ValueError as exc:
        in_frame = exc
    chained = RuntimeError("outer")
    chained.__context__ = KeyError(("headers", [(b"x", PASSPHRASE.encode())]))
    assert find_secrets([in_frame], [PASSPHRASE])
    assert find_secrets([chained], [PASSPHRASE])
    assert find_secrets([{"a": [SIGNING_KEY]}], [SIGNING_KEY])
    assert not find_secrets([{"a": Secret(PASSPHRASE)}], [PASSPHRASE])


async def test_a_callers_own_httpx_client_hands_out_no_credential(anyio_backend: str) -> None:
    import httpx

    from prime_async import PrimeClient

    from .conftest import ACCESS_KEY

    events: list[RequestEvent] = []
    handed_out: list[Any] = []
    with HostileServer(_script) as server:
        async with httpx.AsyncClient(timeout=0.5) as http:
            client = PrimeClient(
                access_key=ACCESS_KEY, passphrase=PASSPHRASE, signing_key=SIGNING_KEY, base_url=server.url,
                http_client=http, rate_limit=None, max_retries=0, event_hooks=[events.append],
            )  # fmt: skip
            for kind in KINDS:
                try:
                    handed_out.append(await client.portfolios.get_portfolio(portfolio_id=kind))
                except PrimeError as exc:
                    handed_out.append(exc)
        secrets = _secrets(server)
    assert sum(isinstance(x, BaseException) for x in handed_out) == 8
    found = find_secrets([*handed_out, *events], secrets)
    assert not found, "a credential is reachable:\n" + "\n".join(found[:20])


# -- item 2: no frame holds a credential in clear; bounds on what a credential may be -----------


@pytest.mark.parametrize(
    ("options", "why"),
    [
        ({"base_url": "not a url at all"}, "base_url"),
        ({"timeout": float("nan")}, "timeout"),
        ({"passphrase": PASSPHRASE + "\u200b"}, "U\\+200B"),
        ({"signing_key": SIGNING_KEY + "\u2028x"}, "U\\+2028"),
        ({"passphrase": PASSPHRASE * 500_000}, "at most 1,024"),
        ({"portfolio_id": "p-1\r\nX-Injected: 1"}, "line break"),
        ({"entity_id": "e\n"}, "line break"),
    ],
)
def test_a_sync_client_failing_to_build_shows_no_credential_in_its_frames(options: dict[str, Any], why: str) -> None:
    from prime_async.sync import SyncPrimeClient

    from .conftest import ACCESS_KEY

    credentials = {"access_key": ACCESS_KEY, "passphrase": PASSPHRASE, "signing_key": SIGNING_KEY}
    with pytest.raises(ValueError, match=why) as info:
        SyncPrimeClient(**{**credentials, "base_url": "http://127.0.0.1:9", **options})
    text = reported_with_locals(info.value)  # used to crash on the half-built SyncPrimeClient's repr
    assert "SyncPrimeClient(<not built>)" in text or "self =" not in text
    assert PASSPHRASE not in text and SIGNING_KEY not in text
    assert not find_secrets([info.value], [PASSPHRASE, SIGNING_KEY])
    assert len(str(info.value)) < 600  # a 10 MiB passphrase is not echoed, nor a part of it


def test_credentials_replace_masks_the_new_values_and_checks_them() -> None:
    from prime_async import Credentials, CredentialsError

    from .conftest import ACCESS_KEY

    credentials = Credentials(ACCESS_KEY, PASSPHRASE, SIGNING_KEY)
    fresh = credentials.replace(passphrase="another-passphrase-1", portfolio_id="p-2")
    assert fresh.passphrase == "another-passphrase-1" and fresh.portfolio_id == "p-2"
    assert fresh.signing_key == SIGNING_KEY and fresh.access_key == ACCESS_KEY
    assert "another-passphrase-1" not in repr(fresh)
    bad = "bad-passphrase-SECRET \t"
    with pytest.raises(CredentialsError, match="whitespace") as info:
        credentials.replace(passphrase=bad)
    assert "bad-passphrase-SECRET" not in reported_with_locals(info.value)
    assert not find_secrets([info.value], ["bad-passphrase-SECRET", SIGNING_KEY])
    with pytest.raises(TypeError, match="nonsense"):
        credentials.replace(nonsense=1)


@pytest.mark.parametrize("value", [["a-secret-in-a-list-XYZ"], {"k": "a-secret-in-a-list-XYZ"}, 12345678901])
def test_a_prime_credentials_json_with_a_non_string_passphrase_is_refused_masked(value: Any) -> None:
    from prime_async import Credentials, CredentialsError

    from .conftest import ACCESS_KEY

    raw = json.dumps({"accessKey": ACCESS_KEY, "passphrase": value, "signingKey": SIGNING_KEY})
    with pytest.raises(CredentialsError, match="passphrase must be a string") as info:
        Credentials.from_env({"PRIME_CREDENTIALS": raw})
    text = reported_with_locals(info.value)
    assert "a-secret-in-a-list-XYZ" not in text and "12345678901" not in text and SIGNING_KEY not in text


def test_ids_with_a_line_break_are_refused_before_sending() -> None:
    from prime_async import Credentials, CredentialsError, InvalidRequestError

    from .conftest import ACCESS_KEY

    for name in ("portfolio_id", "entity_id", "svc_account_id"):
        with pytest.raises(CredentialsError, match=name):
            Credentials(ACCESS_KEY, PASSPHRASE, SIGNING_KEY, **{name: "x\r\nInjected: 1"})
    with HostileServer(_script) as server:
        client = make_client(server.url, "httpx")

        async def call() -> None:
            async with client:
                for bad in ("p\r\nX: y", "p\u200b", "p\x00"):
                    with pytest.raises(InvalidRequestError, match="line break"):
                        await client.portfolios.get_portfolio(portfolio_id=bad)

        anyio.run(call)
        assert server.requests == []


def test_a_sync_clients_errors_lead_to_no_credential() -> None:
    from prime_async.sync import SyncPrimeClient

    from .conftest import ACCESS_KEY

    events: list[RequestEvent] = []
    handed_out: list[Any] = []
    with HostileServer(_script) as server:
        with SyncPrimeClient(
            access_key=ACCESS_KEY, passphrase=PASSPHRASE, signing_key=SIGNING_KEY, base_url=server.url,
            rate_limit=None, max_retries=0, timeout=0.5, event_hooks=[events.append],
        ) as client:  # fmt: skip
            for kind in ("badstatus", "drop", "slow", "500"):
                with pytest.raises(PrimeError) as info:
                    client.portfolios.get_portfolio(portfolio_id=kind)
                handed_out.append(info.value)
            with pytest.raises(PrimeError) as info:
                client.orders.create_order(**{**MARKET_ORDER, "portfolio_id": "drop"})
            handed_out.append(info.value)
            unresolved = list(client.unresolved)
        secrets = _secrets(server)
    assert len(unresolved) == 1 and len(events) == 5
    found = find_secrets([*handed_out, *events, *unresolved], secrets)
    assert not found, "a credential is reachable:\n" + "\n".join(found[:20])


async def test_the_feeds_errors_lead_to_no_credential(anyio_backend: str) -> None:
    # a refused subscribe (a wrong signing key), and a handshake answered with garbage
    from prime_async import FeedAuthenticationError, FeedConnectionError

    from .feed_support import FAST, feed_for, first, simulator

    sim = simulator()
    wrong = sim.credentials.replace(signing_key="not-the-signing-key-XYZ")
    errors: list[BaseException] = []
    async with feed_for(sim, credentials=wrong) as (_, feed):
        with pytest.raises(FeedAuthenticationError) as refused:
            await first(feed.order_book("BTC-USD"), lambda b: True)
        errors.append(refused.value)
    with HostileServer(lambda r: b"HTTP/1.1 OK WHAT\r\n\r\n") as server:
        url = server.url.replace("http://", "ws://")
        async with make_client("http://127.0.0.1:9", credentials=sim.credentials).feed(
            url, **{**FAST, "initial_connect_timeout": 0.5}
        ) as garbage:
            with pytest.raises(FeedConnectionError) as failed:
                await first(garbage.order_book("BTC-USD"), lambda b: True)
            errors.append(failed.value)
    secrets = [sim.credentials.passphrase, sim.credentials.signing_key, "not-the-signing-key-XYZ"]
    found = find_secrets(errors, [str.__str__(s) for s in secrets])
    assert not found, "a credential is reachable:\n" + "\n".join(found[:20])


@pytest.mark.parametrize(
    ("url", "options"),
    [("ws://evil.example", {}), ("wss://u:pw-SECRET@127.0.0.1:1", {}), ("ws://127.0.0.1:1", {"heartbeat_timeout": -1})],
)
def test_a_feed_failing_to_build_can_be_reported_with_its_locals(url: str, options: dict[str, Any]) -> None:
    # its half-built self in the frame: the repr a crash reporter calls used to raise AttributeError
    from prime_async import Credentials, PrimeClient

    from .conftest import ACCESS_KEY

    client = PrimeClient(
        credentials=Credentials(ACCESS_KEY, PASSPHRASE, SIGNING_KEY, svc_account_id="svc-1"),
        base_url="http://127.0.0.1:9",
    )
    with pytest.raises(ValueError) as info:
        client.feed(url, **options)
    text = reported_with_locals(info.value)
    assert "<Feed (not built)>" in text
    assert PASSPHRASE not in text and "pw-SECRET" not in text
