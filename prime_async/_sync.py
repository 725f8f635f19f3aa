"""Blocking twins of the resources and paginators, driven through an anyio blocking portal.

They add no behaviour of their own: each call runs the async endpoint on the portal's event
loop (a background thread), so retries, rate limits and structuring are the async client's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ._errors import ClientClosedError
from ._pagination import Paginator, checked_caps
from ._raw import parsed_of
from ._resource import Namespace
from ._route import Route

if TYPE_CHECKING:
    from .sync import SyncPrimeClient

__all__ = ["SyncPaginator", "SyncResource"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class SyncPaginator(Generic[PageT, ItemT]):
    """What a paginated method returns in the blocking client: iterate it for every item, or ask
    for `first_page()`, `pages()` or `collect()`."""

    def __init__(self, client: SyncPrimeClient, paginator: Paginator[PageT, ItemT]) -> None:
        self._client = client
        self._paginator = paginator

    def first_page(self) -> PageT:
        return cast(PageT, self._client.portal.call(_await, self._paginator))

    def pages(self, *, max_pages: int | None = None) -> Iterator[PageT]:
        pages = self._paginator.pages(max_pages=max_pages)
        try:
            while True:
                try:
                    yield self._client.portal.call(pages.__anext__)
                except StopAsyncIteration:
                    return
        finally:
            # left half-way: its pages closed on the loop; unless the loop has ended (a script's
            # exit stops it), which closed them itself
            with contextlib.suppress(ClientClosedError):
                self._client.portal.call(pages.aclose)

    def __iter__(self) -> Iterator[ItemT]:
        return self.items()

    def items(self, *, max_items: int | None = None, max_pages: int | None = None) -> Iterator[ItemT]:
        # a page per trip to the event loop, not an item per trip
        field = self._paginator.route.pagination.items  # type: ignore[union-attr]
        max_items, max_pages = checked_caps(self._paginator.route, max_items, max_pages)
        if max_items == 0:
            return
        count = 0
        for page in self.pages(max_pages=max_pages):
            for item in getattr(parsed_of(page), field, None) or ():
                yield item
                count += 1
                if count == max_items:  # then stop: not one page more
                    return

    def collect(self, *, max_items: int | None = None, max_pages: int | None = None) -> list[ItemT]:
        return list(self.items(max_items=max_items, max_pages=max_pages))


async def _await(paginator: Paginator[PageT, Any]) -> PageT:
    return await paginator


class SyncResource(Namespace):
    """A group of blocking endpoints (`SyncPrimeClient().orders`)."""

    __slots__ = ()
    _client: SyncPrimeClient
    blocking = True

    @classmethod
    def make_endpoint(cls, route: Route) -> Callable[..., Any]:
        if route.pagination is not None:

            def paginated(self: SyncResource, **kwargs: Any) -> Any:
                return SyncPaginator(self._client, Paginator(self._client.async_client.pipeline, route, kwargs))

            return paginated

        def endpoint(self: SyncResource, **kwargs: Any) -> Any:  # the async client's pipeline, on the portal
            return self._client.portal.call(self._client.async_client.pipeline.request, route, kwargs)

        return endpoint
