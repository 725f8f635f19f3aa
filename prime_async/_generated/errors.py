"""Prime's error catalog: every error code and subcode, and the errors each operation declares.

An error body is `{code, subcode, message, trace_id}`: `code` the coarse class (ErrorCode),
`subcode` the specific reason (ErrorSubcode). Both are open enums: a value Prime adds later
is kept as a pseudo-member (`.is_known` False), never a parse failure.

Generated from spec/prime-openapi.yaml (its operationIds) and spec/prime-errors.yaml by `python -m codegen`. Do not edit by hand."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from .._enum import OpenEnum

__all__ = [
    "CODES",
    "GENERIC_STATUSES",
    "OPERATION_ERRORS",
    "RETRYABLE_CODES",
    "SUBCODES",
    "UNMATCHED_OPERATIONS",
    "CodeInfo",
    "ErrorCode",
    "ErrorSubcode",
    "SubcodeInfo",
]


class CodeInfo(NamedTuple):
    """What the catalog says of an error code."""

    status: int
    meaning: str
    retryable: bool  # what Coinbase's SDKs class as safe to retry


class SubcodeInfo(NamedTuple):
    """What the catalog says of a subcode: its code, HTTP status, meaning and domain."""

    code: ErrorCode
    status: int
    meaning: str
    domain: str


class ErrorCode(OpenEnum):
    """The coarse class of a Prime error (`exc.code`); its subcode says the specific reason.

    `.info` is the catalog's CodeInfo (status, meaning, retryable), None for a code the catalog
    does not list."""

    RESOURCE_NOT_FOUND = 'RESOURCE_NOT_FOUND'
    """404: The requested resource does not exist / could not be found."""
    VALIDATION_ERROR = 'VALIDATION_ERROR'
    """400: One or more request fields are invalid or mutually incompatible."""
    REQUIRED_FIELD_MISSING = 'REQUIRED_FIELD_MISSING'
    """400: A required request field was not supplied."""
    FAILED_PRECONDITION = 'FAILED_PRECONDITION'
    """400: A precondition needed to complete the request was not satisfied."""
    AUTHENTICATION_FAILED = 'AUTHENTICATION_FAILED'
    """401: Request could not be authenticated; check the supplied credentials."""
    PERMISSION_DENIED = 'PERMISSION_DENIED'
    """403: The current API key is not permitted to perform this action."""
    RATE_LIMIT_EXCEEDED = 'RATE_LIMIT_EXCEEDED'
    """429: Request rate limit exceeded; lower the rate and retry after a backoff. Retryable."""
    INTERNAL_ERROR = 'INTERNAL_ERROR'
    """500: Unexpected internal error while processing; contact support if it persists."""
    NOT_IMPLEMENTED = 'NOT_IMPLEMENTED'
    """501: Endpoint or operation is not implemented yet."""
    SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE'
    """503: Service temporarily unavailable; retry after a backoff. Retryable."""

    @property
    def info(self) -> CodeInfo | None:
        return CODES.get(self.value)


class ErrorSubcode(OpenEnum):
    """The specific reason for a Prime error (`exc.subcode`), each with its status and code.

    `.info` is the catalog's SubcodeInfo (code, status, meaning, domain), None for a subcode
    the catalog does not list."""

    ACTIVITY_NOT_FOUND = 'ACTIVITY_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: Activity not found: activity_id does not exist or is not part of the given portfolio_id."""
    ACTIVITY_REQUEST_INVALID = 'ACTIVITY_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Activity request has an invalid argument, e.g. a malformed filter or identifier."""
    ACTIVITY_ACCESS_DENIED = 'ACTIVITY_ACCESS_DENIED'
    """403 PERMISSION_DENIED: Caller may not access the requested activity data for that entity or portfolio."""
    ACTIVITY_CATEGORY_INVALID = 'ACTIVITY_CATEGORY_INVALID'
    """400 VALIDATION_ERROR: categories holds a value that is not a supported activity category."""
    ACTIVITY_TIME_RANGE_INVALID = 'ACTIVITY_TIME_RANGE_INVALID'
    """400 VALIDATION_ERROR: start_time/end_time is not valid RFC 3339, or end_time precedes start_time."""
    ACTIVITY_STATUS_INVALID = 'ACTIVITY_STATUS_INVALID'
    """400 VALIDATION_ERROR: statuses holds a value that is not a supported activity status."""
    ACTIVITY_PORTFOLIO_ID_MISMATCH = 'ACTIVITY_PORTFOLIO_ID_MISMATCH'
    """400 VALIDATION_ERROR: The activity exists but belongs to a different portfolio than the portfolio_id sent."""
    ADDRESS_BOOK_NOT_FOUND = 'ADDRESS_BOOK_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: Address book entry not found for the given portfolio_id."""
    ADDRESS_BOOK_INVALID_ARGUMENT = 'ADDRESS_BOOK_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Address book request has an invalid argument, e.g. malformed address or currency_symbol."""
    ADDRESS_BOOK_FAILED_PRECONDITION = 'ADDRESS_BOOK_FAILED_PRECONDITION'
    """400 VALIDATION_ERROR: Entry could not be created or retrieved because a precondition was not met (note: code is VALIDATION_ERROR, not FAILED_PRECONDITION)."""
    ADDRESS_BOOK_ADDRESS_REQUIRED = 'ADDRESS_BOOK_ADDRESS_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: address is required to create an address book entry."""
    ADDRESS_BOOK_CURRENCY_SYMBOL_REQUIRED = 'ADDRESS_BOOK_CURRENCY_SYMBOL_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: currency_symbol is required to create an address book entry."""
    ADDRESS_BOOK_NAME_REQUIRED = 'ADDRESS_BOOK_NAME_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: name is required to create an address book entry."""
    ADVANCED_TRANSFER_NOT_ENABLED = 'ADVANCED_TRANSFER_NOT_ENABLED'
    """403 PERMISSION_DENIED: Advanced Transfers, or the specific transfer configuration requested, are not enabled for this portfolio."""
    ADVANCED_TRANSFER_REQUEST_INVALID = 'ADVANCED_TRANSFER_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Request malformed or fails validation, e.g. missing portfolio_id, missing/unsupported transfer type, invalid fund movement."""
    ADVANCED_TRANSFER_ID_INVALID = 'ADVANCED_TRANSFER_ID_INVALID'
    """400 VALIDATION_ERROR: advanced_transfer_id does not identify a transfer that can be cancelled."""
    ADVANCED_TRANSFER_CANCEL_PRECONDITION_FAILED = 'ADVANCED_TRANSFER_CANCEL_PRECONDITION_FAILED'
    """400 FAILED_PRECONDITION: Transfer can no longer be cancelled (not in a cancellable state)."""
    ADVANCED_TRANSFER_PRECONDITION_FAILED = 'ADVANCED_TRANSFER_PRECONDITION_FAILED'
    """400 FAILED_PRECONDITION: A precondition was not met, e.g. the portfolio has no wallet for one of the fund-movement currencies."""
    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE = 'ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
    """503 SERVICE_UNAVAILABLE: The service behind advanced transfers is unavailable or has hit a rate limit."""
    ADVANCED_TRANSFER_DATE_INVALID = 'ADVANCED_TRANSFER_DATE_INVALID'
    """400 VALIDATION_ERROR: settlement_date, settlement_time or trade_date is not in the expected format."""
    ADVANCED_TRANSFER_NOT_FOUND = 'ADVANCED_TRANSFER_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: A resource referenced by the advanced transfer request was not found."""
    ADVANCED_TRANSFER_TOO_MANY_FUND_MOVEMENTS = 'ADVANCED_TRANSFER_TOO_MANY_FUND_MOVEMENTS'
    """400 VALIDATION_ERROR: More fund movements than the maximum legs allowed per transfer."""
    ADVANCED_TRANSFER_COUNTERPARTY_INVALID = 'ADVANCED_TRANSFER_COUNTERPARTY_INVALID'
    """400 VALIDATION_ERROR: Fund movements do not all settle against one counterparty; every leg must share a single counterparty."""
    ADVANCED_TRANSFER_AMOUNT_INVALID = 'ADVANCED_TRANSFER_AMOUNT_INVALID'
    """400 VALIDATION_ERROR: Amount on one or more fund movements is not a valid positive decimal."""
    ADVANCED_TRANSFER_COUNTERPARTY_REQUIRED = 'ADVANCED_TRANSFER_COUNTERPARTY_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: One or more fund movements lack a counterparty identifier."""
    ALLOCATION_ID_REQUIRED = 'ALLOCATION_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: allocation_id is required but missing."""
    ALLOCATION_ID_INVALID = 'ALLOCATION_ID_INVALID'
    """400 VALIDATION_ERROR: allocation_id is not a valid UUID."""
    ALLOCATION_NOT_FOUND = 'ALLOCATION_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated could not be retrieved."""
    ALLOCATION_NETTING_ID_REQUIRED = 'ALLOCATION_NETTING_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: netting_id is required but missing."""
    ALLOCATION_NETTING_ID_INVALID = 'ALLOCATION_NETTING_ID_INVALID'
    """400 VALIDATION_ERROR: netting_id is not a valid UUID."""
    ALLOCATION_REQUEST_INVALID = 'ALLOCATION_REQUEST_INVALID'
    """400 VALIDATION_ERROR: One or more allocation fields (product_id, order_ids, allocation_legs, size_type, ...) missing or invalid."""
    ALLOCATION_START_DATE_REQUIRED = 'ALLOCATION_START_DATE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: start_date is required when listing portfolio allocations."""
    ALLOCATION_PRECONDITION_FAILED = 'ALLOCATION_PRECONDITION_FAILED'
    """400 FAILED_PRECONDITION: Buying power or account info for the source or destination portfolio could not be retrieved, so the allocation was not processed."""
    ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED = 'ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: source_portfolio_id is required to identify where the allocation comes from."""
    ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED = 'ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: At least one allocation_legs entry has no destination_portfolio_id."""
    ALLOCATION_ORDERS_MIXED_SIDES = 'ALLOCATION_ORDERS_MIXED_SIDES'
    """400 VALIDATION_ERROR: order_ids mixes buy and sell orders; all orders in one allocation must share a side."""
    ALLOCATION_ORDERS_MIXED_PRODUCTS = 'ALLOCATION_ORDERS_MIXED_PRODUCTS'
    """400 VALIDATION_ERROR: order_ids spans several products; all orders in one allocation must share a product_id."""
    ALLOCATION_ORDER_NOT_TERMINAL = 'ALLOCATION_ORDER_NOT_TERMINAL'
    """400 VALIDATION_ERROR: At least one order has not reached a terminal state and cannot be allocated until it finishes."""
    ALLOCATION_ORDER_TOO_OLD = 'ALLOCATION_ORDER_TOO_OLD'
    """400 VALIDATION_ERROR: At least one order is older than the maximum age allowed for allocation."""
    ALLOCATION_ORDER_ALREADY_ALLOCATED = 'ALLOCATION_ORDER_ALREADY_ALLOCATED'
    """400 VALIDATION_ERROR: At least one order in order_ids has already been allocated and cannot be allocated again."""
    ALLOCATION_LIMIT_EXCEEDED = 'ALLOCATION_LIMIT_EXCEEDED'
    """400 VALIDATION_ERROR: limit exceeds the maximum number of allocations returned per request."""
    ASSET_NOT_FOUND = 'ASSET_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a supported asset."""
    ASSET_REQUEST_INVALID = 'ASSET_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Asset lookup has an invalid argument, e.g. unsupported currency symbol or malformed asset identifier."""
    ASSET_SERVICE_UNAVAILABLE = 'ASSET_SERVICE_UNAVAILABLE'
    """503 SERVICE_UNAVAILABLE: Asset information cannot be retrieved at this time."""
    COMMISSION_PRODUCT_ID_INVALID = 'COMMISSION_PRODUCT_ID_INVALID'
    """400 VALIDATION_ERROR: product_id is not a recognized trading pair."""
    COMMISSION_TRADING_NOT_ENABLED = 'COMMISSION_TRADING_NOT_ENABLED'
    """400 VALIDATION_ERROR: The portfolio is not enabled for trading, so no trading commission rate can be computed for it."""
    AUTH_AUTHORIZATION_FAILED = 'AUTH_AUTHORIZATION_FAILED'
    """500 INTERNAL_ERROR: Unexpected error while authorizing the request; contact support if it persists."""
    AUTH_RESOURCE_ACCESS_DENIED = 'AUTH_RESOURCE_ACCESS_DENIED'
    """403 PERMISSION_DENIED: The current API key may not access this resource."""
    AUTH_RESOURCE_NOT_FOUND = 'AUTH_RESOURCE_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it."""
    AUTH_UNAUTHENTICATED = 'AUTH_UNAUTHENTICATED'
    """401 AUTHENTICATION_FAILED: Request could not be authenticated; check the credentials supplied."""
    ENDPOINT_NOT_IMPLEMENTED = 'ENDPOINT_NOT_IMPLEMENTED'
    """501 NOT_IMPLEMENTED: This endpoint is not implemented yet."""
    SERVER_MAINTENANCE_MODE_ACTIVE = 'SERVER_MAINTENANCE_MODE_ACTIVE'
    """503 SERVICE_UNAVAILABLE: API is in maintenance mode and refusing this request; windows can be extended, check https://status.prime.coinbase.com before retrying."""
    SERVER_RATE_LIMIT_EXCEEDED = 'SERVER_RATE_LIMIT_EXCEEDED'
    """429 RATE_LIMIT_EXCEEDED: Rate limit for this endpoint exceeded; reduce request rate and retry after a backoff."""
    MTLS_CERTIFICATE_REQUIRED = 'MTLS_CERTIFICATE_REQUIRED'
    """403 PERMISSION_DENIED: No valid client (mTLS) certificate was presented."""
    MTLS_CERTIFICATE_REVOKED = 'MTLS_CERTIFICATE_REVOKED'
    """403 PERMISSION_DENIED: The presented client certificate has been revoked."""
    MTLS_CERTIFICATE_INVALID = 'MTLS_CERTIFICATE_INVALID'
    """403 PERMISSION_DENIED: The presented client certificate is not a valid identity for this organization or environment."""
    API_KEY_INVALID_DURATION = 'API_KEY_INVALID_DURATION'
    """400 VALIDATION_ERROR: duration_seconds exceeds the maximum rotation timespan of 30 days."""
    API_KEY_ALREADY_ROTATED = 'API_KEY_ALREADY_ROTATED'
    """400 VALIDATION_ERROR: A rotation was already initiated for this API key; only one rotation may be pending at a time."""
    ENTITY_ID_REQUIRED = 'ENTITY_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: entity_id is required but missing."""
    ENTITY_ID_INVALID = 'ENTITY_ID_INVALID'
    """400 VALIDATION_ERROR: entity_id is not a valid UUID."""
    ENTITY_NOT_FOUND = 'ENTITY_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No entity matches the provided entity_id."""
    ENTITY_BALANCES_LIMIT_INVALID = 'ENTITY_BALANCES_LIMIT_INVALID'
    """400 VALIDATION_ERROR: limit for entity balances is out of range."""
    ENTITY_BALANCES_INVALID_ARGUMENT = 'ENTITY_BALANCES_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Entity balances request has an invalid cursor or filter."""
    ENTITY_BALANCES_NOT_FOUND = 'ENTITY_BALANCES_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No balances found for the entity."""
    ENTITY_POSITION_LIMIT_INVALID = 'ENTITY_POSITION_LIMIT_INVALID'
    """400 VALIDATION_ERROR: limit must be > 0 and not above the maximum allowed."""
    ENTITY_POSITION_NOT_FOUND = 'ENTITY_POSITION_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No position data for the entity or portfolio."""
    ENTITY_POSITION_INVALID_ARGUMENT = 'ENTITY_POSITION_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Position request has an invalid argument, e.g. malformed portfolio_id or other filter."""
    FINANCING_START_DATE_REQUIRED = 'FINANCING_START_DATE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: start_date is required but missing."""
    FINANCING_END_DATE_REQUIRED = 'FINANCING_END_DATE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: end_date is required but missing."""
    FINANCING_START_DATE_INVALID = 'FINANCING_START_DATE_INVALID'
    """400 VALIDATION_ERROR: start_date is not a valid RFC 3339 timestamp."""
    FINANCING_END_DATE_INVALID = 'FINANCING_END_DATE_INVALID'
    """400 VALIDATION_ERROR: end_date is not a valid RFC 3339 timestamp."""
    FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED = 'FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED'
    """401 AUTHENTICATION_FAILED: Portfolio margin not enabled for the portfolio/entity, so this financing endpoint returns no data (note: 401 AUTHENTICATION_FAILED)."""
    FINANCING_ACCRUALS_INVALID_ARGUMENT = 'FINANCING_ACCRUALS_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Interest accruals request has invalid parameters (entity_id, portfolio_id, start_date, end_date)."""
    FINANCING_ACCRUALS_DATE_INVALID = 'FINANCING_ACCRUALS_DATE_INVALID'
    """400 VALIDATION_ERROR: start_date..end_date range is not valid for interest accruals on this portfolio."""
    BUYING_POWER_BASE_CURRENCY_REQUIRED = 'BUYING_POWER_BASE_CURRENCY_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: base_currency is required but missing."""
    BUYING_POWER_QUOTE_CURRENCY_REQUIRED = 'BUYING_POWER_QUOTE_CURRENCY_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: quote_currency is required but missing."""
    BUYING_POWER_CURRENCY_INVALID = 'BUYING_POWER_CURRENCY_INVALID'
    """400 VALIDATION_ERROR: Currency pair invalid or unsupported for buying power."""
    BUYING_POWER_NOT_FOUND = 'BUYING_POWER_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No buying power data for the portfolio and currency pair."""
    BUYING_POWER_PERMISSION_DENIED = 'BUYING_POWER_PERMISSION_DENIED'
    """403 PERMISSION_DENIED: No permission to view buying power for the portfolio and currency pair."""
    BUYING_POWER_FAILED_PRECONDITION = 'BUYING_POWER_FAILED_PRECONDITION'
    """400 VALIDATION_ERROR: Buying power request failed a precondition, e.g. portfolio state does not support the pair (note: code VALIDATION_ERROR)."""
    CROSS_MARGIN_NOT_ENABLED = 'CROSS_MARGIN_NOT_ENABLED'
    """403 PERMISSION_DENIED: Cross margin is not enabled for the entity."""
    CROSS_MARGIN_INVALID_ARGUMENT = 'CROSS_MARGIN_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Cross margin / funding settings request has an invalid argument, e.g. a portfolio_id, entity_id or liquidation_id not belonging to the entity."""
    CROSS_MARGIN_FAILED_PRECONDITION = 'CROSS_MARGIN_FAILED_PRECONDITION'
    """400 VALIDATION_ERROR: Cross margin / funding settings request failed a precondition, e.g. entity or portfolio state (note: code VALIDATION_ERROR)."""
    LOCATE_DATE_INVALID = 'LOCATE_DATE_INVALID'
    """400 VALIDATION_ERROR: locate_date is not a valid YYYY-MM-DD date."""
    LOCATE_REQUEST_INVALID = 'LOCATE_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Stock locate request invalid, e.g. both locate_date and locate_ids missing, or locate_date in the past / too far ahead."""
    LOCATE_IDS_INVALID = 'LOCATE_IDS_INVALID'
    """400 VALIDATION_ERROR: One or more locate_ids are not valid UUIDs."""
    LOCATE_FAILED_PRECONDITION = 'LOCATE_FAILED_PRECONDITION'
    """400 FAILED_PRECONDITION: Stock locate precondition failed, e.g. no availability for the currency or portfolio margin not enabled."""
    LOCATE_DATE_REQUIRED = 'LOCATE_DATE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: locate_date is required but missing."""
    MARGIN_SUMMARY_RANGE_INVALID = 'MARGIN_SUMMARY_RANGE_INVALID'
    """400 VALIDATION_ERROR: start_date..end_date exceeds the 3-month maximum trailing period for margin summaries."""
    FINANCING_SERVICE_UNAVAILABLE = 'FINANCING_SERVICE_UNAVAILABLE'
    """503 SERVICE_UNAVAILABLE: Financing data cannot be retrieved now; service-wide condition unrelated to the request or account."""
    MARGIN_CONVERSION_REQUEST_INVALID = 'MARGIN_CONVERSION_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Margin conversions request has invalid parameters (portfolio_id, start_date, end_date)."""
    LOCATE_AVAILABILITY_NOT_FOUND = 'LOCATE_AVAILABILITY_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No locate availability data for the entity and date."""
    MARGIN_INFORMATION_REQUEST_INVALID = 'MARGIN_INFORMATION_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Margin information request has invalid parameters, e.g. entity_id."""
    MARGIN_CONVERSION_FAILED_PRECONDITION = 'MARGIN_CONVERSION_FAILED_PRECONDITION'
    """400 VALIDATION_ERROR: Margin conversions request failed a precondition, e.g. portfolio state (note: code VALIDATION_ERROR)."""
    MARGIN_SUMMARY_FAILED_PRECONDITION = 'MARGIN_SUMMARY_FAILED_PRECONDITION'
    """400 VALIDATION_ERROR: Margin summaries request failed a precondition, e.g. entity state (note: code VALIDATION_ERROR)."""
    FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID = 'FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID'
    """400 VALIDATION_ERROR: excess_funds_target_amount missing, not a valid decimal, or negative."""
    FINANCING_WITHDRAWAL_POWER_INVALID_ARGUMENT = 'FINANCING_WITHDRAWAL_POWER_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Withdrawal power request has invalid parameters, e.g. portfolio_id or symbol."""
    FINANCING_WITHDRAWAL_POWER_SYMBOL_REQUIRED = 'FINANCING_WITHDRAWAL_POWER_SYMBOL_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: symbol is required but missing."""
    FINANCING_PTC_DISABLED_FOR_PM_ENTITY = 'FINANCING_PTC_DISABLED_FOR_PM_ENTITY'
    """404 RESOURCE_NOT_FOUND: Post-trade credit info unavailable because the entity has portfolio margin enabled."""
    FINANCING_FAILED_PRECONDITION = 'FINANCING_FAILED_PRECONDITION'
    """400 FAILED_PRECONDITION: Interest accruals request failed a precondition, e.g. invalid date range for the entity or portfolio."""
    FINANCING_ACCRUALS_RANGE_EXCEEDED = 'FINANCING_ACCRUALS_RANGE_EXCEEDED'
    """400 VALIDATION_ERROR: start_date..end_date exceeds the 12-month maximum trailing period for interest accruals."""
    TIERED_PRICING_EFFECTIVE_AT_INVALID = 'TIERED_PRICING_EFFECTIVE_AT_INVALID'
    """400 VALIDATION_ERROR: effective_at is not a valid RFC 3339 timestamp."""
    TIERED_PRICING_REQUEST_INVALID = 'TIERED_PRICING_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Tiered pricing request has invalid parameters, e.g. entity_id or effective_at."""
    TIERED_PRICING_FAILED_PRECONDITION = 'TIERED_PRICING_FAILED_PRECONDITION'
    """400 FAILED_PRECONDITION: Tiered pricing precondition failed, e.g. entity not enabled for tiered pricing."""
    LOCATE_SYMBOL_REQUIRED = 'LOCATE_SYMBOL_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: symbol is required but missing."""
    LOCATE_AMOUNT_REQUIRED = 'LOCATE_AMOUNT_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: amount is required but missing."""
    REWARDS_API_FEATURE_DISABLED = 'REWARDS_API_FEATURE_DISABLED'
    """403 PERMISSION_DENIED: Rewards Rate API not enabled for this entity or portfolio."""
    REWARDS_REQUEST_INVALID = 'REWARDS_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Rewards rate request is invalid."""
    REWARDS_ENTITY_NOT_ENROLLED = 'REWARDS_ENTITY_NOT_ENROLLED'
    """400 FAILED_PRECONDITION: Entity is not enrolled in Prime Rewards."""
    CONVERSION_FEE_FEATURE_DISABLED = 'CONVERSION_FEE_FEATURE_DISABLED'
    """403 PERMISSION_DENIED: Conversion fees API not enabled for this entity."""
    CONVERSION_FEE_NOT_ENABLED_FOR_ORG = 'CONVERSION_FEE_NOT_ENABLED_FOR_ORG'
    """403 PERMISSION_DENIED: Stablecoin conversion fee configuration not set up for the entity's owning organization."""
    CONVERSION_DESTINATION_INVALID = 'CONVERSION_DESTINATION_INVALID'
    """400 VALIDATION_ERROR: destination is not a valid UUID."""
    CONVERSION_IDEMPOTENCY_KEY_INVALID = 'CONVERSION_IDEMPOTENCY_KEY_INVALID'
    """400 VALIDATION_ERROR: idempotency_key is not a valid UUID."""
    CONVERSION_AMOUNT_INVALID = 'CONVERSION_AMOUNT_INVALID'
    """400 VALIDATION_ERROR: amount is not a valid decimal number."""
    CONVERSION_SOURCE_SYMBOL_REQUIRED = 'CONVERSION_SOURCE_SYMBOL_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: source_symbol is required but missing."""
    CONVERSION_DESTINATION_REQUIRED = 'CONVERSION_DESTINATION_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: destination is required but missing."""
    CONVERSION_REQUEST_INVALID = 'CONVERSION_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Conversion rejected as invalid, e.g. unsupported asset pair or a duplicate transaction."""
    CONVERSION_FAILED_PRECONDITION = 'CONVERSION_FAILED_PRECONDITION'
    """400 FAILED_PRECONDITION: Conversion precondition not met, e.g. insufficient available balance in the source wallet."""
    CONVERSION_PERMISSION_DENIED = 'CONVERSION_PERMISSION_DENIED'
    """403 PERMISSION_DENIED: No permission to convert funds with the given wallet_id or portfolio."""
    CONVERSION_WALLET_NOT_FOUND = 'CONVERSION_WALLET_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: Wallet named by wallet_id or destination not found, or not in the given portfolio_id."""
    FCM_BALANCE_NOT_FOUND = 'FCM_BALANCE_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No futures balance data for the entity_id."""
    FCM_INVALID_ARGUMENT = 'FCM_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Invalid argument for this futures operation, e.g. unknown entity_id or invalid amount/currency."""
    FCM_EQUITY_NOT_FOUND = 'FCM_EQUITY_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No end-of-day equity data for the entity_id's futures account."""
    FCM_RISK_LIMITS_NOT_FOUND = 'FCM_RISK_LIMITS_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No risk limit data for the entity_id's futures account."""
    FCM_SWEEP_NOT_FOUND = 'FCM_SWEEP_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No sweep request for the entity_id, including when there is no pending sweep to cancel."""
    FCM_SWEEP_CURRENCY_REQUIRED = 'FCM_SWEEP_CURRENCY_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: currency is required when scheduling a futures sweep."""
    FCM_TARGET_DERIVATIVES_EXCESS_INVALID = 'FCM_TARGET_DERIVATIVES_EXCESS_INVALID'
    """400 VALIDATION_ERROR: target_derivatives_excess must be a valid non-negative decimal."""
    FCM_ACCOUNT_NOT_FOUND = 'FCM_ACCOUNT_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No futures (FCM) account configured for the entity_id."""
    ONCHAIN_TRANSACTION_REQUEST_INVALID = 'ONCHAIN_TRANSACTION_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Onchain transaction request invalid: bad parameter, unsupported wallet type, or malformed evm_params."""
    ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID = 'ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Onchain address group create/update/delete request contained invalid data."""
    ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_REQUIRED = 'ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: raw_unsigned_txn is required but missing."""
    ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_INVALID = 'ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_INVALID'
    """400 VALIDATION_ERROR: raw_unsigned_txn is not a valid hex-encoded string."""
    ONCHAIN_TRANSACTION_EVM_PARAMS_REQUIRED = 'ONCHAIN_TRANSACTION_EVM_PARAMS_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: evm_params is required when the destination wallet is on an EVM network."""
    ONCHAIN_TRANSACTION_EVM_PARAMS_INVALID = 'ONCHAIN_TRANSACTION_EVM_PARAMS_INVALID'
    """400 VALIDATION_ERROR: evm_params given but the wallet is on a non-EVM network (e.g. Solana)."""
    ONCHAIN_TRANSACTION_REPLACED_TRANSACTION_ID_INVALID = 'ONCHAIN_TRANSACTION_REPLACED_TRANSACTION_ID_INVALID'
    """400 VALIDATION_ERROR: replaced_transaction_id is not a valid transaction identifier."""
    ONCHAIN_TRANSACTION_DISABLE_DYNAMIC_NONCE_INVALID = 'ONCHAIN_TRANSACTION_DISABLE_DYNAMIC_NONCE_INVALID'
    """400 VALIDATION_ERROR: disable_dynamic_nonce must be false when replaced_transaction_id is set to replace a transaction."""
    ONCHAIN_TRANSACTION_CHAIN_ID_REQUIRED = 'ONCHAIN_TRANSACTION_CHAIN_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: chain_id inside evm_params is required for EVM networks."""
    ONCHAIN_TRANSACTION_CHAIN_ID_INVALID = 'ONCHAIN_TRANSACTION_CHAIN_ID_INVALID'
    """400 VALIDATION_ERROR: chain_id is not a valid integer, or must be 1 when using the Flashbots RPC endpoint."""
    ONCHAIN_TRANSACTION_NETWORK_NAME_REQUIRED = 'ONCHAIN_TRANSACTION_NETWORK_NAME_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: network_name is required when submitting through a custom RPC endpoint."""
    ONCHAIN_TRANSACTION_RPC_URL_INVALID = 'ONCHAIN_TRANSACTION_RPC_URL_INVALID'
    """400 VALIDATION_ERROR: Custom RPC endpoint unusable: wallet not on an EVM network, or the call to the endpoint failed."""
    ORDER_ID_REQUIRED = 'ORDER_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: order_id is missing from the request."""
    ORDER_ID_INVALID = 'ORDER_ID_INVALID'
    """400 VALIDATION_ERROR: order_id is not a valid UUID."""
    ORDER_NOT_FOUND = 'ORDER_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No order matches the provided order_id."""
    ORDER_REQUEST_INVALID = 'ORDER_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Order request failed validation, e.g. invalid stp_id, price, size or commission_rate."""
    ORDER_STATUS_INVALID = 'ORDER_STATUS_INVALID'
    """400 VALIDATION_ERROR: order_status includes non-terminal statuses (OPEN, PENDING, ...) which this endpoint does not support; use Open Orders or Websocket/FIX."""
    ORDER_LIMIT_EXCEEDED = 'ORDER_LIMIT_EXCEEDED'
    """400 VALIDATION_ERROR: Query would return more results than the endpoint allows; narrow it or use the Websocket API."""
    ORDER_FILLS_LIMIT_INVALID = 'ORDER_FILLS_LIMIT_INVALID'
    """400 VALIDATION_ERROR: Fills query limit is outside 1..3000."""
    ORDER_FILLS_START_DATE_REQUIRED = 'ORDER_FILLS_START_DATE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: start_date is required for this fills query."""
    ORDER_FILLS_START_DATE_INVALID = 'ORDER_FILLS_START_DATE_INVALID'
    """400 VALIDATION_ERROR: start_date is not a valid timestamp."""
    ORDER_FILLS_END_DATE_INVALID = 'ORDER_FILLS_END_DATE_INVALID'
    """400 VALIDATION_ERROR: end_date is not a valid timestamp."""
    ORDER_TYPE_BLOCK_UNSUPPORTED = 'ORDER_TYPE_BLOCK_UNSUPPORTED'
    """400 VALIDATION_ERROR: BLOCK orders cannot be created or previewed via this endpoint."""
    ORDER_TYPE_RFQ_UNSUPPORTED = 'ORDER_TYPE_RFQ_UNSUPPORTED'
    """400 VALIDATION_ERROR: RFQ orders cannot be created or previewed here; use /rfq and /accept_quote."""
    ORDER_FOK_NOT_ENABLED = 'ORDER_FOK_NOT_ENABLED'
    """400 VALIDATION_ERROR: FILL_OR_KILL time-in-force is not enabled for this portfolio."""
    ORDER_STOP_LIMIT_NOT_ENABLED = 'ORDER_STOP_LIMIT_NOT_ENABLED'
    """400 VALIDATION_ERROR: STOP_LIMIT orders are not enabled for this portfolio."""
    ORDER_PEG_NOT_ENABLED = 'ORDER_PEG_NOT_ENABLED'
    """400 VALIDATION_ERROR: PEG orders are not enabled for this portfolio."""
    ORDER_DUPLICATE_CLIENT_ORDER_ID = 'ORDER_DUPLICATE_CLIENT_ORDER_ID'
    """400 VALIDATION_ERROR: An order with this client_order_id already exists; each new order needs a unique client_order_id."""
    ORDER_REJECTED = 'ORDER_REJECTED'
    """400 VALIDATION_ERROR: Order was rejected during processing and was not placed."""
    ORDER_PRODUCT_ID_INVALID = 'ORDER_PRODUCT_ID_INVALID'
    """400 VALIDATION_ERROR: product_id is not a valid or currently tradable product for this request."""
    ORDER_TYPE_NOT_ALLOWED = 'ORDER_TYPE_NOT_ALLOWED'
    """400 VALIDATION_ERROR: Order type not allowed on this endpoint (e.g. BLOCK or RFQ sent to CreateOrder)."""
    ORDER_TIF_NOT_ENABLED = 'ORDER_TIF_NOT_ENABLED'
    """400 VALIDATION_ERROR: Requested time_in_force (e.g. FILL_OR_KILL) is not enabled for this portfolio."""
    ORDER_FAILED_PRECONDITION = 'ORDER_FAILED_PRECONDITION'
    """400 FAILED_PRECONDITION: Order precondition not met, e.g. an account needed to process the order could not be found or created."""
    ORDER_SERVICE_UNAVAILABLE = 'ORDER_SERVICE_UNAVAILABLE'
    """503 SERVICE_UNAVAILABLE: Trading service needed for this order request is temporarily unavailable."""
    ORDER_RFQ_NOT_ENABLED = 'ORDER_RFQ_NOT_ENABLED'
    """403 PERMISSION_DENIED: Portfolio is not allowed to submit RFQ (request-for-quote) requests."""
    ORDER_CANCEL_NOT_ALLOWED = 'ORDER_CANCEL_NOT_ALLOWED'
    """403 PERMISSION_DENIED: This order may not be canceled."""
    ORDER_FULLY_FILLED = 'ORDER_FULLY_FILLED'
    """400 FAILED_PRECONDITION: Order is fully filled and can no longer be canceled."""
    ORDER_BEING_REPLACED = 'ORDER_BEING_REPLACED'
    """400 FAILED_PRECONDITION: Order is being replaced (edited) and cannot be canceled while that is in progress."""
    ORDER_CANCEL_DUPLICATE = 'ORDER_CANCEL_DUPLICATE'
    """400 VALIDATION_ERROR: A cancel request for this order was already submitted and is still processing."""
    ORDER_SESSION_INVALID = 'ORDER_SESSION_INVALID'
    """400 VALIDATION_ERROR: The order's FCM trading session is not valid for the requested cancel."""
    ORDER_PRODUCT_ID_REQUIRED = 'ORDER_PRODUCT_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: product_id is required for this request."""
    ORDER_CLIENT_ORDER_ID_REQUIRED = 'ORDER_CLIENT_ORDER_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: client_order_id is required to accept a quote."""
    ORDER_QUOTE_ID_REQUIRED = 'ORDER_QUOTE_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: quote_id is required to accept a quote."""
    ORDER_SIDE_REQUIRED = 'ORDER_SIDE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: side is required but missing."""
    ORDER_RESOURCE_NOT_FOUND = 'ORDER_RESOURCE_NOT_FOUND'
    """400 VALIDATION_ERROR: No order with the given order_id exists in this portfolio (note: 400 VALIDATION_ERROR, not 404)."""
    ORDER_SIDE_INVALID = 'ORDER_SIDE_INVALID'
    """400 VALIDATION_ERROR: side is not a supported order side; use BUY or SELL."""
    ORDER_SIZE_REQUIRED = 'ORDER_SIZE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: Order size missing; give base_quantity or quote_value."""
    ORDER_SIZE_INVALID = 'ORDER_SIZE_INVALID'
    """400 VALIDATION_ERROR: Order size unparseable as a number, or both base_quantity and quote_value were given."""
    ORDER_DISPLAY_SIZE_INVALID = 'ORDER_DISPLAY_SIZE_INVALID'
    """400 VALIDATION_ERROR: Display size invalid: both display size fields given, or display size currency does not match the order size's."""
    ORDER_PRICE_INVALID = 'ORDER_PRICE_INVALID'
    """400 VALIDATION_ERROR: limit_price unparseable as a number, or a limit price was given for a market order."""
    ORDER_STOP_PRICE_INVALID = 'ORDER_STOP_PRICE_INVALID'
    """400 VALIDATION_ERROR: stop_price for a STOP_LIMIT order missing or unparseable."""
    ORDER_TIME_IN_FORCE_INVALID = 'ORDER_TIME_IN_FORCE_INVALID'
    """400 VALIDATION_ERROR: time_in_force incompatible with the order type or post-only flag."""
    ORDER_TIME_RANGE_INVALID = 'ORDER_TIME_RANGE_INVALID'
    """400 VALIDATION_ERROR: Order lacks a start_time or end_time required by its type or time-in-force."""
    ORDER_PEG_OFFSET_TYPE_INVALID = 'ORDER_PEG_OFFSET_TYPE_INVALID'
    """400 VALIDATION_ERROR: peg_offset_type is not a supported value for a PEG order."""
    ORDER_CLIENT_QUOTE_ID_REQUIRED = 'ORDER_CLIENT_QUOTE_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: client_quote_id is required for a quote request."""
    ORDER_QUOTE_DURATION_INVALID = 'ORDER_QUOTE_DURATION_INVALID'
    """400 VALIDATION_ERROR: quote_duration_ms is outside the allowed range."""
    ORDER_RFQ_SIQ_NOT_ENABLED = 'ORDER_RFQ_SIQ_NOT_ENABLED'
    """403 PERMISSION_DENIED: Size-in-quote RFQ requests are not enabled for this portfolio."""
    PAYMENT_METHOD_ID_REQUIRED = 'PAYMENT_METHOD_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: payment_method_id is required but missing."""
    PAYMENT_METHOD_ID_INVALID = 'PAYMENT_METHOD_ID_INVALID'
    """400 VALIDATION_ERROR: payment_method_id is not a valid identifier."""
    PAYMENT_METHOD_NOT_FOUND = 'PAYMENT_METHOD_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: Payment method not found: payment_method_id does not exist or is not part of the given entity_id."""
    PAYMENT_METHOD_REQUEST_INVALID = 'PAYMENT_METHOD_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Payment method request has an invalid argument."""
    PORTFOLIO_NOT_FOUND = 'PORTFOLIO_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No portfolio matches the provided portfolio_id."""
    PORTFOLIO_ID_REQUIRED = 'PORTFOLIO_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: portfolio_id is required but missing."""
    PORTFOLIO_TYPE_UNSUPPORTED = 'PORTFOLIO_TYPE_UNSUPPORTED'
    """400 VALIDATION_ERROR: The portfolio's type does not support this operation."""
    PORTFOLIO_ID_INVALID = 'PORTFOLIO_ID_INVALID'
    """400 VALIDATION_ERROR: portfolio_id is not a valid UUID."""
    PORTFOLIO_USERS_CURSOR_INVALID = 'PORTFOLIO_USERS_CURSOR_INVALID'
    """400 VALIDATION_ERROR: Pagination cursor does not match any user in the result set."""
    PORTFOLIO_USERS_LIMIT_INVALID = 'PORTFOLIO_USERS_LIMIT_INVALID'
    """400 VALIDATION_ERROR: limit for portfolio users is out of range."""
    PORTFOLIO_BALANCES_INVALID_ARGUMENT = 'PORTFOLIO_BALANCES_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Portfolio balances request has an invalid cursor or filter."""
    PORTFOLIO_BALANCES_NOT_FOUND = 'PORTFOLIO_BALANCES_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No balances found for the portfolio."""
    CANDLE_REQUEST_INVALID = 'CANDLE_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Candle request invalid: a field such as start_time or end_time missing or malformed."""
    CANDLE_TIME_RANGE_INVALID = 'CANDLE_TIME_RANGE_INVALID'
    """400 VALIDATION_ERROR: start_time/end_time combination is not a valid candle range for the granularity."""
    PRODUCT_FUTURES_NOT_ENABLED = 'PRODUCT_FUTURES_NOT_ENABLED'
    """400 VALIDATION_ERROR: Futures products are not enabled for the portfolio_id."""
    PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No products match the requested criteria."""
    PRODUCT_LIMIT_INVALID = 'PRODUCT_LIMIT_INVALID'
    """400 VALIDATION_ERROR: limit must be a positive number."""
    PRODUCT_OPTIONS_NOT_ENABLED = 'PRODUCT_OPTIONS_NOT_ENABLED'
    """400 VALIDATION_ERROR: Options products are not enabled for the portfolio_id."""
    MARKET_DATA_INVALID_ARGUMENT = 'MARKET_DATA_INVALID_ARGUMENT'
    """400 VALIDATION_ERROR: Invalid argument, e.g. unknown entity_id, cursor or sort_direction."""
    MARKET_DATA_NOT_FOUND = 'MARKET_DATA_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No market data for the entity_id."""
    STAKING_REQUEST_INVALID = 'STAKING_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Stake/unstake/claim-rewards request has an invalid parameter (amount, address, option or allocation)."""
    STAKING_CURRENCY_UNSUPPORTED = 'STAKING_CURRENCY_UNSUPPORTED'
    """400 VALIDATION_ERROR: Currency or wallet's asset not supported for this staking operation."""
    STAKING_NOT_ENABLED = 'STAKING_NOT_ENABLED'
    """403 PERMISSION_DENIED: Wallet-level staking is not enabled for this portfolio."""
    STAKING_PRECONDITION_FAILED = 'STAKING_PRECONDITION_FAILED'
    """400 FAILED_PRECONDITION: The stake/unstake/claim-rewards action is not currently allowed for this wallet."""
    STAKING_SERVICE_UNAVAILABLE = 'STAKING_SERVICE_UNAVAILABLE'
    """503 SERVICE_UNAVAILABLE: Staking service could not process the request after repeated attempts."""
    STAKING_VALIDATOR_ALLOCATIONS_NOT_ENABLED = 'STAKING_VALIDATOR_ALLOCATIONS_NOT_ENABLED'
    """403 PERMISSION_DENIED: validator_allocations is not enabled for this portfolio."""
    STAKING_AMOUNT_REQUIRED = 'STAKING_AMOUNT_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: amount is required but missing."""
    STAKING_AMOUNT_INVALID = 'STAKING_AMOUNT_INVALID'
    """400 VALIDATION_ERROR: amount is not a valid positive decimal, or does not equal the sum of validator allocation amounts."""
    STAKING_INSUFFICIENT_BALANCE = 'STAKING_INSUFFICIENT_BALANCE'
    """400 VALIDATION_ERROR: Wallet has no stakeable, unbondable or claimable balance for this operation."""
    STAKING_WALLET_OR_PORTFOLIO_INVALID = 'STAKING_WALLET_OR_PORTFOLIO_INVALID'
    """400 VALIDATION_ERROR: wallet_id nonexistent, invalid, or not in the given portfolio_id."""
    STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE = 'STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE'
    """400 VALIDATION_ERROR: Unstake amount exceeds the wallet's/validator's/portfolio's unbondable balance."""
    STAKING_WALLET_COLD_ADDRESS_NOT_FOUND = 'STAKING_WALLET_COLD_ADDRESS_NOT_FOUND'
    """400 VALIDATION_ERROR: Wallet has no cold address on record, which this staking operation needs."""
    STAKING_NO_VALIDATORS_AVAILABLE = 'STAKING_NO_VALIDATORS_AVAILABLE'
    """400 VALIDATION_ERROR: No Coinbase-operated validators currently available for the currency."""
    STAKING_END_DATE_INVALID = 'STAKING_END_DATE_INVALID'
    """400 VALIDATION_ERROR: end_date is not a valid YYYY-MM-DD date."""
    STAKING_DELEGATED_ADDRESS_NOT_FOUND = 'STAKING_DELEGATED_ADDRESS_NOT_FOUND'
    """400 VALIDATION_ERROR: Wallet has no delegated-to address on record, required for this currency's staking flow."""
    STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED = 'STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED'
    """400 VALIDATION_ERROR: A custom amount is not allowed for this currency/action combination."""
    STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED = 'STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED'
    """400 VALIDATION_ERROR: A custom validator_address is not allowed for this currency."""
    STAKING_VALIDATOR_ALLOCATIONS_UNSUPPORTED_CURRENCY = 'STAKING_VALIDATOR_ALLOCATIONS_UNSUPPORTED_CURRENCY'
    """400 VALIDATION_ERROR: validator_allocations is only supported for ETH unstaking."""
    STAKING_VALIDATOR_ALLOCATION_INCOMPLETE = 'STAKING_VALIDATOR_ALLOCATION_INCOMPLETE'
    """400 VALIDATION_ERROR: Each validator_allocations entry needs both validator_address and amount."""
    STAKING_VALIDATOR_NOT_ELIGIBLE = 'STAKING_VALIDATOR_NOT_ELIGIBLE'
    """400 VALIDATION_ERROR: validator_address does not belong to this wallet or is not eligible for validator allocations."""
    STAKING_DESTINATION_ADDRESS_INVALID = 'STAKING_DESTINATION_ADDRESS_INVALID'
    """400 VALIDATION_ERROR: Resolved destination address for the stake/unstake/claim action is empty or malformed."""
    STAKING_ACTION_TYPE_UNSUPPORTED = 'STAKING_ACTION_TYPE_UNSUPPORTED'
    """400 VALIDATION_ERROR: action_type is not a supported staking action (initiate, unstake, claim rewards)."""
    STAKING_UNSTAKE_NOT_AVAILABLE = 'STAKING_UNSTAKE_NOT_AVAILABLE'
    """400 VALIDATION_ERROR: A full unstake is not currently available for this wallet."""
    STAKING_NO_ELIGIBLE_WALLETS = 'STAKING_NO_ELIGIBLE_WALLETS'
    """400 VALIDATION_ERROR: No wallet eligible for staking/unstaking for the portfolio_id and currency_symbol."""
    STAKING_BALANCE_NOT_FOUND = 'STAKING_BALANCE_NOT_FOUND'
    """400 FAILED_PRECONDITION: No balance found for the currency_symbol on this portfolio."""
    STAKING_AMOUNT_EXCEEDS_BONDABLE_BALANCE = 'STAKING_AMOUNT_EXCEEDS_BONDABLE_BALANCE'
    """400 VALIDATION_ERROR: Stake amount exceeds the portfolio's bondable balance for the currency."""
    STAKING_PROVIDER_UNSTAKE_NOT_ENABLED = 'STAKING_PROVIDER_UNSTAKE_NOT_ENABLED'
    """403 PERMISSION_DENIED: Provider-level unstaking (all validators of a validator_provider) is not enabled for this portfolio."""
    STAKING_PROVIDER_NO_UNBONDABLE_BALANCE = 'STAKING_PROVIDER_NO_UNBONDABLE_BALANCE'
    """400 FAILED_PRECONDITION: No unbondable balance currently available for that validator_provider on this portfolio and currency."""
    STAKING_IDEMPOTENCY_KEY_REQUIRED = 'STAKING_IDEMPOTENCY_KEY_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: idempotency_key is required for this staking or unstaking operation."""
    STAKING_IDEMPOTENCY_KEY_INVALID = 'STAKING_IDEMPOTENCY_KEY_INVALID'
    """400 VALIDATION_ERROR: idempotency_key is not a valid UUID."""
    STAKING_CURRENCY_SYMBOL_REQUIRED = 'STAKING_CURRENCY_SYMBOL_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: currency_symbol is required for this staking or unstaking operation."""
    STAKING_AMOUNT_VALIDATOR_PROVIDER_CONFLICT = 'STAKING_AMOUNT_VALIDATOR_PROVIDER_CONFLICT'
    """400 VALIDATION_ERROR: amount and validator_provider are mutually exclusive; give at most one."""
    STAKING_VALIDATOR_PROVIDER_REQUIRED = 'STAKING_VALIDATOR_PROVIDER_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: validator_provider is required for a provider-scoped unstake."""
    STAKING_VALIDATOR_PROVIDER_NOT_SUPPORTED = 'STAKING_VALIDATOR_PROVIDER_NOT_SUPPORTED'
    """400 VALIDATION_ERROR: validator_provider value is not a supported provider."""
    TRANSACTION_NOT_FOUND = 'TRANSACTION_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does not belong to it."""
    TRANSACTION_TRAVEL_RULE_DATA_NOT_FOUND = 'TRANSACTION_TRAVEL_RULE_DATA_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No travel rule data exists for the transaction."""
    TRANSACTION_TYPE_UNSUPPORTED = 'TRANSACTION_TYPE_UNSUPPORTED'
    """400 VALIDATION_ERROR: Transaction does not support the operation, e.g. travel rule data for a non-deposit."""
    TRANSACTION_TRAVEL_RULE_PARTY_INVALID = 'TRANSACTION_TRAVEL_RULE_PARTY_INVALID'
    """400 VALIDATION_ERROR: Travel rule originator/beneficiary info missing or fails identity validation."""
    TRANSACTION_ID_REQUIRED = 'TRANSACTION_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: transaction_id is required but missing."""
    TRANSACTION_ID_INVALID = 'TRANSACTION_ID_INVALID'
    """400 VALIDATION_ERROR: transaction_id is not a valid UUID."""
    TRANSACTION_LIMIT_EXCEEDED = 'TRANSACTION_LIMIT_EXCEEDED'
    """400 VALIDATION_ERROR: limit exceeds the maximum transactions returned per request."""
    TRANSACTION_SERVICE_UNAVAILABLE = 'TRANSACTION_SERVICE_UNAVAILABLE'
    """503 SERVICE_UNAVAILABLE: Transaction data needed for this request is temporarily unavailable."""
    TRANSACTION_CURSOR_INVALID = 'TRANSACTION_CURSOR_INVALID'
    """400 VALIDATION_ERROR: cursor is not a valid pagination token; omit it or reuse one from a prior response."""
    TRANSACTION_TRAVEL_RULE_STATUS_INVALID = 'TRANSACTION_TRAVEL_RULE_STATUS_INVALID'
    """400 VALIDATION_ERROR: travel_rule_status filter has an unrecognized value."""
    TRANSACTION_FILTER_INVALID = 'TRANSACTION_FILTER_INVALID'
    """400 VALIDATION_ERROR: Invalid filter combination, e.g. symbols together with type ONCHAIN_TRANSACTION."""
    TRANSACTION_IDS_INVALID = 'TRANSACTION_IDS_INVALID'
    """400 VALIDATION_ERROR: transaction_ids values missing, too many, or not valid UUIDs."""
    TRANSACTION_PARAMS_INVALID = 'TRANSACTION_PARAMS_INVALID'
    """400 VALIDATION_ERROR: One or more request parameters (portfolio_id, transaction_ids, cursor, limit) failed validation."""
    WALLET_ID_REQUIRED = 'WALLET_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: wallet_id is required but missing."""
    WALLET_ID_INVALID = 'WALLET_ID_INVALID'
    """400 VALIDATION_ERROR: wallet_id is not a valid UUID."""
    WALLET_TYPE_NOT_SUPPORTED = 'WALLET_TYPE_NOT_SUPPORTED'
    """400 VALIDATION_ERROR: The wallet's type does not support this operation."""
    WALLET_NOT_FOUND = 'WALLET_NOT_FOUND'
    """404 RESOURCE_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio."""
    WALLET_SERVICE_UNAVAILABLE = 'WALLET_SERVICE_UNAVAILABLE'
    """503 SERVICE_UNAVAILABLE: Service for fetching/processing wallet data temporarily unavailable, or balances could not be resolved."""
    WALLET_DEPOSIT_TYPE_REQUIRED = 'WALLET_DEPOSIT_TYPE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: deposit_type is required but missing."""
    WALLET_METADATA_INVALID = 'WALLET_METADATA_INVALID'
    """400 VALIDATION_ERROR: metadata is not a valid JSON object, or a nested value is not an object of string values."""
    WALLET_NETWORK_REQUIRED = 'WALLET_NETWORK_REQUIRED'
    """400 VALIDATION_ERROR: A network must be given for crypto deposits since the wallet has no default network."""
    WALLET_NOT_DEPOSITABLE = 'WALLET_NOT_DEPOSITABLE'
    """400 FAILED_PRECONDITION: The wallet cannot accept deposits."""
    WALLET_DEPOSIT_REQUEST_INVALID = 'WALLET_DEPOSIT_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Deposit request invalid or unsupported for this wallet."""
    WALLET_REQUEST_INVALID = 'WALLET_REQUEST_INVALID'
    """400 VALIDATION_ERROR: Invalid argument for this wallet operation."""
    WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED = 'WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED'
    """400 VALIDATION_ERROR: symbols filter may not be set when wallet type is ONCHAIN."""
    WALLET_FAILED_PRECONDITION = 'WALLET_FAILED_PRECONDITION'
    """400 FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the requested action."""
    WALLET_NETWORK_ID_REQUIRED = 'WALLET_NETWORK_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: network_id is required but missing."""
    WALLET_NETWORK_INVALID = 'WALLET_NETWORK_INVALID'
    """400 VALIDATION_ERROR: Network identifier malformed; must be {network_id}-{network_type} (e.g. base-mainnet), no spaces, each part <= 20 chars."""
    WALLET_ONCHAIN_SETUP_UNAVAILABLE = 'WALLET_ONCHAIN_SETUP_UNAVAILABLE'
    """400 FAILED_PRECONDITION: Onchain wallet setup for this network family not completed; do it in the Prime web app before creating the wallet via API."""
    WALLET_NAME_REQUIRED = 'WALLET_NAME_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: name is required but missing."""
    WALLET_SYMBOL_REQUIRED = 'WALLET_SYMBOL_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: symbol is required for wallet types other than ONCHAIN."""
    WALLET_NETWORK_FAMILY_REQUIRED = 'WALLET_NETWORK_FAMILY_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: network_family is required when wallet_type is ONCHAIN."""
    WALLET_NETWORK_FAMILY_NOT_ALLOWED = 'WALLET_NETWORK_FAMILY_NOT_ALLOWED'
    """400 VALIDATION_ERROR: network_family must not be set when wallet_type is not ONCHAIN."""
    WALLET_BALANCES_LIMIT_INVALID = 'WALLET_BALANCES_LIMIT_INVALID'
    """400 VALIDATION_ERROR: limit is outside the allowed range."""
    WALLET_VISIBILITY_STATUSES_INVALID = 'WALLET_VISIBILITY_STATUSES_INVALID'
    """400 VALIDATION_ERROR: visibility_statuses filter has more values than allowed."""
    WALLET_NETWORK_TYPE_REQUIRED = 'WALLET_NETWORK_TYPE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: type on the network object is required but missing."""
    WALLET_NETWORK_TYPE_NOT_SUPPORTED = 'WALLET_NETWORK_TYPE_NOT_SUPPORTED'
    """400 VALIDATION_ERROR: Network type part of network_id is not supported in this environment."""
    WALLET_EXTERNAL_ID_INVALID = 'WALLET_EXTERNAL_ID_INVALID'
    """400 VALIDATION_ERROR: external_id is not valid UTF-8 or exceeds 255 bytes."""
    WALLET_AMOUNT_REQUIRED = 'WALLET_AMOUNT_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: amount is required but missing."""
    WALLET_IDEMPOTENCY_KEY_REQUIRED = 'WALLET_IDEMPOTENCY_KEY_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: idempotency_key is required but missing."""
    WALLET_IDEMPOTENCY_KEY_INVALID = 'WALLET_IDEMPOTENCY_KEY_INVALID'
    """400 VALIDATION_ERROR: idempotency_key is not a valid UUID."""
    WALLET_CURRENCY_SYMBOL_REQUIRED = 'WALLET_CURRENCY_SYMBOL_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: currency_symbol is required but missing."""
    WALLET_TRANSFER_DESTINATION_REQUIRED = 'WALLET_TRANSFER_DESTINATION_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: Destination wallet ID is required for an internal wallet transfer."""
    WALLET_TRANSFER_DESTINATION_INVALID = 'WALLET_TRANSFER_DESTINATION_INVALID'
    """400 VALIDATION_ERROR: Destination wallet ID is not a valid UUID or equals the source wallet_id."""
    WALLET_PORTFOLIO_CREDIT_FROZEN = 'WALLET_PORTFOLIO_CREDIT_FROZEN'
    """403 PERMISSION_DENIED: Portfolio's credit is frozen, blocking this transaction; contact support."""
    WALLET_DESTINATION_TYPE_REQUIRED = 'WALLET_DESTINATION_TYPE_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: destination_type is required but missing."""
    WALLET_DESTINATION_TYPE_INVALID = 'WALLET_DESTINATION_TYPE_INVALID'
    """400 VALIDATION_ERROR: destination_type is not a supported value for this operation."""
    WALLET_COUNTERPARTY_ID_REQUIRED = 'WALLET_COUNTERPARTY_ID_REQUIRED'
    """400 REQUIRED_FIELD_MISSING: counterparty_id is required when destination_type is a counterparty destination."""

    @property
    def info(self) -> SubcodeInfo | None:
        return SUBCODES.get(self.value)


