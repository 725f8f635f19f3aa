"""The runtime dependencies are the ones the design allows, each with its measured reason in the
README's design section: sniffio (see pyproject), aiohttp (the default asyncio transport), orjson
(parsing), h11 (the simulator's server)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).parent.parent / "pyproject.toml"


def test_runtime_dependencies_are_exactly_the_allowed_ones() -> None:
    deps = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    names = {re.match(r"[A-Za-z0-9_.-]+", d).group(0).lower() for d in deps}  # type: ignore[union-attr]
    assert names == {"httpx", "attrs", "cattrs", "anyio", "sniffio", "aiohttp", "orjson", "h11", "wsproto"}


def test_sniffio_is_importable() -> None:
    # httpcore 1.0.x retries `import sniffio` on every request when it is missing (~55 µs each)
    import sniffio

    assert sniffio.current_async_library
