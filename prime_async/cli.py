"""The `prime-async` command: demo, call, sim serve, routes, watch.

Every failure is one line on stderr, never a traceback: exit status 2 for bad input (arguments,
credentials, a port in use), 1 for a failure on the other side (an HTTP error, a broken
connection; a write the user declined to send). `PRIME_DEBUG=1` shows the traceback as well.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import logging
import math
import os
import shlex
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import anyio
import attrs

from ._call_cli import add_call_command
from ._cli_usage import UsageError
from ._client import PrimeClient
from ._credentials import JSON_NAMES
from ._errors import CredentialsError, InvalidRequestError, PrimeError
from ._generated.routes import ROUTES
from ._route import Route
from ._terminal import TerminalFormatter, for_terminal
from ._version import __version__

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    # key=value arguments may come after options (`call GetOrders --sim limit=5`): argparse leaves
    # those over, and they are the call's parameters
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # bare `prime-async`: what it can do, not an error
        parser.print_help()
        return 0
    args, extra = parser.parse_known_args(argv)
    if extra and (not getattr(args, "takes_params", False) or any(e.startswith("-") for e in extra)):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if extra:
        args.params = [*args.params, *extra]
    handler = _escaped_warnings()
    try:
        result: int = args.run(args)
        return result
    except Exception as exc:
        return _report(exc)
    except KeyboardInterrupt:
        return 130
    finally:
        if handler is not None:
            logging.getLogger("prime_async").removeHandler(handler)


def _escaped_warnings() -> logging.Handler | None:
    """The library's warnings (the feed's reconnects quote a server's reason phrase) on stderr as
    Python's last-resort handler would show them, escaped for the terminal; unless logging is
    configured already (PRIME_LOG, or a program that calls main()). The handler, to remove after."""
    logger = logging.getLogger("prime_async")
    if logger.handlers or logging.getLogger().handlers:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(TerminalFormatter("%(message)s"))
    logger.addHandler(handler)
    return handler


def _report(exc: Exception) -> int:
    """One line on stderr for a failure; the exit status says whose it was (2: the input's).
    Only ever an Exception (main catches KeyboardInterrupt apart; an ExceptionGroup holds only
    Exceptions), so unwrapping a group cannot reach a KeyboardInterrupt."""
    while isinstance(exc, ExceptionGroup) and len(exc.exceptions) == 1:  # from a task group
        exc = exc.exceptions[0]
    if isinstance(exc, UsageError | InvalidRequestError | CredentialsError | ValueError):
        return _fail(f"error: {_one_line(exc)}", 2)
    if isinstance(exc, PrimeError):
        return _fail(f"{type(exc).__name__}: {_one_line(exc)}", 1)
    if isinstance(exc, BrokenPipeError):  # `prime-async routes | head -1`: the reader left; nothing to report
        _silence_stdout()
        return 0
    if isinstance(exc, OSError):  # a port in use, a file that cannot be written
        if exc.errno == errno.EADDRINUSE:
            return _fail(f"error: {exc.strerror or 'address in use'}: another program holds that port", 2)
        return _fail(f"error: {exc}", 2)
    # a bug of ours: still one line (PRIME_DEBUG=1 for the traceback)
    return _fail(f"internal error: {type(exc).__name__}: {_one_line(exc)} (PRIME_DEBUG=1 shows where)", 1)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 2000 else text[:1997] + "..."


def _fail(message: str, status: int) -> int:
    if os.environ.get("PRIME_DEBUG"):
        traceback.print_exc()
    message = for_terminal(message.replace("\n", " "))  # a server's words: no escape sequence reaches the terminal
    with contextlib.suppress(BrokenPipeError):
        print(f"prime-async: {message}", file=sys.stderr)
    return status


def _silence_stdout() -> None:
    """After a broken pipe, Python's own flush at exit would raise again: point stdout at nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (pytest's capture)
        pass


