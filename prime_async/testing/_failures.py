"""How the simulator fails as Prime fails: every error it answers is Prime's body
`{code, subcode, message, trace_id}`, the code and the HTTP status those of the subcode in Prime's
error catalog (`prime_async._generated.errors`, generated from spec/prime-errors.yaml).

Which subcode, for a failure of an operation (`subcode_for`):
1. the one the failure names (`SimError(subcode=...)`: the world knows `ORDER_NOT_FOUND`), but an
   unknown id is answered the way the operation declares it: `GetOrder` and `EditOrder` declare
   `ORDER_RESOURCE_NOT_FOUND` (a 400), `CancelOrder` `ORDER_NOT_FOUND` (a 404), `CreateConversion`
   `CONVERSION_WALLET_NOT_FOUND`; where it declares none for the domain, the domain's own
   (`PORTFOLIO_NOT_FOUND`, where the TS SDK's list for the operation has AUTH_RESOURCE_NOT_FOUND);
2. for a field at fault (`SimError(field=...)`), the catalog's subcode for that field,
   `..._<FIELD>_REQUIRED` when it was left out and `..._<FIELD>_INVALID` otherwise, among the
   subcodes the operation declares first, then among its domain's (`ORDER_SIDE_REQUIRED`);
3. for a refusal by the state of things (`SimError(precondition=True)`: not enough money), the
   operation's `..._INSUFFICIENT_BALANCE` or `..._FAILED_PRECONDITION`;
4. else the operation's generic one: a `..._REQUEST_INVALID` / `..._INVALID_ARGUMENT` /
   `..._PARAMS_INVALID` it declares, else its domain's (a choice of ours, `_DOMAIN_GENERIC`).

Failures that are no operation's: bad credentials `AUTH_UNAUTHENTICATED`, the rate limit
`SERVER_RATE_LIMIT_EXCEEDED`, no such route `AUTH_RESOURCE_NOT_FOUND`, an injected 503 the
operation's domain's `..._SERVICE_UNAVAILABLE`, else `SERVER_MAINTENANCE_MODE_ACTIVE`.

Some answers have a code and no subcode (Prime's body may leave it out): the 500s, injected or the
simulator's own (`INTERNAL_ERROR`: the catalog's only 500 subcode, `AUTH_AUTHORIZATION_FAILED`,
is an authorization failure, which clients rightly do not retry; an unexpected failure is a blip
they may), and what the HTTP layer refuses before any operation (408, 413, 431, a malformed
request), statuses the catalog has no subcode for.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Any

from .._generated.errors import CODES, GENERIC_STATUSES, OPERATION_ERRORS, SUBCODES, ErrorCode
from .._generated.routes import ROUTES
from ._world import SimError

__all__ = [
    "NOT_FOUND",
    "RATE_LIMITED",
    "UNAUTHENTICATED",
    "error_body",
    "subcode_for",
    "trace_id",
    "unavailable",
]

UNAUTHENTICATED = "AUTH_UNAUTHENTICATED"
RATE_LIMITED = "SERVER_RATE_LIMIT_EXCEEDED"
NOT_FOUND = "AUTH_RESOURCE_NOT_FOUND"
MAINTENANCE = "SERVER_MAINTENANCE_MODE_ACTIVE"

# the code of a status the HTTP layer answers with no subcode (the catalog has none for 408/413/431)
_STATUS_CODES = {info.status: code for code, info in reversed(list(CODES.items()))}  # a status's first code
_GENERIC_SUFFIXES = ("_REQUEST_INVALID", "_INVALID_ARGUMENT", "_PARAMS_INVALID")
# each domain's generic refusal, where an operation declares none: chosen among the domain's
# subcodes (inferred: the catalog does not say which is the generic one)
_DOMAIN_GENERIC = {
    "activity": "ACTIVITY_REQUEST_INVALID",
    "addressbook": "ADDRESS_BOOK_INVALID_ARGUMENT",
    "advanced_transfer": "ADVANCED_TRANSFER_REQUEST_INVALID",
    "allocation": "ALLOCATION_REQUEST_INVALID",
    "asset": "ASSET_REQUEST_INVALID",
    "entity": "ENTITY_POSITION_INVALID_ARGUMENT",
    "financing": "FINANCING_ACCRUALS_INVALID_ARGUMENT",
    "futures": "FCM_INVALID_ARGUMENT",
    "onchain": "ONCHAIN_TRANSACTION_REQUEST_INVALID",
    "order": "ORDER_REQUEST_INVALID",
    "paymentmethod": "PAYMENT_METHOD_REQUEST_INVALID",
    "portfolio": "PORTFOLIO_BALANCES_INVALID_ARGUMENT",
    "product": "MARKET_DATA_INVALID_ARGUMENT",
    "staking": "STAKING_REQUEST_INVALID",
    "transaction": "TRANSACTION_PARAMS_INVALID",
    "wallet": "WALLET_REQUEST_INVALID",
}
# the domain of an operation whose declared subcodes do not tell it (by the route's resource)
_RESOURCE_DOMAIN = {
    "activities": "activity", "allocations": "allocation", "api_keys": "entity", "financing": "financing",
    "positions": "entity", "assets": "asset", "balances": "portfolio", "futures": "futures",
    "invoices": "entity", "payment_methods": "paymentmethod", "users": "portfolio", "portfolios": "portfolio",
    "orders": "order", "address_book": "addressbook", "advanced_transfers": "advanced_transfer",
    "transactions": "transaction", "products": "product", "commission": "order",
    "onchain_address_book": "onchain", "staking": "staking", "travel_rule": "transaction", "wallets": "wallet",
}  # fmt: skip
# fields the catalog names by another word: ORDER_SIZE_REQUIRED for a size in either unit, ...
_FIELD_STEMS = {
    "base_quantity": "SIZE", "quote_value": "SIZE", "limit_price": "PRICE", "display_base_size": "DISPLAY_SIZE",
    "display_quote_size": "DISPLAY_SIZE", "order_statuses": "STATUS", "categories": "CATEGORY",
    "statuses": "STATUS", "start_time": "TIME_RANGE", "end_time": "TIME_RANGE", "currency_symbol": "SYMBOL",
}  # fmt: skip
_INDEX = re.compile(r"\[\d+\]")


def error_body(subcode: str | None, message: str, trace: str, *, status: int) -> tuple[int, dict[str, Any]]:
    """Prime's error body and its status: the subcode's own, from the catalog, when there is one."""
    if subcode is None:
        code = _STATUS_CODES.get(status, "VALIDATION_ERROR" if status < 500 else "INTERNAL_ERROR")
        return status, {"code": code, "message": message, "trace_id": trace}
    info = SUBCODES[subcode]
    return info.status, {"code": info.code.value, "subcode": subcode, "message": message, "trace_id": trace}


def trace_id(seed: int, request_id: str) -> str:
    """A trace id for support to look an error up by, as Prime gives one: drawn from the seed and
    the request, so that a run gives the same ones every time."""
    return hashlib.blake2b(f"{seed}/{request_id}".encode(), digest_size=16).hexdigest()


def subcode_for(operation_id: str, error: SimError) -> str:
    """The subcode an operation's failure is answered with (see the module's docstring)."""
    if error.subcode is not None:
        return _as_declared(operation_id, error.subcode)
    declared = _declared(operation_id)
    if error.status == 404:
        return NOT_FOUND
    if error.status != 400:
        statuses = {**GENERIC_STATUSES, **declared}
        assert statuses.get(error.status), f"no subcode in the catalog for a {error.status}"
        return str(statuses[error.status][0])
    if error.field is not None:
        found = _field_subcode(operation_id, error.field, error.missing)
        if found is not None:
            return found
    if error.precondition:
        return _precondition(operation_id)
    return _generic(operation_id)


def unavailable(operation_id: str) -> str:
    """The 503 an operation's domain answers when its service is down (ORDER_SERVICE_UNAVAILABLE),
    else Prime's maintenance mode."""
    domain = _domain(operation_id)
    return next((str(s) for s in GENERIC_STATUSES[503] if SUBCODES[s].domain == domain), MAINTENANCE)


