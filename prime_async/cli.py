"""The `prime-async` command: demo, call, sim serve, routes, watch.

Bad input gets one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, get_args, get_origin

import anyio

from ._client import PrimeClient
from ._credentials import Credentials
from ._errors import CredentialsError, InvalidRequestError, PrimeError
from ._generated.routes import ROUTES
from ._route import Route

__all__ = ["main"]


class UsageError(Exception):
    """Bad command-line input: reported in one line, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    # key=value arguments may come after options (`call GetOrders --sim limit=5`): argparse leaves
    # those over, and they are the call's parameters
    args, extra = parser.parse_known_args(argv)
    if extra and (args.run is not run_call_command or any(e.startswith("-") for e in extra)):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if extra:
        args.params = [*args.params, *extra]
    try:
        result: int = args.run(args)
        return result
    except (UsageError, InvalidRequestError, CredentialsError, ValueError) as exc:
        print(f"prime-async: error: {exc}", file=sys.stderr)
        return 2
    except PrimeError as exc:
        print(f"prime-async: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="prime-async", description="Coinbase Prime from the command line.")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="run a portfolio-wide job (on a local simulator without credentials)")
    demo.add_argument("--portfolios", type=int, default=500, help="simulated portfolios (default 500)")
    demo.add_argument("--concurrency", type=int, default=64, help="requests in flight (default 64)")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--sim", action="store_true", help="use the simulator even when credentials are set")
    demo.set_defaults(run=run_demo_command)

    call = commands.add_parser("call", help="call any operation and print the result as JSON")
    call.add_argument("operation", help="operationId (GetOrders) or method (orders.list_portfolio_orders)")
    call.add_argument("params", nargs="*", metavar="key=value", help="arguments; lists as a,b or repeated keys")
    call.add_argument("--sim", action="store_true", help="call a fresh local simulator instead of Prime")
    call.add_argument("--base-url", help="send to this URL (e.g. a `prime-async sim serve`) with env credentials")
    call.add_argument("--all", action="store_true", help="paginated operations: every item of every page")
    call.set_defaults(run=run_call_command)

    sim = commands.add_parser("sim", help="the local Prime simulator")
    sim_commands = sim.add_subparsers(title="sim commands", required=True, metavar="COMMAND")
    serve = sim_commands.add_parser("serve", help="serve the simulator over HTTP until interrupted")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    serve.add_argument("--portfolios", type=int, default=5)
    serve.add_argument("--seed", type=int, default=0)
    serve.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="[OPERATION:]SPEC",
        help="e.g. error_rate=0.1,latency=0.01 or CreateOrder:commit_then_fail_rate=0.2",
    )
    serve.set_defaults(run=run_serve_command)

    routes = commands.add_parser("routes", help="list every operation")
    routes.set_defaults(run=run_routes_command)

    from ._watch import add_watch_commands  # watch book / watch orders: the WebSocket feed

    add_watch_commands(commands)
    return parser


# -- demo --------------------------------------------------------------------------------------


def _credentials_in_env() -> bool:
    return bool(os.environ.get("PRIME_CREDENTIALS") or os.environ.get("PRIME_ACCESS_KEY"))


def run_demo_command(args: argparse.Namespace) -> int:
    from ._demo import RequestStats, run_demo

    if args.portfolios < 1 or args.concurrency < 1:
        raise UsageError("--portfolios and --concurrency must be at least 1")
    stats = RequestStats()

    async def on_simulator() -> str:
        from .testing import PrimeSimulator

        print(f"Starting a local Prime simulator with {args.portfolios:,} portfolios (seed {args.seed})...")
        sim = PrimeSimulator(portfolios=args.portfolios, seed=args.seed)
        async with (
            sim.serve() as server,
            # the simulator enforces no rate limit unless asked to, so the demo need not pace itself
            PrimeClient(
                credentials=sim.credentials, base_url=server.url, event_hooks=[stats], rate_limit=None
            ) as client,
        ):
            report = await run_demo(
                client,
                target=f"simulator at {server.url}",
                trade=True,
                concurrency=args.concurrency,
                feed_url=sim.ws_url,
            )
        return report.table(stats)

    async def on_prime() -> str:
        print("Credentials found: running read-only against Coinbase Prime (no orders are placed).")
        async with PrimeClient.from_env(event_hooks=[stats]) as client:
            # the feed needs the key's service account id; its URL: PRIME_WS_URL, else Prime's
            feed_url = client.feed().url if client.credentials.svc_account_id else None
            report = await run_demo(
                client, target=client.base_url, trade=False, concurrency=args.concurrency, feed_url=feed_url
            )
        return report.table(stats)

    table = anyio.run(on_simulator if args.sim or not _credentials_in_env() else on_prime)
    print("\nSummary\n" + table)
    return 0


