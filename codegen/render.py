"""Print the intermediate form as Python source: enums, models, the route table, resource classes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from prime_async._route import CALL_OPTIONS  # every endpoint's per-call options

from . import docs
from .errors import Catalog, render_errors
from .spec import AliasDef, Api, EnumDef, ModelDef, OperationDef, ParamDef, request_models

HEADER = (
    '"""{what}\n\nGenerated from spec/prime-openapi.yaml and spec/overlay.yaml by `python -m codegen`.'
    ' Do not edit by hand."""\n'
)
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
BUILTIN_TYPES = {"str", "int", "bool", "float", "list", "dict", "Any", "Decimal", "datetime", "Int64"}
# proto3 JSON leaves out a field that holds its zero value: what a response field is when absent
ZERO = {"str": '""', "int": "0", "Int64": "0", "float": "0.0", "bool": "False"}


def docstring(text: str, indent: str) -> str:
    """`text` as a docstring literal at `indent`; `inspect.cleandoc` gives `text` back."""
    text = text.replace("\\", "\\\\").replace('"""', "'''").strip() or "Not described in the spec."
    first, *rest = text.splitlines()
    if not rest:
        return f'{indent}"""{first}"""\n'
    body = "".join(f"{indent}{line}\n" if line.strip() else "\n" for line in rest)
    return f'{indent}"""{first}\n{body}{indent}"""\n'


def qualify(type_: str, api: Api) -> str:
    """Prefix generated names with their module alias: `list[Order]` -> `list[m.Order]`."""

    def repl(match: re.Match[str]) -> str:
        name = match.group(0)
        if name in api.enums:
            return "e." + name
        if name in api.models:
            return "m." + name
        assert name in BUILTIN_TYPES, name
        return name

    return IDENT.sub(repl, type_)


def unqualified(annotation: str) -> str:
    """`e.OrderSide | e.OrderSideLiteral` -> `OrderSide | OrderSideLiteral`: how help() and the
    docstrings name a type."""
    return re.sub(r"\b[em]\.", "", annotation)


def input_type(type_: str, api: Api) -> str:
    """What an endpoint accepts for a value of `type_`: lenient where a user would expect it."""
    if type_.startswith("list["):
        return f"Sequence[{input_type(type_[5:-1], api)}]"
    if type_ == "Decimal":
        return "Decimal | str | int"
    if type_ == "datetime":
        return "datetime | str"
    if type_.startswith("dict["):
        return "Mapping[str, Any]"
    if type_ in api.enums:  # the enum, or one of its values as a string: a typo fails mypy
        return f"e.{type_} | e.{literal_of(type_)}"
    if type_ in api.models:
        return f"m.{type_} | Mapping[str, Any]"
    return python_type(type_)


def python_type(type_: str) -> str:
    """The annotation users see: an Int64 (sent as a string) is an int."""
    return re.sub(r"\bInt64\b", "int", type_)


# -- enums.py ----------------------------------------------------------------------------------


def literal_of(enum: str) -> str:
    """The name of the `Literal` of an enum's values: what an argument accepts besides the enum."""
    return enum + "Literal"


def member_name(value: str, taken: set[str]) -> str:
    name = re.sub(r"\W", "_", value).upper().strip("_") or "EMPTY"
    if name[0].isdigit():
        name = "V_" + name
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def render_enum(enum: EnumDef) -> str:
    doc = "\n".join(docs.block(enum.doc)) + "\n\n" if enum.doc else ""
    doc += '`UNSPECIFIED` ("", falsy) is what a field Prime left out reads as; it is never sent.\n\n'
    doc += "\n".join(
        docs.block(
            f"An argument of this type also takes the value as a string, typed `{literal_of(enum.name)}`, so "
            f"a typo fails mypy; a value Prime added since goes through the open enum: "
            f'`{enum.name}("NEW_VALUE")`.'
        )
    )
    out = f"\n\nclass {enum.name}(OpenEnum):\n" + docstring(doc, "    ") + "\n"
    out += "    UNSPECIFIED = ''  # the field was absent (proto3's zero value); falsy, never sent\n"
    taken: set[str] = {"UNSPECIFIED"}
    for value in enum.values:
        out += f"    {member_name(value, taken)} = {value!r}\n"
    values = ", ".join(json_string(v) for v in enum.values)
    out += f"\n\n{literal_of(enum.name)}: TypeAlias = Literal[{values}]\n"
    out += f'"""The values of {enum.name} the spec lists, as strings: what arguments accept besides the enum."""\n'
    return out


