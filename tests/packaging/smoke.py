"""Run by tests/test_packaging.py with the Python of a fresh venv that has only the built wheel
of prime-async installed (its dependencies come from the test's environment): what a user who ran
`pip install prime-async` gets must work, the typing files included."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import anyio

import prime_async
import prime_async.testing  # the simulator ships in the wheel
from prime_async import PrimeClient, SyncPrimeClient

VENV = Path(sys.argv[1]).resolve()
BOUND = 60  # seconds any one step may take on a small, busy machine

package = Path(prime_async.__file__).resolve().parent
assert package.is_relative_to(VENV), f"prime_async imported from {package}, not the venv {VENV}"
assert (package / "py.typed").is_file(), "py.typed missing from the wheel"
stubs = sorted(p.name for p in (package / "_generated").glob("*.pyi"))
assert stubs == ["resources.pyi", "sync_resources.pyi"], stubs
assert SyncPrimeClient.__module__ == "prime_async.sync"
cli = VENV / "bin" / "prime-async"
assert cli.is_file(), "the prime-async console script was not installed"

# the demo: a portfolio-wide job on its own in-process simulator
demo = subprocess.run([str(cli), "demo"], capture_output=True, text=True, timeout=BOUND)
assert demo.returncode == 0, demo.stderr[-2000:]
assert "requests/s" in demo.stdout, demo.stdout[-2000:]

# sim serve: started, answered, stopped with Ctrl-C
serve = subprocess.Popen(
    [str(cli), "sim", "serve", "--portfolios", "2", "--seed", "3"],
    stdout=subprocess.PIPE,
    stderr=subprocess.PIPE,
    text=True,
)
try:
    assert serve.stdout is not None
    info = json.loads(serve.stdout.readline())

    async def ask() -> str:
        async with PrimeClient(
            access_key=info["access_key"],
            passphrase=info["passphrase"],
            signing_key=info["signing_key"],
            base_url=info["url"],
        ) as client:
            portfolio = (await client.portfolios.get_portfolio(portfolio_id=info["portfolio_ids"][0])).portfolio
            return portfolio.id

    assert anyio.run(ask) == info["portfolio_ids"][0]
finally:
    serve.send_signal(signal.SIGINT)
    try:
        code = serve.wait(timeout=BOUND)
    except subprocess.TimeoutExpired:
        serve.kill()
        raise
assert code == 0, serve.stderr.read() if serve.stderr else code
print("smoke ok", prime_async.__version__)
