"""What the feed needs of WebSockets before it connects (without importing wsproto): URL
parsing, close codes, and the two ways a connection ends."""

from __future__ import annotations

from urllib.parse import urlsplit

from .._errors import InvalidRequestError

__all__ = ["ABNORMAL_CLOSURE", "NORMAL_CLOSURE", "HandshakeRejected", "WebSocketClosed", "parse_ws_url"]

NORMAL_CLOSURE = 1000
ABNORMAL_CLOSURE = 1006  # no close frame: the TCP stream ended or broke


class WebSocketClosed(Exception):
    """The connection ended: the peer's close frame (`code`, `reason`) or a broken stream (1006)."""

    def __init__(self, code: int, reason: str = "") -> None:
        super().__init__(f"WebSocket closed ({code}{': ' + reason if reason else ''})")
        self.code = code
        self.reason = reason


class HandshakeRejected(Exception):
    """The server answered the upgrade request with an HTTP status instead of switching protocols."""

    def __init__(self, status_code: int, body: bytes) -> None:
        super().__init__(f"WebSocket upgrade refused with HTTP {status_code}")
        self.status_code = status_code
        self.body = body


def parse_ws_url(url: str) -> tuple[bool, str, int, str, str]:
    """(tls, host, port, Host header, request target) of a ws:// or wss:// URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise InvalidRequestError(f"the feed URL must be ws://HOST[:PORT][/PATH] or wss://..., got {url!r}")
    tls = parts.scheme == "wss"
    default_port = 443 if tls else 80
    port = parts.port or default_port
    host = parts.hostname
    shown = f"[{host}]" if ":" in host else host
    host_header = shown if port == default_port else f"{shown}:{port}"
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return tls, host, port, host_header, target
