"""PRIME_LOG: the library's log on stderr, switched on from the environment.

Library code never configures logging: where records go is the program's choice. This switch is
the one exception, and only when set: `PRIME_LOG=debug python job.py` shows what the client does
(each attempt, its waits, each retry decision) without a line of logging setup, as `OPENAI_LOG`
and `STRIPE_LOG` do for their clients. It gives the `prime_async` logger (and so its children,
`prime_async.feed` and `prime_async.testing`) a stderr handler and the level asked for; the records
then stop there rather than also reaching the root logger's handlers, which would print them twice.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Mapping

__all__ = ["FORMAT", "LEVELS", "configure_from_env"]

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
# 2026-05-04 09:30:00,123 DEBUG prime_async: GetPortfolios GET /v1/portfolios attempt 1 -> 200 in 2.1 ms (...)
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """PRIME_LOG's handler (a class of its own, so that it is added once however often it is asked)."""


def configure_from_env(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Configure the `prime_async` logger from `PRIME_LOG` (debug, info or warning) when it is set;
    the handler, or None when it is not set. An unknown value is ignored with a RuntimeWarning."""
    value = (os.environ if environ is None else environ).get("PRIME_LOG", "").strip()
    if not value:
        return None
    level = LEVELS.get(value.lower())
    if level is None:
        warnings.warn(
            f"PRIME_LOG={value[:20]!r} is ignored: expected debug, info or warning", RuntimeWarning, stacklevel=2
        )
        return None
    logger = logging.getLogger("prime_async")
    logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, _Handler):
            return handler
    handler = _Handler()  # sys.stderr, looked up at each record (pytest and notebooks swap it)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.propagate = False
    return handler
