"""`prime-async sim serve` as a real process, attacked: out of file descriptors, then a bounded
fuzz run (garbage bytes, huge heads, slow clients, unpriceable symbols, extreme amounts, random
JSON bodies and queries). It must answer every request with a status below 500 and a JSON body,
log no failure, and still answer a normal signed request at the end.

The fuzz is seeded and short by default (a few hundred cases, seconds), and bounded in time as
well as in count: it stops drawing cases after PRIME_SIM_FUZZ_SECONDS (default 60) whichever comes
first. For a longer run, lift pytest's per-test timeout (120 s in pyproject.toml) with --timeout=0:
`PRIME_SIM_FUZZ_CASES=20000 PRIME_SIM_FUZZ_SECONDS=1800 PRIME_SIM_FUZZ_SEED=7 pytest --timeout=0
tests/test_sim_serve_process.py -k fuzz`.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import anyio
import attrs
import httpx
import pytest

from prime_async import ROUTES, Credentials, Route
from prime_async._auth import PrimeAuth
from prime_async._feed._websocket import connect
from prime_async.testing import sample_json

from .hostile import exchange, read_until_closed

BOUND = 30.0  # seconds: nothing here takes near this long; a hang fails instead of blocking
CASES = int(os.environ.get("PRIME_SIM_FUZZ_CASES", "300"))
SECONDS = float(os.environ.get("PRIME_SIM_FUZZ_SECONDS", "60"))  # a bound, not a threshold: the run just stops
SEED = int(os.environ.get("PRIME_SIM_FUZZ_SEED", "11"))


@attrs.define
class ServeProcess:
    """A `prime-async sim serve` child process, its connection info, and its stderr as it comes."""

    process: subprocess.Popen[str]
    info: dict[str, Any]
    stderr: list[str] = attrs.Factory(list)
    _lines: threading.Condition = attrs.Factory(threading.Condition)

    @property
    def url(self) -> str:
        return str(self.info["url"])

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.url.removeprefix("http://").rsplit(":", 1)
        return host, int(port)

    @property
    def credentials(self) -> Credentials:
        i = self.info
        return Credentials(i["access_key"], i["passphrase"], i["signing_key"], portfolio_id=i["portfolio_ids"][0],
                           entity_id=i["entity_id"])  # fmt: skip

    def _drain(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._lines:
                self.stderr.append(line)
                self._lines.notify_all()

    def wait_for_log(self, text: str) -> None:
        with self._lines:
            seen = self._lines.wait_for(lambda: any(text in line for line in self.stderr), timeout=BOUND)
        assert seen, f"no {text!r} in the server's log: {''.join(self.stderr)[-2000:]}"

    def alive(self) -> bool:
        return self.process.poll() is None


@contextmanager
def sim_serve(*, max_open_files: int | None = None) -> Iterator[ServeProcess]:
    def limit_files() -> None:
        if max_open_files is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (max_open_files, max_open_files))

    command = [sys.executable, "-m", "prime_async", "sim", "serve", "--portfolios", "2", "--seed", "5"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=limit_files
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first, f"sim serve did not start: {process.communicate(timeout=BOUND)}"
        served = ServeProcess(process, json.loads(first))
        threading.Thread(target=served._drain, daemon=True).start()
        yield served
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=BOUND)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


def signed_request(served: ServeProcess, method: str, target: str, body: bytes | None = None) -> httpx.Request:
    request = httpx.Request(method, served.url + target, content=body)
    PrimeAuth(served.credentials).sign(request)
    return request


@pytest.mark.parametrize("port", ["http", "feed"])
def test_out_of_file_descriptors_pauses_accepting_and_serving_goes_on(port: str) -> None:
    """`ulimit -n 64` and 80 idle connections: accept fails with EMFILE. The server waits for
    descriptors to come free instead of dying, and serves again once the connections close, on
    both ports (on the feed's, anyio's `listener.serve()` raised EMFILE and ended the process)."""
    with sim_serve(max_open_files=64) as served:
        ws_url = str(served.info["ws_url"])
        host, ws_port = ws_url.removeprefix("ws://").rsplit(":", 1)
        address = served.address if port == "http" else (host, int(ws_port))
        idle = [socket.create_connection(address, timeout=BOUND) for _ in range(80)]
        try:
            served.wait_for_log("out of resources")
            assert served.alive()
        finally:
            for connection in idle:
                connection.close()
        with httpx.Client(timeout=BOUND) as http:
            response = http.send(signed_request(served, "GET", "/v1/portfolios"))
        assert response.status_code == 200 and len(response.json()["portfolios"]) == 2

        async def subscribe_unsigned() -> Any:
            with anyio.fail_after(BOUND):
                ws = await connect(ws_url)
                await ws.send(json.dumps({"type": "subscribe", "channel": "heartbeats", "product_ids": []}))
                (answer,) = await ws.receive()
                await ws.aclose()
            return json.loads(answer)

        assert anyio.run(subscribe_unsigned)["message"] == "authentication failure: missing access_key"
        served.wait_for_log("accepting connections again")
        assert served.alive()


# -- the fuzz run --------------------------------------------------------------------------------------

EXTREME_AMOUNTS = [
    "1E+30", "-1E+30", "1e1000000000", "1E-1000000000", "NaN", "-nan", "sNaN", "Infinity", "-Inf", "", " ", "1e",
    ".", "-", "+.5", "0x10", "1_000", "١٢", "½", "1,5", "0", "-0", "0E-1000", "9" * 16, "9" * 5000,
    "0." + "0" * 5000 + "1", "999999999999999.999999999999999999", "0.000000000000000001", "1" + "0" * 14, "-1",
]  # fmt: skip
JSON_EXTREMES: list[Any] = [10**400, -(10**30), 1e308, -0.0, 5e-324, True, None, [], {}, [[[[]]]], "x" * 100_000]


def random_amount(rng: random.Random) -> Any:
    if rng.random() < 0.5:
        return rng.choice(EXTREME_AMOUNTS)
    if rng.random() < 0.2:
        return rng.choice(JSON_EXTREMES)
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
    return f"{rng.choice(['', '-', '+'])}{digits}{rng.choice(['', f'E{rng.randint(-40, 40)}', '.5'])}"


def random_text(rng: random.Random) -> str:
    pools = ["ABCXYZ019", "abc-_.~ ", "é漢字😀\u0000\u202e\ud7ff", "%?#&=/\\\"'<>{}"]
    return "".join(rng.choice(rng.choice(pools)) for _ in range(rng.choice([0, 1, 3, 8, 40, 3000])))


def random_json(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randint(0, 7 if depth < 5 else 4)
    if kind == 0:
        return random_text(rng)
    if kind == 1:
        return rng.choice([0, -1, 2**63, 10**30, 1.5, -1e308])
    if kind == 2:
        return rng.choice([True, False, None])
    if kind == 3:
        return random_amount(rng)
    if kind == 4:
        return rng.choice(JSON_EXTREMES)
    if kind in (5, 6):
        return {random_text(rng)[:20]: random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]


def symbols(rng: random.Random) -> str:
    return rng.choice(["FOO", "FOO-BAR-BAZ", "foo", "", "-", "BTC-USD", "ÉTH", "X" * 21, "X" * 5000, random_text(rng)])


@attrs.define
class Fuzz:
    """One seeded run: cases drawn from the kinds below, each answer checked."""

    served: ServeProcess
    rng: random.Random
    http: httpx.AsyncClient
    cases: int = 0
    answers: dict[int, int] = attrs.Factory(dict)  # status -> count
    failures: list[str] = attrs.Factory(list)

    @property
    def pid(self) -> str:
        return str(self.served.info["portfolio_ids"][0])

    def ids(self) -> dict[str, str]:
        return {"portfolio_id": self.pid, "entity_id": self.served.info["entity_id"]}

    async def send(self, method: str, target: str, body: Any = None, *, raw_body: bytes | None = None) -> Any:
        content = raw_body if raw_body is not None else (json.dumps(body).encode() if body is not None else None)
        response = await self.http.send(signed_request(self.served, method, target, content))
        self.answers[response.status_code] = self.answers.get(response.status_code, 0) + 1
        problem = None
        if response.status_code >= 500:
            problem = "a server error"
        elif response.headers.get("content-type") != "application/json":
            problem = "not JSON"
        else:
            data = response.json()
            if response.status_code != 200 and not (isinstance(data, dict) and data.get("message")):
                problem = "an error without a message"
        if problem:
            self.failures.append(f"{problem}: {method} {target[:200]} {str(body)[:200]} -> {response.status_code} "
                                 f"{response.text[:300]}")  # fmt: skip
        return response

    def path(self, route: Route) -> str:
        ids = {**self.ids(), **{name: self.rng.choice(["x", "%00", random_text(self.rng)[:50] or "y"])
                                for name in route.path_params if name not in self.ids()}}  # fmt: skip
        return route.path.format(**{k: quote(v, safe="") or "z" for k, v in ids.items()})

    # -- the kinds of case --------------------------------------------------------------------------

    async def garbage(self) -> None:
        data = self.rng.randbytes(self.rng.randint(1, 8192))
        if self.rng.random() < 0.5:
            data = b"POST /v1/portfolios HTTP/1.1\r\n" + data
        await exchange(self.served.url, data, eof=True)

    async def huge_head(self) -> None:
        if self.rng.random() < 0.5:
            head = b"X-Huge: " + b"a" * self.rng.randint(70_000, 400_000) + b"\r\n"
        else:
            head = b"X-Many: y\r\n" * self.rng.randint(7_000, 30_000)
        answer = await exchange(
            self.served.url, b"GET /v1/portfolios HTTP/1.1\r\nHost: x\r\n" + head + b"\r\n", eof=True
        )
        if not answer.startswith((b"HTTP/1.1 431 ", b"HTTP/1.1 400 ")):
            self.failures.append(f"a huge head answered {answer[:100]!r}")

    async def unpriceable_symbol(self) -> None:
        symbol = symbols(self.rng)
        wallet_type = self.rng.choice(["VAULT", "TRADING", "QC", "OTHER", ""])
        await self.send("POST", f"/v1/portfolios/{self.pid}/wallets", {"name": "w", "symbol": symbol,
                                                                       "wallet_type": wallet_type})  # fmt: skip
        for balance_type in ("VAULT_BALANCES", "TRADING_BALANCES", "TOTAL_BALANCES", "UNKNOWN_BALANCE_TYPE"):
            await self.send("GET", f"/v1/portfolios/{self.pid}/balances?balance_type={balance_type}")
        await self.send("GET", f"/v1/entities/{self.served.info['entity_id']}/balances")
        await self.send("GET", f"/v1/portfolios/{self.pid}/wallets?type=VAULT&symbols={quote(symbol)}")

    async def extreme_amount(self) -> None:
        route = self.rng.choice([r for r in ROUTES.values() if _decimal_fields(r)])
        body: dict[str, Any] = sample_json(route.body_model) if route.body_model else {}
        for field in self.rng.sample(_decimal_fields(route), k=self.rng.randint(1, len(_decimal_fields(route)))):
            body[field] = random_amount(self.rng)
        if route.body_model is None:  # amounts in the query
            query = "&".join(f"{k}={quote(str(v))}" for k, v in body.items())
            await self.send(route.method, f"{self.path(route)}?{query}")
        else:
            await self.send(route.method, self.path(route), body)

    async def random_body(self) -> None:
        route = self.rng.choice([r for r in ROUTES.values() if r.body_model])
        assert route.body_model is not None
        if self.rng.random() < 0.3:
            await self.send(route.method, self.path(route), random_json(self.rng))
        elif self.rng.random() < 0.1:
            raw = [b"[" * 100_000, b'{"a":' * 50_000, b"\xff\xfe", b"{}" * 10, b'{"product_id": "\\ud800"}']
            await self.send(route.method, self.path(route), raw_body=self.rng.choice(raw))
        else:
            body = sample_json(route.body_model)
            for key in self.rng.sample(list(body), k=min(len(body), self.rng.randint(1, 3))):
                body[key] = random_json(self.rng)
            await self.send(route.method, self.path(route), body)

    async def random_query(self) -> None:
        route = self.rng.choice([r for r in ROUTES.values() if r.method == "GET"])
        values = ["", "x", "2024-01-01T00:00:00Z", "2024-13-45", "-1", "0", "99999999999999999999", "true",
                  "1E+30", "NaN", "ASC", "TRADING", random_text(self.rng)]  # fmt: skip
        params = [(p.wire, self.rng.choice(values)) for p in route.params if p.location == "query"]
        query = str(httpx.QueryParams(params))
        await self.send("GET", f"{self.path(route)}?{query}")

    async def slow_client(self) -> None:
        """A whole signed request, dripped a few bytes at a time; the answer must still come."""
        request = signed_request(self.served, "GET", f"/v1/portfolios/{self.pid}")
        head = f"GET {request.url.raw_path.decode()} HTTP/1.1\r\nHost: x\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in request.headers.items() if k.lower().startswith("x-cb-")
        )
        data = (head + "Connection: close\r\n\r\n").encode()
        pieces = [data[i : i + 40] for i in range(0, len(data), 40)]
        with anyio.fail_after(BOUND):
            async with await anyio.connect_tcp(*self.served.address) as stream:
                for piece in pieces:
                    await stream.send(piece)
                    await anyio.sleep(0.02)
                answer = await read_until_closed(stream)
        if not answer.startswith(b"HTTP/1.1 200 "):
            self.failures.append(f"a slow client got {answer[:100]!r}")

    async def run(self, cases: int, seconds: float) -> None:
        """Up to `cases` cases, drawing no new one once `seconds` have passed."""
        deadline = time.monotonic() + seconds
        kinds: list[Callable[[], Any]] = [
            self.garbage,
            self.huge_head,
            self.unpriceable_symbol,
            self.extreme_amount,
            self.random_body,
            self.random_body,
            self.random_query,
            self.extreme_amount,
        ]
        async with anyio.create_task_group() as slow:
            for _ in range(max(1, cases // 50)):  # slow clients, while the rest goes on
                slow.start_soon(self.slow_client)
                self.cases += 1
            for _ in range(cases - self.cases):
                if time.monotonic() >= deadline:
                    break
                await self.rng.choice(kinds)()
                self.cases += 1


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # the client side of the fuzz; the server is a process of its own either way


def _decimal_fields(route: Route) -> list[str]:
    if route.body_model is not None:
        return [f.metadata.get("wire", f.name) for f in attrs.fields(attrs.resolve_types(route.body_model))
                if "Decimal" in str(f.type)]  # fmt: skip
    return [p.wire for p in route.params if p.location == "query" and p.type is Decimal]


@pytest.mark.anyio
async def test_a_fuzz_run_leaves_sim_serve_answering() -> None:
    with sim_serve() as served:
        started = time.monotonic()
        async with httpx.AsyncClient(timeout=BOUND) as http:
            fuzz = Fuzz(served, random.Random(SEED), http)
            await fuzz.run(CASES, SECONDS)
            response = await http.send(signed_request(served, "GET", "/v1/portfolios"))
        assert response.status_code == 200 and len(response.json()["portfolios"]) == 2
        assert served.alive()
        print(f"\nfuzz: {fuzz.cases} cases (seed {SEED}) in {time.monotonic() - started:.1f} s; "
              f"answers by status: {dict(sorted(fuzz.answers.items()))}")  # fmt: skip
    logged = "".join(served.stderr)
    assert fuzz.failures == []
    assert "Traceback" not in logged and "failed" not in logged, logged[-3000:]
