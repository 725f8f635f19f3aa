"""The API reference, generated at build time from the public modules' `__all__`.

Each reference page is a list of mkdocstrings `::: prime_async.X` blocks made from what the
package exports, not from a hand-kept list: a name added to an `__all__` appears in the reference
at the next build, and `tests/test_docs_site.py` checks that every exported name is on a page.
The resource pages follow `PrimeClient`'s own attributes (`client.orders`, ...), one resource
class each, every endpoint method with the docstring the generator wrote from the spec.

mkdocs loads this file as a hook (mkdocs.yml, `hooks:`); `pages()` needs only prime_async, so the
test imports it without mkdocs. After the build, `on_post_build` reads the site's object
inventory (objects.inv) and fails the build if an exported name did not render.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from functools import cached_property
from typing import Any

import prime_async
from prime_async import _errors as errors_module
from prime_async._generated import resources as async_resources
from prime_async._generated import sync_resources

# Exported beside the errors, and shown with them: the open enums of Prime's error catalog.
ERROR_CODES = ["ErrorCode", "ErrorSubcode"]

# The public modules whose `__all__` the reference covers, and the page each goes on.
MODULES = {
    "prime_async": "reference/client.md",
    "prime_async.models": "reference/models.md",
    "prime_async.sync": "reference/sync.md",
    "prime_async.testing": "reference/testing.md",
    "prime_async.transports": "reference/transports.md",
}

# How prime_async's top-level names are grouped on the client page; a name no group lists
# (a new export) lands under "More", so it cannot be missed.
CLIENT_GROUPS = {
    "The client": ["PrimeClient", "AsyncPrimeClient", "SyncPrimeClient", "Credentials", "DEFAULT_BASE_URL"],
    "Options": ["RetryPolicy", "RateLimit", "Tracing"],
    "Calls and their outcomes": [
        "Paginator",
        "fan_out",
        "Outcome",
        "Success",
        "Failure",
        "RequestEvent",
        "UnresolvedRequests",
        "UnresolvedRequest",
    ],
    "The route table": ["ROUTES", "Route", "Param", "Pagination"],
    "Signing": ["Signer", "sign"],
}

# Options for every block: a heading of its own (so the object is in objects.inv and the table of
# contents) that shows the public import path; the rest are mkdocs.yml's.
BLOCK_OPTIONS: dict[str, object] = {"show_root_heading": True, "show_root_full_path": True}


def block(path: str, **options: object) -> str:
    """One mkdocstrings block: `::: path` and its options (YAML)."""
    lines = [f"::: {path}", "    options:"]
    for key, value in {**BLOCK_OPTIONS, **options}.items():
        lines.append(f"      {key}: {str(value).lower() if isinstance(value, bool) else value}")
    return "\n".join(lines) + "\n"


def resource_classes(accessors: type) -> list[tuple[str, type]]:
    """(attribute, resource class) for each resource group of a client class, in attribute order:
    what `client.orders` and the others are."""
    found = []
    for name, member in vars(accessors).items():
        if isinstance(member, cached_property):
            returned = typing.get_type_hints(member.func)["return"]
            found.append((name, returned))
    return found


def resource_sections(accessors: type, module: str, *, level: int) -> list[str]:
    """One section per `client.<group>`: a heading at `level`, then the group's class (from
    `prime_async._generated.<module>`) one level below, without its bases or full path."""
    text = []
    for attribute, cls in resource_classes(accessors):
        text.append(f"{'#' * level} `client.{attribute}`\n")
        text.append(
            block(
                f"prime_async._generated.{module}.{cls.__name__}",
                heading_level=level + 1,
                show_bases=False,
                show_root_full_path=False,
            )
        )
    return text


def is_enum(value: object, base: type) -> bool:
    return inspect.isclass(value) and issubclass(value, base)


def feed_names() -> list[str]:
    return [name for name in prime_async.__all__ if name in prime_async._FEED_NAMES]


def pages() -> dict[str, str]:
    """Path (under docs/) -> Markdown of each generated reference page."""
    out: dict[str, str] = {}
    top = list(prime_async.__all__)
    error_names = [n for n in top if n in errors_module.__all__ or n in ERROR_CODES]
    feed = feed_names()
    feed_errors = [n for n in feed if n.endswith("Error")]
    rest = [n for n in top if n not in error_names and n not in feed]

    text = ["# prime_async\n", "The package's top level: `from prime_async import ...`.\n"]
    grouped = {n for names in CLIENT_GROUPS.values() for n in names}
    for title, names in [*CLIENT_GROUPS.items(), ("More", [n for n in rest if n not in grouped])]:
        present = [n for n in names if n in rest]
        if present:
            text.append(f"## {title}\n")
            text.extend(block(f"prime_async.{n}", heading_level=3) for n in present)
    out["reference/client.md"] = "\n".join(text)

    text = [
        "# Resources\n",
        "Each resource group is an attribute of `PrimeClient` (`client.orders`, `client.wallets`, ...),"
        " built on first use; its methods are the API's operations, named as `prime_async.ROUTES` maps"
        " them. `SyncPrimeClient` has the same groups with blocking methods (`prime_async.sync`), and"
        " `client.with_raw_response` the same methods returning a `RawResponse`.\n",
    ]
    text.extend(resource_sections(async_resources.ResourceAccessors, "resources", level=2))
    out["reference/resources.md"] = "\n".join(text)

    text = [
        "# Errors\n",
        "Every error of the library derives from `PrimeError`; the feed's own are on the [feed page](feed.md).\n",
    ]
    text.extend(block(f"prime_async.{n}") for n in error_names)
    out["reference/errors.md"] = "\n".join(text)

    text = ["# WebSocket feed\n", "`async with client.feed() as feed:` ([guide](../guides/feed.md)).\n"]
    text.extend(block(f"prime_async.{n}") for n in feed if n not in feed_errors)
    text.append("## Errors\n")
    text.extend(block(f"prime_async.{n}", heading_level=3) for n in feed_errors)
    out["reference/feed.md"] = "\n".join(text)

    models = importlib.import_module("prime_async.models")
    enums = [n for n in models.__all__ if is_enum(getattr(models, n), models.OpenEnum)]
    # an enum's `Literal` of its spec values (`OrderSideLiteral`), shown after the enum
    literals = {n: f"{n}Literal" for n in enums if f"{n}Literal" in models.__all__}
    others = [n for n in models.__all__ if n not in enums and n not in literals.values()]
    text = [
        "# Models\n",
        "`prime_async.models`: every request and response model of the spec (frozen attrs classes),"
        " and `to_json`. The enums are on [their own page](enums.md).\n",
    ]
    text.extend(block(f"prime_async.models.{n}") for n in others)
    out["reference/models.md"] = "\n".join(text)
    text = ["# Enums\n", "`prime_async.models`: every enum of the spec, open to values it does not list yet.\n"]
    for n in enums:
        text.append(block(f"prime_async.models.{n}"))
        if n in literals:
            text.append(block(f"prime_async.models.{literals[n]}"))
    out["reference/enums.md"] = "\n".join(text)

    sync = importlib.import_module("prime_async.sync")
    text = ["# prime_async.sync\n", "The blocking facade ([guide](../guides/sync.md)).\n"]
    text.extend(block(f"prime_async.sync.{n}") for n in sync.__all__)
    text.append("## Resources\n")
    text.append(
        "The same groups and methods as [the async client's](resources.md), each a blocking call;"
        " a paginated one returns a `SyncPaginator`.\n"
    )
    text.extend(resource_sections(sync_resources.SyncResourceAccessors, "sync_resources", level=3))
    out["reference/sync.md"] = "\n".join(text)

    for module_name in ["prime_async.testing", "prime_async.transports"]:
        module = importlib.import_module(module_name)
        text = [f"# {module_name}\n", (inspect.getdoc(module) or "").split("\n\n")[0] + "\n"]
        text.extend(block(f"{module_name}.{n}") for n in module.__all__)
        out[MODULES[module_name]] = "\n".join(text)
    return out


def documented_objects(markdown: str) -> list[str]:
    """The `:::` identifiers of a reference page."""
    return [line[4:].strip() for line in markdown.splitlines() if line.startswith("::: ")]


# -- mkdocs events ------------------------------------------------------------------------------


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    for path, content in pages().items():
        files.append(File.generated(config, path, content=content))
    return files


def on_post_build(config: Any) -> None:
    """Fail the build when an exported name is not in the built site's object inventory."""
    from pathlib import Path

    from mkdocs.exceptions import PluginError

    missing = missing_from_inventory(Path(config["site_dir"]) / "objects.inv")
    if missing:
        raise PluginError(f"exported but not in the API reference: {', '.join(missing)}")


def inventory_names(path: Any) -> set[str]:
    """The Python objects a Sphinx-style objects.inv lists (mkdocstrings writes one)."""
    import zlib

    data = path.read_bytes()
    header_end = 0
    for _ in range(4):  # four header lines, then zlib
        header_end = data.index(b"\n", header_end) + 1
    names = set()
    for line in zlib.decompress(data[header_end:]).decode().splitlines():
        name, domain = line.split(" ", 2)[:2]
        if domain.startswith("py:"):
            names.add(name)
    return names


def public_names() -> dict[str, list[str]]:
    return {module: list(importlib.import_module(module).__all__) for module in MODULES}


def missing_from_inventory(path: Any) -> list[str]:
    listed = inventory_names(path)
    return [f"{module}.{n}" for module, names in public_names().items() for n in names if f"{module}.{n}" not in listed]
