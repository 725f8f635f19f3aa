"""Request bodies and responses of the Prime API as frozen attrs classes.

Prime's API is protobuf underneath, and proto3 JSON leaves out a field that holds its zero
value, so a field Prime leaves out holds that zero value here: "" for a string, [] for a
list, 0, False, {} for a map, the UNSPECIFIED member ("", falsy) for an enum. Nested
objects, decimal amounts and timestamps are None when absent (or ""). Request bodies (the
`...Request` classes) require what the spec requires; None leaves a field out.

Generated from spec/prime-openapi.yaml by `python -m codegen`. Do not edit by hand."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs

from .enums import *  # noqa: F403

__all__ = [
    "AcceptQuoteRequest",
    "AcceptQuoteResponse",
    "Accrual",
    "ActiveLiquidationSummary",
    "Activity",
    "ActivityCreationResponse",
    "ActivityMetadataAccount",
    "ActivityMetadataConsensus",
    "ActivityMetadataOrders",
    "ActivityMetadataTransactions",
    "AddressBookEntry",
    "AddressEntry",
    "AddressGroup",
    "AdvancedTransfer",
    "AggregatedFiatBalance",
    "Allocation",
    "AllocationLeg",
    "AllocationRequest",
    "AmountDue",
    "Asset",
    "AssetBalance",
    "AssetChange",
    "Balance",
    "BlindMatchMetadata",
    "BlockchainAddress",
    "BuyingPower",
    "CancelAdvancedTransferRequest",
    "CancelAdvancedTransferResponse",
    "CancelFuturesSweepResponse",
    "CancelOrderResponse",
    "Candle",
    "ComboLeg",
    "Commission",
    "CommissionDetailTotal",
    "Conversion",
    "ConversionDetail",
    "ConversionFee",
    "ConversionFeeTier",
    "Counterparty",
    "CounterpartyDestination",
    "CreateAdvancedTransferRequest",
    "CreateAdvancedTransferResponse",
    "CreateAllocationRequest",
    "CreateAllocationResponse",
    "CreateAllocationResponseBody",
    "CreateConversionRequest",
    "CreateConversionResponse",
    "CreateNetAllocationRequest",
    "CreateNetAllocationResponse",
    "CreateNetAllocationResponseBody",
    "CreateNewLocatesRequest",
    "CreateNewLocatesResponse",
    "CreateOnchainAddressGroupRequest",
    "CreateOnchainTransactionRequest",
    "CreateOnchainTransactionRequestEvmParams",
    "CreateOnchainTransactionResponse",
    "CreateOptionComboResponse",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "CreatePortfolioAddressBookEntryRequest",
    "CreatePortfolioAddressBookEntryResponse",
    "CreateQuoteRequestRequest",
    "CreateWalletDepositAddressRequest",
    "CreateWalletRequest",
    "CreateWalletResponse",
    "CreateWalletTransferRequest",
    "CreateWalletTransferResponse",
    "CreateWalletWithdrawalRequest",
    "CreateWalletWithdrawalResponse",
    "CrossMarginOverview",
    "CrossMarginPrimeDerivativesEquityBreakdown",
    "CrossMarginPrimeMarginSummary",
    "CrossMarginPrimeRiskNettingInfo",
    "CrossMarginPrimeSpotEquityBreakdown",
    "CrossMarginPrimeXMPosition",
    "CrossMarginRiskParameters",
    "CustomStablecoinAsset",
    "CustomStablecoinRewardDetails",
    "Date",
    "DefiBalance",
    "DestinationAlloc",
    "DetailedAddress",
    "DisplayUser",
    "EditOrderRequest",
    "EditOrderResponse",
    "EntityBalance",
    "EntityUser",
    "EstimatedNetworkFees",
    "ExistingLocate",
    "FCMMarginCall",
    "FcmFuturesSweep",
    "FcmFuturesSweepRequestAmount",
    "FcmPosition",
    "FcmScheduledMaintenance",
    "FcmTradingSessionDetails",
    "Fill",
    "FundMovement",
    "FutureProductDetails",
    "GetActivityResponse",
    "GetAllocationResponse",
    "GetAllocationsByClientNettingIdResponse",
    "GetBuyingPowerResponse",
    "GetCandlesResponse",
    "GetConversionFeesResponse",
    "GetCrossMarginOverviewResponse",
    "GetCrossMarginPrimeOverviewResponse",
    "GetCrossMarginRiskParametersResponse",
    "GetEntityActivitiesResponse",
    "GetEntityAssetsResponse",
    "GetEntityPaymentMethodDetailsResponse",
    "GetEntityPaymentMethodsResponse",
    "GetEntityUsersResponse",
    "GetExistingLocatesResponse",
    "GetFcmBalanceResponse",
    "GetFcmEquityResponse",
    "GetFcmMarginCallDetailsResponse",
    "GetFcmRiskLimitsResponse",
    "GetFcmSettingsResponse",
    "GetFuturesSweepsResponse",
    "GetInterestAccrualsResponse",
    "GetInvoicesResponse",
    "GetLocateAvailabilitiesResponse",
    "GetMarginConversionsResponse",
    "GetMarginInformationResponse",
    "GetMarginSummariesResponse",
    "GetMarketDataResponse",
    "GetOpenOrdersResponse",
    "GetOrderEditHistoryResponse",
    "GetOrderFillsResponse",
    "GetOrderResponse",
    "GetOrdersResponse",
    "GetPortfolioActivitiesResponse",
    "GetPortfolioActivityResponse",
    "GetPortfolioAddressBookResponse",
    "GetPortfolioAllocationsResponse",
    "GetPortfolioBalancesResponse",
    "GetPortfolioCommissionResponse",
    "GetPortfolioCounterpartyIDResponse",
    "GetPortfolioFillsResponse",
    "GetPortfolioInterestAccrualsResponse",
    "GetPortfolioProductsResponse",
    "GetPortfolioResponse",
    "GetPortfolioTransactionsResponse",
    "GetPortfolioUsersResponse",
    "GetPortfoliosResponse",
    "GetPositionsResponse",
    "GetPostTradeCreditResponse",
    "GetStakingStatusResponse",
    "GetTFTieredPricingFeesResponse",
    "GetTransactionResponse",
    "GetTransactionTravelRuleDataResponse",
    "GetUnstakingStatusResponse",
    "GetWalletBalanceResponse",
    "GetWalletDepositInstructionsResponse",
    "GetWalletResponse",
    "GetWalletTransactionsResponse",
    "GetWalletsResponse",
    "GetWithdrawalPowerResponse",
    "GetXMLiquidationResponse",
    "Invoice",
    "InvoiceItem",
    "LimitOrderEdit",
    "ListAdvancedTransferTransactionsResponse",
    "ListAdvancedTransfersResponse",
    "ListAggregateEntityPositionsResponse",
    "ListEntityBalancesResponse",
    "ListEntityPositionsResponse",
    "ListFinancingEligibleAssetsResponse",
    "ListOnchainAddressGroupsResponse",
    "ListTFObligationsResponse",
    "ListTransactionValidatorsRequest",
    "ListTransactionValidatorsResponse",
    "ListWalletAddressesResponse",
    "ListWeb3WalletBalancesResponse",
    "ListXMLiquidationsResponse",
    "LoanInfo",
    "Locate",
    "MarginAddOn",
    "MarginCallRecord",
    "MarginInformation",
    "MarginSummary",
    "MarginSummaryHistorical",
    "MarketData",
    "MarketRate",
    "MatchMetadata",
    "NFTCollection",
    "NFTItem",
    "NaturalPersonName",
    "Network",
    "NetworkDetails",
    "OnchainTransactionDetails",
    "Order",
    "OrderEdit",
    "OrderPreviewRequest",
    "PMAssetInfo",
    "PaginatedResponse",
    "PaymentMethodDestination",
    "PaymentMethodDetails",
    "PaymentMethodSummary",
    "PerpetualProductDetails",
    "Portfolio",
    "PortfolioStakingInitiateRequest",
    "PortfolioStakingInitiateResponse",
    "PortfolioStakingMetadata",
    "PortfolioStakingUnstakeRequest",
    "PortfolioStakingUnstakeResponse",
    "PortfolioUser",
    "Position",
    "PositionReference",
    "PostOrderPreviewResponse",
    "PostTradeCreditInformation",
    "PreviewUnstakeRequest",
    "PreviewUnstakeResponse",
    "PrimeXMMarginCallThresholds",
    "PrimeXMMarginRequirementBreakdown",
    "PrimeXMMarginThreshold",
    "PrimeXMOffsetCreditBreakdown",
    "ProcessRequirements",
    "Product",
    "ProtobufAny",
    "QuoteResponse",
    "RFQProductDetails",
    "RewardMetadata",
    "RiskAssessment",
    "RotateAPIKeyRequest",
    "RotateAPIKeyResponse",
    "RpcConfig",
    "RpcStatus",
    "ScheduleFuturesSweepRequest",
    "ScheduleFuturesSweepResponse",
    "SetAutoSweepRequest",
    "SetAutoSweepResponse",
    "SetFcmSettingsRequest",
    "SetFcmSettingsResponse",
    "ShortCollateral",
    "StakingClaimRewardsRequest",
    "StakingClaimRewardsResponse",
    "StakingInitiateRequest",
    "StakingInitiateResponse",
    "StakingStatus",
    "StakingUnstakeRequest",
    "StakingUnstakeResponse",
    "SubmitDepositTravelRuleDataRequest",
    "SubmitDepositTravelRuleDataResponse",
    "TFAsset",
    "TFObligation",
    "TierPairRateEntry",
    "TieredPricingFee",
    "Transaction",
    "TransactionMetadata",
    "TransactionValidator",
    "TransferLocation",
    "TravelRuleData",
    "TravelRuleParty",
    "UnstakingStatus",
    "UpdateFundingSettingsRequest",
    "UpdateFundingSettingsResponse",
    "UpdateOnchainAddressGroupRequest",
    "UserAction",
    "ValidatorAllocation",
    "ValidatorStakingInfo",
    "ValidatorUnstakePreview",
    "ValidatorUnstakingInfo",
    "Wallet",
    "WalletClaimRewardsInputs",
    "WalletCryptoDepositInstructions",
    "WalletFiatDepositInstructions",
    "WalletStakeInputs",
    "WalletStakingMetadata",
    "WalletUnstakeInputs",
    "Web3Asset",
    "Web3Balance",
    "Web3TransactionMetadata",
    "WithdrawalPower",
    "XMLiquidatedAsset",
    "XMLiquidationDetail",
    "XMLiquidationSummary",
    "XMLoan",
    "XMMarginCall",
    "XMPosition",
    "XMRiskNettingInfo",
    "XMSummary",
]


@attrs.frozen(kw_only=True)
class LimitOrderEdit:
    """LimitOrderEdit represents an order edit that is accepted"""

    price: Decimal | None = None
    size: Decimal | None = None
    display_size: Decimal | None = None
    stop_price: Decimal | None = None
    stop_limit_price: Decimal | None = None
    end_time: datetime | None = None
    accept_time: datetime | None = None
    client_order_id: str = ""


@attrs.frozen(kw_only=True)
class AddressBookEntry:
    """No description in the spec."""

    id: str = ""
    currency_symbol: str = ""
    name: str = ""
    address: str = ""
    account_identifier: str = ""
    account_identifier_name: str = ""
    state: str = ""
    explorer_link: str = ""
    last_used_at: datetime | None = None
    added_at: datetime | None = None
    added_by: DisplayUser | None = None
    type: AddressBookType = AddressBookType.UNSPECIFIED
    counterparty_id: str = ""


@attrs.frozen(kw_only=True)
class DisplayUser:
    """No description in the spec."""

    id: str = ""
    name: str = ""
    avatar_url: str = ""


@attrs.frozen(kw_only=True)
class AcceptQuoteResponse:
    """`client_order_id` is the value the client sent, filled in by prime_async."""

    order_id: str = ""
    client_order_id: str = ""


@attrs.frozen(kw_only=True)
class Accrual:
    """No description in the spec."""

    accrual_id: str = ""
    date: str = ""
    portfolio_id: str = ""
    symbol: str = ""
    loan_type: LoanType = LoanType.UNSPECIFIED
    interest_rate: Decimal | None = None
    nominal_accrual: Decimal | None = None
    notional_accrual: Decimal | None = None
    conversion_rate: Decimal | None = None
    loan_amount: Decimal | None = None
    benchmark: Benchmark = Benchmark.UNSPECIFIED
    benchmark_rate: Decimal | None = None
    spread: Decimal | None = None
    rate_type: RateType = RateType.UNSPECIFIED
    loan_amount_notional: Decimal | None = None
    nominal_open_borrow_sod: Decimal | None = None
    notional_open_borrow_sod: Decimal | None = None


@attrs.frozen(kw_only=True)
class ActiveLiquidationSummary:
    """ActiveLiquidationSummary provides a summary of the active or most recent XM liquidation"""

    liquidation_id: str = ""
    status: XMLiquidationStatus = XMLiquidationStatus.UNSPECIFIED
    shortfall_amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class Activity:
    """No description in the spec."""

    id: str = ""
    reference_id: str = ""
    category: ActivityCategory = ActivityCategory.UNSPECIFIED
    type: ActivityType = ActivityType.UNSPECIFIED
    secondary_type: ActivitySecondaryType = ActivitySecondaryType.UNSPECIFIED
    status: ActivityStatus = ActivityStatus.UNSPECIFIED
    created_by: str = ""
    title: str = ""
    description: str = ""
    user_actions: list[UserAction] = attrs.Factory(list)
    transactions_metadata: ActivityMetadataTransactions | None = None
    account_metadata: ActivityMetadataAccount | None = None
    orders_metadata: ActivityMetadataOrders | None = None
    symbols: list[str] = attrs.Factory(list)
    created_at: str = ""
    updated_at: str = ""
    hierarchy_type: HierarchyType = HierarchyType.UNSPECIFIED


@attrs.frozen(kw_only=True)
class ActivityCreationResponse:
    """No description in the spec."""

    activity_type: CustodyActivityType = CustodyActivityType.UNSPECIFIED
    num_approvals_remaining: int = 0
    activity_id: str = ""


@attrs.frozen(kw_only=True)
class ActivityMetadataAccount:
    """No description in the spec."""

    consensus: ActivityMetadataConsensus | None = None


@attrs.frozen(kw_only=True)
class ActivityMetadataConsensus:
    """No description in the spec."""

    approval_deadline: str = ""
    has_passed_consensus: bool = False


@attrs.frozen(kw_only=True)
class ActivityMetadataOrders:
    """No description in the spec."""


@attrs.frozen(kw_only=True)
class ActivityMetadataTransactions:
    """No description in the spec."""

    consensus: ActivityMetadataConsensus | None = None


@attrs.frozen(kw_only=True)
class AddressEntry:
    """No description in the spec."""

    name: str = ""
    address: str = ""
    chain_ids: list[str] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class AddressGroup:
    """No description in the spec."""

    id: str = ""
    name: str = ""
    network_type: NetworkType = NetworkType.UNSPECIFIED
    addresses: list[AddressEntry] = attrs.Factory(list)
    added_at: datetime | None = None


@attrs.frozen(kw_only=True)
class AdvancedTransfer:
    """AdvancedTransfer represents a complex transfer operation such as a blind match settlement."""

    id: str = ""
    type: AdvancedTransferType = AdvancedTransferType.UNSPECIFIED
    state: AdvancedTransferState = AdvancedTransferState.UNSPECIFIED
    fund_movements: list[FundMovement] = attrs.Factory(list)
    blind_match_metadata: BlindMatchMetadata | None = None


@attrs.frozen(kw_only=True)
class AggregatedFiatBalance:
    """No description in the spec."""

    total: Decimal | None = None
    holds: Decimal | None = None


@attrs.frozen(kw_only=True)
class Allocation:
    """No description in the spec."""

    root_id: str = ""
    reversal_id: str = ""
    allocation_completed_at: datetime | None = None
    user_id: str = ""
    product_id: str = ""
    side: OrderSide = OrderSide.UNSPECIFIED
    avg_price: Decimal | None = None
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    fees_allocated: Decimal | None = None
    status: AllocationStatus = AllocationStatus.UNSPECIFIED
    source: str = ""
    order_ids: list[str] = attrs.Factory(list)
    destinations: list[DestinationAlloc] = attrs.Factory(list)
    netting_id: str = ""


@attrs.frozen(kw_only=True)
class AllocationLeg:
    """No description in the spec."""

    allocation_leg_id: str = ""
    destination_portfolio_id: str = ""
    amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class AmountDue:
    """No description in the spec."""

    currency: str = ""
    amount: Decimal | None = None
    due_date: datetime | None = None


@attrs.frozen(kw_only=True)
class Asset:
    """No description in the spec."""

    name: str = ""
    symbol: str = ""
    decimal_precision: str = ""
    trading_supported: bool = False
    explorer_url: str = ""
    networks: list[NetworkDetails] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class AssetBalance:
    """No description in the spec."""

    portfolio_id: str = ""
    symbol: str = ""
    amount: Decimal | None = None
    notional_amount: Decimal | None = None
    conversion_rate: Decimal | None = None


@attrs.frozen(kw_only=True)
class AssetChange:
    """No description in the spec."""

    type: AssetChangeType = AssetChangeType.UNSPECIFIED
    symbol: str = ""
    amount: Decimal | None = None
    collection: NFTCollection | None = None
    item: NFTItem | None = None


@attrs.frozen(kw_only=True)
class Balance:
    """No description in the spec."""

    symbol: str = ""
    amount: Decimal | None = None
    holds: Decimal | None = None
    bonded_amount: Decimal | None = None
    reserved_amount: Decimal | None = None
    unbonding_amount: Decimal | None = None
    unvested_amount: Decimal | None = None
    pending_rewards_amount: Decimal | None = None
    past_rewards_amount: Decimal | None = None
    bondable_amount: Decimal | None = None
    withdrawable_amount: Decimal | None = None
    fiat_amount: Decimal | None = None
    unbondable_amount: Decimal | None = None
    claimable_rewards_amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class BlindMatchMetadata:
    """BlindMatchMetadata contains metadata specific to blind match advanced transfers."""

    reference_id: str = ""
    settlement_date: str = ""
    trade_date: str = ""
    settlement_time: str = ""


@attrs.frozen(kw_only=True)
class BlockchainAddress:
    """No description in the spec."""

    address: str = ""
    account_identifier: str = ""
    network: Network | None = None


@attrs.frozen(kw_only=True)
class BuyingPower:
    """No description in the spec."""

    portfolio_id: str = ""
    base_currency: str = ""
    quote_currency: str = ""
    base_buying_power: Decimal | None = None
    quote_buying_power: Decimal | None = None


@attrs.frozen(kw_only=True)
class CancelAdvancedTransferResponse:
    """CancelAdvancedTransferResponse is the response after canceling an advanced transfer."""

    advanced_transfer_id: str = ""


@attrs.frozen(kw_only=True)
class CancelFuturesSweepResponse:
    """No description in the spec."""

    success: bool = False
    request_id: str = ""


@attrs.frozen(kw_only=True)
class CancelOrderResponse:
    """No description in the spec."""

    id: str = ""


@attrs.frozen(kw_only=True)
class Candle:
    """Represents a single candle data point"""

    timestamp: datetime | None = None
    open: Decimal | None = None
    high: Decimal | None = None
    low: Decimal | None = None
    close: Decimal | None = None
    volume: Decimal | None = None


@attrs.frozen(kw_only=True)
class ComboLeg:
    """ComboLeg describes a single leg within an options combo order."""

    product_id: str = ""
    quantity: Decimal | None = None
    side: OrderSide = OrderSide.UNSPECIFIED


@attrs.frozen(kw_only=True)
class Commission:
    """No description in the spec."""

    type: str = ""
    rate: Decimal | None = None
    trading_volume: Decimal | None = None


@attrs.frozen(kw_only=True)
class CommissionDetailTotal:
    """No description in the spec."""

    total_commission: Decimal | None = None
    client_commission: Decimal | None = None
    venue_commission: Decimal | None = None
    ces_commission: Decimal | None = None
    financing_commission: Decimal | None = None
    regulatory_commission: Decimal | None = None
    clearing_commission: Decimal | None = None


@attrs.frozen(kw_only=True)
class Conversion:
    """No description in the spec."""

    conversion_details: list[ConversionDetail] = attrs.Factory(list)
    short_collateral: ShortCollateral | None = None
    conversion_datetime: str = ""
    portfolio_id: str = ""


@attrs.frozen(kw_only=True)
class ConversionDetail:
    """No description in the spec."""

    symbol: str = ""
    tf_balance: Decimal | None = None
    notional_tf_balance: Decimal | None = None
    converted_balance: Decimal | None = None
    notional_converted_balance: Decimal | None = None
    interest_rate: Decimal | None = None
    conversion_rate: Decimal | None = None


@attrs.frozen(kw_only=True)
class ConversionFee:
    """Per-pair conversion fee row: month-to-date net conversion volume and the applicable progressive fee tiers for an organization."""

    from_currency: str = ""
    to_currency: str = ""
    net_conversion_volume_mtd: Decimal | None = None
    fee_tiers: list[ConversionFeeTier] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class ConversionFeeTier:
    """A single fee tier in the progressive stablecoin conversion schedule."""

    min_threshold: Decimal | None = None
    max_threshold: Decimal | None = None
    rate_bps: Decimal | None = None


@attrs.frozen(kw_only=True)
class Counterparty:
    """No description in the spec."""

    counterparty_id: str = ""


@attrs.frozen(kw_only=True)
class CounterpartyDestination:
    """Represents a destination for a counterparty payment"""

    counterparty_id: str = ""


@attrs.frozen(kw_only=True)
class CreateAdvancedTransferResponse:
    """CreateAdvancedTransferResponse is the response after creating an advanced transfer."""

    advanced_transfer: AdvancedTransfer | None = None


@attrs.frozen(kw_only=True)
class AllocationRequest:
    """No description in the spec."""

    allocation_id: str = ""
    source_portfolio_id: str = ""
    product_id: str = ""
    order_ids: list[str] = attrs.Factory(list)
    allocation_legs: list[AllocationLeg] = attrs.Factory(list)
    size_type: AllocationSizeType = AllocationSizeType.UNSPECIFIED
    remainder_destination_portfolio: str = ""
    netting_id: str = ""


@attrs.frozen(kw_only=True)
class CreateAllocationResponse:
    """No description in the spec."""

    body: CreateAllocationResponseBody | None = None


@attrs.frozen(kw_only=True)
class CreateAllocationResponseBody:
    """No description in the spec."""

    success: bool = False
    allocation_id: str = ""
    failure_reason: str = ""


@attrs.frozen(kw_only=True)
class CreateConversionResponse:
    """`idempotency_key` is the value the client sent, filled in by prime_async."""

    activity_id: str = ""
    source_symbol: str = ""
    destination_symbol: str = ""
    amount: Decimal | None = None
    destination: str = ""
    source: str = ""
    transaction_id: str = ""
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class CreateNetAllocationResponse:
    """No description in the spec."""

    body: CreateNetAllocationResponseBody | None = None


@attrs.frozen(kw_only=True)
class CreateNetAllocationResponseBody:
    """No description in the spec."""

    success: bool = False
    netting_id: str = ""
    buy_allocation_id: str = ""
    sell_allocation_id: str = ""
    failure_reason: str = ""


@attrs.frozen(kw_only=True)
class CreateNewLocatesResponse:
    """No description in the spec."""

    locate_id: str = ""


@attrs.frozen(kw_only=True)
class CreateOnchainTransactionRequestEvmParams:
    """No description in the spec."""

    disable_dynamic_gas: bool = False
    disable_dynamic_nonce: bool = False
    replaced_transaction_id: str = ""
    chain_id: str = ""
    network_name: str = ""


@attrs.frozen(kw_only=True)
class CreateOnchainTransactionResponse:
    """No description in the spec."""

    transaction_id: str = ""


@attrs.frozen(kw_only=True)
class CreateOptionComboResponse:
    """No description in the spec."""

    combo_id: str = ""


@attrs.frozen(kw_only=True)
class CreateOrderResponse:
    """`client_order_id` is the value the client sent, filled in by prime_async."""

    order_id: str = ""
    client_order_id: str = ""


@attrs.frozen(kw_only=True)
class CreatePortfolioAddressBookEntryResponse:
    """No description in the spec."""

    activity_type: CustodyActivityType = CustodyActivityType.UNSPECIFIED
    num_approvals_remaining: int = 0
    activity_id: str = ""


@attrs.frozen(kw_only=True)
class CreateWalletResponse:
    """`idempotency_key` is the value the client sent, filled in by prime_async."""

    activity_id: str = ""
    name: str = ""
    symbol: str = ""
    wallet_type: WalletType = WalletType.UNSPECIFIED
    network_family: NetworkFamily = NetworkFamily.UNSPECIFIED
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class CreateWalletTransferResponse:
    """`idempotency_key` is the value the client sent, filled in by prime_async."""

    activity_id: str = ""
    approval_url: str = ""
    symbol: str = ""
    amount: Decimal | None = None
    fee: Decimal | None = None
    destination_address: str = ""
    destination_type: str = ""
    source_address: str = ""
    source_type: str = ""
    transaction_id: str = ""
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class CreateWalletWithdrawalResponse:
    """`idempotency_key` is the value the client sent, filled in by prime_async."""

    activity_id: str = ""
    approval_url: str = ""
    symbol: str = ""
    amount: Decimal | None = None
    fee: Decimal | None = None
    destination_type: str = ""
    source_type: str = ""
    blockchain_destination: BlockchainAddress | None = None
    counterparty_destination: CounterpartyDestination | None = None
    blockchain_source: BlockchainAddress | None = None
    transaction_id: str = ""
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class CrossMarginOverview:
    """No description in the spec."""

    control_status: XMControlStatus = XMControlStatus.UNSPECIFIED
    call_status: XMEntityCallStatus = XMEntityCallStatus.UNSPECIFIED
    margin_level: XMMarginLevel = XMMarginLevel.UNSPECIFIED
    margin_summary: XMSummary | None = None
    active_margin_calls: list[XMMarginCall] = attrs.Factory(list)
    active_loans: list[XMLoan] = attrs.Factory(list)
    active_liquidation: ActiveLiquidationSummary | None = None


@attrs.frozen(kw_only=True)
class CrossMarginPrimeDerivativesEquityBreakdown:
    """Breakdown of the components of derivatives equity."""

    cash_balance: Decimal | None = None
    unrealized_pnl: Decimal | None = None
    realized_pnl: Decimal | None = None
    accrued_funding_pnl: Decimal | None = None


@attrs.frozen(kw_only=True)
class CrossMarginPrimeMarginSummary:
    """Cross-margin account summary and nested breakdowns."""

    margin_requirement: Decimal | None = None
    margin_requirement_type: PrimeXMMarginRequirementType = PrimeXMMarginRequirementType.UNSPECIFIED
    account_equity: Decimal | None = None
    margin_excess_shortfall: Decimal | None = None
    consumed_credit: Decimal | None = None
    xm_credit_limit: Decimal | None = None
    xm_margin_limit: Decimal | None = None
    consumed_margin_limit: Decimal | None = None
    spot_equity: Decimal | None = None
    futures_equity: Decimal | None = None
    gross_market_value: Decimal | None = None
    net_market_value: Decimal | None = None
    net_exposure: Decimal | None = None
    gross_leverage: Decimal | None = None
    spot_equity_breakdown: CrossMarginPrimeSpotEquityBreakdown | None = None
    derivatives_equity_breakdown: CrossMarginPrimeDerivativesEquityBreakdown | None = None
    risk_netting_info: CrossMarginPrimeRiskNettingInfo | None = None
    health_status: PrimeXMHealthStatus = PrimeXMHealthStatus.UNSPECIFIED
    equity_ratio: Decimal | None = None
    deficit_ratio: Decimal | None = None
    margin_thresholds: PrimeXMMarginCallThresholds | None = None
    fcm_excess_available_to_return: Decimal | None = None


@attrs.frozen(kw_only=True)
class CrossMarginPrimeRiskNettingInfo:
    """Groups XM margin requirement components, offset credits, and per-asset rows."""

    dco_margin_requirement: Decimal | None = None
    portfolio_margin_requirement: Decimal | None = None
    integrated_portfolio_margin_requirement: Decimal | None = None
    ineligible_futures_margin_requirement: Decimal | None = None
    pmr_breakdown: PrimeXMMarginRequirementBreakdown | None = None
    ipmr_breakdown: PrimeXMMarginRequirementBreakdown | None = None
    portfolio_margin_offset_credit_breakdown: PrimeXMOffsetCreditBreakdown | None = None
    integrated_portfolio_margin_offset_credit_breakdown: PrimeXMOffsetCreditBreakdown | None = None
    xm_positions: list[CrossMarginPrimeXMPosition] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class CrossMarginPrimeSpotEquityBreakdown:
    """Breakdown of the components of spot equity."""

    cash_balance: Decimal | None = None
    long_market_value: Decimal | None = None
    short_market_value: Decimal | None = None
    short_collateral: Decimal | None = None
    pending_transfers: Decimal | None = None


@attrs.frozen(kw_only=True)
class CrossMarginPrimeXMPosition:
    """CrossMarginPrimeXMPosition is a single per-asset XM row (proto-backed fields from XMPositionDetails)."""

    currency: str = ""
    market_price: Decimal | None = None
    spot_balance: Decimal | None = None
    spot_balance_notional: Decimal | None = None
    futures_balance: Decimal | None = None
    futures_balance_notional: Decimal | None = None
    base_requirement: Decimal | None = None
    total_position_margin: Decimal | None = None
    basis_credit: Decimal | None = None
    futures_netted_notional: Decimal | None = None
    futures_netting_margin: Decimal | None = None
    long_amount: Decimal | None = None
    short_amount: Decimal | None = None
    volatility_addon: Decimal | None = None
    liquidity_addon: Decimal | None = None


@attrs.frozen(kw_only=True)
class CrossMarginRiskParameters:
    """XM 2.0 risk parameters for an asset tier."""

    asset_tier: str = ""
    base_ratio_long: Decimal | None = None
    base_ratio_short: Decimal | None = None
    volatility_rate_long: Decimal | None = None
    volatility_rate_short: Decimal | None = None
    volatility_low_threshold: Decimal | None = None
    volatility_high_threshold: Decimal | None = None
    liquidity_a_long: Decimal | None = None
    liquidity_a_short: Decimal | None = None
    liquidity_b_short: Decimal | None = None
    liquidity_threshold: Decimal | None = None
    basis_offset_credit_rate: Decimal | None = None


@attrs.frozen(kw_only=True)
class CustomStablecoinAsset:
    """Currency metadata of the custom stablecoin asset for the reward program"""

    symbol: str = ""


@attrs.frozen(kw_only=True)
class CustomStablecoinRewardDetails:
    """Details for a custom stablecoin reward payout transaction"""

    start_date: str = ""
    end_date: str = ""
    asset: CustomStablecoinAsset | None = None


@attrs.frozen(kw_only=True)
class DefiBalance:
    """No description in the spec."""

    network: str = ""
    protocol: str = ""
    net_usd_value: Decimal | None = None


@attrs.frozen(kw_only=True)
class DestinationAlloc:
    """No description in the spec."""

    leg_id: str = ""
    portfolio_id: str = ""
    allocation_base: Decimal | None = None
    allocation_quote: Decimal | None = None
    fees_allocated_leg: Decimal | None = None


@attrs.frozen(kw_only=True)
class DetailedAddress:
    """Detailed address information"""

    address_1: str = ""
    address_2: str = ""
    address_3: str = ""
    city: str = ""
    state: str = ""
    country_code: str = ""
    postal_code: str = ""


@attrs.frozen(kw_only=True)
class EditOrderResponse:
    """`client_order_id` is the value the client sent, filled in by prime_async."""

    order_id: str = ""
    client_order_id: str = ""


@attrs.frozen(kw_only=True)
class EntityBalance:
    """No description in the spec."""

    symbol: str = ""
    long_amount: Decimal | None = None
    long_notional: Decimal | None = None
    short_amount: Decimal | None = None
    short_notional: Decimal | None = None


@attrs.frozen(kw_only=True)
class EntityUser:
    """No description in the spec."""

    id: str = ""
    name: str = ""
    email: str = ""
    entity_id: str = ""
    role: UserRole = UserRole.UNSPECIFIED
    roles: list[UserRole] = attrs.Factory(list)
    secondary_permissions: list[SecondaryPermission] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class EstimatedNetworkFees:
    """No description in the spec."""

    lower_bound: Decimal | None = None
    upper_bound: Decimal | None = None


@attrs.frozen(kw_only=True)
class ExistingLocate:
    """No description in the spec."""

    locate_id: str = ""
    entity_id: str = ""
    portfolio_id: str = ""
    symbol: str = ""
    requested_amount: Decimal | None = None
    interest_rate: Decimal | None = None
    status: str = ""
    approved_amount: Decimal | None = None
    conversion_date: str = ""
    created_at: str = ""
    locate_date: str = ""


@attrs.frozen(kw_only=True)
class FCMMarginCall:
    """No description in the spec."""

    type: FcmMarginCallType = FcmMarginCallType.UNSPECIFIED
    state: FcmMarginCallState = FcmMarginCallState.UNSPECIFIED
    initial_amount: Decimal | None = None
    remaining_amount: Decimal | None = None
    business_date: datetime | None = None
    cure_deadline: datetime | None = None


@attrs.frozen(kw_only=True)
class FcmFuturesSweep:
    """No description in the spec."""

    id: str = ""
    requested_amount: FcmFuturesSweepRequestAmount | None = None
    should_sweep_all: bool = False
    status: FcmFuturesSweepStatus = FcmFuturesSweepStatus.UNSPECIFIED
    scheduled_time: datetime | None = None


@attrs.frozen(kw_only=True)
class FcmFuturesSweepRequestAmount:
    """No description in the spec."""

    currency: str = ""
    amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class FcmPosition:
    """No description in the spec."""

    product_id: str = ""
    side: FcmPositionSide = FcmPositionSide.UNSPECIFIED
    number_of_contracts: Decimal | None = None
    daily_realized_pnl: Decimal | None = None
    unrealized_pnl: Decimal | None = None
    current_price: Decimal | None = None
    avg_entry_price: Decimal | None = None
    expiration_time: datetime | None = None


@attrs.frozen(kw_only=True)
class FcmScheduledMaintenance:
    """FcmScheduledMaintenance contains scheduled maintenance window information"""

    start_time: datetime | None = None
    end_time: datetime | None = None


@attrs.frozen(kw_only=True)
class FcmTradingSessionDetails:
    """FcmTradingSessionDetails contains trading session details for FCM products"""

    session_open: bool = False
    open_time: datetime | None = None
    close_time: datetime | None = None
    session_state: FcmTradingSessionState = FcmTradingSessionState.UNSPECIFIED
    after_hours_order_entry_disabled: bool = False
    closed_reason: FcmTradingSessionClosedReason = FcmTradingSessionClosedReason.UNSPECIFIED
    maintenance: FcmScheduledMaintenance | None = None
    settlement_timestamp: datetime | None = None
    settlement_price: Decimal | None = None


@attrs.frozen(kw_only=True)
class Fill:
    """No description in the spec."""

    id: str = ""
    order_id: str = ""
    product_id: str = ""
    client_product_id: str = ""
    side: OrderSide = OrderSide.UNSPECIFIED
    filled_quantity: Decimal | None = None
    filled_value: Decimal | None = None
    price: Decimal | None = None
    time: datetime | None = None
    commission: Decimal | None = None
    venue: str = ""
    venue_fees: Decimal | None = None
    ces_commission: Decimal | None = None
    product_type: ProductType = ProductType.UNSPECIFIED
    commission_detail_total: CommissionDetailTotal | None = None


@attrs.frozen(kw_only=True)
class FundMovement:
    """FundMovement represents a single movement of funds between two counterparties."""

    id: str = ""
    source: TransferLocation | None = None
    target: TransferLocation | None = None
    currency: str = ""
    amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class FutureProductDetails:
    """FutureProductDetails contains details specific to futures products"""

    contract_code: str = ""
    contract_size: Decimal | None = None
    contract_expiry: datetime | None = None
    contract_root_unit: str = ""
    contract_expiry_type: ContractExpiryType = ContractExpiryType.UNSPECIFIED
    risk_managed_by: RiskManagementType = RiskManagementType.UNSPECIFIED
    venue: str = ""
    group_description: str = ""
    contract_expiry_timezone: str = ""
    group_short_description: str = ""
    perpetual_details: PerpetualProductDetails | None = None


@attrs.frozen(kw_only=True)
class GetActivityResponse:
    """No description in the spec."""

    activity: Activity | None = None


@attrs.frozen(kw_only=True)
class GetAllocationResponse:
    """No description in the spec."""

    allocation: Allocation | None = None


@attrs.frozen(kw_only=True)
class GetAllocationsByClientNettingIdResponse:
    """No description in the spec."""

    allocations: list[Allocation] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetBuyingPowerResponse:
    """No description in the spec."""

    buying_power: BuyingPower | None = None


@attrs.frozen(kw_only=True)
class GetCandlesResponse:
    """Candle response structure"""

    candles: list[Candle] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetConversionFeesResponse:
    """Response for GetConversionFees: one ConversionFee row per supported pair."""

    fees: list[ConversionFee] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetCrossMarginOverviewResponse:
    """No description in the spec."""

    overview: CrossMarginOverview | None = None


@attrs.frozen(kw_only=True)
class GetCrossMarginPrimeOverviewResponse:
    """No description in the spec."""

    control_status: XMControlStatus = XMControlStatus.UNSPECIFIED
    margin_level: XMMarginLevel = XMMarginLevel.UNSPECIFIED
    evaluated_at: datetime | None = None
    margin_summary: CrossMarginPrimeMarginSummary | None = None


@attrs.frozen(kw_only=True)
class GetCrossMarginRiskParametersResponse:
    """No description in the spec."""

    risk_parameters: list[CrossMarginRiskParameters] = attrs.Factory(list)
    offset_credit_matrix_long_short: list[TierPairRateEntry] = attrs.Factory(list)
    offset_credit_matrix_long_long: list[TierPairRateEntry] = attrs.Factory(list)
    offset_credit_matrix_short_short: list[TierPairRateEntry] = attrs.Factory(list)
    margin_period_of_risk: float = 0.0


@attrs.frozen(kw_only=True)
class GetEntityActivitiesResponse:
    """No description in the spec."""

    activities: list[Activity] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetEntityAssetsResponse:
    """No description in the spec."""

    assets: list[Asset] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetEntityPaymentMethodDetailsResponse:
    """No description in the spec."""

    details: PaymentMethodDetails | None = None


@attrs.frozen(kw_only=True)
class GetEntityPaymentMethodsResponse:
    """No description in the spec."""

    payment_methods: list[PaymentMethodSummary] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetEntityUsersResponse:
    """No description in the spec."""

    users: list[EntityUser] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetExistingLocatesResponse:
    """No description in the spec."""

    locates: list[ExistingLocate] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetFcmBalanceResponse:
    """No description in the spec."""

    portfolio_id: str = ""
    cfm_usd_balance: Decimal | None = None
    unrealized_pnl: Decimal | None = None
    daily_realized_pnl: Decimal | None = None
    excess_liquidity: Decimal | None = None
    futures_buying_power: Decimal | None = None
    initial_margin: Decimal | None = None
    maintenance_margin: Decimal | None = None
    clearing_account_id: str = ""
    cfm_unsettled_accrued_funding_pnl: Decimal | None = None


@attrs.frozen(kw_only=True)
class GetFcmEquityResponse:
    """No description in the spec."""

    eod_account_equity: Decimal | None = None
    eod_unrealized_pnl: Decimal | None = None
    current_excess_deficit: Decimal | None = None
    available_to_sweep: Decimal | None = None


@attrs.frozen(kw_only=True)
class GetFcmMarginCallDetailsResponse:
    """No description in the spec."""

    margin_calls: list[FCMMarginCall] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetFcmRiskLimitsResponse:
    """No description in the spec."""

    cfm_risk_limit: Decimal | None = None
    cfm_risk_limit_utilization: Decimal | None = None
    cfm_total_margin: Decimal | None = None
    cfm_delta_ote: Decimal | None = None
    cfm_unsettled_realized_pnl: Decimal | None = None
    cfm_unsettled_accrued_funding_pnl: Decimal | None = None
    margin_utilization_percent: Decimal | None = None
    margin_health_state: FcmMarginHealthState = FcmMarginHealthState.UNSPECIFIED


@attrs.frozen(kw_only=True)
class GetFcmSettingsResponse:
    """No description in the spec."""

    target_derivatives_excess: Decimal | None = None


@attrs.frozen(kw_only=True)
class GetFuturesSweepsResponse:
    """No description in the spec."""

    sweeps: list[FcmFuturesSweep] = attrs.Factory(list)
    auto_sweep: bool = False


@attrs.frozen(kw_only=True)
class GetInterestAccrualsResponse:
    """No description in the spec."""

    total_notional_accrual: Decimal | None = None
    accruals: list[Accrual] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetInvoicesResponse:
    """No description in the spec."""

    invoices: list[Invoice] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetLocateAvailabilitiesResponse:
    """No description in the spec."""

    locates: list[Locate] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetMarginConversionsResponse:
    """No description in the spec."""

    conversions: list[Conversion] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetMarginInformationResponse:
    """No description in the spec."""

    margin_information: MarginInformation | None = None


@attrs.frozen(kw_only=True)
class GetMarginSummariesResponse:
    """No description in the spec."""

    margin_summaries: list[MarginSummaryHistorical] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetMarketDataResponse:
    """No description in the spec."""

    market_data: list[MarketData] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetOpenOrdersResponse:
    """No description in the spec."""

    orders: list[Order] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetOrderEditHistoryResponse:
    """Order Edit History by Order ID and Portfolio ID"""

    order_id: str = ""
    order_edit_history: list[LimitOrderEdit] = attrs.Factory(list)
    edit_history: list[OrderEdit] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetOrderFillsResponse:
    """No description in the spec."""

    fills: list[Fill] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetOrderResponse:
    """No description in the spec."""

    order: Order | None = None


@attrs.frozen(kw_only=True)
class GetOrdersResponse:
    """No description in the spec."""

    orders: list[Order] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioActivitiesResponse:
    """No description in the spec."""

    activities: list[Activity] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioActivityResponse:
    """No description in the spec."""

    activity: Activity | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioAddressBookResponse:
    """No description in the spec."""

    addresses: list[AddressBookEntry] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioAllocationsResponse:
    """No description in the spec."""

    allocations: list[Allocation] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioBalancesResponse:
    """No description in the spec."""

    balances: list[Balance] = attrs.Factory(list)
    type: PortfolioBalanceType = PortfolioBalanceType.UNSPECIFIED
    trading_balances: AggregatedFiatBalance | None = None
    vault_balances: AggregatedFiatBalance | None = None
    prime_custody_balances: AggregatedFiatBalance | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioCommissionResponse:
    """No description in the spec."""

    commission: Commission | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioCounterpartyIDResponse:
    """No description in the spec."""

    counterparty: Counterparty | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioFillsResponse:
    """No description in the spec."""

    fills: list[Fill] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioInterestAccrualsResponse:
    """No description in the spec."""

    total_notional_accrual: Decimal | None = None
    accruals: list[Accrual] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetPortfolioProductsResponse:
    """No description in the spec."""

    products: list[Product] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioResponse:
    """No description in the spec."""

    portfolio: Portfolio | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioTransactionsResponse:
    """No description in the spec."""

    transactions: list[Transaction] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetPortfolioUsersResponse:
    """No description in the spec."""

    users: list[PortfolioUser] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetPortfoliosResponse:
    """No description in the spec."""

    portfolios: list[Portfolio] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetPositionsResponse:
    """No description in the spec."""

    positions: list[FcmPosition] = attrs.Factory(list)
    clearing_account_id: str = ""


@attrs.frozen(kw_only=True)
class GetPostTradeCreditResponse:
    """No description in the spec."""

    post_trade_credit: PostTradeCreditInformation | None = None


@attrs.frozen(kw_only=True)
class GetStakingStatusResponse:
    """No description in the spec."""

    portfolio_id: str = ""
    wallet_id: str = ""
    wallet_address: str = ""
    current_timestamp: datetime | None = None
    validators: list[ValidatorStakingInfo] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetTFTieredPricingFeesResponse:
    """No description in the spec."""

    fees: list[TieredPricingFee] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetTransactionResponse:
    """No description in the spec."""

    transaction: Transaction | None = None


@attrs.frozen(kw_only=True)
class GetTransactionTravelRuleDataResponse:
    """Response containing fulfilled travel rule data for a transaction"""

    fulfilled: bool = False
    is_self: bool = False
    originator: TravelRuleParty | None = None
    beneficiary: TravelRuleParty | None = None
    amount: Decimal | None = None
    amount_currency: str = ""
    fiat_amount: Decimal | None = None
    fiat_amount_currency: str = ""
    blockchain_network: str = ""


@attrs.frozen(kw_only=True)
class GetUnstakingStatusResponse:
    """No description in the spec."""

    portfolio_id: str = ""
    wallet_id: str = ""
    wallet_address: str = ""
    current_timestamp: datetime | None = None
    validators: list[ValidatorUnstakingInfo] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class GetWalletBalanceResponse:
    """No description in the spec."""

    balance: Balance | None = None


@attrs.frozen(kw_only=True)
class GetWalletDepositInstructionsResponse:
    """No description in the spec."""

    crypto_instructions: WalletCryptoDepositInstructions | None = None
    fiat_instructions: WalletFiatDepositInstructions | None = None


@attrs.frozen(kw_only=True)
class GetWalletResponse:
    """No description in the spec."""

    wallet: Wallet | None = None


@attrs.frozen(kw_only=True)
class GetWalletTransactionsResponse:
    """No description in the spec."""

    transactions: list[Transaction] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetWalletsResponse:
    """No description in the spec."""

    wallets: list[Wallet] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class GetWithdrawalPowerResponse:
    """No description in the spec."""

    withdrawal_power: WithdrawalPower | None = None


@attrs.frozen(kw_only=True)
class GetXMLiquidationResponse:
    """GetXMLiquidationResponse contains detailed information about an XM liquidation"""

    liquidation: XMLiquidationDetail | None = None


@attrs.frozen(kw_only=True)
class Invoice:
    """Invoice"""

    id: str = ""
    billing_month: int = 0
    billing_year: int = 0
    due_date: str = ""
    invoice_number: str = ""
    state: InvoiceState = InvoiceState.UNSPECIFIED
    usd_amount_paid: float = 0.0
    usd_amount_owed: float = 0.0
    invoice_items: list[InvoiceItem] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class InvoiceItem:
    """Invoice item"""

    description: str = ""
    currency_symbol: str = ""
    invoice_type: InvoiceType = InvoiceType.UNSPECIFIED
    rate: float = 0.0
    quantity: float = 0.0
    price: float = 0.0
    average_auc: float = 0.0
    total: float = 0.0


@attrs.frozen(kw_only=True)
class ListAdvancedTransferTransactionsResponse:
    """ListAdvancedTransferTransactionsResponse contains the transactions associated with an advanced transfer."""

    transactions: list[Transaction] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class ListAdvancedTransfersResponse:
    """ListAdvancedTransfersResponse contains the list of advanced transfers and pagination info."""

    advanced_transfers: list[AdvancedTransfer] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class ListAggregateEntityPositionsResponse:
    """No description in the spec."""

    positions: list[Position] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class ListEntityBalancesResponse:
    """No description in the spec."""

    balances: list[EntityBalance] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class ListEntityPositionsResponse:
    """No description in the spec."""

    positions: list[Position] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class ListFinancingEligibleAssetsResponse:
    """ListFinancingEligibleAssetsResponse contains the list of financing eligible assets with their details"""

    assets: list[TFAsset] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class ListOnchainAddressGroupsResponse:
    """No description in the spec."""

    address_groups: list[AddressGroup] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class ListTFObligationsResponse:
    """Response containing trade finance obligations for an entity"""

    obligations: list[TFObligation] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class ListTransactionValidatorsResponse:
    """No description in the spec."""

    transaction_validators: list[TransactionValidator] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class ListWalletAddressesResponse:
    """No description in the spec."""

    addresses: list[BlockchainAddress] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class ListWeb3WalletBalancesResponse:
    """No description in the spec."""

    balances: list[Web3Balance] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None
    defi_balances: list[DefiBalance] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class ListXMLiquidationsResponse:
    """ListXMLiquidationsResponse contains a paginated list of XM liquidation summaries"""

    liquidations: list[XMLiquidationSummary] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@attrs.frozen(kw_only=True)
class LoanInfo:
    """No description in the spec."""

    portfolio_id: str = ""
    symbol: str = ""
    amount: Decimal | None = None
    notional_amount: Decimal | None = None
    due_date: str = ""


@attrs.frozen(kw_only=True)
class Locate:
    """No description in the spec."""

    symbol: str = ""
    quantity: Decimal | None = None
    rate: Decimal | None = None


@attrs.frozen(kw_only=True)
class MarginAddOn:
    """No description in the spec."""

    amount: Decimal | None = None
    add_on_type: MarginAddOnType = MarginAddOnType.UNSPECIFIED


@attrs.frozen(kw_only=True)
class MarginCallRecord:
    """No description in the spec."""

    margin_call_id: str = ""
    initial_notional_amount: Decimal | None = None
    outstanding_notional_amount: Decimal | None = None
    created_at: str = ""
    due_at: str = ""


@attrs.frozen(kw_only=True)
class MarginInformation:
    """No description in the spec."""

    margin_call_records: list[MarginCallRecord] = attrs.Factory(list)
    margin_summary: MarginSummary | None = None


@attrs.frozen(kw_only=True)
class MarginSummary:
    """No description in the spec."""

    entity_id: str = ""
    margin_equity: Decimal | None = None
    margin_requirement: Decimal | None = None
    excess_deficit: Decimal | None = None
    pm_credit_consumed: Decimal | None = None
    tf_credit_limit: Decimal | None = None
    tf_credit_consumed: Decimal | None = None
    tf_adjusted_asset_value: Decimal | None = None
    tf_adjusted_liability_value: Decimal | None = None
    tf_adjusted_credit_consumed: Decimal | None = None
    tf_adjusted_equity: Decimal | None = None
    frozen: bool = False
    frozen_reason: str = ""
    tf_enabled: bool = False
    pm_enabled: bool = False
    market_rates: list[MarketRate] = attrs.Factory(list)
    asset_balances: list[AssetBalance] = attrs.Factory(list)
    tf_loans: list[LoanInfo] = attrs.Factory(list)
    pm_loans: list[LoanInfo] = attrs.Factory(list)
    short_collateral: list[LoanInfo] = attrs.Factory(list)
    gross_market_value: Decimal | None = None
    net_market_value: Decimal | None = None
    long_market_value: Decimal | None = None
    non_marginable_long_market_value: Decimal | None = None
    short_market_value: Decimal | None = None
    gross_leverage: Decimal | None = None
    net_exposure: Decimal | None = None
    portfolio_stress_triggered: MarginAddOn | None = None
    pm_asset_info: list[PMAssetInfo] = attrs.Factory(list)
    pm_credit_limit: Decimal | None = None
    pm_margin_limit: Decimal | None = None
    pm_margin_consumed: Decimal | None = None


@attrs.frozen(kw_only=True)
class MarginSummaryHistorical:
    """No description in the spec."""

    conversion_datetime: str = ""
    conversion_date: str = ""
    margin_summary: MarginSummary | None = None


@attrs.frozen(kw_only=True)
class MarketData:
    """No description in the spec."""

    symbol: str = ""
    vol_5d: Decimal | None = None
    vol_30d: Decimal | None = None
    vol_90d: Decimal | None = None
    adv_30d: Decimal | None = None
    weighted_vol: Decimal | None = None


@attrs.frozen(kw_only=True)
class MarketRate:
    """No description in the spec."""

    symbol: str = ""
    rate: str = ""


@attrs.frozen(kw_only=True)
class MatchMetadata:
    """No description in the spec."""

    reference_id: str = ""
    settlement_date: str = ""


@attrs.frozen(kw_only=True)
class NFTCollection:
    """No description in the spec."""

    name: str = ""


@attrs.frozen(kw_only=True)
class NFTItem:
    """No description in the spec."""

    name: str = ""


@attrs.frozen(kw_only=True)
class NaturalPersonName:
    """Natural person name components"""

    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""


@attrs.frozen(kw_only=True)
class Network:
    """No description in the spec."""

    id: str = ""
    type: str = ""


@attrs.frozen(kw_only=True)
class NetworkDetails:
    """No description in the spec."""

    network: Network | None = None
    name: str = ""
    max_decimals: str = ""
    default: bool = False
    trading_supported: bool = False
    vault_supported: bool = False
    prime_custody_supported: bool = False
    destination_tag_required: bool = False
    network_link: str = ""
    network_scoped_symbol: str = ""
    min_withdrawal_amount: Decimal | None = None
    max_withdrawal_amount: Decimal | None = None
    min_deposit_amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class OnchainTransactionDetails:
    """No description in the spec."""

    signed_transaction: str = ""
    risk_assessment: RiskAssessment | None = None
    chain_id: str = ""
    nonce: str = ""
    replaced_transaction_id: str = ""
    destination_address: str = ""
    skip_broadcast: bool = False
    failure_reason: str = ""
    signing_status: SigningStatus = SigningStatus.UNSPECIFIED


@attrs.frozen(kw_only=True)
class Order:
    """No description in the spec."""

    id: str = ""
    user_id: str = ""
    portfolio_id: str = ""
    product_id: str = ""
    side: OrderSide = OrderSide.UNSPECIFIED
    client_order_id: str = ""
    type: OrderType = OrderType.UNSPECIFIED
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    limit_price: Decimal | None = None
    start_time: datetime | None = None
    expiry_time: datetime | None = None
    status: OrderStatus = OrderStatus.UNSPECIFIED
    time_in_force: TimeInForceType = TimeInForceType.UNSPECIFIED
    created_at: datetime | None = None
    filled_quantity: Decimal | None = None
    filled_value: Decimal | None = None
    average_filled_price: Decimal | None = None
    commission: Decimal | None = None
    exchange_fee: Decimal | None = None
    historical_pov: Decimal | None = None
    stop_price: Decimal | None = None
    net_average_filled_price: Decimal | None = None
    user_context: str = ""
    client_product_id: str = ""
    post_only: bool = False
    order_edit_history: list[LimitOrderEdit] = attrs.Factory(list)
    is_raise_exact: bool = False
    display_size: Decimal | None = None
    edit_history: list[OrderEdit] = attrs.Factory(list)
    display_quote_size: Decimal | None = None
    display_base_size: Decimal | None = None
    peg_offset_type: str = ""
    offset: Decimal | None = None
    wig_level: Decimal | None = None
    product_type: ProductType = ProductType.UNSPECIFIED
    commission_detail_total: CommissionDetailTotal | None = None
    is_buy_exact: bool = False


@attrs.frozen(kw_only=True)
class OrderEdit:
    """No description in the spec."""

    price: Decimal | None = None
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    display_base_size: Decimal | None = None
    display_quote_size: Decimal | None = None
    stop_price: Decimal | None = None
    expiry_time: datetime | None = None
    accept_time: datetime | None = None
    client_order_id: str = ""


@attrs.frozen(kw_only=True)
class PMAssetInfo:
    """No description in the spec."""

    symbol: str = ""
    amount: Decimal | None = None
    price: Decimal | None = None
    notional_amount: Decimal | None = None
    asset_tier: str = ""
    margin_eligible: bool = False
    base_margin_requirement: Decimal | None = None
    base_margin_requirement_notional: Decimal | None = None
    adv_30d: Decimal | None = None
    hist_5d_vol: Decimal | None = None
    hist_30d_vol: Decimal | None = None
    hist_90d_vol: Decimal | None = None
    volatility_addon: Decimal | None = None
    liquidity_addon: Decimal | None = None
    total_position_margin: Decimal | None = None
    short_nominal: Decimal | None = None
    long_nominal: Decimal | None = None


@attrs.frozen(kw_only=True)
class PaginatedResponse:
    """No description in the spec."""

    next_cursor: str = ""
    sort_direction: SortDirection = SortDirection.UNSPECIFIED
    has_next: bool = False


@attrs.frozen(kw_only=True)
class PaymentMethodDestination:
    """No description in the spec."""

    payment_method_id: str = ""


@attrs.frozen(kw_only=True)
class PaymentMethodDetails:
    """No description in the spec."""

    id: str = ""
    symbol: str = ""
    payment_method_type: PaymentMethodType = PaymentMethodType.UNSPECIFIED
    name: str = ""
    account_number: str = ""
    bank_code: str = ""


@attrs.frozen(kw_only=True)
class PaymentMethodSummary:
    """No description in the spec."""

    id: str = ""
    symbol: str = ""
    payment_method_type: PaymentMethodType = PaymentMethodType.UNSPECIFIED
    bank_name: str = ""
    account_number: str = ""
    bank_name_2: str = ""


@attrs.frozen(kw_only=True)
class PerpetualProductDetails:
    """PerpetualProductDetails contains details specific to perpetual futures products"""

    open_interest: Decimal | None = None
    funding_rate: Decimal | None = None
    funding_time: datetime | None = None
    max_leverage: Decimal | None = None
    underlying_type: str = ""


@attrs.frozen(kw_only=True)
class Portfolio:
    """No description in the spec."""

    id: str = ""
    name: str = ""
    entity_id: str = ""
    organization_id: str = ""
    entity_name: str = ""


@attrs.frozen(kw_only=True)
class PortfolioStakingInitiateResponse:
    """`idempotency_key` is the value the client sent, filled in by prime_async."""

    activity_id: str = ""
    transaction_id: str = ""
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class PortfolioStakingMetadata:
    """No description in the spec."""

    external_id: str = ""


@attrs.frozen(kw_only=True)
class PortfolioStakingUnstakeResponse:
    """`idempotency_key` is the value the client sent, filled in by prime_async."""

    activity_id: str = ""
    transaction_id: str = ""
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class PortfolioUser:
    """No description in the spec."""

    id: str = ""
    name: str = ""
    email: str = ""
    portfolio_id: str = ""
    entity_id: str = ""
    role: UserRole = UserRole.UNSPECIFIED
    roles: list[UserRole] = attrs.Factory(list)
    secondary_permissions: list[SecondaryPermission] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class Position:
    """No description in the spec."""

    symbol: str = ""
    long: Decimal | None = None
    short: Decimal | None = None
    position_reference: PositionReference | None = None


@attrs.frozen(kw_only=True)
class PositionReference:
    """No description in the spec."""

    id: str = ""
    type: PositionReferenceType = PositionReferenceType.UNSPECIFIED


@attrs.frozen(kw_only=True)
class PostOrderPreviewResponse:
    """No description in the spec."""

    portfolio_id: str = ""
    product_id: str = ""
    side: OrderSide = OrderSide.UNSPECIFIED
    type: OrderType = OrderType.UNSPECIFIED
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    limit_price: Decimal | None = None
    start_time: datetime | None = None
    expiry_time: datetime | None = None
    time_in_force: TimeInForceType = TimeInForceType.UNSPECIFIED
    commission: Decimal | None = None
    slippage: Decimal | None = None
    best_bid: Decimal | None = None
    best_ask: Decimal | None = None
    average_filled_price: Decimal | None = None
    order_total: Decimal | None = None
    historical_pov: Decimal | None = None
    is_raise_exact: bool = False
    stop_price: Decimal | None = None
    display_size: Decimal | None = None
    display_quote_size: Decimal | None = None
    display_base_size: Decimal | None = None
    is_buy_exact: bool = False


@attrs.frozen(kw_only=True)
class PostTradeCreditInformation:
    """No description in the spec."""

    portfolio_id: str = ""
    currency: str = ""
    limit: Decimal | None = None
    utilized: Decimal | None = None
    available: Decimal | None = None
    frozen: bool = False
    frozen_reason: str = ""
    amounts_due: list[AmountDue] = attrs.Factory(list)
    enabled: bool = False
    adjusted_credit_utilized: Decimal | None = None
    adjusted_portfolio_equity: Decimal | None = None


@attrs.frozen(kw_only=True)
class PreviewUnstakeResponse:
    """PreviewUnstakeResponse contains the response data from previewing an unstaking operation."""

    estimated_amount: Decimal | None = None
    wallet_id: str = ""
    wallet_address: str = ""
    current_timestamp: str = ""
    validators: list[ValidatorUnstakePreview] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class PrimeXMMarginCallThresholds:
    """No description in the spec."""

    deficit_threshold: Decimal | None = None
    warning_threshold: Decimal | None = None
    critical_threshold: Decimal | None = None
    liquidation_threshold: Decimal | None = None
    margin_thresholds: list[PrimeXMMarginThreshold] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class PrimeXMMarginRequirementBreakdown:
    """No description in the spec."""

    base_margin: Decimal | None = None
    volatility_addon: Decimal | None = None
    liquidity_addon: Decimal | None = None
    offset_credit: Decimal | None = None
    futures_margin: Decimal | None = None


@attrs.frozen(kw_only=True)
class PrimeXMMarginThreshold:
    """No description in the spec."""

    margin_level: XMMarginLevel = XMMarginLevel.UNSPECIFIED
    threshold_type: PrimeXMMarginThresholdType = PrimeXMMarginThresholdType.UNSPECIFIED
    threshold_value: Decimal | None = None


@attrs.frozen(kw_only=True)
class PrimeXMOffsetCreditBreakdown:
    """No description in the spec."""

    basis_credit: Decimal | None = None
    long_short_credit: Decimal | None = None
    long_long_credit: Decimal | None = None
    short_short_credit: Decimal | None = None
    same_tier_credit: Decimal | None = None
    total_credit: Decimal | None = None


@attrs.frozen(kw_only=True)
class ProcessRequirements:
    """Represents the status of various process requirements for a transaction"""

    travel_rule_status: TravelRuleStatus = TravelRuleStatus.UNSPECIFIED


@attrs.frozen(kw_only=True)
class Product:
    """No description in the spec."""

    id: str = ""
    base_increment: Decimal | None = None
    quote_increment: Decimal | None = None
    base_min_size: Decimal | None = None
    quote_min_size: Decimal | None = None
    base_max_size: Decimal | None = None
    quote_max_size: Decimal | None = None
    permissions: list[ProductPermissions] = attrs.Factory(list)
    price_increment: Decimal | None = None
    rfq_product_details: RFQProductDetails | None = None
    product_type: ProductType = ProductType.UNSPECIFIED
    fcm_trading_session_details: FcmTradingSessionDetails | None = None
    future_product_details: FutureProductDetails | None = None


@attrs.frozen(kw_only=True)
class QuoteResponse:
    """Copied from https://github.cbhq.net/institutional/trading/blob/3e6da61aceb64c7cbe6f0c0f8fbdb98fd3e868dc/proxy/trading/protos/coinbase/brokerage/proxy/trading/api/orderentry.proto#L366-L370 `client_quote_id` is the value the client sent, filled in by prime_async."""

    quote_id: str = ""
    expiration_time: datetime | None = None
    best_price: Decimal | None = None
    order_total: Decimal | None = None
    price_inclusive_of_fees: Decimal | None = None
    quote_duration_ms: int = attrs.field(default=0, metadata={'int64': True})
    client_quote_id: str = ""


