"""Whether a host is this machine by its name alone: where a simulator listens, never Prime.

One answer for every place that treats loopback apart (`prime-async call` asks before a write
anywhere else; a Redis password travels in clear only to loopback). Decided from the name as
written, never by resolving it: a name that resolves to 127.0.0.1 today may not tomorrow.
"""

from __future__ import annotations

import ipaddress

__all__ = ["is_loopback"]


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1, an IPv4 loopback address spelled as IPv6 (`::ffff:127.0.0.1`)
    and `localhost` (any case, with or without the root's trailing dot); False for any other
    name or address, and for no host at all."""
    if not host:
        return False
    host = host.lower().rstrip(".").removeprefix("[").removesuffix("]")
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback
