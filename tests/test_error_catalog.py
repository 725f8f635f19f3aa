"""Prime's error catalog, generated: every code and subcode typed, each operation's errors keyed
by our operationIds (issue 20 item 1)."""

from __future__ import annotations

import pickle

import pytest

from prime_async import ROUTES, ErrorCode, ErrorSubcode
from prime_async._generated.errors import (
    CODES,
    GENERIC_STATUSES,
    OPERATION_ERRORS,
    RETRYABLE_CODES,
    SUBCODES,
    UNMATCHED_OPERATIONS,
    SubcodeInfo,
)


def test_the_catalog_is_complete() -> None:
    assert len(CODES) == len(ErrorCode) == 10
    assert len(SUBCODES) == len(ErrorSubcode) == 287
    assert set(SUBCODES) == {member.value for member in ErrorSubcode}
    assert {ErrorCode.RATE_LIMIT_EXCEEDED, ErrorCode.SERVICE_UNAVAILABLE} == RETRYABLE_CODES


def test_each_subcode_says_its_code_status_meaning_and_domain() -> None:
    info = ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID.info
    assert info == SubcodeInfo(ErrorCode.VALIDATION_ERROR, 400, info.meaning if info else "", "order")
    assert info is not None and "client_order_id" in info.meaning
    # the quirks the catalog records: status alone would mislead
    assert SUBCODES["FINANCING_PORTFOLIO_MARGIN_NOT_ENABLED"][:2] == (ErrorCode.AUTHENTICATION_FAILED, 401)
    assert SUBCODES["ORDER_RESOURCE_NOT_FOUND"][:2] == (ErrorCode.VALIDATION_ERROR, 400)
    assert ErrorCode.SERVICE_UNAVAILABLE.info is not None and ErrorCode.SERVICE_UNAVAILABLE.info.retryable


def test_unknown_values_are_kept_as_strings() -> None:
    new = ErrorSubcode("ORDER_SOMETHING_PRIME_ADDED_LATER")
    assert new == "ORDER_SOMETHING_PRIME_ADDED_LATER" and not new.is_known and new.info is None
    assert ErrorSubcode("ORDER_FULLY_FILLED") is ErrorSubcode.ORDER_FULLY_FILLED
    assert ErrorCode("NEW_CODE").info is None
    assert pickle.loads(pickle.dumps(ErrorSubcode.ORDER_FULLY_FILLED)) is ErrorSubcode.ORDER_FULLY_FILLED


def test_operations_are_keyed_by_our_operation_ids() -> None:
    assert set(OPERATION_ERRORS) <= set(ROUTES)
    # 115 TS methods: 3 share another's errors; SetFundingSettings and UpdateFundingSettings are one operation
    assert len(OPERATION_ERRORS) == 115 - len(UNMATCHED_OPERATIONS) - 1
    assert ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID in OPERATION_ERRORS["CreateOrder"][400]
    assert ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID in OPERATION_ERRORS["AcceptQuote"][400]
    assert ErrorSubcode.ORDER_DUPLICATE_CLIENT_ORDER_ID in OPERATION_ERRORS["EditOrder"][400]
    assert ErrorSubcode.ORDER_LIMIT_EXCEEDED in OPERATION_ERRORS["GetOpenOrders"][400]  # TS: ListOpenOrders
    assert 501 in OPERATION_ERRORS["RotateAPIKey"] and 501 not in GENERIC_STATUSES
    # the union of the two TS methods that hit POST /entities/{entity_id}/funding_settings
    assert ErrorSubcode.FUNDING_SETTINGS_EXCESS_TARGET_AMOUNT_INVALID in OPERATION_ERRORS["UpdateFundingSettings"][400]


@pytest.mark.parametrize("status", [401, 429, 500, 503])
def test_generic_statuses_and_every_declared_subcode_has_that_status(status: int) -> None:
    assert GENERIC_STATUSES[status]
    for subcode in GENERIC_STATUSES[status]:
        assert SUBCODES[subcode].status == status
    for by_status in OPERATION_ERRORS.values():
        for declared, subcodes in by_status.items():
            assert all(SUBCODES[s].status == declared for s in subcodes)


def test_every_operation_documents_the_errors_prime_declares_for_it() -> None:
    # item 3: the runtime docstring (help()) and both stubs list each subcode with its meaning
    from pathlib import Path

    from prime_async import PrimeClient
    from prime_async._generated import errors

    client = PrimeClient(access_key="a", passphrase="p", signing_key="s")
    stubs = [(Path(errors.__file__).parent / name).read_text() for name in ("resources.pyi", "sync_resources.pyi")]
    for route in ROUTES.values():
        doc = getattr(getattr(client, route.resource), route.name).__doc__ or ""
        assert "Errors Prime declares" in doc, route.operation_id
        for subcodes in OPERATION_ERRORS.get(route.operation_id, {}).values():
            for subcode in subcodes:
                line = next(line for line in doc.splitlines() if line.strip().startswith(f"{subcode}:"))
                shown, full = line.strip().removesuffix("..."), f"{subcode}: {SUBCODES[subcode].meaning}"
                assert full.startswith(shown) and len(shown) > len(subcode) + 10, (route.operation_id, subcode)
        for subcode in (s for subcodes in GENERIC_STATUSES.values() for s in subcodes):
            assert subcode in doc, (route.operation_id, subcode)
    for stub in stubs:
        assert stub.count("Errors Prime declares") >= len(ROUTES)
        assert "ORDER_DUPLICATE_CLIENT_ORDER_ID: An order with this client_order_id already exists" in stub