class _Parser(argparse.ArgumentParser):
    """Bad arguments are one line on stderr and exit status 2, like every other failure."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="prime-async", description="Coinbase Prime from the command line.")
    parser.add_argument("--version", action="version", version=f"prime-async {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="run a portfolio-wide job (on a local simulator without credentials)")
    demo.add_argument("--portfolios", type=int, default=500, help="simulated portfolios (default 500)")
    demo.add_argument("--concurrency", type=int, default=64, help="requests in flight (default 64)")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--sim", action="store_true", help="use the simulator even when credentials are set")
    demo.set_defaults(run=run_demo_command)

    add_call_command(commands)  # call: any operation (see _call_cli)

    sim = commands.add_parser("sim", help="the local Prime simulator")
    sim_commands = sim.add_subparsers(title="sim commands", required=True, metavar="COMMAND")
    serve = sim_commands.add_parser(
        "serve",
        help="serve the simulator over HTTP until interrupted",
        description="Serve a local Prime (REST and the WebSocket feed) until interrupted; print how to "
        "connect (one line of JSON, or --env).",
    )
    add_serve_arguments(serve)
    serve.set_defaults(run=run_serve_command)

    routes = commands.add_parser("routes", help="list the operations, or those a filter names")
    routes.add_argument(
        "filter", nargs="?", help="only operations whose resource, method or operationId holds this (any case)"
    )
    routes.add_argument("--json", action="store_true", help="one JSON array: each operation and its parameters")
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


# -- call: see _call_cli ---------------------------------------------------------------------


# -- sim serve ---------------------------------------------------------------------------------

MAX_PORTFOLIOS = 100_000
MAX_BOOK_DEPTH = 1_000
# what each ServerLimits field bounds, for its flag's help (every field has a flag: see add_serve_arguments)
LIMIT_HELP = {
    "max_body": "the largest request body in bytes; a larger one gets 413 before it is read",
    "max_header_bytes": "the largest request line and headers in bytes; more gets 431",
    "header_timeout": "seconds from a request's first byte to the end of its head; then 408",
    "body_timeout": "seconds from the end of a head to the end of its body; then 408",
    "idle_timeout": "seconds a connection may wait for its next request; then it is closed",
    "send_timeout": "seconds to write one response to a client that does not read; then it is closed",
    "handshake_timeout": "seconds for a feed connection to finish its WebSocket handshake; then it is closed",
    "linger": "seconds a refused request's unread bytes are read and dropped before closing",
}


def _whole(low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number within [low, high]."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
        if value < low or (high is not None and value > high):
            within = f"from {low:,} to {high:,}" if high is not None else f"at least {low:,}"
            raise argparse.ArgumentTypeError(f"{value} is out of range: {within}")
        return value

    return parse


def _seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text[:40]} is not a positive number of seconds")
    return value


def _any_whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None


def add_serve_arguments(serve: argparse.ArgumentParser) -> None:
    """`sim serve`'s flags, each with its default in its help: the simulator's settings, and a flag
    for every field of ServerLimits (named after it, its default read from it)."""
    from .testing._feed_market import DEFAULT_DEPTH
    from .testing._limits import ServerLimits

    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: %(default)s)")
    serve.add_argument(
        "--port", type=_whole(0, 65535), default=0, help="the HTTP port; 0 picks a free one (default: %(default)s)"
    )
    serve.add_argument(
        "--portfolios",
        type=_whole(1, MAX_PORTFOLIOS),
        default=5,
        help=f"portfolios of the simulated entity, 1 to {MAX_PORTFOLIOS:,} (default: %(default)s)",
    )
    serve.add_argument(
        "--seed", type=_any_whole, default=0, help="the world's seed: one seed, one world (default: %(default)s)"
    )
    serve.add_argument(
        "--book-depth",
        type=_whole(1, MAX_BOOK_DEPTH),
        default=DEFAULT_DEPTH,
        help=f"price levels a side of each l2 book on the feed, 1 to {MAX_BOOK_DEPTH:,} (default: %(default)s)",
    )
    serve.add_argument(
        "--env",
        choices=("shell", "dotenv", "json"),
        nargs="?",
        const="shell",
        help="print the connection as `export PRIME_...=` lines to eval, PRIME_CREDENTIALS included (shell, "
        "the value when --env comes alone), a .env file's lines (dotenv), or those variables as one JSON "
        "object (json) (default: one line of JSON with url, access_key, ... ws_url)",
    )
    serve.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="[OPERATION:]SPEC",
        help="inject faults, e.g. error_rate=0.1,latency=0.01 or CreateOrder:commit_then_fail_rate=0.2; "
        "subcode=NAME[@RATE] answers any error of Prime's catalog with its status and code, on RATE of the "
        "requests (all without it), e.g. CreateOrder:subcode=ORDER_SERVICE_UNAVAILABLE@0.3 or "
        "subcode=SERVER_MAINTENANCE_MODE_ACTIVE; repeatable (default: none)",
    )
    limits = serve.add_argument_group("server limits", "what a client may send, and how slowly (ServerLimits)")
    for field in attrs.fields(ServerLimits):
        kind = _whole(0) if field.type in (int, "int") else _seconds
        limits.add_argument(
            "--" + field.name.replace("_", "-"),
            dest=f"limit_{field.name}",
            type=kind,
            default=field.default,
            metavar="BYTES" if kind is not _seconds else "SECONDS",
            help=f"{LIMIT_HELP[field.name]} (default: %(default)s)",
        )


def run_serve_command(args: argparse.Namespace) -> int:
    from .testing import PrimeSimulator, ServerLimits

    limits = ServerLimits(**{f.name: getattr(args, f"limit_{f.name}") for f in attrs.fields(ServerLimits)})
    sim = PrimeSimulator(portfolios=args.portfolios, seed=args.seed, limits=limits)
    sim.feed.depth = args.book_depth
    for spec in args.fault:
        sim.add_fault(spec)

    async def serve() -> None:
        with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
            async with sim.serve(args.host, args.port) as server:
                info = sim.connection_info(server.url)
                print(_env_lines(info, args.env) if args.env else json.dumps(info), flush=True)
                print(f"prime-async simulator listening on {server.url}; Ctrl-C to stop", file=sys.stderr, flush=True)
                async for _ in signals:
                    break
        print(f"prime-async simulator stopped after {sim.stats['requests']:,} requests", file=sys.stderr)

    anyio.run(serve)
    return 0


def env_values(info: dict[str, Any]) -> dict[str, str]:
    """The simulator's connection as environment variables: prime-async's own `PRIME_*` ones, and
    `PRIME_CREDENTIALS`, the JSON Coinbase's SDKs (prime-sdk-py, prime-sdk-ts) read."""
    portfolio_id = info["portfolio_ids"][0] if info["portfolio_ids"] else ""
    values = {
        "PRIME_BASE_URL": info["url"],
        "PRIME_ACCESS_KEY": info["access_key"],
        "PRIME_PASSPHRASE": info["passphrase"],
        "PRIME_SIGNING_KEY": info["signing_key"],
        "PRIME_ENTITY_ID": info["entity_id"],
        "PRIME_PORTFOLIO_ID": portfolio_id,
    }
    for key, name in (("ws_url", "PRIME_WS_URL"), ("svc_account_id", "PRIME_SVC_ACCOUNT_ID")):
        if info.get(key):
            values[name] = info[key]
    found = (info["access_key"], info["passphrase"], info["signing_key"], portfolio_id, info["entity_id"])
    credentials = dict(zip(JSON_NAMES, (*found, info.get("svc_account_id") or ""), strict=True))
    values["PRIME_CREDENTIALS"] = json.dumps(credentials, separators=(",", ":"))
    return values


