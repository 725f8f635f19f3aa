"""Documentation where users look: `help()`, the IDE (the .pyi stubs) and stubtest.

Every endpoint's docstring carries the spec's summary and description, every argument with its
type and description, the idempotency field and how the client fills it, and what the call
returns; the runtime docstrings and signatures, async and blocking, are the stubs' own.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import os
import pydoc
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from prime_async import ROUTES, Paginator, PrimeClient
from prime_async import models as m
from prime_async._generated import resources, sync_resources
from prime_async.sync import SyncPaginator

GENERATED = Path(resources.__file__).parent
FLAVOURS = [(resources, "resources.pyi", ""), (sync_resources, "sync_resources.pyi", "Sync")]


def stub_functions(stub: str) -> dict[tuple[str, str], ast.FunctionDef | ast.AsyncFunctionDef]:
    """(class, method) -> its definition in a .pyi file."""
    tree = ast.parse((GENERATED / stub).read_text())
    found = {}
    for cls in tree.body:
        if isinstance(cls, ast.ClassDef):
            for node in cls.body:
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    found[cls.name, node.name] = node
    return found


def runtime_endpoints(module: Any, prefix: str) -> dict[tuple[str, str], Any]:
    out = {}
    for route in ROUTES.values():
        cls_name = prefix + "".join(part.capitalize() for part in route.resource.split("_")) + "Resource"
        out[cls_name, route.name] = getattr(getattr(module, cls_name), route.name)
    for alias in ROUTES.aliases:
        route = ROUTES[alias.route]
        cls_name = prefix + "".join(part.capitalize() for part in route.resource.split("_")) + "Resource"
        out[cls_name, alias.name] = getattr(getattr(module, cls_name), alias.name)
    return out


@pytest.mark.parametrize(("module", "stub", "prefix"), FLAVOURS, ids=["async", "blocking"])
def test_runtime_docstrings_and_signatures_are_the_stubs(module: Any, stub: str, prefix: str) -> None:
    stubs = stub_functions(stub)
    endpoints = runtime_endpoints(module, prefix)
    assert len(endpoints) == len(ROUTES) + len(ROUTES.aliases)
    for key, endpoint in endpoints.items():
        node = stubs[key]
        assert inspect.getdoc(endpoint) == inspect.cleandoc(ast.get_docstring(node, clean=False) or ""), key
        stub_params = [(a.arg, ast.unparse(a.annotation) if a.annotation else "") for a in node.args.kwonlyargs]
        runtime = inspect.signature(endpoint).parameters.values()
        shown = [(p.name, p.annotation) for p in runtime if p.kind is inspect.Parameter.KEYWORD_ONLY]
        assert shown == [(name, re.sub(r"\b[em]\.", "", annotation)) for name, annotation in stub_params], key
        assert "kwargs" not in inspect.signature(endpoint).parameters


def test_help_shows_the_spec() -> None:
    client = PrimeClient(access_key="a", passphrase="p", signing_key="s")
    text = pydoc.render_doc(client.orders.create_order, renderer=pydoc.plaintext)
    assert "Create Order (POST /v1/portfolios/{portfolio_id}/order)" in text
    assert "product_id (str): The ID of the product being traded for the order (e.g. `BTC-USD`)" in text
    assert "base_quantity (Decimal | str | int, optional):" in text
    assert "Buy Exact order flag" in text  # is_buy_exact's description, new in this spec
    assert "Idempotency:" in text and "uuid4" in text and "every retry" in text
    assert "Returns:\n" in text and "CreateOrderResponse" in text
    assert "base_quantity: 'Decimal | str | int | None' = None" in text  # the signature, in help()


def test_paginated_endpoints_say_what_await_and_iteration_give() -> None:
    client = PrimeClient(access_key="a", passphrase="p", signing_key="s")
    doc = inspect.getdoc(client.orders.list_portfolio_orders) or ""
    assert "Paginator[GetOrdersResponse, Order]" in doc
    assert "`await` it for the first page" in doc and "`async for` over it for every Order" in doc
    assert "Caution:" in doc  # the operation's description
    blocking = inspect.getdoc(sync_resources.SyncOrdersResource.list_portfolio_orders) or ""
    assert "SyncPaginator[GetOrdersResponse, Order]" in blocking and "`.first_page()`" in blocking
    assert "blocking" in blocking


def test_every_endpoint_documents_every_argument() -> None:
    for route in ROUTES.values():
        doc = ROUTES.docstring(route, blocking=False)
        assert doc.startswith(f"{route.summary or route.operation_id} ({route.method} {route.path})")
        for p in route.params:
            assert re.search(rf"^    {p.name} \(", doc, re.MULTILINE), (route.operation_id, p.name)
        if route.idempotency_field:
            assert "Idempotency:" in doc and route.idempotency_field in doc
        assert "Returns:" in doc and route.response in doc


def test_every_model_documents_every_field() -> None:
    for name in m.__all__:
        model = getattr(m, name)
        if not attrs.has(model):
            continue
        doc = inspect.getdoc(model) or ""
        for f in attrs.fields(model):
            assert re.search(rf"^    {f.name} \(", doc, re.MULTILINE), (name, f.name)
    order = inspect.getdoc(m.Order) or ""
    assert "id (str): The unique order ID generated by Coinbase" in order
    assert "limit_price (Decimal | None):" in order
    assert "No description in the spec" not in (inspect.getdoc(m.RewardMetadata) or "")
    assert "custom_stablecoin_reward_details" in (inspect.getdoc(m.RewardMetadata) or "")


def test_paginators_have_docstrings() -> None:
    assert "await" in (Paginator.__doc__ or "") and "async for" in (Paginator.__doc__ or "")
    assert "first_page" in (SyncPaginator.__doc__ or "")


def test_stubtest_finds_the_stubs_and_the_runtime_consistent() -> None:
    pytest.importorskip("mypy")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy.stubtest",
            "prime_async._generated.resources",
            "prime_async._generated.sync_resources",
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# -- the documentation site's API reference (mkdocs.yml, docs/hooks/reference.py) ----------------

ROOT = Path(__file__).parent.parent
REFERENCE_MODULES = ["prime_async", "prime_async.models", "prime_async.sync", "prime_async.testing"]


def reference_hook() -> Any:
    """docs/hooks/reference.py, which mkdocs loads as a hook; it needs only prime_async."""
    spec = importlib.util.spec_from_file_location("docs_reference_hook", ROOT / "docs" / "hooks" / "reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_public_name_has_a_block_in_the_api_reference() -> None:
    hook = reference_hook()
    pages = hook.pages()
    documented = [obj for page in pages.values() for obj in hook.documented_objects(page)]
    assert len(documented) == len(set(documented)), "an object documented twice"
    for name in [*REFERENCE_MODULES, "prime_async.transports"]:
        module = importlib.import_module(name)
        missing = [n for n in module.__all__ if f"{name}.{n}" not in documented]
        assert not missing, f"{name}: {missing} exported but not in the reference"
    # each resource group of the client (client.orders, ...), async and blocking, has its class documented
    client = PrimeClient(access_key="a", passphrase="p", signing_key="s")
    for route in ROUTES.values():
        cls = type(getattr(client, route.resource))
        assert f"prime_async._generated.resources.{cls.__name__}" in documented, route.resource
        assert f"prime_async._generated.sync_resources.Sync{cls.__name__}" in documented, route.resource
    # every page of the reference is in the site's navigation
    nav = (ROOT / "mkdocs.yml").read_text()
    assert all(f": {path}\n" in nav for path in pages), [p for p in pages if f": {p}\n" not in nav]


def test_the_site_builds_strict_and_its_inventory_holds_every_public_name(tmp_path: Path) -> None:
    """`mkdocs build --strict` as `nox -s docs` runs it (~10 s), then the built site's object
    inventory (objects.inv: what rendered, with an anchor) against each `__all__`."""
    pytest.importorskip("mkdocstrings_handlers.python", reason="the docs extra: pip install -e '.[docs]'")

    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "html")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr[-5000:]
    assert "WARNING" not in done.stderr, done.stderr[-5000:]
    listed = reference_hook().inventory_names(tmp_path / "html" / "objects.inv")
    for name in REFERENCE_MODULES:
        module = importlib.import_module(name)
        missing = [n for n in module.__all__ if f"{name}.{n}" not in listed]
        assert not missing, f"{name}: {missing} not in objects.inv"
    assert "prime_async._generated.resources.OrdersResource.create_order" in listed
    order = (tmp_path / "html" / "reference" / "resources" / "index.html").read_text()
    assert "Idempotency" in order and "client_order_id" in order  # the method's docstring rendered
