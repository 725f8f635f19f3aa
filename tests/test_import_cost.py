"""`import prime_async` stays cheap: the generated models (most of the import's cost: ~150 ms
of class creation) load with the first call, not at import. A module that imports them at its
top level for an annotation only (as `_duplicates` once did, doubling the import time that
`benchmarks/bench_import.py` measures) fails here, in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

MODELS = "prime_async._generated.models"


def test_import_prime_async_loads_no_models() -> None:
    code = f"import sys, prime_async; print({MODELS!r} in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "False", "import prime_async loaded the models: import them where first needed"


def test_the_models_do_load_on_first_use() -> None:
    code = f"import sys, prime_async.models; print({MODELS!r} in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "True"
