"""The public names are exactly the documented ones: the "Public names" of the API reference's
index page (docs/reference/index.md) against each `__all__`."""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

PUBLIC_NAMES_PAGE = Path(__file__).resolve().parents[1] / "docs" / "reference" / "index.md"
MODULES = ["prime_async", "prime_async.sync", "prime_async.transports", "prime_async.testing"]


def documented() -> dict[str, set[str]]:
    text = PUBLIC_NAMES_PAGE.read_text(encoding="utf-8")
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


# -- every exported class and function says its public path (issue 22) --------------------------

PUBLIC_MODULES = [*MODULES, "prime_async.models"]


def exported(name: str) -> list[tuple[str, Any]]:
    module = importlib.import_module(name)
    return [(attribute, getattr(module, attribute)) for attribute in module.__all__]  # lazy names load here


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_every_exported_class_and_function_is_shown_at_its_public_path(name: str) -> None:
    checked = 0
    for attribute, value in exported(name):
        if not (inspect.isclass(value) or inspect.isfunction(value)):
            continue
        where = value.__module__
        # `prime_async.CredentialsError`, not `prime_async._errors.CredentialsError`; a public
        # submodule's own (prime_async.testing.samples.sample_json) is a public path too
        assert where == name or where.startswith(f"{name}."), f"{name}.{attribute} says {where}"
        assert not any(part.startswith("_") for part in where.split("."))
        assert getattr(importlib.import_module(where), value.__qualname__) is value  # pickle's lookup
        checked += 1
    assert checked >= {"prime_async": 50, "prime_async.models": 300}.get(name, 2)


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_annotations_still_resolve_for_the_module_a_class_names(name: str) -> None:
    # typing.get_type_hints and attrs.resolve_types (which cattrs calls) look names up in
    # sys.modules[cls.__module__], the public module now
    for _, value in exported(name):
        if inspect.isclass(value):
            typing.get_type_hints(value, include_extras=True)
            if attrs.has(value):
                assert not any(isinstance(f.type, str) for f in attrs.fields(attrs.resolve_types(value)))


def errors() -> list[BaseException]:
    import prime_async

    request = httpx.Request("POST", "https://api.prime.coinbase.com/v1/portfolios/p-1/order")
    response = httpx.Response(404, json={"message": "no such order"}, request=request)
    made: list[BaseException] = []
    for attribute, value in exported("prime_async"):
        if not (inspect.isclass(value) and issubclass(value, BaseException)):
            continue
        fields = {"operation": "CreateOrder", "attempts": 2, "idempotency_key": "k-1"}
        if issubclass(value, (prime_async.APIStatusError, prime_async.APIResponseValidationError)):
            made.append(value("no such order", response=response, body={"message": "no such order"}, **fields))
        elif issubclass(value, prime_async.APIError):
            made.append(value("connection failed", request=request, **fields))
        else:
            made.append(value(f"a {attribute}"))
    return made


@pytest.mark.parametrize("error", errors(), ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("how", ["pickle", "copy", "deepcopy"])
def test_every_error_survives_pickle_and_copy(error: BaseException, how: str) -> None:
    again = {
        "pickle": lambda e: pickle.loads(pickle.dumps(e)),
        "copy": copy.copy,
        "deepcopy": copy.deepcopy,
    }[how](error)
    assert type(again) is type(error) and str(again) == str(error) and again.args == error.args
    assert sorted(vars(again)) == sorted(vars(error))
    if how == "pickle":
        assert f"\x8c{chr(len(type(error).__name__))}{type(error).__name__}".encode("latin-1") in pickle.dumps(error)


FRESH = """
import asyncio, os, sys
for name in list(os.environ):
    if name.startswith("PRIME_"):
        del os.environ[name]
from prime_async.testing import PrimeSimulator
from prime_async._feed._errors import FeedConnectionError   # as the feed itself loads it
print(FeedConnectionError.__module__)

async def main():
    sim = PrimeSimulator(portfolios=1)
    async with sim.client() as client:
        print(type(await client.portfolios.list_portfolios()).__module__)  # prime_async.models never imported

asyncio.run(main())
from prime_async import PrimeClient
PrimeClient()
"""


def test_a_fresh_process_shows_public_paths_in_a_traceback() -> None:
    done = subprocess.run([sys.executable, "-c", FRESH], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["prime_async", "prime_async.models"]
    assert done.stderr.splitlines()[-1].startswith("prime_async.CredentialsError: no Prime credentials")


def test_both_clients_are_exported_at_the_top_and_dir_lists_every_public_name() -> None:
    import prime_async
    from prime_async.sync import SyncPrimeClient

    assert prime_async.SyncPrimeClient is SyncPrimeClient
    assert prime_async.AsyncPrimeClient is prime_async.PrimeClient
    assert prime_async.PrimeClient.__qualname__ == "PrimeClient"  # the alias renamed nothing
    assert set(prime_async.__all__) <= set(dir(prime_async))
    assert {"Feed", "FeedOptions", "SyncPrimeClient"} <= set(dir(prime_async))


def test_import_prime_async_loads_neither_the_feed_nor_the_blocking_client() -> None:
    code = "import sys, prime_async; print([m for m in ('prime_async.sync', 'prime_async._feed') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("name", ["PrimeClient", "SyncPrimeClient"])
def test_constructor_signatures_show_only_public_parameters(name: str) -> None:
    import pydoc

    import prime_async

    cls = getattr(prime_async, name)
    parameters = inspect.signature(cls).parameters
    assert parameters and not [p for p in parameters if p.startswith("_")], list(parameters)
    shown = pydoc.render_doc(cls)
    assert "_shared" not in shown and "_raw:" not in shown and "_portal" not in shown


@pytest.mark.parametrize("name", MODULES)
def test_no_public_callable_shows_a_private_parameter(name: str) -> None:
    module = importlib.import_module(name)
    found = []
    for attribute in module.__all__:
        value = getattr(module, attribute)
        members = [value]
        if inspect.isclass(value):
            members += [getattr(value, m) for m in dir(value) if not m.startswith("_")]
        for member in members:
            try:
                parameters = inspect.signature(member).parameters
            except (TypeError, ValueError):  # not callable, or a builtin without a signature
                continue
            found += [f"{attribute}: {p}" for p in parameters if p.startswith("_") and p != "_"]
    assert found == []


async def _copies_share_the_original() -> None:
    from prime_async import PrimeClient

    async with PrimeClient(access_key="k", passphrase="p", signing_key="s", base_url="http://127.0.0.1:9") as client:
        copy = client.with_options(timeout=3)
        assert copy.http_client is client.http_client and copy.credentials is client.credentials


def test_copies_made_without_the_constructor_still_share_the_original() -> None:
    import anyio

    anyio.run(_copies_share_the_original)


def test_generated_descriptions_end_their_sentence_before_a_generated_note() -> None:
    from prime_async import ROUTES
    from prime_async.models import Order

    doc = ROUTES["GetOrder"].doc
    assert re.search(r"\w Left out:", doc) is None and ". Left out:" in doc
    assert re.search(r"[a-z0-9] (Left out|Sent as|On the wire):", (Order.__doc__ or "") + doc) is None
