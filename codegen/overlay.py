"""spec/overlay.yaml: operations Prime serves that no public spec has yet, merged with the spec.

The public spec (spec/prime-openapi.yaml) stays as Coinbase publishes it; the overlay holds, in
the same OpenAPI form, the operations it lacks and the component schemas they use. The merge is
additive and the public spec always wins:

- an overlay operation whose method and path the spec has is skipped, and reported as shadowed;
- an overlay schema is added only if a kept operation uses it (directly or through another
  overlay schema) and the spec has no schema of that name (else the spec's is used, reported).

A shadowed entry means a newer public spec carries the operation: `python -m codegen overlay
--prune` drops it, and the schemas only it used, from the overlay file (keeping its header
comment); `python -m codegen --check` fails until then, so a stale overlay never lingers.
"""

from __future__ import annotations

import copy
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import OVERLAY

HTTP_METHODS = ("get", "post", "put", "delete", "patch")
_REF = "#/components/schemas/"


@dataclass
class Merged:
    """The spec with the overlay merged in, and what the merge did."""

    spec: dict[str, Any]
    added: list[str] = field(default_factory=list)  # "GET /v1/... (OperationId)"
    shadowed: list[str] = field(default_factory=list)  # overlay entries the spec has now: skipped
    schemas_added: list[str] = field(default_factory=list)
    schemas_shadowed: list[str] = field(default_factory=list)


def load_yaml(path: Path) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return data if isinstance(data, dict) else {}


def _label(path: str, method: str, op: dict[str, Any]) -> str:
    return f"{method.upper()} {path} ({op.get('operationId', '?')})"


def _refs(node: Any) -> set[str]:
    """The schema names a spec fragment refers to."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        found = {ref[len(_REF) :]} if isinstance(ref, str) and ref.startswith(_REF) else set()
        for value in node.values():
            found |= _refs(value)
        return found
    if isinstance(node, list):
        return set().union(*map(_refs, node)) if node else set()
    return set()


def _reachable(roots: set[str], schemas: dict[str, Any]) -> list[str]:
    """Overlay schema names reachable from `roots` through overlay schemas, in overlay order."""
    seen: set[str] = set()
    todo = [name for name in roots if name in schemas]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += [ref for ref in _refs(schemas[name]) if ref in schemas and ref not in seen]
    return [name for name in schemas if name in seen]


def _kept_operations(spec: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """(path -> {method: operation}) of overlay operations the spec lacks, and labels of the rest."""
    kept: dict[str, dict[str, Any]] = {}
    shadowed: list[str] = []
    paths = spec.get("paths", {})
    for path, item in (overlay.get("paths") or {}).items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            if method in paths.get(path, {}):
                shadowed.append(_label(path, method, op))
            else:
                kept.setdefault(path, {})[method] = op
    return kept, shadowed


def merge(spec: dict[str, Any], overlay: dict[str, Any]) -> Merged:
    """The spec with the overlay's operations and schemas added (neither input is changed)."""
    kept, shadowed = _kept_operations(spec, overlay)
    overlay_schemas: dict[str, Any] = (overlay.get("components") or {}).get("schemas") or {}
    spec_schemas: dict[str, Any] = spec["components"]["schemas"]
    merged = dict(spec)
    merged["paths"] = dict(spec["paths"])
    merged["components"] = dict(spec["components"])
    merged["components"]["schemas"] = schemas = dict(spec_schemas)
    result = Merged(merged, shadowed=shadowed)
    ids = {op.get("operationId") for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}
    for path, operations in kept.items():
        item = merged["paths"][path] = dict(merged["paths"].get(path, {}))
        for method, op in operations.items():
            if op.get("operationId") in ids:
                raise ValueError(f"overlay: {_label(path, method, op)}: the spec has that operationId at another path")
            item[method] = copy.deepcopy(op)
            result.added.append(_label(path, method, op))
    for name in _reachable(_refs(kept), overlay_schemas):
        if name in spec_schemas:
            result.schemas_shadowed.append(name)
        else:
            schemas[name] = copy.deepcopy(overlay_schemas[name])
            result.schemas_added.append(name)
    missing = sorted(
        ref for ref in _refs(kept) | _refs([schemas[n] for n in result.schemas_added]) if ref not in schemas
    )
    if missing:
        raise ValueError(f"overlay: no schema named {', '.join(missing)} in the spec or the overlay")
    return result


def merged_spec(spec_path: Path, overlay_path: Path | None = OVERLAY) -> Merged:
    """A spec file with an overlay file merged in (none: the spec alone; a missing file: no overlay)."""
    spec = load_yaml(spec_path)
    if overlay_path is None or not overlay_path.exists():
        return Merged(spec)
    return merge(spec, load_yaml(overlay_path))


def _header(text: str) -> str:
    """The overlay file's leading comment block (kept by a prune)."""
    match = re.match(r"(?:[ \t]*#[^\n]*\n|[ \t]*\n)*", text)
    return match.group(0) if match else ""


def pruned(spec: dict[str, Any], overlay_text: str) -> tuple[str, list[str]]:
    """The overlay file's text without the operations the spec has now, nor the schemas that no
    remaining operation uses or that the spec has; and the labels of what was dropped."""
    import yaml

    overlay = yaml.safe_load(overlay_text) or {}
    kept, shadowed = _kept_operations(spec, overlay)
    overlay_schemas = (overlay.get("components") or {}).get("schemas") or {}
    spec_schemas = spec["components"]["schemas"]
    keep = [name for name in _reachable(_refs(kept), overlay_schemas) if name not in spec_schemas]
    dropped = shadowed + [f"schema {name}" for name in overlay_schemas if name not in keep]
    body = {
        "paths": {path: dict(ops) for path, ops in kept.items()},
        "components": {"schemas": {name: overlay_schemas[name] for name in keep}},
    }
    text = yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=120)
    return _header(overlay_text) + text, dropped


def main(argv: list[str], spec_path: Path, overlay_path: Path = OVERLAY) -> int:
    """`python -m codegen overlay`: what the overlay adds and what the spec shadows;
    `--prune`: drop the shadowed entries from the overlay file; `--merged OUT.yaml`: write the
    merged spec (for tools that read one file, such as Schemathesis)."""
    if "--prune" in argv:
        text, dropped = pruned(load_yaml(spec_path), overlay_path.read_text(encoding="utf-8"))
        overlay_path.write_text(text, encoding="utf-8")
        for label in dropped:
            print(f"dropped from the overlay: {label}")
        print(f"{overlay_path}: {len(dropped)} entries dropped")
        return 0
    result = merged_spec(spec_path, overlay_path)
    if "--merged" in argv:
        index = argv.index("--merged")
        if index + 1 >= len(argv):
            print("usage: python -m codegen overlay --merged OUT.yaml", file=sys.stderr)
            return 2
        import yaml

        Path(argv[index + 1]).write_text(yaml.safe_dump(result.spec, sort_keys=False, allow_unicode=True))
        return 0
    for label in result.added:
        print(f"added by the overlay: {label}")
    for label in result.shadowed:
        print(f"in the spec now, skipped: {label} (run `python -m codegen overlay --prune`)")
    for name in result.schemas_shadowed:
        print(f"schema in the spec now, the spec's used: {name} (run `python -m codegen overlay --prune`)")
    return 0