def json_string(value: str) -> str:
    """A double-quoted string literal (as ruff formats them)."""
    text = repr(value)
    return text if text.startswith('"') else '"' + text[1:-1].replace('"', '\\"') + '"'


def render_enums(api: Api) -> str:
    out = HEADER.format(what="Enumerations of the Prime API; each accepts values the spec does not list yet.")
    out += "\nfrom __future__ import annotations\n\nfrom typing import Literal, TypeAlias\n\n"
    out += "from .._enum import OpenEnum\n"
    names = sorted([*api.enums, *(literal_of(name) for name in api.enums)])
    assert not set(names) & set(api.models), "an enum's Literal alias clashes with a model"
    out += "\n__all__ = [\n" + "".join(f'    "{name}",\n' for name in names) + "]\n"
    for enum in api.enums.values():
        out += render_enum(enum)
    return out


# -- models.py ---------------------------------------------------------------------------------


def zero_of(type_: str, api: Api) -> str | None:
    """What a response field holds when Prime leaves it out: proto3's zero value ("" for a string,
    [] for a list, the UNSPECIFIED member for an enum), or None for nested objects, amounts and
    times, where "unset" is not a value."""
    if type_ in ZERO:
        return ZERO[type_]
    if type_.startswith("list["):
        return "attrs.Factory(list)"
    if type_.startswith("dict["):
        return "attrs.Factory(dict)"
    if type_ in api.enums:
        return f"{type_}.UNSPECIFIED"
    return None


def render_field(
    name: str, annotation: str, default: str | None, metadata: dict[str, object], converter: str | None = None
) -> str:
    if metadata or converter:
        args = [f"default={default}"] if default is not None else []
        args += [f"converter={converter}"] if converter else []
        args += [f"metadata={metadata!r}"] if metadata else []
        return f"    {name}: {annotation} = attrs.field({', '.join(args)})\n"
    return f"    {name}: {annotation}\n" if default is None else f"    {name}: {annotation} = {default}\n"


def converter_of(enum: str) -> str:
    """The converter of a request model's field of this enum (see render_converter)."""
    return "_" + re.sub(r"(?<!^)(?=[A-Z])", "_", enum).lower()


def render_converter(enum: str) -> str:
    """What a request model's field of an enum runs on what the caller gives: typed to accept the
    enum or its Literal (so mypy checks a value in a nested model as it does an argument), while
    the attribute stays the enum. A value the spec does not list stays as given, for the encoder to
    refuse with a suggestion, as it does for an argument."""
    out = f"\n\ndef {converter_of(enum)}(value: {enum} | {literal_of(enum)}) -> {enum}:\n"
    out += f'    """Given to a request model: the {enum} member the value names."""\n'
    return out + f"    return enum_member({enum}, value)\n"


def render_model(model: ModelDef, api: Api, places: list[str], requested: set[str] | None = None) -> str:
    fields = sorted(model.fields, key=lambda f: not (model.is_body and f.required))
    sent = model.name in (requested or set())  # a model a request carries: its enum fields take Literals
    body, annotations = "", {}
    for f in fields:
        converter = converter_of(f.type) if sent and f.type in api.enums else None
        metadata: dict[str, object] = {}
        if f.wire != f.name:
            metadata["wire"] = f.wire
        if f.type == "Int64":
            metadata["int64"] = True  # an integer sent as a string
        if f.echo:
            metadata["echo"] = True  # filled in by the client, not on the wire
        annotation = python_type(f.type)
        if f.answer:  # the one message the response wraps: always there (the converter checks)
            default, metadata["answer"] = None, True
        elif model.is_body:  # a request body: None leaves a field out, required fields have no default
            default = None if f.required else "None"
            annotation = annotation if f.required else f"{annotation} | None"
        else:
            default = zero_of(f.type, api)
            if default is None:
                annotation, default = f"{annotation} | None", "None"
        annotations[f.name] = annotation
        body += render_field(f.name, annotation, default, metadata, converter)
    # Model: records which fields the caller gave, so that exactly those are sent (prime_async._model)
    out = "\n\n@records_given\n@attrs.frozen(kw_only=True, weakref_slot=False)\n" + f"class {model.name}(Model):\n"
    out += docstring(docs.model_doc(model, api, places, annotations), "    ")
    return out + ("\n" + body if body else "")


