"""Credentials go only over TLS, except to this machine (issue 19, item 3).

`prime.test` resolves to 127.0.0.1 here (the resolver is patched), so these run over real loopback
sockets while the client, which decides from the name as written, sees a host that is not this
machine: what a typo'd or stray `PRIME_BASE_URL`/`PRIME_WS_URL` would name.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from prime_async import InvalidRequestError, PrimeClient

from .conftest import ACCESS_KEY, PASSPHRASE, SIGNING_KEY, TEST_HOST
from .feed_support import FAST, eventually, simulator
from .hostile import HostileServer, ok_json
from .secret_walk import find_secrets

pytestmark = pytest.mark.anyio

CREDENTIALS = {"access_key": ACCESS_KEY, "passphrase": PASSPHRASE, "signing_key": SIGNING_KEY}


@pytest.fixture
def resolving(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """TEST_HOST resolves to 127.0.0.1; the names looked up are listed."""
    real = socket.getaddrinfo
    looked_up: list[str] = []

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        looked_up.append(name)
        return real("127.0.0.1" if name == TEST_HOST else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.delenv("PRIME_BASE_URL", raising=False)
    monkeypatch.delenv("PRIME_WS_URL", raising=False)
    yield looked_up


async def test_plain_http_to_another_host_is_refused_unless_asked_for(
    transport: str, resolving: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with HostileServer(lambda r: ok_json(b'{"portfolio": {"id": "p-1", "name": "one"}}')) as server:
        url = f"http://{TEST_HOST}:{server.port}"
        with pytest.raises(ValueError, match=r"plain http:// to 'prime.test'.*passphrase.*allow_insecure_http"):
            PrimeClient(**CREDENTIALS, base_url=url, transport=transport)
        monkeypatch.setenv("PRIME_BASE_URL", url)
        with pytest.raises(ValueError, match=r"PRIME_BASE_URL .*plain http://"):
            PrimeClient(**CREDENTIALS, transport=transport)
        assert server.requests == [] and TEST_HOST not in resolving
        # the escape hatch, for one's own TLS-terminating proxy: explicit, and it works
        async with PrimeClient(**CREDENTIALS, transport=transport, rate_limit=None, allow_insecure_http=True) as client:
            assert (await client.portfolios.get_portfolio(portfolio_id="p")).portfolio.id == "p-1"
            copy = client.with_options(timeout=5)  # the copy keeps the choice
            assert (await copy.portfolios.get_portfolio(portfolio_id="p")).portfolio.id == "p-1"
        assert len(server.requests) == 2
        monkeypatch.setenv("PRIME_BASE_URL", f"http://127.0.0.1:{server.port}")  # a simulator: fine
        async with PrimeClient(**CREDENTIALS, transport=transport, rate_limit=None) as client:
            await client.portfolios.get_portfolio(portfolio_id="p")
        assert len(server.requests) == 3


@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_a_url_with_userinfo_is_refused_and_never_shown(transport: str, scheme: str) -> None:
    with HostileServer(lambda r: ok_json()) as server:
        for allow in (False, True):
            with pytest.raises(ValueError, match="user name or password") as info:
                PrimeClient(
                    **CREDENTIALS, base_url=f"{scheme}://bot:hunter2@127.0.0.1:{server.port}",
                    transport=transport, allow_insecure_http=allow,
                )  # fmt: skip
            assert "hunter2" not in str(info.value) and "bot:" not in str(info.value)
            assert not find_secrets([info.value], ["hunter2"])  # nor in the frames' locals
        assert server.requests == []  # used to go out with Authorization: Basic


async def test_a_plain_ws_feed_to_another_host_is_refused_unless_asked_for(
    resolving: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = simulator()
    async with sim.serve():
        assert sim.ws_url is not None
        port = sim.ws_url.rsplit(":", 1)[1].split("/")[0]
        url = f"ws://{TEST_HOST}:{port}"
        client = PrimeClient(credentials=sim.credentials, base_url="http://127.0.0.1:9")
        with pytest.raises(InvalidRequestError, match=r"plain ws:// to 'prime.test'.*allow_insecure_http"):
            client.feed(url)
        monkeypatch.setenv("PRIME_WS_URL", url)
        with pytest.raises(InvalidRequestError, match=r"PRIME_WS_URL .*plain ws://"):
            client.feed()
        with pytest.raises(InvalidRequestError, match="user name or password") as info:
            client.feed(f"wss://bot:hunter2@{TEST_HOST}:{port}")
        assert "hunter2" not in str(info.value)
        assert not find_secrets([info.value], ["hunter2"])
        assert TEST_HOST not in resolving
        monkeypatch.delenv("PRIME_WS_URL")
        # the escape hatch: the feed connects and subscribes
        hatch = PrimeClient(credentials=sim.credentials, base_url="http://127.0.0.1:9", allow_insecure_http=True)
        async with hatch.feed(url, **FAST) as feed:
            stream = feed.heartbeats()
            await eventually(lambda: TEST_HOST in resolving, "the feed's connection")
            async for _ in stream:
                break
