"""What every operation handler shares: the parsed call, the registry, pagination and the
readings of time bounds and symbol filters.

A handler is `fn(world, call) -> response model`, registered for its operation ids with
`@handles(...)`; `_handlers.py` imports every handler module, so that importing it fills
`HANDLERS`. The handlers live in small modules by domain (`_handlers.py` for trading, wallets
and money movements, `_handlers_<domain>.py` for the rest).
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import attrs

from .. import models as m
from .._route import Route
from ._values import parse_datetime
from ._world import SimError, World

__all__ = ["HANDLERS", "Call", "Handler", "Window", "handles", "in_range", "moment", "paginate", "symbol_set", "window"]

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


@attrs.frozen
class Call:
    """One parsed request: path and query values by Python name, the body as its model."""

    route: Route
    params: dict[str, Any]
    body: Any = None

    def __getitem__(self, name: str) -> Any:
        if name in self.params:
            return self.params[name]
        return getattr(self.body, name, None)


Handler = Callable[[World, Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register `fn` as the handler of the operations; it runs after whatever the world had
    scheduled for by now (`World.settle`), so that every answer sees the world as of now."""

    def register(fn: Handler) -> Handler:
        @functools.wraps(fn)
        def settled(world: World, call: Call) -> Any:
            world.settle()
            return fn(world, call)

        for op in operation_ids:
            HANDLERS[op] = settled
        return fn

    return register


# -- pagination --------------------------------------------------------------------------------


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = text.partition(":")
        if kind == "offset" and value.isdigit():
            return int(value)
    except ValueError:
        pass
    raise SimError(400, f"invalid cursor {cursor!r}", field="cursor")


def paginate(call: Call, items: Sequence[Any], *, listed: bool = False, **fields: Any) -> Any:
    """The page of `items` that the call's cursor, limit and sort_direction ask for. `items` are
    oldest first, and listed newest first unless the call asks for ASC; `listed`: items in no
    time order (assets, balances), listed in the order given unless the call asks for DESC."""
    assert call.route.pagination is not None
    limit = DEFAULT_LIMIT if call["limit"] is None else call["limit"]
    if limit < 1:
        raise SimError(400, "limit must be at least 1", field="limit")
    limit = min(limit, MAX_LIMIT)
    direction = m.SortDirection(call["sort_direction"] or ("ASC" if listed else "DESC"))
    ordered = list(items) if direction == m.SortDirection.ASC else list(reversed(items))
    start = _offset(call["cursor"])
    chunk = ordered[start : start + limit]
    has_next = start + limit < len(ordered)
    pagination = m.PaginatedResponse(
        next_cursor=_cursor(start + limit) if has_next else "", sort_direction=direction, has_next=has_next
    )
    return call.route.response_model(**{call.route.pagination.items: chunk}, pagination=pagination, **fields)


# -- filters -----------------------------------------------------------------------------------

Window = tuple[datetime | None, datetime | None]


def window(call: Call, start: str, end: str) -> Window:
    """The call's time bounds, parsed once per request (a malformed one is a 400 even when no
    record would have been compared with it)."""
    return moment(call, start), moment(call, end)


def in_range(at: datetime | None, bounds: Window) -> bool:
    low, high = bounds
    return at is None or ((low is None or at >= low) and (high is None or at < high))


def moment(call: Call, name: str) -> datetime | None:
    """A time bound of the call: some operations type theirs as a date-time, others as a string."""
    value = call[name]
    if isinstance(value, str):
        return parse_datetime(name, value) if value else None
    return value  # type: ignore[no-any-return]


def symbol_set(value: Any) -> set[str] | None:
    """`symbols` is a list in some operations and a comma-separated string in others."""
    if not value:
        return None
    items = value if isinstance(value, list) else str(value).split(",")
    return {s.strip().upper() for s in items if s.strip()}
