"""The Redis side of a shared rate limit (`RateLimit(store="redis://...")`): one Lua script.

Every process and host on one Redis shares the budgets through one key per bucket: the overall
budget's (`RateLimit.budget`, e.g. one per egress IP) and one per portfolio, shared by portfolio
id across every budget. A key holds the bucket's GCRA state, its theoretical arrival time in
microseconds of Redis's own clock (`TIME`), so hosts whose clocks disagree still agree on the
schedule. The script applies a batch of operations in order, atomically: reserve a slot (the
budget's and the portfolio's; the wait is the later of the two), give one back (a cancelled
wait), or pause the budget (a 429's Retry-After). A key expires when its bucket is full again, so
the keys of thousands of idle portfolios do not stay behind.

redis-py is imported only when a store is configured (`pip install "prime-async[redis]"`). The
store URL may hold a password: it is masked in every repr, log line and error, and refused over
plain `redis://` to anything but this machine (use `rediss://`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, urlsplit

from ._loopback import is_loopback

if TYPE_CHECKING:
    from ._ratelimit import RateLimit

__all__ = ["KEY_PREFIX", "SCRIPT", "Op", "RedisStore", "check_store_url", "masked_store_url"]

# One hash tag for every key, so that the script's keys share a slot on a Redis Cluster too.
KEY_PREFIX = "{prime-async}:rl:"
# Seconds to connect, and to wait for an answer: past them the store counts as failed.
CONNECT_TIMEOUT = 2.0
REPLY_TIMEOUT = 3.0

# An operation for the script: (kind, portfolio id or None, microseconds), kind "r" reserves a
# slot, "g" gives one back, "p" pauses for the microseconds given.
Op = tuple[str, str | None, int]

# KEYS[1]: the budget's bucket; KEYS[2..]: the portfolios named in this batch.
# ARGV[1..4]: the budget's interval and tolerance, a portfolio's interval and tolerance (µs).
# ARGV[5..]: one operation each: "r<k>", "g<k>" or "p<k>:<µs>", k the portfolio's key (0: none).
# Returns one integer per operation: a reservation's wait in µs from now (0 for the others).
SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = {tonumber(ARGV[1]), tonumber(ARGV[3])}
local tolerance = {tonumber(ARGV[2]), tonumber(ARGV[4])}
local tat = {}
for i = 1, #KEYS do
  tat[i] = tonumber(redis.call('GET', KEYS[i])) or 0
end
local function take(i, c)
  local start = math.max(tat[i], now)
  tat[i] = start + interval[c]
  return start - tolerance[c] - now
end
local out = {}
for j = 5, #ARGV do
  local op = ARGV[j]
  local kind = string.sub(op, 1, 1)
  local colon = string.find(op, ':', 3, true)
  local k = tonumber(string.sub(op, 2, colon and colon - 1 or -1)) + 1
  local result = 0
  if kind == 'r' then
    result = take(1, 1)
    if k > 1 then result = math.max(result, take(k, 2)) end
    result = math.max(0, math.ceil(result))
  elseif kind == 'g' then
    tat[1] = tat[1] - interval[1]
    if k > 1 then tat[k] = tat[k] - interval[2] end
  elseif kind == 'p' then
    local hold = now + tonumber(string.sub(op, colon + 1))
    tat[1] = math.max(tat[1], hold + tolerance[1])
    if k > 1 then tat[k] = math.max(tat[k], hold + tolerance[2]) end
  end
  out[#out + 1] = result
end
for i = 1, #KEYS do
  local ahead = tat[i] - now
  if ahead > 0 then
    redis.call('SET', KEYS[i], string.format('%.0f', tat[i]), 'PX', math.ceil(ahead / 1000) + 1)
  else
    redis.call('DEL', KEYS[i])
  end
end
return out
"""

_SCHEMES = ("redis", "rediss", "unix")


def _split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    return parts


def masked_store_url(url: str) -> str:
    """`url` with its password (if any) replaced by `***`: for reprs, logs and errors."""
    parts = _split(url)
    if parts is None or parts.password is None:
        return url if parts is not None else "<a URL that cannot be parsed>"
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"{user}:***@{host}").geturl()


