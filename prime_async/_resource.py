"""Resource namespaces: their methods are built from the route table, one generic endpoint each."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._pagination import Paginator
from ._route import Route

if TYPE_CHECKING:
    from ._client import PrimeClient

__all__ = ["Resource"]


class Resource:
    """A group of endpoints (`client.orders`). Subclasses name their group; their methods appear."""

    __slots__ = ("_client",)

    def __init__(self, client: PrimeClient) -> None:
        self._client = client

    def __init_subclass__(cls, resource: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        from ._generated.routes import ROUTES

        for route in ROUTES.values():
            if route.resource == resource:
                setattr(cls, route.name, _endpoint(cls, route))

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def _endpoint(cls: type, route: Route) -> Callable[..., Any]:
    endpoint: Callable[..., Any]
    if route.pagination is not None:

        def endpoint(self: Resource, **kwargs: Any) -> Paginator[Any, Any]:
            return Paginator(self._client, route, kwargs)

    else:

        async def endpoint(self: Resource, **kwargs: Any) -> Any:
            return await self._client._request(route, kwargs)

    endpoint.__name__ = route.name
    endpoint.__qualname__ = f"{cls.__name__}.{route.name}"
    endpoint.__doc__ = f"{route.summary} ({route.method} {route.path})"
    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    # the idempotency field is required by the API but filled in by the client when left out
    required = {p.name for p in route.params if p.required and p.name != route.idempotency_field}
    for p in sorted(route.params, key=lambda p: p.name not in required):
        default = inspect.Parameter.empty if p.name in required else None
        parameters.append(
            inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=p.annotation)
        )
    setattr(endpoint, "__signature__", inspect.Signature(parameters))  # noqa: B010
    setattr(endpoint, "route", route)  # noqa: B010
    return endpoint
