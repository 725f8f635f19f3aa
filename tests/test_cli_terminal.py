"""A server's words reach the terminal escaped, and a failed feed handshake is one line (issue 19, item 12).

Error messages, feed warnings and watch lines carry the server's text: an ESC there would let a
hostile or broken server (or proxy) recolour, rewrite or retitle the user's terminal.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from prime_async._terminal import for_terminal

from .conftest import ACCESS_KEY, PASSPHRASE, SIGNING_KEY
from .hostile import HostileServer, response

ANSI = "\x1b[2J\x1b]0;pwned\x07\x9b31m\u202eevil"  # clear screen, set the title, 8-bit CSI, RTL override


def test_for_terminal_escapes_what_a_terminal_would_act_on() -> None:
    assert for_terminal("plain text, 1 @ 2.5 é ü 中") == "plain text, 1 @ 2.5 é ü 中"
    shown = for_terminal(ANSI)
    assert shown == "\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202eevil"
    assert shown.isprintable()


def _env(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    for name, value in {"PRIME_ACCESS_KEY": ACCESS_KEY, "PRIME_PASSPHRASE": PASSPHRASE,
                        "PRIME_SIGNING_KEY": SIGNING_KEY, "PRIME_SVC_ACCOUNT_ID": "svc-1",
                        "PRIME_BASE_URL": base_url}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("PRIME_CREDENTIALS", raising=False)


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
def test_a_servers_error_message_is_escaped_on_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], transport: str
) -> None:
    from prime_async.cli import main

    body = ('{"message": "bad ' + ANSI.replace("\x1b", "\\u001b").replace("\x07", "\\u0007") + '"}').encode()
    with HostileServer(lambda r: response(400, body)) as server:
        _env(monkeypatch, server.url)
        monkeypatch.setenv("PRIME_TRANSPORT", transport)
        assert main(["call", "GetPortfolio", "portfolio_id=p"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\x9b" not in err and "\u202e" not in err
    assert "\\x1b[2J" in err and "\\u202eevil" in err  # shown, as text
    assert err.count("\n") == 1


@pytest.fixture
def garbage_handshake() -> Iterator[str]:
    """A feed URL whose server answers the upgrade with a status line full of escape sequences."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 500 " + ANSI.encode() + b"\r\nContent-Length: 0\r\n\r\n")

    threading.Thread(target=serve, daemon=True).start()
    yield f"ws://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


def test_watch_on_a_failed_handshake_is_one_escaped_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], garbage_handshake: str
) -> None:
    from prime_async import PrimeClient
    from prime_async.cli import main

    feed = PrimeClient.feed
    monkeypatch.setattr(
        PrimeClient, "feed", lambda self, url=None, **o: feed(self, url, initial_connect_timeout=0.5, **o)
    )
    _env(monkeypatch, "http://127.0.0.1:9")
    assert main(["watch", "book", "BTC-USD", "--ws-url", garbage_handshake]) == 1
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert last.startswith("prime-async: FeedConnectionError: no connection to")
    assert "Traceback" not in err
    assert "\x1b" not in err and "\x9b" not in err and "\u202e" not in err
