"""Every code sample in the README runs, against the simulator, so none can rot."""

from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import pytest

from prime_async import ROUTES, PrimeClient
from prime_async.testing import PrimeSimulator

README = (Path(__file__).parent.parent / "README.md").read_text()
BLOCK = re.compile(r"^```(python|bash)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def blocks(language: str) -> list[Any]:
    found = []
    for match in BLOCK.finditer(README):
        if match.group(1) != language:
            continue
        heading = re.findall(r"^## (.+)$", README[: match.start()], re.MULTILINE)[-1:] or ["top"]
        line = README[: match.start()].count("\n") + 2
        found.append(pytest.param(match.group(2), id=f"{heading[0]}:{line}"))
    return found


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
        await anyio.to_thread.run_sync(exec, compile(code, "README", "exec"), {"__name__": "__main__"})
        return
    async with PrimeClient(credentials=sim.credentials, base_url=url) as client:
        namespace = {"client": client, "pid": sim.portfolio_ids[0], "since": datetime(2020, 1, 1, tzinfo=UTC)}
        compiled = compile(code, "README", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
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
    rows = dict(re.findall(r"^\| `([a-z_]+)` \| (.+) \|$", README, re.MULTILINE))
    expected: dict[str, set[str]] = {}
    for route in ROUTES.values():
        expected.setdefault(route.resource, set()).add(route.name)
    assert {k: set(re.findall(r"`(\w+)`", v)) for k, v in rows.items()} == expected
