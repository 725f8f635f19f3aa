"""What the simulator answers a request with, as both its HTTP server and its in-process transport
write it out. A module of its own so that neither imports the simulator that uses them."""

from __future__ import annotations

import attrs

__all__ = ["DROP", "Reply"]


@attrs.frozen
class Reply:
    """One answer of the simulator, transport-neutral: the in-process transport and the HTTP server
    each send it their way (status 0: drop the connection without answering)."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


DROP = Reply(0, b"")  # close the connection without answering