# -- call --------------------------------------------------------------------------------------


def run_call_command(args: argparse.Namespace) -> int:
    try:
        route = ROUTES.find(args.operation)
    except KeyError:
        raise UsageError(f"unknown operation {args.operation!r} (see `prime-async routes`)") from None
    kwargs = parse_params(route, args.params)

    async def call(client: PrimeClient) -> Any:
        _default_ids(route, kwargs, client.credentials)
        endpoint = getattr(getattr(client, route.resource), route.name)
        if route.pagination is not None and args.all:
            return await endpoint(**kwargs).collect()
        return await endpoint(**kwargs)

    async def run() -> Any:
        if args.sim:
            from .testing import PrimeSimulator

            sim = PrimeSimulator()
            async with sim.serve() as server, PrimeClient(credentials=sim.credentials, base_url=server.url) as client:
                return await call(client)
        options = {"base_url": args.base_url} if args.base_url else {}
        async with PrimeClient.from_env(**options) as client:
            return await call(client)

    from ._json import to_json

    print(json.dumps(to_json(anyio.run(run)), indent=2))
    return 0


def _default_ids(route: Route, kwargs: dict[str, Any], credentials: Credentials) -> None:
    """The credentials' portfolio and entity stand in for ones the command line left out."""
    for name, value in (("portfolio_id", credentials.portfolio_id), ("entity_id", credentials.entity_id)):
        if name in route.params_by_name and name not in kwargs and value:
            kwargs[name] = value


def parse_params(route: Route, items: Sequence[str]) -> dict[str, Any]:
    """`key=value` strings -> keyword arguments, converted to each parameter's type."""
    kwargs: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise UsageError(f"expected key=value, got {item!r}")
        param = route.params_by_name.get(key)
        if param is None:
            raise UsageError(f"{route.operation_id} takes no parameter {key!r}")
        if get_origin(param.type) is list:
            (item_type,) = get_args(param.type)
            values = [_convert(item_type, v, key) for v in raw.split(",")] if raw else []
            kwargs.setdefault(key, []).extend(values)
        else:
            kwargs[key] = _convert(param.type, raw, key)
    return kwargs


def _convert(tp: Any, raw: str, key: str) -> Any:
    try:
        if tp is int:
            return int(raw)
        if tp is float:
            return float(raw)
        if tp is bool:
            if raw.lower() not in ("true", "false"):
                raise ValueError
            return raw.lower() == "true"
        if tp is Decimal:
            return Decimal(raw)
        if raw.startswith(("{", "[")):  # nested objects as JSON
            return json.loads(raw)
    except (ValueError, InvalidOperation):
        raise UsageError(f"{key}={raw!r} is not a valid {getattr(tp, '__name__', tp)}") from None
    return raw


# -- sim serve ---------------------------------------------------------------------------------


def run_serve_command(args: argparse.Namespace) -> int:
    from .testing import Faults, PrimeSimulator

    sim = PrimeSimulator(portfolios=args.portfolios, seed=args.seed)
    for spec in args.fault:
        operation, _, text = spec.rpartition(":") if ":" in spec.split("=")[0] else ("", "", spec)
        if operation:
            try:
                route = ROUTES.find(operation)
            except KeyError:
                raise UsageError(f"unknown operation {operation!r} in --fault") from None
            sim.route_faults[route.operation_id] = Faults.parse(text, sim.route_faults.get(route.operation_id))
        else:
            sim.faults = Faults.parse(text, sim.faults)

    async def serve() -> None:
        with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
            async with sim.serve(args.host, args.port) as server:
                print(json.dumps(sim.connection_info(server.url)), flush=True)
                print(f"prime-async simulator listening on {server.url}; Ctrl-C to stop", file=sys.stderr, flush=True)
                async for _ in signals:
                    break
        print(f"prime-async simulator stopped after {sim.stats['requests']:,} requests", file=sys.stderr)

    anyio.run(serve)
    return 0


# -- routes ------------------------------------------------------------------------------------


def run_routes_command(args: argparse.Namespace) -> int:
    for route in ROUTES.values():
        print(f"{route.operation_id:<36} {route.method:<6} {route.path:<80} {route.resource}.{route.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
