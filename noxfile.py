"""Developer sessions: `nox -s tests lint typecheck`, `nox -s codegen` after a spec change."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile

import nox

nox.options.sessions = ["tests", "tests_aiohttp", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python="3.11")
def tests_aiohttp(session: nox.Session) -> None:
    """The suite with every client on prime_async.transports.AiohttpTransport."""
    session.install("-e", ".[test]")
    session.run("pytest", "--transport=aiohttp", *session.posargs)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    session.install("ruff>=0.17,<0.18")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python="3.11")
def typecheck(session: nox.Session) -> None:
    session.install("-e", ".[test]", "types-pyyaml")
    session.run("mypy", "--strict", "prime_async")


@nox.session(python="3.11")
def codegen(session: nox.Session) -> None:
    """Regenerate prime_async/_generated from spec/prime-openapi.yaml."""
    session.install("pyyaml")
    session.run("python", "-m", "codegen")


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """The benchmarks of benchmarks/ (a few minutes; bench-only deps, never runtime ones)."""
    session.install("-e", ".[aiohttp]", "pydantic>=2", "msgspec", "orjson", "openai", "prime-sdk-py==1.11.0", "uvloop")
    session.run("python", "benchmarks/run_all.py", *session.posargs)


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
                session.run(
                    "schemathesis", "run", os.path.join(root, "spec", "prime-openapi.yaml"),
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
