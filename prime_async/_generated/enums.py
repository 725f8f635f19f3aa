"""Enumerations of the Prime API; each accepts values the spec does not list yet.

Generated from spec/prime-openapi.yaml and spec/overlay.yaml by `python -m codegen`. Do not edit by hand."""

from __future__ import annotations

from typing import Literal, TypeAlias

from .._enum import OpenEnum

__all__ = [
    "Action",
    "ActionLiteral",
    "ActivityCategory",
    "ActivityCategoryLiteral",
    "ActivityLevel",
    "ActivityLevelLiteral",
    "ActivitySecondaryType",
    "ActivitySecondaryTypeLiteral",
    "ActivityStatus",
    "ActivityStatusLiteral",
    "ActivityType",
    "ActivityTypeLiteral",
    "AddressBookType",
    "AddressBookTypeLiteral",
    "AdvancedTransferState",
    "AdvancedTransferStateLiteral",
    "AdvancedTransferType",
    "AdvancedTransferTypeLiteral",
    "AllocationSizeType",
    "AllocationSizeTypeLiteral",
    "AllocationStatus",
    "AllocationStatusLiteral",
    "AssetChangeType",
    "AssetChangeTypeLiteral",
    "Benchmark",
    "BenchmarkLiteral",
    "CandlesGranularity",
    "CandlesGranularityLiteral",
    "ContractExpiryType",
    "ContractExpiryTypeLiteral",
    "CustodyActivityType",
    "CustodyActivityTypeLiteral",
    "DerivativeProductType",
    "DerivativeProductTypeLiteral",
    "DestinationType",
    "DestinationTypeLiteral",
    "EstimateType",
    "EstimateTypeLiteral",
    "ExpiringContractStatus",
    "ExpiringContractStatusLiteral",
    "FcmFuturesSweepStatus",
    "FcmFuturesSweepStatusLiteral",
    "FcmMarginCallState",
    "FcmMarginCallStateLiteral",
    "FcmMarginCallType",
    "FcmMarginCallTypeLiteral",
    "FcmMarginHealthState",
    "FcmMarginHealthStateLiteral",
    "FcmPositionSide",
    "FcmPositionSideLiteral",
    "FcmTradingSessionClosedReason",
    "FcmTradingSessionClosedReasonLiteral",
    "FcmTradingSessionState",
    "FcmTradingSessionStateLiteral",
    "HierarchyType",
    "HierarchyTypeLiteral",
    "InvoiceState",
    "InvoiceStateLiteral",
    "InvoiceType",
    "InvoiceTypeLiteral",
    "LoanType",
    "LoanTypeLiteral",
    "MarginAddOnType",
    "MarginAddOnTypeLiteral",
    "NetworkFamily",
    "NetworkFamilyLiteral",
    "NetworkType",
    "NetworkTypeLiteral",
    "OptionType",
    "OptionTypeLiteral",
    "OrderSide",
    "OrderSideLiteral",
    "OrderStatus",
    "OrderStatusLiteral",
    "OrderType",
    "OrderTypeLiteral",
    "PaymentMethodType",
    "PaymentMethodTypeLiteral",
    "PegOffsetType",
    "PegOffsetTypeLiteral",
    "PortfolioBalanceType",
    "PortfolioBalanceTypeLiteral",
    "PositionReferenceType",
    "PositionReferenceTypeLiteral",
    "PrimeXMHealthStatus",
    "PrimeXMHealthStatusLiteral",
    "PrimeXMMarginRequirementType",
    "PrimeXMMarginRequirementTypeLiteral",
    "PrimeXMMarginThresholdType",
    "PrimeXMMarginThresholdTypeLiteral",
    "ProductPermissions",
    "ProductPermissionsLiteral",
    "ProductType",
    "ProductTypeLiteral",
    "RateType",
    "RateTypeLiteral",
    "RewardSubtype",
    "RewardSubtypeLiteral",
    "RewardsRateTierType",
    "RewardsRateTierTypeLiteral",
    "RiskManagementType",
    "RiskManagementTypeLiteral",
    "SecondaryPermission",
    "SecondaryPermissionLiteral",
    "SigningStatus",
    "SigningStatusLiteral",
    "SortDirection",
    "SortDirectionLiteral",
    "StakeType",
    "StakeTypeLiteral",
    "TimeInForceType",
    "TimeInForceTypeLiteral",
    "TransactionStatus",
    "TransactionStatusLiteral",
    "TransactionType",
    "TransactionTypeLiteral",
    "TransferLocationType",
    "TransferLocationTypeLiteral",
    "TravelRuleStatus",
    "TravelRuleStatusLiteral",
    "TravelRuleWalletType",
    "TravelRuleWalletTypeLiteral",
    "UnstakeType",
    "UnstakeTypeLiteral",
    "UserRole",
    "UserRoleLiteral",
    "ValidatorProvider",
    "ValidatorProviderLiteral",
    "ValidatorStatus",
    "ValidatorStatusLiteral",
    "VisibilityStatus",
    "VisibilityStatusLiteral",
    "WalletDepositInstructionType",
    "WalletDepositInstructionTypeLiteral",
    "WalletType",
    "WalletTypeLiteral",
    "WalletVisibility",
    "WalletVisibilityLiteral",
    "XMCallStatus",
    "XMCallStatusLiteral",
    "XMCallType",
    "XMCallTypeLiteral",
    "XMControlStatus",
    "XMControlStatusLiteral",
    "XMEntityCallStatus",
    "XMEntityCallStatusLiteral",
    "XMLiquidationStatus",
    "XMLiquidationStatusLiteral",
    "XMMarginLevel",
    "XMMarginLevelLiteral",
    "XMParty",
    "XMPartyLiteral",
]


