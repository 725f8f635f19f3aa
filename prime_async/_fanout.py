"""fan_out: one call over many inputs with bounded concurrency, results in input order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Generic, TypeVar

import anyio
import attrs

__all__ = ["Outcome", "fan_out"]

T = TypeVar("T")
R = TypeVar("R")


@attrs.frozen
class Outcome(Generic[T, R]):
    """What one input gave: its `value`, or the `error` it raised."""

    input: T
    value: R | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> R:
        """The value, or the error raised again."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


async def fan_out(
    fn: Callable[[T], Awaitable[R]],
    inputs: Iterable[T],
    *,
    concurrency: int = 64,
    fail_fast: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Outcome[T, R]]:
    """Run `fn` over `inputs`, at most `concurrency` at a time, on asyncio or trio.

    Returns one Outcome per input, in input order. An error is recorded for its input and the
    rest carry on; with `fail_fast=True` the first error cancels the others and is raised.
    `on_progress(done, total)` is called after each input completes.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    items = list(inputs)
    results: list[Outcome[T, R] | None] = [None] * len(items)
    queue = iter(enumerate(items))
    done = 0

    async def worker() -> None:
        nonlocal done
        for index, item in queue:  # workers share one iterator: each input is taken once
            try:
                results[index] = Outcome(item, value=await fn(item))
            except Exception as exc:
                if fail_fast:
                    raise
                results[index] = Outcome(item, error=exc)
            done += 1
            if on_progress is not None:
                on_progress(done, len(items))

    try:
        async with anyio.create_task_group() as tg:
            for _ in range(min(concurrency, len(items))):
                tg.start_soon(worker)
    except BaseExceptionGroup as group:  # fail_fast: raise the first error itself, not a group
        first = group.exceptions[0]
        raise first if isinstance(first, Exception) else group from None
    return [r for r in results if r is not None]
