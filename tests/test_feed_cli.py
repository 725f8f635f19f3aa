"""`prime-async watch` against a fresh simulator (--sim) and against `prime-async sim serve` with
credentials in the environment, and the demo's feed sections."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
import pytest

from prime_async import OrderUpdate
from prime_async.testing._feed_market import DEFAULT_DEPTH

from .test_cli import NO_CREDENTIALS, run_cli, start_cli


def test_watch_book_on_the_simulator_prints_the_top_of_book() -> None:
    done = run_cli("watch", "book", "BTC-USD", "--sim", "--count", "3")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3 and lines[0].endswith("(snapshot)")
    assert all(" BTC-USD  bid " in line and " | ask " in line and " spread " in line for line in lines)


def test_watch_orders_on_the_simulator_shows_the_snapshot_then_updates() -> None:
    done = run_cli("watch", "orders", "--sim", "--count", "5")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    kinds = [line.split()[0] for line in lines]
    # the two seeded resting orders, and any the simulated trader placed before the subscribe
    # landed, come first as the snapshot; then updates
    snapshot = kinds.count("snapshot")
    assert len(lines) == 5 and snapshot >= 2 and kinds == ["snapshot"] * snapshot + ["update"] * (5 - snapshot)
    assert all(line.split()[1] == "OPEN" for line in lines[:2])


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, Any]]:
    proc = start_cli("sim", "serve")
    try:
        assert proc.stdout is not None
        yield json.loads(proc.stdout.readline())
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)  # reads and closes both pipes


def env_for(info: dict[str, Any], **extra: str) -> dict[str, str]:
    return {
        **NO_CREDENTIALS,
        "PRIME_ACCESS_KEY": info["access_key"],
        "PRIME_PASSPHRASE": info["passphrase"],
        "PRIME_SIGNING_KEY": info["signing_key"],
        "PRIME_SVC_ACCOUNT_ID": info["svc_account_id"],
        "PRIME_BASE_URL": info["url"],
        "PRIME_WS_URL": info["ws_url"],
        **extra,
    }


def test_watch_uses_the_credentials_and_feed_url_in_the_environment(served: dict[str, Any]) -> None:
    book = run_cli("watch", "book", "ETH-USD", "--count", "2", env=env_for(served))
    assert book.returncode == 0, book.stderr
    assert len(book.stdout.splitlines()) == 2 and "ETH-USD" in book.stdout
    pid = served["portfolio_ids"][1]
    orders = run_cli("watch", "orders", "--count", "2", env=env_for(served, PRIME_PORTFOLIO_ID=pid))
    assert orders.returncode == 0, orders.stderr
    assert [line.split()[:2] for line in orders.stdout.splitlines()] == [["snapshot", "OPEN"]] * 2


def test_watch_explains_what_is_missing_in_one_line(served: dict[str, Any]) -> None:
    env = env_for(served)
    del env["PRIME_SVC_ACCOUNT_ID"]
    done = run_cli("watch", "book", "BTC-USD", "--count", "1", env=env)
    assert done.returncode == 2 and "PRIME_SVC_ACCOUNT_ID" in done.stderr and "Traceback" not in done.stderr
    done = run_cli("watch", "orders", "--count", "1", env=env_for(served))
    assert done.returncode == 2 and "--portfolio is required" in done.stderr
    done = run_cli("watch", "book", "NOPE-USD", "--count", "1", env=env_for(served))
    assert done.returncode == 1 and "FeedServerError: unknown product 'NOPE-USD'" in done.stderr


def test_the_demo_shows_order_updates_and_a_live_book() -> None:
    done = run_cli("demo", "--portfolios", "5", "--concurrency", "4")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    updates = out.split("Order updates on the WebSocket feed")[1].split("The BTC-USD book")[0]
    assert [line.split()[:2] for line in updates.splitlines()[1:] if line.strip()] == [
        ["snapshot", "OPEN"], ["snapshot", "OPEN"],  # the two seeded resting bids
        ["update", "OPEN"], ["update", "CANCELLED"],  # the limit order placed and cancelled
        ["update", "OPEN"], ["update", "FILLED"],  # the market order
    ]  # fmt: skip
    book = out.split("The BTC-USD book on the WebSocket feed, for 2 seconds:")[1].split("Summary")[0]
    assert sum(" BTC-USD  bid " in line for line in book.splitlines()) >= 2
    assert "feed: order updates            6 (one trading portfolio)" in out


def test_watch_with_a_feed_url_nothing_answers_ends_in_one_line_after_the_initial_timeout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command's feed keeps the default options; here `initial_connect_timeout` is made short
    (the default, 30 s, is what a user waits)."""
    from prime_async import PrimeClient
    from prime_async.cli import main
    from prime_async.testing import PrimeSimulator

    from .test_feed import closed_port

    feed = PrimeClient.feed
    monkeypatch.setattr(
        PrimeClient, "feed", lambda self, url=None, **o: feed(self, url, initial_connect_timeout=0.3, **o)
    )
    credentials = PrimeSimulator(portfolios=1).credentials
    url = f"ws://127.0.0.1:{closed_port()}"
    env = {"PRIME_ACCESS_KEY": credentials.access_key, "PRIME_PASSPHRASE": credentials.passphrase,
           "PRIME_SIGNING_KEY": credentials.signing_key, "PRIME_SVC_ACCOUNT_ID": str(credentials.svc_account_id),
           "PRIME_BASE_URL": "http://127.0.0.1:9", "PRIME_WS_URL": url}  # fmt: skip
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["watch", "book", "BTC-USD"]) == 1
    err = capsys.readouterr().err.strip()
    assert f"FeedConnectionError: no connection to {url} worked within initial_connect_timeout (0.3 s" in err
    assert err.endswith("the last: connection refused") and "\n" not in err


