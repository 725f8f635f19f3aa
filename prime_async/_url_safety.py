"""Which URLs the client sends its credentials to: `https://` and `wss://` anywhere, plain
`http://` and `ws://` only to this machine (a simulator), and never a URL with a user name or
password in it.

Every request carries the passphrase in a header, and the feed's subscribe message carries it
too: over plain TCP, to whatever host a typo or a stray `PRIME_BASE_URL` names, it would be
readable by anyone on the path. A user's own TLS-terminating proxy on a private network is the
one case for plain HTTP elsewhere: `PrimeClient(allow_insecure_http=True)` says so explicitly.

A URL's userinfo (`https://user:password@host`) is refused rather than dropped: httpx would send it
as Basic auth, and the password would show wherever the URL is shown. The messages here show a
URL with its userinfo cut out.
"""

from __future__ import annotations

from typing import TypeVar, cast
from urllib.parse import urlsplit

from ._credentials import Secret
from ._loopback import is_loopback

__all__ = ["check_feed_url", "insecure_url_problem", "masked_if_userinfo", "shown_url"]

T = TypeVar("T")


def masked_if_userinfo(url: T) -> T:
    """A URL that may carry a password (an "@" anywhere), as a `Secret`: a str whose repr is
    masked, so the frame that refuses it shows no password in its locals; anything else as is."""
    if isinstance(url, str) and "@" in url and not isinstance(url, Secret):
        return cast(T, Secret(url))
    return url


_PLAIN = {"http": "https", "ws": "wss"}


def shown_url(url: str) -> str:
    """`url` as a message may show it: without its userinfo, and cut at 100 characters."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url[:100]
    if "@" in parts.netloc:
        url = parts._replace(netloc="…@" + parts.netloc.rpartition("@")[2]).geturl()
    return url[:100]


def insecure_url_problem(scheme: str, host: str | None, userinfo: bool, *, allow_insecure_http: bool) -> str | None:
    """What is wrong with sending credentials to a URL of this scheme and host (as parsed by
    whatever will connect to it: no second parser to disagree with it), with or without userinfo,
    in words that say why; None if nothing."""
    if userinfo:
        return (
            "must not carry a user name or password (user:password@): it would be sent as Basic auth and "
            "shown wherever the URL is; Prime authenticates with the signed headers alone"
        )
    secure = _PLAIN.get(scheme.lower())
    if secure is None or is_loopback(host) or allow_insecure_http:
        return None
    return (
        f"uses plain {scheme}:// to {host!r}, which is not this machine: the passphrase would travel unencrypted. "
        f"Use {secure}://; plain {scheme}:// is for a local simulator (127.0.0.1, ::1, localhost), or, for your "
        "own TLS-terminating proxy on a private network, PrimeClient(allow_insecure_http=True)"
    )


def check_feed_url(url: str, *, allow_insecure_http: bool, name: str = "the feed URL") -> None:
    """InvalidRequestError if the feed must not connect to `url` (parsed as the feed parses it,
    with `urlsplit`); neither its message nor this frame's locals show the URL's userinfo."""
    from ._errors import InvalidRequestError

    if not isinstance(url, str):
        raise InvalidRequestError(f"{name} must be a string, not {type(url).__name__}")
    parsed = _scheme_host_userinfo(url)
    if parsed is None:
        raise InvalidRequestError(f"{name} {shown_url(url)!r} is not a URL")
    problem = insecure_url_problem(*parsed, allow_insecure_http=allow_insecure_http)
    if problem is not None:
        raise InvalidRequestError(f"{name} {shown_url(url)!r} {problem}")


def _scheme_host_userinfo(url: str) -> tuple[str, str | None, bool] | None:
    try:
        parts = urlsplit(url)
        return parts.scheme, parts.hostname, parts.username is not None or parts.password is not None
    except ValueError:
        return None
