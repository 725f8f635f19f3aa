"""`prime-async` output modes (#22 item 5): bare help, `call OPERATION --help`, `routes FILTER
--json`, and `call --all --jsonl`, which writes items as their pages arrive."""

from __future__ import annotations

import json
import re
import select
import subprocess
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from prime_async import ROUTES
from prime_async._operation_help import operation_help, param_docs
from prime_async._route import argument_required
from prime_async.cli import main

from .hostile import HostileServer, Request, ok_json
from .terminal import on_terminal
from .test_cli import CLI, NO_CREDENTIALS, SIM_CREDENTIALS, run_cli

BOUND = 60  # seconds any one command may take

ENV = {**SIM_CREDENTIALS, "PRIME_PORTFOLIO_ID": "p-1"}


def test_bare_prime_async_prints_the_help_and_exits_0() -> None:
    done = run_cli()
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("usage: prime-async")
    for command in ("demo", "call", "sim", "routes", "watch"):
        assert re.search(rf"^\s+{command}\s+\w", done.stdout, re.M), command


# -- call OPERATION --help ---------------------------------------------------------------------


def test_call_operation_help_lists_types_required_marks_and_spec_docs() -> None:
    done = run_cli("call", "orders.create_order", "--help")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("usage: prime-async call CreateOrder [key=value ...]")
    assert "Create Order: POST /v1/portfolios/{portfolio_id}/order (orders.create_order)" in text
    entry = text.split("* product_id  (text, in the body, required)\n")[1].split("\n* ")[0]
    assert "The ID of the product being traded for the order" in entry
    side = text.split("* side  (OrderSide, in the body, required)\n")[1].split("\n* ")[0]
    assert "Order side" in side and "one of: BUY, SELL" in side  # the enum's values, no placeholder
    assert "  base_quantity  (decimal, in the body)\n" in text  # optional: no mark
    assert "  portfolio_id  (text, in the path)\n" in text and "PRIME_PORTFOLIO_ID" in text
    assert "  client_order_id  (text, in the body)\n" in text and "filled in by the client" in text
    # the plain `call --help` is still the command's own
    own = run_cli("call", "--help")
    assert own.returncode == 0 and "--dry-run" in own.stdout and "--jsonl" in own.stdout


@pytest.mark.parametrize("operation_id", list(ROUTES))
def test_every_operation_help_fits_80_columns_and_names_every_parameter(operation_id: str) -> None:
    route = ROUTES[operation_id]
    text = operation_help(route)
    for line in text.splitlines():  # only a word that cannot be broken (a long path) may run over
        assert len(line) <= 80 or " " not in line.strip(), line
    docs = param_docs(route)
    for param in route.params:
        required = argument_required(param.name, param.location, param.required, route.idempotency_field)
        mark = "*" if required else " "
        assert re.search(rf"^\{mark} {param.name}  \(.+, in the {param.location}", text, re.M) or (
            mark == " " and re.search(rf"^  {param.name}  \(", text, re.M)
        ), param.name
        assert docs[param.name] or "Not described in the spec." in text
    assert "](" not in text  # Markdown links shown as their text


def test_help_renders_spec_lists_and_links_for_a_terminal() -> None:
    text = operation_help(ROUTES["GetOrders"])
    statuses = text.split("  order_statuses  (list of OrderStatus, as a,b or repeated, in the query)\n")[1]
    assert "\n      - OPEN: The order is open but unfilled\n" in statuses
    assert "- MARKET: A market order\n" in text  # [market order](https://...(exchange)#...) as its text


def test_a_json_list_of_objects_is_taken_whole(capsys: pytest.CaptureFixture[str]) -> None:
    legs = [{"allocation_leg_id": "l1", "destination_portfolio_id": "x", "amount": "1"},
            {"allocation_leg_id": "l2", "destination_portfolio_id": "y", "amount": "2"}]  # fmt: skip
    assert main(["call", "CreateAllocation", "--sim", "--dry-run", f"allocation_legs={json.dumps(legs)}"]) == 0
    body = capsys.readouterr().out.split("\n\n", 1)[1]
    assert json.loads(body)["allocation_legs"] == legs


# -- routes ------------------------------------------------------------------------------------


def test_routes_filter_by_resource_method_or_operation_id_in_any_case(capsys: pytest.CaptureFixture[str]) -> None:
    def listed(*args: str) -> list[str]:
        assert main(["routes", *args]) == 0
        return [line.split()[0] for line in capsys.readouterr().out.splitlines()]

    orders = listed("ORDERS.")  # the resource
    assert "CreateOrder" in orders and "GetOrders" in orders and "GetPortfolios" not in orders
    assert set(orders) == {r.operation_id for r in ROUTES.values() if r.resource == "orders"}
    assert listed("orders.cancel") == ["CancelOrder"]  # resource.method
    assert listed("cancel_ORDER") == ["CancelOrder"]  # a method name's part
    assert set(listed("getorder")) == {"GetOrder", "GetOrders", "GetOrderFills", "GetOrderEditHistory"} & set(ROUTES)
    assert main(["routes", "no-such-thing"]) == 1
    assert "no operation's" in capsys.readouterr().err