class CustodyActivityType(OpenEnum):
    """- ACTIVITY_TYPE_WITHDRAWAL: PrimeActivityService Custody ActivityTypes that will replace the
      above

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `CustodyActivityTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `CustodyActivityType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ACTIVITY_TYPE_GOVERNANCE_VOTE = 'ACTIVITY_TYPE_GOVERNANCE_VOTE'
    ACTIVITY_TYPE_INVITATION = 'ACTIVITY_TYPE_INVITATION'
    ACTIVITY_TYPE_WALLET_CHANGE = 'ACTIVITY_TYPE_WALLET_CHANGE'
    ACTIVITY_TYPE_API_KEY_CHANGE = 'ACTIVITY_TYPE_API_KEY_CHANGE'
    ACTIVITY_TYPE_SETTINGS_CHANGE = 'ACTIVITY_TYPE_SETTINGS_CHANGE'
    ACTIVITY_TYPE_BILLING_PREFERENCE_CHANGE = 'ACTIVITY_TYPE_BILLING_PREFERENCE_CHANGE'
    ACTIVITY_TYPE_PAYMENT_METHOD_CHANGE = 'ACTIVITY_TYPE_PAYMENT_METHOD_CHANGE'
    ACTIVITY_TYPE_WITHDRAWAL = 'ACTIVITY_TYPE_WITHDRAWAL'
    ACTIVITY_TYPE_DEPOSIT = 'ACTIVITY_TYPE_DEPOSIT'
    ACTIVITY_TYPE_CREATE_WALLET = 'ACTIVITY_TYPE_CREATE_WALLET'
    ACTIVITY_TYPE_REMOVE_WALLET = 'ACTIVITY_TYPE_REMOVE_WALLET'
    ACTIVITY_TYPE_UPDATE_WALLET = 'ACTIVITY_TYPE_UPDATE_WALLET'
    ACTIVITY_TYPE_CAST_VOTE = 'ACTIVITY_TYPE_CAST_VOTE'
    ACTIVITY_TYPE_ENABLE_VOTING = 'ACTIVITY_TYPE_ENABLE_VOTING'
    ACTIVITY_TYPE_STAKE = 'ACTIVITY_TYPE_STAKE'
    ACTIVITY_TYPE_UNSTAKE = 'ACTIVITY_TYPE_UNSTAKE'
    ACTIVITY_TYPE_CHANGE_VALIDATOR = 'ACTIVITY_TYPE_CHANGE_VALIDATOR'
    ACTIVITY_TYPE_RESTAKE = 'ACTIVITY_TYPE_RESTAKE'
    ACTIVITY_TYPE_ADDRESS_BOOK = 'ACTIVITY_TYPE_ADDRESS_BOOK'
    ACTIVITY_TYPE_TEAM_MEMBERS = 'ACTIVITY_TYPE_TEAM_MEMBERS'
    ACTIVITY_TYPE_BILLING = 'ACTIVITY_TYPE_BILLING'
    ACTIVITY_TYPE_SECURITY = 'ACTIVITY_TYPE_SECURITY'
    ACTIVITY_TYPE_API = 'ACTIVITY_TYPE_API'
    ACTIVITY_TYPE_SETTINGS = 'ACTIVITY_TYPE_SETTINGS'
    ACTIVITY_TYPE_SMART_CONTRACT = 'ACTIVITY_TYPE_SMART_CONTRACT'
    ACTIVITY_TYPE_USER_CHANGE_REQUEST_NO_PAS = 'ACTIVITY_TYPE_USER_CHANGE_REQUEST_NO_PAS'
    ACTIVITY_TYPE_WEB3_TRANSACTION = 'ACTIVITY_TYPE_WEB3_TRANSACTION'
    ACTIVITY_TYPE_WEB3_MESSAGE = 'ACTIVITY_TYPE_WEB3_MESSAGE'
    ACTIVITY_TYPE_CLAIM_REWARDS = 'ACTIVITY_TYPE_CLAIM_REWARDS'


CustodyActivityTypeLiteral: TypeAlias = Literal["ACTIVITY_TYPE_GOVERNANCE_VOTE", "ACTIVITY_TYPE_INVITATION", "ACTIVITY_TYPE_WALLET_CHANGE", "ACTIVITY_TYPE_API_KEY_CHANGE", "ACTIVITY_TYPE_SETTINGS_CHANGE", "ACTIVITY_TYPE_BILLING_PREFERENCE_CHANGE", "ACTIVITY_TYPE_PAYMENT_METHOD_CHANGE", "ACTIVITY_TYPE_WITHDRAWAL", "ACTIVITY_TYPE_DEPOSIT", "ACTIVITY_TYPE_CREATE_WALLET", "ACTIVITY_TYPE_REMOVE_WALLET", "ACTIVITY_TYPE_UPDATE_WALLET", "ACTIVITY_TYPE_CAST_VOTE", "ACTIVITY_TYPE_ENABLE_VOTING", "ACTIVITY_TYPE_STAKE", "ACTIVITY_TYPE_UNSTAKE", "ACTIVITY_TYPE_CHANGE_VALIDATOR", "ACTIVITY_TYPE_RESTAKE", "ACTIVITY_TYPE_ADDRESS_BOOK", "ACTIVITY_TYPE_TEAM_MEMBERS", "ACTIVITY_TYPE_BILLING", "ACTIVITY_TYPE_SECURITY", "ACTIVITY_TYPE_API", "ACTIVITY_TYPE_SETTINGS", "ACTIVITY_TYPE_SMART_CONTRACT", "ACTIVITY_TYPE_USER_CHANGE_REQUEST_NO_PAS", "ACTIVITY_TYPE_WEB3_TRANSACTION", "ACTIVITY_TYPE_WEB3_MESSAGE", "ACTIVITY_TYPE_CLAIM_REWARDS"]
"""The values of CustodyActivityType the spec lists, as strings: what arguments accept besides the enum."""


class AddressBookType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `AddressBookTypeLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `AddressBookType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ADDRESS_BOOK_TYPE_ADDRESS = 'ADDRESS_BOOK_TYPE_ADDRESS'
    ADDRESS_BOOK_TYPE_COUNTERPARTY_ID = 'ADDRESS_BOOK_TYPE_COUNTERPARTY_ID'


AddressBookTypeLiteral: TypeAlias = Literal["ADDRESS_BOOK_TYPE_ADDRESS", "ADDRESS_BOOK_TYPE_COUNTERPARTY_ID"]
"""The values of AddressBookType the spec lists, as strings: what arguments accept besides the enum."""


class Action(OpenEnum):
    """Action is the available user action types

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `ActionLiteral`, so a typo
    fails mypy; a value Prime added since goes through the open enum: `Action("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OTHER_ACTION = 'OTHER_ACTION'
    ACTION_APPROVE = 'ACTION_APPROVE'
    ACTION_REJECT = 'ACTION_REJECT'
    ACTION_INITIATE = 'ACTION_INITIATE'
    ACTION_CANCEL = 'ACTION_CANCEL'


ActionLiteral: TypeAlias = Literal["OTHER_ACTION", "ACTION_APPROVE", "ACTION_REJECT", "ACTION_INITIATE", "ACTION_CANCEL"]
"""The values of Action the spec lists, as strings: what arguments accept besides the enum."""


class ActivityCategory(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `ActivityCategoryLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `ActivityCategory("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OTHER_ACTIVITY_CATEGORY = 'OTHER_ACTIVITY_CATEGORY'
    ACTIVITY_CATEGORY_ORDER = 'ACTIVITY_CATEGORY_ORDER'
    ACTIVITY_CATEGORY_TRANSACTION = 'ACTIVITY_CATEGORY_TRANSACTION'
    ACTIVITY_CATEGORY_ACCOUNT = 'ACTIVITY_CATEGORY_ACCOUNT'
    ACTIVITY_CATEGORY_ALLOCATION = 'ACTIVITY_CATEGORY_ALLOCATION'
    ACTIVITY_CATEGORY_LENDING = 'ACTIVITY_CATEGORY_LENDING'


ActivityCategoryLiteral: TypeAlias = Literal["OTHER_ACTIVITY_CATEGORY", "ACTIVITY_CATEGORY_ORDER", "ACTIVITY_CATEGORY_TRANSACTION", "ACTIVITY_CATEGORY_ACCOUNT", "ACTIVITY_CATEGORY_ALLOCATION", "ACTIVITY_CATEGORY_LENDING"]
"""The values of ActivityCategory the spec lists, as strings: what arguments accept besides the enum."""


class ActivityLevel(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `ActivityLevelLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `ActivityLevel("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ACTIVITY_LEVEL_ALL = 'ACTIVITY_LEVEL_ALL'
    ACTIVITY_LEVEL_PORTFOLIO = 'ACTIVITY_LEVEL_PORTFOLIO'
    ACTIVITY_LEVEL_ENTITY = 'ACTIVITY_LEVEL_ENTITY'


ActivityLevelLiteral: TypeAlias = Literal["ACTIVITY_LEVEL_ALL", "ACTIVITY_LEVEL_PORTFOLIO", "ACTIVITY_LEVEL_ENTITY"]
"""The values of ActivityLevel the spec lists, as strings: what arguments accept besides the enum."""


class ActivitySecondaryType(OpenEnum):
    """- ACTIVITY_SECONDARY_TYPE_BUY: Order secondary types
    - ACTIVITY_SECONDARY_TYPE_INTERNAL_TRANSFER: Transaction secondary types
    - ACTIVITY_SECONDARY_TYPE_WEB3_SIGNER: Onchain secondary types

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `ActivitySecondaryTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `ActivitySecondaryType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    NO_SECONDARY_TYPE = 'NO_SECONDARY_TYPE'
    ACTIVITY_SECONDARY_TYPE_BUY = 'ACTIVITY_SECONDARY_TYPE_BUY'
    ACTIVITY_SECONDARY_TYPE_SELL = 'ACTIVITY_SECONDARY_TYPE_SELL'
    ACTIVITY_SECONDARY_TYPE_INTERNAL_TRANSFER = 'ACTIVITY_SECONDARY_TYPE_INTERNAL_TRANSFER'
    ACTIVITY_SECONDARY_TYPE_SWEEP_TRANSFER_TYPE = 'ACTIVITY_SECONDARY_TYPE_SWEEP_TRANSFER_TYPE'
    ACTIVITY_SECONDARY_TYPE_WEB3_SIGNER = 'ACTIVITY_SECONDARY_TYPE_WEB3_SIGNER'
    ACTIVITY_SECONDARY_TYPE_WEB3_WALLET = 'ACTIVITY_SECONDARY_TYPE_WEB3_WALLET'


ActivitySecondaryTypeLiteral: TypeAlias = Literal["NO_SECONDARY_TYPE", "ACTIVITY_SECONDARY_TYPE_BUY", "ACTIVITY_SECONDARY_TYPE_SELL", "ACTIVITY_SECONDARY_TYPE_INTERNAL_TRANSFER", "ACTIVITY_SECONDARY_TYPE_SWEEP_TRANSFER_TYPE", "ACTIVITY_SECONDARY_TYPE_WEB3_SIGNER", "ACTIVITY_SECONDARY_TYPE_WEB3_WALLET"]
"""The values of ActivitySecondaryType the spec lists, as strings: what arguments accept besides the enum."""


class ActivityStatus(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `ActivityStatusLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `ActivityStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OTHER_ACTIVITY_STATUS = 'OTHER_ACTIVITY_STATUS'
    ACTIVITY_STATUS_CANCELLED = 'ACTIVITY_STATUS_CANCELLED'
    ACTIVITY_STATUS_PROCESSING = 'ACTIVITY_STATUS_PROCESSING'
    ACTIVITY_STATUS_COMPLETED = 'ACTIVITY_STATUS_COMPLETED'
    ACTIVITY_STATUS_EXPIRED = 'ACTIVITY_STATUS_EXPIRED'
    ACTIVITY_STATUS_REJECTED = 'ACTIVITY_STATUS_REJECTED'
    ACTIVITY_STATUS_FAILED = 'ACTIVITY_STATUS_FAILED'


ActivityStatusLiteral: TypeAlias = Literal["OTHER_ACTIVITY_STATUS", "ACTIVITY_STATUS_CANCELLED", "ACTIVITY_STATUS_PROCESSING", "ACTIVITY_STATUS_COMPLETED", "ACTIVITY_STATUS_EXPIRED", "ACTIVITY_STATUS_REJECTED", "ACTIVITY_STATUS_FAILED"]
"""The values of ActivityStatus the spec lists, as strings: what arguments accept besides the enum."""


class ActivityType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `ActivityTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `ActivityType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OTHER_ACTIVITY_TYPE = 'OTHER_ACTIVITY_TYPE'
    ACTIVITY_TYPE_LIMIT_ORDER = 'ACTIVITY_TYPE_LIMIT_ORDER'
    ACTIVITY_TYPE_MARKET_ORDER = 'ACTIVITY_TYPE_MARKET_ORDER'
    ACTIVITY_TYPE_TWAP_ORDER = 'ACTIVITY_TYPE_TWAP_ORDER'
    ACTIVITY_TYPE_BLOCK_TRADE = 'ACTIVITY_TYPE_BLOCK_TRADE'
    ACTIVITY_TYPE_VWAP_ORDER = 'ACTIVITY_TYPE_VWAP_ORDER'
    ACTIVITY_TYPE_STOP_LIMIT_ORDER = 'ACTIVITY_TYPE_STOP_LIMIT_ORDER'
    ACTIVITY_TYPE_DEPOSIT = 'ACTIVITY_TYPE_DEPOSIT'
    ACTIVITY_TYPE_WITHDRAWAL = 'ACTIVITY_TYPE_WITHDRAWAL'
    ACTIVITY_TYPE_INTERNAL_TRANSFER = 'ACTIVITY_TYPE_INTERNAL_TRANSFER'
    ACTIVITY_TYPE_CREATE_WALLET = 'ACTIVITY_TYPE_CREATE_WALLET'
    ACTIVITY_TYPE_REMOVE_WALLET = 'ACTIVITY_TYPE_REMOVE_WALLET'
    ACTIVITY_TYPE_UPDATE_WALLET = 'ACTIVITY_TYPE_UPDATE_WALLET'
    ACTIVITY_TYPE_CAST_VOTE = 'ACTIVITY_TYPE_CAST_VOTE'
    ACTIVITY_TYPE_ENABLE_VOTING = 'ACTIVITY_TYPE_ENABLE_VOTING'
    ACTIVITY_TYPE_STAKE = 'ACTIVITY_TYPE_STAKE'
    ACTIVITY_TYPE_UNSTAKE = 'ACTIVITY_TYPE_UNSTAKE'
    ACTIVITY_TYPE_CHANGE_VALIDATOR = 'ACTIVITY_TYPE_CHANGE_VALIDATOR'
    ACTIVITY_TYPE_RESTAKE = 'ACTIVITY_TYPE_RESTAKE'
    ACTIVITY_TYPE_ADDRESS_BOOK = 'ACTIVITY_TYPE_ADDRESS_BOOK'
    ACTIVITY_TYPE_TEAM_MEMBERS = 'ACTIVITY_TYPE_TEAM_MEMBERS'
    ACTIVITY_TYPE_BILLING = 'ACTIVITY_TYPE_BILLING'
    ACTIVITY_TYPE_SECURITY = 'ACTIVITY_TYPE_SECURITY'
    ACTIVITY_TYPE_API = 'ACTIVITY_TYPE_API'
    ACTIVITY_TYPE_SETTINGS = 'ACTIVITY_TYPE_SETTINGS'
    ACTIVITY_TYPE_SMART_CONTRACT = 'ACTIVITY_TYPE_SMART_CONTRACT'
    ACTIVITY_TYPE_ALLOCATION_IN = 'ACTIVITY_TYPE_ALLOCATION_IN'
    ACTIVITY_TYPE_ALLOCATION_OUT = 'ACTIVITY_TYPE_ALLOCATION_OUT'
    ACTIVITY_TYPE_ALLOCATION_IN_REVERSAL = 'ACTIVITY_TYPE_ALLOCATION_IN_REVERSAL'
    ACTIVITY_TYPE_ALLOCATION_OUT_REVERSAL = 'ACTIVITY_TYPE_ALLOCATION_OUT_REVERSAL'
    ACTIVITY_TYPE_CONVERSION = 'ACTIVITY_TYPE_CONVERSION'
    ACTIVITY_TYPE_PRINCIPAL_OUT = 'ACTIVITY_TYPE_PRINCIPAL_OUT'
    ACTIVITY_TYPE_PRINCIPAL_IN = 'ACTIVITY_TYPE_PRINCIPAL_IN'
    ACTIVITY_TYPE_COLLATERAL_OUT = 'ACTIVITY_TYPE_COLLATERAL_OUT'
    ACTIVITY_TYPE_COLLATERAL_IN = 'ACTIVITY_TYPE_COLLATERAL_IN'
    ACTIVITY_TYPE_INTEREST_OUT = 'ACTIVITY_TYPE_INTEREST_OUT'
    ACTIVITY_TYPE_INTEREST_IN = 'ACTIVITY_TYPE_INTEREST_IN'
    ACTIVITY_TYPE_WEB3_MESSAGE = 'ACTIVITY_TYPE_WEB3_MESSAGE'
    ACTIVITY_TYPE_WEB3_TRANSACTION = 'ACTIVITY_TYPE_WEB3_TRANSACTION'
    ACTIVITY_TYPE_WEB3_DEVICE_RECOVERY = 'ACTIVITY_TYPE_WEB3_DEVICE_RECOVERY'
    ACTIVITY_TYPE_WEB3_RECREATE_BACKUP = 'ACTIVITY_TYPE_WEB3_RECREATE_BACKUP'
    ACTIVITY_TYPE_WEB3_ONBOARDING = 'ACTIVITY_TYPE_WEB3_ONBOARDING'


ActivityTypeLiteral: TypeAlias = Literal["OTHER_ACTIVITY_TYPE", "ACTIVITY_TYPE_LIMIT_ORDER", "ACTIVITY_TYPE_MARKET_ORDER", "ACTIVITY_TYPE_TWAP_ORDER", "ACTIVITY_TYPE_BLOCK_TRADE", "ACTIVITY_TYPE_VWAP_ORDER", "ACTIVITY_TYPE_STOP_LIMIT_ORDER", "ACTIVITY_TYPE_DEPOSIT", "ACTIVITY_TYPE_WITHDRAWAL", "ACTIVITY_TYPE_INTERNAL_TRANSFER", "ACTIVITY_TYPE_CREATE_WALLET", "ACTIVITY_TYPE_REMOVE_WALLET", "ACTIVITY_TYPE_UPDATE_WALLET", "ACTIVITY_TYPE_CAST_VOTE", "ACTIVITY_TYPE_ENABLE_VOTING", "ACTIVITY_TYPE_STAKE", "ACTIVITY_TYPE_UNSTAKE", "ACTIVITY_TYPE_CHANGE_VALIDATOR", "ACTIVITY_TYPE_RESTAKE", "ACTIVITY_TYPE_ADDRESS_BOOK", "ACTIVITY_TYPE_TEAM_MEMBERS", "ACTIVITY_TYPE_BILLING", "ACTIVITY_TYPE_SECURITY", "ACTIVITY_TYPE_API", "ACTIVITY_TYPE_SETTINGS", "ACTIVITY_TYPE_SMART_CONTRACT", "ACTIVITY_TYPE_ALLOCATION_IN", "ACTIVITY_TYPE_ALLOCATION_OUT", "ACTIVITY_TYPE_ALLOCATION_IN_REVERSAL", "ACTIVITY_TYPE_ALLOCATION_OUT_REVERSAL", "ACTIVITY_TYPE_CONVERSION", "ACTIVITY_TYPE_PRINCIPAL_OUT", "ACTIVITY_TYPE_PRINCIPAL_IN", "ACTIVITY_TYPE_COLLATERAL_OUT", "ACTIVITY_TYPE_COLLATERAL_IN", "ACTIVITY_TYPE_INTEREST_OUT", "ACTIVITY_TYPE_INTEREST_IN", "ACTIVITY_TYPE_WEB3_MESSAGE", "ACTIVITY_TYPE_WEB3_TRANSACTION", "ACTIVITY_TYPE_WEB3_DEVICE_RECOVERY", "ACTIVITY_TYPE_WEB3_RECREATE_BACKUP", "ACTIVITY_TYPE_WEB3_ONBOARDING"]
"""The values of ActivityType the spec lists, as strings: what arguments accept besides the enum."""


class AdvancedTransferState(OpenEnum):
    """AdvancedTransferState represents the lifecycle state of an advanced transfer.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `AdvancedTransferStateLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `AdvancedTransferState("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ADVANCED_TRANSFER_STATE_CREATED = 'ADVANCED_TRANSFER_STATE_CREATED'
    ADVANCED_TRANSFER_STATE_PROCESSING = 'ADVANCED_TRANSFER_STATE_PROCESSING'
    ADVANCED_TRANSFER_STATE_DONE = 'ADVANCED_TRANSFER_STATE_DONE'
    ADVANCED_TRANSFER_STATE_CANCELLED = 'ADVANCED_TRANSFER_STATE_CANCELLED'
    ADVANCED_TRANSFER_STATE_FAILED = 'ADVANCED_TRANSFER_STATE_FAILED'
    ADVANCED_TRANSFER_STATE_EXPIRED = 'ADVANCED_TRANSFER_STATE_EXPIRED'


AdvancedTransferStateLiteral: TypeAlias = Literal["ADVANCED_TRANSFER_STATE_CREATED", "ADVANCED_TRANSFER_STATE_PROCESSING", "ADVANCED_TRANSFER_STATE_DONE", "ADVANCED_TRANSFER_STATE_CANCELLED", "ADVANCED_TRANSFER_STATE_FAILED", "ADVANCED_TRANSFER_STATE_EXPIRED"]
"""The values of AdvancedTransferState the spec lists, as strings: what arguments accept besides the enum."""


class AdvancedTransferType(OpenEnum):
    """AdvancedTransferType specifies the type of advanced transfer.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `AdvancedTransferTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `AdvancedTransferType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ADVANCED_TRANSFER_TYPE_BLIND_MATCH = 'ADVANCED_TRANSFER_TYPE_BLIND_MATCH'


AdvancedTransferTypeLiteral: TypeAlias = Literal["ADVANCED_TRANSFER_TYPE_BLIND_MATCH"]
"""The values of AdvancedTransferType the spec lists, as strings: what arguments accept besides the enum."""


class AllocationSizeType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `AllocationSizeTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `AllocationSizeType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BASE = 'BASE'
    QUOTE = 'QUOTE'
    PERCENT = 'PERCENT'


AllocationSizeTypeLiteral: TypeAlias = Literal["BASE", "QUOTE", "PERCENT"]
"""The values of AllocationSizeType the spec lists, as strings: what arguments accept besides the enum."""


class AllocationStatus(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `AllocationStatusLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `AllocationStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ALLOCATION_STATUS_ALLOCATION_PENDING = 'ALLOCATION_STATUS_ALLOCATION_PENDING'
    ALLOCATION_STATUS_ALLOCATION_ACCEPTED = 'ALLOCATION_STATUS_ALLOCATION_ACCEPTED'
    ALLOCATION_STATUS_ALLOCATION_ALLOCATED = 'ALLOCATION_STATUS_ALLOCATION_ALLOCATED'
    ALLOCATION_STATUS_ALLOCATION_REJECTED = 'ALLOCATION_STATUS_ALLOCATION_REJECTED'


AllocationStatusLiteral: TypeAlias = Literal["ALLOCATION_STATUS_ALLOCATION_PENDING", "ALLOCATION_STATUS_ALLOCATION_ACCEPTED", "ALLOCATION_STATUS_ALLOCATION_ALLOCATED", "ALLOCATION_STATUS_ALLOCATION_REJECTED"]
"""The values of AllocationStatus the spec lists, as strings: what arguments accept besides the enum."""


class AssetChangeType(OpenEnum):
    """AssetChangeType identifies the type of asset change

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `AssetChangeTypeLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `AssetChangeType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BALANCE_TRANSFER = 'BALANCE_TRANSFER'
    BALANCE_APPROVAL = 'BALANCE_APPROVAL'
    ITEM_TRANSFER = 'ITEM_TRANSFER'
    ITEM_APPROVAL = 'ITEM_APPROVAL'
    ITEM_APPROVAL_ALL = 'ITEM_APPROVAL_ALL'


AssetChangeTypeLiteral: TypeAlias = Literal["BALANCE_TRANSFER", "BALANCE_APPROVAL", "ITEM_TRANSFER", "ITEM_APPROVAL", "ITEM_APPROVAL_ALL"]
"""The values of AssetChangeType the spec lists, as strings: what arguments accept besides the enum."""


class Benchmark(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `BenchmarkLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `Benchmark("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ZERO = 'ZERO'
    SOFR_360 = 'SOFR_360'
    SOFR_365 = 'SOFR_365'
    CRYPTO_RFR = 'CRYPTO_RFR'


BenchmarkLiteral: TypeAlias = Literal["ZERO", "SOFR_360", "SOFR_365", "CRYPTO_RFR"]
"""The values of Benchmark the spec lists, as strings: what arguments accept besides the enum."""


class CandlesGranularity(OpenEnum):
    """Enum for candle granularity (time intervals)

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `CandlesGranularityLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `CandlesGranularity("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ONE_MINUTE = 'ONE_MINUTE'
    FIVE_MINUTES = 'FIVE_MINUTES'
    FIFTEEN_MINUTES = 'FIFTEEN_MINUTES'
    ONE_HOUR = 'ONE_HOUR'
    SIX_HOURS = 'SIX_HOURS'
    ONE_DAY = 'ONE_DAY'
    THIRTY_MINUTES = 'THIRTY_MINUTES'
    TWO_HOURS = 'TWO_HOURS'
    FOUR_HOURS = 'FOUR_HOURS'


CandlesGranularityLiteral: TypeAlias = Literal["ONE_MINUTE", "FIVE_MINUTES", "FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS", "ONE_DAY", "THIRTY_MINUTES", "TWO_HOURS", "FOUR_HOURS"]
"""The values of CandlesGranularity the spec lists, as strings: what arguments accept besides the enum."""


class ContractExpiryType(OpenEnum):
    """ContractExpiryType represents the expiry type of a futures contract

    - CONTRACT_EXPIRY_TYPE_UNSPECIFIED: Unspecified contract expiry type
    - CONTRACT_EXPIRY_TYPE_EXPIRING: Expiring futures contract
    - CONTRACT_EXPIRY_TYPE_PERPETUAL: Perpetual futures contract (no expiry)

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `ContractExpiryTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `ContractExpiryType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CONTRACT_EXPIRY_TYPE_EXPIRING = 'CONTRACT_EXPIRY_TYPE_EXPIRING'
    CONTRACT_EXPIRY_TYPE_PERPETUAL = 'CONTRACT_EXPIRY_TYPE_PERPETUAL'


ContractExpiryTypeLiteral: TypeAlias = Literal["CONTRACT_EXPIRY_TYPE_EXPIRING", "CONTRACT_EXPIRY_TYPE_PERPETUAL"]
"""The values of ContractExpiryType the spec lists, as strings: what arguments accept besides the enum."""


class DestinationType(OpenEnum):
    """- UNKNOWN_DESTINATION: nil value
    - DESTINATION_PAYMENT_METHOD: A fiat bank account linked to a payment method id via Payment
      Method Service
    - DESTINATION_BLOCKCHAIN: A blockchain network address
    - DESTINATION_WALLET: An on platform wallet UUID
    NOTE: this is not usable in the withdrawals endpoint only transfers
    - DESTINATION_COUNTERPARTY: Counterparty ID

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `DestinationTypeLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `DestinationType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    DESTINATION_PAYMENT_METHOD = 'DESTINATION_PAYMENT_METHOD'
    DESTINATION_BLOCKCHAIN = 'DESTINATION_BLOCKCHAIN'
    DESTINATION_WALLET = 'DESTINATION_WALLET'
    DESTINATION_COUNTERPARTY = 'DESTINATION_COUNTERPARTY'


DestinationTypeLiteral: TypeAlias = Literal["DESTINATION_PAYMENT_METHOD", "DESTINATION_BLOCKCHAIN", "DESTINATION_WALLET", "DESTINATION_COUNTERPARTY"]
"""The values of DestinationType the spec lists, as strings: what arguments accept besides the enum."""


class EstimateType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `EstimateTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `EstimateType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    LIVE = 'LIVE'
    INTERIM = 'INTERIM'


EstimateTypeLiteral: TypeAlias = Literal["LIVE", "INTERIM"]
"""The values of EstimateType the spec lists, as strings: what arguments accept besides the enum."""


class ExpiringContractStatus(OpenEnum):
    """ExpiringContractStatus filters expiring futures by their expiry status

    - EXPIRING_CONTRACT_STATUS_UNKNOWN: Unknown/unset — returns all expiring contracts (backward
      compatible default)
    - EXPIRING_CONTRACT_STATUS_UNEXPIRED: Only unexpired contracts (contract_expiry is in the
      future)
    - EXPIRING_CONTRACT_STATUS_EXPIRED: Only expired contracts (contract_expiry is in the past)
    - EXPIRING_CONTRACT_STATUS_ALL: All contracts regardless of expiry status

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `ExpiringContractStatusLiteral`, so a typo fails mypy; a value Prime added since goes
    through the open enum: `ExpiringContractStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    EXPIRING_CONTRACT_STATUS_UNEXPIRED = 'EXPIRING_CONTRACT_STATUS_UNEXPIRED'
    EXPIRING_CONTRACT_STATUS_EXPIRED = 'EXPIRING_CONTRACT_STATUS_EXPIRED'
    EXPIRING_CONTRACT_STATUS_ALL = 'EXPIRING_CONTRACT_STATUS_ALL'


