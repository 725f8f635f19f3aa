"""One name per concept, and a why for every class that holds state, across the hand-written
package (`prime_async/_generated` is the code generator's, and is checked by its own tests).

A reader who meets `TokenBucket`, `ChannelRouter` or `BookReplica` anywhere in the package can
trust it is the one thing of that name: class names are unique, and the classes named for the
concepts that once collided (books, routers, token buckets) are exactly those listed here.
"""

from __future__ import annotations

import ast
import functools
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "prime_async"

# The classes named for each concept, and where they live: adding one is a decision to make here.
CONCEPTS = {
    "Book": {
        "OrderBook": "_feed/_book.py",  # public: one state of a product's l2 book, as the feed hands it out
        "OrderBookStream": "_feed/_streams.py",  # public: the stream of those states
        "BookReplica": "_feed/_book.py",  # the feed's live copy of a product's book, per connection
        "BookHandler": "_feed/_channels.py",  # the feed's handler of order_book streams
        "MarketBook": "testing/_feed_market.py",  # the simulator's aggregated l2 market it publishes
        "EntityBook": "testing/_risk.py",  # the simulator's exposures book (risk), not an order book
    },
    "Router": {
        "ChannelRouter": "_feed/_router.py",  # a feed connection's messages, by channel
        "HttpRouter": "testing/_simulator.py",  # the simulator's HTTP requests, by method and path
    },
    "Bucket": {
        "TokenBucket": "_token_bucket.py",  # the client's limiter and the simulator's 429s alike
    },
}


def hand_written() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "_generated" not in p.relative_to(PACKAGE).parts)


@functools.cache
def classes() -> list[tuple[str, ast.ClassDef]]:
    """(module path relative to the package, class) for every class, nested ones too."""
    found = []
    for path in hand_written():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(path.relative_to(PACKAGE).as_posix(), n) for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    return found


def holds_state(node: ast.ClassDef) -> bool:
    """Whether instances carry data: `self.x = ...` in a method, `__slots__`, or annotated fields
    (attrs, dataclasses, NamedTuple); a `ClassVar` is not instance state."""
    for item in node.body:
        if isinstance(item, ast.AnnAssign):
            annotation = item.annotation
            if not (isinstance(annotation, ast.Subscript) and getattr(annotation.value, "id", "") == "ClassVar"):
                return True
        if isinstance(item, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__slots__" for t in item.targets):
            return True
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            for sub in ast.walk(item):
                targets = (
                    sub.targets
                    if isinstance(sub, ast.Assign)
                    else [sub.target]
                    if isinstance(sub, ast.AnnAssign | ast.AugAssign)
                    else []
                )
                for target in targets:
                    for e in ast.walk(target):
                        if isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name) and e.value.id == "self":
                            return True
    return False


def test_every_class_that_holds_state_says_why() -> None:
    missing = [
        f"{module}: {node.name}" for module, node in classes() if holds_state(node) and not ast.get_docstring(node)
    ]
    assert not missing, "classes with instance state and no docstring:\n" + "\n".join(missing)


def test_class_names_are_unique_across_the_package() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for module, node in classes():
        where[node.name].append(module)
    shared = {name: modules for name, modules in where.items() if len(modules) > 1}
    assert not shared, f"one class name, several classes: {shared}"


@pytest.mark.parametrize("concept", sorted(CONCEPTS))
def test_the_classes_named_for_a_concept_are_the_listed_ones(concept: str) -> None:
    named = {node.name: module for module, node in classes() if concept in node.name}
    assert named == CONCEPTS[concept]


def test_the_checks_see_what_they_look_for() -> None:
    source = (
        "class A:\n    def __init__(self):\n        self.x = 1\n"
        "class B:\n    __slots__ = ('x',)\n"
        "class C:\n    x: int\n"
        "class D:\n    x: ClassVar[int] = 1\n    def f(self):\n        return self.x\n"
        "class E(Exception):\n    pass\n"
    )
    tree = ast.parse(source)
    stateful = [n.name for n in tree.body if isinstance(n, ast.ClassDef) and holds_state(n)]
    assert stateful == ["A", "B", "C"]
    assert len(classes()) > 100  # the walk reaches the package, nested classes included
    assert any(node.name == "Connection" for _, node in classes())
