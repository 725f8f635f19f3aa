"""The examples in examples/, run against the simulator: the FastAPI app and the export job."""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from prime_async import InvalidRequestError, PrimeClient, models
from prime_async.models import to_json
from prime_async.testing import Faults, PrimeSimulator

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = 11
HISTORIC_FILLS = 12  # seeded per simulated portfolio, 9 to 20 days old
SEEDED_TRANSACTIONS = 18  # one deposit per wallet, 25 to 30 days old (the onchain wallet's included)


def load_example(name: str) -> ModuleType:
    """examples/ is not a package: load the file itself (registered, so pydantic can resolve its names)."""
    module_name = f"examples_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


# -- (a) the FastAPI app -----------------------------------------------------------------------


@pytest.fixture
def fastapi_app() -> ModuleType:
    pytest.importorskip("fastapi")
    return load_example("fastapi_app")


@pytest.fixture
def sim() -> PrimeSimulator:
    return PrimeSimulator(portfolios=3, seed=SEED)


class Factory:
    """A client factory that remembers what it made, to check the app makes exactly one."""

    def __init__(self, make: Callable[[], PrimeClient]) -> None:
        self.make = make
        self.made: list[PrimeClient] = []

    def __call__(self) -> PrimeClient:
        self.made.append(self.make())
        return self.made[-1]


