"""The one cattrs converter that turns response JSON into the generated attrs models.

Built once, on first use. What it guarantees:
- decimal strings become `Decimal`, RFC 3339 strings become aware `datetime` (UTC if the server
  left the offset out); an empty string in either becomes None, as Prime sends "" for unset;
- enum fields accept values the spec does not list (see `OpenEnum`);
- unknown JSON keys are ignored; a missing key (or null) leaves the field's default: proto3's zero
  value ("", [], 0, False, {}, an enum's UNSPECIFIED member) or None for nested objects, amounts
  and times (see the generated models);
- keys that are not identifiers (`@type`) map to their Python field through field metadata;
- a value of the wrong shape (an object where a string belongs, a string where a list belongs)
  raises instead of being coerced.

Structuring is the client's biggest CPU cost after HTTP itself, so the hook cattrs uses for each
model is generated here, specialised to the model's fields: a field is a dict lookup and a type
check inline, with a function call only where a conversion happens (Decimal, datetime, enums,
nested models). That is ~3x faster than cattrs' own generated hooks for these models.
"""

from __future__ import annotations

import decimal
import linecache
import math
import reprlib
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from types import NoneType, UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

import attrs

if TYPE_CHECKING:  # imported with the first response: ~12 ms `import prime_async` need not pay
    import cattrs

from ._enum import OpenEnum
from ._model import Model

__all__ = ["MissingAnswer", "converter", "describe_error", "structure_datetime", "structure_decimal"]


class MissingAnswer(ValueError):
    """A response without the one message it wraps (a field generated with `answer` metadata, such
    as GetOrderResponse.order): the pipeline turns it into MissingResponseFieldError."""

    def __init__(self, model: str, field: str, wire: str) -> None:
        super().__init__(f"{model}.{field} is missing")
        self.model, self.field, self.wire = model, field, wire


class Refused(ValueError):
    """A value of the right JSON type that is not a possible one: `reason` says why, after the
    value (`'NaN' is not a finite amount`)."""

    def __init__(self, value: Any, reason: str) -> None:
        super().__init__(f"{_short(_repr.repr(value))} {reason}")
        self.reason = reason


def structure_decimal(value: Any, _: Any = None) -> Decimal | None:
    """An amount: a decimal string (or JSON number), finite and within the bounds of `_EXACT`;
    "" is unset (None). The generated hooks convert the common case inline and come here for
    everything else."""
    if type(value) is str:
        if not value:
            return None
        amount = Decimal(value)  # InvalidOperation for what is not a decimal at all
    elif isinstance(value, int | float) and not isinstance(value, bool):
        amount = Decimal(str(value))
    else:
        raise TypeError(f"expected a decimal string, got {type(value).__name__}")
    if not amount.is_finite():
        raise Refused(value, "is not a finite amount")
    try:
        return _EXACT.create_decimal(amount)
    except decimal.DecimalException:
        raise Refused(value, f"is out of range for an amount ({AMOUNT_BOUNDS})") from None


def structure_datetime(value: Any, _: Any = None) -> datetime | None:
    if type(value) is str:
        if not value:
            return None
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    raise TypeError(f"expected an RFC 3339 string, got {type(value).__name__}")


def _structure_bool(value: Any, _: Any = None) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return bool(value == "true")
    raise TypeError(f"expected a boolean, got {value!r:.40}")


def _structure_str(value: Any, _: Any = None) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):  # an id sent as a number
        return str(value)
    raise TypeError(f"expected a string, got {type(value).__name__}")


def _structure_int(value: Any, _: Any = None) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):  # int64 travels as a string: ASCII digits, checked before int() (quadratic)
        if len(value) > 21 or not value.isascii() or not value.lstrip("+-").isdigit():
            raise Refused(value, "is not a 64-bit integer")
        number = int(value)
        if not _INT_MIN <= number <= _INT_MAX:
            raise Refused(value, "is out of range for a 64-bit integer")
        return number
    raise TypeError(f"expected an integer, got {type(value).__name__}")


_INT_MIN, _INT_MAX = -(2**63), 2**64 - 1  # int64 and uint64