def check_store_url(url: object) -> None:
    """ValueError (the password masked) unless `url` is a Redis URL a store can use."""
    if not isinstance(url, str):
        raise ValueError(f"RateLimit store must be a Redis URL such as 'redis://host:6379/0', not {type(url).__name__}")
    parts = _split(url)
    shown = masked_store_url(url)
    if parts is None or parts.scheme not in _SCHEMES:
        raise ValueError(f"RateLimit store {shown!r} must be a redis://, rediss:// or unix:// URL")
    if parts.scheme != "unix" and not parts.hostname:
        raise ValueError(f"RateLimit store {shown!r} names no host (e.g. 'redis://127.0.0.1:6379/0')")
    if parts.scheme == "unix" and not parts.path:
        raise ValueError(f"RateLimit store {shown!r} names no socket path (e.g. 'unix:///run/redis.sock')")
    if parts.scheme == "redis" and parts.password and not is_loopback(parts.hostname):
        raise ValueError(
            f"RateLimit store {shown!r} would send its password unencrypted to another machine: "
            "use rediss:// (TLS), or a Redis on this machine"
        )


class RedisStore:
    """The shared buckets of one `RateLimit` in one Redis: `connect()` once per event loop,
    then `apply(ops)` for each batch (one round trip, one script run)."""

    def __init__(self, limit: RateLimit) -> None:
        try:
            import redis.asyncio  # noqa: F401
        except ImportError:
            raise ImportError('RateLimit(store=...) needs redis-py: pip install "prime-async[redis]"') from None
        assert limit.store is not None
        self._url = limit.store
        self.shown = masked_store_url(limit.store)
        self._overall_key = f"{KEY_PREFIX}budget:{limit.budget}"
        self._per_portfolio = limit.portfolio_rate is not None
        portfolio_rate = limit.portfolio_rate or 1.0
        self._settings = [
            repr(1e6 / limit.rate),
            repr((limit.burst - 1) * 1e6 / limit.rate),
            repr(1e6 / portfolio_rate),
            repr((limit.portfolio_burst - 1) * 1e6 / portfolio_rate),
        ]

    def __repr__(self) -> str:
        return f"<RedisStore {self.shown}>"

    def describe(self, exc: BaseException) -> str:
        """A failure in a few words, without its traceback (whose frames hold the client and its
        connection settings): its type and message (redis-py's name the host, not the password;
        masked here all the same)."""
        text = f"{type(exc).__name__}: {exc}"[:300]
        password = _split(self._url)
        if password is not None and password.password:
            text = text.replace(password.password, "***")
        return text

    def connect(self) -> RedisConnection:
        """A client for the running event loop (redis-py's asyncio client binds to one). It
        connects on its first use; it never retries on its own (a failed batch is the limiter's
        to handle: degrade or raise)."""
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        client = _client_class().from_url(
            self._url,
            socket_connect_timeout=CONNECT_TIMEOUT,
            socket_timeout=REPLY_TIMEOUT,
            retry=Retry(NoBackoff(), 0),
            # one round trip at a time per loop: one connection, without a pool's checks (~40% less CPU)
            single_connection_client=True,
        )
        return RedisConnection(client, client.register_script(SCRIPT), self)

    def encode(self, ops: Sequence[Op]) -> tuple[list[str], list[str]]:
        """The script's KEYS and ARGV for `ops`."""
        keys = [self._overall_key]
        args = list(self._settings)
        index: dict[str, int] = {}
        for kind, portfolio_id, micros in ops:
            k = 0
            if portfolio_id is not None and self._per_portfolio:
                k = index.get(portfolio_id, 0)
                if not k:
                    k = index[portfolio_id] = len(keys)
                    keys.append(f"{KEY_PREFIX}portfolio:{portfolio_id}")
            args.append(f"p{k}:{micros}" if kind == "p" else f"{kind}{k}")
        return keys, args


@functools.cache
def _client_class() -> Any:
    """redis-py's asyncio client, with a repr that builds nothing. Its own builds a connection to
    print one, and its `__del__` prints the client: for a client never closed whose event loop never
    ended (a daemon thread's), that happens at interpreter exit and fails with a traceback."""
    import redis.asyncio

    class StoreClient(redis.asyncio.Redis):
        def __repr__(self) -> str:
            return "<prime_async rate limit store client>"

    return StoreClient


class RedisConnection:
    """One event loop's connection to the store: redis-py's client and the loaded script; `apply`


    runs a batch of operations in one atomic round trip."""

    def __init__(self, client: Any, script: Any, store: RedisStore) -> None:
        self.client = client
        self.script = script
        self.store = store

    def __repr__(self) -> str:
        return f"<RedisConnection {self.store.shown}>"

    async def apply(self, ops: Sequence[Op]) -> list[int]:
        """Run `ops` in order, atomically; each reservation's wait in µs (0 for the others)."""
        keys, args = self.store.encode(ops)
        result: list[int] = await self.script(keys=keys, args=args)
        return result

    async def aclose(self) -> None:
        await self.client.aclose()
