"""`prime-async call OPERATION --help`: one operation's parameters on a terminal.

Everything comes from the route table: each parameter's name, where it goes, its type and whether
a call must pass it from `Route.params`, its text from the endpoint's generated docstring (the
"Args:" section, which holds the spec's description and what the client fills in), re-wrapped to
the terminal (80 columns at most) with Markdown links reduced to their text.
"""

from __future__ import annotations

import re
import textwrap
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, get_args, get_origin

import attrs

from ._route import Int64, Param, Route, argument_required

__all__ = ["operation_help", "param_docs", "type_name"]

_ARG = re.compile(r"^    (\w+) \(.*\):(?: (.*))?$")  # `    name (type[, optional]): first line`
# a Markdown link, whose URL may hold parentheses (`Order_(exchange)`): its text stays, its URL goes
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))+\)")
_SCALARS = {str: "text", int: "integer", Int64: "integer", float: "number", bool: "true|false",
            Decimal: "decimal", datetime: "date-time"}  # fmt: skip


def param_docs(route: Route) -> dict[str, str]:
    """Each parameter's text in the endpoint's docstring (the "Args:" section), unwrapped: its
    paragraphs apart, each list item ("- BUY: ...") on a line of its own."""
    _, _, args = route.doc.partition("\nArgs:\n")
    docs: dict[str, list[str]] = {}
    lines: list[str] = []
    for line in args.splitlines():
        if line and not line.startswith(" "):  # the next section
            break
        if match := _ARG.match(line):
            lines = docs.setdefault(match[1], [])
            if match[2]:
                lines.append(match[2])
        else:
            lines.append(line.strip())
    return {name: _unwrap(lines) for name, lines in docs.items()}


def _unwrap(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line:
            out.append("")
        elif line.startswith("- ") or not out or not out[-1]:
            out.append(line)
        else:  # a wrapped line goes on with the one before it
            out[-1] += " " + line
    return "\n".join(out).strip()


def type_name(tp: Any) -> str:
    """A parameter's type as the command line takes it: `text`, `decimal`, `list of OrderStatus`..."""
    if get_origin(tp) is list:
        (item,) = get_args(tp)
        return f"JSON list of {item.__name__}" if attrs.has(item) else f"list of {type_name(item)}"
    if tp in _SCALARS:
        return _SCALARS[tp]
    if isinstance(tp, type) and attrs.has(tp):
        return f"{tp.__name__} as JSON"
    return getattr(tp, "__name__", str(tp))


def _values(tp: Any) -> str:
    """`one of: BUY, SELL` for an enum (or a list of one); "" otherwise. Leaves out the spec's
    placeholder values (`UNKNOWN_...`, empty), which Prime refuses."""
    if get_origin(tp) is list:
        tp = get_args(tp)[0]
    if not (isinstance(tp, type) and issubclass(tp, Enum)):
        return ""
    values = [str(m.value) for m in tp if m.value and not str(m.value).startswith("UNKNOWN")]
    return "one of: " + ", ".join(values) if values else ""


def _describe(route: Route, param: Param, doc: str) -> tuple[str, str]:
    """(the heading line's words after the name, the text under it)."""
    required = argument_required(param.name, param.location, param.required, route.idempotency_field)
    kind = type_name(param.type)
    if get_origin(param.type) is list and not attrs.has(get_args(param.type)[0]):
        kind += ", as a,b or repeated"

    heading = f"{kind}, in the {param.location}" + (", required" if required else "")
    text = _LINK.sub(r"\1", doc) or "Not described in the spec."
    values = _values(param.type)
    if values and "\n- " not in "\n" + text:  # the spec's own list of values says more
        text += "\n" + values
    return heading, text


def _wrap(text: str, width: int, indent: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        if not line:
            out.append("")
            continue
        rest = indent + "  " if line.startswith("- ") else indent
        out += textwrap.wrap(
            line, width, initial_indent=indent, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
        )
    return out


def operation_help(route: Route, width: int = 80) -> str:
    """The operation, its summary and description, then every parameter: `* name  type, in the
    body, required` and its text, indented; required ones first and marked `*`."""
    summary, _, rest = route.doc.partition("\n\n")
    summary = summary.removesuffix(f" ({route.method} {route.path})")
    description = rest.partition("\n\nOperation ")[0]
    options = "[--sim | --base-url URL] [--dry-run] [--yes]" + (" [--all [--jsonl]]" if route.pagination else "")
    usage = f"usage: prime-async call {route.operation_id} "
    lines = [
        *textwrap.wrap(f"{usage}[key=value ...] {options}", width, subsequent_indent=" " * len(usage)),
        "",
        *_wrap(f"{summary}: {route.method} {route.path} ({route.resource}.{route.name})", width, ""),
    ]
    if description.strip():
        lines += ["", *_wrap(_LINK.sub(r"\1", _unwrap(description.splitlines())), width, "")]
    if not route.params:
        lines += ["", "Parameters: none."]
        return "\n".join(lines)
    lines += ["", "Parameters (key=value; * marks the required ones; objects as JSON):"]
    docs = param_docs(route)
    for param in route.params:
        heading, text = _describe(route, param, docs.get(param.name, ""))
        mark = "*" if heading.endswith("required") else " "
        lines += textwrap.wrap(f"{param.name}  ({heading})", width, initial_indent=f"{mark} ", subsequent_indent="    ")
        lines += _wrap(text, width, "      ")
    lines += ["", "The command's own options: prime-async call --help"]
    return "\n".join(lines)