def render_models(api: Api) -> str:
    out = HEADER.format(
        what="Request bodies and responses of the Prime API as frozen attrs classes.\n\n"
        "Prime's API is protobuf underneath, and proto3 JSON leaves out a field that holds its zero\n"
        'value, so a field Prime leaves out holds that zero value here: "" for a string, [] for a\n'
        'list, 0, False, {} for a map, the UNSPECIFIED member ("", falsy) for an enum. Nested\n'
        'objects, decimal amounts and timestamps are None when absent (or ""). Request bodies (the\n'
        "`...Request` classes) require what the spec requires; None leaves a field out."
    )
    out += "\nfrom __future__ import annotations\n\nfrom datetime import datetime\nfrom decimal import Decimal\n"
    out += "from typing import Any\n\nimport attrs\n\nfrom .._model import Model, enum_member, records_given\n"
    out += "from .enums import *  # noqa: F403\n"
    out += "\n__all__ = [\n" + "".join(f'    "{name}",\n' for name in sorted(api.models)) + "]\n"
    places = docs.where_used(api)
    requested = request_models(api)
    converted = sorted({f.type for name in requested for f in api.models[name].fields if f.type in api.enums})
    for enum in converted:
        out += render_converter(enum)
    for model in api.models.values():
        out += render_model(model, api, places.get(model.name, []), requested)
    return out


# -- routes.py ---------------------------------------------------------------------------------


def render_param(p: ParamDef, api: Api) -> str:
    annotation = qualify(p.type, api)
    if "m." in annotation:  # evaluated on first use, so the table imports no model
        annotation = repr(annotation)
    args = [repr(p.name), repr(p.location), annotation, repr(unqualified(input_type(p.type, api)))]
    if p.required:
        args.append("required=True")
    if p.wire != p.name:
        args.append(f"wire={p.wire!r}")
    return f"            Param({', '.join(args)}),\n"


def accepts(op: OperationDef, api: Api) -> dict[str, str]:
    return {p.name: unqualified(input_type(p.type, api)) for p in op.params}


def render_route(op: OperationDef, api: Api, catalog: Catalog) -> str:
    out = "    Route(\n"
    out += f"        {op.operation_id!r},\n        {op.method!r},\n        {op.path!r},\n"
    out += f"        resource={op.resource!r},\n        name={op.name!r},\n"
    params = docs.signature_order(op)
    out += "        params=(\n" + "".join(render_param(p, api) for p in params) + "        ),\n"
    out += f"        response={op.response_model!r},\n"
    if op.body_model:
        out += f"        body={op.body_model!r},\n"
    if op.pagination:
        items, cursor_in = op.pagination
        item = docs.item_of(op, api)
        out += f"        pagination=Pagination(items={items!r}, item={item!r}, cursor_in={cursor_in!r}),\n"
    if op.idempotency_field:
        out += f"        idempotency_field={op.idempotency_field!r},\n"
    if op.summary:
        out += f"        summary={op.summary!r},\n"
    doc = docs.endpoint_doc(op, accepts(op, api), catalog)
    out += (
        "        doc=(\n"
        + "".join(f"            {line!r}\n" for line in doc.splitlines(keepends=True))
        + "        ),\n"
    )
    return out + "    ),\n"


