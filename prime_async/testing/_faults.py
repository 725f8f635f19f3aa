"""Fault injection: what the simulator can do wrong, and the seeded draw that decides when."""

from __future__ import annotations

import hashlib
import math

import attrs

from .._public import publish

__all__ = ["Faults"]


@attrs.define
class Faults:
    """Probabilities are per request, in [0, 1]; times in seconds.

    `commit_then_fail` and `commit_then_drop` perform the request (the order exists, the money
    moved) and then answer 500 or close the connection: the case that makes blind retries
    double-submit.
    """

    latency: float = 0.0  # added before answering
    error_rate: float = 0.0  # 503 without doing anything
    drop_rate: float = 0.0  # connection closed without doing anything
    commit_then_fail_rate: float = 0.0  # done, then 500
    commit_then_drop_rate: float = 0.0  # done, then connection closed
    rate_limit: float | None = None  # requests/s per access key (token bucket); None: no limit
    rate_limit_burst: float | None = None  # bucket size; defaults to one second's worth
    portfolio_rate_limit: float | None = None  # requests/s per access key and portfolio (Prime: 25)
    portfolio_rate_limit_burst: float | None = None  # (Prime: 50)
    retry_after: float | None = None  # Retry-After of a 429 at least this (Prime asks for ~30 s)

    def __attrs_post_init__(self) -> None:
        rates = (self.error_rate, self.drop_rate, self.commit_then_fail_rate, self.commit_then_drop_rate)
        if any(r < 0 or r > 1 for r in rates) or sum(rates) > 1:
            raise ValueError("fault rates must be in [0, 1] and sum to at most 1")

    @classmethod
    def parse(cls, text: str, base: Faults | None = None) -> Faults:
        """`"latency=0.01,error_rate=0.1"` -> Faults (on top of `base`)."""
        values = attrs.asdict(base) if base else {}
        names = {f.name for f in attrs.fields(cls)}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, sep, raw = item.partition("=")
            if not sep or name.strip() not in names:
                raise ValueError(f"unknown fault {item!r}; known: {', '.join(sorted(names))}")
            values[name.strip()] = None if raw.strip().lower() == "none" else float(raw)
        return cls(**values)

    def draw(self, u: float) -> str | None:
        """The fault for a uniform draw `u`: None, "error", "drop", "commit_then_fail", "commit_then_drop"."""
        for name, rate in (
            ("error", self.error_rate),
            ("drop", self.drop_rate),
            ("commit_then_fail", self.commit_then_fail_rate),
            ("commit_then_drop", self.commit_then_drop_rate),
        ):
            if u < rate:
                return name
            u -= rate
        return None


def uniform(seed: int, *parts: object) -> float:
    """A deterministic draw in [0, 1) from the seed and what identifies a request.

    Keyed by content rather than arrival order, so concurrent clients get the same faults on
    every run.
    """
    digest = hashlib.blake2b(repr((seed, *parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def retry_after_header(seconds: float) -> str:
    """Delta-seconds as Prime sends them: a whole number, at least 1... unless under a second,
    which only a simulator does; then milliseconds precision keeps tests fast."""
    return str(math.ceil(seconds)) if seconds >= 1 else f"{math.ceil(seconds * 1000) / 1000:g}"


publish("prime_async.testing", globals(), ["Faults"])  # loaded lazily by prime_async.testing
