"""Typed signatures of the resource methods built at runtime in sync_resources.py.

Generated from spec/prime-openapi.yaml by `python -m codegen`. Do not edit by hand."""

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from typing_extensions import deprecated

from .._sync import SyncPaginator
from .._sync import SyncResource
from . import enums as e
from . import models as m

class SyncActivitiesResource(SyncResource):
    def get_activity(
        self,
        *,
        activity_id: str,
    ) -> m.GetActivityResponse:
        """Get Activity by Activity ID (GET /v1/activities/{activity_id})"""

    def get_portfolio_activity(
        self,
        *,
        portfolio_id: str,
        activity_id: str,
    ) -> m.GetPortfolioActivityResponse:
        """Get Portfolio Activity by Activity ID (GET /v1/portfolios/{portfolio_id}/activities/{activity_id})"""

    def list_entity_activities(
        self,
        *,
        entity_id: str,
        activity_level: e.ActivityLevel | str | None = None,
        symbols: Sequence[str] | None = None,
        categories: Sequence[e.ActivityCategory | str] | None = None,
        statuses: Sequence[e.ActivityStatus | str] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        get_network_unified_activities: bool | None = None,
    ) -> SyncPaginator[m.GetEntityActivitiesResponse, m.Activity]:
        """List Entity Activities (GET /v1/entities/{entity_id}/activities)"""

    def list_portfolio_activities(
        self,
        *,
        portfolio_id: str,
        symbols: Sequence[str] | None = None,
        categories: Sequence[e.ActivityCategory | str] | None = None,
        statuses: Sequence[e.ActivityStatus | str] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        get_network_unified_activities: bool | None = None,
    ) -> SyncPaginator[m.GetPortfolioActivitiesResponse, m.Activity]:
        """List Activities (GET /v1/portfolios/{portfolio_id}/activities)"""

class SyncAddressBookResource(SyncResource):
    def create_portfolio_address_book_entry(
        self,
        *,
        portfolio_id: str,
        address: str,
        currency_symbol: str,
        name: str,
        account_identifier: str | None = None,
        chain_ids: Sequence[str] | None = None,
    ) -> m.CreatePortfolioAddressBookEntryResponse:
        """Create Address Book Entry (POST /v1/portfolios/{portfolio_id}/address_book)"""

    def list_portfolio_address_book(
        self,
        *,
        portfolio_id: str,
        currency_symbol: str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.GetPortfolioAddressBookResponse, m.AddressBookEntry]:
        """Get Address Book (GET /v1/portfolios/{portfolio_id}/address_book)"""

class SyncAdvancedTransfersResource(SyncResource):
    def cancel_advanced_transfer(
        self,
        *,
        portfolio_id: str,
        advanced_transfer_id: str,
    ) -> m.CancelAdvancedTransferResponse:
        """Cancel Advanced Transfer (POST /v1/portfolios/{portfolio_id}/advanced_transfers/{advanced_transfer_id}/cancel)"""

    def create_advanced_transfer(
        self,
        *,
        portfolio_id: str,
        advanced_transfer: m.AdvancedTransfer | Mapping[str, Any],
    ) -> m.CreateAdvancedTransferResponse:
        """Create Advanced Transfer (POST /v1/portfolios/{portfolio_id}/advanced_transfers)"""

    def get_portfolio_counterparty_id(
        self,
        *,
        portfolio_id: str,
    ) -> m.GetPortfolioCounterpartyIDResponse:
        """Get Portfolio Counterparty ID (GET /v1/portfolios/{portfolio_id}/counterparty)"""

    def list_advanced_transfers(
        self,
        *,
        portfolio_id: str,
        state: e.AdvancedTransferState | str | None = None,
        type: e.AdvancedTransferType | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        reference_id: str | None = None,
    ) -> SyncPaginator[m.ListAdvancedTransfersResponse, m.AdvancedTransfer]:
        """List Advanced Transfers (GET /v1/portfolios/{portfolio_id}/advanced_transfers)"""

