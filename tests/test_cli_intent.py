"""`prime-async call`: writes need intent on real Prime (#22 item 6).

A call that changes something, sent to a base URL that is not loopback, is asked about on a
terminal and refused without one unless `--yes`; `--dry-run` prints the request and sends
nothing. "Not loopback, yet served here": the command runs in a child where `prime.test` resolves
to 127.0.0.1 and the test certificate is trusted (`resolving`), and every other name resolves
nowhere, each lookup written down, so "nothing was attempted" is seen, not assumed.
"""

from __future__ import annotations

import io
import json
import os
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from prime_async import ROUTES
from prime_async._loopback import is_loopback
from prime_async.cli import main

from .conftest import TEST_HOST, RecordingServer, make_client
from .hostile import HostileServer, Request, ok_json
from .terminal import on_terminal
from .test_cli import SIM_CREDENTIALS

ORDER = ["product_id=BTC-USD", "side=BUY", "type=MARKET", "base_quantity=0.01"]
ENV = {**SIM_CREDENTIALS, "PRIME_PORTFOLIO_ID": "p-1"}
PROXIES = {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"}
BOUND = 60  # seconds any one child may take

# The child: `TEST_HOSTS` names resolve to 127.0.0.1, any other name nowhere; each lookup is
# appended to the file `TEST_LOOKUPS`; the test certificate is the one CA (aiohttp reads
# SSL_CERT_FILE, httpx's transport certifi's file).
RESOLVING = """
import os, socket, sys
import certifi
real = socket.getaddrinfo
hosts = set(os.environ["TEST_HOSTS"].split(","))
def getaddrinfo(host, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else str(host)
    with open(os.environ["TEST_LOOKUPS"], "a") as log:
        log.write(name + "\\n")
    if name in hosts or name == "127.0.0.1":
        return real("127.0.0.1", *args, **kwargs)
    raise socket.gaierror(socket.EAI_NONAME, "resolves nowhere (test)")
socket.getaddrinfo = getaddrinfo
certifi.where = lambda: os.environ["SSL_CERT_FILE"]
from prime_async.cli import main
sys.exit(main(sys.argv[1:]))
"""


class Child:
    """How to run the command in the resolving child, and what it looked up."""

    def __init__(self, tmp_path: Path, cert: Path) -> None:
        self.lookups_file = tmp_path / "lookups"
        self.lookups_file.touch()
        self.env = {k: v for k, v in ENV.items() if k not in PROXIES}
        self.env.update(
            TEST_HOSTS=TEST_HOST, TEST_LOOKUPS=str(self.lookups_file), SSL_CERT_FILE=str(cert), NO_PROXY="*"
        )
        self.env["PRIME_TRANSPORT"] = os.environ.get("PRIME_TRANSPORT", "auto")  # pytest --transport

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-c", RESOLVING, *args]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.argv(*args), stdin=subprocess.DEVNULL, capture_output=True, text=True, env=self.env, timeout=BOUND
        )

    @property
    def lookups(self) -> list[str]:
        return self.lookups_file.read_text().split()


