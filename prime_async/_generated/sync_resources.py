"""Blocking resource namespaces (`client.orders`, ...), their methods built from the route table.

The typed signatures users see live in sync_resources.pyi.

Generated from spec/prime-openapi.yaml and spec/overlay.yaml by `python -m codegen`. Do not edit by hand."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._sync import SyncResource


class SyncActivitiesResource(SyncResource, resource='activities'):
    pass


class SyncAddressBookResource(SyncResource, resource='address_book'):
    pass


class SyncAdvancedTransfersResource(SyncResource, resource='advanced_transfers'):
    pass


class SyncAllocationsResource(SyncResource, resource='allocations'):
    pass


class SyncApiKeysResource(SyncResource, resource='api_keys'):
    pass


class SyncAssetsResource(SyncResource, resource='assets'):
    pass


class SyncBalancesResource(SyncResource, resource='balances'):
    pass


class SyncCommissionResource(SyncResource, resource='commission'):
    pass


class SyncFinancingResource(SyncResource, resource='financing'):
    pass


class SyncFuturesResource(SyncResource, resource='futures'):
    pass


class SyncInvoicesResource(SyncResource, resource='invoices'):
    pass


class SyncOnchainAddressBookResource(SyncResource, resource='onchain_address_book'):
    pass


class SyncOrdersResource(SyncResource, resource='orders'):
    pass


class SyncPaymentMethodsResource(SyncResource, resource='payment_methods'):
    pass


class SyncPortfoliosResource(SyncResource, resource='portfolios'):
    pass


class SyncPositionsResource(SyncResource, resource='positions'):
    pass


class SyncProductsResource(SyncResource, resource='products'):
    pass


class SyncStakingResource(SyncResource, resource='staking'):
    pass


class SyncTransactionsResource(SyncResource, resource='transactions'):
    pass


class SyncTravelRuleResource(SyncResource, resource='travel_rule'):
    pass


class SyncUsersResource(SyncResource, resource='users'):
    pass


class SyncWalletsResource(SyncResource, resource='wallets'):
    pass


class SyncResourceAccessors:
    """One attribute per resource group, built on first use."""

    @cached_property
    def activities(self) -> SyncActivitiesResource:
        return SyncActivitiesResource(self)

    @cached_property
    def address_book(self) -> SyncAddressBookResource:
        return SyncAddressBookResource(self)

    @cached_property
    def advanced_transfers(self) -> SyncAdvancedTransfersResource:
        return SyncAdvancedTransfersResource(self)

    @cached_property
    def allocations(self) -> SyncAllocationsResource:
        return SyncAllocationsResource(self)

    @cached_property
    def api_keys(self) -> SyncApiKeysResource:
        return SyncApiKeysResource(self)

    @cached_property
    def assets(self) -> SyncAssetsResource:
        return SyncAssetsResource(self)

    @cached_property
    def balances(self) -> SyncBalancesResource:
        return SyncBalancesResource(self)

    @cached_property
    def commission(self) -> SyncCommissionResource:
        return SyncCommissionResource(self)

    @cached_property
    def financing(self) -> SyncFinancingResource:
        return SyncFinancingResource(self)

    @cached_property
    def futures(self) -> SyncFuturesResource:
        return SyncFuturesResource(self)

    @cached_property
    def invoices(self) -> SyncInvoicesResource:
        return SyncInvoicesResource(self)

    @cached_property
    def onchain_address_book(self) -> SyncOnchainAddressBookResource:
        return SyncOnchainAddressBookResource(self)

    @cached_property
    def orders(self) -> SyncOrdersResource:
        return SyncOrdersResource(self)

    @cached_property
    def payment_methods(self) -> SyncPaymentMethodsResource:
        return SyncPaymentMethodsResource(self)

    @cached_property
    def portfolios(self) -> SyncPortfoliosResource:
        return SyncPortfoliosResource(self)

    @cached_property
    def positions(self) -> SyncPositionsResource:
        return SyncPositionsResource(self)

    @cached_property
    def products(self) -> SyncProductsResource:
        return SyncProductsResource(self)

    @cached_property
    def staking(self) -> SyncStakingResource:
        return SyncStakingResource(self)

    @cached_property
    def transactions(self) -> SyncTransactionsResource:
        return SyncTransactionsResource(self)

    @cached_property
    def travel_rule(self) -> SyncTravelRuleResource:
        return SyncTravelRuleResource(self)

    @cached_property
    def users(self) -> SyncUsersResource:
        return SyncUsersResource(self)

    @cached_property
    def wallets(self) -> SyncWalletsResource:
        return SyncWalletsResource(self)


class SyncRawActivitiesResource(SyncActivitiesResource):
    """`activities` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawAddressBookResource(SyncAddressBookResource):
    """`address_book` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawAdvancedTransfersResource(SyncAdvancedTransfersResource):
    """`advanced_transfers` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawAllocationsResource(SyncAllocationsResource):
    """`allocations` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawApiKeysResource(SyncApiKeysResource):
    """`api_keys` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawAssetsResource(SyncAssetsResource):
    """`assets` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawBalancesResource(SyncBalancesResource):
    """`balances` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawCommissionResource(SyncCommissionResource):
    """`commission` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawFinancingResource(SyncFinancingResource):
    """`financing` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawFuturesResource(SyncFuturesResource):
    """`futures` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawInvoicesResource(SyncInvoicesResource):
    """`invoices` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawOnchainAddressBookResource(SyncOnchainAddressBookResource):
    """`onchain_address_book` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawOrdersResource(SyncOrdersResource):
    """`orders` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawPaymentMethodsResource(SyncPaymentMethodsResource):
    """`payment_methods` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawPortfoliosResource(SyncPortfoliosResource):
    """`portfolios` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawPositionsResource(SyncPositionsResource):
    """`positions` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawProductsResource(SyncProductsResource):
    """`products` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawStakingResource(SyncStakingResource):
    """`staking` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawTransactionsResource(SyncTransactionsResource):
    """`transactions` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawTravelRuleResource(SyncTravelRuleResource):
    """`travel_rule` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawUsersResource(SyncUsersResource):
    """`users` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawWalletsResource(SyncWalletsResource):
    """`wallets` of `with_raw_response`: each call returns a RawResponse."""


