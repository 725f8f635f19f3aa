from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import httpx
import pytest

if TYPE_CHECKING:
    from prime_async import PrimeClient

ACCESS_KEY = "test-access-key-0001"
PASSPHRASE = "test-passphrase-SECRET"
SIGNING_KEY = "test-signing-key-SECRET-9f8e7d"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--transport",
        choices=("auto", "httpx", "aiohttp"),
        default="auto",
        help="the transport every PrimeClient built without one uses: auto (aiohttp on asyncio, httpx on "
        "trio), httpx, or aiohttp (asyncio only)",
    )
    parser.addoption(
        "--walk-secrets",
        action="store_true",
        help="walk the object graph of every PrimeError a test makes (tests/secret_walk.py) for the test "
        "credentials, at the end of the test: the error paths of the whole selection, not only test_secrets'",
    )


@pytest.fixture(autouse=True)
def _walk_secrets(request: pytest.FixtureRequest) -> Iterator[None]:
    """With --walk-secrets: every PrimeError made during the test, walked once the test is done
    (its chain complete) for the test passphrase and signing key."""
    if not request.config.getoption("--walk-secrets"):
        yield
        return
    from prime_async import PrimeError

    from .secret_walk import find_secrets

    made: list[BaseException] = []

    def recording_new(cls: type[BaseException], *args: Any, **kwargs: Any) -> Any:
        error = Exception.__new__(cls, *args)
        made.append(error)
        return error

    PrimeError.__new__ = recording_new  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        del PrimeError.__new__  # type: ignore[method-assign]
    found = find_secrets(made, [PASSPHRASE, SIGNING_KEY])
    assert not found, f"{len(made)} errors walked; a credential is reachable:\n" + "\n".join(found[:20])


def pytest_configure(config: pytest.Config) -> None:
    """--transport picks what PrimeClient(transport="auto") resolves to, the supported way: the
    PRIME_TRANSPORT environment variable (subprocesses the tests start inherit it too)."""
    import os

    os.environ["PRIME_TRANSPORT"] = config.getoption("--transport")


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Every async test runs on asyncio and on trio (asyncio only with --transport=aiohttp)."""
    if request.param == "trio" and request.config.getoption("--transport") == "aiohttp":
        pytest.skip("AiohttpTransport is asyncio only")
    return str(request.param)


@pytest.fixture(params=["httpx", "aiohttp"])
def transport(request: pytest.FixtureRequest, anyio_backend: str) -> str:
    """Each test that takes it runs on each of the client's transports (aiohttp on asyncio only)."""
    if request.param == "aiohttp" and anyio_backend == "trio":
        pytest.skip("aiohttp is asyncio only")
    return str(request.param)


# A market order's arguments, for tests that need any create with an idempotency field.
MARKET_ORDER = {"portfolio_id": "p-1", "product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "1"}


def make_client(url: str, transport: str | httpx.AsyncBaseTransport = "auto", **options: Any) -> PrimeClient:
    """A client with the test credentials for the loopback server at `url`, unpaced (rate_limit=None)
    unless `options` say otherwise."""
    from prime_async import PrimeClient

    options.setdefault("rate_limit", None)
    credentials = {"access_key": ACCESS_KEY, "passphrase": PASSPHRASE, "signing_key": SIGNING_KEY}
    return PrimeClient(**credentials, base_url=url, transport=transport, **options)


@attrs.define
class Recorded:
    method: str
    raw_path: str  # path and query exactly as received
    headers: dict[str, str]
    body: bytes
    at: float = attrs.field(factory=time.monotonic)  # when the server had read it (the server's clock)

    @property
    def path(self) -> str:
        return self.raw_path.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.raw_path.split("?", 1)[1] if "?" in self.raw_path else ""


Reply = tuple[int, dict[str, str], bytes]


class RecordingServer:
    """A real HTTP server on 127.0.0.1 that records each request and answers with `reply`."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.reply: Callable[[Recorded], Reply] = lambda _: (200, {}, b"{}")
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                rec = Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                server.requests.append(rec)
                status, headers, payload = server.reply(rec)
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up first (a timeout test)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

            def log_message(self, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def respond_json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        payload = json.dumps(data).encode()
        self.reply = lambda _: (status, {"Content-Type": "application/json", **(headers or {})}, payload)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture(scope="session")
def recording_server() -> Iterator[RecordingServer]:
    server = RecordingServer()
    yield server
    server.close()


@pytest.fixture
def server(recording_server: RecordingServer) -> RecordingServer:
    recording_server.requests.clear()
    recording_server.respond_json({})
    return recording_server


@pytest.fixture
def redis_server() -> Iterator[Any]:
    """A real redis-server of the test's own on a free port of 127.0.0.1 (tests/redis_support.py);
    the test is skipped, saying why, where no redis-server can be had."""
    from tests.redis_support import redis_or_skip
    from tests.redis_support import redis_server as serve

    with serve(redis_or_skip()) as server:
        yield server


@pytest.fixture
async def client(server: RecordingServer) -> Any:
    from prime_async import PrimeClient

    async with PrimeClient(
        access_key=ACCESS_KEY, passphrase=PASSPHRASE, signing_key=SIGNING_KEY, base_url=server.url, max_retries=0
    ) as c:
        yield c


# A name tests may map to 127.0.0.1 in a child process (see test_cli_intent's RESOLVING): a host
# that is not loopback by its name, for what the client does with one, served on this machine.
TEST_HOST = "prime.test"


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate (and its key) for 127.0.0.1 and TEST_HOST, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    where = tmp_path_factory.mktemp("tls")
    cert, key = where / "cert.pem", where / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", f"subjectAltName=IP:127.0.0.1,DNS:{TEST_HOST}"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key
