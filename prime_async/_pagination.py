"""Paginator: what a cursor-paginated endpoint returns.

`await` it for the first page (the typed response), or `async for` over it for every item
across all pages; no `await` is needed before `async for`. Each next page sends the previous
page's `pagination.next_cursor`; iteration stops when `has_next` is false, or when the cursor is
empty (as Prime's docs say; logged at WARNING, since `has_next` said there was more).

A server that keeps promising more without delivering is not followed forever; `PaginationError`:
- a cursor seen twice (a loop);
- a cursor longer than a query value may be (4,096 characters: one that grows each page);
- `max_empty_pages` (10) empty pages in a row that each say `has_next`;
- `max_short_pages` (100) pages in a row that say `has_next` yet hold fewer items than asked: the
  call's `limit`, or without one the largest page so far (a server trickling an item a page);
- `max_total_pages` (100,000) pages.
The last two bound work the caller did not bound: with `max_pages=` given, that is the bound.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Mapping
from contextlib import aclosing
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._call_options import split_call_options
from ._encode import MAX_QUERY_VALUE, prepare
from ._errors import InvalidRequestError, PaginationError
from ._numbers import checked_count
from ._raw import parsed_of
from ._route import Route

if TYPE_CHECKING:
    from ._pipeline import Pipeline

__all__ = ["Paginator", "checked_caps"]

logger = logging.getLogger("prime_async")

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


# Empty pages in a row, each saying has_next, before iteration stops with PaginationError.
MAX_EMPTY_PAGES = 10
# Pages in a row saying has_next with fewer items than asked: a legitimate server fills its pages.
MAX_SHORT_PAGES = 100
# Pages in all, without a max_pages: 100 million items at Prime's largest page.
MAX_TOTAL_PAGES = 100_000
# The longest next_cursor sent back: a query value's bound (see _encode).
MAX_CURSOR = MAX_QUERY_VALUE


def checked_caps(route: Route, max_items: object, max_pages: object) -> tuple[int | None, int | None]:
    """`max_items` and `max_pages`: None, or an int >= 0 (InvalidRequestError naming the option)."""
    fn = f"{route.resource}.{route.name}()"
    return (
        None if max_items is None else checked_count(max_items, f"{fn} max_items", error=InvalidRequestError),
        None if max_pages is None else checked_count(max_pages, f"{fn} max_pages", error=InvalidRequestError),
    )


class Paginator(Generic[PageT, ItemT]):
    """What a cursor-paginated endpoint returns: pages of type `PageT` holding items of type `ItemT`.

    - `await paginator`: the first page, the typed response (e.g. `GetOrdersResponse`);
    - `async for item in paginator`: every item of every page (e.g. each `Order`), fetching the
      next page only when the current one runs out;
    - `paginator.pages(max_pages=...)`: page after page; `paginator.items(max_items=...)` and
      `await paginator.collect(...)`: the items, bounded, as an iterator or a list.

    Each next page sends the previous page's `pagination.next_cursor`; it stops when `has_next`
    is false or the cursor is empty. A server that would page forever is stopped with
    `PaginationError` (a cursor seen twice or too long, a run of empty or short pages, too many
    pages in all: see the module's docstring). `max_items`/`max_pages` are ints >= 0. Arguments
    are checked when the endpoint is called, before anything is sent.
    """

    max_empty_pages = MAX_EMPTY_PAGES
    max_short_pages = MAX_SHORT_PAGES
    max_total_pages = MAX_TOTAL_PAGES

    def __init__(self, pipeline: Pipeline, route: Route, kwargs: Mapping[str, Any]) -> None:
        assert route.pagination is not None
        kwargs = pipeline.with_defaults(route, kwargs)
        prepare(route, split_call_options(route, kwargs)[0])  # bad arguments fail here, not at the first await
        self._pipeline = pipeline
        self._route = route
        self._kwargs = dict(kwargs)

    @property
    def route(self) -> Route:
        return self._route

    def __repr__(self) -> str:
        return f"<Paginator {self._route.resource}.{self._route.name}>"

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._pipeline.request(self._route, self._kwargs).__await__()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self.items()

    def pages(self, *, max_pages: int | None = None) -> AsyncGenerator[PageT, None]:
        """Every page in turn, at most `max_pages` of them."""
        pages = self._pages(max_pages)
        telemetry = self._pipeline.telemetry  # tracing: the iteration is a span, each page's call under it
        return pages if telemetry is None else telemetry.iteration(self._route, pages)

    async def _pages(self, max_pages: int | None) -> AsyncGenerator[PageT, None]:
        assert self._route.pagination is not None
        max_pages = checked_caps(self._route, None, max_pages)[1]
        field = self._route.pagination.items
        kwargs = dict(self._kwargs)
        asked = kwargs.get("limit") if isinstance(kwargs.get("limit"), int) else None
        seen: set[str] = set()
        count = empty = short = largest = 0
        while max_pages is None or count < max_pages:
            if max_pages is None and count >= self.max_total_pages:
                raise self._error(f"{count} pages and still more; stopped (pass max_pages= to page on)")
            try:
                page = await self._pipeline.request(self._route, kwargs)
            except InvalidRequestError as exc:
                if count == 0:
                    raise  # the caller's own arguments
                raise self._error(f"the server's next_cursor cannot be sent back ({exc})") from None
            count += 1
            yield page
            page = parsed_of(page)  # with_raw_response: the pages are RawResponses
            pagination = getattr(page, "pagination", None)
            if not getattr(pagination, "has_next", False):
                return
            cursor = getattr(pagination, "next_cursor", None)
            if not cursor:
                logger.warning(
                    "%s: the server says there is more (has_next) but sent no next_cursor: stopped after %d pages",
                    self._route.operation_id,
                    count,
                )
                return
            if cursor in seen:
                raise self._error(f"the server returned cursor {cursor[:80]!r} twice")
            if len(cursor) > MAX_CURSOR:
                raise self._error(
                    f"the server's next_cursor is {len(cursor):,} characters, over the {MAX_CURSOR:,} the client "
                    "sends back; stopped (a cursor that grows with every page)"
                )
            held = len(getattr(page, field, None) or ())
            empty = 0 if held else empty + 1
            if empty >= self.max_empty_pages:
                raise self._error(
                    f"{empty} empty pages in a row, each saying there is more; stopped rather than page forever"
                )
            if max_pages is None:
                short = short + 1 if held < (asked or largest) else 0
                largest = max(largest, held)
                if short >= self.max_short_pages:
                    raise self._error(
                        f"{short} pages in a row, each with fewer items than "
                        f"{f'limit={asked}' if asked else 'its largest page'} and each saying there is more; "
                        "stopped rather than page forever (pass max_pages= to page on)"
                    )
            seen.add(cursor)
            kwargs["cursor"] = cursor

    def _error(self, what: str) -> PaginationError:
        return PaginationError(f"{self._route.operation_id}: {what}")

    async def items(self, *, max_items: int | None = None, max_pages: int | None = None) -> AsyncGenerator[ItemT, None]:
        """Every item of every page, stopping after `max_items` items or `max_pages` pages."""
        assert self._route.pagination is not None
        field = self._route.pagination.items
        max_items, max_pages = checked_caps(self._route, max_items, max_pages)
        if max_items == 0:
            return
        count = 0
        async with aclosing(self.pages(max_pages=max_pages)) as pages:  # closed when we stop early
            async for page in pages:
                for item in getattr(parsed_of(page), field, None) or ():
                    yield item
                    count += 1
                    if max_items is not None and count >= max_items:
                        return

    async def collect(self, *, max_items: int | None = None, max_pages: int | None = None) -> list[ItemT]:
        """`items()` gathered into a list."""
        async with aclosing(self.items(max_items=max_items, max_pages=max_pages)) as items:
            return [item async for item in items]
