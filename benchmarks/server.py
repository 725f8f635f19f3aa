"""A fast HTTP/1.1 keep-alive loopback server, run in its own process, for the client benchmarks.

Why: to measure a client's CPU per request, the server must cost the client nothing (it runs in
another process, so `time.process_time()` in the client sees only the client) and must never be
the bottleneck (a raw asyncio Protocol on uvloop when available answers tens of thousands of
requests per second on one core, far more than any Python client sends).

Every request gets the same canned JSON body with a `Content-Length`: a `GetPortfolioResponse`
(~300 bytes), or a `GetOrdersResponse` page for paths ending in `/orders`. Nothing is checked:
not the method, not the signature. It listens on 127.0.0.1 only, prints its port on stdout when
ready, and runs until SIGTERM/SIGINT or until its parent process dies.

    python benchmarks/server.py [--port 0] [--orders 10]

    from server import serving
    with serving() as base_url:  # "http://127.0.0.1:PORT"
        ...
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["ORDERS_PAGE_BODY", "PORTFOLIO_BODY", "PORTFOLIO_ID", "serving"]

PORTFOLIO_ID = "8f0e6c4d-3a51-4b8e-9d4b-2f7c1e5a9b30"
ENTITY_ID = "c2a3e1f0-7d44-4f0e-8a6b-5b9d2e7c1f48"
ORGANIZATION_ID = "41d7b9e2-0c6a-4e35-b1f8-9a2c7d3e6f05"

PORTFOLIO_BODY = json.dumps(
    {
        "portfolio": {
            "id": PORTFOLIO_ID,
            "name": "Benchmark Trading Portfolio (loopback, not a real account)",
            "entity_id": ENTITY_ID,
            "organization_id": ORGANIZATION_ID,
            "entity_name": "Benchmark Entity LLC",
        }
    },
    separators=(",", ":"),
).encode()


def orders_page(count: int) -> bytes:
    """A GetOrdersResponse page with `count` orders (each ~800 bytes), as compact JSON."""
    orders = [
        {
            "id": f"{i:08x}-5d2e-4c4b-9f61-0d8e7a6b3c21",
            "user_id": "3b7e2f10-9a4c-4d8e-b5f6-1c2d3e4f5a6b",
            "portfolio_id": PORTFOLIO_ID,
            "product_id": "BTC-USD",
            "side": "BUY" if i % 2 else "SELL",
            "client_order_id": f"bench-{i:06d}",
            "type": "LIMIT",
            "base_quantity": f"0.{i + 1:04d}",
            "limit_price": f"{60000 + i}.25",
            "start_time": "2024-05-01T12:00:00Z",
            "expiry_time": "2024-06-01T12:00:00Z",
            "status": "FILLED",
            "time_in_force": "GOOD_UNTIL_CANCELLED",
            "created_at": f"2024-05-01T12:{i % 60:02d}:07.123456Z",
            "filled_quantity": f"0.{i + 1:04d}",
            "filled_value": f"{(60000 + i) * (i + 1) / 10000:.2f}",
            "average_filled_price": f"{60000 + i}.25",
            "commission": "1.25",
            "exchange_fee": "0.10",
            "net_average_filled_price": f"{60000 + i}.30",
            "post_only": False,
            "product_type": "SPOT",
            "commission_detail_total": {"total_commission": "1.25", "client_commission": "1.00"},
        }
        for i in range(count)
    ]
    page = {"orders": orders, "pagination": {"next_cursor": "", "sort_direction": "DESC", "has_next": False}}
    return json.dumps(page, separators=(",", ":")).encode()


ORDERS_PAGE_BODY = orders_page(10)


def response_bytes(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "X-Request-Id: bench\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body


class CannedHTTP(asyncio.Protocol):
    """Parses just enough HTTP/1.1 (request line, Content-Length, Connection: close) to answer
    keep-alive and pipelined requests in order."""

    def __init__(self, portfolio: bytes, orders: bytes) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.buffer = b""
        self.transport: Any = None  # uvloop's transports are not asyncio.Transport subclasses

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        out: list[bytes] = []
        close = False
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            lower = head.lower()
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                value_end = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : value_end if value_end >= 0 else None])
            if len(buffer) < end + 4 + length:
                break  # the body has not all arrived yet
            buffer = buffer[end + 4 + length :]
            target = head[: head.find(b"\r\n")].split(b" ")[1].split(b"?", 1)[0]
            out.append(self.orders if target.endswith(b"/orders") else self.portfolio)
            if b"\r\nconnection: close" in lower:
                close = True
                break
        self.buffer = buffer
        if out:
            self.transport.write(b"".join(out) if len(out) > 1 else out[0])
        if close:
            self.transport.close()


async def serve(port: int, orders: int) -> None:
    loop = asyncio.get_running_loop()
    portfolio_response = response_bytes(PORTFOLIO_BODY)
    orders_response = response_bytes(orders_page(orders))
    server = await loop.create_server(
        lambda: CannedHTTP(portfolio_response, orders_response), "127.0.0.1", port, backlog=2048
    )
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(server.sockets[0].getsockname()[1], flush=True)
    parent = os.getppid()
    async with server:
        while not stop.is_set() and os.getppid() == parent:  # a dead parent re-parents us
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.5)


@contextlib.contextmanager
def serving(orders: int = 10) -> Iterator[str]:
    """Start the server in a child process on a free port; yield its base URL; stop it."""
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--port", "0", "--orders", str(orders)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.isdigit():
            raise RuntimeError(f"benchmark server did not start (exit code {process.poll()})")
        yield f"http://127.0.0.1:{int(line)}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--orders", type=int, default=10, help="orders per /orders page")
    args = parser.parse_args()
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(args.port, args.orders))
    else:
        uvloop.run(serve(args.port, args.orders))


if __name__ == "__main__":
    main()
