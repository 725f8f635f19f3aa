"""fan_out: one call over many inputs with bounded concurrency, results in input order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, Literal, NoReturn, TypeAlias, TypeVar

import anyio
import attrs

__all__ = ["Failure", "Outcome", "Success", "fan_out"]

T = TypeVar("T")
R = TypeVar("R")


class _Outcome:
    """What one input gave: a `Success` with its `value`, or a `Failure` with the `error` it raised.

    Check `outcome.ok` (or `outcome.error is None`) and mypy knows which: after `if outcome.ok:`
    `outcome.value` is the call's result type, not `R | None`. `unwrap()` gives the value or raises
    the error. `Outcome(input, value=...)` and `Outcome(input, error=...)` build one of the two.
    """

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if cls is not _Outcome:
            return super().__new__(cls)
        return _build(*args, **kwargs)

    def __class_getitem__(cls, params: object) -> type:  # Outcome[str, int] at runtime, as in annotations
        return cls


def _build(input: Any, value: Any = None, error: Exception | None = None) -> Any:
    return Failure(input, error) if error is not None else Success(input, value)


@attrs.frozen
class Success(_Outcome, Generic[T, R]):
    """An input whose call returned `value`."""

    input: T
    value: R

    @property
    def ok(self) -> Literal[True]:
        return True

    @property
    def error(self) -> None:
        return None

    def unwrap(self) -> R:
        """The value."""
        return self.value


@attrs.frozen
class Failure(_Outcome, Generic[T]):
    """An input whose call raised `error`."""

    input: T
    error: Exception

    @property
    def ok(self) -> Literal[False]:
        return False

    @property
    def value(self) -> None:
        return None

    def unwrap(self) -> NoReturn:
        """Raises the error again."""
        raise self.error


if TYPE_CHECKING:
    # for mypy a union, so `if outcome.ok:` narrows to Success and `outcome.value` is an R
    Outcome: TypeAlias = Success[T, R] | Failure[T]
else:  # at runtime the common base: isinstance(x, Outcome), Outcome(input, value=...) and Outcome[T, R] work
    Outcome = _Outcome


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
                results[index] = Success(item, await fn(item))
            except Exception as exc:
                if fail_fast:
                    raise
                results[index] = Failure(item, exc)
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
