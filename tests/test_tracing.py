"""OpenTelemetry tracing (`PrimeClient(tracing=...)`): the span tree of a call, through retries and
pagination, with the aiohttp and httpx instrumentors' HTTP spans under each attempt; waits as
events; metrics; no secret in any span, with the instrumentors' header capture on; and nothing at
all, not even an import, when tracing is off."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import anyio
import attrs
import pytest

from prime_async import PrimeClient, RateLimit, RetryPolicy
from prime_async.testing import PrimeSimulator

from .conftest import ACCESS_KEY, MARKET_ORDER, PASSPHRASE, SIGNING_KEY, RecordingServer, make_client

otel_sdk = pytest.importorskip("opentelemetry.sdk.trace")
from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor  # noqa: E402
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor  # noqa: E402
from opentelemetry.sdk.metrics import MeterProvider  # noqa: E402
from opentelemetry.sdk.metrics.export import InMemoryMetricReader  # noqa: E402
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter  # noqa: E402

from prime_async import Tracing  # noqa: E402

pytestmark = pytest.mark.anyio

# What the tracing guide (docs/guides/observability.md) tells users to set when they capture request headers.
SANITIZE = "x-cb-access-.*"


@attrs.define
class Otel:
    exporter: InMemorySpanExporter
    reader: InMemoryMetricReader
    tracing: Tracing

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def metrics(self) -> dict[str, list[Any]]:
        found: dict[str, list[Any]] = {}
        data = self.reader.get_metrics_data()
        for resource in data.resource_metrics if data else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    found.setdefault(metric.name, []).extend(metric.data.data_points)
        return found


def instrumented(monkeypatch: pytest.MonkeyPatch, sanitize: bool) -> Iterator[Otel]:
    """The SDK with in-memory exporters, and both instrumentors capturing every request header."""
    monkeypatch.setenv("OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_REQUEST", ".*")
    monkeypatch.setenv("OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_RESPONSE", ".*")
    if sanitize:
        monkeypatch.setenv("OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS", SANITIZE)
    else:
        monkeypatch.delenv("OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS", raising=False)
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    AioHttpClientInstrumentor().instrument(tracer_provider=tracer_provider, meter_provider=meter_provider)
    HTTPXClientInstrumentor().instrument(tracer_provider=tracer_provider, meter_provider=meter_provider)
    try:
        yield Otel(exporter, reader, Tracing(tracer_provider=tracer_provider, meter_provider=meter_provider))
    finally:
        AioHttpClientInstrumentor().uninstrument()
        HTTPXClientInstrumentor().uninstrument()


@pytest.fixture
def otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[Otel]:
    yield from instrumented(monkeypatch, sanitize=True)


def children(spans: list[ReadableSpan], parent: ReadableSpan) -> list[ReadableSpan]:
    return sorted(
        (s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id),
        key=lambda s: s.start_time or 0,
    )


def roots(spans: list[ReadableSpan]) -> list[ReadableSpan]:
    ids = {s.context.span_id for s in spans}
    return [s for s in spans if s.parent is None or s.parent.span_id not in ids]


def tree(spans: list[ReadableSpan], span: ReadableSpan) -> tuple[str, list[Any]]:
    return (span.name, [tree(spans, child) for child in children(spans, span)])


def answers(server: RecordingServer, *statuses: int, headers: dict[str, str] | None = None) -> None:
    """The server answers the given statuses in turn (then 200), each with a request id."""

    def reply(rec: Any) -> tuple[int, dict[str, str], bytes]:
        n = len(server.requests)
        status = statuses[n - 1] if n <= len(statuses) else 200
        extra = headers or {} if status != 200 else {}
        return status, {"Content-Type": "application/json", "x-request-id": f"req-{n}", **extra}, b"{}"

    server.reply = reply


async def test_a_call_is_a_span_with_a_child_per_attempt_and_the_http_spans_under_them(
    otel: Otel, server: RecordingServer, transport: str
) -> None:
    answers(server, 503, 503)
    retry = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.001)
    async with make_client(server.url, transport, retry=retry, tracing=otel.tracing) as client:
        await client.orders.create_order(**MARKET_ORDER, client_order_id="c-1")
    spans = otel.spans()
    [call] = roots(spans)
    assert tree(spans, call) == (
        "prime CreateOrder",
        [("prime CreateOrder attempt", [("POST", [])])] * 3,
    )
    assert call.kind.name == "INTERNAL" and call.status.status_code.name == "UNSET"
    assert dict(call.attributes or {}) == {
        "prime.operation": "CreateOrder",
        "http.request.method": "POST",
        "url.template": "/v1/portfolios/{portfolio_id}/order",
        "server.address": "127.0.0.1",
        "prime.portfolio_id": "p-1",
        "prime.idempotency_key": "c-1",
        "prime.attempts": 3,
        "http.response.status_code": 200,
        "prime.request_id": "req-3",
    }
    attempts = children(spans, call)
    assert [a.attributes["http.request.resend_count"] for a in attempts] == [0, 1, 2]  # type: ignore[index]
    assert [a.attributes["http.response.status_code"] for a in attempts] == [503, 503, 200]  # type: ignore[index]
    waits = [e for e in call.events if e.name == "prime.retry.wait"]
    assert [(e.attributes["prime.attempt"], e.attributes["prime.wait.retry_after"]) for e in waits] == [  # type: ignore[index]
        (2, False),
        (3, False),
    ]


async def test_a_failed_call_says_its_error_and_a_retry_after_wait_is_an_event(
    otel: Otel, server: RecordingServer, transport: str
) -> None:
    answers(server, 429, 404, headers={"Retry-After": "0.01"})
    async with make_client(server.url, transport, max_retries=1, tracing=otel.tracing) as client:
        with pytest.raises(Exception, match="HTTP 404"):
            await client.portfolios.get_portfolio(portfolio_id="p-1")
    [call] = roots(otel.spans())
    assert call.attributes["error.type"] == "NotFoundError" and call.status.status_code.name == "ERROR"  # type: ignore[index]
    assert call.attributes["http.response.status_code"] == 404 and call.attributes["prime.attempts"] == 2  # type: ignore[index]
    [wait] = [e for e in call.events if e.name == "prime.retry.wait"]
    assert wait.attributes["prime.wait.retry_after"] is True and wait.attributes["prime.wait.seconds"] >= 0.01  # type: ignore[index,operator]
    outcomes = {p.attributes["prime.outcome"] for p in otel.metrics()["prime.client.call.duration"]}
    assert outcomes == {"NotFoundError"}


async def test_a_connection_failure_is_an_attempt_with_its_error_and_no_status(otel: Otel, transport: str) -> None:
    retry = RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.001)
    async with make_client("http://127.0.0.1:1", transport, retry=retry, tracing=otel.tracing) as client:
        with pytest.raises(Exception, match="connection failed"):
            await client.portfolios.list_portfolios()
    spans = otel.spans()
    [call] = roots(spans)
    attempts = [s for s in children(spans, call) if s.name == "prime GetPortfolios attempt"]
    assert [a.attributes["error.type"] for a in attempts] == ["ConnectError"] * 2  # type: ignore[index]
    assert call.attributes["error.type"] == "APIConnectionError"  # type: ignore[index]
    assert "http.response.status_code" not in (call.attributes or {})


@pytest.fixture
async def served() -> Any:
    sim = PrimeSimulator(portfolios=1, seed=11)
    async with sim.serve() as server:
        yield sim, server.url


async def test_a_paginator_is_a_span_with_each_pages_call_under_it(
    otel: Otel, served: tuple[PrimeSimulator, str], transport: str
) -> None:
    sim, url = served
    pid = sim.portfolio_ids[0]
    tracer = otel.tracing.tracer_provider.get_tracer("test")
    async with PrimeClient(credentials=sim.credentials, base_url=url, transport=transport, tracing=otel.tracing) as c:
        with tracer.start_as_current_span("job"):
            collected = await c.orders.list_portfolio_orders(portfolio_id=pid, limit=1).collect(max_pages=3)
            assert len(collected) == 3
            await c.portfolios.list_portfolios()  # after the iteration: not under it
    spans = otel.spans()
    [job] = roots(spans)
    page = ("prime GetOrders", [("prime GetOrders attempt", [("GET", [])])])
    assert tree(spans, job) == (
        "job",
        [
            ("prime GetOrders pages", [page] * 3),
            ("prime GetPortfolios", [("prime GetPortfolios attempt", [("GET", [])])]),
        ],
    )
    [pages] = [s for s in spans if s.name == "prime GetOrders pages"]
    assert pages.attributes["prime.pages"] == 3  # type: ignore[index]


async def test_a_paginator_left_early_ends_its_span_without_an_error(
    otel: Otel, served: tuple[PrimeSimulator, str]
) -> None:
    sim, url = served
    async with PrimeClient(credentials=sim.credentials, base_url=url, tracing=otel.tracing) as c:
        # stopped after the first item: the pages are closed (GeneratorExit), which is no error
        assert (
            len(await c.orders.list_portfolio_orders(portfolio_id=sim.portfolio_ids[0], limit=1).collect(max_items=1))
            == 1
        )
    [pages] = [s for s in otel.spans() if s.name == "prime GetOrders pages"]
    assert pages.status.status_code.name == "UNSET" and pages.attributes["prime.pages"] == 1  # type: ignore[index]


async def test_the_rate_limiters_wait_is_an_event_and_a_metric(otel: Otel, server: RecordingServer) -> None:
    pacing = RateLimit(rate=50, burst=1, portfolio_rate=None)
    client = make_client(server.url, rate_limit=pacing, tracing=otel.tracing)
    async with client, anyio.create_task_group() as tg:  # three at once: the later two wait their turn
        for _ in range(3):
            tg.start_soon(client.portfolios.list_portfolios)
    waits = [e for s in otel.spans() for e in s.events if e.name == "prime.rate_limit.wait"]
    assert len(waits) >= 1 and all(e.attributes["prime.wait.seconds"] >= 0.001 for e in waits)  # type: ignore[index,operator]
    metrics = otel.metrics()
    [limiter] = metrics["prime.client.rate_limit.wait"]
    assert limiter.count == 3 and limiter.attributes == {"prime.operation": "GetPortfolios"}
    [duration] = metrics["prime.client.call.duration"]
    assert duration.count == 3 and duration.attributes == {"prime.operation": "GetPortfolios", "prime.outcome": "ok"}
    [attempts] = metrics["prime.client.call.attempts"]
    assert attempts.count == 3 and attempts.sum == 3


def secrets_in(span: ReadableSpan) -> list[str]:
    texts = [str(v) for v in (span.attributes or {}).values()]
    texts += [str(v) for e in span.events for v in (e.attributes or {}).values()]
    texts += [span.name, str(span.status.description)]
    return [text for text in texts for secret in (PASSPHRASE, SIGNING_KEY, *SIGNATURES) if secret in text]


SIGNATURES: list[str] = []


@pytest.mark.parametrize("sanitize", [True, False], ids=["sanitized", "capture-only"])
async def test_no_secret_reaches_a_span(
    monkeypatch: pytest.MonkeyPatch, server: RecordingServer, transport: str, sanitize: bool
) -> None:
    for otel in instrumented(monkeypatch, sanitize):
        answers(server, 503)
        retry = RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.001)
        async with make_client(server.url, transport, retry=retry, tracing=otel.tracing) as client:
            await client.orders.create_order(
                portfolio_id="p-1", product_id="BTC-USD", side="BUY", type="MARKET", base_quantity="1"
            )
        SIGNATURES[:] = [r.headers["x-cb-access-signature"] for r in server.requests]
        spans = otel.spans()
        ours = [s for s in spans if s.name.startswith("prime ")]
        theirs = [s for s in spans if not s.name.startswith("prime ")]
        assert len(ours) == 3 and len(theirs) == 2
        assert all(secrets_in(s) == [] for s in ours)  # whatever the instrumentors capture
        captured = [k for s in theirs for k in s.attributes or {} if k.startswith("http.request.header.x_cb_access")]
        assert len(captured) == 8  # the capture is on: key, passphrase, signature, timestamp, twice
        if sanitize:  # the guide's setting: every credential header [REDACTED] in their spans too
            assert all(secrets_in(s) == [] for s in theirs)
            assert {s.attributes[k] for s in theirs for k in captured if k in (s.attributes or {})} == {("[REDACTED]",)}
        else:  # without it, header capture would put them there: the setting is what keeps them out
            assert any(secrets_in(s) for s in theirs)  # the signature at least (aiohttp: placeholders for the rest)


SUBPROCESS_ENV = {k: v for k, v in os.environ.items() if not k.startswith("PRIME_") or k == "PRIME_TRANSPORT"}


def test_tracing_off_imports_nothing_of_opentelemetry() -> None:
    code = f"""