# code -> CodeInfo
CODES: Mapping[str, CodeInfo] = MappingProxyType(
    {
        'RESOURCE_NOT_FOUND': CodeInfo(404, 'The requested resource does not exist / could not be found.', False),
        'VALIDATION_ERROR': CodeInfo(400, 'One or more request fields are invalid or mutually incompatible.', False),
        'REQUIRED_FIELD_MISSING': CodeInfo(400, 'A required request field was not supplied.', False),
        'FAILED_PRECONDITION': CodeInfo(400, 'A precondition needed to complete the request was not satisfied.', False),
        'AUTHENTICATION_FAILED': CodeInfo(401, 'Request could not be authenticated; check the supplied credentials.', False),
        'PERMISSION_DENIED': CodeInfo(403, 'The current API key is not permitted to perform this action.', False),
        'RATE_LIMIT_EXCEEDED': CodeInfo(429, 'Request rate limit exceeded; lower the rate and retry after a backoff.', True),
        'INTERNAL_ERROR': CodeInfo(500, 'Unexpected internal error while processing; contact support if it persists.', False),
        'NOT_IMPLEMENTED': CodeInfo(501, 'Endpoint or operation is not implemented yet.', False),
        'SERVICE_UNAVAILABLE': CodeInfo(503, 'Service temporarily unavailable; retry after a backoff.', True),
    }
)