def _structure_float(value: Any, _: Any = None) -> float:
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        number = float(value)
        if not math.isfinite(number):  # a string ("NaN", "1e999"); orjson refuses such JSON numbers
            raise Refused(value, "is not a finite number")
        return number
    raise TypeError(f"expected a number, got {type(value).__name__}")


def _structure_dict(value: Any, _: Any = None) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    raise TypeError(f"expected an object, got {type(value).__name__}")


def _enum_hook(cls: type[Enum]) -> Callable[[Any], Any]:
    known = cls._value2member_map_

    def structure_enum(value: Any) -> Any:
        if type(value) is not str:
            raise TypeError(f"expected a string for {cls.__name__}, got {type(value).__name__}")
        return known.get(value) or cls(value)  # unknown values: OpenEnum makes a pseudo-member

    return structure_enum


# The amounts a response may hold: finite, at most this many significant digits, and an exponent
# that keeps them within 1E-100..1E+100 (zero included: no "0E-1000"). Far past any amount Prime
# sends (the client refuses to send 1E+30), and small enough that nothing the caller does with one
# (int(), format(amount, "f"), quantize) can cost much: "1E+999999999" would.
MAX_AMOUNT_DIGITS = 100
MAX_AMOUNT_EXPONENT = 100
AMOUNT_BOUNDS = (
    f"at most {MAX_AMOUNT_DIGITS} significant digits, between 1E-{MAX_AMOUNT_EXPONENT} and 1E+{MAX_AMOUNT_EXPONENT}"
)

# Decimal strings converted under a context that raises on any signal, and so neither rounds nor
# clamps: a value it converts is exactly Decimal(value), ~10% cheaper (no thread-local context
# lookup), and within the bounds above (a longer one is Rounded, a larger one an Overflow, a
# smaller one Subnormal or Clamped). What it refuses (spaces or underscores, which the constructor
# allows; values past the bounds; "") goes to structure_decimal, which says why; NaN and Infinity,
# which it converts without a signal, are refused inline by `is_finite()` (~10 ns an amount).
_EXACT = decimal.Context(
    prec=MAX_AMOUNT_DIGITS,
    Emax=MAX_AMOUNT_EXPONENT,
    Emin=-MAX_AMOUNT_EXPONENT,
    traps=[decimal.InvalidOperation, decimal.Overflow, decimal.Underflow, decimal.Subnormal, decimal.Clamped,
           decimal.Inexact, decimal.Rounded, decimal.DivisionByZero, decimal.FloatOperation],
)  # fmt: skip

# Scalars checked inline by exact type: the common case costs no call at all.
_INLINE = {str: ("str", _structure_str), int: ("int", _structure_int), bool: ("bool", _structure_bool),
           float: ("float", _structure_float)}  # fmt: skip
_CALLED = {Decimal: structure_decimal, datetime: structure_datetime, dict: _structure_dict, Any: _structure_dict}


def _is_list(tp: Any) -> bool:
    return get_origin(tp) is list


def _unwrap(tp: Any) -> Any:
    if get_origin(tp) in (Union, UnionType):
        (tp,) = [a for a in get_args(tp) if a is not NoneType]
    return tp


