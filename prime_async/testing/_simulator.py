"""PrimeSimulator: a faithful, stateful, local Coinbase Prime.

`handle()` takes raw request parts and returns raw reply parts, so the same simulator serves a
real loopback HTTP server (`serve()`), an in-process httpx transport (`transport()`), and
anything else that can carry bytes. Each request is routed with the generated route table,
authenticated like Prime (key, passphrase, HMAC over the exact bytes received, 30 s window),
rate limited, parsed and checked against the spec, deduplicated on its idempotency field, and
answered by a handler or with deterministic spec-shaped data; faults are injected on the way.
"""

from __future__ import annotations

import hmac
import json
import re
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING, Any, get_args, get_origin
from urllib.parse import parse_qsl, unquote

import anyio
import attrs

from .._client import PrimeClient
from .._convert import converter
from .._credentials import Credentials
from .._generated.routes import ROUTES
from .._json import to_json
from .._route import Route
from .._signing import Signer
from ._faults import Faults, TokenBucket, retry_after_header, uniform
from ._handlers import HANDLERS, Call, paginate
from ._world import SimError, World
from .samples import sample_value

if TYPE_CHECKING:
    from ._server import SimulatorServer
    from ._transport import SimulatorTransport

__all__ = ["DROP", "PrimeSimulator", "Reply"]


@attrs.frozen
class Reply:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


DROP = Reply(0, b"")  # close the connection without answering


def _json_reply(status: int, data: Any, request_id: str, extra: tuple[tuple[str, str], ...] = ()) -> Reply:
    body = json.dumps(data, separators=(",", ":")).encode()
    return Reply(status, body, (("content-type", "application/json"), ("x-request-id", request_id), *extra))


class _Router:
    """Method + raw path -> (route, path values). Routes with more literal segments win."""

    def __init__(self) -> None:
        entries = []
        for route in ROUTES.values():
            pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(route.path))
            literal_segments = sum(1 for s in route.path.split("/") if s and not s.startswith("{"))
            entries.append((-literal_segments, route.method, re.compile(pattern + "$"), route))
        entries.sort(key=lambda e: e[0])
        self._entries = [(method, regex, route) for _, method, regex, route in entries]

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route_method, regex, route in self._entries:
            if route_method == method and (found := regex.match(path)):
                return route, {k: unquote(v) for k, v in found.groupdict().items()}
        return None


_router: _Router | None = None


def _parse_datetime(text: str) -> datetime:
    """Lenient, as Prime is: `Z` or an offset or none (UTC); a `+` that arrived as a space;
    the `+00:00Z` that some SDKs send."""
    text = text.strip().replace(" ", "+")
    if text.endswith("Z") and ("+" in text[10:] or text[10:].count("-") > 0):
        text = text[:-1]
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_query_value(tp: Any, raw: str) -> Any:
    if tp is str:
        return raw
    if tp is int:
        return int(raw)
    if tp is bool:
        if raw.lower() not in ("true", "false"):
            raise ValueError(raw)
        return raw.lower() == "true"
    if tp is datetime:
        return _parse_datetime(raw)
    if tp is Decimal:
        return Decimal(raw)
    if tp is float:
        return float(raw)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(raw)
    return raw


