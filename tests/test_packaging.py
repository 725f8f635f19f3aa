"""What a packager gets: the sdist holds what its tests need, and the wheel, installed into a fresh
venv, runs (the demo, `sim serve`, `prime_async.testing`) with its typing files (py.typed, .pyi).

Slow (a build, a venv): marked `slow`, and run by CI with the rest of the suite. Offline: the
build runs without isolation (hatchling from the test extra), and the fresh venv installs only the
wheel, with no index; its dependencies come from this environment through a path file, so the
package itself can only be the one the wheel installed (the smoke script checks)."""

from __future__ import annotations

import ast
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOUND = 300  # seconds for one build or install, on a small, busy machine

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
pytest.importorskip("build", reason="the test extra's `build` builds the sdist and the wheel")
pytest.importorskip("hatchling", reason="the test extra's `hatchling` builds without network")

if not (ROOT / "pyproject.toml").is_file():  # the tests of an unpacked wheel or installed copy
    pytest.skip("no pyproject.toml here: not a source tree to build", allow_module_level=True)


@pytest.fixture(scope="module")
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    # CI runs the suite on the default transport, then again on httpx: a build is the same on both
    if request.config.getoption("--transport") != "auto":
        pytest.skip("built once, in the run on the default transport (a build has no transport)")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=BOUND,
    )
    (sdist,) = out.glob("prime_async-*.tar.gz")
    (wheel,) = out.glob("prime_async-*.whl")
    return sdist, wheel


def named_in(path: Path) -> set[str]:
    """The top-level names of this tree that a test module imports or names in a string (a path:
    `ROOT / "examples"`)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 100:
            names.add(node.value.split("/")[0])
    return {name for name in names if name.strip(".") and (ROOT / name).exists()}


def test_the_sdist_holds_what_its_tests_import_and_read(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    with tarfile.open(sdist) as tar:
        members = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    tops = {name.split("/", 1)[0] for name in members}
    # every directory and file of this tree that a test imports or opens (examples, benchmarks, spec, ...)
    needed = set().union(*(named_in(test) for test in (ROOT / "tests").rglob("*.py")))
    assert {"examples", "benchmarks", "codegen", "spec", "README.md"} <= needed
    assert needed <= tops, f"tests import {sorted(needed - tops)}, which the sdist leaves out"
    assert {"spec", "tests", "prime_async", "README.md", "pyproject.toml", "LICENSE"} <= tops
    assert "spec/prime-openapi.yaml" in members and "tests/typing/good.py" in members


def test_the_wheel_holds_the_typing_files(built: tuple[Path, Path]) -> None:
    _, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "prime_async/py.typed" in names
    assert {"prime_async/_generated/resources.pyi", "prime_async/_generated/sync_resources.pyi"} <= names
    assert not any(n.startswith(("tests/", "examples/", "benchmarks/")) for n in names)


def test_the_wheel_in_a_fresh_venv_runs_the_demo_and_sim_serve(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, wheel = built
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=BOUND)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=BOUND,
    )
    # the dependencies: this environment's site-packages, after the venv's own (a path line does
    # not run that directory's .pth files, so this checkout's editable install stays out)
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], text=True
        ).strip()
    )
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    smoke = subprocess.run(
        [str(python), str(ROOT / "tests" / "packaging" / "smoke.py"), str(venv)],
        capture_output=True,
        text=True,
        timeout=BOUND,
        cwd=tmp_path,  # not the checkout: `import prime_async` must find the installed copy
    )
    assert smoke.returncode == 0, smoke.stdout[-3000:] + smoke.stderr[-3000:]
    assert "smoke ok" in smoke.stdout
