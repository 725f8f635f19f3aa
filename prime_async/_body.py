"""Reading a response body within a size limit, decompressing as it streams.

A server (or anything between) can send a body far larger than any Prime page, or a small gzip
body that inflates to gigabytes. Both are stopped here, while streaming: the raw bytes count
against the limit as they arrive, and decompression never produces more than the limit allows.
Only the encodings the client asks for (gzip, deflate) are accepted.

A compressed body must also be whole: its stream must reach its end, checksums included (gzip's
CRC-32 and size, zlib's Adler-32), with nothing after it. The HTTP framing alone does not say a
body is whole (a body that ends when the connection closes has no framing at all), and a gzip body
cut short decodes to its first part, which may well parse. Cut short, it is a broken connection
(`httpx.RemoteProtocolError`, as a body cut off by the peer is); a checksum that does not match,
or bytes after the end, a body that does not decode (`UnsupportedEncoding`).
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterable
from typing import Any

import httpx

from .transports._contract import ResponseBody

__all__ = ["ACCEPT_ENCODING", "BodyTooLarge", "UnsupportedEncoding", "read_body"]

ACCEPT_ENCODING = "gzip, deflate"


class BodyTooLarge(Exception):
    """The body passed the limit (decoded bytes); `limit` is the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the response body is larger than max_response_bytes={limit:,}")
        self.limit = limit


class UnsupportedEncoding(Exception):
    """The server answered with a Content-Encoding the client did not ask for."""


class _Inflater:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it), bounded per call."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._obj = zlib.decompressobj(zlib.MAX_WBITS | 16 if encoding == "gzip" else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        """Up to `room + 1` decoded bytes from `data` (one more than fits says "too large")."""
        try:
            out = self._obj.decompress(data, room + 1)
        except zlib.error:
            if self._started or self.encoding != "deflate":
                raise
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, without the zlib header
            out = self._obj.decompress(data, room + 1)
        self._started = self._started or bool(data)
        if len(out) > room:
            return out
        while self._obj.unconsumed_tail and len(out) <= room:
            out += self._obj.decompress(self._obj.unconsumed_tail, room + 1 - len(out))
        if self._obj.unused_data:  # checked as it comes: kept, it would grow without a bound
            raise zlib.error(f"{len(self._obj.unused_data):,} bytes after the end of the {self.encoding} stream")
        return out

    def finish(self) -> None:
        """At the end of the body: its stream must have ended too (an empty body is just empty,
        as servers label a 204's nothing with the encoding they would have used)."""
        if self._started and not self._obj.eof:
            raise httpx.RemoteProtocolError(
                f"the {self.encoding} body ended before the end of its {self.encoding} stream: it was cut short"
            )


async def read_body(body: ResponseBody, limit: int) -> bytes:
    """The decoded body, read as it streams (the caller closes it after: see `ResponseBody`);
    BodyTooLarge past `limit` bytes."""
    encoding, declared = body.framing()
    encoding = encoding.strip().lower() or "identity"
    if encoding == "identity" and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit)
    inflater = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = _Inflater("deflate" if encoding == "deflate" else "gzip")
    elif encoding != "identity":
        raise UnsupportedEncoding(f"the server sent Content-Encoding {encoding[:40]!r}, which was not asked for")
    if inflater is None and declared.isdigit() and body.read_whole is not None:
        return await body.read_whole()  # the common case: bounded by the check above
    return await _read_chunks(body, inflater, encoding, limit)


async def _read_chunks(chunks: AsyncIterable[bytes], inflater: _Inflater | None, encoding: str, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    # the iterator itself, closed in the end: a body given up half-way (too large, cancelled)
    # closes what it iterated at once
    iterator: Any = chunks.__aiter__()
    try:
        async for chunk in iterator:
            if inflater is not None:
                try:
                    chunk = inflater.feed(chunk, limit - size)
                except zlib.error as exc:
                    raise UnsupportedEncoding(f"the {encoding} body does not decompress: {exc}") from None
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge(limit)
            parts.append(chunk)
        if inflater is not None:
            inflater.finish()
    finally:
        close = getattr(iterator, "aclose", None)
        if close is not None:
            await close()
    return b"".join(parts)
