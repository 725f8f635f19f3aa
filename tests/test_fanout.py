"""fan_out: bounded concurrency, input order, per-input errors, fail-fast, progress."""

from __future__ import annotations

import anyio
import pytest

from prime_async import Outcome, fan_out

pytestmark = pytest.mark.anyio


async def test_results_come_back_in_input_order_with_bounded_concurrency() -> None:
    running = peak = 0

    async def work(i: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await anyio.sleep(0.001 * (i % 7))  # finish out of order
        running -= 1
        return i * i

    outcomes = await fan_out(work, range(200), concurrency=16)
    assert [o.unwrap() for o in outcomes] == [i * i for i in range(200)]
    assert [o.input for o in outcomes] == list(range(200))
    assert peak == 16


async def test_one_failure_does_not_cancel_the_rest() -> None:
    async def work(i: int) -> int:
        if i % 10 == 3:
            raise ValueError(f"bad {i}")
        await anyio.sleep(0.001)
        return i

    outcomes = await fan_out(work, range(50), concurrency=8)
    failed = [o for o in outcomes if not o.ok]
    assert [o.input for o in failed] == [3, 13, 23, 33, 43]
    assert all(isinstance(o.error, ValueError) and str(o.error) == f"bad {o.input}" for o in failed)
    assert sum(o.ok for o in outcomes) == 45
    with pytest.raises(ValueError, match="bad 3"):
        failed[0].unwrap()


async def test_fail_fast_cancels_the_rest_and_raises_the_error() -> None:
    finished: list[int] = []

    async def work(i: int) -> int:
        if i == 5:
            raise KeyError("stop")
        await anyio.sleep(0.05)
        finished.append(i)
        return i

    with pytest.raises(KeyError, match="stop"):
        await fan_out(work, range(100), concurrency=10, fail_fast=True)
    assert len(finished) < 100


async def test_progress_is_reported_for_every_input() -> None:
    seen: list[tuple[int, int]] = []

    async def work(i: int) -> int:
        return i

    await fan_out(work, range(5), concurrency=2, on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


async def test_empty_input_and_bad_concurrency() -> None:
    async def work(i: int) -> int:
        return i

    assert await fan_out(work, [], concurrency=4) == []
    with pytest.raises(ValueError):
        await fan_out(work, [1], concurrency=0)


def test_outcome_shape() -> None:
    assert Outcome("x", value=1).ok and not Outcome("x", error=RuntimeError()).ok
