"""Client construction, credentials from the environment, lifecycle, and secrets kept out of sight."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from prime_async import Credentials, CredentialsError, InternalServerError, PrimeClient, PrimeError

from .conftest import ACCESS_KEY, PASSPHRASE, SIGNING_KEY, RecordingServer
from .hostile import HostileServer, response

pytestmark = pytest.mark.anyio

ENV_KEYS = (
    "PRIME_ACCESS_KEY",
    "PRIME_PASSPHRASE",
    "PRIME_SIGNING_KEY",
    "PRIME_CREDENTIALS",
    "PRIME_PORTFOLIO_ID",
    "PRIME_ENTITY_ID",
)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    return monkeypatch


async def test_from_env_reads_the_three_variables(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("PRIME_ACCESS_KEY", "ak")
    clean_env.setenv("PRIME_PASSPHRASE", "pp")
    clean_env.setenv("PRIME_SIGNING_KEY", "sk")
    clean_env.setenv("PRIME_PORTFOLIO_ID", "port-1")
    async with PrimeClient.from_env(base_url="http://127.0.0.1:1") as client:
        assert client.credentials == Credentials("ak", "pp", "sk", portfolio_id="port-1")
        assert client.portfolio_id == "port-1"
        assert client.base_url == "http://127.0.0.1:1"


async def test_from_env_reads_prime_sdk_json(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv(
        "PRIME_CREDENTIALS",
        json.dumps({"accessKey": "ak", "passphrase": "pp", "signingKey": "sk", "portfolioId": "p1", "entityId": "e1"}),
    )
    async with PrimeClient.from_env() as client:
        assert client.credentials == Credentials("ak", "pp", "sk", portfolio_id="p1", entity_id="e1")
        assert client.entity_id == "e1"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "no Prime credentials"),
        ({"PRIME_ACCESS_KEY": "ak"}, "PRIME_PASSPHRASE, PRIME_SIGNING_KEY not set (the other PRIME_* keys are set)"),
        ({"PRIME_CREDENTIALS": "{not json"}, "not valid JSON"),
        ({"PRIME_CREDENTIALS": '{"accessKey": "a"}'}, "passphrase, signingKey not set in PRIME_CREDENTIALS"),
        ({"PRIME_CREDENTIALS": "[1]"}, "must be a JSON object"),
    ],
)
def test_from_env_explains_what_is_missing(clean_env: pytest.MonkeyPatch, env: dict[str, str], message: str) -> None:
    for key, value in env.items():
        clean_env.setenv(key, value)
    with pytest.raises(CredentialsError, match=re.escape(message)):
        PrimeClient.from_env()


@pytest.mark.parametrize("make", [PrimeClient, PrimeClient.from_env])
def test_missing_credentials_name_the_way_to_run_without_an_account(
    clean_env: pytest.MonkeyPatch, make: Callable[[], PrimeClient]
) -> None:
    with pytest.raises(CredentialsError) as info:
        make()
    assert "No Prime account? Run against a local simulator: `prime-async sim serve --env > sim.env`" in str(info.value)
    assert type(info.value).__module__ == "prime_async"  # what a traceback shows: prime_async.CredentialsError


def test_empty_credentials_are_rejected() -> None:
    with pytest.raises(CredentialsError, match="signing_key"):
        PrimeClient(access_key="a", passphrase="p", signing_key="")


async def test_repr_hides_secrets() -> None:
    async with PrimeClient(access_key=ACCESS_KEY, passphrase=PASSPHRASE, signing_key=SIGNING_KEY) as client:
        for text in (repr(client), str(client), repr(client.credentials), repr(client.orders)):
            assert PASSPHRASE not in text and SIGNING_KEY not in text
            assert ACCESS_KEY not in text  # only a prefix of the access key is shown
        assert "test…" in repr(client.credentials)


async def test_debug_logging_never_shows_secrets(
    client: Any, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.respond_json({"portfolio": {"id": "p1"}})
    with caplog.at_level(logging.DEBUG):  # every logger, httpx and httpcore included
        await client.portfolios.get_portfolio(portfolio_id="p1")
        server.respond_json({"message": "boom"}, status=500)
        with pytest.raises(InternalServerError):
            await client.portfolios.get_portfolio(portfolio_id="p1")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "/v1/portfolios/p1" in logged
    assert PASSPHRASE not in logged and SIGNING_KEY not in logged


async def test_callers_http_client_is_used_and_left_open(server: RecordingServer) -> None:
    seen: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request)

    async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
        async with PrimeClient(
            access_key="a", passphrase="p", signing_key="s", base_url=server.url, http_client=http
        ) as client:
            await client.portfolios.list_portfolios()
        assert not http.is_closed
        assert len(seen) == 1 and seen[0].headers["x-cb-access-key"] == "a"


async def test_own_http_client_is_closed_on_exit() -> None:
    async with PrimeClient(access_key="a", passphrase="p", signing_key="s") as client:
        http = client.http_client
    assert http.is_closed


async def test_endpoints_are_bound_coroutine_functions() -> None:
    import inspect

    async with PrimeClient(access_key="a", passphrase="p", signing_key="s") as client:
        assert inspect.iscoroutinefunction(client.orders.create_order)
        signature = inspect.signature(client.orders.create_order)
        assert signature.parameters["portfolio_id"].kind is inspect.Parameter.KEYWORD_ONLY
        assert signature.parameters["product_id"].default is inspect.Parameter.empty
        assert signature.parameters["client_order_id"].default is None  # filled in when left out
        assert "Create Order" in (client.orders.create_order.__doc__ or "")


async def test_proxies_from_the_environment_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    # every transport reads the environment's proxies once and honours no_proxy; the 'proxy'
    # records each request and answers 502
    with HostileServer(lambda r: response(502, b"", {"Connection": "close"}, "Bad Gateway")) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "bypassed.example")
        monkeypatch.delenv("no_proxy", raising=False)
        async with PrimeClient(access_key="a", passphrase="p", signing_key="s", max_retries=0) as client:
            with pytest.raises(PrimeError):
                await client.portfolios.list_portfolios()
        lines = [f"{r.method} {r.target} {r.version}" for r in proxy.requests]
        assert lines == ["CONNECT api.prime.coinbase.com:443 HTTP/1.1"]
        async with PrimeClient(
            access_key="a", passphrase="p", signing_key="s", max_retries=0, base_url="https://bypassed.example"
        ) as client:
            with pytest.raises(PrimeError):
                await client.portfolios.list_portfolios()
        assert len(proxy.requests) == 1  # no_proxy: straight to the host (which does not resolve here)
