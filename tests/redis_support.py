"""A real Redis for the tests: `redis-server` started on a free port of 127.0.0.1, with nothing
saved to disk, in a temporary directory; killed (and started again on the same port) at will.

.ci/run installs Debian's `redis-server` when it is missing; where none can be had, the tests that
need one are skipped, saying so. No mock stands in for Redis.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest

__all__ = ["RedisServer", "redis_or_skip"]

START_TIMEOUT = 10.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def redis_or_skip() -> str:
    """The path of redis-server, or the test is skipped with the reason."""
    path = shutil.which("redis-server")
    if path is None:
        pytest.skip("no redis-server on this machine (apt-get install redis-server; .ci/run installs it)")
    pytest.importorskip("redis", reason="redis-py is not installed (pip install -e '.[test]')")
    return path


class RedisServer:
    """One redis-server process on 127.0.0.1:`port`."""

    def __init__(self, executable: str) -> None:
        self.executable = executable
        self.port = _free_port()
        self._dir = tempfile.TemporaryDirectory(prefix="prime-async-redis-")
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = [
            self.executable, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", self._dir.name, "--daemonize", "no", "--protected-mode", "yes", "--loglevel", "warning",
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT
        while not self.ping():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start on 127.0.0.1:{self.port}")
            time.sleep(0.02)

    def ping(self) -> bool:
        return self.command("PING") == b"+PONG"

    def command(self, *words: str) -> bytes | None:
        """One command over a raw socket (no client library): the first line of the answer."""
        request = f"*{len(words)}\r\n" + "".join(f"${len(w.encode())}\r\n{w}\r\n" for w in words)
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=2.0) as sock:
                sock.sendall(request.encode())
                answer = b""
                while not answer.endswith(b"\r\n"):
                    chunk = sock.recv(4096)
                    if not chunk:
                        return None
                    answer += chunk
                return answer.split(b"\r\n", 1)[0]
        except OSError:
            return None

    def kill(self) -> None:
        """SIGKILL: the store dies mid-run, as a crashed Redis does."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def close(self) -> None:
        self.kill()
        self._dir.cleanup()


@contextlib.contextmanager
def redis_server(executable: str) -> Iterator[RedisServer]:
    server = RedisServer(executable)
    try:
        yield server
    finally:
        server.close()
