"""ServerLimits: how much, and how slowly, a client may send before the simulator stops listening.
Both of its ports, HTTP and the WebSocket feed, are held to them."""

from __future__ import annotations

import math

import attrs

from .._public import publish

__all__ = ["ServerLimits"]


@attrs.frozen
class ServerLimits:
    """Sizes in bytes, times in seconds. The defaults let any honest client through (Prime's own
        requests are a few kB) and bound what a broken or hostile one costs: a connection that sends
        nothing, or sends too slowly, is closed; a body over `max_body` is refused before it is read.
    On the feed port, a connection must finish its opening handshake (TLS, the WebSocket upgrade)
    within `handshake_timeout`, then subscribe within the feed's `subscribe_deadline` (Prime's 5 s),
    and take each write within `send_timeout`; otherwise it is closed.

        `PrimeSimulator(limits=ServerLimits(idle_timeout=0.5))`; tests use short timeouts.
    """

    max_body: int = 1 << 20  # a larger body gets 413 (in-process too)
    max_header_bytes: int = 64 << 10  # request line and headers; more gets 431
    header_timeout: float = 10.0  # from a request's first byte to the end of its head; then 408
    body_timeout: float = 30.0  # from the end of the head to the end of the body; then 408
    idle_timeout: float = 60.0  # waiting for the next request on a connection; then it is closed
    send_timeout: float = 30.0  # writing one response to a client that does not read; then it is closed
    handshake_timeout: float = 10.0  # the feed port: from connecting to the end of the WebSocket upgrade
    linger: float = 1.0  # after refusing a request, how long its unread bytes are read and dropped

    def __attrs_post_init__(self) -> None:
        for field in attrs.fields(ServerLimits):
            value = getattr(self, field.name)
            size = field.type in (int, "int")
            if isinstance(value, bool) or not isinstance(value, int if size else (int, float)) or math.isnan(value):
                raise ValueError(f"ServerLimits.{field.name} must be {'an int' if size else 'a number'}, not {value!r}")
            if size and value < 0:
                raise ValueError(f"ServerLimits.{field.name}: sizes must not be negative, not {value!r}")
            if not size and value <= 0:
                raise ValueError(f"ServerLimits.{field.name}: timeouts must be positive, not {value!r}")


publish("prime_async.testing", globals(), __all__)  # loaded lazily by prime_async.testing