@pytest.fixture
def child(tmp_path: Path, certificate: tuple[Path, Path]) -> Child:
    return Child(tmp_path, certificate[0])


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[HostileServer]:
    """An HTTPS server on 127.0.0.1 that records each request and accepts any order."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)

    def answer(request: Request) -> bytes:
        return ok_json(json.dumps({"order_id": "o-1"}).encode())

    with HostileServer(answer, ssl_context=context) as server:
        yield server


def test_loopback_is_decided_by_the_url_alone() -> None:
    for url in ("http://127.0.0.1:8080", "http://127.8.9.1", "http://[::1]:1", "http://localhost:5",
                "http://LOCALHOST.", "http://[::ffff:127.0.0.1]:9"):  # fmt: skip
        assert is_loopback(httpx.URL(url).host), url
    for url in ("https://api.prime.coinbase.com", f"https://{TEST_HOST}:1", "http://10.0.0.1",
                "http://127.0.0.1.example.com", "http://localhost.example.com", "http://[::2]"):  # fmt: skip
        assert not is_loopback(httpx.URL(url).host), url
    assert not is_loopback(None) and not is_loopback("")


# -- --dry-run ---------------------------------------------------------------------------------


def test_dry_run_to_a_loopback_server_sends_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    with HostileServer(lambda request: ok_json()) as server:
        assert main(["call", "CreateOrder", *ORDER, "--base-url", server.url, "--dry-run"]) == 0
        out, err = capsys.readouterr()
        assert server.requests == [] and server.connections == 0
    head, _, body = out.partition("\n\n")
    lines = head.splitlines()
    assert lines[0] == f"POST {server.url}/v1/portfolios/p-1/order"
    headers = dict(line.split(": ", 1) for line in lines[1:])
    assert headers["x-cb-access-key"] == ENV["PRIME_ACCESS_KEY"]
    assert headers["x-cb-access-passphrase"] == headers["x-cb-access-signature"] == "***"
    assert headers["x-cb-access-timestamp"].isdigit() and headers["content-type"] == "application/json"
    sent = json.loads(body)
    # the idempotency value the client fills in is there, as it would be sent
    assert sent["client_order_id"] and sent["product_id"] == "BTC-USD" and sent["base_quantity"] == "0.01"
    assert headers["content-length"] == str(len(body.strip().encode()))
    assert "not sent" in err
    for secret in (ENV["PRIME_PASSPHRASE"], ENV["PRIME_SIGNING_KEY"]):
        assert secret not in out + err


def test_dry_run_prints_what_the_client_would_send(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The dry run's request is the real one: sent with --yes to a recording server, the same
    method, path, headers (but the time and signature) and body arrive, given the same idempotency value."""
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    args = ["call", "CreateOrder", *ORDER, "client_order_id=c-1", "--yes"]
    with HostileServer(lambda request: ok_json(b'{"order_id": "o-1"}')) as server:
        assert main([*args, "--base-url", server.url, "--dry-run"]) == 0
        shown = capsys.readouterr().out
        assert main([*args, "--base-url", server.url]) == 0
        (sent,) = server.requests
    head, _, body = shown.partition("\n\n")
    lines = head.splitlines()
    assert lines[0] == f"{sent.method} {server.url}{sent.target}"
    unsigned = {"x-cb-access-passphrase", "x-cb-access-signature", "x-cb-access-timestamp"}
    shown_headers = {k: v for k, v in (line.split(": ", 1) for line in lines[1:]) if k not in unsigned}
    assert shown_headers == {k: v for k, v in sent.headers.items() if k not in unsigned}
    assert body.strip().encode() == sent.body


