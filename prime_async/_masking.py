"""Which headers carry credentials, and how a copy of them is shown: masked.

A module of its own, beneath both the signing (`_auth`) and the transports, which write the signed
headers and must show them masked in a repr (a frame's locals, an error) without importing each
other.
"""

from __future__ import annotations

from collections.abc import Iterable

import httpx

__all__ = ["MASK", "SECRET_HEADERS", "MaskedHeaders", "mask_headers", "masked_copy"]

# What a copy of a signed request must not show: the passphrase, and the signature that, with the
# timestamp, would let anyone replay the request within Prime's 30 s window.
SECRET_HEADERS = frozenset({"x-cb-access-passphrase", "x-cb-access-signature", "authorization", "proxy-authorization"})
MASK = "***"


def mask_headers(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, MASK if k.lower() in SECRET_HEADERS else v) for k, v in pairs]


class MaskedHeaders(list[tuple[str, str]]):
    """Header pairs whose repr masks credentials (what a frame's locals show)."""

    def __repr__(self) -> str:
        return f"MaskedHeaders({mask_headers(self)!r})"


def masked_copy(request: httpx.Request, more: Iterable[tuple[str, str]] = ()) -> httpx.Request:
    """A copy of a sent request that is safe to show: same method, URL, body and headers (then
    `more`), with the credentials masked."""
    headers = mask_headers([*request.headers.multi_items(), *more])
    copy = httpx.Request(request.method, request.url, headers=headers, content=request.content)
    copy.extensions = {k: v for k, v in request.extensions.items() if k == "timeout"}
    return copy
