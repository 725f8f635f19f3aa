"""What the caller gave is what is sent: an explicit False, 0, "" (or [], {}) in a nested model or
mapping goes on the wire; only what the caller left out is left out. For every operation that
takes a nested model, checked in the body a loopback server received."""

from __future__ import annotations

import json
from decimal import Decimal
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

import attrs
import pytest

from prime_async import ROUTES, Param, Route
from tests.conftest import RecordingServer
from tests.route_support import call, minimal_answer

pytestmark = pytest.mark.anyio


def unwrap(tp: Any) -> Any:
    if get_origin(tp) in (Union, UnionType):
        (tp,) = [a for a in get_args(tp) if a is not NoneType]
    return tp


def nested_model(p: Param) -> tuple[type, bool] | None:
    """The model a parameter carries (and whether as a list), or None."""
    tp = unwrap(p.type)
    listed = get_origin(tp) is list
    item = unwrap(get_args(tp)[0]) if listed else tp
    return (item, listed) if attrs.has(item) else None


NESTED = [
    (route.operation_id, p.name)
    for route in ROUTES.values()
    for p in route.params
    if p.location != "path" and nested_model(p) is not None
]

# A field's zero value as given (Python) and as it must arrive (JSON); enums and times have none
ZEROS: dict[Any, tuple[Any, Any]] = {
    bool: (False, False), int: (0, 0), float: (0.0, 0.0), str: ("", ""), Decimal: (Decimal(0), "0"),
}  # fmt: skip


def zeros_of(model: type) -> tuple[dict[str, Any], dict[str, Any]]:
    """Every field of `model` that has a zero value, at it: (keyword arguments, expected JSON)."""
    given: dict[str, Any] = {}
    wire: dict[str, Any] = {}
    for f in attrs.fields(attrs.resolve_types(model)):
        tp, key = unwrap(f.type), f.metadata.get("wire", f.name)
        if f.metadata.get("int64"):
            given[f.name], wire[key] = 0, "0"
        elif tp in ZEROS:
            given[f.name], wire[key] = ZEROS[tp]
        elif get_origin(tp) is list:
            given[f.name], wire[key] = [], []
        elif get_origin(tp) is dict or attrs.has(tp):  # a map, or a nested object, given empty
            given[f.name], wire[key] = {}, {}
    return given, wire


def test_the_operations_with_nested_models_are_all_covered() -> None:
    assert len(NESTED) >= 10  # CreateAllocation's legs, CreateWalletWithdrawal's travel_rule_data, ...
    assert ("CreateWalletWithdrawal", "travel_rule_data") in NESTED
    assert ("CreateOnchainTransaction", "evm_params") in NESTED


async def send(client: Any, server: RecordingServer, route: Route, name: str, value: Any, listed: bool) -> Any:
    server.respond_json(minimal_answer(route.response_model))
    await call(client, route, **{name: [value] if listed else value})
    sent = json.loads(server.last.body)
    wire = route.params_by_name[name].wire
    assert wire in sent, sent
    return sent[wire][0] if listed else sent[wire]


@pytest.mark.parametrize(("operation", "name"), NESTED)
async def test_explicit_zero_values_are_sent_and_unset_fields_are_not(
    client: Any, server: RecordingServer, operation: str, name: str
) -> None:
    route = ROUTES[operation]
    found = nested_model(route.params_by_name[name])
    assert found is not None
    model, listed = found
    given, wire = zeros_of(model)
    assert given, f"{model.__name__} has no field with a zero value"
    # a mapping: every key given is sent, False, 0 and "" included
    assert await send(client, server, route, name, dict(given), listed) == wire
    # a model built by the caller: the same
    assert await send(client, server, route, name, model(**given), listed) == wire
    # nothing given: nothing sent, whatever the fields' defaults
    assert await send(client, server, route, name, model(), listed) == {}
    assert await send(client, server, route, name, {}, listed) == {}
    # one field given: that one alone
    first = next(iter(given))
    key = attrs.fields_dict(model)[first].metadata.get("wire", first)
    assert await send(client, server, route, name, model(**{first: given[first]}), listed) == {key: wire[key]}
    # None leaves a field out, given or not
    assert await send(client, server, route, name, {first: None}, listed) == {}


def test_the_record_of_what_was_given_survives_copy_and_pickle() -> None:
    import copy
    import pickle

    from prime_async._convert import converter
    from prime_async._encode import encode_value
    from prime_async.models import TravelRuleData

    data = TravelRuleData(is_self=False)
    for twin in (copy.copy(data), copy.deepcopy(data), pickle.loads(pickle.dumps(data))):
        assert twin == data and encode_value(TravelRuleData, twin) == {"is_self": False}
    parsed = converter().structure({"is_self": True, "is_intermediary": False}, TravelRuleData)
    assert encode_value(TravelRuleData, pickle.loads(pickle.dumps(parsed))) == {"is_self": True}
    # the record is no field: equality, repr and attrs.fields never see it
    assert TravelRuleData(is_self=False) == TravelRuleData() and "given" not in repr(data)
    assert "_given" not in attrs.fields_dict(TravelRuleData)


async def test_a_nested_enum_typo_is_still_refused_at_run_time(client: Any, server: RecordingServer) -> None:
    from prime_async import InvalidRequestError
    from prime_async.models import TravelRuleData, TravelRuleParty, TravelRuleWalletType

    party: Any = TravelRuleParty(wallet_type="TRAVEL_RULE_WALLET_TYPE_VASPP")  # what mypy would refuse
    with pytest.raises(InvalidRequestError, match="did you mean 'TRAVEL_RULE_WALLET_TYPE_VASP'"):
        await call(client, ROUTES["CreateWalletWithdrawal"], travel_rule_data=TravelRuleData(beneficiary=party))
    assert server.requests == []
    # a value the spec lists, given as a string, reads back as the member; a newer one goes through the open enum
    assert (
        TravelRuleParty(wallet_type="TRAVEL_RULE_WALLET_TYPE_VASP").wallet_type
        is TravelRuleWalletType.TRAVEL_RULE_WALLET_TYPE_VASP
    )
    newer = TravelRuleParty(wallet_type=TravelRuleWalletType("TRAVEL_RULE_WALLET_TYPE_NEW"))
    server.respond_json(minimal_answer(ROUTES["CreateWalletWithdrawal"].response_model))
    await call(client, ROUTES["CreateWalletWithdrawal"], travel_rule_data={"originator": newer})
    assert json.loads(server.last.body)["travel_rule_data"] == {
        "originator": {"wallet_type": "TRAVEL_RULE_WALLET_TYPE_NEW"}
    }
