"""Building each attempt's `httpx.Request` from a prepared call, cheaply: the client's default
headers merged with ours once per client, each distinct URL parsed once, Host and Content-Length
added from what is known (see benchmarks/README.md for what each of these saves)."""

from __future__ import annotations

import functools
from typing import Any

import httpx

from ._body import ACCEPT_ENCODING
from ._call_options import CallOptions, RequestOptions, timeout_extension
from ._encode import PreparedRequest
from ._version import __version__

__all__ = ["ACCEPT_HEADERS", "JSON_HEADERS", "NO_BODY", "USER_AGENT", "RequestBuilder"]

USER_AGENT = f"prime-async/{__version__} httpx/{httpx.__version__}"
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}
ACCEPT_HEADERS = {"Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}
NO_BODY = httpx.ByteStream(b"")  # stateless: one for every request without a body


class RequestBuilder:
    """Builds one client's requests. Where the client sends through a caller's `httpx.AsyncClient`
    (`own_send` False) that holds cookies, that client builds them, so that httpx merges them in."""

    def __init__(self, http: httpx.AsyncClient, options: RequestOptions, own_send: bool) -> None:
        self.http = http
        self.own_send = own_send
        self.base_url = options.base_url.rstrip("/")
        # the HTTP client's default headers (User-Agent, any of the caller's) merged with ours once,
        # not on every request as build_request() would; Host included, as httpx.Request would add it
        host = {"Host": httpx.URL(self.base_url).netloc.decode("ascii")}
        self.headers_json = merged_headers(http.headers, {**host, **JSON_HEADERS})
        self.headers_plain = merged_headers(http.headers, {**host, **ACCEPT_HEADERS})
        self.timeout: dict[str, Any] = timeout_extension(options.timeout, options.attempt_timeout)

    def build(self, prepared: PreparedRequest, options: CallOptions | None = None) -> httpx.Request:
        """The request for one attempt of `prepared`, with a call's own headers and timeout."""
        url = url_of(self.base_url + prepared.target)
        headers = self.headers_json if prepared.body is not None else self.headers_plain
        extensions = self.timeout
        if options is not None:
            if options.headers:  # ASCII, checked
                headers = httpx.Headers([*headers.raw, *((k.encode(), v.encode()) for k, v in options.headers)])
            extensions = options.timeout or extensions
        if not self.own_send and self.http.cookies:  # a caller's client with cookies: httpx merges them
            return self.http.build_request(
                prepared.method, url, content=prepared.body, headers=headers, extensions=extensions
            )
        # stream= rather than content=: httpx would otherwise re-parse every header to add Host and
        # Content-Length, which are added here from what is known already
        body = prepared.body
        request = httpx.Request(
            prepared.method,
            url,
            headers=headers,
            stream=httpx.ByteStream(body) if body else NO_BODY,
            extensions=extensions,
        )
        if body is not None or prepared.method in ("POST", "PUT", "PATCH"):
            request.headers["Content-Length"] = str(len(body or b""))
        request.read()  # request.content, for signing and for the error that may carry a copy
        return request


@functools.lru_cache(maxsize=4096)
def url_of(text: str) -> httpx.URL:
    """Parsed once per distinct URL (parsing is costly; a bot polls the same few endpoints)."""
    return httpx.URL(text)


def merged_headers(defaults: httpx.Headers, ours: dict[str, str]) -> httpx.Headers:
    headers = httpx.Headers(defaults)
    headers.update(ours)
    if headers.get("user-agent", "").startswith("python-httpx/"):  # httpx's default, not the caller's
        headers["user-agent"] = USER_AGENT
    return headers  # httpx.Request copies an httpx.Headers as is (a list of headers, it re-parses)
