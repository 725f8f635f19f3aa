"""What the feed needs of WebSockets before it connects (without importing wsproto): URL
parsing, close codes, and the two ways a connection ends."""

from __future__ import annotations

import base64
from urllib.parse import unquote, urlsplit

import attrs

from .._errors import InvalidRequestError

__all__ = [
    "ABNORMAL_CLOSURE",
    "MESSAGE_TOO_BIG",
    "NORMAL_CLOSURE",
    "HandshakeFailed",
    "HandshakeRejected",
    "Proxy",
    "WebSocketClosed",
    "parse_ws_url",
    "proxy_for",
]

NORMAL_CLOSURE = 1000
ABNORMAL_CLOSURE = 1006  # no close frame: the TCP stream ended or broke
MESSAGE_TOO_BIG = 1009


class WebSocketClosed(Exception):
    """The connection ended: the peer's close frame (`code`, `reason`) or a broken stream (1006)."""

    def __init__(self, code: int, reason: str = "") -> None:
        super().__init__(f"WebSocket closed ({code}{': ' + reason if reason else ''})")
        self.code = code
        self.reason = reason


class HandshakeFailed(Exception):
    """What answered the upgrade request is not a WebSocket server (not HTTP, a wrong or missing
    Sec-WebSocket-Accept, a head too large), or an HTTP proxy refused the tunnel to it."""


class HandshakeRejected(HandshakeFailed):
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


@attrs.frozen
class Proxy:
    """An HTTP proxy the feed tunnels `wss://` through (`CONNECT`). Shown as http://host:port:
    its credentials (a `Proxy-Authorization` value) are in no repr and no message."""

    host: str
    port: int
    authorization: str | None = attrs.field(default=None, repr=False)

    def __str__(self) -> str:
        return f"http://{f'[{self.host}]' if ':' in self.host else self.host}:{self.port}"


def proxy_for(url: str, trust_env: bool) -> Proxy | None:
    """The proxy a feed URL goes through: for `wss://`, `HTTPS_PROXY` unless `NO_PROXY` names the
    host, read as the REST transports read them. Never for `ws://`: a plain WebSocket carries the
    signed subscribe in clear, and is for a loopback simulator only."""
    tls, _, _, host_header, _ = parse_ws_url(url)
    if not tls or not trust_env:
        return None
    import httpx

    from ..transports._common import Proxies

    found = Proxies(trust_env).for_url(httpx.URL(f"https://{host_header}/"))
    if not found:
        return None
    parts = urlsplit(found if "://" in found else f"http://{found}")
    try:
        port = parts.port or 80
    except ValueError:
        port = 0
    if parts.scheme != "http" or not parts.hostname or not port:
        shown = f"{parts.scheme}://{parts.hostname or ''}" + (f":{port}" if port else "")
        raise InvalidRequestError(
            f"the feed tunnels through http://HOST:PORT proxies only; HTTPS_PROXY is {shown} "
            "(set NO_PROXY for the feed's host, or trust_env=False, to connect directly)"
        )
    authorization = None
    if parts.username is not None:
        userinfo = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = "Basic " + base64.b64encode(userinfo.encode()).decode()
    return Proxy(parts.hostname, port, authorization)
