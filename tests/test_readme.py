"""Every code sample in the README and the documentation site (docs/) runs, against the simulator,
and passes `mypy --strict`, so none can rot.

A block preceded by an HTML comment `<!-- not run: WHY -->` is shown only (Dask and Ray, which are
not dependencies); the reason is required, and there are few.
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import pytest

from prime_async import ROUTES, PrimeClient
from prime_async.testing import PrimeSimulator

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()
# The README and every page of the site (docs/hooks holds the build's code, not pages)
PAGES = {
    path.relative_to(ROOT).as_posix(): path.read_text()
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    if "hooks" not in path.relative_to(ROOT).parts
}
BLOCK = re.compile(r"^```(python|bash)\n(.*?)^```", re.DOTALL | re.MULTILINE)
NOT_RUN = re.compile(r"<!-- not run: \S.*-->\n*$")


def blocks(language: str) -> list[Any]:
    """Each sample as a param whose id is `page:heading:line` (`README.md:Quick start:36`)."""
    found = []
    for page, text in PAGES.items():
        for match in BLOCK.finditer(text):
            if match.group(1) != language or NOT_RUN.search(text[: match.start()]):
                continue
            if match.group(2).startswith("--8<-- "):  # a file of the repository, included whole: tested as itself
                continue
            heading = re.findall(r"^## (.+)$", text[: match.start()], re.MULTILINE)[-1:] or ["top"]
            line = text[: match.start()].count("\n") + 2
            found.append(pytest.param(match.group(2), id=f"{page}:{heading[0]}:{line}"))
    return found


def test_the_pages_have_samples_and_few_are_not_run() -> None:
    samples = blocks("python")
    assert len(samples) >= 20
    assert sum(p.id.startswith("docs/") for p in samples) >= 15  # the guides' samples, moved from the README
    shown_only = [page for page, text in PAGES.items() for _ in re.finditer(r"<!-- not run:", text)]
    assert len(shown_only) <= 4, shown_only


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[PrimeSimulator, str]]:
    sim = PrimeSimulator(portfolios=3, seed=3)
    with sim.serve_in_thread() as server:
        yield sim, server.url


@pytest.fixture
def env(served: tuple[PrimeSimulator, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    sim, url = served
    values = {
        "PRIME_ACCESS_KEY": sim.credentials.access_key,
        "PRIME_PASSPHRASE": sim.credentials.passphrase,
        "PRIME_SIGNING_KEY": sim.credentials.signing_key,
        "PRIME_BASE_URL": url,
        "PRIME_SVC_ACCOUNT_ID": sim.credentials.svc_account_id or "",
        "PRIME_WS_URL": sim.ws_url or "",
    }
    monkeypatch.delenv("PRIME_CREDENTIALS", raising=False)
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


@pytest.mark.anyio
@pytest.mark.parametrize("code", blocks("python"))
async def test_python_sample_runs(code: str, served: tuple[PrimeSimulator, str], env: dict[str, str]) -> None:
    sim, url = served
    if "asyncio.run(" in code:  # a whole program: run it where no event loop is running
        await anyio.to_thread.run_sync(exec, compile(code, "sample", "exec"), {"__name__": "__main__"})
        return
    async with PrimeClient(credentials=sim.credentials, base_url=url) as client:
        namespace = {"client": client, "pid": sim.portfolio_ids[0], "since": datetime(2020, 1, 1, tzinfo=UTC)}
        compiled = compile(code, "sample", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        result = eval(compiled, namespace)
        if result is not None:
            await result


def command_lines(code: str) -> list[str]:
    lines = [line.split("  #")[0].strip() for line in code.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("code", blocks("bash"))
def test_shell_sample_runs(code: str, env: dict[str, str]) -> None:
    if "pip install" in code:
        pytest.skip("the install commands are what CI itself runs on a fresh machine")
    for line in command_lines(code):
        argv = shlex.split(line)
        assert argv[0] == "prime-async", line
        done = subprocess.run(
            [sys.executable, "-m", "prime_async", *argv[1:]],
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            timeout=120,
        )
        assert done.returncode == 0, f"{line}\n{done.stderr}"


def test_the_endpoint_table_lists_every_method() -> None:
    (table,) = [text for text in PAGES.values() if "| resource | methods |" in text]
    rows = dict(re.findall(r"^\| `([a-z_]+)` \| (.+) \|$", table, re.MULTILINE))
    expected: dict[str, set[str]] = {}
    for route in ROUTES.values():
        expected.setdefault(route.resource, set()).add(route.name)
    assert {k: set(re.findall(r"`(\w+)`", v)) for k, v in rows.items()} == expected


# A sample that is not a whole program runs with `client`, `pid` and `since` defined and top-level
# await: for mypy it becomes the body of a function taking them.
SAMPLE_PRELUDE = """from datetime import datetime

