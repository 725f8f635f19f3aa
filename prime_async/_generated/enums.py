"""Enumerations of the Prime API; each accepts values the spec does not list yet.

Generated from spec/prime-openapi.yaml by `python -m codegen`. Do not edit by hand."""

from __future__ import annotations

from .._enum import OpenEnum

__all__ = [
    "Action",
    "ActivityCategory",
    "ActivityLevel",
    "ActivitySecondaryType",
    "ActivityStatus",
    "ActivityType",
    "AddressBookType",
    "AdvancedTransferState",
    "AdvancedTransferType",
    "AllocationSizeType",
    "AllocationStatus",
    "AssetChangeType",
    "Benchmark",
    "CandlesGranularity",
    "ContractExpiryType",
    "CustodyActivityType",
    "DestinationType",
    "EstimateType",
    "ExpiringContractStatus",
    "FcmFuturesSweepStatus",
    "FcmMarginCallState",
    "FcmMarginCallType",
    "FcmMarginHealthState",
    "FcmPositionSide",
    "FcmTradingSessionClosedReason",
    "FcmTradingSessionState",
    "HierarchyType",
    "InvoiceState",
    "InvoiceType",
    "LoanType",
    "MarginAddOnType",
    "NetworkFamily",
    "NetworkType",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "PaymentMethodType",
    "PegOffsetType",
    "PortfolioBalanceType",
    "PositionReferenceType",
    "PrimeXMHealthStatus",
    "PrimeXMMarginRequirementType",
    "PrimeXMMarginThresholdType",
    "ProductPermissions",
    "ProductType",
    "RateType",
    "RewardSubtype",
    "RiskManagementType",
    "SecondaryPermission",
    "SigningStatus",
    "SortDirection",
    "StakeType",
    "TimeInForceType",
    "TransactionStatus",
    "TransactionType",
    "TransferLocationType",
    "TravelRuleStatus",
    "TravelRuleWalletType",
    "UnstakeType",
    "UserRole",
    "ValidatorProvider",
    "ValidatorStatus",
    "VisibilityStatus",
    "WalletDepositInstructionType",
    "WalletType",
    "WalletVisibility",
    "XMCallStatus",
    "XMCallType",
    "XMControlStatus",
    "XMEntityCallStatus",
    "XMLiquidationStatus",
    "XMMarginLevel",
    "XMParty",
]


class CustodyActivityType(OpenEnum):
    """- ACTIVITY_TYPE_WITHDRAWAL: PrimeActivityService Custody ActivityTypes that will replace the above"""

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


class AddressBookType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ADDRESS_BOOK_TYPE_ADDRESS = 'ADDRESS_BOOK_TYPE_ADDRESS'
    ADDRESS_BOOK_TYPE_COUNTERPARTY_ID = 'ADDRESS_BOOK_TYPE_COUNTERPARTY_ID'


class Action(OpenEnum):
    """Action is the available user action types"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OTHER_ACTION = 'OTHER_ACTION'
    ACTION_APPROVE = 'ACTION_APPROVE'
    ACTION_REJECT = 'ACTION_REJECT'
    ACTION_INITIATE = 'ACTION_INITIATE'
    ACTION_CANCEL = 'ACTION_CANCEL'


class ActivityCategory(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OTHER_ACTIVITY_CATEGORY = 'OTHER_ACTIVITY_CATEGORY'
    ACTIVITY_CATEGORY_ORDER = 'ACTIVITY_CATEGORY_ORDER'
    ACTIVITY_CATEGORY_TRANSACTION = 'ACTIVITY_CATEGORY_TRANSACTION'
    ACTIVITY_CATEGORY_ACCOUNT = 'ACTIVITY_CATEGORY_ACCOUNT'
    ACTIVITY_CATEGORY_ALLOCATION = 'ACTIVITY_CATEGORY_ALLOCATION'
    ACTIVITY_CATEGORY_LENDING = 'ACTIVITY_CATEGORY_LENDING'


class ActivityLevel(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ACTIVITY_LEVEL_ALL = 'ACTIVITY_LEVEL_ALL'
    ACTIVITY_LEVEL_PORTFOLIO = 'ACTIVITY_LEVEL_PORTFOLIO'
    ACTIVITY_LEVEL_ENTITY = 'ACTIVITY_LEVEL_ENTITY'


class ActivitySecondaryType(OpenEnum):
    """- ACTIVITY_SECONDARY_TYPE_BUY: Order secondary types - ACTIVITY_SECONDARY_TYPE_INTERNAL_TRANSFER: Transaction secondary types - ACTIVITY_SECONDARY_TYPE_WEB3_SIGNER: Onchain secondary types"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    NO_SECONDARY_TYPE = 'NO_SECONDARY_TYPE'
    ACTIVITY_SECONDARY_TYPE_BUY = 'ACTIVITY_SECONDARY_TYPE_BUY'
    ACTIVITY_SECONDARY_TYPE_SELL = 'ACTIVITY_SECONDARY_TYPE_SELL'
    ACTIVITY_SECONDARY_TYPE_INTERNAL_TRANSFER = 'ACTIVITY_SECONDARY_TYPE_INTERNAL_TRANSFER'
    ACTIVITY_SECONDARY_TYPE_SWEEP_TRANSFER_TYPE = 'ACTIVITY_SECONDARY_TYPE_SWEEP_TRANSFER_TYPE'
    ACTIVITY_SECONDARY_TYPE_WEB3_SIGNER = 'ACTIVITY_SECONDARY_TYPE_WEB3_SIGNER'
    ACTIVITY_SECONDARY_TYPE_WEB3_WALLET = 'ACTIVITY_SECONDARY_TYPE_WEB3_WALLET'


