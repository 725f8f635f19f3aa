"""Typed signatures of the resource methods built at runtime in sync_resources.py.

Generated from spec/prime-openapi.yaml and spec/overlay.yaml by `python -m codegen`. Do not edit by hand."""

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx
from typing_extensions import deprecated

from .._sync import SyncPaginator
from .._sync import SyncResource
from .._raw import RawResponse
from . import enums as e
from . import models as m

class SyncActivitiesResource(SyncResource):
    def get_activity(
        self,
        *,
        activity_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetActivityResponse:
        """Get Activity by Activity ID (GET /v1/activities/{activity_id})

        Retrieve an activity by its activity ID - this endpoint can retrieve both portfolio and
        entity activities when passed the appropriate API key

        Operation GetActivity: `ROUTES['GetActivity']`.

        Args:
            activity_id (str): Id of the activity to retrieve.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ACTIVITY_NOT_FOUND: Activity not found: activity_id does not exist or is not part of the given...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetActivityResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_portfolio_activity(
        self,
        *,
        activity_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPortfolioActivityResponse:
        """Get Portfolio Activity by Activity ID (GET /v1/portfolios/{portfolio_id}/activities/{activity_id})

        Retrieve an activity by its activity ID

        Operation GetPortfolioActivity: `ROUTES['GetPortfolioActivity']`.

        Args:
            activity_id (str): Id of the activity to retrieve.
            portfolio_id (str, optional):
                Portfolio to retrieve activity for. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ACTIVITY_PORTFOLIO_ID_MISMATCH: The activity exists but belongs to a different portfolio than the...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ACTIVITY_NOT_FOUND: Activity not found: activity_id does not exist or is not part of the given...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPortfolioActivityResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_entity_activities(
        self,
        *,
        entity_id: str | None = None,
        activity_level: e.ActivityLevel | e.ActivityLevelLiteral | None = None,
        symbols: Sequence[str] | None = None,
        categories: Sequence[e.ActivityCategory | e.ActivityCategoryLiteral] | None = None,
        statuses: Sequence[e.ActivityStatus | e.ActivityStatusLiteral] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        get_network_unified_activities: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetEntityActivitiesResponse, m.Activity]:
        """List Entity Activities (GET /v1/entities/{entity_id}/activities)

        List all activities associated with a given entity.

        Operation GetEntityActivities: `ROUTES['GetEntityActivities']`.

        Args:
            entity_id (str, optional):
                Entity to retrieve activities for. Left out: the client's own `entity_id`
                (PrimeClient's `entity_id=` or PRIME_ENTITY_ID).
            activity_level (ActivityLevel | ActivityLevelLiteral, optional):
                Activity level to retrieve activities for.
            symbols (Sequence[str], optional): Filter by list of currencies.
            categories (Sequence[ActivityCategory | ActivityCategoryLiteral], optional):
                Filter by list of activity categories [order, transaction, account, allocation,
                lending].
            statuses (Sequence[ActivityStatus | ActivityStatusLiteral], optional):
                Filter by list of statuses.
            start_time (str, optional): Filter created time by start date (RFC3339 format).
            end_time (str, optional): Filter created time by end date (RFC3339 format).
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.
            get_network_unified_activities (bool, optional):
                Flag to request retrieval of all activities across all networks for a given symbol.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                ACTIVITY_REQUEST_INVALID: Activity request has an invalid argument, e.g. a malformed filter or...
                ACTIVITY_CATEGORY_INVALID: categories holds a value that is not a supported activity category.
                ACTIVITY_TIME_RANGE_INVALID: start_time/end_time is not valid RFC 3339, or end_time precedes...
                ACTIVITY_STATUS_INVALID: statuses holds a value that is not a supported activity status.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                ACTIVITY_ACCESS_DENIED: Caller may not access the requested activity data for that entity or...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetEntityActivitiesResponse, Activity]: `.first_page()` for the first page, a GetEntityActivitiesResponse;
            iterate it for every Activity of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_activities(
        self,
        *,
        portfolio_id: str | None = None,
        symbols: Sequence[str] | None = None,
        categories: Sequence[e.ActivityCategory | e.ActivityCategoryLiteral] | None = None,
        statuses: Sequence[e.ActivityStatus | e.ActivityStatusLiteral] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        get_network_unified_activities: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetPortfolioActivitiesResponse, m.Activity]:
        """List Activities (GET /v1/portfolios/{portfolio_id}/activities)

        List all activities associated with a given portfolio.

        Operation GetPortfolioActivities: `ROUTES['GetPortfolioActivities']`.

        Args:
            portfolio_id (str, optional):
                Portfolio to retrieve activities for. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            symbols (Sequence[str], optional): Filter by list of currencies.
            categories (Sequence[ActivityCategory | ActivityCategoryLiteral], optional):
                Filter by list of activity categories [order, transaction, account, allocation,
                lending].
            statuses (Sequence[ActivityStatus | ActivityStatusLiteral], optional):
                Filter by list of statuses.
            start_time (str, optional): Filter created time by start date (RFC3339 format).
            end_time (str, optional): Filter created time by end date (RFC3339 format).
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.
            get_network_unified_activities (bool, optional):
                Flag to request retrieval of all activities across all networks for a given symbol.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ACTIVITY_REQUEST_INVALID: Activity request has an invalid argument, e.g. a malformed filter or...
                ACTIVITY_CATEGORY_INVALID: categories holds a value that is not a supported activity category.
                ACTIVITY_TIME_RANGE_INVALID: start_time/end_time is not valid RFC 3339, or end_time precedes...
                ACTIVITY_STATUS_INVALID: statuses holds a value that is not a supported activity status.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetPortfolioActivitiesResponse, Activity]: `.first_page()` for the first page, a GetPortfolioActivitiesResponse;
            iterate it for every Activity of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncAddressBookResource(SyncResource):
    def create_portfolio_address_book_entry(
        self,
        *,
        address: str,
        currency_symbol: str,
        name: str,
        portfolio_id: str | None = None,
        account_identifier: str | None = None,
        chain_ids: Sequence[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreatePortfolioAddressBookEntryResponse:
        """Create Address Book Entry (POST /v1/portfolios/{portfolio_id}/address_book)

        Creates an entry for a portfolio's trusted addresses.

        Operation CreatePortfolioAddressBookEntry: `ROUTES['CreatePortfolioAddressBookEntry']`.

        Args:
            address (str): Crypto address to add.
            currency_symbol (str): Currency symbol of address to add.
            name (str): Name of address book entry.
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            account_identifier (str, optional): Account Identifier (memo/destination tag).
            chain_ids (Sequence[str], optional):
                List of compatible chain IDs for the address, empty for Solana.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                ADDRESS_BOOK_INVALID_ARGUMENT: Address book request has an invalid argument, e.g. malformed...
                ADDRESS_BOOK_FAILED_PRECONDITION: Entry could not be created or retrieved because a precondition...
                ADDRESS_BOOK_ADDRESS_REQUIRED: address is required to create an address book entry.
                ADDRESS_BOOK_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required to create an address book entry.
                ADDRESS_BOOK_NAME_REQUIRED: name is required to create an address book entry.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ADDRESS_BOOK_NOT_FOUND: Address book entry not found for the given portfolio_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreatePortfolioAddressBookEntryResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_address_book(
        self,
        *,
        portfolio_id: str | None = None,
        currency_symbol: str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetPortfolioAddressBookResponse, m.AddressBookEntry]:
        """Get Address Book (GET /v1/portfolios/{portfolio_id}/address_book)

        Gets a list of address book addresses.

        Operation GetPortfolioAddressBook: `ROUTES['GetPortfolioAddressBook']`.

        Args:
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            currency_symbol (str, optional):
                Cryptocurrency symbol -- if nothing is passed, all addresses are returned.
            search (str, optional): Query string that matches the address name.
            cursor (str, optional): ID marking the point after which additional results should be retrieved.
            limit (int, optional): Number of addresses to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ADDRESS_BOOK_INVALID_ARGUMENT: Address book request has an invalid argument, e.g. malformed...
                ADDRESS_BOOK_FAILED_PRECONDITION: Entry could not be created or retrieved because a precondition...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ADDRESS_BOOK_NOT_FOUND: Address book entry not found for the given portfolio_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetPortfolioAddressBookResponse, AddressBookEntry]: `.first_page()` for the first page, a GetPortfolioAddressBookResponse;
            iterate it for every AddressBookEntry of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncAdvancedTransfersResource(SyncResource):
    def cancel_advanced_transfer(
        self,
        *,
        advanced_transfer_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CancelAdvancedTransferResponse:
        """Cancel Advanced Transfer (POST /v1/portfolios/{portfolio_id}/advanced_transfers/{advanced_transfer_id}/cancel)

        Cancel advanced transfer for a given portfolio. This API is currently not available to all
        clients. Please reach out to Prime Operations with any questions.

        Operation CancelAdvancedTransfer: `ROUTES['CancelAdvancedTransfer']`.

        Args:
            advanced_transfer_id (str): The ID of the canceled Advanced Transfer.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ADVANCED_TRANSFER_REQUEST_INVALID: Request malformed or fails validation, e.g. missing...
                ADVANCED_TRANSFER_ID_INVALID: advanced_transfer_id does not identify a transfer that can be...
                ADVANCED_TRANSFER_CANCEL_PRECONDITION_FAILED: Transfer can no longer be cancelled (not in a...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                ADVANCED_TRANSFER_NOT_ENABLED: Advanced Transfers, or the specific transfer configuration...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CancelAdvancedTransferResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_advanced_transfer(
        self,
        *,
        advanced_transfer: m.AdvancedTransfer | Mapping[str, Any],
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateAdvancedTransferResponse:
        """Create Advanced Transfer (POST /v1/portfolios/{portfolio_id}/advanced_transfers)

        Create advanced transfer for a given portfolio. This API is currently not available to all
        clients. Please reach out to Prime Operations with any questions.

        Operation CreateAdvancedTransfer: `ROUTES['CreateAdvancedTransfer']`.

        Args:
            advanced_transfer (AdvancedTransfer | Mapping[str, Any]):
                AdvancedTransfer represents a complex transfer operation such as a blind match
                settlement.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ADVANCED_TRANSFER_REQUEST_INVALID: Request malformed or fails validation, e.g. missing...
                ADVANCED_TRANSFER_PRECONDITION_FAILED: A precondition was not met, e.g. the portfolio has no...
                ADVANCED_TRANSFER_DATE_INVALID: settlement_date, settlement_time or trade_date is not in the...
                ADVANCED_TRANSFER_TOO_MANY_FUND_MOVEMENTS: More fund movements than the maximum legs allowed per...
                ADVANCED_TRANSFER_COUNTERPARTY_INVALID: Fund movements do not all settle against one...
                ADVANCED_TRANSFER_AMOUNT_INVALID: Amount on one or more fund movements is not a valid positive...
                ADVANCED_TRANSFER_COUNTERPARTY_REQUIRED: One or more fund movements lack a counterparty identifier.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                ADVANCED_TRANSFER_NOT_ENABLED: Advanced Transfers, or the specific transfer configuration...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ADVANCED_TRANSFER_NOT_FOUND: A resource referenced by the advanced transfer request was not found.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateAdvancedTransferResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_portfolio_counterparty_id(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPortfolioCounterpartyIDResponse:
        """Get Portfolio Counterparty ID (GET /v1/portfolios/{portfolio_id}/counterparty)

        Retrieve the counterparty ID for a given portfolio.

        Operation GetPortfolioCounterpartyID: `ROUTES['GetPortfolioCounterpartyID']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_TYPE_UNSUPPORTED: The portfolio's type does not support this operation.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPortfolioCounterpartyIDResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_advanced_transfers(
        self,
        *,
        portfolio_id: str | None = None,
        state: e.AdvancedTransferState | e.AdvancedTransferStateLiteral | None = None,
        type: e.AdvancedTransferType | e.AdvancedTransferTypeLiteral | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        reference_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.ListAdvancedTransfersResponse, m.AdvancedTransfer]:
        """List Advanced Transfers (GET /v1/portfolios/{portfolio_id}/advanced_transfers)

        List advanced transfers for a given portfolio. This API is currently not available to all
        clients. Please reach out to Prime Operations with any questions.

        Operation ListAdvancedTransfers: `ROUTES['ListAdvancedTransfers']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            state (AdvancedTransferState | AdvancedTransferStateLiteral, optional):
                The state of the Advanced Transfer to filter by.
            type (AdvancedTransferType | AdvancedTransferTypeLiteral, optional):
                The type of the Advanced Transfer to filter by.
            cursor (str, optional): The cursor to use for pagination.
            limit (int, optional): The maximum number of Advanced Transfers to return.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Page sorting direction.
            start_time (datetime | str, optional):
                UTC timestamp of creation from which to filter the response (inclusive, ISO-8601
                format).
            end_time (datetime | str, optional):
                UTC timestamp of creation until which to filter the response (exclusive, ISO-8601
                format).
            reference_id (str, optional): The reference ID of the Advanced Transfer to filter by.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ADVANCED_TRANSFER_REQUEST_INVALID: Request malformed or fails validation, e.g. missing...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                ADVANCED_TRANSFER_NOT_ENABLED: Advanced Transfers, or the specific transfer configuration...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[ListAdvancedTransfersResponse, AdvancedTransfer]: `.first_page()` for the first page, a ListAdvancedTransfersResponse;
            iterate it for every AdvancedTransfer of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncAllocationsResource(SyncResource):
    def create_allocation(
        self,
        *,
        allocation_id: str | None = None,
        source_portfolio_id: str | None = None,
        product_id: str | None = None,
        order_ids: Sequence[str] | None = None,
        allocation_legs: Sequence[m.AllocationLeg | Mapping[str, Any]] | None = None,
        size_type: e.AllocationSizeType | e.AllocationSizeTypeLiteral | None = None,
        remainder_destination_portfolio: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateAllocationResponse:
        """Create Portfolio Allocations (POST /v1/allocations)

        Create allocation for a given portfolio.

        Operation CreateAllocation: `ROUTES['CreateAllocation']`.

        Args:
            allocation_id (str, optional): The ID of the allocation.
            source_portfolio_id (str, optional): The source portfolio id for the allocation.
            product_id (str, optional): The product for the allocation.
            order_ids (Sequence[str], optional): The list of order ids in the allocation.
            allocation_legs (Sequence[AllocationLeg | Mapping[str, Any]], optional):
                The list of allocation_legs for the allocation.
            size_type (AllocationSizeType | AllocationSizeTypeLiteral, optional): Not described in the spec.
            remainder_destination_portfolio (str, optional):
                The portfolio where to allocate the remainder of the size.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_TYPE_UNSUPPORTED: The portfolio's type does not support this operation.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ALLOCATION_ID_REQUIRED: allocation_id is required but missing.
                ALLOCATION_NETTING_ID_REQUIRED: netting_id is required but missing.
                ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...
                ALLOCATION_PRECONDITION_FAILED: Buying power or account info for the source or destination...
                ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED: source_portfolio_id is required to identify where the...
                ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED: At least one allocation_legs entry has no...
                ALLOCATION_ORDERS_MIXED_SIDES: order_ids mixes buy and sell orders; all orders in one allocation...
                ALLOCATION_ORDERS_MIXED_PRODUCTS: order_ids spans several products; all orders in one allocation...
                ALLOCATION_ORDER_NOT_TERMINAL: At least one order has not reached a terminal state and cannot be...
                ALLOCATION_ORDER_TOO_OLD: At least one order is older than the maximum age allowed for allocation.
                ALLOCATION_ORDER_ALREADY_ALLOCATED: At least one order in order_ids has already been allocated...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                ALLOCATION_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateAllocationResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_net_allocation(
        self,
        *,
        source_portfolio_id: str | None = None,
        product_id: str | None = None,
        order_ids: Sequence[str] | None = None,
        allocation_legs: Sequence[m.AllocationLeg | Mapping[str, Any]] | None = None,
        size_type: e.AllocationSizeType | e.AllocationSizeTypeLiteral | None = None,
        remainder_destination_portfolio: str | None = None,
        netting_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateNetAllocationResponse:
        """Create Portfolio Net Allocations (POST /v1/allocations/net)

        Create net allocation for a given portfolio.

        Operation CreateNetAllocation: `ROUTES['CreateNetAllocation']`.

        Args:
            source_portfolio_id (str, optional): The source portfolio id for the allocation.
            product_id (str, optional): The product for the allocation.
            order_ids (Sequence[str], optional): The list of order ids in the allocation.
            allocation_legs (Sequence[AllocationLeg | Mapping[str, Any]], optional):
                The list of allocation_legs for the allocation.
            size_type (AllocationSizeType | AllocationSizeTypeLiteral, optional): Not described in the spec.
            remainder_destination_portfolio (str, optional):
                The portfolio where to allocate the remainder of the size.
            netting_id (str, optional): The ID to identify an in-flight net allocation.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_TYPE_UNSUPPORTED: The portfolio's type does not support this operation.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ALLOCATION_ID_REQUIRED: allocation_id is required but missing.
                ALLOCATION_NETTING_ID_REQUIRED: netting_id is required but missing.
                ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...
                ALLOCATION_PRECONDITION_FAILED: Buying power or account info for the source or destination...
                ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED: source_portfolio_id is required to identify where the...
                ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED: At least one allocation_legs entry has no...
                ALLOCATION_ORDERS_MIXED_SIDES: order_ids mixes buy and sell orders; all orders in one allocation...
                ALLOCATION_ORDERS_MIXED_PRODUCTS: order_ids spans several products; all orders in one allocation...
                ALLOCATION_ORDER_NOT_TERMINAL: At least one order has not reached a terminal state and cannot be...
                ALLOCATION_ORDER_TOO_OLD: At least one order is older than the maximum age allowed for allocation.
                ALLOCATION_ORDER_ALREADY_ALLOCATED: At least one order in order_ids has already been allocated...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                ALLOCATION_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateNetAllocationResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_allocation(
        self,
        *,
        allocation_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetAllocationResponse:
        """Get Allocation by ID (GET /v1/portfolios/{portfolio_id}/allocations/{allocation_id})

        Retrieve an allocation by allocation ID.

        Operation GetAllocation: `ROUTES['GetAllocation']`.

        Args:
            allocation_id (str): The ID of the allocation.
            portfolio_id (str, optional):
                The portfolio ID of the allocation. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ALLOCATION_ID_REQUIRED: allocation_id is required but missing.
                ALLOCATION_ID_INVALID: allocation_id is not a valid UUID.
                ALLOCATION_NETTING_ID_REQUIRED: netting_id is required but missing.
                ALLOCATION_NETTING_ID_INVALID: netting_id is not a valid UUID.
                ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ALLOCATION_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetAllocationResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_allocations_by_client_netting_id(
        self,
        *,
        netting_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetAllocationsByClientNettingIdResponse:
        """Get Net Allocations by Netting ID (GET /v1/portfolios/{portfolio_id}/allocations/net/{netting_id})

        Retrieve an allocation by netting ID.

        Operation GetAllocationsByClientNettingId: `ROUTES['GetAllocationsByClientNettingId']`.

        Args:
            netting_id (str): The allocation netting ID.
            portfolio_id (str, optional):
                The portfolio ID of the allocation. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ALLOCATION_ID_REQUIRED: allocation_id is required but missing.
                ALLOCATION_ID_INVALID: allocation_id is not a valid UUID.
                ALLOCATION_NETTING_ID_REQUIRED: netting_id is required but missing.
                ALLOCATION_NETTING_ID_INVALID: netting_id is not a valid UUID.
                ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ALLOCATION_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetAllocationsByClientNettingIdResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_allocations(
        self,
        *,
        start_date: datetime | str,
        portfolio_id: str | None = None,
        product_ids: Sequence[str] | None = None,
        order_side: e.OrderSide | e.OrderSideLiteral | None = None,
        end_date: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetPortfolioAllocationsResponse, m.Allocation]:
        """List Portfolio Allocations (GET /v1/portfolios/{portfolio_id}/allocations)

        List historical allocations for a given portfolio.

        Operation GetPortfolioAllocations: `ROUTES['GetPortfolioAllocations']`.

        Args:
            start_date (datetime | str): A start date for the allocations to be queried from.
            portfolio_id (str, optional):
                Portfolio to retrieve allocations for. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            product_ids (Sequence[str], optional): List of products by which to filter the response.
            order_side (OrderSide | OrderSideLiteral, optional): An order side to filter allocations on.

                - UNKNOWN_ORDER_SIDE: nil value
                - BUY: Buy order
                - SELL: Sell order.
            end_date (datetime | str, optional): An end date for the orders to be queried from.
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order: DESC or ASC.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...
                ALLOCATION_START_DATE_REQUIRED: start_date is required when listing portfolio allocations.
                ALLOCATION_LIMIT_EXCEEDED: limit exceeds the maximum number of allocations returned per request.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetPortfolioAllocationsResponse, Allocation]: `.first_page()` for the first page, a GetPortfolioAllocationsResponse;
            iterate it for every Allocation of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncApiKeysResource(SyncResource):
    def rotate_api_key(
        self,
        *,
        duration_seconds: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.RotateAPIKeyResponse:
        """Rotate API Key (POST /v1/api-keys/rotate)

        Generates a new API key with the same configuration as the invoking key.

        Operation RotateAPIKey: `ROUTES['RotateAPIKey']`.

        Args:
            duration_seconds (int, optional):
                How long the old key remains active after the new key is approved, in seconds. Set
                to 0 for immediate expiry on approval. Cannot extend beyond the original key's
                expiry.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                API_KEY_INVALID_DURATION: duration_seconds exceeds the maximum rotation timespan of 30 days.
                API_KEY_ALREADY_ROTATED: A rotation was already initiated for this API key; only one rotation may...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            501 InternalServerError:
                ENDPOINT_NOT_IMPLEMENTED: This endpoint is not implemented yet.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            RotateAPIKeyResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncAssetsResource(SyncResource):
    def list_entity_assets(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetEntityAssetsResponse:
        """List Assets (GET /v1/entities/{entity_id}/assets)

        List all assets available for a given entity.

        Operation GetEntityAssets: `ROUTES['GetEntityAssets']`.

        Args:
            entity_id (str, optional):
                The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ASSET_REQUEST_INVALID: Asset lookup has an invalid argument, e.g. unsupported currency symbol or...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetEntityAssetsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncBalancesResource(SyncResource):
    def get_wallet_balance(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetWalletBalanceResponse:
        """Get Wallet Balance (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/balance)

        Query balance for a specific wallet.

        Operation GetWalletBalance: `ROUTES['GetWalletBalance']`.

        Args:
            wallet_id (str): Wallet ID.
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetWalletBalanceResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_entity_balances(
        self,
        *,
        entity_id: str | None = None,
        symbols: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        aggregation_type: e.PortfolioBalanceType | e.PortfolioBalanceTypeLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.ListEntityBalancesResponse, m.EntityBalance]:
        """List Entity Balances (GET /v1/entities/{entity_id}/balances)

        List all balances for a specific entity.

        Operation ListEntityBalances: `ROUTES['ListEntityBalances']`.

        Args:
            entity_id (str, optional):
                The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).
            symbols (str, optional): A list of symbols by which to filter the response.
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve.
            aggregation_type (PortfolioBalanceType | PortfolioBalanceTypeLiteral, optional):
                A type by which to filter aggregated balances, defaults to "TOTAL"

                - UNKNOWN_BALANCE_TYPE: nil
                - TRADING_BALANCES: Trading balances
                - VAULT_BALANCES: Vault balances
                - TOTAL_BALANCES: Total balances (The sum of vault and trading + prime custody)
                - PRIME_CUSTODY_BALANCES: Prime custody balances
                - UNIFIED_TOTAL_BALANCES: Unified total balance across networks and wallet types
                  (vault + trading + prime custody).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                ENTITY_BALANCES_LIMIT_INVALID: limit for entity balances is out of range.
                ENTITY_BALANCES_INVALID_ARGUMENT: Entity balances request has an invalid cursor or filter.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_BALANCES_NOT_FOUND: No balances found for the entity.
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[ListEntityBalancesResponse, EntityBalance]: `.first_page()` for the first page, a ListEntityBalancesResponse;
            iterate it for every EntityBalance of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_balances(
        self,
        *,
        portfolio_id: str | None = None,
        symbols: str | None = None,
        balance_type: e.PortfolioBalanceType | e.PortfolioBalanceTypeLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPortfolioBalancesResponse:
        """List Portfolio Balances (GET /v1/portfolios/{portfolio_id}/balances)

        List all balances for a specific portfolio.

        Operation GetPortfolioBalances: `ROUTES['GetPortfolioBalances']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            symbols (str, optional): A list of symbols by which to filter the response.
            balance_type (PortfolioBalanceType | PortfolioBalanceTypeLiteral, optional):
                A type by which to filter balances

                - UNKNOWN_BALANCE_TYPE: nil
                - TRADING_BALANCES: Trading balances
                - VAULT_BALANCES: Vault balances
                - TOTAL_BALANCES: Total balances (The sum of vault and trading + prime custody)
                - PRIME_CUSTODY_BALANCES: Prime custody balances
                - UNIFIED_TOTAL_BALANCES: Unified total balance across networks and wallet types
                  (vault + trading + prime custody).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                PORTFOLIO_BALANCES_INVALID_ARGUMENT: Portfolio balances request has an invalid cursor or filter.
                ASSET_REQUEST_INVALID: Asset lookup has an invalid argument, e.g. unsupported currency symbol or...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                PORTFOLIO_BALANCES_NOT_FOUND: No balances found for the portfolio.
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPortfolioBalancesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_web3_wallet_balances(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        visibility_statuses: Sequence[e.VisibilityStatus | e.VisibilityStatusLiteral] | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.ListWeb3WalletBalancesResponse, m.Web3Balance]:
        """List Onchain Wallet Balances (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/web3_balances)

        Query balances for a specific onchain wallet.

        Operation ListWeb3WalletBalances: `ROUTES['ListWeb3WalletBalances']`.

        Args:
            wallet_id (str): Onchain wallet to retrieve balances for.
            portfolio_id (str, optional):
                Portfolio to retrieve balances for. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            visibility_statuses (Sequence[VisibilityStatus | VisibilityStatusLiteral], optional):
                Visibility statuses to filter balances on. Leaving this field empty will return only
                VISIBLE balances.

                - UNKNOWN_VISIBILITY_STATUS: nil
                - VISIBLE: Visible
                - HIDDEN: Hidden
                - SPAM: Spam.
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve. Defaults to 100 with a max size of 500.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
                WALLET_BALANCES_LIMIT_INVALID: limit is outside the allowed range.
                WALLET_VISIBILITY_STATUSES_INVALID: visibility_statuses filter has more values than allowed.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[ListWeb3WalletBalancesResponse, Web3Balance]: `.first_page()` for the first page, a ListWeb3WalletBalancesResponse;
            iterate it for every Web3Balance of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncCommissionResource(SyncResource):
    def get_portfolio_commission(
        self,
        *,
        portfolio_id: str | None = None,
        product_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPortfolioCommissionResponse:
        """Get Portfolio Commission (GET /v1/portfolios/{portfolio_id}/commission)

        Retrieve commission associated with a given portfolio.

        Operation GetPortfolioCommission: `ROUTES['GetPortfolioCommission']`.

        Args:
            portfolio_id (str, optional):
                Not described in the spec. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            product_id (str, optional): Specific trading pair to check commission (e.g BTC-USD).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                COMMISSION_PRODUCT_ID_INVALID: product_id is not a recognized trading pair.
                COMMISSION_TRADING_NOT_ENABLED: The portfolio is not enabled for trading, so no trading...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPortfolioCommissionResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncFinancingResource(SyncResource):
    def create_new_locates(
        self,
        *,
        symbol: str,
        amount: Decimal | str | int,
        portfolio_id: str | None = None,
        conversion_date: str | None = None,
        locate_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateNewLocatesResponse:
        """Create New Locates (POST /v1/portfolios/{portfolio_id}/locates)

        Create a new locate

        Operation CreateNewLocates: `ROUTES['CreateNewLocates']`.

        Args:
            symbol (str): Currency symbol.
            amount (Decimal | str | int): Locate Amount.
            portfolio_id (str, optional):
                The unique ID of the portfolio. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            conversion_date (str, optional): Deprecated: Use locate_date instead.
            locate_date (str, optional): The target date of the locate (YYYY-MM-DD).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                LOCATE_DATE_INVALID: locate_date is not a valid YYYY-MM-DD date.
                LOCATE_REQUEST_INVALID: Stock locate request invalid, e.g. both locate_date and locate_ids...
                LOCATE_IDS_INVALID: One or more locate_ids are not valid UUIDs.
                LOCATE_FAILED_PRECONDITION: Stock locate precondition failed, e.g. no availability for the...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateNewLocatesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_buying_power(
        self,
        *,
        base_currency: str,
        quote_currency: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetBuyingPowerResponse:
        """Get Portfolio Buying Power (GET /v1/portfolios/{portfolio_id}/buying_power)

        Returns the size of a buy trade that can be performed based on existing holdings and
        available credit. The result will differ for different assets due to asset specific credit
        configurations and caps. Note that this result is changing based on asset price
        fluctuations, so may be rejected when submitted.

        Operation GetBuyingPower: `ROUTES['GetBuyingPower']`.

        Args:
            base_currency (str): The symbol for the base currency.
            quote_currency (str): The symbol for the quote currency.
            portfolio_id (str, optional):
                The unique ID of the portfolio. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                BUYING_POWER_BASE_CURRENCY_REQUIRED: base_currency is required but missing.
                BUYING_POWER_QUOTE_CURRENCY_REQUIRED: quote_currency is required but missing.
                BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.
                BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetBuyingPowerResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_conversion_fees(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetConversionFeesResponse:
        """Get Conversion Fees (GET /v1/conversion/fees)

        Get your organization's stablecoin conversion fee tiers and month-to-date net conversion
        volume per currency. The organization is resolved from the authenticated API key, which must
        be organization-scoped.

        Operation GetConversionFees: `ROUTES['GetConversionFees']`.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CONVERSION_FEE_FEATURE_DISABLED: Conversion fees API not enabled for this entity.
                CONVERSION_FEE_NOT_ENABLED_FOR_ORG: Stablecoin conversion fee configuration not set up for the...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetConversionFeesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_cross_margin_overview(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetCrossMarginOverviewResponse:
        """Get Exchange Cross Margin Overview (GET /v1/entities/{entity_id}/cross_margin)

        Gets live data for Cross Margin (XM) for a specific XM customer

        Operation GetCrossMarginOverview: `ROUTES['GetCrossMarginOverview']`.

        Args:
            entity_id (str, optional):
                XM customer Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...
                CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetCrossMarginOverviewResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_cross_margin_prime_overview(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetCrossMarginPrimeOverviewResponse:
        """Get Prime Cross Margin Overview (GET /v2/entities/{entity_id}/cross_margin/prime)

        Returns real time risk data from the cross margin model.

        Operation GetCrossMarginPrimeOverview: `ROUTES['GetCrossMarginPrimeOverview']`.

        Args:
            entity_id (str, optional):
                Prime entity ID for the XM (cross-margin) customer. Left out: the client's own
                `entity_id` (PrimeClient's `entity_id=` or PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...
                CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetCrossMarginPrimeOverviewResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_cross_margin_risk_parameters(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetCrossMarginRiskParametersResponse:
        """Get Cross Margin Risk Parameters (GET /v1/entities/{entity_id}/cross_margin/risk_parameters)

        Gets the current Cross Margin (XM) risk parameters for an entity.

        Operation GetCrossMarginRiskParameters: `ROUTES['GetCrossMarginRiskParameters']`.

        Args:
            entity_id (str, optional):
                XM customer Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...
                CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetCrossMarginRiskParametersResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_entity_rewards_rate(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetEntityRewardsRateResponse:
        """Get Entity Rewards Rate (GET /v1/entities/{entity_id}/rewards/rate)

        (Beta) The current rewards rate of an entity and the rate tiers available to it.

        Operation GetEntityRewardsRate: `ROUTES['GetEntityRewardsRate']`.

        Args:
            entity_id (str, optional):
                The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                REWARDS_REQUEST_INVALID: Rewards rate request is invalid.
                REWARDS_ENTITY_NOT_ENROLLED: Entity is not enrolled in Prime Rewards.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                REWARDS_API_FEATURE_DISABLED: Rewards Rate API not enabled for this entity or portfolio.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetEntityRewardsRateResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_locate_availabilities(
        self,
        *,
        entity_id: str | None = None,
        conversion_date: str | None = None,
        locate_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetLocateAvailabilitiesResponse:
        """Get Entity Locate Availabilities (GET /v1/entities/{entity_id}/locates_availability)

        Get currencies available to be located with their corresponding amount and rate.

        Operation GetLocateAvailabilities: `ROUTES['GetLocateAvailabilities']`.

        Args:
            entity_id (str, optional):
                The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).
            conversion_date (str, optional): Deprecated: Use locate_date instead.
            locate_date (str, optional): The date of the locate availability in YYYY-MM-DD format.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                LOCATE_DATE_INVALID: locate_date is not a valid YYYY-MM-DD date.
                LOCATE_REQUEST_INVALID: Stock locate request invalid, e.g. both locate_date and locate_ids...
                LOCATE_FAILED_PRECONDITION: Stock locate precondition failed, e.g. no availability for the...
                LOCATE_DATE_REQUIRED: locate_date is required but missing.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                LOCATE_AVAILABILITY_NOT_FOUND: No locate availability data for the entity and date.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetLocateAvailabilitiesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_margin_information(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetMarginInformationResponse:
        """Get Margin Information (GET /v1/entities/{entity_id}/margin)

        Gets real-time evaluation of the margin model based on current positions and spot rates.

        Operation GetMarginInformation: `ROUTES['GetMarginInformation']`.

        Args:
            entity_id (str, optional):
                The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                MARGIN_INFORMATION_REQUEST_INVALID: Margin information request has invalid parameters, e.g....
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetMarginInformationResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_portfolio_rewards_rate(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPortfolioRewardsRateResponse:
        """Get Portfolio Rewards Rate (GET /v1/portfolios/{portfolio_id}/rewards/rate)

        (Beta) The current rewards rate of a portfolio and the rate tiers available to it.

        Operation GetPortfolioRewardsRate: `ROUTES['GetPortfolioRewardsRate']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                REWARDS_REQUEST_INVALID: Rewards rate request is invalid.
                REWARDS_ENTITY_NOT_ENROLLED: Entity is not enrolled in Prime Rewards.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                REWARDS_API_FEATURE_DISABLED: Rewards Rate API not enabled for this entity or portfolio.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPortfolioRewardsRateResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_post_trade_credit(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPostTradeCreditResponse:
        """Get Portfolio Credit Information (GET /v1/portfolios/{portfolio_id}/credit)

        Retrieve a portfolio's post-trade credit information.

        Operation GetPostTradeCredit: `ROUTES['GetPostTradeCredit']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FINANCING_PTC_DISABLED_FOR_PM_ENTITY: Post-trade credit info unavailable because the entity has...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPostTradeCreditResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_tf_tiered_pricing_fees(
        self,
        *,
        entity_id: str | None = None,
        effective_at: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetTFTieredPricingFeesResponse:
        """Get Trade Finance Tiered Pricing Fees (GET /v1/entities/{entity_id}/tf_tiered_fees)

        Get trade finance tiered pricing fees for a given entity at a specific time, default to
        current time.

        Operation GetTFTieredPricingFees: `ROUTES['GetTFTieredPricingFees']`.

        Args:
            entity_id (str, optional):
                The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).
            effective_at (str, optional): The fees on a specific effective date in RFC3339 format.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                TIERED_PRICING_EFFECTIVE_AT_INVALID: effective_at is not a valid RFC 3339 timestamp.
                TIERED_PRICING_REQUEST_INVALID: Tiered pricing request has invalid parameters, e.g. entity_id or...
                TIERED_PRICING_FAILED_PRECONDITION: Tiered pricing precondition failed, e.g. entity not enabled...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetTFTieredPricingFeesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_withdrawal_power(
        self,
        *,
        symbol: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetWithdrawalPowerResponse:
        """Get Portfolio Withdrawal Power (GET /v1/portfolios/{portfolio_id}/withdrawal_power)

        Returns the nominal quantity of a given asset that can be withdrawn based on holdings and
        current portfolio equity.

        Operation GetWithdrawalPower: `ROUTES['GetWithdrawalPower']`.

        Args:
            symbol (str): The currency symbol.
            portfolio_id (str, optional):
                The unique ID of the portfolio. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                FINANCING_WITHDRAWAL_POWER_INVALID_ARGUMENT: Withdrawal power request has invalid parameters,...
                FINANCING_WITHDRAWAL_POWER_SYMBOL_REQUIRED: symbol is required but missing.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetWithdrawalPowerResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_xm_liquidation(
        self,
        *,
        entity_id: str | None = None,
        liquidation_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetXMLiquidationResponse:
        """Get Cross Margin Liquidation (GET /v1/entities/{entity_id}/cross_margin/liquidation)

        Gets detailed liquidation data for an XM customer. Returns the active or most recent
        liquidation by default.

        Operation GetXMLiquidation: `ROUTES['GetXMLiquidation']`.

        Args:
            entity_id (str, optional):
                XM customer Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).
            liquidation_id (str, optional):
                Financing liquidation UUID. If omitted, returns the active or most recent
                liquidation.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...
                CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetXMLiquidationResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_existing_locates(
        self,
        *,
        portfolio_id: str | None = None,
        locate_ids: Sequence[str] | None = None,
        conversion_date: str | None = None,
        locate_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetExistingLocatesResponse:
        """List Existing Locates (GET /v1/portfolios/{portfolio_id}/locates)

        List locates for the portfolio

        Operation GetExistingLocates: `ROUTES['GetExistingLocates']`.

        Args:
            portfolio_id (str, optional):
                The unique ID of the portfolio. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            locate_ids (Sequence[str], optional): The IDs of specific locates to filter for.
            conversion_date (str, optional): Deprecated: Use locate_date instead.
            locate_date (str, optional): The date of the locates in YYYY-MM-DD format.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                LOCATE_DATE_INVALID: locate_date is not a valid YYYY-MM-DD date.
                LOCATE_REQUEST_INVALID: Stock locate request invalid, e.g. both locate_date and locate_ids...
                LOCATE_IDS_INVALID: One or more locate_ids are not valid UUIDs.
                LOCATE_FAILED_PRECONDITION: Stock locate precondition failed, e.g. no availability for the...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetExistingLocatesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_financing_eligible_assets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.ListFinancingEligibleAssetsResponse:
        """List Financing Eligible Assets (GET /v1/financing/eligible-assets)

        Get all assets eligible for Trade Finance with their adjustment factors.

        Operation ListFinancingEligibleAssets: `ROUTES['ListFinancingEligibleAssets']`.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            ListFinancingEligibleAssetsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_interest_accruals(
        self,
        *,
        entity_id: str | None = None,
        portfolio_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetInterestAccrualsResponse:
        """List Interest Accruals (GET /v1/entities/{entity_id}/accruals)

        Lists interest accruals for an entity between the specified date range given

        Operation GetInterestAccruals: `ROUTES['GetInterestAccruals']`.

        Args:
            entity_id (str, optional):
                The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).
            portfolio_id (str, optional): The unique ID of the portfolio.
            start_date (str, optional): The start date of the range to query for in RFC3339 format.
            end_date (str, optional): The end date of the range to query for in RFC3339 format.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                FINANCING_START_DATE_REQUIRED: start_date is required but missing.
                FINANCING_END_DATE_REQUIRED: end_date is required but missing.
                FINANCING_START_DATE_INVALID: start_date is not a valid RFC 3339 timestamp.
                FINANCING_END_DATE_INVALID: end_date is not a valid RFC 3339 timestamp.
                FINANCING_ACCRUALS_INVALID_ARGUMENT: Interest accruals request has invalid parameters (entity_id,...
                FINANCING_FAILED_PRECONDITION: Interest accruals request failed a precondition, e.g. invalid date...
                FINANCING_ACCRUALS_RANGE_EXCEEDED: start_date..end_date exceeds the 12-month maximum trailing...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetInterestAccrualsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_margin_conversions(
        self,
        *,
        portfolio_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetMarginConversionsResponse:
        """List Margin Conversions (GET /v1/portfolios/{portfolio_id}/margin_conversions)

        Lists conversions and short collateral requirement between specified date range. This
        endpoint is deprecated and will be removed in the future. Use
        /v1/entities/{entity_id}/margin_summaries instead.

        Operation GetMarginConversions: `ROUTES['GetMarginConversions']`.

        Args:
            portfolio_id (str, optional):
                The unique ID of the portfolio. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            start_date (str, optional): The start date of the range to query for in RFC3339 format.
            end_date (str, optional): The end date of the range to query for in RFC3339 format.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                FINANCING_START_DATE_REQUIRED: start_date is required but missing.
                FINANCING_END_DATE_REQUIRED: end_date is required but missing.
                FINANCING_START_DATE_INVALID: start_date is not a valid RFC 3339 timestamp.
                FINANCING_END_DATE_INVALID: end_date is not a valid RFC 3339 timestamp.
                MARGIN_CONVERSION_REQUEST_INVALID: Margin conversions request has invalid parameters...
                MARGIN_CONVERSION_FAILED_PRECONDITION: Margin conversions request failed a precondition, e.g....
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetMarginConversionsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_margin_summaries(
        self,
        *,
        entity_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetMarginSummariesResponse:
        """List Margin Call Summaries (GET /v1/entities/{entity_id}/margin_summaries)

        Lists the margin call history for a given entity ID.

        Operation GetMarginSummaries: `ROUTES['GetMarginSummaries']`.

        Args:
            entity_id (str, optional):
                The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).
            start_date (str, optional):
                The start date of the range to query for in RFC3339 format. Must be within the last
                3 months.
            end_date (str, optional): The end date of the range to query for in RFC3339 format.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                FINANCING_START_DATE_INVALID: start_date is not a valid RFC 3339 timestamp.
                FINANCING_END_DATE_INVALID: end_date is not a valid RFC 3339 timestamp.
                MARGIN_SUMMARY_RANGE_INVALID: start_date..end_date exceeds the 3-month maximum trailing period...
                MARGIN_SUMMARY_FAILED_PRECONDITION: Margin summaries request failed a precondition, e.g. entity...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetMarginSummariesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_market_data(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetMarketDataResponse, m.MarketData]:
        """Get Market Data (GET /v1/entities/{entity_id}/market_data)

        Retrieves market data including volatility and average daily volume for an entity.

        Operation GetMarketData: `ROUTES['GetMarketData']`.

        Args:
            entity_id (str, optional):
                Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=`
                or PRIME_ENTITY_ID).
            cursor (str, optional): Cursor for pagination.
            limit (int, optional): Number of results to return per page.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sort direction for results.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                MARKET_DATA_INVALID_ARGUMENT: Invalid argument, e.g. unknown entity_id, cursor or sort_direction.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                MARKET_DATA_NOT_FOUND: No market data for the entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetMarketDataResponse, MarketData]: `.first_page()` for the first page, a GetMarketDataResponse;
            iterate it for every MarketData of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_interest_accruals(
        self,
        *,
        portfolio_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPortfolioInterestAccrualsResponse:
        """List Interest Accruals For Portfolio (GET /v1/portfolios/{portfolio_id}/accruals)

        Lists interest accruals between the specified date range for a specific portfolio ID

        Operation GetPortfolioInterestAccruals: `ROUTES['GetPortfolioInterestAccruals']`.

        Args:
            portfolio_id (str, optional):
                The unique ID of the portfolio. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            start_date (str, optional): The start date of the range to query for in RFC3339 format.
            end_date (str, optional): The end date of the range to query for in RFC3339 format.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                FINANCING_START_DATE_REQUIRED: start_date is required but missing.
                FINANCING_END_DATE_REQUIRED: end_date is required but missing.
                FINANCING_START_DATE_INVALID: start_date is not a valid RFC 3339 timestamp.
                FINANCING_END_DATE_INVALID: end_date is not a valid RFC 3339 timestamp.
                FINANCING_ACCRUALS_INVALID_ARGUMENT: Interest accruals request has invalid parameters (entity_id,...
                FINANCING_ACCRUALS_DATE_INVALID: start_date..end_date range is not valid for interest accruals on...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPortfolioInterestAccrualsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_tf_obligations(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.ListTFObligationsResponse:
        """List Trade Finance Obligations (GET /v1/entities/{entity_id}/tf_obligations)

        List trade finance obligations for a given entity.

        Operation ListTFObligations: `ROUTES['ListTFObligations']`.

        Args:
            entity_id (str, optional):
                The entity ID to retrieve obligations for. Left out: the client's own `entity_id`
                (PrimeClient's `entity_id=` or PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            ListTFObligationsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_xm_liquidations(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        status: e.XMLiquidationStatus | e.XMLiquidationStatusLiteral | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.ListXMLiquidationsResponse, m.XMLiquidationSummary]:
        """List Cross Margin Liquidations (GET /v1/entities/{entity_id}/cross_margin/liquidations)

        Lists historical liquidation records for an XM customer

        Operation ListXMLiquidations: `ROUTES['ListXMLiquidations']`.

        Args:
            entity_id (str, optional):
                XM customer Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).
            cursor (str, optional): Cursor for pagination.
            limit (int, optional): Number of results to return per page.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sort direction for results.
            status (XMLiquidationStatus | XMLiquidationStatusLiteral, optional):
                Filter results by liquidation status

                - XM_LIQUIDATION_STATUS_PRE_LIQUIDATION: Liquidation is in the pre-liquidation phase
                - XM_LIQUIDATION_STATUS_LIQUIDATING: Liquidation is actively in progress
                - XM_LIQUIDATION_STATUS_LIQUIDATED: Liquidation has completed successfully
                - XM_LIQUIDATION_STATUS_CANCELED: Liquidation was canceled
                - XM_LIQUIDATION_STATUS_FAILED: Liquidation failed.
            start_time (datetime | str, optional):
                Filter results to liquidations created at or after this time.
            end_time (datetime | str, optional):
                Filter results to liquidations created at or before this time.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...
                CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[ListXMLiquidationsResponse, XMLiquidationSummary]: `.first_page()` for the first page, a ListXMLiquidationsResponse;
            iterate it for every XMLiquidationSummary of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def update_funding_settings(
        self,
        *,
        designated_funding_portfolio_id: str,
        automatic_conversion_enabled: bool,
        automatic_excess_return_enabled: bool,
        excess_funds_target_amount: Decimal | str | int,
        entity_id: str | None = None,
        automatic_loan_enabled: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.UpdateFundingSettingsResponse:
        """Update Funding Settings (POST /v1/entities/{entity_id}/funding_settings)

        Sets FCM funding configuration for the entity and submits the desired configuration to Prime
        API for approval.

        Operation UpdateFundingSettings: `ROUTES['UpdateFundingSettings']`.

        Args:
            designated_funding_portfolio_id (str):
                Set the Derivatives Funding Portfolio that will be used to fund FCM margin calls and
                receive excess margin sweeps. Only one portfolio per entity.
            automatic_conversion_enabled (bool):
                When true, USDC in your Derivatives Funding Portfolio will be converted to USD to
                meet FCM margin calls (Auto-Convert USDC).
            automatic_excess_return_enabled (bool):
                When true, any FCM account balance above your margin requirements will be
                automatically swept back to your Derivatives funding portfolio. (Auto-Return Excess
                Margin).
            excess_funds_target_amount (Decimal | str | int):
                Weekend Buying Power: Setting a target amount to maintain in your Futures account
                above margin requirements. You can only withdraw funds in excess of this amount.
            entity_id (str, optional):
                Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=`
                or PRIME_ENTITY_ID).
            automatic_loan_enabled (bool, optional):
                Deprecated: Auto-Initiate Loans is now always enabled for Financing customers. Any
                value sent for this field is ignored.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...
                CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...
                FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID: excess_funds_target_amount missing, not a valid...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            UpdateFundingSettingsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    @deprecated('use update_funding_settings() (Prime renamed SetFundingSettings to UpdateFundingSettings)')
    def set_funding_settings(
        self,
        *,
        designated_funding_portfolio_id: str,
        automatic_conversion_enabled: bool,
        automatic_excess_return_enabled: bool,
        excess_funds_target_amount: Decimal | str | int,
        entity_id: str | None = None,
        automatic_loan_enabled: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.UpdateFundingSettingsResponse:
        """Deprecated: use update_funding_settings() (Prime renamed SetFundingSettings to UpdateFundingSettings).

        Update Funding Settings (POST /v1/entities/{entity_id}/funding_settings)

        Sets FCM funding configuration for the entity and submits the desired configuration to Prime
        API for approval.

        Operation UpdateFundingSettings: `ROUTES['UpdateFundingSettings']`.

        Args:
            designated_funding_portfolio_id (str):
                Set the Derivatives Funding Portfolio that will be used to fund FCM margin calls and
                receive excess margin sweeps. Only one portfolio per entity.
            automatic_conversion_enabled (bool):
                When true, USDC in your Derivatives Funding Portfolio will be converted to USD to
                meet FCM margin calls (Auto-Convert USDC).
            automatic_excess_return_enabled (bool):
                When true, any FCM account balance above your margin requirements will be
                automatically swept back to your Derivatives funding portfolio. (Auto-Return Excess
                Margin).
            excess_funds_target_amount (Decimal | str | int):
                Weekend Buying Power: Setting a target amount to maintain in your Futures account
                above margin requirements. You can only withdraw funds in excess of this amount.
            entity_id (str, optional):
                Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=`
                or PRIME_ENTITY_ID).
            automatic_loan_enabled (bool, optional):
                Deprecated: Auto-Initiate Loans is now always enabled for Financing customers. Any
                value sent for this field is ignored.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...
                CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...
                FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID: excess_funds_target_amount missing, not a valid...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            UpdateFundingSettingsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncFuturesResource(SyncResource):
    def cancel_futures_sweep(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CancelFuturesSweepResponse:
        """Cancel Entity Futures Sweep (DELETE /v1/entities/{entity_id}/futures/sweeps)

        Cancel the pending sweep for a given entity. A user will only be able to have one pending
        sweep at a time. If the sweep is not found, a 404 will be returned.

        Operation CancelFuturesSweep: `ROUTES['CancelFuturesSweep']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FCM_SWEEP_NOT_FOUND: No sweep request for the entity_id, including when there is no pending sweep...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CancelFuturesSweepResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_derivative_positions(
        self,
        *,
        portfolio_id: str | None = None,
        product_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetDerivativePositionsResponse:
        """List Portfolio Derivative Positions (GET /v1/portfolios/{portfolio_id}/derivatives/positions)

        Retrieve the active derivative positions (futures, perpetuals, options) of a portfolio.

        Operation GetDerivativePositions: `ROUTES['GetDerivativePositions']`.

        Args:
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            product_id (str, optional): Product ID. Optional.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_POSITION_NOT_FOUND: No position data for the entity or portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetDerivativePositionsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_derivatives_currency_summary(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetDerivativesCurrencySummaryResponse:
        """Get Portfolio Derivatives Currency Summary (GET /v1/portfolios/{portfolio_id}/derivatives/currency_summary)

        Retrieve a portfolio's international derivatives balances, one entry per settlement
        currency.

        Operation GetDerivativesCurrencySummary: `ROUTES['GetDerivativesCurrencySummary']`.

        Args:
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FCM_BALANCE_NOT_FOUND: No futures balance data for the entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetDerivativesCurrencySummaryResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_fcm_balance(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetFcmBalanceResponse:
        """Get Entity FCM Balance (GET /v1/entities/{entity_id}/futures/balance_summary)

        Retrieve fcm balance for a given entity.

        Operation GetFcmBalance: `ROUTES['GetFcmBalance']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FCM_BALANCE_NOT_FOUND: No futures balance data for the entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetFcmBalanceResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_fcm_equity(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetFcmEquityResponse:
        """Get FCM Equity (GET /v1/entities/{entity_id}/futures/equity)

        Retrieve the equity data for a given entity.

        Operation GetFcmEquity: `ROUTES['GetFcmEquity']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FCM_EQUITY_NOT_FOUND: No end-of-day equity data for the entity_id's futures account.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetFcmEquityResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_fcm_margin_call_details(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetFcmMarginCallDetailsResponse:
        """Get FCM Margin Call Details (GET /v1/entities/{entity_id}/futures/margin_call_details)

        Retrieve the margin call details for a given entity.

        Operation GetFcmMarginCallDetails: `ROUTES['GetFcmMarginCallDetails']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetFcmMarginCallDetailsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_fcm_risk_limits(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetFcmRiskLimitsResponse:
        """Get FCM Risk Limits (GET /v1/entities/{entity_id}/futures/risk_limits)

        Retrieve the risk limits for a given entity.

        Operation GetFcmRiskLimits: `ROUTES['GetFcmRiskLimits']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FCM_RISK_LIMITS_NOT_FOUND: No risk limit data for the entity_id's futures account.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetFcmRiskLimitsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_fcm_settings(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetFcmSettingsResponse:
        """Get FCM Settings (GET /v1/entities/{entity_id}/futures/settings)

        Get settings related to FCM.

        Operation GetFcmSettings: `ROUTES['GetFcmSettings']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FCM_ACCOUNT_NOT_FOUND: No futures (FCM) account configured for the entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetFcmSettingsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_positions(
        self,
        *,
        entity_id: str | None = None,
        product_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPositionsResponse:
        """Get Entity Positions (GET /v1/entities/{entity_id}/futures/positions)

        Retrieve all active fcm positions for a given entity.

        Operation GetPositions: `ROUTES['GetPositions']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).
            product_id (str, optional): Product ID. Optional.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_POSITION_INVALID_ARGUMENT: Position request has an invalid argument, e.g. malformed...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                ENTITY_POSITION_NOT_FOUND: No position data for the entity or portfolio.
                FCM_ACCOUNT_NOT_FOUND: No futures (FCM) account configured for the entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPositionsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_futures_sweeps(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetFuturesSweepsResponse:
        """List Entity Futures Sweeps (GET /v1/entities/{entity_id}/futures/sweeps)

        Retrieve fcm sweeps in open status, including pending and processing sweeps.

        Operation GetFuturesSweeps: `ROUTES['GetFuturesSweeps']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FCM_SWEEP_NOT_FOUND: No sweep request for the entity_id, including when there is no pending sweep...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetFuturesSweepsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def schedule_futures_sweep(
        self,
        *,
        currency: str,
        entity_id: str | None = None,
        amount: Decimal | str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.ScheduleFuturesSweepResponse:
        """Schedule Entity Futures Sweep (POST /v1/entities/{entity_id}/futures/sweeps)

        Schedule a sweep for a given entity from FCM wallet to USD Spot wallet. Only one pending
        sweep is allowed at a time per entity.

        Operation ScheduleFuturesSweep: `ROUTES['ScheduleFuturesSweep']`.

        Args:
            currency (str): Currency. Required.
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).
            amount (Decimal | str | int, optional): Amount. Default to sweep all if not provided.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...
                FCM_SWEEP_CURRENCY_REQUIRED: currency is required when scheduling a futures sweep.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            ScheduleFuturesSweepResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def set_auto_sweep(
        self,
        *,
        auto_sweep: bool,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.SetAutoSweepResponse:
        """Set Auto Sweep (POST /v1/entities/{entity_id}/futures/auto_sweep)

        Set auto sweep for a given entity.

        Operation SetAutoSweep: `ROUTES['SetAutoSweep']`.

        Args:
            auto_sweep (bool): Auto sweep status, default to false.
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SetAutoSweepResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def set_fcm_settings(
        self,
        *,
        entity_id: str | None = None,
        target_derivatives_excess: Decimal | str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.SetFcmSettingsResponse:
        """Set FCM Settings (POST /v1/entities/{entity_id}/futures/settings)

        Update settings related to FCM.

        Operation SetFcmSettings: `ROUTES['SetFcmSettings']`.

        Args:
            entity_id (str, optional):
                Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).
            target_derivatives_excess (Decimal | str | int, optional):
                Target CFM Excess amount to set. Only non-negative number is allowed.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...
                FCM_TARGET_DERIVATIVES_EXCESS_INVALID: target_derivatives_excess must be a valid non-negative...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                FCM_ACCOUNT_NOT_FOUND: No futures (FCM) account configured for the entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SetFcmSettingsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncInvoicesResource(SyncResource):
    def list_invoices(
        self,
        *,
        entity_id: str | None = None,
        states: Sequence[e.InvoiceState | e.InvoiceStateLiteral] | None = None,
        billing_year: int | None = None,
        billing_month: int | None = None,
        cursor: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetInvoicesResponse:
        """List Invoices (GET /v1/entities/{entity_id}/invoices)

        Retrieve a list of invoices belonging to an entity.

        Operation GetInvoices: `ROUTES['GetInvoices']`.

        Args:
            entity_id (str, optional):
                The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).
            states (Sequence[InvoiceState | InvoiceStateLiteral], optional):
                Invoice states to filter the response.
            billing_year (int, optional): Filter invoices by year.
            billing_month (int, optional):
                Integer representing the month to filter by, 1 for January, 12 for December.
            cursor (int, optional): Cursor used for pagination (last consumed record).
            limit (int, optional): Number of items to retrieve.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetInvoicesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncOnchainAddressBookResource(SyncResource):
    def create_onchain_address_group(
        self,
        *,
        address_group: m.AddressGroup | Mapping[str, Any],
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.ActivityCreationResponse:
        """Create Onchain Address Book Entry (POST /v1/portfolios/{portfolio_id}/onchain_address_group)

        Creates an entry to the portfolio's onchain address groups.

        Operation CreateOnchainAddressGroup: `ROUTES['CreateOnchainAddressGroup']`.

        Args:
            address_group (AddressGroup | Mapping[str, Any]): Not described in the spec.
            portfolio_id (str, optional):
                Not described in the spec. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID: Onchain address group create/update/delete request...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            ActivityCreationResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def delete_onchain_address_group(
        self,
        *,
        address_group_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.ActivityCreationResponse:
        """Delete Onchain Address Group (DELETE /v1/portfolios/{portfolio_id}/onchain_address_group/{address_group_id})

        Deletes an entry in the portfolio's onchain address groups.

        Operation DeleteOnchainAddressGroup: `ROUTES['DeleteOnchainAddressGroup']`.

        Args:
            address_group_id (str): Not described in the spec.
            portfolio_id (str, optional):
                Not described in the spec. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID: Onchain address group create/update/delete request...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            ActivityCreationResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_onchain_address_groups(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.ListOnchainAddressGroupsResponse:
        """List Onchain Address Groups (GET /v1/portfolios/{portfolio_id}/onchain_address_groups)

        Lists all onchain address groups for a given portfolio ID

        Operation ListOnchainAddressGroups: `ROUTES['ListOnchainAddressGroups']`.

        Args:
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            ListOnchainAddressGroupsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def update_onchain_address_group(
        self,
        *,
        address_group: m.AddressGroup | Mapping[str, Any],
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.ActivityCreationResponse:
        """Update Onchain Address Book Entry (PUT /v1/portfolios/{portfolio_id}/onchain_address_group)

        Updates an entry to the portfolio's onchain address groups.

        Operation UpdateOnchainAddressGroup: `ROUTES['UpdateOnchainAddressGroup']`.

        Args:
            address_group (AddressGroup | Mapping[str, Any]): Not described in the spec.
            portfolio_id (str, optional):
                Not described in the spec. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID: Onchain address group create/update/delete request...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            ActivityCreationResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncOrdersResource(SyncResource):
    def accept_quote(
        self,
        *,
        product_id: str,
        side: e.OrderSide | e.OrderSideLiteral,
        quote_id: str,
        portfolio_id: str | None = None,
        client_order_id: str | None = None,
        settl_currency: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.AcceptQuoteResponse:
        """Accept Quote (POST /v1/portfolios/{portfolio_id}/accept_quote)

        Accepts the quote received by the quote request and creates an order with the provided quote
        ID.

        Always required: portfolio_id, product_id, side, quote_id, client_quote_id.

        Operation AcceptQuote: `ROUTES['AcceptQuote']`.

        Args:
            product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).
            side (OrderSide | OrderSideLiteral): Order side.
            quote_id (str): A quote id that was returned from the quote request.
            portfolio_id (str, optional):
                The ID of the portfolio that owns the order. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            client_order_id (str, optional):
                A client-generated ID used for reference purposes (note: order will be rejected if
                this ID is not unique among all currently active orders). The idempotency field:
                filled in by the client when left out (see Idempotency).
            settl_currency (str, optional): Not described in the spec.

        Idempotency:
            `client_order_id` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.client_order_id`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.
            A retry Prime refuses as ORDER_DUPLICATE_CLIENT_ORDER_ID means an earlier attempt of
            this call placed the order: the client finds it by its client_order_id and returns it
            (OrderStateUnknownError if it cannot, within bounds). Refused when no earlier attempt
            may have reached Prime (your own id, reused): DuplicateClientOrderIdError at once.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.
                BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...
                ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...
                ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists; each new...
                ORDER_REJECTED: Order was rejected during processing and was not placed.
                ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.
                ORDER_PRODUCT_ID_REQUIRED: product_id is required for this request.
                ORDER_CLIENT_ORDER_ID_REQUIRED: client_order_id is required to accept a quote.
                ORDER_QUOTE_ID_REQUIRED: quote_id is required to accept a quote.
                ORDER_SIDE_REQUIRED: side is required but missing.
                ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            AcceptQuoteResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def cancel_order(
        self,
        *,
        order_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CancelOrderResponse:
        """Cancel Order (POST /v1/portfolios/{portfolio_id}/orders/{order_id}/cancel)

        Cancel an order. (Filled orders cannot be canceled.)

        Operation CancelOrder: `ROUTES['CancelOrder']`.

        Args:
            order_id (str): The order ID generated by Coinbase upon order submission.
            portfolio_id (str, optional):
                The ID of the portfolio under which the order was placed. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ORDER_ID_REQUIRED: order_id is missing from the request.
                ORDER_ID_INVALID: order_id is not a valid UUID.
                ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.
                ORDER_FULLY_FILLED: Order is fully filled and can no longer be canceled.
                ORDER_BEING_REPLACED: Order is being replaced (edited) and cannot be canceled while that is in...
                ORDER_CANCEL_DUPLICATE: A cancel request for this order was already submitted and is still...
                ORDER_SESSION_INVALID: The order's FCM trading session is not valid for the requested cancel.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                ORDER_CANCEL_NOT_ALLOWED: This order may not be canceled.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ORDER_NOT_FOUND: No order matches the provided order_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CancelOrderResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_order(
        self,
        *,
        product_id: str,
        side: e.OrderSide | e.OrderSideLiteral,
        type: e.OrderType | e.OrderTypeLiteral,
        portfolio_id: str | None = None,
        client_order_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        limit_price: Decimal | str | int | None = None,
        start_time: datetime | str | None = None,
        expiry_time: datetime | str | None = None,
        time_in_force: e.TimeInForceType | e.TimeInForceTypeLiteral | None = None,
        stp_id: str | None = None,
        display_quote_size: Decimal | str | int | None = None,
        display_base_size: Decimal | str | int | None = None,
        is_raise_exact: bool | None = None,
        historical_pov: Decimal | str | int | None = None,
        stop_price: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        post_only: bool | None = None,
        peg_offset_type: e.PegOffsetType | e.PegOffsetTypeLiteral | None = None,
        offset: Decimal | str | int | None = None,
        wig_level: Decimal | str | int | None = None,
        is_buy_exact: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateOrderResponse:
        """Create Order (POST /v1/portfolios/{portfolio_id}/order)

        Create an order.

        Operation CreateOrder: `ROUTES['CreateOrder']`.

        Args:
            product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).
            side (OrderSide | OrderSideLiteral): Order side.
            type (OrderType | OrderTypeLiteral): Strategy (execution algorithm).
            portfolio_id (str, optional):
                The ID of the portfolio that owns the order. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            client_order_id (str, optional):
                A client-generated order ID used for reference purposes. The idempotency field:
                filled in by the client when left out (see Idempotency).
            base_quantity (Decimal | str | int, optional):
                Order size in base asset units (either `base_quantity` or `quote_value` is
                required).
            quote_value (Decimal | str | int, optional):
                Order size in quote asset units, i.e. the amount the user wants to spend (when
                buying) or receive (when selling); the quantity in base units will be determined
                based on the market liquidity and indicated `quote_value` (either `base_quantity` or
                `quote_value` is required).
            limit_price (Decimal | str | int, optional):
                The limit price (required for TWAP, VWAP, LIMIT, and STOP_LIMIT orders).
            start_time (datetime | str, optional): The start time of the order in UTC (TWAP only).
            expiry_time (datetime | str, optional):
                The expiry time of the order in UTC (TWAP, VWAP, LIMIT, and STOP_LIMIT GTD only).
            time_in_force (TimeInForceType | TimeInForceTypeLiteral, optional):
                Indicates the order time validity.
            stp_id (str, optional):
                An optional self trade prevention id (in the form of a UUID). The value is only
                honored for certain clients who are permitted to specify a custom self trade
                prevention id.
            display_quote_size (Decimal | str | int, optional):
                Optionally specify a display size. This is the maximum order size that will show up
                on venue order books. Specifying a value here effectively makes a LIMIT order into
                an "iceberg" style order. This property only applies to LIMIT orders and will be
                ignored for other order types.
            display_base_size (Decimal | str | int, optional): Not described in the spec.
            is_raise_exact (bool, optional): Not described in the spec.
            historical_pov (Decimal | str | int, optional): Historical percentage of volume.
            stop_price (Decimal | str | int, optional):
                Specifies the stop price at which the order activates. The order is activated if the
                last trade price on Coinbase Exchange crosses the stop price specified on the order.
            settl_currency (str, optional): The currency in which the settlement will be made.
            post_only (bool, optional):
                Post-only flag - when true, the order will only be posted to the order book and not
                immediately matched. Only applicable to LIMIT orders with GTC or GTD time in force.
            peg_offset_type (PegOffsetType | PegOffsetTypeLiteral, optional):
                Peg offset type for PEG orders.
            offset (Decimal | str | int, optional):
                Offset value for PEG orders. 0 means peg to BBO. Only non-negative values are
                allowed (PEG orders only).
            wig_level (Decimal | str | int, optional):
                WIG (Would if Good) level - the best price a pegged order would be placed on venues,
                opposite to limit_price (PEG orders only).
            is_buy_exact (bool, optional):
                Buy Exact order flag. When true, fees for a BUY order sized in quote_value are
                charged on top of the requested quote_value instead of being carved out of it. Only
                valid for BUY orders sized in quote_value on SPOT products.

        Idempotency:
            `client_order_id` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.client_order_id`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.
            A retry Prime refuses as ORDER_DUPLICATE_CLIENT_ORDER_ID means an earlier attempt of
            this call placed the order: the client finds it by its client_order_id and returns it
            (OrderStateUnknownError if it cannot, within bounds). Refused when no earlier attempt
            may have reached Prime (your own id, reused): DuplicateClientOrderIdError at once.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.
                BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...
                ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...
                ORDER_STOP_LIMIT_NOT_ENABLED: STOP_LIMIT orders are not enabled for this portfolio.
                ORDER_PEG_NOT_ENABLED: PEG orders are not enabled for this portfolio.
                ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists; each new...
                ORDER_REJECTED: Order was rejected during processing and was not placed.
                ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.
                ORDER_TYPE_NOT_ALLOWED: Order type not allowed on this endpoint (e.g. BLOCK or RFQ sent to...
                ORDER_TIF_NOT_ENABLED: Requested time_in_force (e.g. FILL_OR_KILL) is not enabled for this...
                ORDER_FAILED_PRECONDITION: Order precondition not met, e.g. an account needed to process the...
                ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.
                ORDER_SIZE_REQUIRED: Order size missing; give base_quantity or quote_value.
                ORDER_SIZE_INVALID: Order size unparseable as a number, or both base_quantity and quote_value...
                ORDER_DISPLAY_SIZE_INVALID: Display size invalid: both display size fields given, or display size...
                ORDER_PRICE_INVALID: limit_price unparseable as a number, or a limit price was given for a market...
                ORDER_STOP_PRICE_INVALID: stop_price for a STOP_LIMIT order missing or unparseable.
                ORDER_TIME_IN_FORCE_INVALID: time_in_force incompatible with the order type or post-only flag.
                ORDER_TIME_RANGE_INVALID: Order lacks a start_time or end_time required by its type or time-in-...
                ORDER_PEG_OFFSET_TYPE_INVALID: peg_offset_type is not a supported value for a PEG order.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateOrderResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_order_preview(
        self,
        *,
        product_id: str,
        side: e.OrderSide | e.OrderSideLiteral,
        type: e.OrderType | e.OrderTypeLiteral,
        portfolio_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        limit_price: Decimal | str | int | None = None,
        start_time: datetime | str | None = None,
        expiry_time: datetime | str | None = None,
        time_in_force: e.TimeInForceType | e.TimeInForceTypeLiteral | None = None,
        is_raise_exact: bool | None = None,
        historical_pov: Decimal | str | int | None = None,
        stop_price: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        postOnly: bool | None = None,
        display_quote_size: Decimal | str | int | None = None,
        display_base_size: Decimal | str | int | None = None,
        peg_offset_type: e.PegOffsetType | e.PegOffsetTypeLiteral | None = None,
        offset: Decimal | str | int | None = None,
        wig_level: Decimal | str | int | None = None,
        is_buy_exact: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.PostOrderPreviewResponse:
        """Get Order Preview (POST /v1/portfolios/{portfolio_id}/order_preview)

        Retrieve an order preview.

        Operation OrderPreview: `ROUTES['OrderPreview']`.

        Args:
            product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).
            side (OrderSide | OrderSideLiteral): Order side.
            type (OrderType | OrderTypeLiteral): Strategy (execution algorithm).
            portfolio_id (str, optional):
                The ID of the portfolio that owns the order. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            base_quantity (Decimal | str | int, optional):
                Order size in base asset units (either `base_quantity` or `quote_value` is
                required).
            quote_value (Decimal | str | int, optional):
                Order size in quote asset units, i.e. the amount the user wants to spend (when
                buying) or receive (when selling); the quantity in base units will be determined
                based on the market liquidity and indicated `quote_value` (either `base_quantity` or
                `quote_value` is required).
            limit_price (Decimal | str | int, optional):
                The limit price (required for TWAP, VWAP, LIMIT and STOP_LIMIT orders).
            start_time (datetime | str, optional): The start time of the order in UTC (TWAP, VWAP only).
            expiry_time (datetime | str, optional):
                The expiry time of the order in UTC (TWAP, VWAP, LIMIT and STOP_LIMIT GTD only).
            time_in_force (TimeInForceType | TimeInForceTypeLiteral, optional):
                Indicates the order time validity.
            is_raise_exact (bool, optional): Raise Exact order flag.
            historical_pov (Decimal | str | int, optional): Historical percentage of volume.
            stop_price (Decimal | str | int, optional):
                Specifies the stop price at which the order activates. The order is activated if the
                last trade price on Coinbase Exchange crosses the stop price specified on the order.
            settl_currency (str, optional): The currency in which the settlement will be made.
            postOnly (bool, optional): Specifies whether the order is treated as a post only order.
            display_quote_size (Decimal | str | int, optional):
                The maximum order size that will show up on venue order books (in quote currency).
            display_base_size (Decimal | str | int, optional):
                The maximum order size that will show up on venue order books (in base currency).
            peg_offset_type (PegOffsetType | PegOffsetTypeLiteral, optional):
                Peg offset type for PEG orders.
            offset (Decimal | str | int, optional):
                Offset value for PEG orders. 0 means peg to BBO. Only non-negative values are
                allowed (PEG orders only).
            wig_level (Decimal | str | int, optional):
                WIG (Would if Good) level - the best price a pegged order would be placed on venues,
                opposite to limit_price (PEG orders only).
            is_buy_exact (bool, optional):
                Buy Exact order flag. When true, fees for a BUY order sized in quote_value are
                charged on top of the requested quote_value instead of being carved out of it. Only
                valid for BUY orders sized in quote_value on SPOT products.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.
                BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...
                ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...
                ORDER_TYPE_BLOCK_UNSUPPORTED: BLOCK orders cannot be created or previewed via this endpoint.
                ORDER_TYPE_RFQ_UNSUPPORTED: RFQ orders cannot be created or previewed here; use /rfq and...
                ORDER_FOK_NOT_ENABLED: FILL_OR_KILL time-in-force is not enabled for this portfolio.
                ORDER_STOP_LIMIT_NOT_ENABLED: STOP_LIMIT orders are not enabled for this portfolio.
                ORDER_PEG_NOT_ENABLED: PEG orders are not enabled for this portfolio.
                ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists; each new...
                ORDER_REJECTED: Order was rejected during processing and was not placed.
                ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.
                ORDER_FAILED_PRECONDITION: Order precondition not met, e.g. an account needed to process the...
                ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.
                ORDER_SIZE_REQUIRED: Order size missing; give base_quantity or quote_value.
                ORDER_SIZE_INVALID: Order size unparseable as a number, or both base_quantity and quote_value...
                ORDER_DISPLAY_SIZE_INVALID: Display size invalid: both display size fields given, or display size...
                ORDER_PRICE_INVALID: limit_price unparseable as a number, or a limit price was given for a market...
                ORDER_STOP_PRICE_INVALID: stop_price for a STOP_LIMIT order missing or unparseable.
                ORDER_TIME_IN_FORCE_INVALID: time_in_force incompatible with the order type or post-only flag.
                ORDER_TIME_RANGE_INVALID: Order lacks a start_time or end_time required by its type or time-in-...
                ORDER_PEG_OFFSET_TYPE_INVALID: peg_offset_type is not a supported value for a PEG order.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            PostOrderPreviewResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_quote(
        self,
        *,
        product_id: str,
        side: e.OrderSide | e.OrderSideLiteral,
        limit_price: Decimal | str | int,
        portfolio_id: str | None = None,
        client_quote_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        quote_duration_ms: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.QuoteResponse:
        """Create Quote Request (POST /v1/portfolios/{portfolio_id}/rfq)

        A Quote Request is the start of the RFQ process. Coinbase Prime sends a Quote Request to
        Liquidity Providers (LPs) on behalf of a customer looking to participate in an RFQ trade.

        Always required: portfolio_id, product_id, side, client_quote_id, and limit_price. One of
        either base_quantity or quote_value is always required.

        Operation CreateQuoteRequest: `ROUTES['CreateQuoteRequest']`.

        Args:
            product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).
            side (OrderSide | OrderSideLiteral): Order side.
            limit_price (Decimal | str | int): The limit price.
            portfolio_id (str, optional):
                The ID of the portfolio that owns the order. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            client_quote_id (str, optional): Based off of Order

                A client-generated order ID used for reference purposes (note: order will be
                rejected if this ID is not unique among all currently active orders). The
                idempotency field: filled in by the client when left out (see Idempotency).
            base_quantity (Decimal | str | int, optional):
                Order size in base asset units (either `base_quantity` or `quote_value` is
                required).
            quote_value (Decimal | str | int, optional):
                Order size in quote asset units, i.e. the amount the user wants to spend (when
                buying) or receive (when selling); the quantity in base units will be determined
                based on the market liquidity and indicated `quote_value` (either `base_quantity` or
                `quote_value` is required).
            settl_currency (str, optional): The currency in which the settlement will be made.
            quote_duration_ms (int, optional):
                Optional quote timeout in milliseconds. Defaults to 3000 ms (3 seconds) if not
                specified. Maximum allowed value is 30000 ms (30 seconds); requests with a larger
                value are rejected. Mirrors FIX tag 8090 (QuoteRequestGoodForMs).

        Idempotency:
            `client_quote_id` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.client_quote_id`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.
                BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...
                ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...
                ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.
                ORDER_FAILED_PRECONDITION: Order precondition not met, e.g. an account needed to process the...
                ORDER_PRODUCT_ID_REQUIRED: product_id is required for this request.
                ORDER_SIDE_REQUIRED: side is required but missing.
                ORDER_RESOURCE_NOT_FOUND: No order with the given order_id exists in this portfolio (note: 400...
                ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.
                ORDER_SIZE_INVALID: Order size unparseable as a number, or both base_quantity and quote_value...
                ORDER_PRICE_INVALID: limit_price unparseable as a number, or a limit price was given for a market...
                ORDER_CLIENT_QUOTE_ID_REQUIRED: client_quote_id is required for a quote request.
                ORDER_QUOTE_DURATION_INVALID: quote_duration_ms is outside the allowed range.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...
                ORDER_RFQ_NOT_ENABLED: Portfolio is not allowed to submit RFQ (request-for-quote) requests.
                ORDER_RFQ_SIQ_NOT_ENABLED: Size-in-quote RFQ requests are not enabled for this portfolio.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            QuoteResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def edit_order(
        self,
        *,
        order_id: str,
        orig_client_order_id: str,
        portfolio_id: str | None = None,
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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.EditOrderResponse:
        """Edit Order (Beta) (PUT /v1/portfolios/{portfolio_id}/orders/{order_id}/edit)

        Edit an open order. This feature is in beta please reach out to your Coinbase Prime account
        manager for more information.

        Operation EditOrder: `ROUTES['EditOrder']`.

        Args:
            order_id (str): The ID of the order being edited.
            orig_client_order_id (str): The client order ID of the order being edited.
            portfolio_id (str, optional):
                The ID of the portfolio that owns the order. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            product_id (str, optional): Deprecated: The product ID of the order being edited.
            client_order_id (str, optional):
                The updated version of the client order ID. The idempotency field: filled in by the
                client when left out (see Idempotency).
            base_quantity (Decimal | str | int, optional):
                Order size in base asset units (either `base_quantity` or `quote_value` is
                required).
            quote_value (Decimal | str | int, optional):
                Order size in quote asset units, i.e. the amount the user wants to spend (when
                buying) or receive (when selling); the quantity in base units will be determined
                based on the market liquidity and indicated `quote_value` (either `base_quantity` or
                `quote_value` is required).
            limit_price (Decimal | str | int, optional):
                The limit price (required for TWAP, VWAP, LIMIT, and STOP_LIMIT orders).
            expiry_time (datetime | str, optional):
                The expiry time of the order in UTC (TWAP, VWAP, LIMIT, and STOP_LIMIT GTD only).
            display_quote_size (Decimal | str | int, optional):
                The maximum order size that will show up on venue order books. Specifying a value
                here effectively makes a LIMIT order into an "iceberg" style order.
            display_base_size (Decimal | str | int, optional):
                The maximum order size that will show up on venue order books. Specifying a value
                here effectively makes a LIMIT order into an "iceberg" style order.
            stop_price (Decimal | str | int, optional):
                Specifies the stop price at which the order activates. The order is activated if the
                last trade price on Coinbase Exchange crosses the stop price specified on the order.
            offset (Decimal | str | int, optional):
                New peg offset value for PEG orders. 0 means peg to BBO. Only non-negative values
                are allowed. The order's peg_offset_type is immutable and is reused server-side to
                interpret this value (PEG orders only).
            wig_level (Decimal | str | int, optional):
                New WIG (Would if Good) level for PEG orders - the best price a pegged order would
                be placed on venues, opposite to limit_price. Cannot be added or removed
                post-placement (PEG orders only).

        Idempotency:
            `client_order_id` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.client_order_id`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.
            A retry Prime refuses as ORDER_DUPLICATE_CLIENT_ORDER_ID means an earlier attempt of
            this call placed the order: the client finds it by its client_order_id and returns it
            (OrderStateUnknownError if it cannot, within bounds). Refused when no earlier attempt
            may have reached Prime (your own id, reused): DuplicateClientOrderIdError at once.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.
                BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...
                ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...
                ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists; each new...
                ORDER_REJECTED: Order was rejected during processing and was not placed.
                ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.
                ORDER_RESOURCE_NOT_FOUND: No order with the given order_id exists in this portfolio (note: 400...
                ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            EditOrderResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_order(
        self,
        *,
        order_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetOrderResponse:
        """Get Order by Order ID (GET /v1/portfolios/{portfolio_id}/orders/{order_id})

        Retrieve an order by order ID.

        Operation GetOrder: `ROUTES['GetOrder']`.

        Args:
            order_id (str): Order ID.
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ORDER_ID_REQUIRED: order_id is missing from the request.
                ORDER_ID_INVALID: order_id is not a valid UUID.
                ORDER_RESOURCE_NOT_FOUND: No order with the given order_id exists in this portfolio (note: 400...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetOrderResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_order_edit_history(
        self,
        *,
        order_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetOrderEditHistoryResponse:
        """List Order Edit History (GET /v1/portfolios/{portfolio_id}/orders/{order_id}/edit_history)

        List edit history for a specific order

        Operation GetOrderEditHistory: `ROUTES['GetOrderEditHistory']`.

        Args:
            order_id (str): The order ID.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ORDER_ID_REQUIRED: order_id is missing from the request.
                ORDER_ID_INVALID: order_id is not a valid UUID.
                ORDER_RESOURCE_NOT_FOUND: No order with the given order_id exists in this portfolio (note: 400...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetOrderEditHistoryResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_open_orders(
        self,
        *,
        portfolio_id: str | None = None,
        product_ids: Sequence[str] | None = None,
        order_type: e.OrderType | e.OrderTypeLiteral | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        start_date: datetime | str | None = None,
        order_side: e.OrderSide | e.OrderSideLiteral | None = None,
        end_date: datetime | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetOpenOrdersResponse, m.Order]:
        """List Open Orders (GET /v1/portfolios/{portfolio_id}/open_orders)

        List all open orders.

        **Caution:** The maximum number of orders returned is 5000. If a client has more than 5000
        open orders, an error is returned prompting the user to use Websocket API, or FIX API to
        stream open orders.

        Operation GetOpenOrders: `ROUTES['GetOpenOrders']`.

        Args:
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            product_ids (Sequence[str], optional): List of products by which to filter the response.
            order_type (OrderType | OrderTypeLiteral, optional):
                An order type by which to filter the response

                - UNKNOWN_ORDER_TYPE: nil value
                - MARKET: A [market
                  order](https://en.wikipedia.org/wiki/Order_(exchange)#Market_order)
                - LIMIT: A [limit order](https://en.wikipedia.org/wiki/Order_(exchange)#Limit_order)
                - TWAP: A [time-weighted average price
                  order](https://en.wikipedia.org/wiki/Time-weighted_average_price)
                - BLOCK: A [block trade](https://en.wikipedia.org/wiki/Block_trade)
                - VWAP: A [volume-weighted average price
                  order](https://en.wikipedia.org/wiki/Volume-weighted_average_price)
                - STOP_LIMIT: A [conditional order combined of stop order and limit
                  order](https://en.wikipedia.org/wiki/Order_(exchange)#Stop-limit_order)
                - RFQ: A [request for quote](https://en.wikipedia.org/wiki/Request_for_quote)
                - PEG: A pegged order that dynamically adjust based on market conditions while
                  maintaining execution discretion and avoiding adverse selection.
            cursor (str, optional):
                **Deprecated** - this endpoint always returns one page with at most 1000 orders. If
                you need to retrieve more than 1000 orders, use the WebSocket API instead.
            limit (int, optional):
                **Deprecated** - the limit for this endpoint is always 1000. If you need to retrieve
                more than 1000 orders, use the WebSocket API instead.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.
            start_date (datetime | str, optional): A start date for the orders to be queried from.
            order_side (OrderSide | OrderSideLiteral, optional): An order side to filter on.

                - UNKNOWN_ORDER_SIDE: nil value
                - BUY: Buy order
                - SELL: Sell order.
            end_date (datetime | str, optional): An end date for the orders to be queried from.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ORDER_LIMIT_EXCEEDED: Query would return more results than the endpoint allows; narrow it or use...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetOpenOrdersResponse, Order]: `.first_page()` for the first page, a GetOpenOrdersResponse;
            iterate it for every Order of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_order_fills(
        self,
        *,
        order_id: str,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetOrderFillsResponse, m.Fill]:
        """List Order Fills (GET /v1/portfolios/{portfolio_id}/orders/{order_id}/fills)

        Retrieve fills on a given order. This endpoint returns a payload with a default limit of 100
        if not specified by the user. The maximum allowed limit is 3000.

        Operation GetOrderFills: `ROUTES['GetOrderFills']`.

        Args:
            order_id (str): The order ID generated by Coinbase.
            portfolio_id (str, optional):
                The portfolio ID associated with the order. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            cursor (str, optional): Cursor used for pagination (last consumed record).
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...
                ORDER_LIMIT_EXCEEDED: Query would return more results than the endpoint allows; narrow it or use...
                ORDER_FILLS_LIMIT_INVALID: Fills query limit is outside 1..3000.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetOrderFillsResponse, Fill]: `.first_page()` for the first page, a GetOrderFillsResponse;
            iterate it for every Fill of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_fills(
        self,
        *,
        start_date: datetime | str,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        end_date: datetime | str | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetPortfolioFillsResponse, m.Fill]:
        """List Portfolio Fills (GET /v1/portfolios/{portfolio_id}/fills)

        Retrieve fills on a given portfolio. This endpoint requires a start_date, and returns a
        payload with a default limit of 100 if not specified by the user. The maximum allowed limit
        is 3000.

        Operation GetPortfolioFills: `ROUTES['GetPortfolioFills']`.

        Args:
            start_date (datetime | str): A start date for the fills to be queried from.
            portfolio_id (str, optional):
                The portfolio ID associated with the order. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            cursor (str, optional): Cursor used for pagination (last consumed record).
            limit (int, optional): Number of items to retrieve.
            end_date (datetime | str, optional): An end date for the fills to be queried until.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...
                ORDER_LIMIT_EXCEEDED: Query would return more results than the endpoint allows; narrow it or use...
                ORDER_FILLS_LIMIT_INVALID: Fills query limit is outside 1..3000.
                ORDER_FILLS_START_DATE_REQUIRED: start_date is required for this fills query.
                ORDER_FILLS_START_DATE_INVALID: start_date is not a valid timestamp.
                ORDER_FILLS_END_DATE_INVALID: end_date is not a valid timestamp.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetPortfolioFillsResponse, Fill]: `.first_page()` for the first page, a GetPortfolioFillsResponse;
            iterate it for every Fill of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_orders(
        self,
        *,
        portfolio_id: str | None = None,
        order_statuses: Sequence[e.OrderStatus | e.OrderStatusLiteral] | None = None,
        product_ids: Sequence[str] | None = None,
        order_type: e.OrderType | e.OrderTypeLiteral | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        order_side: e.OrderSide | e.OrderSideLiteral | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetOrdersResponse, m.Order]:
        """List Portfolio Orders (GET /v1/portfolios/{portfolio_id}/orders)

        List historical orders for a given portfolio. This endpoint returns a payload with a default
        limit of 100 if not specified by the user. The maximum allowed limit is 3000.

        **Caution:** Currently, you cannot query open orders with this endpoint: use List Open
        Orders if you have less than 1000 open orders, otherwise use Websocket API, or FIX API to
        stream open orders.

        Operation GetOrders: `ROUTES['GetOrders']`.

        Args:
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            order_statuses (Sequence[OrderStatus | OrderStatusLiteral], optional):
                List of statuses by which to filter the response

                - UNKNOWN_ORDER_STATUS: nil value
                - OPEN: The order is open but unfilled
                - FILLED: The order was filled
                - CANCELLED: The order was cancelled
                - EXPIRED: The order has expired
                - FAILED: Order submission failed
                - PENDING: The order has been sent but is not yet confirmed.
            product_ids (Sequence[str], optional): List of products by which to filter the response.
            order_type (OrderType | OrderTypeLiteral, optional): Order type by which to filter the response

                - UNKNOWN_ORDER_TYPE: nil value
                - MARKET: A [market
                  order](https://en.wikipedia.org/wiki/Order_(exchange)#Market_order)
                - LIMIT: A [limit order](https://en.wikipedia.org/wiki/Order_(exchange)#Limit_order)
                - TWAP: A [time-weighted average price
                  order](https://en.wikipedia.org/wiki/Time-weighted_average_price)
                - BLOCK: A [block trade](https://en.wikipedia.org/wiki/Block_trade)
                - VWAP: A [volume-weighted average price
                  order](https://en.wikipedia.org/wiki/Volume-weighted_average_price)
                - STOP_LIMIT: A [conditional order combined of stop order and limit
                  order](https://en.wikipedia.org/wiki/Order_(exchange)#Stop-limit_order)
                - RFQ: A [request for quote](https://en.wikipedia.org/wiki/Request_for_quote)
                - PEG: A pegged order that dynamically adjust based on market conditions while
                  maintaining execution discretion and avoiding adverse selection.
            cursor (str, optional): Cursor used for pagination (last consumed record).
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.
            order_side (OrderSide | OrderSideLiteral, optional): An order side to filter on.

                - UNKNOWN_ORDER_SIDE: nil value
                - BUY: Buy order
                - SELL: Sell order.
            start_date (datetime | str, optional): A start date for the orders to be queried from.
            end_date (datetime | str, optional): An end date for the orders to be queried from.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ORDER_STATUS_INVALID: order_status includes non-terminal statuses (OPEN, PENDING, ...) which this...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetOrdersResponse, Order]: `.first_page()` for the first page, a GetOrdersResponse;
            iterate it for every Order of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncPaymentMethodsResource(SyncResource):
    def get_entity_payment_method_details(
        self,
        *,
        payment_method_id: str,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetEntityPaymentMethodDetailsResponse:
        """Get Entity Payment Method (GET /v1/entities/{entity_id}/payment-methods/{payment_method_id})

        Get payment method details by id for a given entity.

        Operation GetEntityPaymentMethodDetails: `ROUTES['GetEntityPaymentMethodDetails']`.

        Args:
            payment_method_id (str): Not described in the spec.
            entity_id (str, optional):
                Not described in the spec. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PAYMENT_METHOD_ID_REQUIRED: payment_method_id is required but missing.
                PAYMENT_METHOD_ID_INVALID: payment_method_id is not a valid identifier.
                PAYMENT_METHOD_REQUEST_INVALID: Payment method request has an invalid argument.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                PAYMENT_METHOD_NOT_FOUND: Payment method not found: payment_method_id does not exist or is not...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetEntityPaymentMethodDetailsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_entity_payment_methods(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetEntityPaymentMethodsResponse:
        """List Entity Payment Methods (GET /v1/entities/{entity_id}/payment-methods)

        Retrieve all payment methods for a given entity.

        Operation GetEntityPaymentMethods: `ROUTES['GetEntityPaymentMethods']`.

        Args:
            entity_id (str, optional):
                Not described in the spec. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PAYMENT_METHOD_REQUEST_INVALID: Payment method request has an invalid argument.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                PAYMENT_METHOD_NOT_FOUND: Payment method not found: payment_method_id does not exist or is not...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetEntityPaymentMethodsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncPortfoliosResource(SyncResource):
    def get_portfolio(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPortfolioResponse:
        """Get Portfolio by Portfolio ID (GET /v1/portfolios/{portfolio_id})

        Retrieve a given portfolio by its portfolio ID.

        Operation GetPortfolio: `ROUTES['GetPortfolio']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPortfolioResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolios(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetPortfoliosResponse:
        """List Portfolios (GET /v1/portfolios)

        List all portfolios for which the current API key has read access.

        Operation GetPortfolios: `ROUTES['GetPortfolios']`.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetPortfoliosResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncPositionsResource(SyncResource):
    def list_aggregate_entity_positions(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.ListAggregateEntityPositionsResponse, m.Position]:
        """List Aggregate Entity Positions (GET /v1/entities/{entity_id}/aggregate_positions)

        List paginated aggregate positions for a specific entity.

        Operation ListAggregateEntityPositions: `ROUTES['ListAggregateEntityPositions']`.

        Args:
            entity_id (str, optional):
                The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                ENTITY_POSITION_LIMIT_INVALID: limit must be > 0 and not above the maximum allowed.
                ENTITY_POSITION_INVALID_ARGUMENT: Position request has an invalid argument, e.g. malformed...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_POSITION_NOT_FOUND: No position data for the entity or portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[ListAggregateEntityPositionsResponse, Position]: `.first_page()` for the first page, a ListAggregateEntityPositionsResponse;
            iterate it for every Position of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_entity_positions(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.ListEntityPositionsResponse, m.Position]:
        """List Entity Positions (GET /v1/entities/{entity_id}/positions)

        List paginated positions for a specific entity.

        Operation ListEntityPositions: `ROUTES['ListEntityPositions']`.

        Args:
            entity_id (str, optional):
                The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's
                `entity_id=` or PRIME_ENTITY_ID).
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                ENTITY_POSITION_LIMIT_INVALID: limit must be > 0 and not above the maximum allowed.
                ENTITY_POSITION_INVALID_ARGUMENT: Position request has an invalid argument, e.g. malformed...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_POSITION_NOT_FOUND: No position data for the entity or portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[ListEntityPositionsResponse, Position]: `.first_page()` for the first page, a ListEntityPositionsResponse;
            iterate it for every Position of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncProductsResource(SyncResource):
    def get_candles(
        self,
        *,
        product_id: str,
        start_time: datetime | str,
        end_time: datetime | str,
        granularity: e.CandlesGranularity | e.CandlesGranularityLiteral,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetCandlesResponse:
        """Get Public Product Candles (GET /v1/portfolios/{portfolio_id}/candles)

        Get rates for a single product by product ID, grouped in buckets.

        Operation GetCandles: `ROUTES['GetCandles']`.

        Args:
            product_id (str): The trading pair.
            start_time (datetime | str): Timestamp for starting range of aggregations.
            end_time (datetime | str): Timestamp for ending range of aggregations.
            granularity (CandlesGranularity | CandlesGranularityLiteral):
                The timeframe each candle represents.
            portfolio_id (str, optional):
                The portfolio id requesting market data. Left out: the client's own `portfolio_id`
                (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                CANDLE_REQUEST_INVALID: Candle request invalid: a field such as start_time or end_time missing or...
                CANDLE_TIME_RANGE_INVALID: start_time/end_time combination is not a valid candle range for the...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetCandlesResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_products(
        self,
        *,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        product_type: e.ProductType | e.ProductTypeLiteral | None = None,
        contract_expiry_type: e.ContractExpiryType | e.ContractExpiryTypeLiteral | None = None,
        expiring_contract_status: e.ExpiringContractStatus | e.ExpiringContractStatusLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetPortfolioProductsResponse, m.Product]:
        """List Portfolio Products (GET /v1/portfolios/{portfolio_id}/products)

        List products for a given portfolio.

        Operation GetPortfolioProducts: `ROUTES['GetPortfolioProducts']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            cursor (str, optional): Cursor used for pagination (last consumed record).
            limit (int, optional):
                Number of items to retrieve. Must be between 0 (defaulted to 10) and 1000.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.
            product_type (ProductType | ProductTypeLiteral, optional):
                Filter by product type (SPOT, FUTURE). If unset, returns all types available for
                your portfolio. Futures products require additional entitlements.

                - UNKNOWN_PRODUCT_TYPE: Unknown product type
                - SPOT: Spot product
                - FUTURE: Future product
                - OPTION: Option product.
            contract_expiry_type (ContractExpiryType | ContractExpiryTypeLiteral, optional):
                Filter by contract expiry type (EXPIRING or PERPETUAL). Only applicable when
                product_type = FUTURE. If unset, returns all futures kinds.

                - CONTRACT_EXPIRY_TYPE_UNSPECIFIED: Unspecified contract expiry type
                - CONTRACT_EXPIRY_TYPE_EXPIRING: Expiring futures contract
                - CONTRACT_EXPIRY_TYPE_PERPETUAL: Perpetual futures contract (no expiry).
            expiring_contract_status (ExpiringContractStatus | ExpiringContractStatusLiteral, optional):
                Filter by expiry status for expiring futures. If unset, returns all expiring
                futures.

                - EXPIRING_CONTRACT_STATUS_UNKNOWN: Unknown/unset — returns all expiring contracts
                  (backward compatible default)
                - EXPIRING_CONTRACT_STATUS_UNEXPIRED: Only unexpired contracts (contract_expiry is
                  in the future)
                - EXPIRING_CONTRACT_STATUS_EXPIRED: Only expired contracts (contract_expiry is in
                  the past)
                - EXPIRING_CONTRACT_STATUS_ALL: All contracts regardless of expiry status.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                PRODUCT_FUTURES_NOT_ENABLED: Futures products are not enabled for the portfolio_id.
                PRODUCT_LIMIT_INVALID: limit must be a positive number.
                PRODUCT_OPTIONS_NOT_ENABLED: Options products are not enabled for the portfolio_id.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                PRODUCT_NOT_FOUND: No products match the requested criteria.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetPortfolioProductsResponse, Product]: `.first_page()` for the first page, a GetPortfolioProductsResponse;
            iterate it for every Product of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncStakingResource(SyncResource):
    def get_staking_status(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetStakingStatusResponse:
        """Get Staking Status (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/status)

        Get staking status for a wallet. Returns estimated completion times for active staking
        requests.

        Operation GetStakingStatus: `ROUTES['GetStakingStatus']`.

        Args:
            wallet_id (str): The wallet ID.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
                STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...
                STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetStakingStatusResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_unstaking_status(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetUnstakingStatusResponse:
        """Get Unstaking Status (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake/status)

        Get unstaking estimates for a wallet. Returns estimated completion times for active
        unstaking requests.

        Operation GetUnstakingStatus: `ROUTES['GetUnstakingStatus']`.

        Args:
            wallet_id (str): The wallet ID.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
                STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...
                STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetUnstakingStatusResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_transaction_validators(
        self,
        *,
        transaction_ids: Sequence[str],
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.ListTransactionValidatorsResponse, m.TransactionValidator]:
        """List Transaction Validators (POST /v1/portfolios/{portfolio_id}/staking/transaction-validators/query)

        List ETH 0x02 validators associated with wallet-level stake transactions for a given
        portfolio. It will not return data for unstake transactions, portfolio stake transactions,
        transactions which staked different currencies, or which staked to Ethereum 0x01 validators.

        Operation ListTransactionValidators: `ROUTES['ListTransactionValidators']`.

        Args:
            transaction_ids (Sequence[str]):
                List of transaction IDs to filter validators by. Maximum of 100 transaction IDs
                allowed per request.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            cursor (str, optional): Cursor for pagination.
            limit (int, optional):
                Maximum number of transaction-validator associations to return per page. Default is
                100, maximum is 1000.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Not described in the spec.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                TRANSACTION_TYPE_UNSUPPORTED: Transaction does not support the operation, e.g. travel rule data...
                TRANSACTION_IDS_INVALID: transaction_ids values missing, too many, or not valid UUIDs.
                TRANSACTION_PARAMS_INVALID: One or more request parameters (portfolio_id, transaction_ids,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[ListTransactionValidatorsResponse, TransactionValidator]: `.first_page()` for the first page, a ListTransactionValidatorsResponse;
            iterate it for every TransactionValidator of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def portfolio_staking_initiate(
        self,
        *,
        currency_symbol: str,
        amount: Decimal | str | int,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        metadata: m.PortfolioStakingMetadata | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.PortfolioStakingInitiateResponse:
        """Request to stake currency in a portfolio (POST /v1/portfolios/{portfolio_id}/staking/initiate)

        Creates an execution request to stake funds across a portfolio.  This will stake funds in
        one or more wallets in the portfolio, with a total bondable balance up to the requested
        stake amount. This feature is gated. Please contact your account manager or
        primeops@coinbase.com to enable.

        Operation PortfolioStakingInitiate: `ROUTES['PortfolioStakingInitiate']`.

        Args:
            currency_symbol (str): The currency symbol to stake.
            amount (Decimal | str | int): The quantity of the chosen currency to stake.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            idempotency_key (str, optional):
                The client generated idempotency key (uuid required) for requested execution.
                Subsequent requests using the same key will not create new transactions. The
                idempotency field: filled in by the client when left out (see Idempotency).
            metadata (PortfolioStakingMetadata | Mapping[str, Any], optional): Not described in the spec.

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_EXTERNAL_ID_INVALID: external_id is not valid UTF-8 or exceeds 255 bytes.
                STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...
                STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.
                STAKING_AMOUNT_REQUIRED: amount is required but missing.
                STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...
                STAKING_NO_ELIGIBLE_WALLETS: No wallet eligible for staking/unstaking for the portfolio_id and...
                STAKING_BALANCE_NOT_FOUND: No balance found for the currency_symbol on this portfolio.
                STAKING_AMOUNT_EXCEEDS_BONDABLE_BALANCE: Stake amount exceeds the portfolio's bondable balance...
                STAKING_IDEMPOTENCY_KEY_REQUIRED: idempotency_key is required for this staking or unstaking...
                STAKING_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.
                STAKING_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required for this staking or unstaking...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            PortfolioStakingInitiateResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def portfolio_staking_unstake(
        self,
        *,
        currency_symbol: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        amount: Decimal | str | int | None = None,
        metadata: m.PortfolioStakingMetadata | Mapping[str, Any] | None = None,
        validator_provider: e.ValidatorProvider | e.ValidatorProviderLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.PortfolioStakingUnstakeResponse:
        """Request to unstake currency across a portfolio (POST /v1/portfolios/{portfolio_id}/staking/unstake)

        Creates an execution request to unstake funds across a portfolio.  This will unstake funds
        in one or more wallets in the portfolio, with a total bonded balance up to the requested
        unstake amount. This feature is gated. Please contact your account manager or
        primeops@coinbase.com to enable.

        Operation PortfolioStakingUnstake: `ROUTES['PortfolioStakingUnstake']`.

        Args:
            currency_symbol (str): The currency symbol to unstake.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            idempotency_key (str, optional):
                The client generated idempotency key (uuid required) for requested execution.
                Subsequent requests using the same key will not create new transactions. The
                idempotency field: filled in by the client when left out (see Idempotency).
            amount (Decimal | str | int, optional): The quantity of the chosen currency to unstake.
            metadata (PortfolioStakingMetadata | Mapping[str, Any], optional): Not described in the spec.
            validator_provider (ValidatorProvider | ValidatorProviderLiteral, optional):
                ValidatorProvider enumerates the ETH validator service providers accepted for
                unstaking.

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_EXTERNAL_ID_INVALID: external_id is not valid UTF-8 or exceeds 255 bytes.
                STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...
                STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.
                STAKING_AMOUNT_REQUIRED: amount is required but missing.
                STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...
                STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...
                STAKING_NO_ELIGIBLE_WALLETS: No wallet eligible for staking/unstaking for the portfolio_id and...
                STAKING_BALANCE_NOT_FOUND: No balance found for the currency_symbol on this portfolio.
                STAKING_PROVIDER_NO_UNBONDABLE_BALANCE: No unbondable balance currently available for that...
                STAKING_IDEMPOTENCY_KEY_REQUIRED: idempotency_key is required for this staking or unstaking...
                STAKING_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.
                STAKING_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required for this staking or unstaking...
                STAKING_AMOUNT_VALIDATOR_PROVIDER_CONFLICT: amount and validator_provider are mutually exclusive;...
                STAKING_VALIDATOR_PROVIDER_REQUIRED: validator_provider is required for a provider-scoped unstake.
                STAKING_VALIDATOR_PROVIDER_NOT_SUPPORTED: validator_provider value is not a supported provider.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                STAKING_PROVIDER_UNSTAKE_NOT_ENABLED: Provider-level unstaking (all validators of a...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            PortfolioStakingUnstakeResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def preview_unstake(
        self,
        *,
        wallet_id: str,
        amount: Decimal | str | int,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.PreviewUnstakeResponse:
        """Preview Unstake (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake/preview)

        Previews an unstaking request with the given amount and returns the estimated amount that
        would be unstaked. This feature currently only supports ETH.

        Operation PreviewUnstake: `ROUTES['PreviewUnstake']`.

        Args:
            wallet_id (str): The wallet ID.
            amount (Decimal | str | int): Amount to preview unstaking.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.
                STAKING_AMOUNT_REQUIRED: amount is required but missing.
                STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...
                STAKING_INSUFFICIENT_BALANCE: Wallet has no stakeable, unbondable or claimable balance for this...
                STAKING_WALLET_OR_PORTFOLIO_INVALID: wallet_id nonexistent, invalid, or not in the given...
                STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...
                STAKING_WALLET_COLD_ADDRESS_NOT_FOUND: Wallet has no cold address on record, which this staking...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            PreviewUnstakeResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def staking_claim_rewards(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        inputs: m.WalletClaimRewardsInputs | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.StakingClaimRewardsResponse:
        """Claim Wallet Staking Rewards (Alpha) (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/claim_rewards)

        Request to claim staking rewards. This feature is only for ETH Pectra (0x02) validators.

        Operation StakingClaimRewards: `ROUTES['StakingClaimRewards']`.

        Args:
            wallet_id (str): The wallet ID.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            idempotency_key (str, optional):
                The client generated idempotency key for requested execution. Any subsequent
                requests with the same key will return the original response. The idempotency field:
                filled in by the client when left out (see Idempotency).
            inputs (WalletClaimRewardsInputs | Mapping[str, Any], optional):
                WalletClaimRewardsInputs contains the custom inputs for claim rewards operations on
                a wallet. Requirements and supported fields vary by asset type.

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ASSET_REQUEST_INVALID: Asset lookup has an invalid argument, e.g. unsupported currency symbol or...
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
                STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...
                STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.
                STAKING_PRECONDITION_FAILED: The stake/unstake/claim-rewards action is not currently allowed for...
                STAKING_AMOUNT_REQUIRED: amount is required but missing.
                STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...
                STAKING_INSUFFICIENT_BALANCE: Wallet has no stakeable, unbondable or claimable balance for this...
                STAKING_WALLET_OR_PORTFOLIO_INVALID: wallet_id nonexistent, invalid, or not in the given...
                STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...
                STAKING_WALLET_COLD_ADDRESS_NOT_FOUND: Wallet has no cold address on record, which this staking...
                STAKING_NO_VALIDATORS_AVAILABLE: No Coinbase-operated validators currently available for the...
                STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED: A custom amount is not allowed for this currency/action...
                STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED: A custom validator_address is not allowed for this...
                STAKING_DESTINATION_ADDRESS_INVALID: Resolved destination address for the stake/unstake/claim...
                STAKING_ACTION_TYPE_UNSUPPORTED: action_type is not a supported staking action (initiate,...
                STAKING_UNSTAKE_NOT_AVAILABLE: A full unstake is not currently available for this wallet.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            StakingClaimRewardsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def staking_initiate(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        inputs: m.WalletStakeInputs | Mapping[str, Any] | None = None,
        metadata: m.WalletStakingMetadata | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.StakingInitiateResponse:
        """Request to stake or delegate a wallet (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/initiate)

        Creates an execution request to stake or delegate funds to a validator

        Operation StakingInitiate: `ROUTES['StakingInitiate']`.

        Args:
            wallet_id (str): The wallet ID.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            idempotency_key (str, optional):
                The client generated idempotency key for requested execution. Subsequent requests
                using the same key will fail. The idempotency field: filled in by the client when
                left out (see Idempotency).
            inputs (WalletStakeInputs | Mapping[str, Any], optional):
                WalletStakeInputs contains the custom inputs for staking operations on a wallet.
                Requirements and supported fields vary by asset type.
            metadata (WalletStakingMetadata | Mapping[str, Any], optional):
                WalletStakingMetadata contains optional metadata for wallet staking requests.
                external_id tags the discrete TWS transaction stake/unstake create; automatic reward
                crediting (e.g. SOL inflation) does not produce one. StakingClaimRewardsRequest
                intentionally omits this field; add metadata to claim rewards only if a supported
                network's claim flow creates a discrete TWS transaction clients need to tag.

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
                WALLET_EXTERNAL_ID_INVALID: external_id is not valid UTF-8 or exceeds 255 bytes.
                STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...
                STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.
                STAKING_PRECONDITION_FAILED: The stake/unstake/claim-rewards action is not currently allowed for...
                STAKING_AMOUNT_REQUIRED: amount is required but missing.
                STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...
                STAKING_INSUFFICIENT_BALANCE: Wallet has no stakeable, unbondable or claimable balance for this...
                STAKING_WALLET_OR_PORTFOLIO_INVALID: wallet_id nonexistent, invalid, or not in the given...
                STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...
                STAKING_WALLET_COLD_ADDRESS_NOT_FOUND: Wallet has no cold address on record, which this staking...
                STAKING_NO_VALIDATORS_AVAILABLE: No Coinbase-operated validators currently available for the...
                STAKING_END_DATE_INVALID: end_date is not a valid YYYY-MM-DD date.
                STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED: A custom amount is not allowed for this currency/action...
                STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED: A custom validator_address is not allowed for this...
                STAKING_DESTINATION_ADDRESS_INVALID: Resolved destination address for the stake/unstake/claim...
                STAKING_ACTION_TYPE_UNSUPPORTED: action_type is not a supported staking action (initiate,...
                STAKING_UNSTAKE_NOT_AVAILABLE: A full unstake is not currently available for this wallet.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                STAKING_NOT_ENABLED: Wallet-level staking is not enabled for this portfolio.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ENTITY_NOT_FOUND: No entity matches the provided entity_id.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                ACTIVITY_NOT_FOUND: Activity not found: activity_id does not exist or is not part of the given...
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            StakingInitiateResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def staking_unstake(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        inputs: m.WalletUnstakeInputs | Mapping[str, Any] | None = None,
        metadata: m.WalletStakingMetadata | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.StakingUnstakeResponse:
        """Request to unstake a wallet (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake)

        Creates an execution request to unstake delegated or staked funds in a wallet

        Operation StakingUnstake: `ROUTES['StakingUnstake']`.

        Args:
            wallet_id (str): The wallet ID.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            idempotency_key (str, optional):
                The client generated idempotency key for requested execution. Subsequent requests
                using the same key will fail. The idempotency field: filled in by the client when
                left out (see Idempotency).
            inputs (WalletUnstakeInputs | Mapping[str, Any], optional):
                WalletUnstakeInputs contains the custom inputs for unstaking operations on a wallet.
                Requirements and supported fields vary by asset type.
            metadata (WalletStakingMetadata | Mapping[str, Any], optional):
                WalletStakingMetadata contains optional metadata for wallet staking requests.
                external_id tags the discrete TWS transaction stake/unstake create; automatic reward
                crediting (e.g. SOL inflation) does not produce one. StakingClaimRewardsRequest
                intentionally omits this field; add metadata to claim rewards only if a supported
                network's claim flow creates a discrete TWS transaction clients need to tag.

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
                WALLET_EXTERNAL_ID_INVALID: external_id is not valid UTF-8 or exceeds 255 bytes.
                STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...
                STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.
                STAKING_PRECONDITION_FAILED: The stake/unstake/claim-rewards action is not currently allowed for...
                STAKING_AMOUNT_REQUIRED: amount is required but missing.
                STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...
                STAKING_INSUFFICIENT_BALANCE: Wallet has no stakeable, unbondable or claimable balance for this...
                STAKING_WALLET_OR_PORTFOLIO_INVALID: wallet_id nonexistent, invalid, or not in the given...
                STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...
                STAKING_WALLET_COLD_ADDRESS_NOT_FOUND: Wallet has no cold address on record, which this staking...
                STAKING_DELEGATED_ADDRESS_NOT_FOUND: Wallet has no delegated-to address on record, required for...
                STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED: A custom amount is not allowed for this currency/action...
                STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED: A custom validator_address is not allowed for this...
                STAKING_VALIDATOR_ALLOCATIONS_UNSUPPORTED_CURRENCY: validator_allocations is only supported for...
                STAKING_VALIDATOR_ALLOCATION_INCOMPLETE: Each validator_allocations entry needs both...
                STAKING_VALIDATOR_NOT_ELIGIBLE: validator_address does not belong to this wallet or is not...
                STAKING_DESTINATION_ADDRESS_INVALID: Resolved destination address for the stake/unstake/claim...
                STAKING_ACTION_TYPE_UNSUPPORTED: action_type is not a supported staking action (initiate,...
                STAKING_UNSTAKE_NOT_AVAILABLE: A full unstake is not currently available for this wallet.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                STAKING_NOT_ENABLED: Wallet-level staking is not enabled for this portfolio.
                STAKING_VALIDATOR_ALLOCATIONS_NOT_ENABLED: validator_allocations is not enabled for this portfolio.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            StakingUnstakeResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncTransactionsResource(SyncResource):
    def create_conversion(
        self,
        *,
        wallet_id: str,
        amount: Decimal | str | int,
        destination: str,
        source_symbol: str,
        destination_symbol: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateConversionResponse:
        """Create Conversion (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/conversion)

        Perform a conversion between 2 assets.

        Operation CreateConversion: `ROUTES['CreateConversion']`.

        Args:
            wallet_id (str): The wallet ID that the conversion will originate from.
            amount (Decimal | str | int): The amount in whole units to convert.
            destination (str): The UUID of the destination wallet.
            source_symbol (str): The currency symbol to convert from.
            destination_symbol (str): The currency symbol to convert to.
            portfolio_id (str, optional):
                The ID of the portfolio. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            idempotency_key (str, optional):
                The idempotency key associated with this conversion. The idempotency field: filled
                in by the client when left out (see Idempotency).

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                CONVERSION_DESTINATION_INVALID: destination is not a valid UUID.
                CONVERSION_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.
                CONVERSION_AMOUNT_INVALID: amount is not a valid decimal number.
                CONVERSION_SOURCE_SYMBOL_REQUIRED: source_symbol is required but missing.
                CONVERSION_DESTINATION_REQUIRED: destination is required but missing.
                CONVERSION_REQUEST_INVALID: Conversion rejected as invalid, e.g. unsupported asset pair or a...
                CONVERSION_FAILED_PRECONDITION: Conversion precondition not met, e.g. insufficient available...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                CONVERSION_PERMISSION_DENIED: No permission to convert funds with the given wallet_id or portfolio.
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                CONVERSION_WALLET_NOT_FOUND: Wallet named by wallet_id or destination not found, or not in the...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateConversionResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_onchain_transaction(
        self,
        *,
        wallet_id: str,
        raw_unsigned_txn: str,
        portfolio_id: str | None = None,
        rpc: m.RpcConfig | Mapping[str, Any] | None = None,
        evm_params: m.CreateOnchainTransactionRequestEvmParams | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateOnchainTransactionResponse:
        """Create Onchain Transaction (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/onchain_transaction)

        Create an onchain transaction.

        Operation CreateOnchainTransaction: `ROUTES['CreateOnchainTransaction']`.

        Args:
            wallet_id (str): The wallet ID.
            raw_unsigned_txn (str): Raw unsigned transaction in Hex format (Supports EVM and Solana).
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            rpc (RpcConfig | Mapping[str, Any], optional): Not described in the spec.
            evm_params (CreateOnchainTransactionRequestEvmParams | Mapping[str, Any], optional):
                Not described in the spec.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
                ONCHAIN_TRANSACTION_REQUEST_INVALID: Onchain transaction request invalid: bad parameter,...
                ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_REQUIRED: raw_unsigned_txn is required but missing.
                ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_INVALID: raw_unsigned_txn is not a valid hex-encoded string.
                ONCHAIN_TRANSACTION_EVM_PARAMS_REQUIRED: evm_params is required when the destination wallet is on...
                ONCHAIN_TRANSACTION_EVM_PARAMS_INVALID: evm_params given but the wallet is on a non-EVM network...
                ONCHAIN_TRANSACTION_REPLACED_TRANSACTION_ID_INVALID: replaced_transaction_id is not a valid...
                ONCHAIN_TRANSACTION_DISABLE_DYNAMIC_NONCE_INVALID: disable_dynamic_nonce must be false when...
                ONCHAIN_TRANSACTION_CHAIN_ID_REQUIRED: chain_id inside evm_params is required for EVM networks.
                ONCHAIN_TRANSACTION_CHAIN_ID_INVALID: chain_id is not a valid integer, or must be 1 when using...
                ONCHAIN_TRANSACTION_NETWORK_NAME_REQUIRED: network_name is required when submitting through a...
                ONCHAIN_TRANSACTION_RPC_URL_INVALID: Custom RPC endpoint unusable: wallet not on an EVM network,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateOnchainTransactionResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_wallet_transfer(
        self,
        *,
        wallet_id: str,
        amount: Decimal | str | int,
        destination: str,
        currency_symbol: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateWalletTransferResponse:
        """Create Transfer (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/transfers)

        Create a wallet transfer.

        Operation CreateWalletTransfer: `ROUTES['CreateWalletTransfer']`.

        Args:
            wallet_id (str): The wallet ID that the transfer will originate from.
            amount (Decimal | str | int): The amount in whole units to send.
            destination (str): The UUID of the destination wallet.
            currency_symbol (str): The currency symbol to transfer.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            idempotency_key (str, optional):
                The idempotency key associated with this transfer. The idempotency field: filled in
                by the client when left out (see Idempotency).

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_REQUEST_INVALID: Invalid argument for this wallet operation.
                WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...
                WALLET_AMOUNT_REQUIRED: amount is required but missing.
                WALLET_IDEMPOTENCY_KEY_REQUIRED: idempotency_key is required but missing.
                WALLET_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.
                WALLET_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required but missing.
                WALLET_TRANSFER_DESTINATION_REQUIRED: Destination wallet ID is required for an internal wallet...
                WALLET_TRANSFER_DESTINATION_INVALID: Destination wallet ID is not a valid UUID or equals the...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                WALLET_PORTFOLIO_CREDIT_FROZEN: Portfolio's credit is frozen, blocking this transaction; contact...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateWalletTransferResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_wallet_withdrawal(
        self,
        *,
        wallet_id: str,
        amount: Decimal | str | int,
        destination_type: e.DestinationType | e.DestinationTypeLiteral,
        currency_symbol: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        payment_method: m.PaymentMethodDestination | Mapping[str, Any] | None = None,
        blockchain_address: m.BlockchainAddress | Mapping[str, Any] | None = None,
        counterparty: m.CounterpartyDestination | Mapping[str, Any] | None = None,
        travel_rule_data: m.TravelRuleData | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateWalletWithdrawalResponse:
        """Create Withdrawal (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals)

        Create a withdrawal.

        Operation CreateWalletWithdrawal: `ROUTES['CreateWalletWithdrawal']`.

        Args:
            wallet_id (str): The wallet ID.
            amount (Decimal | str | int): The amount in whole units of the withdrawal.
            destination_type (DestinationType | DestinationTypeLiteral): - UNKNOWN_DESTINATION: nil value
                - DESTINATION_PAYMENT_METHOD: A fiat bank account linked to a payment method id via
                  Payment Method Service
                - DESTINATION_BLOCKCHAIN: A blockchain network address
                - DESTINATION_WALLET: An on platform wallet UUID
                NOTE: this is not usable in the withdrawals endpoint only transfers
                - DESTINATION_COUNTERPARTY: Counterparty ID.
            currency_symbol (str): The currency symbol for the withdrawal.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            idempotency_key (str, optional):
                The idempotency key associated with the withdrawal. The idempotency field: filled in
                by the client when left out (see Idempotency).
            payment_method (PaymentMethodDestination | Mapping[str, Any], optional):
                Not described in the spec.
            blockchain_address (BlockchainAddress | Mapping[str, Any], optional): Not described in the spec.
            counterparty (CounterpartyDestination | Mapping[str, Any], optional):
                Represents a destination for a counterparty payment.
            travel_rule_data (TravelRuleData | Mapping[str, Any], optional):
                Data object used for withdrawals.

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_REQUEST_INVALID: Invalid argument for this wallet operation.
                WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...
                WALLET_NETWORK_INVALID: Network identifier malformed; must be {network_id}-{network_type} (e.g....
                WALLET_AMOUNT_REQUIRED: amount is required but missing.
                WALLET_IDEMPOTENCY_KEY_REQUIRED: idempotency_key is required but missing.
                WALLET_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.
                WALLET_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required but missing.
                WALLET_DESTINATION_TYPE_REQUIRED: destination_type is required but missing.
                WALLET_DESTINATION_TYPE_INVALID: destination_type is not a supported value for this operation.
                WALLET_COUNTERPARTY_ID_REQUIRED: counterparty_id is required when destination_type is a...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                WALLET_PORTFOLIO_CREDIT_FROZEN: Portfolio's credit is frozen, blocking this transaction; contact...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateWalletWithdrawalResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_transaction(
        self,
        *,
        transaction_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetTransactionResponse:
        """Get Transaction by Transaction ID (GET /v1/portfolios/{portfolio_id}/transactions/{transaction_id})

        Retrieve a specific transaction by its transaction ID.

        Operation GetTransaction: `ROUTES['GetTransaction']`.

        Args:
            transaction_id (str): The transaction ID.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                TRANSACTION_ID_REQUIRED: transaction_id is required but missing.
                TRANSACTION_ID_INVALID: transaction_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetTransactionResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_advanced_transfer_transactions(
        self,
        *,
        advanced_transfer_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.ListAdvancedTransferTransactionsResponse:
        """List transactions associated with an Advanced Transfer (GET /v1/portfolios/{portfolio_id}/advanced_transfers/{advanced_transfer_id}/transactions)

        List transactions associated with an Advanced Transfer. This API is currently not available
        to all clients. Please reach out to Prime Operations with any questions.

        Operation ListAdvancedTransferTransactions: `ROUTES['ListAdvancedTransferTransactions']`.

        Args:
            advanced_transfer_id (str): The ID of the Advanced Transfer.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
                ADVANCED_TRANSFER_NOT_ENABLED: Advanced Transfers, or the specific transfer configuration...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            ListAdvancedTransferTransactionsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_transactions(
        self,
        *,
        portfolio_id: str | None = None,
        symbols: str | None = None,
        types: Sequence[e.TransactionType | e.TransactionTypeLiteral] | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        get_network_unified_transactions: bool | None = None,
        travel_rule_status: Sequence[e.TravelRuleStatus | e.TravelRuleStatusLiteral] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetPortfolioTransactionsResponse, m.Transaction]:
        """List Portfolio Transactions (GET /v1/portfolios/{portfolio_id}/transactions)

        List transactions for a given portfolio.

        Operation GetPortfolioTransactions: `ROUTES['GetPortfolioTransactions']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            symbols (str, optional): A case insensitive list of symbols by which to filter the response.
            types (Sequence[TransactionType | TransactionTypeLiteral], optional):
                The transaction types by which to filter the response

                - TRANSACTION_TYPE_UNKNOWN: An unknown transaction type
                - DEPOSIT: A fiat or crypto deposit
                - WITHDRAWAL: A fiat or crypto withdrawal
                - INTERNAL_DEPOSIT: An internal fiat or crypto deposit
                - INTERNAL_WITHDRAWAL: An internal fiat or crypto withdrawal
                - SWEEP_DEPOSIT: Internal automated deposit to a cold address from a restored
                  address
                - SWEEP_WITHDRAWAL: Internal automated withdrawal from a restored address to a cold
                  address
                - PROXY_DEPOSIT: On-chain deposit of funds into proxy contract from cold address
                - PROXY_WITHDRAWAL: On-chain withdrawal of funds from proxy contract to cold address
                - BILLING_WITHDRAWAL: Coinbase Prime automated invoice settlement payment
                - REWARD: Reward payment to an associated address for a staked asset
                - COINBASE_REFUND: Coinbase Prime refund for the leftover amount for a CPFP (child
                  pays for parent) transaction
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
                - REMOVE_AUTHORIZED_PARTY: On-chain transaction to remove a party from a
                  multi-signature wallet
                - STAKE_AUTHORIZE_WITH_SEED: On-chain transaction to begin staking from a seed
                  account
                - SLASH: On-chain transaction indicating a slash event has occurred
                - COINBASE_DEPOSIT: On-chain transaction deposit for the purpose of transaction
                  operations
                - CONVERSION: Internal conversion between two assets
                - CLAIM_REWARDS: On-chain transaction to claim rewards from Vote Account
                - VOTE_AUTHORIZE: On-chain transaction to transfer the reward claiming permission to
                  other pubkey
                - WEB3_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet
                Deprecated: Use ONCHAIN_TRANSACTION instead
                - ONCHAIN_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet
                - PORTFOLIO_STAKE: Portfolio-level staking operation
                - PORTFOLIO_UNSTAKE: Portfolio-level unstaking operation
                - MERGE_STAKE: On-chain transaction consolidating funds from different addresses
                  belonging to the same wallet.
            start_time (datetime | str, optional):
                UTC timestamp from which to filter the response (inclusive, ISO-8601 format).
            end_time (datetime | str, optional):
                UTC timestamp until which to filter the response (exclusive, ISO-8601 format).
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Page sorting direction.
            get_network_unified_transactions (bool, optional):
                Flag to request retrieval of all transactions across all networks for a given
                symbol.
            travel_rule_status (Sequence[TravelRuleStatus | TravelRuleStatusLiteral], optional):
                (Alpha) Filter for status of returned transactions' travel rule submissions - an
                inclusive OR filter.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                TRANSACTION_LIMIT_EXCEEDED: limit exceeds the maximum transactions returned per request.
                TRANSACTION_CURSOR_INVALID: cursor is not a valid pagination token; omit it or reuse one from a...
                TRANSACTION_TRAVEL_RULE_STATUS_INVALID: travel_rule_status filter has an unrecognized value.
                TRANSACTION_FILTER_INVALID: Invalid filter combination, e.g. symbols together with type...
                TRANSACTION_PARAMS_INVALID: One or more request parameters (portfolio_id, transaction_ids,...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetPortfolioTransactionsResponse, Transaction]: `.first_page()` for the first page, a GetPortfolioTransactionsResponse;
            iterate it for every Transaction of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_wallet_transactions(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        types: Sequence[e.TransactionType | e.TransactionTypeLiteral] | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetWalletTransactionsResponse, m.Transaction]:
        """List Wallet Transactions (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/transactions)

        Retrieve transactions for a given wallet.

        Operation GetWalletTransactions: `ROUTES['GetWalletTransactions']`.

        Args:
            wallet_id (str): The wallet ID.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            types (Sequence[TransactionType | TransactionTypeLiteral], optional):
                The transaction types by which to filter the response

                - TRANSACTION_TYPE_UNKNOWN: An unknown transaction type
                - DEPOSIT: A fiat or crypto deposit
                - WITHDRAWAL: A fiat or crypto withdrawal
                - INTERNAL_DEPOSIT: An internal fiat or crypto deposit
                - INTERNAL_WITHDRAWAL: An internal fiat or crypto withdrawal
                - SWEEP_DEPOSIT: Internal automated deposit to a cold address from a restored
                  address
                - SWEEP_WITHDRAWAL: Internal automated withdrawal from a restored address to a cold
                  address
                - PROXY_DEPOSIT: On-chain deposit of funds into proxy contract from cold address
                - PROXY_WITHDRAWAL: On-chain withdrawal of funds from proxy contract to cold address
                - BILLING_WITHDRAWAL: Coinbase Prime automated invoice settlement payment
                - REWARD: Reward payment to an associated address for a staked asset
                - COINBASE_REFUND: Coinbase Prime refund for the leftover amount for a CPFP (child
                  pays for parent) transaction
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
                - REMOVE_AUTHORIZED_PARTY: On-chain transaction to remove a party from a
                  multi-signature wallet
                - STAKE_AUTHORIZE_WITH_SEED: On-chain transaction to begin staking from a seed
                  account
                - SLASH: On-chain transaction indicating a slash event has occurred
                - COINBASE_DEPOSIT: On-chain transaction deposit for the purpose of transaction
                  operations
                - CONVERSION: Internal conversion between two assets
                - CLAIM_REWARDS: On-chain transaction to claim rewards from Vote Account
                - VOTE_AUTHORIZE: On-chain transaction to transfer the reward claiming permission to
                  other pubkey
                - WEB3_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet
                Deprecated: Use ONCHAIN_TRANSACTION instead
                - ONCHAIN_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet
                - PORTFOLIO_STAKE: Portfolio-level staking operation
                - PORTFOLIO_UNSTAKE: Portfolio-level unstaking operation
                - MERGE_STAKE: On-chain transaction consolidating funds from different addresses
                  belonging to the same wallet.
            start_time (datetime | str, optional):
                UTC timestamp from which to filter the response (inclusive, ISO-8601 format).
            end_time (datetime | str, optional):
                UTC timestamp until which to filter the response (exclusive, ISO-8601 format).
            cursor (str, optional): Id to retrieve additional results strictly after.
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Page sorting direction.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                TRANSACTION_CURSOR_INVALID: cursor is not a valid pagination token; omit it or reuse one from a...
                TRANSACTION_FILTER_INVALID: Invalid filter combination, e.g. symbols together with type...
                TRANSACTION_PARAMS_INVALID: One or more request parameters (portfolio_id, transaction_ids,...
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetWalletTransactionsResponse, Transaction]: `.first_page()` for the first page, a GetWalletTransactionsResponse;
            iterate it for every Transaction of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncTravelRuleResource(SyncResource):
    def get_transaction_travel_rule_data(
        self,
        *,
        transaction_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetTransactionTravelRuleDataResponse:
        """Get Transaction Travel Rule Data (GET /v1/portfolios/{portfolio_id}/transactions/{transaction_id}/travel_rule)

        (Beta) Get fulfilled travel rule data for a transaction.

        Operation GetTransactionTravelRuleData: `ROUTES['GetTransactionTravelRuleData']`.

        Args:
            transaction_id (str): The transaction ID to look up travel rule data for.
            portfolio_id (str, optional):
                The portfolio ID that owns the transaction. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                TRANSACTION_ID_REQUIRED: transaction_id is required but missing.
                TRANSACTION_ID_INVALID: transaction_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...
                TRANSACTION_TRAVEL_RULE_DATA_NOT_FOUND: No travel rule data exists for the transaction.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetTransactionTravelRuleDataResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def submit_deposit_travel_rule_data(
        self,
        *,
        transaction_id: str,
        portfolio_id: str | None = None,
        originator: m.TravelRuleParty | Mapping[str, Any] | None = None,
        beneficiary: m.TravelRuleParty | Mapping[str, Any] | None = None,
        is_self: bool | None = None,
        opt_out_of_ownership_verification: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.SubmitDepositTravelRuleDataResponse:
        """Submit Deposit Travel Rule Data (POST /v1/portfolios/{portfolio_id}/transactions/{transaction_id}/travel_rule/deposit)

        Submit travel rule data for an existing deposit transaction.

        Operation SubmitDepositTravelRuleData: `ROUTES['SubmitDepositTravelRuleData']`.

        Args:
            transaction_id (str): The transaction ID associated with the entry.
            portfolio_id (str, optional):
                The portfolio ID that owns the transaction. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            originator (TravelRuleParty | Mapping[str, Any], optional):
                Represents a party in a travel rule transfer (originator or beneficiary).
            beneficiary (TravelRuleParty | Mapping[str, Any], optional):
                Represents a party in a travel rule transfer (originator or beneficiary).
            is_self (bool, optional):
                True if user owns the counterparty address (self-transfer) If false, beneficiary is
                required.
            opt_out_of_ownership_verification (bool, optional): True to skip wallet ownership verification.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                TRANSACTION_TYPE_UNSUPPORTED: Transaction does not support the operation, e.g. travel rule data...
                TRANSACTION_TRAVEL_RULE_PARTY_INVALID: Travel rule originator/beneficiary info missing or fails...
                TRANSACTION_ID_REQUIRED: transaction_id is required but missing.
                TRANSACTION_ID_INVALID: transaction_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SubmitDepositTravelRuleDataResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncUsersResource(SyncResource):
    def list_entity_users(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetEntityUsersResponse, m.EntityUser]:
        """List Users (GET /v1/entities/{entity_id}/users)

        List all users associated with a given entity.

        Operation GetEntityUsers: `ROUTES['GetEntityUsers']`.

        Args:
            entity_id (str, optional):
                The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or
                PRIME_ENTITY_ID).
            cursor (str, optional): Cursor used for pagination (last consumed record).
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                ENTITY_ID_REQUIRED: entity_id is required but missing.
                ENTITY_ID_INVALID: entity_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetEntityUsersResponse, EntityUser]: `.first_page()` for the first page, a GetEntityUsersResponse;
            iterate it for every EntityUser of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_portfolio_users(
        self,
        *,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetPortfolioUsersResponse, m.PortfolioUser]:
        """List Portfolio Users (GET /v1/portfolios/{portfolio_id}/users)

        List all users associated with a given portfolio.

        Operation GetPortfolioUsers: `ROUTES['GetPortfolioUsers']`.

        Args:
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            cursor (str, optional): Cursor used for pagination (last consumed record).
            limit (int, optional): Number of items to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                PORTFOLIO_USERS_CURSOR_INVALID: Pagination cursor does not match any user in the result set.
                PORTFOLIO_USERS_LIMIT_INVALID: limit for portfolio users is out of range.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetPortfolioUsersResponse, PortfolioUser]: `.first_page()` for the first page, a GetPortfolioUsersResponse;
            iterate it for every PortfolioUser of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

class SyncWalletsResource(SyncResource):
    def create_wallet(
        self,
        *,
        name: str,
        symbol: str,
        portfolio_id: str | None = None,
        wallet_type: e.WalletType | e.WalletTypeLiteral | None = None,
        idempotency_key: str | None = None,
        network_family: e.NetworkFamily | e.NetworkFamilyLiteral | None = None,
        network: m.Network | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.CreateWalletResponse:
        """Create Wallet (POST /v1/portfolios/{portfolio_id}/wallets)

        Create a wallet. Note: The first ONCHAIN wallet for each network family must be created
        through the Prime UI.

        Operation CreateWallet: `ROUTES['CreateWallet']`.

        Args:
            name (str): The name of the wallet.
            symbol (str):
                The asset stored in the wallet. Should not be specified when wallet_type is ONCHAIN.
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            wallet_type (WalletType | WalletTypeLiteral, optional): Indicates the wallet type.
            idempotency_key (str, optional):
                idem. The idempotency field: filled in by the client when left out (see
                Idempotency).
            network_family (NetworkFamily | NetworkFamilyLiteral, optional): Not described in the spec.
            network (Network | Mapping[str, Any], optional): Not described in the spec.

        Idempotency:
            `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out
            and the client fills in a uuid4, once per call, and sends that same value on every retry
            of the call (so a retried call never acts twice). The value used comes back as
            `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to
            look the call up, or resend it safely, after a crash.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.
                WALLET_REQUEST_INVALID: Invalid argument for this wallet operation.
                WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED: symbols filter may not be set when wallet type is ONCHAIN.
                WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...
                WALLET_NETWORK_ID_REQUIRED: network_id is required but missing.
                WALLET_NETWORK_INVALID: Network identifier malformed; must be {network_id}-{network_type} (e.g....
                WALLET_ONCHAIN_SETUP_UNAVAILABLE: Onchain wallet setup for this network family not completed; do...
                WALLET_NAME_REQUIRED: name is required but missing.
                WALLET_SYMBOL_REQUIRED: symbol is required for wallet types other than ONCHAIN.
                WALLET_NETWORK_FAMILY_REQUIRED: network_family is required when wallet_type is ONCHAIN.
                WALLET_NETWORK_FAMILY_NOT_ALLOWED: network_family must not be set when wallet_type is not ONCHAIN.
                WALLET_NETWORK_TYPE_REQUIRED: type on the network object is required but missing.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            CreateWalletResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def create_wallet_deposit_address(
        self,
        *,
        wallet_id: str,
        network_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.BlockchainAddress:
        """Create Wallet Deposit Address (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/addresses)

        Creates a new deposit address for a wallet. Only applicable to wallets that support multiple
        deposit addresses on a given network

        Operation CreateWalletDepositAddress: `ROUTES['CreateWalletDepositAddress']`.

        Args:
            wallet_id (str): The wallet ID for which to create the deposit address.
            network_id (str):
                The network information, ie which network to retrieve the deposit address for (such
                as base-mainnet)

                The network name and type.
            portfolio_id (str, optional):
                The ID of the portfolio that owns the wallet. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_NOT_DEPOSITABLE: The wallet cannot accept deposits.
                WALLET_DEPOSIT_REQUEST_INVALID: Deposit request invalid or unsupported for this wallet.
                WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...
                WALLET_NETWORK_ID_REQUIRED: network_id is required but missing.
                WALLET_NETWORK_INVALID: Network identifier malformed; must be {network_id}-{network_type} (e.g....
                WALLET_NETWORK_TYPE_NOT_SUPPORTED: Network type part of network_id is not supported in this...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            BlockchainAddress, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_wallet(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetWalletResponse:
        """Get Wallet by Wallet ID (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id})

        Retrieve a specific wallet by Wallet ID.

        Operation GetWallet: `ROUTES['GetWallet']`.

        Args:
            wallet_id (str): Wallet ID.
            portfolio_id (str, optional):
                Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetWalletResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def get_wallet_deposit_instructions(
        self,
        *,
        wallet_id: str,
        deposit_type: e.WalletDepositInstructionType | e.WalletDepositInstructionTypeLiteral,
        portfolio_id: str | None = None,
        network_id: str | None = None,
        network_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> m.GetWalletDepositInstructionsResponse:
        """Get Wallet Deposit Instructions (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions)

        Retrieve a specific wallet's deposit instructions.

        Operation GetWalletDepositInstructions: `ROUTES['GetWalletDepositInstructions']`.

        Args:
            wallet_id (str): The wallet ID.
            deposit_type (WalletDepositInstructionType | WalletDepositInstructionTypeLiteral):
                The deposit type

                - UNKNOWN_WALLET_DEPOSIT_TYPE: nil value
                - CRYPTO: A cryptocurrency deposit
                - WIRE: A wire deposit
                - SEN: DEPRECATED. A Silvergate Exchange Network deposit
                - SWIFT: A SWIFT deposit
                - SEPA: A SEPA deposit (Single Euro Payments Area).
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            network_id (str, optional): The name of the network

                The network id: base, bitcoin, ethereum, solana etc. Sent as `network.id`.
            network_type (str, optional): The network type

                The network type: mainnet, testnet, etc. Sent as `network.type`.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                ASSET_REQUEST_INVALID: Asset lookup has an invalid argument, e.g. unsupported currency symbol or...
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_DEPOSIT_TYPE_REQUIRED: deposit_type is required but missing.
                WALLET_METADATA_INVALID: metadata is not a valid JSON object, or a nested value is not an object...
                WALLET_NETWORK_REQUIRED: A network must be given for crypto deposits since the wallet has no...
                WALLET_NOT_DEPOSITABLE: The wallet cannot accept deposits.
                WALLET_DEPOSIT_REQUEST_INVALID: Deposit request invalid or unsupported for this wallet.
                WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            GetWalletDepositInstructionsResponse, from a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_wallet_addresses(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        network_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.ListWalletAddressesResponse, m.BlockchainAddress]:
        """List Wallet Addresses (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/addresses)

        Returns all deposit addresses associated with a wallet

        Operation ListWalletAddresses: `ROUTES['ListWalletAddresses']`.

        Args:
            wallet_id (str): The wallet ID for which to retrieve all deposit addresses.
            portfolio_id (str, optional):
                The portfolio ID associated with the wallet. Left out: the client's own
                `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).
            network_id (str, optional):
                The blockchain network name and type, provide an empty network to retrieve addresses
                across all networks for this wallet.
            cursor (str, optional): Cursor to retrieve the next page of results.
            limit (int, optional): Maximum number of addresses to return in a single response.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_ID_REQUIRED: wallet_id is required but missing.
                WALLET_ID_INVALID: wallet_id is not a valid UUID.
                WALLET_NOT_DEPOSITABLE: The wallet cannot accept deposits.
                WALLET_DEPOSIT_REQUEST_INVALID: Deposit request invalid or unsupported for this wallet.
                WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...
                WALLET_NETWORK_INVALID: Network identifier malformed; must be {network_id}-{network_type} (e.g....
                WALLET_NETWORK_TYPE_NOT_SUPPORTED: Network type part of network_id is not supported in this...
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[ListWalletAddressesResponse, BlockchainAddress]: `.first_page()` for the first page, a ListWalletAddressesResponse;
            iterate it for every BlockchainAddress of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

    def list_wallets(
        self,
        *,
        type: e.WalletType | e.WalletTypeLiteral,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        symbols: Sequence[str] | None = None,
        get_network_unified_wallets: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[m.GetWalletsResponse, m.Wallet]:
        """List Portfolio Wallets (GET /v1/portfolios/{portfolio_id}/wallets)

        List all wallets associated with a given portfolio.

        Operation GetWallets: `ROUTES['GetWallets']`.

        Args:
            type (WalletType | WalletTypeLiteral): The wallet type

                - VAULT: A crypto vault
                - TRADING: A trading wallet
                - WALLET_TYPE_OTHER: Other wallet types (like consumer, etc)
                - QC: A QC Wallet
                - ONCHAIN: An Onchain wallet.
            portfolio_id (str, optional):
                The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's
                `portfolio_id=` or PRIME_PORTFOLIO_ID).
            cursor (str, optional): Cursor used for pagination (last consumed record).
            limit (int, optional): Number of wallets to retrieve.
            sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.
            symbols (Sequence[str], optional): The wallet symbol.
            get_network_unified_wallets (bool, optional):
                Flag to request retrieval of all wallets across all networks for a given symbol.

        Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):
            400 BadRequestError:
                PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.
                PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.
                WALLET_REQUEST_INVALID: Invalid argument for this wallet operation.
                WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED: symbols filter may not be set when wallet type is ONCHAIN.
            403 PermissionDeniedError:
                AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.
                MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.
                MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.
                MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...
            404 NotFoundError:
                ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...
                WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.
            Any signed request:
                401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED
                429: SERVER_RATE_LIMIT_EXCEEDED
                500: AUTH_AUTHORIZATION_FAILED
                503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,
                    ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,
                    TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,
                    ADVANCED_TRANSFER_SERVICE_UNAVAILABLE

        Per-call options (this call only, each of its pages included):
            timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
            extra_headers: more headers to send; not the signing headers, Host or Content-Length.
            extra_query: more query parameters to send, appended to the endpoint's own.

        Returns:
            SyncPaginator[GetWalletsResponse, Wallet]: `.first_page()` for the first page, a GetWalletsResponse;
            iterate it for every Wallet of every page (each next page sends the previous page's
            `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each
            page is a blocking call: the async endpoint, run on the client's event loop thread.

        Raises:
            InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
            APIStatusError: Prime answered with an error status (a subclass per status).
            APIConnectionError: Prime could not be reached, after the retries that were safe.
        """

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

class SyncRawActivitiesResource(SyncResource):
    def get_activity(
        self,
        *,
        activity_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetActivityResponse]:
        """`SyncActivitiesResource.get_activity`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_portfolio_activity(
        self,
        *,
        activity_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPortfolioActivityResponse]:
        """`SyncActivitiesResource.get_portfolio_activity`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_entity_activities(
        self,
        *,
        entity_id: str | None = None,
        activity_level: e.ActivityLevel | e.ActivityLevelLiteral | None = None,
        symbols: Sequence[str] | None = None,
        categories: Sequence[e.ActivityCategory | e.ActivityCategoryLiteral] | None = None,
        statuses: Sequence[e.ActivityStatus | e.ActivityStatusLiteral] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        get_network_unified_activities: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetEntityActivitiesResponse], m.Activity]:
        """`SyncActivitiesResource.list_entity_activities`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_activities(
        self,
        *,
        portfolio_id: str | None = None,
        symbols: Sequence[str] | None = None,
        categories: Sequence[e.ActivityCategory | e.ActivityCategoryLiteral] | None = None,
        statuses: Sequence[e.ActivityStatus | e.ActivityStatusLiteral] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        get_network_unified_activities: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetPortfolioActivitiesResponse], m.Activity]:
        """`SyncActivitiesResource.list_portfolio_activities`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawAddressBookResource(SyncResource):
    def create_portfolio_address_book_entry(
        self,
        *,
        address: str,
        currency_symbol: str,
        name: str,
        portfolio_id: str | None = None,
        account_identifier: str | None = None,
        chain_ids: Sequence[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreatePortfolioAddressBookEntryResponse]:
        """`SyncAddressBookResource.create_portfolio_address_book_entry`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_address_book(
        self,
        *,
        portfolio_id: str | None = None,
        currency_symbol: str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetPortfolioAddressBookResponse], m.AddressBookEntry]:
        """`SyncAddressBookResource.list_portfolio_address_book`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawAdvancedTransfersResource(SyncResource):
    def cancel_advanced_transfer(
        self,
        *,
        advanced_transfer_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CancelAdvancedTransferResponse]:
        """`SyncAdvancedTransfersResource.cancel_advanced_transfer`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_advanced_transfer(
        self,
        *,
        advanced_transfer: m.AdvancedTransfer | Mapping[str, Any],
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateAdvancedTransferResponse]:
        """`SyncAdvancedTransfersResource.create_advanced_transfer`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_portfolio_counterparty_id(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPortfolioCounterpartyIDResponse]:
        """`SyncAdvancedTransfersResource.get_portfolio_counterparty_id`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_advanced_transfers(
        self,
        *,
        portfolio_id: str | None = None,
        state: e.AdvancedTransferState | e.AdvancedTransferStateLiteral | None = None,
        type: e.AdvancedTransferType | e.AdvancedTransferTypeLiteral | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        reference_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.ListAdvancedTransfersResponse], m.AdvancedTransfer]:
        """`SyncAdvancedTransfersResource.list_advanced_transfers`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawAllocationsResource(SyncResource):
    def create_allocation(
        self,
        *,
        allocation_id: str | None = None,
        source_portfolio_id: str | None = None,
        product_id: str | None = None,
        order_ids: Sequence[str] | None = None,
        allocation_legs: Sequence[m.AllocationLeg | Mapping[str, Any]] | None = None,
        size_type: e.AllocationSizeType | e.AllocationSizeTypeLiteral | None = None,
        remainder_destination_portfolio: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateAllocationResponse]:
        """`SyncAllocationsResource.create_allocation`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_net_allocation(
        self,
        *,
        source_portfolio_id: str | None = None,
        product_id: str | None = None,
        order_ids: Sequence[str] | None = None,
        allocation_legs: Sequence[m.AllocationLeg | Mapping[str, Any]] | None = None,
        size_type: e.AllocationSizeType | e.AllocationSizeTypeLiteral | None = None,
        remainder_destination_portfolio: str | None = None,
        netting_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateNetAllocationResponse]:
        """`SyncAllocationsResource.create_net_allocation`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_allocation(
        self,
        *,
        allocation_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetAllocationResponse]:
        """`SyncAllocationsResource.get_allocation`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_allocations_by_client_netting_id(
        self,
        *,
        netting_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetAllocationsByClientNettingIdResponse]:
        """`SyncAllocationsResource.get_allocations_by_client_netting_id`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_allocations(
        self,
        *,
        start_date: datetime | str,
        portfolio_id: str | None = None,
        product_ids: Sequence[str] | None = None,
        order_side: e.OrderSide | e.OrderSideLiteral | None = None,
        end_date: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetPortfolioAllocationsResponse], m.Allocation]:
        """`SyncAllocationsResource.list_portfolio_allocations`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawApiKeysResource(SyncResource):
    def rotate_api_key(
        self,
        *,
        duration_seconds: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.RotateAPIKeyResponse]:
        """`SyncApiKeysResource.rotate_api_key`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawAssetsResource(SyncResource):
    def list_entity_assets(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetEntityAssetsResponse]:
        """`SyncAssetsResource.list_entity_assets`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawBalancesResource(SyncResource):
    def get_wallet_balance(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetWalletBalanceResponse]:
        """`SyncBalancesResource.get_wallet_balance`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_entity_balances(
        self,
        *,
        entity_id: str | None = None,
        symbols: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        aggregation_type: e.PortfolioBalanceType | e.PortfolioBalanceTypeLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.ListEntityBalancesResponse], m.EntityBalance]:
        """`SyncBalancesResource.list_entity_balances`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_balances(
        self,
        *,
        portfolio_id: str | None = None,
        symbols: str | None = None,
        balance_type: e.PortfolioBalanceType | e.PortfolioBalanceTypeLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPortfolioBalancesResponse]:
        """`SyncBalancesResource.list_portfolio_balances`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_web3_wallet_balances(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        visibility_statuses: Sequence[e.VisibilityStatus | e.VisibilityStatusLiteral] | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.ListWeb3WalletBalancesResponse], m.Web3Balance]:
        """`SyncBalancesResource.list_web3_wallet_balances`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawCommissionResource(SyncResource):
    def get_portfolio_commission(
        self,
        *,
        portfolio_id: str | None = None,
        product_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPortfolioCommissionResponse]:
        """`SyncCommissionResource.get_portfolio_commission`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawFinancingResource(SyncResource):
    def create_new_locates(
        self,
        *,
        symbol: str,
        amount: Decimal | str | int,
        portfolio_id: str | None = None,
        conversion_date: str | None = None,
        locate_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateNewLocatesResponse]:
        """`SyncFinancingResource.create_new_locates`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_buying_power(
        self,
        *,
        base_currency: str,
        quote_currency: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetBuyingPowerResponse]:
        """`SyncFinancingResource.get_buying_power`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_conversion_fees(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetConversionFeesResponse]:
        """`SyncFinancingResource.get_conversion_fees`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_cross_margin_overview(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetCrossMarginOverviewResponse]:
        """`SyncFinancingResource.get_cross_margin_overview`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_cross_margin_prime_overview(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetCrossMarginPrimeOverviewResponse]:
        """`SyncFinancingResource.get_cross_margin_prime_overview`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_cross_margin_risk_parameters(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetCrossMarginRiskParametersResponse]:
        """`SyncFinancingResource.get_cross_margin_risk_parameters`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_entity_rewards_rate(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetEntityRewardsRateResponse]:
        """`SyncFinancingResource.get_entity_rewards_rate`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_locate_availabilities(
        self,
        *,
        entity_id: str | None = None,
        conversion_date: str | None = None,
        locate_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetLocateAvailabilitiesResponse]:
        """`SyncFinancingResource.get_locate_availabilities`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_margin_information(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetMarginInformationResponse]:
        """`SyncFinancingResource.get_margin_information`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_portfolio_rewards_rate(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPortfolioRewardsRateResponse]:
        """`SyncFinancingResource.get_portfolio_rewards_rate`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_post_trade_credit(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPostTradeCreditResponse]:
        """`SyncFinancingResource.get_post_trade_credit`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_tf_tiered_pricing_fees(
        self,
        *,
        entity_id: str | None = None,
        effective_at: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetTFTieredPricingFeesResponse]:
        """`SyncFinancingResource.get_tf_tiered_pricing_fees`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_withdrawal_power(
        self,
        *,
        symbol: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetWithdrawalPowerResponse]:
        """`SyncFinancingResource.get_withdrawal_power`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_xm_liquidation(
        self,
        *,
        entity_id: str | None = None,
        liquidation_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetXMLiquidationResponse]:
        """`SyncFinancingResource.get_xm_liquidation`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_existing_locates(
        self,
        *,
        portfolio_id: str | None = None,
        locate_ids: Sequence[str] | None = None,
        conversion_date: str | None = None,
        locate_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetExistingLocatesResponse]:
        """`SyncFinancingResource.list_existing_locates`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_financing_eligible_assets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.ListFinancingEligibleAssetsResponse]:
        """`SyncFinancingResource.list_financing_eligible_assets`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_interest_accruals(
        self,
        *,
        entity_id: str | None = None,
        portfolio_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetInterestAccrualsResponse]:
        """`SyncFinancingResource.list_interest_accruals`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_margin_conversions(
        self,
        *,
        portfolio_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetMarginConversionsResponse]:
        """`SyncFinancingResource.list_margin_conversions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_margin_summaries(
        self,
        *,
        entity_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetMarginSummariesResponse]:
        """`SyncFinancingResource.list_margin_summaries`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_market_data(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetMarketDataResponse], m.MarketData]:
        """`SyncFinancingResource.list_market_data`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_interest_accruals(
        self,
        *,
        portfolio_id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPortfolioInterestAccrualsResponse]:
        """`SyncFinancingResource.list_portfolio_interest_accruals`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_tf_obligations(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.ListTFObligationsResponse]:
        """`SyncFinancingResource.list_tf_obligations`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_xm_liquidations(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        status: e.XMLiquidationStatus | e.XMLiquidationStatusLiteral | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.ListXMLiquidationsResponse], m.XMLiquidationSummary]:
        """`SyncFinancingResource.list_xm_liquidations`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def update_funding_settings(
        self,
        *,
        designated_funding_portfolio_id: str,
        automatic_conversion_enabled: bool,
        automatic_excess_return_enabled: bool,
        excess_funds_target_amount: Decimal | str | int,
        entity_id: str | None = None,
        automatic_loan_enabled: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.UpdateFundingSettingsResponse]:
        """`SyncFinancingResource.update_funding_settings`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawFuturesResource(SyncResource):
    def cancel_futures_sweep(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CancelFuturesSweepResponse]:
        """`SyncFuturesResource.cancel_futures_sweep`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_derivative_positions(
        self,
        *,
        portfolio_id: str | None = None,
        product_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetDerivativePositionsResponse]:
        """`SyncFuturesResource.get_derivative_positions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_derivatives_currency_summary(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetDerivativesCurrencySummaryResponse]:
        """`SyncFuturesResource.get_derivatives_currency_summary`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_fcm_balance(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetFcmBalanceResponse]:
        """`SyncFuturesResource.get_fcm_balance`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_fcm_equity(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetFcmEquityResponse]:
        """`SyncFuturesResource.get_fcm_equity`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_fcm_margin_call_details(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetFcmMarginCallDetailsResponse]:
        """`SyncFuturesResource.get_fcm_margin_call_details`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_fcm_risk_limits(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetFcmRiskLimitsResponse]:
        """`SyncFuturesResource.get_fcm_risk_limits`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_fcm_settings(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetFcmSettingsResponse]:
        """`SyncFuturesResource.get_fcm_settings`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_positions(
        self,
        *,
        entity_id: str | None = None,
        product_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPositionsResponse]:
        """`SyncFuturesResource.get_positions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_futures_sweeps(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetFuturesSweepsResponse]:
        """`SyncFuturesResource.list_futures_sweeps`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def schedule_futures_sweep(
        self,
        *,
        currency: str,
        entity_id: str | None = None,
        amount: Decimal | str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.ScheduleFuturesSweepResponse]:
        """`SyncFuturesResource.schedule_futures_sweep`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def set_auto_sweep(
        self,
        *,
        auto_sweep: bool,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.SetAutoSweepResponse]:
        """`SyncFuturesResource.set_auto_sweep`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def set_fcm_settings(
        self,
        *,
        entity_id: str | None = None,
        target_derivatives_excess: Decimal | str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.SetFcmSettingsResponse]:
        """`SyncFuturesResource.set_fcm_settings`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawInvoicesResource(SyncResource):
    def list_invoices(
        self,
        *,
        entity_id: str | None = None,
        states: Sequence[e.InvoiceState | e.InvoiceStateLiteral] | None = None,
        billing_year: int | None = None,
        billing_month: int | None = None,
        cursor: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetInvoicesResponse]:
        """`SyncInvoicesResource.list_invoices`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawOnchainAddressBookResource(SyncResource):
    def create_onchain_address_group(
        self,
        *,
        address_group: m.AddressGroup | Mapping[str, Any],
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.ActivityCreationResponse]:
        """`SyncOnchainAddressBookResource.create_onchain_address_group`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def delete_onchain_address_group(
        self,
        *,
        address_group_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.ActivityCreationResponse]:
        """`SyncOnchainAddressBookResource.delete_onchain_address_group`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_onchain_address_groups(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.ListOnchainAddressGroupsResponse]:
        """`SyncOnchainAddressBookResource.list_onchain_address_groups`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def update_onchain_address_group(
        self,
        *,
        address_group: m.AddressGroup | Mapping[str, Any],
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.ActivityCreationResponse]:
        """`SyncOnchainAddressBookResource.update_onchain_address_group`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawOrdersResource(SyncResource):
    def accept_quote(
        self,
        *,
        product_id: str,
        side: e.OrderSide | e.OrderSideLiteral,
        quote_id: str,
        portfolio_id: str | None = None,
        client_order_id: str | None = None,
        settl_currency: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.AcceptQuoteResponse]:
        """`SyncOrdersResource.accept_quote`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def cancel_order(
        self,
        *,
        order_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CancelOrderResponse]:
        """`SyncOrdersResource.cancel_order`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_order(
        self,
        *,
        product_id: str,
        side: e.OrderSide | e.OrderSideLiteral,
        type: e.OrderType | e.OrderTypeLiteral,
        portfolio_id: str | None = None,
        client_order_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        limit_price: Decimal | str | int | None = None,
        start_time: datetime | str | None = None,
        expiry_time: datetime | str | None = None,
        time_in_force: e.TimeInForceType | e.TimeInForceTypeLiteral | None = None,
        stp_id: str | None = None,
        display_quote_size: Decimal | str | int | None = None,
        display_base_size: Decimal | str | int | None = None,
        is_raise_exact: bool | None = None,
        historical_pov: Decimal | str | int | None = None,
        stop_price: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        post_only: bool | None = None,
        peg_offset_type: e.PegOffsetType | e.PegOffsetTypeLiteral | None = None,
        offset: Decimal | str | int | None = None,
        wig_level: Decimal | str | int | None = None,
        is_buy_exact: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateOrderResponse]:
        """`SyncOrdersResource.create_order`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_order_preview(
        self,
        *,
        product_id: str,
        side: e.OrderSide | e.OrderSideLiteral,
        type: e.OrderType | e.OrderTypeLiteral,
        portfolio_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        limit_price: Decimal | str | int | None = None,
        start_time: datetime | str | None = None,
        expiry_time: datetime | str | None = None,
        time_in_force: e.TimeInForceType | e.TimeInForceTypeLiteral | None = None,
        is_raise_exact: bool | None = None,
        historical_pov: Decimal | str | int | None = None,
        stop_price: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        postOnly: bool | None = None,
        display_quote_size: Decimal | str | int | None = None,
        display_base_size: Decimal | str | int | None = None,
        peg_offset_type: e.PegOffsetType | e.PegOffsetTypeLiteral | None = None,
        offset: Decimal | str | int | None = None,
        wig_level: Decimal | str | int | None = None,
        is_buy_exact: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.PostOrderPreviewResponse]:
        """`SyncOrdersResource.create_order_preview`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_quote(
        self,
        *,
        product_id: str,
        side: e.OrderSide | e.OrderSideLiteral,
        limit_price: Decimal | str | int,
        portfolio_id: str | None = None,
        client_quote_id: str | None = None,
        base_quantity: Decimal | str | int | None = None,
        quote_value: Decimal | str | int | None = None,
        settl_currency: str | None = None,
        quote_duration_ms: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.QuoteResponse]:
        """`SyncOrdersResource.create_quote`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def edit_order(
        self,
        *,
        order_id: str,
        orig_client_order_id: str,
        portfolio_id: str | None = None,
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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.EditOrderResponse]:
        """`SyncOrdersResource.edit_order`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_order(
        self,
        *,
        order_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetOrderResponse]:
        """`SyncOrdersResource.get_order`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_order_edit_history(
        self,
        *,
        order_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetOrderEditHistoryResponse]:
        """`SyncOrdersResource.get_order_edit_history`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_open_orders(
        self,
        *,
        portfolio_id: str | None = None,
        product_ids: Sequence[str] | None = None,
        order_type: e.OrderType | e.OrderTypeLiteral | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        start_date: datetime | str | None = None,
        order_side: e.OrderSide | e.OrderSideLiteral | None = None,
        end_date: datetime | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetOpenOrdersResponse], m.Order]:
        """`SyncOrdersResource.list_open_orders`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_order_fills(
        self,
        *,
        order_id: str,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetOrderFillsResponse], m.Fill]:
        """`SyncOrdersResource.list_order_fills`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_fills(
        self,
        *,
        start_date: datetime | str,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        end_date: datetime | str | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetPortfolioFillsResponse], m.Fill]:
        """`SyncOrdersResource.list_portfolio_fills`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_orders(
        self,
        *,
        portfolio_id: str | None = None,
        order_statuses: Sequence[e.OrderStatus | e.OrderStatusLiteral] | None = None,
        product_ids: Sequence[str] | None = None,
        order_type: e.OrderType | e.OrderTypeLiteral | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        order_side: e.OrderSide | e.OrderSideLiteral | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetOrdersResponse], m.Order]:
        """`SyncOrdersResource.list_portfolio_orders`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawPaymentMethodsResource(SyncResource):
    def get_entity_payment_method_details(
        self,
        *,
        payment_method_id: str,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetEntityPaymentMethodDetailsResponse]:
        """`SyncPaymentMethodsResource.get_entity_payment_method_details`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_entity_payment_methods(
        self,
        *,
        entity_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetEntityPaymentMethodsResponse]:
        """`SyncPaymentMethodsResource.list_entity_payment_methods`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawPortfoliosResource(SyncResource):
    def get_portfolio(
        self,
        *,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPortfolioResponse]:
        """`SyncPortfoliosResource.get_portfolio`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolios(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetPortfoliosResponse]:
        """`SyncPortfoliosResource.list_portfolios`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawPositionsResource(SyncResource):
    def list_aggregate_entity_positions(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.ListAggregateEntityPositionsResponse], m.Position]:
        """`SyncPositionsResource.list_aggregate_entity_positions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_entity_positions(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.ListEntityPositionsResponse], m.Position]:
        """`SyncPositionsResource.list_entity_positions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawProductsResource(SyncResource):
    def get_candles(
        self,
        *,
        product_id: str,
        start_time: datetime | str,
        end_time: datetime | str,
        granularity: e.CandlesGranularity | e.CandlesGranularityLiteral,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetCandlesResponse]:
        """`SyncProductsResource.get_candles`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_products(
        self,
        *,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        product_type: e.ProductType | e.ProductTypeLiteral | None = None,
        contract_expiry_type: e.ContractExpiryType | e.ContractExpiryTypeLiteral | None = None,
        expiring_contract_status: e.ExpiringContractStatus | e.ExpiringContractStatusLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetPortfolioProductsResponse], m.Product]:
        """`SyncProductsResource.list_portfolio_products`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawStakingResource(SyncResource):
    def get_staking_status(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetStakingStatusResponse]:
        """`SyncStakingResource.get_staking_status`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_unstaking_status(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetUnstakingStatusResponse]:
        """`SyncStakingResource.get_unstaking_status`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_transaction_validators(
        self,
        *,
        transaction_ids: Sequence[str],
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.ListTransactionValidatorsResponse], m.TransactionValidator]:
        """`SyncStakingResource.list_transaction_validators`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def portfolio_staking_initiate(
        self,
        *,
        currency_symbol: str,
        amount: Decimal | str | int,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        metadata: m.PortfolioStakingMetadata | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.PortfolioStakingInitiateResponse]:
        """`SyncStakingResource.portfolio_staking_initiate`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def portfolio_staking_unstake(
        self,
        *,
        currency_symbol: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        amount: Decimal | str | int | None = None,
        metadata: m.PortfolioStakingMetadata | Mapping[str, Any] | None = None,
        validator_provider: e.ValidatorProvider | e.ValidatorProviderLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.PortfolioStakingUnstakeResponse]:
        """`SyncStakingResource.portfolio_staking_unstake`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def preview_unstake(
        self,
        *,
        wallet_id: str,
        amount: Decimal | str | int,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.PreviewUnstakeResponse]:
        """`SyncStakingResource.preview_unstake`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def staking_claim_rewards(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        inputs: m.WalletClaimRewardsInputs | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.StakingClaimRewardsResponse]:
        """`SyncStakingResource.staking_claim_rewards`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def staking_initiate(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        inputs: m.WalletStakeInputs | Mapping[str, Any] | None = None,
        metadata: m.WalletStakingMetadata | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.StakingInitiateResponse]:
        """`SyncStakingResource.staking_initiate`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def staking_unstake(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        inputs: m.WalletUnstakeInputs | Mapping[str, Any] | None = None,
        metadata: m.WalletStakingMetadata | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.StakingUnstakeResponse]:
        """`SyncStakingResource.staking_unstake`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawTransactionsResource(SyncResource):
    def create_conversion(
        self,
        *,
        wallet_id: str,
        amount: Decimal | str | int,
        destination: str,
        source_symbol: str,
        destination_symbol: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateConversionResponse]:
        """`SyncTransactionsResource.create_conversion`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_onchain_transaction(
        self,
        *,
        wallet_id: str,
        raw_unsigned_txn: str,
        portfolio_id: str | None = None,
        rpc: m.RpcConfig | Mapping[str, Any] | None = None,
        evm_params: m.CreateOnchainTransactionRequestEvmParams | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateOnchainTransactionResponse]:
        """`SyncTransactionsResource.create_onchain_transaction`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_wallet_transfer(
        self,
        *,
        wallet_id: str,
        amount: Decimal | str | int,
        destination: str,
        currency_symbol: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateWalletTransferResponse]:
        """`SyncTransactionsResource.create_wallet_transfer`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_wallet_withdrawal(
        self,
        *,
        wallet_id: str,
        amount: Decimal | str | int,
        destination_type: e.DestinationType | e.DestinationTypeLiteral,
        currency_symbol: str,
        portfolio_id: str | None = None,
        idempotency_key: str | None = None,
        payment_method: m.PaymentMethodDestination | Mapping[str, Any] | None = None,
        blockchain_address: m.BlockchainAddress | Mapping[str, Any] | None = None,
        counterparty: m.CounterpartyDestination | Mapping[str, Any] | None = None,
        travel_rule_data: m.TravelRuleData | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateWalletWithdrawalResponse]:
        """`SyncTransactionsResource.create_wallet_withdrawal`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_transaction(
        self,
        *,
        transaction_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetTransactionResponse]:
        """`SyncTransactionsResource.get_transaction`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_advanced_transfer_transactions(
        self,
        *,
        advanced_transfer_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.ListAdvancedTransferTransactionsResponse]:
        """`SyncTransactionsResource.list_advanced_transfer_transactions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_transactions(
        self,
        *,
        portfolio_id: str | None = None,
        symbols: str | None = None,
        types: Sequence[e.TransactionType | e.TransactionTypeLiteral] | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        get_network_unified_transactions: bool | None = None,
        travel_rule_status: Sequence[e.TravelRuleStatus | e.TravelRuleStatusLiteral] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetPortfolioTransactionsResponse], m.Transaction]:
        """`SyncTransactionsResource.list_portfolio_transactions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_wallet_transactions(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        types: Sequence[e.TransactionType | e.TransactionTypeLiteral] | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetWalletTransactionsResponse], m.Transaction]:
        """`SyncTransactionsResource.list_wallet_transactions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawTravelRuleResource(SyncResource):
    def get_transaction_travel_rule_data(
        self,
        *,
        transaction_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetTransactionTravelRuleDataResponse]:
        """`SyncTravelRuleResource.get_transaction_travel_rule_data`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def submit_deposit_travel_rule_data(
        self,
        *,
        transaction_id: str,
        portfolio_id: str | None = None,
        originator: m.TravelRuleParty | Mapping[str, Any] | None = None,
        beneficiary: m.TravelRuleParty | Mapping[str, Any] | None = None,
        is_self: bool | None = None,
        opt_out_of_ownership_verification: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.SubmitDepositTravelRuleDataResponse]:
        """`SyncTravelRuleResource.submit_deposit_travel_rule_data`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawUsersResource(SyncResource):
    def list_entity_users(
        self,
        *,
        entity_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetEntityUsersResponse], m.EntityUser]:
        """`SyncUsersResource.list_entity_users`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_portfolio_users(
        self,
        *,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetPortfolioUsersResponse], m.PortfolioUser]:
        """`SyncUsersResource.list_portfolio_users`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawWalletsResource(SyncResource):
    def create_wallet(
        self,
        *,
        name: str,
        symbol: str,
        portfolio_id: str | None = None,
        wallet_type: e.WalletType | e.WalletTypeLiteral | None = None,
        idempotency_key: str | None = None,
        network_family: e.NetworkFamily | e.NetworkFamilyLiteral | None = None,
        network: m.Network | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.CreateWalletResponse]:
        """`SyncWalletsResource.create_wallet`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def create_wallet_deposit_address(
        self,
        *,
        wallet_id: str,
        network_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.BlockchainAddress]:
        """`SyncWalletsResource.create_wallet_deposit_address`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_wallet(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetWalletResponse]:
        """`SyncWalletsResource.get_wallet`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def get_wallet_deposit_instructions(
        self,
        *,
        wallet_id: str,
        deposit_type: e.WalletDepositInstructionType | e.WalletDepositInstructionTypeLiteral,
        portfolio_id: str | None = None,
        network_id: str | None = None,
        network_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[m.GetWalletDepositInstructionsResponse]:
        """`SyncWalletsResource.get_wallet_deposit_instructions`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_wallet_addresses(
        self,
        *,
        wallet_id: str,
        portfolio_id: str | None = None,
        network_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.ListWalletAddressesResponse], m.BlockchainAddress]:
        """`SyncWalletsResource.list_wallet_addresses`, returning a RawResponse (status, headers, request id, `.parse()`)."""

    def list_wallets(
        self,
        *,
        type: e.WalletType | e.WalletTypeLiteral,
        portfolio_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort_direction: e.SortDirection | e.SortDirectionLiteral | None = None,
        symbols: Sequence[str] | None = None,
        get_network_unified_wallets: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[RawResponse[m.GetWalletsResponse], m.Wallet]:
        """`SyncWalletsResource.list_wallets`, returning a RawResponse (status, headers, request id, `.parse()`)."""

class SyncRawResourceAccessors:
    def __init__(self, client: Any) -> None: ...
    @property
    def activities(self) -> SyncRawActivitiesResource: ...
    @property
    def address_book(self) -> SyncRawAddressBookResource: ...
    @property
    def advanced_transfers(self) -> SyncRawAdvancedTransfersResource: ...
    @property
    def allocations(self) -> SyncRawAllocationsResource: ...
    @property
    def api_keys(self) -> SyncRawApiKeysResource: ...
    @property
    def assets(self) -> SyncRawAssetsResource: ...
    @property
    def balances(self) -> SyncRawBalancesResource: ...
    @property
    def commission(self) -> SyncRawCommissionResource: ...
    @property
    def financing(self) -> SyncRawFinancingResource: ...
    @property
    def futures(self) -> SyncRawFuturesResource: ...
    @property
    def invoices(self) -> SyncRawInvoicesResource: ...
    @property
    def onchain_address_book(self) -> SyncRawOnchainAddressBookResource: ...
    @property
    def orders(self) -> SyncRawOrdersResource: ...
    @property
    def payment_methods(self) -> SyncRawPaymentMethodsResource: ...
    @property
    def portfolios(self) -> SyncRawPortfoliosResource: ...
    @property
    def positions(self) -> SyncRawPositionsResource: ...
    @property
    def products(self) -> SyncRawProductsResource: ...
    @property
    def staking(self) -> SyncRawStakingResource: ...
    @property
    def transactions(self) -> SyncRawTransactionsResource: ...
    @property
    def travel_rule(self) -> SyncRawTravelRuleResource: ...
    @property
    def users(self) -> SyncRawUsersResource: ...
    @property
    def wallets(self) -> SyncRawWalletsResource: ...
