"""What arrives on the wire must be exactly one answer to one call: bytes past a response never
answer the next call on the same connection, and a gzip body must end as gzip ends (its CRC and
size trailer), or the body is an error. Hostile loopback servers, on every transport and event loop
(issue 19, items 12: "a smuggled answer", "truncated gzip trailers pass")."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest

from prime_async import PrimeError

from .conftest import make_client
from .hostile import HostileServer, Request, ok_json, response

pytestmark = pytest.mark.anyio


def portfolio(name: str) -> bytes:
    return json.dumps({"portfolio": {"id": name, "name": name}}).encode()


SMUGGLED = response(200, portfolio("smuggled"), {"Content-Type": "application/json"}, "OK")


def first_answer(kind: str, name: str) -> bytes:
    """The first response on a connection, followed (in the same write) by a whole second one."""
    if kind == "excess":  # more bytes than its Content-Length says
        return ok_json(portfolio(name)) + SMUGGLED
    status = int(kind)  # 204 and 304 have no body, whatever their headers say
    return response(status, b"", {"Content-Length": str(len(SMUGGLED))}, "No Content") + SMUGGLED


@pytest.mark.parametrize("kind", ["excess", "204", "304"])
async def test_bytes_past_a_response_never_answer_the_next_call(transport: str, kind: str) -> None:
    """httpx kept the connection with the extra bytes buffered, and the next call read them as its
    answer ("smuggled"); the connection must be closed instead, the next call sent on a new one."""

    def script(request: Request) -> Any:
        name = request.path.rsplit("/", 1)[-1]
        first = request.connection == 1 and request.index == 1
        return first_answer(kind, name) if first else ok_json(portfolio(name))

    with HostileServer(script) as server:
        async with make_client(server.url, transport, max_retries=0) as client:
            with contextlib.suppress(PrimeError) if kind != "excess" else contextlib.nullcontext():
                first = await client.portfolios.get_portfolio(portfolio_id="p-1")
                assert first.portfolio.id == "p-1"
            for name in ("p-2", "p-3"):
                assert (await client.portfolios.get_portfolio(portfolio_id=name)).portfolio.id == name
    assert server.requests[1].connection == 2  # not on the connection that had bytes to spare


async def test_a_connection_whose_answers_end_cleanly_is_kept(transport: str) -> None:
    """The other side of the check above: clean answers keep their connection alive (a transport
    that could not tell would have to close every connection after each answer)."""
    with HostileServer(lambda request: ok_json(portfolio(request.path.rsplit("/", 1)[-1]))) as server:
        async with make_client(server.url, transport, max_retries=0) as client:
            for name in ("p-1", "p-2", "p-3"):
                assert (await client.portfolios.get_portfolio(portfolio_id=name)).portfolio.id == name
    assert [r.connection for r in server.requests] == [1, 1, 1]