@attrs.frozen(kw_only=True)
class RFQProductDetails:
    """No description in the spec."""

    tradable: bool = False
    min_notional_size: Decimal | None = None
    max_notional_size: Decimal | None = None
    min_base_size: Decimal | None = None
    max_base_size: Decimal | None = None
    min_quote_size: Decimal | None = None
    max_quote_size: Decimal | None = None


@attrs.frozen(kw_only=True)
class RewardMetadata:
    """No description in the spec."""

    subtype: RewardSubtype = RewardSubtype.UNSPECIFIED
    custom_stablecoin_reward_details: CustomStablecoinRewardDetails | None = None


@attrs.frozen(kw_only=True)
class RiskAssessment:
    """New message for risk assessment details"""

    compliance_risk_detected: bool = False
    security_risk_detected: bool = False


@attrs.frozen(kw_only=True)
class RotateAPIKeyRequest:
    """No description in the spec."""

    duration_seconds: int | None = None


@attrs.frozen(kw_only=True)
class RotateAPIKeyResponse:
    """No description in the spec."""

    encrypted_credentials: str = ""
    activity_id: str = ""


@attrs.frozen(kw_only=True)
class RpcConfig:
    """No description in the spec."""

    skip_broadcast: bool = False
    url: str = ""


@attrs.frozen(kw_only=True)
class ScheduleFuturesSweepResponse:
    """No description in the spec."""

    success: bool = False
    request_id: str = ""


