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

from .conftest import PASSPHRASE, SIGNING_KEY, make_client
from .hostile import HostileServer, Request, drip, ok_json, response
from .secret_walk import find_secrets

pytestmark = pytest.mark.anyio

PORTFOLIO = {"portfolio": {"id": "p-1", "name": "one"}}

# the path's last part says what the server does
KINDS = ("badstatus", "drop", "slow", "redirect", "400", "500", "notjson", "garbage", "ok")


def _script(request: Request) -> Any:
    kind = request.path.rsplit("/", 1)[-1]
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
        secrets = _secrets(server)
    assert len(secrets) > 5  # the signatures the server received are looked for too
    assert sum(isinstance(x, BaseException) for x in handed_out) == 9
    assert len(events) >= 9
    found = find_secrets([*handed_out, *events], secrets)
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
