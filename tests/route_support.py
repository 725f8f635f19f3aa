"""Arguments for any route of the table, and the smallest answer a server can give it: what tests
parametrised over ROUTES send through a real client to a loopback server."""

from __future__ import annotations

from typing import Any

import attrs

from prime_async._route import Int64, Route, argument_required
from prime_async.testing import sample_value


def required_arguments(route: Route) -> dict[str, Any]:
    """Every path parameter and every argument the call requires, each a valid sample value."""
    kwargs: dict[str, Any] = {}
    for p in route.params:
        if p.location == "path" or argument_required(p.name, p.location, p.required, route.idempotency_field):
            tp = p.type
            kwargs[p.name] = sample_value(int, p.name) if tp is Int64 else sample_value(tp, p.name)
    return kwargs


def minimal_answer(model: type) -> dict[str, Any]:
    """{} but for the one message a response wraps (the answer: see test_answers), which must be there."""
    return {f.metadata.get("wire", f.name): {} for f in attrs.fields(model) if f.metadata.get("answer")}


async def call(client: Any, route: Route, **kwargs: Any) -> Any:
    """Call `route` on `client` with its required arguments, overridden by `kwargs`; a paginated
    call is awaited for its first page."""
    method = getattr(getattr(client, route.resource), route.name)
    return await method(**{**required_arguments(route), **kwargs})
