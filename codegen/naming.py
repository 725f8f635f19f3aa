"""Names: spec schema keys -> class names, tags -> resources, operationIds -> method names."""

from __future__ import annotations

import re
from collections.abc import Iterable

NAMESPACES = (
    "coinbase.public_rest_api.beta.",
    "coinbase.public_rest_api.",
    "coinbase.custody.api.",
    "coinbase.brokerage.proxy.events.materialized.api.",
    "google.protobuf.",
    "google.rpc.",
    "google.type.",
    "public_rest_api",
)

# Two spec schemas whose short names clash; the one an operation uses keeps the short name.
# google.* types keep their package in the name so `Any` never shadows typing.Any.
CLASS_NAME_OVERRIDES = {
    "coinbase.custody.api.ActivityType": "CustodyActivityType",
    "coinbase.public_rest_api.CreateAllocationRequest": "AllocationRequest",
    "google.protobuf.Any": "ProtobufAny",
    "google.rpc.Status": "RpcStatus",
    "google.type.Date": "Date",
}

# Spec tags are Title Case; resources are the attribute names on the client.
RESOURCE_OVERRIDES = {
    "Invoice": "invoices",
    "Advanced Transfer": "advanced_transfers",
    "API Key Management": "api_keys",
}

# Where the mechanical name (snake_case operationId, `get_` -> `list_` for paginated lists)
# is not what a user would guess.
METHOD_OVERRIDES = {
    "GetOrders": "list_portfolio_orders",
    "GetPortfolios": "list_portfolios",
    "GetPortfolioBalances": "list_portfolio_balances",
    "GetEntityAssets": "list_entity_assets",
    "GetInvoices": "list_invoices",
    "GetEntityPaymentMethods": "list_entity_payment_methods",
    "GetFuturesSweeps": "list_futures_sweeps",
    "GetOrderEditHistory": "get_order_edit_history",
    "GetMarginSummaries": "list_margin_summaries",
    "GetInterestAccruals": "list_interest_accruals",
    "GetPortfolioInterestAccruals": "list_portfolio_interest_accruals",
    "GetCandles": "get_candles",
    "ListOnchainAddressGroups": "list_onchain_address_groups",
    "GetExistingLocates": "list_existing_locates",
    "OrderPreview": "create_order_preview",
    "CreateQuoteRequest": "create_quote",
    "GetMarginConversions": "list_margin_conversions",
}

# Operations Prime renamed (old operationId -> new). The old operationId, and the method name it
# had, keep working as deprecated aliases (ROUTES["SetFundingSettings"], financing.set_funding_settings).
RENAMED_OPERATIONS = {"SetFundingSettings": "UpdateFundingSettings"}


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def snake(name: str) -> str:
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower()


def schema_class_names(keys: Iterable[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for key in keys:
        if key in CLASS_NAME_OVERRIDES:
            names[key] = CLASS_NAME_OVERRIDES[key]
            continue
        short = key
        for prefix in NAMESPACES:
            if short.startswith(prefix):
                short = short[len(prefix) :]
                break
        names[key] = camel(short)
    clashes = {n for n in names.values() if list(names.values()).count(n) > 1}
    assert not clashes, f"schema class names clash: {clashes}"
    return names


def operation_id(raw: str) -> str:
    return raw.split("_", 1)[1] if raw.startswith(("PrimeRESTAPI_", "PrimeBeta_")) else raw


def resource(tag: str) -> str:
    return RESOURCE_OVERRIDES.get(tag) or "_".join(tag.lower().split())


def method_name(op_id: str, *, paginated: bool) -> str:
    if op_id in METHOD_OVERRIDES:
        return METHOD_OVERRIDES[op_id]
    name = snake(op_id)
    if paginated and name.startswith("get_"):
        name = "list_" + name[4:]
    return name