class SyncRawResourceAccessors:
    """`client.with_raw_response`: one attribute per resource group; calls return RawResponses."""

    def __init__(self, client: Any) -> None:
        self._client = client  # a copy whose pipeline answers raw

    @cached_property
    def activities(self) -> SyncRawActivitiesResource:
        return SyncRawActivitiesResource(self._client)

    @cached_property
    def address_book(self) -> SyncRawAddressBookResource:
        return SyncRawAddressBookResource(self._client)

    @cached_property
    def advanced_transfers(self) -> SyncRawAdvancedTransfersResource:
        return SyncRawAdvancedTransfersResource(self._client)

    @cached_property
    def allocations(self) -> SyncRawAllocationsResource:
        return SyncRawAllocationsResource(self._client)

    @cached_property
    def api_keys(self) -> SyncRawApiKeysResource:
        return SyncRawApiKeysResource(self._client)

    @cached_property
    def assets(self) -> SyncRawAssetsResource:
        return SyncRawAssetsResource(self._client)

    @cached_property
    def balances(self) -> SyncRawBalancesResource:
        return SyncRawBalancesResource(self._client)

    @cached_property
    def commission(self) -> SyncRawCommissionResource:
        return SyncRawCommissionResource(self._client)

    @cached_property
    def financing(self) -> SyncRawFinancingResource:
        return SyncRawFinancingResource(self._client)

    @cached_property
    def futures(self) -> SyncRawFuturesResource:
        return SyncRawFuturesResource(self._client)

    @cached_property
    def invoices(self) -> SyncRawInvoicesResource:
        return SyncRawInvoicesResource(self._client)

    @cached_property
    def onchain_address_book(self) -> SyncRawOnchainAddressBookResource:
        return SyncRawOnchainAddressBookResource(self._client)

    @cached_property
    def orders(self) -> SyncRawOrdersResource:
        return SyncRawOrdersResource(self._client)

    @cached_property
    def payment_methods(self) -> SyncRawPaymentMethodsResource:
        return SyncRawPaymentMethodsResource(self._client)

    @cached_property
    def portfolios(self) -> SyncRawPortfoliosResource:
        return SyncRawPortfoliosResource(self._client)

    @cached_property
    def positions(self) -> SyncRawPositionsResource:
        return SyncRawPositionsResource(self._client)

    @cached_property
    def products(self) -> SyncRawProductsResource:
        return SyncRawProductsResource(self._client)

    @cached_property
    def staking(self) -> SyncRawStakingResource:
        return SyncRawStakingResource(self._client)

    @cached_property
    def transactions(self) -> SyncRawTransactionsResource:
        return SyncRawTransactionsResource(self._client)

    @cached_property
    def travel_rule(self) -> SyncRawTravelRuleResource:
        return SyncRawTravelRuleResource(self._client)

    @cached_property
    def users(self) -> SyncRawUsersResource:
        return SyncRawUsersResource(self._client)

    @cached_property
    def wallets(self) -> SyncRawWalletsResource:
        return SyncRawWalletsResource(self._client)