# the codes Coinbase's SDKs class as safe to retry after a backoff
RETRYABLE_CODES: frozenset[ErrorCode] = frozenset({ErrorCode.RATE_LIMIT_EXCEEDED, ErrorCode.SERVICE_UNAVAILABLE})

# subcode -> SubcodeInfo(code, status, meaning, domain)
SUBCODES: Mapping[str, SubcodeInfo] = MappingProxyType(
    {
        'ACTIVITY_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'Activity not found: activity_id does not exist or is not part of the given portfolio_id.', 'activity'),
        'ACTIVITY_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Activity request has an invalid argument, e.g. a malformed filter or identifier.', 'activity'),
        'ACTIVITY_ACCESS_DENIED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Caller may not access the requested activity data for that entity or portfolio.', 'activity'),
        'ACTIVITY_CATEGORY_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'categories holds a value that is not a supported activity category.', 'activity'),
        'ACTIVITY_TIME_RANGE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'start_time/end_time is not valid RFC 3339, or end_time precedes start_time.', 'activity'),
        'ACTIVITY_STATUS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'statuses holds a value that is not a supported activity status.', 'activity'),
        'ACTIVITY_PORTFOLIO_ID_MISMATCH': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'The activity exists but belongs to a different portfolio than the portfolio_id sent.', 'activity'),
        'ADDRESS_BOOK_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'Address book entry not found for the given portfolio_id.', 'addressbook'),
        'ADDRESS_BOOK_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Address book request has an invalid argument, e.g. malformed address or currency_symbol.', 'addressbook'),
        'ADDRESS_BOOK_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Entry could not be created or retrieved because a precondition was not met (note: code is VALIDATION_ERROR, not FAILED_PRECONDITION).', 'addressbook'),
        'ADDRESS_BOOK_ADDRESS_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'address is required to create an address book entry.', 'addressbook'),
        'ADDRESS_BOOK_CURRENCY_SYMBOL_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'currency_symbol is required to create an address book entry.', 'addressbook'),
        'ADDRESS_BOOK_NAME_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'name is required to create an address book entry.', 'addressbook'),
        'ADVANCED_TRANSFER_NOT_ENABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Advanced Transfers, or the specific transfer configuration requested, are not enabled for this portfolio.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Request malformed or fails validation, e.g. missing portfolio_id, missing/unsupported transfer type, invalid fund movement.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'advanced_transfer_id does not identify a transfer that can be cancelled.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_CANCEL_PRECONDITION_FAILED': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Transfer can no longer be cancelled (not in a cancellable state).', 'advanced_transfer'),
        'ADVANCED_TRANSFER_PRECONDITION_FAILED': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'A precondition was not met, e.g. the portfolio has no wallet for one of the fund-movement currencies.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_SERVICE_UNAVAILABLE': SubcodeInfo(ErrorCode.SERVICE_UNAVAILABLE, 503, 'The service behind advanced transfers is unavailable or has hit a rate limit.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_DATE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'settlement_date, settlement_time or trade_date is not in the expected format.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'A resource referenced by the advanced transfer request was not found.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_TOO_MANY_FUND_MOVEMENTS': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'More fund movements than the maximum legs allowed per transfer.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_COUNTERPARTY_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Fund movements do not all settle against one counterparty; every leg must share a single counterparty.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_AMOUNT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Amount on one or more fund movements is not a valid positive decimal.', 'advanced_transfer'),
        'ADVANCED_TRANSFER_COUNTERPARTY_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'One or more fund movements lack a counterparty identifier.', 'advanced_transfer'),
        'ALLOCATION_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'allocation_id is required but missing.', 'allocation'),
        'ALLOCATION_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'allocation_id is not a valid UUID.', 'allocation'),
        'ALLOCATION_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'Allocation not found, either nonexistent or the orders being allocated could not be retrieved.', 'allocation'),
        'ALLOCATION_NETTING_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'netting_id is required but missing.', 'allocation'),
        'ALLOCATION_NETTING_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'netting_id is not a valid UUID.', 'allocation'),
        'ALLOCATION_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'One or more allocation fields (product_id, order_ids, allocation_legs, size_type, ...) missing or invalid.', 'allocation'),
        'ALLOCATION_START_DATE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'start_date is required when listing portfolio allocations.', 'allocation'),
        'ALLOCATION_PRECONDITION_FAILED': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Buying power or account info for the source or destination portfolio could not be retrieved, so the allocation was not processed.', 'allocation'),
        'ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'source_portfolio_id is required to identify where the allocation comes from.', 'allocation'),
        'ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'At least one allocation_legs entry has no destination_portfolio_id.', 'allocation'),
        'ALLOCATION_ORDERS_MIXED_SIDES': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'order_ids mixes buy and sell orders; all orders in one allocation must share a side.', 'allocation'),
        'ALLOCATION_ORDERS_MIXED_PRODUCTS': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'order_ids spans several products; all orders in one allocation must share a product_id.', 'allocation'),
        'ALLOCATION_ORDER_NOT_TERMINAL': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'At least one order has not reached a terminal state and cannot be allocated until it finishes.', 'allocation'),
        'ALLOCATION_ORDER_TOO_OLD': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'At least one order is older than the maximum age allowed for allocation.', 'allocation'),
        'ALLOCATION_ORDER_ALREADY_ALLOCATED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'At least one order in order_ids has already been allocated and cannot be allocated again.', 'allocation'),
        'ALLOCATION_LIMIT_EXCEEDED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'limit exceeds the maximum number of allocations returned per request.', 'allocation'),
        'ASSET_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'Asset not found, e.g. the currency symbol or asset identifier does not map to a supported asset.', 'asset'),
        'ASSET_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Asset lookup has an invalid argument, e.g. unsupported currency symbol or malformed asset identifier.', 'asset'),
        'ASSET_SERVICE_UNAVAILABLE': SubcodeInfo(ErrorCode.SERVICE_UNAVAILABLE, 503, 'Asset information cannot be retrieved at this time.', 'asset'),
        'COMMISSION_PRODUCT_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'product_id is not a recognized trading pair.', 'commission'),
        'COMMISSION_TRADING_NOT_ENABLED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'The portfolio is not enabled for trading, so no trading commission rate can be computed for it.', 'commission'),
        'AUTH_AUTHORIZATION_FAILED': SubcodeInfo(ErrorCode.INTERNAL_ERROR, 500, 'Unexpected error while authorizing the request; contact support if it persists.', 'common'),
        'AUTH_RESOURCE_ACCESS_DENIED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'The current API key may not access this resource.', 'common'),
        'AUTH_RESOURCE_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No resource matches the request, or the caller has no access to it.', 'common'),
        'AUTH_UNAUTHENTICATED': SubcodeInfo(ErrorCode.AUTHENTICATION_FAILED, 401, 'Request could not be authenticated; check the credentials supplied.', 'common'),
        'ENDPOINT_NOT_IMPLEMENTED': SubcodeInfo(ErrorCode.NOT_IMPLEMENTED, 501, 'This endpoint is not implemented yet.', 'common'),
        'SERVER_MAINTENANCE_MODE_ACTIVE': SubcodeInfo(ErrorCode.SERVICE_UNAVAILABLE, 503, 'API is in maintenance mode and refusing this request; windows can be extended, check https://status.prime.coinbase.com before retrying.', 'common'),
        'SERVER_RATE_LIMIT_EXCEEDED': SubcodeInfo(ErrorCode.RATE_LIMIT_EXCEEDED, 429, 'Rate limit for this endpoint exceeded; reduce request rate and retry after a backoff.', 'common'),
        'MTLS_CERTIFICATE_REQUIRED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'No valid client (mTLS) certificate was presented.', 'common'),
        'MTLS_CERTIFICATE_REVOKED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'The presented client certificate has been revoked.', 'common'),
        'MTLS_CERTIFICATE_INVALID': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'The presented client certificate is not a valid identity for this organization or environment.', 'common'),
        'API_KEY_INVALID_DURATION': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'duration_seconds exceeds the maximum rotation timespan of 30 days.', 'common'),
        'API_KEY_ALREADY_ROTATED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'A rotation was already initiated for this API key; only one rotation may be pending at a time.', 'common'),
        'ENTITY_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'entity_id is required but missing.', 'entity'),
        'ENTITY_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'entity_id is not a valid UUID.', 'entity'),
        'ENTITY_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No entity matches the provided entity_id.', 'entity'),
        'ENTITY_BALANCES_LIMIT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'limit for entity balances is out of range.', 'entity'),
        'ENTITY_BALANCES_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Entity balances request has an invalid cursor or filter.', 'entity'),
        'ENTITY_BALANCES_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No balances found for the entity.', 'entity'),
        'ENTITY_POSITION_LIMIT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'limit must be > 0 and not above the maximum allowed.', 'entity'),
        'ENTITY_POSITION_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No position data for the entity or portfolio.', 'entity'),
        'ENTITY_POSITION_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Position request has an invalid argument, e.g. malformed portfolio_id or other filter.', 'entity'),
        'FINANCING_START_DATE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'start_date is required but missing.', 'financing'),
        'FINANCING_END_DATE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'end_date is required but missing.', 'financing'),
        'FINANCING_START_DATE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'start_date is not a valid RFC 3339 timestamp.', 'financing'),
        'FINANCING_END_DATE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'end_date is not a valid RFC 3339 timestamp.', 'financing'),
        'FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED': SubcodeInfo(ErrorCode.AUTHENTICATION_FAILED, 401, 'Portfolio margin not enabled for the portfolio/entity, so this financing endpoint returns no data (note: 401 AUTHENTICATION_FAILED).', 'financing'),
        'FINANCING_ACCRUALS_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Interest accruals request has invalid parameters (entity_id, portfolio_id, start_date, end_date).', 'financing'),
        'FINANCING_ACCRUALS_DATE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'start_date..end_date range is not valid for interest accruals on this portfolio.', 'financing'),
        'BUYING_POWER_BASE_CURRENCY_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'base_currency is required but missing.', 'financing'),
        'BUYING_POWER_QUOTE_CURRENCY_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'quote_currency is required but missing.', 'financing'),
        'BUYING_POWER_CURRENCY_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Currency pair invalid or unsupported for buying power.', 'financing'),
        'BUYING_POWER_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No buying power data for the portfolio and currency pair.', 'financing'),
        'BUYING_POWER_PERMISSION_DENIED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'No permission to view buying power for the portfolio and currency pair.', 'financing'),
        'BUYING_POWER_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Buying power request failed a precondition, e.g. portfolio state does not support the pair (note: code VALIDATION_ERROR).', 'financing'),
        'CROSS_MARGIN_NOT_ENABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Cross margin is not enabled for the entity.', 'financing'),
        'CROSS_MARGIN_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Cross margin / funding settings request has an invalid argument, e.g. a portfolio_id, entity_id or liquidation_id not belonging to the entity.', 'financing'),
        'CROSS_MARGIN_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Cross margin / funding settings request failed a precondition, e.g. entity or portfolio state (note: code VALIDATION_ERROR).', 'financing'),
        'LOCATE_DATE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'locate_date is not a valid YYYY-MM-DD date.', 'financing'),
        'LOCATE_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Stock locate request invalid, e.g. both locate_date and locate_ids missing, or locate_date in the past / too far ahead.', 'financing'),
        'LOCATE_IDS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'One or more locate_ids are not valid UUIDs.', 'financing'),
        'LOCATE_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Stock locate precondition failed, e.g. no availability for the currency or portfolio margin not enabled.', 'financing'),
        'LOCATE_DATE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'locate_date is required but missing.', 'financing'),
        'MARGIN_SUMMARY_RANGE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'start_date..end_date exceeds the 3-month maximum trailing period for margin summaries.', 'financing'),
        'FINANCING_SERVICE_UNAVAILABLE': SubcodeInfo(ErrorCode.SERVICE_UNAVAILABLE, 503, 'Financing data cannot be retrieved now; service-wide condition unrelated to the request or account.', 'financing'),
        'MARGIN_CONVERSION_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Margin conversions request has invalid parameters (portfolio_id, start_date, end_date).', 'financing'),
        'LOCATE_AVAILABILITY_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No locate availability data for the entity and date.', 'financing'),
        'MARGIN_INFORMATION_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Margin information request has invalid parameters, e.g. entity_id.', 'financing'),
        'MARGIN_CONVERSION_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Margin conversions request failed a precondition, e.g. portfolio state (note: code VALIDATION_ERROR).', 'financing'),
        'MARGIN_SUMMARY_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Margin summaries request failed a precondition, e.g. entity state (note: code VALIDATION_ERROR).', 'financing'),
        'FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'excess_funds_target_amount missing, not a valid decimal, or negative.', 'financing'),
        'FINANCING_WITHDRAWAL_POWER_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Withdrawal power request has invalid parameters, e.g. portfolio_id or symbol.', 'financing'),
        'FINANCING_WITHDRAWAL_POWER_SYMBOL_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'symbol is required but missing.', 'financing'),
        'FINANCING_PTC_DISABLED_FOR_PM_ENTITY': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'Post-trade credit info unavailable because the entity has portfolio margin enabled.', 'financing'),
        'FINANCING_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Interest accruals request failed a precondition, e.g. invalid date range for the entity or portfolio.', 'financing'),
        'FINANCING_ACCRUALS_RANGE_EXCEEDED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'start_date..end_date exceeds the 12-month maximum trailing period for interest accruals.', 'financing'),
        'TIERED_PRICING_EFFECTIVE_AT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'effective_at is not a valid RFC 3339 timestamp.', 'financing'),
        'TIERED_PRICING_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Tiered pricing request has invalid parameters, e.g. entity_id or effective_at.', 'financing'),
        'TIERED_PRICING_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Tiered pricing precondition failed, e.g. entity not enabled for tiered pricing.', 'financing'),
        'LOCATE_SYMBOL_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'symbol is required but missing.', 'financing'),
        'LOCATE_AMOUNT_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'amount is required but missing.', 'financing'),
        'REWARDS_API_FEATURE_DISABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Rewards Rate API not enabled for this entity or portfolio.', 'financing'),
        'REWARDS_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Rewards rate request is invalid.', 'financing'),
        'REWARDS_ENTITY_NOT_ENROLLED': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Entity is not enrolled in Prime Rewards.', 'financing'),
        'CONVERSION_FEE_FEATURE_DISABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Conversion fees API not enabled for this entity.', 'financing'),
        'CONVERSION_FEE_NOT_ENABLED_FOR_ORG': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, "Stablecoin conversion fee configuration not set up for the entity's owning organization.", 'financing'),
        'CONVERSION_DESTINATION_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'destination is not a valid UUID.', 'financing'),
        'CONVERSION_IDEMPOTENCY_KEY_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'idempotency_key is not a valid UUID.', 'financing'),
        'CONVERSION_AMOUNT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'amount is not a valid decimal number.', 'financing'),
        'CONVERSION_SOURCE_SYMBOL_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'source_symbol is required but missing.', 'financing'),
        'CONVERSION_DESTINATION_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'destination is required but missing.', 'financing'),
        'CONVERSION_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Conversion rejected as invalid, e.g. unsupported asset pair or a duplicate transaction.', 'financing'),
        'CONVERSION_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Conversion precondition not met, e.g. insufficient available balance in the source wallet.', 'financing'),
        'CONVERSION_PERMISSION_DENIED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'No permission to convert funds with the given wallet_id or portfolio.', 'financing'),
        'CONVERSION_WALLET_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'Wallet named by wallet_id or destination not found, or not in the given portfolio_id.', 'financing'),
        'FCM_BALANCE_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No futures balance data for the entity_id.', 'futures'),
        'FCM_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Invalid argument for this futures operation, e.g. unknown entity_id or invalid amount/currency.', 'futures'),
        'FCM_EQUITY_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, "No end-of-day equity data for the entity_id's futures account.", 'futures'),
        'FCM_RISK_LIMITS_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, "No risk limit data for the entity_id's futures account.", 'futures'),
        'FCM_SWEEP_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No sweep request for the entity_id, including when there is no pending sweep to cancel.', 'futures'),
        'FCM_SWEEP_CURRENCY_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'currency is required when scheduling a futures sweep.', 'futures'),
        'FCM_TARGET_DERIVATIVES_EXCESS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'target_derivatives_excess must be a valid non-negative decimal.', 'futures'),
        'FCM_ACCOUNT_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No futures (FCM) account configured for the entity_id.', 'futures'),
        'ONCHAIN_TRANSACTION_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Onchain transaction request invalid: bad parameter, unsupported wallet type, or malformed evm_params.', 'onchain'),
        'ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Onchain address group create/update/delete request contained invalid data.', 'onchain'),
        'ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'raw_unsigned_txn is required but missing.', 'onchain'),
        'ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'raw_unsigned_txn is not a valid hex-encoded string.', 'onchain'),
        'ONCHAIN_TRANSACTION_EVM_PARAMS_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'evm_params is required when the destination wallet is on an EVM network.', 'onchain'),
        'ONCHAIN_TRANSACTION_EVM_PARAMS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'evm_params given but the wallet is on a non-EVM network (e.g. Solana).', 'onchain'),
        'ONCHAIN_TRANSACTION_REPLACED_TRANSACTION_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'replaced_transaction_id is not a valid transaction identifier.', 'onchain'),
        'ONCHAIN_TRANSACTION_DISABLE_DYNAMIC_NONCE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'disable_dynamic_nonce must be false when replaced_transaction_id is set to replace a transaction.', 'onchain'),
        'ONCHAIN_TRANSACTION_CHAIN_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'chain_id inside evm_params is required for EVM networks.', 'onchain'),
        'ONCHAIN_TRANSACTION_CHAIN_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'chain_id is not a valid integer, or must be 1 when using the Flashbots RPC endpoint.', 'onchain'),
        'ONCHAIN_TRANSACTION_NETWORK_NAME_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'network_name is required when submitting through a custom RPC endpoint.', 'onchain'),
        'ONCHAIN_TRANSACTION_RPC_URL_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Custom RPC endpoint unusable: wallet not on an EVM network, or the call to the endpoint failed.', 'onchain'),
        'ORDER_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'order_id is missing from the request.', 'order'),
        'ORDER_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'order_id is not a valid UUID.', 'order'),
        'ORDER_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No order matches the provided order_id.', 'order'),
        'ORDER_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Order request failed validation, e.g. invalid stp_id, price, size or commission_rate.', 'order'),
        'ORDER_STATUS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'order_status includes non-terminal statuses (OPEN, PENDING, ...) which this endpoint does not support; use Open Orders or Websocket/FIX.', 'order'),
        'ORDER_LIMIT_EXCEEDED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Query would return more results than the endpoint allows; narrow it or use the Websocket API.', 'order'),
        'ORDER_FILLS_LIMIT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Fills query limit is outside 1..3000.', 'order'),
        'ORDER_FILLS_START_DATE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'start_date is required for this fills query.', 'order'),
        'ORDER_FILLS_START_DATE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'start_date is not a valid timestamp.', 'order'),
        'ORDER_FILLS_END_DATE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'end_date is not a valid timestamp.', 'order'),
        'ORDER_TYPE_BLOCK_UNSUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'BLOCK orders cannot be created or previewed via this endpoint.', 'order'),
        'ORDER_TYPE_RFQ_UNSUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'RFQ orders cannot be created or previewed here; use /rfq and /accept_quote.', 'order'),
        'ORDER_FOK_NOT_ENABLED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'FILL_OR_KILL time-in-force is not enabled for this portfolio.', 'order'),
        'ORDER_STOP_LIMIT_NOT_ENABLED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'STOP_LIMIT orders are not enabled for this portfolio.', 'order'),
        'ORDER_PEG_NOT_ENABLED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'PEG orders are not enabled for this portfolio.', 'order'),
        'ORDER_DUPLICATE_CLIENT_ORDER_ID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'An order with this client_order_id already exists; each new order needs a unique client_order_id.', 'order'),
        'ORDER_REJECTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Order was rejected during processing and was not placed.', 'order'),
        'ORDER_PRODUCT_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'product_id is not a valid or currently tradable product for this request.', 'order'),
        'ORDER_TYPE_NOT_ALLOWED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Order type not allowed on this endpoint (e.g. BLOCK or RFQ sent to CreateOrder).', 'order'),
        'ORDER_TIF_NOT_ENABLED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Requested time_in_force (e.g. FILL_OR_KILL) is not enabled for this portfolio.', 'order'),
        'ORDER_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Order precondition not met, e.g. an account needed to process the order could not be found or created.', 'order'),
        'ORDER_SERVICE_UNAVAILABLE': SubcodeInfo(ErrorCode.SERVICE_UNAVAILABLE, 503, 'Trading service needed for this order request is temporarily unavailable.', 'order'),
        'ORDER_RFQ_NOT_ENABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Portfolio is not allowed to submit RFQ (request-for-quote) requests.', 'order'),
        'ORDER_CANCEL_NOT_ALLOWED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'This order may not be canceled.', 'order'),
        'ORDER_FULLY_FILLED': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Order is fully filled and can no longer be canceled.', 'order'),
        'ORDER_BEING_REPLACED': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Order is being replaced (edited) and cannot be canceled while that is in progress.', 'order'),
        'ORDER_CANCEL_DUPLICATE': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'A cancel request for this order was already submitted and is still processing.', 'order'),
        'ORDER_SESSION_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, "The order's FCM trading session is not valid for the requested cancel.", 'order'),
        'ORDER_PRODUCT_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'product_id is required for this request.', 'order'),
        'ORDER_CLIENT_ORDER_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'client_order_id is required to accept a quote.', 'order'),
        'ORDER_QUOTE_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'quote_id is required to accept a quote.', 'order'),
        'ORDER_SIDE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'side is required but missing.', 'order'),
        'ORDER_RESOURCE_NOT_FOUND': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'No order with the given order_id exists in this portfolio (note: 400 VALIDATION_ERROR, not 404).', 'order'),
        'ORDER_SIDE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'side is not a supported order side; use BUY or SELL.', 'order'),
        'ORDER_SIZE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'Order size missing; give base_quantity or quote_value.', 'order'),
        'ORDER_SIZE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Order size unparseable as a number, or both base_quantity and quote_value were given.', 'order'),
        'ORDER_DISPLAY_SIZE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, "Display size invalid: both display size fields given, or display size currency does not match the order size's.", 'order'),
        'ORDER_PRICE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'limit_price unparseable as a number, or a limit price was given for a market order.', 'order'),
        'ORDER_STOP_PRICE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'stop_price for a STOP_LIMIT order missing or unparseable.', 'order'),
        'ORDER_TIME_IN_FORCE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'time_in_force incompatible with the order type or post-only flag.', 'order'),
        'ORDER_TIME_RANGE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Order lacks a start_time or end_time required by its type or time-in-force.', 'order'),
        'ORDER_PEG_OFFSET_TYPE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'peg_offset_type is not a supported value for a PEG order.', 'order'),
        'ORDER_CLIENT_QUOTE_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'client_quote_id is required for a quote request.', 'order'),
        'ORDER_QUOTE_DURATION_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'quote_duration_ms is outside the allowed range.', 'order'),
        'ORDER_RFQ_SIQ_NOT_ENABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Size-in-quote RFQ requests are not enabled for this portfolio.', 'order'),
        'PAYMENT_METHOD_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'payment_method_id is required but missing.', 'paymentmethod'),
        'PAYMENT_METHOD_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'payment_method_id is not a valid identifier.', 'paymentmethod'),
        'PAYMENT_METHOD_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'Payment method not found: payment_method_id does not exist or is not part of the given entity_id.', 'paymentmethod'),
        'PAYMENT_METHOD_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Payment method request has an invalid argument.', 'paymentmethod'),
        'PORTFOLIO_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No portfolio matches the provided portfolio_id.', 'portfolio'),
        'PORTFOLIO_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'portfolio_id is required but missing.', 'portfolio'),
        'PORTFOLIO_TYPE_UNSUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, "The portfolio's type does not support this operation.", 'portfolio'),
        'PORTFOLIO_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'portfolio_id is not a valid UUID.', 'portfolio'),
        'PORTFOLIO_USERS_CURSOR_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Pagination cursor does not match any user in the result set.', 'portfolio'),
        'PORTFOLIO_USERS_LIMIT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'limit for portfolio users is out of range.', 'portfolio'),
        'PORTFOLIO_BALANCES_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Portfolio balances request has an invalid cursor or filter.', 'portfolio'),
        'PORTFOLIO_BALANCES_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No balances found for the portfolio.', 'portfolio'),
        'CANDLE_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Candle request invalid: a field such as start_time or end_time missing or malformed.', 'product'),
        'CANDLE_TIME_RANGE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'start_time/end_time combination is not a valid candle range for the granularity.', 'product'),
        'PRODUCT_FUTURES_NOT_ENABLED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Futures products are not enabled for the portfolio_id.', 'product'),
        'PRODUCT_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No products match the requested criteria.', 'product'),
        'PRODUCT_LIMIT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'limit must be a positive number.', 'product'),
        'PRODUCT_OPTIONS_NOT_ENABLED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Options products are not enabled for the portfolio_id.', 'product'),
        'MARKET_DATA_INVALID_ARGUMENT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Invalid argument, e.g. unknown entity_id, cursor or sort_direction.', 'product'),
        'MARKET_DATA_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No market data for the entity_id.', 'product'),
        'STAKING_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Stake/unstake/claim-rewards request has an invalid parameter (amount, address, option or allocation).', 'staking'),
        'STAKING_CURRENCY_UNSUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, "Currency or wallet's asset not supported for this staking operation.", 'staking'),
        'STAKING_NOT_ENABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Wallet-level staking is not enabled for this portfolio.', 'staking'),
        'STAKING_PRECONDITION_FAILED': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'The stake/unstake/claim-rewards action is not currently allowed for this wallet.', 'staking'),
        'STAKING_SERVICE_UNAVAILABLE': SubcodeInfo(ErrorCode.SERVICE_UNAVAILABLE, 503, 'Staking service could not process the request after repeated attempts.', 'staking'),
        'STAKING_VALIDATOR_ALLOCATIONS_NOT_ENABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'validator_allocations is not enabled for this portfolio.', 'staking'),
        'STAKING_AMOUNT_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'amount is required but missing.', 'staking'),
        'STAKING_AMOUNT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'amount is not a valid positive decimal, or does not equal the sum of validator allocation amounts.', 'staking'),
        'STAKING_INSUFFICIENT_BALANCE': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Wallet has no stakeable, unbondable or claimable balance for this operation.', 'staking'),
        'STAKING_WALLET_OR_PORTFOLIO_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'wallet_id nonexistent, invalid, or not in the given portfolio_id.', 'staking'),
        'STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, "Unstake amount exceeds the wallet's/validator's/portfolio's unbondable balance.", 'staking'),
        'STAKING_WALLET_COLD_ADDRESS_NOT_FOUND': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Wallet has no cold address on record, which this staking operation needs.', 'staking'),
        'STAKING_NO_VALIDATORS_AVAILABLE': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'No Coinbase-operated validators currently available for the currency.', 'staking'),
        'STAKING_END_DATE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'end_date is not a valid YYYY-MM-DD date.', 'staking'),
        'STAKING_DELEGATED_ADDRESS_NOT_FOUND': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, "Wallet has no delegated-to address on record, required for this currency's staking flow.", 'staking'),
        'STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'A custom amount is not allowed for this currency/action combination.', 'staking'),
        'STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'A custom validator_address is not allowed for this currency.', 'staking'),
        'STAKING_VALIDATOR_ALLOCATIONS_UNSUPPORTED_CURRENCY': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'validator_allocations is only supported for ETH unstaking.', 'staking'),
        'STAKING_VALIDATOR_ALLOCATION_INCOMPLETE': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Each validator_allocations entry needs both validator_address and amount.', 'staking'),
        'STAKING_VALIDATOR_NOT_ELIGIBLE': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'validator_address does not belong to this wallet or is not eligible for validator allocations.', 'staking'),
        'STAKING_DESTINATION_ADDRESS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Resolved destination address for the stake/unstake/claim action is empty or malformed.', 'staking'),
        'STAKING_ACTION_TYPE_UNSUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'action_type is not a supported staking action (initiate, unstake, claim rewards).', 'staking'),
        'STAKING_UNSTAKE_NOT_AVAILABLE': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'A full unstake is not currently available for this wallet.', 'staking'),
        'STAKING_NO_ELIGIBLE_WALLETS': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'No wallet eligible for staking/unstaking for the portfolio_id and currency_symbol.', 'staking'),
        'STAKING_BALANCE_NOT_FOUND': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'No balance found for the currency_symbol on this portfolio.', 'staking'),
        'STAKING_AMOUNT_EXCEEDS_BONDABLE_BALANCE': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, "Stake amount exceeds the portfolio's bondable balance for the currency.", 'staking'),
        'STAKING_PROVIDER_UNSTAKE_NOT_ENABLED': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, 'Provider-level unstaking (all validators of a validator_provider) is not enabled for this portfolio.', 'staking'),
        'STAKING_PROVIDER_NO_UNBONDABLE_BALANCE': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'No unbondable balance currently available for that validator_provider on this portfolio and currency.', 'staking'),
        'STAKING_IDEMPOTENCY_KEY_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'idempotency_key is required for this staking or unstaking operation.', 'staking'),
        'STAKING_IDEMPOTENCY_KEY_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'idempotency_key is not a valid UUID.', 'staking'),
        'STAKING_CURRENCY_SYMBOL_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'currency_symbol is required for this staking or unstaking operation.', 'staking'),
        'STAKING_AMOUNT_VALIDATOR_PROVIDER_CONFLICT': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'amount and validator_provider are mutually exclusive; give at most one.', 'staking'),
        'STAKING_VALIDATOR_PROVIDER_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'validator_provider is required for a provider-scoped unstake.', 'staking'),
        'STAKING_VALIDATOR_PROVIDER_NOT_SUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'validator_provider value is not a supported provider.', 'staking'),
        'TRANSACTION_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'Transaction not found in this portfolio, or an id in transaction_ids does not belong to it.', 'transaction'),
        'TRANSACTION_TRAVEL_RULE_DATA_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No travel rule data exists for the transaction.', 'transaction'),
        'TRANSACTION_TYPE_UNSUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Transaction does not support the operation, e.g. travel rule data for a non-deposit.', 'transaction'),
        'TRANSACTION_TRAVEL_RULE_PARTY_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Travel rule originator/beneficiary info missing or fails identity validation.', 'transaction'),
        'TRANSACTION_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'transaction_id is required but missing.', 'transaction'),
        'TRANSACTION_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'transaction_id is not a valid UUID.', 'transaction'),
        'TRANSACTION_LIMIT_EXCEEDED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'limit exceeds the maximum transactions returned per request.', 'transaction'),
        'TRANSACTION_SERVICE_UNAVAILABLE': SubcodeInfo(ErrorCode.SERVICE_UNAVAILABLE, 503, 'Transaction data needed for this request is temporarily unavailable.', 'transaction'),
        'TRANSACTION_CURSOR_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'cursor is not a valid pagination token; omit it or reuse one from a prior response.', 'transaction'),
        'TRANSACTION_TRAVEL_RULE_STATUS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'travel_rule_status filter has an unrecognized value.', 'transaction'),
        'TRANSACTION_FILTER_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Invalid filter combination, e.g. symbols together with type ONCHAIN_TRANSACTION.', 'transaction'),
        'TRANSACTION_IDS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'transaction_ids values missing, too many, or not valid UUIDs.', 'transaction'),
        'TRANSACTION_PARAMS_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'One or more request parameters (portfolio_id, transaction_ids, cursor, limit) failed validation.', 'transaction'),
        'WALLET_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'wallet_id is required but missing.', 'wallet'),
        'WALLET_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'wallet_id is not a valid UUID.', 'wallet'),
        'WALLET_TYPE_NOT_SUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, "The wallet's type does not support this operation.", 'wallet'),
        'WALLET_NOT_FOUND': SubcodeInfo(ErrorCode.RESOURCE_NOT_FOUND, 404, 'No wallet matches wallet_id, or it is not in the given portfolio.', 'wallet'),
        'WALLET_SERVICE_UNAVAILABLE': SubcodeInfo(ErrorCode.SERVICE_UNAVAILABLE, 503, 'Service for fetching/processing wallet data temporarily unavailable, or balances could not be resolved.', 'wallet'),
        'WALLET_DEPOSIT_TYPE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'deposit_type is required but missing.', 'wallet'),
        'WALLET_METADATA_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'metadata is not a valid JSON object, or a nested value is not an object of string values.', 'wallet'),
        'WALLET_NETWORK_REQUIRED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'A network must be given for crypto deposits since the wallet has no default network.', 'wallet'),
        'WALLET_NOT_DEPOSITABLE': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'The wallet cannot accept deposits.', 'wallet'),
        'WALLET_DEPOSIT_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Deposit request invalid or unsupported for this wallet.', 'wallet'),
        'WALLET_REQUEST_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Invalid argument for this wallet operation.', 'wallet'),
        'WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'symbols filter may not be set when wallet type is ONCHAIN.', 'wallet'),
        'WALLET_FAILED_PRECONDITION': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Wallet request failed a precondition, e.g. wallet cannot accept the requested action.', 'wallet'),
        'WALLET_NETWORK_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'network_id is required but missing.', 'wallet'),
        'WALLET_NETWORK_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Network identifier malformed; must be {network_id}-{network_type} (e.g. base-mainnet), no spaces, each part <= 20 chars.', 'wallet'),
        'WALLET_ONCHAIN_SETUP_UNAVAILABLE': SubcodeInfo(ErrorCode.FAILED_PRECONDITION, 400, 'Onchain wallet setup for this network family not completed; do it in the Prime web app before creating the wallet via API.', 'wallet'),
        'WALLET_NAME_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'name is required but missing.', 'wallet'),
        'WALLET_SYMBOL_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'symbol is required for wallet types other than ONCHAIN.', 'wallet'),
        'WALLET_NETWORK_FAMILY_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'network_family is required when wallet_type is ONCHAIN.', 'wallet'),
        'WALLET_NETWORK_FAMILY_NOT_ALLOWED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'network_family must not be set when wallet_type is not ONCHAIN.', 'wallet'),
        'WALLET_BALANCES_LIMIT_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'limit is outside the allowed range.', 'wallet'),
        'WALLET_VISIBILITY_STATUSES_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'visibility_statuses filter has more values than allowed.', 'wallet'),
        'WALLET_NETWORK_TYPE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'type on the network object is required but missing.', 'wallet'),
        'WALLET_NETWORK_TYPE_NOT_SUPPORTED': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Network type part of network_id is not supported in this environment.', 'wallet'),
        'WALLET_EXTERNAL_ID_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'external_id is not valid UTF-8 or exceeds 255 bytes.', 'wallet'),
        'WALLET_AMOUNT_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'amount is required but missing.', 'wallet'),
        'WALLET_IDEMPOTENCY_KEY_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'idempotency_key is required but missing.', 'wallet'),
        'WALLET_IDEMPOTENCY_KEY_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'idempotency_key is not a valid UUID.', 'wallet'),
        'WALLET_CURRENCY_SYMBOL_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'currency_symbol is required but missing.', 'wallet'),
        'WALLET_TRANSFER_DESTINATION_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'Destination wallet ID is required for an internal wallet transfer.', 'wallet'),
        'WALLET_TRANSFER_DESTINATION_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'Destination wallet ID is not a valid UUID or equals the source wallet_id.', 'wallet'),
        'WALLET_PORTFOLIO_CREDIT_FROZEN': SubcodeInfo(ErrorCode.PERMISSION_DENIED, 403, "Portfolio's credit is frozen, blocking this transaction; contact support.", 'wallet'),
        'WALLET_DESTINATION_TYPE_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'destination_type is required but missing.', 'wallet'),
        'WALLET_DESTINATION_TYPE_INVALID': SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, 'destination_type is not a supported value for this operation.', 'wallet'),
        'WALLET_COUNTERPARTY_ID_REQUIRED': SubcodeInfo(ErrorCode.REQUIRED_FIELD_MISSING, 400, 'counterparty_id is required when destination_type is a counterparty destination.', 'wallet'),
    }
)