class SyncAllocationsResource(SyncResource):
    def create_allocation(
        self,
        *,
        allocation_id: str | None = None,
        source_portfolio_id: str | None = None,
        product_id: str | None = None,
        order_ids: Sequence[str] | None = None,
        allocation_legs: Sequence[m.AllocationLeg | Mapping[str, Any]] | None = None,
        size_type: e.AllocationSizeType | str | None = None,
        remainder_destination_portfolio: str | None = None,
    ) -> m.CreateAllocationResponse:
        """Create Portfolio Allocations (POST /v1/allocations)"""

    def create_net_allocation(
        self,
        *,
        source_portfolio_id: str | None = None,
        product_id: str | None = None,
        order_ids: Sequence[str] | None = None,
        allocation_legs: Sequence[m.AllocationLeg | Mapping[str, Any]] | None = None,
        size_type: e.AllocationSizeType | str | None = None,
        remainder_destination_portfolio: str | None = None,
        netting_id: str | None = None,
    ) -> m.CreateNetAllocationResponse:
        """Create Portfolio Net Allocations (POST /v1/allocations/net)"""

    def get_allocation(
        self,
        *,
        portfolio_id: str,
        allocation_id: str,
    ) -> m.GetAllocationResponse:
        """Get Allocation by ID (GET /v1/portfolios/{portfolio_id}/allocations/{allocation_id})"""

    def get_allocations_by_client_netting_id(
        self,
        *,
        portfolio_id: str,
        netting_id: str,
    ) -> m.GetAllocationsByClientNettingIdResponse:
        """Get Net Allocations by Netting ID (GET /v1/portfolios/{portfolio_id}/allocations/net/{netting_id})"""

    def list_portfolio_allocations(
        self,
        *,
        portfolio_id: str,
        start_date: datetime | str,
        product_ids: Sequence[str] | None = None,
        order_side: e.OrderSide | str | None = None,
        end_date: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.GetPortfolioAllocationsResponse, m.Allocation]:
        """List Portfolio Allocations (GET /v1/portfolios/{portfolio_id}/allocations)"""

class SyncApiKeysResource(SyncResource):
    def rotate_api_key(
        self,
        *,
        duration_seconds: int | None = None,
    ) -> m.RotateAPIKeyResponse:
        """Rotate API Key (POST /v1/api-keys/rotate)"""

class SyncAssetsResource(SyncResource):
    def list_entity_assets(
        self,
        *,
        entity_id: str,
    ) -> m.GetEntityAssetsResponse:
        """List Assets (GET /v1/entities/{entity_id}/assets)"""

