"""examples/sharded_export.py: the fills export over a process pool, fork and spawn, against the simulator.

Every portfolio's fills must arrive exactly once, whatever worker exported them, and match what a
single process exporting everything sees.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest

from prime_async import PrimeClient
from prime_async.models import to_json
from prime_async.testing import PrimeSimulator

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def example() -> Iterator[Any]:
    # importable by name, so that spawned workers can import the function they run
    sys.path.insert(0, str(EXAMPLES))
    try:
        import sharded_export

        yield sharded_export
    finally:
        sys.path.remove(str(EXAMPLES))


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[PrimeSimulator, str]]:
    sim = PrimeSimulator(portfolios=12, seed=5)
    with sim.serve_in_thread() as server:
        yield sim, server.url


def expected_rows(sim: PrimeSimulator, url: str, since: datetime) -> list[dict[str, Any]]:
    async def everything() -> list[dict[str, Any]]:
        async with PrimeClient(credentials=sim.credentials, base_url=url, rate_limit=None) as client:
            rows = []
            for pid in sim.portfolio_ids:
                fills = await client.orders.list_portfolio_fills(portfolio_id=pid, start_date=since).collect()
                rows += [{"portfolio_id": pid, **to_json(f)} for f in fills]
            return rows

    return anyio.run(everything)


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_every_portfolio_exported_once_across_workers(
    example: Any, served: tuple[PrimeSimulator, str], tmp_path: Path, start_method: str
) -> None:
    sim, url = served
    since = datetime.now(UTC) - timedelta(days=30)
    out = tmp_path / "fills.jsonl"
    rows, failed = example.export(sim.credentials, url, since, out, 3, start_method)
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert failed == [] and rows == len(written) > 0
    key = lambda r: (r["portfolio_id"], r["id"])  # noqa: E731
    assert sorted(written, key=key) == sorted(expected_rows(sim, url, since), key=key)
    assert {r["portfolio_id"] for r in written} <= set(sim.portfolio_ids)
    assert not list(tmp_path.glob("*.part*"))  # parts joined and removed


def test_shards_split_the_rate_and_the_portfolios(example: Any) -> None:
    ids = [f"p{i}" for i in range(10)]
    parts = example.shards(ids, 3)
    assert sorted(pid for part in parts for pid in part) == ids and len(parts) == 3
