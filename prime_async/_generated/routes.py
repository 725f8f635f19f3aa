"""The route table: one entry per operation of the Prime REST API.

Generated from spec/prime-openapi.yaml and spec/overlay.yaml by `python -m codegen`. Do not edit by hand."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from .._route import Alias, Int64, Pagination, Param, Route, RouteTable
from . import enums as e

__all__ = ["ROUTES"]

# How an endpoint's docstring ends, keyed by (blocking, paginated): Route.doc holds the rest.
RETURNS = {
    (False, False): "Per-call options (this call only, each of its pages included):\n    timeout: seconds (or an httpx.Timeout) in place of the client's timeout.\n    extra_headers: more headers to send; not the signing headers, Host or Content-Length.\n    extra_query: more query parameters to send, appended to the endpoint's own.\n\nReturns:\n    {response}\n\nRaises:\n    InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.\n    APIStatusError: Prime answered with an error status (a subclass per status).\n    APIConnectionError: Prime could not be reached, after the retries that were safe.",
    (False, True): "Per-call options (this call only, each of its pages included):\n    timeout: seconds (or an httpx.Timeout) in place of the client's timeout.\n    extra_headers: more headers to send; not the signing headers, Host or Content-Length.\n    extra_query: more query parameters to send, appended to the endpoint's own.\n\nReturns:\n    Paginator[{response}, {item}]: `await` it for the first page, a {response};\n    `async for` over it for every {item} of every page (each next page sends the previous\n    page's `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list.\n\nRaises:\n    InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.\n    APIStatusError: Prime answered with an error status (a subclass per status).\n    APIConnectionError: Prime could not be reached, after the retries that were safe.",
    (True, False): "Per-call options (this call only, each of its pages included):\n    timeout: seconds (or an httpx.Timeout) in place of the client's timeout.\n    extra_headers: more headers to send; not the signing headers, Host or Content-Length.\n    extra_query: more query parameters to send, appended to the endpoint's own.\n\nReturns:\n    {response}, from a blocking call: the async endpoint, run on the client's event loop thread.\n\nRaises:\n    InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.\n    APIStatusError: Prime answered with an error status (a subclass per status).\n    APIConnectionError: Prime could not be reached, after the retries that were safe.",
    (True, True): "Per-call options (this call only, each of its pages included):\n    timeout: seconds (or an httpx.Timeout) in place of the client's timeout.\n    extra_headers: more headers to send; not the signing headers, Host or Content-Length.\n    extra_query: more query parameters to send, appended to the endpoint's own.\n\nReturns:\n    SyncPaginator[{response}, {item}]: `.first_page()` for the first page, a {response};\n    iterate it for every {item} of every page (each next page sends the previous page's\n    `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each\n    page is a blocking call: the async endpoint, run on the client's event loop thread.\n\nRaises:\n    InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.\n    APIStatusError: Prime answered with an error status (a subclass per status).\n    APIConnectionError: Prime could not be reached, after the retries that were safe.",
}

# Param(name, location, type, accepts): `type` is what the value is sent as (types naming models,
# m.*, are strings evaluated on first use), `accepts` what the signature shows. response/body
# name the models, imported on first use. Params are in signature order.
ROUTES = RouteTable(
    Route(
        'GetActivity',
        'GET',
        '/v1/activities/{activity_id}',
        resource='activities',
        name='get_activity',
        params=(
            Param('activity_id', 'path', str, 'str', required=True),
        ),
        response='GetActivityResponse',
        summary='Get Activity by Activity ID',
        doc=(
            'Get Activity by Activity ID (GET /v1/activities/{activity_id})\n'
            '\n'
            'Retrieve an activity by its activity ID - this endpoint can retrieve both portfolio and\n'
            'entity activities when passed the appropriate API key\n'
            '\n'
            "Operation GetActivity: `ROUTES['GetActivity']`.\n"
            '\n'
            'Args:\n'
            '    activity_id (str): Id of the activity to retrieve.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ACTIVITY_NOT_FOUND: Activity not found: activity_id does not exist or is not part of the given...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateAllocation',
        'POST',
        '/v1/allocations',
        resource='allocations',
        name='create_allocation',
        params=(
            Param('allocation_id', 'body', str, 'str'),
            Param('source_portfolio_id', 'body', str, 'str'),
            Param('product_id', 'body', str, 'str'),
            Param('order_ids', 'body', list[str], 'Sequence[str]'),
            Param('allocation_legs', 'body', 'list[m.AllocationLeg]', 'Sequence[AllocationLeg | Mapping[str, Any]]'),
            Param('size_type', 'body', e.AllocationSizeType, 'AllocationSizeType | AllocationSizeTypeLiteral'),
            Param('remainder_destination_portfolio', 'body', str, 'str'),
        ),
        response='CreateAllocationResponse',
        body='CreateAllocationRequest',
        summary='Create Portfolio Allocations',
        doc=(
            'Create Portfolio Allocations (POST /v1/allocations)\n'
            '\n'
            'Create allocation for a given portfolio.\n'
            '\n'
            "Operation CreateAllocation: `ROUTES['CreateAllocation']`.\n"
            '\n'
            'Args:\n'
            '    allocation_id (str, optional): The ID of the allocation.\n'
            '    source_portfolio_id (str, optional): The source portfolio id for the allocation.\n'
            '    product_id (str, optional): The product for the allocation.\n'
            '    order_ids (Sequence[str], optional): The list of order ids in the allocation.\n'
            '    allocation_legs (Sequence[AllocationLeg | Mapping[str, Any]], optional):\n'
            '        The list of allocation_legs for the allocation.\n'
            '    size_type (AllocationSizeType | AllocationSizeTypeLiteral, optional): Not described in the spec.\n'
            '    remainder_destination_portfolio (str, optional):\n'
            '        The portfolio where to allocate the remainder of the size.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            "        PORTFOLIO_TYPE_UNSUPPORTED: The portfolio's type does not support this operation.\n"
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ALLOCATION_ID_REQUIRED: allocation_id is required but missing.\n'
            '        ALLOCATION_NETTING_ID_REQUIRED: netting_id is required but missing.\n'
            '        ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...\n'
            '        ALLOCATION_PRECONDITION_FAILED: Buying power or account info for the source or destination...\n'
            '        ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED: source_portfolio_id is required to identify where the...\n'
            '        ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED: At least one allocation_legs entry has no...\n'
            '        ALLOCATION_ORDERS_MIXED_SIDES: order_ids mixes buy and sell orders; all orders in one allocation...\n'
            '        ALLOCATION_ORDERS_MIXED_PRODUCTS: order_ids spans several products; all orders in one allocation...\n'
            '        ALLOCATION_ORDER_NOT_TERMINAL: At least one order has not reached a terminal state and cannot be...\n'
            '        ALLOCATION_ORDER_TOO_OLD: At least one order is older than the maximum age allowed for allocation.\n'
            '        ALLOCATION_ORDER_ALREADY_ALLOCATED: At least one order in order_ids has already been allocated...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        ALLOCATION_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateNetAllocation',
        'POST',
        '/v1/allocations/net',
        resource='allocations',
        name='create_net_allocation',
        params=(
            Param('source_portfolio_id', 'body', str, 'str'),
            Param('product_id', 'body', str, 'str'),
            Param('order_ids', 'body', list[str], 'Sequence[str]'),
            Param('allocation_legs', 'body', 'list[m.AllocationLeg]', 'Sequence[AllocationLeg | Mapping[str, Any]]'),
            Param('size_type', 'body', e.AllocationSizeType, 'AllocationSizeType | AllocationSizeTypeLiteral'),
            Param('remainder_destination_portfolio', 'body', str, 'str'),
            Param('netting_id', 'body', str, 'str'),
        ),
        response='CreateNetAllocationResponse',
        body='CreateNetAllocationRequest',
        summary='Create Portfolio Net Allocations',
        doc=(
            'Create Portfolio Net Allocations (POST /v1/allocations/net)\n'
            '\n'
            'Create net allocation for a given portfolio.\n'
            '\n'
            "Operation CreateNetAllocation: `ROUTES['CreateNetAllocation']`.\n"
            '\n'
            'Args:\n'
            '    source_portfolio_id (str, optional): The source portfolio id for the allocation.\n'
            '    product_id (str, optional): The product for the allocation.\n'
            '    order_ids (Sequence[str], optional): The list of order ids in the allocation.\n'
            '    allocation_legs (Sequence[AllocationLeg | Mapping[str, Any]], optional):\n'
            '        The list of allocation_legs for the allocation.\n'
            '    size_type (AllocationSizeType | AllocationSizeTypeLiteral, optional): Not described in the spec.\n'
            '    remainder_destination_portfolio (str, optional):\n'
            '        The portfolio where to allocate the remainder of the size.\n'
            '    netting_id (str, optional): The ID to identify an in-flight net allocation.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            "        PORTFOLIO_TYPE_UNSUPPORTED: The portfolio's type does not support this operation.\n"
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ALLOCATION_ID_REQUIRED: allocation_id is required but missing.\n'
            '        ALLOCATION_NETTING_ID_REQUIRED: netting_id is required but missing.\n'
            '        ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...\n'
            '        ALLOCATION_PRECONDITION_FAILED: Buying power or account info for the source or destination...\n'
            '        ALLOCATION_SOURCE_PORTFOLIO_ID_REQUIRED: source_portfolio_id is required to identify where the...\n'
            '        ALLOCATION_DESTINATION_PORTFOLIO_ID_REQUIRED: At least one allocation_legs entry has no...\n'
            '        ALLOCATION_ORDERS_MIXED_SIDES: order_ids mixes buy and sell orders; all orders in one allocation...\n'
            '        ALLOCATION_ORDERS_MIXED_PRODUCTS: order_ids spans several products; all orders in one allocation...\n'
            '        ALLOCATION_ORDER_NOT_TERMINAL: At least one order has not reached a terminal state and cannot be...\n'
            '        ALLOCATION_ORDER_TOO_OLD: At least one order is older than the maximum age allowed for allocation.\n'
            '        ALLOCATION_ORDER_ALREADY_ALLOCATED: At least one order in order_ids has already been allocated...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        ALLOCATION_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'RotateAPIKey',
        'POST',
        '/v1/api-keys/rotate',
        resource='api_keys',
        name='rotate_api_key',
        params=(
            Param('duration_seconds', 'body', int, 'int'),
        ),
        response='RotateAPIKeyResponse',
        body='RotateAPIKeyRequest',
        summary='Rotate API Key',
        doc=(
            'Rotate API Key (POST /v1/api-keys/rotate)\n'
            '\n'
            'Generates a new API key with the same configuration as the invoking key.\n'
            '\n'
            "Operation RotateAPIKey: `ROUTES['RotateAPIKey']`.\n"
            '\n'
            'Args:\n'
            '    duration_seconds (int, optional):\n'
            '        How long the old key remains active after the new key is approved, in seconds. Set\n'
            "        to 0 for immediate expiry on approval. Cannot extend beyond the original key's\n"
            '        expiry.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        API_KEY_INVALID_DURATION: duration_seconds exceeds the maximum rotation timespan of 30 days.\n'
            '        API_KEY_ALREADY_ROTATED: A rotation was already initiated for this API key; only one rotation may...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    501 InternalServerError:\n'
            '        ENDPOINT_NOT_IMPLEMENTED: This endpoint is not implemented yet.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetConversionFees',
        'GET',
        '/v1/conversion/fees',
        resource='financing',
        name='get_conversion_fees',
        params=(
        ),
        response='GetConversionFeesResponse',
        summary='Get Conversion Fees',
        doc=(
            'Get Conversion Fees (GET /v1/conversion/fees)\n'
            '\n'
            "Get your organization's stablecoin conversion fee tiers and month-to-date net conversion\n"
            'volume per currency. The organization is resolved from the authenticated API key, which must\n'
            'be organization-scoped.\n'
            '\n'
            "Operation GetConversionFees: `ROUTES['GetConversionFees']`.\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        CONVERSION_FEE_FEATURE_DISABLED: Conversion fees API not enabled for this entity.\n'
            '        CONVERSION_FEE_NOT_ENABLED_FOR_ORG: Stablecoin conversion fee configuration not set up for the...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetInterestAccruals',
        'GET',
        '/v1/entities/{entity_id}/accruals',
        resource='financing',
        name='list_interest_accruals',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'query', str, 'str'),
            Param('start_date', 'query', str, 'str'),
            Param('end_date', 'query', str, 'str'),
        ),
        response='GetInterestAccrualsResponse',
        summary='List Interest Accruals',
        doc=(
            'List Interest Accruals (GET /v1/entities/{entity_id}/accruals)\n'
            '\n'
            'Lists interest accruals for an entity between the specified date range given\n'
            '\n'
            "Operation GetInterestAccruals: `ROUTES['GetInterestAccruals']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '    portfolio_id (str, optional): The unique ID of the portfolio.\n'
            '    start_date (str, optional): The start date of the range to query for in RFC3339 format.\n'
            '    end_date (str, optional): The end date of the range to query for in RFC3339 format.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        FINANCING_START_DATE_REQUIRED: start_date is required but missing.\n'
            '        FINANCING_END_DATE_REQUIRED: end_date is required but missing.\n'
            '        FINANCING_START_DATE_INVALID: start_date is not a valid RFC 3339 timestamp.\n'
            '        FINANCING_END_DATE_INVALID: end_date is not a valid RFC 3339 timestamp.\n'
            '        FINANCING_ACCRUALS_INVALID_ARGUMENT: Interest accruals request has invalid parameters (entity_id,...\n'
            '        FINANCING_FAILED_PRECONDITION: Interest accruals request failed a precondition, e.g. invalid date...\n'
            '        FINANCING_ACCRUALS_RANGE_EXCEEDED: start_date..end_date exceeds the 12-month maximum trailing...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetEntityActivities',
        'GET',
        '/v1/entities/{entity_id}/activities',
        resource='activities',
        name='list_entity_activities',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('activity_level', 'query', e.ActivityLevel, 'ActivityLevel | ActivityLevelLiteral'),
            Param('symbols', 'query', list[str], 'Sequence[str]'),
            Param('categories', 'query', list[e.ActivityCategory], 'Sequence[ActivityCategory | ActivityCategoryLiteral]'),
            Param('statuses', 'query', list[e.ActivityStatus], 'Sequence[ActivityStatus | ActivityStatusLiteral]'),
            Param('start_time', 'query', str, 'str'),
            Param('end_time', 'query', str, 'str'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('get_network_unified_activities', 'query', bool, 'bool'),
        ),
        response='GetEntityActivitiesResponse',
        pagination=Pagination(items='activities', item='Activity', cursor_in='query'),
        summary='List Entity Activities',
        doc=(
            'List Entity Activities (GET /v1/entities/{entity_id}/activities)\n'
            '\n'
            'List all activities associated with a given entity.\n'
            '\n'
            "Operation GetEntityActivities: `ROUTES['GetEntityActivities']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity to retrieve activities for. Left out: the client's own `entity_id`\n"
            "        (PrimeClient's `entity_id=` or PRIME_ENTITY_ID).\n"
            '    activity_level (ActivityLevel | ActivityLevelLiteral, optional):\n'
            '        Activity level to retrieve activities for.\n'
            '    symbols (Sequence[str], optional): Filter by list of currencies.\n'
            '    categories (Sequence[ActivityCategory | ActivityCategoryLiteral], optional):\n'
            '        Filter by list of activity categories [order, transaction, account, allocation,\n'
            '        lending].\n'
            '    statuses (Sequence[ActivityStatus | ActivityStatusLiteral], optional):\n'
            '        Filter by list of statuses.\n'
            '    start_time (str, optional): Filter created time by start date (RFC3339 format).\n'
            '    end_time (str, optional): Filter created time by end date (RFC3339 format).\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '    get_network_unified_activities (bool, optional):\n'
            '        Flag to request retrieval of all activities across all networks for a given symbol.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        ACTIVITY_REQUEST_INVALID: Activity request has an invalid argument, e.g. a malformed filter or...\n'
            '        ACTIVITY_CATEGORY_INVALID: categories holds a value that is not a supported activity category.\n'
            '        ACTIVITY_TIME_RANGE_INVALID: start_time/end_time is not valid RFC 3339, or end_time precedes...\n'
            '        ACTIVITY_STATUS_INVALID: statuses holds a value that is not a supported activity status.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        ACTIVITY_ACCESS_DENIED: Caller may not access the requested activity data for that entity or...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListAggregateEntityPositions',
        'GET',
        '/v1/entities/{entity_id}/aggregate_positions',
        resource='positions',
        name='list_aggregate_entity_positions',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
        ),
        response='ListAggregateEntityPositionsResponse',
        pagination=Pagination(items='positions', item='Position', cursor_in='query'),
        summary='List Aggregate Entity Positions',
        doc=(
            'List Aggregate Entity Positions (GET /v1/entities/{entity_id}/aggregate_positions)\n'
            '\n'
            'List paginated aggregate positions for a specific entity.\n'
            '\n'
            "Operation ListAggregateEntityPositions: `ROUTES['ListAggregateEntityPositions']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        ENTITY_POSITION_LIMIT_INVALID: limit must be > 0 and not above the maximum allowed.\n'
            '        ENTITY_POSITION_INVALID_ARGUMENT: Position request has an invalid argument, e.g. malformed...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_POSITION_NOT_FOUND: No position data for the entity or portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetEntityAssets',
        'GET',
        '/v1/entities/{entity_id}/assets',
        resource='assets',
        name='list_entity_assets',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetEntityAssetsResponse',
        summary='List Assets',
        doc=(
            'List Assets (GET /v1/entities/{entity_id}/assets)\n'
            '\n'
            'List all assets available for a given entity.\n'
            '\n'
            "Operation GetEntityAssets: `ROUTES['GetEntityAssets']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ASSET_REQUEST_INVALID: Asset lookup has an invalid argument, e.g. unsupported currency symbol or...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListEntityBalances',
        'GET',
        '/v1/entities/{entity_id}/balances',
        resource='balances',
        name='list_entity_balances',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('symbols', 'query', str, 'str'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('aggregation_type', 'query', e.PortfolioBalanceType, 'PortfolioBalanceType | PortfolioBalanceTypeLiteral'),
        ),
        response='ListEntityBalancesResponse',
        pagination=Pagination(items='balances', item='EntityBalance', cursor_in='query'),
        summary='List Entity Balances',
        doc=(
            'List Entity Balances (GET /v1/entities/{entity_id}/balances)\n'
            '\n'
            'List all balances for a specific entity.\n'
            '\n'
            "Operation ListEntityBalances: `ROUTES['ListEntityBalances']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '    symbols (str, optional): A list of symbols by which to filter the response.\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    aggregation_type (PortfolioBalanceType | PortfolioBalanceTypeLiteral, optional):\n'
            '        A type by which to filter aggregated balances, defaults to "TOTAL"\n'
            '\n'
            '        - UNKNOWN_BALANCE_TYPE: nil\n'
            '        - TRADING_BALANCES: Trading balances\n'
            '        - VAULT_BALANCES: Vault balances\n'
            '        - TOTAL_BALANCES: Total balances (The sum of vault and trading + prime custody)\n'
            '        - PRIME_CUSTODY_BALANCES: Prime custody balances\n'
            '        - UNIFIED_TOTAL_BALANCES: Unified total balance across networks and wallet types\n'
            '          (vault + trading + prime custody).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        ENTITY_BALANCES_LIMIT_INVALID: limit for entity balances is out of range.\n'
            '        ENTITY_BALANCES_INVALID_ARGUMENT: Entity balances request has an invalid cursor or filter.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_BALANCES_NOT_FOUND: No balances found for the entity.\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetCrossMarginOverview',
        'GET',
        '/v1/entities/{entity_id}/cross_margin',
        resource='financing',
        name='get_cross_margin_overview',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetCrossMarginOverviewResponse',
        summary='Get Exchange Cross Margin Overview',
        doc=(
            'Get Exchange Cross Margin Overview (GET /v1/entities/{entity_id}/cross_margin)\n'
            '\n'
            'Gets live data for Cross Margin (XM) for a specific XM customer\n'
            '\n'
            "Operation GetCrossMarginOverview: `ROUTES['GetCrossMarginOverview']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        XM customer Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...\n'
            '        CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetXMLiquidation',
        'GET',
        '/v1/entities/{entity_id}/cross_margin/liquidation',
        resource='financing',
        name='get_xm_liquidation',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('liquidation_id', 'query', str, 'str'),
        ),
        response='GetXMLiquidationResponse',
        summary='Get Cross Margin Liquidation',
        doc=(
            'Get Cross Margin Liquidation (GET /v1/entities/{entity_id}/cross_margin/liquidation)\n'
            '\n'
            'Gets detailed liquidation data for an XM customer. Returns the active or most recent\n'
            'liquidation by default.\n'
            '\n'
            "Operation GetXMLiquidation: `ROUTES['GetXMLiquidation']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        XM customer Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '    liquidation_id (str, optional):\n'
            '        Financing liquidation UUID. If omitted, returns the active or most recent\n'
            '        liquidation.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...\n'
            '        CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListXMLiquidations',
        'GET',
        '/v1/entities/{entity_id}/cross_margin/liquidations',
        resource='financing',
        name='list_xm_liquidations',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('status', 'query', e.XMLiquidationStatus, 'XMLiquidationStatus | XMLiquidationStatusLiteral'),
            Param('start_time', 'query', datetime, 'datetime | str'),
            Param('end_time', 'query', datetime, 'datetime | str'),
        ),
        response='ListXMLiquidationsResponse',
        pagination=Pagination(items='liquidations', item='XMLiquidationSummary', cursor_in='query'),
        summary='List Cross Margin Liquidations',
        doc=(
            'List Cross Margin Liquidations (GET /v1/entities/{entity_id}/cross_margin/liquidations)\n'
            '\n'
            'Lists historical liquidation records for an XM customer\n'
            '\n'
            "Operation ListXMLiquidations: `ROUTES['ListXMLiquidations']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        XM customer Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '    cursor (str, optional): Cursor for pagination.\n'
            '    limit (int, optional): Number of results to return per page.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sort direction for results.\n'
            '    status (XMLiquidationStatus | XMLiquidationStatusLiteral, optional):\n'
            '        Filter results by liquidation status\n'
            '\n'
            '        - XM_LIQUIDATION_STATUS_PRE_LIQUIDATION: Liquidation is in the pre-liquidation phase\n'
            '        - XM_LIQUIDATION_STATUS_LIQUIDATING: Liquidation is actively in progress\n'
            '        - XM_LIQUIDATION_STATUS_LIQUIDATED: Liquidation has completed successfully\n'
            '        - XM_LIQUIDATION_STATUS_CANCELED: Liquidation was canceled\n'
            '        - XM_LIQUIDATION_STATUS_FAILED: Liquidation failed.\n'
            '    start_time (datetime | str, optional):\n'
            '        Filter results to liquidations created at or after this time.\n'
            '    end_time (datetime | str, optional):\n'
            '        Filter results to liquidations created at or before this time.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...\n'
            '        CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetCrossMarginRiskParameters',
        'GET',
        '/v1/entities/{entity_id}/cross_margin/risk_parameters',
        resource='financing',
        name='get_cross_margin_risk_parameters',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetCrossMarginRiskParametersResponse',
        summary='Get Cross Margin Risk Parameters',
        doc=(
            'Get Cross Margin Risk Parameters (GET /v1/entities/{entity_id}/cross_margin/risk_parameters)\n'
            '\n'
            'Gets the current Cross Margin (XM) risk parameters for an entity.\n'
            '\n'
            "Operation GetCrossMarginRiskParameters: `ROUTES['GetCrossMarginRiskParameters']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        XM customer Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...\n'
            '        CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'UpdateFundingSettings',
        'POST',
        '/v1/entities/{entity_id}/funding_settings',
        resource='financing',
        name='update_funding_settings',
        params=(
            Param('designated_funding_portfolio_id', 'body', str, 'str', required=True),
            Param('automatic_conversion_enabled', 'body', bool, 'bool', required=True),
            Param('automatic_excess_return_enabled', 'body', bool, 'bool', required=True),
            Param('excess_funds_target_amount', 'body', Decimal, 'Decimal | str | int', required=True),
            Param('entity_id', 'path', str, 'str', required=True),
            Param('automatic_loan_enabled', 'body', bool, 'bool'),
        ),
        response='UpdateFundingSettingsResponse',
        body='UpdateFundingSettingsRequest',
        summary='Update Funding Settings',
        doc=(
            'Update Funding Settings (POST /v1/entities/{entity_id}/funding_settings)\n'
            '\n'
            'Sets FCM funding configuration for the entity and submits the desired configuration to Prime\n'
            'API for approval.\n'
            '\n'
            "Operation UpdateFundingSettings: `ROUTES['UpdateFundingSettings']`.\n"
            '\n'
            'Args:\n'
            '    designated_funding_portfolio_id (str):\n'
            '        Set the Derivatives Funding Portfolio that will be used to fund FCM margin calls and\n'
            '        receive excess margin sweeps. Only one portfolio per entity.\n'
            '    automatic_conversion_enabled (bool):\n'
            '        When true, USDC in your Derivatives Funding Portfolio will be converted to USD to\n'
            '        meet FCM margin calls (Auto-Convert USDC).\n'
            '    automatic_excess_return_enabled (bool):\n'
            '        When true, any FCM account balance above your margin requirements will be\n'
            '        automatically swept back to your Derivatives funding portfolio. (Auto-Return Excess\n'
            '        Margin).\n'
            '    excess_funds_target_amount (Decimal | str | int):\n'
            '        Weekend Buying Power: Setting a target amount to maintain in your Futures account\n'
            '        above margin requirements. You can only withdraw funds in excess of this amount.\n'
            '    entity_id (str, optional):\n'
            "        Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=`\n"
            '        or PRIME_ENTITY_ID).\n'
            '    automatic_loan_enabled (bool, optional):\n'
            '        Deprecated: Auto-Initiate Loans is now always enabled for Financing customers. Any\n'
            '        value sent for this field is ignored.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...\n'
            '        CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...\n'
            '        FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID: excess_funds_target_amount missing, not a valid...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'SetAutoSweep',
        'POST',
        '/v1/entities/{entity_id}/futures/auto_sweep',
        resource='futures',
        name='set_auto_sweep',
        params=(
            Param('auto_sweep', 'body', bool, 'bool', required=True),
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='SetAutoSweepResponse',
        body='SetAutoSweepRequest',
        summary='Set Auto Sweep',
        doc=(
            'Set Auto Sweep (POST /v1/entities/{entity_id}/futures/auto_sweep)\n'
            '\n'
            'Set auto sweep for a given entity.\n'
            '\n'
            "Operation SetAutoSweep: `ROUTES['SetAutoSweep']`.\n"
            '\n'
            'Args:\n'
            '    auto_sweep (bool): Auto sweep status, default to false.\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetFcmBalance',
        'GET',
        '/v1/entities/{entity_id}/futures/balance_summary',
        resource='futures',
        name='get_fcm_balance',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetFcmBalanceResponse',
        summary='Get Entity FCM Balance',
        doc=(
            'Get Entity FCM Balance (GET /v1/entities/{entity_id}/futures/balance_summary)\n'
            '\n'
            'Retrieve fcm balance for a given entity.\n'
            '\n'
            "Operation GetFcmBalance: `ROUTES['GetFcmBalance']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        FCM_BALANCE_NOT_FOUND: No futures balance data for the entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetFcmEquity',
        'GET',
        '/v1/entities/{entity_id}/futures/equity',
        resource='futures',
        name='get_fcm_equity',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetFcmEquityResponse',
        summary='Get FCM Equity',
        doc=(
            'Get FCM Equity (GET /v1/entities/{entity_id}/futures/equity)\n'
            '\n'
            'Retrieve the equity data for a given entity.\n'
            '\n'
            "Operation GetFcmEquity: `ROUTES['GetFcmEquity']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            "        FCM_EQUITY_NOT_FOUND: No end-of-day equity data for the entity_id's futures account.\n"
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetFcmMarginCallDetails',
        'GET',
        '/v1/entities/{entity_id}/futures/margin_call_details',
        resource='futures',
        name='get_fcm_margin_call_details',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetFcmMarginCallDetailsResponse',
        summary='Get FCM Margin Call Details',
        doc=(
            'Get FCM Margin Call Details (GET /v1/entities/{entity_id}/futures/margin_call_details)\n'
            '\n'
            'Retrieve the margin call details for a given entity.\n'
            '\n'
            "Operation GetFcmMarginCallDetails: `ROUTES['GetFcmMarginCallDetails']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPositions',
        'GET',
        '/v1/entities/{entity_id}/futures/positions',
        resource='futures',
        name='get_positions',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('product_id', 'query', str, 'str'),
        ),
        response='GetPositionsResponse',
        summary='Get Entity Positions',
        doc=(
            'Get Entity Positions (GET /v1/entities/{entity_id}/futures/positions)\n'
            '\n'
            'Retrieve all active fcm positions for a given entity.\n'
            '\n'
            "Operation GetPositions: `ROUTES['GetPositions']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '    product_id (str, optional): Product ID. Optional.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_POSITION_INVALID_ARGUMENT: Position request has an invalid argument, e.g. malformed...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        ENTITY_POSITION_NOT_FOUND: No position data for the entity or portfolio.\n'
            '        FCM_ACCOUNT_NOT_FOUND: No futures (FCM) account configured for the entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetFcmRiskLimits',
        'GET',
        '/v1/entities/{entity_id}/futures/risk_limits',
        resource='futures',
        name='get_fcm_risk_limits',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetFcmRiskLimitsResponse',
        summary='Get FCM Risk Limits',
        doc=(
            'Get FCM Risk Limits (GET /v1/entities/{entity_id}/futures/risk_limits)\n'
            '\n'
            'Retrieve the risk limits for a given entity.\n'
            '\n'
            "Operation GetFcmRiskLimits: `ROUTES['GetFcmRiskLimits']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            "        FCM_RISK_LIMITS_NOT_FOUND: No risk limit data for the entity_id's futures account.\n"
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetFcmSettings',
        'GET',
        '/v1/entities/{entity_id}/futures/settings',
        resource='futures',
        name='get_fcm_settings',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetFcmSettingsResponse',
        summary='Get FCM Settings',
        doc=(
            'Get FCM Settings (GET /v1/entities/{entity_id}/futures/settings)\n'
            '\n'
            'Get settings related to FCM.\n'
            '\n'
            "Operation GetFcmSettings: `ROUTES['GetFcmSettings']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        FCM_ACCOUNT_NOT_FOUND: No futures (FCM) account configured for the entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'SetFcmSettings',
        'POST',
        '/v1/entities/{entity_id}/futures/settings',
        resource='futures',
        name='set_fcm_settings',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('target_derivatives_excess', 'body', Decimal, 'Decimal | str | int'),
        ),
        response='SetFcmSettingsResponse',
        body='SetFcmSettingsRequest',
        summary='Set FCM Settings',
        doc=(
            'Set FCM Settings (POST /v1/entities/{entity_id}/futures/settings)\n'
            '\n'
            'Update settings related to FCM.\n'
            '\n'
            "Operation SetFcmSettings: `ROUTES['SetFcmSettings']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '    target_derivatives_excess (Decimal | str | int, optional):\n'
            '        Target CFM Excess amount to set. Only non-negative number is allowed.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...\n'
            '        FCM_TARGET_DERIVATIVES_EXCESS_INVALID: target_derivatives_excess must be a valid non-negative...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        FCM_ACCOUNT_NOT_FOUND: No futures (FCM) account configured for the entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetFuturesSweeps',
        'GET',
        '/v1/entities/{entity_id}/futures/sweeps',
        resource='futures',
        name='list_futures_sweeps',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetFuturesSweepsResponse',
        summary='List Entity Futures Sweeps',
        doc=(
            'List Entity Futures Sweeps (GET /v1/entities/{entity_id}/futures/sweeps)\n'
            '\n'
            'Retrieve fcm sweeps in open status, including pending and processing sweeps.\n'
            '\n'
            "Operation GetFuturesSweeps: `ROUTES['GetFuturesSweeps']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        FCM_SWEEP_NOT_FOUND: No sweep request for the entity_id, including when there is no pending sweep...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ScheduleFuturesSweep',
        'POST',
        '/v1/entities/{entity_id}/futures/sweeps',
        resource='futures',
        name='schedule_futures_sweep',
        params=(
            Param('currency', 'body', str, 'str', required=True),
            Param('entity_id', 'path', str, 'str', required=True),
            Param('amount', 'body', Decimal, 'Decimal | str | int'),
        ),
        response='ScheduleFuturesSweepResponse',
        body='ScheduleFuturesSweepRequest',
        summary='Schedule Entity Futures Sweep',
        doc=(
            'Schedule Entity Futures Sweep (POST /v1/entities/{entity_id}/futures/sweeps)\n'
            '\n'
            'Schedule a sweep for a given entity from FCM wallet to USD Spot wallet. Only one pending\n'
            'sweep is allowed at a time per entity.\n'
            '\n'
            "Operation ScheduleFuturesSweep: `ROUTES['ScheduleFuturesSweep']`.\n"
            '\n'
            'Args:\n'
            '    currency (str): Currency. Required.\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '    amount (Decimal | str | int, optional): Amount. Default to sweep all if not provided.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...\n'
            '        FCM_SWEEP_CURRENCY_REQUIRED: currency is required when scheduling a futures sweep.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CancelFuturesSweep',
        'DELETE',
        '/v1/entities/{entity_id}/futures/sweeps',
        resource='futures',
        name='cancel_futures_sweep',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='CancelFuturesSweepResponse',
        summary='Cancel Entity Futures Sweep',
        doc=(
            'Cancel Entity Futures Sweep (DELETE /v1/entities/{entity_id}/futures/sweeps)\n'
            '\n'
            'Cancel the pending sweep for a given entity. A user will only be able to have one pending\n'
            'sweep at a time. If the sweep is not found, a 404 will be returned.\n'
            '\n'
            "Operation CancelFuturesSweep: `ROUTES['CancelFuturesSweep']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        FCM_INVALID_ARGUMENT: Invalid argument for this futures operation, e.g. unknown entity_id or...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        FCM_SWEEP_NOT_FOUND: No sweep request for the entity_id, including when there is no pending sweep...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetInvoices',
        'GET',
        '/v1/entities/{entity_id}/invoices',
        resource='invoices',
        name='list_invoices',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('states', 'query', list[e.InvoiceState], 'Sequence[InvoiceState | InvoiceStateLiteral]'),
            Param('billing_year', 'query', int, 'int'),
            Param('billing_month', 'query', int, 'int'),
            Param('cursor', 'query', int, 'int'),
            Param('limit', 'query', int, 'int'),
        ),
        response='GetInvoicesResponse',
        summary='List Invoices',
        doc=(
            'List Invoices (GET /v1/entities/{entity_id}/invoices)\n'
            '\n'
            'Retrieve a list of invoices belonging to an entity.\n'
            '\n'
            "Operation GetInvoices: `ROUTES['GetInvoices']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '    states (Sequence[InvoiceState | InvoiceStateLiteral], optional):\n'
            '        Invoice states to filter the response.\n'
            '    billing_year (int, optional): Filter invoices by year.\n'
            '    billing_month (int, optional):\n'
            '        Integer representing the month to filter by, 1 for January, 12 for December.\n'
            '    cursor (int, optional): Cursor used for pagination (last consumed record).\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetLocateAvailabilities',
        'GET',
        '/v1/entities/{entity_id}/locates_availability',
        resource='financing',
        name='get_locate_availabilities',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('conversion_date', 'query', str, 'str'),
            Param('locate_date', 'query', str, 'str'),
        ),
        response='GetLocateAvailabilitiesResponse',
        summary='Get Entity Locate Availabilities',
        doc=(
            'Get Entity Locate Availabilities (GET /v1/entities/{entity_id}/locates_availability)\n'
            '\n'
            'Get currencies available to be located with their corresponding amount and rate.\n'
            '\n'
            "Operation GetLocateAvailabilities: `ROUTES['GetLocateAvailabilities']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '    conversion_date (str, optional): Deprecated: Use locate_date instead.\n'
            '    locate_date (str, optional): The date of the locate availability in YYYY-MM-DD format.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        LOCATE_DATE_INVALID: locate_date is not a valid YYYY-MM-DD date.\n'
            '        LOCATE_REQUEST_INVALID: Stock locate request invalid, e.g. both locate_date and locate_ids...\n'
            '        LOCATE_FAILED_PRECONDITION: Stock locate precondition failed, e.g. no availability for the...\n'
            '        LOCATE_DATE_REQUIRED: locate_date is required but missing.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        LOCATE_AVAILABILITY_NOT_FOUND: No locate availability data for the entity and date.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetMarginInformation',
        'GET',
        '/v1/entities/{entity_id}/margin',
        resource='financing',
        name='get_margin_information',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetMarginInformationResponse',
        summary='Get Margin Information',
        doc=(
            'Get Margin Information (GET /v1/entities/{entity_id}/margin)\n'
            '\n'
            'Gets real-time evaluation of the margin model based on current positions and spot rates.\n'
            '\n'
            "Operation GetMarginInformation: `ROUTES['GetMarginInformation']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        MARGIN_INFORMATION_REQUEST_INVALID: Margin information request has invalid parameters, e.g....\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetMarginSummaries',
        'GET',
        '/v1/entities/{entity_id}/margin_summaries',
        resource='financing',
        name='list_margin_summaries',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('start_date', 'query', str, 'str'),
            Param('end_date', 'query', str, 'str'),
        ),
        response='GetMarginSummariesResponse',
        summary='List Margin Call Summaries',
        doc=(
            'List Margin Call Summaries (GET /v1/entities/{entity_id}/margin_summaries)\n'
            '\n'
            'Lists the margin call history for a given entity ID.\n'
            '\n'
            "Operation GetMarginSummaries: `ROUTES['GetMarginSummaries']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '    start_date (str, optional):\n'
            '        The start date of the range to query for in RFC3339 format. Must be within the last\n'
            '        3 months.\n'
            '    end_date (str, optional): The end date of the range to query for in RFC3339 format.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        FINANCING_START_DATE_INVALID: start_date is not a valid RFC 3339 timestamp.\n'
            '        FINANCING_END_DATE_INVALID: end_date is not a valid RFC 3339 timestamp.\n'
            '        MARGIN_SUMMARY_RANGE_INVALID: start_date..end_date exceeds the 3-month maximum trailing period...\n'
            '        MARGIN_SUMMARY_FAILED_PRECONDITION: Margin summaries request failed a precondition, e.g. entity...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetMarketData',
        'GET',
        '/v1/entities/{entity_id}/market_data',
        resource='financing',
        name='list_market_data',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='GetMarketDataResponse',
        pagination=Pagination(items='market_data', item='MarketData', cursor_in='query'),
        summary='Get Market Data',
        doc=(
            'Get Market Data (GET /v1/entities/{entity_id}/market_data)\n'
            '\n'
            'Retrieves market data including volatility and average daily volume for an entity.\n'
            '\n'
            "Operation GetMarketData: `ROUTES['GetMarketData']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Prime Entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=`\n"
            '        or PRIME_ENTITY_ID).\n'
            '    cursor (str, optional): Cursor for pagination.\n'
            '    limit (int, optional): Number of results to return per page.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sort direction for results.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        MARKET_DATA_INVALID_ARGUMENT: Invalid argument, e.g. unknown entity_id, cursor or sort_direction.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        MARKET_DATA_NOT_FOUND: No market data for the entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetEntityPaymentMethods',
        'GET',
        '/v1/entities/{entity_id}/payment-methods',
        resource='payment_methods',
        name='list_entity_payment_methods',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetEntityPaymentMethodsResponse',
        summary='List Entity Payment Methods',
        doc=(
            'List Entity Payment Methods (GET /v1/entities/{entity_id}/payment-methods)\n'
            '\n'
            'Retrieve all payment methods for a given entity.\n'
            '\n'
            "Operation GetEntityPaymentMethods: `ROUTES['GetEntityPaymentMethods']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Not described in the spec. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PAYMENT_METHOD_REQUEST_INVALID: Payment method request has an invalid argument.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        PAYMENT_METHOD_NOT_FOUND: Payment method not found: payment_method_id does not exist or is not...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetEntityPaymentMethodDetails',
        'GET',
        '/v1/entities/{entity_id}/payment-methods/{payment_method_id}',
        resource='payment_methods',
        name='get_entity_payment_method_details',
        params=(
            Param('payment_method_id', 'path', str, 'str', required=True),
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetEntityPaymentMethodDetailsResponse',
        summary='Get Entity Payment Method',
        doc=(
            'Get Entity Payment Method (GET /v1/entities/{entity_id}/payment-methods/{payment_method_id})\n'
            '\n'
            'Get payment method details by id for a given entity.\n'
            '\n'
            "Operation GetEntityPaymentMethodDetails: `ROUTES['GetEntityPaymentMethodDetails']`.\n"
            '\n'
            'Args:\n'
            '    payment_method_id (str): Not described in the spec.\n'
            '    entity_id (str, optional):\n'
            "        Not described in the spec. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PAYMENT_METHOD_ID_REQUIRED: payment_method_id is required but missing.\n'
            '        PAYMENT_METHOD_ID_INVALID: payment_method_id is not a valid identifier.\n'
            '        PAYMENT_METHOD_REQUEST_INVALID: Payment method request has an invalid argument.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        PAYMENT_METHOD_NOT_FOUND: Payment method not found: payment_method_id does not exist or is not...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListEntityPositions',
        'GET',
        '/v1/entities/{entity_id}/positions',
        resource='positions',
        name='list_entity_positions',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
        ),
        response='ListEntityPositionsResponse',
        pagination=Pagination(items='positions', item='Position', cursor_in='query'),
        summary='List Entity Positions',
        doc=(
            'List Entity Positions (GET /v1/entities/{entity_id}/positions)\n'
            '\n'
            'List paginated positions for a specific entity.\n'
            '\n'
            "Operation ListEntityPositions: `ROUTES['ListEntityPositions']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        ENTITY_POSITION_LIMIT_INVALID: limit must be > 0 and not above the maximum allowed.\n'
            '        ENTITY_POSITION_INVALID_ARGUMENT: Position request has an invalid argument, e.g. malformed...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_POSITION_NOT_FOUND: No position data for the entity or portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListTFObligations',
        'GET',
        '/v1/entities/{entity_id}/tf_obligations',
        resource='financing',
        name='list_tf_obligations',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='ListTFObligationsResponse',
        summary='List Trade Finance Obligations',
        doc=(
            'List Trade Finance Obligations (GET /v1/entities/{entity_id}/tf_obligations)\n'
            '\n'
            'List trade finance obligations for a given entity.\n'
            '\n'
            "Operation ListTFObligations: `ROUTES['ListTFObligations']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The entity ID to retrieve obligations for. Left out: the client's own `entity_id`\n"
            "        (PrimeClient's `entity_id=` or PRIME_ENTITY_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetTFTieredPricingFees',
        'GET',
        '/v1/entities/{entity_id}/tf_tiered_fees',
        resource='financing',
        name='get_tf_tiered_pricing_fees',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('effective_at', 'query', str, 'str'),
        ),
        response='GetTFTieredPricingFeesResponse',
        summary='Get Trade Finance Tiered Pricing Fees',
        doc=(
            'Get Trade Finance Tiered Pricing Fees (GET /v1/entities/{entity_id}/tf_tiered_fees)\n'
            '\n'
            'Get trade finance tiered pricing fees for a given entity at a specific time, default to\n'
            'current time.\n'
            '\n'
            "Operation GetTFTieredPricingFees: `ROUTES['GetTFTieredPricingFees']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The unique ID of the entity. Left out: the client's own `entity_id` (PrimeClient's\n"
            '        `entity_id=` or PRIME_ENTITY_ID).\n'
            '    effective_at (str, optional): The fees on a specific effective date in RFC3339 format.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        TIERED_PRICING_EFFECTIVE_AT_INVALID: effective_at is not a valid RFC 3339 timestamp.\n'
            '        TIERED_PRICING_REQUEST_INVALID: Tiered pricing request has invalid parameters, e.g. entity_id or...\n'
            '        TIERED_PRICING_FAILED_PRECONDITION: Tiered pricing precondition failed, e.g. entity not enabled...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetEntityUsers',
        'GET',
        '/v1/entities/{entity_id}/users',
        resource='users',
        name='list_entity_users',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='GetEntityUsersResponse',
        pagination=Pagination(items='users', item='EntityUser', cursor_in='query'),
        summary='List Users',
        doc=(
            'List Users (GET /v1/entities/{entity_id}/users)\n'
            '\n'
            'List all users associated with a given entity.\n'
            '\n'
            "Operation GetEntityUsers: `ROUTES['GetEntityUsers']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '    cursor (str, optional): Cursor used for pagination (last consumed record).\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListFinancingEligibleAssets',
        'GET',
        '/v1/financing/eligible-assets',
        resource='financing',
        name='list_financing_eligible_assets',
        params=(
        ),
        response='ListFinancingEligibleAssetsResponse',
        summary='List Financing Eligible Assets',
        doc=(
            'List Financing Eligible Assets (GET /v1/financing/eligible-assets)\n'
            '\n'
            'Get all assets eligible for Trade Finance with their adjustment factors.\n'
            '\n'
            "Operation ListFinancingEligibleAssets: `ROUTES['ListFinancingEligibleAssets']`.\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolios',
        'GET',
        '/v1/portfolios',
        resource='portfolios',
        name='list_portfolios',
        params=(
        ),
        response='GetPortfoliosResponse',
        summary='List Portfolios',
        doc=(
            'List Portfolios (GET /v1/portfolios)\n'
            '\n'
            'List all portfolios for which the current API key has read access.\n'
            '\n'
            "Operation GetPortfolios: `ROUTES['GetPortfolios']`.\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolio',
        'GET',
        '/v1/portfolios/{portfolio_id}',
        resource='portfolios',
        name='get_portfolio',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetPortfolioResponse',
        summary='Get Portfolio by Portfolio ID',
        doc=(
            'Get Portfolio by Portfolio ID (GET /v1/portfolios/{portfolio_id})\n'
            '\n'
            'Retrieve a given portfolio by its portfolio ID.\n'
            '\n'
            "Operation GetPortfolio: `ROUTES['GetPortfolio']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'AcceptQuote',
        'POST',
        '/v1/portfolios/{portfolio_id}/accept_quote',
        resource='orders',
        name='accept_quote',
        params=(
            Param('product_id', 'body', str, 'str', required=True),
            Param('side', 'body', e.OrderSide, 'OrderSide | OrderSideLiteral', required=True),
            Param('quote_id', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('client_order_id', 'body', str, 'str', required=True),
            Param('settl_currency', 'body', str, 'str'),
        ),
        response='AcceptQuoteResponse',
        body='AcceptQuoteRequest',
        idempotency_field='client_order_id',
        summary='Accept Quote',
        doc=(
            'Accept Quote (POST /v1/portfolios/{portfolio_id}/accept_quote)\n'
            '\n'
            'Accepts the quote received by the quote request and creates an order with the provided quote\n'
            'ID.\n'
            '\n'
            'Always required: portfolio_id, product_id, side, quote_id, client_quote_id.\n'
            '\n'
            "Operation AcceptQuote: `ROUTES['AcceptQuote']`.\n"
            '\n'
            'Args:\n'
            '    product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).\n'
            '    side (OrderSide | OrderSideLiteral): Order side.\n'
            '    quote_id (str): A quote id that was returned from the quote request.\n'
            '    portfolio_id (str, optional):\n'
            "        The ID of the portfolio that owns the order. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    client_order_id (str, optional):\n'
            '        A client-generated ID used for reference purposes (note: order will be rejected if\n'
            '        this ID is not unique among all currently active orders). The idempotency field:\n'
            '        filled in by the client when left out (see Idempotency).\n'
            '    settl_currency (str, optional): Not described in the spec.\n'
            '\n'
            'Idempotency:\n'
            '    `client_order_id` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.client_order_id`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '    A retry Prime refuses as ORDER_DUPLICATE_CLIENT_ORDER_ID means an earlier attempt of\n'
            '    this call placed the order: the client finds it by its client_order_id and returns it\n'
            '    (OrderStateUnknownError if it cannot, within bounds). Refused when no earlier attempt\n'
            '    may have reached Prime (your own id, reused): DuplicateClientOrderIdError at once.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.\n'
            '        BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...\n'
            '        ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...\n'
            '        ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists; each new...\n'
            '        ORDER_REJECTED: Order was rejected during processing and was not placed.\n'
            '        ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.\n'
            '        ORDER_PRODUCT_ID_REQUIRED: product_id is required for this request.\n'
            '        ORDER_CLIENT_ORDER_ID_REQUIRED: client_order_id is required to accept a quote.\n'
            '        ORDER_QUOTE_ID_REQUIRED: quote_id is required to accept a quote.\n'
            '        ORDER_SIDE_REQUIRED: side is required but missing.\n'
            '        ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioInterestAccruals',
        'GET',
        '/v1/portfolios/{portfolio_id}/accruals',
        resource='financing',
        name='list_portfolio_interest_accruals',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('start_date', 'query', str, 'str'),
            Param('end_date', 'query', str, 'str'),
        ),
        response='GetPortfolioInterestAccrualsResponse',
        summary='List Interest Accruals For Portfolio',
        doc=(
            'List Interest Accruals For Portfolio (GET /v1/portfolios/{portfolio_id}/accruals)\n'
            '\n'
            'Lists interest accruals between the specified date range for a specific portfolio ID\n'
            '\n'
            "Operation GetPortfolioInterestAccruals: `ROUTES['GetPortfolioInterestAccruals']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The unique ID of the portfolio. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    start_date (str, optional): The start date of the range to query for in RFC3339 format.\n'
            '    end_date (str, optional): The end date of the range to query for in RFC3339 format.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        FINANCING_START_DATE_REQUIRED: start_date is required but missing.\n'
            '        FINANCING_END_DATE_REQUIRED: end_date is required but missing.\n'
            '        FINANCING_START_DATE_INVALID: start_date is not a valid RFC 3339 timestamp.\n'
            '        FINANCING_END_DATE_INVALID: end_date is not a valid RFC 3339 timestamp.\n'
            '        FINANCING_ACCRUALS_INVALID_ARGUMENT: Interest accruals request has invalid parameters (entity_id,...\n'
            '        FINANCING_ACCRUALS_DATE_INVALID: start_date..end_date range is not valid for interest accruals on...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioActivities',
        'GET',
        '/v1/portfolios/{portfolio_id}/activities',
        resource='activities',
        name='list_portfolio_activities',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('symbols', 'query', list[str], 'Sequence[str]'),
            Param('categories', 'query', list[e.ActivityCategory], 'Sequence[ActivityCategory | ActivityCategoryLiteral]'),
            Param('statuses', 'query', list[e.ActivityStatus], 'Sequence[ActivityStatus | ActivityStatusLiteral]'),
            Param('start_time', 'query', str, 'str'),
            Param('end_time', 'query', str, 'str'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('get_network_unified_activities', 'query', bool, 'bool'),
        ),
        response='GetPortfolioActivitiesResponse',
        pagination=Pagination(items='activities', item='Activity', cursor_in='query'),
        summary='List Activities',
        doc=(
            'List Activities (GET /v1/portfolios/{portfolio_id}/activities)\n'
            '\n'
            'List all activities associated with a given portfolio.\n'
            '\n'
            "Operation GetPortfolioActivities: `ROUTES['GetPortfolioActivities']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio to retrieve activities for. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    symbols (Sequence[str], optional): Filter by list of currencies.\n'
            '    categories (Sequence[ActivityCategory | ActivityCategoryLiteral], optional):\n'
            '        Filter by list of activity categories [order, transaction, account, allocation,\n'
            '        lending].\n'
            '    statuses (Sequence[ActivityStatus | ActivityStatusLiteral], optional):\n'
            '        Filter by list of statuses.\n'
            '    start_time (str, optional): Filter created time by start date (RFC3339 format).\n'
            '    end_time (str, optional): Filter created time by end date (RFC3339 format).\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '    get_network_unified_activities (bool, optional):\n'
            '        Flag to request retrieval of all activities across all networks for a given symbol.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ACTIVITY_REQUEST_INVALID: Activity request has an invalid argument, e.g. a malformed filter or...\n'
            '        ACTIVITY_CATEGORY_INVALID: categories holds a value that is not a supported activity category.\n'
            '        ACTIVITY_TIME_RANGE_INVALID: start_time/end_time is not valid RFC 3339, or end_time precedes...\n'
            '        ACTIVITY_STATUS_INVALID: statuses holds a value that is not a supported activity status.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioActivity',
        'GET',
        '/v1/portfolios/{portfolio_id}/activities/{activity_id}',
        resource='activities',
        name='get_portfolio_activity',
        params=(
            Param('activity_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetPortfolioActivityResponse',
        summary='Get Portfolio Activity by Activity ID',
        doc=(
            'Get Portfolio Activity by Activity ID (GET /v1/portfolios/{portfolio_id}/activities/{activity_id})\n'
            '\n'
            'Retrieve an activity by its activity ID\n'
            '\n'
            "Operation GetPortfolioActivity: `ROUTES['GetPortfolioActivity']`.\n"
            '\n'
            'Args:\n'
            '    activity_id (str): Id of the activity to retrieve.\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio to retrieve activity for. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ACTIVITY_PORTFOLIO_ID_MISMATCH: The activity exists but belongs to a different portfolio than the...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ACTIVITY_NOT_FOUND: Activity not found: activity_id does not exist or is not part of the given...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioAddressBook',
        'GET',
        '/v1/portfolios/{portfolio_id}/address_book',
        resource='address_book',
        name='list_portfolio_address_book',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('currency_symbol', 'query', str, 'str'),
            Param('search', 'query', str, 'str'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='GetPortfolioAddressBookResponse',
        pagination=Pagination(items='addresses', item='AddressBookEntry', cursor_in='query'),
        summary='Get Address Book',
        doc=(
            'Get Address Book (GET /v1/portfolios/{portfolio_id}/address_book)\n'
            '\n'
            'Gets a list of address book addresses.\n'
            '\n'
            "Operation GetPortfolioAddressBook: `ROUTES['GetPortfolioAddressBook']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    currency_symbol (str, optional):\n'
            '        Cryptocurrency symbol -- if nothing is passed, all addresses are returned.\n'
            '    search (str, optional): Query string that matches the address name.\n'
            '    cursor (str, optional): ID marking the point after which additional results should be retrieved.\n'
            '    limit (int, optional): Number of addresses to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ADDRESS_BOOK_INVALID_ARGUMENT: Address book request has an invalid argument, e.g. malformed...\n'
            '        ADDRESS_BOOK_FAILED_PRECONDITION: Entry could not be created or retrieved because a precondition...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ADDRESS_BOOK_NOT_FOUND: Address book entry not found for the given portfolio_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreatePortfolioAddressBookEntry',
        'POST',
        '/v1/portfolios/{portfolio_id}/address_book',
        resource='address_book',
        name='create_portfolio_address_book_entry',
        params=(
            Param('address', 'body', str, 'str', required=True),
            Param('currency_symbol', 'body', str, 'str', required=True),
            Param('name', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('account_identifier', 'body', str, 'str'),
            Param('chain_ids', 'body', list[str], 'Sequence[str]'),
        ),
        response='CreatePortfolioAddressBookEntryResponse',
        body='CreatePortfolioAddressBookEntryRequest',
        summary='Create Address Book Entry',
        doc=(
            'Create Address Book Entry (POST /v1/portfolios/{portfolio_id}/address_book)\n'
            '\n'
            "Creates an entry for a portfolio's trusted addresses.\n"
            '\n'
            "Operation CreatePortfolioAddressBookEntry: `ROUTES['CreatePortfolioAddressBookEntry']`.\n"
            '\n'
            'Args:\n'
            '    address (str): Crypto address to add.\n'
            '    currency_symbol (str): Currency symbol of address to add.\n'
            '    name (str): Name of address book entry.\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    account_identifier (str, optional): Account Identifier (memo/destination tag).\n'
            '    chain_ids (Sequence[str], optional):\n'
            '        List of compatible chain IDs for the address, empty for Solana.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        ADDRESS_BOOK_INVALID_ARGUMENT: Address book request has an invalid argument, e.g. malformed...\n'
            '        ADDRESS_BOOK_FAILED_PRECONDITION: Entry could not be created or retrieved because a precondition...\n'
            '        ADDRESS_BOOK_ADDRESS_REQUIRED: address is required to create an address book entry.\n'
            '        ADDRESS_BOOK_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required to create an address book entry.\n'
            '        ADDRESS_BOOK_NAME_REQUIRED: name is required to create an address book entry.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ADDRESS_BOOK_NOT_FOUND: Address book entry not found for the given portfolio_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListAdvancedTransfers',
        'GET',
        '/v1/portfolios/{portfolio_id}/advanced_transfers',
        resource='advanced_transfers',
        name='list_advanced_transfers',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('state', 'query', e.AdvancedTransferState, 'AdvancedTransferState | AdvancedTransferStateLiteral'),
            Param('type', 'query', e.AdvancedTransferType, 'AdvancedTransferType | AdvancedTransferTypeLiteral'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('start_time', 'query', datetime, 'datetime | str'),
            Param('end_time', 'query', datetime, 'datetime | str'),
            Param('reference_id', 'query', str, 'str'),
        ),
        response='ListAdvancedTransfersResponse',
        pagination=Pagination(items='advanced_transfers', item='AdvancedTransfer', cursor_in='query'),
        summary='List Advanced Transfers',
        doc=(
            'List Advanced Transfers (GET /v1/portfolios/{portfolio_id}/advanced_transfers)\n'
            '\n'
            'List advanced transfers for a given portfolio. This API is currently not available to all\n'
            'clients. Please reach out to Prime Operations with any questions.\n'
            '\n'
            "Operation ListAdvancedTransfers: `ROUTES['ListAdvancedTransfers']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    state (AdvancedTransferState | AdvancedTransferStateLiteral, optional):\n'
            '        The state of the Advanced Transfer to filter by.\n'
            '    type (AdvancedTransferType | AdvancedTransferTypeLiteral, optional):\n'
            '        The type of the Advanced Transfer to filter by.\n'
            '    cursor (str, optional): The cursor to use for pagination.\n'
            '    limit (int, optional): The maximum number of Advanced Transfers to return.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Page sorting direction.\n'
            '    start_time (datetime | str, optional):\n'
            '        UTC timestamp of creation from which to filter the response (inclusive, ISO-8601\n'
            '        format).\n'
            '    end_time (datetime | str, optional):\n'
            '        UTC timestamp of creation until which to filter the response (exclusive, ISO-8601\n'
            '        format).\n'
            '    reference_id (str, optional): The reference ID of the Advanced Transfer to filter by.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ADVANCED_TRANSFER_REQUEST_INVALID: Request malformed or fails validation, e.g. missing...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        ADVANCED_TRANSFER_NOT_ENABLED: Advanced Transfers, or the specific transfer configuration...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateAdvancedTransfer',
        'POST',
        '/v1/portfolios/{portfolio_id}/advanced_transfers',
        resource='advanced_transfers',
        name='create_advanced_transfer',
        params=(
            Param('advanced_transfer', 'body', 'm.AdvancedTransfer', 'AdvancedTransfer | Mapping[str, Any]', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='CreateAdvancedTransferResponse',
        body='CreateAdvancedTransferRequest',
        summary='Create Advanced Transfer',
        doc=(
            'Create Advanced Transfer (POST /v1/portfolios/{portfolio_id}/advanced_transfers)\n'
            '\n'
            'Create advanced transfer for a given portfolio. This API is currently not available to all\n'
            'clients. Please reach out to Prime Operations with any questions.\n'
            '\n'
            "Operation CreateAdvancedTransfer: `ROUTES['CreateAdvancedTransfer']`.\n"
            '\n'
            'Args:\n'
            '    advanced_transfer (AdvancedTransfer | Mapping[str, Any]):\n'
            '        AdvancedTransfer represents a complex transfer operation such as a blind match\n'
            '        settlement.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ADVANCED_TRANSFER_REQUEST_INVALID: Request malformed or fails validation, e.g. missing...\n'
            '        ADVANCED_TRANSFER_PRECONDITION_FAILED: A precondition was not met, e.g. the portfolio has no...\n'
            '        ADVANCED_TRANSFER_DATE_INVALID: settlement_date, settlement_time or trade_date is not in the...\n'
            '        ADVANCED_TRANSFER_TOO_MANY_FUND_MOVEMENTS: More fund movements than the maximum legs allowed per...\n'
            '        ADVANCED_TRANSFER_COUNTERPARTY_INVALID: Fund movements do not all settle against one...\n'
            '        ADVANCED_TRANSFER_AMOUNT_INVALID: Amount on one or more fund movements is not a valid positive...\n'
            '        ADVANCED_TRANSFER_COUNTERPARTY_REQUIRED: One or more fund movements lack a counterparty identifier.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        ADVANCED_TRANSFER_NOT_ENABLED: Advanced Transfers, or the specific transfer configuration...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ADVANCED_TRANSFER_NOT_FOUND: A resource referenced by the advanced transfer request was not found.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CancelAdvancedTransfer',
        'POST',
        '/v1/portfolios/{portfolio_id}/advanced_transfers/{advanced_transfer_id}/cancel',
        resource='advanced_transfers',
        name='cancel_advanced_transfer',
        params=(
            Param('advanced_transfer_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='CancelAdvancedTransferResponse',
        body='CancelAdvancedTransferRequest',
        summary='Cancel Advanced Transfer',
        doc=(
            'Cancel Advanced Transfer (POST /v1/portfolios/{portfolio_id}/advanced_transfers/{advanced_transfer_id}/cancel)\n'
            '\n'
            'Cancel advanced transfer for a given portfolio. This API is currently not available to all\n'
            'clients. Please reach out to Prime Operations with any questions.\n'
            '\n'
            "Operation CancelAdvancedTransfer: `ROUTES['CancelAdvancedTransfer']`.\n"
            '\n'
            'Args:\n'
            '    advanced_transfer_id (str): The ID of the canceled Advanced Transfer.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ADVANCED_TRANSFER_REQUEST_INVALID: Request malformed or fails validation, e.g. missing...\n'
            '        ADVANCED_TRANSFER_ID_INVALID: advanced_transfer_id does not identify a transfer that can be...\n'
            '        ADVANCED_TRANSFER_CANCEL_PRECONDITION_FAILED: Transfer can no longer be cancelled (not in a...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        ADVANCED_TRANSFER_NOT_ENABLED: Advanced Transfers, or the specific transfer configuration...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListAdvancedTransferTransactions',
        'GET',
        '/v1/portfolios/{portfolio_id}/advanced_transfers/{advanced_transfer_id}/transactions',
        resource='transactions',
        name='list_advanced_transfer_transactions',
        params=(
            Param('advanced_transfer_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='ListAdvancedTransferTransactionsResponse',
        summary='List transactions associated with an Advanced Transfer',
        doc=(
            'List transactions associated with an Advanced Transfer (GET /v1/portfolios/{portfolio_id}/advanced_transfers/{advanced_transfer_id}/transactions)\n'
            '\n'
            'List transactions associated with an Advanced Transfer. This API is currently not available\n'
            'to all clients. Please reach out to Prime Operations with any questions.\n'
            '\n'
            "Operation ListAdvancedTransferTransactions: `ROUTES['ListAdvancedTransferTransactions']`.\n"
            '\n'
            'Args:\n'
            '    advanced_transfer_id (str): The ID of the Advanced Transfer.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        ADVANCED_TRANSFER_NOT_ENABLED: Advanced Transfers, or the specific transfer configuration...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioAllocations',
        'GET',
        '/v1/portfolios/{portfolio_id}/allocations',
        resource='allocations',
        name='list_portfolio_allocations',
        params=(
            Param('start_date', 'query', datetime, 'datetime | str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('product_ids', 'query', list[str], 'Sequence[str]'),
            Param('order_side', 'query', e.OrderSide, 'OrderSide | OrderSideLiteral'),
            Param('end_date', 'query', datetime, 'datetime | str'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='GetPortfolioAllocationsResponse',
        pagination=Pagination(items='allocations', item='Allocation', cursor_in='query'),
        summary='List Portfolio Allocations',
        doc=(
            'List Portfolio Allocations (GET /v1/portfolios/{portfolio_id}/allocations)\n'
            '\n'
            'List historical allocations for a given portfolio.\n'
            '\n'
            "Operation GetPortfolioAllocations: `ROUTES['GetPortfolioAllocations']`.\n"
            '\n'
            'Args:\n'
            '    start_date (datetime | str): A start date for the allocations to be queried from.\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio to retrieve allocations for. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    product_ids (Sequence[str], optional): List of products by which to filter the response.\n'
            '    order_side (OrderSide | OrderSideLiteral, optional): An order side to filter allocations on.\n'
            '\n'
            '        - UNKNOWN_ORDER_SIDE: nil value\n'
            '        - BUY: Buy order\n'
            '        - SELL: Sell order.\n'
            '    end_date (datetime | str, optional): An end date for the orders to be queried from.\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order: DESC or ASC.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...\n'
            '        ALLOCATION_START_DATE_REQUIRED: start_date is required when listing portfolio allocations.\n'
            '        ALLOCATION_LIMIT_EXCEEDED: limit exceeds the maximum number of allocations returned per request.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetAllocationsByClientNettingId',
        'GET',
        '/v1/portfolios/{portfolio_id}/allocations/net/{netting_id}',
        resource='allocations',
        name='get_allocations_by_client_netting_id',
        params=(
            Param('netting_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetAllocationsByClientNettingIdResponse',
        summary='Get Net Allocations by Netting ID',
        doc=(
            'Get Net Allocations by Netting ID (GET /v1/portfolios/{portfolio_id}/allocations/net/{netting_id})\n'
            '\n'
            'Retrieve an allocation by netting ID.\n'
            '\n'
            "Operation GetAllocationsByClientNettingId: `ROUTES['GetAllocationsByClientNettingId']`.\n"
            '\n'
            'Args:\n'
            '    netting_id (str): The allocation netting ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID of the allocation. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ALLOCATION_ID_REQUIRED: allocation_id is required but missing.\n'
            '        ALLOCATION_ID_INVALID: allocation_id is not a valid UUID.\n'
            '        ALLOCATION_NETTING_ID_REQUIRED: netting_id is required but missing.\n'
            '        ALLOCATION_NETTING_ID_INVALID: netting_id is not a valid UUID.\n'
            '        ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ALLOCATION_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetAllocation',
        'GET',
        '/v1/portfolios/{portfolio_id}/allocations/{allocation_id}',
        resource='allocations',
        name='get_allocation',
        params=(
            Param('allocation_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetAllocationResponse',
        summary='Get Allocation by ID',
        doc=(
            'Get Allocation by ID (GET /v1/portfolios/{portfolio_id}/allocations/{allocation_id})\n'
            '\n'
            'Retrieve an allocation by allocation ID.\n'
            '\n'
            "Operation GetAllocation: `ROUTES['GetAllocation']`.\n"
            '\n'
            'Args:\n'
            '    allocation_id (str): The ID of the allocation.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID of the allocation. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ALLOCATION_ID_REQUIRED: allocation_id is required but missing.\n'
            '        ALLOCATION_ID_INVALID: allocation_id is not a valid UUID.\n'
            '        ALLOCATION_NETTING_ID_REQUIRED: netting_id is required but missing.\n'
            '        ALLOCATION_NETTING_ID_INVALID: netting_id is not a valid UUID.\n'
            '        ALLOCATION_REQUEST_INVALID: One or more allocation fields (product_id, order_ids,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ALLOCATION_NOT_FOUND: Allocation not found, either nonexistent or the orders being allocated...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioBalances',
        'GET',
        '/v1/portfolios/{portfolio_id}/balances',
        resource='balances',
        name='list_portfolio_balances',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('symbols', 'query', str, 'str'),
            Param('balance_type', 'query', e.PortfolioBalanceType, 'PortfolioBalanceType | PortfolioBalanceTypeLiteral'),
        ),
        response='GetPortfolioBalancesResponse',
        summary='List Portfolio Balances',
        doc=(
            'List Portfolio Balances (GET /v1/portfolios/{portfolio_id}/balances)\n'
            '\n'
            'List all balances for a specific portfolio.\n'
            '\n'
            "Operation GetPortfolioBalances: `ROUTES['GetPortfolioBalances']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    symbols (str, optional): A list of symbols by which to filter the response.\n'
            '    balance_type (PortfolioBalanceType | PortfolioBalanceTypeLiteral, optional):\n'
            '        A type by which to filter balances\n'
            '\n'
            '        - UNKNOWN_BALANCE_TYPE: nil\n'
            '        - TRADING_BALANCES: Trading balances\n'
            '        - VAULT_BALANCES: Vault balances\n'
            '        - TOTAL_BALANCES: Total balances (The sum of vault and trading + prime custody)\n'
            '        - PRIME_CUSTODY_BALANCES: Prime custody balances\n'
            '        - UNIFIED_TOTAL_BALANCES: Unified total balance across networks and wallet types\n'
            '          (vault + trading + prime custody).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        PORTFOLIO_BALANCES_INVALID_ARGUMENT: Portfolio balances request has an invalid cursor or filter.\n'
            '        ASSET_REQUEST_INVALID: Asset lookup has an invalid argument, e.g. unsupported currency symbol or...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        PORTFOLIO_BALANCES_NOT_FOUND: No balances found for the portfolio.\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetBuyingPower',
        'GET',
        '/v1/portfolios/{portfolio_id}/buying_power',
        resource='financing',
        name='get_buying_power',
        params=(
            Param('base_currency', 'query', str, 'str', required=True),
            Param('quote_currency', 'query', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetBuyingPowerResponse',
        summary='Get Portfolio Buying Power',
        doc=(
            'Get Portfolio Buying Power (GET /v1/portfolios/{portfolio_id}/buying_power)\n'
            '\n'
            'Returns the size of a buy trade that can be performed based on existing holdings and\n'
            'available credit. The result will differ for different assets due to asset specific credit\n'
            'configurations and caps. Note that this result is changing based on asset price\n'
            'fluctuations, so may be rejected when submitted.\n'
            '\n'
            "Operation GetBuyingPower: `ROUTES['GetBuyingPower']`.\n"
            '\n'
            'Args:\n'
            '    base_currency (str): The symbol for the base currency.\n'
            '    quote_currency (str): The symbol for the quote currency.\n'
            '    portfolio_id (str, optional):\n'
            "        The unique ID of the portfolio. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        BUYING_POWER_BASE_CURRENCY_REQUIRED: base_currency is required but missing.\n'
            '        BUYING_POWER_QUOTE_CURRENCY_REQUIRED: quote_currency is required but missing.\n'
            '        BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.\n'
            '        BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetCandles',
        'GET',
        '/v1/portfolios/{portfolio_id}/candles',
        resource='products',
        name='get_candles',
        params=(
            Param('product_id', 'query', str, 'str', required=True),
            Param('start_time', 'query', datetime, 'datetime | str', required=True),
            Param('end_time', 'query', datetime, 'datetime | str', required=True),
            Param('granularity', 'query', e.CandlesGranularity, 'CandlesGranularity | CandlesGranularityLiteral', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetCandlesResponse',
        summary='Get Public Product Candles',
        doc=(
            'Get Public Product Candles (GET /v1/portfolios/{portfolio_id}/candles)\n'
            '\n'
            'Get rates for a single product by product ID, grouped in buckets.\n'
            '\n'
            "Operation GetCandles: `ROUTES['GetCandles']`.\n"
            '\n'
            'Args:\n'
            '    product_id (str): The trading pair.\n'
            '    start_time (datetime | str): Timestamp for starting range of aggregations.\n'
            '    end_time (datetime | str): Timestamp for ending range of aggregations.\n'
            '    granularity (CandlesGranularity | CandlesGranularityLiteral):\n'
            '        The timeframe each candle represents.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio id requesting market data. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        CANDLE_REQUEST_INVALID: Candle request invalid: a field such as start_time or end_time missing or...\n'
            '        CANDLE_TIME_RANGE_INVALID: start_time/end_time combination is not a valid candle range for the...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioCommission',
        'GET',
        '/v1/portfolios/{portfolio_id}/commission',
        resource='commission',
        name='get_portfolio_commission',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('product_id', 'query', str, 'str'),
        ),
        response='GetPortfolioCommissionResponse',
        summary='Get Portfolio Commission',
        doc=(
            'Get Portfolio Commission (GET /v1/portfolios/{portfolio_id}/commission)\n'
            '\n'
            'Retrieve commission associated with a given portfolio.\n'
            '\n'
            "Operation GetPortfolioCommission: `ROUTES['GetPortfolioCommission']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        Not described in the spec. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    product_id (str, optional): Specific trading pair to check commission (e.g BTC-USD).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        COMMISSION_PRODUCT_ID_INVALID: product_id is not a recognized trading pair.\n'
            '        COMMISSION_TRADING_NOT_ENABLED: The portfolio is not enabled for trading, so no trading...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioCounterpartyID',
        'GET',
        '/v1/portfolios/{portfolio_id}/counterparty',
        resource='advanced_transfers',
        name='get_portfolio_counterparty_id',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetPortfolioCounterpartyIDResponse',
        summary='Get Portfolio Counterparty ID',
        doc=(
            'Get Portfolio Counterparty ID (GET /v1/portfolios/{portfolio_id}/counterparty)\n'
            '\n'
            'Retrieve the counterparty ID for a given portfolio.\n'
            '\n'
            "Operation GetPortfolioCounterpartyID: `ROUTES['GetPortfolioCounterpartyID']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            "        PORTFOLIO_TYPE_UNSUPPORTED: The portfolio's type does not support this operation.\n"
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPostTradeCredit',
        'GET',
        '/v1/portfolios/{portfolio_id}/credit',
        resource='financing',
        name='get_post_trade_credit',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetPostTradeCreditResponse',
        summary='Get Portfolio Credit Information',
        doc=(
            'Get Portfolio Credit Information (GET /v1/portfolios/{portfolio_id}/credit)\n'
            '\n'
            "Retrieve a portfolio's post-trade credit information.\n"
            '\n'
            "Operation GetPostTradeCredit: `ROUTES['GetPostTradeCredit']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        FINANCING_PTC_DISABLED_FOR_PM_ENTITY: Post-trade credit info unavailable because the entity has...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioFills',
        'GET',
        '/v1/portfolios/{portfolio_id}/fills',
        resource='orders',
        name='list_portfolio_fills',
        params=(
            Param('start_date', 'query', datetime, 'datetime | str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('end_date', 'query', datetime, 'datetime | str'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='GetPortfolioFillsResponse',
        pagination=Pagination(items='fills', item='Fill', cursor_in='query'),
        summary='List Portfolio Fills',
        doc=(
            'List Portfolio Fills (GET /v1/portfolios/{portfolio_id}/fills)\n'
            '\n'
            'Retrieve fills on a given portfolio. This endpoint requires a start_date, and returns a\n'
            'payload with a default limit of 100 if not specified by the user. The maximum allowed limit\n'
            'is 3000.\n'
            '\n'
            "Operation GetPortfolioFills: `ROUTES['GetPortfolioFills']`.\n"
            '\n'
            'Args:\n'
            '    start_date (datetime | str): A start date for the fills to be queried from.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID associated with the order. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    cursor (str, optional): Cursor used for pagination (last consumed record).\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    end_date (datetime | str, optional): An end date for the fills to be queried until.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...\n'
            '        ORDER_LIMIT_EXCEEDED: Query would return more results than the endpoint allows; narrow it or use...\n'
            '        ORDER_FILLS_LIMIT_INVALID: Fills query limit is outside 1..3000.\n'
            '        ORDER_FILLS_START_DATE_REQUIRED: start_date is required for this fills query.\n'
            '        ORDER_FILLS_START_DATE_INVALID: start_date is not a valid timestamp.\n'
            '        ORDER_FILLS_END_DATE_INVALID: end_date is not a valid timestamp.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetExistingLocates',
        'GET',
        '/v1/portfolios/{portfolio_id}/locates',
        resource='financing',
        name='list_existing_locates',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('locate_ids', 'query', list[str], 'Sequence[str]'),
            Param('conversion_date', 'query', str, 'str'),
            Param('locate_date', 'query', str, 'str'),
        ),
        response='GetExistingLocatesResponse',
        summary='List Existing Locates',
        doc=(
            'List Existing Locates (GET /v1/portfolios/{portfolio_id}/locates)\n'
            '\n'
            'List locates for the portfolio\n'
            '\n'
            "Operation GetExistingLocates: `ROUTES['GetExistingLocates']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The unique ID of the portfolio. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    locate_ids (Sequence[str], optional): The IDs of specific locates to filter for.\n'
            '    conversion_date (str, optional): Deprecated: Use locate_date instead.\n'
            '    locate_date (str, optional): The date of the locates in YYYY-MM-DD format.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        LOCATE_DATE_INVALID: locate_date is not a valid YYYY-MM-DD date.\n'
            '        LOCATE_REQUEST_INVALID: Stock locate request invalid, e.g. both locate_date and locate_ids...\n'
            '        LOCATE_IDS_INVALID: One or more locate_ids are not valid UUIDs.\n'
            '        LOCATE_FAILED_PRECONDITION: Stock locate precondition failed, e.g. no availability for the...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateNewLocates',
        'POST',
        '/v1/portfolios/{portfolio_id}/locates',
        resource='financing',
        name='create_new_locates',
        params=(
            Param('symbol', 'body', str, 'str', required=True),
            Param('amount', 'body', Decimal, 'Decimal | str | int', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('conversion_date', 'body', str, 'str'),
            Param('locate_date', 'body', str, 'str'),
        ),
        response='CreateNewLocatesResponse',
        body='CreateNewLocatesRequest',
        summary='Create New Locates',
        doc=(
            'Create New Locates (POST /v1/portfolios/{portfolio_id}/locates)\n'
            '\n'
            'Create a new locate\n'
            '\n'
            "Operation CreateNewLocates: `ROUTES['CreateNewLocates']`.\n"
            '\n'
            'Args:\n'
            '    symbol (str): Currency symbol.\n'
            '    amount (Decimal | str | int): Locate Amount.\n'
            '    portfolio_id (str, optional):\n'
            "        The unique ID of the portfolio. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    conversion_date (str, optional): Deprecated: Use locate_date instead.\n'
            '    locate_date (str, optional): The target date of the locate (YYYY-MM-DD).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        LOCATE_DATE_INVALID: locate_date is not a valid YYYY-MM-DD date.\n'
            '        LOCATE_REQUEST_INVALID: Stock locate request invalid, e.g. both locate_date and locate_ids...\n'
            '        LOCATE_IDS_INVALID: One or more locate_ids are not valid UUIDs.\n'
            '        LOCATE_FAILED_PRECONDITION: Stock locate precondition failed, e.g. no availability for the...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetMarginConversions',
        'GET',
        '/v1/portfolios/{portfolio_id}/margin_conversions',
        resource='financing',
        name='list_margin_conversions',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('start_date', 'query', str, 'str'),
            Param('end_date', 'query', str, 'str'),
        ),
        response='GetMarginConversionsResponse',
        summary='List Margin Conversions',
        doc=(
            'List Margin Conversions (GET /v1/portfolios/{portfolio_id}/margin_conversions)\n'
            '\n'
            'Lists conversions and short collateral requirement between specified date range. This\n'
            'endpoint is deprecated and will be removed in the future. Use\n'
            '/v1/entities/{entity_id}/margin_summaries instead.\n'
            '\n'
            "Operation GetMarginConversions: `ROUTES['GetMarginConversions']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The unique ID of the portfolio. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    start_date (str, optional): The start date of the range to query for in RFC3339 format.\n'
            '    end_date (str, optional): The end date of the range to query for in RFC3339 format.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        FINANCING_START_DATE_REQUIRED: start_date is required but missing.\n'
            '        FINANCING_END_DATE_REQUIRED: end_date is required but missing.\n'
            '        FINANCING_START_DATE_INVALID: start_date is not a valid RFC 3339 timestamp.\n'
            '        FINANCING_END_DATE_INVALID: end_date is not a valid RFC 3339 timestamp.\n'
            '        MARGIN_CONVERSION_REQUEST_INVALID: Margin conversions request has invalid parameters...\n'
            '        MARGIN_CONVERSION_FAILED_PRECONDITION: Margin conversions request failed a precondition, e.g....\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'UpdateOnchainAddressGroup',
        'PUT',
        '/v1/portfolios/{portfolio_id}/onchain_address_group',
        resource='onchain_address_book',
        name='update_onchain_address_group',
        params=(
            Param('address_group', 'body', 'm.AddressGroup', 'AddressGroup | Mapping[str, Any]', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='ActivityCreationResponse',
        body='UpdateOnchainAddressGroupRequest',
        summary='Update Onchain Address Book Entry',
        doc=(
            'Update Onchain Address Book Entry (PUT /v1/portfolios/{portfolio_id}/onchain_address_group)\n'
            '\n'
            "Updates an entry to the portfolio's onchain address groups.\n"
            '\n'
            "Operation UpdateOnchainAddressGroup: `ROUTES['UpdateOnchainAddressGroup']`.\n"
            '\n'
            'Args:\n'
            '    address_group (AddressGroup | Mapping[str, Any]): Not described in the spec.\n'
            '    portfolio_id (str, optional):\n'
            "        Not described in the spec. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID: Onchain address group create/update/delete request...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateOnchainAddressGroup',
        'POST',
        '/v1/portfolios/{portfolio_id}/onchain_address_group',
        resource='onchain_address_book',
        name='create_onchain_address_group',
        params=(
            Param('address_group', 'body', 'm.AddressGroup', 'AddressGroup | Mapping[str, Any]', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='ActivityCreationResponse',
        body='CreateOnchainAddressGroupRequest',
        summary='Create Onchain Address Book Entry',
        doc=(
            'Create Onchain Address Book Entry (POST /v1/portfolios/{portfolio_id}/onchain_address_group)\n'
            '\n'
            "Creates an entry to the portfolio's onchain address groups.\n"
            '\n'
            "Operation CreateOnchainAddressGroup: `ROUTES['CreateOnchainAddressGroup']`.\n"
            '\n'
            'Args:\n'
            '    address_group (AddressGroup | Mapping[str, Any]): Not described in the spec.\n'
            '    portfolio_id (str, optional):\n'
            "        Not described in the spec. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID: Onchain address group create/update/delete request...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'DeleteOnchainAddressGroup',
        'DELETE',
        '/v1/portfolios/{portfolio_id}/onchain_address_group/{address_group_id}',
        resource='onchain_address_book',
        name='delete_onchain_address_group',
        params=(
            Param('address_group_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='ActivityCreationResponse',
        summary='Delete Onchain Address Group',
        doc=(
            'Delete Onchain Address Group (DELETE /v1/portfolios/{portfolio_id}/onchain_address_group/{address_group_id})\n'
            '\n'
            "Deletes an entry in the portfolio's onchain address groups.\n"
            '\n'
            "Operation DeleteOnchainAddressGroup: `ROUTES['DeleteOnchainAddressGroup']`.\n"
            '\n'
            'Args:\n'
            '    address_group_id (str): Not described in the spec.\n'
            '    portfolio_id (str, optional):\n'
            "        Not described in the spec. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ONCHAIN_ADDRESS_GROUP_REQUEST_INVALID: Onchain address group create/update/delete request...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListOnchainAddressGroups',
        'GET',
        '/v1/portfolios/{portfolio_id}/onchain_address_groups',
        resource='onchain_address_book',
        name='list_onchain_address_groups',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='ListOnchainAddressGroupsResponse',
        summary='List Onchain Address Groups',
        doc=(
            'List Onchain Address Groups (GET /v1/portfolios/{portfolio_id}/onchain_address_groups)\n'
            '\n'
            'Lists all onchain address groups for a given portfolio ID\n'
            '\n'
            "Operation ListOnchainAddressGroups: `ROUTES['ListOnchainAddressGroups']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetOpenOrders',
        'GET',
        '/v1/portfolios/{portfolio_id}/open_orders',
        resource='orders',
        name='list_open_orders',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('product_ids', 'query', list[str], 'Sequence[str]'),
            Param('order_type', 'query', e.OrderType, 'OrderType | OrderTypeLiteral'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('start_date', 'query', datetime, 'datetime | str'),
            Param('order_side', 'query', e.OrderSide, 'OrderSide | OrderSideLiteral'),
            Param('end_date', 'query', datetime, 'datetime | str'),
        ),
        response='GetOpenOrdersResponse',
        pagination=Pagination(items='orders', item='Order', cursor_in='query'),
        summary='List Open Orders',
        doc=(
            'List Open Orders (GET /v1/portfolios/{portfolio_id}/open_orders)\n'
            '\n'
            'List all open orders.\n'
            '\n'
            '**Caution:** The maximum number of orders returned is 5000. If a client has more than 5000\n'
            'open orders, an error is returned prompting the user to use Websocket API, or FIX API to\n'
            'stream open orders.\n'
            '\n'
            "Operation GetOpenOrders: `ROUTES['GetOpenOrders']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    product_ids (Sequence[str], optional): List of products by which to filter the response.\n'
            '    order_type (OrderType | OrderTypeLiteral, optional):\n'
            '        An order type by which to filter the response\n'
            '\n'
            '        - UNKNOWN_ORDER_TYPE: nil value\n'
            '        - MARKET: A [market\n'
            '          order](https://en.wikipedia.org/wiki/Order_(exchange)#Market_order)\n'
            '        - LIMIT: A [limit order](https://en.wikipedia.org/wiki/Order_(exchange)#Limit_order)\n'
            '        - TWAP: A [time-weighted average price\n'
            '          order](https://en.wikipedia.org/wiki/Time-weighted_average_price)\n'
            '        - BLOCK: A [block trade](https://en.wikipedia.org/wiki/Block_trade)\n'
            '        - VWAP: A [volume-weighted average price\n'
            '          order](https://en.wikipedia.org/wiki/Volume-weighted_average_price)\n'
            '        - STOP_LIMIT: A [conditional order combined of stop order and limit\n'
            '          order](https://en.wikipedia.org/wiki/Order_(exchange)#Stop-limit_order)\n'
            '        - RFQ: A [request for quote](https://en.wikipedia.org/wiki/Request_for_quote)\n'
            '        - PEG: A pegged order that dynamically adjust based on market conditions while\n'
            '          maintaining execution discretion and avoiding adverse selection.\n'
            '    cursor (str, optional):\n'
            '        **Deprecated** - this endpoint always returns one page with at most 1000 orders. If\n'
            '        you need to retrieve more than 1000 orders, use the WebSocket API instead.\n'
            '    limit (int, optional):\n'
            '        **Deprecated** - the limit for this endpoint is always 1000. If you need to retrieve\n'
            '        more than 1000 orders, use the WebSocket API instead.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '    start_date (datetime | str, optional): A start date for the orders to be queried from.\n'
            '    order_side (OrderSide | OrderSideLiteral, optional): An order side to filter on.\n'
            '\n'
            '        - UNKNOWN_ORDER_SIDE: nil value\n'
            '        - BUY: Buy order\n'
            '        - SELL: Sell order.\n'
            '    end_date (datetime | str, optional): An end date for the orders to be queried from.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ORDER_LIMIT_EXCEEDED: Query would return more results than the endpoint allows; narrow it or use...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateOrder',
        'POST',
        '/v1/portfolios/{portfolio_id}/order',
        resource='orders',
        name='create_order',
        params=(
            Param('product_id', 'body', str, 'str', required=True),
            Param('side', 'body', e.OrderSide, 'OrderSide | OrderSideLiteral', required=True),
            Param('type', 'body', e.OrderType, 'OrderType | OrderTypeLiteral', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('client_order_id', 'body', str, 'str', required=True),
            Param('base_quantity', 'body', Decimal, 'Decimal | str | int'),
            Param('quote_value', 'body', Decimal, 'Decimal | str | int'),
            Param('limit_price', 'body', Decimal, 'Decimal | str | int'),
            Param('start_time', 'body', datetime, 'datetime | str'),
            Param('expiry_time', 'body', datetime, 'datetime | str'),
            Param('time_in_force', 'body', e.TimeInForceType, 'TimeInForceType | TimeInForceTypeLiteral'),
            Param('stp_id', 'body', str, 'str'),
            Param('display_quote_size', 'body', Decimal, 'Decimal | str | int'),
            Param('display_base_size', 'body', Decimal, 'Decimal | str | int'),
            Param('is_raise_exact', 'body', bool, 'bool'),
            Param('historical_pov', 'body', Decimal, 'Decimal | str | int'),
            Param('stop_price', 'body', Decimal, 'Decimal | str | int'),
            Param('settl_currency', 'body', str, 'str'),
            Param('post_only', 'body', bool, 'bool'),
            Param('peg_offset_type', 'body', e.PegOffsetType, 'PegOffsetType | PegOffsetTypeLiteral'),
            Param('offset', 'body', Decimal, 'Decimal | str | int'),
            Param('wig_level', 'body', Decimal, 'Decimal | str | int'),
            Param('is_buy_exact', 'body', bool, 'bool'),
        ),
        response='CreateOrderResponse',
        body='CreateOrderRequest',
        idempotency_field='client_order_id',
        summary='Create Order',
        doc=(
            'Create Order (POST /v1/portfolios/{portfolio_id}/order)\n'
            '\n'
            'Create an order.\n'
            '\n'
            "Operation CreateOrder: `ROUTES['CreateOrder']`.\n"
            '\n'
            'Args:\n'
            '    product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).\n'
            '    side (OrderSide | OrderSideLiteral): Order side.\n'
            '    type (OrderType | OrderTypeLiteral): Strategy (execution algorithm).\n'
            '    portfolio_id (str, optional):\n'
            "        The ID of the portfolio that owns the order. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    client_order_id (str, optional):\n'
            '        A client-generated order ID used for reference purposes. The idempotency field:\n'
            '        filled in by the client when left out (see Idempotency).\n'
            '    base_quantity (Decimal | str | int, optional):\n'
            '        Order size in base asset units (either `base_quantity` or `quote_value` is\n'
            '        required).\n'
            '    quote_value (Decimal | str | int, optional):\n'
            '        Order size in quote asset units, i.e. the amount the user wants to spend (when\n'
            '        buying) or receive (when selling); the quantity in base units will be determined\n'
            '        based on the market liquidity and indicated `quote_value` (either `base_quantity` or\n'
            '        `quote_value` is required).\n'
            '    limit_price (Decimal | str | int, optional):\n'
            '        The limit price (required for TWAP, VWAP, LIMIT, and STOP_LIMIT orders).\n'
            '    start_time (datetime | str, optional): The start time of the order in UTC (TWAP only).\n'
            '    expiry_time (datetime | str, optional):\n'
            '        The expiry time of the order in UTC (TWAP, VWAP, LIMIT, and STOP_LIMIT GTD only).\n'
            '    time_in_force (TimeInForceType | TimeInForceTypeLiteral, optional):\n'
            '        Indicates the order time validity.\n'
            '    stp_id (str, optional):\n'
            '        An optional self trade prevention id (in the form of a UUID). The value is only\n'
            '        honored for certain clients who are permitted to specify a custom self trade\n'
            '        prevention id.\n'
            '    display_quote_size (Decimal | str | int, optional):\n'
            '        Optionally specify a display size. This is the maximum order size that will show up\n'
            '        on venue order books. Specifying a value here effectively makes a LIMIT order into\n'
            '        an "iceberg" style order. This property only applies to LIMIT orders and will be\n'
            '        ignored for other order types.\n'
            '    display_base_size (Decimal | str | int, optional): Not described in the spec.\n'
            '    is_raise_exact (bool, optional): Not described in the spec.\n'
            '    historical_pov (Decimal | str | int, optional): Historical percentage of volume.\n'
            '    stop_price (Decimal | str | int, optional):\n'
            '        Specifies the stop price at which the order activates. The order is activated if the\n'
            '        last trade price on Coinbase Exchange crosses the stop price specified on the order.\n'
            '    settl_currency (str, optional): The currency in which the settlement will be made.\n'
            '    post_only (bool, optional):\n'
            '        Post-only flag - when true, the order will only be posted to the order book and not\n'
            '        immediately matched. Only applicable to LIMIT orders with GTC or GTD time in force.\n'
            '    peg_offset_type (PegOffsetType | PegOffsetTypeLiteral, optional):\n'
            '        Peg offset type for PEG orders.\n'
            '    offset (Decimal | str | int, optional):\n'
            '        Offset value for PEG orders. 0 means peg to BBO. Only non-negative values are\n'
            '        allowed (PEG orders only).\n'
            '    wig_level (Decimal | str | int, optional):\n'
            '        WIG (Would if Good) level - the best price a pegged order would be placed on venues,\n'
            '        opposite to limit_price (PEG orders only).\n'
            '    is_buy_exact (bool, optional):\n'
            '        Buy Exact order flag. When true, fees for a BUY order sized in quote_value are\n'
            '        charged on top of the requested quote_value instead of being carved out of it. Only\n'
            '        valid for BUY orders sized in quote_value on SPOT products.\n'
            '\n'
            'Idempotency:\n'
            '    `client_order_id` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.client_order_id`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '    A retry Prime refuses as ORDER_DUPLICATE_CLIENT_ORDER_ID means an earlier attempt of\n'
            '    this call placed the order: the client finds it by its client_order_id and returns it\n'
            '    (OrderStateUnknownError if it cannot, within bounds). Refused when no earlier attempt\n'
            '    may have reached Prime (your own id, reused): DuplicateClientOrderIdError at once.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.\n'
            '        BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...\n'
            '        ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...\n'
            '        ORDER_STOP_LIMIT_NOT_ENABLED: STOP_LIMIT orders are not enabled for this portfolio.\n'
            '        ORDER_PEG_NOT_ENABLED: PEG orders are not enabled for this portfolio.\n'
            '        ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists; each new...\n'
            '        ORDER_REJECTED: Order was rejected during processing and was not placed.\n'
            '        ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.\n'
            '        ORDER_TYPE_NOT_ALLOWED: Order type not allowed on this endpoint (e.g. BLOCK or RFQ sent to...\n'
            '        ORDER_TIF_NOT_ENABLED: Requested time_in_force (e.g. FILL_OR_KILL) is not enabled for this...\n'
            '        ORDER_FAILED_PRECONDITION: Order precondition not met, e.g. an account needed to process the...\n'
            '        ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.\n'
            '        ORDER_SIZE_REQUIRED: Order size missing; give base_quantity or quote_value.\n'
            '        ORDER_SIZE_INVALID: Order size unparseable as a number, or both base_quantity and quote_value...\n'
            '        ORDER_DISPLAY_SIZE_INVALID: Display size invalid: both display size fields given, or display size...\n'
            '        ORDER_PRICE_INVALID: limit_price unparseable as a number, or a limit price was given for a market...\n'
            '        ORDER_STOP_PRICE_INVALID: stop_price for a STOP_LIMIT order missing or unparseable.\n'
            '        ORDER_TIME_IN_FORCE_INVALID: time_in_force incompatible with the order type or post-only flag.\n'
            '        ORDER_TIME_RANGE_INVALID: Order lacks a start_time or end_time required by its type or time-in-...\n'
            '        ORDER_PEG_OFFSET_TYPE_INVALID: peg_offset_type is not a supported value for a PEG order.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'OrderPreview',
        'POST',
        '/v1/portfolios/{portfolio_id}/order_preview',
        resource='orders',
        name='create_order_preview',
        params=(
            Param('product_id', 'body', str, 'str', required=True),
            Param('side', 'body', e.OrderSide, 'OrderSide | OrderSideLiteral', required=True),
            Param('type', 'body', e.OrderType, 'OrderType | OrderTypeLiteral', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('base_quantity', 'body', Decimal, 'Decimal | str | int'),
            Param('quote_value', 'body', Decimal, 'Decimal | str | int'),
            Param('limit_price', 'body', Decimal, 'Decimal | str | int'),
            Param('start_time', 'body', datetime, 'datetime | str'),
            Param('expiry_time', 'body', datetime, 'datetime | str'),
            Param('time_in_force', 'body', e.TimeInForceType, 'TimeInForceType | TimeInForceTypeLiteral'),
            Param('is_raise_exact', 'body', bool, 'bool'),
            Param('historical_pov', 'body', Decimal, 'Decimal | str | int'),
            Param('stop_price', 'body', Decimal, 'Decimal | str | int'),
            Param('settl_currency', 'body', str, 'str'),
            Param('postOnly', 'body', bool, 'bool'),
            Param('display_quote_size', 'body', Decimal, 'Decimal | str | int'),
            Param('display_base_size', 'body', Decimal, 'Decimal | str | int'),
            Param('peg_offset_type', 'body', e.PegOffsetType, 'PegOffsetType | PegOffsetTypeLiteral'),
            Param('offset', 'body', Decimal, 'Decimal | str | int'),
            Param('wig_level', 'body', Decimal, 'Decimal | str | int'),
            Param('is_buy_exact', 'body', bool, 'bool'),
        ),
        response='PostOrderPreviewResponse',
        body='OrderPreviewRequest',
        summary='Get Order Preview',
        doc=(
            'Get Order Preview (POST /v1/portfolios/{portfolio_id}/order_preview)\n'
            '\n'
            'Retrieve an order preview.\n'
            '\n'
            "Operation OrderPreview: `ROUTES['OrderPreview']`.\n"
            '\n'
            'Args:\n'
            '    product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).\n'
            '    side (OrderSide | OrderSideLiteral): Order side.\n'
            '    type (OrderType | OrderTypeLiteral): Strategy (execution algorithm).\n'
            '    portfolio_id (str, optional):\n'
            "        The ID of the portfolio that owns the order. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    base_quantity (Decimal | str | int, optional):\n'
            '        Order size in base asset units (either `base_quantity` or `quote_value` is\n'
            '        required).\n'
            '    quote_value (Decimal | str | int, optional):\n'
            '        Order size in quote asset units, i.e. the amount the user wants to spend (when\n'
            '        buying) or receive (when selling); the quantity in base units will be determined\n'
            '        based on the market liquidity and indicated `quote_value` (either `base_quantity` or\n'
            '        `quote_value` is required).\n'
            '    limit_price (Decimal | str | int, optional):\n'
            '        The limit price (required for TWAP, VWAP, LIMIT and STOP_LIMIT orders).\n'
            '    start_time (datetime | str, optional): The start time of the order in UTC (TWAP, VWAP only).\n'
            '    expiry_time (datetime | str, optional):\n'
            '        The expiry time of the order in UTC (TWAP, VWAP, LIMIT and STOP_LIMIT GTD only).\n'
            '    time_in_force (TimeInForceType | TimeInForceTypeLiteral, optional):\n'
            '        Indicates the order time validity.\n'
            '    is_raise_exact (bool, optional): Raise Exact order flag.\n'
            '    historical_pov (Decimal | str | int, optional): Historical percentage of volume.\n'
            '    stop_price (Decimal | str | int, optional):\n'
            '        Specifies the stop price at which the order activates. The order is activated if the\n'
            '        last trade price on Coinbase Exchange crosses the stop price specified on the order.\n'
            '    settl_currency (str, optional): The currency in which the settlement will be made.\n'
            '    postOnly (bool, optional): Specifies whether the order is treated as a post only order.\n'
            '    display_quote_size (Decimal | str | int, optional):\n'
            '        The maximum order size that will show up on venue order books (in quote currency).\n'
            '    display_base_size (Decimal | str | int, optional):\n'
            '        The maximum order size that will show up on venue order books (in base currency).\n'
            '    peg_offset_type (PegOffsetType | PegOffsetTypeLiteral, optional):\n'
            '        Peg offset type for PEG orders.\n'
            '    offset (Decimal | str | int, optional):\n'
            '        Offset value for PEG orders. 0 means peg to BBO. Only non-negative values are\n'
            '        allowed (PEG orders only).\n'
            '    wig_level (Decimal | str | int, optional):\n'
            '        WIG (Would if Good) level - the best price a pegged order would be placed on venues,\n'
            '        opposite to limit_price (PEG orders only).\n'
            '    is_buy_exact (bool, optional):\n'
            '        Buy Exact order flag. When true, fees for a BUY order sized in quote_value are\n'
            '        charged on top of the requested quote_value instead of being carved out of it. Only\n'
            '        valid for BUY orders sized in quote_value on SPOT products.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.\n'
            '        BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...\n'
            '        ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...\n'
            '        ORDER_TYPE_BLOCK_UNSUPPORTED: BLOCK orders cannot be created or previewed via this endpoint.\n'
            '        ORDER_TYPE_RFQ_UNSUPPORTED: RFQ orders cannot be created or previewed here; use /rfq and...\n'
            '        ORDER_FOK_NOT_ENABLED: FILL_OR_KILL time-in-force is not enabled for this portfolio.\n'
            '        ORDER_STOP_LIMIT_NOT_ENABLED: STOP_LIMIT orders are not enabled for this portfolio.\n'
            '        ORDER_PEG_NOT_ENABLED: PEG orders are not enabled for this portfolio.\n'
            '        ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists; each new...\n'
            '        ORDER_REJECTED: Order was rejected during processing and was not placed.\n'
            '        ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.\n'
            '        ORDER_FAILED_PRECONDITION: Order precondition not met, e.g. an account needed to process the...\n'
            '        ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.\n'
            '        ORDER_SIZE_REQUIRED: Order size missing; give base_quantity or quote_value.\n'
            '        ORDER_SIZE_INVALID: Order size unparseable as a number, or both base_quantity and quote_value...\n'
            '        ORDER_DISPLAY_SIZE_INVALID: Display size invalid: both display size fields given, or display size...\n'
            '        ORDER_PRICE_INVALID: limit_price unparseable as a number, or a limit price was given for a market...\n'
            '        ORDER_STOP_PRICE_INVALID: stop_price for a STOP_LIMIT order missing or unparseable.\n'
            '        ORDER_TIME_IN_FORCE_INVALID: time_in_force incompatible with the order type or post-only flag.\n'
            '        ORDER_TIME_RANGE_INVALID: Order lacks a start_time or end_time required by its type or time-in-...\n'
            '        ORDER_PEG_OFFSET_TYPE_INVALID: peg_offset_type is not a supported value for a PEG order.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetOrders',
        'GET',
        '/v1/portfolios/{portfolio_id}/orders',
        resource='orders',
        name='list_portfolio_orders',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('order_statuses', 'query', list[e.OrderStatus], 'Sequence[OrderStatus | OrderStatusLiteral]'),
            Param('product_ids', 'query', list[str], 'Sequence[str]'),
            Param('order_type', 'query', e.OrderType, 'OrderType | OrderTypeLiteral'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('order_side', 'query', e.OrderSide, 'OrderSide | OrderSideLiteral'),
            Param('start_date', 'query', datetime, 'datetime | str'),
            Param('end_date', 'query', datetime, 'datetime | str'),
        ),
        response='GetOrdersResponse',
        pagination=Pagination(items='orders', item='Order', cursor_in='query'),
        summary='List Portfolio Orders',
        doc=(
            'List Portfolio Orders (GET /v1/portfolios/{portfolio_id}/orders)\n'
            '\n'
            'List historical orders for a given portfolio. This endpoint returns a payload with a default\n'
            'limit of 100 if not specified by the user. The maximum allowed limit is 3000.\n'
            '\n'
            '**Caution:** Currently, you cannot query open orders with this endpoint: use List Open\n'
            'Orders if you have less than 1000 open orders, otherwise use Websocket API, or FIX API to\n'
            'stream open orders.\n'
            '\n'
            "Operation GetOrders: `ROUTES['GetOrders']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    order_statuses (Sequence[OrderStatus | OrderStatusLiteral], optional):\n'
            '        List of statuses by which to filter the response\n'
            '\n'
            '        - UNKNOWN_ORDER_STATUS: nil value\n'
            '        - OPEN: The order is open but unfilled\n'
            '        - FILLED: The order was filled\n'
            '        - CANCELLED: The order was cancelled\n'
            '        - EXPIRED: The order has expired\n'
            '        - FAILED: Order submission failed\n'
            '        - PENDING: The order has been sent but is not yet confirmed.\n'
            '    product_ids (Sequence[str], optional): List of products by which to filter the response.\n'
            '    order_type (OrderType | OrderTypeLiteral, optional): Order type by which to filter the response\n'
            '\n'
            '        - UNKNOWN_ORDER_TYPE: nil value\n'
            '        - MARKET: A [market\n'
            '          order](https://en.wikipedia.org/wiki/Order_(exchange)#Market_order)\n'
            '        - LIMIT: A [limit order](https://en.wikipedia.org/wiki/Order_(exchange)#Limit_order)\n'
            '        - TWAP: A [time-weighted average price\n'
            '          order](https://en.wikipedia.org/wiki/Time-weighted_average_price)\n'
            '        - BLOCK: A [block trade](https://en.wikipedia.org/wiki/Block_trade)\n'
            '        - VWAP: A [volume-weighted average price\n'
            '          order](https://en.wikipedia.org/wiki/Volume-weighted_average_price)\n'
            '        - STOP_LIMIT: A [conditional order combined of stop order and limit\n'
            '          order](https://en.wikipedia.org/wiki/Order_(exchange)#Stop-limit_order)\n'
            '        - RFQ: A [request for quote](https://en.wikipedia.org/wiki/Request_for_quote)\n'
            '        - PEG: A pegged order that dynamically adjust based on market conditions while\n'
            '          maintaining execution discretion and avoiding adverse selection.\n'
            '    cursor (str, optional): Cursor used for pagination (last consumed record).\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '    order_side (OrderSide | OrderSideLiteral, optional): An order side to filter on.\n'
            '\n'
            '        - UNKNOWN_ORDER_SIDE: nil value\n'
            '        - BUY: Buy order\n'
            '        - SELL: Sell order.\n'
            '    start_date (datetime | str, optional): A start date for the orders to be queried from.\n'
            '    end_date (datetime | str, optional): An end date for the orders to be queried from.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ORDER_STATUS_INVALID: order_status includes non-terminal statuses (OPEN, PENDING, ...) which this...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetOrder',
        'GET',
        '/v1/portfolios/{portfolio_id}/orders/{order_id}',
        resource='orders',
        name='get_order',
        params=(
            Param('order_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetOrderResponse',
        summary='Get Order by Order ID',
        doc=(
            'Get Order by Order ID (GET /v1/portfolios/{portfolio_id}/orders/{order_id})\n'
            '\n'
            'Retrieve an order by order ID.\n'
            '\n'
            "Operation GetOrder: `ROUTES['GetOrder']`.\n"
            '\n'
            'Args:\n'
            '    order_id (str): Order ID.\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ORDER_ID_REQUIRED: order_id is missing from the request.\n'
            '        ORDER_ID_INVALID: order_id is not a valid UUID.\n'
            '        ORDER_RESOURCE_NOT_FOUND: No order with the given order_id exists in this portfolio (note: 400...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CancelOrder',
        'POST',
        '/v1/portfolios/{portfolio_id}/orders/{order_id}/cancel',
        resource='orders',
        name='cancel_order',
        params=(
            Param('order_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='CancelOrderResponse',
        summary='Cancel Order',
        doc=(
            'Cancel Order (POST /v1/portfolios/{portfolio_id}/orders/{order_id}/cancel)\n'
            '\n'
            'Cancel an order. (Filled orders cannot be canceled.)\n'
            '\n'
            "Operation CancelOrder: `ROUTES['CancelOrder']`.\n"
            '\n'
            'Args:\n'
            '    order_id (str): The order ID generated by Coinbase upon order submission.\n'
            '    portfolio_id (str, optional):\n'
            "        The ID of the portfolio under which the order was placed. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ORDER_ID_REQUIRED: order_id is missing from the request.\n'
            '        ORDER_ID_INVALID: order_id is not a valid UUID.\n'
            '        ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.\n'
            '        ORDER_FULLY_FILLED: Order is fully filled and can no longer be canceled.\n'
            '        ORDER_BEING_REPLACED: Order is being replaced (edited) and cannot be canceled while that is in...\n'
            '        ORDER_CANCEL_DUPLICATE: A cancel request for this order was already submitted and is still...\n'
            "        ORDER_SESSION_INVALID: The order's FCM trading session is not valid for the requested cancel.\n"
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        ORDER_CANCEL_NOT_ALLOWED: This order may not be canceled.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ORDER_NOT_FOUND: No order matches the provided order_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'EditOrder',
        'PUT',
        '/v1/portfolios/{portfolio_id}/orders/{order_id}/edit',
        resource='orders',
        name='edit_order',
        params=(
            Param('order_id', 'path', str, 'str', required=True),
            Param('orig_client_order_id', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('product_id', 'body', str, 'str'),
            Param('client_order_id', 'body', str, 'str', required=True),
            Param('base_quantity', 'body', Decimal, 'Decimal | str | int'),
            Param('quote_value', 'body', Decimal, 'Decimal | str | int'),
            Param('limit_price', 'body', Decimal, 'Decimal | str | int'),
            Param('expiry_time', 'body', datetime, 'datetime | str'),
            Param('display_quote_size', 'body', Decimal, 'Decimal | str | int'),
            Param('display_base_size', 'body', Decimal, 'Decimal | str | int'),
            Param('stop_price', 'body', Decimal, 'Decimal | str | int'),
            Param('offset', 'body', Decimal, 'Decimal | str | int'),
            Param('wig_level', 'body', Decimal, 'Decimal | str | int'),
        ),
        response='EditOrderResponse',
        body='EditOrderRequest',
        idempotency_field='client_order_id',
        summary='Edit Order (Beta)',
        doc=(
            'Edit Order (Beta) (PUT /v1/portfolios/{portfolio_id}/orders/{order_id}/edit)\n'
            '\n'
            'Edit an open order. This feature is in beta please reach out to your Coinbase Prime account\n'
            'manager for more information.\n'
            '\n'
            "Operation EditOrder: `ROUTES['EditOrder']`.\n"
            '\n'
            'Args:\n'
            '    order_id (str): The ID of the order being edited.\n'
            '    orig_client_order_id (str): The client order ID of the order being edited.\n'
            '    portfolio_id (str, optional):\n'
            "        The ID of the portfolio that owns the order. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    product_id (str, optional): Deprecated: The product ID of the order being edited.\n'
            '    client_order_id (str, optional):\n'
            '        The updated version of the client order ID. The idempotency field: filled in by the\n'
            '        client when left out (see Idempotency).\n'
            '    base_quantity (Decimal | str | int, optional):\n'
            '        Order size in base asset units (either `base_quantity` or `quote_value` is\n'
            '        required).\n'
            '    quote_value (Decimal | str | int, optional):\n'
            '        Order size in quote asset units, i.e. the amount the user wants to spend (when\n'
            '        buying) or receive (when selling); the quantity in base units will be determined\n'
            '        based on the market liquidity and indicated `quote_value` (either `base_quantity` or\n'
            '        `quote_value` is required).\n'
            '    limit_price (Decimal | str | int, optional):\n'
            '        The limit price (required for TWAP, VWAP, LIMIT, and STOP_LIMIT orders).\n'
            '    expiry_time (datetime | str, optional):\n'
            '        The expiry time of the order in UTC (TWAP, VWAP, LIMIT, and STOP_LIMIT GTD only).\n'
            '    display_quote_size (Decimal | str | int, optional):\n'
            '        The maximum order size that will show up on venue order books. Specifying a value\n'
            '        here effectively makes a LIMIT order into an "iceberg" style order.\n'
            '    display_base_size (Decimal | str | int, optional):\n'
            '        The maximum order size that will show up on venue order books. Specifying a value\n'
            '        here effectively makes a LIMIT order into an "iceberg" style order.\n'
            '    stop_price (Decimal | str | int, optional):\n'
            '        Specifies the stop price at which the order activates. The order is activated if the\n'
            '        last trade price on Coinbase Exchange crosses the stop price specified on the order.\n'
            '    offset (Decimal | str | int, optional):\n'
            '        New peg offset value for PEG orders. 0 means peg to BBO. Only non-negative values\n'
            "        are allowed. The order's peg_offset_type is immutable and is reused server-side to\n"
            '        interpret this value (PEG orders only).\n'
            '    wig_level (Decimal | str | int, optional):\n'
            '        New WIG (Would if Good) level for PEG orders - the best price a pegged order would\n'
            '        be placed on venues, opposite to limit_price. Cannot be added or removed\n'
            '        post-placement (PEG orders only).\n'
            '\n'
            'Idempotency:\n'
            '    `client_order_id` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.client_order_id`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '    A retry Prime refuses as ORDER_DUPLICATE_CLIENT_ORDER_ID means an earlier attempt of\n'
            '    this call placed the order: the client finds it by its client_order_id and returns it\n'
            '    (OrderStateUnknownError if it cannot, within bounds). Refused when no earlier attempt\n'
            '    may have reached Prime (your own id, reused): DuplicateClientOrderIdError at once.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.\n'
            '        BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...\n'
            '        ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...\n'
            '        ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists; each new...\n'
            '        ORDER_REJECTED: Order was rejected during processing and was not placed.\n'
            '        ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.\n'
            '        ORDER_RESOURCE_NOT_FOUND: No order with the given order_id exists in this portfolio (note: 400...\n'
            '        ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetOrderEditHistory',
        'GET',
        '/v1/portfolios/{portfolio_id}/orders/{order_id}/edit_history',
        resource='orders',
        name='get_order_edit_history',
        params=(
            Param('order_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetOrderEditHistoryResponse',
        summary='List Order Edit History',
        doc=(
            'List Order Edit History (GET /v1/portfolios/{portfolio_id}/orders/{order_id}/edit_history)\n'
            '\n'
            'List edit history for a specific order\n'
            '\n'
            "Operation GetOrderEditHistory: `ROUTES['GetOrderEditHistory']`.\n"
            '\n'
            'Args:\n'
            '    order_id (str): The order ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ORDER_ID_REQUIRED: order_id is missing from the request.\n'
            '        ORDER_ID_INVALID: order_id is not a valid UUID.\n'
            '        ORDER_RESOURCE_NOT_FOUND: No order with the given order_id exists in this portfolio (note: 400...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetOrderFills',
        'GET',
        '/v1/portfolios/{portfolio_id}/orders/{order_id}/fills',
        resource='orders',
        name='list_order_fills',
        params=(
            Param('order_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='GetOrderFillsResponse',
        pagination=Pagination(items='fills', item='Fill', cursor_in='query'),
        summary='List Order Fills',
        doc=(
            'List Order Fills (GET /v1/portfolios/{portfolio_id}/orders/{order_id}/fills)\n'
            '\n'
            'Retrieve fills on a given order. This endpoint returns a payload with a default limit of 100\n'
            'if not specified by the user. The maximum allowed limit is 3000.\n'
            '\n'
            "Operation GetOrderFills: `ROUTES['GetOrderFills']`.\n"
            '\n'
            'Args:\n'
            '    order_id (str): The order ID generated by Coinbase.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID associated with the order. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    cursor (str, optional): Cursor used for pagination (last consumed record).\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...\n'
            '        ORDER_LIMIT_EXCEEDED: Query would return more results than the endpoint allows; narrow it or use...\n'
            '        ORDER_FILLS_LIMIT_INVALID: Fills query limit is outside 1..3000.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioProducts',
        'GET',
        '/v1/portfolios/{portfolio_id}/products',
        resource='products',
        name='list_portfolio_products',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('product_type', 'query', e.ProductType, 'ProductType | ProductTypeLiteral'),
            Param('contract_expiry_type', 'query', e.ContractExpiryType, 'ContractExpiryType | ContractExpiryTypeLiteral'),
            Param('expiring_contract_status', 'query', e.ExpiringContractStatus, 'ExpiringContractStatus | ExpiringContractStatusLiteral'),
        ),
        response='GetPortfolioProductsResponse',
        pagination=Pagination(items='products', item='Product', cursor_in='query'),
        summary='List Portfolio Products',
        doc=(
            'List Portfolio Products (GET /v1/portfolios/{portfolio_id}/products)\n'
            '\n'
            'List products for a given portfolio.\n'
            '\n'
            "Operation GetPortfolioProducts: `ROUTES['GetPortfolioProducts']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    cursor (str, optional): Cursor used for pagination (last consumed record).\n'
            '    limit (int, optional):\n'
            '        Number of items to retrieve. Must be between 0 (defaulted to 10) and 1000.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '    product_type (ProductType | ProductTypeLiteral, optional):\n'
            '        Filter by product type (SPOT, FUTURE). If unset, returns all types available for\n'
            '        your portfolio. Futures products require additional entitlements.\n'
            '\n'
            '        - UNKNOWN_PRODUCT_TYPE: Unknown product type\n'
            '        - SPOT: Spot product\n'
            '        - FUTURE: Future product\n'
            '        - OPTION: Option product.\n'
            '    contract_expiry_type (ContractExpiryType | ContractExpiryTypeLiteral, optional):\n'
            '        Filter by contract expiry type (EXPIRING or PERPETUAL). Only applicable when\n'
            '        product_type = FUTURE. If unset, returns all futures kinds.\n'
            '\n'
            '        - CONTRACT_EXPIRY_TYPE_UNSPECIFIED: Unspecified contract expiry type\n'
            '        - CONTRACT_EXPIRY_TYPE_EXPIRING: Expiring futures contract\n'
            '        - CONTRACT_EXPIRY_TYPE_PERPETUAL: Perpetual futures contract (no expiry).\n'
            '    expiring_contract_status (ExpiringContractStatus | ExpiringContractStatusLiteral, optional):\n'
            '        Filter by expiry status for expiring futures. If unset, returns all expiring\n'
            '        futures.\n'
            '\n'
            '        - EXPIRING_CONTRACT_STATUS_UNKNOWN: Unknown/unset — returns all expiring contracts\n'
            '          (backward compatible default)\n'
            '        - EXPIRING_CONTRACT_STATUS_UNEXPIRED: Only unexpired contracts (contract_expiry is\n'
            '          in the future)\n'
            '        - EXPIRING_CONTRACT_STATUS_EXPIRED: Only expired contracts (contract_expiry is in\n'
            '          the past)\n'
            '        - EXPIRING_CONTRACT_STATUS_ALL: All contracts regardless of expiry status.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        PRODUCT_FUTURES_NOT_ENABLED: Futures products are not enabled for the portfolio_id.\n'
            '        PRODUCT_LIMIT_INVALID: limit must be a positive number.\n'
            '        PRODUCT_OPTIONS_NOT_ENABLED: Options products are not enabled for the portfolio_id.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        PRODUCT_NOT_FOUND: No products match the requested criteria.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateQuoteRequest',
        'POST',
        '/v1/portfolios/{portfolio_id}/rfq',
        resource='orders',
        name='create_quote',
        params=(
            Param('product_id', 'body', str, 'str', required=True),
            Param('side', 'body', e.OrderSide, 'OrderSide | OrderSideLiteral', required=True),
            Param('limit_price', 'body', Decimal, 'Decimal | str | int', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('client_quote_id', 'body', str, 'str', required=True),
            Param('base_quantity', 'body', Decimal, 'Decimal | str | int'),
            Param('quote_value', 'body', Decimal, 'Decimal | str | int'),
            Param('settl_currency', 'body', str, 'str'),
            Param('quote_duration_ms', 'body', Int64, 'int'),
        ),
        response='QuoteResponse',
        body='CreateQuoteRequestRequest',
        idempotency_field='client_quote_id',
        summary='Create Quote Request',
        doc=(
            'Create Quote Request (POST /v1/portfolios/{portfolio_id}/rfq)\n'
            '\n'
            'A Quote Request is the start of the RFQ process. Coinbase Prime sends a Quote Request to\n'
            'Liquidity Providers (LPs) on behalf of a customer looking to participate in an RFQ trade.\n'
            '\n'
            'Always required: portfolio_id, product_id, side, client_quote_id, and limit_price. One of\n'
            'either base_quantity or quote_value is always required.\n'
            '\n'
            "Operation CreateQuoteRequest: `ROUTES['CreateQuoteRequest']`.\n"
            '\n'
            'Args:\n'
            '    product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`).\n'
            '    side (OrderSide | OrderSideLiteral): Order side.\n'
            '    limit_price (Decimal | str | int): The limit price.\n'
            '    portfolio_id (str, optional):\n'
            "        The ID of the portfolio that owns the order. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    client_quote_id (str, optional): Based off of Order\n'
            '\n'
            '        A client-generated order ID used for reference purposes (note: order will be\n'
            '        rejected if this ID is not unique among all currently active orders). The\n'
            '        idempotency field: filled in by the client when left out (see Idempotency).\n'
            '    base_quantity (Decimal | str | int, optional):\n'
            '        Order size in base asset units (either `base_quantity` or `quote_value` is\n'
            '        required).\n'
            '    quote_value (Decimal | str | int, optional):\n'
            '        Order size in quote asset units, i.e. the amount the user wants to spend (when\n'
            '        buying) or receive (when selling); the quantity in base units will be determined\n'
            '        based on the market liquidity and indicated `quote_value` (either `base_quantity` or\n'
            '        `quote_value` is required).\n'
            '    settl_currency (str, optional): The currency in which the settlement will be made.\n'
            '    quote_duration_ms (int, optional):\n'
            '        Optional quote timeout in milliseconds. Defaults to 3000 ms (3 seconds) if not\n'
            '        specified. Maximum allowed value is 30000 ms (30 seconds); requests with a larger\n'
            '        value are rejected. Mirrors FIX tag 8090 (QuoteRequestGoodForMs).\n'
            '\n'
            'Idempotency:\n'
            '    `client_quote_id` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.client_quote_id`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        BUYING_POWER_CURRENCY_INVALID: Currency pair invalid or unsupported for buying power.\n'
            '        BUYING_POWER_FAILED_PRECONDITION: Buying power request failed a precondition, e.g. portfolio...\n'
            '        ORDER_REQUEST_INVALID: Order request failed validation, e.g. invalid stp_id, price, size or...\n'
            '        ORDER_PRODUCT_ID_INVALID: product_id is not a valid or currently tradable product for this request.\n'
            '        ORDER_FAILED_PRECONDITION: Order precondition not met, e.g. an account needed to process the...\n'
            '        ORDER_PRODUCT_ID_REQUIRED: product_id is required for this request.\n'
            '        ORDER_SIDE_REQUIRED: side is required but missing.\n'
            '        ORDER_RESOURCE_NOT_FOUND: No order with the given order_id exists in this portfolio (note: 400...\n'
            '        ORDER_SIDE_INVALID: side is not a supported order side; use BUY or SELL.\n'
            '        ORDER_SIZE_INVALID: Order size unparseable as a number, or both base_quantity and quote_value...\n'
            '        ORDER_PRICE_INVALID: limit_price unparseable as a number, or a limit price was given for a market...\n'
            '        ORDER_CLIENT_QUOTE_ID_REQUIRED: client_quote_id is required for a quote request.\n'
            '        ORDER_QUOTE_DURATION_INVALID: quote_duration_ms is outside the allowed range.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        BUYING_POWER_PERMISSION_DENIED: No permission to view buying power for the portfolio and currency...\n'
            '        ORDER_RFQ_NOT_ENABLED: Portfolio is not allowed to submit RFQ (request-for-quote) requests.\n'
            '        ORDER_RFQ_SIQ_NOT_ENABLED: Size-in-quote RFQ requests are not enabled for this portfolio.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        BUYING_POWER_NOT_FOUND: No buying power data for the portfolio and currency pair.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'PortfolioStakingInitiate',
        'POST',
        '/v1/portfolios/{portfolio_id}/staking/initiate',
        resource='staking',
        name='portfolio_staking_initiate',
        params=(
            Param('currency_symbol', 'body', str, 'str', required=True),
            Param('amount', 'body', Decimal, 'Decimal | str | int', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('idempotency_key', 'body', str, 'str', required=True),
            Param('metadata', 'body', 'm.PortfolioStakingMetadata', 'PortfolioStakingMetadata | Mapping[str, Any]'),
        ),
        response='PortfolioStakingInitiateResponse',
        body='PortfolioStakingInitiateRequest',
        idempotency_field='idempotency_key',
        summary='Request to stake currency in a portfolio',
        doc=(
            'Request to stake currency in a portfolio (POST /v1/portfolios/{portfolio_id}/staking/initiate)\n'
            '\n'
            'Creates an execution request to stake funds across a portfolio.  This will stake funds in\n'
            'one or more wallets in the portfolio, with a total bondable balance up to the requested\n'
            'stake amount. This feature is gated. Please contact your account manager or\n'
            'primeops@coinbase.com to enable.\n'
            '\n'
            "Operation PortfolioStakingInitiate: `ROUTES['PortfolioStakingInitiate']`.\n"
            '\n'
            'Args:\n'
            '    currency_symbol (str): The currency symbol to stake.\n'
            '    amount (Decimal | str | int): The quantity of the chosen currency to stake.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    idempotency_key (str, optional):\n'
            '        The client generated idempotency key (uuid required) for requested execution.\n'
            '        Subsequent requests using the same key will not create new transactions. The\n'
            '        idempotency field: filled in by the client when left out (see Idempotency).\n'
            '    metadata (PortfolioStakingMetadata | Mapping[str, Any], optional): Not described in the spec.\n'
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_EXTERNAL_ID_INVALID: external_id is not valid UTF-8 or exceeds 255 bytes.\n'
            '        STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...\n'
            "        STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.\n"
            '        STAKING_AMOUNT_REQUIRED: amount is required but missing.\n'
            '        STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...\n'
            '        STAKING_NO_ELIGIBLE_WALLETS: No wallet eligible for staking/unstaking for the portfolio_id and...\n'
            '        STAKING_BALANCE_NOT_FOUND: No balance found for the currency_symbol on this portfolio.\n'
            "        STAKING_AMOUNT_EXCEEDS_BONDABLE_BALANCE: Stake amount exceeds the portfolio's bondable balance...\n"
            '        STAKING_IDEMPOTENCY_KEY_REQUIRED: idempotency_key is required for this staking or unstaking...\n'
            '        STAKING_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.\n'
            '        STAKING_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required for this staking or unstaking...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListTransactionValidators',
        'POST',
        '/v1/portfolios/{portfolio_id}/staking/transaction-validators/query',
        resource='staking',
        name='list_transaction_validators',
        params=(
            Param('transaction_ids', 'body', list[str], 'Sequence[str]', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('cursor', 'body', str, 'str'),
            Param('limit', 'body', int, 'int'),
            Param('sort_direction', 'body', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='ListTransactionValidatorsResponse',
        body='ListTransactionValidatorsRequest',
        pagination=Pagination(items='transaction_validators', item='TransactionValidator', cursor_in='body'),
        summary='List Transaction Validators',
        doc=(
            'List Transaction Validators (POST /v1/portfolios/{portfolio_id}/staking/transaction-validators/query)\n'
            '\n'
            'List ETH 0x02 validators associated with wallet-level stake transactions for a given\n'
            'portfolio. It will not return data for unstake transactions, portfolio stake transactions,\n'
            'transactions which staked different currencies, or which staked to Ethereum 0x01 validators.\n'
            '\n'
            "Operation ListTransactionValidators: `ROUTES['ListTransactionValidators']`.\n"
            '\n'
            'Args:\n'
            '    transaction_ids (Sequence[str]):\n'
            '        List of transaction IDs to filter validators by. Maximum of 100 transaction IDs\n'
            '        allowed per request.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    cursor (str, optional): Cursor for pagination.\n'
            '    limit (int, optional):\n'
            '        Maximum number of transaction-validator associations to return per page. Default is\n'
            '        100, maximum is 1000.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Not described in the spec.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        TRANSACTION_TYPE_UNSUPPORTED: Transaction does not support the operation, e.g. travel rule data...\n'
            '        TRANSACTION_IDS_INVALID: transaction_ids values missing, too many, or not valid UUIDs.\n'
            '        TRANSACTION_PARAMS_INVALID: One or more request parameters (portfolio_id, transaction_ids,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'PortfolioStakingUnstake',
        'POST',
        '/v1/portfolios/{portfolio_id}/staking/unstake',
        resource='staking',
        name='portfolio_staking_unstake',
        params=(
            Param('currency_symbol', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('idempotency_key', 'body', str, 'str', required=True),
            Param('amount', 'body', Decimal, 'Decimal | str | int'),
            Param('metadata', 'body', 'm.PortfolioStakingMetadata', 'PortfolioStakingMetadata | Mapping[str, Any]'),
            Param('validator_provider', 'body', e.ValidatorProvider, 'ValidatorProvider | ValidatorProviderLiteral'),
        ),
        response='PortfolioStakingUnstakeResponse',
        body='PortfolioStakingUnstakeRequest',
        idempotency_field='idempotency_key',
        summary='Request to unstake currency across a portfolio',
        doc=(
            'Request to unstake currency across a portfolio (POST /v1/portfolios/{portfolio_id}/staking/unstake)\n'
            '\n'
            'Creates an execution request to unstake funds across a portfolio.  This will unstake funds\n'
            'in one or more wallets in the portfolio, with a total bonded balance up to the requested\n'
            'unstake amount. This feature is gated. Please contact your account manager or\n'
            'primeops@coinbase.com to enable.\n'
            '\n'
            "Operation PortfolioStakingUnstake: `ROUTES['PortfolioStakingUnstake']`.\n"
            '\n'
            'Args:\n'
            '    currency_symbol (str): The currency symbol to unstake.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    idempotency_key (str, optional):\n'
            '        The client generated idempotency key (uuid required) for requested execution.\n'
            '        Subsequent requests using the same key will not create new transactions. The\n'
            '        idempotency field: filled in by the client when left out (see Idempotency).\n'
            '    amount (Decimal | str | int, optional): The quantity of the chosen currency to unstake.\n'
            '    metadata (PortfolioStakingMetadata | Mapping[str, Any], optional): Not described in the spec.\n'
            '    validator_provider (ValidatorProvider | ValidatorProviderLiteral, optional):\n'
            '        ValidatorProvider enumerates the ETH validator service providers accepted for\n'
            '        unstaking.\n'
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_EXTERNAL_ID_INVALID: external_id is not valid UTF-8 or exceeds 255 bytes.\n'
            '        STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...\n'
            "        STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.\n"
            '        STAKING_AMOUNT_REQUIRED: amount is required but missing.\n'
            '        STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...\n'
            '        STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...\n'
            '        STAKING_NO_ELIGIBLE_WALLETS: No wallet eligible for staking/unstaking for the portfolio_id and...\n'
            '        STAKING_BALANCE_NOT_FOUND: No balance found for the currency_symbol on this portfolio.\n'
            '        STAKING_PROVIDER_NO_UNBONDABLE_BALANCE: No unbondable balance currently available for that...\n'
            '        STAKING_IDEMPOTENCY_KEY_REQUIRED: idempotency_key is required for this staking or unstaking...\n'
            '        STAKING_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.\n'
            '        STAKING_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required for this staking or unstaking...\n'
            '        STAKING_AMOUNT_VALIDATOR_PROVIDER_CONFLICT: amount and validator_provider are mutually exclusive;...\n'
            '        STAKING_VALIDATOR_PROVIDER_REQUIRED: validator_provider is required for a provider-scoped unstake.\n'
            '        STAKING_VALIDATOR_PROVIDER_NOT_SUPPORTED: validator_provider value is not a supported provider.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        STAKING_PROVIDER_UNSTAKE_NOT_ENABLED: Provider-level unstaking (all validators of a...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioTransactions',
        'GET',
        '/v1/portfolios/{portfolio_id}/transactions',
        resource='transactions',
        name='list_portfolio_transactions',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('symbols', 'query', str, 'str'),
            Param('types', 'query', list[e.TransactionType], 'Sequence[TransactionType | TransactionTypeLiteral]'),
            Param('start_time', 'query', datetime, 'datetime | str'),
            Param('end_time', 'query', datetime, 'datetime | str'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('get_network_unified_transactions', 'query', bool, 'bool'),
            Param('travel_rule_status', 'query', list[e.TravelRuleStatus], 'Sequence[TravelRuleStatus | TravelRuleStatusLiteral]'),
        ),
        response='GetPortfolioTransactionsResponse',
        pagination=Pagination(items='transactions', item='Transaction', cursor_in='query'),
        summary='List Portfolio Transactions',
        doc=(
            'List Portfolio Transactions (GET /v1/portfolios/{portfolio_id}/transactions)\n'
            '\n'
            'List transactions for a given portfolio.\n'
            '\n'
            "Operation GetPortfolioTransactions: `ROUTES['GetPortfolioTransactions']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    symbols (str, optional): A case insensitive list of symbols by which to filter the response.\n'
            '    types (Sequence[TransactionType | TransactionTypeLiteral], optional):\n'
            '        The transaction types by which to filter the response\n'
            '\n'
            '        - TRANSACTION_TYPE_UNKNOWN: An unknown transaction type\n'
            '        - DEPOSIT: A fiat or crypto deposit\n'
            '        - WITHDRAWAL: A fiat or crypto withdrawal\n'
            '        - INTERNAL_DEPOSIT: An internal fiat or crypto deposit\n'
            '        - INTERNAL_WITHDRAWAL: An internal fiat or crypto withdrawal\n'
            '        - SWEEP_DEPOSIT: Internal automated deposit to a cold address from a restored\n'
            '          address\n'
            '        - SWEEP_WITHDRAWAL: Internal automated withdrawal from a restored address to a cold\n'
            '          address\n'
            '        - PROXY_DEPOSIT: On-chain deposit of funds into proxy contract from cold address\n'
            '        - PROXY_WITHDRAWAL: On-chain withdrawal of funds from proxy contract to cold address\n'
            '        - BILLING_WITHDRAWAL: Coinbase Prime automated invoice settlement payment\n'
            '        - REWARD: Reward payment to an associated address for a staked asset\n'
            '        - COINBASE_REFUND: Coinbase Prime refund for the leftover amount for a CPFP (child\n'
            '          pays for parent) transaction\n'
            '        - TRANSACTION_TYPE_OTHER: An OTHER type of transaction\n'
            '        - WITHDRAWAL_ADJUSTMENT: A manual adjustment withdrawal transaction\n'
            '        - DEPOSIT_ADJUSTMENT: A manual adjustment deposit transaction\n'
            '        - KEY_REGISTRATION: An on-chain registration for an address\n'
            '        - DELEGATION: An on-chain delegation transaction\n'
            '        - UNDELEGATION: An on-chain undelegation transaction\n'
            '        - RESTAKE: On-chain restaking transaction\n'
            '        - COMPLETE_UNBONDING: On-chain unbonding event transaction\n'
            '        - WITHDRAW_UNBONDED: On-chain event indicating unbonding period is over\n'
            '        - STAKE_ACCOUNT_CREATE: On-chain transaction to begin staking from an address\n'
            '        - CHANGE_VALIDATOR: On-chain transaction alter validator\n'
            '        - STAKE: On-chain transaction to begin staking in Cryptocurrency network\n'
            '        - UNSTAKE: On-chain transaction to stop staking in Cryptocurrency network\n'
            '        - REMOVE_AUTHORIZED_PARTY: On-chain transaction to remove a party from a\n'
            '          multi-signature wallet\n'
            '        - STAKE_AUTHORIZE_WITH_SEED: On-chain transaction to begin staking from a seed\n'
            '          account\n'
            '        - SLASH: On-chain transaction indicating a slash event has occurred\n'
            '        - COINBASE_DEPOSIT: On-chain transaction deposit for the purpose of transaction\n'
            '          operations\n'
            '        - CONVERSION: Internal conversion between two assets\n'
            '        - CLAIM_REWARDS: On-chain transaction to claim rewards from Vote Account\n'
            '        - VOTE_AUTHORIZE: On-chain transaction to transfer the reward claiming permission to\n'
            '          other pubkey\n'
            '        - WEB3_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet\n'
            '        Deprecated: Use ONCHAIN_TRANSACTION instead\n'
            '        - ONCHAIN_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet\n'
            '        - PORTFOLIO_STAKE: Portfolio-level staking operation\n'
            '        - PORTFOLIO_UNSTAKE: Portfolio-level unstaking operation\n'
            '        - MERGE_STAKE: On-chain transaction consolidating funds from different addresses\n'
            '          belonging to the same wallet.\n'
            '    start_time (datetime | str, optional):\n'
            '        UTC timestamp from which to filter the response (inclusive, ISO-8601 format).\n'
            '    end_time (datetime | str, optional):\n'
            '        UTC timestamp until which to filter the response (exclusive, ISO-8601 format).\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Page sorting direction.\n'
            '    get_network_unified_transactions (bool, optional):\n'
            '        Flag to request retrieval of all transactions across all networks for a given\n'
            '        symbol.\n'
            '    travel_rule_status (Sequence[TravelRuleStatus | TravelRuleStatusLiteral], optional):\n'
            "        (Alpha) Filter for status of returned transactions' travel rule submissions - an\n"
            '        inclusive OR filter.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        TRANSACTION_LIMIT_EXCEEDED: limit exceeds the maximum transactions returned per request.\n'
            '        TRANSACTION_CURSOR_INVALID: cursor is not a valid pagination token; omit it or reuse one from a...\n'
            '        TRANSACTION_TRAVEL_RULE_STATUS_INVALID: travel_rule_status filter has an unrecognized value.\n'
            '        TRANSACTION_FILTER_INVALID: Invalid filter combination, e.g. symbols together with type...\n'
            '        TRANSACTION_PARAMS_INVALID: One or more request parameters (portfolio_id, transaction_ids,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetTransaction',
        'GET',
        '/v1/portfolios/{portfolio_id}/transactions/{transaction_id}',
        resource='transactions',
        name='get_transaction',
        params=(
            Param('transaction_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetTransactionResponse',
        summary='Get Transaction by Transaction ID',
        doc=(
            'Get Transaction by Transaction ID (GET /v1/portfolios/{portfolio_id}/transactions/{transaction_id})\n'
            '\n'
            'Retrieve a specific transaction by its transaction ID.\n'
            '\n'
            "Operation GetTransaction: `ROUTES['GetTransaction']`.\n"
            '\n'
            'Args:\n'
            '    transaction_id (str): The transaction ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        TRANSACTION_ID_REQUIRED: transaction_id is required but missing.\n'
            '        TRANSACTION_ID_INVALID: transaction_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetTransactionTravelRuleData',
        'GET',
        '/v1/portfolios/{portfolio_id}/transactions/{transaction_id}/travel_rule',
        resource='travel_rule',
        name='get_transaction_travel_rule_data',
        params=(
            Param('transaction_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetTransactionTravelRuleDataResponse',
        summary='Get Transaction Travel Rule Data',
        doc=(
            'Get Transaction Travel Rule Data (GET /v1/portfolios/{portfolio_id}/transactions/{transaction_id}/travel_rule)\n'
            '\n'
            '(Beta) Get fulfilled travel rule data for a transaction.\n'
            '\n'
            "Operation GetTransactionTravelRuleData: `ROUTES['GetTransactionTravelRuleData']`.\n"
            '\n'
            'Args:\n'
            '    transaction_id (str): The transaction ID to look up travel rule data for.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID that owns the transaction. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        TRANSACTION_ID_REQUIRED: transaction_id is required but missing.\n'
            '        TRANSACTION_ID_INVALID: transaction_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...\n'
            '        TRANSACTION_TRAVEL_RULE_DATA_NOT_FOUND: No travel rule data exists for the transaction.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'SubmitDepositTravelRuleData',
        'POST',
        '/v1/portfolios/{portfolio_id}/transactions/{transaction_id}/travel_rule/deposit',
        resource='travel_rule',
        name='submit_deposit_travel_rule_data',
        params=(
            Param('transaction_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('originator', 'body', 'm.TravelRuleParty', 'TravelRuleParty | Mapping[str, Any]'),
            Param('beneficiary', 'body', 'm.TravelRuleParty', 'TravelRuleParty | Mapping[str, Any]'),
            Param('is_self', 'body', bool, 'bool'),
            Param('opt_out_of_ownership_verification', 'body', bool, 'bool'),
        ),
        response='SubmitDepositTravelRuleDataResponse',
        body='SubmitDepositTravelRuleDataRequest',
        summary='Submit Deposit Travel Rule Data',
        doc=(
            'Submit Deposit Travel Rule Data (POST /v1/portfolios/{portfolio_id}/transactions/{transaction_id}/travel_rule/deposit)\n'
            '\n'
            'Submit travel rule data for an existing deposit transaction.\n'
            '\n'
            "Operation SubmitDepositTravelRuleData: `ROUTES['SubmitDepositTravelRuleData']`.\n"
            '\n'
            'Args:\n'
            '    transaction_id (str): The transaction ID associated with the entry.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID that owns the transaction. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    originator (TravelRuleParty | Mapping[str, Any], optional):\n'
            '        Represents a party in a travel rule transfer (originator or beneficiary).\n'
            '    beneficiary (TravelRuleParty | Mapping[str, Any], optional):\n'
            '        Represents a party in a travel rule transfer (originator or beneficiary).\n'
            '    is_self (bool, optional):\n'
            '        True if user owns the counterparty address (self-transfer) If false, beneficiary is\n'
            '        required.\n'
            '    opt_out_of_ownership_verification (bool, optional): True to skip wallet ownership verification.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        TRANSACTION_TYPE_UNSUPPORTED: Transaction does not support the operation, e.g. travel rule data...\n'
            '        TRANSACTION_TRAVEL_RULE_PARTY_INVALID: Travel rule originator/beneficiary info missing or fails...\n'
            '        TRANSACTION_ID_REQUIRED: transaction_id is required but missing.\n'
            '        TRANSACTION_ID_INVALID: transaction_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        TRANSACTION_NOT_FOUND: Transaction not found in this portfolio, or an id in transaction_ids does...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioUsers',
        'GET',
        '/v1/portfolios/{portfolio_id}/users',
        resource='users',
        name='list_portfolio_users',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='GetPortfolioUsersResponse',
        pagination=Pagination(items='users', item='PortfolioUser', cursor_in='query'),
        summary='List Portfolio Users',
        doc=(
            'List Portfolio Users (GET /v1/portfolios/{portfolio_id}/users)\n'
            '\n'
            'List all users associated with a given portfolio.\n'
            '\n'
            "Operation GetPortfolioUsers: `ROUTES['GetPortfolioUsers']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    cursor (str, optional): Cursor used for pagination (last consumed record).\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        PORTFOLIO_USERS_CURSOR_INVALID: Pagination cursor does not match any user in the result set.\n'
            '        PORTFOLIO_USERS_LIMIT_INVALID: limit for portfolio users is out of range.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetWallets',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets',
        resource='wallets',
        name='list_wallets',
        params=(
            Param('type', 'query', e.WalletType, 'WalletType | WalletTypeLiteral', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
            Param('symbols', 'query', list[str], 'Sequence[str]'),
            Param('get_network_unified_wallets', 'query', bool, 'bool'),
        ),
        response='GetWalletsResponse',
        pagination=Pagination(items='wallets', item='Wallet', cursor_in='query'),
        summary='List Portfolio Wallets',
        doc=(
            'List Portfolio Wallets (GET /v1/portfolios/{portfolio_id}/wallets)\n'
            '\n'
            'List all wallets associated with a given portfolio.\n'
            '\n'
            "Operation GetWallets: `ROUTES['GetWallets']`.\n"
            '\n'
            'Args:\n'
            '    type (WalletType | WalletTypeLiteral): The wallet type\n'
            '\n'
            '        - VAULT: A crypto vault\n'
            '        - TRADING: A trading wallet\n'
            '        - WALLET_TYPE_OTHER: Other wallet types (like consumer, etc)\n'
            '        - QC: A QC Wallet\n'
            '        - ONCHAIN: An Onchain wallet.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    cursor (str, optional): Cursor used for pagination (last consumed record).\n'
            '    limit (int, optional): Number of wallets to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Sorting order.\n'
            '    symbols (Sequence[str], optional): The wallet symbol.\n'
            '    get_network_unified_wallets (bool, optional):\n'
            '        Flag to request retrieval of all wallets across all networks for a given symbol.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_REQUEST_INVALID: Invalid argument for this wallet operation.\n'
            '        WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED: symbols filter may not be set when wallet type is ONCHAIN.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateWallet',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets',
        resource='wallets',
        name='create_wallet',
        params=(
            Param('name', 'body', str, 'str', required=True),
            Param('symbol', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('wallet_type', 'body', e.WalletType, 'WalletType | WalletTypeLiteral'),
            Param('idempotency_key', 'body', str, 'str'),
            Param('network_family', 'body', e.NetworkFamily, 'NetworkFamily | NetworkFamilyLiteral'),
            Param('network', 'body', 'm.Network', 'Network | Mapping[str, Any]'),
        ),
        response='CreateWalletResponse',
        body='CreateWalletRequest',
        idempotency_field='idempotency_key',
        summary='Create Wallet',
        doc=(
            'Create Wallet (POST /v1/portfolios/{portfolio_id}/wallets)\n'
            '\n'
            'Create a wallet. Note: The first ONCHAIN wallet for each network family must be created\n'
            'through the Prime UI.\n'
            '\n'
            "Operation CreateWallet: `ROUTES['CreateWallet']`.\n"
            '\n'
            'Args:\n'
            '    name (str): The name of the wallet.\n'
            '    symbol (str):\n'
            '        The asset stored in the wallet. Should not be specified when wallet_type is ONCHAIN.\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    wallet_type (WalletType | WalletTypeLiteral, optional): Indicates the wallet type.\n'
            '    idempotency_key (str, optional):\n'
            '        idem. The idempotency field: filled in by the client when left out (see\n'
            '        Idempotency).\n'
            '    network_family (NetworkFamily | NetworkFamilyLiteral, optional): Not described in the spec.\n'
            '    network (Network | Mapping[str, Any], optional): Not described in the spec.\n'
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '        WALLET_REQUEST_INVALID: Invalid argument for this wallet operation.\n'
            '        WALLET_ONCHAIN_SYMBOLS_NOT_ALLOWED: symbols filter may not be set when wallet type is ONCHAIN.\n'
            '        WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...\n'
            '        WALLET_NETWORK_ID_REQUIRED: network_id is required but missing.\n'
            '        WALLET_NETWORK_INVALID: Network identifier malformed; must be {network_id}-{network_type} (e.g....\n'
            '        WALLET_ONCHAIN_SETUP_UNAVAILABLE: Onchain wallet setup for this network family not completed; do...\n'
            '        WALLET_NAME_REQUIRED: name is required but missing.\n'
            '        WALLET_SYMBOL_REQUIRED: symbol is required for wallet types other than ONCHAIN.\n'
            '        WALLET_NETWORK_FAMILY_REQUIRED: network_family is required when wallet_type is ONCHAIN.\n'
            '        WALLET_NETWORK_FAMILY_NOT_ALLOWED: network_family must not be set when wallet_type is not ONCHAIN.\n'
            '        WALLET_NETWORK_TYPE_REQUIRED: type on the network object is required but missing.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetWallet',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}',
        resource='wallets',
        name='get_wallet',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetWalletResponse',
        summary='Get Wallet by Wallet ID',
        doc=(
            'Get Wallet by Wallet ID (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id})\n'
            '\n'
            'Retrieve a specific wallet by Wallet ID.\n'
            '\n'
            "Operation GetWallet: `ROUTES['GetWallet']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): Wallet ID.\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListWalletAddresses',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/addresses',
        resource='wallets',
        name='list_wallet_addresses',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('network_id', 'query', str, 'str'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
        ),
        response='ListWalletAddressesResponse',
        pagination=Pagination(items='addresses', item='BlockchainAddress', cursor_in='query'),
        summary='List Wallet Addresses',
        doc=(
            'List Wallet Addresses (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/addresses)\n'
            '\n'
            'Returns all deposit addresses associated with a wallet\n'
            '\n'
            "Operation ListWalletAddresses: `ROUTES['ListWalletAddresses']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID for which to retrieve all deposit addresses.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID associated with the wallet. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    network_id (str, optional):\n'
            '        The blockchain network name and type, provide an empty network to retrieve addresses\n'
            '        across all networks for this wallet.\n'
            '    cursor (str, optional): Cursor to retrieve the next page of results.\n'
            '    limit (int, optional): Maximum number of addresses to return in a single response.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            '        WALLET_NOT_DEPOSITABLE: The wallet cannot accept deposits.\n'
            '        WALLET_DEPOSIT_REQUEST_INVALID: Deposit request invalid or unsupported for this wallet.\n'
            '        WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...\n'
            '        WALLET_NETWORK_INVALID: Network identifier malformed; must be {network_id}-{network_type} (e.g....\n'
            '        WALLET_NETWORK_TYPE_NOT_SUPPORTED: Network type part of network_id is not supported in this...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateWalletDepositAddress',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/addresses',
        resource='wallets',
        name='create_wallet_deposit_address',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('network_id', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='BlockchainAddress',
        body='CreateWalletDepositAddressRequest',
        summary='Create Wallet Deposit Address',
        doc=(
            'Create Wallet Deposit Address (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/addresses)\n'
            '\n'
            'Creates a new deposit address for a wallet. Only applicable to wallets that support multiple\n'
            'deposit addresses on a given network\n'
            '\n'
            "Operation CreateWalletDepositAddress: `ROUTES['CreateWalletDepositAddress']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID for which to create the deposit address.\n'
            '    network_id (str):\n'
            '        The network information, ie which network to retrieve the deposit address for (such\n'
            '        as base-mainnet)\n'
            '\n'
            '        The network name and type.\n'
            '    portfolio_id (str, optional):\n'
            "        The ID of the portfolio that owns the wallet. Left out: the client's own\n"
            "        `portfolio_id` (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            '        WALLET_NOT_DEPOSITABLE: The wallet cannot accept deposits.\n'
            '        WALLET_DEPOSIT_REQUEST_INVALID: Deposit request invalid or unsupported for this wallet.\n'
            '        WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...\n'
            '        WALLET_NETWORK_ID_REQUIRED: network_id is required but missing.\n'
            '        WALLET_NETWORK_INVALID: Network identifier malformed; must be {network_id}-{network_type} (e.g....\n'
            '        WALLET_NETWORK_TYPE_NOT_SUPPORTED: Network type part of network_id is not supported in this...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetWalletBalance',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/balance',
        resource='balances',
        name='get_wallet_balance',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetWalletBalanceResponse',
        summary='Get Wallet Balance',
        doc=(
            'Get Wallet Balance (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/balance)\n'
            '\n'
            'Query balance for a specific wallet.\n'
            '\n'
            "Operation GetWalletBalance: `ROUTES['GetWalletBalance']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): Wallet ID.\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateConversion',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/conversion',
        resource='transactions',
        name='create_conversion',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('amount', 'body', Decimal, 'Decimal | str | int', required=True),
            Param('destination', 'body', str, 'str', required=True),
            Param('source_symbol', 'body', str, 'str', required=True),
            Param('destination_symbol', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('idempotency_key', 'body', str, 'str', required=True),
        ),
        response='CreateConversionResponse',
        body='CreateConversionRequest',
        idempotency_field='idempotency_key',
        summary='Create Conversion',
        doc=(
            'Create Conversion (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/conversion)\n'
            '\n'
            'Perform a conversion between 2 assets.\n'
            '\n'
            "Operation CreateConversion: `ROUTES['CreateConversion']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID that the conversion will originate from.\n'
            '    amount (Decimal | str | int): The amount in whole units to convert.\n'
            '    destination (str): The UUID of the destination wallet.\n'
            '    source_symbol (str): The currency symbol to convert from.\n'
            '    destination_symbol (str): The currency symbol to convert to.\n'
            '    portfolio_id (str, optional):\n'
            "        The ID of the portfolio. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    idempotency_key (str, optional):\n'
            '        The idempotency key associated with this conversion. The idempotency field: filled\n'
            '        in by the client when left out (see Idempotency).\n'
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            '        CONVERSION_DESTINATION_INVALID: destination is not a valid UUID.\n'
            '        CONVERSION_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.\n'
            '        CONVERSION_AMOUNT_INVALID: amount is not a valid decimal number.\n'
            '        CONVERSION_SOURCE_SYMBOL_REQUIRED: source_symbol is required but missing.\n'
            '        CONVERSION_DESTINATION_REQUIRED: destination is required but missing.\n'
            '        CONVERSION_REQUEST_INVALID: Conversion rejected as invalid, e.g. unsupported asset pair or a...\n'
            '        CONVERSION_FAILED_PRECONDITION: Conversion precondition not met, e.g. insufficient available...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        CONVERSION_PERMISSION_DENIED: No permission to convert funds with the given wallet_id or portfolio.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        CONVERSION_WALLET_NOT_FOUND: Wallet named by wallet_id or destination not found, or not in the...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetWalletDepositInstructions',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions',
        resource='wallets',
        name='get_wallet_deposit_instructions',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('deposit_type', 'query', e.WalletDepositInstructionType, 'WalletDepositInstructionType | WalletDepositInstructionTypeLiteral', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('network_id', 'query', str, 'str', wire='network.id'),
            Param('network_type', 'query', str, 'str', wire='network.type'),
        ),
        response='GetWalletDepositInstructionsResponse',
        summary='Get Wallet Deposit Instructions',
        doc=(
            'Get Wallet Deposit Instructions (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/deposit_instructions)\n'
            '\n'
            "Retrieve a specific wallet's deposit instructions.\n"
            '\n'
            "Operation GetWalletDepositInstructions: `ROUTES['GetWalletDepositInstructions']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    deposit_type (WalletDepositInstructionType | WalletDepositInstructionTypeLiteral):\n'
            '        The deposit type\n'
            '\n'
            '        - UNKNOWN_WALLET_DEPOSIT_TYPE: nil value\n'
            '        - CRYPTO: A cryptocurrency deposit\n'
            '        - WIRE: A wire deposit\n'
            '        - SEN: DEPRECATED. A Silvergate Exchange Network deposit\n'
            '        - SWIFT: A SWIFT deposit\n'
            '        - SEPA: A SEPA deposit (Single Euro Payments Area).\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    network_id (str, optional): The name of the network\n'
            '\n'
            '        The network id: base, bitcoin, ethereum, solana etc. Sent as `network.id`.\n'
            '    network_type (str, optional): The network type\n'
            '\n'
            '        The network type: mainnet, testnet, etc. Sent as `network.type`.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ASSET_REQUEST_INVALID: Asset lookup has an invalid argument, e.g. unsupported currency symbol or...\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            '        WALLET_DEPOSIT_TYPE_REQUIRED: deposit_type is required but missing.\n'
            '        WALLET_METADATA_INVALID: metadata is not a valid JSON object, or a nested value is not an object...\n'
            '        WALLET_NETWORK_REQUIRED: A network must be given for crypto deposits since the wallet has no...\n'
            '        WALLET_NOT_DEPOSITABLE: The wallet cannot accept deposits.\n'
            '        WALLET_DEPOSIT_REQUEST_INVALID: Deposit request invalid or unsupported for this wallet.\n'
            '        WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateOnchainTransaction',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/onchain_transaction',
        resource='transactions',
        name='create_onchain_transaction',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('raw_unsigned_txn', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('rpc', 'body', 'm.RpcConfig', 'RpcConfig | Mapping[str, Any]'),
            Param('evm_params', 'body', 'm.CreateOnchainTransactionRequestEvmParams', 'CreateOnchainTransactionRequestEvmParams | Mapping[str, Any]'),
        ),
        response='CreateOnchainTransactionResponse',
        body='CreateOnchainTransactionRequest',
        summary='Create Onchain Transaction',
        doc=(
            'Create Onchain Transaction (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/onchain_transaction)\n'
            '\n'
            'Create an onchain transaction.\n'
            '\n'
            "Operation CreateOnchainTransaction: `ROUTES['CreateOnchainTransaction']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    raw_unsigned_txn (str): Raw unsigned transaction in Hex format (Supports EVM and Solana).\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    rpc (RpcConfig | Mapping[str, Any], optional): Not described in the spec.\n'
            '    evm_params (CreateOnchainTransactionRequestEvmParams | Mapping[str, Any], optional):\n'
            '        Not described in the spec.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '        ONCHAIN_TRANSACTION_REQUEST_INVALID: Onchain transaction request invalid: bad parameter,...\n'
            '        ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_REQUIRED: raw_unsigned_txn is required but missing.\n'
            '        ONCHAIN_TRANSACTION_RAW_UNSIGNED_TXN_INVALID: raw_unsigned_txn is not a valid hex-encoded string.\n'
            '        ONCHAIN_TRANSACTION_EVM_PARAMS_REQUIRED: evm_params is required when the destination wallet is on...\n'
            '        ONCHAIN_TRANSACTION_EVM_PARAMS_INVALID: evm_params given but the wallet is on a non-EVM network...\n'
            '        ONCHAIN_TRANSACTION_REPLACED_TRANSACTION_ID_INVALID: replaced_transaction_id is not a valid...\n'
            '        ONCHAIN_TRANSACTION_DISABLE_DYNAMIC_NONCE_INVALID: disable_dynamic_nonce must be false when...\n'
            '        ONCHAIN_TRANSACTION_CHAIN_ID_REQUIRED: chain_id inside evm_params is required for EVM networks.\n'
            '        ONCHAIN_TRANSACTION_CHAIN_ID_INVALID: chain_id is not a valid integer, or must be 1 when using...\n'
            '        ONCHAIN_TRANSACTION_NETWORK_NAME_REQUIRED: network_name is required when submitting through a...\n'
            '        ONCHAIN_TRANSACTION_RPC_URL_INVALID: Custom RPC endpoint unusable: wallet not on an EVM network,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'StakingClaimRewards',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/claim_rewards',
        resource='staking',
        name='staking_claim_rewards',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('idempotency_key', 'body', str, 'str', required=True),
            Param('inputs', 'body', 'm.WalletClaimRewardsInputs', 'WalletClaimRewardsInputs | Mapping[str, Any]'),
        ),
        response='StakingClaimRewardsResponse',
        body='StakingClaimRewardsRequest',
        idempotency_field='idempotency_key',
        summary='Claim Wallet Staking Rewards (Alpha)',
        doc=(
            'Claim Wallet Staking Rewards (Alpha) (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/claim_rewards)\n'
            '\n'
            'Request to claim staking rewards. This feature is only for ETH Pectra (0x02) validators.\n'
            '\n'
            "Operation StakingClaimRewards: `ROUTES['StakingClaimRewards']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    idempotency_key (str, optional):\n'
            '        The client generated idempotency key for requested execution. Any subsequent\n'
            '        requests with the same key will return the original response. The idempotency field:\n'
            '        filled in by the client when left out (see Idempotency).\n'
            '    inputs (WalletClaimRewardsInputs | Mapping[str, Any], optional):\n'
            '        WalletClaimRewardsInputs contains the custom inputs for claim rewards operations on\n'
            '        a wallet. Requirements and supported fields vary by asset type.\n'
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        ASSET_REQUEST_INVALID: Asset lookup has an invalid argument, e.g. unsupported currency symbol or...\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '        STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...\n'
            "        STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.\n"
            '        STAKING_PRECONDITION_FAILED: The stake/unstake/claim-rewards action is not currently allowed for...\n'
            '        STAKING_AMOUNT_REQUIRED: amount is required but missing.\n'
            '        STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...\n'
            '        STAKING_INSUFFICIENT_BALANCE: Wallet has no stakeable, unbondable or claimable balance for this...\n'
            '        STAKING_WALLET_OR_PORTFOLIO_INVALID: wallet_id nonexistent, invalid, or not in the given...\n'
            '        STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...\n'
            '        STAKING_WALLET_COLD_ADDRESS_NOT_FOUND: Wallet has no cold address on record, which this staking...\n'
            '        STAKING_NO_VALIDATORS_AVAILABLE: No Coinbase-operated validators currently available for the...\n'
            '        STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED: A custom amount is not allowed for this currency/action...\n'
            '        STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED: A custom validator_address is not allowed for this...\n'
            '        STAKING_DESTINATION_ADDRESS_INVALID: Resolved destination address for the stake/unstake/claim...\n'
            '        STAKING_ACTION_TYPE_UNSUPPORTED: action_type is not a supported staking action (initiate,...\n'
            '        STAKING_UNSTAKE_NOT_AVAILABLE: A full unstake is not currently available for this wallet.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'StakingInitiate',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/initiate',
        resource='staking',
        name='staking_initiate',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('idempotency_key', 'body', str, 'str', required=True),
            Param('inputs', 'body', 'm.WalletStakeInputs', 'WalletStakeInputs | Mapping[str, Any]'),
            Param('metadata', 'body', 'm.WalletStakingMetadata', 'WalletStakingMetadata | Mapping[str, Any]'),
        ),
        response='StakingInitiateResponse',
        body='StakingInitiateRequest',
        idempotency_field='idempotency_key',
        summary='Request to stake or delegate a wallet',
        doc=(
            'Request to stake or delegate a wallet (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/initiate)\n'
            '\n'
            'Creates an execution request to stake or delegate funds to a validator\n'
            '\n'
            "Operation StakingInitiate: `ROUTES['StakingInitiate']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    idempotency_key (str, optional):\n'
            '        The client generated idempotency key for requested execution. Subsequent requests\n'
            '        using the same key will fail. The idempotency field: filled in by the client when\n'
            '        left out (see Idempotency).\n'
            '    inputs (WalletStakeInputs | Mapping[str, Any], optional):\n'
            '        WalletStakeInputs contains the custom inputs for staking operations on a wallet.\n'
            '        Requirements and supported fields vary by asset type.\n'
            '    metadata (WalletStakingMetadata | Mapping[str, Any], optional):\n'
            '        WalletStakingMetadata contains optional metadata for wallet staking requests.\n'
            '        external_id tags the discrete TWS transaction stake/unstake create; automatic reward\n'
            '        crediting (e.g. SOL inflation) does not produce one. StakingClaimRewardsRequest\n'
            '        intentionally omits this field; add metadata to claim rewards only if a supported\n'
            "        network's claim flow creates a discrete TWS transaction clients need to tag.\n"
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '        WALLET_EXTERNAL_ID_INVALID: external_id is not valid UTF-8 or exceeds 255 bytes.\n'
            '        STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...\n'
            "        STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.\n"
            '        STAKING_PRECONDITION_FAILED: The stake/unstake/claim-rewards action is not currently allowed for...\n'
            '        STAKING_AMOUNT_REQUIRED: amount is required but missing.\n'
            '        STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...\n'
            '        STAKING_INSUFFICIENT_BALANCE: Wallet has no stakeable, unbondable or claimable balance for this...\n'
            '        STAKING_WALLET_OR_PORTFOLIO_INVALID: wallet_id nonexistent, invalid, or not in the given...\n'
            '        STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...\n'
            '        STAKING_WALLET_COLD_ADDRESS_NOT_FOUND: Wallet has no cold address on record, which this staking...\n'
            '        STAKING_NO_VALIDATORS_AVAILABLE: No Coinbase-operated validators currently available for the...\n'
            '        STAKING_END_DATE_INVALID: end_date is not a valid YYYY-MM-DD date.\n'
            '        STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED: A custom amount is not allowed for this currency/action...\n'
            '        STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED: A custom validator_address is not allowed for this...\n'
            '        STAKING_DESTINATION_ADDRESS_INVALID: Resolved destination address for the stake/unstake/claim...\n'
            '        STAKING_ACTION_TYPE_UNSUPPORTED: action_type is not a supported staking action (initiate,...\n'
            '        STAKING_UNSTAKE_NOT_AVAILABLE: A full unstake is not currently available for this wallet.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        STAKING_NOT_ENABLED: Wallet-level staking is not enabled for this portfolio.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '        PORTFOLIO_NOT_FOUND: No portfolio matches the provided portfolio_id.\n'
            '        ACTIVITY_NOT_FOUND: Activity not found: activity_id does not exist or is not part of the given...\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetStakingStatus',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/status',
        resource='staking',
        name='get_staking_status',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetStakingStatusResponse',
        summary='Get Staking Status',
        doc=(
            'Get Staking Status (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/status)\n'
            '\n'
            'Get staking status for a wallet. Returns estimated completion times for active staking\n'
            'requests.\n'
            '\n'
            "Operation GetStakingStatus: `ROUTES['GetStakingStatus']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '        STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...\n'
            "        STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.\n"
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'StakingUnstake',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake',
        resource='staking',
        name='staking_unstake',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('idempotency_key', 'body', str, 'str', required=True),
            Param('inputs', 'body', 'm.WalletUnstakeInputs', 'WalletUnstakeInputs | Mapping[str, Any]'),
            Param('metadata', 'body', 'm.WalletStakingMetadata', 'WalletStakingMetadata | Mapping[str, Any]'),
        ),
        response='StakingUnstakeResponse',
        body='StakingUnstakeRequest',
        idempotency_field='idempotency_key',
        summary='Request to unstake a wallet',
        doc=(
            'Request to unstake a wallet (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake)\n'
            '\n'
            'Creates an execution request to unstake delegated or staked funds in a wallet\n'
            '\n'
            "Operation StakingUnstake: `ROUTES['StakingUnstake']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    idempotency_key (str, optional):\n'
            '        The client generated idempotency key for requested execution. Subsequent requests\n'
            '        using the same key will fail. The idempotency field: filled in by the client when\n'
            '        left out (see Idempotency).\n'
            '    inputs (WalletUnstakeInputs | Mapping[str, Any], optional):\n'
            '        WalletUnstakeInputs contains the custom inputs for unstaking operations on a wallet.\n'
            '        Requirements and supported fields vary by asset type.\n'
            '    metadata (WalletStakingMetadata | Mapping[str, Any], optional):\n'
            '        WalletStakingMetadata contains optional metadata for wallet staking requests.\n'
            '        external_id tags the discrete TWS transaction stake/unstake create; automatic reward\n'
            '        crediting (e.g. SOL inflation) does not produce one. StakingClaimRewardsRequest\n'
            '        intentionally omits this field; add metadata to claim rewards only if a supported\n'
            "        network's claim flow creates a discrete TWS transaction clients need to tag.\n"
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '        WALLET_EXTERNAL_ID_INVALID: external_id is not valid UTF-8 or exceeds 255 bytes.\n'
            '        STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...\n'
            "        STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.\n"
            '        STAKING_PRECONDITION_FAILED: The stake/unstake/claim-rewards action is not currently allowed for...\n'
            '        STAKING_AMOUNT_REQUIRED: amount is required but missing.\n'
            '        STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...\n'
            '        STAKING_INSUFFICIENT_BALANCE: Wallet has no stakeable, unbondable or claimable balance for this...\n'
            '        STAKING_WALLET_OR_PORTFOLIO_INVALID: wallet_id nonexistent, invalid, or not in the given...\n'
            '        STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...\n'
            '        STAKING_WALLET_COLD_ADDRESS_NOT_FOUND: Wallet has no cold address on record, which this staking...\n'
            '        STAKING_DELEGATED_ADDRESS_NOT_FOUND: Wallet has no delegated-to address on record, required for...\n'
            '        STAKING_CUSTOM_AMOUNT_NOT_SUPPORTED: A custom amount is not allowed for this currency/action...\n'
            '        STAKING_VALIDATOR_ADDRESS_NOT_SUPPORTED: A custom validator_address is not allowed for this...\n'
            '        STAKING_VALIDATOR_ALLOCATIONS_UNSUPPORTED_CURRENCY: validator_allocations is only supported for...\n'
            '        STAKING_VALIDATOR_ALLOCATION_INCOMPLETE: Each validator_allocations entry needs both...\n'
            '        STAKING_VALIDATOR_NOT_ELIGIBLE: validator_address does not belong to this wallet or is not...\n'
            '        STAKING_DESTINATION_ADDRESS_INVALID: Resolved destination address for the stake/unstake/claim...\n'
            '        STAKING_ACTION_TYPE_UNSUPPORTED: action_type is not a supported staking action (initiate,...\n'
            '        STAKING_UNSTAKE_NOT_AVAILABLE: A full unstake is not currently available for this wallet.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        STAKING_NOT_ENABLED: Wallet-level staking is not enabled for this portfolio.\n'
            '        STAKING_VALIDATOR_ALLOCATIONS_NOT_ENABLED: validator_allocations is not enabled for this portfolio.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'PreviewUnstake',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake/preview',
        resource='staking',
        name='preview_unstake',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('amount', 'body', Decimal, 'Decimal | str | int', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='PreviewUnstakeResponse',
        body='PreviewUnstakeRequest',
        summary='Preview Unstake',
        doc=(
            'Preview Unstake (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake/preview)\n'
            '\n'
            'Previews an unstaking request with the given amount and returns the estimated amount that\n'
            'would be unstaked. This feature currently only supports ETH.\n'
            '\n'
            "Operation PreviewUnstake: `ROUTES['PreviewUnstake']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    amount (Decimal | str | int): Amount to preview unstaking.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            "        STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.\n"
            '        STAKING_AMOUNT_REQUIRED: amount is required but missing.\n'
            '        STAKING_AMOUNT_INVALID: amount is not a valid positive decimal, or does not equal the sum of...\n'
            '        STAKING_INSUFFICIENT_BALANCE: Wallet has no stakeable, unbondable or claimable balance for this...\n'
            '        STAKING_WALLET_OR_PORTFOLIO_INVALID: wallet_id nonexistent, invalid, or not in the given...\n'
            '        STAKING_AMOUNT_EXCEEDS_UNBONDABLE_BALANCE: Unstake amount exceeds the...\n'
            '        STAKING_WALLET_COLD_ADDRESS_NOT_FOUND: Wallet has no cold address on record, which this staking...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetUnstakingStatus',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake/status',
        resource='staking',
        name='get_unstaking_status',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetUnstakingStatusResponse',
        summary='Get Unstaking Status',
        doc=(
            'Get Unstaking Status (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/staking/unstake/status)\n'
            '\n'
            'Get unstaking estimates for a wallet. Returns estimated completion times for active\n'
            'unstaking requests.\n'
            '\n'
            "Operation GetUnstakingStatus: `ROUTES['GetUnstakingStatus']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '        STAKING_REQUEST_INVALID: Stake/unstake/claim-rewards request has an invalid parameter (amount,...\n'
            "        STAKING_CURRENCY_UNSUPPORTED: Currency or wallet's asset not supported for this staking operation.\n"
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetWalletTransactions',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/transactions',
        resource='transactions',
        name='list_wallet_transactions',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('types', 'query', list[e.TransactionType], 'Sequence[TransactionType | TransactionTypeLiteral]'),
            Param('start_time', 'query', datetime, 'datetime | str'),
            Param('end_time', 'query', datetime, 'datetime | str'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
            Param('sort_direction', 'query', e.SortDirection, 'SortDirection | SortDirectionLiteral'),
        ),
        response='GetWalletTransactionsResponse',
        pagination=Pagination(items='transactions', item='Transaction', cursor_in='query'),
        summary='List Wallet Transactions',
        doc=(
            'List Wallet Transactions (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/transactions)\n'
            '\n'
            'Retrieve transactions for a given wallet.\n'
            '\n'
            "Operation GetWalletTransactions: `ROUTES['GetWalletTransactions']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    types (Sequence[TransactionType | TransactionTypeLiteral], optional):\n'
            '        The transaction types by which to filter the response\n'
            '\n'
            '        - TRANSACTION_TYPE_UNKNOWN: An unknown transaction type\n'
            '        - DEPOSIT: A fiat or crypto deposit\n'
            '        - WITHDRAWAL: A fiat or crypto withdrawal\n'
            '        - INTERNAL_DEPOSIT: An internal fiat or crypto deposit\n'
            '        - INTERNAL_WITHDRAWAL: An internal fiat or crypto withdrawal\n'
            '        - SWEEP_DEPOSIT: Internal automated deposit to a cold address from a restored\n'
            '          address\n'
            '        - SWEEP_WITHDRAWAL: Internal automated withdrawal from a restored address to a cold\n'
            '          address\n'
            '        - PROXY_DEPOSIT: On-chain deposit of funds into proxy contract from cold address\n'
            '        - PROXY_WITHDRAWAL: On-chain withdrawal of funds from proxy contract to cold address\n'
            '        - BILLING_WITHDRAWAL: Coinbase Prime automated invoice settlement payment\n'
            '        - REWARD: Reward payment to an associated address for a staked asset\n'
            '        - COINBASE_REFUND: Coinbase Prime refund for the leftover amount for a CPFP (child\n'
            '          pays for parent) transaction\n'
            '        - TRANSACTION_TYPE_OTHER: An OTHER type of transaction\n'
            '        - WITHDRAWAL_ADJUSTMENT: A manual adjustment withdrawal transaction\n'
            '        - DEPOSIT_ADJUSTMENT: A manual adjustment deposit transaction\n'
            '        - KEY_REGISTRATION: An on-chain registration for an address\n'
            '        - DELEGATION: An on-chain delegation transaction\n'
            '        - UNDELEGATION: An on-chain undelegation transaction\n'
            '        - RESTAKE: On-chain restaking transaction\n'
            '        - COMPLETE_UNBONDING: On-chain unbonding event transaction\n'
            '        - WITHDRAW_UNBONDED: On-chain event indicating unbonding period is over\n'
            '        - STAKE_ACCOUNT_CREATE: On-chain transaction to begin staking from an address\n'
            '        - CHANGE_VALIDATOR: On-chain transaction alter validator\n'
            '        - STAKE: On-chain transaction to begin staking in Cryptocurrency network\n'
            '        - UNSTAKE: On-chain transaction to stop staking in Cryptocurrency network\n'
            '        - REMOVE_AUTHORIZED_PARTY: On-chain transaction to remove a party from a\n'
            '          multi-signature wallet\n'
            '        - STAKE_AUTHORIZE_WITH_SEED: On-chain transaction to begin staking from a seed\n'
            '          account\n'
            '        - SLASH: On-chain transaction indicating a slash event has occurred\n'
            '        - COINBASE_DEPOSIT: On-chain transaction deposit for the purpose of transaction\n'
            '          operations\n'
            '        - CONVERSION: Internal conversion between two assets\n'
            '        - CLAIM_REWARDS: On-chain transaction to claim rewards from Vote Account\n'
            '        - VOTE_AUTHORIZE: On-chain transaction to transfer the reward claiming permission to\n'
            '          other pubkey\n'
            '        - WEB3_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet\n'
            '        Deprecated: Use ONCHAIN_TRANSACTION instead\n'
            '        - ONCHAIN_TRANSACTION: On-chain transaction initiated with Prime Onchain Wallet\n'
            '        - PORTFOLIO_STAKE: Portfolio-level staking operation\n'
            '        - PORTFOLIO_UNSTAKE: Portfolio-level unstaking operation\n'
            '        - MERGE_STAKE: On-chain transaction consolidating funds from different addresses\n'
            '          belonging to the same wallet.\n'
            '    start_time (datetime | str, optional):\n'
            '        UTC timestamp from which to filter the response (inclusive, ISO-8601 format).\n'
            '    end_time (datetime | str, optional):\n'
            '        UTC timestamp until which to filter the response (exclusive, ISO-8601 format).\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve.\n'
            '    sort_direction (SortDirection | SortDirectionLiteral, optional): Page sorting direction.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        TRANSACTION_CURSOR_INVALID: cursor is not a valid pagination token; omit it or reuse one from a...\n'
            '        TRANSACTION_FILTER_INVALID: Invalid filter combination, e.g. symbols together with type...\n'
            '        TRANSACTION_PARAMS_INVALID: One or more request parameters (portfolio_id, transaction_ids,...\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateWalletTransfer',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/transfers',
        resource='transactions',
        name='create_wallet_transfer',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('amount', 'body', Decimal, 'Decimal | str | int', required=True),
            Param('destination', 'body', str, 'str', required=True),
            Param('currency_symbol', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('idempotency_key', 'body', str, 'str', required=True),
        ),
        response='CreateWalletTransferResponse',
        body='CreateWalletTransferRequest',
        idempotency_field='idempotency_key',
        summary='Create Transfer',
        doc=(
            'Create Transfer (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/transfers)\n'
            '\n'
            'Create a wallet transfer.\n'
            '\n'
            "Operation CreateWalletTransfer: `ROUTES['CreateWalletTransfer']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID that the transfer will originate from.\n'
            '    amount (Decimal | str | int): The amount in whole units to send.\n'
            '    destination (str): The UUID of the destination wallet.\n'
            '    currency_symbol (str): The currency symbol to transfer.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    idempotency_key (str, optional):\n'
            '        The idempotency key associated with this transfer. The idempotency field: filled in\n'
            '        by the client when left out (see Idempotency).\n'
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            '        WALLET_REQUEST_INVALID: Invalid argument for this wallet operation.\n'
            '        WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...\n'
            '        WALLET_AMOUNT_REQUIRED: amount is required but missing.\n'
            '        WALLET_IDEMPOTENCY_KEY_REQUIRED: idempotency_key is required but missing.\n'
            '        WALLET_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.\n'
            '        WALLET_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required but missing.\n'
            '        WALLET_TRANSFER_DESTINATION_REQUIRED: Destination wallet ID is required for an internal wallet...\n'
            '        WALLET_TRANSFER_DESTINATION_INVALID: Destination wallet ID is not a valid UUID or equals the...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            "        WALLET_PORTFOLIO_CREDIT_FROZEN: Portfolio's credit is frozen, blocking this transaction; contact...\n"
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'ListWeb3WalletBalances',
        'GET',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/web3_balances',
        resource='balances',
        name='list_web3_wallet_balances',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('visibility_statuses', 'query', list[e.VisibilityStatus], 'Sequence[VisibilityStatus | VisibilityStatusLiteral]'),
            Param('cursor', 'query', str, 'str'),
            Param('limit', 'query', int, 'int'),
        ),
        response='ListWeb3WalletBalancesResponse',
        pagination=Pagination(items='balances', item='Web3Balance', cursor_in='query'),
        summary='List Onchain Wallet Balances',
        doc=(
            'List Onchain Wallet Balances (GET /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/web3_balances)\n'
            '\n'
            'Query balances for a specific onchain wallet.\n'
            '\n'
            "Operation ListWeb3WalletBalances: `ROUTES['ListWeb3WalletBalances']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): Onchain wallet to retrieve balances for.\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio to retrieve balances for. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '    visibility_statuses (Sequence[VisibilityStatus | VisibilityStatusLiteral], optional):\n'
            '        Visibility statuses to filter balances on. Leaving this field empty will return only\n'
            '        VISIBLE balances.\n'
            '\n'
            '        - UNKNOWN_VISIBILITY_STATUS: nil\n'
            '        - VISIBLE: Visible\n'
            '        - HIDDEN: Hidden\n'
            '        - SPAM: Spam.\n'
            '    cursor (str, optional): Id to retrieve additional results strictly after.\n'
            '    limit (int, optional): Number of items to retrieve. Defaults to 100 with a max size of 500.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            "        WALLET_TYPE_NOT_SUPPORTED: The wallet's type does not support this operation.\n"
            '        WALLET_BALANCES_LIMIT_INVALID: limit is outside the allowed range.\n'
            '        WALLET_VISIBILITY_STATUSES_INVALID: visibility_statuses filter has more values than allowed.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'CreateWalletWithdrawal',
        'POST',
        '/v1/portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals',
        resource='transactions',
        name='create_wallet_withdrawal',
        params=(
            Param('wallet_id', 'path', str, 'str', required=True),
            Param('amount', 'body', Decimal, 'Decimal | str | int', required=True),
            Param('destination_type', 'body', e.DestinationType, 'DestinationType | DestinationTypeLiteral', required=True),
            Param('currency_symbol', 'body', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('idempotency_key', 'body', str, 'str', required=True),
            Param('payment_method', 'body', 'm.PaymentMethodDestination', 'PaymentMethodDestination | Mapping[str, Any]'),
            Param('blockchain_address', 'body', 'm.BlockchainAddress', 'BlockchainAddress | Mapping[str, Any]'),
            Param('counterparty', 'body', 'm.CounterpartyDestination', 'CounterpartyDestination | Mapping[str, Any]'),
            Param('travel_rule_data', 'body', 'm.TravelRuleData', 'TravelRuleData | Mapping[str, Any]'),
        ),
        response='CreateWalletWithdrawalResponse',
        body='CreateWalletWithdrawalRequest',
        idempotency_field='idempotency_key',
        summary='Create Withdrawal',
        doc=(
            'Create Withdrawal (POST /v1/portfolios/{portfolio_id}/wallets/{wallet_id}/withdrawals)\n'
            '\n'
            'Create a withdrawal.\n'
            '\n'
            "Operation CreateWalletWithdrawal: `ROUTES['CreateWalletWithdrawal']`.\n"
            '\n'
            'Args:\n'
            '    wallet_id (str): The wallet ID.\n'
            '    amount (Decimal | str | int): The amount in whole units of the withdrawal.\n'
            '    destination_type (DestinationType | DestinationTypeLiteral): - UNKNOWN_DESTINATION: nil value\n'
            '        - DESTINATION_PAYMENT_METHOD: A fiat bank account linked to a payment method id via\n'
            '          Payment Method Service\n'
            '        - DESTINATION_BLOCKCHAIN: A blockchain network address\n'
            '        - DESTINATION_WALLET: An on platform wallet UUID\n'
            '        NOTE: this is not usable in the withdrawals endpoint only transfers\n'
            '        - DESTINATION_COUNTERPARTY: Counterparty ID.\n'
            '    currency_symbol (str): The currency symbol for the withdrawal.\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    idempotency_key (str, optional):\n'
            '        The idempotency key associated with the withdrawal. The idempotency field: filled in\n'
            '        by the client when left out (see Idempotency).\n'
            '    payment_method (PaymentMethodDestination | Mapping[str, Any], optional):\n'
            '        Not described in the spec.\n'
            '    blockchain_address (BlockchainAddress | Mapping[str, Any], optional): Not described in the spec.\n'
            '    counterparty (CounterpartyDestination | Mapping[str, Any], optional):\n'
            '        Represents a destination for a counterparty payment.\n'
            '    travel_rule_data (TravelRuleData | Mapping[str, Any], optional):\n'
            '        Data object used for withdrawals.\n'
            '\n'
            'Idempotency:\n'
            '    `idempotency_key` makes the call safe to retry: Prime acts on a value once. Leave it out\n'
            '    and the client fills in a uuid4, once per call, and sends that same value on every retry\n'
            '    of the call (so a retried call never acts twice). The value used comes back as\n'
            '    `result.idempotency_key`, and as `exc.idempotency_key` on an error. Pass your own to\n'
            '    look the call up, or resend it safely, after a crash.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        WALLET_ID_REQUIRED: wallet_id is required but missing.\n'
            '        WALLET_ID_INVALID: wallet_id is not a valid UUID.\n'
            '        WALLET_REQUEST_INVALID: Invalid argument for this wallet operation.\n'
            '        WALLET_FAILED_PRECONDITION: Wallet request failed a precondition, e.g. wallet cannot accept the...\n'
            '        WALLET_NETWORK_INVALID: Network identifier malformed; must be {network_id}-{network_type} (e.g....\n'
            '        WALLET_AMOUNT_REQUIRED: amount is required but missing.\n'
            '        WALLET_IDEMPOTENCY_KEY_REQUIRED: idempotency_key is required but missing.\n'
            '        WALLET_IDEMPOTENCY_KEY_INVALID: idempotency_key is not a valid UUID.\n'
            '        WALLET_CURRENCY_SYMBOL_REQUIRED: currency_symbol is required but missing.\n'
            '        WALLET_DESTINATION_TYPE_REQUIRED: destination_type is required but missing.\n'
            '        WALLET_DESTINATION_TYPE_INVALID: destination_type is not a supported value for this operation.\n'
            '        WALLET_COUNTERPARTY_ID_REQUIRED: counterparty_id is required when destination_type is a...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            "        WALLET_PORTFOLIO_CREDIT_FROZEN: Portfolio's credit is frozen, blocking this transaction; contact...\n"
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ASSET_NOT_FOUND: Asset not found, e.g. the currency symbol or asset identifier does not map to a...\n'
            '        WALLET_NOT_FOUND: No wallet matches wallet_id, or it is not in the given portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetWithdrawalPower',
        'GET',
        '/v1/portfolios/{portfolio_id}/withdrawal_power',
        resource='financing',
        name='get_withdrawal_power',
        params=(
            Param('symbol', 'query', str, 'str', required=True),
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetWithdrawalPowerResponse',
        summary='Get Portfolio Withdrawal Power',
        doc=(
            'Get Portfolio Withdrawal Power (GET /v1/portfolios/{portfolio_id}/withdrawal_power)\n'
            '\n'
            'Returns the nominal quantity of a given asset that can be withdrawn based on holdings and\n'
            'current portfolio equity.\n'
            '\n'
            "Operation GetWithdrawalPower: `ROUTES['GetWithdrawalPower']`.\n"
            '\n'
            'Args:\n'
            '    symbol (str): The currency symbol.\n'
            '    portfolio_id (str, optional):\n'
            "        The unique ID of the portfolio. Left out: the client's own `portfolio_id`\n"
            "        (PrimeClient's `portfolio_id=` or PRIME_PORTFOLIO_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        FINANCING_WITHDRAWAL_POWER_INVALID_ARGUMENT: Withdrawal power request has invalid parameters,...\n'
            '        FINANCING_WITHDRAWAL_POWER_SYMBOL_REQUIRED: symbol is required but missing.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetCrossMarginPrimeOverview',
        'GET',
        '/v2/entities/{entity_id}/cross_margin/prime',
        resource='financing',
        name='get_cross_margin_prime_overview',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetCrossMarginPrimeOverviewResponse',
        summary='Get Prime Cross Margin Overview',
        doc=(
            'Get Prime Cross Margin Overview (GET /v2/entities/{entity_id}/cross_margin/prime)\n'
            '\n'
            'Returns real time risk data from the cross margin model.\n'
            '\n'
            "Operation GetCrossMarginPrimeOverview: `ROUTES['GetCrossMarginPrimeOverview']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        Prime entity ID for the XM (cross-margin) customer. Left out: the client's own\n"
            "        `entity_id` (PrimeClient's `entity_id=` or PRIME_ENTITY_ID).\n"
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        CROSS_MARGIN_INVALID_ARGUMENT: Cross margin / funding settings request has an invalid argument,...\n'
            '        CROSS_MARGIN_FAILED_PRECONDITION: Cross margin / funding settings request failed a precondition,...\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        CROSS_MARGIN_NOT_ENABLED: Cross margin is not enabled for the entity.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_NOT_FOUND: No entity matches the provided entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetDerivativePositions',
        'GET',
        '/v1/portfolios/{portfolio_id}/derivatives/positions',
        resource='futures',
        name='get_derivative_positions',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
            Param('product_id', 'query', str, 'str'),
        ),
        response='GetDerivativePositionsResponse',
        summary='List Portfolio Derivative Positions',
        doc=(
            'List Portfolio Derivative Positions (GET /v1/portfolios/{portfolio_id}/derivatives/positions)\n'
            '\n'
            'Retrieve the active derivative positions (futures, perpetuals, options) of a portfolio.\n'
            '\n'
            "Operation GetDerivativePositions: `ROUTES['GetDerivativePositions']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '    product_id (str, optional): Product ID. Optional.\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        ENTITY_POSITION_NOT_FOUND: No position data for the entity or portfolio.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetDerivativesCurrencySummary',
        'GET',
        '/v1/portfolios/{portfolio_id}/derivatives/currency_summary',
        resource='futures',
        name='get_derivatives_currency_summary',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetDerivativesCurrencySummaryResponse',
        summary='Get Portfolio Derivatives Currency Summary',
        doc=(
            'Get Portfolio Derivatives Currency Summary (GET /v1/portfolios/{portfolio_id}/derivatives/currency_summary)\n'
            '\n'
            "Retrieve a portfolio's international derivatives balances, one entry per settlement\n"
            'currency.\n'
            '\n'
            "Operation GetDerivativesCurrencySummary: `ROUTES['GetDerivativesCurrencySummary']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        Portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '        FCM_BALANCE_NOT_FOUND: No futures balance data for the entity_id.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetEntityRewardsRate',
        'GET',
        '/v1/entities/{entity_id}/rewards/rate',
        resource='financing',
        name='get_entity_rewards_rate',
        params=(
            Param('entity_id', 'path', str, 'str', required=True),
        ),
        response='GetEntityRewardsRateResponse',
        summary='Get Entity Rewards Rate',
        doc=(
            'Get Entity Rewards Rate (GET /v1/entities/{entity_id}/rewards/rate)\n'
            '\n'
            '(Beta) The current rewards rate of an entity and the rate tiers available to it.\n'
            '\n'
            "Operation GetEntityRewardsRate: `ROUTES['GetEntityRewardsRate']`.\n"
            '\n'
            'Args:\n'
            '    entity_id (str, optional):\n'
            "        The entity ID. Left out: the client's own `entity_id` (PrimeClient's `entity_id=` or\n"
            '        PRIME_ENTITY_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        ENTITY_ID_REQUIRED: entity_id is required but missing.\n'
            '        ENTITY_ID_INVALID: entity_id is not a valid UUID.\n'
            '        REWARDS_REQUEST_INVALID: Rewards rate request is invalid.\n'
            '        REWARDS_ENTITY_NOT_ENROLLED: Entity is not enrolled in Prime Rewards.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        REWARDS_API_FEATURE_DISABLED: Rewards Rate API not enabled for this entity or portfolio.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    Route(
        'GetPortfolioRewardsRate',
        'GET',
        '/v1/portfolios/{portfolio_id}/rewards/rate',
        resource='financing',
        name='get_portfolio_rewards_rate',
        params=(
            Param('portfolio_id', 'path', str, 'str', required=True),
        ),
        response='GetPortfolioRewardsRateResponse',
        summary='Get Portfolio Rewards Rate',
        doc=(
            'Get Portfolio Rewards Rate (GET /v1/portfolios/{portfolio_id}/rewards/rate)\n'
            '\n'
            '(Beta) The current rewards rate of a portfolio and the rate tiers available to it.\n'
            '\n'
            "Operation GetPortfolioRewardsRate: `ROUTES['GetPortfolioRewardsRate']`.\n"
            '\n'
            'Args:\n'
            '    portfolio_id (str, optional):\n'
            "        The portfolio ID. Left out: the client's own `portfolio_id` (PrimeClient's\n"
            '        `portfolio_id=` or PRIME_PORTFOLIO_ID).\n'
            '\n'
            'Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):\n'
            '    400 BadRequestError:\n'
            '        PORTFOLIO_ID_REQUIRED: portfolio_id is required but missing.\n'
            '        PORTFOLIO_ID_INVALID: portfolio_id is not a valid UUID.\n'
            '        REWARDS_REQUEST_INVALID: Rewards rate request is invalid.\n'
            '        REWARDS_ENTITY_NOT_ENROLLED: Entity is not enrolled in Prime Rewards.\n'
            '    403 PermissionDeniedError:\n'
            '        AUTH_RESOURCE_ACCESS_DENIED: The current API key may not access this resource.\n'
            '        MTLS_CERTIFICATE_REQUIRED: No valid client (mTLS) certificate was presented.\n'
            '        MTLS_CERTIFICATE_REVOKED: The presented client certificate has been revoked.\n'
            '        MTLS_CERTIFICATE_INVALID: The presented client certificate is not a valid identity for this...\n'
            '        REWARDS_API_FEATURE_DISABLED: Rewards Rate API not enabled for this entity or portfolio.\n'
            '    404 NotFoundError:\n'
            '        AUTH_RESOURCE_NOT_FOUND: No resource matches the request, or the caller has no access to it.\n'
            '    Any signed request:\n'
            '        401: AUTH_UNAUTHENTICATED, FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED\n'
            '        429: SERVER_RATE_LIMIT_EXCEEDED\n'
            '        500: AUTH_AUTHORIZATION_FAILED\n'
            '        503: SERVER_MAINTENANCE_MODE_ACTIVE, ORDER_SERVICE_UNAVAILABLE, WALLET_SERVICE_UNAVAILABLE,\n'
            '            ASSET_SERVICE_UNAVAILABLE, FINANCING_SERVICE_UNAVAILABLE,\n'
            '            TRANSACTION_SERVICE_UNAVAILABLE, STAKING_SERVICE_UNAVAILABLE,\n'
            '            ADVANCED_TRANSFER_SERVICE_UNAVAILABLE'
        ),
    ),
    aliases=(
        Alias('SetFundingSettings', 'set_funding_settings', 'UpdateFundingSettings'),
    ),
    returns=RETURNS,
)