@attrs.frozen(kw_only=True)
class SetAutoSweepResponse:
    """No description in the spec."""

    success: bool = False


@attrs.frozen(kw_only=True)
class SetFcmSettingsResponse:
    """No description in the spec."""

    success: bool = False


@attrs.frozen(kw_only=True)
class ShortCollateral:
    """No description in the spec."""

    old_balance: Decimal | None = None
    new_balance: Decimal | None = None
    loan_interest_rate: Decimal | None = None
    collateral_interest_rate: Decimal | None = None


@attrs.frozen(kw_only=True)
class StakingClaimRewardsResponse:
    """`idempotency_key` is the value the client sent, filled in by prime_async."""

    wallet_id: str = ""
    transaction_id: str = ""
    activity_id: str = ""
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class StakingInitiateResponse:
    """StakingInitiateResponse contains the response data from initiating a staking operation. `idempotency_key` is the value the client sent, filled in by prime_async."""

    wallet_id: str = ""
    transaction_id: str = ""
    activity_id: str = ""
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class StakingStatus:
    """No description in the spec."""

    amount: Decimal | None = None
    stake_type: StakeType = StakeType.UNSPECIFIED
    estimated_stake_date: datetime | None = None
    estimated_hours_to_stake: int = 0
    requested_at: datetime | None = None