class ActivityStatus(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OTHER_ACTIVITY_STATUS = 'OTHER_ACTIVITY_STATUS'
    ACTIVITY_STATUS_CANCELLED = 'ACTIVITY_STATUS_CANCELLED'
    ACTIVITY_STATUS_PROCESSING = 'ACTIVITY_STATUS_PROCESSING'
    ACTIVITY_STATUS_COMPLETED = 'ACTIVITY_STATUS_COMPLETED'
    ACTIVITY_STATUS_EXPIRED = 'ACTIVITY_STATUS_EXPIRED'
    ACTIVITY_STATUS_REJECTED = 'ACTIVITY_STATUS_REJECTED'
    ACTIVITY_STATUS_FAILED = 'ACTIVITY_STATUS_FAILED'


class ActivityType(OpenEnum):
    """No description in the spec."""

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


class AdvancedTransferState(OpenEnum):
    """AdvancedTransferState represents the lifecycle state of an advanced transfer."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ADVANCED_TRANSFER_STATE_CREATED = 'ADVANCED_TRANSFER_STATE_CREATED'
    ADVANCED_TRANSFER_STATE_PROCESSING = 'ADVANCED_TRANSFER_STATE_PROCESSING'
    ADVANCED_TRANSFER_STATE_DONE = 'ADVANCED_TRANSFER_STATE_DONE'
    ADVANCED_TRANSFER_STATE_CANCELLED = 'ADVANCED_TRANSFER_STATE_CANCELLED'
    ADVANCED_TRANSFER_STATE_FAILED = 'ADVANCED_TRANSFER_STATE_FAILED'
    ADVANCED_TRANSFER_STATE_EXPIRED = 'ADVANCED_TRANSFER_STATE_EXPIRED'


class AdvancedTransferType(OpenEnum):
    """AdvancedTransferType specifies the type of advanced transfer."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ADVANCED_TRANSFER_TYPE_BLIND_MATCH = 'ADVANCED_TRANSFER_TYPE_BLIND_MATCH'


class AllocationSizeType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BASE = 'BASE'
    QUOTE = 'QUOTE'
    PERCENT = 'PERCENT'


class AllocationStatus(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ALLOCATION_STATUS_ALLOCATION_PENDING = 'ALLOCATION_STATUS_ALLOCATION_PENDING'
    ALLOCATION_STATUS_ALLOCATION_ACCEPTED = 'ALLOCATION_STATUS_ALLOCATION_ACCEPTED'
    ALLOCATION_STATUS_ALLOCATION_ALLOCATED = 'ALLOCATION_STATUS_ALLOCATION_ALLOCATED'
    ALLOCATION_STATUS_ALLOCATION_REJECTED = 'ALLOCATION_STATUS_ALLOCATION_REJECTED'


class AssetChangeType(OpenEnum):
    """AssetChangeType identifies the type of asset change"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BALANCE_TRANSFER = 'BALANCE_TRANSFER'
    BALANCE_APPROVAL = 'BALANCE_APPROVAL'
    ITEM_TRANSFER = 'ITEM_TRANSFER'
    ITEM_APPROVAL = 'ITEM_APPROVAL'
    ITEM_APPROVAL_ALL = 'ITEM_APPROVAL_ALL'


class Benchmark(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ZERO = 'ZERO'
    SOFR_360 = 'SOFR_360'
    SOFR_365 = 'SOFR_365'
    CRYPTO_RFR = 'CRYPTO_RFR'


class CandlesGranularity(OpenEnum):
    """Enum for candle granularity (time intervals)"""

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


class ContractExpiryType(OpenEnum):
    """- CONTRACT_EXPIRY_TYPE_UNSPECIFIED: Unspecified contract expiry type - CONTRACT_EXPIRY_TYPE_EXPIRING: Expiring futures contract - CONTRACT_EXPIRY_TYPE_PERPETUAL: Perpetual futures contract (no expiry)"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CONTRACT_EXPIRY_TYPE_EXPIRING = 'CONTRACT_EXPIRY_TYPE_EXPIRING'
    CONTRACT_EXPIRY_TYPE_PERPETUAL = 'CONTRACT_EXPIRY_TYPE_PERPETUAL'


class DestinationType(OpenEnum):
    """- UNKNOWN_DESTINATION: nil value - DESTINATION_PAYMENT_METHOD: A fiat bank account linked to a payment method id via Payment Method Service - DESTINATION_BLOCKCHAIN: A blockchain network address - DES"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    DESTINATION_PAYMENT_METHOD = 'DESTINATION_PAYMENT_METHOD'
    DESTINATION_BLOCKCHAIN = 'DESTINATION_BLOCKCHAIN'
    DESTINATION_WALLET = 'DESTINATION_WALLET'
    DESTINATION_COUNTERPARTY = 'DESTINATION_COUNTERPARTY'


class EstimateType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    LIVE = 'LIVE'
    INTERIM = 'INTERIM'


class ExpiringContractStatus(OpenEnum):
    """- EXPIRING_CONTRACT_STATUS_UNKNOWN: Unknown/unset — returns all expiring contracts (backward compatible default) - EXPIRING_CONTRACT_STATUS_UNEXPIRED: Only unexpired contracts (contract_expiry is in t"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    EXPIRING_CONTRACT_STATUS_UNEXPIRED = 'EXPIRING_CONTRACT_STATUS_UNEXPIRED'
    EXPIRING_CONTRACT_STATUS_EXPIRED = 'EXPIRING_CONTRACT_STATUS_EXPIRED'
    EXPIRING_CONTRACT_STATUS_ALL = 'EXPIRING_CONTRACT_STATUS_ALL'


class FcmFuturesSweepStatus(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_FUTURES_SWEEP_STATUS_PENDING = 'FCM_FUTURES_SWEEP_STATUS_PENDING'
    FCM_FUTURES_SWEEP_STATUS_CLOSED = 'FCM_FUTURES_SWEEP_STATUS_CLOSED'
    FCM_FUTURES_SWEEP_STATUS_CANCELED = 'FCM_FUTURES_SWEEP_STATUS_CANCELED'
    FCM_FUTURES_SWEEP_STATUS_PROCESSING = 'FCM_FUTURES_SWEEP_STATUS_PROCESSING'


class FcmMarginCallState(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_MARGIN_CALL_STATE_CLOSED = 'FCM_MARGIN_CALL_STATE_CLOSED'
    FCM_MARGIN_CALL_STATE_ROLLED_OVER = 'FCM_MARGIN_CALL_STATE_ROLLED_OVER'
    FCM_MARGIN_CALL_STATE_DEFAULT = 'FCM_MARGIN_CALL_STATE_DEFAULT'
    FCM_MARGIN_CALL_STATE_OFFICIAL = 'FCM_MARGIN_CALL_STATE_OFFICIAL'


class FcmMarginCallType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_MARGIN_CALL_TYPE_URGENT = 'FCM_MARGIN_CALL_TYPE_URGENT'
    FCM_MARGIN_CALL_TYPE_REGULAR = 'FCM_MARGIN_CALL_TYPE_REGULAR'


class FcmMarginHealthState(OpenEnum):
    """The margin health state of an FCM account."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_MARGIN_HEALTH_STATE_HEALTHY = 'FCM_MARGIN_HEALTH_STATE_HEALTHY'
    FCM_MARGIN_HEALTH_STATE_RESTRICTED = 'FCM_MARGIN_HEALTH_STATE_RESTRICTED'
    FCM_MARGIN_HEALTH_STATE_PRE_LIQUIDATION = 'FCM_MARGIN_HEALTH_STATE_PRE_LIQUIDATION'
    FCM_MARGIN_HEALTH_STATE_LIQUIDATION = 'FCM_MARGIN_HEALTH_STATE_LIQUIDATION'


class FcmPositionSide(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    LONG = 'LONG'
    SHORT = 'SHORT'


class FcmTradingSessionClosedReason(OpenEnum):
    """- FCM_TRADING_SESSION_CLOSED_REASON_UNDEFINED: Undefined closed reason - FCM_TRADING_SESSION_CLOSED_REASON_REGULAR_MARKET_CLOSE: Regular market close - FCM_TRADING_SESSION_CLOSED_REASON_EXCHANGE_MAINT"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_TRADING_SESSION_CLOSED_REASON_REGULAR_MARKET_CLOSE = 'FCM_TRADING_SESSION_CLOSED_REASON_REGULAR_MARKET_CLOSE'
    FCM_TRADING_SESSION_CLOSED_REASON_EXCHANGE_MAINTENANCE = 'FCM_TRADING_SESSION_CLOSED_REASON_EXCHANGE_MAINTENANCE'
    FCM_TRADING_SESSION_CLOSED_REASON_VENDOR_MAINTENANCE = 'FCM_TRADING_SESSION_CLOSED_REASON_VENDOR_MAINTENANCE'


class FcmTradingSessionState(OpenEnum):
    """- FCM_TRADING_SESSION_STATE_UNDEFINED: Undefined session state - FCM_TRADING_SESSION_STATE_PRE_OPEN: Pre-open state, orders can be placed and cancelled - FCM_TRADING_SESSION_STATE_PRE_OPEN_NO_CANCEL:"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    FCM_TRADING_SESSION_STATE_PRE_OPEN = 'FCM_TRADING_SESSION_STATE_PRE_OPEN'
    FCM_TRADING_SESSION_STATE_PRE_OPEN_NO_CANCEL = 'FCM_TRADING_SESSION_STATE_PRE_OPEN_NO_CANCEL'
    FCM_TRADING_SESSION_STATE_OPEN = 'FCM_TRADING_SESSION_STATE_OPEN'
    FCM_TRADING_SESSION_STATE_CLOSE = 'FCM_TRADING_SESSION_STATE_CLOSE'
    FCM_TRADING_SESSION_STATE_HALTED = 'FCM_TRADING_SESSION_STATE_HALTED'


class HierarchyType(OpenEnum):
    """HierarchyType are the enums for various hierarchies within Prime, ex Entity, Organization, Portfolio"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    HIERARCHY_TYPE_PORTFOLIO = 'HIERARCHY_TYPE_PORTFOLIO'
    HIERARCHY_TYPE_ENTITY = 'HIERARCHY_TYPE_ENTITY'


class InvoiceState(OpenEnum):
    """States"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    INVOICE_STATE_IMPORTED = 'INVOICE_STATE_IMPORTED'
    INVOICE_STATE_BILLED = 'INVOICE_STATE_BILLED'
    INVOICE_STATE_PARTIALLY_PAID = 'INVOICE_STATE_PARTIALLY_PAID'
    INVOICE_STATE_PAID = 'INVOICE_STATE_PAID'


class InvoiceType(OpenEnum):
    """Types"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    INVOICE_TYPE_AUC_FEE = 'INVOICE_TYPE_AUC_FEE'
    INVOICE_TYPE_MINIMUM_FEE = 'INVOICE_TYPE_MINIMUM_FEE'
    INVOICE_TYPE_WITHDRAWAL_FEE = 'INVOICE_TYPE_WITHDRAWAL_FEE'
    INVOICE_TYPE_NEW_WALLET_FEE = 'INVOICE_TYPE_NEW_WALLET_FEE'
    INVOICE_TYPE_STAKING_FEE = 'INVOICE_TYPE_STAKING_FEE'


class LoanType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BILATERAL_LENDING = 'BILATERAL_LENDING'
    TRADE_FINANCE = 'TRADE_FINANCE'
    PORTFOLIO_MARGIN = 'PORTFOLIO_MARGIN'
    SHORT_COLLATERAL_LOAN = 'SHORT_COLLATERAL_LOAN'
    SHORT_COLLATERAL = 'SHORT_COLLATERAL'
    CROSS_MARGIN = 'CROSS_MARGIN'


class MarginAddOnType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    SINGLE_COIN_STRESS = 'SINGLE_COIN_STRESS'
    CONCENTRATION_STRESS = 'CONCENTRATION_STRESS'
    MACRO_STRESS = 'MACRO_STRESS'
    SHORT_BIASED_STRESS = 'SHORT_BIASED_STRESS'


class NetworkFamily(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    NETWORK_FAMILY_EVM = 'NETWORK_FAMILY_EVM'
    NETWORK_FAMILY_SOLANA = 'NETWORK_FAMILY_SOLANA'


class NetworkType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    NETWORK_TYPE_EVM = 'NETWORK_TYPE_EVM'
    NETWORK_TYPE_SOLANA = 'NETWORK_TYPE_SOLANA'


class OrderSide(OpenEnum):
    """- UNKNOWN_ORDER_SIDE: nil value - BUY: Buy order - SELL: Sell order"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BUY = 'BUY'
    SELL = 'SELL'


class OrderStatus(OpenEnum):
    """- UNKNOWN_ORDER_STATUS: nil value - OPEN: The order is open but unfilled - FILLED: The order was filled - CANCELLED: The order was cancelled - EXPIRED: The order has expired - FAILED: Order submission"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    OPEN = 'OPEN'
    FILLED = 'FILLED'
    CANCELLED = 'CANCELLED'
    EXPIRED = 'EXPIRED'
    FAILED = 'FAILED'
    PENDING = 'PENDING'


class OrderType(OpenEnum):
    """- UNKNOWN_ORDER_TYPE: nil value - MARKET: A [market order](https://en.wikipedia.org/wiki/Order_(exchange)#Market_order) - LIMIT: A [limit order](https://en.wikipedia.org/wiki/Order_(exchange)#Limit_or"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    MARKET = 'MARKET'
    LIMIT = 'LIMIT'
    TWAP = 'TWAP'
    BLOCK = 'BLOCK'
    VWAP = 'VWAP'
    STOP_LIMIT = 'STOP_LIMIT'
    RFQ = 'RFQ'
    PEG = 'PEG'


class PaymentMethodType(OpenEnum):
    """- UNKNOWN_PAYMENT_METHOD_TYPE: nil value - METHOD_WIRE: Wire transfer - METHOD_SEN: Silvergate exchange network - METHOD_SWIFT: Swift"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    METHOD_WIRE = 'METHOD_WIRE'
    METHOD_SEN = 'METHOD_SEN'
    METHOD_SWIFT = 'METHOD_SWIFT'


class PegOffsetType(OpenEnum):
    """- UNKNOWN_PEG_OFFSET_TYPE: nil value - PEG_OFFSET_TYPE_PRICE: Offset specified in price units - PEG_OFFSET_TYPE_BPS: Offset specified in basis points (BPS) - PEG_OFFSET_TYPE_DEPTH: Offset specified in"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    PEG_OFFSET_TYPE_PRICE = 'PEG_OFFSET_TYPE_PRICE'
    PEG_OFFSET_TYPE_BPS = 'PEG_OFFSET_TYPE_BPS'
    PEG_OFFSET_TYPE_DEPTH = 'PEG_OFFSET_TYPE_DEPTH'


class PortfolioBalanceType(OpenEnum):
    """- UNKNOWN_BALANCE_TYPE: nil - TRADING_BALANCES: Trading balances - VAULT_BALANCES: Vault balances - TOTAL_BALANCES: Total balances (The sum of vault and trading + prime custody) - PRIME_CUSTODY_BALANC"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRADING_BALANCES = 'TRADING_BALANCES'
    VAULT_BALANCES = 'VAULT_BALANCES'
    TOTAL_BALANCES = 'TOTAL_BALANCES'
    PRIME_CUSTODY_BALANCES = 'PRIME_CUSTODY_BALANCES'
    UNIFIED_TOTAL_BALANCES = 'UNIFIED_TOTAL_BALANCES'


class PositionReferenceType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ENTITY = 'ENTITY'
    PORTFOLIO = 'PORTFOLIO'


class PrimeXMHealthStatus(OpenEnum):
    """- HEALTH_STATUS_HEALTHY: Margin level is healthy."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    HEALTH_STATUS_HEALTHY = 'HEALTH_STATUS_HEALTHY'
    HEALTH_STATUS_WARNING = 'HEALTH_STATUS_WARNING'
    HEALTH_STATUS_CRITICAL = 'HEALTH_STATUS_CRITICAL'
    HEALTH_STATUS_SUSPENDED = 'HEALTH_STATUS_SUSPENDED'
    HEALTH_STATUS_RESTRICTED = 'HEALTH_STATUS_RESTRICTED'
    HEALTH_STATUS_PRE_LIQUIDATION = 'HEALTH_STATUS_PRE_LIQUIDATION'
    HEALTH_STATUS_LIQUIDATING = 'HEALTH_STATUS_LIQUIDATING'
    HEALTH_STATUS_IN_DEFICIT = 'HEALTH_STATUS_IN_DEFICIT'


class PrimeXMMarginRequirementType(OpenEnum):
    """- MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR: Integrated (netted) cross-margin requirement for spot assets and all derivatives contracts."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR = 'MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR'
    MARGIN_REQUIREMENT_TYPE_IPMR_PLUS_IFMR = 'MARGIN_REQUIREMENT_TYPE_IPMR_PLUS_IFMR'


class PrimeXMMarginThresholdType(OpenEnum):
    """- MARGIN_THRESHOLD_EQUITY_RATIO: Threshold based on equity ratio EQ / MR; triggers when EQ / MR >= threshold_value."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    MARGIN_THRESHOLD_EQUITY_RATIO = 'MARGIN_THRESHOLD_EQUITY_RATIO'
    MARGIN_THRESHOLD_DEFICIT_RATIO = 'MARGIN_THRESHOLD_DEFICIT_RATIO'
    MARGIN_THRESHOLD_NONE = 'MARGIN_THRESHOLD_NONE'


class ProductPermissions(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    PRODUCT_PERMISSION_READ = 'PRODUCT_PERMISSION_READ'
    PRODUCT_PERMISSION_TRADE = 'PRODUCT_PERMISSION_TRADE'
    PRODUCT_PERMISSION_LENDING = 'PRODUCT_PERMISSION_LENDING'


class ProductType(OpenEnum):
    """- UNKNOWN_PRODUCT_TYPE: Unknown product type - SPOT: Spot product - FUTURE: Future product - OPTION: Option product"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    SPOT = 'SPOT'
    FUTURE = 'FUTURE'
    OPTION = 'OPTION'


class RateType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    BPS = 'BPS'
    APR_360 = 'APR_360'
    APR_365 = 'APR_365'
    APR = 'APR'


class RewardSubtype(OpenEnum):
    """- REWARD_SUBTYPE_UNKNOWN: An unknown reward subtype, reward subtype may not be supported in the API response yet - MEV_REWARD: A maximal extractable value reward i.e."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    MEV_REWARD = 'MEV_REWARD'
    INFLATION_REWARD = 'INFLATION_REWARD'
    BLOCK_REWARD = 'BLOCK_REWARD'
    VALIDATOR_REWARD = 'VALIDATOR_REWARD'
    TRANSACTION_REWARD = 'TRANSACTION_REWARD'
    STAKING_FEE_REBATE_REWARD = 'STAKING_FEE_REBATE_REWARD'
    BUIDL_DIVIDEND = 'BUIDL_DIVIDEND'
    CUSTOM_STABLECOIN_REWARD = 'CUSTOM_STABLECOIN_REWARD'


class RiskManagementType(OpenEnum):
    """- RISK_MANAGEMENT_TYPE_UNSPECIFIED: Unspecified risk management type - RISK_MANAGEMENT_TYPE_MANAGED_BY_FCM: Risk is managed by FCM (Futures Commission Merchant) - RISK_MANAGEMENT_TYPE_MANAGED_BY_VENUE"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    RISK_MANAGEMENT_TYPE_MANAGED_BY_FCM = 'RISK_MANAGEMENT_TYPE_MANAGED_BY_FCM'
    RISK_MANAGEMENT_TYPE_MANAGED_BY_VENUE = 'RISK_MANAGEMENT_TYPE_MANAGED_BY_VENUE'


class SecondaryPermission(OpenEnum):
    """- SECONDARY_PERMISSION_UNKNOWN: nil value - VIDEO_APPROVER: A video approver - TEAM_APPROVER: A team approver - WEB3_SIGNER: A web3 signer"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VIDEO_APPROVER = 'VIDEO_APPROVER'
    TEAM_APPROVER = 'TEAM_APPROVER'
    WEB3_SIGNER = 'WEB3_SIGNER'


class SigningStatus(OpenEnum):
    """- SIGNING_STATUS_UNKNOWN: Unknown signing status - SIGNED: Transaction has been signed - UNSIGNED: Transaction is unsigned"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    SIGNED = 'SIGNED'
    UNSIGNED = 'UNSIGNED'


class SortDirection(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    DESC = 'DESC'
    ASC = 'ASC'


class StakeType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    STAKE_TYPE_INITIAL_DEPOSIT = 'STAKE_TYPE_INITIAL_DEPOSIT'
    STAKE_TYPE_TOP_UP = 'STAKE_TYPE_TOP_UP'


class TimeInForceType(OpenEnum):
    """- UNKNOWN_TIME_IN_FORCE: nil value - GOOD_UNTIL_DATE_TIME: Expires at a certain date/time - GOOD_UNTIL_CANCELLED: Order stays on the books until cancelled - IMMEDIATE_OR_CANCEL: Order is executed imme"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    GOOD_UNTIL_DATE_TIME = 'GOOD_UNTIL_DATE_TIME'
    GOOD_UNTIL_CANCELLED = 'GOOD_UNTIL_CANCELLED'
    IMMEDIATE_OR_CANCEL = 'IMMEDIATE_OR_CANCEL'
    FILL_OR_KILL = 'FILL_OR_KILL'


class TransactionStatus(OpenEnum):
    """- UNKNOWN_TRANSACTION_STATUS: An Unknown Transaction status - TRANSACTION_CREATED: The Transaction has been created and is awaiting Consensus approval This is a non-terminal status - TRANSACTION_REQUE"""

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


class TransactionType(OpenEnum):
    """- TRANSACTION_TYPE_UNKNOWN: An unknown transaction type - DEPOSIT: A fiat or crypto deposit - WITHDRAWAL: A fiat or crypto withdrawal - INTERNAL_DEPOSIT: An internal fiat or crypto deposit - INTERNAL_"""

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


class TransferLocationType(OpenEnum):
    """- TRANSFER_LOCATION_TYPE_UNKNOWN: The nil value - PAYMENT_METHOD: The ID of a fiat payment method - WALLET: The ID of a wallet - ADDRESS: A cryptocurrency address - OTHER: Another type of transfer loc"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    PAYMENT_METHOD = 'PAYMENT_METHOD'
    WALLET = 'WALLET'
    ADDRESS = 'ADDRESS'
    OTHER = 'OTHER'
    MULTIPLE_ADDRESSES = 'MULTIPLE_ADDRESSES'
    COUNTERPARTY_ID = 'COUNTERPARTY_ID'


class TravelRuleStatus(OpenEnum):
    """Travel rule compliance status for a transaction"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRAVEL_RULE_STATUS_PENDING = 'TRAVEL_RULE_STATUS_PENDING'
    TRAVEL_RULE_STATUS_SUBMITTED = 'TRAVEL_RULE_STATUS_SUBMITTED'


class TravelRuleWalletType(OpenEnum):
    """- TRAVEL_RULE_WALLET_TYPE_UNSPECIFIED: Default unspecified wallet type - TRAVEL_RULE_WALLET_TYPE_VASP: Centralized exchange wallet - TRAVEL_RULE_WALLET_TYPE_SELF_CUSTODIED: Self-hosted/custodial walle"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRAVEL_RULE_WALLET_TYPE_VASP = 'TRAVEL_RULE_WALLET_TYPE_VASP'
    TRAVEL_RULE_WALLET_TYPE_SELF_CUSTODIED = 'TRAVEL_RULE_WALLET_TYPE_SELF_CUSTODIED'


class UnstakeType(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    UNSTAKE_TYPE_PARTIAL = 'UNSTAKE_TYPE_PARTIAL'
    UNSTAKE_TYPE_FULL = 'UNSTAKE_TYPE_FULL'


class UserRole(OpenEnum):
    """- USER_ROLE_UNKNOWN: nil value - AUDITOR: An auditor - SIGNATORY: A signatory - ADMIN: An admin - INITIATOR: An initiator - REVIEWER: A reviewer - TRADER: A trader - FULL_TRADER: A trader with full pe"""

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


class ValidatorProvider(OpenEnum):
    """ValidatorProvider enumerates the ETH validator service providers accepted for unstaking."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VALIDATOR_PROVIDER_COINBASE_CLOUD = 'VALIDATOR_PROVIDER_COINBASE_CLOUD'
    VALIDATOR_PROVIDER_MAVAN = 'VALIDATOR_PROVIDER_MAVAN'
    VALIDATOR_PROVIDER_FIGMENT = 'VALIDATOR_PROVIDER_FIGMENT'
    VALIDATOR_PROVIDER_CODEFI = 'VALIDATOR_PROVIDER_CODEFI'
    VALIDATOR_PROVIDER_ATTESTANT = 'VALIDATOR_PROVIDER_ATTESTANT'
    VALIDATOR_PROVIDER_GALAXY = 'VALIDATOR_PROVIDER_GALAXY'


class ValidatorStatus(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VALIDATOR_STATUS_PENDING = 'VALIDATOR_STATUS_PENDING'
    VALIDATOR_STATUS_ACTIVE = 'VALIDATOR_STATUS_ACTIVE'
    VALIDATOR_STATUS_EXITING = 'VALIDATOR_STATUS_EXITING'
    VALIDATOR_STATUS_EXITED = 'VALIDATOR_STATUS_EXITED'
    VALIDATOR_STATUS_WITHDRAWN = 'VALIDATOR_STATUS_WITHDRAWN'


class VisibilityStatus(OpenEnum):
    """- UNKNOWN_VISIBILITY_STATUS: nil - VISIBLE: Visible - HIDDEN: Hidden - SPAM: Spam"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VISIBLE = 'VISIBLE'
    HIDDEN = 'HIDDEN'
    SPAM = 'SPAM'


class WalletDepositInstructionType(OpenEnum):
    """- UNKNOWN_WALLET_DEPOSIT_TYPE: nil value - CRYPTO: A cryptocurrency deposit - WIRE: A wire deposit - SEN: DEPRECATED."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CRYPTO = 'CRYPTO'
    WIRE = 'WIRE'
    SEN = 'SEN'
    SWIFT = 'SWIFT'
    SEPA = 'SEPA'


class WalletType(OpenEnum):
    """- VAULT: A crypto vault - TRADING: A trading wallet - WALLET_TYPE_OTHER: Other wallet types (like consumer, etc) - QC: A QC Wallet - ONCHAIN: An Onchain wallet"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    VAULT = 'VAULT'
    TRADING = 'TRADING'
    WALLET_TYPE_OTHER = 'WALLET_TYPE_OTHER'
    QC = 'QC'
    ONCHAIN = 'ONCHAIN'


class WalletVisibility(OpenEnum):
    """No description in the spec."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    WALLET_VISIBILITY_VISIBLE = 'WALLET_VISIBILITY_VISIBLE'
    WALLET_VISIBILITY_HIDDEN = 'WALLET_VISIBILITY_HIDDEN'


class XMCallStatus(OpenEnum):
    """- CALL_STATUS_OPEN: Margin call is open and not expired - CALL_STATUS_AGED: Margin call is open and it is expired - CALL_STATUS_SETTLED: Margin call is fully settled - CALL_STATUS_CANCELED: Margin cal"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CALL_STATUS_OPEN = 'CALL_STATUS_OPEN'
    CALL_STATUS_AGED = 'CALL_STATUS_AGED'
    CALL_STATUS_SETTLED = 'CALL_STATUS_SETTLED'
    CALL_STATUS_CANCELED = 'CALL_STATUS_CANCELED'


class XMCallType(OpenEnum):
    """- CALL_TYPE_STANDARD: Evaluated at standard margin call evaluation time - CALL_TYPE_URGENT: Evaluated in realtime - CALL_TYPE_DEBIT: Evaluated at debit call evaluation time"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CALL_TYPE_STANDARD = 'CALL_TYPE_STANDARD'
    CALL_TYPE_URGENT = 'CALL_TYPE_URGENT'
    CALL_TYPE_DEBIT = 'CALL_TYPE_DEBIT'


class XMControlStatus(OpenEnum):
    """- TRADES_AND_WITHDRAWALS: Allowed to trade and withdraw."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    TRADES_AND_WITHDRAWALS = 'TRADES_AND_WITHDRAWALS'
    TRADES_ONLY = 'TRADES_ONLY'
    SESSION_LOCKED = 'SESSION_LOCKED'


class XMEntityCallStatus(OpenEnum):
    """XMEntityCallStatus summarizes the state of open margin calls or debit calls."""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    ENTITY_NO_CALL = 'ENTITY_NO_CALL'
    ENTITY_OPEN_STANDARD_CALL = 'ENTITY_OPEN_STANDARD_CALL'
    ENTITY_OPEN_URGENT_CALL = 'ENTITY_OPEN_URGENT_CALL'
    ENTITY_AGED_CALL = 'ENTITY_AGED_CALL'
    ENTITY_OPEN_DEBIT_CALL = 'ENTITY_OPEN_DEBIT_CALL'


class XMLiquidationStatus(OpenEnum):
    """- XM_LIQUIDATION_STATUS_PRE_LIQUIDATION: Liquidation is in the pre-liquidation phase - XM_LIQUIDATION_STATUS_LIQUIDATING: Liquidation is actively in progress - XM_LIQUIDATION_STATUS_LIQUIDATED: Liquid"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    XM_LIQUIDATION_STATUS_PRE_LIQUIDATION = 'XM_LIQUIDATION_STATUS_PRE_LIQUIDATION'
    XM_LIQUIDATION_STATUS_LIQUIDATING = 'XM_LIQUIDATION_STATUS_LIQUIDATING'
    XM_LIQUIDATION_STATUS_LIQUIDATED = 'XM_LIQUIDATION_STATUS_LIQUIDATED'
    XM_LIQUIDATION_STATUS_CANCELED = 'XM_LIQUIDATION_STATUS_CANCELED'
    XM_LIQUIDATION_STATUS_FAILED = 'XM_LIQUIDATION_STATUS_FAILED'


class XMMarginLevel(OpenEnum):
    """- HEALTHY_THRESHOLD: Margin level is healthy - DEFICIT_THRESHOLD: Margin level is breaching the deficit threshold (DT) which will result in the issuance of a Margin Call if this is still the case by t"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    HEALTHY_THRESHOLD = 'HEALTHY_THRESHOLD'
    DEFICIT_THRESHOLD = 'DEFICIT_THRESHOLD'
    WARNING_THRESHOLD = 'WARNING_THRESHOLD'
    URGENT_MARGIN_CALL_THRESHOLD = 'URGENT_MARGIN_CALL_THRESHOLD'
    LIQUIDATION_THRESHOLD = 'LIQUIDATION_THRESHOLD'


class XMParty(OpenEnum):
    """- CBE: Coinbase Exchange, trading venue that can receive the XM loan - FCM: Coinbase’s Futures Commission Merchant, trading venue that can receive the XM loan"""

    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent
    CBE = 'CBE'
    FCM = 'FCM'