def test_dry_run_to_a_host_that_resolves_nowhere_attempts_nothing(child: Child) -> None:
    done = child.run("call", "CreateOrder", *ORDER, "--base-url", "https://prime.invalid", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("POST https://prime.invalid/v1/portfolios/p-1/order\n")
    assert child.lookups == []  # not even a name lookup
    # and the same child does look names up when it sends (so the empty list means something)
    sent = child.run("call", "CreateOrder", *ORDER, "--base-url", "https://prime.invalid", "--yes")
    assert sent.returncode == 1 and "prime.invalid" in child.lookups, sent.stderr


def test_dry_run_on_the_simulator_and_of_a_paginated_call(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["call", "GetOrders", "--sim", "--all", "--dry-run", "limit=2", "order_statuses=OPEN,FILLED"]) == 0
    out, err = capsys.readouterr()
    assert (
        out.startswith("GET http://127.0.0.1:") and "/orders?limit=2&order_statuses=OPEN&order_statuses=FILLED\n" in out
    )
    assert "the first page's" in err


# -- confirmation ------------------------------------------------------------------------------


def test_a_change_off_loopback_without_a_terminal_is_refused_naming_yes(
    child: Child, tls_server: HostileServer
) -> None:
    url = f"https://{TEST_HOST}:{tls_server.port}"
    done = child.run("call", "CreateOrder", *ORDER, "--base-url", url)
    assert done.returncode == 2 and "--yes" in done.stderr and "stdin is not a terminal" in done.stderr
    assert "\n" not in done.stderr.strip() and "Traceback" not in done.stderr
    assert ENV["PRIME_PASSPHRASE"] not in done.stderr and ENV["PRIME_SIGNING_KEY"] not in done.stderr
    assert tls_server.connections == 0 and child.lookups == []
    # a read needs no intent; --yes sends the change, over TLS to a name that is not loopback
    assert child.run("call", "GetPortfolios", "--base-url", url).returncode == 0
    yes = child.run("call", "CreateOrder", *ORDER, "--base-url", url, "--yes")
    assert yes.returncode == 0, yes.stderr
    assert json.loads(yes.stdout)["order_id"] == "o-1"
    assert [r.method for r in tls_server.requests] == ["GET", "POST"]


@pytest.mark.parametrize("args", [["--sim"], []])
def test_the_simulator_and_loopback_need_no_confirmation(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal
    with HostileServer(lambda request: ok_json(b'{"order_id": "o-1"}')) as server:
        base = args or ["--base-url", server.url]
        assert main(["call", "CreateOrder", *ORDER, *base]) == 0
        assert json.loads(capsys.readouterr().out)["order_id"]
        assert len(server.requests) == (0 if args else 1)


@pytest.mark.parametrize("answer", [b"y", b"N", b""])
def test_on_a_terminal_a_change_is_asked_about(answer: bytes, child: Child, tls_server: HostileServer) -> None:
    url = f"https://{TEST_HOST}:{tls_server.port}"
    status, shown, out = on_terminal(child.argv("call", "CreateOrder", *ORDER, "--base-url", url), child.env, answer)
    assert f"Place this order on {url}? [y/N]" in shown
    before = shown.split("Place this order")[0].strip().splitlines()
    assert before[0] == f"POST {url}/v1/portfolios/p-1/order"  # what it would send, then the question
    shown_body = json.loads(before[1])
    assert "***" not in shown and ENV["PRIME_PASSPHRASE"] not in shown  # no headers in the summary
    if answer == b"y":
        assert status == 0 and json.loads(out)["order_id"] == "o-1"
        (sent,) = tls_server.requests
        assert json.loads(sent.body) == shown_body  # the idempotency value shown is the one sent
    else:
        assert status == 1 and "not sent" in shown and out == ""
        assert tls_server.connections == 0 and child.lookups == []


def test_each_family_is_asked_about_in_its_own_words(child: Child, tls_server: HostileServer) -> None:
    url = f"https://{TEST_HOST}:{tls_server.port}"
    withdrawal = ["wallet_id=w-1", "amount=1", "destination_type=DESTINATION_BLOCKCHAIN", "currency_symbol=ETH"]
    asked = {
        ("CreateWalletWithdrawal", *withdrawal): f"Send this withdrawal on {url}? [y/N]",
        ("CancelOrder", "order_id=o-1"): f"Cancel this order on {url}? [y/N]",
        ("CreateAllocation", "allocation_id=a-1"): f"Send POST /v1/allocations to {url}? [y/N]",
    }
    for args, question in asked.items():
        status, shown, _ = on_terminal(child.argv("call", *args, "--base-url", url), child.env, b"n")
        assert question in shown and status == 1, shown
    assert tls_server.connections == 0


# -- Pipeline.preview, what --dry-run prints --------------------------------------------------


@pytest.mark.anyio
async def test_preview_is_the_request_the_client_sends(server: RecordingServer, transport: str) -> None:
    """Built and signed by the client's own code, nothing sent; the call given its idempotency
    value sends that very request (headers but the time and signature), on every transport."""
    server.respond_json({"order_id": "o-1"})
    kwargs = {"portfolio_id": "p-1", "product_id": "BTC-USD", "side": "BUY", "type": "LIMIT",
              "base_quantity": "0.01", "limit_price": "100", "extra_headers": {"X-Trace": "t-1"},
              "extra_query": {"debug": "1"}}  # fmt: skip
    async with make_client(server.url, transport) as client:
        preview, prepared = client.pipeline.preview(ROUTES["CreateOrder"], kwargs)
        assert server.requests == [] and prepared.idempotency_key
        await client.orders.create_order(**kwargs, client_order_id=prepared.idempotency_key)
    sent = server.last
    assert (preview.method, preview.url.raw_path.decode(), preview.content) == (sent.method, sent.raw_path, sent.body)
    shown = {k.lower(): v for k, v in preview.headers.multi_items()}
    assert shown["x-cb-access-passphrase"] == shown["x-cb-access-signature"] == "***"
    signed_now = {"x-cb-access-passphrase", "x-cb-access-signature", "x-cb-access-timestamp"}
    assert {k: v for k, v in shown.items() if k not in signed_now} == {
        k: v for k, v in sent.headers.items() if k not in signed_now
    }
