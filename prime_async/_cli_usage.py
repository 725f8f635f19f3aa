"""What every `prime-async` command shares: the error for bad command-line input, and finding an
operation by the name a user typed. A module of its own so that the `call` command (`_call_cli`)
and the command line (`cli`), which adds it, need not import each other."""

from __future__ import annotations

import difflib

from ._generated.routes import ROUTES
from ._route import Route

__all__ = ["UsageError", "find_route"]


class UsageError(Exception):
    """Bad command-line input: reported in one line, exit status 2."""


def find_route(name: str, where: str = "") -> Route:
    """The operation called `name` (its operationId, `resource.method` or method name); UsageError
    with the closest name otherwise."""
    try:
        return ROUTES.find(name)
    except KeyError:
        names = [*ROUTES, *(f"{r.resource}.{r.name}" for r in ROUTES.values()), *(r.name for r in ROUTES.values())]
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else " (see `prime-async routes`)"
        raise UsageError(f"unknown operation {name!r}{where}{hint}") from None