def _declared(operation_id: str) -> dict[int, tuple[str, ...]]:
    return {status: tuple(map(str, subcodes)) for status, subcodes in OPERATION_ERRORS.get(operation_id, {}).items()}


def _as_declared(operation_id: str, subcode: str) -> str:
    """An unknown id, said the way the operation declares it: the world reports ORDER_NOT_FOUND,
    GetOrder declares ORDER_RESOURCE_NOT_FOUND (400) for it."""
    declared = _declared(operation_id)
    info = SUBCODES[subcode]
    if not declared or info.code is not ErrorCode.RESOURCE_NOT_FOUND or any(subcode in s for s in declared.values()):
        return subcode
    noun = subcode.removesuffix("_NOT_FOUND")
    found = [s for subs in declared.values() for s in subs if s.endswith("NOT_FOUND") and s != NOT_FOUND]
    same = [s for s in found if SUBCODES[s].domain == info.domain or s.endswith(f"_{noun}_NOT_FOUND")]
    return same[0] if same else subcode  # else the domain's own: PORTFOLIO_NOT_FOUND, 404


def _domain(operation_id: str) -> str:
    """The domain of an operation: the most common among the subcodes it declares, leaving out
    those every operation shares (common, portfolio, entity), else its route's resource's."""
    counts = Counter(
        SUBCODES[s].domain
        for subcodes in OPERATION_ERRORS.get(operation_id, {}).values()
        for s in subcodes
        if SUBCODES[s].domain not in ("common", "portfolio", "entity")
    )
    if counts:
        return counts.most_common(1)[0][0]
    return _RESOURCE_DOMAIN.get(ROUTES[operation_id].resource, "common")


