"""The `prime-async` command: demo, call, sim serve, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from typing import Any

import pytest

from prime_async.cli import main

from .conftest import ACCESS_KEY, PASSPHRASE, SIGNING_KEY, RecordingServer

CLI = [sys.executable, "-m", "prime_async"]
NO_CREDENTIALS = {k: v for k, v in os.environ.items() if not k.startswith("PRIME_")}


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env or NO_CREDENTIALS, timeout=timeout)


def start_cli(*args: str) -> subprocess.Popen[str]:
    """The command running in the background (a `sim serve`), its output piped."""
    return subprocess.Popen(
        [*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=NO_CREDENTIALS
    )


def test_demo_runs_on_the_simulator_without_credentials() -> None:
    done = run_cli("demo", "--portfolios", "20", "--concurrency", "8")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Starting a local Prime simulator with 20 portfolios" in out
    for row in ("portfolios scanned", "requests/s", "latency p50 / p99", "fills paged", "orders placed"):
        assert row in out
    assert "portfolios scanned             20" in out
    assert "open orders found              40" in out  # two resting bids seeded per portfolio
    assert "errors                         0 HTTP, 0 failed tasks" in out
    assert "orders placed                  24 (20 cancelled, 4 filled)" in out
    assert "Traceback" not in done.stderr


def test_call_prints_typed_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for key in [k for k in os.environ if k.startswith("PRIME_")]:
        monkeypatch.delenv(key)
    assert main(["call", "orders.list_portfolio_orders", "--sim", "order_statuses=OPEN", "limit=1"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert len(page["orders"]) == 1 and page["orders"][0]["status"] == "OPEN"
    assert page["pagination"]["has_next"] is True
    assert main(["call", "CreateOrder", "--sim", "product_id=BTC-USD", "side=BUY", "type=MARKET",
                 "base_quantity=0.01"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["order_id"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["call", "NoSuchOperation", "--sim"], "unknown operation 'NoSuchOperation'"),
        (["call", "GetOrders", "--sim", "limit=ten"], "limit='ten' is not a valid int"),
        (["call", "GetOrders", "--sim", "bogus=1"], "GetOrders takes no parameter 'bogus'"),
        (["call", "GetOrders", "--sim", "novalue"], "expected key=value"),
        (["call", "GetOrder", "--sim"], "missing required keyword argument(s): 'order_id'"),
        (["call", "GetPortfolios"], "no Prime credentials"),
        (["sim", "serve", "--fault", "explode=1"], "unknown fault"),
        (
            ["sim", "serve", "--fault", "CreateOrder:subcode=ORDER_SERVICE_UNAVAILABL@0.5"],
            "unknown subcode 'ORDER_SERVICE_UNAVAILABL': not in Prime's error catalog; did you mean "
            "ORDER_SERVICE_UNAVAILABLE?",
        ),
    ],
)
def test_bad_input_gets_one_line_and_nonzero_exit(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in [k for k in os.environ if k.startswith("PRIME_")]:
        monkeypatch.delenv(key)
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


def test_server_errors_are_reported_with_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["call", "GetPortfolio", "--sim", "portfolio_id=missing"]) == 1
    assert "NotFoundError: GetPortfolio: HTTP 404: portfolio missing not found" in capsys.readouterr().err


def test_sim_serve_prints_connection_json_serves_and_stops_cleanly() -> None:
    proc = start_cli("sim", "serve", "--port", "0", "--portfolios", "4", "--fault", "CreateOrder:latency=0.001")
    try:
        assert proc.stdout is not None
        info: dict[str, Any] = json.loads(proc.stdout.readline())
        assert set(info) == {"url", "access_key", "passphrase", "signing_key", "entity_id", "portfolio_ids",
                             "svc_account_id", "ws_url"}  # fmt: skip
        assert info["url"].startswith("http://127.0.0.1:") and len(info["portfolio_ids"]) == 4
        assert info["ws_url"].startswith("ws://127.0.0.1:")
        env = {
            **NO_CREDENTIALS,
            "PRIME_ACCESS_KEY": info["access_key"],
            "PRIME_PASSPHRASE": info["passphrase"],
            "PRIME_SIGNING_KEY": info["signing_key"],
        }
        done = run_cli("call", "GetPortfolio", "--base-url", info["url"], f"portfolio_id={info['portfolio_ids'][0]}",
                       env=env)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["portfolio"]["id"] == info["portfolio_ids"][0]
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)  # reads and closes both pipes
    assert proc.returncode == 0
    assert "stopped after 1 requests" in err


def test_sim_serve_answers_an_injected_catalog_error_with_its_status_and_code() -> None:
    """`--fault OP:subcode=NAME`: that operation answers the catalog's error (no rate: every time),
    the others are untouched; the error's subcode reaches the CLI's one line."""
    fault = "GetPortfolio:subcode=SERVER_MAINTENANCE_MODE_ACTIVE"
    proc = start_cli("sim", "serve", "--port", "0", "--portfolios", "1", "--fault", fault, "--fault", "latency=0")
    try:
        assert proc.stdout is not None
        info: dict[str, Any] = json.loads(proc.stdout.readline())
        env = {
            **NO_CREDENTIALS,
            "PRIME_ACCESS_KEY": info["access_key"],
            "PRIME_PASSPHRASE": info["passphrase"],
            "PRIME_SIGNING_KEY": info["signing_key"],
        }
        pid = info["portfolio_ids"][0]
        failed = run_cli("call", "GetPortfolio", "--base-url", info["url"], f"portfolio_id={pid}", env=env)
        assert failed.returncode == 1
        assert "HTTP 503" in failed.stderr and "maintenance mode" in failed.stderr, failed.stderr
        listed = run_cli("call", "GetPortfolios", "--base-url", info["url"], env=env)
        assert listed.returncode == 0 and pid in listed.stdout
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)
    assert proc.returncode == 0


def test_routes_lists_every_operation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 111 and any(line.startswith("CreateOrder ") for line in lines)


# -- every failure is one line (issue #10 item 12, issue #14's CLI) ------------------------------

SIM_CREDENTIALS = {
    **NO_CREDENTIALS,
    "PRIME_ACCESS_KEY": "ak-cli-test",
    "PRIME_PASSPHRASE": "pass-cli-test",
    "PRIME_SIGNING_KEY": "sign-cli-test",
}


def assert_one_line(done: subprocess.CompletedProcess[str], status: int, text: str) -> None:
    err = done.stderr.strip()
    assert done.returncode == status, (done.returncode, done.stderr)
    assert text in err, err
    assert "\n" not in err and "Traceback" not in err, err


def test_a_port_in_use_is_one_line() -> None:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        assert_one_line(run_cli("sim", "serve", "--port", port), 2, "in use")


def test_a_closed_pipe_is_not_a_traceback() -> None:
    done = subprocess.run(
        ["bash", "-c", f"{' '.join(CLI)} routes | head -1; exit ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        timeout=60,
        env=NO_CREDENTIALS,
    )
    assert done.stdout.startswith("GetActivity") and len(done.stdout.splitlines()) == 1
    assert done.returncode == 0 and done.stderr == ""


@pytest.mark.parametrize(
    ("args", "status", "text"),
    [
        (["call", "GetPortfolios", "--base-url", "api.prime.coinbase.com"], 2, "must start with https://"),
        (["call", "GetOrders", "--sim", "start_date=0001-01-01T00:00:00+01:00"], 2, "out of range"),
        (["call", "GetOrdrs", "--sim"], 2, "did you mean 'GetOrders'?"),
        (["call", "orders.list_portfolio_order", "--sim"], 2, "did you mean 'orders.list_portfolio_orders'?"),
        (["call", "GetOrders", "--sim", "limt=5"], 2, "did you mean 'limit'?"),
        (["call", "GetPortfolio", "--sim", "--all"], 2, "GetPortfolio is not paginated"),
        (["call", "GetPortfolios", "--sim", "--base-url", "http://127.0.0.1:1"], 2, "--sim and --base-url conflict"),
        (["call", "CreateAllocation", "--sim", "allocation_legs=[{bad"], 2, "allocation_legs: malformed JSON"),
        (["call", "GetOrders", "--sim", "limit=" + "9" * 5000], 2, "is not a valid int"),
        (["sim", "serve", "--fault", "CreateOrdr:latency=1"], 2, "did you mean 'CreateOrder'?"),
    ],
)
def test_bad_input_is_one_line_with_status_2(args: list[str], status: int, text: str) -> None:
    assert_one_line(run_cli(*args, env=SIM_CREDENTIALS), status, text)


def test_a_nested_json_error_body_is_one_line_with_status_1() -> None:
    from .hostile import HostileServer, response

    body = b"[" * 200_000 + b"]" * 200_000
    with HostileServer(lambda r: response(500, body)) as server:
        done = run_cli("call", "GetPortfolios", "--base-url", server.url, env=SIM_CREDENTIALS)
    assert_one_line(done, 1, "InternalServerError: GetPortfolios: HTTP 500")


def test_version() -> None:
    done = run_cli("--version")
    assert done.returncode == 0 and done.stdout.startswith("prime-async 0.")


@pytest.mark.parametrize("form", ["shell", "dotenv"])
def test_sim_serve_env_lets_a_second_shell_use_the_simulator(form: str) -> None:
    proc = start_cli("sim", "serve", "--portfolios", "2", "--env", form)
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        for raw in proc.stdout:  # ends at EOF: a server that exits early fails the assert, not a spin
            if line := raw.strip():
                lines.append(line)
            if len(lines) == 6:
                break
        assert len(lines) == 6, lines
        prefix = "export " if form == "shell" else ""
        assert all(line.startswith(f"{prefix}PRIME_") for line in lines), lines
        env = dict(line.removeprefix("export ").split("=", 1) for line in lines)
        # a second shell: PrimeClient() reads PRIME_BASE_URL and the credentials from the environment
        done = run_cli("call", "GetPortfolio", env={**NO_CREDENTIALS, **env})
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["portfolio"]["id"] == env["PRIME_PORTFOLIO_ID"]
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)  # reads and closes both pipes


def test_call_says_on_stderr_while_the_server_makes_it_wait(server: RecordingServer) -> None:
    json_headers = {"Content-Type": "application/json"}
    server.reply = lambda rec: (
        (429, {**json_headers, "Retry-After": "1.2"}, b'{"message": "slow down"}')
        if len(server.requests) == 1
        else (200, json_headers, b'{"portfolios": []}')
    )
    env = {
        **NO_CREDENTIALS,
        "PRIME_ACCESS_KEY": ACCESS_KEY,
        "PRIME_PASSPHRASE": PASSPHRASE,
        "PRIME_SIGNING_KEY": SIGNING_KEY,
    }
    done = run_cli("call", "GetPortfolios", "--base-url", server.url, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"portfolios": []}
    [line] = done.stderr.splitlines()
    assert re.fullmatch(
        r"prime-async: GetPortfolios: the server asked to wait \(HTTP 429, Retry-After\): "
        r"waiting 1\.\d s before attempt 2",
        line,
    )
