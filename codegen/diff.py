"""`python -m codegen diff OLD.yaml NEW.yaml`: what a spec update changes for users of the client.

Both specs are read the way the generator reads them, spec/overlay.yaml merged in (an operation
the overlay served that NEW now carries is no change for users), so the report speaks the
client's names:
`orders.create_order()` and its keyword arguments, model classes and their attributes, enum
classes and their values. An operation that disappears while another appears at the same method
and path is reported as renamed (its old names stay as deprecated aliases: see
naming.RENAMED_OPERATIONS); so is a model that only a renamed operation used. The output is
Markdown, ready for CHANGELOG.md. `python -m codegen diff` alone compares the spec without and
with the overlay: what the overlay adds; `--no-overlay` compares two spec files as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import OVERLAY, read_api
from .spec import Api, ModelDef, OperationDef


@dataclass
class Changes:
    """Added and removed names, and what changed inside each name both sides have."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # name -> ["+ field (type)", ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.renamed or self.changed)


@dataclass
class SpecDiff:
    operations: Changes
    models: Changes
    enums: Changes

    def __bool__(self) -> bool:
        return bool(self.operations or self.models or self.enums)


def compare(old: Api, new: Api) -> SpecDiff:
    before = {op.operation_id: op for op in old.operations}
    after = {op.operation_id: op for op in new.operations}
    renamed = _renamed(before, after)
    # the models only a renamed operation used are renamed with it (SetFundingSettingsResponse -> Update...)
    model_renames = {a.response_model: b.response_model for a, b in renamed}
    model_renames |= {a.body_model: b.body_model for a, b in renamed if a.body_model and b.body_model}
    return SpecDiff(
        _operations(before, after, renamed), _models(old.models, new.models, model_renames), _enums(old, new)
    )


def _renamed(
    before: dict[str, OperationDef], after: dict[str, OperationDef]
) -> list[tuple[OperationDef, OperationDef]]:
    """Operations that left while another arrived at the same method and path."""
    arrived = {(op.method, op.path): op for key, op in after.items() if key not in before}
    return [
        (op, arrived[(op.method, op.path)])
        for key, op in before.items()
        if key not in after and (op.method, op.path) in arrived
    ]


def _label(op: OperationDef) -> str:
    return f"{op.operation_id} ({op.resource}.{op.name}(), {op.method} {op.path})"


def _operations(
    before: dict[str, OperationDef], after: dict[str, OperationDef], renamed: list[tuple[OperationDef, OperationDef]]
) -> Changes:
    old_names = {a.operation_id for a, _ in renamed}
    new_names = {b.operation_id for _, b in renamed}
    changes = Changes(
        added=[_label(op) for key, op in after.items() if key not in before and key not in new_names],
        removed=[_label(op) for key, op in before.items() if key not in after and key not in old_names],
        renamed=[(_label(a), _label(b)) for a, b in renamed],
    )
    for a, b in [(before[k], after[k]) for k in after if k in before] + renamed:
        lines = []
        if (a.resource, a.name) != (b.resource, b.name) and a.operation_id == b.operation_id:
            lines.append(f"method {a.resource}.{a.name}() is now {b.resource}.{b.name}()")
        lines += _members(
            {p.name: _param_type(p.type, p.required) for p in a.params},
            {p.name: _param_type(p.type, p.required) for p in b.params},
        )
        if a.response_model != b.response_model and a.operation_id == b.operation_id:
            lines.append(f"returns {b.response_model}, not {a.response_model}")
        if bool(a.pagination) != bool(b.pagination):
            lines.append("now paginated" if b.pagination else "no longer paginated")
        if lines:
            changes.changed[f"{b.resource}.{b.name}()"] = lines
    return changes


def _param_type(type_: str, required: bool) -> str:
    return f"{type_}, required" if required else type_


def _members(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """`+ name (type)`, `- name (type)` and `~ name: old -> new` lines, in the new order."""
    lines = [f"+ {name} ({tp})" for name, tp in after.items() if name not in before]
    lines += [f"- {name} ({tp})" for name, tp in before.items() if name not in after]
    lines += [
        f"~ {name}: {before[name]} -> {tp}" for name, tp in after.items() if name in before and before[name] != tp
    ]
    return lines


def _fields(model: ModelDef) -> dict[str, str]:
    return {f.name: f.type for f in model.fields}


def _models(before: dict[str, ModelDef], after: dict[str, ModelDef], renames: dict[str, str]) -> Changes:
    changes = Changes()
    renames = {a: b for a, b in renames.items() if a != b and a not in after and b not in before}
    old_names: dict[str, str] = {}  # new name -> old name (the first, should two old names share one)
    for a, b in renames.items():
        old_names.setdefault(b, a)
    changes.renamed = sorted(renames.items())
    changes.added = sorted(k for k in after if k not in before and k not in old_names)
    changes.removed = sorted(k for k in before if k not in after and k not in renames)
    for name in sorted(after):
        old_name = old_names.get(name, name)
        if old_name in before:
            lines = _members(_fields(before[old_name]), _fields(after[name]))
            if lines:
                changes.changed[name] = lines
    return changes


def _enums(old: Api, new: Api) -> Changes:
    changes = Changes()
    changes.added = sorted(k for k in new.enums if k not in old.enums)
    changes.removed = sorted(k for k in old.enums if k not in new.enums)
    for name in sorted(new.enums):
        if name in old.enums:
            a, b = old.enums[name].values, new.enums[name].values
            lines = [f"+ {v}" for v in b if v not in a] + [f"- {v}" for v in a if v not in b]
            if lines:
                changes.changed[name] = lines
    return changes


def render(diff: SpecDiff) -> str:
    """The diff as Markdown: one section per kind, a bullet per name."""
    if not diff:
        return "No changes a user of the client would see.\n"
    out: list[str] = []
    for title, changes in (("Operations", diff.operations), ("Models", diff.models), ("Enums", diff.enums)):
        if not changes:
            continue
        out.append(f"### {title}\n")
        out += [f"- added: {name}" for name in changes.added]
        out += [f"- removed: {name}" for name in changes.removed]
        out += [f"- renamed: {a} -> {b}" for a, b in changes.renamed]
        for name, lines in changes.changed.items():
            out.append(f"- changed: {name}: " + "; ".join(lines))
        out.append("")
    return "\n".join(out)


def main(old: str, new: str, *, old_overlay: Path | None = OVERLAY, new_overlay: Path | None = OVERLAY) -> int:
    print(render(compare(read_api(Path(old), old_overlay), read_api(Path(new), new_overlay))), end="")
    return 0