@attrs.frozen(kw_only=True)
class StakingUnstakeResponse:
    """StakingUnstakeResponse contains the response data from initiating an unstaking operation. `idempotency_key` is the value the client sent, filled in by prime_async."""

    wallet_id: str = ""
    transaction_id: str = ""
    activity_id: str = ""
    idempotency_key: str = ""


@attrs.frozen(kw_only=True)
class SubmitDepositTravelRuleDataResponse:
    """Response after submitting travel rule data for a deposit"""

    ownership_verification_required: bool = False


@attrs.frozen(kw_only=True)
class TFAsset:
    """TFAsset represents an asset eligible for Trade Finance with adjustment factors"""

    symbol: str = ""
    asset_adjustment: Decimal | None = None
    liability_adjustment: Decimal | None = None


@attrs.frozen(kw_only=True)
class TFObligation:
    """Trade finance obligation information"""

    portfolio_id: str = ""
    symbol: str = ""
    amount_due: Decimal | None = None
    notional_amount: Decimal | None = None
    due_date: str = ""


@attrs.frozen(kw_only=True)
class TierPairRateEntry:
    """TierPairRateEntry represents a single (tier_a, tier_b) -> rate entry in an offset credit matrix."""

    tier_a: str = ""
    tier_b: str = ""
    rate: Decimal | None = None


