"""The `prime-async` command: demo, call, sim serve, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from typing import Any

import pytest

from prime_async.cli import main

CLI = [sys.executable, "-m", "prime_async"]
NO_CREDENTIALS = {k: v for k, v in os.environ.items() if not k.startswith("PRIME_")}


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env or NO_CREDENTIALS, timeout=timeout)


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
    proc = subprocess.Popen(
        [*CLI, "sim", "serve", "--port", "0", "--portfolios", "4", "--fault", "CreateOrder:latency=0.001"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=NO_CREDENTIALS,
    )
    try:
        assert proc.stdout is not None
        info: dict[str, Any] = json.loads(proc.stdout.readline())
        assert set(info) == {"url", "access_key", "passphrase", "signing_key", "entity_id", "portfolio_ids"}
        assert info["url"].startswith("http://127.0.0.1:") and len(info["portfolio_ids"]) == 4
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
        code = proc.wait(timeout=10)
    assert code == 0
    assert proc.stderr is not None and "stopped after 1 requests" in proc.stderr.read()


def test_routes_lists_every_operation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 107 and any(line.startswith("CreateOrder ") for line in lines)
