"""Developer sessions: `nox -s tests lint typecheck`, `nox -s codegen` after a spec change."""

from __future__ import annotations

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
    """The benchmarks of benchmarks/ (a few minutes): prime-async as a user installs it (its
    default dependencies, nothing extra), next to bench-only comparisons (pydantic, msgspec,
    openai, prime-sdk-py) and the optional event loops measured as rows (trio, uvloop)."""
    session.install("-e", ".")
    session.install("pydantic>=2", "msgspec", "openai", "prime-sdk-py==1.11.0", "uvloop", "trio")
    session.run("python", "benchmarks/run_all.py", *session.posargs, env={"PRIME_TRANSPORT": ""})
