"""Docstrings from the spec, for `help()`, IDEs and the stubs.

An endpoint's docstring is its summary, method and path, the spec's description, every argument
with the type it accepts and the spec's description, how the idempotency field is filled in, and
what the call returns. The part up to "Returns" is the same for the async and the blocking
client and goes into the route table (`Route.doc`); the "Returns" part differs between them and is
one of the RETURNS templates, which go into the route table module too, so the runtime and the
stubs fill the same template with the same names.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

from prime_async._route import CLIENT_DEFAULTS, argument_required

from .spec import Api, ModelDef, OperationDef, ParamDef

if TYPE_CHECKING:
    from .errors import Catalog

WIDTH = 92

# The keyword arguments every endpoint takes besides the spec's (prime_async._pipeline.CALL_OPTIONS).
CALL_OPTIONS_DOC = """Per-call options (this call only, each of its pages included):
    timeout: seconds (or an httpx.Timeout) in place of the client's timeout.
    extra_headers: more headers to send; not the signing headers, Host or Content-Length.
    extra_query: more query parameters to send, appended to the endpoint's own."""

RAISES = """Raises:
    InvalidRequestError: a missing, unknown or ill-typed argument; nothing was sent.
    APIStatusError: Prime answered with an error status (a subclass per status).
    APIConnectionError: Prime could not be reached, after the retries that were safe."""

# keyed by (blocking, paginated); filled with the response model's and the item model's names
RETURNS = {
    (False, False): "Returns:\n    {response}",
    (False, True): (
        "Returns:\n"
        "    Paginator[{response}, {item}]: `await` it for the first page, a {response};\n"
        "    `async for` over it for every {item} of every page (each next page sends the previous\n"
        "    page's `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list."
    ),
    (True, False): (
        "Returns:\n    {response}, from a blocking call: the async endpoint, run on the client's event loop thread."
    ),
    (True, True): (
        "Returns:\n"
        "    SyncPaginator[{response}, {item}]: `.first_page()` for the first page, a {response};\n"
        "    iterate it for every {item} of every page (each next page sends the previous page's\n"
        "    `pagination.next_cursor`); `.pages()` gives page after page, `.collect()` a list. Each\n"
        "    page is a blocking call: the async endpoint, run on the client's event loop thread."
    ),
}
RETURNS = {key: f"{CALL_OPTIONS_DOC}\n\n{text}\n\n{RAISES}" for key, text in RETURNS.items()}


def block(text: str, indent: str = "", width: int = WIDTH) -> list[str]:
    """`text` wrapped, paragraph by paragraph; lines that start a list item ("- X: ...") keep
    their own line, as the spec writes enum values."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        if out:
            out.append("")
        pending: list[str] = []
        for line in [*paragraph.splitlines(), "- "]:  # a sentinel item flushes the last run
            stripped = line.strip()
            if stripped.startswith(("- ", "* ")) or stripped in ("-", "*"):
                if pending:
                    out += wrap(" ".join(pending), width, indent, indent)
                    pending = []
                if len(stripped) > 2:
                    out += wrap(stripped, width, indent, indent + "  ")
            elif stripped:
                pending.append(stripped)
    return out


def wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """Wrapped at spaces only: URLs and hyphenated words stay whole."""
    return textwrap.wrap(
        text, width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
    )


def full_stop(text: str) -> str:
    """`text` ending a sentence, so that a generated note after it ("Left out: ...") starts one:
    the spec's descriptions often end without a full stop."""
    text = text.rstrip()
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def required(p: ParamDef, op: OperationDef) -> bool:
    """Whether a call must pass `p` (prime_async._route.argument_required: the one rule)."""
    return argument_required(p.name, p.location, p.required, op.idempotency_field)


def signature_order(op: OperationDef) -> list[ParamDef]:
    """Parameters as the signature lists them: required ones first, then the rest, each group in
    spec order."""
    return sorted(op.params, key=lambda p: not required(p, op))


def argument(p: ParamDef, accepts: str, op: OperationDef) -> list[str]:
    head = f"    {p.name} ({accepts}{'' if required(p, op) else ', optional'}):"
    text = full_stop(p.doc or "Not described in the spec.")
    if p.wire != p.name:
        text += f" Sent as `{p.wire}`."
    if p.name == op.idempotency_field:
        text += " The idempotency field: filled in by the client when left out (see Idempotency)."
    if p.location == "path" and p.name in CLIENT_DEFAULTS:
        text += f" Left out: the client's own `{p.name}` (PrimeClient's `{p.name}=` or PRIME_{p.name.upper()})."
    lines = block(text, "        ", WIDTH)
    first = lines[0].strip()
    if len(head) + 1 + len(first) <= WIDTH + 8:
        return [f"{head} {first}", *lines[1:]]
    return [head, *lines]