def _field_subcode(operation_id: str, field: str, missing: bool) -> str | None:
    """`..._<FIELD>_REQUIRED` or `..._<FIELD>_INVALID`: among the operation's declared subcodes
    first, then its domain's."""
    name = _INDEX.sub("", field).rpartition(".")[2]
    stems = [name.upper()]
    if name in _FIELD_STEMS:
        stems.append(_FIELD_STEMS[name])
    suffix = "REQUIRED" if missing else "INVALID"
    declared = _declared(operation_id).get(400, ())
    for stem in (s for s in stems if s != "ID"):
        for subcode in declared:
            if subcode == f"{stem}_{suffix}" or subcode.endswith(f"_{stem}_{suffix}"):
                return subcode
    # the domain's subcode for the field, under a prefix the operation's own subcodes have
    # (ORDER_SIDE_REQUIRED for CreateOrder; not WALLET_DEPOSIT_TYPE_REQUIRED for a wallet's `type`)
    domain = _domain(operation_id)
    prefixes = {s.partition("_")[0] for s in declared if SUBCODES[s].domain == domain}
    for stem in (s for s in stems if s != "ID"):
        for prefix in sorted(prefixes):
            if SUBCODES.get(f"{prefix}_{stem}_{suffix}", None) is not None:
                return f"{prefix}_{stem}_{suffix}"
    return None


def _precondition(operation_id: str) -> str:
    """A refusal by the state of things (not enough money): the operation's declared
    `..._INSUFFICIENT_BALANCE`, else its `..._FAILED_PRECONDITION` (its own domain's first)."""
    declared = _declared(operation_id).get(400, ())
    domain = _domain(operation_id)
    ranked = sorted(
        (s for s in declared if s.endswith(("_INSUFFICIENT_BALANCE", "FAILED_PRECONDITION", "PRECONDITION_FAILED"))),
        key=lambda s: (not s.endswith("_INSUFFICIENT_BALANCE"), SUBCODES[s].domain != domain),
    )
    return ranked[0] if ranked else _generic(operation_id)


def _generic(operation_id: str) -> str:
    declared = _declared(operation_id).get(400, ())
    found = next((s for s in declared if s.endswith(_GENERIC_SUFFIXES)), None)
    return found or _DOMAIN_GENERIC.get(_domain(operation_id), "ORDER_REQUEST_INVALID")
