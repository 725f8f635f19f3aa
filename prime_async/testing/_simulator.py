"""PrimeSimulator: a faithful, stateful, local Coinbase Prime.

`handle()` takes raw request parts and returns raw reply parts, so the same simulator serves a
real loopback HTTP server (`serve()`), an in-process httpx transport (`transport()`), and
anything else that can carry bytes. Each request is routed with the generated route table,
authenticated like Prime (key, passphrase, HMAC over the exact bytes received, 30 s window),
rate limited, parsed and checked against the spec, deduplicated on its idempotency field as Prime
does (a repeated `client_order_id` refused, see `_perform`), and answered by the operation's
handler from the world's state; faults are injected on the way.
"""

from __future__ import annotations

import decimal
import difflib
import json
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, get_args, get_origin
from urllib.parse import parse_qsl, unquote

import anyio
import attrs

from .._client import PrimeClient
from .._convert import converter
from .._credentials import Credentials
from .._generated.errors import SUBCODES
from .._generated.routes import ROUTES
from .._json import to_json
from .._public import publish
from .._route import Route
from .._signing import Signer
from .._token_bucket import TokenBucket
from ._failures import NOT_FOUND, RATE_LIMITED, UNAUTHENTICATED, error_body, subcode_for, trace_id, unavailable
from ._faults import Faults, retry_after_header, uniform
from ._feed_server import SimulatedFeed
from ._handlers import HANDLERS, Call
from ._limits import ServerLimits
from ._reply import DROP, Reply
from ._values import check_body, parse_query_value, same_secret
from ._wire_names import query_names, wire_body
from ._world import SimError, World

if TYPE_CHECKING:
    from ._server import SimulatorServer
    from ._transport import SimulatorTransport

__all__ = ["DROP", "PrimeSimulator", "Reply"]

log = logging.getLogger("prime_async.testing")

_TIMESTAMP = re.compile(r"[0-9]{1,12}")  # ASCII digits only: "²".isdigit() is True
# Handlers compute with amounts of at most 15 + 18 digits (see _values.py): products and
# quotients of two of them, quantized to a satoshi, need some 70 digits to stay exact
_ARITHMETIC = decimal.Context(prec=80, traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow])


def _json_reply(status: int, data: Any, request_id: str, extra: tuple[tuple[str, str], ...] = ()) -> Reply:
    body = json.dumps(data, separators=(",", ":")).encode()
    return Reply(status, body, (("content-type", "application/json"), ("x-request-id", request_id), *extra))


class HttpRouter:
    """Routes an HTTP request to its operation: method + raw path -> (route, path values). Routes
    with more literal segments win.

    Indexed by method, so that a request is matched only against the routes of its method."""

    def __init__(self) -> None:
        entries = []
        for route in ROUTES.values():
            pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(route.path))
            literal_segments = sum(1 for s in route.path.split("/") if s and not s.startswith("{"))
            entries.append((-literal_segments, route.method, re.compile(pattern + "$"), route))
        entries.sort(key=lambda e: e[0])
        self._by_method: dict[str, list[tuple[re.Pattern[str], Route]]] = {}
        for _, method, regex, route in entries:  # each method's list keeps the order above
            self._by_method.setdefault(method, []).append((regex, route))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for regex, route in self._by_method.get(method, ()):
            if found := regex.match(path):
                return route, {k: unquote(v) for k, v in found.groupdict().items()}
        return None