ExpiringContractStatusLiteral: TypeAlias = Literal["EXPIRING_CONTRACT_STATUS_UNEXPIRED", "EXPIRING_CONTRACT_STATUS_EXPIRED", "EXPIRING_CONTRACT_STATUS_ALL"]
"""The values of ExpiringContractStatus the spec lists, as strings: what arguments accept besides the enum."""


class FcmFuturesSweepStatus(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `FcmFuturesSweepStatusLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `FcmFuturesSweepStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_FUTURES_SWEEP_STATUS_PENDING = 'FCM_FUTURES_SWEEP_STATUS_PENDING'
    FCM_FUTURES_SWEEP_STATUS_CLOSED = 'FCM_FUTURES_SWEEP_STATUS_CLOSED'
    FCM_FUTURES_SWEEP_STATUS_CANCELED = 'FCM_FUTURES_SWEEP_STATUS_CANCELED'
    FCM_FUTURES_SWEEP_STATUS_PROCESSING = 'FCM_FUTURES_SWEEP_STATUS_PROCESSING'


FcmFuturesSweepStatusLiteral: TypeAlias = Literal["FCM_FUTURES_SWEEP_STATUS_PENDING", "FCM_FUTURES_SWEEP_STATUS_CLOSED", "FCM_FUTURES_SWEEP_STATUS_CANCELED", "FCM_FUTURES_SWEEP_STATUS_PROCESSING"]
"""The values of FcmFuturesSweepStatus the spec lists, as strings: what arguments accept besides the enum."""


class FcmMarginCallState(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `FcmMarginCallStateLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `FcmMarginCallState("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_MARGIN_CALL_STATE_CLOSED = 'FCM_MARGIN_CALL_STATE_CLOSED'
    FCM_MARGIN_CALL_STATE_ROLLED_OVER = 'FCM_MARGIN_CALL_STATE_ROLLED_OVER'
    FCM_MARGIN_CALL_STATE_DEFAULT = 'FCM_MARGIN_CALL_STATE_DEFAULT'
    FCM_MARGIN_CALL_STATE_OFFICIAL = 'FCM_MARGIN_CALL_STATE_OFFICIAL'


FcmMarginCallStateLiteral: TypeAlias = Literal["FCM_MARGIN_CALL_STATE_CLOSED", "FCM_MARGIN_CALL_STATE_ROLLED_OVER", "FCM_MARGIN_CALL_STATE_DEFAULT", "FCM_MARGIN_CALL_STATE_OFFICIAL"]
"""The values of FcmMarginCallState the spec lists, as strings: what arguments accept besides the enum."""


class FcmMarginCallType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `FcmMarginCallTypeLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `FcmMarginCallType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_MARGIN_CALL_TYPE_URGENT = 'FCM_MARGIN_CALL_TYPE_URGENT'
    FCM_MARGIN_CALL_TYPE_REGULAR = 'FCM_MARGIN_CALL_TYPE_REGULAR'


FcmMarginCallTypeLiteral: TypeAlias = Literal["FCM_MARGIN_CALL_TYPE_URGENT", "FCM_MARGIN_CALL_TYPE_REGULAR"]
"""The values of FcmMarginCallType the spec lists, as strings: what arguments accept besides the enum."""


class FcmMarginHealthState(OpenEnum):
    """The margin health state of an FCM account.

    - FCM_MARGIN_HEALTH_STATE_UNSPECIFIED: Unspecified margin health state.
    - FCM_MARGIN_HEALTH_STATE_HEALTHY: Account margin is healthy.
    - FCM_MARGIN_HEALTH_STATE_RESTRICTED: Account margin is restricted.
    - FCM_MARGIN_HEALTH_STATE_PRE_LIQUIDATION: Account is approaching liquidation.
    - FCM_MARGIN_HEALTH_STATE_LIQUIDATION: Account is in liquidation.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `FcmMarginHealthStateLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `FcmMarginHealthState("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_MARGIN_HEALTH_STATE_HEALTHY = 'FCM_MARGIN_HEALTH_STATE_HEALTHY'
    FCM_MARGIN_HEALTH_STATE_RESTRICTED = 'FCM_MARGIN_HEALTH_STATE_RESTRICTED'
    FCM_MARGIN_HEALTH_STATE_PRE_LIQUIDATION = 'FCM_MARGIN_HEALTH_STATE_PRE_LIQUIDATION'
    FCM_MARGIN_HEALTH_STATE_LIQUIDATION = 'FCM_MARGIN_HEALTH_STATE_LIQUIDATION'


FcmMarginHealthStateLiteral: TypeAlias = Literal["FCM_MARGIN_HEALTH_STATE_HEALTHY", "FCM_MARGIN_HEALTH_STATE_RESTRICTED", "FCM_MARGIN_HEALTH_STATE_PRE_LIQUIDATION", "FCM_MARGIN_HEALTH_STATE_LIQUIDATION"]
"""The values of FcmMarginHealthState the spec lists, as strings: what arguments accept besides the enum."""


class FcmPositionSide(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `FcmPositionSideLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `FcmPositionSide("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    LONG = 'LONG'
    SHORT = 'SHORT'


FcmPositionSideLiteral: TypeAlias = Literal["LONG", "SHORT"]
"""The values of FcmPositionSide the spec lists, as strings: what arguments accept besides the enum."""


class FcmTradingSessionClosedReason(OpenEnum):
    """FcmTradingSessionClosedReason represents the reason for FCM trading session closure

    - FCM_TRADING_SESSION_CLOSED_REASON_UNDEFINED: Undefined closed reason
    - FCM_TRADING_SESSION_CLOSED_REASON_REGULAR_MARKET_CLOSE: Regular market close
    - FCM_TRADING_SESSION_CLOSED_REASON_EXCHANGE_MAINTENANCE: Exchange maintenance
    - FCM_TRADING_SESSION_CLOSED_REASON_VENDOR_MAINTENANCE: Vendor maintenance

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `FcmTradingSessionClosedReasonLiteral`, so a typo fails mypy; a value Prime added since goes
    through the open enum: `FcmTradingSessionClosedReason("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_TRADING_SESSION_CLOSED_REASON_REGULAR_MARKET_CLOSE = 'FCM_TRADING_SESSION_CLOSED_REASON_REGULAR_MARKET_CLOSE'
    FCM_TRADING_SESSION_CLOSED_REASON_EXCHANGE_MAINTENANCE = 'FCM_TRADING_SESSION_CLOSED_REASON_EXCHANGE_MAINTENANCE'
    FCM_TRADING_SESSION_CLOSED_REASON_VENDOR_MAINTENANCE = 'FCM_TRADING_SESSION_CLOSED_REASON_VENDOR_MAINTENANCE'


FcmTradingSessionClosedReasonLiteral: TypeAlias = Literal["FCM_TRADING_SESSION_CLOSED_REASON_REGULAR_MARKET_CLOSE", "FCM_TRADING_SESSION_CLOSED_REASON_EXCHANGE_MAINTENANCE", "FCM_TRADING_SESSION_CLOSED_REASON_VENDOR_MAINTENANCE"]
"""The values of FcmTradingSessionClosedReason the spec lists, as strings: what arguments accept besides the enum."""


class FcmTradingSessionState(OpenEnum):
    """FcmTradingSessionState represents the current state of an FCM trading session

    - FCM_TRADING_SESSION_STATE_UNDEFINED: Undefined session state
    - FCM_TRADING_SESSION_STATE_PRE_OPEN: Pre-open state, orders can be placed and cancelled
    - FCM_TRADING_SESSION_STATE_PRE_OPEN_NO_CANCEL: Pre-open state, orders cannot be cancelled
    - FCM_TRADING_SESSION_STATE_OPEN: Trading session is open
    - FCM_TRADING_SESSION_STATE_CLOSE: Trading session is closed
    - FCM_TRADING_SESSION_STATE_HALTED: Trading session is halted

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `FcmTradingSessionStateLiteral`, so a typo fails mypy; a value Prime added since goes
    through the open enum: `FcmTradingSessionState("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_TRADING_SESSION_STATE_PRE_OPEN = 'FCM_TRADING_SESSION_STATE_PRE_OPEN'
    FCM_TRADING_SESSION_STATE_PRE_OPEN_NO_CANCEL = 'FCM_TRADING_SESSION_STATE_PRE_OPEN_NO_CANCEL'
    FCM_TRADING_SESSION_STATE_OPEN = 'FCM_TRADING_SESSION_STATE_OPEN'
    FCM_TRADING_SESSION_STATE_CLOSE = 'FCM_TRADING_SESSION_STATE_CLOSE'
    FCM_TRADING_SESSION_STATE_HALTED = 'FCM_TRADING_SESSION_STATE_HALTED'


FcmTradingSessionStateLiteral: TypeAlias = Literal["FCM_TRADING_SESSION_STATE_PRE_OPEN", "FCM_TRADING_SESSION_STATE_PRE_OPEN_NO_CANCEL", "FCM_TRADING_SESSION_STATE_OPEN", "FCM_TRADING_SESSION_STATE_CLOSE", "FCM_TRADING_SESSION_STATE_HALTED"]
"""The values of FcmTradingSessionState the spec lists, as strings: what arguments accept besides the enum."""


class HierarchyType(OpenEnum):
    """HierarchyType are the enums for various hierarchies within Prime, ex Entity, Organization,
    Portfolio

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `HierarchyTypeLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `HierarchyType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    HIERARCHY_TYPE_PORTFOLIO = 'HIERARCHY_TYPE_PORTFOLIO'
    HIERARCHY_TYPE_ENTITY = 'HIERARCHY_TYPE_ENTITY'


HierarchyTypeLiteral: TypeAlias = Literal["HIERARCHY_TYPE_PORTFOLIO", "HIERARCHY_TYPE_ENTITY"]
"""The values of HierarchyType the spec lists, as strings: what arguments accept besides the enum."""


class InvoiceState(OpenEnum):
    """States

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `InvoiceStateLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `InvoiceState("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    INVOICE_STATE_IMPORTED = 'INVOICE_STATE_IMPORTED'
    INVOICE_STATE_BILLED = 'INVOICE_STATE_BILLED'
    INVOICE_STATE_PARTIALLY_PAID = 'INVOICE_STATE_PARTIALLY_PAID'
    INVOICE_STATE_PAID = 'INVOICE_STATE_PAID'


InvoiceStateLiteral: TypeAlias = Literal["INVOICE_STATE_IMPORTED", "INVOICE_STATE_BILLED", "INVOICE_STATE_PARTIALLY_PAID", "INVOICE_STATE_PAID"]
"""The values of InvoiceState the spec lists, as strings: what arguments accept besides the enum."""


class InvoiceType(OpenEnum):
    """Types

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `InvoiceTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `InvoiceType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    INVOICE_TYPE_AUC_FEE = 'INVOICE_TYPE_AUC_FEE'
    INVOICE_TYPE_MINIMUM_FEE = 'INVOICE_TYPE_MINIMUM_FEE'
    INVOICE_TYPE_WITHDRAWAL_FEE = 'INVOICE_TYPE_WITHDRAWAL_FEE'
    INVOICE_TYPE_NEW_WALLET_FEE = 'INVOICE_TYPE_NEW_WALLET_FEE'
    INVOICE_TYPE_STAKING_FEE = 'INVOICE_TYPE_STAKING_FEE'


InvoiceTypeLiteral: TypeAlias = Literal["INVOICE_TYPE_AUC_FEE", "INVOICE_TYPE_MINIMUM_FEE", "INVOICE_TYPE_WITHDRAWAL_FEE", "INVOICE_TYPE_NEW_WALLET_FEE", "INVOICE_TYPE_STAKING_FEE"]
"""The values of InvoiceType the spec lists, as strings: what arguments accept besides the enum."""


class LoanType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `LoanTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `LoanType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BILATERAL_LENDING = 'BILATERAL_LENDING'
    TRADE_FINANCE = 'TRADE_FINANCE'
    PORTFOLIO_MARGIN = 'PORTFOLIO_MARGIN'
    SHORT_COLLATERAL_LOAN = 'SHORT_COLLATERAL_LOAN'
    SHORT_COLLATERAL = 'SHORT_COLLATERAL'
    CROSS_MARGIN = 'CROSS_MARGIN'


LoanTypeLiteral: TypeAlias = Literal["BILATERAL_LENDING", "TRADE_FINANCE", "PORTFOLIO_MARGIN", "SHORT_COLLATERAL_LOAN", "SHORT_COLLATERAL", "CROSS_MARGIN"]
"""The values of LoanType the spec lists, as strings: what arguments accept besides the enum."""


class MarginAddOnType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `MarginAddOnTypeLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `MarginAddOnType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    SINGLE_COIN_STRESS = 'SINGLE_COIN_STRESS'
    CONCENTRATION_STRESS = 'CONCENTRATION_STRESS'
    MACRO_STRESS = 'MACRO_STRESS'
    SHORT_BIASED_STRESS = 'SHORT_BIASED_STRESS'


MarginAddOnTypeLiteral: TypeAlias = Literal["SINGLE_COIN_STRESS", "CONCENTRATION_STRESS", "MACRO_STRESS", "SHORT_BIASED_STRESS"]
"""The values of MarginAddOnType the spec lists, as strings: what arguments accept besides the enum."""


class NetworkFamily(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `NetworkFamilyLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `NetworkFamily("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    NETWORK_FAMILY_EVM = 'NETWORK_FAMILY_EVM'
    NETWORK_FAMILY_SOLANA = 'NETWORK_FAMILY_SOLANA'


NetworkFamilyLiteral: TypeAlias = Literal["NETWORK_FAMILY_EVM", "NETWORK_FAMILY_SOLANA"]
"""The values of NetworkFamily the spec lists, as strings: what arguments accept besides the enum."""


class NetworkType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `NetworkTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `NetworkType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    NETWORK_TYPE_EVM = 'NETWORK_TYPE_EVM'
    NETWORK_TYPE_SOLANA = 'NETWORK_TYPE_SOLANA'


NetworkTypeLiteral: TypeAlias = Literal["NETWORK_TYPE_EVM", "NETWORK_TYPE_SOLANA"]
"""The values of NetworkType the spec lists, as strings: what arguments accept besides the enum."""


class OrderSide(OpenEnum):
    """Order side

    - UNKNOWN_ORDER_SIDE: nil value
    - BUY: Buy order
    - SELL: Sell order

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `OrderSideLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `OrderSide("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BUY = 'BUY'
    SELL = 'SELL'


OrderSideLiteral: TypeAlias = Literal["BUY", "SELL"]
"""The values of OrderSide the spec lists, as strings: what arguments accept besides the enum."""


class OrderStatus(OpenEnum):
    """Indicates the order status

    - UNKNOWN_ORDER_STATUS: nil value
    - OPEN: The order is open but unfilled
    - FILLED: The order was filled
    - CANCELLED: The order was cancelled
    - EXPIRED: The order has expired
    - FAILED: Order submission failed
    - PENDING: The order has been sent but is not yet confirmed

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `OrderStatusLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `OrderStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OPEN = 'OPEN'
    FILLED = 'FILLED'
    CANCELLED = 'CANCELLED'
    EXPIRED = 'EXPIRED'
    FAILED = 'FAILED'
    PENDING = 'PENDING'


OrderStatusLiteral: TypeAlias = Literal["OPEN", "FILLED", "CANCELLED", "EXPIRED", "FAILED", "PENDING"]
"""The values of OrderStatus the spec lists, as strings: what arguments accept besides the enum."""


class OrderType(OpenEnum):
    """Strategy (execution algorithm)

    - UNKNOWN_ORDER_TYPE: nil value
    - MARKET: A [market order](https://en.wikipedia.org/wiki/Order_(exchange)#Market_order)
    - LIMIT: A [limit order](https://en.wikipedia.org/wiki/Order_(exchange)#Limit_order)
    - TWAP: A [time-weighted average price
      order](https://en.wikipedia.org/wiki/Time-weighted_average_price)
    - BLOCK: A [block trade](https://en.wikipedia.org/wiki/Block_trade)
    - VWAP: A [volume-weighted average price
      order](https://en.wikipedia.org/wiki/Volume-weighted_average_price)
    - STOP_LIMIT: A [conditional order combined of stop order and limit
      order](https://en.wikipedia.org/wiki/Order_(exchange)#Stop-limit_order)
    - RFQ: A [request for quote](https://en.wikipedia.org/wiki/Request_for_quote)
    - PEG: A pegged order that dynamically adjust based on market conditions while maintaining
      execution discretion and avoiding adverse selection

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `OrderTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `OrderType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    MARKET = 'MARKET'
    LIMIT = 'LIMIT'
    TWAP = 'TWAP'
    BLOCK = 'BLOCK'
    VWAP = 'VWAP'
    STOP_LIMIT = 'STOP_LIMIT'
    RFQ = 'RFQ'
    PEG = 'PEG'


OrderTypeLiteral: TypeAlias = Literal["MARKET", "LIMIT", "TWAP", "BLOCK", "VWAP", "STOP_LIMIT", "RFQ", "PEG"]
"""The values of OrderType the spec lists, as strings: what arguments accept besides the enum."""


class PaymentMethodType(OpenEnum):
    """Indicates the payment method type

    - UNKNOWN_PAYMENT_METHOD_TYPE: nil value
    - METHOD_WIRE: Wire transfer
    - METHOD_SEN: Silvergate exchange network
    - METHOD_SWIFT: Swift

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `PaymentMethodTypeLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `PaymentMethodType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    METHOD_WIRE = 'METHOD_WIRE'
    METHOD_SEN = 'METHOD_SEN'
    METHOD_SWIFT = 'METHOD_SWIFT'


PaymentMethodTypeLiteral: TypeAlias = Literal["METHOD_WIRE", "METHOD_SEN", "METHOD_SWIFT"]
"""The values of PaymentMethodType the spec lists, as strings: what arguments accept besides the enum."""


class PegOffsetType(OpenEnum):
    """Peg offset type for PEG orders

    - UNKNOWN_PEG_OFFSET_TYPE: nil value
    - PEG_OFFSET_TYPE_PRICE: Offset specified in price units
    - PEG_OFFSET_TYPE_BPS: Offset specified in basis points (BPS)
    - PEG_OFFSET_TYPE_DEPTH: Offset specified in depth

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `PegOffsetTypeLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `PegOffsetType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    PEG_OFFSET_TYPE_PRICE = 'PEG_OFFSET_TYPE_PRICE'
    PEG_OFFSET_TYPE_BPS = 'PEG_OFFSET_TYPE_BPS'
    PEG_OFFSET_TYPE_DEPTH = 'PEG_OFFSET_TYPE_DEPTH'


PegOffsetTypeLiteral: TypeAlias = Literal["PEG_OFFSET_TYPE_PRICE", "PEG_OFFSET_TYPE_BPS", "PEG_OFFSET_TYPE_DEPTH"]
"""The values of PegOffsetType the spec lists, as strings: what arguments accept besides the enum."""


class PortfolioBalanceType(OpenEnum):
    """- UNKNOWN_BALANCE_TYPE: nil
    - TRADING_BALANCES: Trading balances
    - VAULT_BALANCES: Vault balances
    - TOTAL_BALANCES: Total balances (The sum of vault and trading + prime custody)
    - PRIME_CUSTODY_BALANCES: Prime custody balances
    - UNIFIED_TOTAL_BALANCES: Unified total balance across networks and wallet types (vault +
      trading + prime custody)

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `PortfolioBalanceTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `PortfolioBalanceType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRADING_BALANCES = 'TRADING_BALANCES'
    VAULT_BALANCES = 'VAULT_BALANCES'
    TOTAL_BALANCES = 'TOTAL_BALANCES'
    PRIME_CUSTODY_BALANCES = 'PRIME_CUSTODY_BALANCES'
    UNIFIED_TOTAL_BALANCES = 'UNIFIED_TOTAL_BALANCES'


PortfolioBalanceTypeLiteral: TypeAlias = Literal["TRADING_BALANCES", "VAULT_BALANCES", "TOTAL_BALANCES", "PRIME_CUSTODY_BALANCES", "UNIFIED_TOTAL_BALANCES"]
"""The values of PortfolioBalanceType the spec lists, as strings: what arguments accept besides the enum."""


class PositionReferenceType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `PositionReferenceTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `PositionReferenceType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ENTITY = 'ENTITY'
    PORTFOLIO = 'PORTFOLIO'


PositionReferenceTypeLiteral: TypeAlias = Literal["ENTITY", "PORTFOLIO"]
"""The values of PositionReferenceType the spec lists, as strings: what arguments accept besides the enum."""


class PrimeXMHealthStatus(OpenEnum):
    """- HEALTH_STATUS_HEALTHY: Margin level is healthy.
    - HEALTH_STATUS_WARNING: Margin level is breaching the warning threshold (WT) which will
      result in the issuance of a Margin Call if this is still the case by the scheduled next
      Margin Call (as defined in the margin methodology). WT is differentiated from DT in that
      it means margin health is approaching the UMCT.
    - HEALTH_STATUS_CRITICAL: Margin level is breaching the UMCT and, as defined in the margin
      methodology, this will trigger an urgent margin call.
    - HEALTH_STATUS_SUSPENDED: Trading and withdrawals are suspended per XM margin methodology.
    - HEALTH_STATUS_RESTRICTED: Account is in a restricted state per XM margin methodology.
    - HEALTH_STATUS_PRE_LIQUIDATION: Margin level is breaching the liquidation threshold (LT)
      and, as defined in the margin methodology, this will trigger the SESSION_LOCKED control
      status and liquidation may commence.
    - HEALTH_STATUS_LIQUIDATING: Liquidation has commenced.
    - HEALTH_STATUS_IN_DEFICIT: Margin level is breaching the deficit threshold (DT) which will
      result in the issuance of a Margin Call if this is still the case by the scheduled next
      Margin Call time (as defined in the margin methodology).

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `PrimeXMHealthStatusLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `PrimeXMHealthStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    HEALTH_STATUS_HEALTHY = 'HEALTH_STATUS_HEALTHY'
    HEALTH_STATUS_WARNING = 'HEALTH_STATUS_WARNING'
    HEALTH_STATUS_CRITICAL = 'HEALTH_STATUS_CRITICAL'
    HEALTH_STATUS_SUSPENDED = 'HEALTH_STATUS_SUSPENDED'
    HEALTH_STATUS_RESTRICTED = 'HEALTH_STATUS_RESTRICTED'
    HEALTH_STATUS_PRE_LIQUIDATION = 'HEALTH_STATUS_PRE_LIQUIDATION'
    HEALTH_STATUS_LIQUIDATING = 'HEALTH_STATUS_LIQUIDATING'
    HEALTH_STATUS_IN_DEFICIT = 'HEALTH_STATUS_IN_DEFICIT'


PrimeXMHealthStatusLiteral: TypeAlias = Literal["HEALTH_STATUS_HEALTHY", "HEALTH_STATUS_WARNING", "HEALTH_STATUS_CRITICAL", "HEALTH_STATUS_SUSPENDED", "HEALTH_STATUS_RESTRICTED", "HEALTH_STATUS_PRE_LIQUIDATION", "HEALTH_STATUS_LIQUIDATING", "HEALTH_STATUS_IN_DEFICIT"]
"""The values of PrimeXMHealthStatus the spec lists, as strings: what arguments accept besides the enum."""


class PrimeXMMarginRequirementType(OpenEnum):
    """- MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR: Integrated (netted) cross-margin requirement for
      spot assets and all derivatives contracts.
    - MARGIN_REQUIREMENT_TYPE_IPMR_PLUS_IFMR: Combined cross-margin requirement: Integrated
      Portfolio Margin (IPMR) plus Ineligible Futures Margin (IFMR).

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `PrimeXMMarginRequirementTypeLiteral`, so a typo fails mypy; a value Prime added since goes
    through the open enum: `PrimeXMMarginRequirementType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR = 'MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR'
    MARGIN_REQUIREMENT_TYPE_IPMR_PLUS_IFMR = 'MARGIN_REQUIREMENT_TYPE_IPMR_PLUS_IFMR'


PrimeXMMarginRequirementTypeLiteral: TypeAlias = Literal["MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR", "MARGIN_REQUIREMENT_TYPE_IPMR_PLUS_IFMR"]
"""The values of PrimeXMMarginRequirementType the spec lists, as strings: what arguments accept besides the enum."""


class PrimeXMMarginThresholdType(OpenEnum):
    """- MARGIN_THRESHOLD_EQUITY_RATIO: Threshold based on equity ratio EQ / MR; triggers when EQ /
      MR >= threshold_value.
    - MARGIN_THRESHOLD_DEFICIT_RATIO: Threshold based on deficit ratio (MR - EQ) / XMML;
      triggers when (MR - EQ) / XMML > threshold_value.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `PrimeXMMarginThresholdTypeLiteral`, so a typo fails mypy; a value Prime added since goes
    through the open enum: `PrimeXMMarginThresholdType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    MARGIN_THRESHOLD_EQUITY_RATIO = 'MARGIN_THRESHOLD_EQUITY_RATIO'
    MARGIN_THRESHOLD_DEFICIT_RATIO = 'MARGIN_THRESHOLD_DEFICIT_RATIO'
    MARGIN_THRESHOLD_NONE = 'MARGIN_THRESHOLD_NONE'


PrimeXMMarginThresholdTypeLiteral: TypeAlias = Literal["MARGIN_THRESHOLD_EQUITY_RATIO", "MARGIN_THRESHOLD_DEFICIT_RATIO", "MARGIN_THRESHOLD_NONE"]
"""The values of PrimeXMMarginThresholdType the spec lists, as strings: what arguments accept besides the enum."""


class ProductPermissions(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `ProductPermissionsLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `ProductPermissions("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    PRODUCT_PERMISSION_READ = 'PRODUCT_PERMISSION_READ'
    PRODUCT_PERMISSION_TRADE = 'PRODUCT_PERMISSION_TRADE'
    PRODUCT_PERMISSION_LENDING = 'PRODUCT_PERMISSION_LENDING'


ProductPermissionsLiteral: TypeAlias = Literal["PRODUCT_PERMISSION_READ", "PRODUCT_PERMISSION_TRADE", "PRODUCT_PERMISSION_LENDING"]
"""The values of ProductPermissions the spec lists, as strings: what arguments accept besides the enum."""


class ProductType(OpenEnum):
    """ProductType represents the general type of product

    - UNKNOWN_PRODUCT_TYPE: Unknown product type
    - SPOT: Spot product
    - FUTURE: Future product
    - OPTION: Option product

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `ProductTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `ProductType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    SPOT = 'SPOT'
    FUTURE = 'FUTURE'
    OPTION = 'OPTION'


ProductTypeLiteral: TypeAlias = Literal["SPOT", "FUTURE", "OPTION"]
"""The values of ProductType the spec lists, as strings: what arguments accept besides the enum."""


class RateType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `RateTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `RateType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BPS = 'BPS'
    APR_360 = 'APR_360'
    APR_365 = 'APR_365'
    APR = 'APR'


RateTypeLiteral: TypeAlias = Literal["BPS", "APR_360", "APR_365", "APR"]
"""The values of RateType the spec lists, as strings: what arguments accept besides the enum."""


class RewardSubtype(OpenEnum):
    """Indicates the reward subtype

    - REWARD_SUBTYPE_UNKNOWN: An unknown reward subtype, reward subtype may not be supported in
      the API response yet
    - MEV_REWARD: A maximal extractable value reward
    i.e. sol mev rewards
    - INFLATION_REWARD: An inflationary reward
    i.e. solana inflationary rewards
    - BLOCK_REWARD: A block reward
    i.e. solana block rewards
    - VALIDATOR_REWARD: A validator reward
    i.e. ethereum validator (consensus layer) rewards
    - TRANSACTION_REWARD: A transaction reward
    i.e. ethereum transaction (execution layer) rewards
    - STAKING_FEE_REBATE_REWARD: A staking fee rebate reward
    i.e. coinbase pays rebates for staking fees to eligible delegators
    - BUIDL_DIVIDEND: A BUIDL dividend reward
    i.e. dividends from BUIDL fund holdings
    - CUSTOM_STABLECOIN_REWARD: A custom stablecoin reward
    i.e. USDC reward payouts

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `RewardSubtypeLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `RewardSubtype("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    MEV_REWARD = 'MEV_REWARD'
    INFLATION_REWARD = 'INFLATION_REWARD'
    BLOCK_REWARD = 'BLOCK_REWARD'
    VALIDATOR_REWARD = 'VALIDATOR_REWARD'
    TRANSACTION_REWARD = 'TRANSACTION_REWARD'
    STAKING_FEE_REBATE_REWARD = 'STAKING_FEE_REBATE_REWARD'
    BUIDL_DIVIDEND = 'BUIDL_DIVIDEND'
    CUSTOM_STABLECOIN_REWARD = 'CUSTOM_STABLECOIN_REWARD'


RewardSubtypeLiteral: TypeAlias = Literal["MEV_REWARD", "INFLATION_REWARD", "BLOCK_REWARD", "VALIDATOR_REWARD", "TRANSACTION_REWARD", "STAKING_FEE_REBATE_REWARD", "BUIDL_DIVIDEND", "CUSTOM_STABLECOIN_REWARD"]
"""The values of RewardSubtype the spec lists, as strings: what arguments accept besides the enum."""


class RiskManagementType(OpenEnum):
    """RiskManagementType represents how risk is managed for a product

    - RISK_MANAGEMENT_TYPE_UNSPECIFIED: Unspecified risk management type
    - RISK_MANAGEMENT_TYPE_MANAGED_BY_FCM: Risk is managed by FCM (Futures Commission Merchant)
    - RISK_MANAGEMENT_TYPE_MANAGED_BY_VENUE: Risk is managed by the venue

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `RiskManagementTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `RiskManagementType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    RISK_MANAGEMENT_TYPE_MANAGED_BY_FCM = 'RISK_MANAGEMENT_TYPE_MANAGED_BY_FCM'
    RISK_MANAGEMENT_TYPE_MANAGED_BY_VENUE = 'RISK_MANAGEMENT_TYPE_MANAGED_BY_VENUE'


RiskManagementTypeLiteral: TypeAlias = Literal["RISK_MANAGEMENT_TYPE_MANAGED_BY_FCM", "RISK_MANAGEMENT_TYPE_MANAGED_BY_VENUE"]
"""The values of RiskManagementType the spec lists, as strings: what arguments accept besides the enum."""


class SecondaryPermission(OpenEnum):
    """Indicates the user's secondary permission

    - SECONDARY_PERMISSION_UNKNOWN: nil value
    - VIDEO_APPROVER: A video approver
    - TEAM_APPROVER: A team approver
    - WEB3_SIGNER: A web3 signer

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `SecondaryPermissionLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `SecondaryPermission("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VIDEO_APPROVER = 'VIDEO_APPROVER'
    TEAM_APPROVER = 'TEAM_APPROVER'
    WEB3_SIGNER = 'WEB3_SIGNER'


SecondaryPermissionLiteral: TypeAlias = Literal["VIDEO_APPROVER", "TEAM_APPROVER", "WEB3_SIGNER"]
"""The values of SecondaryPermission the spec lists, as strings: what arguments accept besides the enum."""


class SigningStatus(OpenEnum):
    """- SIGNING_STATUS_UNKNOWN: Unknown signing status
    - SIGNED: Transaction has been signed
    - UNSIGNED: Transaction is unsigned

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `SigningStatusLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `SigningStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    SIGNED = 'SIGNED'
    UNSIGNED = 'UNSIGNED'


SigningStatusLiteral: TypeAlias = Literal["SIGNED", "UNSIGNED"]
"""The values of SigningStatus the spec lists, as strings: what arguments accept besides the enum."""


class SortDirection(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `SortDirectionLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `SortDirection("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    DESC = 'DESC'
    ASC = 'ASC'


SortDirectionLiteral: TypeAlias = Literal["DESC", "ASC"]
"""The values of SortDirection the spec lists, as strings: what arguments accept besides the enum."""


class StakeType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `StakeTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `StakeType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    STAKE_TYPE_INITIAL_DEPOSIT = 'STAKE_TYPE_INITIAL_DEPOSIT'
    STAKE_TYPE_TOP_UP = 'STAKE_TYPE_TOP_UP'


StakeTypeLiteral: TypeAlias = Literal["STAKE_TYPE_INITIAL_DEPOSIT", "STAKE_TYPE_TOP_UP"]
"""The values of StakeType the spec lists, as strings: what arguments accept besides the enum."""


class TimeInForceType(OpenEnum):
    """Indicates the order time validity

    - UNKNOWN_TIME_IN_FORCE: nil value
    - GOOD_UNTIL_DATE_TIME: Expires at a certain date/time
    - GOOD_UNTIL_CANCELLED: Order stays on the books until cancelled
    - IMMEDIATE_OR_CANCEL: Order is executed immediately at submission or is cancelled
    - FILL_OR_KILL: Order is executed immediately and fully at submission or is cancelled

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `TimeInForceTypeLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `TimeInForceType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    GOOD_UNTIL_DATE_TIME = 'GOOD_UNTIL_DATE_TIME'
    GOOD_UNTIL_CANCELLED = 'GOOD_UNTIL_CANCELLED'
    IMMEDIATE_OR_CANCEL = 'IMMEDIATE_OR_CANCEL'
    FILL_OR_KILL = 'FILL_OR_KILL'


TimeInForceTypeLiteral: TypeAlias = Literal["GOOD_UNTIL_DATE_TIME", "GOOD_UNTIL_CANCELLED", "IMMEDIATE_OR_CANCEL", "FILL_OR_KILL"]
"""The values of TimeInForceType the spec lists, as strings: what arguments accept besides the enum."""


class TransactionStatus(OpenEnum):
    """Indicates the transaction status

    - UNKNOWN_TRANSACTION_STATUS: An Unknown Transaction status
    - TRANSACTION_CREATED: The Transaction has been created and is awaiting Consensus approval
    This is a non-terminal status
    - TRANSACTION_REQUESTED: The Transaction has reached User Consensus and is awaiting Coinbase
      Prime approval
    This is a non-terminal status
    - TRANSACTION_APPROVED: The Transaction has been authorized by Coinbase Prime
    This is a non-terminal status
    - TRANSACTION_GASSING: The transaction is awaiting blockchain resources for broadcast
    This is a non-terminal status
    - TRANSACTION_GASSED: The transaction has received blockchain resources for broadcasting
    This is a non-terminal status
    - TRANSACTION_PROVISIONED: The transaction has been provisioned and is awaiting planning
    This is a non-terminal status
    - TRANSACTION_PLANNED: The transaction has been constructed.
    This is a non-terminal status
    - TRANSACTION_PROCESSING: The transaction is currently processing and awaiting finalization
    This is a non-terminal status
    - TRANSACTION_RESTORED: The transaction has been broadcasted to the network.
    This is a non-terminal status
    - TRANSACTION_DONE: The transaction has confirmed on-chain and finished.
    This is a terminal status
    - TRANSACTION_IMPORT_PENDING: The transaction deposit has been detected and is awaiting
      finalization.
    This is a non-terminal status
    - TRANSACTION_IMPORTED: The transaction deposit and reward has been detected.
    This is a terminal status
    - TRANSACTION_CANCELLED: The transaction has been cancelled
    This is a terminal status
    - TRANSACTION_REJECTED: The transaction was rejected before construction and broadcasting.
    This is a terminal status
    - TRANSACTION_DELAYED: The transaction s taking longer than expected to confirm on-chain.
    This is a non-terminal status
    - TRANSACTION_RETRIED: The transaction has been recreated and retried, this occurs when
      network congestion results in transfers becoming extremely delayed due to insufficient
      fees or network resources such as CPU, RAM, or NET
    This is a terminal status
    - TRANSACTION_FAILED: The transaction failed on-chain (the fee was spent but the operation
      failed).
    This is a terminal status
    - TRANSACTION_EXPIRED: The transaction has expired.
    This is a terminal status
    - TRANSACTION_BROADCASTING: The transaction is currently broadcasting to the cryptocurrency
      network.
    This is a non-terminal status
    - OTHER_TRANSACTION_STATUS: The transaction has reached an OTHER status.
    This is a non-terminal status
    - TRANSACTION_CONSTRUCTED: The transaction  bctx is constructed but not yet broadcasting on
      chain
    This is a non-terminal status

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `TransactionStatusLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `TransactionStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRANSACTION_CREATED = 'TRANSACTION_CREATED'
    TRANSACTION_REQUESTED = 'TRANSACTION_REQUESTED'
    TRANSACTION_APPROVED = 'TRANSACTION_APPROVED'
    TRANSACTION_GASSING = 'TRANSACTION_GASSING'
    TRANSACTION_GASSED = 'TRANSACTION_GASSED'
    TRANSACTION_PROVISIONED = 'TRANSACTION_PROVISIONED'
    TRANSACTION_PLANNED = 'TRANSACTION_PLANNED'
    TRANSACTION_PROCESSING = 'TRANSACTION_PROCESSING'
    TRANSACTION_RESTORED = 'TRANSACTION_RESTORED'
    TRANSACTION_DONE = 'TRANSACTION_DONE'
    TRANSACTION_IMPORT_PENDING = 'TRANSACTION_IMPORT_PENDING'
    TRANSACTION_IMPORTED = 'TRANSACTION_IMPORTED'
    TRANSACTION_CANCELLED = 'TRANSACTION_CANCELLED'
    TRANSACTION_REJECTED = 'TRANSACTION_REJECTED'
    TRANSACTION_DELAYED = 'TRANSACTION_DELAYED'
    TRANSACTION_RETRIED = 'TRANSACTION_RETRIED'
    TRANSACTION_FAILED = 'TRANSACTION_FAILED'
    TRANSACTION_EXPIRED = 'TRANSACTION_EXPIRED'
    TRANSACTION_BROADCASTING = 'TRANSACTION_BROADCASTING'
    OTHER_TRANSACTION_STATUS = 'OTHER_TRANSACTION_STATUS'
    TRANSACTION_CONSTRUCTED = 'TRANSACTION_CONSTRUCTED'


TransactionStatusLiteral: TypeAlias = Literal["TRANSACTION_CREATED", "TRANSACTION_REQUESTED", "TRANSACTION_APPROVED", "TRANSACTION_GASSING", "TRANSACTION_GASSED", "TRANSACTION_PROVISIONED", "TRANSACTION_PLANNED", "TRANSACTION_PROCESSING", "TRANSACTION_RESTORED", "TRANSACTION_DONE", "TRANSACTION_IMPORT_PENDING", "TRANSACTION_IMPORTED", "TRANSACTION_CANCELLED", "TRANSACTION_REJECTED", "TRANSACTION_DELAYED", "TRANSACTION_RETRIED", "TRANSACTION_FAILED", "TRANSACTION_EXPIRED", "TRANSACTION_BROADCASTING", "OTHER_TRANSACTION_STATUS", "TRANSACTION_CONSTRUCTED"]
"""The values of TransactionStatus the spec lists, as strings: what arguments accept besides the enum."""


class TransactionType(OpenEnum):
    """Indicates the transaction type

    - TRANSACTION_TYPE_UNKNOWN: An unknown transaction type
    - DEPOSIT: A fiat or crypto deposit
    - WITHDRAWAL: A fiat or crypto withdrawal
    - INTERNAL_DEPOSIT: An internal fiat or crypto deposit
    - INTERNAL_WITHDRAWAL: An internal fiat or crypto withdrawal
    - SWEEP_DEPOSIT: Internal automated deposit to a cold address from a restored address
    - SWEEP_WITHDRAWAL: Internal automated withdrawal from a restored address to a cold address
    - PROXY_DEPOSIT: On-chain deposit of funds into proxy contract from cold address
    - PROXY_WITHDRAWAL: On-chain withdrawal of funds from proxy contract to cold address
    - BILLING_WITHDRAWAL: Coinbase Prime automated invoice settlement payment
    - REWARD: Reward payment to an associated address for a staked asset
    - COINBASE_REFUND: Coinbase Prime refund for the leftover amount for a CPFP (child pays for
      parent) transaction
    - TRANSACTION_TYPE_OTHER: An OTHER type of transaction
    - WITHDRAWAL_ADJUSTMENT: A manual adjustment withdrawal transaction
    - DEPOSIT_ADJUSTMENT: A manual adjustment deposit transaction
    - KEY_REGISTRATION: An on-chain registration for an address
    - DELEGATION: An on-chain delegation transaction
    - UNDELEGATION: An on-chain undelegation transaction
    - RESTAKE: On-chain restaking transaction
    - COMPLETE_UNBONDING: On-chain unbonding event transaction
    - WITHDRAW_UNBONDED: On-chain event indicating unbonding period is over
    - STAKE_ACCOUNT_CREATE: On-chain transaction to begin staking from an address
    - CHANGE_VALIDATOR: On-chain transaction alter validator
    - STAKE: On-chain transaction to begin staking in Cryptocurrency network
    - UNSTAKE: On-chain transaction to stop staking in Cryptocurrency network
    - REMOVE_AUTHORIZED_PARTY: On-chain transaction to remove a party from a multi-signature
      wallet
    - STAKE_AUTHORIZE_WITH_SEED: On-chain transaction to begin staking from a seed account
    - SLASH: On-chain transaction indicating a slash event has occurred
    - COINBASE_DEPOSIT: On-chain transaction deposit for the purpose of transaction operations
    - CONVERSION: Internal conversion between two assets
    - CLAIM_REWARDS: On-chain transaction to claim rewards from Vote Account
    - VOTE_AUTHORIZE: On-chain transaction to transfer the reward claiming permission to other
      pubkey
    - WEB3_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet
    Deprecated: Use ONCHAIN_TRANSACTION instead
    - ONCHAIN_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet
    - PORTFOLIO_STAKE: Portfolio-level staking operation
    - PORTFOLIO_UNSTAKE: Portfolio-level unstaking operation
    - MERGE_STAKE: On-chain transaction consolidating funds from different addresses belonging
      to the same wallet.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `TransactionTypeLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `TransactionType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    DEPOSIT = 'DEPOSIT'
    WITHDRAWAL = 'WITHDRAWAL'
    INTERNAL_DEPOSIT = 'INTERNAL_DEPOSIT'
    INTERNAL_WITHDRAWAL = 'INTERNAL_WITHDRAWAL'
    SWEEP_DEPOSIT = 'SWEEP_DEPOSIT'
    SWEEP_WITHDRAWAL = 'SWEEP_WITHDRAWAL'
    PROXY_DEPOSIT = 'PROXY_DEPOSIT'
    PROXY_WITHDRAWAL = 'PROXY_WITHDRAWAL'
    BILLING_WITHDRAWAL = 'BILLING_WITHDRAWAL'
    REWARD = 'REWARD'
    COINBASE_REFUND = 'COINBASE_REFUND'
    TRANSACTION_TYPE_OTHER = 'TRANSACTION_TYPE_OTHER'
    WITHDRAWAL_ADJUSTMENT = 'WITHDRAWAL_ADJUSTMENT'
    DEPOSIT_ADJUSTMENT = 'DEPOSIT_ADJUSTMENT'
    KEY_REGISTRATION = 'KEY_REGISTRATION'
    DELEGATION = 'DELEGATION'
    UNDELEGATION = 'UNDELEGATION'
    RESTAKE = 'RESTAKE'
    COMPLETE_UNBONDING = 'COMPLETE_UNBONDING'
    WITHDRAW_UNBONDED = 'WITHDRAW_UNBONDED'
    STAKE_ACCOUNT_CREATE = 'STAKE_ACCOUNT_CREATE'
    CHANGE_VALIDATOR = 'CHANGE_VALIDATOR'
    STAKE = 'STAKE'
    UNSTAKE = 'UNSTAKE'
    REMOVE_AUTHORIZED_PARTY = 'REMOVE_AUTHORIZED_PARTY'
    STAKE_AUTHORIZE_WITH_SEED = 'STAKE_AUTHORIZE_WITH_SEED'
    SLASH = 'SLASH'
    COINBASE_DEPOSIT = 'COINBASE_DEPOSIT'
    CONVERSION = 'CONVERSION'
    CLAIM_REWARDS = 'CLAIM_REWARDS'
    VOTE_AUTHORIZE = 'VOTE_AUTHORIZE'
    WEB3_TRANSACTION = 'WEB3_TRANSACTION'
    ONCHAIN_TRANSACTION = 'ONCHAIN_TRANSACTION'
    PORTFOLIO_STAKE = 'PORTFOLIO_STAKE'
    PORTFOLIO_UNSTAKE = 'PORTFOLIO_UNSTAKE'
    MERGE_STAKE = 'MERGE_STAKE'


TransactionTypeLiteral: TypeAlias = Literal["DEPOSIT", "WITHDRAWAL", "INTERNAL_DEPOSIT", "INTERNAL_WITHDRAWAL", "SWEEP_DEPOSIT", "SWEEP_WITHDRAWAL", "PROXY_DEPOSIT", "PROXY_WITHDRAWAL", "BILLING_WITHDRAWAL", "REWARD", "COINBASE_REFUND", "TRANSACTION_TYPE_OTHER", "WITHDRAWAL_ADJUSTMENT", "DEPOSIT_ADJUSTMENT", "KEY_REGISTRATION", "DELEGATION", "UNDELEGATION", "RESTAKE", "COMPLETE_UNBONDING", "WITHDRAW_UNBONDED", "STAKE_ACCOUNT_CREATE", "CHANGE_VALIDATOR", "STAKE", "UNSTAKE", "REMOVE_AUTHORIZED_PARTY", "STAKE_AUTHORIZE_WITH_SEED", "SLASH", "COINBASE_DEPOSIT", "CONVERSION", "CLAIM_REWARDS", "VOTE_AUTHORIZE", "WEB3_TRANSACTION", "ONCHAIN_TRANSACTION", "PORTFOLIO_STAKE", "PORTFOLIO_UNSTAKE", "MERGE_STAKE"]
"""The values of TransactionType the spec lists, as strings: what arguments accept besides the enum."""


class TransferLocationType(OpenEnum):
    """- TRANSFER_LOCATION_TYPE_UNKNOWN: The nil value
    - PAYMENT_METHOD: The ID of a fiat payment method
    - WALLET: The ID of a wallet
    - ADDRESS: A cryptocurrency address
    - OTHER: Another type of transfer location: Blockchain Network, Coinbase
    - MULTIPLE_ADDRESSES: Multiple cryptocurrency addresses
    - COUNTERPARTY_ID: Counterparty ID

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `TransferLocationTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `TransferLocationType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    PAYMENT_METHOD = 'PAYMENT_METHOD'
    WALLET = 'WALLET'
    ADDRESS = 'ADDRESS'
    OTHER = 'OTHER'
    MULTIPLE_ADDRESSES = 'MULTIPLE_ADDRESSES'
    COUNTERPARTY_ID = 'COUNTERPARTY_ID'


TransferLocationTypeLiteral: TypeAlias = Literal["PAYMENT_METHOD", "WALLET", "ADDRESS", "OTHER", "MULTIPLE_ADDRESSES", "COUNTERPARTY_ID"]
"""The values of TransferLocationType the spec lists, as strings: what arguments accept besides the enum."""


class TravelRuleStatus(OpenEnum):
    """Travel rule compliance status for a transaction

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `TravelRuleStatusLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `TravelRuleStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRAVEL_RULE_STATUS_PENDING = 'TRAVEL_RULE_STATUS_PENDING'
    TRAVEL_RULE_STATUS_SUBMITTED = 'TRAVEL_RULE_STATUS_SUBMITTED'


TravelRuleStatusLiteral: TypeAlias = Literal["TRAVEL_RULE_STATUS_PENDING", "TRAVEL_RULE_STATUS_SUBMITTED"]
"""The values of TravelRuleStatus the spec lists, as strings: what arguments accept besides the enum."""


class TravelRuleWalletType(OpenEnum):
    """Type of wallet being used for transfers

    - TRAVEL_RULE_WALLET_TYPE_UNSPECIFIED: Default unspecified wallet type
    - TRAVEL_RULE_WALLET_TYPE_VASP: Centralized exchange wallet
    - TRAVEL_RULE_WALLET_TYPE_SELF_CUSTODIED: Self-hosted/custodial wallet

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `TravelRuleWalletTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `TravelRuleWalletType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRAVEL_RULE_WALLET_TYPE_VASP = 'TRAVEL_RULE_WALLET_TYPE_VASP'
    TRAVEL_RULE_WALLET_TYPE_SELF_CUSTODIED = 'TRAVEL_RULE_WALLET_TYPE_SELF_CUSTODIED'


TravelRuleWalletTypeLiteral: TypeAlias = Literal["TRAVEL_RULE_WALLET_TYPE_VASP", "TRAVEL_RULE_WALLET_TYPE_SELF_CUSTODIED"]
"""The values of TravelRuleWalletType the spec lists, as strings: what arguments accept besides the enum."""


class UnstakeType(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `UnstakeTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `UnstakeType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    UNSTAKE_TYPE_PARTIAL = 'UNSTAKE_TYPE_PARTIAL'
    UNSTAKE_TYPE_FULL = 'UNSTAKE_TYPE_FULL'


UnstakeTypeLiteral: TypeAlias = Literal["UNSTAKE_TYPE_PARTIAL", "UNSTAKE_TYPE_FULL"]
"""The values of UnstakeType the spec lists, as strings: what arguments accept besides the enum."""


class UserRole(OpenEnum):
    """Indicates the user's role

    - USER_ROLE_UNKNOWN: nil value
    - AUDITOR: An auditor
    - SIGNATORY: A signatory
    - ADMIN: An admin
    - INITIATOR: An initiator
    - REVIEWER: A reviewer
    - TRADER: A trader
    - FULL_TRADER: A trader with full permissions
    - TEAM_MANAGER: A team manager
    - APPROVER: An approver
    - TAX_MANAGER: A tax manager
    - BUSINESS_MANAGER: A business manager

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `UserRoleLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `UserRole("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    AUDITOR = 'AUDITOR'
    SIGNATORY = 'SIGNATORY'
    ADMIN = 'ADMIN'
    INITIATOR = 'INITIATOR'
    REVIEWER = 'REVIEWER'
    TRADER = 'TRADER'
    FULL_TRADER = 'FULL_TRADER'
    TEAM_MANAGER = 'TEAM_MANAGER'
    APPROVER = 'APPROVER'
    TAX_MANAGER = 'TAX_MANAGER'
    BUSINESS_MANAGER = 'BUSINESS_MANAGER'


UserRoleLiteral: TypeAlias = Literal["AUDITOR", "SIGNATORY", "ADMIN", "INITIATOR", "REVIEWER", "TRADER", "FULL_TRADER", "TEAM_MANAGER", "APPROVER", "TAX_MANAGER", "BUSINESS_MANAGER"]
"""The values of UserRole the spec lists, as strings: what arguments accept besides the enum."""


class ValidatorProvider(OpenEnum):
    """ValidatorProvider enumerates the ETH validator service providers accepted for unstaking.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `ValidatorProviderLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `ValidatorProvider("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VALIDATOR_PROVIDER_COINBASE_CLOUD = 'VALIDATOR_PROVIDER_COINBASE_CLOUD'
    VALIDATOR_PROVIDER_MAVAN = 'VALIDATOR_PROVIDER_MAVAN'
    VALIDATOR_PROVIDER_FIGMENT = 'VALIDATOR_PROVIDER_FIGMENT'
    VALIDATOR_PROVIDER_CODEFI = 'VALIDATOR_PROVIDER_CODEFI'
    VALIDATOR_PROVIDER_ATTESTANT = 'VALIDATOR_PROVIDER_ATTESTANT'
    VALIDATOR_PROVIDER_GALAXY = 'VALIDATOR_PROVIDER_GALAXY'


ValidatorProviderLiteral: TypeAlias = Literal["VALIDATOR_PROVIDER_COINBASE_CLOUD", "VALIDATOR_PROVIDER_MAVAN", "VALIDATOR_PROVIDER_FIGMENT", "VALIDATOR_PROVIDER_CODEFI", "VALIDATOR_PROVIDER_ATTESTANT", "VALIDATOR_PROVIDER_GALAXY"]
"""The values of ValidatorProvider the spec lists, as strings: what arguments accept besides the enum."""


class ValidatorStatus(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `ValidatorStatusLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `ValidatorStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VALIDATOR_STATUS_PENDING = 'VALIDATOR_STATUS_PENDING'
    VALIDATOR_STATUS_ACTIVE = 'VALIDATOR_STATUS_ACTIVE'
    VALIDATOR_STATUS_EXITING = 'VALIDATOR_STATUS_EXITING'
    VALIDATOR_STATUS_EXITED = 'VALIDATOR_STATUS_EXITED'
    VALIDATOR_STATUS_WITHDRAWN = 'VALIDATOR_STATUS_WITHDRAWN'


ValidatorStatusLiteral: TypeAlias = Literal["VALIDATOR_STATUS_PENDING", "VALIDATOR_STATUS_ACTIVE", "VALIDATOR_STATUS_EXITING", "VALIDATOR_STATUS_EXITED", "VALIDATOR_STATUS_WITHDRAWN"]
"""The values of ValidatorStatus the spec lists, as strings: what arguments accept besides the enum."""


class VisibilityStatus(OpenEnum):
    """- UNKNOWN_VISIBILITY_STATUS: nil
    - VISIBLE: Visible
    - HIDDEN: Hidden
    - SPAM: Spam

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `VisibilityStatusLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `VisibilityStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VISIBLE = 'VISIBLE'
    HIDDEN = 'HIDDEN'
    SPAM = 'SPAM'


VisibilityStatusLiteral: TypeAlias = Literal["VISIBLE", "HIDDEN", "SPAM"]
"""The values of VisibilityStatus the spec lists, as strings: what arguments accept besides the enum."""


class WalletDepositInstructionType(OpenEnum):
    """Indicates the wallet's deposit instruction type

    - UNKNOWN_WALLET_DEPOSIT_TYPE: nil value
    - CRYPTO: A cryptocurrency deposit
    - WIRE: A wire deposit
    - SEN: DEPRECATED. A Silvergate Exchange Network deposit
    - SWIFT: A SWIFT deposit
    - SEPA: A SEPA deposit (Single Euro Payments Area)

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `WalletDepositInstructionTypeLiteral`, so a typo fails mypy; a value Prime added since goes
    through the open enum: `WalletDepositInstructionType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CRYPTO = 'CRYPTO'
    WIRE = 'WIRE'
    SEN = 'SEN'
    SWIFT = 'SWIFT'
    SEPA = 'SEPA'


WalletDepositInstructionTypeLiteral: TypeAlias = Literal["CRYPTO", "WIRE", "SEN", "SWIFT", "SEPA"]
"""The values of WalletDepositInstructionType the spec lists, as strings: what arguments accept besides the enum."""


class WalletType(OpenEnum):
    """Indicates the wallet type

    - VAULT: A crypto vault
    - TRADING: A trading wallet
    - WALLET_TYPE_OTHER: Other wallet types (like consumer, etc)
    - QC: A QC Wallet
    - ONCHAIN: An Onchain wallet

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `WalletTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `WalletType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VAULT = 'VAULT'
    TRADING = 'TRADING'
    WALLET_TYPE_OTHER = 'WALLET_TYPE_OTHER'
    QC = 'QC'
    ONCHAIN = 'ONCHAIN'


WalletTypeLiteral: TypeAlias = Literal["VAULT", "TRADING", "WALLET_TYPE_OTHER", "QC", "ONCHAIN"]
"""The values of WalletType the spec lists, as strings: what arguments accept besides the enum."""


class WalletVisibility(OpenEnum):
    """`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `WalletVisibilityLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `WalletVisibility("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    WALLET_VISIBILITY_VISIBLE = 'WALLET_VISIBILITY_VISIBLE'
    WALLET_VISIBILITY_HIDDEN = 'WALLET_VISIBILITY_HIDDEN'


WalletVisibilityLiteral: TypeAlias = Literal["WALLET_VISIBILITY_VISIBLE", "WALLET_VISIBILITY_HIDDEN"]
"""The values of WalletVisibility the spec lists, as strings: what arguments accept besides the enum."""


class XMCallStatus(OpenEnum):
    """XMCallStatus is the current status of the margin call

    - CALL_STATUS_OPEN: Margin call is open and not expired
    - CALL_STATUS_AGED: Margin call is open and it is expired
    - CALL_STATUS_SETTLED: Margin call is fully settled
    - CALL_STATUS_CANCELED: Margin call was canceled by Credit Risk

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `XMCallStatusLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `XMCallStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CALL_STATUS_OPEN = 'CALL_STATUS_OPEN'
    CALL_STATUS_AGED = 'CALL_STATUS_AGED'
    CALL_STATUS_SETTLED = 'CALL_STATUS_SETTLED'
    CALL_STATUS_CANCELED = 'CALL_STATUS_CANCELED'


XMCallStatusLiteral: TypeAlias = Literal["CALL_STATUS_OPEN", "CALL_STATUS_AGED", "CALL_STATUS_SETTLED", "CALL_STATUS_CANCELED"]
"""The values of XMCallStatus the spec lists, as strings: what arguments accept besides the enum."""


class XMCallType(OpenEnum):
    """XMCallType is the type of margin call

    - CALL_TYPE_STANDARD: Evaluated at standard margin call evaluation time
    - CALL_TYPE_URGENT: Evaluated in realtime
    - CALL_TYPE_DEBIT: Evaluated at debit call evaluation time

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `XMCallTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `XMCallType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CALL_TYPE_STANDARD = 'CALL_TYPE_STANDARD'
    CALL_TYPE_URGENT = 'CALL_TYPE_URGENT'
    CALL_TYPE_DEBIT = 'CALL_TYPE_DEBIT'


XMCallTypeLiteral: TypeAlias = Literal["CALL_TYPE_STANDARD", "CALL_TYPE_URGENT", "CALL_TYPE_DEBIT"]
"""The values of XMCallType the spec lists, as strings: what arguments accept besides the enum."""


class XMControlStatus(OpenEnum):
    """XMControlStatus is a summarization of XM customer controls for trades and withdrawals

    - TRADES_AND_WITHDRAWALS: Allowed to trade and withdraw. See XM Margin Methodology for full
      description of when trading and withdrawals are enabled or disabled.
    - TRADES_ONLY: Allowed to trade but not withdraw. See XM Margin Methodology for full
      description of when trading and withdrawals are enabled or disabled.
    - SESSION_LOCKED: Not allowed to trade or withdraw. See XM Margin Methodology for full
      description of when trading and withdrawals are enabled or disabled.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `XMControlStatusLiteral`,
    so a typo fails mypy; a value Prime added since goes through the open enum:
    `XMControlStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRADES_AND_WITHDRAWALS = 'TRADES_AND_WITHDRAWALS'
    TRADES_ONLY = 'TRADES_ONLY'
    SESSION_LOCKED = 'SESSION_LOCKED'


XMControlStatusLiteral: TypeAlias = Literal["TRADES_AND_WITHDRAWALS", "TRADES_ONLY", "SESSION_LOCKED"]
"""The values of XMControlStatus the spec lists, as strings: what arguments accept besides the enum."""


class XMEntityCallStatus(OpenEnum):
    """XMEntityCallStatus summarizes the state of open margin calls or debit calls. When multiple
    calls exist, the status reflects the highest priority call type. Priority order (highest to
    lowest): aged > urgent > standard > debit.

    - ENTITY_NO_CALL: There are no margin calls or debit calls.
    - ENTITY_OPEN_STANDARD_CALL: There is a standard margin call. There may also be debit calls,
      but there are no urgent margin calls or expired calls..
    - ENTITY_OPEN_URGENT_CALL: There is an urgent margin call. There may also be standard margin
      calls or debit calls, but there are no expired calls.
    - ENTITY_AGED_CALL: At least one open margin call (standard or urgent) or debit call is
      aged. This will trigger the SESSION_LOCKED control status.
    - ENTITY_OPEN_DEBIT_CALL: There is a debit call. There are no standard margin calls, urgent
      margin calls, or expired calls.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `XMEntityCallStatusLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `XMEntityCallStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ENTITY_NO_CALL = 'ENTITY_NO_CALL'
    ENTITY_OPEN_STANDARD_CALL = 'ENTITY_OPEN_STANDARD_CALL'
    ENTITY_OPEN_URGENT_CALL = 'ENTITY_OPEN_URGENT_CALL'
    ENTITY_AGED_CALL = 'ENTITY_AGED_CALL'
    ENTITY_OPEN_DEBIT_CALL = 'ENTITY_OPEN_DEBIT_CALL'


XMEntityCallStatusLiteral: TypeAlias = Literal["ENTITY_NO_CALL", "ENTITY_OPEN_STANDARD_CALL", "ENTITY_OPEN_URGENT_CALL", "ENTITY_AGED_CALL", "ENTITY_OPEN_DEBIT_CALL"]
"""The values of XMEntityCallStatus the spec lists, as strings: what arguments accept besides the enum."""


class XMLiquidationStatus(OpenEnum):
    """XMLiquidationStatus is the current status of an XM liquidation

    - XM_LIQUIDATION_STATUS_PRE_LIQUIDATION: Liquidation is in the pre-liquidation phase
    - XM_LIQUIDATION_STATUS_LIQUIDATING: Liquidation is actively in progress
    - XM_LIQUIDATION_STATUS_LIQUIDATED: Liquidation has completed successfully
    - XM_LIQUIDATION_STATUS_CANCELED: Liquidation was canceled
    - XM_LIQUIDATION_STATUS_FAILED: Liquidation failed

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `XMLiquidationStatusLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `XMLiquidationStatus("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    XM_LIQUIDATION_STATUS_PRE_LIQUIDATION = 'XM_LIQUIDATION_STATUS_PRE_LIQUIDATION'
    XM_LIQUIDATION_STATUS_LIQUIDATING = 'XM_LIQUIDATION_STATUS_LIQUIDATING'
    XM_LIQUIDATION_STATUS_LIQUIDATED = 'XM_LIQUIDATION_STATUS_LIQUIDATED'
    XM_LIQUIDATION_STATUS_CANCELED = 'XM_LIQUIDATION_STATUS_CANCELED'
    XM_LIQUIDATION_STATUS_FAILED = 'XM_LIQUIDATION_STATUS_FAILED'


XMLiquidationStatusLiteral: TypeAlias = Literal["XM_LIQUIDATION_STATUS_PRE_LIQUIDATION", "XM_LIQUIDATION_STATUS_LIQUIDATING", "XM_LIQUIDATION_STATUS_LIQUIDATED", "XM_LIQUIDATION_STATUS_CANCELED", "XM_LIQUIDATION_STATUS_FAILED"]
"""The values of XMLiquidationStatus the spec lists, as strings: what arguments accept besides the enum."""


class XMMarginLevel(OpenEnum):
    """XMMarginLevel is the realtime state of EQ/MR and MR-EQ monitored against XM thresholds as
    defined in the methodology

    - HEALTHY_THRESHOLD: Margin level is healthy
    - DEFICIT_THRESHOLD: Margin level is breaching the deficit threshold (DT) which will result
      in the issuance of a Margin Call if this is still the case by the scheduled next Margin
      Call time (as defined in the margin methodology)
    - WARNING_THRESHOLD: Margin level is breaching the warning threshold (WT) which will result
      in the issuance of a Margin Call if this is still the case by the scheduled next Margin
      Call (as defined in the margin methodology). WT is differentiated from DT in that it means
      margin health is approaching the UMCT
    - URGENT_MARGIN_CALL_THRESHOLD: Margin level is breaching the UMCT and, as defined in the
      margin methodology, this will trigger an urgent margin call
    - LIQUIDATION_THRESHOLD: Margin level is breaching the liquidation threshold (LT) and, as
      defined in the margin methodology, this will trigger the SESSION_LOCKED control status and
      liquidation may commence.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `XMMarginLevelLiteral`, so
    a typo fails mypy; a value Prime added since goes through the open enum:
    `XMMarginLevel("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    HEALTHY_THRESHOLD = 'HEALTHY_THRESHOLD'
    DEFICIT_THRESHOLD = 'DEFICIT_THRESHOLD'
    WARNING_THRESHOLD = 'WARNING_THRESHOLD'
    URGENT_MARGIN_CALL_THRESHOLD = 'URGENT_MARGIN_CALL_THRESHOLD'
    LIQUIDATION_THRESHOLD = 'LIQUIDATION_THRESHOLD'


XMMarginLevelLiteral: TypeAlias = Literal["HEALTHY_THRESHOLD", "DEFICIT_THRESHOLD", "WARNING_THRESHOLD", "URGENT_MARGIN_CALL_THRESHOLD", "LIQUIDATION_THRESHOLD"]
"""The values of XMMarginLevel the spec lists, as strings: what arguments accept besides the enum."""


class XMParty(OpenEnum):
    """XMParty is a specific Cross Margin trading venue

    - CBE: Coinbase Exchange, trading venue that can receive the XM loan
    - FCM: Coinbase’s Futures Commission Merchant, trading venue that can receive the XM loan

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `XMPartyLiteral`, so a typo
    fails mypy; a value Prime added since goes through the open enum: `XMParty("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CBE = 'CBE'
    FCM = 'FCM'


XMPartyLiteral: TypeAlias = Literal["CBE", "FCM"]
"""The values of XMParty the spec lists, as strings: what arguments accept besides the enum."""


class DerivativeProductType(OpenEnum):
    """The general type of a derivative product.

    - DERIVATIVE_PRODUCT_TYPE_SPOT: Spot product.
    - DERIVATIVE_PRODUCT_TYPE_FUTURE: Future product.
    - DERIVATIVE_PRODUCT_TYPE_EQUITY: Equity product.
    - DERIVATIVE_PRODUCT_TYPE_PREDICTION_MARKET: Prediction market product.
    - DERIVATIVE_PRODUCT_TYPE_OPTION: Option product.
    - DERIVATIVE_PRODUCT_TYPE_BASIS: Basis product.
    - DERIVATIVE_PRODUCT_TYPE_EQUITY_OPTION: Equity option product.
    - DERIVATIVE_PRODUCT_TYPE_FUTURE_COMBO: Future combo product.
    - DERIVATIVE_PRODUCT_TYPE_OPTION_COMBO: Option combo product.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `DerivativeProductTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `DerivativeProductType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    DERIVATIVE_PRODUCT_TYPE_SPOT = 'DERIVATIVE_PRODUCT_TYPE_SPOT'
    DERIVATIVE_PRODUCT_TYPE_FUTURE = 'DERIVATIVE_PRODUCT_TYPE_FUTURE'
    DERIVATIVE_PRODUCT_TYPE_EQUITY = 'DERIVATIVE_PRODUCT_TYPE_EQUITY'
    DERIVATIVE_PRODUCT_TYPE_PREDICTION_MARKET = 'DERIVATIVE_PRODUCT_TYPE_PREDICTION_MARKET'
    DERIVATIVE_PRODUCT_TYPE_OPTION = 'DERIVATIVE_PRODUCT_TYPE_OPTION'
    DERIVATIVE_PRODUCT_TYPE_BASIS = 'DERIVATIVE_PRODUCT_TYPE_BASIS'
    DERIVATIVE_PRODUCT_TYPE_EQUITY_OPTION = 'DERIVATIVE_PRODUCT_TYPE_EQUITY_OPTION'
    DERIVATIVE_PRODUCT_TYPE_FUTURE_COMBO = 'DERIVATIVE_PRODUCT_TYPE_FUTURE_COMBO'
    DERIVATIVE_PRODUCT_TYPE_OPTION_COMBO = 'DERIVATIVE_PRODUCT_TYPE_OPTION_COMBO'


DerivativeProductTypeLiteral: TypeAlias = Literal["DERIVATIVE_PRODUCT_TYPE_SPOT", "DERIVATIVE_PRODUCT_TYPE_FUTURE", "DERIVATIVE_PRODUCT_TYPE_EQUITY", "DERIVATIVE_PRODUCT_TYPE_PREDICTION_MARKET", "DERIVATIVE_PRODUCT_TYPE_OPTION", "DERIVATIVE_PRODUCT_TYPE_BASIS", "DERIVATIVE_PRODUCT_TYPE_EQUITY_OPTION", "DERIVATIVE_PRODUCT_TYPE_FUTURE_COMBO", "DERIVATIVE_PRODUCT_TYPE_OPTION_COMBO"]
"""The values of DerivativeProductType the spec lists, as strings: what arguments accept besides the enum."""


class OptionType(OpenEnum):
    """The type of an option position.

    - OPTION_TYPE_CALL: Call option.
    - OPTION_TYPE_PUT: Put option.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed `OptionTypeLiteral`, so a
    typo fails mypy; a value Prime added since goes through the open enum:
    `OptionType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OPTION_TYPE_CALL = 'OPTION_TYPE_CALL'
    OPTION_TYPE_PUT = 'OPTION_TYPE_PUT'


OptionTypeLiteral: TypeAlias = Literal["OPTION_TYPE_CALL", "OPTION_TYPE_PUT"]
"""The values of OptionType the spec lists, as strings: what arguments accept besides the enum."""


class RewardsRateTierType(OpenEnum):
    """RewardsRateTierType describes what a rewards rate tier is scoped by.

    `UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.

    An argument of this type also takes the value as a string, typed
    `RewardsRateTierTypeLiteral`, so a typo fails mypy; a value Prime added since goes through
    the open enum: `RewardsRateTierType("NEW_VALUE")`.
    """

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    REWARDS_RATE_TIER_TYPE_BALANCE = 'REWARDS_RATE_TIER_TYPE_BALANCE'
    REWARDS_RATE_TIER_TYPE_OPEN_INTEREST = 'REWARDS_RATE_TIER_TYPE_OPEN_INTEREST'
    REWARDS_RATE_TIER_TYPE_PERCENT_VOLUME = 'REWARDS_RATE_TIER_TYPE_PERCENT_VOLUME'


RewardsRateTierTypeLiteral: TypeAlias = Literal["REWARDS_RATE_TIER_TYPE_BALANCE", "REWARDS_RATE_TIER_TYPE_OPEN_INTEREST", "REWARDS_RATE_TIER_TYPE_PERCENT_VOLUME"]
"""The values of RewardsRateTierType the spec lists, as strings: what arguments accept besides the enum."""
