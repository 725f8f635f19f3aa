"""The private attributes of aiohttp, httpx and httpcore that prime_async relies on (all of them used
in prime_async/transports/_private.py, and nowhere else), checked on the installed versions over a
real loopback connection: an upgrade that renames or retypes one fails here, by name, with what it
guards, rather than silently (a doubled PUT, a smuggled answer, wrong pool counts)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import aiohttp
import h11
import httpx
import pytest

from prime_async.transports import _private

from .conftest import RecordingServer

pytestmark = pytest.mark.anyio

PACKAGE = Path(__file__).resolve().parent.parent / "prime_async"


def _changed(library: str, attribute: str, guards: str) -> str:
    version = {"aiohttp": aiohttp.__version__, "httpx": httpx.__version__}.get(library.split(".")[0], "")
    return (
        f"{library} {version} changed `{attribute}`, which prime_async relies on to {guards}: "
        "update prime_async/transports/_private.py (and pin the versions it knows)"
    )


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_aiohttp_still_reads_retry_connection(server: RecordingServer) -> None:
    """`_retry_connection` is what stops aiohttp resending a PUT or DELETE on its own."""
    guards = "never resend a PUT or DELETE on a dropped kept-alive connection (a doubled order edit)"
    async with aiohttp.ClientSession() as session:
        assert isinstance(getattr(session, "_retry_connection", None), bool), _changed(
            "aiohttp.ClientSession", "_retry_connection", guards
        )
        _private.disable_aiohttp_resend(session)
        assert session._retry_connection is False
    # and aiohttp still decides its resend by it
    assert "_retry_connection" in inspect.getsource(aiohttp.ClientSession._request), _changed(
        "aiohttp.ClientSession._request", "_retry_connection", guards
    )


async def test_aiohttp_connector_counts(server: RecordingServer) -> None:
    guards = "count the open and busy connections for pool_stats()"
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        connector: Any = session.connector
        assert isinstance(getattr(connector, "_conns", None), dict), _changed("aiohttp.TCPConnector", "_conns", guards)
        assert isinstance(getattr(connector, "_acquired", None), set), _changed(
            "aiohttp.TCPConnector", "_acquired", guards
        )
        server.reply = lambda _: (200, {}, b"x" * (8 << 20))  # more than aiohttp buffers: it holds the connection
        response = await session.get(server.url + "/x")
        assert _private.aiohttp_connection_counts(connector) == (0, 1), _changed(
            "aiohttp.TCPConnector", "_acquired", guards
        )
        await response.read()
        response.release()
        assert _private.aiohttp_connection_counts(connector) == (1, 0), _changed(
            "aiohttp.TCPConnector", "_conns", guards
        )


async def test_httpx_pool_and_h11_state(server: RecordingServer) -> None:
    guards = "tell a connection holding bytes past its response (a smuggled answer) and count connections"
    transport = httpx.AsyncHTTPTransport()
    async with httpx.AsyncClient(transport=transport) as http:
        assert hasattr(transport, "_pool"), _changed("httpx.AsyncHTTPTransport", "_pool", guards)
        response = await http.get(server.url + "/x")
        assert response.status_code == 200
        connections = _private.httpx_pool_connections(transport)
        assert len(connections) == 1, _changed("httpx.AsyncHTTPTransport", "_pool.connections", guards)
        state = _private.h11_state(connections[0])
        assert isinstance(state, h11.Connection), _changed(
            "httpcore.AsyncHTTPConnection", "_connection._h11_state", guards
        )
        data, closed = state.trailing_data
        assert (data, closed) == (b"", False)


def test_no_other_module_touches_a_private_attribute_of_aiohttp_or_httpx() -> None:
    """What the names above list is all there is: the transports reach these libraries' privates
    only through _private (an attribute starting with one underscore on anything but `self`/`cls`,
    in a module importing aiohttp, httpx or httpcore)."""
    found = []
    for path in sorted((PACKAGE / "transports").glob("*.py")):
        if path.name == "_private.py":
            continue
        tree = ast.parse(path.read_text())
        ours = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute) and _is_self(node.value)} | {
            target.attr
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Attribute)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and not _is_self(node.value)
                and node.attr not in ours
            ):
                found.append(f"{path.name}:{node.lineno} .{node.attr}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "getattr" and len(node.args) >= 2:
                name = node.args[1]
                if isinstance(name, ast.Constant) and str(name.value).startswith("_"):
                    found.append(f"{path.name}:{node.lineno} getattr(..., {name.value!r})")
    assert not found, f"private attributes used outside transports/_private.py: {found}"


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("self", "cls")
