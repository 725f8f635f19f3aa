"""Signing, checked against vectors computed here with the hmac module and the documented recipe."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import httpx
import pytest

from prime_async import Credentials, Signer, sign
from prime_async._auth import PrimeAuth

pytestmark = pytest.mark.anyio

KEY = "my-signing-key/with+base64=chars"  # used as UTF-8 bytes, never base64-decoded


def reference(key: str, timestamp: str, method: str, path: str, body: str) -> str:
    message = timestamp + method + path + body
    return base64.b64encode(hmac.new(key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()).decode()


VECTORS = [
    ("1700000000", "GET", "/v1/portfolios", ""),
    ("1700000001", "GET", "/v1/portfolios/abc/orders", ""),
    ("1700000002", "POST", "/v1/portfolios/p1/order", '{"product_id":"BTC-USD","side":"BUY"}'),
    ("1700000003", "DELETE", "/v1/entities/e1/futures/sweeps", ""),
    ("1700000004", "PUT", "/v1/portfolios/p%2F1/orders/o1/edit", '{"price":"1.5","note":"üñí"}'),
    ("1700000005", "GET", "/v2/entities/e1/cross_margin/prime", ""),
]


@pytest.mark.parametrize(("timestamp", "method", "path", "body"), VECTORS)
def test_signer_matches_reference(timestamp: str, method: str, path: str, body: str) -> None:
    expected = reference(KEY, timestamp, method, path, body)
    assert Signer(KEY).sign(timestamp, method, path, body.encode()) == expected
    assert sign(KEY, timestamp, method, path, body.encode()) == expected


def test_known_vector() -> None:
    # printf '%s' '1700000000GET/v1/portfolios' | openssl dgst -sha256 -hmac secret -binary | base64
    assert sign("secret", "1700000000", "GET", "/v1/portfolios") == "gYjRMJCKGAC5/x78ne7XV/Jc681m1Wm2UDS9JTeOoIo="


def test_one_signer_signs_many_messages_independently() -> None:
    signer = Signer(KEY)
    for ts, method, path, body in VECTORS * 2:  # reuse must not leak state between signatures
        assert signer.sign(ts, method, path, body.encode()) == reference(KEY, ts, method, path, body)


def test_signer_repr_hides_key() -> None:
    assert KEY not in repr(Signer(KEY))


def _credentials() -> Credentials:
    return Credentials("access-1", "pass-1", KEY)


async def _send_through_auth(request: httpx.Request, clock: Any = None) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        return httpx.Response(200, json={})

    auth = PrimeAuth(_credentials(), clock=clock) if clock else PrimeAuth(_credentials())
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        await http.send(request, auth=auth)
    return seen[0]


async def test_auth_signs_the_exact_bytes_sent_and_excludes_the_query() -> None:
    body = json.dumps({"a": "1", "b": [1, 2]}, separators=(",", ":")).encode()
    request = httpx.Request("POST", "https://x.test/v1/portfolios/p%2F1/order?ignored=1&x=2", content=body)
    sent = await _send_through_auth(request, clock=lambda: 1700000123.9)
    assert sent.content == body
    assert sent.headers["X-CB-ACCESS-TIMESTAMP"] == "1700000123"
    assert sent.headers["X-CB-ACCESS-KEY"] == "access-1"
    assert sent.headers["X-CB-ACCESS-PASSPHRASE"] == "pass-1"
    assert sent.headers["X-CB-ACCESS-SIGNATURE"] == reference(
        KEY, "1700000123", "POST", "/v1/portfolios/p%2F1/order", body.decode()
    )


async def test_auth_signs_empty_body_for_get() -> None:
    sent = await _send_through_auth(httpx.Request("GET", "https://x.test/v1/portfolios"), clock=lambda: 1700000000)
    assert sent.headers["X-CB-ACCESS-SIGNATURE"] == reference(KEY, "1700000000", "GET", "/v1/portfolios", "")


async def test_each_send_is_signed_afresh() -> None:
    times = iter([1700000000.0, 1700000042.0])
    auth = PrimeAuth(_credentials(), clock=lambda: next(times))
    stamps: list[str] = []

    def handler(req: httpx.Request) -> httpx.Response:
        stamps.append(req.headers["X-CB-ACCESS-TIMESTAMP"])
        return httpx.Response(200)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        for _ in range(2):
            await http.send(httpx.Request("GET", "https://x.test/v1/portfolios"), auth=auth)
    assert stamps == ["1700000000", "1700000042"]


def test_auth_repr_hides_secrets() -> None:
    text = repr(PrimeAuth(_credentials()))
    assert KEY not in text and "pass-1" not in text
