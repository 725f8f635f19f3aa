"""Optional OpenTelemetry tracing and metrics: `PrimeClient(tracing=True)`.

Off by default, and then free: nothing here imports opentelemetry, and a client without tracing
builds the plain `Pipeline`, whose request path has no tracing branch at all. With tracing on,
the client builds a `TracedPipeline`, which wraps four points of the one request path:

- the call (`request`): a span `prime {operation_id}` (the operation, method, URL template,
  portfolio id, idempotency key; at its end the attempts, final status and request id, or the
  error's type) and the call metrics;
- each attempt (`_attempt`): a child span with `http.request.resend_count`, current while the
  request is sent, so the HTTP spans of OpenTelemetry's aiohttp and httpx instrumentors nest
  under it;
- the waits: the rate limiter's before an attempt (an event on the call span, and a histogram)
  and each back-off before a retry (an event saying whether the server asked: Retry-After).

A paginator's iteration is a span of its own, each page's call a child of it (`traced_page`).
No header ever reaches a span of ours; what the instrumentors capture is theirs to sanitize
(docs/guides/observability.md, Tracing).
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Awaitable
from contextlib import aclosing
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from ._call_state import AttemptFailed, CallState
from ._errors import request_id_of
from ._pipeline import Pipeline
from ._version import __version__

if TYPE_CHECKING:
    from ._encode import PreparedRequest
    from ._route import Route

__all__ = ["Telemetry", "TracedPipeline", "Tracing", "telemetry_for"]

T = TypeVar("T")

# the smallest limiter wait worth an event on the call span (shorter ones only feed the histogram)
MIN_WAIT_EVENT = 0.001


@attrs.frozen
class Tracing:
    """Where a client's spans and metrics go: `PrimeClient(tracing=True)` uses OpenTelemetry's
    global providers (those the SDK or `opentelemetry-instrument` set); `tracing=Tracing(
    tracer_provider=..., meter_provider=...)` others. Needs `pip install "prime-async[otel]"`."""

    tracer_provider: Any = None
    meter_provider: Any = None


def telemetry_for(tracing: bool | Tracing | None) -> Telemetry | None:
    """The tracer and instruments for a client's `tracing=` option (None: off)."""
    if tracing is None or tracing is False:
        return None
    if tracing is True:
        tracing = Tracing()
    if not isinstance(tracing, Tracing):
        raise ValueError(f"tracing must be True, False or a Tracing, not {type(tracing).__name__}")
    return Telemetry(tracing)


class Telemetry:
    """One client's tracer and metric instruments (shared by its `with_options` copies)."""

    def __init__(self, tracing: Tracing) -> None:
        try:
            from opentelemetry import context, metrics, trace
        except ImportError:
            raise ImportError(
                'PrimeClient(tracing=...) needs OpenTelemetry\'s API: pip install "prime-async[otel]"'
            ) from None
        self.context = context
        self.trace = trace
        self.tracer = trace.get_tracer("prime_async", __version__, tracer_provider=tracing.tracer_provider)
        meter = metrics.get_meter("prime_async", __version__, meter_provider=tracing.meter_provider)
        self.call_duration = meter.create_histogram(
            "prime.client.call.duration", unit="s", description="Duration of calls, retries and waits included"
        )
        self.call_attempts = meter.create_histogram(
            "prime.client.call.attempts", unit="{attempt}", description="Attempts made per call"
        )
        self.rate_limit_wait = meter.create_histogram(
            "prime.client.rate_limit.wait", unit="s", description="Time an attempt waited for the client's rate limiter"
        )

    async def under(self, span: Any, awaitable: Awaitable[T]) -> T:
        """Await `awaitable` with `span` as the current span (attached and detached within this one
        step: never across a generator's yield, where the context would leak to the consumer)."""
        token = self.context.attach(self.trace.set_span_in_context(span))
        try:
            return await awaitable
        finally:
            self.context.detach(token)

    async def iteration(self, route: Route, pages: AsyncGenerator[T, None]) -> AsyncGenerator[T, None]:
        """`pages` (a paginator's), in a span `prime {operation_id} pages` under which each page's
        call span nests: each step of `pages` runs with it current, never across a `yield`."""
        span = self.tracer.start_span(
            f"prime {route.operation_id} pages", attributes={"prime.operation": route.operation_id}
        )
        count = 0
        try:
            async with aclosing(pages):
                while True:
                    try:
                        page = await self.under(span, pages.__anext__())
                    except StopAsyncIteration:
                        return
                    count += 1
                    yield page
        except Exception as exc:  # not GeneratorExit: a consumer that stops early is no error
            span.set_attribute("error.type", type(exc).__name__)
            span.set_status(self.trace.Status(self.trace.StatusCode.ERROR, type(exc).__name__))
            raise
        finally:
            span.set_attribute("prime.pages", count)
            span.end()


