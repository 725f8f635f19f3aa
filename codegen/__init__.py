"""The generator: spec/prime-openapi.yaml -> prime_async/_generated/.

Run `python -m codegen` to regenerate, `python -m codegen --check` to fail when the committed
output is stale. It needs PyYAML (the `dev` extra), never at runtime.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "prime-openapi.yaml"
OUTPUT = ROOT / "prime_async" / "_generated"


def generate() -> dict[Path, str]:
    """Every generated file and the text it should hold."""
    import yaml

    from .render import render_all
    from .spec import SpecReader

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    api = SpecReader(spec).read()
    return {OUTPUT / name: text for name, text in render_all(api).items()}


def stale_files() -> list[Path]:
    return [path for path, text in generate().items() if not path.exists() or path.read_text(encoding="utf-8") != text]
