"""Text from a server, made safe to print on a terminal.

A server's error message, an order id or a feed's reason phrase is the server's text, and a
terminal acts on some characters instead of showing them: ESC starts a control sequence (colours,
moving the cursor, rewriting what was printed, a window title, a hyperlink), and the C1 controls,
bidirectional overrides and line separators disguise what a line says. The CLI prints such text
only through `for_terminal`, which writes each of them as its Python escape (`\\x1b`, `\\u202e`).
"""

from __future__ import annotations

import logging

__all__ = ["TerminalFormatter", "for_terminal"]


def for_terminal(text: str) -> str:
    """`text` with every character that is not printable (controls, ESC, DEL, C1, bidirectional
    and other format characters, line and paragraph separators) written as its escape."""
    if text.isprintable():  # the usual case, in one C loop
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class TerminalFormatter(logging.Formatter):
    """A log line (the feed's warnings quote the server's reason phrases) escaped as `for_terminal` does."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(for_terminal(line) for line in super().format(record).split("\n"))
