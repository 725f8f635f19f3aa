"""Fault injection: what the simulator can do wrong, and the seeded draw that decides when."""

from __future__ import annotations

import difflib
import hashlib
import math

import attrs

from .._generated.errors import SUBCODES
from .._public import publish

__all__ = ["Faults"]


@attrs.define
class Faults:
    """Probabilities are per request, in [0, 1]; times in seconds.

    `commit_then_fail` and `commit_then_drop` perform the request (the order exists, the money
    moved) and then answer 500 or close the connection: the case that makes blind retries
    double-submit.

    `subcode` answers any error of Prime's catalog, with its status and code, without doing
    anything, on a share `subcode_rate` of the requests (all of them by default):
    `Faults(subcode="ORDER_SERVICE_UNAVAILABLE", subcode_rate=0.3)`, or in `parse` and
    `sim serve --fault`, `subcode=ORDER_SERVICE_UNAVAILABLE@0.3`.
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
    subcode: str | None = None  # a catalog subcode to answer with (its status and code), doing nothing
    subcode_rate: float = 1.0  # the share of requests answered with `subcode`

    def __attrs_post_init__(self) -> None:
        if self.subcode is not None and self.subcode not in SUBCODES:
            close = difflib.get_close_matches(str(self.subcode).upper(), list(SUBCODES), n=1)
            hint = f"; did you mean {close[0]}?" if close else " (see prime_async.ErrorSubcode)"
            raise ValueError(f"unknown subcode {self.subcode!r:.60}: not in Prime's error catalog{hint}")
        rates = [self.error_rate, self.drop_rate, self.commit_then_fail_rate, self.commit_then_drop_rate]
        if self.subcode is not None:
            rates.append(self.subcode_rate)
        if any(not 0 <= r <= 1 for r in rates) or sum(rates) > 1:
            raise ValueError("fault rates must be in [0, 1] and sum to at most 1")

    @classmethod
    def parse(cls, text: str, base: Faults | None = None) -> Faults:
        """`"latency=0.01,error_rate=0.1"` -> Faults (on top of `base`); `"subcode=NAME@0.3"`: answer
        the catalog's error NAME on 30% of the requests (all of them without `@rate`)."""
        values = attrs.asdict(base) if base else {}
        names = {f.name for f in attrs.fields(cls)} - {"subcode_rate"}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, sep, raw = (part.strip() for part in item.partition("="))
            if not sep or name not in names:
                raise ValueError(f"unknown fault {item!r}; known: {', '.join(sorted(names))}")
            if name == "subcode":  # NAME[@rate]; "none": no subcode fault
                subcode, at, rate = (part.strip() for part in raw.partition("@"))
                values["subcode"] = None if subcode.lower() == "none" else subcode.upper()
                values["subcode_rate"] = float(rate) if at else 1.0
            else:
                values[name] = None if raw.lower() == "none" else float(raw)
        return cls(**values)

    def draw(self, u: float) -> str | None:
        """The fault for a uniform draw `u`: None, "error", "drop", "commit_then_fail",
        "commit_then_drop" or "subcode"."""
        for name, rate in (
            ("error", self.error_rate),
            ("drop", self.drop_rate),
            ("commit_then_fail", self.commit_then_fail_rate),
            ("commit_then_drop", self.commit_then_drop_rate),
            ("subcode", self.subcode_rate if self.subcode is not None else 0.0),
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
