"""Paginator: what a cursor-paginated endpoint returns.

`await` it for the first page (the typed response), or `async for` over it for every item
across all pages; no `await` is needed before `async for`. Each next page sends the previous
page's `pagination.next_cursor`; iteration stops when `has_next` is false or the cursor is empty.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._encode import prepare
from ._errors import PrimeError
from ._route import Route

if TYPE_CHECKING:
    from ._client import PrimeClient

__all__ = ["Paginator"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class Paginator(Generic[PageT, ItemT]):
    """What a cursor-paginated endpoint returns: pages of type `PageT` holding items of type `ItemT`.

    - `await paginator`: the first page, the typed response (e.g. `GetOrdersResponse`);
    - `async for item in paginator`: every item of every page (e.g. each `Order`), fetching the
      next page only when the current one runs out;
    - `paginator.pages(max_pages=...)`: page after page; `paginator.items(max_items=...)` and
      `await paginator.collect(...)`: the items, bounded, as an iterator or a list.

    Each next page sends the previous page's `pagination.next_cursor`; it stops when `has_next`
    is false or the cursor is empty, and raises if the server sends the same cursor twice.
    Arguments are checked when the endpoint is called, before anything is sent.
    """

    def __init__(self, client: PrimeClient, route: Route, kwargs: Mapping[str, Any]) -> None:
        assert route.pagination is not None
        prepare(route, kwargs)  # bad arguments fail here, at the call, not at the first await
        self._client = client
        self._route = route
        self._kwargs = dict(kwargs)

    def __repr__(self) -> str:
        return f"<Paginator {self._route.resource}.{self._route.name}>"

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._client._request(self._route, self._kwargs).__await__()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self.items()

    async def pages(self, *, max_pages: int | None = None) -> AsyncGenerator[PageT, None]:
        """Every page in turn, at most `max_pages` of them."""
        assert self._route.pagination is not None
        kwargs = dict(self._kwargs)
        seen: set[str] = set()
        count = 0
        while max_pages is None or count < max_pages:
            page = await self._client._request(self._route, kwargs)
            count += 1
            yield page
            pagination = getattr(page, "pagination", None)
            cursor = getattr(pagination, "next_cursor", None)
            if not cursor or not getattr(pagination, "has_next", False):
                return
            if cursor in seen:
                raise PrimeError(f"{self._route.operation_id}: the server returned cursor {cursor!r} twice")
            seen.add(cursor)
            kwargs["cursor"] = cursor

    async def items(self, *, max_items: int | None = None, max_pages: int | None = None) -> AsyncGenerator[ItemT, None]:
        """Every item of every page, stopping after `max_items` items or `max_pages` pages."""
        assert self._route.pagination is not None
        field = self._route.pagination.items
        if max_items is not None and max_items <= 0:
            return
        count = 0
        async for page in self.pages(max_pages=max_pages):
            for item in getattr(page, field, None) or ():
                yield item
                count += 1
                if max_items is not None and count >= max_items:
                    return

    async def collect(self, *, max_items: int | None = None, max_pages: int | None = None) -> list[ItemT]:
        """`items()` gathered into a list."""
        return [item async for item in self.items(max_items=max_items, max_pages=max_pages)]