def test_routes_json_gives_each_operation_and_its_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routes", "--json"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert [r["operation_id"] for r in table] == list(ROUTES)
    create = next(r for r in table if r["operation_id"] == "CreateOrder")
    assert create["method"] == "POST" and create["resource"] == "orders" and create["name"] == "create_order"
    assert create["idempotency_field"] == "client_order_id" and create["paginated"] is False
    params = {p["name"]: p for p in create["params"]}
    assert params["side"] == {"name": "side", "in": "body", "type": "OrderSide", "required": True}
    assert params["portfolio_id"]["required"] is False  # the client's default stands in
    assert main(["routes", "withdrawal", "--json"]) == 0
    assert (
        [r["operation_id"] for r in json.loads(capsys.readouterr().out)]
        == [r.operation_id for r in ROUTES.values() if "withdrawal" in r.operation_id.lower()]
        == ["CreateWalletWithdrawal", "GetWithdrawalPower"]
    )


# -- call --all --jsonl ------------------------------------------------------------------------


def page(ids: list[str], cursor: str) -> bytes:
    return json.dumps(
        {
            "orders": [{"id": i, "status": "OPEN"} for i in ids],
            "pagination": {"next_cursor": cursor, "has_next": bool(cursor)},
        }
    ).encode()


@pytest.fixture
def two_pages() -> Iterator[tuple[HostileServer, threading.Event, list[bool]]]:
    """GetOrders in two pages; the second held until the test releases it. `held` says, for each
    time the second page was asked for, whether it was released (True) or the wait timed out."""
    released, held = threading.Event(), []

    def serve(request: Request) -> bytes:
        if "cursor=c2" not in request.target:
            return ok_json(page(["o1", "o2"], "c2"))
        held.append(released.wait(BOUND))
        return ok_json(page(["o3"], ""))

    with HostileServer(serve) as server:
        try:
            yield server, released, held
        finally:
            released.set()


def test_jsonl_writes_the_first_page_before_the_last_is_served(
    two_pages: tuple[HostileServer, threading.Event, list[bool]],
) -> None:
    server, released, held = two_pages
    proc = subprocess.Popen(
        [*CLI, "call", "GetOrders", "--base-url", server.url, "--all", "--jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, bufsize=0,  # readline() takes no more than a line
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], BOUND / 2)
        assert ready, "no line before the second page was served"
        first = json.loads(proc.stdout.readline())
        assert held == [] and first["id"] == "o1"  # the second page is still held
        released.set()
        out, err = proc.communicate(timeout=BOUND)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=BOUND)
    assert proc.returncode == 0, err
    lines = [json.loads(line) for line in out.decode().splitlines()]
    assert [item["id"] for item in lines] == ["o2", "o3"] and held == [True]
    assert err == b""  # stderr is not a terminal: no page count


def test_jsonl_counts_pages_on_a_terminal(two_pages: tuple[HostileServer, threading.Event, list[bool]]) -> None:
    server, released, _ = two_pages
    released.set()
    argv = [*CLI, "call", "GetOrders", "--base-url", server.url, "--all", "--jsonl"]
    status, shown, out = on_terminal(argv, ENV, bound=BOUND)
    assert status == 0 and len(out.splitlines()) == 3
    assert "prime-async: 1 page, 2 items" in shown and "prime-async: 2 pages, 3 items" in shown


def test_jsonl_gives_the_items_all_gives(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["call", "GetOrders", "--sim", "--all", "limit=1", "order_statuses=OPEN"]
    assert main(args) == 0
    everything: list[Any] = json.loads(capsys.readouterr().out)
    assert main([*args, "--jsonl"]) == 0
    streamed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(everything) >= 2 and [i["id"] for i in streamed] == [i["id"] for i in everything]
    drop = {"created_at"}  # each run's simulator starts its seeded world now
    assert [{k: v for k, v in i.items() if k not in drop} for i in streamed] == [
        {k: v for k, v in i.items() if k not in drop} for i in everything
    ]


def test_jsonl_needs_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["call", "GetOrders", "--sim", "--jsonl"]) == 2
    assert "use --all --jsonl" in capsys.readouterr().err


def test_jsonl_into_a_closed_pipe_is_quiet() -> None:
    command = f"{' '.join(CLI)} call GetOrders --sim --all --jsonl limit=1 | head -1; exit ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=BOUND, env=NO_CREDENTIALS)
    assert done.returncode == 0 and done.stderr == "" and len(done.stdout.splitlines()) == 1
    assert json.loads(done.stdout)["id"]