_http_router: HttpRouter | None = None


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
        limits: ServerLimits | None = None,
    ) -> None:
        global _http_router
        _http_router = _http_router or HttpRouter()
        self._http_router = _http_router
        self.seed = seed
        self.world = World(seed=seed, portfolios=portfolios, clock=clock)
        self.faults = faults or Faults()
        self.route_faults: dict[str, Faults] = {}
        self.auth_window = auth_window
        self.clock = clock
        self.limits = limits or ServerLimits()
        self.stats: Counter[str] = Counter()
        self._keys: dict[str, tuple[Credentials, Signer]] = {}
        self._buckets: dict[tuple[str, str], TokenBucket] = {}
        self._not_before: dict[tuple[str, str, str, bytes], float] = {}  # after a 429
        self._done: dict[tuple[str, str, str], Reply] = {}  # (operation, portfolio, idempotency value) -> reply
        self._client_order_ids: set[tuple[str, str]] = set()  # (portfolio, client_order_id) of orders placed
        self._seen: Counter[tuple[str, str, bytes]] = Counter()
        self._lock = threading.Lock()
        self._requests = 0
        self.credentials = self.add_api_key()
        self.feed = SimulatedFeed(self)  # the WebSocket feed, served with serve()

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
            svc_account_id=f"svc-{self.world.entity_id[:8]}-{len(self._keys):04d}",
        )
        self._keys[credentials.access_key] = (credentials, Signer(credentials.signing_key))
        return credentials

    def add_fault(self, spec: str) -> None:
        """A fault as `prime-async sim serve --fault` takes it, `[OPERATION:]SPEC`, on top of those
        set: `sim.add_fault("CreateOrder:subcode=ORDER_SERVICE_UNAVAILABLE@0.3")` (one operation;
        its id or `resource.method`), `sim.add_fault("error_rate=0.1,latency=0.01")` (every one).
        An unknown operation, fault or subcode is a ValueError naming the nearest known one."""
        operation, _, text = spec.rpartition(":") if ":" in spec.split("=")[0] else ("", "", spec)
        if not operation:
            self.faults = Faults.parse(text, self.faults)
            return
        try:
            route = ROUTES.find(operation)
        except KeyError:
            close = difflib.get_close_matches(operation, list(ROUTES), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else " (see `prime-async routes`)"
            raise ValueError(f"unknown operation {operation!r} in --fault{hint}") from None
        self.route_faults[route.operation_id] = Faults.parse(text, self.route_faults.get(route.operation_id))

    def api_key(self, access_key: str) -> Credentials | None:
        """The credentials of one of this simulator's access keys."""
        found = self._keys.get(access_key)
        return found[0] if found else None

    @contextmanager
    def locked(self) -> Iterator[World]:
        """The world, held still between requests (for the feed, and tests, to read or move it)."""
        with self._lock:
            yield self.world

    @property
    def ws_url(self) -> str | None:
        """The WebSocket feed's URL while `serve()` runs."""
        return self.feed.url

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
            "svc_account_id": c.svc_account_id,
            "ws_url": self.feed.url,
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
        return PrimeClient(credentials=self.credentials, base_url="https://prime.sim", **options)

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[SimulatorServer]:
        """Serve over real HTTP on a loopback port (0 picks a free one), and the WebSocket feed on
        another (`ws_url`), until the block exits."""
        from ._server import SimulatorServer

        async with SimulatorServer(self, host, port) as server, self.feed.serve(host):
            yield server

    @contextmanager
    def serve_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[SimulatorServer]:
        """`serve()` on its own event loop in a background thread, for synchronous code."""
        from anyio.from_thread import start_blocking_portal

        with start_blocking_portal() as portal, portal.wrap_async_context_manager(self.serve(host, port)) as server:
            yield server

    # -- one request -------------------------------------------------------------------------

    async def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request. `target` is the raw path and query; `headers` have lower-case names.

        Never raises (but for cancellation): a failure in the simulator itself is answered 500
        with a `message` naming the operation and the request id, and logged with its traceback
        on the `prime_async.testing` logger."""
        request_id = self._next_request_id()
        try:
            return await self._answer(method, target, headers, body, request_id)
        except Exception as exc:
            path = target.partition("?")[0]
            log.exception("simulator: %s %s failed (request %s)", method, path, request_id)
            found = self._http_router.match(method, path)
            where = found[0].operation_id if found else f"{method} {path}"
            message = f"internal error in the simulator's {where}: {type(exc).__name__} (request {request_id})"
            return self._error(500, message, request_id)

    def check_head(self, method: str, target: str, headers: Mapping[str, str]) -> Reply | None:
        """The answer to a request that its head alone condemns: no such route, or credentials
        that fail before the signature is checked. The server asks before reading a body, so
        that nobody without a valid key and passphrase can make it read one. None: read on."""
        path = target.partition("?")[0]
        problem = self._head_problem(method, path, headers)
        if problem is None:
            return None
        request_id = self._next_request_id()
        status, message = problem
        if status == 401:
            self.stats["auth_failures"] += 1
        return self._error(status, message, request_id, subcode=UNAUTHENTICATED if status == 401 else NOT_FOUND)

    def protocol_error(self, status: int, message: str) -> Reply:
        """The answer to a request the server could not read (malformed, too large, too slow):
        Prime's body without a subcode, as the catalog has none for these."""
        return self._error(status, message, self._next_request_id())

    def _next_request_id(self) -> str:
        self._requests += 1
        self.stats["requests"] += 1
        return f"sim-{self._requests:08d}"

    def _head_problem(self, method: str, path: str, headers: Mapping[str, str]) -> tuple[int, str] | None:
        if self._http_router.match(method, path) is None:
            return 404, f"no route for {method} {path}"
        problem = self._credentials_problem(headers)
        return (401, problem) if problem else None

    async def _answer(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes, request_id: str
    ) -> Reply:
        path, _, query = target.partition("?")
        if len(body) > self.limits.max_body:
            return self._error(413, f"request body is over the limit of {self.limits.max_body:,} bytes", request_id)
        found = self._http_router.match(method, path)
        if found is None:
            return self._error(404, f"no route for {method} {path}", request_id, subcode=NOT_FOUND)
        route, path_values = found
        faults = self.route_faults.get(route.operation_id, self.faults)
        if faults.latency:
            await anyio.sleep(faults.latency)
        access_key = headers.get("x-cb-access-key", "")
        problem = self._authenticate(method, path, headers, body)
        if problem:
            self.stats["auth_failures"] += 1
            return self._error(401, problem, request_id, subcode=UNAUTHENTICATED)
        identity = (access_key, method, target, body)
        if self.clock() < self._not_before.get(identity, 0.0):
            self.stats["retried_too_early"] += 1  # the same request again, sooner than Retry-After said
        wait = self._rate_limit(access_key, route, faults, path_values.get("portfolio_id"))
        if wait:
            wait = max(wait, faults.retry_after or 0.0)
            self._not_before[identity] = self.clock() + wait - 0.002
            self.stats["rate_limited"] += 1
            retry_after = (("retry-after", retry_after_header(wait)),)
            return self._error(429, "rate limit exceeded", request_id, retry_after, subcode=RATE_LIMITED)
        with self._lock:
            self._seen[(method, target, body)] += 1
            fault = faults.draw(uniform(self.seed, method, target, body, self._seen[(method, target, body)]))
        if fault == "error":
            self.stats["fault_error"] += 1
            subcode = unavailable(route.operation_id)
            return self._error(503, "service unavailable (injected)", request_id, subcode=subcode)
        if fault == "subcode":
            assert faults.subcode is not None
            self.stats[f"fault_{faults.subcode}"] += 1
            message = f"{SUBCODES[faults.subcode].meaning} (injected)"
            return self._error(SUBCODES[faults.subcode].status, message, request_id, subcode=faults.subcode)
        if fault == "drop":
            self.stats["fault_drop"] += 1
            return DROP
        try:
            call = self._parse(route, path_values, query, body)
            with self._lock, decimal.localcontext(_ARITHMETIC):
                reply = self._perform(route, call, request_id)
        except SimError as exc:
            return self._error(exc.status, exc.message, request_id, subcode=subcode_for(route.operation_id, exc))
        if fault == "commit_then_fail":
            self.stats["fault_commit_then_fail"] += 1
            message = "internal error (injected, after the request took effect)"
            return self._error(500, message, request_id)
        if fault == "commit_then_drop":
            self.stats["fault_commit_then_drop"] += 1
            return DROP
        return reply

    def _error(
        self,
        status: int,
        message: str,
        request_id: str,
        extra: tuple[tuple[str, str], ...] = (),
        *,
        subcode: str | None = None,
    ) -> Reply:
        """Prime's error body `{code, subcode, message, trace_id}`; with a subcode, the status is
        the catalog's for it (see `_failures.py`)."""
        status, body = error_body(subcode, message, trace_id(self.seed, request_id), status=status)
        self.stats[f"status_{status}"] += 1
        return _json_reply(status, body, request_id, extra)

    def _credentials_problem(self, headers: Mapping[str, str]) -> str | None:
        """What is wrong with the key, passphrase and timestamp; the signature needs the body."""
        names = ("x-cb-access-key", "x-cb-access-passphrase", "x-cb-access-signature", "x-cb-access-timestamp")
        missing = [n for n in names if not headers.get(n)]
        if missing:
            return f"missing header {missing[0].upper()}"
        problem, _ = self.key_problem(
            headers["x-cb-access-key"], headers["x-cb-access-passphrase"], headers["x-cb-access-timestamp"]
        )
        return problem

    def key_problem(
        self, access_key: str, passphrase: str, timestamp: str, *, expired: str = "request timestamp expired or invalid"
    ) -> tuple[str | None, Signer | None]:
        """REST's and the feed's check of a key, its passphrase and a timestamp (ASCII digits
        within `auth_window`, else the `expired` problem): (the problem, None), or (None, the
        key's Signer) for the signature check that follows. Odd characters ("²" is a digit to
        `str.isdigit`, a non-ASCII passphrase) are refused, not raised on."""
        key = self._keys.get(access_key)
        if key is None:
            return "invalid api key", None
        credentials, signer = key
        if not same_secret(passphrase, credentials.passphrase):
            return "invalid passphrase", None
        if not _TIMESTAMP.fullmatch(timestamp) or abs(int(timestamp) - self.clock()) > self.auth_window:
            return expired, None
        return None, signer

    def _authenticate(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> str | None:
        problem = self._credentials_problem(headers)
        if problem:
            return problem
        _, signer = self._keys[headers["x-cb-access-key"]]
        expected = signer.sign(headers["x-cb-access-timestamp"], method, path, body)
        if not same_secret(headers["x-cb-access-signature"], expected):
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
            sent = [name for name in query_names(p.wire) if name in raw]  # proto name, JSON name
            if len(sent) > 1 and get_origin(p.type) is not list:
                message = f"query parameter {p.wire} sent twice, as {sent[0]} and {sent[1]}: ambiguous"
                raise SimError(400, message, field=p.wire)
            values = [value for name in sent for value in raw[name]]
            if not values:
                if p.required:
                    raise SimError(400, f"missing required query parameter {p.wire}", field=p.wire, missing=True)
                params[p.name] = None
                continue
            if get_origin(p.type) is list:
                (item,) = get_args(p.type)
                params[p.name] = [parse_query_value(p.wire, item, v) for v in values]
            else:
                params[p.name] = parse_query_value(p.wire, p.type, values[-1])
        parsed_body = None
        if route.body_model is not None:
            parsed_body = self._parse_body(route, body)
        return Call(route, params, parsed_body)

    def _parse_body(self, route: Route, body: bytes) -> Any:
        assert route.body_model is not None
        try:
            data = json.loads(body, object_pairs_hook=_object) if body else {}
        except (ValueError, RecursionError):
            raise SimError(400, "malformed JSON body") from None
        if not isinstance(data, dict):
            raise SimError(400, "the body must be a JSON object")
        try:
            data = wire_body(route.body_model, data, path_params=route.path_params)  # every field under its proto name
        except RecursionError:
            raise SimError(400, "the body is nested too deep") from None
        fields = attrs.fields(route.body_model)
        missing = [
            f.metadata.get("wire", f.name)
            for f in fields
            if f.default is attrs.NOTHING and data.get(f.metadata.get("wire", f.name)) in (None, "")
        ]
        if missing:
            raise SimError(400, f"missing required field(s): {', '.join(missing)}", field=missing[0], missing=True)
        check_body(route.body_model, data)
        try:
            return converter().structure(data, route.body_model)
        except Exception as exc:  # what check_body lets through and the converter does not: say so
            raise SimError(400, f"invalid request body: {type(exc).__name__}: {exc}"[:300]) from None

    def _perform(self, route: Route, call: Call, request_id: str) -> Reply:
        """Run the handler, deduplicated on the route's idempotency field as Prime does: a
        `client_order_id` already used in the portfolio is refused (400 VALIDATION_ERROR
        ORDER_DUPLICATE_CLIENT_ORDER_ID, the catalog's answer for CreateOrder, AcceptQuote and
        EditOrder); for the other keyed operations (the catalog declares no "duplicate" answer) a
        repeat gets the first answer again, scoped by portfolio (inferred). A call that carries no
        value is never deduplicated."""
        value = call[route.idempotency_field] if route.idempotency_field else None
        scope = str(call.params.get("portfolio_id") or "")
        key = None
        if value not in (None, ""):
            if route.operation_id in ORDER_ID_OPERATIONS:
                if (scope, value) in self._client_order_ids or self._order_with(scope, str(value)):
                    self.stats["duplicates_refused"] += 1
                    raise SimError(
                        400,
                        "An order with this client_order_id already exists",
                        subcode="ORDER_DUPLICATE_CLIENT_ORDER_ID",
                    )
            else:
                key = (route.operation_id, scope, str(value))
                if key in self._done:
                    self.stats["idempotent_replays"] += 1
                    return self._done[key]
        result = HANDLERS[route.operation_id](self.world, call)
        reply = _json_reply(200, to_json(result), request_id)
        if key is not None:
            self._done[key] = reply
        elif route.operation_id in ORDER_ID_OPERATIONS and value not in (None, ""):
            self._client_order_ids.add((scope, str(value)))
        self.stats["performed"] += 1
        self.stats[f"performed_{route.operation_id}"] += 1
        return reply

    def _order_with(self, portfolio_id: str, client_order_id: str) -> bool:
        """Whether an order of the portfolio carries this client_order_id (one the world placed
        itself, or a test through the world directly)."""
        world = self.world
        return any(
            world.orders[oid].client_order_id == client_order_id for oid in world.orders_of.get(portfolio_id, ())
        )


# Operations whose idempotency field is a client_order_id: Prime refuses a repeat with
# ORDER_DUPLICATE_CLIENT_ORDER_ID (spec/prime-errors.yaml) instead of answering it again.
ORDER_ID_OPERATIONS = frozenset({"CreateOrder", "AcceptQuote", "EditOrder"})


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key that comes twice is refused, as protojson refuses it."""
    data = dict(pairs)
    if len(data) != len(pairs):
        twice = next(key for i, (key, _) in enumerate(pairs) if key in dict(pairs[:i]))
        raise SimError(400, f"duplicate field {twice}"[:300])
    return data


publish("prime_async.testing", globals(), ["PrimeSimulator"])  # loaded lazily by prime_async.testing
