"""The client-side limiter: pacing, bursts, per-portfolio buckets, pauses after a 429."""

from __future__ import annotations

import time

import pytest

from prime_async import RateLimit, RateLimitError, RetryPolicy
from prime_async._ratelimit import RateLimiter
from prime_async._token_bucket import TokenBucket
from tests.conftest import RecordingServer, make_client


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_a_burst_then_paces_at_the_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10, burst=3, clock=clock)
    waits = [bucket.reserve() for _ in range(6)]
    assert waits[:3] == [0, 0, 0]
    assert waits[3:] == pytest.approx([0.1, 0.2, 0.3])


def test_bucket_refills_with_time() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10, burst=2, clock=clock)
    assert [bucket.reserve() for _ in range(2)] == [0, 0]
    clock.now += 1.0  # a quiet second: the burst is back, no more
    assert [bucket.reserve() for _ in range(3)] == pytest.approx([0, 0, 0.1])


def test_pause_holds_everything_back() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=100, burst=5, clock=clock)
    bucket.pause(2.0)
    assert bucket.reserve() == pytest.approx(2.0)


def test_take_refuses_what_reserve_would_wait_for_and_takes_nothing_then() -> None:
    # the simulator's side of the same bucket: a refused request costs no slot
    clock = FakeClock()
    bucket = TokenBucket(rate=10, burst=2.5, clock=clock)
    assert [bucket.take() for _ in range(2)] == [0, 0]
    assert bucket.take() == pytest.approx(0.05) and bucket.take() == pytest.approx(0.05)
    clock.now += 0.05
    assert bucket.take() == 0 and bucket.take() == pytest.approx(0.1)
    assert TokenBucket(rate=10, burst=1, clock=clock).reserve() == 0


def test_portfolio_buckets_are_separate_and_optional() -> None:
    limiter = RateLimiter(RateLimit(rate=1000, burst=1000, portfolio_rate=10, portfolio_burst=2))
    a = limiter._portfolio("a")
    assert a is not None and a is limiter._portfolio("a") and a is not limiter._portfolio("b")
    assert RateLimiter(RateLimit(portfolio_rate=None))._portfolio("a") is None


def test_defaults_sit_inside_primes_documented_limits() -> None:
    limit = RateLimit()
    assert limit.rate < 100 and limit.portfolio_rate is not None and limit.portfolio_rate < 25
    assert limit.portfolio_burst <= 50
    with pytest.raises(ValueError):
        RateLimit(rate=0)


@pytest.mark.anyio
async def test_a_429_holds_the_client_back_even_when_the_call_is_not_retried(server: RecordingServer) -> None:
    # a web backend's max_retries=0: the lockout is the IP's all the same (before: no pause at all)
    server.respond_json({"message": "slow down"}, status=429, headers={"Retry-After": "2"})
    async with make_client(server.url, rate_limit=RateLimit(), max_retries=0) as client:
        with pytest.raises(RateLimitError):
            await client.portfolios.get_portfolio(portfolio_id="p")
        limiter = client.pipeline.limiter
        assert isinstance(limiter, RateLimiter)
        ahead = limiter.overall.tat - limiter.overall.tolerance - time.monotonic()
        assert 1.0 < ahead <= 2.0  # the next call waits out the Retry-After (unpaused: 0)


@pytest.mark.anyio
async def test_a_hostile_retry_after_holds_back_no_longer_than_a_retry_would(server: RecordingServer) -> None:
    server.respond_json({}, status=429, headers={"Retry-After": "86400"})
    async with make_client(server.url, rate_limit=RateLimit(), max_retries=0) as client:
        with pytest.raises(RateLimitError):
            await client.portfolios.get_portfolio(portfolio_id="p")
        limiter = client.pipeline.limiter
        assert isinstance(limiter, RateLimiter)
        assert limiter.overall.tat - time.monotonic() <= RetryPolicy().max_retry_after + 1
