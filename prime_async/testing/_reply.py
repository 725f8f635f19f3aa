"""What the simulator answers a request with, as both its HTTP server and its in-process transport
write it out. A module of its own so that neither imports the simulator that uses them."""

from __future__ import annotations

import attrs

__all__ = ["DROP", "Reply"]


@attrs.frozen
class Reply:
    """A status, a body and its headers, exactly as they go out."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


DROP = Reply(0, b"")  # close the connection without answering