class _HookBuilder:
    """Writes the source of one model's structure function and compiles it."""

    def __init__(self, conv: cattrs.Converter) -> None:
        self.conv = conv
        self.building: set[type] = set()
        self.hook_for = cache(conv.get_structure_hook)  # nested models, looked up on first use

    def item(self, tp: Any) -> Callable[[Any], Any]:
        """A one-argument converter for a value of type `tp` (used for list items)."""
        tp = _unwrap(tp)
        if tp in _INLINE:
            _, slow = _INLINE[tp]
            exact = tp
            return lambda v: v if type(v) is exact else slow(v)
        if tp in _CALLED:
            return _CALLED[tp]
        if isinstance(tp, type) and issubclass(tp, Enum):
            return _enum_hook(tp)
        if get_origin(tp) is list:
            return self.list_of(get_args(tp)[0])
        if attrs.has(tp):
            hook_for = self.hook_for
            if tp in self.building:  # a model that nests itself: look the hook up on first use
                return lambda v: hook_for(tp)(v, tp)
            hook = hook_for(tp)
            return lambda v: hook(v, tp)
        raise TypeError(f"cannot structure {tp!r}")

    def list_of(self, item_type: Any) -> Callable[[Any], list[Any]]:
        item_type = _unwrap(item_type)
        if attrs.has(item_type) and item_type not in self.building:  # a page of models: one call each
            hook = self.hook_for(item_type)

            def structure_models(value: Any) -> list[Any]:
                if type(value) is not list:
                    raise TypeError(f"expected a list, got {type(value).__name__}")
                return [hook(v, None) for v in value]

            return structure_models
        item = self.item(item_type)

        def structure_list(value: Any) -> list[Any]:
            if type(value) is not list:
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return [item(v) for v in value]

        return structure_list

    def build(self, cls: type) -> Callable[[Any, Any], Any]:
        self.building.add(cls)
        try:
            return self._build(cls)
        finally:
            self.building.discard(cls)

    def _build(self, cls: type) -> Callable[[Any, Any], Any]:
        fields = attrs.fields(attrs.resolve_types(cls))
        names: dict[str, Any] = {
            "__cls": cls, "__name": cls.__name__, "__type": type, "__str": str,
            "__fromiso": datetime.fromisoformat, "__UTC": UTC, "__dec": structure_decimal, "__dt": structure_datetime,
            "__exact": _EXACT.create_decimal, "__DecimalSignal": decimal.DecimalException,
            "__MissingAnswer": MissingAnswer,
        }  # fmt: skip
        names["__new"] = object.__new__
        twin = _mutable_twin(cls)
        names["__twin"] = twin
        lines = [
            "def structure(o, _=None):",
            "    if o.__class__ is not dict:",
            "        raise TypeError(f'expected an object for {__name}, got {__type(o).__name__}')",
            "    get = o.get",
            "    self = __new(__cls)" if twin is None else "    self = __new(__twin)",
        ]
        for i, f in enumerate(fields):
            tp, v, key = _unwrap(f.type), f"v{i}", repr(f.metadata.get("wire", f.name))
            is_enum = isinstance(tp, type) and issubclass(tp, Enum)
            # absent or null: the field's default, proto3's zero value ("", [], 0, False,
            # UNSPECIFIED) or None; present: converted, with the common case checked inline
            zero = _zero_source(f, names, i)
            lines.append(f"    {v} = get({key})")
            if f.metadata.get("answer"):  # the message the response wraps: absent or null is an error
                lines.append(f"    if {v} is None: raise __MissingAnswer(__name, {f.name!r}, {key})")
            present = f"    if {v} is not None:" if zero is None else f"    if {v} is None: {v} = {zero}\n    else:"
            # `v.__class__ is`: the exact-type check, a little cheaper than calling type(v)
            absent = "" if zero is None else f"    if {v} is None: {v} = {zero}\n    el"
            if tp in _INLINE:
                label, slow = _INLINE[tp]
                names[f"__{label}"], names[f"__slow_{label}"] = tp, slow
                guard = f"    if {v} is not None and" if zero is None else f"    if {v} is None: {v} = {zero}\n    elif"
                lines.append(f"{guard} {v}.__class__ is not __{label}: {v} = __slow_{label}({v})")
            elif tp is Decimal:  # the commonest conversion: a string, converted exactly, inline
                lines += [
                    f"{absent or '    '}if {v}.__class__ is __str:",
                    f"        try: {v} = __exact({v})",
                    f"        except __DecimalSignal: {v} = __dec({v})  # '' (None), out of bounds, or odd",
                    "        else:",
                    f"            if not {v}.is_finite(): __dec(__str({v}))  # NaN, Infinity: refused",
                    f"    elif {v} is not None: {v} = __dec({v})",
                ]
            elif tp is datetime:
                lines += [
                    f"{absent or '    '}if {v}.__class__ is __str and {v}:",
                    f"        {v} = __fromiso({v})",
                    f"        if {v}.tzinfo is None: {v} = {v}.replace(tzinfo=__UTC)",
                    f"    elif {v} is not None: {v} = __dt({v})",
                ]
            elif is_enum:
                names[f"__known{i}"], names[f"__enum{i}"] = tp._value2member_map_, _enum_hook(tp)
                lines.append(f"{present} {v} = ({v}.__class__ is __str and __known{i}.get({v})) or __enum{i}({v})")
            elif attrs.has(tp) and tp not in self.building:  # a nested model: its own hook, called directly
                names[f"__h{i}"] = self.hook_for(tp)
                lines.append(f"{present} {v} = __h{i}({v}, None)")
            else:
                names[f"__c{i}"] = self.item(tp)
                lines.append(f"{present} {v} = __c{i}({v})")
            if twin is not None:  # a plain attribute store on the twin (see _mutable_twin)
                lines.append(f"    self.{f.name} = {v}")
            else:  # set through the frozen class's slot itself, as attrs' __init__ would
                names[f"__set{i}"] = getattr(cls, f.name).__set__
                lines.append(f"    __set{i}(self, {v})")
        if twin is not None:
            lines.append("    self.__class__ = __cls")
        lines.append("    return self")
        source = "\n".join(lines) + "\n"
        filename = f"<prime_async structure {cls.__module__}.{cls.__qualname__}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)  # readable tracebacks
        exec(compile(source, filename, "exec"), names)
        structure: Callable[[Any, Any], Any] = names["structure"]
        return structure


