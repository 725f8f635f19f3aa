"""fan_out: one call over many inputs with bounded concurrency, results in input order."""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, Literal, NoReturn, TypeAlias, TypeVar

import anyio
import attrs

from ._errors import InvalidRequestError
from ._numbers import checked_count

__all__ = ["Failure", "Outcome", "Success", "fan_out"]

logger = logging.getLogger("prime_async")

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
    """Run `fn` over `inputs`, at most `concurrency` at a time (an int >= 1, or `math.inf`: all
    at once), on asyncio or trio.

    Returns one Outcome per input, in input order. An error is recorded for its input and the
    rest carry on. With `fail_fast=True` the first error cancels the others and is raised, with
    what the caller needs to account for every input attached to it:
    - `error.outcomes`: the Outcome of every input that finished, in input order (the successes,
      and the failure itself);
    - `error.unfinished`: the inputs whose calls were running when cancelled: their outcome is
      unknown (a create among them may have reached the server: see `client.unresolved`);
    - `error.not_started`: the inputs never started.
    `on_progress(done, total)` is called after each input completes; if it raises, its error is
    logged once and it is not called again (a broken progress bar must not lose any outcome).
    """
    if concurrency != math.inf:
        checked_count(concurrency, "fan_out() concurrency", minimum=1, error=InvalidRequestError)
    items = list(inputs)
    results: list[Outcome[T, R] | None] = [None] * len(items)
    started: list[int] = []
    queue = iter(enumerate(items))
    done = 0
    progress = on_progress

    async def worker() -> None:
        nonlocal done, progress
        for index, item in queue:  # workers share one iterator: each input is taken once
            started.append(index)
            try:
                results[index] = Success(item, await fn(item))
            except Exception as exc:
                results[index] = Failure(item, exc)
                if fail_fast:
                    raise
            done += 1
            if progress is not None:
                try:
                    progress(done, len(items))
                except Exception:
                    progress = None
                    logger.exception("fan_out: on_progress raised; it is not called again, the inputs go on")

    try:
        async with anyio.create_task_group() as tg:
            for _ in range(len(items) if concurrency == math.inf else min(int(concurrency), len(items))):
                tg.start_soon(worker)
    except BaseExceptionGroup as group:  # fail_fast: raise the first error itself, not a group
        first = group.exceptions[0]
        if not isinstance(first, Exception):
            raise
        taken = set(started)
        _attach(first, "outcomes", [r for r in results if r is not None])
        _attach(first, "unfinished", [items[i] for i in sorted(taken) if results[i] is None])
        _attach(first, "not_started", [item for i, item in enumerate(items) if i not in taken])
        raise first from None
    return [r for r in results if r is not None]


def _attach(error: Exception, name: str, value: object) -> None:
    """Set an attribute on the caller's error, even one whose class forbids it (attrs' frozen)."""
    object.__setattr__(error, name, value)
