"""The feed's errors, all `PrimeError`s: catch `FeedError` for any of them.

Messages hold what the server said and what the client was doing, never a subscribe message
(it carries the passphrase) or a signature.
"""

from __future__ import annotations

from .._errors import PrimeError

__all__ = [
    "FeedAuthenticationError",
    "FeedClosedError",
    "FeedConnectionError",
    "FeedError",
    "FeedOverflowError",
    "FeedServerError",
]


class FeedError(PrimeError):
    """Base of every WebSocket feed error."""


class FeedClosedError(FeedError):
    """The feed is not open: streams are made inside `async with client.feed() as feed:`."""


class FeedConnectionError(FeedError):
    """The feed could not (re)connect within `max_reconnects` consecutive attempts."""


class FeedServerError(FeedError):
    """The server sent an error frame (`{"type": "error", "message": ...}`) that reconnecting
    would not cure, e.g. an unknown channel or product. `message` is the server's text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FeedAuthenticationError(FeedServerError):
    """The server refused the signed subscribe (bad key, passphrase, service account id or
    signature, or a timestamp outside its window), `max_auth_failures` connections in a row."""


class FeedOverflowError(FeedError):
    """A stream's consumer fell more than `queue_size` items behind and the feed was opened with
    `on_overflow="error"` (the default, "resync", hands it the current state instead)."""
