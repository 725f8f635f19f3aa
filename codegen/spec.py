"""Read the vendored OpenAPI spec into a small intermediate form the renderer prints.

Everything the generated code knows about the API is decided here: class names, Python types of
fields and parameters, which strings are decimal amounts, route names, pagination and idempotency.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from . import naming

HTTP_METHODS = ("get", "post", "put", "delete", "patch")
DECIMAL_LITERAL = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


@dataclass
class EnumDef:
    name: str
    values: list[str]
    doc: str  # the spec's description, as written (several lines)


@dataclass
class FieldDef:
    name: str  # Python attribute name
    wire: str  # JSON key
    type: str  # annotation, e.g. "Decimal", "list[Order]"; "Int64" is an int sent as a string
    required: bool = False
    doc: str = ""
    echo: bool = False  # not Prime's: the idempotency value the client sent, filled in by the client
    answer: bool = False  # the one message a response wraps (see mark_answers): never None


@dataclass
class ModelDef:
    name: str
    doc: str
    fields: list[FieldDef]
    is_body: bool = False  # a request body: required fields have no default


@dataclass
class ParamDef:
    name: str
    wire: str
    location: str  # "path" | "query" | "body"
    type: str
    required: bool
    doc: str = ""


@dataclass
class OperationDef:
    operation_id: str
    method: str
    path: str
    resource: str
    name: str
    summary: str
    description: str
    params: list[ParamDef]
    response_model: str
    body_model: str | None
    pagination: tuple[str, str] | None  # (items field, "query" | "body")
    idempotency_field: str | None


@dataclass
class AliasDef:
    """An old name of a renamed operation: its operationId and method name, and the current operationId."""

    operation_id: str
    name: str
    route: str


@dataclass
class Api:
    enums: dict[str, EnumDef] = field(default_factory=dict)
    models: dict[str, ModelDef] = field(default_factory=dict)
    operations: list[OperationDef] = field(default_factory=list)
    aliases: list[AliasDef] = field(default_factory=list)


def python_name(wire: str) -> str:
    """A valid identifier for a JSON key or parameter (`@type` -> `type`, `network.id` -> `network_id`)."""
    name = re.sub(r"\W", "_", wire).strip("_")
    if name[0].isdigit():
        name = "_" + name
    return name + "_" if keyword.iskeyword(name) else name


def doc_of(schema: dict[str, Any]) -> str:
    """A schema's, property's or parameter's title and description, as one text (newlines kept)."""
    parts = [
        str(schema.get(key) or "").replace("<br />", "\n").replace("<br/>", "\n").strip()
        for key in ("title", "description")
    ]
    parts = [p for p in parts if p]
    if len(parts) == 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]
    return "\n\n".join(parts)


