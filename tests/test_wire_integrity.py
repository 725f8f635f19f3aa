"""What arrives on the wire must be exactly one answer to one call: bytes past a response never
answer the next call on the same connection, and a gzip body must end as gzip ends (its CRC and
size trailer), or the body is an error. Hostile loopback servers, on every transport and event loop
(issue 19, items 12: "a smuggled answer", "truncated gzip trailers pass")."""

from __future__ import annotations

import contextlib
import gzip
import json
import struct
import zlib
from typing import Any

import pytest

from prime_async import APIConnectionError, APIResponseValidationError, PrimeError

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


BODY = portfolio("p-1")
GZIP = gzip.compress(BODY)
TRUNCATED = {  # the HTTP framing is whole (Content-Length says so): the gzip stream inside is not
    "no trailer": GZIP[:-8],  # CRC-32 and size missing
    "half a trailer": GZIP[:-3],
    "cut in the data": GZIP[: len(GZIP) // 2],
    "deflate cut short": zlib.compress(BODY)[:-4],  # its Adler-32 missing
}
CORRUPT = {
    "wrong CRC": GZIP[:-8] + struct.pack("<I", zlib.crc32(BODY) ^ 1) + GZIP[-4:],
    "wrong size": GZIP[:-4] + struct.pack("<I", len(BODY) + 1),
    "bytes after the end": GZIP + b"{}",
}


def encoded(data: bytes, kind: str) -> bytes:
    encoding = "deflate" if kind.startswith("deflate") else "gzip"
    return response(200, data, {"Content-Type": "application/json", "Content-Encoding": encoding}, "OK")


@pytest.mark.parametrize("kind", list(TRUNCATED))
async def test_a_compressed_body_cut_short_is_a_broken_connection(transport: str, kind: str) -> None:
    """The gzip trailer (or zlib's checksum) is the only check a compressed body is whole; a body
    without it decoded to its first part, and passed when that part was valid JSON."""
    with HostileServer(lambda request: encoded(TRUNCATED[kind], kind)) as server:
        async with make_client(server.url, transport, max_retries=0) as client:
            with pytest.raises(APIConnectionError, match=r"ended before the end of its \w+ stream"):
                await client.portfolios.get_portfolio(portfolio_id="p-1")


@pytest.mark.parametrize("kind", list(CORRUPT))
async def test_a_compressed_body_whose_trailer_is_wrong_is_a_validation_error(transport: str, kind: str) -> None:
    with HostileServer(lambda request: encoded(CORRUPT[kind], kind)) as server:
        async with make_client(server.url, transport, max_retries=0) as client:
            with pytest.raises(APIResponseValidationError, match="gzip body"):
                await client.portfolios.get_portfolio(portfolio_id="p-1")


async def test_a_whole_compressed_body_still_passes(transport: str) -> None:
    deflated = zlib.compressobj(wbits=-zlib.MAX_WBITS)  # raw deflate, as some servers send it
    answers = [encoded(GZIP, "gzip"), encoded(deflated.compress(BODY) + deflated.flush(), "deflate")]
    with HostileServer(
        lambda request: answers[request.index - 1] if request.index <= 2 else encoded(b"", "gzip")
    ) as server:
        async with make_client(server.url, transport, max_retries=0) as client:
            for _ in answers:
                assert (await client.portfolios.get_portfolio(portfolio_id="p-1")).portfolio.id == "p-1"
            # an empty body labelled gzip is empty, not cut short (no JSON in it, so not a portfolio)
            with pytest.raises(APIResponseValidationError, match="not valid JSON"):
                await client.portfolios.get_portfolio(portfolio_id="p-1")
