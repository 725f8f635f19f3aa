"""The public path of each exported class and function, for tracebacks, reprs and pickles.

Classes live in private modules (`prime_async._errors`), and Python names a class by the module
that defined it: a traceback would say `prime_async._errors.CredentialsError`, a path no user
should import. Each public module hands its exported names to `publish`, which sets their
`__module__` to itself: `prime_async.CredentialsError`. That is also the path pickle records,
and it resolves, since the public module exports the name.

A name is renamed once, by the first public module that exports it, and only when it still
carries a private path (a module named with a leading underscore).
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["publish"]


def publish(module: str, namespace: Mapping[str, Any], names: Iterable[str], *, resolve: bool = True) -> None:
    """Set `__module__` to `module` on each class and function of `namespace` listed in `names`
    that a private module of prime_async defined (and its name to the exported one, for a class
    exported under another name: `Outcome`).

    A class's string annotations are resolved first (`resolve`), in the module that wrote them (see
    `_resolve_annotations`). models.py passes False: its namespace holds what the models'
    annotations name, and resolving 300 classes at import costs."""
    for name in names:
        value = namespace.get(name)
        if not (inspect.isclass(value) or inspect.isfunction(value)):
            continue  # data (a dict, a string) and typing aliases have no module of their own
        if not (_is_private(value.__module__) and value.__module__.startswith("prime_async.")):
            continue
        if resolve and inspect.isclass(value):
            _resolve_annotations(value)
        value.__module__ = module
        if value.__qualname__ != name and "." not in value.__qualname__:
            value.__qualname__ = value.__name__ = name


def _resolve_annotations(cls: type) -> None:
    """The class's own string annotations (`from __future__ import annotations`) replaced by what
    they name, resolved where they were written: `typing.get_type_hints` (and attrs.resolve_types,
    cattrs) evaluate strings in `sys.modules[cls.__module__]`, which is about to be the public
    module, where `Literal` or `Secret` may not be. A name only imported for type checking leaves
    them as written."""
    own = inspect.get_annotations(cls)
    if not own or not any(isinstance(a, str) for a in own.values()):
        return
    try:
        hints = typing.get_type_hints(cls, include_extras=True)
    except Exception:
        return
    cls.__annotations__ = {name: hints.get(name, a) for name, a in own.items()}


def _is_private(module: str) -> bool:
    return any(part.startswith("_") for part in module.split("."))
