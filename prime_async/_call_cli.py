"""`prime-async call OPERATION key=value ...`: any operation from the command line.

- `--all` pages through a paginated operation (one JSON array); `--all --jsonl` writes each item
  as a line of JSON as its page arrives (a page count on stderr when stderr is a terminal).
- `--dry-run` prints the request the call would send, built and signed by the client's own code
  (`Pipeline.preview`), secrets masked, and sends nothing.
- A call that changes something (any method but GET) on a base URL that is not loopback asks
  first on a terminal ("Place this order on https://...? [y/N]"), and without a terminal is
  refused unless `--yes` says so: a typed command is not a second thought. `--sim` and loopback
  URLs (a `prime-async sim serve`) are never asked about.
- `call OPERATION --help`: that operation's parameters (see `_operation_help`).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO, get_args, get_origin

import anyio
import httpx

from ._cli_usage import UsageError, find_route
from ._client import PrimeClient
from ._credentials import Credentials
from ._json import to_json
from ._loopback import is_loopback
from ._pagination import Paginator
from ._route import Route
from ._terminal import TerminalFormatter, for_terminal

__all__ = ["INTENTS", "add_call_command", "parse_params", "show_request"]

# How the confirmation names what a call does, by operation; any other says its method and path.
INTENTS = {
    "CreateOrder": "Place this order",
    "AcceptQuote": "Place this order",  # accepting a quote places the order it quoted
    "EditOrder": "Edit this order",
    "CancelOrder": "Cancel this order",
    "CreateWalletWithdrawal": "Send this withdrawal",
    "CreateWalletTransfer": "Send this transfer",
    "CreateOnchainTransaction": "Send this onchain transaction",
    "CreateConversion": "Make this conversion",
}
YES = ("y", "yes")


def add_call_command(commands: Any) -> None:
    call = commands.add_parser(
        "call",
        help="call any operation and print the result as JSON",
        description="Call any operation of the Prime API and print the result as JSON. "
        "`prime-async call OPERATION --help` lists an operation's parameters.",
        add_help=False,  # -h with an OPERATION shows that operation's parameters
    )
    call.add_argument("-h", "--help", action="store_true", help="this help; after an OPERATION, its parameters")
    call.add_argument(
        "operation",
        nargs="?",
        metavar="OPERATION",
        help="operationId (GetOrders) or method (orders.list_portfolio_orders)",
    )
    call.add_argument("params", nargs="*", metavar="key=value", help="arguments; lists as a,b or repeated keys")
    call.add_argument("--sim", action="store_true", help="call a fresh local simulator instead of Prime")
    call.add_argument("--base-url", help="send to this URL (e.g. a `prime-async sim serve`) with env credentials")
    call.add_argument("--all", action="store_true", help="paginated operations: every item of every page")
    call.add_argument(
        "--jsonl", action="store_true", help="with --all: each item as a line of JSON, written as its page arrives"
    )
    call.add_argument("--dry-run", action="store_true", help="print the request (secrets masked) and send nothing")
    call.add_argument(
        "-y", "--yes", action="store_true", help="send a call that changes something to Prime without asking first"
    )
    call.set_defaults(run=run_call_command, takes_params=True, parser=call)


def run_call_command(args: argparse.Namespace) -> int:
    if args.operation is None:
        if not args.help:
            raise UsageError("which operation? prime-async call OPERATION key=value ... (see prime-async routes)")
        args.parser.print_help()
        return 0
    if args.help:
        from ._operation_help import operation_help

        print(operation_help(find_route(args.operation)))
        return 0
    route = find_route(args.operation)
    if args.sim and args.base_url:
        raise UsageError("--sim and --base-url conflict: --sim calls a fresh local simulator")
    if args.all and route.pagination is None:
        raise UsageError(f"--all pages through results, but {route.operation_id} is not paginated")
    if args.jsonl and not args.all:
        raise UsageError("--jsonl writes the items of --all: use --all --jsonl")
    kwargs = parse_params(route, args.params)

    async def call(client: PrimeClient, local: bool) -> tuple[Any, int]:
        """(what to print as JSON or None, the exit status)."""
        _default_ids(route, kwargs, client.credentials)
        request, prepared = client.pipeline.preview(route, kwargs)  # the arguments checked, before asking
        if args.dry_run:
            print(show_request(request), flush=True)
            first = " (the first page's)" if args.all else ""
            print(f"prime-async: dry run: this request{first} was not sent", file=sys.stderr)
            return None, 0
        if not (local or args.yes) and not confirmed(route, request, client.base_url):
            print("prime-async: not sent", file=sys.stderr)
            return None, 1
        if route.idempotency_field and prepared.idempotency_key is not None:
            kwargs[route.idempotency_field] = prepared.idempotency_key  # the value shown is the value sent
        endpoint = getattr(getattr(client, route.resource), route.name)
        if args.jsonl:
            await write_items(endpoint(**kwargs), sys.stdout, sys.stderr)
            return None, 0
        if route.pagination is not None and args.all:
            return await endpoint(**kwargs).collect(), 0
        return await endpoint(**kwargs), 0

    async def run() -> tuple[Any, int]:
        if args.sim:
            from .testing import PrimeSimulator

            sim = PrimeSimulator()
            async with sim.serve() as server, PrimeClient(credentials=sim.credentials, base_url=server.url) as client:
                return await call(client, local=True)
        options = {"base_url": args.base_url} if args.base_url else {}
        async with PrimeClient.from_env(**options) as client:
            return await call(client, local=is_loopback(httpx.URL(client.base_url).host))

    with _waits_on_stderr():
        result, status = anyio.run(run)
    if result is not None:
        print(json.dumps(to_json(result), indent=2))
    return status


@contextlib.contextmanager
def _waits_on_stderr() -> Iterator[None]:
    """While a call runs, a long wait the library announces (a server's Retry-After over a second,
    logged at INFO with `prime_wait`) is one line on stderr, so a command sitting silent says why.
    With PRIME_LOG set, the library's own handler prints it already."""
    logger = logging.getLogger("prime_async")
    if os.environ.get("PRIME_LOG"):
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(lambda record: hasattr(record, "prime_wait"))
    handler.setFormatter(TerminalFormatter("prime-async: %(message)s"))
    level = logger.level
    if not logger.isEnabledFor(logging.INFO):
        logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