class PrimeSimulator:
    """A local Prime. `PrimeSimulator(portfolios=500, seed=7)`, then `sim.client()` in-process or
    `async with sim.serve() as server:` over loopback HTTP."""

    def __init__(
        self,
        *,
        portfolios: int = 5,
        seed: int = 0,
        faults: Faults | None = None,
        auth_window: float = 30.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        global _router
        _router = _router or _Router()
        self._router = _router
        self.seed = seed
        self.world = World(seed=seed, portfolios=portfolios, clock=clock)
        self.faults = faults or Faults()
        self.route_faults: dict[str, Faults] = {}
        self.auth_window = auth_window
        self.clock = clock
        self.stats: Counter[str] = Counter()
        self._keys: dict[str, tuple[Credentials, Signer]] = {}
        self._buckets: dict[tuple[str, str], TokenBucket] = {}
        self._not_before: dict[tuple[str, str, str, bytes], float] = {}  # after a 429
        self._done: dict[tuple[str, str], Reply] = {}  # (operation, idempotency value) -> first reply
        self._seen: Counter[tuple[str, str, bytes]] = Counter()
        self._lock = threading.Lock()
        self._requests = 0
        self.credentials = self.add_api_key()

    # -- set-up ------------------------------------------------------------------------------

    def add_api_key(self) -> Credentials:
        """A new access key for this entity (each key has its own rate-limit bucket)."""
        rng = self.world.rng
        credentials = Credentials(
            access_key=f"sim-{rng.getrandbits(64):016x}",
            passphrase=f"pass-{rng.getrandbits(64):016x}",
            signing_key=f"sign-{rng.getrandbits(128):032x}",
            portfolio_id=next(iter(self.world.portfolios), None),
            entity_id=self.world.entity_id,
        )
        self._keys[credentials.access_key] = (credentials, Signer(credentials.signing_key))
        return credentials

    @property
    def entity_id(self) -> str:
        return self.world.entity_id

    @property
    def portfolio_ids(self) -> list[str]:
        return list(self.world.portfolios)

    def connection_info(self, url: str) -> dict[str, Any]:
        """Everything a client needs to talk to this simulator at `url`."""
        c = self.credentials
        return {
            "url": url,
            "access_key": c.access_key,
            "passphrase": c.passphrase,
            "signing_key": c.signing_key,
            "entity_id": self.entity_id,
            "portfolio_ids": self.portfolio_ids,
        }

    def transport(self) -> SimulatorTransport:
        from ._transport import SimulatorTransport

        return SimulatorTransport(self)

    def client(self, **options: Any) -> PrimeClient:
        """A PrimeClient wired to this simulator in-process (no sockets). Unless `rate_limit` is
        given, it does not pace itself: the simulator limits nothing unless its faults say so."""
        if "http_client" not in options:
            options.setdefault("transport", self.transport())  # the client owns, and closes, its HTTP client
        options.setdefault("rate_limit", None)
        return PrimeClient(credentials=self.credentials, base_url="http://prime.sim", **options)

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[SimulatorServer]:
        """Serve over real HTTP on a loopback port (0 picks a free one) until the block exits."""
        from ._server import SimulatorServer

        async with SimulatorServer(self, host, port) as server:
            yield server

    @contextmanager
    def serve_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[SimulatorServer]:
        """`serve()` on its own event loop in a background thread, for synchronous code."""
        from anyio.from_thread import start_blocking_portal

        with start_blocking_portal() as portal, portal.wrap_async_context_manager(self.serve(host, port)) as server:
            yield server

    # -- one request -------------------------------------------------------------------------

    async def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request. `target` is the raw path and query; `headers` have lower-case names."""
        self._requests += 1
        request_id = f"sim-{self._requests:08d}"
        self.stats["requests"] += 1
        path, _, query = target.partition("?")
        found = self._router.match(method, path)
        if found is None:
            return self._error(404, f"no route for {method} {path}", request_id)
        route, path_values = found
        faults = self.route_faults.get(route.operation_id, self.faults)
        if faults.latency:
            await anyio.sleep(faults.latency)
        access_key = headers.get("x-cb-access-key", "")
        problem = self._authenticate(method, path, headers, body)
        if problem:
            self.stats["auth_failures"] += 1
            return self._error(401, problem, request_id)
        identity = (access_key, method, target, body)
        if self.clock() < self._not_before.get(identity, 0.0):
            self.stats["retried_too_early"] += 1  # the same request again, sooner than Retry-After said
        wait = self._rate_limit(access_key, route, faults, path_values.get("portfolio_id"))
        if wait:
            wait = max(wait, faults.retry_after or 0.0)
            self._not_before[identity] = self.clock() + wait - 0.002
            self.stats["rate_limited"] += 1
            return self._error(429, "rate limit exceeded", request_id, (("retry-after", retry_after_header(wait)),))
        with self._lock:
            self._seen[(method, target, body)] += 1
            fault = faults.draw(uniform(self.seed, method, target, body, self._seen[(method, target, body)]))
        if fault == "error":
            self.stats["fault_error"] += 1
            return self._error(503, "service unavailable (injected)", request_id)
        if fault == "drop":
            self.stats["fault_drop"] += 1
            return DROP
        try:
            call = self._parse(route, path_values, query, body)
            with self._lock:
                reply = self._perform(route, call, request_id)
        except SimError as exc:
            return self._error(exc.status, exc.message, request_id)
        if fault == "commit_then_fail":
            self.stats["fault_commit_then_fail"] += 1
            return self._error(500, "internal error (injected, after the request took effect)", request_id)
        if fault == "commit_then_drop":
            self.stats["fault_commit_then_drop"] += 1
            return DROP
        return reply

    def _error(self, status: int, message: str, request_id: str, extra: tuple[tuple[str, str], ...] = ()) -> Reply:
        self.stats[f"status_{status}"] += 1
        return _json_reply(status, {"message": message}, request_id, extra)

    def _authenticate(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> str | None:
        names = ("x-cb-access-key", "x-cb-access-passphrase", "x-cb-access-signature", "x-cb-access-timestamp")
        missing = [n for n in names if not headers.get(n)]
        if missing:
            return f"missing header {missing[0].upper()}"
        key = self._keys.get(headers["x-cb-access-key"])
        if key is None:
            return "invalid api key"
        credentials, signer = key
        if not hmac.compare_digest(headers["x-cb-access-passphrase"], credentials.passphrase):
            return "invalid passphrase"
        timestamp = headers["x-cb-access-timestamp"]
        if not timestamp.isdigit() or abs(int(timestamp) - self.clock()) > self.auth_window:
            return "request timestamp expired or invalid"
        expected = signer.sign(timestamp, method, path, body)
        if not hmac.compare_digest(headers["x-cb-access-signature"], expected):
            return "invalid signature"
        return None

    def _rate_limit(self, access_key: str, route: Route, faults: Faults, portfolio_id: str | None) -> float:
        """Seconds until the request would be allowed; 0 when it is (and a token was taken)."""
        scope = route.operation_id if faults is not self.faults else ""
        waits = [0.0]
        if faults.rate_limit is not None:
            waits.append(self._bucket((access_key, scope), faults.rate_limit, faults.rate_limit_burst).take())
        if faults.portfolio_rate_limit is not None and portfolio_id is not None and waits[-1] == 0:
            key = (access_key, f"{scope}/{portfolio_id}")
            waits.append(self._bucket(key, faults.portfolio_rate_limit, faults.portfolio_rate_limit_burst).take())
        return max(waits)

    def _bucket(self, key: tuple[str, str], rate: float, burst: float | None) -> TokenBucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = TokenBucket(rate, burst or max(rate, 1.0))
        return bucket

    def _parse(self, route: Route, path_values: dict[str, str], query: str, body: bytes) -> Call:
        params: dict[str, Any] = dict(path_values)
        raw: dict[str, list[str]] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            raw.setdefault(key, []).append(value)
        for p in route.params:
            if p.location != "query":
                continue
            values = raw.get(p.wire)
            if not values:
                if p.required:
                    raise SimError(400, f"missing required query parameter {p.wire}")
                params[p.name] = None
                continue
            try:
                if get_origin(p.type) is list:
                    (item,) = get_args(p.type)
                    params[p.name] = [_parse_query_value(item, v) for v in values]
                else:
                    params[p.name] = _parse_query_value(p.type, values[-1])
            except (ValueError, InvalidOperation):
                raise SimError(400, f"invalid value for query parameter {p.wire}: {values[-1]!r}") from None
        parsed_body = None
        if route.body_model is not None:
            parsed_body = self._parse_body(route, body)
        return Call(route, params, parsed_body)

    def _parse_body(self, route: Route, body: bytes) -> Any:
        assert route.body_model is not None
        try:
            data = json.loads(body) if body else {}
        except ValueError:
            raise SimError(400, "malformed JSON body") from None
        if not isinstance(data, dict):
            raise SimError(400, "the body must be a JSON object")
        fields = attrs.fields(route.body_model)
        missing = [
            f.name
            for f in fields
            if f.default is attrs.NOTHING and data.get(f.metadata.get("wire", f.name)) in (None, "")
        ]
        if missing:
            raise SimError(400, f"missing required field(s): {', '.join(missing)}")
        try:
            return converter().structure(data, route.body_model)
        except Exception as exc:
            raise SimError(400, f"invalid request body: {exc}") from None

    def _perform(self, route: Route, call: Call, request_id: str) -> Reply:
        """Run the handler, once per idempotency value; a repeat gets the first answer again."""
        key = None
        if route.idempotency_field:
            key = (route.operation_id, str(call[route.idempotency_field]))
            if key in self._done:
                self.stats["idempotent_replays"] += 1
                return self._done[key]
        handler = HANDLERS.get(route.operation_id, _sample_handler)
        result = handler(self.world, call)
        reply = _json_reply(200, to_json(result), request_id)
        if key is not None:
            self._done[key] = reply
        self.stats["performed"] += 1
        self.stats[f"performed_{route.operation_id}"] += 1
        return reply


def _sample_handler(world: World, call: Call) -> Any:
    """Operations the simulator does not model: spec-shaped, deterministic data for the ids asked."""
    route = call.route
    for name in route.path_params:
        value = call[name]
        if name == "portfolio_id":
            world.portfolio(value)
        elif name == "entity_id":
            world.check_entity(value)
        elif name == "wallet_id":
            world.wallet(call["portfolio_id"], value)
    seed_name = route.operation_id + "".join(f"/{call[n]}" for n in route.path_params)
    if route.pagination is None:
        return sample_value(route.response_model, seed_name)
    fields = attrs.fields(attrs.resolve_types(route.response_model))
    items_field = next(f for f in fields if f.name == route.pagination.items)
    (item_type,) = get_args(items_field.type)  # list[X]
    items = [sample_value(item_type, f"{seed_name}#{i}") for i in range(25)]
    return paginate(call, items)