class SpecReader:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.api = Api()
        self.class_names = naming.schema_class_names(self.schemas.keys())
        # enum value tuple -> enum class name, so inline enums reuse a named one when identical
        self.enum_by_values: dict[tuple[str, ...], str] = {}

    # -- schemas -----------------------------------------------------------------------------

    def read(self) -> Api:
        for key, schema in self.schemas.items():
            if "enum" in schema:
                self._add_enum(self.class_names[key], schema)
        body_keys = {
            op["requestBody"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
            for _, _, op in self._operations()
            if "$ref" in op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        }
        for key, schema in self.schemas.items():
            if "enum" not in schema:
                self._add_model(self.class_names[key], schema, is_body=key in body_keys)
        for path, method, op in self._operations():
            self.api.operations.append(self._operation(path, method, op))
        mark_answers(self.api)
        by_id = {op.operation_id: op for op in self.api.operations}
        for old, new in naming.RENAMED_OPERATIONS.items():
            if new in by_id and old not in by_id:
                name = naming.method_name(old, paginated=by_id[new].pagination is not None)
                self.api.aliases.append(AliasDef(old, name, new))
        return self.api

    def _add_enum(self, name: str, schema: dict[str, Any]) -> str:
        values = [str(v) for v in schema["enum"]]
        self.api.enums[name] = EnumDef(name, values, doc_of(schema))
        self.enum_by_values.setdefault(tuple(values), name)
        return name

    def _add_model(self, name: str, schema: dict[str, Any], *, is_body: bool = False) -> str:
        assert name not in self.api.models, f"two models named {name}"
        required = set(schema.get("required", ()))
        model = ModelDef(name, doc_of(schema), [], is_body=is_body)
        self.api.models[name] = model  # registered before fields so recursive schemas terminate
        for wire, prop in schema.get("properties", {}).items():
            type_ = self.type_of(prop, name, wire)
            model.fields.append(FieldDef(python_name(wire), wire, type_, wire in required, self.doc_of_property(prop)))
        return name

    def doc_of_property(self, prop: dict[str, Any]) -> str:
        """A property's own description, or else the first paragraph of the schema it refers to."""
        own = doc_of(prop)
        if own or "$ref" not in prop:
            return own
        return doc_of(self.schemas[prop["$ref"].split("/")[-1]]).split("\n\n")[0]

    def type_of(self, schema: dict[str, Any], owner: str, field_name: str) -> str:
        """The Python annotation for a schema found at `owner.field_name`."""
        if "$ref" in schema:
            key = schema["$ref"].split("/")[-1]
            target = self.schemas[key]
            if "enum" in target or target.get("properties") or target.get("type") == "object":
                return self.class_names[key]
            return self.type_of(target, owner, field_name)
        if "enum" in schema:
            named = self._named_enum_for(tuple(str(v) for v in schema["enum"]))
            return named or self._add_enum(owner + naming.camel(field_name), schema)
        kind = schema.get("type", "object")
        fmt = schema.get("format")
        if kind == "string":
            if fmt == "date-time":
                return "datetime"
            if fmt in ("int64", "uint64"):  # proto3 JSON's 64-bit integers: a string on the wire
                return "Int64"
            return "Decimal" if is_decimal(field_name, schema) else "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            return f"list[{self.type_of(schema.get('items', {}), owner, field_name)}]"
        if schema.get("properties"):
            return self._add_model(owner + naming.camel(field_name), schema)
        return "dict[str, Any]"

    def _named_enum_for(self, values: tuple[str, ...]) -> str | None:
        """The enum an inline enum is a copy of, or a subset of (a query parameter that accepts
        only some statuses): reusing it keeps one class per concept, so `OrderStatus.OPEN` is
        accepted wherever order statuses are. The smallest such enum wins."""
        if values in self.enum_by_values:
            return self.enum_by_values[values]
        supersets = [(len(v), name) for v, name in self.enum_by_values.items() if set(values) <= set(v)]
        return min(supersets)[1] if supersets else None

    # -- operations --------------------------------------------------------------------------

    def _operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [
            (path, method, op)
            for path, item in self.spec["paths"].items()
            for method, op in item.items()
            if method in HTTP_METHODS
        ]

    def _operation(self, path: str, method: str, op: dict[str, Any]) -> OperationDef:
        op_id = naming.operation_id(op["operationId"])
        params: list[ParamDef] = []
        for p in op.get("parameters", []):
            params.append(
                ParamDef(
                    python_name(p["name"]),
                    p["name"],
                    p["in"],
                    self.type_of(p.get("schema", {}), op_id, p["name"]),
                    bool(p.get("required")) or p["in"] == "path",
                    doc_of(p),
                )
            )
        body_model = None
        body_schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body_schema is not None:
            if "$ref" in body_schema:
                body_model = self.class_names[body_schema["$ref"].split("/")[-1]]
            else:
                body_model = self._add_model(op_id + "Request", body_schema, is_body=True)
                self.api.models[body_model].doc = f"Request body of {op_id}: {op.get('summary', '')}."
            taken = {p.name for p in params}
            for f in self.api.models[body_model].fields:
                assert f.name not in taken, f"{op_id}: body field {f.name} clashes with a parameter"
                params.append(ParamDef(f.name, f.wire, "body", f.type, f.required, f.doc))
        response_ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        response_key = response_ref.split("/")[-1]
        response_model = self.class_names[response_key]
        pagination = self._pagination(self.schemas[response_key], params)
        resource = naming.resource(op.get("tags", ["misc"])[0])
        idempotency_field = next(
            (p.name for p in params if p.location == "body" and p.name in IDEMPOTENCY_FIELDS), None
        )
        if idempotency_field:
            self._echo_field(response_model, idempotency_field)
        return OperationDef(
            operation_id=op_id,
            method=method.upper(),
            path=path,
            resource=resource,
            name=naming.method_name(op_id, paginated=pagination is not None),
            summary=str(op.get("summary", "")).strip(),
            description=doc_of({"description": op.get("description")}),
            params=params,
            response_model=response_model,
            body_model=body_model,
            pagination=pagination,
            idempotency_field=idempotency_field,
        )

    def _echo_field(self, model_name: str, field_name: str) -> None:
        """Give the response of an idempotent operation a field for the idempotency value the
        client sent (Prime does not echo it), so a caller can always read back the value used."""
        model = self.api.models[model_name]
        if all(f.name != field_name for f in model.fields):
            doc = "The value the client sent (Prime does not echo it): yours, or the uuid4 it filled in."
            model.fields.append(FieldDef(field_name, field_name, "str", doc=doc, echo=True))

    def _pagination(self, response: dict[str, Any], params: list[ParamDef]) -> tuple[str, str] | None:
        """Cursor-paginated: the response carries `pagination` and the request takes a `cursor`.

        Operations that take a cursor but return no `pagination` (invoices) are single-page.
        """
        props = response.get("properties", {})
        cursor = next((p for p in params if p.wire == "cursor"), None)
        if "pagination" not in props or cursor is None:
            return None
        arrays = [name for name, prop in props.items() if prop.get("type") == "array"]
        return arrays[0], cursor.location


def mark_answers(api: Api) -> None:
    """Mark the fields that are an operation's answer: a response (not a page) that wraps exactly
    one message and nothing else but the client's echo of the idempotency value, as
    GetOrderResponse wraps `order`. Prime has no other way to answer such a call, so the field is
    typed non-Optional, and a 200 without it is an error (prime_async's MissingResponseFieldError),
    not a None the caller trips over later. Every other field keeps proto3's typing."""
    for op in api.operations:
        fields = [f for f in api.models[op.response_model].fields if not f.echo]
        if op.pagination is None and len(fields) == 1 and fields[0].type in api.models:
            fields[0].answer = True


def request_models(api: Api) -> set[str]:
    """The models a request can carry, at any depth (not the body models themselves, whose fields
    are the endpoint's arguments): their enum fields accept the enum's Literal too."""
    found: set[str] = set()

    def walk(type_: str) -> None:
        for name in re.findall(r"\w+", type_):
            if name in api.models and name not in found:
                found.add(name)
                for f in api.models[name].fields:
                    walk(f.type)

    for op in api.operations:
        for p in op.params:
            if p.location != "path":
                walk(p.type)
    return found


IDEMPOTENCY_FIELDS = ("client_order_id", "idempotency_key", "client_quote_id")

# Names that hold identifiers or counts even though their examples look numeric.
NOT_DECIMAL = {
    "address", "account_identifier", "destination_address", "chain_id", "nonce", "user_id",
    "decimal_precision", "max_decimals", "due_date", "asset_tier", "tier_a", "tier_b",
}  # fmt: skip
DECIMAL_NAME = re.compile(
    r"amount$|quantity|price|_size$|^size$|balance|fees?$|commission|notional|nominal|margin|pnl"
    r"|equity|rate|credit|leverage|exposure|^total|addon|add_on|threshold|ratio|requirement|_limit$"
    r"|vol$|vol_|_vol|pov|market_value|gmv|buying_power|holds|available|utilized|consumed|deficit"
    r"|excess|liquidity_[ab]|spread|slippage|^(open|high|low|close|volume)$|trading_volume|best_"
    r"|adv_?30|market_cap|wig_level|order_total|^offset$|allocation_base|allocation_quote"
    r"|fees_allocated|net_usd_value|_value$"
)


def is_decimal(name: str, schema: dict[str, Any]) -> bool:
    """Is this plain string field a decimal amount? Prime sends every amount as a string.

    The spec does not mark amounts, so the rule is: a numeric example decides (bar the names
    above that hold ids), a non-numeric example rules it out, and without an example the
    name decides.
    """
    if name in NOT_DECIMAL:
        return False
    if "example" in schema:
        return bool(DECIMAL_LITERAL.match(str(schema["example"])))
    return bool(DECIMAL_NAME.search(name)) and not name.endswith("_currency")
