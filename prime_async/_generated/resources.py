"""Resource namespaces (`client.orders`, ...), their methods built from the route table.

The typed signatures users see live in resources.pyi.

Generated from spec/prime-openapi.yaml and spec/overlay.yaml by `python -m codegen`. Do not edit by hand."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._resource import Resource


class ActivitiesResource(Resource, resource='activities'):
    pass


class AddressBookResource(Resource, resource='address_book'):
    pass


class AdvancedTransfersResource(Resource, resource='advanced_transfers'):
    pass


class AllocationsResource(Resource, resource='allocations'):
    pass


class ApiKeysResource(Resource, resource='api_keys'):
    pass


class AssetsResource(Resource, resource='assets'):
    pass


class BalancesResource(Resource, resource='balances'):
    pass


class CommissionResource(Resource, resource='commission'):
    pass


class FinancingResource(Resource, resource='financing'):
    pass


class FuturesResource(Resource, resource='futures'):
    pass


class InvoicesResource(Resource, resource='invoices'):
    pass


class OnchainAddressBookResource(Resource, resource='onchain_address_book'):
    pass


class OrdersResource(Resource, resource='orders'):
    pass


class PaymentMethodsResource(Resource, resource='payment_methods'):
    pass


class PortfoliosResource(Resource, resource='portfolios'):
    pass


class PositionsResource(Resource, resource='positions'):
    pass


class ProductsResource(Resource, resource='products'):
    pass


class StakingResource(Resource, resource='staking'):
    pass


class TransactionsResource(Resource, resource='transactions'):
    pass


class TravelRuleResource(Resource, resource='travel_rule'):
    pass


class UsersResource(Resource, resource='users'):
    pass


class WalletsResource(Resource, resource='wallets'):
    pass


class ResourceAccessors:
    """One attribute per resource group, built on first use."""

    @cached_property
    def activities(self) -> ActivitiesResource:
        return ActivitiesResource(self)

    @cached_property
    def address_book(self) -> AddressBookResource:
        return AddressBookResource(self)

    @cached_property
    def advanced_transfers(self) -> AdvancedTransfersResource:
        return AdvancedTransfersResource(self)

    @cached_property
    def allocations(self) -> AllocationsResource:
        return AllocationsResource(self)

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        return ApiKeysResource(self)

    @cached_property
    def assets(self) -> AssetsResource:
        return AssetsResource(self)

    @cached_property
    def balances(self) -> BalancesResource:
        return BalancesResource(self)

    @cached_property
    def commission(self) -> CommissionResource:
        return CommissionResource(self)

    @cached_property
    def financing(self) -> FinancingResource:
        return FinancingResource(self)

    @cached_property
    def futures(self) -> FuturesResource:
        return FuturesResource(self)

    @cached_property
    def invoices(self) -> InvoicesResource:
        return InvoicesResource(self)

    @cached_property
    def onchain_address_book(self) -> OnchainAddressBookResource:
        return OnchainAddressBookResource(self)

    @cached_property
    def orders(self) -> OrdersResource:
        return OrdersResource(self)

    @cached_property
    def payment_methods(self) -> PaymentMethodsResource:
        return PaymentMethodsResource(self)

    @cached_property
    def portfolios(self) -> PortfoliosResource:
        return PortfoliosResource(self)

    @cached_property
    def positions(self) -> PositionsResource:
        return PositionsResource(self)

    @cached_property
    def products(self) -> ProductsResource:
        return ProductsResource(self)

    @cached_property
    def staking(self) -> StakingResource:
        return StakingResource(self)

    @cached_property
    def transactions(self) -> TransactionsResource:
        return TransactionsResource(self)

    @cached_property
    def travel_rule(self) -> TravelRuleResource:
        return TravelRuleResource(self)

    @cached_property
    def users(self) -> UsersResource:
        return UsersResource(self)

    @cached_property
    def wallets(self) -> WalletsResource:
        return WalletsResource(self)


class RawActivitiesResource(ActivitiesResource):
    """`activities` of `with_raw_response`: each call returns a RawResponse."""


class RawAddressBookResource(AddressBookResource):
    """`address_book` of `with_raw_response`: each call returns a RawResponse."""


class RawAdvancedTransfersResource(AdvancedTransfersResource):
    """`advanced_transfers` of `with_raw_response`: each call returns a RawResponse."""


class RawAllocationsResource(AllocationsResource):
    """`allocations` of `with_raw_response`: each call returns a RawResponse."""


class RawApiKeysResource(ApiKeysResource):
    """`api_keys` of `with_raw_response`: each call returns a RawResponse."""


class RawAssetsResource(AssetsResource):
    """`assets` of `with_raw_response`: each call returns a RawResponse."""


class RawBalancesResource(BalancesResource):
    """`balances` of `with_raw_response`: each call returns a RawResponse."""


class RawCommissionResource(CommissionResource):
    """`commission` of `with_raw_response`: each call returns a RawResponse."""


class RawFinancingResource(FinancingResource):
    """`financing` of `with_raw_response`: each call returns a RawResponse."""


class RawFuturesResource(FuturesResource):
    """`futures` of `with_raw_response`: each call returns a RawResponse."""


class RawInvoicesResource(InvoicesResource):
    """`invoices` of `with_raw_response`: each call returns a RawResponse."""


class RawOnchainAddressBookResource(OnchainAddressBookResource):
    """`onchain_address_book` of `with_raw_response`: each call returns a RawResponse."""


class RawOrdersResource(OrdersResource):
    """`orders` of `with_raw_response`: each call returns a RawResponse."""


class RawPaymentMethodsResource(PaymentMethodsResource):
    """`payment_methods` of `with_raw_response`: each call returns a RawResponse."""


class RawPortfoliosResource(PortfoliosResource):
    """`portfolios` of `with_raw_response`: each call returns a RawResponse."""


class RawPositionsResource(PositionsResource):
    """`positions` of `with_raw_response`: each call returns a RawResponse."""


class RawProductsResource(ProductsResource):
    """`products` of `with_raw_response`: each call returns a RawResponse."""


class RawStakingResource(StakingResource):
    """`staking` of `with_raw_response`: each call returns a RawResponse."""


class RawTransactionsResource(TransactionsResource):
    """`transactions` of `with_raw_response`: each call returns a RawResponse."""


class RawTravelRuleResource(TravelRuleResource):
    """`travel_rule` of `with_raw_response`: each call returns a RawResponse."""


class RawUsersResource(UsersResource):
    """`users` of `with_raw_response`: each call returns a RawResponse."""


class RawWalletsResource(WalletsResource):
    """`wallets` of `with_raw_response`: each call returns a RawResponse."""


class RawResourceAccessors:
    """`client.with_raw_response`: one attribute per resource group; calls return RawResponses."""

    def __init__(self, client: Any) -> None:
        self._client = client  # a copy whose pipeline answers raw

    @cached_property
    def activities(self) -> RawActivitiesResource:
        return RawActivitiesResource(self._client)

    @cached_property
    def address_book(self) -> RawAddressBookResource:
        return RawAddressBookResource(self._client)

    @cached_property
    def advanced_transfers(self) -> RawAdvancedTransfersResource:
        return RawAdvancedTransfersResource(self._client)

    @cached_property
    def allocations(self) -> RawAllocationsResource:
        return RawAllocationsResource(self._client)

    @cached_property
    def api_keys(self) -> RawApiKeysResource:
        return RawApiKeysResource(self._client)

    @cached_property
    def assets(self) -> RawAssetsResource:
        return RawAssetsResource(self._client)

    @cached_property
    def balances(self) -> RawBalancesResource:
        return RawBalancesResource(self._client)

    @cached_property
    def commission(self) -> RawCommissionResource:
        return RawCommissionResource(self._client)

    @cached_property
    def financing(self) -> RawFinancingResource:
        return RawFinancingResource(self._client)

    @cached_property
    def futures(self) -> RawFuturesResource:
        return RawFuturesResource(self._client)

    @cached_property
    def invoices(self) -> RawInvoicesResource:
        return RawInvoicesResource(self._client)

    @cached_property
    def onchain_address_book(self) -> RawOnchainAddressBookResource:
        return RawOnchainAddressBookResource(self._client)

    @cached_property
    def orders(self) -> RawOrdersResource:
        return RawOrdersResource(self._client)

    @cached_property
    def payment_methods(self) -> RawPaymentMethodsResource:
        return RawPaymentMethodsResource(self._client)

    @cached_property
    def portfolios(self) -> RawPortfoliosResource:
        return RawPortfoliosResource(self._client)

    @cached_property
    def positions(self) -> RawPositionsResource:
        return RawPositionsResource(self._client)

    @cached_property
    def products(self) -> RawProductsResource:
        return RawProductsResource(self._client)

    @cached_property
    def staking(self) -> RawStakingResource:
        return RawStakingResource(self._client)

    @cached_property
    def transactions(self) -> RawTransactionsResource:
        return RawTransactionsResource(self._client)

    @cached_property
    def travel_rule(self) -> RawTravelRuleResource:
        return RawTravelRuleResource(self._client)

    @cached_property
    def users(self) -> RawUsersResource:
        return RawUsersResource(self._client)

    @cached_property
    def wallets(self) -> RawWalletsResource:
        return RawWalletsResource(self._client)
