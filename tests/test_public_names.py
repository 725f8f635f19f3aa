"""The public names are exactly the documented ones: README's "Public names" against each `__all__`."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
MODULES = ["prime_async", "prime_async.sync", "prime_async.transports", "prime_async.testing"]


def documented() -> dict[str, set[str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Public names\n", 1)[1].split("\n## ", 1)[0]
    names: dict[str, set[str]] = {}
    for item in re.split(r"\n- ", "\n" + section.split("\n- ", 1)[1]):
        module, _, rest = item.partition(":")
        names[module.strip().strip("`")] = set(re.findall(r"`([A-Za-z_][A-Za-z0-9_]*)`", rest))
    return names


@pytest.mark.parametrize("name", MODULES)
def test_every_public_name_is_documented_and_every_documented_name_exists(name: str) -> None:
    module = importlib.import_module(name)
    listed = documented()[name]
    public = set(module.__all__)
    assert public == listed, f"undocumented: {sorted(public - listed)}; documented, absent: {sorted(listed - public)}"
    for attribute in module.__all__:
        assert getattr(module, attribute) is not None


def test_every_public_name_has_a_docstring_or_is_data() -> None:
    import prime_async

    for attribute in prime_async.__all__:
        value = getattr(prime_async, attribute)
        if isinstance(value, type) or callable(value):
            assert (value.__doc__ or "").strip(), f"prime_async.{attribute} has no docstring"


def test_the_lazily_loaded_feed_names_are_the_feeds_own() -> None:
    # prime_async lists them by hand so that `import prime_async` need not load the feed
    import prime_async
    from prime_async import _feed

    assert sorted(prime_async._FEED_NAMES) == sorted(_feed.__all__)