@attrs.frozen(kw_only=True)
class TieredPricingFee:
    """No description in the spec."""

    symbol: str = ""
    fee: Decimal | None = None


@attrs.frozen(kw_only=True)
class Transaction:
    """No description in the spec."""

    id: str = ""
    wallet_id: str = ""
    portfolio_id: str = ""
    type: TransactionType = TransactionType.UNSPECIFIED
    status: TransactionStatus = TransactionStatus.UNSPECIFIED
    symbol: str = ""
    created_at: datetime | None = None
    completed_at: datetime | None = None
    amount: Decimal | None = None
    transfer_from: TransferLocation | None = None
    transfer_to: TransferLocation | None = None
    network_fees: Decimal | None = None
    fees: Decimal | None = None
    fee_symbol: str = ""
    blockchain_ids: list[str] = attrs.Factory(list)
    transaction_id: str = ""
    destination_symbol: str = ""
    estimated_network_fees: EstimatedNetworkFees | None = None
    network: str = ""
    estimated_asset_changes: list[AssetChange] = attrs.Factory(list)
    metadata: TransactionMetadata | None = None
    idempotency_key: str = ""
    onchain_details: OnchainTransactionDetails | None = None
    network_info: Network | None = None
    process_requirements: ProcessRequirements | None = None