def endpoint_doc(op: OperationDef, accepts: dict[str, str], catalog: Catalog | None = None) -> str:
    """Everything up to "Returns": the same for the async and the blocking client."""
    lines = [f"{op.summary or op.operation_id} ({op.method} {op.path})"]
    if op.description and op.description.rstrip(".") != op.summary.rstrip("."):
        lines += ["", *block(op.description)]
    lines += ["", f"Operation {op.operation_id}: `ROUTES[{op.operation_id!r}]`."]
    params = signature_order(op)
    if params:
        lines += ["", "Args:"]
        for p in params:
            lines += argument(p, accepts[p.name], op)
    if op.idempotency_field:
        field = op.idempotency_field
        lines += [
            "",
            "Idempotency:",
            *block(
                f"`{field}` makes the call safe to retry: Prime acts on a value once. Leave it out and "
                f"the client fills in a uuid4, once per call, and sends that same value on every retry "
                f"of the call (so a retried call never acts twice). The value used comes back as "
                f"`result.{field}`, and as `exc.idempotency_key` on an error. Pass your own to look "
                f"the call up, or resend it safely, after a crash.",
                "    ",
            ),
        ]
    if op.operation_id in DUPLICATE_RESOLVED:
        lines += block(
            "A retry Prime refuses as ORDER_DUPLICATE_CLIENT_ORDER_ID means an earlier attempt of this "
            "call placed the order: the client finds it by its client_order_id and returns it "
            "(OrderStateUnknownError if it cannot, within bounds). Refused when no earlier attempt "
            "may have reached Prime (your own id, reused): DuplicateClientOrderIdError at once.",
            "    ",
        )
    if catalog is not None:
        lines += ["", *errors_doc(op, catalog)]
    return "\n".join(lines)


# operations whose retry refused as a duplicate is resolved by a lookup (prime_async._duplicates)
DUPLICATE_RESOLVED = frozenset({"CreateOrder", "AcceptQuote", "EditOrder"})
# the error class each status raises (prime_async._errors.status_error_class)
STATUS_CLASS = {400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError", 404: "NotFoundError"}


def errors_doc(op: OperationDef, catalog: Catalog) -> list[str]:
    """The errors Prime declares for the operation (spec/prime-errors.yaml): one line per
    subcode with its meaning, grouped by status; then the ones any signed request can get."""
    lines = ["Errors Prime declares (`exc.subcode`, an ErrorSubcode; spec/prime-errors.yaml):"]
    for status, names in sorted(catalog.operations.get(op.operation_id, {}).items()):
        lines.append(
            f"    {status} {STATUS_CLASS.get(status, 'InternalServerError' if status >= 500 else 'APIStatusError')}:"
        )
        for name in names:
            text = f"{name}: {catalog.subcodes[name].meaning}"
            lines.append("        " + textwrap.shorten(text, WIDTH + 8, placeholder="..."))
    lines.append("    Any signed request:")
    for status, names in catalog.generic.items():
        lines += wrap(f"{status}: {', '.join(names)}", WIDTH + 8, "        ", "            ")
    return lines


def returns_doc(op: OperationDef, api: Api, *, blocking: bool) -> str:
    return RETURNS[blocking, op.pagination is not None].format(response=op.response_model, item=item_of(op, api))


def item_of(op: OperationDef, api: Api) -> str:
    """The model of a paginated operation's items ("" when not paginated)."""
    if op.pagination is None:
        return ""
    field = next(f for f in api.models[op.response_model].fields if f.name == op.pagination[0])
    return field.type.removeprefix("list[").removesuffix("]")


def where_used(api: Api) -> dict[str, list[str]]:
    """Model name -> where it appears: the operations it answers or is sent to, the fields holding it."""
    places: dict[str, list[str]] = {}
    for op in api.operations:
        call = f"`{op.resource}.{op.name}()`"
        places.setdefault(op.response_model, []).append(f"what {call} returns")
        if op.body_model:
            places.setdefault(op.body_model, []).append(f"the body {call} sends")
    for model in api.models.values():
        for f in model.fields:
            for name in re.findall(r"\w+", f.type):
                if name in api.models:
                    places.setdefault(name, []).append(f"`{model.name}.{f.name}`")
    return places


def model_doc(model: ModelDef, api: Api, places: list[str], python_type: dict[str, str]) -> str:
    """The schema's description (or where the model appears), then each field and its description."""
    lines = block(model.doc) if model.doc else [f"{model.name}: not described in the spec."]
    if places:
        shown = ", ".join(places[:4]) + (f" and {len(places) - 4} more" if len(places) > 4 else "")
        lines += ["", *block(f"Used in: {shown}.")]
    if model.fields:
        lines += ["", "Attributes:"]
        for f in model.fields:
            text = full_stop(f.doc or "Not described in the spec.")
            if f.answer:
                text += " Always there: a 200 without it raises MissingResponseFieldError."
            if f.wire != f.name:
                text += f" On the wire: `{f.wire}`."
            body = block(text, "        ")
            head = f"    {f.name} ({python_type[f.name]}):"
            first = body[0].strip()
            lines += [f"{head} {first}", *body[1:]] if len(head) + len(first) < WIDTH + 8 else [head, *body]
    return "\n".join(lines)
