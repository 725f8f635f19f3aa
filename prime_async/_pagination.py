"""Paginator: what a cursor-paginated endpoint returns.

`await` it for the first page (the typed response), or `async for` over it for every item
across all pages; no `await` is needed before `async for`. Each next page sends the previous
page's `pagination.next_cursor`; iteration stops when `has_next` is false or the cursor is empty.

A server that keeps promising more without delivering is not followed forever: a cursor seen
twice, or `max_empty_pages` empty pages in a row that each say `has_next`, raise
`PaginationError`.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Mapping
from contextlib import aclosing
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._encode import prepare
from ._errors import PaginationError
from ._pipeline import split_call_options
from ._raw import parsed_of
from ._route import Route

if TYPE_CHECKING:
    from ._pipeline import Pipeline

__all__ = ["Paginator"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


# Empty pages in a row, each saying has_next, before iteration stops with PaginationError.
MAX_EMPTY_PAGES = 10


class Paginator(Generic[PageT, ItemT]):
    """What a cursor-paginated endpoint returns: pages of type `PageT` holding items of type `ItemT`.

    - `await paginator`: the first page, the typed response (e.g. `GetOrdersResponse`);
    - `async for item in paginator`: every item of every page (e.g. each `Order`), fetching the
      next page only when the current one runs out;
    - `paginator.pages(max_pages=...)`: page after page; `paginator.items(max_items=...)` and
      `await paginator.collect(...)`: the items, bounded, as an iterator or a list.

    Each next page sends the previous page's `pagination.next_cursor`; it stops when `has_next`
    is false or the cursor is empty.
    A server that would page forever is stopped with `PaginationError`: a cursor seen twice, or
    `max_empty_pages` empty pages in a row that each say there is more. Arguments are checked when
    the endpoint is called, before anything is sent.
    """

    max_empty_pages = MAX_EMPTY_PAGES

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

    async def pages(self, *, max_pages: int | None = None) -> AsyncGenerator[PageT, None]:
        """Every page in turn, at most `max_pages` of them."""
        assert self._route.pagination is not None
        field = self._route.pagination.items
        kwargs = dict(self._kwargs)
        seen: set[str] = set()
        count = empty = 0
        while max_pages is None or count < max_pages:
            page = await self._pipeline.request(self._route, kwargs)
            count += 1
            yield page
            page = parsed_of(page)  # with_raw_response: the pages are RawResponses
            pagination = getattr(page, "pagination", None)
            cursor = getattr(pagination, "next_cursor", None)
            if not cursor or not getattr(pagination, "has_next", False):
                return
            if cursor in seen:
                raise PaginationError(f"{self._route.operation_id}: the server returned cursor {cursor[:80]!r} twice")
            empty = 0 if getattr(page, field, None) else empty + 1
            if empty >= self.max_empty_pages:
                raise PaginationError(
                    f"{self._route.operation_id}: {empty} empty pages in a row, each saying there is more; "
                    "stopped rather than page forever"
                )
            seen.add(cursor)
            kwargs["cursor"] = cursor

    async def items(self, *, max_items: int | None = None, max_pages: int | None = None) -> AsyncGenerator[ItemT, None]:
        """Every item of every page, stopping after `max_items` items or `max_pages` pages."""
        assert self._route.pagination is not None
        field = self._route.pagination.items
        if max_items is not None and max_items <= 0:
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