@asynccontextmanager
async def running(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan run around it (httpx.ASGITransport does not send lifespan events)."""
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http,
    ):
        yield http


@pytest.fixture
async def api(fastapi_app: ModuleType, sim: PrimeSimulator) -> AsyncIterator[httpx.AsyncClient]:
    async with running(fastapi_app.create_app(client_factory=sim.client)) as http:
        yield http


async def test_one_client_is_made_at_startup_shared_and_closed_at_shutdown(
    fastapi_app: ModuleType, sim: PrimeSimulator
) -> None:
    factory = Factory(sim.client)
    app = fastapi_app.create_app(client_factory=factory)
    assert factory.made == []  # nothing happens at import or create_app: no credentials needed there
    async with running(app) as http:
        assert len(factory.made) == 1
        for _ in range(3):
            assert (await http.get("/portfolios")).status_code == 200
        assert (await http.get(f"/portfolios/{sim.portfolio_ids[0]}/balances")).status_code == 200
        assert len(factory.made) == 1
        assert not factory.made[0].http_client.is_closed
    assert factory.made[0].http_client.is_closed


async def test_list_portfolios(api: httpx.AsyncClient, sim: PrimeSimulator) -> None:
    response = await api.get("/portfolios")
    assert response.status_code == 200
    portfolios = response.json()["portfolios"]
    assert [p["id"] for p in portfolios] == sim.portfolio_ids
    assert [p["name"] for p in portfolios] == [sim.world.portfolios[pid].name for pid in sim.portfolio_ids]


async def test_balances_match_the_simulator(api: httpx.AsyncClient, sim: PrimeSimulator) -> None:
    pid = sim.portfolio_ids[1]
    response = await api.get(f"/portfolios/{pid}/balances")
    assert response.status_code == 200
    body = response.json()
    assert body["balances"] == to_json(sim.world.balances(pid, models.WalletType.TRADING))
    amounts = {b["symbol"]: Decimal(b["amount"]) for b in body["balances"]}
    assert amounts["usd"] == sim.world.balance[sim.world.trading_wallet(pid, "USD")] > 0
    assert all(isinstance(b["amount"], str) for b in body["balances"])  # exact decimals, never floats


async def test_placed_order_exists_in_the_simulator_and_is_listed_open(
    api: httpx.AsyncClient, sim: PrimeSimulator
) -> None:
    pid = sim.portfolio_ids[0]
    order = {"product_id": "BTC-USD", "side": "BUY", "type": "LIMIT", "base_quantity": "0.01", "limit_price": "1000"}
    response = await api.post(f"/portfolios/{pid}/orders", json=order)
    assert response.status_code == 201, response.text
    created = response.json()
    placed = sim.world.orders[created["order_id"]]
    assert placed.client_order_id == created["client_order_id"] != ""  # filled in by the client
    assert placed.portfolio_id == pid
    assert (placed.product_id, placed.side, placed.type) == ("BTC-USD", "BUY", "LIMIT")
    assert (placed.base_quantity, placed.limit_price) == (Decimal("0.01"), Decimal("1000"))
    assert placed.status == models.OrderStatus.OPEN

    response = await api.get(f"/portfolios/{pid}/orders", params={"status": "OPEN"})
    assert response.status_code == 200
    listed = {o["id"] for o in response.json()["orders"]}
    open_in_sim = {o.id for o in sim.world.orders.values() if o.portfolio_id == pid and o.status == "OPEN"}
    assert created["order_id"] in listed
    assert listed == open_in_sim and len(listed) == 3  # the two seeded resting bids and ours


async def test_order_listing_filters_by_status_and_is_capped(api: httpx.AsyncClient, sim: PrimeSimulator) -> None:
    pid = sim.portfolio_ids[2]
    filled = (await api.get(f"/portfolios/{pid}/orders", params={"status": "FILLED"})).json()["orders"]
    assert len(filled) == HISTORIC_FILLS and {o["status"] for o in filled} == {"FILLED"}
    capped = (await api.get(f"/portfolios/{pid}/orders", params={"status": "FILLED", "limit": 5})).json()["orders"]
    assert [o["id"] for o in capped] == [o["id"] for o in filled[:5]]
    assert (await api.get(f"/portfolios/{pid}/orders", params={"limit": 0})).status_code == 422


async def test_unknown_portfolio_is_404(api: httpx.AsyncClient) -> None:
    for response in (
        await api.get("/portfolios/no-such-portfolio/balances"),
        await api.get("/portfolios/no-such-portfolio/orders"),
        await api.post(
            "/portfolios/no-such-portfolio/orders",
            json={"product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "0.01"},
        ),
    ):
        assert response.status_code == 404
        assert "no-such-portfolio" in response.json()["detail"]
        assert response.json()["prime_status"] == 404


async def test_orders_prime_rejects_are_422_and_create_nothing(api: httpx.AsyncClient, sim: PrimeSimulator) -> None:
    pid = sim.portfolio_ids[0]
    before = len(sim.world.orders)
    base = {"product_id": "BTC-USD", "side": "BUY", "type": "MARKET", "base_quantity": "0.01"}
    for change, message in (
        ({"product_id": "DOGE-USD"}, "unknown product DOGE-USD"),
        ({"type": "LIMIT"}, "limit_price is required"),
    ):
        response = await api.post(f"/portfolios/{pid}/orders", json={**base, **change})
        assert response.status_code == 422, response.text
        assert message in response.json()["detail"]
        assert response.json()["idempotency_key"]  # the client_order_id that was sent
    assert (await api.post(f"/portfolios/{pid}/orders", json={**base, "base_quantity": "lots"})).status_code == 422
    refused = await api.post(f"/portfolios/{pid}/orders", json={**base, "side": "SIDEWAYS"})  # by the client, unsent
    assert refused.status_code == 422 and "'SIDEWAYS' is not a known OrderSide" in refused.json()["detail"]
    assert len(sim.world.orders) == before


async def test_rate_limited_by_prime_is_503_with_retry_after(fastapi_app: ModuleType, sim: PrimeSimulator) -> None:
    sim.route_faults["GetPortfolios"] = Faults(rate_limit=1, rate_limit_burst=1, retry_after=42)
    async with running(fastapi_app.create_app(client_factory=lambda: sim.client(max_retries=0))) as http:
        assert (await http.get("/portfolios")).status_code == 200
        response = await http.get("/portfolios")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "42"
    assert response.json()["prime_status"] == 429


async def test_prime_server_errors_are_502(fastapi_app: ModuleType, sim: PrimeSimulator) -> None:
    sim.route_faults["GetPortfolioBalances"] = Faults(error_rate=1.0)
    async with running(fastapi_app.create_app(client_factory=lambda: sim.client(max_retries=0))) as http:
        response = await http.get(f"/portfolios/{sim.portfolio_ids[0]}/balances")
    assert response.status_code == 502
    assert response.json()["prime_status"] == 503
    assert response.json()["prime_request_id"].startswith("sim-")


async def test_invalid_request_error_is_422(fastapi_app: ModuleType, sim: PrimeSimulator) -> None:
    app = fastapi_app.create_app(client_factory=sim.client)

    async def misuse(client: PrimeClient) -> Any:
        return await client.orders.get_order(portfolio_id="p", order_id="o", not_a_param=1)  # type: ignore[call-arg]

    misuse.__annotations__["client"] = fastapi_app.Prime  # the app's dependency (this module has string annotations)
    app.add_api_route("/misuse", misuse)
    async with running(app) as http:
        response = await http.get("/misuse")
    assert response.status_code == 422
    assert "not_a_param" in response.json()["detail"]
    assert issubclass(InvalidRequestError, TypeError)  # raised before anything was sent


def test_with_fastapi_testclient(fastapi_app: ModuleType, sim: PrimeSimulator) -> None:
    from fastapi.testclient import TestClient

    factory = Factory(sim.client)
    with TestClient(fastapi_app.create_app(client_factory=factory)) as http:  # `with` runs the lifespan
        assert [p["id"] for p in http.get("/portfolios").json()["portfolios"]] == sim.portfolio_ids
        assert http.get("/portfolios/nope/balances").status_code == 404
    assert len(factory.made) == 1 and factory.made[0].http_client.is_closed


def test_module_level_app_needs_no_credentials_until_startup(
    fastapi_app: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    for name in ("PRIME_ACCESS_KEY", "PRIME_PASSPHRASE", "PRIME_SIGNING_KEY", "PRIME_CREDENTIALS"):
        monkeypatch.delenv(name, raising=False)
    assert fastapi_app.app.title
    with pytest.raises(Exception, match="no Prime credentials"), TestClient(fastapi_app.app):
        pass


# -- (b) the export job ------------------------------------------------------------------------


def run_export(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRIME_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "export_fills.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def fills_in_sim(portfolios: int, since: datetime, until: datetime | None = None) -> set[tuple[str, str]]:
    """(portfolio id, fill id) of every fill the script's simulator holds in [since, until)."""
    sim = PrimeSimulator(portfolios=portfolios, seed=SEED)  # same seed, same world, same ids
    return {
        (pid, str(fill.id))
        for pid in sim.portfolio_ids
        for fill in sim.world.fills_of[pid]
        if fill.time is not None and since <= fill.time and (until is None or fill.time < until)
    }


@pytest.fixture
def since() -> datetime:
    day = datetime.now(UTC).date() - timedelta(days=60)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def test_export_fills_jsonl_and_csv(tmp_path: Path, since: datetime) -> None:
    expected = fills_in_sim(5, since)
    assert len(expected) == 5 * HISTORIC_FILLS
    common = ["--sim", "--portfolios", "5", "--seed", str(SEED), "--since", since.date().isoformat()]

    result = run_export(*common, "--out", str(tmp_path / "fills.jsonl"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in (tmp_path / "fills.jsonl").read_text().splitlines()]
    assert len(rows) == len(expected)
    assert {(r["portfolio_id"], r["id"]) for r in rows} == expected
    assert all(Decimal(r["price"]) > 0 and r["side"] in ("BUY", "SELL") for r in rows)
    assert f"wrote {len(expected)} fills rows" in result.stdout
    assert "from 5 portfolios, 0 failed, in " in result.stdout and result.stdout.rstrip().endswith(" s")
    assert "using a local Prime simulator" in result.stderr
    assert "fills: portfolios [" in result.stderr and "] 5/5" in result.stderr  # the progress bar

    result = run_export(*common, "--concurrency", "2", "--out", str(tmp_path / "fills.csv"))
    assert result.returncode == 0, result.stderr
    with (tmp_path / "fills.csv").open(newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames is not None and reader.fieldnames[:2] == ["portfolio_id", "id"]
        csv_rows = list(reader)
    assert len(csv_rows) == len(expected)
    assert {(r["portfolio_id"], r["id"]) for r in csv_rows} == expected
    assert {r["id"]: r["price"] for r in csv_rows} == {r["id"]: r["price"] for r in rows}
    assert f"wrote {len(expected)} fills rows" in result.stdout


def test_export_honours_the_date_range(tmp_path: Path, since: datetime) -> None:
    # the cut-off falls half an hour from any seeded fill (they are whole hours apart from start-up)
    until = datetime.now(UTC).replace(microsecond=0) - timedelta(days=15, minutes=30)
    expected = fills_in_sim(4, since, until)
    assert 0 < len(expected) < 4 * HISTORIC_FILLS
    out = tmp_path / "older.jsonl"
    result = run_export(
        "--sim", "--portfolios", "4", "--seed", str(SEED), "--since", since.date().isoformat(),
        "--until", until.isoformat(), "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert {(r["portfolio_id"], r["id"]) for r in map(json.loads, out.read_text().splitlines())} == expected


def test_export_transactions(tmp_path: Path, since: datetime) -> None:
    out = tmp_path / "txs.csv"
    result = run_export(
        "--sim", "--portfolios", "5", "--seed", str(SEED), "--kind", "transactions",
        "--since", since.date().isoformat(), "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with out.open(newline="") as f:
        rows = list(csv.DictReader(f))
    sim = PrimeSimulator(portfolios=5, seed=SEED)
    assert len(rows) == 5 * SEEDED_TRANSACTIONS
    assert {(r["portfolio_id"], r["id"]) for r in rows} == {
        (pid, tid) for pid in sim.portfolio_ids for tid in sim.world.transactions_of[pid]
    }
    assert json.loads(rows[0]["transfer_to"])["type"] == "WALLET"  # nested objects as JSON in a cell
    assert f"wrote {5 * SEEDED_TRANSACTIONS} transactions rows" in result.stdout


def test_export_rejects_bad_dates(tmp_path: Path) -> None:
    result = run_export("--sim", "--since", "2024-13-01", "--out", str(tmp_path / "x.csv"))
    assert result.returncode == 2 and "not an ISO date" in result.stderr


@pytest.fixture
def export_fills() -> Iterator[ModuleType]:
    yield load_example("export_fills")


async def test_export_reports_a_failed_portfolio_and_carries_on(
    export_fills: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    since: datetime,
) -> None:
    from prime_async.testing._simulator import Reply

    class OnePortfolioForbidden(PrimeSimulator):
        async def handle(self, method: str, target: str, headers: Any, body: bytes) -> Reply:
            if target.startswith(f"/v1/portfolios/{self.portfolio_ids[2]}/fills"):
                return Reply(403, b'{"message":"no access to this portfolio"}', (("content-type", "application/json"),))
            return await super().handle(method, target, headers, body)

    monkeypatch.setattr(export_fills, "PrimeSimulator", OnePortfolioForbidden)
    out = tmp_path / "fills.jsonl"
    args = argparse.Namespace(
        kind="fills", since=since, until=None, out=out, concurrency=2, sim=True, portfolios=5, seed=SEED
    )
    assert await export_fills.run(args) == 1
    failed = PrimeSimulator(portfolios=5, seed=SEED).portfolio_ids[2]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 4 * HISTORIC_FILLS and failed not in {r["portfolio_id"] for r in rows}
    captured = capsys.readouterr()
    assert f"portfolio {failed} failed: GetPortfolioFills: HTTP 403: no access to this portfolio" in captured.err
    assert f"wrote {4 * HISTORIC_FILLS} fills rows to {out} from 5 portfolios, 1 failed" in captured.out