# -- --json (#22 item 5) -------------------------------------------------------------------------


def test_watch_book_json_writes_one_object_a_line() -> None:
    done = run_cli("watch", "book", "BTC-USD", "--sim", "--count", "3", "--json", "--depth", "2")
    assert done.returncode == 0, done.stderr
    books = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(books) == 3 and [b["snapshot"] for b in books] == [True, False, False]
    for book in books:
        assert list(book) == ["product_id", "sequence_num", "updated_at", "snapshot", "bids", "asks"]
        assert book["product_id"] == "BTC-USD" and book["updated_at"].endswith("Z")
        assert len(book["bids"]) == len(book["asks"]) == 2
        (bid, bid_size), (ask, ask_size) = book["bids"][0], book["asks"][0]
        assert Decimal(bid) < Decimal(ask) and Decimal(bid_size) > 0 < Decimal(ask_size)  # decimal strings
        assert Decimal(book["bids"][1][0]) < Decimal(bid)  # best first
    assert books[0]["sequence_num"] < books[1]["sequence_num"] < books[2]["sequence_num"]
    whole = run_cli("watch", "book", "BTC-USD", "--sim", "--count", "1", "--json")
    assert len(json.loads(whole.stdout)["bids"]) == DEFAULT_DEPTH  # no --depth: every level the feed holds


def test_watch_orders_json_is_the_wire_form_of_each_update() -> None:
    done = run_cli("watch", "orders", "--sim", "--count", "4", "--json")
    assert done.returncode == 0, done.stderr
    updates = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(updates) == 4 and updates[0]["origin"] == "snapshot" and updates[0]["status"] == "OPEN"
    fields = [f.name for f in attrs.fields(OrderUpdate)]
    for data in updates:  # models.to_json's form of an OrderUpdate: its fields in order, amounts as strings
        assert list(data) == [name for name in fields if name in data] and {"order_id", "origin"} <= set(data)
        assert data["side"] in ("BUY", "SELL") and data["status"] in ("OPEN", "FILLED", "CANCELLED")
        assert isinstance(data["leaves_qty"], str) and Decimal(data["leaves_qty"]) >= 0
        assert all(isinstance(fee, str) for fee in data["fee_details"].values())
        assert data["updated_at"].endswith("Z") and data["portfolio_id"]


def test_watch_json_needs_sane_numbers() -> None:
    done = run_cli("watch", "book", "BTC-USD", "--sim", "--json", "--depth", "0")
    assert done.returncode == 2 and "--depth must be at least 1" in done.stderr