def _mutable_twin(cls: type) -> type | None:
    """A plain slotted class with `cls`'s exact slot layout, or None where there is none.

    Why: the models are frozen, so each field of a new instance has to be set through its slot's
    `__set__`, a call (~45 ns); a page of 100 orders holds ~8,000 fields. An instance of the
    twin takes plain attribute stores (~5 ns, the interpreter's specialised slot store), and its
    `__class__` is then switched to the frozen model: CPython allows that only between classes
    whose memory layouts it checks to be identical, and this function confirms it does once,
    here. The result is an ordinary instance of `cls`; the twin never escapes the hook. A model
    with a base class other than Model, a `__dict__` or a `__weakref__` slot (whose placement CPython's check does
    not accept) gets None, and its hook sets slots through `__set__`.
    """
    slots = cls.__dict__.get("__slots__")
    fields = attrs.fields(cls)
    # the generated models derive from Model (one slot, never set here: see _model): the twin does too
    if cls.__bases__ not in ((object,), (Model,)) or slots is None or "__weakref__" in slots or "__dict__" in slots:
        return None
    if any(not f.name.isidentifier() or f.name.startswith("__") for f in fields):
        return None
    twin = type(cls.__name__, cls.__bases__, {"__slots__": tuple(slots), "__module__": cls.__module__})
    probe: Any = object.__new__(twin)
    try:
        probe.__class__ = cls
    except TypeError:
        return None
    return twin


def _zero_source(f: attrs.Attribute[Any], names: dict[str, Any], i: int) -> str | None:
    """Source for the value of an absent field: a fresh [] or {} per instance, the default itself
    for immutable ones ("", 0, False, an enum member), None for no default or a None one."""
    default = f.default
    factory = getattr(default, "factory", None)  # an attrs.Factory
    if factory is not None:
        if factory in (list, dict):
            return "[]" if factory is list else "{}"
        names[f"__factory{i}"] = factory
        return f"__factory{i}()"
    if default is None or default is attrs.NOTHING:
        return None
    if type(default) in (str, int, bool, float):
        return repr(default)  # a constant in the compiled code
    names[f"__zero{i}"] = default
    return f"__zero{i}"


@cache
def converter() -> cattrs.Converter:
    import cattrs

    conv = cattrs.Converter(detailed_validation=False)
    builder = _HookBuilder(conv)
    conv.register_structure_hook_factory(attrs.has, builder.build)
    for tp, hook in (
        (Decimal, structure_decimal),
        (datetime, structure_datetime),
        (bool, _structure_bool),
        (str, _structure_str),
        (int, _structure_int),
        (float, _structure_float),
    ):
        conv.register_structure_hook(tp, hook)
    # OpenEnum subclasses str; registered by class, the more specific OpenEnum hook wins
    conv.register_structure_hook(OpenEnum, lambda value, cls: _enum_hook(cls)(value))
    conv.register_structure_hook_factory(_is_list, lambda tp: lambda value, _: builder.list_of(get_args(tp)[0])(value))
    return conv


# -- where a response does not fit its model --------------------------------------------------------

MAX_DEPTH = 100  # deeper than any Prime response; hostile input stops here, not at a RecursionError