@attrs.frozen(kw_only=True)
class TransactionMetadata:
    """No description in the spec."""

    match_metadata: MatchMetadata | None = None
    web3_transaction_metadata: Web3TransactionMetadata | None = None
    reward_metadata: RewardMetadata | None = None


@attrs.frozen(kw_only=True)
class TransactionValidator:
    """No description in the spec."""

    transaction_id: str = ""
    validator_address: str = ""
    validator_status: ValidatorStatus = ValidatorStatus.UNSPECIFIED


@attrs.frozen(kw_only=True)
class TransferLocation:
    """No description in the spec."""

    type: TransferLocationType = TransferLocationType.UNSPECIFIED
    value: str = ""
    address: str = ""
    account_identifier: str = ""


@attrs.frozen(kw_only=True)
class TravelRuleData:
    """Data object used for withdrawals."""

    beneficiary: TravelRuleParty | None = None
    originator: TravelRuleParty | None = None
    is_self: bool = False
    is_intermediary: bool = False
    opt_out_of_ownership_verification: bool = False
    attest_verified_wallet_ownership: bool = False


@attrs.frozen(kw_only=True)
class TravelRuleParty:
    """Represents a party in a travel rule transfer (originator or beneficiary)."""

    name: str = ""
    natural_person_name: NaturalPersonName | None = None
    address: DetailedAddress | None = None
    wallet_type: TravelRuleWalletType = TravelRuleWalletType.UNSPECIFIED
    vasp_id: str = ""
    vasp_name: str = ""
    personal_id: str = ""
    date_of_birth: Date | None = None
    telephone_number: str = ""
    account_id: str = ""
    vasp_address: DetailedAddress | None = None


