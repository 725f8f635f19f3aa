"""Developer sessions: `nox` (the suite on every transport and Python from 3.11, lint, strict typing,
stale generated code), `nox -s codegen` after a spec change, `nox -s docs` (the documentation site),
`nox -s bench`, `nox -s conformance`.
.ci/run runs these same sessions."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "codegen_check"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False  # every Python from 3.11 this machine has; absent ones skipped

PYTHONS = ["3.11", "3.12", "3.13", "3.14"]
TRANSPORTS = ["auto", "httpx", "aiohttp"]  # what PrimeClient(transport="auto") resolves to (pytest --transport)
LINT = ["ruff>=0.17,<0.18"]
TYPES = ["types-pyyaml"]


def install(session: nox.Session, *args: str) -> None:
    """Nothing to install when the session runs in an environment made already (`nox --no-venv`,
    as .ci/run does after the README's own install command)."""
    if session.venv_backend != "none":
        session.install(*args)


@nox.session(python=PYTHONS)
@nox.parametrize("transport", TRANSPORTS)
def tests(session: nox.Session, transport: str) -> None:
    """The suite, every client on one transport (asyncio and trio; aiohttp is asyncio only)."""
    install(session, "-e", ".[test]")
    session.run("pytest", "-q", f"--transport={transport}", *session.posargs)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    install(session, *LINT)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python="3.11")
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package, the generator and the examples."""
    install(session, "-e", ".[test]", *TYPES)
    session.run("mypy", "--strict", "prime_async", "codegen", "examples")


@nox.session(python="3.11")
def codegen_check(session: nox.Session) -> None:
    """Fails when prime_async/_generated is stale against spec/prime-openapi.yaml and
    spec/overlay.yaml, or the overlay holds an operation the spec has now (the generator reads
    prime_async's route types, so the package is installed too)."""
    install(session, "-e", ".", "pyyaml")
    session.run("python", "-m", "codegen", "--check")


@nox.session(python="3.11")
def codegen(session: nox.Session) -> None:
    """Regenerate prime_async/_generated from spec/prime-openapi.yaml and spec/overlay.yaml."""
    install(session, "-e", ".", "pyyaml")
    session.run("python", "-m", "codegen")


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """The documentation site (mkdocs.yml) into site/, every warning an error: a broken link or
    anchor, a page left out of the navigation, a docstring mkdocstrings cannot read, an exported
    name missing from the API reference (docs/hooks/reference.py checks objects.inv). `nox -s docs
    -- --site-dir DIR` builds elsewhere; `mkdocs serve` (in an environment with the docs extra)
    browses it."""
    install(session, "-e", ".[docs]")
    session.run("mkdocs", "build", "--strict", *session.posargs, env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """The benchmarks of benchmarks/ (a few minutes): prime-async as a user installs it (its
    default dependencies; the redis extra, which only the shared store's benchmark uses), next to
    bench-only comparisons (pydantic, msgspec, openai, prime-sdk-py) and the optional event loops
    measured as rows (trio, uvloop). The store's benchmark needs a redis-server (apt-get install
    redis-server); without one it says so."""
    session.install("-e", ".[redis]")  # the extra only bench_store.py uses (with a redis-server, if any)
    session.install("pydantic>=2", "msgspec", "openai", "prime-sdk-py==1.11.0", "uvloop", "trio")
    session.run("python", "benchmarks/run_all.py", *session.posargs, env={"PRIME_TRANSPORT": ""})


@nox.session(python="3.11")
def conformance(session: nox.Session) -> None:
    """Schemathesis against `prime-async sim serve` (a few minutes): positive mode, every request
    signed like Prime's (tests/sim_conformance_hooks.py), checking that no answer is a server
    error, every answer's content type and every 200 body are as the vendored spec says.
    `nox -s conformance -- --max-time 600 --seed 7` runs longer or otherwise (later options win)."""
    session.install("-e", ".", "schemathesis>=4.3,<5")  # this session only: never a runtime or test dependency
    with tempfile.TemporaryDirectory() as scratch, open(os.path.join(scratch, "sim.log"), "w+") as log:
        server = subprocess.Popen(  # its log goes to a file: a pipe nobody reads would block it when full
            [os.path.join(session.bin, "prime-async"), "sim", "serve", "--portfolios", "2", "--seed", "5"],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        assert server.stdout is not None
        info = server.stdout.readline()
        known_seen = os.path.join(scratch, "known.json")
        try:
            if not info:
                session.error("sim serve did not start")
            root = os.getcwd()
            with session.chdir(scratch):  # where Schemathesis keeps its cache of failures to replay
                merged = os.path.join(scratch, "prime-openapi-merged.yaml")  # the spec and spec/overlay.yaml
                session.run("python", "-m", "codegen", "overlay", "--merged", merged, env={"PYTHONPATH": root})
                session.run(
                    "schemathesis", "run", merged,
                    "--url", json.loads(info)["url"], "--mode", "positive", "--phases", "examples,coverage,fuzzing",
                    "--checks", "not_a_server_error,response_schema_conformance,content_type_conformance",
                    "--max-examples", "25", "--max-time", "180", "--seed", "1", "--no-color",
                    "--generation-database", "none", *session.posargs,
                    env={"SCHEMATHESIS_HOOKS": "tests.sim_conformance_hooks", "PYTHONPATH": root,
                         "PRIME_SIM_INFO": info, "PRIME_SIM_KNOWN_SEEN": known_seen},
                )  # fmt: skip
        finally:
            if server.poll() is not None:
                session.warn(f"sim serve exited with status {server.returncode}")
            server.send_signal(signal.SIGINT)
            server.communicate(timeout=60)
            log.seek(0)
            logged = log.read()
            session.log(f"sim serve's log:\n{logged[-5000:]}")
        if os.path.exists(known_seen):
            with open(known_seen) as seen:
                for violation, count in json.load(seen).items():
                    session.warn(f"known model-layer violation (tests/sim_known_violations.py), {count}x: {violation}")
    if "failed" in logged or "Traceback" in logged:
        session.error("the simulator logged failures (above)")
