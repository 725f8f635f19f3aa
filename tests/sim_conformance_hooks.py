"""Schemathesis hooks for `nox -s conformance` (not a test module: Schemathesis loads it through
SCHEMATHESIS_HOOKS, and it is installed only in that session).

- Every request is signed as Prime wants it (see prime_async/_signing.py): HMAC-SHA256 over
  timestamp + METHOD + path (without the query) + the exact body bytes sent, keyed with the signing
  key, in the four X-CB-ACCESS-* headers.
- Path parameters that name things (portfolio, entity, wallet, order, ...) get the ids of real
  things in the simulator most of the time, so that most operations get past their 404 and answer
  200 with a body to check; the rest of the time, what Schemathesis generated.

- Request values that name things (product_id, symbol, currency_symbol, ...) and amounts get
  real products, assets and small amounts most of the time too, for the same reason.
- Failures listed in tests/sim_known_violations.py (the model layer's, not the simulator's) are
  dropped from the run and written, with how often each was seen, to the JSON file named by
  PRIME_SIM_KNOWN_SEEN; the session prints them.

The simulator's connection info (the JSON line `prime-async sim serve` prints) comes in the
environment variable PRIME_SIM_INFO.
"""

from __future__ import annotations

import atexit
import json
import os
import random
import time
from collections import Counter
from decimal import Decimal
from typing import Any

import attrs
import httpx
import requests
import schemathesis

from prime_async import ROUTES
from prime_async._signing import Signer
from tests.sim_known_violations import KNOWN_MODEL_VIOLATIONS, json_path

INFO: dict[str, Any] = json.loads(os.environ["PRIME_SIM_INFO"])
SIGNER = Signer(INFO["signing_key"])
REAL_ID_SHARE = 0.8  # of the path parameters that have a real id to use


class PrimeSigning(requests.auth.AuthBase):
    """Adds X-CB-ACCESS-KEY, -PASSPHRASE, -TIMESTAMP and -SIGNATURE to a prepared request."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        timestamp = str(int(time.time()))
        path = (request.path_url or "/").split("?", 1)[0]
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode()
        assert request.method is not None
        request.headers["X-CB-ACCESS-KEY"] = INFO["access_key"]
        request.headers["X-CB-ACCESS-PASSPHRASE"] = INFO["passphrase"]
        request.headers["X-CB-ACCESS-TIMESTAMP"] = timestamp
        request.headers["X-CB-ACCESS-SIGNATURE"] = SIGNER.sign(timestamp, request.method, path, body)
        return request


schemathesis.auth.set_from_requests(PrimeSigning())


def _get(path: str) -> Any:
    timestamp = str(int(time.time()))
    headers = {
        "X-CB-ACCESS-KEY": INFO["access_key"],
        "X-CB-ACCESS-PASSPHRASE": INFO["passphrase"],
        "X-CB-ACCESS-TIMESTAMP": timestamp,
        "X-CB-ACCESS-SIGNATURE": SIGNER.sign(timestamp, "GET", path.split("?", 1)[0]),
    }
    response = httpx.get(INFO["url"] + path, headers=headers, timeout=30)
    response.raise_for_status()
    return response.json()


def _real_ids() -> dict[str, list[str]]:
    pid = INFO["portfolio_ids"][0]
    wallets = _get(f"/v1/portfolios/{pid}/wallets?type=TRADING&limit=100")["wallets"]
    orders = _get(f"/v1/portfolios/{pid}/orders?limit=20")["orders"]
    transactions = _get(f"/v1/portfolios/{pid}/transactions?limit=20")["transactions"]
    activities = _get(f"/v1/portfolios/{pid}/activities?limit=20")["activities"]
    return {
        "portfolio_id": [pid],
        "entity_id": [INFO["entity_id"]],
        "wallet_id": [w["id"] for w in wallets],
        "order_id": [o["id"] for o in orders],
        "transaction_id": [t["id"] for t in transactions],
        "activity_id": [a["id"] for a in activities],
    }


REAL_IDS = _real_ids()
CRYPTO = ["BTC", "ETH", "SOL", "ADA", "DOT"]
REAL_VALUES: dict[str, list[Any]] = {
    "product_id": ["BTC-USD", "ETH-USD", "SOL-USD", "ETH-BTC"],
    "symbol": [*CRYPTO, "USD", "USDC"],
    "currency_symbol": ["ETH", "SOL", "USD"],
    "base_currency": CRYPTO,
    "quote_currency": ["USD", "USDC"],
    "source_symbol": ["USD"],
    "destination_symbol": ["USDC"],
    "destination": REAL_IDS["wallet_id"],
    "granularity": ["ONE_MINUTE", "ONE_HOUR", "ONE_DAY"],
}


def _route(context: Any) -> Any:
    operation = getattr(context, "operation", None)
    if operation is None:
        return None
    return next((r for r in ROUTES.values() if (r.method, r.path) == (operation.method.upper(), operation.path)), None)


def _amount_names(route: Any) -> set[str]:
    if route is None:
        return set()
    names = {p.wire for p in route.params if p.type is Decimal}
    if route.body_model is not None:
        names |= {f.metadata.get("wire", f.name) for f in attrs.fields(route.body_model) if "Decimal" in str(f.type)}
    return names


def _realistic(context: Any, values: dict[str, Any]) -> dict[str, Any]:
    chance = random.Random(json.dumps(values, sort_keys=True, default=str))
    amounts = _amount_names(_route(context))
    for name, value in values.items():
        if not isinstance(value, str) or chance.random() >= REAL_ID_SHARE:
            continue
        if name in REAL_VALUES:
            values[name] = chance.choice(REAL_VALUES[name])
        elif name in amounts:
            values[name] = chance.choice(["0.001", "0.5", "1", "25", "1000"])
    return values


@schemathesis.hook
def map_query(context: Any, query: dict[str, Any] | None) -> dict[str, Any] | None:
    return _realistic(context, query) if query else query


@schemathesis.hook
def map_body(context: Any, body: Any) -> Any:
    return _realistic(context, body) if isinstance(body, dict) else body


@schemathesis.hook
def map_path_parameters(context: Any, path_parameters: dict[str, Any] | None) -> dict[str, Any] | None:
    if not path_parameters:
        return path_parameters
    chance = random.Random(json.dumps(path_parameters, sort_keys=True, default=str))
    for name in path_parameters:
        if REAL_IDS.get(name) and chance.random() < REAL_ID_SHARE:
            path_parameters[name] = chance.choice(REAL_IDS[name])
    return path_parameters


OPERATION_IDS = {f"{r.method} {r.path}": r.operation_id for r in ROUTES.values()}
KNOWN_SEEN: Counter[str] = Counter()


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """False (drop it) for a schema violation listed as the model layer's."""
    if failure.code != "ST108" or failure.operation not in OPERATION_IDS:
        return True
    key = (OPERATION_IDS[failure.operation], json_path(list(failure.instance_path)), str(failure.schema_path[-1]))
    if key not in KNOWN_MODEL_VIOLATIONS:
        return True
    KNOWN_SEEN[repr(key)] += 1
    return False


@atexit.register
def _write_known_seen() -> None:
    if os.environ.get("PRIME_SIM_KNOWN_SEEN"):
        with open(os.environ["PRIME_SIM_KNOWN_SEEN"], "w") as out:
            json.dump(dict(KNOWN_SEEN), out, indent=1)
