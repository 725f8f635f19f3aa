"""What one entry of the route table holds. The entries themselves are generated (_generated/routes.py)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import attrs

Location = Literal["path", "query", "body"]


@attrs.frozen
class Param:
    """One keyword argument of an endpoint: where it goes and what type it is sent as."""

    name: str  # the Python keyword; the spec's name unless that is not an identifier
    location: Location
    # str, int, bool, float, Decimal, datetime, an OpenEnum, list[...]; types that involve models
    # are written as strings ("list[m.AllocationLeg]") so importing the table imports no model
    annotation: Any
    required: bool = False
    wire: str = attrs.field()  # the name on the wire

    @wire.default
    def _wire_default(self) -> str:
        return self.name

    @functools.cached_property
    def type(self) -> Any:
        """The annotation, evaluated: the type the value is checked against and sent as."""
        if not isinstance(self.annotation, str):
            return self.annotation
        from ._generated import enums, models

        return eval(self.annotation, {"m": models, "e": enums, "list": list})


@attrs.frozen
class Pagination:
    """A cursor-paginated operation: which response field holds the items, where the cursor goes."""

    items: str
    cursor_in: Location = "query"


@attrs.frozen
class Route:
    """One operation of the Prime REST API."""

    operation_id: str
    method: str
    path: str  # template, e.g. /v1/portfolios/{portfolio_id}/orders
    resource: str  # attribute on the client, e.g. "orders"
    name: str  # method on the resource, e.g. "list_portfolio_orders"
    params: tuple[Param, ...]
    response: str  # the response model's name; `response_model` is the class
    body: str | None = None  # the request body model's name, if the operation takes a body
    pagination: Pagination | None = None
    idempotency_field: str | None = None
    summary: str = ""
    params_by_name: Mapping[str, Param] = attrs.field(init=False, repr=False, eq=False)
    path_params: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "params_by_name", {p.name: p for p in self.params})
        object.__setattr__(self, "path_params", tuple(re.findall(r"{(\w+)}", self.path)))

    # Models are looked up on first use: 267 attrs classes take ~130 ms to create, and
    # `import prime_async` should not pay for them before the first request.
    @functools.cached_property
    def response_model(self) -> type:
        from ._generated import models

        return getattr(models, self.response)  # type: ignore[no-any-return]

    @functools.cached_property
    def body_model(self) -> type | None:
        from ._generated import models

        return getattr(models, self.body) if self.body else None


class RouteTable(Mapping[str, Route]):
    """operationId -> Route, read-only, in spec order."""

    def __init__(self, *routes: Route) -> None:
        self._routes = {route.operation_id: route for route in routes}

    def __getitem__(self, operation_id: str) -> Route:
        return self._routes[operation_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._routes)

    def __len__(self) -> int:
        return len(self._routes)

    def __repr__(self) -> str:
        return f"<RouteTable of {len(self)} operations>"

    def find(self, name: str) -> Route:
        """A route by operationId (`GetOrders`), method name (`list_portfolio_orders`) or both
        (`orders.list_portfolio_orders`)."""
        if name in self._routes:
            return self._routes[name]
        matches = [r for r in self._routes.values() if name in (r.name, f"{r.resource}.{r.name}")]
        if len(matches) != 1:
            raise KeyError(name)
        return matches[0]
