"""One trust store on every transport: `SSL_CERT_FILE` and `SSL_CERT_DIR` are honoured by the
httpx transport as by aiohttp and the feed (issue 19, item 12).

Each check runs in a child process: aiohttp makes its default TLS context once per process, so
the variables must be set before anything in it makes one. The server is a loopback HTTPS server
whose self-signed certificate only the variable's file (or directory) trusts.
"""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ACCESS_KEY, PASSPHRASE, SIGNING_KEY
from .hostile import HostileServer, ok_json

CHILD = """
import sys
import anyio
from prime_async import PrimeClient, APIConnectionError

async def call(url: str, transport: str) -> str:
    async with PrimeClient(access_key=sys.argv[2], passphrase=sys.argv[3], signing_key=sys.argv[4],
                           base_url=url, transport=transport, rate_limit=None, max_retries=0) as client:
        try:
            await client.portfolios.get_portfolio(portfolio_id="p")
        except APIConnectionError as exc:
            return "refused: " + str(exc)[:200]
        return "ok"

url = sys.argv[1]
print("asyncio-aiohttp", anyio.run(call, url, "aiohttp"))
print("asyncio-httpx", anyio.run(call, url, "httpx"))
print("trio-httpx", anyio.run(call, url, "httpx", backend="trio"))
"""

BODY = b'{"portfolio": {"id": "p-1", "name": "one"}}'


def _run(url: str, env: dict[str, str]) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, url, ACCESS_KEY, PASSPHRASE, SIGNING_KEY],
        env={**clean, **env, "NO_PROXY": "*"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return dict(line.split(" ", 1) for line in result.stdout.splitlines())


@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "SSL_CERT_DIR"])
def test_every_transport_trusts_what_the_environment_names(
    certificate: tuple[Path, Path], tmp_path: Path, variable: str
) -> None:
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    if variable == "SSL_CERT_DIR":  # a hashed directory, as OpenSSL reads one
        digest = subprocess.run(
            ["openssl", "x509", "-hash", "-noout", "-in", str(cert)], capture_output=True, text=True, check=True
        ).stdout.strip()
        (tmp_path / f"{digest}.0").write_bytes(cert.read_bytes())
        value = str(tmp_path)
    else:
        value = str(cert)
    with HostileServer(lambda r: ok_json(BODY), ssl_context=context) as server:
        untrusted = _run(server.url, {})
        trusted = _run(server.url, {variable: value})
    assert all(v.startswith("refused") for v in untrusted.values()), untrusted  # the test's CA is no default
    assert trusted == {"asyncio-aiohttp": "ok", "asyncio-httpx": "ok", "trio-httpx": "ok"}, trusted
