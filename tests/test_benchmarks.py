"""The benchmarks still run: a tenth of their load, on what the test install has (not their figures,
which need an idle machine: `nox -s bench`). A change to the client's internals that a benchmark
drives directly (a stream's constructor, a parser) breaks them here, not in the next bench run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.parametrize(
    "command",
    [
        ["bench_feed.py", "--quick"],
        ["bench_requests.py", "--quick", "--clients", "prime,aiohttp"],
        ["bench_profile.py", "--quick"],
        ["bench_store.py", "--quick"],
    ],
    ids=["feed", "requests", "profile", "store"],
)
def test_a_benchmark_runs_to_its_end(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / command[0]), *command[1:]],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=BENCHMARKS,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "µs" in done.stdout  # its table was printed