@attrs.define
class _CallSpan:
    """The span of one call and what its attempts add to it (their count, the last status and
    request id), kept in a context variable while the call runs."""

    span: Any
    attempts: int = 0
    status: int | None = None
    request_id: str | None = None


# the call span of the call running in this task (set by TracedPipeline.request)
_CALL: ContextVar[_CallSpan | None] = ContextVar("prime_async_call_span", default=None)


class TracedPipeline(Pipeline):
    """The request pipeline with spans and metrics around its call, attempts and waits."""

    def __init__(self, *args: Any, telemetry: Telemetry, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.telemetry = telemetry
        self.observed = True  # every attempt's limiter wait is timed, for its event and histogram
        self._server = httpx.URL(self.base_url).host

    async def request(self, route: Route, kwargs: Any) -> Any:
        t = self.telemetry
        span = t.tracer.start_span(
            f"prime {route.operation_id}",
            attributes={
                "prime.operation": route.operation_id,
                "http.request.method": route.method,
                "url.template": route.path,
                "server.address": self._server,
            },
        )
        call = _CallSpan(span)
        reset = _CALL.set(call)
        started = time.perf_counter()
        outcome = "ok"
        try:
            return await t.under(span, super().request(route, kwargs))
        except BaseException as exc:
            outcome = type(exc).__name__
            span.set_attribute("error.type", outcome)
            span.set_status(t.trace.Status(t.trace.StatusCode.ERROR, outcome))
            raise
        finally:
            _CALL.reset(reset)
            attempts = call.attempts
            if call.status is not None:
                span.set_attribute("http.response.status_code", call.status)
            if call.request_id:
                span.set_attribute("prime.request_id", call.request_id)
            span.end()
            labels = {"prime.operation": route.operation_id, "prime.outcome": outcome}
            t.call_duration.record(time.perf_counter() - started, labels)
            if attempts:
                t.call_attempts.record(attempts, labels)

    async def _attempt(self, route: Route, prepared: PreparedRequest, call: CallState) -> tuple[httpx.Response, bytes]:
        t = self.telemetry
        current = _CALL.get()
        if current is not None:
            self._before_attempt(current, route, prepared, call)
        span = t.tracer.start_span(
            f"prime {route.operation_id} attempt",
            attributes={"http.request.resend_count": call.attempts - 1, "prime.attempt": call.attempts},
        )
        try:
            response, body = await t.under(span, super()._attempt(route, prepared, call))
        except BaseException as exc:
            failure = type(exc.error if isinstance(exc, AttemptFailed) else exc).__name__
            span.set_attribute("error.type", failure)
            span.set_status(t.trace.Status(t.trace.StatusCode.ERROR, failure))
            span.end()
            if current is not None:
                current.status = current.request_id = None
            raise
        request_id = request_id_of(response.headers)
        span.set_attribute("http.response.status_code", response.status_code)
        if request_id:
            span.set_attribute("prime.request_id", request_id)
        span.end()
        if current is not None:
            current.status, current.request_id = response.status_code, request_id
        return response, body

    def _before_attempt(self, current: _CallSpan, route: Route, prepared: PreparedRequest, call: CallState) -> None:
        """The call span learns what the first attempt sends, and the limiter's wait before each."""
        parent = current.span
        current.attempts = call.attempts
        parent.set_attribute("prime.attempts", call.attempts)
        if call.attempts == 1:
            if prepared.portfolio_id:
                parent.set_attribute("prime.portfolio_id", prepared.portfolio_id)
            if prepared.idempotency_key is not None:
                parent.set_attribute("prime.idempotency_key", prepared.idempotency_key)
        if self.limiter is not None:
            self.telemetry.rate_limit_wait.record(call.rate_limit_wait, {"prime.operation": route.operation_id})
            if call.rate_limit_wait >= MIN_WAIT_EVENT:
                event = {"prime.wait.seconds": call.rate_limit_wait, "prime.attempt": call.attempts}
                parent.add_event("prime.rate_limit.wait", event)

    def _waiting(self, route: Route, call: CallState, delay: float, response: httpx.Response | None) -> bool:
        asked = super()._waiting(route, call, delay, response)
        current = _CALL.get()
        if current is not None:
            event = {"prime.wait.seconds": delay, "prime.wait.retry_after": asked, "prime.attempt": call.attempts + 1}
            current.span.add_event("prime.retry.wait", event)
        return asked