# -- intent ------------------------------------------------------------------------------------


def confirmed(route: Route, request: httpx.Request, base_url: str) -> bool:
    """Whether the call may go: a GET always; a change only when the user says yes on a terminal.
    Without a terminal to ask on, UsageError (exit status 2) naming --yes."""
    if request.method == "GET":
        return True
    intent = INTENTS.get(route.operation_id)
    question = f"{intent} on {base_url}?" if intent else f"Send {request.method} {request.url.path} to {base_url}?"
    if not sys.stdin.isatty():
        raise UsageError(
            f"{route.operation_id} would send {request.method} {request.url.path} to {base_url}, not a local "
            "simulator, and stdin is not a terminal to confirm on: pass --yes to send it (--dry-run shows it)"
        )
    shown = show_request(request, headers=False).split("\n")
    print("\n".join(map(for_terminal, shown)), file=sys.stderr)
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in YES


def show_request(request: httpx.Request, *, headers: bool = True) -> str:
    """The request line, the headers as they would be sent (a masked request: see `masked_request`)
    and the body, byte for byte as signed."""
    lines = [f"{request.method} {request.url}"]
    if headers:
        lines += [f"{name.decode()}: {value.decode()}" for name, value in request.headers.raw]
    if request.content:
        body = request.content.decode("utf-8", "replace")
        lines += ["", body] if headers else [body]
    return "\n".join(lines)


# -- --all --jsonl -----------------------------------------------------------------------------


async def write_items(paginator: Paginator[Any, Any], out: TextIO, err: TextIO) -> None:
    """Each item of each page as one line of JSON (its wire form, as `models.to_json` gives it),
    flushed page by page, so a reader downstream starts before the last page is asked for. When
    stderr is a terminal, a page count on it: in place, or a line a page when stdout shares it."""
    assert paginator.route.pagination is not None
    field = paginator.route.pagination.items
    counting, own_line = err.isatty(), out.isatty()
    pages = items = 0
    async for page in paginator.pages():
        batch = getattr(page, field)
        out.write("".join(json.dumps(to_json(item), separators=(",", ":")) + "\n" for item in batch))
        out.flush()
        pages, items = pages + 1, items + len(batch)
        if counting:
            count = f"prime-async: {pages:,} page{'s' if pages > 1 else ''}, {items:,} items"
            err.write(count + "\n" if own_line else "\r" + count)
            err.flush()
    if counting and pages and not own_line:
        err.write("\n")


# -- arguments ---------------------------------------------------------------------------------


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
            close = difflib.get_close_matches(key, list(route.params_by_name), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(f"{route.operation_id} takes no parameter {key!r}{hint}")
        if get_origin(param.type) is list:
            (item_type,) = get_args(param.type)
            if raw.startswith("["):  # a JSON list (of objects, or of anything)
                values = _convert(list, raw, key)
            else:
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
    except (ValueError, InvalidOperation):
        raise UsageError(f"{key}={raw[:60]!r} is not a valid {getattr(tp, '__name__', tp)}") from None
    if raw.startswith(("{", "[")):  # nested objects as JSON
        try:
            return json.loads(raw)
        except (ValueError, RecursionError) as exc:
            raise UsageError(f"{key}: malformed JSON ({str(exc)[:80]})") from None
    return raw
