"""Run every benchmark in sequence, each in its own process, under one header describing the machine.

Why: the numbers only mean something next to the machine, interpreter and library versions that
produced them, and every ratio is against a baseline measured in the same run. Each benchmark
bounds its own loads in count and time; this runner also gives each a timeout, and the whole
run a budget of under 10 minutes (about 3-4 minutes on a 2-core machine).

    python benchmarks/run_all.py [--quick]      # or: nox -s bench

Every target line (`[ met  ]` / `[MISSED]`) is repeated in a summary at the end.

Exit status: 0 when every benchmark ran (a missed target is reported, not failed), 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import subprocess
import sys
import threading
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUDGET_SECONDS = 570.0
# (script, timeout in seconds, accepts --quick)
BENCHMARKS = [
    ("bench_signing.py", 60, False),
    ("bench_requests.py", 200, True),
    ("bench_fanout.py", 220, True),
    ("bench_profile.py", 90, True),
    ("bench_structuring.py", 90, False),
    ("bench_import.py", 90, False),
    ("bench_feed.py", 120, True),
    ("bench_store.py", 120, True),
]
TARGET_MARKS = ("[ met  ]", "[MISSED]", "[ n/a  ]")
PACKAGES = [
    "prime-async", "httpx", "httpcore", "h11", "anyio", "sniffio", "aiohttp", "yarl", "multidict",
    "attrs", "cattrs", "orjson", "wsproto", "pydantic", "msgspec", "openai", "prime-sdk-py", "requests",
    "uvloop", "trio", "redis", "hiredis",
]  # fmt: skip


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def git_revision() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "prime_async"], cwd=HERE.parent, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return commit + (" with uncommitted changes to prime_async/" if dirty else "")


def prime_async_location() -> str:
    """Where `import prime_async` will come from, found without importing it."""
    spec = importlib.util.find_spec("prime_async")
    return str(Path(spec.origin).parent) if spec and spec.origin else "nowhere (not importable)"


def header() -> str:
    versions = []
    for package in PACKAGES:
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return "\n".join(
        [
            "prime-async benchmarks",
            f"machine:  {platform.platform()}, {cpu_model()}, {os.cpu_count()} CPUs ({affinity} usable)",
            f"python:   {sys.version.split()[0]} ({platform.python_implementation()}) at {sys.executable}",
            f"checkout: {git_revision()}; prime_async from {prime_async_location()}",
            "packages: " + ", ".join(versions[:8]),
            "          " + ", ".join(versions[8:]),
        ]
    )


def run(command: list[str], timeout: float) -> tuple[int | None, list[str]]:
    """Run a benchmark, its output shown as it comes; (exit code or None on timeout, its lines)."""
    lines: list[str] = []
    with subprocess.Popen(command, cwd=HERE.parent, stdout=subprocess.PIPE, text=True) as process:

        def echo() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                print(line, end="", flush=True)
                lines.append(line)

        reader = threading.Thread(target=echo, daemon=True)
        reader.start()
        try:
            code: int | None = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            code = None
        reader.join(timeout=5)
    return code, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="smoke test: a tenth of the load benchmarks")
    args = parser.parse_args()
    print(header(), flush=True)
    started = time.perf_counter()
    failures = []
    timings = []
    targets: list[tuple[str, str]] = []
    for script, timeout, has_quick in BENCHMARKS:
        remaining = BUDGET_SECONDS - (time.perf_counter() - started)
        print(f"\n===== {script} " + "=" * max(0, 70 - len(script)), flush=True)
        if remaining < 10:
            failures.append(f"{script}: skipped, the run's time budget is spent")
            print(failures[-1], flush=True)
            continue
        command = [sys.executable, str(HERE / script)] + (["--quick"] if args.quick and has_quick else [])
        began = time.perf_counter()
        code, lines = run(command, min(timeout, remaining))
        targets += [(script, line.strip()) for line in lines if line.strip().startswith(TARGET_MARKS)]
        elapsed = time.perf_counter() - began
        timings.append(f"{script} {elapsed:.0f} s")
        if code != 0:
            failures.append(f"{script}: " + ("timed out" if code is None else f"exit code {code}"))
            print(failures[-1], flush=True)
    print("\n===== summary: every target of this run " + "=" * 40)
    for script, line in targets:
        print(f"{script:22s} {line}")
    print(f"\n===== done in {time.perf_counter() - started:.0f} s: " + ", ".join(timings))
    for failure in failures:
        print(f"FAILED {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
