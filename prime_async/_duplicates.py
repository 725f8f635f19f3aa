"""A retried order refused as a duplicate: find the order an earlier attempt placed.

Prime does not answer a repeated `client_order_id` with the first answer: it refuses it, 400
VALIDATION_ERROR `ORDER_DUPLICATE_CLIENT_ORDER_ID` (spec/prime-errors.yaml, declared by
CreateOrder, AcceptQuote and EditOrder). When that refusal answers a retry of one call (an
attempt whose answer was lost, then the same request again), it proves an earlier attempt of
this very call placed the order: the call succeeded, and reporting it as failed would invite the
caller to place the order again under a new id. So the pipeline hands the refusal here, and the
call returns what it would have returned, found by its `client_order_id`:

- EditOrder: the order is named in the path; read it (GetOrder) and check it now carries the
  edit's `client_order_id`.
- CreateOrder, AcceptQuote: Prime has no lookup by `client_order_id`. Its open orders first (a
  resting order is there), then its orders filtered by product, side and a time window around
  the first attempt (a filled or cancelled one), newest first.

Bounded: MAX_PAGES pages of PAGE_SIZE per listing, ROUNDS rounds (a just-placed order may take
a moment to be listed), LOOKUP_SECONDS in all. Not found within them, or a lookup that fails:
OrderStateUnknownError, which says what to do. The lookups are ordinary GETs through the same
pipeline (signed, paced, retried as any GET).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from anyio import sleep

from ._encode import PreparedRequest
from ._errors import APIError, DuplicateClientOrderIdError, OrderStateUnknownError
from ._generated.routes import ROUTES
from ._json import parse_json
from ._route import Route
from ._timeout import fail_after

if TYPE_CHECKING:  # the models load with the first call, not with `import prime_async`
    from ._generated import models as m

__all__ = ["RESOLVABLE", "resolve_duplicate"]

logger = logging.getLogger("prime_async")

# Operations whose retry Prime may refuse as a duplicate, and what each returns
RESOLVABLE = frozenset({"CreateOrder", "AcceptQuote", "EditOrder"})
PAGE_SIZE = 100
MAX_PAGES = 30  # per listing and round: 3,000 orders, newest first
ROUNDS = 3
ROUND_PAUSE = 0.25  # seconds before the next round, doubled each time
LOOKUP_SECONDS = 30.0
# The window around the first attempt: the server's clock may differ from ours.
CLOCK_SKEW = timedelta(minutes=5)

Fetch = Callable[[Route, Mapping[str, Any]], Awaitable[Any]]


async def resolve_duplicate(
    fetch: Fetch,
    route: Route,
    prepared: PreparedRequest,
    refused: DuplicateClientOrderIdError,
    first_attempt_at: datetime,
    remaining: float | None = None,
) -> Any:
    """The response the call would have had (`CreateOrderResponse(order_id=...)`, ...), found by
    its client_order_id; OrderStateUnknownError when it cannot be found within the bounds.
    `fetch(route, kwargs)` makes one GET call and returns its model; `remaining`: what is left of
    the call's deadline (None: none), which bounds the lookup too."""
    client_order_id = str(prepared.idempotency_key)
    portfolio_id = prepared.portfolio_id
    body = parse_json(prepared.body) if prepared.body else {}
    looked_up: list[str] = []
    order_id: str | None = None
    seconds = LOOKUP_SECONDS if remaining is None else max(0.0, min(LOOKUP_SECONDS, remaining))
    try:
        with fail_after(seconds):
            pause = ROUND_PAUSE
            for round_ in range(ROUNDS):
                if round_:
                    await sleep(pause)
                    pause *= 2
                order_id = await _find(fetch, route, prepared, body, first_attempt_at, looked_up)
                if order_id is not None:
                    break
    except TimeoutError:
        looked_up.append(
            f"stopped after {seconds:g} s" + (" (the call's deadline)" if seconds < LOOKUP_SECONDS else "")
        )
    except APIError as exc:
        looked_up.append(f"a lookup failed: {type(exc).__name__}: {exc}"[:300])
    if order_id is not None:
        logger.info(
            "%s: a retry was refused as a duplicate; client_order_id=%s is order %s, placed by an earlier attempt",
            route.operation_id,
            client_order_id,
            order_id,
        )
        return route.response_model(order_id=order_id)
    what = "; ".join(looked_up) or "nothing looked up"
    raise OrderStateUnknownError(
        f"attempt {refused.attempts} was refused as a duplicate (ORDER_DUPLICATE_CLIENT_ORDER_ID), so an earlier "
        f"attempt placed the order, but no order with client_order_id={client_order_id} was found ({what}). "
        "Do not place it again under a new id: find it by its client_order_id and reconcile",
        client_order_id=client_order_id,
        portfolio_id=portfolio_id,
        looked_up=what,
        request=refused.request,
        operation=route.operation_id,
        attempts=refused.attempts,
        request_id=refused.request_id,
    ) from refused


async def _find(
    fetch: Fetch,
    route: Route,
    prepared: PreparedRequest,
    body: Any,
    first_attempt_at: datetime,
    looked_up: list[str],
) -> str | None:
    client_order_id = str(prepared.idempotency_key)
    portfolio_id = prepared.portfolio_id
    if route.operation_id == "EditOrder":
        edited = prepared.path.rstrip("/").split("/")[-2]  # .../orders/{order_id}/edit
        found = await fetch(ROUTES["GetOrder"], {"portfolio_id": portfolio_id, "order_id": edited})
        looked_up.append(f"GetOrder {edited}")
        return edited if found.order and found.order.client_order_id == client_order_id else None
    product_id = body.get("product_id") if isinstance(body, dict) else None
    side = body.get("side") if isinstance(body, dict) else None
    filters: dict[str, Any] = {"portfolio_id": portfolio_id}
    if product_id:
        filters["product_ids"] = [product_id]
    if side in ("BUY", "SELL"):
        filters["order_side"] = side
    start = first_attempt_at - CLOCK_SKEW
    end = datetime.now(UTC) + CLOCK_SKEW
    window = {"start_date": start, "end_date": end}
    for operation, extra in (("GetOpenOrders", {}), ("GetOrders", window)):
        order_id, pages = await _scan(fetch, ROUTES[operation], {**filters, **extra}, client_order_id, start)
        looked_up.append(f"{operation}: {pages} page(s)")
        if order_id is not None:
            return order_id
    return None


async def _scan(
    fetch: Fetch, route: Route, kwargs: dict[str, Any], client_order_id: str, since: datetime
) -> tuple[str | None, int]:
    """Up to MAX_PAGES pages of `route`, newest first: the id of the order with this
    client_order_id, placed since `since` (an older one is another call's: an id reused)."""
    cursor: str | None = None
    for page_number in range(1, MAX_PAGES + 1):
        page: m.GetOrdersResponse | m.GetOpenOrdersResponse = await fetch(
            route, {**kwargs, "limit": PAGE_SIZE, "sort_direction": "DESC", "cursor": cursor}
        )
        for order in page.orders:
            placed = order.created_at
            if order.client_order_id == client_order_id and order.id and (placed is None or placed >= since):
                return order.id, page_number
        pagination = page.pagination
        if pagination is None or not pagination.has_next or not pagination.next_cursor:
            return None, page_number
        cursor = pagination.next_cursor
    return None, MAX_PAGES
