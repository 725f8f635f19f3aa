"""fork(): a child never uses a connection it inherited, and the parent never reads the child's answers.

The scenario of gunicorn/Celery prefork: a process makes a request (a kept-alive connection is
pooled), forks, then parent and child both call the API at the same time. Each scenario runs in
its own Python process (started by the test) against the simulator served from the test process;
the parent keeps its event loop (and its pooled connection) alive across the fork.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

from prime_async.testing import PrimeSimulator

# what every script starts with: the simulator's connection info (argv[1]) and its credentials
PRELUDE = textwrap.dedent(
    """
    import json, sys
    from prime_async import Credentials

    info = json.loads(sys.argv[1])
    credentials = Credentials(info["access_key"], info["passphrase"], info["signing_key"])
    """
)


def run_script(script: str, info: dict[str, Any]) -> str:
    """Run PRELUDE + `script` in a Python process of its own; assert it exits 0; its stdout. Its
    stderr (a child's last words) is passed on for pytest to show when the test fails."""
    done = subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(script), json.dumps(info)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    sys.stderr.write(done.stderr[-2000:])
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


SCENARIO = """
    import asyncio, os, threading
    from prime_async import PrimeClient
    from prime_async.sync import SyncPrimeClient

    kind, transport = info["kind"], info["transport"]
    parent_id, child_id = info["portfolio_ids"][:2]
    ROUNDS = 30

    def check(asked, got):
        if asked != got:
            raise SystemExit(f"crossed: asked {asked}, got {got}")

    if kind == "async":
        client = PrimeClient(credentials=credentials, base_url=info["url"], transport=transport, rate_limit=None)
        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, daemon=True).start()

        def parent_call(pid):
            future = asyncio.run_coroutine_threadsafe(client.portfolios.get_portfolio(portfolio_id=pid), loop)
            return future.result(20).portfolio.id

        async def child_calls():
            for _ in range(ROUNDS):
                check(child_id, (await client.portfolios.get_portfolio(portfolio_id=child_id)).portfolio.id)

        run_child = lambda: asyncio.run(child_calls())
    else:
        client = SyncPrimeClient(credentials=credentials, base_url=info["url"], transport=transport, rate_limit=None)
        parent_call = lambda pid: client.portfolios.get_portfolio(portfolio_id=pid).portfolio.id

        def run_child():
            for _ in range(ROUNDS):
                check(child_id, client.portfolios.get_portfolio(portfolio_id=child_id).portfolio.id)

    check(parent_id, parent_call(parent_id))  # a kept-alive connection is now pooled
    pid = os.fork()
    if pid == 0:
        try:
            run_child()
        except BaseException as exc:
            print(f"child: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
            os._exit(3)
        os._exit(0)
    for _ in range(ROUNDS):
        check(parent_id, parent_call(parent_id))
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"child_exit": os.waitstatus_to_exitcode(status)}))
    """


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[PrimeSimulator, str]]:
    sim = PrimeSimulator(portfolios=2, seed=3)
    with sim.serve_in_thread() as server:
        yield sim, server.url


@pytest.mark.parametrize("kind", ["async", "sync"])
@pytest.mark.parametrize("transport", ["httpx", "aiohttp", "auto"])
def test_parent_and_child_each_get_their_own_answers_after_a_fork(
    served: tuple[PrimeSimulator, str], kind: str, transport: str
) -> None:
    sim, url = served
    info = {**sim.connection_info(url), "kind": kind, "transport": transport}
    out = run_script(SCENARIO, info)
    assert json.loads(out.splitlines()[-1]) == {"child_exit": 0}


def test_a_callers_http_client_is_refused_in_a_forked_child_with_a_clear_error(
    served: tuple[PrimeSimulator, str],
) -> None:
    # the client cannot renew a pool it does not own: it says so instead of sharing the socket
    sim, url = served
    script = """
        import asyncio, os, threading
        import httpx
        from prime_async import PrimeClient, PrimeError

        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, daemon=True).start()

        async def make():
            return PrimeClient(credentials=credentials, base_url=info["url"], http_client=httpx.AsyncClient())

        client = asyncio.run_coroutine_threadsafe(make(), loop).result(10)
        pid_ = info["portfolio_ids"][0]
        asyncio.run_coroutine_threadsafe(client.portfolios.get_portfolio(portfolio_id=pid_), loop).result(10)
        pid = os.fork()
        if pid == 0:
            try:
                asyncio.run(client.portfolios.get_portfolio(portfolio_id=pid_))
            except PrimeError as exc:
                os._exit(0 if "create the client after forking" in str(exc) else 4)
            os._exit(5)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status))
        """
    assert run_script(script, sim.connection_info(url)) == "0"


def test_a_blocking_client_never_closed_does_not_keep_the_interpreter_alive(
    served: tuple[PrimeSimulator, str],
) -> None:
    # item 8: the portal's thread used to be joined at exit, forever
    sim, url = served
    script = """
        from prime_async.sync import SyncPrimeClient

        client = SyncPrimeClient(credentials=credentials, base_url=info["url"])
        print(client.portfolios.get_portfolio(portfolio_id=info["portfolio_ids"][0]).portfolio.id)
        """
    assert run_script(script, sim.connection_info(url)) == sim.portfolio_ids[0]