import asyncio, sys
from prime_async import PrimeClient
from prime_async._pipeline import Pipeline
from prime_async.testing import PrimeSimulator

async def main():
    sim = PrimeSimulator(portfolios=1)
    async with sim.client() as client:
        await client.portfolios.list_portfolios()
        await client.orders.list_portfolio_orders(limit=1).collect(max_pages=2)
        assert type(client.pipeline) is Pipeline and client.pipeline.telemetry is None
    explicit = PrimeClient(access_key={ACCESS_KEY!r}, passphrase="p", signing_key="s", tracing=False)
    assert type(explicit.pipeline) is Pipeline

asyncio.run(main())
print(sorted(m for m in sys.modules if m.startswith("opentelemetry")))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=SUBPROCESS_ENV)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"


def test_tracing_without_opentelemetry_says_what_to_install() -> None:
    code = """
import sys
sys.modules["opentelemetry"] = None  # as if not installed
from prime_async import PrimeClient
try:
    PrimeClient(access_key="ak", passphrase="p", signing_key="s", tracing=True)
except ImportError as exc:
    print(exc)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=SUBPROCESS_ENV)
    assert done.stdout == 'PrimeClient(tracing=...) needs OpenTelemetry\'s API: pip install "prime-async[otel]"\n'


def test_a_bad_tracing_value_is_refused() -> None:
    with pytest.raises(ValueError, match="tracing must be True, False or a Tracing, not str"):
        PrimeClient(access_key=ACCESS_KEY, passphrase=PASSPHRASE, signing_key=SIGNING_KEY, tracing="yes")  # type: ignore[arg-type]


async def test_copies_share_the_tracing(otel: Otel, server: RecordingServer) -> None:
    async with make_client(server.url, tracing=otel.tracing) as client:
        await client.with_options(max_retries=0).portfolios.list_portfolios()
        await client.with_raw_response.portfolios.list_portfolios()
        assert client.with_options(timeout=5).pipeline.telemetry is client.pipeline.telemetry
    assert [s.name for s in roots(otel.spans())] == ["prime GetPortfolios"] * 2