class SyncBalancesResource(SyncResource):
    def get_wallet_balance(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
    ) -> m.GetWalletBalanceResponse:
        """Get Wallet Balance (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/balance)"""

    def list_entity_balances(
        self,
        *,
        entity_id: str,
        symbols: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        aggregation_type: e.PortfolioBalanceType | str | None = None,
    ) -> SyncPaginator[m.ListEntityBalancesResponse, m.EntityBalance]:
        """List Entity Balances (GET /v1/entities/{entity_id}/balances)"""

    def list_portfolio_balances(
        self,
        *,
        portfolio_id: str,
        symbols: str | None = None,
        balance_type: e.PortfolioBalanceType | str | None = None,
    ) -> m.GetPortfolioBalancesResponse:
        """List Portfolio Balances (GET /v1/portfolios/{portfolio_id}/balances)"""

    def list_web3_wallet_balances(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        visibility_statuses: Sequence[e.VisibilityStatus | str] | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[m.ListWeb3WalletBalancesResponse, m.Web3Balance]:
        """List Onchain Wallet Balances (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/web3_balances)"""

class SyncCommissionResource(SyncResource):
    def get_portfolio_commission(
        self,
        *,
        portfolio_id: str,
        product_id: str | None = None,
    ) -> m.GetPortfolioCommissionResponse:
        """Get Portfolio Commission (GET /v1/portfolios/{portfolio_id}/commission)"""

class SyncFinancingResource(SyncResource):
    def create_new_locates(
        self,
        *,
        portfolio_id: str,
        symbol: str,
        amount: Decimal | str | int,
        conversion_date: str | None = None,
        locate_date: str | None = None,
    ) -> m.CreateNewLocatesResponse:
        """Create New Locates (POST /v1/portfolios/{portfolio_id}/locates)"""

    def get_buying_power(
        self,
        *,
        portfolio_id: str,
        base_currency: str,
        quote_currency: str,
    ) -> m.GetBuyingPowerResponse:
        """Get Portfolio Buying Power (GET /v1/portfolios/{portfolio_id}/buying_power)"""

    def get_conversion_fees(
        self,
    ) -> m.GetConversionFeesResponse:
        """Get Conversion Fees (GET /v1/conversion/fees)"""

    def get_cross_margin_overview(
        self,
        *,
        entity_id: str,
    ) -> m.GetCrossMarginOverviewResponse:
        """Get Exchange Cross Margin Overview (GET /v1/entities/{entity_id}/cross_margin)"""

    def get_cross_margin_prime_overview(
        self,
        *,
        entity_id: str,
    ) -> m.GetCrossMarginPrimeOverviewResponse:
        """Get Prime Cross Margin Overview (GET /v2/entities/{entity_id}/cross_margin/prime)"""

    def get_cross_margin_risk_parameters(
        self,
        *,
        entity_id: str,
    ) -> m.GetCrossMarginRiskParametersResponse:
        """Get Cross Margin Risk Parameters (GET /v1/entities/{entity_id}/cross_margin/risk_parameters)"""

    def get_locate_availabilities(
        self,
        *,
        entity_id: str,
        conversion_date: str | None = None,
        locate_date: str | None = None,
    ) -> m.GetLocateAvailabilitiesResponse:
        """Get Entity Locate Availabilities (GET /v1/entities/{entity_id}/locates_availability)"""

    def get_margin_information(
        self,
        *,
        entity_id: str,
    ) -> m.GetMarginInformationResponse:
        """Get Margin Information (GET /v1/entities/{entity_id}/margin)"""

    def get_post_trade_credit(
        self,
        *,
        portfolio_id: str,
    ) -> m.GetPostTradeCreditResponse:
        """Get Portfolio Credit Information (GET /v1/portfolios/{portfolio_id}/credit)"""

    def get_tf_tiered_pricing_fees(
        self,
        *,
        entity_id: str,
        effective_at: str | None = None,
    ) -> m.GetTFTieredPricingFeesResponse:
        """Get Trade Finance Tiered Pricing Fees (GET /v1/entities/{entity_id}/tf_tiered_fees)"""

    def get_withdrawal_power(
        self,
        *,
        portfolio_id: str,
        symbol: str,
    ) -> m.GetWithdrawalPowerResponse:
        """Get Portfolio Withdrawal Power (GET /v1/portfolios/{portfolio_id}/withdrawal_power)"""

    def get_xm_liquidation(
        self,
        *,
        entity_id: str,
        liquidation_id: str | None = None,
    ) -> m.GetXMLiquidationResponse:
        """Get Cross Margin Liquidation (GET /v1/entities/{entity_id}/cross_margin/liquidation)"""

    def list_existing_locates(
        self,
        *,
        portfolio_id: str,
        locate_ids: Sequence[str] | None = None,
        conversion_date: str | None = None,
        locate_date: str | None = None,
    ) -> m.GetExistingLocatesResponse:
        """List Existing Locates (GET /v1/portfolios/{portfolio_id}/locates)"""

    def list_financing_eligible_assets(
        self,
    ) -> m.ListFinancingEligibleAssetsResponse:
        """List Financing Eligible Assets (GET /v1/financing/eligible-assets)"""

    def list_interest_accruals(
        self,
        *,
        entity_id: str,
        portfolio_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> m.GetInterestAccrualsResponse:
        """List Interest Accruals (GET /v1/entities/{entity_id}/accruals)"""

    def list_margin_conversions(
        self,
        *,
        portfolio_id: str,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> m.GetMarginConversionsResponse:
        """List Margin Conversions (GET /v1/portfolios/{portfolio_id}/margin_conversions)"""

    def list_margin_summaries(
        self,
        *,
        entity_id: str,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> m.GetMarginSummariesResponse:
        """List Margin Call Summaries (GET /v1/entities/{entity_id}/margin_summaries)"""

    def list_market_data(
        self,
        *,
        entity_id: str,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.GetMarketDataResponse, m.MarketData]:
        """Get Market Data (GET /v1/entities/{entity_id}/market_data)"""

    def list_portfolio_interest_accruals(
        self,
        *,
        portfolio_id: str,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> m.GetPortfolioInterestAccrualsResponse:
        """List Interest Accruals For Portfolio (GET /v1/portfolios/{portfolio_id}/accruals)"""

    def list_tf_obligations(
        self,
        *,
        entity_id: str,
    ) -> m.ListTFObligationsResponse:
        """List Trade Finance Obligations (GET /v1/entities/{entity_id}/tf_obligations)"""

    def list_xm_liquidations(
        self,
        *,
        entity_id: str,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        status: e.XMLiquidationStatus | str | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
    ) -> SyncPaginator[m.ListXMLiquidationsResponse, m.XMLiquidationSummary]:
        """List Cross Margin Liquidations (GET /v1/entities/{entity_id}/cross_margin/liquidations)"""

    def update_funding_settings(
        self,
        *,
        entity_id: str,
        designated_funding_portfolio_id: str,
        automatic_conversion_enabled: bool,
        automatic_excess_return_enabled: bool,
        excess_funds_target_amount: Decimal | str | int,
        automatic_loan_enabled: bool | None = None,
    ) -> m.UpdateFundingSettingsResponse:
        """Update Funding Settings (POST /v1/entities/{entity_id}/funding_settings)"""

    @deprecated('use update_funding_settings() (Prime renamed SetFundingSettings to UpdateFundingSettings)')
    def set_funding_settings(
        self,
        *,
        entity_id: str,
        designated_funding_portfolio_id: str,
        automatic_conversion_enabled: bool,
        automatic_excess_return_enabled: bool,
        excess_funds_target_amount: Decimal | str | int,
        automatic_loan_enabled: bool | None = None,
    ) -> m.UpdateFundingSettingsResponse:
        """Deprecated: use update_funding_settings() (Prime renamed SetFundingSettings to UpdateFundingSettings).

Update Funding Settings (POST /v1/entities/{entity_id}/funding_settings)"""

class SyncFuturesResource(SyncResource):
    def cancel_futures_sweep(
        self,
        *,
        entity_id: str,
    ) -> m.CancelFuturesSweepResponse:
        """Cancel Entity Futures Sweep (DELETE /v1/entities/{entity_id}/futures/sweeps)"""

    def get_fcm_balance(
        self,
        *,
        entity_id: str,
    ) -> m.GetFcmBalanceResponse:
        """Get Entity FCM Balance (GET /v1/entities/{entity_id}/futures/balance_summary)"""

    def get_fcm_equity(
        self,
        *,
        entity_id: str,
    ) -> m.GetFcmEquityResponse:
        """Get FCM Equity (GET /v1/entities/{entity_id}/futures/equity)"""

    def get_fcm_margin_call_details(
        self,
        *,
        entity_id: str,
    ) -> m.GetFcmMarginCallDetailsResponse:
        """Get FCM Margin Call Details (GET /v1/entities/{entity_id}/futures/margin_call_details)"""

    def get_fcm_risk_limits(
        self,
        *,
        entity_id: str,
    ) -> m.GetFcmRiskLimitsResponse:
        """Get FCM Risk Limits (GET /v1/entities/{entity_id}/futures/risk_limits)"""

    def get_fcm_settings(
        self,
        *,
        entity_id: str,
    ) -> m.GetFcmSettingsResponse:
        """Get FCM Settings (GET /v1/entities/{entity_id}/futures/settings)"""

    def get_positions(
        self,
        *,
        entity_id: str,
        product_id: str | None = None,
    ) -> m.GetPositionsResponse:
        """Get Entity Positions (GET /v1/entities/{entity_id}/futures/positions)"""

    def list_futures_sweeps(
        self,
        *,
        entity_id: str,
    ) -> m.GetFuturesSweepsResponse:
        """List Entity Futures Sweeps (GET /v1/entities/{entity_id}/futures/sweeps)"""

    def schedule_futures_sweep(
        self,
        *,
        entity_id: str,
        currency: str,
        amount: Decimal | str | int | None = None,
    ) -> m.ScheduleFuturesSweepResponse:
        """Schedule Entity Futures Sweep (POST /v1/entities/{entity_id}/futures/sweeps)"""

    def set_auto_sweep(
        self,
        *,
        entity_id: str,
        auto_sweep: bool,
    ) -> m.SetAutoSweepResponse:
        """Set Auto Sweep (POST /v1/entities/{entity_id}/futures/auto_sweep)"""

    def set_fcm_settings(
        self,
        *,
        entity_id: str,
        target_derivatives_excess: Decimal | str | int | None = None,
    ) -> m.SetFcmSettingsResponse:
        """Set FCM Settings (POST /v1/entities/{entity_id}/futures/settings)"""

class SyncInvoicesResource(SyncResource):
    def list_invoices(
        self,
        *,
        entity_id: str,
        states: Sequence[e.InvoiceState | str] | None = None,
        billing_year: int | None = None,
        billing_month: int | None = None,
        cursor: int | None = None,
        limit: int | None = None,
    ) -> m.GetInvoicesResponse:
        """List Invoices (GET /v1/entities/{entity_id}/invoices)"""

class SyncOnchainAddressBookResource(SyncResource):
    def create_onchain_address_group(
        self,
        *,
        portfolio_id: str,
        address_group: m.AddressGroup | Mapping[str, Any],
    ) -> m.ActivityCreationResponse:
        """Create Onchain Address Book Entry (POST /v1/portfolios/{portfolio_id}/onchain_address_group)"""

    def delete_onchain_address_group(
        self,
        *,
        portfolio_id: str,
        address_group_id: str,
    ) -> m.ActivityCreationResponse:
        """Delete Onchain Address Group (DELETE /v1/portfolios/{portfolio_id}/onchain_address_group/{address_group_id})"""

    def list_onchain_address_groups(
        self,
        *,
        portfolio_id: str,
    ) -> m.ListOnchainAddressGroupsResponse:
        """List Onchain Address Groups (GET /v1/portfolios/{portfolio_id}/onchain_address_groups)"""

    def update_onchain_address_group(
        self,
        *,
        portfolio_id: str,
        address_group: m.AddressGroup | Mapping[str, Any],
    ) -> m.ActivityCreationResponse:
        """Update Onchain Address Book Entry (PUT /v1/portfolios/{portfolio_id}/onchain_address_group)"""

class SyncOrdersResource(SyncResource):
    def accept_quote(
        self,
        *,
        portfolio_id: str,
        product_id: str,
        side: e.OrderSide | str,
        quote_id: str,
        client_order_id: str | None = None,
        settl_currency: str | None = None,
    ) -> m.AcceptQuoteResponse:
        """Accept Quote (POST /v1/portfolios/{portfolio_id}/accept_quote)"""

    def cancel_order(
        self,
        *,
        portfolio_id: str,
        order_id: str,
    ) -> m.CancelOrderResponse:
        """Cancel Order (POST /v1/portfolios/{portfolio_id}/orders/{order_id}/cancel)"""

    def create_order(
        self,
        *,
        portfolio_id: str,
        product_id: str,
        side: e.OrderSide | str,
        type: e.OrderType | str,
        client_order_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        limit_price: Decimal | str | int | None = None,
        start_time: datetime | str | None = None,
        expiry_time: datetime | str | None = None,
        time_in_force: e.TimeInForceType | str | None = None,
        stp_id: str | None = None,
        display_quote_size: Decimal | str | int | None = None,
        display_base_size: Decimal | str | int | None = None,
        is_raise_exact: bool | None = None,
        historical_pov: Decimal | str | int | None = None,
        stop_price: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        post_only: bool | None = None,
        peg_offset_type: e.PegOffsetType | str | None = None,
        offset: Decimal | str | int | None = None,
        wig_level: Decimal | str | int | None = None,
        is_buy_exact: bool | None = None,
    ) -> m.CreateOrderResponse:
        """Create Order (POST /v1/portfolios/{portfolio_id}/order)"""

    def create_order_preview(
        self,
        *,
        portfolio_id: str,
        product_id: str,
        side: e.OrderSide | str,
        type: e.OrderType | str,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        limit_price: Decimal | str | int | None = None,
        start_time: datetime | str | None = None,
        expiry_time: datetime | str | None = None,
        time_in_force: e.TimeInForceType | str | None = None,
        is_raise_exact: bool | None = None,
        historical_pov: Decimal | str | int | None = None,
        stop_price: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        postOnly: bool | None = None,
        display_quote_size: Decimal | str | int | None = None,
        display_base_size: Decimal | str | int | None = None,
        peg_offset_type: e.PegOffsetType | str | None = None,
        offset: Decimal | str | int | None = None,
        wig_level: Decimal | str | int | None = None,
        is_buy_exact: bool | None = None,
    ) -> m.PostOrderPreviewResponse:
        """Get Order Preview (POST /v1/portfolios/{portfolio_id}/order_preview)"""

    def create_quote(
        self,
        *,
        portfolio_id: str,
        product_id: str,
        side: e.OrderSide | str,
        limit_price: Decimal | str | int,
        client_quote_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        quote_duration_ms: int | None = None,
    ) -> m.QuoteResponse:
        """Create Quote Request (POST /v1/portfolios/{portfolio_id}/rfq)"""

    def edit_order(
        self,
        *,
        portfolio_id: str,
        order_id: str,
        orig_client_order_id: str,
        product_id: str | None = None,
        client_order_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        limit_price: Decimal | str | int | None = None,
        expiry_time: datetime | str | None = None,
        display_quote_size: Decimal | str | int | None = None,
        display_base_size: Decimal | str | int | None = None,
        stop_price: Decimal | str | int | None = None,
        offset: Decimal | str | int | None = None,
        wig_level: Decimal | str | int | None = None,
    ) -> m.EditOrderResponse:
        """Edit Order (Beta) (PUT /v1/portfolios/{portfolio_id}/orders/{order_id}/edit)"""

    def get_order(
        self,
        *,
        portfolio_id: str,
        order_id: str,
    ) -> m.GetOrderResponse:
        """Get Order by Order ID (GET /v1/portfolios/{portfolio_id}/orders/{order_id})"""

    def get_order_edit_history(
        self,
        *,
        portfolio_id: str,
        order_id: str,
    ) -> m.GetOrderEditHistoryResponse:
        """List Order Edit History (GET /v1/portfolios/{portfolio_id}/orders/{order_id}/edit_history)"""

    def list_open_orders(
        self,
        *,
        portfolio_id: str,
        product_ids: Sequence[str] | None = None,
        order_type: e.OrderType | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        start_date: datetime | str | None = None,
        order_side: e.OrderSide | str | None = None,
        end_date: datetime | str | None = None,
    ) -> SyncPaginator[m.GetOpenOrdersResponse, m.Order]:
        """List Open Orders (GET /v1/portfolios/{portfolio_id}/open_orders)"""

    def list_order_fills(
        self,
        *,
        portfolio_id: str,
        order_id: str,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.GetOrderFillsResponse, m.Fill]:
        """List Order Fills (GET /v1/portfolios/{portfolio_id}/orders/{order_id}/fills)"""

    def list_portfolio_fills(
        self,
        *,
        portfolio_id: str,
        start_date: datetime | str,
        cursor: str | None = None,
        limit: int | None = None,
        end_date: datetime | str | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.GetPortfolioFillsResponse, m.Fill]:
        """List Portfolio Fills (GET /v1/portfolios/{portfolio_id}/fills)"""

    def list_portfolio_orders(
        self,
        *,
        portfolio_id: str,
        order_statuses: Sequence[e.OrderStatus | str] | None = None,
        product_ids: Sequence[str] | None = None,
        order_type: e.OrderType | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        order_side: e.OrderSide | str | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
    ) -> SyncPaginator[m.GetOrdersResponse, m.Order]:
        """List Portfolio Orders (GET /v1/portfolios/{portfolio_id}/orders)"""

class SyncPaymentMethodsResource(SyncResource):
    def get_entity_payment_method_details(
        self,
        *,
        entity_id: str,
        payment_method_id: str,
    ) -> m.GetEntityPaymentMethodDetailsResponse:
        """Get Entity Payment Method (GET /v1/entities/{entity_id}/payment-methods/{payment_method_id})"""

    def list_entity_payment_methods(
        self,
        *,
        entity_id: str,
    ) -> m.GetEntityPaymentMethodsResponse:
        """List Entity Payment Methods (GET /v1/entities/{entity_id}/payment-methods)"""

class SyncPortfoliosResource(SyncResource):
    def get_portfolio(
        self,
        *,
        portfolio_id: str,
    ) -> m.GetPortfolioResponse:
        """Get Portfolio by Portfolio ID (GET /v1/portfolios/{portfolio_id})"""

    def list_portfolios(
        self,
    ) -> m.GetPortfoliosResponse:
        """List Portfolios (GET /v1/portfolios)"""

class SyncPositionsResource(SyncResource):
    def list_aggregate_entity_positions(
        self,
        *,
        entity_id: str,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[m.ListAggregateEntityPositionsResponse, m.Position]:
        """List Aggregate Entity Positions (GET /v1/entities/{entity_id}/aggregate_positions)"""

    def list_entity_positions(
        self,
        *,
        entity_id: str,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[m.ListEntityPositionsResponse, m.Position]:
        """List Entity Positions (GET /v1/entities/{entity_id}/positions)"""

class SyncProductsResource(SyncResource):
    def get_candles(
        self,
        *,
        portfolio_id: str,
        product_id: str,
        start_time: datetime | str,
        end_time: datetime | str,
        granularity: e.CandlesGranularity | str,
    ) -> m.GetCandlesResponse:
        """Get Public Product Candles (GET /v1/portfolios/{portfolio_id}/candles)"""

    def list_portfolio_products(
        self,
        *,
        portfolio_id: str,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        product_type: e.ProductType | str | None = None,
        contract_expiry_type: e.ContractExpiryType | str | None = None,
        expiring_contract_status: e.ExpiringContractStatus | str | None = None,
    ) -> SyncPaginator[m.GetPortfolioProductsResponse, m.Product]:
        """List Portfolio Products (GET /v1/portfolios/{portfolio_id}/products)"""

class SyncStakingResource(SyncResource):
    def get_staking_status(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
    ) -> m.GetStakingStatusResponse:
        """Get Staking Status (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/status)"""

    def get_unstaking_status(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
    ) -> m.GetUnstakingStatusResponse:
        """Get Unstaking Status (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake/status)"""

    def list_transaction_validators(
        self,
        *,
        portfolio_id: str,
        transaction_ids: Sequence[str],
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.ListTransactionValidatorsResponse, m.TransactionValidator]:
        """List Transaction Validators (POST /v1/portfolios/{portfolio_id}/staking/transaction-validators/query)"""

    def portfolio_staking_initiate(
        self,
        *,
        portfolio_id: str,
        currency_symbol: str,
        amount: Decimal | str | int,
        idempotency_key: str | None = None,
        metadata: m.PortfolioStakingMetadata | Mapping[str, Any] | None = None,
    ) -> m.PortfolioStakingInitiateResponse:
        """Request to stake currency in a portfolio (POST /v1/portfolios/{portfolio_id}/staking/initiate)"""

    def portfolio_staking_unstake(
        self,
        *,
        portfolio_id: str,
        currency_symbol: str,
        idempotency_key: str | None = None,
        amount: Decimal | str | int | None = None,
        metadata: m.PortfolioStakingMetadata | Mapping[str, Any] | None = None,
        validator_provider: e.ValidatorProvider | str | None = None,
    ) -> m.PortfolioStakingUnstakeResponse:
        """Request to unstake currency across a portfolio (POST /v1/portfolios/{portfolio_id}/staking/unstake)"""

    def preview_unstake(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        amount: Decimal | str | int,
    ) -> m.PreviewUnstakeResponse:
        """Preview Unstake (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake/preview)"""

    def staking_claim_rewards(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        idempotency_key: str | None = None,
        inputs: m.WalletClaimRewardsInputs | Mapping[str, Any] | None = None,
    ) -> m.StakingClaimRewardsResponse:
        """Claim Wallet Staking Rewards (Alpha) (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/claim_rewards)"""

    def staking_initiate(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        idempotency_key: str | None = None,
        inputs: m.WalletStakeInputs | Mapping[str, Any] | None = None,
        metadata: m.WalletStakingMetadata | Mapping[str, Any] | None = None,
    ) -> m.StakingInitiateResponse:
        """Request to stake or delegate a wallet (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/initiate)"""

    def staking_unstake(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        idempotency_key: str | None = None,
        inputs: m.WalletUnstakeInputs | Mapping[str, Any] | None = None,
        metadata: m.WalletStakingMetadata | Mapping[str, Any] | None = None,
    ) -> m.StakingUnstakeResponse:
        """Request to unstake a wallet (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake)"""

class SyncTransactionsResource(SyncResource):
    def create_conversion(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        amount: Decimal | str | int,
        destination: str,
        source_symbol: str,
        destination_symbol: str,
        idempotency_key: str | None = None,
    ) -> m.CreateConversionResponse:
        """Create Conversion (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/conversion)"""

    def create_onchain_transaction(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        raw_unsigned_txn: str,
        rpc: m.RpcConfig | Mapping[str, Any] | None = None,
        evm_params: m.CreateOnchainTransactionRequestEvmParams | Mapping[str, Any] | None = None,
    ) -> m.CreateOnchainTransactionResponse:
        """Create Onchain Transaction (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/onchain_transaction)"""

    def create_wallet_transfer(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        amount: Decimal | str | int,
        destination: str,
        currency_symbol: str,
        idempotency_key: str | None = None,
    ) -> m.CreateWalletTransferResponse:
        """Create Transfer (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/transfers)"""

    def create_wallet_withdrawal(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        amount: Decimal | str | int,
        destination_type: e.DestinationType | str,
        currency_symbol: str,
        idempotency_key: str | None = None,
        payment_method: m.PaymentMethodDestination | Mapping[str, Any] | None = None,
        blockchain_address: m.BlockchainAddress | Mapping[str, Any] | None = None,
        counterparty: m.CounterpartyDestination | Mapping[str, Any] | None = None,
        travel_rule_data: m.TravelRuleData | Mapping[str, Any] | None = None,
    ) -> m.CreateWalletWithdrawalResponse:
        """Create Withdrawal (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals)"""

    def get_transaction(
        self,
        *,
        portfolio_id: str,
        transaction_id: str,
    ) -> m.GetTransactionResponse:
        """Get Transaction by Transaction ID (GET /v1/portfolios/{portfolio_id}/transactions/{transaction_id})"""

    def list_advanced_transfer_transactions(
        self,
        *,
        portfolio_id: str,
        advanced_transfer_id: str,
    ) -> m.ListAdvancedTransferTransactionsResponse:
        """List transactions associated with an Advanced Transfer (GET /v1/portfolios/{portfolio_id}/advanced_transfers/{advanced_transfer_id}/transactions)"""

    def list_portfolio_transactions(
        self,
        *,
        portfolio_id: str,
        symbols: str | None = None,
        types: Sequence[e.TransactionType | str] | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        get_network_unified_transactions: bool | None = None,
        travel_rule_status: Sequence[e.TravelRuleStatus | str] | None = None,
    ) -> SyncPaginator[m.GetPortfolioTransactionsResponse, m.Transaction]:
        """List Portfolio Transactions (GET /v1/portfolios/{portfolio_id}/transactions)"""

    def list_wallet_transactions(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        types: Sequence[e.TransactionType | str] | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.GetWalletTransactionsResponse, m.Transaction]:
        """List Wallet Transactions (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/transactions)"""

class SyncTravelRuleResource(SyncResource):
    def get_transaction_travel_rule_data(
        self,
        *,
        portfolio_id: str,
        transaction_id: str,
    ) -> m.GetTransactionTravelRuleDataResponse:
        """Get Transaction Travel Rule Data (GET /v1/portfolios/{portfolio_id}/transactions/{transaction_id}/travel_rule)"""

    def submit_deposit_travel_rule_data(
        self,
        *,
        portfolio_id: str,
        transaction_id: str,
        originator: m.TravelRuleParty | Mapping[str, Any] | None = None,
        beneficiary: m.TravelRuleParty | Mapping[str, Any] | None = None,
        is_self: bool | None = None,
        opt_out_of_ownership_verification: bool | None = None,
    ) -> m.SubmitDepositTravelRuleDataResponse:
        """Submit Deposit Travel Rule Data (POST /v1/portfolios/{portfolio_id}/transactions/{transaction_id}/travel_rule/deposit)"""

class SyncUsersResource(SyncResource):
    def list_entity_users(
        self,
        *,
        entity_id: str,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.GetEntityUsersResponse, m.EntityUser]:
        """List Users (GET /v1/entities/{entity_id}/users)"""

    def list_portfolio_users(
        self,
        *,
        portfolio_id: str,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
    ) -> SyncPaginator[m.GetPortfolioUsersResponse, m.PortfolioUser]:
        """List Portfolio Users (GET /v1/portfolios/{portfolio_id}/users)"""

class SyncWalletsResource(SyncResource):
    def create_wallet(
        self,
        *,
        portfolio_id: str,
        name: str,
        symbol: str,
        wallet_type: e.WalletType | str | None = None,
        idempotency_key: str | None = None,
        network_family: e.NetworkFamily | str | None = None,
        network: m.Network | Mapping[str, Any] | None = None,
    ) -> m.CreateWalletResponse:
        """Create Wallet (POST /v1/portfolios/{portfolio_id}/wallets)"""

    def create_wallet_deposit_address(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        network_id: str,
    ) -> m.BlockchainAddress:
        """Create Wallet Deposit Address (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/addresses)"""

    def get_wallet(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
    ) -> m.GetWalletResponse:
        """Get Wallet by Wallet ID (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id})"""

    def get_wallet_deposit_instructions(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        deposit_type: e.WalletDepositInstructionType | str,
        network_id: str | None = None,
        network_type: str | None = None,
    ) -> m.GetWalletDepositInstructionsResponse:
        """Get Wallet Deposit Instructions (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions)"""

    def list_wallet_addresses(
        self,
        *,
        portfolio_id: str,
        wallet_id: str,
        network_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[m.ListWalletAddressesResponse, m.BlockchainAddress]:
        """List Wallet Addresses (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/addresses)"""

    def list_wallets(
        self,
        *,
        portfolio_id: str,
        type: e.WalletType | str,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | str | None = None,
        symbols: Sequence[str] | None = None,
        get_network_unified_wallets: bool | None = None,
    ) -> SyncPaginator[m.GetWalletsResponse, m.Wallet]:
        """List Portfolio Wallets (GET /v1/portfolios/{portfolio_id}/wallets)"""

class SyncResourceAccessors:
    @property
    def activities(self) -> SyncActivitiesResource: ...
    @property
    def address_book(self) -> SyncAddressBookResource: ...
    @property
    def advanced_transfers(self) -> SyncAdvancedTransfersResource: ...
    @property
    def allocations(self) -> SyncAllocationsResource: ...
    @property
    def api_keys(self) -> SyncApiKeysResource: ...
    @property
    def assets(self) -> SyncAssetsResource: ...
    @property
    def balances(self) -> SyncBalancesResource: ...
    @property
    def commission(self) -> SyncCommissionResource: ...
    @property
    def financing(self) -> SyncFinancingResource: ...
    @property
    def futures(self) -> SyncFuturesResource: ...
    @property
    def invoices(self) -> SyncInvoicesResource: ...
    @property
    def onchain_address_book(self) -> SyncOnchainAddressBookResource: ...
    @property
    def orders(self) -> SyncOrdersResource: ...
    @property
    def payment_methods(self) -> SyncPaymentMethodsResource: ...
    @property
    def portfolios(self) -> SyncPortfoliosResource: ...
    @property
    def positions(self) -> SyncPositionsResource: ...
    @property
    def products(self) -> SyncProductsResource: ...
    @property
    def staking(self) -> SyncStakingResource: ...
    @property
    def transactions(self) -> SyncTransactionsResource: ...
    @property
    def travel_rule(self) -> SyncTravelRuleResource: ...
    @property
    def users(self) -> SyncUsersResource: ...
    @property
    def wallets(self) -> SyncWalletsResource: ...
