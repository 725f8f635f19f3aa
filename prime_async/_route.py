"""What one entry of the route table holds. The entries themselves are generated (_generated/routes.py)."""

from __future__ import annotations

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
    type: Any  # str, int, bool, float, Decimal, datetime, an OpenEnum, a model class, list[...]
    required: bool = False
    wire: str = attrs.field()  # the name on the wire

    @wire.default
    def _wire_default(self) -> str:
        return self.name


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
    response_model: type
    body_model: type | None = None
    pagination: Pagination | None = None
    idempotency_field: str | None = None
    summary: str = ""
    params_by_name: Mapping[str, Param] = attrs.field(init=False, repr=False, eq=False)
    path_params: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "params_by_name", {p.name: p for p in self.params})
        object.__setattr__(self, "path_params", tuple(re.findall(r"{(\w+)}", self.path)))


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
