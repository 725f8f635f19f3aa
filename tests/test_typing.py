"""A user's `mypy --strict` sees real endpoint signatures and return types."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "typing"

pytest.importorskip("mypy")


def mypy(*args: str) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context", *args],
        capture_output=True,
        text=True,
        cwd=HERE.parent.parent,
    )
    return proc.returncode, proc.stdout + proc.stderr


def test_correct_use_passes_strict() -> None:
    code, out = mypy(str(HERE / "good.py"), str(HERE / "bot.py"))
    assert code == 0, out


@pytest.mark.anyio
async def test_the_bot_runs_against_the_simulator() -> None:
    from datetime import UTC, datetime

    from prime_async.testing import PrimeSimulator

    from .typing.bot import run

    sim = PrimeSimulator(portfolios=2, seed=5)
    async with sim.client() as client:
        order_id, bought, sold = await run(client, datetime(2020, 1, 1, tzinfo=UTC))
    assert order_id in sim.world.orders
    assert bought > 0 and sold >= 0


def test_misuse_is_reported_where_expected() -> None:
    source = (HERE / "bad.py").read_text().splitlines()
    expected = {(i + 1, m.group(1)) for i, line in enumerate(source) if (m := re.search(r"# E: ([\w-]+)", line))}
    code, out = mypy("--enable-error-code=deprecated", str(HERE / "bad.py"))  # renamed operations: @deprecated
    assert code == 1
    found = {(int(m.group(1)), m.group(2)) for m in re.finditer(r"bad\.py:(\d+): error: .*\[([\w-]+)\]", out)}
    assert found == expected, out


def test_results_are_typed_not_any(tmp_path: Path) -> None:
    snippet = tmp_path / "reveal.py"
    snippet.write_text(
        "from prime_async import PrimeClient\n"
        "async def f(c: PrimeClient) -> None:\n"
        "    reveal_type(await c.orders.create_order(portfolio_id='p', product_id='x', side='BUY', type='LIMIT'))\n"
        "    reveal_type(c.orders.list_portfolio_orders(portfolio_id='p'))\n"
        "    reveal_type((await c.portfolios.list_portfolios()).portfolios)\n"
    )
    _, out = mypy(str(snippet))
    revealed = [t.replace("builtins.", "") for t in re.findall(r'Revealed type is "([^"]+)"', out)]
    assert revealed == [
        "prime_async._generated.models.CreateOrderResponse",
        "prime_async._pagination.Paginator[prime_async._generated.models.GetOrdersResponse, "
        "prime_async._generated.models.Order]",
        "list[prime_async._generated.models.Portfolio]",
    ], out
