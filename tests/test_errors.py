"""HTTP statuses, transport failures and malformed bodies become typed errors."""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest

import prime_async
from prime_async import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PrimeClient,
    PrimeError,
    RateLimitError,
)
from prime_async._retry import RetryPolicy

from .conftest import PASSPHRASE, SIGNING_KEY, RecordingServer

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (418, APIStatusError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
    ],
)
async def test_status_codes_map_to_typed_errors(
    client: Any, server: RecordingServer, status: int, error: type[APIStatusError]
) -> None:
    server.respond_json({"message": f"nope {status}", "code": "X"}, status=status, headers={"x-request-id": "req-9"})
    with pytest.raises(error) as info:
        await client.portfolios.get_portfolio(portfolio_id="p1")
    exc = info.value
    assert type(exc) is error
    assert exc.status_code == status
    assert exc.message == f"nope {status}"
    assert exc.body == {"message": f"nope {status}", "code": "X"}
    assert exc.code == "X"
    assert exc.request_id == "req-9"
    assert exc.response.status_code == status
    assert f"HTTP {status}: nope {status}" in str(exc) and "req-9" in str(exc)
    assert isinstance(exc, PrimeError)


async def test_error_body_that_is_not_json(client: Any, server: RecordingServer) -> None:
    server.reply = lambda _: (502, {"Content-Type": "text/html"}, b"<html>bad gateway</html>")
    with pytest.raises(InternalServerError) as info:
        await client.portfolios.list_portfolios()
    assert info.value.body == "<html>bad gateway</html>"
    # the body's text is the message (issue 20): a proxy's page says more than "Bad Gateway"
    assert info.value.message == "<html>bad gateway</html>"
    assert info.value.code is None and info.value.subcode is None and info.value.trace_id is None


@pytest.mark.parametrize(
    ("payload", "why"),
    [
        (b"not json", "not valid JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"portfolio": {"id": {"nested": "an object where a string belongs"}}}', "expected a string"),
        (b'{"portfolio": "a string where an object belongs"}', "expected an object for Portfolio"),
        (b'{"portfolio": {"id": "p", "name": "n", "entity_id": "e", "organization_id": "o"}, "x": 1}', None),
    ],
)
async def test_malformed_success_bodies(client: Any, server: RecordingServer, payload: bytes, why: str | None) -> None:
    server.reply = lambda _: (200, {"Content-Type": "application/json"}, payload)
    if why is None:  # the control: a well-formed body with an unknown key parses
        await client.portfolios.get_portfolio(portfolio_id="p")
        return
    with pytest.raises(APIResponseValidationError, match=why) as info:
        await client.portfolios.get_portfolio(portfolio_id="p")
    assert info.value.status_code == 200


async def test_connection_refused_is_a_connection_error() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with PrimeClient(access_key="k", passphrase="p", signing_key="s", base_url=f"http://127.0.0.1:{port}") as c:
        with pytest.raises(APIConnectionError, match="GetPortfolios: connection failed") as info:
            await c.with_options(retry=RetryPolicy(max_retries=2, initial_delay=0.01)).portfolios.list_portfolios()
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.attempts == 3 and str(info.value).endswith("after 3 attempts")
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_read_timeout_is_a_timeout_error(server: RecordingServer) -> None:
    import time

    def slow(_: Any) -> tuple[int, dict[str, str], bytes]:
        time.sleep(0.5)
        return 200, {}, b"{}"

    server.reply = slow
    async with PrimeClient(
        access_key="k", passphrase="p", signing_key="s", base_url=server.url, timeout=httpx.Timeout(0.1), max_retries=0
    ) as c:
        with pytest.raises(APITimeoutError):
            await c.portfolios.list_portfolios()


async def test_errors_never_carry_secrets(client: Any, server: RecordingServer) -> None:
    server.respond_json({"message": "invalid signature"}, status=401)
    with pytest.raises(AuthenticationError) as info:
        await client.portfolios.list_portfolios()
    exc = info.value
    texts = [str(exc), repr(exc), repr(exc.args), json.dumps(exc.body)]
    for text in texts:
        assert SIGNING_KEY not in text and PASSPHRASE not in text


def test_every_error_is_exported() -> None:
    for name in prime_async._errors.__all__:
        assert getattr(prime_async, name) is getattr(prime_async._errors, name)