def render_routes(api: Api, catalog: Catalog) -> str:
    out = HEADER.format(what="The route table: one entry per operation of the Prime REST API.")
    out += "\nfrom __future__ import annotations\n\nfrom datetime import datetime\nfrom decimal import Decimal\n"
    out += "from typing import Any\n\nfrom .._route import Alias, Int64, Pagination, Param, Route, RouteTable\n"
    out += "from . import enums as e\n\n"
    out += '__all__ = ["ROUTES"]\n\n'
    out += "# How an endpoint's docstring ends, keyed by (blocking, paginated): Route.doc holds the rest.\n"
    out += "RETURNS = {\n" + "".join(f"    {key!r}: {text!r},\n" for key, text in docs.RETURNS.items()) + "}\n\n"
    out += "# Param(name, location, type, accepts): `type` is what the value is sent as (types naming models,\n"
    out += "# m.*, are strings evaluated on first use), `accepts` what the signature shows. response/body\n"
    out += "# name the models, imported on first use. Params are in signature order.\n"
    out += "ROUTES = RouteTable(\n"
    for op in api.operations:
        out += render_route(op, api, catalog)
    if api.aliases:
        out += "    aliases=(\n"
        out += "".join(f"        Alias({a.operation_id!r}, {a.name!r}, {a.route!r}),\n" for a in api.aliases)
        out += "    ),\n"
    return out + "    returns=RETURNS,\n)\n"


# -- resources.py / resources.pyi --------------------------------------------------------------


@dataclass(frozen=True)
class Flavour:
    """The async resources (`client.orders`) or their blocking twins (`SyncPrimeClient().orders`)."""

    prefix: str  # class-name prefix
    base_module: str  # where the runtime base classes live
    base: str  # resource base class
    paginator: str  # what a paginated method returns
    asynchronous: bool


ASYNC = Flavour("", "_resource", "Resource", "Paginator", True)
SYNC = Flavour("Sync", "_sync", "SyncResource", "SyncPaginator", False)


def class_of(resource: str, flavour: Flavour = ASYNC, *, raw: bool = False) -> str:
    return flavour.prefix + ("Raw" if raw else "") + "".join(p.capitalize() for p in resource.split("_")) + "Resource"


def resources(api: Api) -> dict[str, list[OperationDef]]:
    groups: dict[str, list[OperationDef]] = {}
    for op in sorted(api.operations, key=lambda o: (o.resource, o.name)):
        groups.setdefault(op.resource, []).append(op)
    return groups


def render_resources(api: Api, flavour: Flavour) -> str:
    stub = "sync_resources.pyi" if not flavour.asynchronous else "resources.pyi"
    out = HEADER.format(
        what=f"{'Blocking r' if not flavour.asynchronous else 'R'}esource namespaces (`client.orders`, ...), their "
        f"methods built from the route table.\n\nThe typed signatures users see live in {stub}."
    )
    out += "\nfrom __future__ import annotations\n\nfrom functools import cached_property\nfrom typing import Any\n\n"
    out += f"from ..{flavour.base_module} import {flavour.base}\n"
    groups = resources(api)
    for resource in groups:
        out += f"\n\nclass {class_of(resource, flavour)}({flavour.base}, resource={resource!r}):\n    pass\n"
    out += f"\n\nclass {flavour.prefix}ResourceAccessors:\n"
    out += '    """One attribute per resource group, built on first use."""\n'
    for resource in groups:
        out += f"\n    @cached_property\n    def {resource}(self) -> {class_of(resource, flavour)}:\n"
        out += f"        return {class_of(resource, flavour)}(self)\n"
    # with_raw_response: the same methods on a client whose pipeline returns RawResponses; these
    # classes exist so that the stubs can say so
    for resource in groups:
        raw = class_of(resource, flavour, raw=True)
        out += f"\n\nclass {raw}({class_of(resource, flavour)}):\n"
        out += f'    """`{resource}` of `with_raw_response`: each call returns a RawResponse."""\n'
    out += f"\n\nclass {flavour.prefix}RawResourceAccessors:\n"
    out += '    """`client.with_raw_response`: one attribute per resource group; calls return RawResponses."""\n\n'
    out += "    def __init__(self, client: Any) -> None:\n"
    out += "        self._client = client  # a copy whose pipeline answers raw\n"
    for resource in groups:
        raw = class_of(resource, flavour, raw=True)
        out += f"\n    @cached_property\n    def {resource}(self) -> {raw}:\n"
        out += f"        return {raw}(self._client)\n"
    return out