def describe_error(data: Any, model: type) -> str:
    """Where `data` does not fit `model`, and why, e.g. `$.orders[0].base_quantity: 'N/A' is not a
    decimal amount`.

    The slow path, called only after the fast structuring failed, to say where: it walks the data
    against the model by the converter's rules and names the first value that breaks them. It
    never raises, whatever the data.
    """
    try:
        walk = _Walk()
        found = walk.model(data, model, "$", 0) if attrs.has(model) else walk.check(data, model, "$", 0)
        if found:
            return found
        converter().structure(data, model)  # the walk saw nothing wrong: say what the fast path says
        return "no value out of place was found"
    except RecursionError:
        return "nested too deeply to check"
    except Exception as exc:
        return f"{type(exc).__name__}: {_short(str(exc))}"


_repr = reprlib.Repr()  # bounded in depth and length, so a hostile value cannot blow up the message
_repr.maxlevel, _repr.maxstring, _repr.maxother, _repr.maxlist, _repr.maxdict = 3, 200, 60, 4, 4


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _got(value: Any) -> str:
    """`a list [[[...]]]`, `a number 3`, `null`: what was found instead."""
    if value is None:
        return "null"
    kind = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(type(value))
    if kind is None:
        kind = "a number" if isinstance(value, int | float) else type(value).__name__
    return f"{kind} {_short(_repr.repr(value))}"


class _Walk:
    """The converter's rules, one value at a time, with the path to it."""

    def check(self, value: Any, tp: Any, path: str, depth: int) -> str | None:
        """A message for the first value under `path` that `tp` does not accept, or None."""
        if depth > MAX_DEPTH:
            return f"{path}: nested deeper than {MAX_DEPTH} levels"
        tp = _unwrap(tp)
        if value is None:  # null is absent: the field's default
            return None
        if attrs.has(tp):
            return self.model(value, tp, path, depth)
        if get_origin(tp) is list:
            if type(value) is not list:
                return f"{path}: expected a list, got {_got(value)}"
            (item,) = get_args(tp)
            for i, v in enumerate(value):
                found = self.check(v, item, f"{path}[{i}]", depth + 1)
                if found:
                    return found
            return None
        problem = self.scalar(value, tp)
        return f"{path}: {problem}" if problem else None

    def model(self, value: Any, tp: type, path: str, depth: int) -> str | None:
        if type(value) is not dict:
            return f"{path}: expected an object for {tp.__name__}, got {_got(value)}"
        for f in attrs.fields(attrs.resolve_types(tp)):
            wire = f.metadata.get("wire", f.name)
            if f.metadata.get("answer") and value.get(wire) is None:
                return f"{path}.{wire}: missing (the {_unwrap(f.type).__name__} this response wraps)"
            found = self.check(value.get(wire), f.type, f"{path}.{wire}", depth + 1)
            if found:
                return found
        return None

    def scalar(self, value: Any, tp: Any) -> str | None:
        """Why `value` is not a `tp`, by the converter's rules, or None."""
        shown = _short(_repr.repr(value))
        if tp is Decimal:
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                return f"expected a decimal string, got {_got(value)}"
            try:
                structure_decimal(value)
            except Refused as exc:
                return f"{shown} {exc.reason}"
            except (InvalidOperation, ValueError):
                return f"{shown} is not a decimal amount"
        elif tp is datetime:
            if type(value) is not str:
                return f"expected an RFC 3339 timestamp, got {_got(value)}"
            try:
                structure_datetime(value)
            except ValueError:
                return f"{shown} is not an RFC 3339 timestamp"
        elif isinstance(tp, type) and issubclass(tp, Enum):
            if type(value) is not str:
                return f"expected a string ({tp.__name__}), got {_got(value)}"
        elif tp in (dict, Any) or get_origin(tp) is dict:
            if type(value) is not dict:
                return f"expected an object, got {_got(value)}"
        elif tp in _INLINE:
            label, convert = _INLINE[tp]
            name = {"str": "a string", "int": "an integer", "bool": "a boolean", "float": "a number"}[label]
            try:
                convert(value)
            except Refused as exc:
                return f"{shown} {exc.reason}"
            except (TypeError, ValueError, OverflowError):
                return f"{shown} is not {name}" if type(value) is str else f"expected {name}, got {_got(value)}"
        return None