def _env_lines(info: dict[str, Any], form: str) -> str:
    """`export NAME=value` lines for a shell to `eval` or source (`shell`), `NAME=value` lines for
    a .env file (`dotenv`), or one JSON object (`json`). Values are quoted for the shell
    (shlex): JSON, spaces, `$` and backticks arrive as they are. A value no .env reader could take
    back (a quote or a line break in it; never one of the simulator's) is refused."""
    values = env_values(info)
    if form == "json":
        return json.dumps(values)
    for name, value in values.items():
        if form == "dotenv" and ("'" in value or "\n" in value or "\r" in value):
            raise UsageError(f"{name} cannot be written safely to a .env file")
    prefix = "export " if form == "shell" else ""
    return "\n".join(f"{prefix}{name}={shlex.quote(value)}" for name, value in values.items())


# -- routes ------------------------------------------------------------------------------------


def run_routes_command(args: argparse.Namespace) -> int:
    needle = (args.filter or "").lower()
    routes = [
        route
        for route in ROUTES.values()
        if any(needle in name.lower() for name in (route.operation_id, f"{route.resource}.{route.name}"))
    ]
    if args.json:
        print(json.dumps([_route_json(route) for route in routes], indent=2))
    for route in routes if not args.json else ():
        print(f"{route.operation_id:<36} {route.method:<6} {route.path:<80} {route.resource}.{route.name}")
    if not routes:
        return _fail(f"no operation's resource, method or operationId holds {args.filter!r}", 1)
    return 0


def _route_json(route: Route) -> dict[str, Any]:
    """One operation for `routes --json`: names, method and path, and each parameter."""
    from ._operation_help import type_name
    from ._route import argument_required

    return {
        "operation_id": route.operation_id,
        "method": route.method,
        "path": route.path,
        "resource": route.resource,
        "name": route.name,
        "summary": route.summary,
        "paginated": route.pagination is not None,
        "idempotency_field": route.idempotency_field,
        "params": [
            {
                "name": p.name,
                "in": p.location,
                "type": type_name(p.type),
                "required": argument_required(p.name, p.location, p.required, route.idempotency_field),
            }
            for p in route.params
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
