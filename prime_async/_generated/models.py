"""Request bodies and responses of the Prime API as frozen attrs classes.

Prime's API is protobuf underneath, and proto3 JSON leaves out a field that holds its zero
value, so a field Prime leaves out holds that zero value here: "" for a string, [] for a
list, 0, False, {} for a map, the UNSPECIFIED member ("", falsy) for an enum. Nested
objects, decimal amounts and timestamps are None when absent (or ""). Request bodies (the
`...Request` classes) require what the spec requires; None leaves a field out.

Generated from spec/prime-openapi.yaml and spec/overlay.yaml by `python -m codegen`. Do not edit by hand."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs

from .._model import Model, enum_member, records_given
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
    "DerivativePosition",
    "DerivativesCurrencyBalance",
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
    "GetDerivativePositionsResponse",
    "GetDerivativesCurrencySummaryResponse",
    "GetEntityActivitiesResponse",
    "GetEntityAssetsResponse",
    "GetEntityPaymentMethodDetailsResponse",
    "GetEntityPaymentMethodsResponse",
    "GetEntityRewardsRateResponse",
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
    "GetPortfolioRewardsRateResponse",
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
    "OptionsDetails",
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
    "RewardsRateTier",
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


def _advanced_transfer_state(value: AdvancedTransferState | AdvancedTransferStateLiteral) -> AdvancedTransferState:
    """Given to a request model: the AdvancedTransferState member the value names."""
    return enum_member(AdvancedTransferState, value)


def _advanced_transfer_type(value: AdvancedTransferType | AdvancedTransferTypeLiteral) -> AdvancedTransferType:
    """Given to a request model: the AdvancedTransferType member the value names."""
    return enum_member(AdvancedTransferType, value)


def _network_type(value: NetworkType | NetworkTypeLiteral) -> NetworkType:
    """Given to a request model: the NetworkType member the value names."""
    return enum_member(NetworkType, value)


def _transfer_location_type(value: TransferLocationType | TransferLocationTypeLiteral) -> TransferLocationType:
    """Given to a request model: the TransferLocationType member the value names."""
    return enum_member(TransferLocationType, value)


def _travel_rule_wallet_type(value: TravelRuleWalletType | TravelRuleWalletTypeLiteral) -> TravelRuleWalletType:
    """Given to a request model: the TravelRuleWalletType member the value names."""
    return enum_member(TravelRuleWalletType, value)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class LimitOrderEdit(Model):
    """LimitOrderEdit represents an order edit that is accepted

    Used in: `GetOrderEditHistoryResponse.order_edit_history`, `Order.order_edit_history`.

    Attributes:
        price (Decimal | None): New price for the edited order.
        size (Decimal | None): New size for the edited order.
        display_size (Decimal | None): New display size for the edited order.
        stop_price (Decimal | None): New stop price for the edited order.
        stop_limit_price (Decimal | None): New stop limit price for the edited order.
        end_time (datetime | None): New end time for the edited order.
        accept_time (datetime | None): Time when the edit was accepted.
        client_order_id (str): Client order id of the order being replaced.
    """

    price: Decimal | None = None
    size: Decimal | None = None
    display_size: Decimal | None = None
    stop_price: Decimal | None = None
    stop_limit_price: Decimal | None = None
    end_time: datetime | None = None
    accept_time: datetime | None = None
    client_order_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AddressBookEntry(Model):
    """AddressBookEntry: not described in the spec.

    Used in: `GetPortfolioAddressBookResponse.addresses`.

    Attributes:
        id (str): UUID identifying this address book entry.
        currency_symbol (str): Currency symbol.
        name (str): Name for this address book entry.
        address (str): Cryptocurrency address.
        account_identifier (str): Memo or destination tag for currencies which support them.
        account_identifier_name (str): Name of the account identifier. For instance Destination Tag.
        state (str): State of this address book entry.
        explorer_link (str): Link to a blockchain explorer.
        last_used_at (datetime | None): When this entry was last used for a transaction.
        added_at (datetime | None): When this entry was added to the address book.
        added_by (DisplayUser | None): Not described in the spec.
        type (AddressBookType): Not described in the spec.
        counterparty_id (str): counterparty id.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class DisplayUser(Model):
    """DisplayUser: not described in the spec.

    Used in: `AddressBookEntry.added_by`.

    Attributes:
        id (str): User UUID.
        name (str): User full name.
        avatar_url (str): User avatar URL.
    """

    id: str = ""
    name: str = ""
    avatar_url: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AcceptQuoteResponse(Model):
    """AcceptQuoteResponse: not described in the spec.

    Used in: what `orders.accept_quote()` returns.

    Attributes:
        order_id (str): Not described in the spec.
        client_order_id (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    order_id: str = ""
    client_order_id: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Accrual(Model):
    """Accrual: not described in the spec.

    Used in: `GetInterestAccrualsResponse.accruals`,
    `GetPortfolioInterestAccrualsResponse.accruals`.

    Attributes:
        accrual_id (str): The accrual ID.
        date (str): The date of accrual in UTC.
        portfolio_id (str): The unique ID of the portfolio.
        symbol (str): The currency symbol.
        loan_type (LoanType): Not described in the spec.
        interest_rate (Decimal | None):
            The daily or annualized interest rate for the loan, see rate_type.
        nominal_accrual (Decimal | None): Daily accrual amount in the principal currency.
        notional_accrual (Decimal | None): Daily USD accrued interest.
        conversion_rate (Decimal | None): Accrual rate used to convert from principal to USD accrual.
        loan_amount (Decimal | None): Outstanding principal of the loan.
        benchmark (Benchmark): Not described in the spec.
        benchmark_rate (Decimal | None): Daily interest rate fetched from the benchmark source.
        spread (Decimal | None): Daily spread offset from the benchmark rate.
        rate_type (RateType): Not described in the spec.
        loan_amount_notional (Decimal | None): Outstanding principal of the loan in USD.
        nominal_open_borrow_sod (Decimal | None):
            Settled open borrow as of start-of-day in the principal currency.
        notional_open_borrow_sod (Decimal | None): Settled open borrow as of start-of-day in USD.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ActiveLiquidationSummary(Model):
    """ActiveLiquidationSummary provides a summary of the active or most recent XM liquidation

    Used in: `CrossMarginOverview.active_liquidation`.

    Attributes:
        liquidation_id (str): Financing liquidation UUID.
        status (XMLiquidationStatus): XMLiquidationStatus is the current status of an XM liquidation.
        shortfall_amount (Decimal | None): USD notional shortfall amount that triggered the liquidation.
    """

    liquidation_id: str = ""
    status: XMLiquidationStatus = XMLiquidationStatus.UNSPECIFIED
    shortfall_amount: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Activity(Model):
    """Activity: not described in the spec.

    Used in: `GetActivityResponse.activity`, `GetEntityActivitiesResponse.activities`,
    `GetPortfolioActivitiesResponse.activities`, `GetPortfolioActivityResponse.activity`.

    Attributes:
        id (str): A unique id for the account activity.
        reference_id (str): A reference for orders and transactions, n/a for other category types.
        category (ActivityCategory): Not described in the spec.
        type (ActivityType): Not described in the spec.
        secondary_type (ActivitySecondaryType): - ACTIVITY_SECONDARY_TYPE_BUY: Order secondary types
            - ACTIVITY_SECONDARY_TYPE_INTERNAL_TRANSFER: Transaction secondary types
            - ACTIVITY_SECONDARY_TYPE_WEB3_SIGNER: Onchain secondary types.
        status (ActivityStatus): Not described in the spec.
        created_by (str): Id of user who created the activity.
        title (str): Title of the activity.
        description (str): Description detail of the activity.
        user_actions (list[UserAction]): Actions related to the Activity.
        transactions_metadata (ActivityMetadataTransactions | None): Not described in the spec.
        account_metadata (ActivityMetadataAccount | None): Not described in the spec.
        orders_metadata (ActivityMetadataOrders | None): Not described in the spec.
        symbols (list[str]): List of currencies included in an activity.
        created_at (str): Time activity was created at.
        updated_at (str): Time for latest status update of account activity.
        hierarchy_type (HierarchyType):
            HierarchyType are the enums for various hierarchies within Prime, ex Entity,
            Organization, Portfolio.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ActivityCreationResponse(Model):
    """ActivityCreationResponse: not described in the spec.

    Used in: what `onchain_address_book.update_onchain_address_group()` returns, what
    `onchain_address_book.create_onchain_address_group()` returns, what
    `onchain_address_book.delete_onchain_address_group()` returns.

    Attributes:
        activity_type (CustodyActivityType):
            - ACTIVITY_TYPE_WITHDRAWAL: PrimeActivityService Custody ActivityTypes that will
              replace the above.
        num_approvals_remaining (int): Not described in the spec.
        activity_id (str): Not described in the spec.
    """

    activity_type: CustodyActivityType = CustodyActivityType.UNSPECIFIED
    num_approvals_remaining: int = 0
    activity_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ActivityMetadataAccount(Model):
    """ActivityMetadataAccount: not described in the spec.

    Used in: `Activity.account_metadata`.

    Attributes:
        consensus (ActivityMetadataConsensus | None): Not described in the spec.
    """

    consensus: ActivityMetadataConsensus | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ActivityMetadataConsensus(Model):
    """ActivityMetadataConsensus: not described in the spec.

    Used in: `ActivityMetadataAccount.consensus`, `ActivityMetadataTransactions.consensus`.

    Attributes:
        approval_deadline (str): Deadline for approval of an activity.
        has_passed_consensus (bool): If activity has passed consensus threshold.
    """

    approval_deadline: str = ""
    has_passed_consensus: bool = False


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ActivityMetadataOrders(Model):
    """ActivityMetadataOrders: not described in the spec.

    Used in: `Activity.orders_metadata`.
    """


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ActivityMetadataTransactions(Model):
    """ActivityMetadataTransactions: not described in the spec.

    Used in: `Activity.transactions_metadata`.

    Attributes:
        consensus (ActivityMetadataConsensus | None): Not described in the spec.
    """

    consensus: ActivityMetadataConsensus | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AddressEntry(Model):
    """AddressEntry: not described in the spec.

    Used in: `AddressGroup.addresses`.

    Attributes:
        name (str): Not described in the spec.
        address (str): Not described in the spec.
        chain_ids (list[str]): List of compatible chain IDs for a given address, empty for Solana.
    """

    name: str = ""
    address: str = ""
    chain_ids: list[str] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AddressGroup(Model):
    """AddressGroup: not described in the spec.

    Used in: `ListOnchainAddressGroupsResponse.address_groups`,
    `UpdateOnchainAddressGroupRequest.address_group`,
    `CreateOnchainAddressGroupRequest.address_group`.

    Attributes:
        id (str): Not described in the spec.
        name (str): Not described in the spec.
        network_type (NetworkType): Not described in the spec.
        addresses (list[AddressEntry]): A list of addresses within the group.
        added_at (datetime | None): Not described in the spec.
    """

    id: str = ""
    name: str = ""
    network_type: NetworkType = attrs.field(default=NetworkType.UNSPECIFIED, converter=_network_type)
    addresses: list[AddressEntry] = attrs.Factory(list)
    added_at: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AdvancedTransfer(Model):
    """AdvancedTransfer represents a complex transfer operation such as a blind match settlement.

    Used in: `CreateAdvancedTransferResponse.advanced_transfer`,
    `ListAdvancedTransfersResponse.advanced_transfers`,
    `CreateAdvancedTransferRequest.advanced_transfer`.

    Attributes:
        id (str): Not described in the spec.
        type (AdvancedTransferType): AdvancedTransferType specifies the type of advanced transfer.
        state (AdvancedTransferState):
            AdvancedTransferState represents the lifecycle state of an advanced transfer.
        fund_movements (list[FundMovement]): Not described in the spec.
        blind_match_metadata (BlindMatchMetadata | None):
            BlindMatchMetadata contains metadata specific to blind match advanced transfers.
    """

    id: str = ""
    type: AdvancedTransferType = attrs.field(default=AdvancedTransferType.UNSPECIFIED, converter=_advanced_transfer_type)
    state: AdvancedTransferState = attrs.field(default=AdvancedTransferState.UNSPECIFIED, converter=_advanced_transfer_state)
    fund_movements: list[FundMovement] = attrs.Factory(list)
    blind_match_metadata: BlindMatchMetadata | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AggregatedFiatBalance(Model):
    """AggregatedFiatBalance: not described in the spec.

    Used in: `GetPortfolioBalancesResponse.trading_balances`,
    `GetPortfolioBalancesResponse.vault_balances`,
    `GetPortfolioBalancesResponse.prime_custody_balances`.

    Attributes:
        total (Decimal | None): Not described in the spec.
        holds (Decimal | None): Not described in the spec.
    """

    total: Decimal | None = None
    holds: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Allocation(Model):
    """Allocation: not described in the spec.

    Used in: `GetAllocationResponse.allocation`,
    `GetAllocationsByClientNettingIdResponse.allocations`,
    `GetPortfolioAllocationsResponse.allocations`.

    Attributes:
        root_id (str): The ID that ties together an allocation and all of its legs.
        reversal_id (str):
            The ID of the allocation if this allocation is a reversal. In this case, the root_id
            would be the original allocation ID.
        allocation_completed_at (datetime | None):
            Time the final leg of the root allocation was completed.
        user_id (str): The ID of the user that created the allocation.
        product_id (str): The ID of the product of the orders allocated.
        side (OrderSide): Order side.
        avg_price (Decimal | None): Price the allocation was done at.
        base_quantity (Decimal | None): Amount allocated in base asset units.
        quote_value (Decimal | None): Amount allocated in quote asset units.
        fees_allocated (Decimal | None):
            Fees from original trade execution allocated in quote asset units.
        status (AllocationStatus): Not described in the spec.
        source (str): Portfolio ID of the source portfolio.
        order_ids (list[str]): slice

            All order IDs that were aggregated to calculate the avg_price, quantity to allocate
            in each leg. Each order_id should tie back to the single allocation root_id.
        destinations (list[DestinationAlloc]):
            Array of objects, each containing the leg ID, destination portfolio ID and amount in
            chosen units allocated to each portfolio: [{leg_id, portfolio_id, allocation_base,
            allocation_quote}, {leg_id, portfolio_id, allocation_base, allocation_quote}...].
        netting_id (str):
            The netting ID of the allocation, not empty if the allocation was submitted as part
            of a net allocation.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AllocationLeg(Model):
    """AllocationLeg: not described in the spec.

    Used in: `AllocationRequest.allocation_legs`, `CreateAllocationRequest.allocation_legs`,
    `CreateNetAllocationRequest.allocation_legs`.

    Attributes:
        allocation_leg_id (str): The ID of the portfolio of the allocation leg.
        destination_portfolio_id (str): The ID of the destination portfolio of the allocation leg.
        amount (Decimal | None): The amount size for the allocation leg.
    """

    allocation_leg_id: str = ""
    destination_portfolio_id: str = ""
    amount: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AmountDue(Model):
    """AmountDue: not described in the spec.

    Used in: `PostTradeCreditInformation.amounts_due`.

    Attributes:
        currency (str): The currency this loan is due in.
        amount (Decimal | None): The amount due.
        due_date (datetime | None): The date this settlement is due, expressed in UTC.
    """

    currency: str = ""
    amount: Decimal | None = None
    due_date: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Asset(Model):
    """Asset: not described in the spec.

    Used in: `GetEntityAssetsResponse.assets`.

    Attributes:
        name (str): The name of the asset.
        symbol (str): The mutable series of letters used to identify the asset.
        decimal_precision (str): The number of decimals supported for the asset.
        trading_supported (bool): Indicates whether this asset can be traded.
        explorer_url (str): Base URL to our recommended block explorer (crypto only).
        networks (list[NetworkDetails]): List of networks supported by this asset.
    """

    name: str = ""
    symbol: str = ""
    decimal_precision: str = ""
    trading_supported: bool = False
    explorer_url: str = ""
    networks: list[NetworkDetails] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AssetBalance(Model):
    """AssetBalance: not described in the spec.

    Used in: `MarginSummary.asset_balances`.

    Attributes:
        portfolio_id (str): The unique ID of the portfolio.
        symbol (str): The currency symbol.
        amount (Decimal | None): Balance amount.
        notional_amount (Decimal | None): Notional balance amount.
        conversion_rate (Decimal | None): Conversion rate.
    """

    portfolio_id: str = ""
    symbol: str = ""
    amount: Decimal | None = None
    notional_amount: Decimal | None = None
    conversion_rate: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AssetChange(Model):
    """AssetChange: not described in the spec.

    Used in: `Transaction.estimated_asset_changes`,
    `Web3TransactionMetadata.confirmed_asset_changes`.

    Attributes:
        type (AssetChangeType): AssetChangeType identifies the type of asset change.
        symbol (str): The currency symbol associated with the balance operation.
        amount (Decimal | None): The amount in whole units being transferred or approved.
        collection (NFTCollection | None): Not described in the spec.
        item (NFTItem | None): Not described in the spec.
    """

    type: AssetChangeType = AssetChangeType.UNSPECIFIED
    symbol: str = ""
    amount: Decimal | None = None
    collection: NFTCollection | None = None
    item: NFTItem | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Balance(Model):
    """Balance: not described in the spec.

    Used in: `GetPortfolioBalancesResponse.balances`, `GetWalletBalanceResponse.balance`.

    Attributes:
        symbol (str): The display symbol for the asset.
        amount (Decimal | None):
            The total amount in whole units with full precision. Includes the `holds` amount.
        holds (Decimal | None):
            Amount that is currently held in obligation to an open order's position or a pending
            withdrawal.
        bonded_amount (Decimal | None):
            Amount that is currently locked due to bonding/staking, potentially subject to an
            unbonding period, in whole units.
        reserved_amount (Decimal | None):
            Amount that must remain in the wallet due to the protocol, in whole units.
        unbonding_amount (Decimal | None): Amount that is in the process of unbonding, in whole units.
        unvested_amount (Decimal | None):
            Unrealized amount subject to a vesting schedule, in whole units.
        pending_rewards_amount (Decimal | None):
            Pending bonding/staking rewards that have not yet been realized, in whole units.
        past_rewards_amount (Decimal | None):
            Previously realized bonding/staking rewards, in whole units.
        bondable_amount (Decimal | None): Amount available for bonding/staking, in whole units.
        withdrawable_amount (Decimal | None): Amount available to withdraw, in whole units.
        fiat_amount (Decimal | None): The total amount in fiat unit.
        unbondable_amount (Decimal | None): Amount available for unbonding/unstaking, in whole units.
        claimable_rewards_amount (Decimal | None):
            ETH staking rewards currently available to claim, in whole units. This field is
            returned only in GetWalletBalance responses for ETH wallets. It is omitted or empty
            for portfolio-level responses and for non-ETH assets; use pending_rewards_amount
            where applicable.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class BlindMatchMetadata(Model):
    """BlindMatchMetadata contains metadata specific to blind match advanced transfers.

    Used in: `AdvancedTransfer.blind_match_metadata`.

    Attributes:
        reference_id (str): Not described in the spec.
        settlement_date (str):
            The intended time of Transfer settlement in YYYYMMDD format. The Settlement Date
            represents the date contractually agreed upon by the transacting parties; actual
            settlement will occur upon completion of the transfer, which may differ from such
            agreed date.
        trade_date (str): Optional date of the original Trade in YYYYMMMDD format.
        settlement_time (str):
            Optional time of transfer settlement in HHMM format in UTC. If not provided, it
            defaults to 09:30 Eastern Time.
    """

    reference_id: str = ""
    settlement_date: str = ""
    trade_date: str = ""
    settlement_time: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class BlockchainAddress(Model):
    """BlockchainAddress: not described in the spec.

    Used in: what `wallets.create_wallet_deposit_address()` returns,
    `CreateWalletWithdrawalResponse.blockchain_destination`,
    `CreateWalletWithdrawalResponse.blockchain_source`, `ListWalletAddressesResponse.addresses`
    and 1 more.

    Attributes:
        address (str): The address on the network.
        account_identifier (str):
            The destination value’s account_identifier (MEMO/DESTINATION TAG) value for the
            withdrawal

            The account identifier (used on some chains to distinguish accounts using the same
            address).
        network (Network | None): Not described in the spec.
    """

    address: str = ""
    account_identifier: str = ""
    network: Network | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class BuyingPower(Model):
    """BuyingPower: not described in the spec.

    Used in: `GetBuyingPowerResponse.buying_power`.

    Attributes:
        portfolio_id (str): The unique ID of the portfolio.
        base_currency (str): The symbol for the base currency.
        quote_currency (str): The symbol for the quote currency.
        base_buying_power (Decimal | None): The buying power for the base currency.
        quote_buying_power (Decimal | None): The buying power for the quote currency.
    """

    portfolio_id: str = ""
    base_currency: str = ""
    quote_currency: str = ""
    base_buying_power: Decimal | None = None
    quote_buying_power: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CancelAdvancedTransferResponse(Model):
    """CancelAdvancedTransferResponse is the response after canceling an advanced transfer.

    Used in: what `advanced_transfers.cancel_advanced_transfer()` returns.

    Attributes:
        advanced_transfer_id (str): The ID of the canceled Advanced Transfer.
    """

    advanced_transfer_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CancelFuturesSweepResponse(Model):
    """CancelFuturesSweepResponse: not described in the spec.

    Used in: what `futures.cancel_futures_sweep()` returns.

    Attributes:
        success (bool): Success.
        request_id (str): Request ID.
    """

    success: bool = False
    request_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CancelOrderResponse(Model):
    """CancelOrderResponse: not described in the spec.

    Used in: what `orders.cancel_order()` returns.

    Attributes:
        id (str): The unique UUID for the order.
    """

    id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Candle(Model):
    """Represents a single candle data point

    Used in: `GetCandlesResponse.candles`.

    Attributes:
        timestamp (datetime | None): Timestamp for the start of the candle period.
        open (Decimal | None): Opening price for the period.
        high (Decimal | None): Highest price during the period.
        low (Decimal | None): Lowest price during the period.
        close (Decimal | None): Closing price for the period.
        volume (Decimal | None): Volume traded during the period.
    """

    timestamp: datetime | None = None
    open: Decimal | None = None
    high: Decimal | None = None
    low: Decimal | None = None
    close: Decimal | None = None
    volume: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ComboLeg(Model):
    """ComboLeg describes a single leg within an options combo order.

    Attributes:
        product_id (str):
            The product identifier for the options instrument (e.g., "BTC-28MAR25-50000-C").
        quantity (Decimal | None): Not described in the spec.
        side (OrderSide): Order side.
    """

    product_id: str = ""
    quantity: Decimal | None = None
    side: OrderSide = OrderSide.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Commission(Model):
    """Commission: not described in the spec.

    Used in: `GetPortfolioCommissionResponse.commission`.

    Attributes:
        type (str): Fee model (all_in or cost_plus).
        rate (Decimal | None): Commission rate (in whole percentage. Commission of 15bps is "0.0015").
        trading_volume (Decimal | None): Average 30 days over past 3 months (e.g. 90 days divided by 3).
    """

    type: str = ""
    rate: Decimal | None = None
    trading_volume: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CommissionDetailTotal(Model):
    """CommissionDetailTotal: not described in the spec.

    Used in: `Fill.commission_detail_total`, `Order.commission_detail_total`.

    Attributes:
        total_commission (Decimal | None):
            Total commission amount charged for the order This is the sum of all commission
            charged on the order.
        client_commission (Decimal | None): Client commission on the trade

            CB fee.
        venue_commission (Decimal | None): Venue Commission

            Exchange fees.
        ces_commission (Decimal | None): CES Commission.
        financing_commission (Decimal | None): Financing Commission.
        regulatory_commission (Decimal | None): Regulatory Commission

            NFA fees.
        clearing_commission (Decimal | None): Clearing Commission

            Clearing fees.
    """

    total_commission: Decimal | None = None
    client_commission: Decimal | None = None
    venue_commission: Decimal | None = None
    ces_commission: Decimal | None = None
    financing_commission: Decimal | None = None
    regulatory_commission: Decimal | None = None
    clearing_commission: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Conversion(Model):
    """Conversion: not described in the spec.

    Used in: `GetMarginConversionsResponse.conversions`.

    Attributes:
        conversion_details (list[ConversionDetail]): Conversion details.
        short_collateral (ShortCollateral | None): Not described in the spec.
        conversion_datetime (str): The UTC date time used for conversion.
        portfolio_id (str): Portfolio Id.
    """

    conversion_details: list[ConversionDetail] = attrs.Factory(list)
    short_collateral: ShortCollateral | None = None
    conversion_datetime: str = ""
    portfolio_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ConversionDetail(Model):
    """ConversionDetail: not described in the spec.

    Used in: `Conversion.conversion_details`.

    Attributes:
        symbol (str): The currency symbol.
        tf_balance (Decimal | None): Trade finance balance after the conversion.
        notional_tf_balance (Decimal | None): Notional trade finance balance after the conversion.
        converted_balance (Decimal | None): Converted balance.
        notional_converted_balance (Decimal | None): Notional converted balance.
        interest_rate (Decimal | None): Interest rate.
        conversion_rate (Decimal | None): Conversion rate.
    """

    symbol: str = ""
    tf_balance: Decimal | None = None
    notional_tf_balance: Decimal | None = None
    converted_balance: Decimal | None = None
    notional_converted_balance: Decimal | None = None
    interest_rate: Decimal | None = None
    conversion_rate: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ConversionFee(Model):
    """Per-pair conversion fee row: month-to-date net conversion volume and the applicable
    progressive fee tiers for an organization.

    Used in: `GetConversionFeesResponse.fees`.

    Attributes:
        from_currency (str): Source currency ticker.
        to_currency (str): Destination currency ticker.
        net_conversion_volume_mtd (Decimal | None):
            Month-to-date net conversion volume denominated in from_currency, aggregated at the
            owning organization level. Positive = net from->to, negative = net to->from.
        fee_tiers (list[ConversionFeeTier]):
            Progressive fee tiers applicable to this organization for this pair. Tiers are
            ordered from lowest to highest threshold.
    """

    from_currency: str = ""
    to_currency: str = ""
    net_conversion_volume_mtd: Decimal | None = None
    fee_tiers: list[ConversionFeeTier] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ConversionFeeTier(Model):
    """A single fee tier in the progressive stablecoin conversion schedule.

    Used in: `ConversionFee.fee_tiers`.

    Attributes:
        min_threshold (Decimal | None): Inclusive lower bound for the tier in USD.
        max_threshold (Decimal | None):
            Exclusive upper bound for the tier in USD. Empty string for the highest, unbounded
            tier.
        rate_bps (Decimal | None): Tier rate in basis points.
    """

    min_threshold: Decimal | None = None
    max_threshold: Decimal | None = None
    rate_bps: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Counterparty(Model):
    """Counterparty: not described in the spec.

    Used in: `GetPortfolioCounterpartyIDResponse.counterparty`.

    Attributes:
        counterparty_id (str): The unique counterparty ID for the portfolio.
    """

    counterparty_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CounterpartyDestination(Model):
    """Represents a destination for a counterparty payment

    Used in: `CreateWalletWithdrawalResponse.counterparty_destination`,
    `CreateWalletWithdrawalRequest.counterparty`.

    Attributes:
        counterparty_id (str): The counterparty ID to pay out.
    """

    counterparty_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateAdvancedTransferResponse(Model):
    """CreateAdvancedTransferResponse is the response after creating an advanced transfer.

    Used in: what `advanced_transfers.create_advanced_transfer()` returns.

    Attributes:
        advanced_transfer (AdvancedTransfer):
            AdvancedTransfer represents a complex transfer operation such as a blind match
            settlement. Always there: a 200 without it raises MissingResponseFieldError.
    """

    advanced_transfer: AdvancedTransfer = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AllocationRequest(Model):
    """AllocationRequest: not described in the spec.

    Attributes:
        allocation_id (str): The ID of the allocation.
        source_portfolio_id (str): The source portfolio id for the allocation.
        product_id (str): The product for the allocation.
        order_ids (list[str]): The list of order ids in the allocation.
        allocation_legs (list[AllocationLeg]): The list of allocation_legs for the allocation.
        size_type (AllocationSizeType): Not described in the spec.
        remainder_destination_portfolio (str):
            The portfolio where to allocate the remainder of the size.
        netting_id (str): The ID to identify an in-flight net allocation.
    """

    allocation_id: str = ""
    source_portfolio_id: str = ""
    product_id: str = ""
    order_ids: list[str] = attrs.Factory(list)
    allocation_legs: list[AllocationLeg] = attrs.Factory(list)
    size_type: AllocationSizeType = AllocationSizeType.UNSPECIFIED
    remainder_destination_portfolio: str = ""
    netting_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateAllocationResponse(Model):
    """CreateAllocationResponse: not described in the spec.

    Used in: what `allocations.create_allocation()` returns.

    Attributes:
        body (CreateAllocationResponseBody):
            Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    body: CreateAllocationResponseBody = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateAllocationResponseBody(Model):
    """CreateAllocationResponseBody: not described in the spec.

    Used in: `CreateAllocationResponse.body`.

    Attributes:
        success (bool): The success boolean for the post allocation.
        allocation_id (str): The allocation id for the post allocation.
        failure_reason (str): The failure reason for the post allocation.
    """

    success: bool = False
    allocation_id: str = ""
    failure_reason: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateConversionResponse(Model):
    """CreateConversionResponse: not described in the spec.

    Used in: what `transactions.create_conversion()` returns.

    Attributes:
        activity_id (str): The activity ID for the conversion.
        source_symbol (str): The currency symbol to convert from.
        destination_symbol (str): The currency symbol to convert to.
        amount (Decimal | None): The amount in whole units to convert.
        destination (str): The UUID of the destination wallet.
        source (str): The UUID of the source wallet.
        transaction_id (str): The UUID of the conversion transaction.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    activity_id: str = ""
    source_symbol: str = ""
    destination_symbol: str = ""
    amount: Decimal | None = None
    destination: str = ""
    source: str = ""
    transaction_id: str = ""
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateNetAllocationResponse(Model):
    """CreateNetAllocationResponse: not described in the spec.

    Used in: what `allocations.create_net_allocation()` returns.

    Attributes:
        body (CreateNetAllocationResponseBody):
            Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    body: CreateNetAllocationResponseBody = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateNetAllocationResponseBody(Model):
    """CreateNetAllocationResponseBody: not described in the spec.

    Used in: `CreateNetAllocationResponse.body`.

    Attributes:
        success (bool): The success boolean for the post net allocation.
        netting_id (str): The netting_id for the post net allocation.
        buy_allocation_id (str): The allocation id of the buy allocation in net allocation.
        sell_allocation_id (str): The allocation id of the sell allocation in net allocation.
        failure_reason (str): The failure reason for the post net allocation.
    """

    success: bool = False
    netting_id: str = ""
    buy_allocation_id: str = ""
    sell_allocation_id: str = ""
    failure_reason: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateNewLocatesResponse(Model):
    """CreateNewLocatesResponse: not described in the spec.

    Used in: what `financing.create_new_locates()` returns.

    Attributes:
        locate_id (str): Not described in the spec.
    """

    locate_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateOnchainTransactionRequestEvmParams(Model):
    """CreateOnchainTransactionRequestEvmParams: not described in the spec.

    Used in: `CreateOnchainTransactionRequest.evm_params`.

    Attributes:
        disable_dynamic_gas (bool):
            Option to disable dynamic gas price adjustment for EVM transactions prior to signing
            and broadcast. Defaults to false.
        disable_dynamic_nonce (bool):
            Option to disable dynamic nonce when creating a transaction. Defaults to false.
        replaced_transaction_id (str):
            Transaction ID to replace (for speed-up/cancel operations). Common use cases: 1) Gas
            Price Adjustments: When a transaction is stuck due to low gas price, a new
            transaction with the same nonce but higher gas price can be submitted to replace it.
            2) Transaction Cancellation: A user might want to cancel a pending transaction by
            replacing it with a new transaction (often a 0-value transfer to themselves with
            higher gas price). Note: When using this field, the disable_dynamic_nonce option
            must be set to false because the nonce would be automatically managed by the system.
        chain_id (str): Chain ID for EVM transactions. (EVM-only).
        network_name (str): Network name for EVM transactions. (EVM-only).
    """

    disable_dynamic_gas: bool = False
    disable_dynamic_nonce: bool = False
    replaced_transaction_id: str = ""
    chain_id: str = ""
    network_name: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateOnchainTransactionResponse(Model):
    """CreateOnchainTransactionResponse: not described in the spec.

    Used in: what `transactions.create_onchain_transaction()` returns.

    Attributes:
        transaction_id (str): Unique identifier for the created transaction.
    """

    transaction_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateOptionComboResponse(Model):
    """CreateOptionComboResponse: not described in the spec.

    Attributes:
        combo_id (str): combo id returned by deribit.
    """

    combo_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateOrderResponse(Model):
    """CreateOrderResponse: not described in the spec.

    Used in: what `orders.create_order()` returns.

    Attributes:
        order_id (str): The order ID generated by Coinbase.
        client_order_id (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    order_id: str = ""
    client_order_id: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreatePortfolioAddressBookEntryResponse(Model):
    """CreatePortfolioAddressBookEntryResponse: not described in the spec.

    Used in: what `address_book.create_portfolio_address_book_entry()` returns.

    Attributes:
        activity_type (CustodyActivityType):
            - ACTIVITY_TYPE_WITHDRAWAL: PrimeActivityService Custody ActivityTypes that will
              replace the above.
        num_approvals_remaining (int): Not described in the spec.
        activity_id (str): Not described in the spec.
    """

    activity_type: CustodyActivityType = CustodyActivityType.UNSPECIFIED
    num_approvals_remaining: int = 0
    activity_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateWalletResponse(Model):
    """CreateWalletResponse: not described in the spec.

    Used in: what `wallets.create_wallet()` returns.

    Attributes:
        activity_id (str): The id of activity.
        name (str): The name of the wallet.
        symbol (str): The asset stored in the wallet.
        wallet_type (WalletType): Indicates the wallet type.
        network_family (NetworkFamily): Not described in the spec.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    activity_id: str = ""
    name: str = ""
    symbol: str = ""
    wallet_type: WalletType = WalletType.UNSPECIFIED
    network_family: NetworkFamily = NetworkFamily.UNSPECIFIED
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateWalletTransferResponse(Model):
    """CreateWalletTransferResponse: not described in the spec.

    Used in: what `transactions.create_wallet_transfer()` returns.

    Attributes:
        activity_id (str): The activity ID for the transfer.
        approval_url (str): A URL to the activity associated with this transfer for approval.
        symbol (str): The currency symbol of the transfer.
        amount (Decimal | None): The amount of the transfer.
        fee (Decimal | None): The network fee associated with the transfer.
        destination_address (str): The destination address of the transfer.
        destination_type (str): NOTE If Vault: display vault name If Trading display trading name

            The destination type of the transfer.
        source_address (str): The source address used for the transfer.
        source_type (str): NOTE If Vault: display vault name If Trading display trading name

            The source type used for the transfer.
        transaction_id (str): The id of the just created transaction.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

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
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateWalletWithdrawalResponse(Model):
    """CreateWalletWithdrawalResponse: not described in the spec.

    Used in: what `transactions.create_wallet_withdrawal()` returns.

    Attributes:
        activity_id (str): The activity ID associated with the withdrawal.
        approval_url (str): A URL to the activity in the Prime application.
        symbol (str): The currency symbol associated with the withdrawal.
        amount (Decimal | None): The amount of the withdrawal.
        fee (Decimal | None): The network fee associated with the withdrawal.
        destination_type (str): The type of the end destination for the withdrawal

            The destination type used for the withdrawal.
        source_type (str): The source type used for the withdrawal.
        blockchain_destination (BlockchainAddress | None): Not described in the spec.
        counterparty_destination (CounterpartyDestination | None):
            Represents a destination for a counterparty payment.
        blockchain_source (BlockchainAddress | None): Not described in the spec.
        transaction_id (str): The id of the just created transaction.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

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
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CrossMarginOverview(Model):
    """CrossMarginOverview: not described in the spec.

    Used in: `GetCrossMarginOverviewResponse.overview`.

    Attributes:
        control_status (XMControlStatus):
            XMControlStatus is a summarization of XM customer controls for trades and
            withdrawals.
        call_status (XMEntityCallStatus):
            XMEntityCallStatus summarizes the state of open margin calls or debit calls. When
            multiple calls exist, the status reflects the highest priority call type. Priority
            order (highest to lowest): aged > urgent > standard > debit.
        margin_level (XMMarginLevel):
            XMMarginLevel is the realtime state of EQ/MR and MR-EQ monitored against XM
            thresholds as defined in the methodology.
        margin_summary (XMSummary | None):
            XMSummary is the realtime evaluated XM margin model, containing positions and
            netting info.
        active_margin_calls (list[XMMarginCall]): List of active XM margin calls.
        active_loans (list[XMLoan]): List of active XM loans.
        active_liquidation (ActiveLiquidationSummary | None):
            ActiveLiquidationSummary provides a summary of the active or most recent XM
            liquidation.
    """

    control_status: XMControlStatus = XMControlStatus.UNSPECIFIED
    call_status: XMEntityCallStatus = XMEntityCallStatus.UNSPECIFIED
    margin_level: XMMarginLevel = XMMarginLevel.UNSPECIFIED
    margin_summary: XMSummary | None = None
    active_margin_calls: list[XMMarginCall] = attrs.Factory(list)
    active_loans: list[XMLoan] = attrs.Factory(list)
    active_liquidation: ActiveLiquidationSummary | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CrossMarginPrimeDerivativesEquityBreakdown(Model):
    """Breakdown of the components of derivatives equity.

    Used in: `CrossMarginPrimeMarginSummary.derivatives_equity_breakdown`.

    Attributes:
        cash_balance (Decimal | None): Derivatives cash balance component.
        unrealized_pnl (Decimal | None): Unrealized PnL component of derivatives equity.
        realized_pnl (Decimal | None): Realized PnL component of derivatives equity.
        accrued_funding_pnl (Decimal | None): Accrued funding PnL component of derivatives equity.
    """

    cash_balance: Decimal | None = None
    unrealized_pnl: Decimal | None = None
    realized_pnl: Decimal | None = None
    accrued_funding_pnl: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CrossMarginPrimeMarginSummary(Model):
    """Cross-margin account summary and nested breakdowns.

    Used in: `GetCrossMarginPrimeOverviewResponse.margin_summary`.

    Attributes:
        margin_requirement (Decimal | None): Cross Margin Margin Requirement (XMMR) notional.
        margin_requirement_type (PrimeXMMarginRequirementType):
            - MARGIN_REQUIREMENT_TYPE_DMR_PLUS_PMR: Integrated (netted) cross-margin requirement
              for spot assets and all derivatives contracts.
            - MARGIN_REQUIREMENT_TYPE_IPMR_PLUS_IFMR: Combined cross-margin requirement:
              Integrated Portfolio Margin (IPMR) plus Ineligible Futures Margin (IFMR).
        account_equity (Decimal | None): Equity notional.
        margin_excess_shortfall (Decimal | None): Equity - XMMR (margin excess is > 0).
        consumed_credit (Decimal | None): Credit consumed from Cross Margin Credit Limit (XMCL).
        xm_credit_limit (Decimal | None):
            XM Credit Limit (XMCL) is the maximum notional USD of total fiat and digital asset
            loans.
        xm_margin_limit (Decimal | None): XM Margin Limit (XMML) is the maximum notional USD deficit.
        consumed_margin_limit (Decimal | None):
            Amount of the XM margin limit consumed by excess deficit.
        spot_equity (Decimal | None): Equity attributed by spot.
        futures_equity (Decimal | None): Equity attributed by futures.
        gross_market_value (Decimal | None): Gross market value.
        net_market_value (Decimal | None): Net market value.
        net_exposure (Decimal | None): Net exposure.
        gross_leverage (Decimal | None): Gross leverage.
        spot_equity_breakdown (CrossMarginPrimeSpotEquityBreakdown | None):
            Breakdown of the components of spot equity.
        derivatives_equity_breakdown (CrossMarginPrimeDerivativesEquityBreakdown | None):
            Breakdown of the components of derivatives equity.
        risk_netting_info (CrossMarginPrimeRiskNettingInfo | None):
            Groups XM margin requirement components, offset credits, and per-asset rows.
        health_status (PrimeXMHealthStatus): - HEALTH_STATUS_HEALTHY: Margin level is healthy.
            - HEALTH_STATUS_WARNING: Margin level is breaching the warning threshold (WT) which
              will result in the issuance of a Margin Call if this is still the case by the
              scheduled next Margin Call (as defined in the margin methodology). WT is
              differentiated from DT in that it means margin health is approaching the UMCT.
            - HEALTH_STATUS_CRITICAL: Margin level is breaching the UMCT and, as defined in the
              margin methodology, this will trigger an urgent margin call.
            - HEALTH_STATUS_SUSPENDED: Trading and withdrawals are suspended per XM margin
              methodology.
            - HEALTH_STATUS_RESTRICTED: Account is in a restricted state per XM margin
              methodology.
            - HEALTH_STATUS_PRE_LIQUIDATION: Margin level is breaching the liquidation threshold
              (LT) and, as defined in the margin methodology, this will trigger the
              SESSION_LOCKED control status and liquidation may commence.
            - HEALTH_STATUS_LIQUIDATING: Liquidation has commenced.
            - HEALTH_STATUS_IN_DEFICIT: Margin level is breaching the deficit threshold (DT)
              which will result in the issuance of a Margin Call if this is still the case by
              the scheduled next Margin Call time (as defined in the margin methodology).
        equity_ratio (Decimal | None): Equity ratio.
        deficit_ratio (Decimal | None): Deficit ratio.
        margin_thresholds (PrimeXMMarginCallThresholds | None): Not described in the spec.
        fcm_excess_available_to_return (Decimal | None): FCM excess available to return.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CrossMarginPrimeRiskNettingInfo(Model):
    """Groups XM margin requirement components, offset credits, and per-asset rows.

    Used in: `CrossMarginPrimeMarginSummary.risk_netting_info`.

    Attributes:
        dco_margin_requirement (Decimal | None):
            Derivatives Clearing Organization Margin Requirement (DMR) is the margin requirement
            for all futures positions, derived from the Derivatives Clearing Organization model.
        portfolio_margin_requirement (Decimal | None):
            Portfolio Margin Requirement (PMR) is the margin requirement for all spot positions,
            derived from the XM model.
        integrated_portfolio_margin_requirement (Decimal | None):
            Integrated Portfolio Margin Requirement (IPMR) is the margin requirement for all
            spot positions + futures positions with underlying assets eligible in Portfolio
            Margin.
        ineligible_futures_margin_requirement (Decimal | None):
            Ineligible Futures Margin Requirement (IFMR) is the margin requirement for
            IPMR-ineligible futures contracts.
        pmr_breakdown (PrimeXMMarginRequirementBreakdown | None): Not described in the spec.
        ipmr_breakdown (PrimeXMMarginRequirementBreakdown | None): Not described in the spec.
        portfolio_margin_offset_credit_breakdown (PrimeXMOffsetCreditBreakdown | None):
            Not described in the spec.
        integrated_portfolio_margin_offset_credit_breakdown (PrimeXMOffsetCreditBreakdown | None):
            Not described in the spec.
        xm_positions (list[CrossMarginPrimeXMPosition]): Netted positions used in the model calculation.
    """

    dco_margin_requirement: Decimal | None = None
    portfolio_margin_requirement: Decimal | None = None
    integrated_portfolio_margin_requirement: Decimal | None = None
    ineligible_futures_margin_requirement: Decimal | None = None
    pmr_breakdown: PrimeXMMarginRequirementBreakdown | None = None
    ipmr_breakdown: PrimeXMMarginRequirementBreakdown | None = None
    portfolio_margin_offset_credit_breakdown: PrimeXMOffsetCreditBreakdown | None = None
    integrated_portfolio_margin_offset_credit_breakdown: PrimeXMOffsetCreditBreakdown | None = None
    xm_positions: list[CrossMarginPrimeXMPosition] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CrossMarginPrimeSpotEquityBreakdown(Model):
    """Breakdown of the components of spot equity.

    Used in: `CrossMarginPrimeMarginSummary.spot_equity_breakdown`.

    Attributes:
        cash_balance (Decimal | None): PM cash balance component of spot equity.
        long_market_value (Decimal | None): Long market value component of spot equity.
        short_market_value (Decimal | None): Short market value component of spot equity.
        short_collateral (Decimal | None): Short collateral component of spot equity.
        pending_transfers (Decimal | None): Pending transfers affecting spot equity.
    """

    cash_balance: Decimal | None = None
    long_market_value: Decimal | None = None
    short_market_value: Decimal | None = None
    short_collateral: Decimal | None = None
    pending_transfers: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CrossMarginPrimeXMPosition(Model):
    """CrossMarginPrimeXMPosition is a single per-asset XM row (proto-backed fields from
    XMPositionDetails).

    Used in: `CrossMarginPrimeRiskNettingInfo.xm_positions`.

    Attributes:
        currency (str): Position currency.
        market_price (Decimal | None): Current market price.
        spot_balance (Decimal | None): XM spot balance nominal.
        spot_balance_notional (Decimal | None): XM spot balance notional.
        futures_balance (Decimal | None): XM futures balance nominal.
        futures_balance_notional (Decimal | None): XM futures balance notional.
        base_requirement (Decimal | None): Base margin requirement notional.
        total_position_margin (Decimal | None): Total margin required.
        basis_credit (Decimal | None): Basis offset credit applied to this asset row.
        futures_netted_notional (Decimal | None): Post-netting USD notional for futures on this asset.
        futures_netting_margin (Decimal | None):
            Margin attributed to futures netting for this asset row.
        long_amount (Decimal | None): Per-asset long amount from position_summary.
        short_amount (Decimal | None): Per-asset short amount from position_summary.
        volatility_addon (Decimal | None): Volatility margin add-on for this asset.
        liquidity_addon (Decimal | None): Liquidity margin add-on for this asset.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CrossMarginRiskParameters(Model):
    """XM 2.0 risk parameters for an asset tier.

    Used in: `GetCrossMarginRiskParametersResponse.risk_parameters`.

    Attributes:
        asset_tier (str): Asset tier identifier.
        base_ratio_long (Decimal | None): Base ratio for long positions.
        base_ratio_short (Decimal | None): Base ratio for short positions.
        volatility_rate_long (Decimal | None): Volatility rate for long positions.
        volatility_rate_short (Decimal | None): Volatility rate for short positions.
        volatility_low_threshold (Decimal | None): Volatility low threshold.
        volatility_high_threshold (Decimal | None): Volatility high threshold.
        liquidity_a_long (Decimal | None): Liquidity A for long positions.
        liquidity_a_short (Decimal | None): Liquidity A for short positions.
        liquidity_b_short (Decimal | None): Liquidity B for short positions.
        liquidity_threshold (Decimal | None): Liquidity threshold.
        basis_offset_credit_rate (Decimal | None): Basis offset credit rate.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CustomStablecoinAsset(Model):
    """Currency metadata of the custom stablecoin asset for the reward program

    Used in: `CustomStablecoinRewardDetails.asset`.

    Attributes:
        symbol (str): The asset symbol (e.g. USDC, USDF).
    """

    symbol: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CustomStablecoinRewardDetails(Model):
    """Details for a custom stablecoin reward payout transaction

    Used in: `RewardMetadata.custom_stablecoin_reward_details`.

    Attributes:
        start_date (str): ISO-formatted start date of the reward period (e.g. 2025-02-01T00:00:00Z).
        end_date (str): ISO-formatted end date of the reward period (e.g. 2025-02-28T00:00:00Z).
        asset (CustomStablecoinAsset | None):
            Currency metadata of the custom stablecoin asset for the reward program.
    """

    start_date: str = ""
    end_date: str = ""
    asset: CustomStablecoinAsset | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class DefiBalance(Model):
    """DefiBalance: not described in the spec.

    Used in: `ListWeb3WalletBalancesResponse.defi_balances`.

    Attributes:
        network (str): Network this asset is on (ie "ethereum-mainnet").
        protocol (str): a set of rules and standards that define how data is exchanged (ie "Aave V4 ").
        net_usd_value (Decimal | None): Total USD value.
    """

    network: str = ""
    protocol: str = ""
    net_usd_value: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class DestinationAlloc(Model):
    """DestinationAlloc: not described in the spec.

    Used in: `Allocation.destinations`.

    Attributes:
        leg_id (str): The ID unique to each leg of an allocation.
        portfolio_id (str): Portfolio ID of the source portfolio.
        allocation_base (Decimal | None): Amount allocated in base asset units.
        allocation_quote (Decimal | None): Amount allocated in quote asset units.
        fees_allocated_leg (Decimal | None):
            Pro rata fees for each leg. Adding up the fees for each leg will sum up to equal the
            total allocation level fees.
    """

    leg_id: str = ""
    portfolio_id: str = ""
    allocation_base: Decimal | None = None
    allocation_quote: Decimal | None = None
    fees_allocated_leg: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class DetailedAddress(Model):
    """Detailed address information

    Used in: `TravelRuleParty.address`, `TravelRuleParty.vasp_address`.

    Attributes:
        address_1 (str): Primary address line.
        address_2 (str): Secondary address line (optional).
        address_3 (str): Tertiary address line (optional).
        city (str): City name.
        state (str): State or province.
        country_code (str): ISO 3166-1 alpha-2 country code.
        postal_code (str): Postal/ZIP code.
    """

    address_1: str = ""
    address_2: str = ""
    address_3: str = ""
    city: str = ""
    state: str = ""
    country_code: str = ""
    postal_code: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class EditOrderResponse(Model):
    """EditOrderResponse: not described in the spec.

    Used in: what `orders.edit_order()` returns.

    Attributes:
        order_id (str): The ID of the order being edited.
        client_order_id (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    order_id: str = ""
    client_order_id: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class EntityBalance(Model):
    """EntityBalance: not described in the spec.

    Used in: `ListEntityBalancesResponse.balances`.

    Attributes:
        symbol (str): The display symbol for the asset.
        long_amount (Decimal | None): The long balance.
        long_notional (Decimal | None): The long balance in notional value.
        short_amount (Decimal | None): The short balance.
        short_notional (Decimal | None): The short balance in notional value.
    """

    symbol: str = ""
    long_amount: Decimal | None = None
    long_notional: Decimal | None = None
    short_amount: Decimal | None = None
    short_notional: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class EntityUser(Model):
    """EntityUser: not described in the spec.

    Used in: `GetEntityUsersResponse.users`.

    Attributes:
        id (str): The unique ID of the user.
        name (str): The name of the user.
        email (str): The email of the user.
        entity_id (str): The entity to which this user and associated permissions are identified.
        role (UserRole): Indicates the user's role.
        roles (list[UserRole]): All primary roles assigned to the user.
        secondary_permissions (list[SecondaryPermission]):
            All secondary permissions assigned to the user.
    """

    id: str = ""
    name: str = ""
    email: str = ""
    entity_id: str = ""
    role: UserRole = UserRole.UNSPECIFIED
    roles: list[UserRole] = attrs.Factory(list)
    secondary_permissions: list[SecondaryPermission] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class EstimatedNetworkFees(Model):
    """EstimatedNetworkFees: not described in the spec.

    Used in: `Transaction.estimated_network_fees`.

    Attributes:
        lower_bound (Decimal | None): Estimated lower bound for networks fees (in whole units).
        upper_bound (Decimal | None): Estimated upper bound for network fees (in whole units).
    """

    lower_bound: Decimal | None = None
    upper_bound: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ExistingLocate(Model):
    """ExistingLocate: not described in the spec.

    Used in: `GetExistingLocatesResponse.locates`.

    Attributes:
        locate_id (str): The locate ID.
        entity_id (str): The unique ID of the entity.
        portfolio_id (str): The unique ID of the portfolio.
        symbol (str): The currency symbol.
        requested_amount (Decimal | None): The requested locate amount.
        interest_rate (Decimal | None): The interest rate of PM loan.
        status (str): The locate status.
        approved_amount (Decimal | None): The approved locate amount.
        conversion_date (str): Deprecated: Use locate_date instead.
        created_at (str): The date when the locate was submitted in RFC3339 format.
        locate_date (str): The locate date from the CreateNewLocatesRequest in RFC3339 format.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class FCMMarginCall(Model):
    """FCMMarginCall: not described in the spec.

    Used in: `GetFcmMarginCallDetailsResponse.margin_calls`.

    Attributes:
        type (FcmMarginCallType): Not described in the spec.
        state (FcmMarginCallState): Not described in the spec.
        initial_amount (Decimal | None): Initial margin call amount to settle.
        remaining_amount (Decimal | None): Remaining margin call amount to settle.
        business_date (datetime | None): Business date when the margin call was opened.
        cure_deadline (datetime | None): The deadline by which the margin call must be satisfied.
    """

    type: FcmMarginCallType = FcmMarginCallType.UNSPECIFIED
    state: FcmMarginCallState = FcmMarginCallState.UNSPECIFIED
    initial_amount: Decimal | None = None
    remaining_amount: Decimal | None = None
    business_date: datetime | None = None
    cure_deadline: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class FcmFuturesSweep(Model):
    """FcmFuturesSweep: not described in the spec.

    Used in: `GetFuturesSweepsResponse.sweeps`.

    Attributes:
        id (str): Sweep ID.
        requested_amount (FcmFuturesSweepRequestAmount | None): Not described in the spec.
        should_sweep_all (bool): Should sweep all.
        status (FcmFuturesSweepStatus): Not described in the spec.
        scheduled_time (datetime | None): Scheduled time.
    """

    id: str = ""
    requested_amount: FcmFuturesSweepRequestAmount | None = None
    should_sweep_all: bool = False
    status: FcmFuturesSweepStatus = FcmFuturesSweepStatus.UNSPECIFIED
    scheduled_time: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class FcmFuturesSweepRequestAmount(Model):
    """FcmFuturesSweepRequestAmount: not described in the spec.

    Used in: `FcmFuturesSweep.requested_amount`.

    Attributes:
        currency (str): Currency.
        amount (Decimal | None): Amount.
    """

    currency: str = ""
    amount: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class FcmPosition(Model):
    """FcmPosition: not described in the spec.

    Used in: `GetPositionsResponse.positions`.

    Attributes:
        product_id (str): Product ID.
        side (FcmPositionSide): Not described in the spec.
        number_of_contracts (Decimal | None): Number of contracts.
        daily_realized_pnl (Decimal | None): Daily realized PNL.
        unrealized_pnl (Decimal | None): Unrealized PNL.
        current_price (Decimal | None): Current price of position.
        avg_entry_price (Decimal | None): Average entry price.
        expiration_time (datetime | None): Expiration time of position.
    """

    product_id: str = ""
    side: FcmPositionSide = FcmPositionSide.UNSPECIFIED
    number_of_contracts: Decimal | None = None
    daily_realized_pnl: Decimal | None = None
    unrealized_pnl: Decimal | None = None
    current_price: Decimal | None = None
    avg_entry_price: Decimal | None = None
    expiration_time: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class FcmScheduledMaintenance(Model):
    """FcmScheduledMaintenance contains scheduled maintenance window information

    Used in: `FcmTradingSessionDetails.maintenance`.

    Attributes:
        start_time (datetime | None): Maintenance window start time.
        end_time (datetime | None): Maintenance window end time.
    """

    start_time: datetime | None = None
    end_time: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class FcmTradingSessionDetails(Model):
    """FcmTradingSessionDetails contains trading session details for FCM products

    Used in: `Product.fcm_trading_session_details`.

    Attributes:
        session_open (bool): Whether the trading session is currently open.
        open_time (datetime | None): Trading session open time.
        close_time (datetime | None): Trading session close time.
        session_state (FcmTradingSessionState):
            FcmTradingSessionState represents the current state of an FCM trading session.
        after_hours_order_entry_disabled (bool): Whether after-hours order entry is disabled.
        closed_reason (FcmTradingSessionClosedReason):
            FcmTradingSessionClosedReason represents the reason for FCM trading session closure.
        maintenance (FcmScheduledMaintenance | None):
            FcmScheduledMaintenance contains scheduled maintenance window information.
        settlement_timestamp (datetime | None): Settlement timestamp from previous trading day.
        settlement_price (Decimal | None): Settlement price from previous trading day.
    """

    session_open: bool = False
    open_time: datetime | None = None
    close_time: datetime | None = None
    session_state: FcmTradingSessionState = FcmTradingSessionState.UNSPECIFIED
    after_hours_order_entry_disabled: bool = False
    closed_reason: FcmTradingSessionClosedReason = FcmTradingSessionClosedReason.UNSPECIFIED
    maintenance: FcmScheduledMaintenance | None = None
    settlement_timestamp: datetime | None = None
    settlement_price: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Fill(Model):
    """Fill: not described in the spec.

    Used in: `GetOrderFillsResponse.fills`, `GetPortfolioFillsResponse.fills`.

    Attributes:
        id (str): The unique ID of the fill.
        order_id (str): The order ID of the fill.
        product_id (str): The product ID of the fill.
        client_product_id (str): The client product ID of the fill indictating the settlment currency.
        side (OrderSide): Order side.
        filled_quantity (Decimal | None): Filled size (in base asset units).
        filled_value (Decimal | None): Filled value (in quote asset units).
        price (Decimal | None): The price of the fill.
        time (datetime | None): The date and time of the fill.
        commission (Decimal | None): The commission incurred for the fill.
        venue (str): The name of the venue.
        venue_fees (Decimal | None): The venue fees incurred for the fill.
        ces_commission (Decimal | None): The CES commission incurred for the fill.
        product_type (ProductType): ProductType represents the general type of product.
        commission_detail_total (CommissionDetailTotal | None): Not described in the spec.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class FundMovement(Model):
    """FundMovement represents a single movement of funds between two counterparties.

    Used in: `AdvancedTransfer.fund_movements`.

    Attributes:
        id (str): Not described in the spec.
        source (TransferLocation | None): Not described in the spec.
        target (TransferLocation | None): Not described in the spec.
        currency (str): Not described in the spec.
        amount (Decimal | None): Not described in the spec.
    """

    id: str = ""
    source: TransferLocation | None = None
    target: TransferLocation | None = None
    currency: str = ""
    amount: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class FutureProductDetails(Model):
    """FutureProductDetails contains details specific to futures products

    Used in: `Product.future_product_details`.

    Attributes:
        contract_code (str): Contract code identifier.
        contract_size (Decimal | None): Contract size.
        contract_expiry (datetime | None): Contract expiry timestamp.
        contract_root_unit (str): Contract root unit (underlying asset).
        contract_expiry_type (ContractExpiryType):
            ContractExpiryType represents the expiry type of a futures contract.
        risk_managed_by (RiskManagementType):
            RiskManagementType represents how risk is managed for a product.
        venue (str): The venue this product trades on (e.g., cme, cde)

            The venue this product trades on.
        group_description (str): Descriptive name for the product group.
        contract_expiry_timezone (str): IANA time zone for contract expiration.
        group_short_description (str): Short version of the group description.
        perpetual_details (PerpetualProductDetails | None):
            PerpetualProductDetails contains details specific to perpetual futures products.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetActivityResponse(Model):
    """GetActivityResponse: not described in the spec.

    Used in: what `activities.get_activity()` returns.

    Attributes:
        activity (Activity): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    activity: Activity = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetAllocationResponse(Model):
    """GetAllocationResponse: not described in the spec.

    Used in: what `allocations.get_allocation()` returns.

    Attributes:
        allocation (Allocation): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    allocation: Allocation = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetAllocationsByClientNettingIdResponse(Model):
    """GetAllocationsByClientNettingIdResponse: not described in the spec.

    Used in: what `allocations.get_allocations_by_client_netting_id()` returns.

    Attributes:
        allocations (list[Allocation]): Not described in the spec.
    """

    allocations: list[Allocation] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetBuyingPowerResponse(Model):
    """GetBuyingPowerResponse: not described in the spec.

    Used in: what `financing.get_buying_power()` returns.

    Attributes:
        buying_power (BuyingPower): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    buying_power: BuyingPower = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetCandlesResponse(Model):
    """Candle response structure

    Used in: what `products.get_candles()` returns.

    Attributes:
        candles (list[Candle]): Not described in the spec.
    """

    candles: list[Candle] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetConversionFeesResponse(Model):
    """Response for GetConversionFees: one ConversionFee row per supported pair.

    Used in: what `financing.get_conversion_fees()` returns.

    Attributes:
        fees (list[ConversionFee]): Not described in the spec.
    """

    fees: list[ConversionFee] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetCrossMarginOverviewResponse(Model):
    """GetCrossMarginOverviewResponse: not described in the spec.

    Used in: what `financing.get_cross_margin_overview()` returns.

    Attributes:
        overview (CrossMarginOverview): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    overview: CrossMarginOverview = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetCrossMarginPrimeOverviewResponse(Model):
    """GetCrossMarginPrimeOverviewResponse: not described in the spec.

    Used in: what `financing.get_cross_margin_prime_overview()` returns.

    Attributes:
        control_status (XMControlStatus):
            XMControlStatus is a summarization of XM customer controls for trades and
            withdrawals.
        margin_level (XMMarginLevel):
            XMMarginLevel is the realtime state of EQ/MR and MR-EQ monitored against XM
            thresholds as defined in the methodology.
        evaluated_at (datetime | None): When margin metrics were evaluated.
        margin_summary (CrossMarginPrimeMarginSummary | None):
            Cross-margin account summary and nested breakdowns.
    """

    control_status: XMControlStatus = XMControlStatus.UNSPECIFIED
    margin_level: XMMarginLevel = XMMarginLevel.UNSPECIFIED
    evaluated_at: datetime | None = None
    margin_summary: CrossMarginPrimeMarginSummary | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetCrossMarginRiskParametersResponse(Model):
    """GetCrossMarginRiskParametersResponse: not described in the spec.

    Used in: what `financing.get_cross_margin_risk_parameters()` returns.

    Attributes:
        risk_parameters (list[CrossMarginRiskParameters]):
            Current XM tier risk parameters for the entity's client tier.
        offset_credit_matrix_long_short (list[TierPairRateEntry]):
            Offset credit rate matrix for long/short tier pairs.
        offset_credit_matrix_long_long (list[TierPairRateEntry]):
            Offset credit rate matrix for long/long tier pairs.
        offset_credit_matrix_short_short (list[TierPairRateEntry]):
            Offset credit rate matrix for short/short tier pairs.
        margin_period_of_risk (float): Margin period of risk (number of days).
    """

    risk_parameters: list[CrossMarginRiskParameters] = attrs.Factory(list)
    offset_credit_matrix_long_short: list[TierPairRateEntry] = attrs.Factory(list)
    offset_credit_matrix_long_long: list[TierPairRateEntry] = attrs.Factory(list)
    offset_credit_matrix_short_short: list[TierPairRateEntry] = attrs.Factory(list)
    margin_period_of_risk: float = 0.0


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetEntityActivitiesResponse(Model):
    """GetEntityActivitiesResponse: not described in the spec.

    Used in: what `activities.list_entity_activities()` returns.

    Attributes:
        activities (list[Activity]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    activities: list[Activity] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetEntityAssetsResponse(Model):
    """GetEntityAssetsResponse: not described in the spec.

    Used in: what `assets.list_entity_assets()` returns.

    Attributes:
        assets (list[Asset]): List of assets.
    """

    assets: list[Asset] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetEntityPaymentMethodDetailsResponse(Model):
    """GetEntityPaymentMethodDetailsResponse: not described in the spec.

    Used in: what `payment_methods.get_entity_payment_method_details()` returns.

    Attributes:
        details (PaymentMethodDetails): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    details: PaymentMethodDetails = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetEntityPaymentMethodsResponse(Model):
    """GetEntityPaymentMethodsResponse: not described in the spec.

    Used in: what `payment_methods.list_entity_payment_methods()` returns.

    Attributes:
        payment_methods (list[PaymentMethodSummary]): Not described in the spec.
    """

    payment_methods: list[PaymentMethodSummary] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetEntityUsersResponse(Model):
    """GetEntityUsersResponse: not described in the spec.

    Used in: what `users.list_entity_users()` returns.

    Attributes:
        users (list[EntityUser]): The entity users.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    users: list[EntityUser] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetExistingLocatesResponse(Model):
    """GetExistingLocatesResponse: not described in the spec.

    Used in: what `financing.list_existing_locates()` returns.

    Attributes:
        locates (list[ExistingLocate]): Not described in the spec.
    """

    locates: list[ExistingLocate] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetFcmBalanceResponse(Model):
    """GetFcmBalanceResponse: not described in the spec.

    Used in: what `futures.get_fcm_balance()` returns.

    Attributes:
        portfolio_id (str): Portfolio ID.
        cfm_usd_balance (Decimal | None): CFM USD balance.
        unrealized_pnl (Decimal | None): Unrealized PNL.
        daily_realized_pnl (Decimal | None): Daily realized PNL.
        excess_liquidity (Decimal | None): Excess liquidity.
        futures_buying_power (Decimal | None): Futures buying power.
        initial_margin (Decimal | None): Initial margin.
        maintenance_margin (Decimal | None): Maintenance margin.
        clearing_account_id (str): Clearing account ID.
        cfm_unsettled_accrued_funding_pnl (Decimal | None):
            Unsettled accrued funding PNL from the last settlement.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetFcmEquityResponse(Model):
    """GetFcmEquityResponse: not described in the spec.

    Used in: what `futures.get_fcm_equity()` returns.

    Attributes:
        eod_account_equity (Decimal | None):
            Prior EOD account equity (ending balance + realized P&L + commissions/fees).
        eod_unrealized_pnl (Decimal | None): Prior EOD unrealized P&L on open futures positions.
        current_excess_deficit (Decimal | None):
            Current Derivatives Account Balance minus prior EOD margin requirement. (Positive =
            excess; negative = deficit).
        available_to_sweep (Decimal | None):
            Excess funds in the Derivatives account available to transfer ("sweep") to the
            designated funding portfolio.
    """

    eod_account_equity: Decimal | None = None
    eod_unrealized_pnl: Decimal | None = None
    current_excess_deficit: Decimal | None = None
    available_to_sweep: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetFcmMarginCallDetailsResponse(Model):
    """GetFcmMarginCallDetailsResponse: not described in the spec.

    Used in: what `futures.get_fcm_margin_call_details()` returns.

    Attributes:
        margin_calls (list[FCMMarginCall]): List of margin calls.
    """

    margin_calls: list[FCMMarginCall] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetFcmRiskLimitsResponse(Model):
    """GetFcmRiskLimitsResponse: not described in the spec.

    Used in: what `futures.get_fcm_risk_limits()` returns.

    Attributes:
        cfm_risk_limit (Decimal | None): Risk Limit set for a client.
        cfm_risk_limit_utilization (Decimal | None):
            Limit utilization calculated based on total margin and PnLs.
        cfm_total_margin (Decimal | None): The total margin required for both positions and open orders.
        cfm_delta_ote (Decimal | None): Open Trade Equity accrued during the current trading session.
        cfm_unsettled_realized_pnl (Decimal | None):
            Unsettled realized PNL for positions closed intraday.
        cfm_unsettled_accrued_funding_pnl (Decimal | None):
            Unsettled accrued funding PNL from the last settlement.
        margin_utilization_percent (Decimal | None):
            Margin utilization as a decimal percentage between 0 and 1 (e.g. 0.5 means 50%).
        margin_health_state (FcmMarginHealthState): The margin health state of an FCM account.
    """

    cfm_risk_limit: Decimal | None = None
    cfm_risk_limit_utilization: Decimal | None = None
    cfm_total_margin: Decimal | None = None
    cfm_delta_ote: Decimal | None = None
    cfm_unsettled_realized_pnl: Decimal | None = None
    cfm_unsettled_accrued_funding_pnl: Decimal | None = None
    margin_utilization_percent: Decimal | None = None
    margin_health_state: FcmMarginHealthState = FcmMarginHealthState.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetFcmSettingsResponse(Model):
    """GetFcmSettingsResponse: not described in the spec.

    Used in: what `futures.get_fcm_settings()` returns.

    Attributes:
        target_derivatives_excess (Decimal | None): Target derivatives excess in the FCM.
    """

    target_derivatives_excess: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetFuturesSweepsResponse(Model):
    """GetFuturesSweepsResponse: not described in the spec.

    Used in: what `futures.list_futures_sweeps()` returns.

    Attributes:
        sweeps (list[FcmFuturesSweep]): Not described in the spec.
        auto_sweep (bool): Not described in the spec.
    """

    sweeps: list[FcmFuturesSweep] = attrs.Factory(list)
    auto_sweep: bool = False


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetInterestAccrualsResponse(Model):
    """GetInterestAccrualsResponse: not described in the spec.

    Used in: what `financing.list_interest_accruals()` returns.

    Attributes:
        total_notional_accrual (Decimal | None): Not described in the spec.
        accruals (list[Accrual]): Not described in the spec.
    """

    total_notional_accrual: Decimal | None = None
    accruals: list[Accrual] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetInvoicesResponse(Model):
    """GetInvoicesResponse: not described in the spec.

    Used in: what `invoices.list_invoices()` returns.

    Attributes:
        invoices (list[Invoice]): Not described in the spec.
    """

    invoices: list[Invoice] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetLocateAvailabilitiesResponse(Model):
    """GetLocateAvailabilitiesResponse: not described in the spec.

    Used in: what `financing.get_locate_availabilities()` returns.

    Attributes:
        locates (list[Locate]): Not described in the spec.
    """

    locates: list[Locate] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetMarginConversionsResponse(Model):
    """GetMarginConversionsResponse: not described in the spec.

    Used in: what `financing.list_margin_conversions()` returns.

    Attributes:
        conversions (list[Conversion]): Not described in the spec.
    """

    conversions: list[Conversion] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetMarginInformationResponse(Model):
    """GetMarginInformationResponse: not described in the spec.

    Used in: what `financing.get_margin_information()` returns.

    Attributes:
        margin_information (MarginInformation):
            Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    margin_information: MarginInformation = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetMarginSummariesResponse(Model):
    """GetMarginSummariesResponse: not described in the spec.

    Used in: what `financing.list_margin_summaries()` returns.

    Attributes:
        margin_summaries (list[MarginSummaryHistorical]): Not described in the spec.
    """

    margin_summaries: list[MarginSummaryHistorical] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetMarketDataResponse(Model):
    """GetMarketDataResponse: not described in the spec.

    Used in: what `financing.list_market_data()` returns.

    Attributes:
        market_data (list[MarketData]): List of market data entries.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    market_data: list[MarketData] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetOpenOrdersResponse(Model):
    """GetOpenOrdersResponse: not described in the spec.

    Used in: what `orders.list_open_orders()` returns.

    Attributes:
        orders (list[Order]): Requested orders.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    orders: list[Order] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetOrderEditHistoryResponse(Model):
    """Order Edit History by Order ID and Portfolio ID

    Used in: what `orders.get_order_edit_history()` returns.

    Attributes:
        order_id (str): The order ID.
        order_edit_history (list[LimitOrderEdit]): deprecated: use edit_history instead

            The history of order edits (deprecated: use edit_history instead).
        edit_history (list[OrderEdit]): The list of edits to the order

            The history of order edits.
    """

    order_id: str = ""
    order_edit_history: list[LimitOrderEdit] = attrs.Factory(list)
    edit_history: list[OrderEdit] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetOrderFillsResponse(Model):
    """GetOrderFillsResponse: not described in the spec.

    Used in: what `orders.list_order_fills()` returns.

    Attributes:
        fills (list[Fill]): Fills associated with the order.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    fills: list[Fill] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetOrderResponse(Model):
    """GetOrderResponse: not described in the spec.

    Used in: what `orders.get_order()` returns.

    Attributes:
        order (Order): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    order: Order = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetOrdersResponse(Model):
    """GetOrdersResponse: not described in the spec.

    Used in: what `orders.list_portfolio_orders()` returns.

    Attributes:
        orders (list[Order]): List of orders.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    orders: list[Order] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioActivitiesResponse(Model):
    """GetPortfolioActivitiesResponse: not described in the spec.

    Used in: what `activities.list_portfolio_activities()` returns.

    Attributes:
        activities (list[Activity]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    activities: list[Activity] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioActivityResponse(Model):
    """GetPortfolioActivityResponse: not described in the spec.

    Used in: what `activities.get_portfolio_activity()` returns.

    Attributes:
        activity (Activity): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    activity: Activity = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioAddressBookResponse(Model):
    """GetPortfolioAddressBookResponse: not described in the spec.

    Used in: what `address_book.list_portfolio_address_book()` returns.

    Attributes:
        addresses (list[AddressBookEntry]): List of addresses added to Address Book.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    addresses: list[AddressBookEntry] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioAllocationsResponse(Model):
    """GetPortfolioAllocationsResponse: not described in the spec.

    Used in: what `allocations.list_portfolio_allocations()` returns.

    Attributes:
        allocations (list[Allocation]): List of allocations.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    allocations: list[Allocation] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioBalancesResponse(Model):
    """GetPortfolioBalancesResponse: not described in the spec.

    Used in: what `balances.list_portfolio_balances()` returns.

    Attributes:
        balances (list[Balance]): A list of balances.
        type (PortfolioBalanceType): - UNKNOWN_BALANCE_TYPE: nil
            - TRADING_BALANCES: Trading balances
            - VAULT_BALANCES: Vault balances
            - TOTAL_BALANCES: Total balances (The sum of vault and trading + prime custody)
            - PRIME_CUSTODY_BALANCES: Prime custody balances
            - UNIFIED_TOTAL_BALANCES: Unified total balance across networks and wallet types
              (vault + trading + prime custody).
        trading_balances (AggregatedFiatBalance | None): Not described in the spec.
        vault_balances (AggregatedFiatBalance | None): Not described in the spec.
        prime_custody_balances (AggregatedFiatBalance | None): Not described in the spec.
    """

    balances: list[Balance] = attrs.Factory(list)
    type: PortfolioBalanceType = PortfolioBalanceType.UNSPECIFIED
    trading_balances: AggregatedFiatBalance | None = None
    vault_balances: AggregatedFiatBalance | None = None
    prime_custody_balances: AggregatedFiatBalance | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioCommissionResponse(Model):
    """GetPortfolioCommissionResponse: not described in the spec.

    Used in: what `commission.get_portfolio_commission()` returns.

    Attributes:
        commission (Commission): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    commission: Commission = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioCounterpartyIDResponse(Model):
    """GetPortfolioCounterpartyIDResponse: not described in the spec.

    Used in: what `advanced_transfers.get_portfolio_counterparty_id()` returns.

    Attributes:
        counterparty (Counterparty): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    counterparty: Counterparty = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioFillsResponse(Model):
    """GetPortfolioFillsResponse: not described in the spec.

    Used in: what `orders.list_portfolio_fills()` returns.

    Attributes:
        fills (list[Fill]): Fills associated with the portfolio.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    fills: list[Fill] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioInterestAccrualsResponse(Model):
    """GetPortfolioInterestAccrualsResponse: not described in the spec.

    Used in: what `financing.list_portfolio_interest_accruals()` returns.

    Attributes:
        total_notional_accrual (Decimal | None): Not described in the spec.
        accruals (list[Accrual]): Not described in the spec.
    """

    total_notional_accrual: Decimal | None = None
    accruals: list[Accrual] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioProductsResponse(Model):
    """GetPortfolioProductsResponse: not described in the spec.

    Used in: what `products.list_portfolio_products()` returns.

    Attributes:
        products (list[Product]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    products: list[Product] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioResponse(Model):
    """GetPortfolioResponse: not described in the spec.

    Used in: what `portfolios.get_portfolio()` returns.

    Attributes:
        portfolio (Portfolio): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    portfolio: Portfolio = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioTransactionsResponse(Model):
    """GetPortfolioTransactionsResponse: not described in the spec.

    Used in: what `transactions.list_portfolio_transactions()` returns.

    Attributes:
        transactions (list[Transaction]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    transactions: list[Transaction] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioUsersResponse(Model):
    """GetPortfolioUsersResponse: not described in the spec.

    Used in: what `users.list_portfolio_users()` returns.

    Attributes:
        users (list[PortfolioUser]): The portfolio users.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    users: list[PortfolioUser] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfoliosResponse(Model):
    """GetPortfoliosResponse: not described in the spec.

    Used in: what `portfolios.list_portfolios()` returns.

    Attributes:
        portfolios (list[Portfolio]): A list of portfolios.
    """

    portfolios: list[Portfolio] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPositionsResponse(Model):
    """GetPositionsResponse: not described in the spec.

    Used in: what `futures.get_positions()` returns.

    Attributes:
        positions (list[FcmPosition]): Not described in the spec.
        clearing_account_id (str): Clearing account ID.
    """

    positions: list[FcmPosition] = attrs.Factory(list)
    clearing_account_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPostTradeCreditResponse(Model):
    """GetPostTradeCreditResponse: not described in the spec.

    Used in: what `financing.get_post_trade_credit()` returns.

    Attributes:
        post_trade_credit (PostTradeCreditInformation):
            Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    post_trade_credit: PostTradeCreditInformation = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetStakingStatusResponse(Model):
    """GetStakingStatusResponse: not described in the spec.

    Used in: what `staking.get_staking_status()` returns.

    Attributes:
        portfolio_id (str): The portfolio ID.
        wallet_id (str): The wallet ID.
        wallet_address (str): The wallet address.
        current_timestamp (datetime | None): Current timestamp at time of API call.
        validators (list[ValidatorStakingInfo]):
            List of validators with staking information for this wallet.
    """

    portfolio_id: str = ""
    wallet_id: str = ""
    wallet_address: str = ""
    current_timestamp: datetime | None = None
    validators: list[ValidatorStakingInfo] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetTFTieredPricingFeesResponse(Model):
    """GetTFTieredPricingFeesResponse: not described in the spec.

    Used in: what `financing.get_tf_tiered_pricing_fees()` returns.

    Attributes:
        fees (list[TieredPricingFee]): Not described in the spec.
    """

    fees: list[TieredPricingFee] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetTransactionResponse(Model):
    """GetTransactionResponse: not described in the spec.

    Used in: what `transactions.get_transaction()` returns.

    Attributes:
        transaction (Transaction): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    transaction: Transaction = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetTransactionTravelRuleDataResponse(Model):
    """Response containing fulfilled travel rule data for a transaction

    Used in: what `travel_rule.get_transaction_travel_rule_data()` returns.

    Attributes:
        fulfilled (bool): Whether data requirements are fulfilled.
        is_self (bool): Whether the transfer is to/from a self-owned wallet.
        originator (TravelRuleParty | None):
            Represents a party in a travel rule transfer (originator or beneficiary).
        beneficiary (TravelRuleParty | None):
            Represents a party in a travel rule transfer (originator or beneficiary).
        amount (Decimal | None): The crypto amount of the transaction (e.g. "1.23 BTC").
        amount_currency (str): The currency of the crypto amount.
        fiat_amount (Decimal | None): The fiat amount of the transaction (e.g. "123.45 USD").
        fiat_amount_currency (str): The currency of the fiat amount.
        blockchain_network (str): The blockchain network for the transaction.
    """

    fulfilled: bool = False
    is_self: bool = False
    originator: TravelRuleParty | None = None
    beneficiary: TravelRuleParty | None = None
    amount: Decimal | None = None
    amount_currency: str = ""
    fiat_amount: Decimal | None = None
    fiat_amount_currency: str = ""
    blockchain_network: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetUnstakingStatusResponse(Model):
    """GetUnstakingStatusResponse: not described in the spec.

    Used in: what `staking.get_unstaking_status()` returns.

    Attributes:
        portfolio_id (str): The portfolio ID.
        wallet_id (str): The wallet ID.
        wallet_address (str): The wallet address.
        current_timestamp (datetime | None): Current timestamp at time of API call.
        validators (list[ValidatorUnstakingInfo]):
            List of validators with unstaking information for this wallet.
    """

    portfolio_id: str = ""
    wallet_id: str = ""
    wallet_address: str = ""
    current_timestamp: datetime | None = None
    validators: list[ValidatorUnstakingInfo] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetWalletBalanceResponse(Model):
    """GetWalletBalanceResponse: not described in the spec.

    Used in: what `balances.get_wallet_balance()` returns.

    Attributes:
        balance (Balance): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    balance: Balance = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetWalletDepositInstructionsResponse(Model):
    """GetWalletDepositInstructionsResponse: not described in the spec.

    Used in: what `wallets.get_wallet_deposit_instructions()` returns.

    Attributes:
        crypto_instructions (WalletCryptoDepositInstructions | None): Not described in the spec.
        fiat_instructions (WalletFiatDepositInstructions | None): Not described in the spec.
    """

    crypto_instructions: WalletCryptoDepositInstructions | None = None
    fiat_instructions: WalletFiatDepositInstructions | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetWalletResponse(Model):
    """GetWalletResponse: not described in the spec.

    Used in: what `wallets.get_wallet()` returns.

    Attributes:
        wallet (Wallet): Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    wallet: Wallet = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetWalletTransactionsResponse(Model):
    """GetWalletTransactionsResponse: not described in the spec.

    Used in: what `transactions.list_wallet_transactions()` returns.

    Attributes:
        transactions (list[Transaction]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    transactions: list[Transaction] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetWalletsResponse(Model):
    """GetWalletsResponse: not described in the spec.

    Used in: what `wallets.list_wallets()` returns.

    Attributes:
        wallets (list[Wallet]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    wallets: list[Wallet] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetWithdrawalPowerResponse(Model):
    """GetWithdrawalPowerResponse: not described in the spec.

    Used in: what `financing.get_withdrawal_power()` returns.

    Attributes:
        withdrawal_power (WithdrawalPower):
            Not described in the spec. Always there: a 200 without it raises
            MissingResponseFieldError.
    """

    withdrawal_power: WithdrawalPower = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetXMLiquidationResponse(Model):
    """GetXMLiquidationResponse contains detailed information about an XM liquidation

    Used in: what `financing.get_xm_liquidation()` returns.

    Attributes:
        liquidation (XMLiquidationDetail):
            XMLiquidationDetail provides detailed information about a single XM liquidation.
            Always there: a 200 without it raises MissingResponseFieldError.
    """

    liquidation: XMLiquidationDetail = attrs.field(metadata={'answer': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Invoice(Model):
    """Invoice

    Used in: `GetInvoicesResponse.invoices`.

    Attributes:
        id (str): Not described in the spec.
        billing_month (int): Not described in the spec.
        billing_year (int): Not described in the spec.
        due_date (str): Not described in the spec.
        invoice_number (str): Not described in the spec.
        state (InvoiceState): States.
        usd_amount_paid (float): Not described in the spec.
        usd_amount_owed (float): Not described in the spec.
        invoice_items (list[InvoiceItem]): Not described in the spec.
    """

    id: str = ""
    billing_month: int = 0
    billing_year: int = 0
    due_date: str = ""
    invoice_number: str = ""
    state: InvoiceState = InvoiceState.UNSPECIFIED
    usd_amount_paid: float = 0.0
    usd_amount_owed: float = 0.0
    invoice_items: list[InvoiceItem] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class InvoiceItem(Model):
    """Invoice item

    Used in: `Invoice.invoice_items`.

    Attributes:
        description (str): Not described in the spec.
        currency_symbol (str): Not described in the spec.
        invoice_type (InvoiceType): Types.
        rate (float): Not described in the spec.
        quantity (float): Not described in the spec.
        price (float): Not described in the spec.
        average_auc (float): Not described in the spec.
        total (float): Not described in the spec.
    """

    description: str = ""
    currency_symbol: str = ""
    invoice_type: InvoiceType = InvoiceType.UNSPECIFIED
    rate: float = 0.0
    quantity: float = 0.0
    price: float = 0.0
    average_auc: float = 0.0
    total: float = 0.0


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListAdvancedTransferTransactionsResponse(Model):
    """ListAdvancedTransferTransactionsResponse contains the transactions associated with an
    advanced transfer.

    Used in: what `transactions.list_advanced_transfer_transactions()` returns.

    Attributes:
        transactions (list[Transaction]): The transactions associated with an Advanced Transfer.
    """

    transactions: list[Transaction] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListAdvancedTransfersResponse(Model):
    """ListAdvancedTransfersResponse contains the list of advanced transfers and pagination info.

    Used in: what `advanced_transfers.list_advanced_transfers()` returns.

    Attributes:
        advanced_transfers (list[AdvancedTransfer]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    advanced_transfers: list[AdvancedTransfer] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListAggregateEntityPositionsResponse(Model):
    """ListAggregateEntityPositionsResponse: not described in the spec.

    Used in: what `positions.list_aggregate_entity_positions()` returns.

    Attributes:
        positions (list[Position]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    positions: list[Position] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListEntityBalancesResponse(Model):
    """ListEntityBalancesResponse: not described in the spec.

    Used in: what `balances.list_entity_balances()` returns.

    Attributes:
        balances (list[EntityBalance]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    balances: list[EntityBalance] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListEntityPositionsResponse(Model):
    """ListEntityPositionsResponse: not described in the spec.

    Used in: what `positions.list_entity_positions()` returns.

    Attributes:
        positions (list[Position]): Not described in the spec.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    positions: list[Position] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListFinancingEligibleAssetsResponse(Model):
    """ListFinancingEligibleAssetsResponse contains the list of financing eligible assets with
    their details

    Used in: what `financing.list_financing_eligible_assets()` returns.

    Attributes:
        assets (list[TFAsset]): List of assets eligible for Trade Finance.
    """

    assets: list[TFAsset] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListOnchainAddressGroupsResponse(Model):
    """ListOnchainAddressGroupsResponse: not described in the spec.

    Used in: what `onchain_address_book.list_onchain_address_groups()` returns.

    Attributes:
        address_groups (list[AddressGroup]): Not described in the spec.
    """

    address_groups: list[AddressGroup] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListTFObligationsResponse(Model):
    """Response containing trade finance obligations for an entity

    Used in: what `financing.list_tf_obligations()` returns.

    Attributes:
        obligations (list[TFObligation]): The list of obligations (loans) for the entity.
    """

    obligations: list[TFObligation] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListTransactionValidatorsResponse(Model):
    """ListTransactionValidatorsResponse: not described in the spec.

    Used in: what `staking.list_transaction_validators()` returns.

    Attributes:
        transaction_validators (list[TransactionValidator]):
            List of transaction-to-validator associations. Each entry represents one transaction
            staking to one validator.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    transaction_validators: list[TransactionValidator] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListWalletAddressesResponse(Model):
    """ListWalletAddressesResponse: not described in the spec.

    Used in: what `wallets.list_wallet_addresses()` returns.

    Attributes:
        addresses (list[BlockchainAddress]): Addresses.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    addresses: list[BlockchainAddress] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListWeb3WalletBalancesResponse(Model):
    """ListWeb3WalletBalancesResponse: not described in the spec.

    Used in: what `balances.list_web3_wallet_balances()` returns.

    Attributes:
        balances (list[Web3Balance]): List of balances in the onchain wallet.
        pagination (PaginatedResponse | None): Not described in the spec.
        defi_balances (list[DefiBalance]):
            DeFi balances only return for the initial request. No pagination support.
    """

    balances: list[Web3Balance] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None
    defi_balances: list[DefiBalance] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListXMLiquidationsResponse(Model):
    """ListXMLiquidationsResponse contains a paginated list of XM liquidation summaries

    Used in: what `financing.list_xm_liquidations()` returns.

    Attributes:
        liquidations (list[XMLiquidationSummary]): List of XM liquidation summaries.
        pagination (PaginatedResponse | None): Not described in the spec.
    """

    liquidations: list[XMLiquidationSummary] = attrs.Factory(list)
    pagination: PaginatedResponse | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class LoanInfo(Model):
    """LoanInfo: not described in the spec.

    Used in: `MarginSummary.tf_loans`, `MarginSummary.pm_loans`,
    `MarginSummary.short_collateral`.

    Attributes:
        portfolio_id (str): The unique ID of the portfolio.
        symbol (str): The currency symbol.
        amount (Decimal | None): Balance amount.
        notional_amount (Decimal | None): Notional balance amount.
        due_date (str): Settlement due date.
    """

    portfolio_id: str = ""
    symbol: str = ""
    amount: Decimal | None = None
    notional_amount: Decimal | None = None
    due_date: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Locate(Model):
    """Locate: not described in the spec.

    Used in: `GetLocateAvailabilitiesResponse.locates`.

    Attributes:
        symbol (str): The currency symbol.
        quantity (Decimal | None): The available quantity located.
        rate (Decimal | None): The interest rate for located symbol.
    """

    symbol: str = ""
    quantity: Decimal | None = None
    rate: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class MarginAddOn(Model):
    """MarginAddOn: not described in the spec.

    Used in: `MarginSummary.portfolio_stress_triggered`,
    `XMRiskNettingInfo.integrated_scenario_addon`,
    `XMRiskNettingInfo.all_integrated_scenario_addons`.

    Attributes:
        amount (Decimal | None): margin add on amount.
        add_on_type (MarginAddOnType): Not described in the spec.
    """

    amount: Decimal | None = None
    add_on_type: MarginAddOnType = MarginAddOnType.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class MarginCallRecord(Model):
    """MarginCallRecord: not described in the spec.

    Used in: `MarginInformation.margin_call_records`.

    Attributes:
        margin_call_id (str): The unique ID of the margin call.
        initial_notional_amount (Decimal | None): The initial margin call amount in notional value.
        outstanding_notional_amount (Decimal | None):
            The outstanding margin call amount in notional value.
        created_at (str): The time the margin call is created in RFC3330 format.
        due_at (str): The time the margin call is due in RFC3339 format.
    """

    margin_call_id: str = ""
    initial_notional_amount: Decimal | None = None
    outstanding_notional_amount: Decimal | None = None
    created_at: str = ""
    due_at: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class MarginInformation(Model):
    """MarginInformation: not described in the spec.

    Used in: `GetMarginInformationResponse.margin_information`.

    Attributes:
        margin_call_records (list[MarginCallRecord]): The current margin call records.
        margin_summary (MarginSummary | None): Not described in the spec.
    """

    margin_call_records: list[MarginCallRecord] = attrs.Factory(list)
    margin_summary: MarginSummary | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class MarginSummary(Model):
    """MarginSummary: not described in the spec.

    Used in: `MarginInformation.margin_summary`, `MarginSummaryHistorical.margin_summary`.

    Attributes:
        entity_id (str): The unique ID of the entity.
        margin_equity (Decimal | None):
            The margin equity at the entity level. Margin Equity = LMV + SMV + Trading Cash
            Balance + Short Collateral - Pending Withdrawals.
        margin_requirement (Decimal | None): USD notional value of required equity in entity portfolios.
        excess_deficit (Decimal | None): margin_equity - margin_requirement.
        pm_credit_consumed (Decimal | None): The raw amount of portfolio margin credit used.
        tf_credit_limit (Decimal | None):
            The maximum trade finance credit limit. This field is deprecated and will be removed
            in the future.
        tf_credit_consumed (Decimal | None):
            The amount of trade finance credit used (USD). This field is deprecated and will be
            removed in the future.
        tf_adjusted_asset_value (Decimal | None):
            TF Asset Adjusted Value (USD). This field is deprecated and will be removed in the
            future.
        tf_adjusted_liability_value (Decimal | None):
            TF Adjusted Liability Value (USD). This field is deprecated and will be removed in
            the future.
        tf_adjusted_credit_consumed (Decimal | None):
            The amount of adjusted credit used. This field is deprecated and will be removed in
            the future.
        tf_adjusted_equity (Decimal | None):
            The amount of adjusted equity. This field is deprecated and will be removed in the
            future.
        frozen (bool): Whether or not a entity is frozen due to balance outstanding or other reason.
        frozen_reason (str): The reason why a entity is frozen.
        tf_enabled (bool):
            Whether TF is enabled for the entity. This field is deprecated and will be removed
            in the future.
        pm_enabled (bool): Whether PM is enabled for the entity.
        market_rates (list[MarketRate]): Market rates for the list of assets.
        asset_balances (list[AssetBalance]): Asset Balances across portfolios.
        tf_loans (list[LoanInfo]):
            Trade finance debit loan amounts. This field is deprecated and will be removed in
            the future.
        pm_loans (list[LoanInfo]): Portfolio Margin debit loan amounts.
        short_collateral (list[LoanInfo]): Short collateral amounts.
        gross_market_value (Decimal | None): Gross market value (GMV) = LMV + Abs (SMV).
        net_market_value (Decimal | None): Net Market Value (NMV) = LMV + SMV.
        long_market_value (Decimal | None):
            Long Market Value (LMV) = Sum of positive notional for all assets.
        non_marginable_long_market_value (Decimal | None):
            Non_Marginable LMV: Sum of positive notional for each non-margin eligible coin.
        short_market_value (Decimal | None):
            Short Market Value (SMV) = Sum of negative notional for each margin eligible coin.
        gross_leverage (Decimal | None): Gross Leverage = GMV / Margin Requirement.
        net_exposure (Decimal | None): Net Exposure = (LMV + SMV) / GMV.
        portfolio_stress_triggered (MarginAddOn | None): Not described in the spec.
        pm_asset_info (list[PMAssetInfo]): PM asset info netted across the entity.
        pm_credit_limit (Decimal | None):
            PM limit that monitors gross notional borrowings (crypto + fiat).
        pm_margin_limit (Decimal | None): PM limit that monitors excess deficit.
        pm_margin_consumed (Decimal | None):
            The amount of the margin limit that is consumed by the excess deficit.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class MarginSummaryHistorical(Model):
    """MarginSummaryHistorical: not described in the spec.

    Used in: `GetMarginSummariesResponse.margin_summaries`.

    Attributes:
        conversion_datetime (str): The UTC date time used for conversion.
        conversion_date (str): The date used for conversion.
        margin_summary (MarginSummary | None): Not described in the spec.
    """

    conversion_datetime: str = ""
    conversion_date: str = ""
    margin_summary: MarginSummary | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class MarketData(Model):
    """MarketData: not described in the spec.

    Used in: `GetMarketDataResponse.market_data`.

    Attributes:
        symbol (str): Base asset symbol (e.g., BTC, ETH, SOL).
        vol_5d (Decimal | None):
            Daily historical volatility over trailing 5 days (decimal, e.g., 0.65 = 65%).
        vol_30d (Decimal | None):
            Daily historical volatility over trailing 30 days (decimal, e.g., 0.65 = 65%).
        vol_90d (Decimal | None):
            Daily historical volatility over trailing 90 days (decimal, e.g., 0.65 = 65%).
        adv_30d (Decimal | None): Average daily trading volume over trailing 30 days (USD).
        weighted_vol (Decimal | None):
            Weighted blend of the most recent vol_5d and the max vol_5d over last 30 days into a
            single volatility measure (decimal).
    """

    symbol: str = ""
    vol_5d: Decimal | None = None
    vol_30d: Decimal | None = None
    vol_90d: Decimal | None = None
    adv_30d: Decimal | None = None
    weighted_vol: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class MarketRate(Model):
    """MarketRate: not described in the spec.

    Used in: `MarginSummary.market_rates`.

    Attributes:
        symbol (str): The currency symbol.
        rate (str): The current market rate of currency.
    """

    symbol: str = ""
    rate: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class MatchMetadata(Model):
    """MatchMetadata: not described in the spec.

    Used in: `TransactionMetadata.match_metadata`.

    Attributes:
        reference_id (str): The reference id of the match.
        settlement_date (str): The settlement date of the match.
    """

    reference_id: str = ""
    settlement_date: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class NFTCollection(Model):
    """NFTCollection: not described in the spec.

    Used in: `AssetChange.collection`.

    Attributes:
        name (str): NFT collection name.
    """

    name: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class NFTItem(Model):
    """NFTItem: not described in the spec.

    Used in: `AssetChange.item`.

    Attributes:
        name (str): NFT item name.
    """

    name: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class NaturalPersonName(Model):
    """Natural person name components

    Used in: `TravelRuleParty.natural_person_name`.

    Attributes:
        first_name (str): Given/first name.
        middle_name (str): optional middle name (currently unused).
        last_name (str): Family/last name.
    """

    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Network(Model):
    """Network: not described in the spec.

    Used in: `BlockchainAddress.network`, `NetworkDetails.network`, `Transaction.network_info`,
    `Wallet.network` and 2 more.

    Attributes:
        id (str): The name of the network

            The network id: base, bitcoin, ethereum, solana etc.
        type (str): The network type: mainnet, testnet, etc.
    """

    id: str = ""
    type: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class NetworkDetails(Model):
    """NetworkDetails: not described in the spec.

    Used in: `Asset.networks`.

    Attributes:
        network (Network | None): Not described in the spec.
        name (str): The name of the network.
        max_decimals (str): The maximum number of decimals supported for this network.
        default (bool): Indicates whether this network is the default network for the asset.
        trading_supported (bool): Indicates whether this network supports trading.
        vault_supported (bool): Indicates whether this network supports vault.
        prime_custody_supported (bool): Indicates whether this network supports prime custody.
        destination_tag_required (bool): Indicates whether this network requires a destination tag.
        network_link (str): Base URL to our recommended block explorer (crypto only).
        network_scoped_symbol (str):
            Indicates the symbol that can be used to query other endpoints, related to
            transactions, wallets, and activities, to get information particularly for this
            asset on the network.
        min_withdrawal_amount (Decimal | None):
            The minimum withdrawal amount for this network. Applies to trading, prime custody,
            and vault wallets.
        max_withdrawal_amount (Decimal | None):
            The platform maximum withdrawal amount for this network. Applies to trading, prime
            custody, and vault wallets. Note that Prime Transfer policies may override this
            value.
        min_deposit_amount (Decimal | None):
            The minimum deposit amount for this network. Applies to trading, prime custody, and
            vault wallets.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class OnchainTransactionDetails(Model):
    """OnchainTransactionDetails: not described in the spec.

    Used in: `Transaction.onchain_details`.

    Attributes:
        signed_transaction (str): The signed transaction data.
        risk_assessment (RiskAssessment | None): New message for risk assessment details.
        chain_id (str): The blockchain network chain ID. Will be empty for Solana transactions.
        nonce (str): The transaction nonce. Only present for EVM-based blockchain transactions.
        replaced_transaction_id (str): The ID of the transaction that this transaction replaced.
        destination_address (str): The destination address for the transaction.
        skip_broadcast (bool):
            If set to true, the transaction will not be broadcast to the network. You can still
            retrieve the signed transaction from the GetTransaction endpoint by transaction ID
            once the transaction is created.
        failure_reason (str): Reason for transaction failure if applicable.
        signing_status (SigningStatus): - SIGNING_STATUS_UNKNOWN: Unknown signing status
            - SIGNED: Transaction has been signed
            - UNSIGNED: Transaction is unsigned.
    """

    signed_transaction: str = ""
    risk_assessment: RiskAssessment | None = None
    chain_id: str = ""
    nonce: str = ""
    replaced_transaction_id: str = ""
    destination_address: str = ""
    skip_broadcast: bool = False
    failure_reason: str = ""
    signing_status: SigningStatus = SigningStatus.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Order(Model):
    """Order: not described in the spec.

    Used in: `GetOpenOrdersResponse.orders`, `GetOrderResponse.order`,
    `GetOrdersResponse.orders`.

    Attributes:
        id (str): The unique order ID generated by Coinbase.
        user_id (str): The ID of the user that created the order.
        portfolio_id (str): The ID of the portfolio that owns the order.
        product_id (str): The ID of the product being traded by the order.
        side (OrderSide): Order side.
        client_order_id (str):
            A client-generated order ID used for reference purposes (note: order will be
            rejected if this ID is not unique among all currently active orders).
        type (OrderType): Strategy (execution algorithm).
        base_quantity (Decimal | None):
            Order size in base asset units (either `base_quantity` or `quote_value` is
            required).
        quote_value (Decimal | None):
            Order size in quote asset units, i.e. the amount the user wants to spend (when
            buying) or receive (when selling); the quantity in base units will be determined
            based on the market liquidity and indicated `quote_value`. Either `base_quantity` or
            `quote_value` is required.
        limit_price (Decimal | None):
            The limit price (required for TWAP, VWAP, LIMIT and STOP_LIMIT orders).
        start_time (datetime | None):
            The start time of the order in UTC (only applies to TWAP, VWAP orders.).
        expiry_time (datetime | None):
            The expiry time of the order in UTC (applies to TWAP, VWAP, LIMIT, and STOP_LIMIT
            orders with `time_in_force` set to `GTD`).
        status (OrderStatus): Indicates the order status.
        time_in_force (TimeInForceType): Indicates the order time validity.
        created_at (datetime | None): The order creation time as a UTC timestamp.
        filled_quantity (Decimal | None): Size filled (in base asset units).
        filled_value (Decimal | None): Market value filled (in quote asset units).
        average_filled_price (Decimal | None): Indicates the average `filled_price`.
        commission (Decimal | None):
            Total commission paid on this order (in quote asset units) -- only applicable for
            partially- or fully-filled orders.
        exchange_fee (Decimal | None):
            Fee charged by the exchange for Cost Plus commission configurations. Exchange fee
            will be 0 for All In commission configurations.
        historical_pov (Decimal | None): historical pov for the order.
        stop_price (Decimal | None):
            Specifies the stop price at which the order activates. The order is activated if the
            last trade price on Coinbase Exchange crosses the stop price specified on the order.
        net_average_filled_price (Decimal | None):
            Indicates the average `filled_price` net of commissions and fees.
        user_context (str):
            Indicates a user friendly message for regarding various aspects of the order such as
            cancellation or rejection reasons.
        client_product_id (str): The client product ID of the fill indictating the settlment currency.
        post_only (bool): Post-only flag - indicates whether the order was placed as post-only.
        order_edit_history (list[LimitOrderEdit]): deprecated: use edit_history instead

            The history of order edits (deprecated: use edit_history instead).
        is_raise_exact (bool):
            Indicates if this was a raise exact order (size inclusive of fees for sell orders in
            quote).
        display_size (Decimal | None): Display size for the order.
        edit_history (list[OrderEdit]): Order Edit History

            The history of order edits.
        display_quote_size (Decimal | None):
            The maximum order size that will show up on venue order books (in quote currency).
        display_base_size (Decimal | None):
            The maximum order size that will show up on venue order books (in base currency).
        peg_offset_type (str): PEG order specific fields

            The peg offset type for PEG orders (PRICE, BASIS_POINTS, or
            CUMULATIVE_DEPTH_IN_BASE_UNITS).
        offset (Decimal | None): The offset value for PEG orders.
        wig_level (Decimal | None):
            The wig (would if good) level for PEG orders - best price opposite to limit_price.
        product_type (ProductType): ProductType represents the general type of product.
        commission_detail_total (CommissionDetailTotal | None): Not described in the spec.
        is_buy_exact (bool):
            Indicates if this was a buy exact order (fees charged on top of quote size for BUY
            orders sized in quote).
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class OrderEdit(Model):
    """OrderEdit: not described in the spec.

    Used in: `GetOrderEditHistoryResponse.edit_history`, `Order.edit_history`.

    Attributes:
        price (Decimal | None): New price for the edited order.
        base_quantity (Decimal | None):
            New base quantity for the edited order, populated if order is in base size.
        quote_value (Decimal | None):
            New quote value for the edited order, populated if order is in quote size.
        display_base_size (Decimal | None):
            Display base size for the edited order, populated if order is in base size.
        display_quote_size (Decimal | None):
            Display quote size for the edited order, populated if order is in quote size.
        stop_price (Decimal | None): New stop price for the edited order.
        expiry_time (datetime | None): New expiry/end time for the edited order.
        accept_time (datetime | None): Time when the edit was accepted.
        client_order_id (str):
            The new client order identifier that the order adopted after the replacement was
            successfully accepted.
    """

    price: Decimal | None = None
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    display_base_size: Decimal | None = None
    display_quote_size: Decimal | None = None
    stop_price: Decimal | None = None
    expiry_time: datetime | None = None
    accept_time: datetime | None = None
    client_order_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PMAssetInfo(Model):
    """PMAssetInfo: not described in the spec.

    Used in: `MarginSummary.pm_asset_info`.

    Attributes:
        symbol (str): The currency symbol.
        amount (Decimal | None): Nominal amount of the currency.
        price (Decimal | None): Spot price for the currency.
        notional_amount (Decimal | None): Notional amount of the currency.
        asset_tier (str): Asset tier of the currency.
        margin_eligible (bool): Whether the currency is margin eligible.
        base_margin_requirement (Decimal | None): Base margin requirement of the currency.
        base_margin_requirement_notional (Decimal | None):
            Notional amount of the currency's base margin requirement.
        adv_30d (Decimal | None): The 30d adv of the currency.
        hist_5d_vol (Decimal | None): Historic 5d volatility of the currency.
        hist_30d_vol (Decimal | None): Historic 30d volatility of the currency.
        hist_90d_vol (Decimal | None): Historic 90d volatility of the currency.
        volatility_addon (Decimal | None): Volatility margin addon of the currency position.
        liquidity_addon (Decimal | None): Liquidity margin addon of the currency position.
        total_position_margin (Decimal | None): Total position margin of the currency.
        short_nominal (Decimal | None): Nominal short position of the currency.
        long_nominal (Decimal | None): Nominal long position of the currency.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PaginatedResponse(Model):
    """PaginatedResponse: not described in the spec.

    Used in: `GetEntityActivitiesResponse.pagination`, `GetEntityUsersResponse.pagination`,
    `GetMarketDataResponse.pagination`, `GetOpenOrdersResponse.pagination` and 19 more.

    Attributes:
        next_cursor (str): Cursor to navigate to next page.
        sort_direction (SortDirection): Not described in the spec.
        has_next (bool): A boolean value indicating whether there are more items to paginate through.
    """

    next_cursor: str = ""
    sort_direction: SortDirection = SortDirection.UNSPECIFIED
    has_next: bool = False


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PaymentMethodDestination(Model):
    """PaymentMethodDestination: not described in the spec.

    Used in: `CreateWalletWithdrawalRequest.payment_method`.

    Attributes:
        payment_method_id (str): The payment method id to pay out.
    """

    payment_method_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PaymentMethodDetails(Model):
    """PaymentMethodDetails: not described in the spec.

    Used in: `GetEntityPaymentMethodDetailsResponse.details`.

    Attributes:
        id (str): Not described in the spec.
        symbol (str): Not described in the spec.
        payment_method_type (PaymentMethodType): Indicates the payment method type.
        name (str): Not described in the spec.
        account_number (str): Not described in the spec.
        bank_code (str): Not described in the spec.
    """

    id: str = ""
    symbol: str = ""
    payment_method_type: PaymentMethodType = PaymentMethodType.UNSPECIFIED
    name: str = ""
    account_number: str = ""
    bank_code: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PaymentMethodSummary(Model):
    """PaymentMethodSummary: not described in the spec.

    Used in: `GetEntityPaymentMethodsResponse.payment_methods`.

    Attributes:
        id (str): Not described in the spec.
        symbol (str): Not described in the spec.
        payment_method_type (PaymentMethodType): Indicates the payment method type.
        bank_name (str): Not described in the spec.
        account_number (str): Not described in the spec.
        bank_name_2 (str): Not described in the spec.
    """

    id: str = ""
    symbol: str = ""
    payment_method_type: PaymentMethodType = PaymentMethodType.UNSPECIFIED
    bank_name: str = ""
    account_number: str = ""
    bank_name_2: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PerpetualProductDetails(Model):
    """PerpetualProductDetails contains details specific to perpetual futures products

    Used in: `FutureProductDetails.perpetual_details`.

    Attributes:
        open_interest (Decimal | None): Open interest for the perpetual product

            Open interest.
        funding_rate (Decimal | None): Current funding rate.
        funding_time (datetime | None): Next funding time.
        max_leverage (Decimal | None): Maximum leverage allowed.
        underlying_type (str): Underlying type (e.g. SPOT, INDEX)

            The type of underlying for the perpetual product.
    """

    open_interest: Decimal | None = None
    funding_rate: Decimal | None = None
    funding_time: datetime | None = None
    max_leverage: Decimal | None = None
    underlying_type: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Portfolio(Model):
    """Portfolio: not described in the spec.

    Used in: `GetPortfolioResponse.portfolio`, `GetPortfoliosResponse.portfolios`.

    Attributes:
        id (str): The unique ID of the portfolio.
        name (str): The name of the portfolio.
        entity_id (str): The ID of the entity to which the portfolio is associated.
        organization_id (str): The ID of the organization to which the portfolio is associated.
        entity_name (str): The name of the entity to which the portfolio is associated.
    """

    id: str = ""
    name: str = ""
    entity_id: str = ""
    organization_id: str = ""
    entity_name: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PortfolioStakingInitiateResponse(Model):
    """PortfolioStakingInitiateResponse: not described in the spec.

    Used in: what `staking.portfolio_staking_initiate()` returns.

    Attributes:
        activity_id (str): The ID for the created activity.
        transaction_id (str): The ID for the created transaction.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    activity_id: str = ""
    transaction_id: str = ""
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PortfolioStakingMetadata(Model):
    """PortfolioStakingMetadata: not described in the spec.

    Used in: `PortfolioStakingInitiateRequest.metadata`,
    `PortfolioStakingUnstakeRequest.metadata`.

    Attributes:
        external_id (str):
            An optional custom identifier (up to 255 characters) to attach to the transaction.
            This is not a searchable transaction field.
    """

    external_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PortfolioStakingUnstakeResponse(Model):
    """PortfolioStakingUnstakeResponse: not described in the spec.

    Used in: what `staking.portfolio_staking_unstake()` returns.

    Attributes:
        activity_id (str): The ID for the created activity.
        transaction_id (str): The ID for the created transaction.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    activity_id: str = ""
    transaction_id: str = ""
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PortfolioUser(Model):
    """PortfolioUser: not described in the spec.

    Used in: `GetPortfolioUsersResponse.users`.

    Attributes:
        id (str): The unique ID of the user.
        name (str): The name of the user.
        email (str): The email of the user.
        portfolio_id (str): The portfolio to which this user and associated permissions are identified.
        entity_id (str): The entity to which this user and associated permissions are identified.
        role (UserRole): Indicates the user's role.
        roles (list[UserRole]): All primary roles assigned to the user.
        secondary_permissions (list[SecondaryPermission]):
            All secondary permissions assigned to the user.
    """

    id: str = ""
    name: str = ""
    email: str = ""
    portfolio_id: str = ""
    entity_id: str = ""
    role: UserRole = UserRole.UNSPECIFIED
    roles: list[UserRole] = attrs.Factory(list)
    secondary_permissions: list[SecondaryPermission] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Position(Model):
    """Position: not described in the spec.

    Used in: `ListAggregateEntityPositionsResponse.positions`,
    `ListEntityPositionsResponse.positions`.

    Attributes:
        symbol (str): Asset symbol.
        long (Decimal | None): The long position based on 'reference' value.
        short (Decimal | None): The short position based on 'reference' value.
        position_reference (PositionReference | None): Not described in the spec.
    """

    symbol: str = ""
    long: Decimal | None = None
    short: Decimal | None = None
    position_reference: PositionReference | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PositionReference(Model):
    """PositionReference: not described in the spec.

    Used in: `Position.position_reference`.

    Attributes:
        id (str): Reference ID.
        type (PositionReferenceType): Not described in the spec.
    """

    id: str = ""
    type: PositionReferenceType = PositionReferenceType.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PostOrderPreviewResponse(Model):
    """PostOrderPreviewResponse: not described in the spec.

    Used in: what `orders.create_order_preview()` returns.

    Attributes:
        portfolio_id (str): The ID of the portfolio that owns the order.
        product_id (str): The ID of the product being traded by the order.
        side (OrderSide): Order side.
        type (OrderType): Strategy (execution algorithm).
        base_quantity (Decimal | None):
            Order size in base asset units (either `base_quantity` or `quote_value` is
            required).
        quote_value (Decimal | None):
            Order size in quote asset units, i.e. the amount the user wants to spend (when
            buying) or receive (when selling); the quantity in base units will be determined
            based on the market liquidity and indicated `quote_value`. Either `base_quantity` or
            `quote_value` is required.
        limit_price (Decimal | None):
            The limit price (required for TWAP, VWAP, LIMIT, and STOP_LIMIT orders).
        start_time (datetime | None): The start time of the order in UTC (only applies to TWAP orders.).
        expiry_time (datetime | None):
            The expiry time of the order in UTC (TWAP, VWAP, LIMIT and STOP_LIMIT GTD only).
            Required for TWAP and VWAP orders if historical_pov is unspecified.
        time_in_force (TimeInForceType): Indicates the order time validity.
        commission (Decimal | None):
            Indicate the total commission paid on this order in quote currency - only applicable
            if the order has any fills.
        slippage (Decimal | None): How much slippage is expected.
        best_bid (Decimal | None): Current best bid for order book.
        best_ask (Decimal | None): Current best ask for order book.
        average_filled_price (Decimal | None):
            Indicate expected average filled price based on the current order book.
        order_total (Decimal | None): Order quantity + fees.
        historical_pov (Decimal | None):
            The estimated participation rate for a TWAP/VWAP order. This field can be specified
            instead of expiry time, and will be used to compute the expiry time of the order
            based on historical participation rate.
        is_raise_exact (bool): Raise Exact order flag.
        stop_price (Decimal | None): Stop price for the order.
        display_size (Decimal | None): The maximum order size that will show up on venue order books.
        display_quote_size (Decimal | None):
            The maximum order size that will show up on venue order books (in quote currency).
        display_base_size (Decimal | None):
            The maximum order size that will show up on venue order books (in base currency).
        is_buy_exact (bool): Buy Exact order flag.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PostTradeCreditInformation(Model):
    """PostTradeCreditInformation: not described in the spec.

    Used in: `GetPostTradeCreditResponse.post_trade_credit`.

    Attributes:
        portfolio_id (str): The unique ID of the portfolio.
        currency (str): The currency symbol credit is denoted in.
        limit (Decimal | None): The maximum credit limit.
        utilized (Decimal | None): The amount of credit used.
        available (Decimal | None): The amount of credit available.
        frozen (bool): Whether or not a portfolio is frozen due to balance outstanding or other reason.
        frozen_reason (str): The reason why the portfolio is frozen.
        amounts_due (list[AmountDue]): Not described in the spec.
        enabled (bool): Whether the portfolio has credit enabled.
        adjusted_credit_utilized (Decimal | None): The amount of adjusted credit used.
        adjusted_portfolio_equity (Decimal | None): The amount of adjusted portfolio equity.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PreviewUnstakeResponse(Model):
    """PreviewUnstakeResponse contains the response data from previewing an unstaking operation.

    Used in: what `staking.preview_unstake()` returns.

    Attributes:
        estimated_amount (Decimal | None): Estimated amount that would be unstaked.
        wallet_id (str): The wallet ID.
        wallet_address (str): The blockchain address of the wallet.
        current_timestamp (str): Timestamp at which this preview was generated (ISO 8601).
        validators (list[ValidatorUnstakePreview]): Per-validator breakdown of the unstake simulation.
    """

    estimated_amount: Decimal | None = None
    wallet_id: str = ""
    wallet_address: str = ""
    current_timestamp: str = ""
    validators: list[ValidatorUnstakePreview] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PrimeXMMarginCallThresholds(Model):
    """PrimeXMMarginCallThresholds: not described in the spec.

    Used in: `CrossMarginPrimeMarginSummary.margin_thresholds`.

    Attributes:
        deficit_threshold (Decimal | None): Deficit threshold (DT).
        warning_threshold (Decimal | None): Warning threshold (WT).
        critical_threshold (Decimal | None): Urgent margin call threshold (UMCT).
        liquidation_threshold (Decimal | None): Liquidation threshold (LT).
        margin_thresholds (list[PrimeXMMarginThreshold]): Structured margin thresholds by margin level.
    """

    deficit_threshold: Decimal | None = None
    warning_threshold: Decimal | None = None
    critical_threshold: Decimal | None = None
    liquidation_threshold: Decimal | None = None
    margin_thresholds: list[PrimeXMMarginThreshold] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PrimeXMMarginRequirementBreakdown(Model):
    """PrimeXMMarginRequirementBreakdown: not described in the spec.

    Used in: `CrossMarginPrimeRiskNettingInfo.pmr_breakdown`,
    `CrossMarginPrimeRiskNettingInfo.ipmr_breakdown`.

    Attributes:
        base_margin (Decimal | None): Base margin requirement component.
        volatility_addon (Decimal | None): Volatility add-on component.
        liquidity_addon (Decimal | None): Liquidity add-on component.
        offset_credit (Decimal | None): Credits that offset margin charges due to portfolio composition.
        futures_margin (Decimal | None):
            Futures margin charge applied for any futures trades of the opposing direction but
            of the same underlying.
    """

    base_margin: Decimal | None = None
    volatility_addon: Decimal | None = None
    liquidity_addon: Decimal | None = None
    offset_credit: Decimal | None = None
    futures_margin: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PrimeXMMarginThreshold(Model):
    """PrimeXMMarginThreshold: not described in the spec.

    Used in: `PrimeXMMarginCallThresholds.margin_thresholds`.

    Attributes:
        margin_level (XMMarginLevel):
            XMMarginLevel is the realtime state of EQ/MR and MR-EQ monitored against XM
            thresholds as defined in the methodology.
        threshold_type (PrimeXMMarginThresholdType):
            - MARGIN_THRESHOLD_EQUITY_RATIO: Threshold based on equity ratio EQ / MR; triggers
              when EQ / MR >= threshold_value.
            - MARGIN_THRESHOLD_DEFICIT_RATIO: Threshold based on deficit ratio (MR - EQ) / XMML;
              triggers when (MR - EQ) / XMML > threshold_value.
        threshold_value (Decimal | None): Not described in the spec.
    """

    margin_level: XMMarginLevel = XMMarginLevel.UNSPECIFIED
    threshold_type: PrimeXMMarginThresholdType = PrimeXMMarginThresholdType.UNSPECIFIED
    threshold_value: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PrimeXMOffsetCreditBreakdown(Model):
    """PrimeXMOffsetCreditBreakdown: not described in the spec.

    Used in: `CrossMarginPrimeRiskNettingInfo.portfolio_margin_offset_credit_breakdown`,
    `CrossMarginPrimeRiskNettingInfo.integrated_portfolio_margin_offset_credit_breakdown`.

    Attributes:
        basis_credit (Decimal | None): Basis offset credit component.
        long_short_credit (Decimal | None): Long/short tier-pair offset credit.
        long_long_credit (Decimal | None): Long/long tier-pair offset credit.
        short_short_credit (Decimal | None): Short/short tier-pair offset credit.
        same_tier_credit (Decimal | None): Same-tier offset credit.
        total_credit (Decimal | None): Total offset credit.
    """

    basis_credit: Decimal | None = None
    long_short_credit: Decimal | None = None
    long_long_credit: Decimal | None = None
    short_short_credit: Decimal | None = None
    same_tier_credit: Decimal | None = None
    total_credit: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ProcessRequirements(Model):
    """Represents the status of various process requirements for a transaction

    Used in: `Transaction.process_requirements`.

    Attributes:
        travel_rule_status (TravelRuleStatus): Travel rule compliance status for a transaction.
    """

    travel_rule_status: TravelRuleStatus = TravelRuleStatus.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Product(Model):
    """Product: not described in the spec.

    Used in: `GetPortfolioProductsResponse.products`.

    Attributes:
        id (str): The product ID, written as `BASE-QUOTE`.
        base_increment (Decimal | None):
            The smallest permitted unit of denomination for the base asset (varies by product).
        quote_increment (Decimal | None):
            The smallest permitted unit of denomination for the quote asset (varies by product).
        base_min_size (Decimal | None):
            The minimum size (in base asset units) for which an order can be placed.
        quote_min_size (Decimal | None):
            The minimum size (in quote asset units) for which an order can be placed.
        base_max_size (Decimal | None):
            The maximum size (in base asset units) for which an order can be placed.
        quote_max_size (Decimal | None):
            The maximum size (in quote asset units) for which an order can be placed.
        permissions (list[ProductPermissions]): Permissions for the product based on portfolio

            Permissions given to the user for a product.
        price_increment (Decimal | None): The smallest permitted price increment for the product.
        rfq_product_details (RFQProductDetails | None): Not described in the spec.
        product_type (ProductType): ProductType represents the general type of product.
        fcm_trading_session_details (FcmTradingSessionDetails | None):
            FcmTradingSessionDetails contains trading session details for FCM products.
        future_product_details (FutureProductDetails | None):
            FutureProductDetails contains details specific to futures products.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class QuoteResponse(Model):
    """Copied from
    https://github.cbhq.net/institutional/trading/blob/3e6da61aceb64c7cbe6f0c0f8fbdb98fd3e868dc/proxy/trading/protos/coinbase/brokerage/proxy/trading/api/orderentry.proto#L366-L370

    Used in: what `orders.create_quote()` returns.

    Attributes:
        quote_id (str): Not described in the spec.
        expiration_time (datetime | None): Not described in the spec.
        best_price (Decimal | None): Not described in the spec.
        order_total (Decimal | None): total quote amount for previewing.
        price_inclusive_of_fees (Decimal | None): Not described in the spec.
        quote_duration_ms (int):
            Echo of the quote_duration_ms supplied in the request. 0 if the client did not
            supply a value, in which case the server applies the default of 3000 ms (3 seconds).
        client_quote_id (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    quote_id: str = ""
    expiration_time: datetime | None = None
    best_price: Decimal | None = None
    order_total: Decimal | None = None
    price_inclusive_of_fees: Decimal | None = None
    quote_duration_ms: int = attrs.field(default=0, metadata={'int64': True})
    client_quote_id: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class RFQProductDetails(Model):
    """RFQProductDetails: not described in the spec.

    Used in: `Product.rfq_product_details`.

    Attributes:
        tradable (bool): Whether the product is tradable via RFQ.
        min_notional_size (Decimal | None): Deprecated: Value will be an empty string.
        max_notional_size (Decimal | None): Deprecated: Value will be an empty string.
        min_base_size (Decimal | None): Minimum base size for RFQ.
        max_base_size (Decimal | None): Maximum base size for RFQ.
        min_quote_size (Decimal | None): Minimum quote size for RFQ.
        max_quote_size (Decimal | None): Maximum quote size for RFQ.
    """

    tradable: bool = False
    min_notional_size: Decimal | None = None
    max_notional_size: Decimal | None = None
    min_base_size: Decimal | None = None
    max_base_size: Decimal | None = None
    min_quote_size: Decimal | None = None
    max_quote_size: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class RewardMetadata(Model):
    """RewardMetadata: not described in the spec.

    Used in: `TransactionMetadata.reward_metadata`.

    Attributes:
        subtype (RewardSubtype): Indicates the reward subtype.
        custom_stablecoin_reward_details (CustomStablecoinRewardDetails | None):
            Details for a custom stablecoin reward payout transaction.
    """

    subtype: RewardSubtype = RewardSubtype.UNSPECIFIED
    custom_stablecoin_reward_details: CustomStablecoinRewardDetails | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class RiskAssessment(Model):
    """New message for risk assessment details

    Used in: `OnchainTransactionDetails.risk_assessment`.

    Attributes:
        compliance_risk_detected (bool):
            Indicates if the transaction has been flagged for compliance concerns.
        security_risk_detected (bool):
            Indicates if the transaction has been flagged for security concerns.
    """

    compliance_risk_detected: bool = False
    security_risk_detected: bool = False


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class RotateAPIKeyRequest(Model):
    """RotateAPIKeyRequest: not described in the spec.

    Used in: the body `api_keys.rotate_api_key()` sends.

    Attributes:
        duration_seconds (int | None):
            How long the old key remains active after the new key is approved, in seconds. Set
            to 0 for immediate expiry on approval. Cannot extend beyond the original key's
            expiry.
    """

    duration_seconds: int | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class RotateAPIKeyResponse(Model):
    """RotateAPIKeyResponse: not described in the spec.

    Used in: what `api_keys.rotate_api_key()` returns.

    Attributes:
        encrypted_credentials (str):
            Base64-encoded encrypted payload containing the new API key credentials. Decrypt
            using your current secret_key with HKDF-SHA256 + AES-256-GCM.
        activity_id (str):
            The Prime activity ID tracking the consensus approval for this rotation. Use with
            the Activities endpoints to monitor approval status.
    """

    encrypted_credentials: str = ""
    activity_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class RpcConfig(Model):
    """RpcConfig: not described in the spec.

    Used in: `CreateOnchainTransactionRequest.rpc`.

    Attributes:
        skip_broadcast (bool): If true, transaction will not be broadcast to the network.
        url (str): Custom blockchain node RPC URL. (EVM-only).
    """

    skip_broadcast: bool = False
    url: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ScheduleFuturesSweepResponse(Model):
    """ScheduleFuturesSweepResponse: not described in the spec.

    Used in: what `futures.schedule_futures_sweep()` returns.

    Attributes:
        success (bool): Success.
        request_id (str): Request ID.
    """

    success: bool = False
    request_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class SetAutoSweepResponse(Model):
    """SetAutoSweepResponse: not described in the spec.

    Used in: what `futures.set_auto_sweep()` returns.

    Attributes:
        success (bool): Success.
    """

    success: bool = False


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class SetFcmSettingsResponse(Model):
    """SetFcmSettingsResponse: not described in the spec.

    Used in: what `futures.set_fcm_settings()` returns.

    Attributes:
        success (bool): Success.
    """

    success: bool = False


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ShortCollateral(Model):
    """ShortCollateral: not described in the spec.

    Used in: `Conversion.short_collateral`.

    Attributes:
        old_balance (Decimal | None): Existing short collateral balance.
        new_balance (Decimal | None): New short collateral balance required.
        loan_interest_rate (Decimal | None): Loan interest rate.
        collateral_interest_rate (Decimal | None): Collateral interest rate.
    """

    old_balance: Decimal | None = None
    new_balance: Decimal | None = None
    loan_interest_rate: Decimal | None = None
    collateral_interest_rate: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class StakingClaimRewardsResponse(Model):
    """StakingClaimRewardsResponse: not described in the spec.

    Used in: what `staking.staking_claim_rewards()` returns.

    Attributes:
        wallet_id (str): The wallet ID.
        transaction_id (str):
            ID of the newly created transaction, can be used to fetch details of the current
            state of execution.
        activity_id (str): The ID for the activity generated for this request.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    wallet_id: str = ""
    transaction_id: str = ""
    activity_id: str = ""
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class StakingInitiateResponse(Model):
    """StakingInitiateResponse contains the response data from initiating a staking operation.

    Used in: what `staking.staking_initiate()` returns.

    Attributes:
        wallet_id (str): The wallet ID.
        transaction_id (str):
            ID of the newly created transaction, can be used to fetch details of the current
            state of execution.
        activity_id (str): The ID for the activity generated for this request.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    wallet_id: str = ""
    transaction_id: str = ""
    activity_id: str = ""
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class StakingStatus(Model):
    """StakingStatus: not described in the spec.

    Used in: `ValidatorStakingInfo.statuses`.

    Attributes:
        amount (Decimal | None): Amount being staked (whole amount, e.g., 16 ETH).
        stake_type (StakeType): Not described in the spec.
        estimated_stake_date (datetime | None):
            Estimated date when staking will complete (ISO 8601 format).
        estimated_hours_to_stake (int): Estimated hours until this staking request completes.
        requested_at (datetime | None): Timestamp when the stake request was originally created.
    """

    amount: Decimal | None = None
    stake_type: StakeType = StakeType.UNSPECIFIED
    estimated_stake_date: datetime | None = None
    estimated_hours_to_stake: int = 0
    requested_at: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class StakingUnstakeResponse(Model):
    """StakingUnstakeResponse contains the response data from initiating an unstaking operation.

    Used in: what `staking.staking_unstake()` returns.

    Attributes:
        wallet_id (str): The wallet ID.
        transaction_id (str):
            ID of the newly created transaction, can be used to fetch details of the current
            state of execution.
        activity_id (str): The ID for the activity generated for this request.
        idempotency_key (str):
            The value the client sent (Prime does not echo it): yours, or the uuid4 it filled
            in.
    """

    wallet_id: str = ""
    transaction_id: str = ""
    activity_id: str = ""
    idempotency_key: str = attrs.field(default="", metadata={'echo': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class SubmitDepositTravelRuleDataResponse(Model):
    """Response after submitting travel rule data for a deposit

    Used in: what `travel_rule.submit_deposit_travel_rule_data()` returns.

    Attributes:
        ownership_verification_required (bool): Whether additional ownership verification is required.
    """

    ownership_verification_required: bool = False


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TFAsset(Model):
    """TFAsset represents an asset eligible for Trade Finance with adjustment factors

    Used in: `ListFinancingEligibleAssetsResponse.assets`.

    Attributes:
        symbol (str): The asset symbol.
        asset_adjustment (Decimal | None): The asset adjustment factor for Trade Finance.
        liability_adjustment (Decimal | None): The liability adjustment factor for Trade Finance.
    """

    symbol: str = ""
    asset_adjustment: Decimal | None = None
    liability_adjustment: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TFObligation(Model):
    """Trade finance obligation information

    Used in: `ListTFObligationsResponse.obligations`.

    Attributes:
        portfolio_id (str): The unique ID of the portfolio.
        symbol (str): The currency symbol.
        amount_due (Decimal | None): Current amount due.
        notional_amount (Decimal | None): Loan notional amount.
        due_date (str): Settlement due date.
    """

    portfolio_id: str = ""
    symbol: str = ""
    amount_due: Decimal | None = None
    notional_amount: Decimal | None = None
    due_date: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TierPairRateEntry(Model):
    """TierPairRateEntry represents a single (tier_a, tier_b) -> rate entry in an offset credit
    matrix.

    Used in: `GetCrossMarginRiskParametersResponse.offset_credit_matrix_long_short`,
    `GetCrossMarginRiskParametersResponse.offset_credit_matrix_long_long`,
    `GetCrossMarginRiskParametersResponse.offset_credit_matrix_short_short`.

    Attributes:
        tier_a (str): First tier in the pair.
        tier_b (str): Second tier in the pair.
        rate (Decimal | None): Credit rate for this tier pair.
    """

    tier_a: str = ""
    tier_b: str = ""
    rate: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TieredPricingFee(Model):
    """TieredPricingFee: not described in the spec.

    Used in: `GetTFTieredPricingFeesResponse.fees`.

    Attributes:
        symbol (str): Asset symbol.
        fee (Decimal | None): The fee in bps.
    """

    symbol: str = ""
    fee: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Transaction(Model):
    """Transaction: not described in the spec.

    Used in: `GetPortfolioTransactionsResponse.transactions`,
    `GetTransactionResponse.transaction`, `GetWalletTransactionsResponse.transactions`,
    `ListAdvancedTransferTransactionsResponse.transactions`.

    Attributes:
        id (str): The ID of the transaction.
        wallet_id (str): The wallet ID of the transaction.
        portfolio_id (str): The portfolio ID of the transaction.
        type (TransactionType): Indicates the transaction type.
        status (TransactionStatus): Indicates the transaction status.
        symbol (str): The asset symbol.
        created_at (datetime | None): The transaction creation time (as a UTC timestamp).
        completed_at (datetime | None): The transaction completion time (as a UTC timestamp).
        amount (Decimal | None): The transaction amount in whole units.
        transfer_from (TransferLocation | None): Not described in the spec.
        transfer_to (TransferLocation | None): Not described in the spec.
        network_fees (Decimal | None):
            The blockchain network fees (in whole units) required in order to broadcast the
            transaction.
        fees (Decimal | None): The fees that the customer paid for the transaction (in whole units).
        fee_symbol (str): The asset in which fees will be paid.
        blockchain_ids (list[str]):
            The cryptocurrency network transaction hashes/IDs generated upon broadcast.
        transaction_id (str): The 8 character alphanumeric short form id for the transaction.
        destination_symbol (str): The destination asset symbol.
        estimated_network_fees (EstimatedNetworkFees | None): Not described in the spec.
        network (str): The network name specific to web3/onchain wallet transactions.
        estimated_asset_changes (list[AssetChange]): The estimated asset changes (web3).
        metadata (TransactionMetadata | None): Not described in the spec.
        idempotency_key (str): The idempotency key associated with the transaction creation request.
        onchain_details (OnchainTransactionDetails | None): Not described in the spec.
        network_info (Network | None): Not described in the spec.
        process_requirements (ProcessRequirements | None):
            Represents the status of various process requirements for a transaction.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TransactionMetadata(Model):
    """TransactionMetadata: not described in the spec.

    Used in: `Transaction.metadata`.

    Attributes:
        match_metadata (MatchMetadata | None): Not described in the spec.
        web3_transaction_metadata (Web3TransactionMetadata | None): Not described in the spec.
        reward_metadata (RewardMetadata | None): Not described in the spec.
    """

    match_metadata: MatchMetadata | None = None
    web3_transaction_metadata: Web3TransactionMetadata | None = None
    reward_metadata: RewardMetadata | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TransactionValidator(Model):
    """TransactionValidator: not described in the spec.

    Used in: `ListTransactionValidatorsResponse.transaction_validators`.

    Attributes:
        transaction_id (str): The ID of the transaction which staked to this validator.
        validator_address (str): The address (public key) of the validator.
        validator_status (ValidatorStatus): Not described in the spec.
    """

    transaction_id: str = ""
    validator_address: str = ""
    validator_status: ValidatorStatus = ValidatorStatus.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TransferLocation(Model):
    """TransferLocation: not described in the spec.

    Used in: `FundMovement.source`, `FundMovement.target`, `Transaction.transfer_from`,
    `Transaction.transfer_to`.

    Attributes:
        type (TransferLocationType): - TRANSFER_LOCATION_TYPE_UNKNOWN: The nil value
            - PAYMENT_METHOD: The ID of a fiat payment method
            - WALLET: The ID of a wallet
            - ADDRESS: A cryptocurrency address
            - OTHER: Another type of transfer location: Blockchain Network, Coinbase
            - MULTIPLE_ADDRESSES: Multiple cryptocurrency addresses
            - COUNTERPARTY_ID: Counterparty ID.
        value (str): The value of the transfer location: payment method ID, wallet ID or crypto address.
        address (str): The crypto address of the transfer location.
        account_identifier (str):
            The tag/memo of the address, if applicable -- required for certain assets (e.g. XRP,
            XLM, etc.).
    """

    type: TransferLocationType = attrs.field(default=TransferLocationType.UNSPECIFIED, converter=_transfer_location_type)
    value: str = ""
    address: str = ""
    account_identifier: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TravelRuleData(Model):
    """Data object used for withdrawals.

    Used in: `CreateWalletWithdrawalRequest.travel_rule_data`.

    Attributes:
        beneficiary (TravelRuleParty | None):
            Represents a party in a travel rule transfer (originator or beneficiary).
        originator (TravelRuleParty | None):
            Represents a party in a travel rule transfer (originator or beneficiary).
        is_self (bool): True if user owns the counterparty address (self-transfer).
        is_intermediary (bool):
            True if Coinbase is being used as an intermediary for a customer transfer.
        opt_out_of_ownership_verification (bool): True to skip wallet ownership verification.
        attest_verified_wallet_ownership (bool):
            Whether the originating VASP attests to verified wallet ownership. When true with
            is_intermediary, enables automatic VASP data enrichment from the legal entity.
    """

    beneficiary: TravelRuleParty | None = None
    originator: TravelRuleParty | None = None
    is_self: bool = False
    is_intermediary: bool = False
    opt_out_of_ownership_verification: bool = False
    attest_verified_wallet_ownership: bool = False


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class TravelRuleParty(Model):
    """Represents a party in a travel rule transfer (originator or beneficiary).

    Used in: `GetTransactionTravelRuleDataResponse.originator`,
    `GetTransactionTravelRuleDataResponse.beneficiary`, `TravelRuleData.beneficiary`,
    `TravelRuleData.originator` and 2 more.

    Attributes:
        name (str): Legal name (for entities or simple name format).
        natural_person_name (NaturalPersonName | None): Natural person name components.
        address (DetailedAddress | None): Detailed address information.
        wallet_type (TravelRuleWalletType): Type of wallet being used for transfers.
        vasp_id (str): VASP identifier when wallet_type is VASP.
        vasp_name (str): VASP name fallback when vasp_id is unknown.
        personal_id (str):
            Personal identifier for travel rule compliance. For individuals: passport number,
            national ID, driver's license. For institutions: LEI (Legal Entity Identifier).
        date_of_birth (Date | None):
            Represents a whole or partial calendar date, such as a birthday. The time of day and
            time zone are either specified elsewhere or are insignificant. The date is relative
            to the Gregorian Calendar. This can represent one of the following:.
        telephone_number (str): Telephone number for contact purposes.
        account_id (str): Account identifier for travel rule compliance. If not provided, defaults to
            portfolio ID.
        vasp_address (DetailedAddress | None): Detailed address information.
    """

    name: str = ""
    natural_person_name: NaturalPersonName | None = None
    address: DetailedAddress | None = None
    wallet_type: TravelRuleWalletType = attrs.field(default=TravelRuleWalletType.UNSPECIFIED, converter=_travel_rule_wallet_type)
    vasp_id: str = ""
    vasp_name: str = ""
    personal_id: str = ""
    date_of_birth: Date | None = None
    telephone_number: str = ""
    account_id: str = ""
    vasp_address: DetailedAddress | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class UnstakingStatus(Model):
    """UnstakingStatus: not described in the spec.

    Used in: `ValidatorUnstakingInfo.statuses`.

    Attributes:
        amount (Decimal | None): Amount being unstaked (whole amount, e.g., 16 ETH).
        unstake_type (UnstakeType): Not described in the spec.
        finishing_at (datetime | None): Estimated date when unstaking will complete (ISO 8601 format).
        remaining_hours (int): Estimated hours until this unstaking request completes.
        requested_at (datetime | None): Timestamp when the unstake request was originally created.
        estimate_type (EstimateType): Not described in the spec.
        estimate_description (str): Detailed explanation of the estimate status for display to users.
    """

    amount: Decimal | None = None
    unstake_type: UnstakeType = UnstakeType.UNSPECIFIED
    finishing_at: datetime | None = None
    remaining_hours: int = 0
    requested_at: datetime | None = None
    estimate_type: EstimateType = EstimateType.UNSPECIFIED
    estimate_description: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class UpdateFundingSettingsResponse(Model):
    """UpdateFundingSettingsResponse: not described in the spec.

    Used in: what `financing.update_funding_settings()` returns.

    Attributes:
        activity_id (str): Identifier for the created activity / proposal.
        activity_type (str): Type of the activity (e.g. PCS proposal type).
        num_approvals_remaining (int): Number of approvals still required before the change applies.
    """

    activity_id: str = ""
    activity_type: str = ""
    num_approvals_remaining: int = 0


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class UserAction(Model):
    """UserAction: not described in the spec.

    Used in: `Activity.user_actions`.

    Attributes:
        action (Action): Action is the available user action types.
        user_id (str): Id of the user who executed the action.
        timestamp (str): Time the action was taken.
    """

    action: Action = Action.UNSPECIFIED
    user_id: str = ""
    timestamp: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ValidatorAllocation(Model):
    """ValidatorAllocation specifies the validator and amount for staking or unstaking. Used for
    granular ETH V2 validator-level staking or unstaking operations.

    Used in: `WalletUnstakeInputs.validator_allocations`.

    Attributes:
        validator_address (str): The validator address for performing staking operations.
        amount (Decimal | None): Amount for performing staking operations with this validator.
    """

    validator_address: str = ""
    amount: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ValidatorStakingInfo(Model):
    """ValidatorStakingInfo: not described in the spec.

    Used in: `GetStakingStatusResponse.validators`.

    Attributes:
        validator_address (str): The validator address (public key).
        statuses (list[StakingStatus]): List of active staking requests for this validator.
    """

    validator_address: str = ""
    statuses: list[StakingStatus] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ValidatorUnstakePreview(Model):
    """ValidatorUnstakePreview contains the per-validator breakdown for an unstake preview.

    Used in: `PreviewUnstakeResponse.validators`.

    Attributes:
        validator_address (str): Public address of the validator being unstaked from.
        estimated_unstaking_amount (Decimal | None):
            Estimated amount that would be unstaked from this validator (in ETH).
        unstake_time_estimate_in_hours (float):
            Estimated time until this validator's unstake completes, in hours.
        estimated_unstake_date (str):
            Estimated date when this validator's unstake will complete (ISO 8601).
    """

    validator_address: str = ""
    estimated_unstaking_amount: Decimal | None = None
    unstake_time_estimate_in_hours: float = 0.0
    estimated_unstake_date: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ValidatorUnstakingInfo(Model):
    """ValidatorUnstakingInfo: not described in the spec.

    Used in: `GetUnstakingStatusResponse.validators`.

    Attributes:
        validator_address (str): The validator address (public key).
        statuses (list[UnstakingStatus]): List of active unstaking requests for this validator.
    """

    validator_address: str = ""
    statuses: list[UnstakingStatus] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Wallet(Model):
    """Wallet: not described in the spec.

    Used in: `GetWalletResponse.wallet`, `GetWalletsResponse.wallets`.

    Attributes:
        id (str): The unique UUID for the wallet.
        name (str): The name of the wallet.
        symbol (str): The asset stored in the wallet.
        type (WalletType): Indicates the wallet type.
        created_at (datetime | None): The UTC timestamp when this wallet was created.
        address (str): The active address of the wallet.
        visibility (WalletVisibility): Not described in the spec.
        network (Network | None): Not described in the spec.
    """

    id: str = ""
    name: str = ""
    symbol: str = ""
    type: WalletType = WalletType.UNSPECIFIED
    created_at: datetime | None = None
    address: str = ""
    visibility: WalletVisibility = WalletVisibility.UNSPECIFIED
    network: Network | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class WalletClaimRewardsInputs(Model):
    """WalletClaimRewardsInputs contains the custom inputs for claim rewards operations on a
    wallet. Requirements and supported fields vary by asset type.

    Used in: `StakingClaimRewardsRequest.inputs`.

    Attributes:
        amount (Decimal | None):
            Optional amount to claim rewards (ETH only). If omitted, the wallet will claim the
            maximum amount available.
    """

    amount: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class WalletCryptoDepositInstructions(Model):
    """WalletCryptoDepositInstructions: not described in the spec.

    Used in: `GetWalletDepositInstructionsResponse.crypto_instructions`.

    Attributes:
        id (str): The ID of the wallet.
        name (str): The name of the wallet.
        type (WalletDepositInstructionType): Indicates the wallet's deposit instruction type.
        address (str): The address of the wallet.
        account_identifier (str):
            The tag/memo of the address, if applicable -- required for certain assets (e.g. XRP,
            XLM, etc.).
        account_identifier_name (str):
            The blockchain network's terminology for the unique identifier used to identify the
            receiver of the transaction (different blockchain networks use different names, such
            as `destination_tag` or `memo`).
        network (Network | None): Not described in the spec.
    """

    id: str = ""
    name: str = ""
    type: WalletDepositInstructionType = WalletDepositInstructionType.UNSPECIFIED
    address: str = ""
    account_identifier: str = ""
    account_identifier_name: str = ""
    network: Network | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class WalletFiatDepositInstructions(Model):
    """WalletFiatDepositInstructions: not described in the spec.

    Used in: `GetWalletDepositInstructionsResponse.fiat_instructions`.

    Attributes:
        id (str): The id of the wallet.
        name (str): The name of the wallet.
        type (WalletDepositInstructionType): Indicates the wallet's deposit instruction type.
        account_number (str): The fiat account number.
        routing_number (str): The fiat routing number.
        reference_code (str): Reference code to be used as a memo/description.
    """

    id: str = ""
    name: str = ""
    type: WalletDepositInstructionType = WalletDepositInstructionType.UNSPECIFIED
    account_number: str = ""
    routing_number: str = ""
    reference_code: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class WalletStakeInputs(Model):
    """WalletStakeInputs contains the custom inputs for staking operations on a wallet.
    Requirements and supported fields vary by asset type.

    Used in: `StakingInitiateRequest.inputs`.

    Attributes:
        amount (Decimal | None):
            Optional amount to stake (ETH only). If omitted, the wallet will stake the maximum
            amount available.
        validator_address (str):
            Optional validator address, defaults to Coinbase validator. For SOL, must be the
            vote account address. Ignored for ETH.
        end_date (str): Optional delegation end date in ISO date format (e.g. 2026-07-15). Required for
            AVAX; minimum 14-day delegation period applies.
    """

    amount: Decimal | None = None
    validator_address: str = ""
    end_date: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class WalletStakingMetadata(Model):
    """WalletStakingMetadata contains optional metadata for wallet staking requests. external_id
    tags the discrete TWS transaction stake/unstake create; automatic reward crediting (e.g. SOL
    inflation) does not produce one. StakingClaimRewardsRequest intentionally omits this field;
    add metadata to claim rewards only if a supported network's claim flow creates a discrete
    TWS transaction clients need to tag.

    Used in: `StakingInitiateRequest.metadata`, `StakingUnstakeRequest.metadata`.

    Attributes:
        external_id (str):
            An optional custom identifier (up to 255 bytes) to attach to the transaction. This
            is not a searchable transaction field. Retries with the same idempotency_key must
            use the same external_id; a differing value on retry will be silently ignored.
    """

    external_id: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class WalletUnstakeInputs(Model):
    """WalletUnstakeInputs contains the custom inputs for unstaking operations on a wallet.
    Requirements and supported fields vary by asset type.

    Used in: `StakingUnstakeRequest.inputs`.

    Attributes:
        amount (Decimal | None):
            Optional amount to unstake (ETH only). If omitted, the wallet will unstake the
            maximum amount available.
        validator_allocations (list[ValidatorAllocation]):
            (Alpha) Optional validator-level allocations for ETH V2 unstaking. Allows specifying
            which validators to unstake from and how much. This feature is in alpha. Please
            reach out to your Coinbase Prime account manager for more information.
        validator_address (str):
            Optional validator address to unstake from. Only supported for a subset of
            protocols.
    """

    amount: Decimal | None = None
    validator_allocations: list[ValidatorAllocation] = attrs.Factory(list)
    validator_address: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Web3Asset(Model):
    """Web3Asset: not described in the spec.

    Used in: `Web3Balance.asset`.

    Attributes:
        network (str): Network this asset is on (ie "ethereum-mainnet").
        contract_address (str): Contract Address of this asset (empty for native assets).
        symbol (str): Symbol of this asset.
        token_id (str): Token ID of this asset (empty for non  NFT assets).
        name (str): Name of this asset, either the name of the crypto token or the NFT collection name.
    """

    network: str = ""
    contract_address: str = ""
    symbol: str = ""
    token_id: str = ""
    name: str = ""


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Web3Balance(Model):
    """Web3Balance: not described in the spec.

    Used in: `ListWeb3WalletBalancesResponse.balances`.

    Attributes:
        asset (Web3Asset | None): Not described in the spec.
        amount (Decimal | None): The total amount in whole units with full precision.
        visibility_status (VisibilityStatus): - UNKNOWN_VISIBILITY_STATUS: nil
            - VISIBLE: Visible
            - HIDDEN: Hidden
            - SPAM: Spam.
    """

    asset: Web3Asset | None = None
    amount: Decimal | None = None
    visibility_status: VisibilityStatus = VisibilityStatus.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Web3TransactionMetadata(Model):
    """Web3TransactionMetadata: not described in the spec.

    Used in: `TransactionMetadata.web3_transaction_metadata`.

    Attributes:
        label (str): The transaction type label of the confirmed transaction post settlement.
        confirmed_asset_changes (list[AssetChange]): The confirmed asset changes (onchain).
    """

    label: str = ""
    confirmed_asset_changes: list[AssetChange] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class WithdrawalPower(Model):
    """WithdrawalPower: not described in the spec.

    Used in: `GetWithdrawalPowerResponse.withdrawal_power`.

    Attributes:
        symbol (str): The currency symbol.
        amount (Decimal | None): Withdrawal power.
    """

    symbol: str = ""
    amount: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class XMLiquidatedAsset(Model):
    """XMLiquidatedAsset provides per-asset detail for a liquidation

    Used in: `XMLiquidationDetail.asset_breakdown`.

    Attributes:
        asset (str): Asset currency.
        liquidated_amount (Decimal | None): Amount (nominal) of the asset that has been liquidated.
        liquidated_notional (Decimal | None): USD notional value of the liquidated amount.
        remaining_amount (Decimal | None): Amount (nominal) of the asset remaining to be liquidated.
        remaining_notional (Decimal | None): USD notional value of the remaining amount.
    """

    asset: str = ""
    liquidated_amount: Decimal | None = None
    liquidated_notional: Decimal | None = None
    remaining_amount: Decimal | None = None
    remaining_notional: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class XMLiquidationDetail(Model):
    """XMLiquidationDetail provides detailed information about a single XM liquidation

    Used in: `GetXMLiquidationResponse.liquidation`.

    Attributes:
        liquidation_id (str): Financing liquidation UUID.
        status (XMLiquidationStatus): XMLiquidationStatus is the current status of an XM liquidation.
        shortfall_amount (Decimal | None): USD notional shortfall amount that triggered the liquidation.
        pre_liquidation_start_time (datetime | None): Timestamp when the pre-liquidation phase started.
        margin_summary (XMSummary | None):
            XMSummary is the realtime evaluated XM margin model, containing positions and
            netting info.
        liquidation_start_time (datetime | None): Timestamp when active liquidation started.
        filled_amount (Decimal | None): USD notional amount that has been filled so far.
        remaining_amount (Decimal | None): USD notional amount remaining to be liquidated.
        liquidation_finish_time (datetime | None): Timestamp when the liquidation finished.
        asset_breakdown (list[XMLiquidatedAsset]): Per-asset breakdown of liquidated amounts.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class XMLiquidationSummary(Model):
    """XMLiquidationSummary provides a summary of a single XM liquidation

    Used in: `ListXMLiquidationsResponse.liquidations`.

    Attributes:
        liquidation_id (str): Financing liquidation UUID.
        status (XMLiquidationStatus): XMLiquidationStatus is the current status of an XM liquidation.
        shortfall_amount (Decimal | None): USD notional shortfall amount that triggered the liquidation.
        filled_amount (Decimal | None): USD notional amount that has been filled so far.
        remaining_amount (Decimal | None): USD notional amount remaining to be liquidated.
        created_at (datetime | None): Timestamp when the liquidation was created.
        completed_at (datetime | None): Timestamp when the liquidation was completed.
    """

    liquidation_id: str = ""
    status: XMLiquidationStatus = XMLiquidationStatus.UNSPECIFIED
    shortfall_amount: Decimal | None = None
    filled_amount: Decimal | None = None
    remaining_amount: Decimal | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class XMLoan(Model):
    """XMLoan contains details about a Cross Margin loan

    Used in: `CrossMarginOverview.active_loans`.

    Attributes:
        loan_id (str): Financing loan UUID.
        loan_party (XMParty): XMParty is a specific Cross Margin trading venue.
        principal_currency (str): Loan principal currency.
        principal_currency_market_price (Decimal | None): Loan principal currency market price.
        initial_principal_amount (Decimal | None): Principal amount (nominal) as of loan initiation.
        outstanding_principal_amount (Decimal | None): Current outstanding amount (nominal).
        created_at (datetime | None): Timestamp when the loan was created / initiated.
        updated_at (datetime | None): Timestamp when the loan was last updated.
    """

    loan_id: str = ""
    loan_party: XMParty = XMParty.UNSPECIFIED
    principal_currency: str = ""
    principal_currency_market_price: Decimal | None = None
    initial_principal_amount: Decimal | None = None
    outstanding_principal_amount: Decimal | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class XMMarginCall(Model):
    """XMMarginCall contains details about a margin call in Cross Margin

    Used in: `CrossMarginOverview.active_margin_calls`.

    Attributes:
        margin_call_id (str): Financing margin call UUID.
        currency (str): Margin call currency.
        initial_notional_amount (Decimal | None): Call amount (notional) as of the margin call creation.
        outstanding_notional_amount (Decimal | None): Current outstanding call amount (notional).
        margin_call_type (XMCallType): XMCallType is the type of margin call.
        margin_call_status (XMCallStatus): XMCallStatus is the current status of the margin call.
        called_with_margin_level (XMMarginLevel):
            XMMarginLevel is the realtime state of EQ/MR and MR-EQ monitored against XM
            thresholds as defined in the methodology.
        called_with_margin_summary (XMSummary | None):
            XMSummary is the realtime evaluated XM margin model, containing positions and
            netting info.
        due_at (datetime | None): Timestamp when the margin call settlement is due.
        created_at (datetime | None): Timestamp when the margin call was created.
        updated_at (datetime | None): Timestamp when the margin call was last updated.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class XMPosition(Model):
    """XMPosition

    Used in: `XMRiskNettingInfo.xm_positions`.

    Attributes:
        currency (str): Position currency.
        market_price (Decimal | None): Current market price.
        margin_eligible (bool): True if margin eligible, false otherwise.
        market_cap (Decimal | None): Total market capitalization.
        adv30_days (Decimal | None): Average daily volume calculated over a 30-day period.
        hist5d_vol (Decimal | None): Historic volatility calculated over a 5-day period.
        hist30d_vol (Decimal | None): Historic volatility calculated over a 30-day period.
        hist90d_vol (Decimal | None): Historic volatility calculated over a 90-day period.
        margin_requirement (Decimal | None): Base margin requirement for the specific asset.
        spot_balance (Decimal | None): XM spot balance nominal.
        spot_balance_notional (Decimal | None): XM spot balance notional.
        spot_total_position_margin (Decimal | None): Pre-netted spot total position margin.
        futures_balance (Decimal | None): XM futures balance nominal.
        futures_balance_notional (Decimal | None): XM futures balance notional.
        futures_total_position_margin (Decimal | None): Pre-netted futures total position margin.
        gmv_basis (Decimal | None): Basis GMV = |futures| + |spot| - |unnetted position|.
        base_requirement (Decimal | None): Base margin requirement notional.
        liq_shorts_add_on (Decimal | None): Effective liquidity add-on for the short positions.
        liq_longs_add_on (Decimal | None): Effective liquidity add-on for the long positions.
        vol_shorts_add_on (Decimal | None): Effective volatility add-on for the short positions.
        vol_longs_add_on (Decimal | None): Effective volatility add-on for the long positions.
        vol5days_add_on (Decimal | None): 5-day volatility add-on.
        vol30days_add_on (Decimal | None): 30-day volatility add-on.
        vol90days_add_on (Decimal | None): 90-day volatility add-on.
        total_position_margin (Decimal | None): Total margin required.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class XMRiskNettingInfo(Model):
    """XMRiskNettingInfo: not described in the spec.

    Used in: `XMSummary.risk_netting_info`.

    Attributes:
        dco_margin_requirement (Decimal | None):
            Derivatives Clearing Organization Margin Requirement (DMR) is the margin requirement
            for all futures positions, derived from the Derivatives Clearing Organization model.
        portfolio_margin_requirement (Decimal | None):
            Portfolio Margin Requirement (PMR) is the margin requirement for all spot positions,
            derived from the XM model.
        integrated_portfolio_margin_requirement (Decimal | None):
            Integrated Portfolio Margin Requirement (IPMR) is the margin requirement for all
            spot positions + futures positions with underlying assets eligible in Portfolio
            Margin, via the XM model with one-leg netting.
        ineligible_futures_margin_requirement (Decimal | None):
            Ineligible Futures Margin Requirement (IFMR) is the margin requirement for
            IPMR-ineligible futures contracts.
        position_margin_requirement (Decimal | None):
            Position margin requirement for all spot positions.
        portfolio_margin_addon (Decimal | None): Portfolio margin addon for all spot positions.
        integrated_position_margin_requirement (Decimal | None):
            Position margin requirement for spot + futures positions.
        integrated_portfolio_margin_addon (Decimal | None):
            Portfolio margin addon for spot + futures positions.
        netted_futures_notional (Decimal | None): Post-netting USD notional for all futures positions.
        total_gmv_basis (Decimal | None):
            Total basis gross market value of all XM-eligible positions (i.e. crypto
            underliers).
        ipm_cash_balance (Decimal | None): Integrated Portfolio Margin cash balance.
        integrated_scenario_addon (MarginAddOn | None): Not described in the spec.
        all_integrated_scenario_addons (list[MarginAddOn]): All integrated scenario add-ons.
        xm_positions (list[XMPosition]): Netted positions used in the model calculation.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class XMSummary(Model):
    """XMSummary is the realtime evaluated XM margin model, containing positions and netting info

    Used in: `CrossMarginOverview.margin_summary`, `XMLiquidationDetail.margin_summary`,
    `XMMarginCall.called_with_margin_summary`.

    Attributes:
        margin_requirement (Decimal | None): Cross Margin Margin Requirement (XMMR) notional.
        account_equity (Decimal | None): Equity notional.
        margin_excess_shortfall (Decimal | None): Equity - XMMR (margin excess is > 0).
        consumed_credit (Decimal | None): Credit consumed from Cross Margin Credit Limit (XMCL).
        xm_credit_limit (Decimal | None):
            XM Credit Limit (XMCL) is the maximum notional USD of total fiat and digital asset
            loans.
        xm_margin_limit (Decimal | None): XM Margin Limit (XMML) is the maximum notional USD deficit.
        spot_equity (Decimal | None): Equity attributed by spot.
        futures_equity (Decimal | None): Equity attributed by futures.
        risk_netting_info (XMRiskNettingInfo | None): Not described in the spec.
    """

    margin_requirement: Decimal | None = None
    account_equity: Decimal | None = None
    margin_excess_shortfall: Decimal | None = None
    consumed_credit: Decimal | None = None
    xm_credit_limit: Decimal | None = None
    xm_margin_limit: Decimal | None = None
    spot_equity: Decimal | None = None
    futures_equity: Decimal | None = None
    risk_netting_info: XMRiskNettingInfo | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ProtobufAny(Model):
    """`Any` contains an arbitrary serialized protocol buffer message along with a URL that
    describes the type of the serialized message.

    Protobuf library provides support to pack/unpack Any values in the form of utility functions
    or additional generated methods of the Any type.

    Example 1: Pack and unpack a message in C++.

    Foo foo = ...; Any any; any.PackFrom(foo); ... if (any.UnpackTo(&foo)) { ... }

    Example 2: Pack and unpack a message in Java.

    Foo foo = ...; Any any = Any.pack(foo); ... if (any.is(Foo.class)) { foo =
    any.unpack(Foo.class); } // or ... if (any.isSameTypeAs(Foo.getDefaultInstance())) { foo =
    any.unpack(Foo.getDefaultInstance()); }

    Example 3: Pack and unpack a message in Python.

    foo = Foo(...) any = Any() any.Pack(foo) ... if any.Is(Foo.DESCRIPTOR): any.Unpack(foo) ...

    Example 4: Pack and unpack a message in Go

    foo := &pb.Foo{...} any, err := anypb.New(foo) if err != nil { ... } ... foo := &pb.Foo{} if
    err := any.UnmarshalTo(foo); err != nil { ... }

    The pack methods provided by protobuf library will by default use
    'type.googleapis.com/full.type.name' as the type URL and the unpack methods only use the
    fully qualified type name after the last '/' in the type URL, for example
    "foo.bar.com/x/y.z" will yield type name "y.z".

    JSON ==== The JSON representation of an `Any` value uses the regular representation of the
    deserialized, embedded message, with an additional field `@type` which contains the type
    URL. Example:

    package google.profile; message Person { string first_name = 1; string last_name = 2; }

    { "@type": "type.googleapis.com/google.profile.Person", "firstName": <string>, "lastName":
    <string> }

    If the embedded message type is well-known and has a custom JSON representation, that
    representation will be embedded adding a field `value` which holds the custom JSON in
    addition to the `@type` field. Example (for message [google.protobuf.Duration][]):

    { "@type": "type.googleapis.com/google.protobuf.Duration", "value": "1.212s" }

    Used in: `RpcStatus.details`.

    Attributes:
        type (str): A URL/resource name that uniquely identifies the type of the serialized protocol
            buffer message. This string must contain at least one "/" character. The last
            segment of the URL's path must represent the fully qualified name of the type (as in
            `path/google.protobuf.Duration`). The name should be in a canonical form (e.g.,
            leading "." is not accepted).

            In practice, teams usually precompile into the binary all types that they expect it
            to use in the context of Any. However, for URLs which use the scheme `http`,
            `https`, or no scheme, one can optionally set up a type server that maps type URLs
            to message definitions as follows:

            * If no scheme is provided, `https` is assumed.
            * An HTTP GET on the URL must yield a [google.protobuf.Type][]
            value in binary format, or produce an error.
            * Applications are allowed to cache lookup results based on the
            URL, or have them precompiled into a binary to avoid any lookup. Therefore, binary
            compatibility needs to be preserved on changes to types. (Use versioned type names
            to manage breaking changes.)

            Note: this functionality is not currently available in the official protobuf
            release, and it is not used for type URLs beginning with type.googleapis.com. As of
            May 2023, there are no widely used type server implementations and no plans to
            implement one.

            Schemes other than `http`, `https` (or the empty scheme) might be used with
            implementation specific semantics. On the wire: `@type`.
    """

    type: str = attrs.field(default="", metadata={'wire': '@type'})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class RpcStatus(Model):
    """RpcStatus: not described in the spec.

    Attributes:
        code (int): Not described in the spec.
        message (str): Not described in the spec.
        details (list[ProtobufAny]): Not described in the spec.
    """

    code: int = 0
    message: str = ""
    details: list[ProtobufAny] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class Date(Model):
    """Represents a whole or partial calendar date, such as a birthday. The time of day and time
    zone are either specified elsewhere or are insignificant. The date is relative to the
    Gregorian Calendar. This can represent one of the following:

    * A full date, with non-zero year, month, and day values.
    * A month and day, with a zero year (for example, an anniversary).
    * A year on its own, with a zero month and a zero day.
    * A year and month, with a zero day (for example, a credit card expiration
    date).

    Related types:

    * [google.type.TimeOfDay][google.type.TimeOfDay]
    * [google.type.DateTime][google.type.DateTime]
    * [google.protobuf.Timestamp][google.protobuf.Timestamp]

    Used in: `TravelRuleParty.date_of_birth`.

    Attributes:
        year (int): Year of the date. Must be from 1 to 9999, or 0 to specify a date without a year.
        month (int): Month of a year. Must be from 1 to 12, or 0 to specify a year without a month and
            day.
        day (int): Day of a month. Must be from 1 to 31 and valid for the year and month, or 0 to
            specify a year by itself or a year and month where the day isn't significant.
    """

    year: int = 0
    month: int = 0
    day: int = 0


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateAllocationRequest(Model):
    """CreateAllocationRequest: not described in the spec.

    Used in: the body `allocations.create_allocation()` sends.

    Attributes:
        allocation_id (str | None): The ID of the allocation.
        source_portfolio_id (str | None): The source portfolio id for the allocation.
        product_id (str | None): The product for the allocation.
        order_ids (list[str] | None): The list of order ids in the allocation.
        allocation_legs (list[AllocationLeg] | None): The list of allocation_legs for the allocation.
        size_type (AllocationSizeType | None): Not described in the spec.
        remainder_destination_portfolio (str | None):
            The portfolio where to allocate the remainder of the size.
    """

    allocation_id: str | None = None
    source_portfolio_id: str | None = None
    product_id: str | None = None
    order_ids: list[str] | None = None
    allocation_legs: list[AllocationLeg] | None = None
    size_type: AllocationSizeType | None = None
    remainder_destination_portfolio: str | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateNetAllocationRequest(Model):
    """CreateNetAllocationRequest: not described in the spec.

    Used in: the body `allocations.create_net_allocation()` sends.

    Attributes:
        source_portfolio_id (str | None): The source portfolio id for the allocation.
        product_id (str | None): The product for the allocation.
        order_ids (list[str] | None): The list of order ids in the allocation.
        allocation_legs (list[AllocationLeg] | None): The list of allocation_legs for the allocation.
        size_type (AllocationSizeType | None): Not described in the spec.
        remainder_destination_portfolio (str | None):
            The portfolio where to allocate the remainder of the size.
        netting_id (str | None): The ID to identify an in-flight net allocation.
    """

    source_portfolio_id: str | None = None
    product_id: str | None = None
    order_ids: list[str] | None = None
    allocation_legs: list[AllocationLeg] | None = None
    size_type: AllocationSizeType | None = None
    remainder_destination_portfolio: str | None = None
    netting_id: str | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetDerivativePositionsResponse(Model):
    """GetDerivativePositionsResponse: not described in the spec.

    Used in: what `futures.get_derivative_positions()` returns.

    Attributes:
        positions (list[DerivativePosition]): The portfolio's active derivative positions.
    """

    positions: list[DerivativePosition] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class DerivativePosition(Model):
    """A single derivative position across all derivative product types.

    Used in: `GetDerivativePositionsResponse.positions`.

    Attributes:
        product_id (str): Product ID.
        side (FcmPositionSide): Not described in the spec.
        number_of_contracts (Decimal | None): Number of contracts.
        daily_realized_pnl (Decimal | None): Daily realized PNL.
        unrealized_pnl (Decimal | None): Unrealized PNL.
        current_price (Decimal | None): Current price of position.
        avg_entry_price (Decimal | None): Average entry price.
        expiration_time (datetime | None): Expiration time of position.
        product_type (DerivativeProductType): The general type of a derivative product.
        currency (str): Settlement currency.
        options_details (OptionsDetails | None):
            Options-specific details for a derivative position, including greeks.
        venue_id (str): Venue ID of the position.
        funding_pnl (Decimal | None): Funding PNL, populated only for perpetual futures positions.
    """

    product_id: str = ""
    side: FcmPositionSide = FcmPositionSide.UNSPECIFIED
    number_of_contracts: Decimal | None = None
    daily_realized_pnl: Decimal | None = None
    unrealized_pnl: Decimal | None = None
    current_price: Decimal | None = None
    avg_entry_price: Decimal | None = None
    expiration_time: datetime | None = None
    product_type: DerivativeProductType = DerivativeProductType.UNSPECIFIED
    currency: str = ""
    options_details: OptionsDetails | None = None
    venue_id: str = ""
    funding_pnl: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class OptionsDetails(Model):
    """Options-specific details for a derivative position, including greeks.

    Used in: `DerivativePosition.options_details`.

    Attributes:
        delta (Decimal | None): Delta greek.
        gamma (Decimal | None): Gamma greek.
        theta (Decimal | None): Theta greek.
        vega (Decimal | None): Vega greek.
        strike (Decimal | None): Strike price.
        option_type (OptionType): The type of an option position.
    """

    delta: Decimal | None = None
    gamma: Decimal | None = None
    theta: Decimal | None = None
    vega: Decimal | None = None
    strike: Decimal | None = None
    option_type: OptionType = OptionType.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetDerivativesCurrencySummaryResponse(Model):
    """GetDerivativesCurrencySummaryResponse: not described in the spec.

    Used in: what `futures.get_derivatives_currency_summary()` returns.

    Attributes:
        portfolio_id (str): Portfolio ID.
        balances (list[DerivativesCurrencyBalance]):
            The portfolio's derivatives balances, one per settlement currency.
    """

    portfolio_id: str = ""
    balances: list[DerivativesCurrencyBalance] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class DerivativesCurrencyBalance(Model):
    """Balances for a single settlement currency within an international derivatives portfolio.

    Used in: `GetDerivativesCurrencySummaryResponse.balances`.

    Attributes:
        currency (str): Settlement currency.
        balance (Decimal | None): Cash balance for the currency.
        unrealized_pnl (Decimal | None): Unrealized PNL.
        realized_pnl (Decimal | None): Realized PNL.
        initial_margin (Decimal | None): Initial margin.
        maintenance_margin (Decimal | None): Maintenance margin.
        margin_balance (Decimal | None): Margin balance for the currency.
        option_value (Decimal | None): Option value for the currency.
        margin_excess (Decimal | None):
            Margin excess for the currency (negative indicates a margin deficit).
        margin_utilization (Decimal | None): Margin utilization for the currency, as a percentage.
        margin_health_state (FcmMarginHealthState): The margin health state of an FCM account.
    """

    currency: str = ""
    balance: Decimal | None = None
    unrealized_pnl: Decimal | None = None
    realized_pnl: Decimal | None = None
    initial_margin: Decimal | None = None
    maintenance_margin: Decimal | None = None
    margin_balance: Decimal | None = None
    option_value: Decimal | None = None
    margin_excess: Decimal | None = None
    margin_utilization: Decimal | None = None
    margin_health_state: FcmMarginHealthState = FcmMarginHealthState.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetEntityRewardsRateResponse(Model):
    """GetEntityRewardsRateResponse: not described in the spec.

    Used in: what `financing.get_entity_rewards_rate()` returns.

    Attributes:
        current_rate (Decimal | None): The rate that applies now.
        available_rates (list[RewardsRateTier]): The rate card's tiers.
    """

    current_rate: Decimal | None = None
    available_rates: list[RewardsRateTier] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class GetPortfolioRewardsRateResponse(Model):
    """GetPortfolioRewardsRateResponse: not described in the spec.

    Used in: what `financing.get_portfolio_rewards_rate()` returns.

    Attributes:
        current_rate (Decimal | None): The rate that applies now.
        available_rates (list[RewardsRateTier]): The rate card's tiers.
    """

    current_rate: Decimal | None = None
    available_rates: list[RewardsRateTier] = attrs.Factory(list)


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class RewardsRateTier(Model):
    """RewardsRateTier is a single tier in the rewards rate card.

    Used in: `GetEntityRewardsRateResponse.available_rates`,
    `GetPortfolioRewardsRateResponse.available_rates`.

    Attributes:
        rate (Decimal | None): Rate for this tier.
        lower_limit (Decimal | None):
            Lower bound of the tier's qualifying criteria (e.g. balance floor).
        upper_limit (Decimal | None): Upper bound of the tier's qualifying criteria.
        criteria_type (RewardsRateTierType):
            RewardsRateTierType describes what a rewards rate tier is scoped by.
    """

    rate: Decimal | None = None
    lower_limit: Decimal | None = None
    upper_limit: Decimal | None = None
    criteria_type: RewardsRateTierType = RewardsRateTierType.UNSPECIFIED


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class UpdateFundingSettingsRequest(Model):
    """Request body of UpdateFundingSettings: Update Funding Settings.

    Used in: the body `financing.update_funding_settings()` sends.

    Attributes:
        designated_funding_portfolio_id (str):
            Set the Derivatives Funding Portfolio that will be used to fund FCM margin calls and
            receive excess margin sweeps. Only one portfolio per entity.
        automatic_conversion_enabled (bool):
            When true, USDC in your Derivatives Funding Portfolio will be converted to USD to
            meet FCM margin calls (Auto-Convert USDC).
        automatic_loan_enabled (bool | None):
            Deprecated: Auto-Initiate Loans is now always enabled for Financing customers. Any
            value sent for this field is ignored.
        automatic_excess_return_enabled (bool):
            When true, any FCM account balance above your margin requirements will be
            automatically swept back to your Derivatives funding portfolio. (Auto-Return Excess
            Margin).
        excess_funds_target_amount (Decimal):
            Weekend Buying Power: Setting a target amount to maintain in your Futures account
            above margin requirements. You can only withdraw funds in excess of this amount.
    """

    designated_funding_portfolio_id: str
    automatic_conversion_enabled: bool
    automatic_excess_return_enabled: bool
    excess_funds_target_amount: Decimal
    automatic_loan_enabled: bool | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class SetAutoSweepRequest(Model):
    """Request body of SetAutoSweep: Set Auto Sweep.

    Used in: the body `futures.set_auto_sweep()` sends.

    Attributes:
        auto_sweep (bool): Auto sweep status, default to false.
    """

    auto_sweep: bool


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class SetFcmSettingsRequest(Model):
    """Request body of SetFcmSettings: Set FCM Settings.

    Used in: the body `futures.set_fcm_settings()` sends.

    Attributes:
        target_derivatives_excess (Decimal | None):
            Target CFM Excess amount to set. Only non-negative number is allowed.
    """

    target_derivatives_excess: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ScheduleFuturesSweepRequest(Model):
    """Request body of ScheduleFuturesSweep: Schedule Entity Futures Sweep.

    Used in: the body `futures.schedule_futures_sweep()` sends.

    Attributes:
        amount (Decimal | None): Amount. Default to sweep all if not provided.
        currency (str): Currency. Required.
    """

    currency: str
    amount: Decimal | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class AcceptQuoteRequest(Model):
    """Request body of AcceptQuote: Accept Quote.

    Used in: the body `orders.accept_quote()` sends.

    Attributes:
        product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).
        side (OrderSide): Order side.
        client_order_id (str):
            A client-generated ID used for reference purposes (note: order will be rejected if
            this ID is not unique among all currently active orders).
        quote_id (str): A quote id that was returned from the quote request.
        settl_currency (str | None): Not described in the spec.
    """

    product_id: str
    side: OrderSide
    client_order_id: str
    quote_id: str
    settl_currency: str | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreatePortfolioAddressBookEntryRequest(Model):
    """Request body of CreatePortfolioAddressBookEntry: Create Address Book Entry.

    Used in: the body `address_book.create_portfolio_address_book_entry()` sends.

    Attributes:
        address (str): Crypto address to add.
        currency_symbol (str): Currency symbol of address to add.
        name (str): Name of address book entry.
        account_identifier (str | None): Account Identifier (memo/destination tag).
        chain_ids (list[str] | None): List of compatible chain IDs for the address, empty for Solana.
    """

    address: str
    currency_symbol: str
    name: str
    account_identifier: str | None = None
    chain_ids: list[str] | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateAdvancedTransferRequest(Model):
    """Request body of CreateAdvancedTransfer: Create Advanced Transfer.

    Used in: the body `advanced_transfers.create_advanced_transfer()` sends.

    Attributes:
        advanced_transfer (AdvancedTransfer):
            AdvancedTransfer represents a complex transfer operation such as a blind match
            settlement.
    """

    advanced_transfer: AdvancedTransfer


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CancelAdvancedTransferRequest(Model):
    """Request body of CancelAdvancedTransfer: Cancel Advanced Transfer.

    Used in: the body `advanced_transfers.cancel_advanced_transfer()` sends.
    """


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateNewLocatesRequest(Model):
    """Request body of CreateNewLocates: Create New Locates.

    Used in: the body `financing.create_new_locates()` sends.

    Attributes:
        symbol (str): Currency symbol.
        amount (Decimal): Locate Amount.
        conversion_date (str | None): Deprecated: Use locate_date instead.
        locate_date (str | None): The target date of the locate (YYYY-MM-DD).
    """

    symbol: str
    amount: Decimal
    conversion_date: str | None = None
    locate_date: str | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class UpdateOnchainAddressGroupRequest(Model):
    """Request body of UpdateOnchainAddressGroup: Update Onchain Address Book Entry.

    Used in: the body `onchain_address_book.update_onchain_address_group()` sends.

    Attributes:
        address_group (AddressGroup): Not described in the spec.
    """

    address_group: AddressGroup


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateOnchainAddressGroupRequest(Model):
    """Request body of CreateOnchainAddressGroup: Create Onchain Address Book Entry.

    Used in: the body `onchain_address_book.create_onchain_address_group()` sends.

    Attributes:
        address_group (AddressGroup): Not described in the spec.
    """

    address_group: AddressGroup


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateOrderRequest(Model):
    """Request body of CreateOrder: Create Order.

    Used in: the body `orders.create_order()` sends.

    Attributes:
        product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).
        side (OrderSide): Order side.
        client_order_id (str): A client-generated order ID used for reference purposes.
        type (OrderType): Strategy (execution algorithm).
        base_quantity (Decimal | None):
            Order size in base asset units (either `base_quantity` or `quote_value` is
            required).
        quote_value (Decimal | None):
            Order size in quote asset units, i.e. the amount the user wants to spend (when
            buying) or receive (when selling); the quantity in base units will be determined
            based on the market liquidity and indicated `quote_value` (either `base_quantity` or
            `quote_value` is required).
        limit_price (Decimal | None):
            The limit price (required for TWAP, VWAP, LIMIT, and STOP_LIMIT orders).
        start_time (datetime | None): The start time of the order in UTC (TWAP only).
        expiry_time (datetime | None):
            The expiry time of the order in UTC (TWAP, VWAP, LIMIT, and STOP_LIMIT GTD only).
        time_in_force (TimeInForceType | None): Indicates the order time validity.
        stp_id (str | None):
            An optional self trade prevention id (in the form of a UUID). The value is only
            honored for certain clients who are permitted to specify a custom self trade
            prevention id.
        display_quote_size (Decimal | None):
            Optionally specify a display size. This is the maximum order size that will show up
            on venue order books. Specifying a value here effectively makes a LIMIT order into
            an "iceberg" style order. This property only applies to LIMIT orders and will be
            ignored for other order types.
        display_base_size (Decimal | None): Not described in the spec.
        is_raise_exact (bool | None): Not described in the spec.
        historical_pov (Decimal | None): Historical percentage of volume.
        stop_price (Decimal | None):
            Specifies the stop price at which the order activates. The order is activated if the
            last trade price on Coinbase Exchange crosses the stop price specified on the order.
        settl_currency (str | None): The currency in which the settlement will be made.
        post_only (bool | None):
            Post-only flag - when true, the order will only be posted to the order book and not
            immediately matched. Only applicable to LIMIT orders with GTC or GTD time in force.
        peg_offset_type (PegOffsetType | None): Peg offset type for PEG orders.
        offset (Decimal | None):
            Offset value for PEG orders. 0 means peg to BBO. Only non-negative values are
            allowed (PEG orders only).
        wig_level (Decimal | None):
            WIG (Would if Good) level - the best price a pegged order would be placed on venues,
            opposite to limit_price (PEG orders only).
        is_buy_exact (bool | None):
            Buy Exact order flag. When true, fees for a BUY order sized in quote_value are
            charged on top of the requested quote_value instead of being carved out of it. Only
            valid for BUY orders sized in quote_value on SPOT products.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class OrderPreviewRequest(Model):
    """Request body of OrderPreview: Get Order Preview.

    Used in: the body `orders.create_order_preview()` sends.

    Attributes:
        product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).
        side (OrderSide): Order side.
        type (OrderType): Strategy (execution algorithm).
        base_quantity (Decimal | None):
            Order size in base asset units (either `base_quantity` or `quote_value` is
            required).
        quote_value (Decimal | None):
            Order size in quote asset units, i.e. the amount the user wants to spend (when
            buying) or receive (when selling); the quantity in base units will be determined
            based on the market liquidity and indicated `quote_value` (either `base_quantity` or
            `quote_value` is required).
        limit_price (Decimal | None):
            The limit price (required for TWAP, VWAP, LIMIT and STOP_LIMIT orders).
        start_time (datetime | None): The start time of the order in UTC (TWAP, VWAP only).
        expiry_time (datetime | None):
            The expiry time of the order in UTC (TWAP, VWAP, LIMIT and STOP_LIMIT GTD only).
        time_in_force (TimeInForceType | None): Indicates the order time validity.
        is_raise_exact (bool | None): Raise Exact order flag.
        historical_pov (Decimal | None): Historical percentage of volume.
        stop_price (Decimal | None):
            Specifies the stop price at which the order activates. The order is activated if the
            last trade price on Coinbase Exchange crosses the stop price specified on the order.
        settl_currency (str | None): The currency in which the settlement will be made.
        postOnly (bool | None): Specifies whether the order is treated as a post only order.
        display_quote_size (Decimal | None):
            The maximum order size that will show up on venue order books (in quote currency).
        display_base_size (Decimal | None):
            The maximum order size that will show up on venue order books (in base currency).
        peg_offset_type (PegOffsetType | None): Peg offset type for PEG orders.
        offset (Decimal | None):
            Offset value for PEG orders. 0 means peg to BBO. Only non-negative values are
            allowed (PEG orders only).
        wig_level (Decimal | None):
            WIG (Would if Good) level - the best price a pegged order would be placed on venues,
            opposite to limit_price (PEG orders only).
        is_buy_exact (bool | None):
            Buy Exact order flag. When true, fees for a BUY order sized in quote_value are
            charged on top of the requested quote_value instead of being carved out of it. Only
            valid for BUY orders sized in quote_value on SPOT products.
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class EditOrderRequest(Model):
    """Request body of EditOrder: Edit Order (Beta).

    Used in: the body `orders.edit_order()` sends.

    Attributes:
        product_id (str | None): Deprecated: The product ID of the order being edited.
        orig_client_order_id (str): The client order ID of the order being edited.
        client_order_id (str): The updated version of the client order ID.
        base_quantity (Decimal | None):
            Order size in base asset units (either `base_quantity` or `quote_value` is
            required).
        quote_value (Decimal | None):
            Order size in quote asset units, i.e. the amount the user wants to spend (when
            buying) or receive (when selling); the quantity in base units will be determined
            based on the market liquidity and indicated `quote_value` (either `base_quantity` or
            `quote_value` is required).
        limit_price (Decimal | None):
            The limit price (required for TWAP, VWAP, LIMIT, and STOP_LIMIT orders).
        expiry_time (datetime | None):
            The expiry time of the order in UTC (TWAP, VWAP, LIMIT, and STOP_LIMIT GTD only).
        display_quote_size (Decimal | None):
            The maximum order size that will show up on venue order books. Specifying a value
            here effectively makes a LIMIT order into an "iceberg" style order.
        display_base_size (Decimal | None):
            The maximum order size that will show up on venue order books. Specifying a value
            here effectively makes a LIMIT order into an "iceberg" style order.
        stop_price (Decimal | None):
            Specifies the stop price at which the order activates. The order is activated if the
            last trade price on Coinbase Exchange crosses the stop price specified on the order.
        offset (Decimal | None):
            New peg offset value for PEG orders. 0 means peg to BBO. Only non-negative values
            are allowed. The order's peg_offset_type is immutable and is reused server-side to
            interpret this value (PEG orders only).
        wig_level (Decimal | None):
            New WIG (Would if Good) level for PEG orders - the best price a pegged order would
            be placed on venues, opposite to limit_price. Cannot be added or removed
            post-placement (PEG orders only).
    """

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


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateQuoteRequestRequest(Model):
    """Request body of CreateQuoteRequest: Create Quote Request.

    Used in: the body `orders.create_quote()` sends.

    Attributes:
        product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).
        side (OrderSide): Order side.
        client_quote_id (str): Based off of Order

            A client-generated order ID used for reference purposes (note: order will be
            rejected if this ID is not unique among all currently active orders).
        base_quantity (Decimal | None):
            Order size in base asset units (either `base_quantity` or `quote_value` is
            required).
        quote_value (Decimal | None):
            Order size in quote asset units, i.e. the amount the user wants to spend (when
            buying) or receive (when selling); the quantity in base units will be determined
            based on the market liquidity and indicated `quote_value` (either `base_quantity` or
            `quote_value` is required).
        limit_price (Decimal): The limit price.
        settl_currency (str | None): The currency in which the settlement will be made.
        quote_duration_ms (int | None):
            Optional quote timeout in milliseconds. Defaults to 3000 ms (3 seconds) if not
            specified. Maximum allowed value is 30000 ms (30 seconds); requests with a larger
            value are rejected. Mirrors FIX tag 8090 (QuoteRequestGoodForMs).
    """

    product_id: str
    side: OrderSide
    client_quote_id: str
    limit_price: Decimal
    base_quantity: Decimal | None = None
    quote_value: Decimal | None = None
    settl_currency: str | None = None
    quote_duration_ms: int | None = attrs.field(default=None, metadata={'int64': True})


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PortfolioStakingInitiateRequest(Model):
    """Request body of PortfolioStakingInitiate: Request to stake currency in a portfolio.

    Used in: the body `staking.portfolio_staking_initiate()` sends.

    Attributes:
        idempotency_key (str):
            The client generated idempotency key (uuid required) for requested execution.
            Subsequent requests using the same key will not create new transactions.
        currency_symbol (str): The currency symbol to stake.
        amount (Decimal): The quantity of the chosen currency to stake.
        metadata (PortfolioStakingMetadata | None): Not described in the spec.
    """

    idempotency_key: str
    currency_symbol: str
    amount: Decimal
    metadata: PortfolioStakingMetadata | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class ListTransactionValidatorsRequest(Model):
    """Request body of ListTransactionValidators: List Transaction Validators.

    Used in: the body `staking.list_transaction_validators()` sends.

    Attributes:
        transaction_ids (list[str]):
            List of transaction IDs to filter validators by. Maximum of 100 transaction IDs
            allowed per request.
        cursor (str | None): Cursor for pagination.
        limit (int | None):
            Maximum number of transaction-validator associations to return per page. Default is
            100, maximum is 1000.
        sort_direction (SortDirection | None): Not described in the spec.
    """

    transaction_ids: list[str]
    cursor: str | None = None
    limit: int | None = None
    sort_direction: SortDirection | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PortfolioStakingUnstakeRequest(Model):
    """Request body of PortfolioStakingUnstake: Request to unstake currency across a portfolio.

    Used in: the body `staking.portfolio_staking_unstake()` sends.

    Attributes:
        idempotency_key (str):
            The client generated idempotency key (uuid required) for requested execution.
            Subsequent requests using the same key will not create new transactions.
        currency_symbol (str): The currency symbol to unstake.
        amount (Decimal | None): The quantity of the chosen currency to unstake.
        metadata (PortfolioStakingMetadata | None): Not described in the spec.
        validator_provider (ValidatorProvider | None):
            ValidatorProvider enumerates the ETH validator service providers accepted for
            unstaking.
    """

    idempotency_key: str
    currency_symbol: str
    amount: Decimal | None = None
    metadata: PortfolioStakingMetadata | None = None
    validator_provider: ValidatorProvider | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class SubmitDepositTravelRuleDataRequest(Model):
    """Request body of SubmitDepositTravelRuleData: Submit Deposit Travel Rule Data.

    Used in: the body `travel_rule.submit_deposit_travel_rule_data()` sends.

    Attributes:
        originator (TravelRuleParty | None):
            Represents a party in a travel rule transfer (originator or beneficiary).
        beneficiary (TravelRuleParty | None):
            Represents a party in a travel rule transfer (originator or beneficiary).
        is_self (bool | None):
            True if user owns the counterparty address (self-transfer) If false, beneficiary is
            required.
        opt_out_of_ownership_verification (bool | None): True to skip wallet ownership verification.
    """

    originator: TravelRuleParty | None = None
    beneficiary: TravelRuleParty | None = None
    is_self: bool | None = None
    opt_out_of_ownership_verification: bool | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateWalletRequest(Model):
    """Request body of CreateWallet: Create Wallet.

    Used in: the body `wallets.create_wallet()` sends.

    Attributes:
        name (str): The name of the wallet.
        symbol (str):
            The asset stored in the wallet. Should not be specified when wallet_type is ONCHAIN.
        wallet_type (WalletType | None): Indicates the wallet type.
        idempotency_key (str | None): idem.
        network_family (NetworkFamily | None): Not described in the spec.
        network (Network | None): Not described in the spec.
    """

    name: str
    symbol: str
    wallet_type: WalletType | None = None
    idempotency_key: str | None = None
    network_family: NetworkFamily | None = None
    network: Network | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateWalletDepositAddressRequest(Model):
    """Request body of CreateWalletDepositAddress: Create Wallet Deposit Address.

    Used in: the body `wallets.create_wallet_deposit_address()` sends.

    Attributes:
        network_id (str):
            The network information, ie which network to retrieve the deposit address for (such
            as base-mainnet)

            The network name and type.
    """

    network_id: str


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateConversionRequest(Model):
    """Request body of CreateConversion: Create Conversion.

    Used in: the body `transactions.create_conversion()` sends.

    Attributes:
        amount (Decimal): The amount in whole units to convert.
        destination (str): The UUID of the destination wallet.
        idempotency_key (str): The idempotency key associated with this conversion.
        source_symbol (str): The currency symbol to convert from.
        destination_symbol (str): The currency symbol to convert to.
    """

    amount: Decimal
    destination: str
    idempotency_key: str
    source_symbol: str
    destination_symbol: str


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateOnchainTransactionRequest(Model):
    """Request body of CreateOnchainTransaction: Create Onchain Transaction.

    Used in: the body `transactions.create_onchain_transaction()` sends.

    Attributes:
        raw_unsigned_txn (str): Raw unsigned transaction in Hex format (Supports EVM and Solana).
        rpc (RpcConfig | None): Not described in the spec.
        evm_params (CreateOnchainTransactionRequestEvmParams | None): Not described in the spec.
    """

    raw_unsigned_txn: str
    rpc: RpcConfig | None = None
    evm_params: CreateOnchainTransactionRequestEvmParams | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class StakingClaimRewardsRequest(Model):
    """Request body of StakingClaimRewards: Claim Wallet Staking Rewards (Alpha).

    Used in: the body `staking.staking_claim_rewards()` sends.

    Attributes:
        idempotency_key (str):
            The client generated idempotency key for requested execution. Any subsequent
            requests with the same key will return the original response.
        inputs (WalletClaimRewardsInputs | None):
            WalletClaimRewardsInputs contains the custom inputs for claim rewards operations on
            a wallet. Requirements and supported fields vary by asset type.
    """

    idempotency_key: str
    inputs: WalletClaimRewardsInputs | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class StakingInitiateRequest(Model):
    """Request body of StakingInitiate: Request to stake or delegate a wallet.

    Used in: the body `staking.staking_initiate()` sends.

    Attributes:
        idempotency_key (str):
            The client generated idempotency key for requested execution. Subsequent requests
            using the same key will fail.
        inputs (WalletStakeInputs | None):
            WalletStakeInputs contains the custom inputs for staking operations on a wallet.
            Requirements and supported fields vary by asset type.
        metadata (WalletStakingMetadata | None):
            WalletStakingMetadata contains optional metadata for wallet staking requests.
            external_id tags the discrete TWS transaction stake/unstake create; automatic reward
            crediting (e.g. SOL inflation) does not produce one. StakingClaimRewardsRequest
            intentionally omits this field; add metadata to claim rewards only if a supported
            network's claim flow creates a discrete TWS transaction clients need to tag.
    """

    idempotency_key: str
    inputs: WalletStakeInputs | None = None
    metadata: WalletStakingMetadata | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class StakingUnstakeRequest(Model):
    """Request body of StakingUnstake: Request to unstake a wallet.

    Used in: the body `staking.staking_unstake()` sends.

    Attributes:
        idempotency_key (str):
            The client generated idempotency key for requested execution. Subsequent requests
            using the same key will fail.
        inputs (WalletUnstakeInputs | None):
            WalletUnstakeInputs contains the custom inputs for unstaking operations on a wallet.
            Requirements and supported fields vary by asset type.
        metadata (WalletStakingMetadata | None):
            WalletStakingMetadata contains optional metadata for wallet staking requests.
            external_id tags the discrete TWS transaction stake/unstake create; automatic reward
            crediting (e.g. SOL inflation) does not produce one. StakingClaimRewardsRequest
            intentionally omits this field; add metadata to claim rewards only if a supported
            network's claim flow creates a discrete TWS transaction clients need to tag.
    """

    idempotency_key: str
    inputs: WalletUnstakeInputs | None = None
    metadata: WalletStakingMetadata | None = None


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class PreviewUnstakeRequest(Model):
    """Request body of PreviewUnstake: Preview Unstake.

    Used in: the body `staking.preview_unstake()` sends.

    Attributes:
        amount (Decimal): Amount to preview unstaking.
    """

    amount: Decimal


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateWalletTransferRequest(Model):
    """Request body of CreateWalletTransfer: Create Transfer.

    Used in: the body `transactions.create_wallet_transfer()` sends.

    Attributes:
        amount (Decimal): The amount in whole units to send.
        destination (str): The UUID of the destination wallet.
        idempotency_key (str): The idempotency key associated with this transfer.
        currency_symbol (str): The currency symbol to transfer.
    """

    amount: Decimal
    destination: str
    idempotency_key: str
    currency_symbol: str


@records_given
@attrs.frozen(kw_only=True, weakref_slot=False)
class CreateWalletWithdrawalRequest(Model):
    """Request body of CreateWalletWithdrawal: Create Withdrawal.

    Used in: the body `transactions.create_wallet_withdrawal()` sends.

    Attributes:
        amount (Decimal): The amount in whole units of the withdrawal.
        destination_type (DestinationType): - UNKNOWN_DESTINATION: nil value
            - DESTINATION_PAYMENT_METHOD: A fiat bank account linked to a payment method id via
              Payment Method Service
            - DESTINATION_BLOCKCHAIN: A blockchain network address
            - DESTINATION_WALLET: An on platform wallet UUID
            NOTE: this is not usable in the withdrawals endpoint only transfers
            - DESTINATION_COUNTERPARTY: Counterparty ID.
        idempotency_key (str): The idempotency key associated with the withdrawal.
        currency_symbol (str): The currency symbol for the withdrawal.
        payment_method (PaymentMethodDestination | None): Not described in the spec.
        blockchain_address (BlockchainAddress | None): Not described in the spec.
        counterparty (CounterpartyDestination | None):
            Represents a destination for a counterparty payment.
        travel_rule_data (TravelRuleData | None): Data object used for withdrawals.
    """

    amount: Decimal
    destination_type: DestinationType
    idempotency_key: str
    currency_symbol: str
    payment_method: PaymentMethodDestination | None = None
    blockchain_address: BlockchainAddress | None = None
    counterparty: CounterpartyDestination | None = None
    travel_rule_data: TravelRuleData | None = None
