"""The generator: spec/prime-openapi.yaml (with spec/overlay.yaml merged in) and spec/prime-errors.yaml
(Prime's error catalog) -> prime_async/_generated/.

Run `python -m codegen` to regenerate, `python -m codegen --check` to fail when the committed
output is stale. It needs PyYAML (the `dev` extra), never at runtime.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .spec import Api

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "prime-openapi.yaml"
OVERLAY = ROOT / "spec" / "overlay.yaml"
ERRORS = ROOT / "spec" / "prime-errors.yaml"
OUTPUT = ROOT / "prime_async" / "_generated"


def read_api(path: Path = SPEC, overlay: Path | None = OVERLAY) -> Api:
    """A spec file with the overlay merged in (codegen/overlay.py; None: the spec alone), read
    into the generator's model of the API (`diff` reads both of its specs so)."""
    from .overlay import merged_spec
    from .spec import SpecReader

    return SpecReader(merged_spec(path, overlay).spec).read()


def generate() -> dict[Path, str]:
    """Every generated file and the text it should hold."""
    from .errors import read_catalog
    from .render import render_all

    api = read_api()
    return {OUTPUT / name: text for name, text in render_all(api, read_catalog(ERRORS, api)).items()}


def stale_files() -> list[Path]:
    return [path for path, text in generate().items() if not path.exists() or path.read_text(encoding="utf-8") != text]
