"""Commands on a pseudo-terminal, for what a command does only when a person is there (a prompt,
a progress line): pty.openpty with a subprocess, every wait bounded."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time

__all__ = ["on_terminal", "read_terminal"]


def on_terminal(
    argv: list[str], env: dict[str, str], answer: bytes | None = None, bound: float = 60
) -> tuple[int, str, str]:
    """Run `argv` with stderr on a pseudo-terminal, stdout a pipe, and stdin the terminal too when
    there is an `answer` to give the first `[y/N]` it shows (else empty). (exit status, what the
    terminal showed, stdout), once the command has closed the terminal."""
    controller, terminal = pty.openpty()
    stdin = terminal if answer is not None else subprocess.DEVNULL
    proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=terminal, env=env)
    os.close(terminal)
    deadline = time.monotonic() + bound
    shown = b""
    try:
        while answer is not None and b"[y/N]" not in shown:
            chunk = read_terminal(controller, deadline)
            assert chunk is not None, shown  # the terminal closed before asking
            shown += chunk
        if answer is not None:
            os.write(controller, answer + b"\n")
        while (chunk := read_terminal(controller, deadline)) is not None:
            shown += chunk
        out, _ = proc.communicate(timeout=bound)
    finally:
        os.close(controller)
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=bound)
    return proc.returncode, shown.decode(errors="replace").replace("\r\n", "\n"), out.decode()


def read_terminal(fd: int, deadline: float) -> bytes | None:
    """What the terminal shows next (b"" for nothing yet); None once the command closed it."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("the terminal did not show what was awaited in time")
    ready, _, _ = select.select([fd], [], [], min(1.0, remaining))
    if not ready:
        return b""
    try:
        return os.read(fd, 65536) or None
    except OSError:  # EIO: every copy of the terminal's other side is closed (the command exited)
        return None