# status -> subcodes: what any signed request can get (the TS SDK adds these to every operation)
GENERIC_STATUSES: Mapping[int, tuple[ErrorSubcode, ...]] = MappingProxyType(
    {
        401: (ErrorSubcode.AUTH_UNAUTHENTICATED, ErrorSubcode.FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED,),
        429: (ErrorSubcode.SERVER_RATE_LIMIT_EXCEEDED,),
        500: (ErrorSubcode.AUTH_AUTHORIZATION_FAILED,),
        503: (ErrorSubcode.SERVER_MAINTENANCE_MODE_ACTIVE, ErrorSubcode.ORDER_SERVICE_UNAVAILABLE, ErrorSubcode.WALLET_SERVICE_UNAVAILABLE, ErrorSubcode.ASSET_SERVICE_UNAVAILABLE, ErrorSubcode.FINANCING_SERVICE_UNAVAILABLE, ErrorSubcode.TRANSACTION_SERVICE_UNAVAILABLE, ErrorSubcode.STAKING_SERVICE_UNAVAILABLE, ErrorSubcode.ADVANCED_TRANSFER_SERVICE_UNAVAILABLE,),
    }
)

# operationId -> status -> the subcodes Prime declares for it, besides GENERIC_STATUSES.
# An operationId not listed declares only the generic ones.
OPERATION_ERRORS: Mapping[str, Mapping[int, tuple[ErrorSubcode, ...]]] = MappingProxyType(
    {
        'AcceptQuote': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.BUYING_POWER_CURRENCY_INVALID,
                    ErrorSubcode.BUYING_POWER_FAILED_PRECONDITION,
                    ErrorSubcode.ORDER_REQUEST_INVALID,
                    ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID,
                    ErrorSubcode.ORDER_REJECTED,
                    ErrorSubcode.ORDER_PRODUCT_ID_INVALID,
                    ErrorSubcode.ORDER_PRODUCT_ID_REQUIRED,
                    ErrorSubcode.ORDER_CLIENT_ORDER_ID_REQUIRED,
                    ErrorSubcode.ORDER_QUOTE_ID_REQUIRED,
                    ErrorSubcode.ORDER_SIDE_REQUIRED,
                    ErrorSubcode.ORDER_SIDE_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.BUYING_POWER_PERMISSION_DENIED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.BUYING_POWER_NOT_FOUND,
                ),
            }
        ),
        'CancelAdvancedTransfer': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_REQUEST_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_ID_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_CANCEL_PRECONDITION_FAILED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.TRANSACTION_NOT_FOUND,
                ),
            }
        ),
        'CancelFuturesSweep': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.FCM_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FCM_SWEEP_NOT_FOUND,
                ),
            }
        ),
        'CancelOrder': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ORDER_ID_REQUIRED,
                    ErrorSubcode.ORDER_ID_INVALID,
                    ErrorSubcode.ORDER_PRODUCT_ID_INVALID,
                    ErrorSubcode.ORDER_FULLY_FILLED,
                    ErrorSubcode.ORDER_BEING_REPLACED,
                    ErrorSubcode.ORDER_CANCEL_DUPLICATE,
                    ErrorSubcode.ORDER_SESSION_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.ORDER_CANCEL_NOT_ALLOWED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ORDER_NOT_FOUND,
                ),
            }
        ),
        'CreateAdvancedTransfer': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ADVANCED_TRANSFER_REQUEST_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_PRECONDITION_FAILED,
                    ErrorSubcode.ADVANCED_TRANSFER_DATE_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_TOO_MANY_FUND_MOVEMENTS,
                    ErrorSubcode.ADVANCED_TRANSFER_COUNTERPARTY_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_AMOUNT_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_COUNTERPARTY_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ADVANCED_TRANSFER_NOT_FOUND,
                ),
            }
        ),
        'CreateAllocation': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_TYPE_UNSUPPORTED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ALLOCATION_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_NETTING_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_REQUEST_INVALID,
                    ErrorSubcode.ALLOCATION_PRECONDITION_FAILED,
                    ErrorSubcode.ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_ORDERS_MIXED_SIDES,
                    ErrorSubcode.ALLOCATION_ORDERS_MIXED_PRODUCTS,
                    ErrorSubcode.ALLOCATION_ORDER_NOT_TERMINAL,
                    ErrorSubcode.ALLOCATION_ORDER_TOO_OLD,
                    ErrorSubcode.ALLOCATION_ORDER_ALREADY_ALLOCATED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.ALLOCATION_NOT_FOUND,
                ),
            }
        ),
        'CreateConversion': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.CONVERSION_DESTINATION_INVALID,
                    ErrorSubcode.CONVERSION_IDEMPOTENCY_KEY_INVALID,
                    ErrorSubcode.CONVERSION_AMOUNT_INVALID,
                    ErrorSubcode.CONVERSION_SOURCE_SYMBOL_REQUIRED,
                    ErrorSubcode.CONVERSION_DESTINATION_REQUIRED,
                    ErrorSubcode.CONVERSION_REQUEST_INVALID,
                    ErrorSubcode.CONVERSION_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.CONVERSION_PERMISSION_DENIED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.CONVERSION_WALLET_NOT_FOUND,
                ),
            }
        ),
        'CreateNetAllocation': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_TYPE_UNSUPPORTED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ALLOCATION_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_NETTING_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_REQUEST_INVALID,
                    ErrorSubcode.ALLOCATION_PRECONDITION_FAILED,
                    ErrorSubcode.ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_ORDERS_MIXED_SIDES,
                    ErrorSubcode.ALLOCATION_ORDERS_MIXED_PRODUCTS,
                    ErrorSubcode.ALLOCATION_ORDER_NOT_TERMINAL,
                    ErrorSubcode.ALLOCATION_ORDER_TOO_OLD,
                    ErrorSubcode.ALLOCATION_ORDER_ALREADY_ALLOCATED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.ALLOCATION_NOT_FOUND,
                ),
            }
        ),
        'CreateNewLocates': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.LOCATE_DATE_INVALID,
                    ErrorSubcode.LOCATE_REQUEST_INVALID,
                    ErrorSubcode.LOCATE_IDS_INVALID,
                    ErrorSubcode.LOCATE_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'CreateOnchainAddressGroup': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'CreateOnchainTransaction': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                    ErrorSubcode.ONCHAIN_TRANSACTION_REQUEST_INVALID,
                    ErrorSubcode.ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_REQUIRED,
                    ErrorSubcode.ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_INVALID,
                    ErrorSubcode.ONCHAIN_TRANSACTION_EVM_PARAMS_REQUIRED,
                    ErrorSubcode.ONCHAIN_TRANSACTION_EVM_PARAMS_INVALID,
                    ErrorSubcode.ONCHAIN_TRANSACTION_REPLACED_TRANSACTION_ID_INVALID,
                    ErrorSubcode.ONCHAIN_TRANSACTION_DISABLE_DYNAMIC_NONCE_INVALID,
                    ErrorSubcode.ONCHAIN_TRANSACTION_CHAIN_ID_REQUIRED,
                    ErrorSubcode.ONCHAIN_TRANSACTION_CHAIN_ID_INVALID,
                    ErrorSubcode.ONCHAIN_TRANSACTION_NETWORK_NAME_REQUIRED,
                    ErrorSubcode.ONCHAIN_TRANSACTION_RPC_URL_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'CreateOrder': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.BUYING_POWER_CURRENCY_INVALID,
                    ErrorSubcode.BUYING_POWER_FAILED_PRECONDITION,
                    ErrorSubcode.ORDER_REQUEST_INVALID,
                    ErrorSubcode.ORDER_STOP_LIMIT_NOT_ENABLED,
                    ErrorSubcode.ORDER_PEG_NOT_ENABLED,
                    ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID,
                    ErrorSubcode.ORDER_REJECTED,
                    ErrorSubcode.ORDER_PRODUCT_ID_INVALID,
                    ErrorSubcode.ORDER_TYPE_NOT_ALLOWED,
                    ErrorSubcode.ORDER_TIF_NOT_ENABLED,
                    ErrorSubcode.ORDER_FAILED_PRECONDITION,
                    ErrorSubcode.ORDER_SIDE_INVALID,
                    ErrorSubcode.ORDER_SIZE_REQUIRED,
                    ErrorSubcode.ORDER_SIZE_INVALID,
                    ErrorSubcode.ORDER_DISPLAY_SIZE_INVALID,
                    ErrorSubcode.ORDER_PRICE_INVALID,
                    ErrorSubcode.ORDER_STOP_PRICE_INVALID,
                    ErrorSubcode.ORDER_TIME_IN_FORCE_INVALID,
                    ErrorSubcode.ORDER_TIME_RANGE_INVALID,
                    ErrorSubcode.ORDER_PEG_OFFSET_TYPE_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.BUYING_POWER_PERMISSION_DENIED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.BUYING_POWER_NOT_FOUND,
                ),
            }
        ),
        'CreatePortfolioAddressBookEntry': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.ADDRESS_BOOK_INVALID_ARGUMENT,
                    ErrorSubcode.ADDRESS_BOOK_FAILED_PRECONDITION,
                    ErrorSubcode.ADDRESS_BOOK_ADDRESS_REQUIRED,
                    ErrorSubcode.ADDRESS_BOOK_CURRENCY_SYMBOL_REQUIRED,
                    ErrorSubcode.ADDRESS_BOOK_NAME_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ADDRESS_BOOK_NOT_FOUND,
                ),
            }
        ),
        'CreateQuoteRequest': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.BUYING_POWER_CURRENCY_INVALID,
                    ErrorSubcode.BUYING_POWER_FAILED_PRECONDITION,
                    ErrorSubcode.ORDER_REQUEST_INVALID,
                    ErrorSubcode.ORDER_PRODUCT_ID_INVALID,
                    ErrorSubcode.ORDER_FAILED_PRECONDITION,
                    ErrorSubcode.ORDER_PRODUCT_ID_REQUIRED,
                    ErrorSubcode.ORDER_SIDE_REQUIRED,
                    ErrorSubcode.ORDER_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ORDER_SIDE_INVALID,
                    ErrorSubcode.ORDER_SIZE_INVALID,
                    ErrorSubcode.ORDER_PRICE_INVALID,
                    ErrorSubcode.ORDER_CLIENT_QUOTE_ID_REQUIRED,
                    ErrorSubcode.ORDER_QUOTE_DURATION_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.BUYING_POWER_PERMISSION_DENIED,
                    ErrorSubcode.ORDER_RFQ_NOT_ENABLED,
                    ErrorSubcode.ORDER_RFQ_SIQ_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.BUYING_POWER_NOT_FOUND,
                ),
            }
        ),
        'CreateWallet': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                    ErrorSubcode.WALLET_REQUEST_INVALID,
                    ErrorSubcode.WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED,
                    ErrorSubcode.WALLET_FAILED_PRECONDITION,
                    ErrorSubcode.WALLET_NETWORK_ID_REQUIRED,
                    ErrorSubcode.WALLET_NETWORK_INVALID,
                    ErrorSubcode.WALLET_ONCHAIN_SETUP_UNAVAILABLE,
                    ErrorSubcode.WALLET_NAME_REQUIRED,
                    ErrorSubcode.WALLET_SYMBOL_REQUIRED,
                    ErrorSubcode.WALLET_NETWORK_FAMILY_REQUIRED,
                    ErrorSubcode.WALLET_NETWORK_FAMILY_NOT_ALLOWED,
                    ErrorSubcode.WALLET_NETWORK_TYPE_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ASSET_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'CreateWalletDepositAddress': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_NOT_DEPOSITABLE,
                    ErrorSubcode.WALLET_DEPOSIT_REQUEST_INVALID,
                    ErrorSubcode.WALLET_FAILED_PRECONDITION,
                    ErrorSubcode.WALLET_NETWORK_ID_REQUIRED,
                    ErrorSubcode.WALLET_NETWORK_INVALID,
                    ErrorSubcode.WALLET_NETWORK_TYPE_NOT_SUPPORTED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'CreateWalletTransfer': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_REQUEST_INVALID,
                    ErrorSubcode.WALLET_FAILED_PRECONDITION,
                    ErrorSubcode.WALLET_AMOUNT_REQUIRED,
                    ErrorSubcode.WALLET_IDEMPOTENCY_KEY_REQUIRED,
                    ErrorSubcode.WALLET_IDEMPOTENCY_KEY_INVALID,
                    ErrorSubcode.WALLET_CURRENCY_SYMBOL_REQUIRED,
                    ErrorSubcode.WALLET_TRANSFER_DESTINATION_REQUIRED,
                    ErrorSubcode.WALLET_TRANSFER_DESTINATION_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.WALLET_PORTFOLIO_CREDIT_FROZEN,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'CreateWalletWithdrawal': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_REQUEST_INVALID,
                    ErrorSubcode.WALLET_FAILED_PRECONDITION,
                    ErrorSubcode.WALLET_NETWORK_INVALID,
                    ErrorSubcode.WALLET_AMOUNT_REQUIRED,
                    ErrorSubcode.WALLET_IDEMPOTENCY_KEY_REQUIRED,
                    ErrorSubcode.WALLET_IDEMPOTENCY_KEY_INVALID,
                    ErrorSubcode.WALLET_CURRENCY_SYMBOL_REQUIRED,
                    ErrorSubcode.WALLET_DESTINATION_TYPE_REQUIRED,
                    ErrorSubcode.WALLET_DESTINATION_TYPE_INVALID,
                    ErrorSubcode.WALLET_COUNTERPARTY_ID_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.WALLET_PORTFOLIO_CREDIT_FROZEN,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ASSET_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'DeleteOnchainAddressGroup': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'EditOrder': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.BUYING_POWER_CURRENCY_INVALID,
                    ErrorSubcode.BUYING_POWER_FAILED_PRECONDITION,
                    ErrorSubcode.ORDER_REQUEST_INVALID,
                    ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID,
                    ErrorSubcode.ORDER_REJECTED,
                    ErrorSubcode.ORDER_PRODUCT_ID_INVALID,
                    ErrorSubcode.ORDER_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ORDER_SIDE_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.BUYING_POWER_PERMISSION_DENIED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.BUYING_POWER_NOT_FOUND,
                ),
            }
        ),
        'GetActivity': MappingProxyType(
            {
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ACTIVITY_NOT_FOUND,
                ),
            }
        ),
        'GetAllocation': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ALLOCATION_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_ID_INVALID,
                    ErrorSubcode.ALLOCATION_NETTING_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_NETTING_ID_INVALID,
                    ErrorSubcode.ALLOCATION_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ALLOCATION_NOT_FOUND,
                ),
            }
        ),
        'GetAllocationsByClientNettingId': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ALLOCATION_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_ID_INVALID,
                    ErrorSubcode.ALLOCATION_NETTING_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_NETTING_ID_INVALID,
                    ErrorSubcode.ALLOCATION_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ALLOCATION_NOT_FOUND,
                ),
            }
        ),
        'GetBuyingPower': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.BUYING_POWER_BASE_CURRENCY_REQUIRED,
                    ErrorSubcode.BUYING_POWER_QUOTE_CURRENCY_REQUIRED,
                    ErrorSubcode.BUYING_POWER_CURRENCY_INVALID,
                    ErrorSubcode.BUYING_POWER_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.BUYING_POWER_PERMISSION_DENIED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.BUYING_POWER_NOT_FOUND,
                ),
            }
        ),
        'GetCandles': MappingProxyType(
            {
                400: (
                    ErrorSubcode.CANDLE_REQUEST_INVALID,
                    ErrorSubcode.CANDLE_TIME_RANGE_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetConversionFees': MappingProxyType(
            {
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.CONVERSION_FEE_FEATURE_DISABLED,
                    ErrorSubcode.CONVERSION_FEE_NOT_ENABLED_FOR_ORG,
                ),
            }
        ),
        'GetCrossMarginOverview': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.CROSS_MARGIN_INVALID_ARGUMENT,
                    ErrorSubcode.CROSS_MARGIN_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.CROSS_MARGIN_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                ),
            }
        ),
        'GetCrossMarginPrimeOverview': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.CROSS_MARGIN_INVALID_ARGUMENT,
                    ErrorSubcode.CROSS_MARGIN_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.CROSS_MARGIN_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                ),
            }
        ),
        'GetCrossMarginRiskParameters': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.CROSS_MARGIN_INVALID_ARGUMENT,
                    ErrorSubcode.CROSS_MARGIN_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.CROSS_MARGIN_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                ),
            }
        ),
        'GetDerivativePositions': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_POSITION_NOT_FOUND,
                ),
            }
        ),
        'GetDerivativesCurrencySummary': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FCM_BALANCE_NOT_FOUND,
                ),
            }
        ),
        'GetEntityActivities': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.ACTIVITY_REQUEST_INVALID,
                    ErrorSubcode.ACTIVITY_CATEGORY_INVALID,
                    ErrorSubcode.ACTIVITY_TIME_RANGE_INVALID,
                    ErrorSubcode.ACTIVITY_STATUS_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.ACTIVITY_ACCESS_DENIED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetEntityAssets': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ASSET_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ASSET_NOT_FOUND,
                ),
            }
        ),
        'GetEntityPaymentMethodDetails': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PAYMENT_METHOD_ID_REQUIRED,
                    ErrorSubcode.PAYMENT_METHOD_ID_INVALID,
                    ErrorSubcode.PAYMENT_METHOD_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.PAYMENT_METHOD_NOT_FOUND,
                ),
            }
        ),
        'GetEntityPaymentMethods': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PAYMENT_METHOD_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.PAYMENT_METHOD_NOT_FOUND,
                ),
            }
        ),
        'GetEntityRewardsRate': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.REWARDS_REQUEST_INVALID,
                    ErrorSubcode.REWARDS_ENTITY_NOT_ENROLLED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.REWARDS_API_FEATURE_DISABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetEntityUsers': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetExistingLocates': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.LOCATE_DATE_INVALID,
                    ErrorSubcode.LOCATE_REQUEST_INVALID,
                    ErrorSubcode.LOCATE_IDS_INVALID,
                    ErrorSubcode.LOCATE_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetFcmBalance': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.FCM_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FCM_BALANCE_NOT_FOUND,
                ),
            }
        ),
        'GetFcmEquity': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FCM_EQUITY_NOT_FOUND,
                ),
            }
        ),
        'GetFcmMarginCallDetails': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.FCM_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetFcmRiskLimits': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FCM_RISK_LIMITS_NOT_FOUND,
                ),
            }
        ),
        'GetFcmSettings': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FCM_ACCOUNT_NOT_FOUND,
                ),
            }
        ),
        'GetFuturesSweeps': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.FCM_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FCM_SWEEP_NOT_FOUND,
                ),
            }
        ),
        'GetInterestAccruals': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.FINANCING_START_DATE_REQUIRED,
                    ErrorSubcode.FINANCING_END_DATE_REQUIRED,
                    ErrorSubcode.FINANCING_START_DATE_INVALID,
                    ErrorSubcode.FINANCING_END_DATE_INVALID,
                    ErrorSubcode.FINANCING_ACCRUALS_INVALID_ARGUMENT,
                    ErrorSubcode.FINANCING_FAILED_PRECONDITION,
                    ErrorSubcode.FINANCING_ACCRUALS_RANGE_EXCEEDED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetInvoices': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                ),
            }
        ),
        'GetLocateAvailabilities': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.LOCATE_DATE_INVALID,
                    ErrorSubcode.LOCATE_REQUEST_INVALID,
                    ErrorSubcode.LOCATE_FAILED_PRECONDITION,
                    ErrorSubcode.LOCATE_DATE_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.LOCATE_AVAILABILITY_NOT_FOUND,
                ),
            }
        ),
        'GetMarginConversions': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.FINANCING_START_DATE_REQUIRED,
                    ErrorSubcode.FINANCING_END_DATE_REQUIRED,
                    ErrorSubcode.FINANCING_START_DATE_INVALID,
                    ErrorSubcode.FINANCING_END_DATE_INVALID,
                    ErrorSubcode.MARGIN_CONVERSION_REQUEST_INVALID,
                    ErrorSubcode.MARGIN_CONVERSION_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetMarginInformation': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.MARGIN_INFORMATION_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetMarginSummaries': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.FINANCING_START_DATE_INVALID,
                    ErrorSubcode.FINANCING_END_DATE_INVALID,
                    ErrorSubcode.MARGIN_SUMMARY_RANGE_INVALID,
                    ErrorSubcode.MARGIN_SUMMARY_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetMarketData': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.MARKET_DATA_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.MARKET_DATA_NOT_FOUND,
                ),
            }
        ),
        'GetOpenOrders': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ORDER_LIMIT_EXCEEDED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetOrder': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ORDER_ID_REQUIRED,
                    ErrorSubcode.ORDER_ID_INVALID,
                    ErrorSubcode.ORDER_RESOURCE_NOT_FOUND,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetOrderEditHistory': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ORDER_ID_REQUIRED,
                    ErrorSubcode.ORDER_ID_INVALID,
                    ErrorSubcode.ORDER_RESOURCE_NOT_FOUND,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetOrderFills': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ORDER_REQUEST_INVALID,
                    ErrorSubcode.ORDER_LIMIT_EXCEEDED,
                    ErrorSubcode.ORDER_FILLS_LIMIT_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetOrders': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ORDER_STATUS_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolio': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioActivities': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ACTIVITY_REQUEST_INVALID,
                    ErrorSubcode.ACTIVITY_CATEGORY_INVALID,
                    ErrorSubcode.ACTIVITY_TIME_RANGE_INVALID,
                    ErrorSubcode.ACTIVITY_STATUS_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioActivity': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ACTIVITY_PORTFOLIO_ID_MISMATCH,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ACTIVITY_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioAddressBook': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ADDRESS_BOOK_INVALID_ARGUMENT,
                    ErrorSubcode.ADDRESS_BOOK_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ADDRESS_BOOK_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioAllocations': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.ALLOCATION_REQUEST_INVALID,
                    ErrorSubcode.ALLOCATION_START_DATE_REQUIRED,
                    ErrorSubcode.ALLOCATION_LIMIT_EXCEEDED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioBalances': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_BALANCES_INVALID_ARGUMENT,
                    ErrorSubcode.ASSET_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_BALANCES_NOT_FOUND,
                    ErrorSubcode.ASSET_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioCommission': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.COMMISSION_PRODUCT_ID_INVALID,
                    ErrorSubcode.COMMISSION_TRADING_NOT_ENABLED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioCounterpartyID': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_TYPE_UNSUPPORTED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioFills': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ORDER_REQUEST_INVALID,
                    ErrorSubcode.ORDER_LIMIT_EXCEEDED,
                    ErrorSubcode.ORDER_FILLS_LIMIT_INVALID,
                    ErrorSubcode.ORDER_FILLS_START_DATE_REQUIRED,
                    ErrorSubcode.ORDER_FILLS_START_DATE_INVALID,
                    ErrorSubcode.ORDER_FILLS_END_DATE_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioInterestAccruals': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.FINANCING_START_DATE_REQUIRED,
                    ErrorSubcode.FINANCING_END_DATE_REQUIRED,
                    ErrorSubcode.FINANCING_START_DATE_INVALID,
                    ErrorSubcode.FINANCING_END_DATE_INVALID,
                    ErrorSubcode.FINANCING_ACCRUALS_INVALID_ARGUMENT,
                    ErrorSubcode.FINANCING_ACCRUALS_DATE_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioProducts': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.PRODUCT_FUTURES_NOT_ENABLED,
                    ErrorSubcode.PRODUCT_LIMIT_INVALID,
                    ErrorSubcode.PRODUCT_OPTIONS_NOT_ENABLED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.PRODUCT_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioRewardsRate': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.REWARDS_REQUEST_INVALID,
                    ErrorSubcode.REWARDS_ENTITY_NOT_ENROLLED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.REWARDS_API_FEATURE_DISABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioTransactions': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.TRANSACTION_LIMIT_EXCEEDED,
                    ErrorSubcode.TRANSACTION_CURSOR_INVALID,
                    ErrorSubcode.TRANSACTION_TRAVEL_RULE_STATUS_INVALID,
                    ErrorSubcode.TRANSACTION_FILTER_INVALID,
                    ErrorSubcode.TRANSACTION_PARAMS_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ASSET_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolioUsers': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_USERS_CURSOR_INVALID,
                    ErrorSubcode.PORTFOLIO_USERS_LIMIT_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                ),
            }
        ),
        'GetPortfolios': MappingProxyType(
            {
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                ),
            }
        ),
        'GetPositions': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_POSITION_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.ENTITY_POSITION_NOT_FOUND,
                    ErrorSubcode.FCM_ACCOUNT_NOT_FOUND,
                ),
            }
        ),
        'GetPostTradeCredit': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FINANCING_PTC_DISABLED_FOR_PM_ENTITY,
                ),
            }
        ),
        'GetStakingStatus': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_REQUEST_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_UNSUPPORTED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'GetTFTieredPricingFees': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.TIERED_PRICING_EFFECTIVE_AT_INVALID,
                    ErrorSubcode.TIERED_PRICING_REQUEST_INVALID,
                    ErrorSubcode.TIERED_PRICING_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetTransaction': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.TRANSACTION_ID_REQUIRED,
                    ErrorSubcode.TRANSACTION_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.TRANSACTION_NOT_FOUND,
                ),
            }
        ),
        'GetTransactionTravelRuleData': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.TRANSACTION_ID_REQUIRED,
                    ErrorSubcode.TRANSACTION_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.TRANSACTION_NOT_FOUND,
                    ErrorSubcode.TRANSACTION_TRAVEL_RULE_DATA_NOT_FOUND,
                ),
            }
        ),
        'GetUnstakingStatus': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_REQUEST_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_UNSUPPORTED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'GetWallet': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'GetWalletBalance': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'GetWalletDepositInstructions': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ASSET_REQUEST_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_DEPOSIT_TYPE_REQUIRED,
                    ErrorSubcode.WALLET_METADATA_INVALID,
                    ErrorSubcode.WALLET_NETWORK_REQUIRED,
                    ErrorSubcode.WALLET_NOT_DEPOSITABLE,
                    ErrorSubcode.WALLET_DEPOSIT_REQUEST_INVALID,
                    ErrorSubcode.WALLET_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.ASSET_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'GetWalletTransactions': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.TRANSACTION_CURSOR_INVALID,
                    ErrorSubcode.TRANSACTION_FILTER_INVALID,
                    ErrorSubcode.TRANSACTION_PARAMS_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'GetWallets': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_REQUEST_INVALID,
                    ErrorSubcode.WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.ASSET_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'GetWithdrawalPower': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.FINANCING_WITHDRAWAL_POWER_INVALID_ARGUMENT,
                    ErrorSubcode.FINANCING_WITHDRAWAL_POWER_SYMBOL_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'GetXMLiquidation': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.CROSS_MARGIN_INVALID_ARGUMENT,
                    ErrorSubcode.CROSS_MARGIN_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.CROSS_MARGIN_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                ),
            }
        ),
        'ListAdvancedTransferTransactions': MappingProxyType(
            {
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.TRANSACTION_NOT_FOUND,
                ),
            }
        ),
        'ListAdvancedTransfers': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.ADVANCED_TRANSFER_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'ListAggregateEntityPositions': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.ENTITY_POSITION_LIMIT_INVALID,
                    ErrorSubcode.ENTITY_POSITION_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_POSITION_NOT_FOUND,
                ),
            }
        ),
        'ListEntityBalances': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.ENTITY_BALANCES_LIMIT_INVALID,
                    ErrorSubcode.ENTITY_BALANCES_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_BALANCES_NOT_FOUND,
                    ErrorSubcode.ASSET_NOT_FOUND,
                ),
            }
        ),
        'ListEntityPositions': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.ENTITY_POSITION_LIMIT_INVALID,
                    ErrorSubcode.ENTITY_POSITION_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_POSITION_NOT_FOUND,
                ),
            }
        ),
        'ListFinancingEligibleAssets': MappingProxyType(
            {
            }
        ),
        'ListOnchainAddressGroups': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'ListTFObligations': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'ListTransactionValidators': MappingProxyType(
            {
                400: (
                    ErrorSubcode.TRANSACTION_TYPE_UNSUPPORTED,
                    ErrorSubcode.TRANSACTION_IDS_INVALID,
                    ErrorSubcode.TRANSACTION_PARAMS_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.TRANSACTION_NOT_FOUND,
                ),
            }
        ),
        'ListWalletAddresses': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_NOT_DEPOSITABLE,
                    ErrorSubcode.WALLET_DEPOSIT_REQUEST_INVALID,
                    ErrorSubcode.WALLET_FAILED_PRECONDITION,
                    ErrorSubcode.WALLET_NETWORK_INVALID,
                    ErrorSubcode.WALLET_NETWORK_TYPE_NOT_SUPPORTED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'ListWeb3WalletBalances': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                    ErrorSubcode.WALLET_BALANCES_LIMIT_INVALID,
                    ErrorSubcode.WALLET_VISIBILITY_STATUSES_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'ListXMLiquidations': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.CROSS_MARGIN_INVALID_ARGUMENT,
                    ErrorSubcode.CROSS_MARGIN_FAILED_PRECONDITION,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.CROSS_MARGIN_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                ),
            }
        ),
        'OrderPreview': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.BUYING_POWER_CURRENCY_INVALID,
                    ErrorSubcode.BUYING_POWER_FAILED_PRECONDITION,
                    ErrorSubcode.ORDER_REQUEST_INVALID,
                    ErrorSubcode.ORDER_TYPE_BLOCK_UNSUPPORTED,
                    ErrorSubcode.ORDER_TYPE_RFQ_UNSUPPORTED,
                    ErrorSubcode.ORDER_FOK_NOT_ENABLED,
                    ErrorSubcode.ORDER_STOP_LIMIT_NOT_ENABLED,
                    ErrorSubcode.ORDER_PEG_NOT_ENABLED,
                    ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID,
                    ErrorSubcode.ORDER_REJECTED,
                    ErrorSubcode.ORDER_PRODUCT_ID_INVALID,
                    ErrorSubcode.ORDER_FAILED_PRECONDITION,
                    ErrorSubcode.ORDER_SIDE_INVALID,
                    ErrorSubcode.ORDER_SIZE_REQUIRED,
                    ErrorSubcode.ORDER_SIZE_INVALID,
                    ErrorSubcode.ORDER_DISPLAY_SIZE_INVALID,
                    ErrorSubcode.ORDER_PRICE_INVALID,
                    ErrorSubcode.ORDER_STOP_PRICE_INVALID,
                    ErrorSubcode.ORDER_TIME_IN_FORCE_INVALID,
                    ErrorSubcode.ORDER_TIME_RANGE_INVALID,
                    ErrorSubcode.ORDER_PEG_OFFSET_TYPE_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.BUYING_POWER_PERMISSION_DENIED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.BUYING_POWER_NOT_FOUND,
                ),
            }
        ),
        'PortfolioStakingInitiate': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_EXTERNAL_ID_INVALID,
                    ErrorSubcode.STAKING_REQUEST_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_UNSUPPORTED,
                    ErrorSubcode.STAKING_AMOUNT_REQUIRED,
                    ErrorSubcode.STAKING_AMOUNT_INVALID,
                    ErrorSubcode.STAKING_NO_ELIGIBLE_WALLETS,
                    ErrorSubcode.STAKING_BALANCE_NOT_FOUND,
                    ErrorSubcode.STAKING_AMOUNT_EXCEEDS_BONDABLE_BALANCE,
                    ErrorSubcode.STAKING_IDEMPOTENCY_KEY_REQUIRED,
                    ErrorSubcode.STAKING_IDEMPOTENCY_KEY_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_SYMBOL_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'PortfolioStakingUnstake': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_EXTERNAL_ID_INVALID,
                    ErrorSubcode.STAKING_REQUEST_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_UNSUPPORTED,
                    ErrorSubcode.STAKING_AMOUNT_REQUIRED,
                    ErrorSubcode.STAKING_AMOUNT_INVALID,
                    ErrorSubcode.STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE,
                    ErrorSubcode.STAKING_NO_ELIGIBLE_WALLETS,
                    ErrorSubcode.STAKING_BALANCE_NOT_FOUND,
                    ErrorSubcode.STAKING_PROVIDER_NO_UNBONDABLE_BALANCE,
                    ErrorSubcode.STAKING_IDEMPOTENCY_KEY_REQUIRED,
                    ErrorSubcode.STAKING_IDEMPOTENCY_KEY_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_SYMBOL_REQUIRED,
                    ErrorSubcode.STAKING_AMOUNT_VALIDATOR_PROVIDER_CONFLICT,
                    ErrorSubcode.STAKING_VALIDATOR_PROVIDER_REQUIRED,
                    ErrorSubcode.STAKING_VALIDATOR_PROVIDER_NOT_SUPPORTED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.STAKING_PROVIDER_UNSTAKE_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'PreviewUnstake': MappingProxyType(
            {
                400: (
                    ErrorSubcode.STAKING_CURRENCY_UNSUPPORTED,
                    ErrorSubcode.STAKING_AMOUNT_REQUIRED,
                    ErrorSubcode.STAKING_AMOUNT_INVALID,
                    ErrorSubcode.STAKING_INSUFFICIENT_BALANCE,
                    ErrorSubcode.STAKING_WALLET_OR_PORTFOLIO_INVALID,
                    ErrorSubcode.STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE,
                    ErrorSubcode.STAKING_WALLET_COLD_ADDRESS_NOT_FOUND,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
            }
        ),
        'RotateAPIKey': MappingProxyType(
            {
                400: (
                    ErrorSubcode.API_KEY_INVALID_DURATION,
                    ErrorSubcode.API_KEY_ALREADY_ROTATED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                501: (
                    ErrorSubcode.ENDPOINT_NOT_IMPLEMENTED,
                ),
            }
        ),
        'ScheduleFuturesSweep': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.FCM_INVALID_ARGUMENT,
                    ErrorSubcode.FCM_SWEEP_CURRENCY_REQUIRED,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'SetAutoSweep': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.FCM_INVALID_ARGUMENT,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
        'SetFcmSettings': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.FCM_INVALID_ARGUMENT,
                    ErrorSubcode.FCM_TARGET_DERIVATIVES_EXCESS_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.FCM_ACCOUNT_NOT_FOUND,
                ),
            }
        ),
        'StakingClaimRewards': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ASSET_REQUEST_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_REQUEST_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_UNSUPPORTED,
                    ErrorSubcode.STAKING_PRECONDITION_FAILED,
                    ErrorSubcode.STAKING_AMOUNT_REQUIRED,
                    ErrorSubcode.STAKING_AMOUNT_INVALID,
                    ErrorSubcode.STAKING_INSUFFICIENT_BALANCE,
                    ErrorSubcode.STAKING_WALLET_OR_PORTFOLIO_INVALID,
                    ErrorSubcode.STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE,
                    ErrorSubcode.STAKING_WALLET_COLD_ADDRESS_NOT_FOUND,
                    ErrorSubcode.STAKING_NO_VALIDATORS_AVAILABLE,
                    ErrorSubcode.STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_DESTINATION_ADDRESS_INVALID,
                    ErrorSubcode.STAKING_ACTION_TYPE_UNSUPPORTED,
                    ErrorSubcode.STAKING_UNSTAKE_NOT_AVAILABLE,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.ASSET_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'StakingInitiate': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                    ErrorSubcode.WALLET_EXTERNAL_ID_INVALID,
                    ErrorSubcode.STAKING_REQUEST_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_UNSUPPORTED,
                    ErrorSubcode.STAKING_PRECONDITION_FAILED,
                    ErrorSubcode.STAKING_AMOUNT_REQUIRED,
                    ErrorSubcode.STAKING_AMOUNT_INVALID,
                    ErrorSubcode.STAKING_INSUFFICIENT_BALANCE,
                    ErrorSubcode.STAKING_WALLET_OR_PORTFOLIO_INVALID,
                    ErrorSubcode.STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE,
                    ErrorSubcode.STAKING_WALLET_COLD_ADDRESS_NOT_FOUND,
                    ErrorSubcode.STAKING_NO_VALIDATORS_AVAILABLE,
                    ErrorSubcode.STAKING_END_DATE_INVALID,
                    ErrorSubcode.STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_DESTINATION_ADDRESS_INVALID,
                    ErrorSubcode.STAKING_ACTION_TYPE_UNSUPPORTED,
                    ErrorSubcode.STAKING_UNSTAKE_NOT_AVAILABLE,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.STAKING_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                    ErrorSubcode.PORTFOLIO_NOT_FOUND,
                    ErrorSubcode.ACTIVITY_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'StakingUnstake': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.WALLET_ID_REQUIRED,
                    ErrorSubcode.WALLET_ID_INVALID,
                    ErrorSubcode.WALLET_TYPE_NOT_SUPPORTED,
                    ErrorSubcode.WALLET_EXTERNAL_ID_INVALID,
                    ErrorSubcode.STAKING_REQUEST_INVALID,
                    ErrorSubcode.STAKING_CURRENCY_UNSUPPORTED,
                    ErrorSubcode.STAKING_PRECONDITION_FAILED,
                    ErrorSubcode.STAKING_AMOUNT_REQUIRED,
                    ErrorSubcode.STAKING_AMOUNT_INVALID,
                    ErrorSubcode.STAKING_INSUFFICIENT_BALANCE,
                    ErrorSubcode.STAKING_WALLET_OR_PORTFOLIO_INVALID,
                    ErrorSubcode.STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE,
                    ErrorSubcode.STAKING_WALLET_COLD_ADDRESS_NOT_FOUND,
                    ErrorSubcode.STAKING_DELEGATED_ADDRESS_NOT_FOUND,
                    ErrorSubcode.STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED,
                    ErrorSubcode.STAKING_VALIDATOR_ALLOCATIONS_UNSUPPORTED_CURRENCY,
                    ErrorSubcode.STAKING_VALIDATOR_ALLOCATION_INCOMPLETE,
                    ErrorSubcode.STAKING_VALIDATOR_NOT_ELIGIBLE,
                    ErrorSubcode.STAKING_DESTINATION_ADDRESS_INVALID,
                    ErrorSubcode.STAKING_ACTION_TYPE_UNSUPPORTED,
                    ErrorSubcode.STAKING_UNSTAKE_NOT_AVAILABLE,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.STAKING_NOT_ENABLED,
                    ErrorSubcode.STAKING_VALIDATOR_ALLOCATIONS_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.WALLET_NOT_FOUND,
                ),
            }
        ),
        'SubmitDepositTravelRuleData': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.TRANSACTION_TYPE_UNSUPPORTED,
                    ErrorSubcode.TRANSACTION_TRAVEL_RULE_PARTY_INVALID,
                    ErrorSubcode.TRANSACTION_ID_REQUIRED,
                    ErrorSubcode.TRANSACTION_ID_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.TRANSACTION_NOT_FOUND,
                ),
            }
        ),
        'UpdateFundingSettings': MappingProxyType(
            {
                400: (
                    ErrorSubcode.ENTITY_ID_REQUIRED,
                    ErrorSubcode.ENTITY_ID_INVALID,
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.CROSS_MARGIN_INVALID_ARGUMENT,
                    ErrorSubcode.CROSS_MARGIN_FAILED_PRECONDITION,
                    ErrorSubcode.FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                    ErrorSubcode.CROSS_MARGIN_NOT_ENABLED,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                    ErrorSubcode.ENTITY_NOT_FOUND,
                ),
            }
        ),
        'UpdateOnchainAddressGroup': MappingProxyType(
            {
                400: (
                    ErrorSubcode.PORTFOLIO_ID_REQUIRED,
                    ErrorSubcode.PORTFOLIO_ID_INVALID,
                    ErrorSubcode.ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID,
                ),
                403: (
                    ErrorSubcode.AUTH_RESOURCE_ACCESS_DENIED,
                    ErrorSubcode.MTLS_CERTIFICATE_REQUIRED,
                    ErrorSubcode.MTLS_CERTIFICATE_REVOKED,
                    ErrorSubcode.MTLS_CERTIFICATE_INVALID,
                ),
                404: (
                    ErrorSubcode.AUTH_RESOURCE_NOT_FOUND,
                ),
            }
        ),
    }
)

# catalog operations (TS SDK method names) with no operationId of their own, and why
UNMATCHED_OPERATIONS: Mapping[str, str] = MappingProxyType(
    {
        'GetMarginCallDetails': 'same errors as GetFcmMarginCallDetails',
        'GetPortfolioCredit': 'same errors as GetPortfolioCreditInformation (GetPostTradeCredit)',
        'GetRiskLimits': 'same errors as GetFcmRiskLimits',
    }
)
