"""What one entry of the route table holds. The entries themselves are generated (_generated/routes.py)."""

from __future__ import annotations

import functools
import inspect
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import attrs

Location = Literal["path", "query", "body"]


class Int64(int):
    """A Param type, never instantiated: an integer the spec types as a string (`type: string,
    format: int64`, as proto3 JSON sends 64-bit integers). Callers pass an int; it travels as a
    decimal string. Models mark such fields with `metadata={"int64": True}` instead."""


@attrs.frozen
class Param:
    """One keyword argument of an endpoint: where it goes and what type it is sent as."""

    name: str  # the Python keyword; the spec's name unless that is not an identifier
    location: Location
    # str, int, Int64, bool, float, Decimal, datetime, an OpenEnum, list[...]; types that involve models
    # are written as strings ("list[m.AllocationLeg]") so importing the table imports no model
    annotation: Any
    accepts: str = ""  # what the signature shows: `Decimal | str | int`, `Sequence[OrderStatus | str]`
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

        return eval(self.annotation, {"m": models, "e": enums, "list": list, "Int64": Int64})


@attrs.frozen
class Pagination:
    """A cursor-paginated operation: which response field holds the items, where the cursor goes."""

    items: str
    item: str = ""  # the items' model, e.g. "Order"
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
    doc: str = ""  # the docstring up to "Returns" (RouteTable.docstring adds the rest)
    params_by_name: Mapping[str, Param] = attrs.field(init=False, repr=False, eq=False)
    path_params: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "params_by_name", {p.name: p for p in self.params})
        object.__setattr__(self, "path_params", tuple(re.findall(r"{(\w+)}", self.path)))

    @functools.cached_property
    def signature(self) -> inspect.Signature:
        """The endpoint's signature, for the async and the blocking client alike: keyword-only,
        in the table's order (required first), None = leave it out (see `argument_required`)."""
        parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        for p in self.params:
            required = argument_required(p.name, p.location, p.required, self.idempotency_field)
            annotation = p.accepts if required else f"{p.accepts} | None"
            default = inspect.Parameter.empty if required else None
            parameters.append(
                inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
            )
        for name, annotation in CALL_OPTIONS:  # every endpoint's per-call options, after its own
            parameters.append(
                inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=f"{annotation} | None")
            )
        return inspect.Signature(parameters)

    # Models are looked up on first use: 267 attrs classes take ~130 ms to create, and
    # `import prime_async` should not pay for them before the first request.
    @functools.cached_property
    def response_model(self) -> type:
        from . import models  # the public module: it gives each model its public path (see _public)

        return getattr(models, self.response)  # type: ignore[no-any-return]

    @functools.cached_property
    def body_model(self) -> type | None:
        from . import models

        return getattr(models, self.body) if self.body else None


# Path ids a call may leave out: the client fills them in from its own (`PrimeClient(portfolio_id=...,
# entity_id=...)`, or PRIME_PORTFOLIO_ID / PRIME_ENTITY_ID, or the credentials' JSON).
CLIENT_DEFAULTS = ("portfolio_id", "entity_id")


def argument_required(name: str, location: str, required: bool, idempotency_field: str | None) -> bool:
    """Whether a call must pass this argument. Not the idempotency field (the client fills in a
    uuid4) nor a portfolio or entity id in the path (the client's default stands in), even where
    the API requires them."""
    return required and name != idempotency_field and not (location == "path" and name in CLIENT_DEFAULTS)


# The keyword arguments every endpoint takes besides the spec's (see prime_async._pipeline), with
# what they accept; codegen/render.py writes the same into the stubs.
CALL_OPTIONS = (
    ("timeout", "float | httpx.Timeout"),
    ("extra_headers", "Mapping[str, str]"),
    ("extra_query", "Mapping[str, Any]"),
)


@attrs.frozen
class Alias:
    """An old name of a route, kept working with a DeprecationWarning after Prime renamed it."""

    operation_id: str  # the old operationId, e.g. "SetFundingSettings"
    name: str  # the old method name on the route's resource, e.g. "set_funding_settings"
    route: str  # the current operationId, e.g. "UpdateFundingSettings"


class RouteTable(Mapping[str, Route]):
    """operationId -> Route, read-only, in spec order. Old operationIds and method names of
    renamed operations still find their route, with a DeprecationWarning naming the new one;
    iterating gives the current operationIds only."""

    def __init__(
        self, *routes: Route, aliases: Iterable[Alias] = (), returns: Mapping[tuple[bool, bool], str] | None = None
    ) -> None:
        self._routes = {route.operation_id: route for route in routes}
        self._returns = dict(returns or {})
        self.aliases: tuple[Alias, ...] = tuple(aliases)
        self._alias_by_operation = {a.operation_id: a for a in self.aliases}
        self._alias_by_name: dict[str, Alias] = {}  # old method names, bare and with their resource
        for alias in self.aliases:
            route = self._routes[alias.route]
            self._alias_by_name.setdefault(alias.name, alias)
            self._alias_by_name.setdefault(f"{route.resource}.{alias.name}", alias)

    def __getitem__(self, operation_id: str) -> Route:
        try:
            return self._routes[operation_id]
        except KeyError:
            alias = self._alias_by_operation.get(operation_id)
            if alias is None:
                raise
        return self._deprecated(alias, operation_id)

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._routes or operation_id in self._alias_by_operation

    def __iter__(self) -> Iterator[str]:
        return iter(self._routes)

    def __len__(self) -> int:
        return len(self._routes)

    def __repr__(self) -> str:
        return f"<RouteTable of {len(self)} operations>"

    def docstring(self, route: Route, *, blocking: bool) -> str:
        """The endpoint's whole docstring: `route.doc`, then what the async or the blocking call returns."""
        template = self._returns.get((blocking, route.pagination is not None))
        if template is None:
            return route.doc
        item = route.pagination.item if route.pagination else ""
        return f"{route.doc}\n\n{template.format(response=route.response, item=item)}"

    def find(self, name: str) -> Route:
        """A route by operationId (`GetOrders`), method name (`list_portfolio_orders`) or both
        (`orders.list_portfolio_orders`); an old name of a renamed operation warns and finds it."""
        if name in self._routes:
            return self._routes[name]
        matches = [r for r in self._routes.values() if name in (r.name, f"{r.resource}.{r.name}")]
        alias = self._alias_by_operation.get(name) or self._alias_by_name.get(name)
        if not matches and alias is not None:
            return self._deprecated(alias, name)
        if len(matches) != 1:
            raise KeyError(name)
        return matches[0]

    def _deprecated(self, alias: Alias, used: str) -> Route:
        route = self._routes[alias.route]
        new = route.operation_id if used == alias.operation_id else f"{route.resource}.{route.name}"
        message = f"{used} is deprecated: use {new} (Prime renamed {alias.operation_id} to {alias.route})"
        warnings.warn(message, DeprecationWarning, stacklevel=3)
        return route
