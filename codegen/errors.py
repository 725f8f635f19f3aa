"""Prime's error catalog (spec/prime-errors.yaml) read into the generator's model, and rendered as
prime_async/_generated/errors.py.

The catalog is data extracted from Coinbase's own SDKs (see its `source:`): 10 error codes, the
subcodes (each with its code, HTTP status, domain and meaning), and per TS SDK method the
subcodes Prime declares for each status. The TS SDK names operations by its own method names
(`ListOpenOrders`); ours are the OpenAPI operationIds (`GetOpenOrders`). TS_TO_OPERATION maps
the ones that differ; a TS name that is already an operationId maps to itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .spec import Api

# TS SDK method name -> our operationId, where they differ (checked against the spec's paths and
# methods by hand; `test_codegen` checks every name on both sides resolves).
TS_TO_OPERATION = {
    "CancelEntitySweep": "CancelFuturesSweep",
    "ClaimRewards": "StakingClaimRewards",
    "CreateAddressBook": "CreatePortfolioAddressBookEntry",
    "CreateOnchainAddressBookEntry": "CreateOnchainAddressGroup",
    "CreateOrderPreview": "OrderPreview",
    "CreatePortfolioStake": "PortfolioStakingInitiate",
    "CreatePortfolioUnstake": "PortfolioStakingUnstake",
    "CreateQuote": "CreateQuoteRequest",
    "CreateStake": "StakingInitiate",
    "CreateTransfer": "CreateWalletTransfer",
    "CreateUnstake": "StakingUnstake",
    "CreateWithdrawal": "CreateWalletWithdrawal",
    "DeleteOnchainAddressBook": "DeleteOnchainAddressGroup",
    "GetCounterpartyId": "GetPortfolioCounterpartyID",
    "GetCrossMarginLiquidation": "GetXMLiquidation",
    "GetEntityBalance": "GetFcmBalance",
    "GetEntityEquity": "GetFcmEquity",
    "GetEntityLocateAvailabilities": "GetLocateAvailabilities",
    "GetEntityPositions": "GetPositions",
    "GetPaymentMethod": "GetEntityPaymentMethodDetails",
    "GetPortfolioBuyingPower": "GetBuyingPower",
    "GetPortfolioCreditInformation": "GetPostTradeCredit",
    "GetPortfolioWithdrawalPower": "GetWithdrawalPower",
    "GetTieredPricingFees": "GetTFTieredPricingFees",
    "ListAddressBooks": "GetPortfolioAddressBook",
    "ListAssets": "GetEntityAssets",
    "ListCrossMarginLiquidations": "ListXMLiquidations",
    "ListDerivativePositions": "GetDerivativePositions",
    "ListEntityActivities": "GetEntityActivities",
    "ListEntityPaymentMethods": "GetEntityPaymentMethods",
    "ListEntitySweeps": "GetFuturesSweeps",
    "ListExistingLocates": "GetExistingLocates",
    "ListInterestAccruals": "GetInterestAccruals",
    "ListInvoices": "GetInvoices",
    "ListMarginCallSummaries": "GetMarginSummaries",
    "ListMarginConversions": "GetMarginConversions",
    "ListMarketData": "GetMarketData",
    "ListNetAllocations": "GetAllocationsByClientNettingId",
    "ListOnchainAddressBook": "ListOnchainAddressGroups",
    "ListOnchainWalletBalances": "ListWeb3WalletBalances",
    "ListOpenOrders": "GetOpenOrders",
    "ListOrderFills": "GetOrderFills",
    "ListPortfolioActivities": "GetPortfolioActivities",
    "ListPortfolioAllocations": "GetPortfolioAllocations",
    "ListPortfolioBalances": "GetPortfolioBalances",
    "ListPortfolioFills": "GetPortfolioFills",
    "ListPortfolioInterestAccruals": "GetPortfolioInterestAccruals",
    "ListPortfolioOrders": "GetOrders",
    "ListPortfolioTransactions": "GetPortfolioTransactions",
    "ListPortfolioUsers": "GetPortfolioUsers",
    "ListPortfolios": "GetPortfolios",
    "ListProductCandles": "GetCandles",
    "ListProducts": "GetPortfolioProducts",
    "ListUsers": "GetEntityUsers",
    "ListWalletTransactions": "GetWalletTransactions",
    "ListWallets": "GetWallets",
    "QueryTransactionValidators": "ListTransactionValidators",
    "RotateApiKey": "RotateAPIKey",
    "ScheduleEntitySweep": "ScheduleFuturesSweep",
    "SubmitDepositTravelRule": "SubmitDepositTravelRuleData",
    "UpdateEntityAutoSweep": "SetAutoSweep",
    "UpdateOnchainAddressBookEntry": "UpdateOnchainAddressGroup",
    # Both TS methods hit POST /entities/{entity_id}/funding_settings (our UpdateFundingSettings,
    # with SetFundingSettings its deprecated alias); the catalog notes their error lists look
    # swapped by the TS generator, so the operation gets the union of the two.
    "SetFundingSettings": "UpdateFundingSettings",
}
# TS methods that share another method's error types (operation_notes: "Shared schemas") and
# have no operation of their own in the spec: left out, their twin carries the same list.
TS_SKIPPED = {
    "GetMarginCallDetails": "same errors as GetFcmMarginCallDetails",
    "GetRiskLimits": "same errors as GetFcmRiskLimits",
    "GetPortfolioCredit": "same errors as GetPortfolioCreditInformation (GetPostTradeCredit)",
}
# The statuses the TS SDK adds to every operation (generic_statuses); 501 is declared by one
# operation only (RotateApiKey), so it goes to that operation's own list.
GENERIC = (401, 429, 500, 503)


@dataclass(frozen=True)
class CodeDef:
    name: str
    status: int
    meaning: str
    retryable: bool


@dataclass(frozen=True)
class SubcodeDef:
    name: str
    code: str
    status: int
    domain: str
    meaning: str


@dataclass
class Catalog:
    codes: dict[str, CodeDef]
    subcodes: dict[str, SubcodeDef]
    generic: dict[int, tuple[str, ...]]
    operations: dict[str, dict[int, tuple[str, ...]]]  # operationId -> status -> subcodes
    unmatched: dict[str, str] = field(default_factory=dict)  # TS name -> why it has no operation
    retryable: tuple[str, ...] = ()


def read_catalog(path: Path, api: Api) -> Catalog:
    import yaml

    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    retryable = tuple(raw["retried_by_official_sdk"])
    codes = {
        c["name"]: CodeDef(c["name"], int(c["status"]), c["meaning"], c["name"] in retryable) for c in raw["codes"]
    }
    subcodes: dict[str, SubcodeDef] = {}
    for s in raw["subcodes"]:
        assert s["code"] in codes, s
        subcodes[s["name"]] = SubcodeDef(s["name"], s["code"], int(s["status"]), s["domain"], s["meaning"])
    generic_all = {int(k): tuple(v) for k, v in raw["generic_statuses"].items()}
    generic = {status: generic_all[status] for status in GENERIC}
    known = {op.operation_id for op in api.operations}
    operations: dict[str, dict[int, tuple[str, ...]]] = {}
    unmatched: dict[str, str] = {}
    for ts_name, by_status in raw["operations"].items():
        if ts_name in TS_SKIPPED:
            unmatched[ts_name] = TS_SKIPPED[ts_name]
            continue
        operation_id = TS_TO_OPERATION.get(ts_name, ts_name)
        if operation_id not in known:
            raise ValueError(f"catalog operation {ts_name} maps to {operation_id}, not an operation of the spec")
        merged = operations.setdefault(operation_id, {})
        for status, names in (by_status or {}).items():
            for name in names:
                if name not in subcodes:
                    raise ValueError(f"{ts_name}: unknown subcode {name}")
            previous = merged.get(int(status), ())
            merged[int(status)] = previous + tuple(n for n in names if n not in previous)
    operations["RotateAPIKey"][501] = generic_all[501]
    return Catalog(codes, subcodes, generic, dict(sorted(operations.items())), unmatched, retryable)


# -- errors.py ---------------------------------------------------------------------------------

HEADER = (
    '"""{what}\n\nGenerated from spec/prime-openapi.yaml (its operationIds) and spec/prime-errors.yaml'
    ' by `python -m codegen`. Do not edit by hand."""\n'
)


