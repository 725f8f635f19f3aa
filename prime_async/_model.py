"""What every generated model shares: it remembers which fields the caller gave.

A model built by the caller (`TravelRuleData(is_self=False)`) is sent as given: each field the
caller passed goes on the wire, False, 0 and "" included, and only the fields left out are left
out. proto3 reads an absent field as its zero value, but an `optional` field has presence, and
what support sees in a logged body must be what was sent; so the zero value a field defaults to
cannot stand for "unset". `records_given` wraps the attrs `__init__` to keep the names passed in
a slot the attrs fields do not list (equality, hashing, repr, `attrs.fields` and `attrs.asdict`
never see it).

A model the converter built from a response has no record (its `__init__` never ran): sent back,
it is encoded as Prime would send it, every field at its zero value left out. A copy or a pickle
keeps the record; `attrs.evolve` calls `__init__` with every field, so an evolved copy records all
of them as given.
"""

from __future__ import annotations

import functools
from enum import Enum
from typing import Any, TypeVar, cast

__all__ = ["Model", "enum_member", "given_fields", "records_given"]

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


class Model:
    """Base of the generated models: one slot, the names of the fields the caller gave."""

    __slots__ = ("_given",)


_set_given = Model._given.__set__  # type: ignore[attr-defined]  # the slot's own setter: the models are frozen
_get_given = Model._given.__get__  # type: ignore[attr-defined]


def records_given(cls: type[T]) -> type[T]:
    """Wrap `cls.__init__` (keyword-only, from attrs) to record the names of the fields given."""
    init = cls.__init__

    @functools.wraps(init)  # inspect.signature and help() show attrs' own signature
    def __init__(self: Any, **given: Any) -> None:
        init(self, **given)
        _set_given(self, frozenset(given))

    cls.__init__ = __init__  # type: ignore[method-assign]
    # attrs' own __getstate__/__setstate__ (copy, pickle) carry the fields only: the record goes too
    getstate: Any = cls.__getstate__
    setstate: Any = cls.__setstate__  # type: ignore[attr-defined]

    def __getstate__(self: Any) -> dict[str, Any]:
        state: dict[str, Any] = getstate(self)
        given = given_fields(self)
        return state if given is None else {**state, _GIVEN: given}

    def __setstate__(self: Any, state: dict[str, Any]) -> None:
        setstate(self, state)
        if _GIVEN in state:
            _set_given(self, frozenset(state[_GIVEN]))

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__  # type: ignore[attr-defined,method-assign]
    return cls


_GIVEN = "(given)"  # the record's key in a pickled state: no field can be named so


def given_fields(model: object) -> frozenset[str] | None:
    """The fields the caller gave when building `model`; None for a model built from a response."""
    try:
        return cast("frozenset[str]", _get_given(model, type(model)))
    except AttributeError:  # a slot never set: structured from JSON, __init__ never ran
        return None


def enum_member(cls: type[E], value: E | str) -> E:
    """The member of `cls` that `value` names; a value `cls` does not know stays as given (the
    encoder refuses it with a suggestion, as it does for an argument)."""
    return cast(E, cls._value2member_map_.get(value, value))
