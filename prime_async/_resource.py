"""Resource namespaces: their methods are built from the route table, one generic endpoint each."""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from ._pagination import Paginator
from ._route import Alias, Route

if TYPE_CHECKING:
    from ._client import PrimeClient

__all__ = ["Namespace", "Resource"]


class Namespace:
    """A group of endpoints. A subclass names its group (`resource="orders"`) and gets one method
    per route of the group, made by its `make_endpoint`; the name, docstring and signature of each
    come from the route table, the same for the async and the blocking client."""

    __slots__ = ("_client",)
    blocking: ClassVar[bool] = False  # which "Returns" the docstrings describe

    def __init__(self, client: Any) -> None:
        self._client = client

    def __init_subclass__(cls, resource: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not resource:
            return
        from ._generated.routes import ROUTES

        for route in ROUTES.values():
            if route.resource == resource:
                endpoint = cls.make_endpoint(route)
                endpoint.__name__ = route.name
                endpoint.__qualname__ = f"{cls.__name__}.{route.name}"
                endpoint.__doc__ = ROUTES.docstring(route, blocking=cls.blocking)
                setattr(endpoint, "__signature__", route.signature)  # noqa: B010
                setattr(endpoint, "route", route)  # noqa: B010
                setattr(cls, route.name, endpoint)
        for alias in ROUTES.aliases:  # old names of renamed operations: warn, then call the new one
            route = ROUTES[alias.route]
            if route.resource == resource:
                setattr(cls, alias.name, _deprecated(getattr(cls, route.name), alias))

    @classmethod
    def make_endpoint(cls, route: Route) -> Callable[..., Any]:
        """The function that calls `route` (its name, docstring and signature are set after)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def _deprecated(endpoint: Callable[..., Any], alias: Alias) -> Callable[..., Any]:
    """`endpoint` under its old name: the same call, after a DeprecationWarning naming the new one."""
    advice = f"use {endpoint.__name__}() (Prime renamed {alias.operation_id} to {alias.route})"
    message = f"{alias.name}() is deprecated: {advice}"
    wrapper: Callable[..., Any]
    if inspect.iscoroutinefunction(endpoint):

        async def wrapper(self: Namespace, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return await endpoint(self, **kwargs)

    else:

        def wrapper(self: Namespace, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return endpoint(self, **kwargs)

    wrapper.__name__ = alias.name
    wrapper.__qualname__ = endpoint.__qualname__.rsplit(".", 1)[0] + "." + alias.name
    wrapper.__doc__ = f"Deprecated: {advice}.\n\n{endpoint.__doc__}"
    setattr(wrapper, "__signature__", inspect.signature(endpoint))  # noqa: B010
    setattr(wrapper, "route", getattr(endpoint, "route", None))  # noqa: B010
    return wrapper


class Resource(Namespace):
    """A group of async endpoints (`client.orders`)."""

    __slots__ = ()
    _client: PrimeClient

    @classmethod
    def make_endpoint(cls, route: Route) -> Callable[..., Any]:
        if route.pagination is not None:

            def paginated(self: Resource, **kwargs: Any) -> Paginator[Any, Any]:
                return Paginator(self._client.pipeline, route, kwargs)

            return paginated

        async def endpoint(self: Resource, **kwargs: Any) -> Any:
            return await self._client.pipeline.request(route, kwargs)

        return endpoint