def _attribute_doc(text: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    return f'    """{text}"""\n'


def _enum_class(name: str, doc: str, members: list[tuple[str, str]], *, info: tuple[str, str]) -> str:
    """An open enum of the catalog: each member with its one-line doc, and `.info` looking the
    value up in its table (`info` = the table's value type and name)."""
    info_type, table = info
    out = f'\n\nclass {name}(OpenEnum):\n    """{doc}"""\n\n'
    for member, member_doc in members:
        out += f"    {member} = {member!r}\n" + _attribute_doc(member_doc)
    out += f"\n    @property\n    def info(self) -> {info_type} | None:\n        return {table}.get(self.value)\n"
    return out


def render_errors(catalog: Catalog) -> str:
    out = HEADER.format(
        what="Prime's error catalog: every error code and subcode, and the errors each operation declares.\n\n"
        "An error body is `{code, subcode, message, trace_id}`: `code` the coarse class (ErrorCode),\n"
        "`subcode` the specific reason (ErrorSubcode). Both are open enums: a value Prime adds later\n"
        "is kept as a pseudo-member (`.is_known` False), never a parse failure."
    )
    out += "\nfrom __future__ import annotations\n\n"
    out += "from collections.abc import Mapping\nfrom types import MappingProxyType\nfrom typing import NamedTuple\n\n"
    out += "from .._enum import OpenEnum\n\n"
    out += '__all__ = [\n    "CODES",\n    "GENERIC_STATUSES",\n    "OPERATION_ERRORS",\n    "RETRYABLE_CODES",\n'
    out += '    "SUBCODES",\n    "UNMATCHED_OPERATIONS",\n    "CodeInfo",\n    "ErrorCode",\n    "ErrorSubcode",\n'
    out += '    "SubcodeInfo",\n]\n'
    out += '\n\nclass CodeInfo(NamedTuple):\n    """What the catalog says of an error code."""\n\n'
    out += "    status: int\n    meaning: str\n    retryable: bool  # what Coinbase's SDKs class as safe to retry\n"
    out += "\n\nclass SubcodeInfo(NamedTuple):\n"
    out += '    """What the catalog says of a subcode: its code, HTTP status, meaning and domain."""\n\n'
    out += "    code: ErrorCode\n    status: int\n    meaning: str\n    domain: str\n"
    out += _enum_class(
        "ErrorCode",
        "The coarse class of a Prime error (`exc.code`); its subcode says the specific reason.\n\n"
        "    `.info` is the catalog's CodeInfo (status, meaning, retryable), None for a code the catalog\n"
        "    does not list.",
        [(c.name, f"{c.status}: {c.meaning}{' Retryable.' if c.retryable else ''}") for c in catalog.codes.values()],
        info=("CodeInfo", "CODES"),
    )
    out += _enum_class(
        "ErrorSubcode",
        "The specific reason for a Prime error (`exc.subcode`), each with its status and code.\n\n"
        "    `.info` is the catalog's SubcodeInfo (code, status, meaning, domain), None for a subcode\n"
        "    the catalog does not list.",
        [(s.name, f"{s.status} {s.code}: {s.meaning}") for s in catalog.subcodes.values()],
        info=("SubcodeInfo", "SUBCODES"),
    )
    # tables
    out += "\n\n# code -> CodeInfo\nCODES: Mapping[str, CodeInfo] = MappingProxyType(\n    {\n"
    for c in catalog.codes.values():
        out += f"        {c.name!r}: CodeInfo({c.status}, {c.meaning!r}, {c.retryable}),\n"
    out += "    }\n)\n"
    out += "\n# the codes Coinbase's SDKs class as safe to retry after a backoff\n"
    out += "RETRYABLE_CODES: frozenset[ErrorCode] = frozenset({"
    out += ", ".join(f"ErrorCode.{name}" for name in catalog.retryable) + "})\n"
    out += "\n# subcode -> SubcodeInfo(code, status, meaning, domain)\n"
    out += "SUBCODES: Mapping[str, SubcodeInfo] = MappingProxyType(\n    {\n"
    for s in catalog.subcodes.values():
        out += f"        {s.name!r}: SubcodeInfo(ErrorCode.{s.code}, {s.status}, {s.meaning!r}, {s.domain!r}),\n"
    out += "    }\n)\n"
    out += "\n# status -> subcodes: what any signed request can get (the TS SDK adds these to every operation)\n"
    out += "GENERIC_STATUSES: Mapping[int, tuple[ErrorSubcode, ...]] = MappingProxyType(\n    {\n"
    for status, names in catalog.generic.items():
        out += f"        {status}: ({''.join(f'ErrorSubcode.{n}, ' for n in names).rstrip()}),\n"
    out += "    }\n)\n"
    out += "\n# operationId -> status -> the subcodes Prime declares for it, besides GENERIC_STATUSES.\n"
    out += "# An operationId not listed declares only the generic ones.\n"
    out += "OPERATION_ERRORS: Mapping[str, Mapping[int, tuple[ErrorSubcode, ...]]] = MappingProxyType(\n    {\n"
    for operation_id, by_status in catalog.operations.items():
        out += f"        {operation_id!r}: MappingProxyType(\n            {{\n"
        for status, names in sorted(by_status.items()):
            items = "".join(f"                    ErrorSubcode.{n},\n" for n in names)
            out += f"                {status}: (\n{items}                ),\n"
        out += "            }\n        ),\n"
    out += "    }\n)\n"
    out += "\n# catalog operations (TS SDK method names) with no operationId of their own, and why\n"
    out += "UNMATCHED_OPERATIONS: Mapping[str, str] = MappingProxyType(\n    {\n"
    for name, why in catalog.unmatched.items():
        out += f"        {name!r}: {why!r},\n"
    out += "    }\n)\n"
    return out