from prime_async import PrimeClient


async def sample(client: PrimeClient, pid: str, since: datetime) -> None:
"""


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict over every Python sample at once (one run: ~10 s), errors by sample file."""
    pytest.importorskip("mypy")
    folder = tmp_path_factory.mktemp("samples")
    for i, param in enumerate(blocks("python")):
        code = param.values[0]
        if "asyncio.run(" not in code:
            code = SAMPLE_PRELUDE + textwrap.indent(code, "    ")
        (folder / f"sample_{i:02d}.py").write_text(code)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context", str(folder)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    errors: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        if ": error:" in line:
            errors.setdefault(Path(line.split(":")[0]).name, []).append(line)
    assert done.returncode in (0, 1), done.stdout + done.stderr  # 2: mypy itself failed
    return errors


@pytest.mark.parametrize(
    ("index", "code"), [pytest.param(i, p.values[0], id=p.id) for i, p in enumerate(blocks("python"))]
)
def test_python_sample_passes_mypy_strict(index: int, code: str, mypy_errors: dict[str, list[str]]) -> None:
    assert "is not None" not in code and "or []" not in code  # the types fit: no workarounds
    assert mypy_errors.get(f"sample_{index:02d}.py", []) == []


def test_the_first_screen_runs_the_quick_start_on_the_simulator_without_credentials(tmp_path: Path) -> None:
    """The two lines under the install commands, as a newcomer types them: terminal 1 serves the
    simulator, terminal 2 runs the Quick start saved as quickstart.py, with no PRIME_* set."""
    top = README.split("## Quick start", 1)[0]
    lines = [line.removeprefix("$ ").split("  #")[0].strip() for line in re.findall(r"^\$ .*$", top, re.MULTILINE)]
    assert lines == ["prime-async sim serve --env > sim.env", ". ./sim.env && python quickstart.py"]
    quick_start = next(p.values[0] for p in blocks("python") if p.id.startswith("README.md:Quick start:"))
    (tmp_path / "quickstart.py").write_text(quick_start)
    bin_dir = str(Path(sys.executable).parent)  # `python` and `prime-async`, as an activated venv has them
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRIME_") or k == "PRIME_TRANSPORT"}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    serving = subprocess.Popen(["bash", "-c", f"exec {lines[0]}"], cwd=tmp_path, env=env, stderr=subprocess.PIPE)
    try:
        written = tmp_path / "sim.env"
        for _ in range(600):  # the simulator writes its variables in one write once it serves
            if "PRIME_BASE_URL" in (written.read_text() if written.exists() else ""):
                break
            assert serving.poll() is None, serving.communicate()[1]
            time.sleep(0.1)
        done = subprocess.run(
            ["bash", "-c", lines[1]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert re.match(r"placed \S+ as \S+\n", done.stdout) and done.stderr == ""
    finally:
        serving.send_signal(signal.SIGINT)
        serving.communicate(timeout=10)
