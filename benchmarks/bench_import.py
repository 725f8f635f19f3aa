"""Import time: `import prime_async` vs `import openai`, `import prime_sdk` and `import httpx`.

Why: a CLI, a serverless function or a test run pays the import on every start. Each figure is
the best of 5 wall-clock runs of `python -c "import X"` in a fresh interpreter, minus the best of
5 runs of `python -c "pass"` (the interpreter's own start-up), after one untimed run so that
every .pyc is already compiled. httpx is shown because prime-async imports it: what is above
httpx's line is prime-async's own; `prime_async.models` because the models may load only with
the first request, which then pays for them.

Then the 8 slowest entries, by cumulative time, of `python -X importtime -c "import prime_async"`.
"""

from __future__ import annotations

import subprocess
import sys
import time

from _common import table, target

RUNS = 5
# prime_async.models: what the first request adds, if prime_async defers building its models
MODULES = ["prime_async", "prime_async.models", "openai", "prime_sdk", "httpx"]


def wall(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def best(code: str) -> float:
    wall(code)  # compiles .pyc files, warms the page cache
    return min(wall(code) for _ in range(RUNS))


def importtime_top(module: str, count: int) -> list[tuple[int, int, str]]:
    """(cumulative µs, self µs, name) of the `count` largest entries of -X importtime."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if not line.startswith("import time:")]
        raise SystemExit(f"import {module} failed:\n" + "\n".join(errors[-6:]))
    entries = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|")
        entries.append((int(cumulative), int(own), name.rstrip()))
    return sorted(entries, reverse=True)[:count]


def main() -> None:
    interpreter = best("pass")
    seconds = {module: best(f"import {module}") - interpreter for module in MODULES}
    rows = [(module, f"{s * 1000:.0f}", f"{s / seconds['prime_async']:.2f}x") for module, s in seconds.items()]
    title = f"Import time, ms (best of {RUNS}, minus {interpreter * 1000:.0f} ms for `python -c pass`)"
    print(table(["module", "ms", "vs prime_async"], rows, title=title))
    print()
    top = importtime_top("prime_async", 8)
    rows = [(name, f"{cumulative / 1000:.1f}", f"{own / 1000:.1f}") for cumulative, own, name in top]
    print(table(["module (indent = depth)", "cumulative ms", "self ms"], rows, title="python -X importtime: top 8"))
    print()
    print(target("import prime_async", seconds["prime_async"], 0.2, unit=" s"))


if __name__ == "__main__":
    sys.exit(main())