@attrs.frozen(kw_only=True)
class UnstakingStatus:
    """No description in the spec."""

    amount: Decimal | None = None
    unstake_type: UnstakeType = UnstakeType.UNSPECIFIED
    finishing_at: datetime | None = None
    remaining_hours: int = 0
    requested_at: datetime | None = None
    estimate_type: EstimateType = EstimateType.UNSPECIFIED
    estimate_description: str = ""


@attrs.frozen(kw_only=True)
class UpdateFundingSettingsResponse:
    """No description in the spec."""

    activity_id: str = ""
    activity_type: str = ""
    num_approvals_remaining: int = 0


@attrs.frozen(kw_only=True)
class UserAction:
    """No description in the spec."""

    action: Action = Action.UNSPECIFIED
    user_id: str = ""
    timestamp: str = ""


@attrs.frozen(kw_only=True)
class ValidatorAllocation:
    """ValidatorAllocation specifies the validator and amount for staking or unstaking."""

    validator_address: str = ""
    amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class ValidatorStakingInfo:
    """No description in the spec."""

    validator_address: str = ""
    statuses: list[StakingStatus] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class ValidatorUnstakePreview:
    """ValidatorUnstakePreview contains the per-validator breakdown for an unstake preview."""

    validator_address: str = ""
    estimated_unstaking_amount: Decimal | None = None
    unstake_time_estimate_in_hours: float = 0.0
    estimated_unstake_date: str = ""


@attrs.frozen(kw_only=True)
class ValidatorUnstakingInfo:
    """No description in the spec."""

    validator_address: str = ""
    statuses: list[UnstakingStatus] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class Wallet:
    """No description in the spec."""

    id: str = ""
    name: str = ""
    symbol: str = ""
    type: WalletType = WalletType.UNSPECIFIED
    created_at: datetime | None = None
    address: str = ""
    visibility: WalletVisibility = WalletVisibility.UNSPECIFIED
    network: Network | None = None


@attrs.frozen(kw_only=True)
class WalletClaimRewardsInputs:
    """WalletClaimRewardsInputs contains the custom inputs for claim rewards operations on a wallet."""

    amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class WalletCryptoDepositInstructions:
    """No description in the spec."""

    id: str = ""
    name: str = ""
    type: WalletDepositInstructionType = WalletDepositInstructionType.UNSPECIFIED
    address: str = ""
    account_identifier: str = ""
    account_identifier_name: str = ""
    network: Network | None = None


@attrs.frozen(kw_only=True)
class WalletFiatDepositInstructions:
    """No description in the spec."""

    id: str = ""
    name: str = ""
    type: WalletDepositInstructionType = WalletDepositInstructionType.UNSPECIFIED
    account_number: str = ""
    routing_number: str = ""
    reference_code: str = ""


@attrs.frozen(kw_only=True)
class WalletStakeInputs:
    """WalletStakeInputs contains the custom inputs for staking operations on a wallet."""

    amount: Decimal | None = None
    validator_address: str = ""
    end_date: str = ""


@attrs.frozen(kw_only=True)
class WalletStakingMetadata:
    """WalletStakingMetadata contains optional metadata for wallet staking requests."""

    external_id: str = ""


@attrs.frozen(kw_only=True)
class WalletUnstakeInputs:
    """WalletUnstakeInputs contains the custom inputs for unstaking operations on a wallet."""

    amount: Decimal | None = None
    validator_allocations: list[ValidatorAllocation] = attrs.Factory(list)
    validator_address: str = ""


@attrs.frozen(kw_only=True)
class Web3Asset:
    """No description in the spec."""

    network: str = ""
    contract_address: str = ""
    symbol: str = ""
    token_id: str = ""
    name: str = ""


@attrs.frozen(kw_only=True)
class Web3Balance:
    """No description in the spec."""

    asset: Web3Asset | None = None
    amount: Decimal | None = None
    visibility_status: VisibilityStatus = VisibilityStatus.UNSPECIFIED


@attrs.frozen(kw_only=True)
class Web3TransactionMetadata:
    """No description in the spec."""

    label: str = ""
    confirmed_asset_changes: list[AssetChange] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class WithdrawalPower:
    """No description in the spec."""

    symbol: str = ""
    amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class XMLiquidatedAsset:
    """XMLiquidatedAsset provides per-asset detail for a liquidation"""

    asset: str = ""
    liquidated_amount: Decimal | None = None
    liquidated_notional: Decimal | None = None
    remaining_amount: Decimal | None = None
    remaining_notional: Decimal | None = None


@attrs.frozen(kw_only=True)
class XMLiquidationDetail:
    """XMLiquidationDetail provides detailed information about a single XM liquidation"""

    liquidation_id: str = ""
    status: XMLiquidationStatus = XMLiquidationStatus.UNSPECIFIED
    shortfall_amount: Decimal | None = None
    pre_liquidation_start_time: datetime | None = None
    margin_summary: XMSummary | None = None
    liquidation_start_time: datetime | None = None
    filled_amount: Decimal | None = None
    remaining_amount: Decimal | None = None
    liquidation_finish_time: datetime | None = None
    asset_breakdown: list[XMLiquidatedAsset] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class XMLiquidationSummary:
    """XMLiquidationSummary provides a summary of a single XM liquidation"""

    liquidation_id: str = ""
    status: XMLiquidationStatus = XMLiquidationStatus.UNSPECIFIED
    shortfall_amount: Decimal | None = None
    filled_amount: Decimal | None = None
    remaining_amount: Decimal | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None


@attrs.frozen(kw_only=True)
class XMLoan:
    """XMLoan contains details about a Cross Margin loan"""

    loan_id: str = ""
    loan_party: XMParty = XMParty.UNSPECIFIED
    principal_currency: str = ""
    principal_currency_market_price: Decimal | None = None
    initial_principal_amount: Decimal | None = None
    outstanding_principal_amount: Decimal | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@attrs.frozen(kw_only=True)
class XMMarginCall:
    """XMMarginCall contains details about a margin call in Cross Margin"""

    margin_call_id: str = ""
    currency: str = ""
    initial_notional_amount: Decimal | None = None
    outstanding_notional_amount: Decimal | None = None
    margin_call_type: XMCallType = XMCallType.UNSPECIFIED
    margin_call_status: XMCallStatus = XMCallStatus.UNSPECIFIED
    called_with_margin_level: XMMarginLevel = XMMarginLevel.UNSPECIFIED
    called_with_margin_summary: XMSummary | None = None
    due_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@attrs.frozen(kw_only=True)
class XMPosition:
    """XMPosition"""

    currency: str = ""
    market_price: Decimal | None = None
    margin_eligible: bool = False
    market_cap: Decimal | None = None
    adv30_days: Decimal | None = None
    hist5d_vol: Decimal | None = None
    hist30d_vol: Decimal | None = None
    hist90d_vol: Decimal | None = None
    margin_requirement: Decimal | None = None
    spot_balance: Decimal | None = None
    spot_balance_notional: Decimal | None = None
    spot_total_position_margin: Decimal | None = None
    futures_balance: Decimal | None = None
    futures_balance_notional: Decimal | None = None
    futures_total_position_margin: Decimal | None = None
    gmv_basis: Decimal | None = None
    base_requirement: Decimal | None = None
    liq_shorts_add_on: Decimal | None = None
    liq_longs_add_on: Decimal | None = None
    vol_shorts_add_on: Decimal | None = None
    vol_longs_add_on: Decimal | None = None
    vol5days_add_on: Decimal | None = None
    vol30days_add_on: Decimal | None = None
    vol90days_add_on: Decimal | None = None
    total_position_margin: Decimal | None = None


