"""Nanoseconds per request signature: `prime_async.Signer` and `prime_async.sign` vs the stdlib floor.

Why: every attempt of every request is signed, so signing sits on the hot path of fan-out. The
floor is the cheapest obvious stdlib code for the same result, measured in the same process:

    base64.b64encode(hmac.digest(key_bytes, (timestamp + method + path).encode() + body, "sha256")).decode()

(`hmac.digest` is OpenSSL's one-shot HMAC; `.decode()` because `Signer.sign` returns a str too).
`Signer` keys HMAC once and copies the keyed state per signature, so it should cost no more
than the floor. `prime_async.sign()` is the one-shot form, which keys HMAC every time.

Two messages: a GET (empty body) and a POST with a ~200-byte order body. Each figure is the
best of several timeit repeats, in ns per signature.
"""

from __future__ import annotations

import base64
import hmac
import json
import sys
import timeit

from _common import SIGNING_KEY, table, target

import prime_async

REPEATS = 7
NUMBER = 50_000

TIMESTAMP = "1714564800"
CASES = [
    ("GET portfolio", "GET", "/v1/portfolios/8f0e6c4d-3a51-4b8e-9d4b-2f7c1e5a9b30", b""),
    (
        "POST order (~200 B body)",
        "POST",
        "/v1/portfolios/8f0e6c4d-3a51-4b8e-9d4b-2f7c1e5a9b30/order",
        json.dumps(
            {
                "portfolio_id": "8f0e6c4d-3a51-4b8e-9d4b-2f7c1e5a9b30",
                "product_id": "BTC-USD",
                "side": "BUY",
                "type": "LIMIT",
                "base_quantity": "0.01",
                "limit_price": "50000",
                "client_order_id": "5b1f3a0e-2c9d-4e7f-8a6b-0c1d2e3f4a5b",
            },
            separators=(",", ":"),
        ).encode(),
    ),
]


def best_ns(fn: object, number: int = NUMBER) -> float:
    """Best of REPEATS timeit runs, in ns per call."""
    timer = timeit.Timer(fn)  # type: ignore[arg-type]
    return min(timer.repeat(repeat=REPEATS, number=number)) / number * 1e9


def main() -> None:
    key_bytes = SIGNING_KEY.encode()
    signer = prime_async.Signer(SIGNING_KEY)
    rows = []
    worst = 0.0
    for label, method, path, body in CASES:

        def floor(method: str = method, path: str = path, body: bytes = body) -> str:
            message = (TIMESTAMP + method + path).encode() + body
            return base64.b64encode(hmac.digest(key_bytes, message, "sha256")).decode()

        def ours(method: str = method, path: str = path, body: bytes = body) -> str:
            return signer.sign(TIMESTAMP, method, path, body)

        def one_shot(method: str = method, path: str = path, body: bytes = body) -> str:
            return prime_async.sign(SIGNING_KEY, TIMESTAMP, method, path, body)

        # the same signature three ways, or the comparison means nothing
        assert floor() == ours() == one_shot(), "Signer disagrees with the stdlib floor"
        floor_ns = best_ns(floor)
        ours_ns = best_ns(ours)
        one_shot_ns = best_ns(one_shot, NUMBER // 2)
        worst = max(worst, ours_ns / floor_ns)
        rows += [
            (f"{label}: floor hmac.digest+b64encode", f"{floor_ns:.0f}", "1.00x"),
            (f"{label}: Signer(key).sign", f"{ours_ns:.0f}", f"{ours_ns / floor_ns:.2f}x"),
            (f"{label}: prime_async.sign one-shot", f"{one_shot_ns:.0f}", f"{one_shot_ns / floor_ns:.2f}x"),
        ]
    print(table(["signature", "ns", "vs floor"], rows, title=f"Signing (best of {REPEATS} x {NUMBER:,} calls)"))
    print(target("Signer vs floor, worst case", worst, 1.0))


if __name__ == "__main__":
    sys.exit(main())
