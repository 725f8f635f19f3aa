"""A small FastAPI backend over Coinbase Prime: one shared PrimeClient for the whole app.

Run it (needs `pip install fastapi uvicorn` next to prime-async, and PRIME_* credentials in the
environment, see docs/getting-started.md, Credentials):

    uvicorn examples.fastapi_app:app

The client is created once, in the app's lifespan, and handed to every route with `Depends`, so
all requests share its connection pool and its rate limiter. Tests pass their own factory:
`create_app(client_factory=PrimeSimulator(portfolios=3).client)`. Amounts go out as JSON
strings (Prime's wire format, exact), never floats.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from prime_async import (
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PrimeClient,
    PrimeError,
    RateLimitError,
)
from prime_async.models import OrderStatusLiteral, to_json

ClientFactory = Callable[[], PrimeClient]

# prime_async error -> our HTTP status; the first match wins
ERROR_STATUS: list[tuple[type[PrimeError], int]] = [
    (NotFoundError, 404),
    (InvalidRequestError, 422),  # bad arguments, caught before anything was sent
    (BadRequestError, 422),  # Prime rejected what the caller asked for (bad side, unknown product, ...)
    (ConflictError, 409),
    (RateLimitError, 503),  # Prime is holding us back: ask our caller to come back later
    (APITimeoutError, 504),
    (PrimeError, 502),  # anything else is Prime's (or our credentials') problem, not the caller's
]


def get_client(request: Request) -> PrimeClient:
    """The app's one PrimeClient, made in `lifespan`."""
    client: PrimeClient = request.app.state.prime
    return client


Prime = Annotated[PrimeClient, Depends(get_client)]
router = APIRouter()


class OrderIn(BaseModel):
    product_id: str
    side: str  # BUY or SELL: checked by Prime, whose refusal becomes a 422
    type: str  # MARKET, LIMIT, ...
    base_quantity: Decimal
    limit_price: Decimal | None = None


class OrderOut(BaseModel):
    order_id: str
    client_order_id: str


@router.get("/portfolios")
async def list_portfolios(client: Prime) -> Any:
    response = await client.portfolios.list_portfolios()
    return {"portfolios": to_json(response.portfolios)}


@router.get("/portfolios/{portfolio_id}/balances")
async def portfolio_balances(portfolio_id: str, client: Prime) -> Any:
    return to_json(await client.balances.list_portfolio_balances(portfolio_id=portfolio_id))


@router.post("/portfolios/{portfolio_id}/orders", status_code=201)
async def create_order(portfolio_id: str, order: OrderIn, client: Prime) -> OrderOut:
    # no client_order_id given: the client fills one in (a uuid4) and resends that same value on
    # any retry, so Prime can never book the order twice; we hand it back for later lookups
    created = await client.orders.create_order(portfolio_id=portfolio_id, **order.model_dump(exclude_none=True))
    return OrderOut(order_id=created.order_id, client_order_id=created.client_order_id)


@router.get("/portfolios/{portfolio_id}/orders")
async def list_orders(
    portfolio_id: str,
    client: Prime,
    status: Annotated[OrderStatusLiteral, Query()] = "OPEN",  # FastAPI refuses a typo with a 422
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Any:
    # the paginator follows Prime's cursors page after page; collect() stops after `limit` orders
    orders = client.orders.list_portfolio_orders(portfolio_id=portfolio_id, order_statuses=[status])
    return {"orders": to_json(await orders.collect(max_items=limit))}


async def prime_error_handler(request: Request, exc: Exception) -> JSONResponse:
    status = next(code for cls, code in ERROR_STATUS if isinstance(exc, cls))
    content: dict[str, Any] = {"detail": exc.message if isinstance(exc, APIError) else str(exc)}
    headers: dict[str, str] = {}
    if isinstance(exc, APIStatusError):
        content["prime_status"] = exc.status_code
        content["prime_request_id"] = exc.request_id
        if isinstance(exc, RateLimitError):
            headers["Retry-After"] = exc.response.headers.get("retry-after", "1")
    if isinstance(exc, APIError) and exc.idempotency_key:
        content["idempotency_key"] = exc.idempotency_key  # e.g. the client_order_id sent: look it up before retrying
    return JSONResponse(content, status_code=status, headers=headers)


def create_app(client_factory: ClientFactory = PrimeClient.from_env) -> FastAPI:
    """The app; `client_factory` makes the one PrimeClient it uses (credentials from the env by default)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with client_factory() as client:  # closed, with its connections, at shutdown
            app.state.prime = client
            yield

    app = FastAPI(title="Prime portfolios", lifespan=lifespan)
    app.include_router(router)
    app.add_exception_handler(PrimeError, prime_error_handler)
    return app


app = create_app()
