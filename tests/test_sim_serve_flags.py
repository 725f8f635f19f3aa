"""`prime-async sim serve`: its flags (each with its default in --help, each checked) and its
`--env` forms, which a shell must be able to eval or source whatever the values hold, and which
carry the `PRIME_CREDENTIALS` JSON that Coinbase's own SDKs read."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import attrs
import httpx
import pytest

from prime_async import Credentials, OrderBook, PrimeClient
from prime_async.cli import LIMIT_HELP, _env_lines, env_values
from prime_async.testing import PrimeSimulator, ServerLimits
from prime_async.testing._feed_market import DEFAULT_DEPTH

from .test_cli import NO_CREDENTIALS, assert_one_line, run_cli, start_cli

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

# values a shell would mangle if they went out unquoted: JSON, spaces, $, backticks, ;, \, *, #
HOSTILE = {
    "url": "http://127.0.0.1:8080/a b?x=$HOME&y=`id`",
    "access_key": 'ak "quoted" $(touch /tmp/pwned) ; echo',
    "passphrase": "pass\\word*#!{}",
    "signing_key": '{"json": ["a", 1, null], "b": "c d"}',
    "entity_id": "entity id",
    "portfolio_ids": ["p-1 $PATH"],
    "svc_account_id": "svc`id`",
    "ws_url": "ws://127.0.0.1:9/~user",
}


def env_after(script: str, lines: str, tmp_path: Path) -> dict[str, str]:
    """The PRIME_* variables a bash that ran `script` (with $F the file holding `lines`) exports."""
    (tmp_path / "sim.env").write_text(lines + "\n")
    dump = "import json, os; print(json.dumps({k: v for k, v in os.environ.items() if k.startswith('PRIME_')}))"
    done = subprocess.run(
        ["bash", "-c", f'F="$1"; {script}; "{sys.executable}" -c "{dump}"', "bash", str(tmp_path / "sim.env")],
        capture_output=True, text=True, env=NO_CREDENTIALS, cwd=tmp_path, timeout=30,
    )  # fmt: skip
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert not (tmp_path / "pwned").exists() and not Path("/tmp/pwned").exists()
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("form", "script"),
    [
        ("shell", 'eval "$(cat "$F")"'),
        ("shell", '. "$F"'),
        ("dotenv", 'set -a; . "$F"; set +a'),
    ],
)
def test_every_env_form_survives_bash_whatever_the_values_hold(form: str, script: str, tmp_path: Path) -> None:
    assert env_after(script, _env_lines(HOSTILE, form), tmp_path) == env_values(HOSTILE)


def test_env_json_is_the_same_variables_as_one_object() -> None:
    assert json.loads(_env_lines(HOSTILE, "json")) == env_values(HOSTILE)


def test_prime_credentials_is_the_json_both_sdks_read() -> None:
    values = env_values(HOSTILE)
    assert json.loads(values["PRIME_CREDENTIALS"]) == {
        "accessKey": HOSTILE["access_key"], "passphrase": HOSTILE["passphrase"],
        "signingKey": HOSTILE["signing_key"], "portfolioId": "p-1 $PATH", "entityId": "entity id",
        "svcAccountId": "svc`id`",
    }  # fmt: skip
    assert values["PRIME_SVC_ACCOUNT_ID"] == "svc`id`"


def test_a_value_no_env_file_can_hold_is_refused() -> None:
    from prime_async.cli import UsageError

    with pytest.raises(UsageError, match="PRIME_PASSPHRASE cannot be written safely"):
        _env_lines({**HOSTILE, "passphrase": "it's"}, "dotenv")
    assert "it" in _env_lines({**HOSTILE, "passphrase": "it's"}, "shell")  # shlex quotes any value


@pytest.fixture
def served_env(tmp_path: Path) -> Iterator[tuple[dict[str, str], Path]]:
    """A real `sim serve --env`, its output in a file."""
    proc = start_cli("sim", "serve", "--portfolios", "2", "--seed", "4", "--env")
    try:
        assert proc.stdout is not None
        lines = []
        for raw in proc.stdout:  # ends at EOF: a server that exits early fails below, not a spin
            lines.append(raw.rstrip("\n"))
            if raw.startswith("export PRIME_CREDENTIALS="):
                break
        path = tmp_path / "sim.env"
        path.write_text("\n".join(lines) + "\n")
        yield env_after('. "$F"', "\n".join(lines), tmp_path), path
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)


def test_sim_serve_env_gives_what_prime_async_and_coinbases_sdk_read(served_env: tuple[dict[str, str], Path]) -> None:
    env, _ = served_env
    sim = PrimeSimulator(portfolios=2, seed=4)  # the same seed: the same entity, portfolios and keys
    assert env["PRIME_ENTITY_ID"] == sim.entity_id and env["PRIME_PORTFOLIO_ID"] == sim.portfolio_ids[0]
    assert env["PRIME_SVC_ACCOUNT_ID"] == sim.credentials.svc_account_id
    # prime-async from PRIME_CREDENTIALS alone
    alone = {"PRIME_CREDENTIALS": env["PRIME_CREDENTIALS"]}
    assert Credentials.from_env(alone) == Credentials.from_env(env) == sim.credentials
    # a second shell: `prime-async call` reads the same variables and reaches the simulator
    done = run_cli("call", "GetPortfolio", env={**NO_CREDENTIALS, **alone, "PRIME_BASE_URL": env["PRIME_BASE_URL"]})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["portfolio"]["id"] == sim.portfolio_ids[0]
    prime_sdk = pytest.importorskip("prime_sdk")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRIME_CREDENTIALS", env["PRIME_CREDENTIALS"])
        theirs = prime_sdk.Credentials.from_env()
    c = sim.credentials
    assert (theirs.access_key, theirs.passphrase, theirs.signing_key) == (c.access_key, c.passphrase, c.signing_key)
    assert (theirs.portfolio_id, theirs.entity_id, theirs.svc_account_id) == (
        c.portfolio_id,
        c.entity_id,
        c.svc_account_id,
    )


def test_sim_serve_env_json_is_one_object_with_everything() -> None:
    proc = start_cli("sim", "serve", "--env", "json", "--seed", "4", "--portfolios", "2")
    try:
        assert proc.stdout is not None
        values = json.loads(proc.stdout.readline())
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)
    assert set(values) == {
        "PRIME_BASE_URL", "PRIME_ACCESS_KEY", "PRIME_PASSPHRASE", "PRIME_SIGNING_KEY", "PRIME_ENTITY_ID",
        "PRIME_PORTFOLIO_ID", "PRIME_WS_URL", "PRIME_SVC_ACCOUNT_ID", "PRIME_CREDENTIALS",
    }  # fmt: skip
    assert Credentials.from_env({"PRIME_CREDENTIALS": values["PRIME_CREDENTIALS"]}) == Credentials.from_env(values)


# -- flags -----------------------------------------------------------------------------------------


def test_help_documents_every_flag_with_its_default() -> None:
    done = run_cli("sim", "serve", "--help")
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    flags = set(re.findall(r"(--[a-z-]+)", done.stdout)) - {"--help"}
    assert {"--host", "--port", "--portfolios", "--seed", "--book-depth", "--env", "--fault"} <= flags
    limits = {"--" + f.name.replace("_", "-") for f in attrs.fields(ServerLimits)}
    assert limits <= flags and set(LIMIT_HELP) == {f.name for f in attrs.fields(ServerLimits)}
    entries = {e.split()[0]: " ".join(e.split()) for e in re.split(r"\n  (?=-)", done.stdout) if e.startswith("-")}
    assert set(entries) == flags | {"-h,"}
    for flag in flags:  # each flag's own entry names its default
        assert "(default: " in entries[flag], entries[flag]
    for f in attrs.fields(ServerLimits):
        assert f"(default: {f.default})" in text, f.name
    assert f"(default: {DEFAULT_DEPTH})" in text and "(default: 5)" in text


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["--portfolios", "-1"], "argument --portfolios: -1 is out of range: from 1 to 100,000"),
        (["--portfolios", "0"], "argument --portfolios: 0 is out of range"),
        (["--portfolios", "100001"], "argument --portfolios: 100001 is out of range"),
        (["--portfolios", "many"], "argument --portfolios: 'many' is not a whole number"),
        (["--port", "65536"], "argument --port: 65536 is out of range: from 0 to 65,535"),
        (["--port", "-1"], "argument --port: -1 is out of range"),
        (["--seed", "1.5"], "argument --seed: '1.5' is not a whole number"),
        (["--book-depth", "0"], "argument --book-depth: 0 is out of range: from 1 to 1,000"),
        (["--max-body", "-1"], "argument --max-body: -1 is out of range: at least 0"),
        (["--max-header-bytes", "1e3"], "argument --max-header-bytes: '1e3' is not a whole number"),
        (["--idle-timeout", "0"], "argument --idle-timeout: 0 is not a positive number of seconds"),
        (["--header-timeout", "nan"], "argument --header-timeout: nan is not a positive number"),
        (["--linger", "inf"], "argument --linger: inf is not a positive number"),
        (["--send-timeout", "soon"], "argument --send-timeout: 'soon' is not a number of seconds"),
        (["--env", "yaml"], "argument --env: invalid choice: 'yaml'"),
        (["--no-such-flag"], "unrecognized arguments: --no-such-flag"),
    ],
)
def test_impossible_values_are_one_line_with_status_2(args: list[str], text: str) -> None:
    assert_one_line(run_cli("sim", "serve", *args, timeout=30), 2, text)


def test_the_flags_take_effect() -> None:
    proc = start_cli(
        "sim", "serve", "--portfolios", "3", "--seed", "9", "--book-depth", "7", "--max-body", "100",
        "--max-header-bytes", "2000",
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        info: dict[str, Any] = json.loads(proc.stdout.readline())
        sim = PrimeSimulator(portfolios=3, seed=9)
        assert info["portfolio_ids"] == sim.portfolio_ids and info["entity_id"] == sim.entity_id
        with httpx.Client(base_url=info["url"]) as http:
            assert http.post(f"/v1/portfolios/{sim.portfolio_ids[0]}/order", content=b"x" * 200).status_code == 413
            assert http.get("/v1/portfolios", headers={"x-padding": "y" * 3000}).status_code == 431
        assert anyio.run(first_book, info).bids.__len__() == 7
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)


async def first_book(info: dict[str, Any]) -> OrderBook:
    """The first l2 snapshot of BTC-USD from a served feed."""
    credentials = Credentials.from_env({"PRIME_CREDENTIALS": env_values(info)["PRIME_CREDENTIALS"]})
    async with (
        PrimeClient(credentials=credentials, base_url=info["url"]) as client,
        client.feed(info["ws_url"]) as feed,
    ):
        with anyio.fail_after(30):
            async for book in feed.order_book("BTC-USD"):
                return book
    raise AssertionError("no book")


def test_the_simulators_depth_is_the_flags_default() -> None:
    assert PrimeSimulator().feed.depth == DEFAULT_DEPTH >= 50