@attrs.frozen(kw_only=True)
class XMRiskNettingInfo:
    """No description in the spec."""

    dco_margin_requirement: Decimal | None = None
    portfolio_margin_requirement: Decimal | None = None
    integrated_portfolio_margin_requirement: Decimal | None = None
    ineligible_futures_margin_requirement: Decimal | None = None
    position_margin_requirement: Decimal | None = None
    portfolio_margin_addon: Decimal | None = None
    integrated_position_margin_requirement: Decimal | None = None
    integrated_portfolio_margin_addon: Decimal | None = None
    netted_futures_notional: Decimal | None = None
    total_gmv_basis: Decimal | None = None
    ipm_cash_balance: Decimal | None = None
    integrated_scenario_addon: MarginAddOn | None = None
    all_integrated_scenario_addons: list[MarginAddOn] = attrs.Factory(list)
    xm_positions: list[XMPosition] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class XMSummary:
    """XMSummary is the realtime evaluated XM margin model, containing positions and netting info"""

    margin_requirement: Decimal | None = None
    account_equity: Decimal | None = None
    margin_excess_shortfall: Decimal | None = None
    consumed_credit: Decimal | None = None
    xm_credit_limit: Decimal | None = None
    xm_margin_limit: Decimal | None = None
    spot_equity: Decimal | None = None
    futures_equity: Decimal | None = None
    risk_netting_info: XMRiskNettingInfo | None = None


@attrs.frozen(kw_only=True)
class ProtobufAny:
    """`Any` contains an arbitrary serialized protocol buffer message along with a URL that describes the type of the serialized message."""

    type: str = attrs.field(default="", metadata={'wire': '@type'})


@attrs.frozen(kw_only=True)
class RpcStatus:
    """No description in the spec."""

    code: int = 0
    message: str = ""
    details: list[ProtobufAny] = attrs.Factory(list)


@attrs.frozen(kw_only=True)
class Date:
    """* A full date, with non-zero year, month, and day values."""

    year: int = 0
    month: int = 0
    day: int = 0


@attrs.frozen(kw_only=True)
class CreateAllocationRequest:
    """No description in the spec."""

    allocation_id: str | None = None
    source_portfolio_id: str | None = None
    product_id: str | None = None
    order_ids: list[str] | None = None
    allocation_legs: list[AllocationLeg] | None = None
    size_type: AllocationSizeType | None = None
    remainder_destination_portfolio: str | None = None


@attrs.frozen(kw_only=True)
class CreateNetAllocationRequest:
    """No description in the spec."""

    source_portfolio_id: str | None = None
    product_id: str | None = None
    order_ids: list[str] | None = None
    allocation_legs: list[AllocationLeg] | None = None
    size_type: AllocationSizeType | None = None
    remainder_destination_portfolio: str | None = None
    netting_id: str | None = None


@attrs.frozen(kw_only=True)
class UpdateFundingSettingsRequest:
    """Request body of UpdateFundingSettings: Update Funding Settings."""

    designated_funding_portfolio_id: str
    automatic_conversion_enabled: bool
    automatic_excess_return_enabled: bool
    excess_funds_target_amount: Decimal
    automatic_loan_enabled: bool | None = None


@attrs.frozen(kw_only=True)
class SetAutoSweepRequest:
    """Request body of SetAutoSweep: Set Auto Sweep."""

    auto_sweep: bool


@attrs.frozen(kw_only=True)
class SetFcmSettingsRequest:
    """Request body of SetFcmSettings: Set FCM Settings."""

    target_derivatives_excess: Decimal | None = None


@attrs.frozen(kw_only=True)
class ScheduleFuturesSweepRequest:
    """Request body of ScheduleFuturesSweep: Schedule Entity Futures Sweep."""

    currency: str
    amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class AcceptQuoteRequest:
    """Request body of AcceptQuote: Accept Quote."""

    product_id: str
    side: OrderSide
    client_order_id: str
    quote_id: str
    settl_currency: str | None = None


@attrs.frozen(kw_only=True)
class CreatePortfolioAddressBookEntryRequest:
    """Request body of CreatePortfolioAddressBookEntry: Create Address Book Entry."""

    address: str
    currency_symbol: str
    name: str
    account_identifier: str | None = None
    chain_ids: list[str] | None = None


@attrs.frozen(kw_only=True)
class CreateAdvancedTransferRequest:
    """Request body of CreateAdvancedTransfer: Create Advanced Transfer."""

    advanced_transfer: AdvancedTransfer


@attrs.frozen(kw_only=True)
class CancelAdvancedTransferRequest:
    """Request body of CancelAdvancedTransfer: Cancel Advanced Transfer."""


@attrs.frozen(kw_only=True)
class CreateNewLocatesRequest:
    """Request body of CreateNewLocates: Create New Locates."""

    symbol: str
    amount: Decimal
    conversion_date: str | None = None
    locate_date: str | None = None


@attrs.frozen(kw_only=True)
class UpdateOnchainAddressGroupRequest:
    """Request body of UpdateOnchainAddressGroup: Update Onchain Address Book Entry."""

    address_group: AddressGroup


@attrs.frozen(kw_only=True)
class CreateOnchainAddressGroupRequest:
    """Request body of CreateOnchainAddressGroup: Create Onchain Address Book Entry."""

    address_group: AddressGroup


@attrs.frozen(kw_only=True)
class CreateOrderRequest:
    """Request body of CreateOrder: Create Order."""

    product_id: str
    side: OrderSide
    client_order_id: str
    type: OrderType
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    limit_price: Decimal | None = None
    start_time: datetime | None = None
    expiry_time: datetime | None = None
    time_in_force: TimeInForceType | None = None
    stp_id: str | None = None
    display_quote_size: Decimal | None = None
    display_base_size: Decimal | None = None
    is_raise_exact: bool | None = None
    historical_pov: Decimal | None = None
    stop_price: Decimal | None = None
    settl_currency: str | None = None
    post_only: bool | None = None
    peg_offset_type: PegOffsetType | None = None
    offset: Decimal | None = None
    wig_level: Decimal | None = None
    is_buy_exact: bool | None = None


@attrs.frozen(kw_only=True)
class OrderPreviewRequest:
    """Request body of OrderPreview: Get Order Preview."""

    product_id: str
    side: OrderSide
    type: OrderType
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    limit_price: Decimal | None = None
    start_time: datetime | None = None
    expiry_time: datetime | None = None
    time_in_force: TimeInForceType | None = None
    is_raise_exact: bool | None = None
    historical_pov: Decimal | None = None
    stop_price: Decimal | None = None
    settl_currency: str | None = None
    postOnly: bool | None = None
    display_quote_size: Decimal | None = None
    display_base_size: Decimal | None = None
    peg_offset_type: PegOffsetType | None = None
    offset: Decimal | None = None
    wig_level: Decimal | None = None
    is_buy_exact: bool | None = None


@attrs.frozen(kw_only=True)
class EditOrderRequest:
    """Request body of EditOrder: Edit Order (Beta)."""

    orig_client_order_id: str
    client_order_id: str
    product_id: str | None = None
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    limit_price: Decimal | None = None
    expiry_time: datetime | None = None
    display_quote_size: Decimal | None = None
    display_base_size: Decimal | None = None
    stop_price: Decimal | None = None
    offset: Decimal | None = None
    wig_level: Decimal | None = None


@attrs.frozen(kw_only=True)
class CreateQuoteRequestRequest:
    """Request body of CreateQuoteRequest: Create Quote Request."""

    product_id: str
    side: OrderSide
    client_quote_id: str
    limit_price: Decimal
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    settl_currency: str | None = None
    quote_duration_ms: int | None = attrs.field(default=None, metadata={'int64': True})


@attrs.frozen(kw_only=True)
class PortfolioStakingInitiateRequest:
    """Request body of PortfolioStakingInitiate: Request to stake currency in a portfolio."""

    idempotency_key: str
    currency_symbol: str
    amount: Decimal
    metadata: PortfolioStakingMetadata | None = None


@attrs.frozen(kw_only=True)
class ListTransactionValidatorsRequest:
    """Request body of ListTransactionValidators: List Transaction Validators."""

    transaction_ids: list[str]
    cursor: str | None = None
    limit: int | None = None
    sort_direction: SortDirection | None = None


@attrs.frozen(kw_only=True)
class PortfolioStakingUnstakeRequest:
    """Request body of PortfolioStakingUnstake: Request to unstake currency across a portfolio."""

    idempotency_key: str
    currency_symbol: str
    amount: Decimal | None = None
    metadata: PortfolioStakingMetadata | None = None
    validator_provider: ValidatorProvider | None = None


@attrs.frozen(kw_only=True)
class SubmitDepositTravelRuleDataRequest:
    """Request body of SubmitDepositTravelRuleData: Submit Deposit Travel Rule Data."""

    originator: TravelRuleParty | None = None
    beneficiary: TravelRuleParty | None = None
    is_self: bool | None = None
    opt_out_of_ownership_verification: bool | None = None


@attrs.frozen(kw_only=True)
class CreateWalletRequest:
    """Request body of CreateWallet: Create Wallet."""

    name: str
    symbol: str
    wallet_type: WalletType | None = None
    idempotency_key: str | None = None
    network_family: NetworkFamily | None = None
    network: Network | None = None


@attrs.frozen(kw_only=True)
class CreateWalletDepositAddressRequest:
    """Request body of CreateWalletDepositAddress: Create Wallet Deposit Address."""

    network_id: str


@attrs.frozen(kw_only=True)
class CreateConversionRequest:
    """Request body of CreateConversion: Create Conversion."""

    amount: Decimal
    destination: str
    idempotency_key: str
    source_symbol: str
    destination_symbol: str


@attrs.frozen(kw_only=True)
class CreateOnchainTransactionRequest:
    """Request body of CreateOnchainTransaction: Create Onchain Transaction."""

    raw_unsigned_txn: str
    rpc: RpcConfig | None = None
    evm_params: CreateOnchainTransactionRequestEvmParams | None = None


@attrs.frozen(kw_only=True)
class StakingClaimRewardsRequest:
    """Request body of StakingClaimRewards: Claim Wallet Staking Rewards (Alpha)."""

    idempotency_key: str
    inputs: WalletClaimRewardsInputs | None = None


@attrs.frozen(kw_only=True)
class StakingInitiateRequest:
    """Request body of StakingInitiate: Request to stake or delegate a wallet."""

    idempotency_key: str
    inputs: WalletStakeInputs | None = None
    metadata: WalletStakingMetadata | None = None


@attrs.frozen(kw_only=True)
class StakingUnstakeRequest:
    """Request body of StakingUnstake: Request to unstake a wallet."""

    idempotency_key: str
    inputs: WalletUnstakeInputs | None = None
    metadata: WalletStakingMetadata | None = None


@attrs.frozen(kw_only=True)
class PreviewUnstakeRequest:
    """Request body of PreviewUnstake: Preview Unstake."""

    amount: Decimal


@attrs.frozen(kw_only=True)
class CreateWalletTransferRequest:
    """Request body of CreateWalletTransfer: Create Transfer."""

    amount: Decimal
    destination: str
    idempotency_key: str
    currency_symbol: str


@attrs.frozen(kw_only=True)
class CreateWalletWithdrawalRequest:
    """Request body of CreateWalletWithdrawal: Create Withdrawal."""

    amount: Decimal
    destination_type: DestinationType
    idempotency_key: str
    currency_symbol: str
    payment_method: PaymentMethodDestination | None = None
    blockchain_address: BlockchainAddress | None = None
    counterparty: CounterpartyDestination | None = None
    travel_rule_data: TravelRuleData | None = None
