"""CONTRIBUTING.md's "Where things live" map matches the tree: every module it names exists, and
every hand-written module of prime_async is named (a `*` in a name covers a family of modules)."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "prime_async"


def mapped() -> list[str]:
    text = (ROOT / "CONTRIBUTING.md").read_text()
    section = text.split("## Where things live", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"`([\w/*]+\.py)`", section)


def modules() -> list[str]:
    return sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "_generated" not in path.relative_to(PACKAGE).parts
    )


def test_every_module_in_the_map_exists() -> None:
    names = modules()
    missing = [entry for entry in mapped() if not fnmatch.filter(names, entry)]
    assert mapped() and not missing, f"CONTRIBUTING.md maps modules that do not exist: {missing}"


def test_every_module_is_in_the_map() -> None:
    entries = mapped()
    unmapped = [name for name in modules() if not any(fnmatch.fnmatchcase(name, entry) for entry in entries)]
    assert not unmapped, f"add these to CONTRIBUTING.md's 'Where things live': {unmapped}"