def render_signature(
    op: OperationDef,
    api: Api,
    flavour: Flavour,
    alias: AliasDef | None = None,
    *,
    raw: bool = False,
    catalog: Catalog | None = None,
) -> str:
    name = alias.name if alias is not None else op.name
    args = ["self", "*"] if op.params else ["self"]
    for p in docs.signature_order(op):  # the route table's order, which the runtime signature follows
        annotation = input_type(p.type, api)
        args.append(f"{p.name}: {annotation}" if docs.required(p, op) else f"{p.name}: {annotation} | None = None")
    if len(args) == 1:
        args.append("*")
    args += [f"{name}: {annotation} | None = None" for name, annotation in CALL_OPTIONS]
    page = f"RawResponse[m.{op.response_model}]" if raw else f"m.{op.response_model}"
    if op.pagination:
        item = qualify(docs.item_of(op, api), api)
        returns = f"{flavour.paginator}[{page}, {item}]"
        head = f"    def {name}("
    else:
        returns = page
        head = f"    {'async ' if flavour.asynchronous else ''}def {name}("
    out = head + "\n" + "".join(f"        {a},\n" for a in args) + f"    ) -> {returns}:\n"
    if raw:  # the full text is on the plain method: point there
        plain = f"{class_of(op.resource, flavour)}.{name}"
        text = f"`{plain}`, returning a RawResponse (status, headers, request id, `.parse()`)."
        return out + docstring(text, "        ")
    doc = (
        docs.endpoint_doc(op, accepts(op, api), catalog)
        + "\n\n"
        + docs.returns_doc(op, api, blocking=not flavour.asynchronous)
    )
    if alias is not None:
        message = f"use {op.name}() (Prime renamed {alias.operation_id} to {op.operation_id})"
        out = f"    @deprecated({message!r})\n" + out
        doc = f"Deprecated: {message}.\n\n{doc}"
    return out + docstring(doc, "        ")


def render_resources_stub(api: Api, flavour: Flavour, catalog: Catalog) -> str:
    runtime = "sync_resources.py" if not flavour.asynchronous else "resources.py"
    out = HEADER.format(what=f"Typed signatures of the resource methods built at runtime in {runtime}.")
    out += "\nfrom collections.abc import Mapping, Sequence\nfrom datetime import datetime\n"
    out += "from decimal import Decimal\nfrom typing import Any\n\n"
    out += "import httpx\nfrom typing_extensions import deprecated\n\n"
    paginator_module = "_pagination" if flavour.asynchronous else "_sync"
    out += f"from ..{paginator_module} import {flavour.paginator}\nfrom ..{flavour.base_module} import {flavour.base}\n"
    out += "from .._raw import RawResponse\n"
    out += "from . import enums as e\nfrom . import models as m\n"
    groups = resources(api)
    by_id = {op.operation_id: op for op in api.operations}
    for resource, ops in groups.items():
        out += f"\nclass {class_of(resource, flavour)}({flavour.base}):\n"
        out += "\n".join(render_signature(op, api, flavour, catalog=catalog) for op in ops)
        for alias in api.aliases:
            if by_id[alias.route].resource == resource:
                out += "\n" + render_signature(by_id[alias.route], api, flavour, alias, catalog=catalog)
    out += f"\nclass {flavour.prefix}ResourceAccessors:\n"
    for resource in groups:
        out += f"    @property\n    def {resource}(self) -> {class_of(resource, flavour)}: ...\n"
    for resource, ops in groups.items():
        out += f"\nclass {class_of(resource, flavour, raw=True)}({flavour.base}):\n"
        out += "\n".join(render_signature(op, api, flavour, raw=True) for op in ops)
    out += f"\nclass {flavour.prefix}RawResourceAccessors:\n"
    out += "    def __init__(self, client: Any) -> None: ...\n"
    for resource in groups:
        out += f"    @property\n    def {resource}(self) -> {class_of(resource, flavour, raw=True)}: ...\n"
    return out


def render_all(api: Api, catalog: Catalog) -> dict[str, str]:
    """File name (under prime_async/_generated/) -> source."""
    return {
        "errors.py": render_errors(catalog),
        "__init__.py": HEADER.format(what="Code generated from the Prime OpenAPI spec."),
        "enums.py": render_enums(api),
        "models.py": render_models(api),
        "routes.py": render_routes(api, catalog),
        "resources.py": render_resources(api, ASYNC),
        "resources.pyi": render_resources_stub(api, ASYNC, catalog),
        "sync_resources.py": render_resources(api, SYNC),
        "sync_resources.pyi": render_resources_stub(api, SYNC, catalog),
    }
