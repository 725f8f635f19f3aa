"""Operations Prime renamed keep their old names, with a DeprecationWarning naming the new one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from prime_async import ROUTES
from prime_async.models import UpdateFundingSettingsResponse
from prime_async.sync import SyncPrimeClient
from prime_async.testing import PrimeSimulator

from .conftest import RecordingServer

FUNDING = {
    "entity_id": "e-1",
    "designated_funding_portfolio_id": "p-1",
    "automatic_conversion_enabled": True,
    "automatic_excess_return_enabled": False,
    "excess_funds_target_amount": "100",
}


def test_the_table_lists_the_new_name_only() -> None:
    assert "UpdateFundingSettings" in list(ROUTES) and "SetFundingSettings" not in list(ROUTES)
    assert len(ROUTES) == 111
    assert "SetFundingSettings" in ROUTES  # still found, see below
    assert "NoSuchOperation" not in ROUTES
    route = ROUTES["UpdateFundingSettings"]
    assert (route.resource, route.name) == ("financing", "update_funding_settings")


@pytest.mark.parametrize("lookup", ["item", "find", "find_method", "find_qualified"])
def test_old_names_in_the_table_warn_and_find_the_new_route(lookup: str) -> None:
    with pytest.warns(DeprecationWarning, match="UpdateFundingSettings") as caught:
        route = {
            "item": lambda: ROUTES["SetFundingSettings"],
            "find": lambda: ROUTES.find("SetFundingSettings"),
            "find_method": lambda: ROUTES.find("set_funding_settings"),
            "find_qualified": lambda: ROUTES.find("financing.set_funding_settings"),
        }[lookup]()
    assert route is ROUTES["UpdateFundingSettings"]
    assert caught[0].filename == __file__  # points at the caller's line, not the library's
    with pytest.raises(KeyError):
        ROUTES["set_funding_settings"]  # a method name is not an operationId


@pytest.mark.anyio
async def test_the_old_method_warns_and_calls_the_new_operation(client: Any, server: RecordingServer) -> None:
    server.respond_json({})
    with pytest.warns(DeprecationWarning, match=r"set_funding_settings\(\) is deprecated: use update_funding_settings"):
        result = await client.financing.set_funding_settings(**FUNDING)
    assert isinstance(result, UpdateFundingSettingsResponse)
    assert (server.last.method, server.last.path) == ("POST", "/v1/entities/e-1/funding_settings")
    assert json.loads(server.last.body)["designated_funding_portfolio_id"] == "p-1"
    # the new name does not warn
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await client.financing.update_funding_settings(**FUNDING)


def test_the_old_method_keeps_the_signature_and_says_it_is_deprecated() -> None:
    from prime_async import PrimeClient

    client = PrimeClient(access_key="a", passphrase="p", signing_key="s")
    old, new = client.financing.set_funding_settings, client.financing.update_funding_settings
    import inspect

    assert inspect.signature(old) == inspect.signature(new)
    assert inspect.iscoroutinefunction(old)
    assert (old.__doc__ or "").startswith("Deprecated: use update_funding_settings()")


@pytest.fixture(scope="module")
def simulated() -> Iterator[tuple[PrimeSimulator, SyncPrimeClient]]:
    sim = PrimeSimulator(portfolios=1, seed=4)
    with sim.serve_in_thread() as server, SyncPrimeClient(credentials=sim.credentials, base_url=server.url) as c:
        yield sim, c


def test_the_blocking_twin_warns_once_and_calls_the_new_operation(
    simulated: tuple[PrimeSimulator, SyncPrimeClient],
) -> None:
    sim, sync_client = simulated
    with pytest.warns(DeprecationWarning) as caught:
        ours = {"entity_id": sim.entity_id, "designated_funding_portfolio_id": sim.portfolio_ids[0]}
        result = sync_client.financing.set_funding_settings(**{**FUNDING, **ours})
    assert isinstance(result, UpdateFundingSettingsResponse)
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1 and deprecations[0].filename == __file__
