"""The transport contract is enough to write a transport: tests/third_transport.py implements
`prime_async.transports.Transport` from its docstring alone (h11 over anyio sockets), and the
retry and trust tests run on it as they run on aiohttp and httpx: nothing lost, nothing doubled,
nothing leaked, nothing unbounded."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import prime_async._client
from prime_async.testing import PrimeSimulator
from prime_async.transports import AutoTransport, HttpxTransport, Transport

from . import test_reliability as reliability
from . import test_trust as trust
from .test_reliability import served  # noqa: F401 (the fixture the reliability tests take)
from .third_transport import H11Transport

pytestmark = pytest.mark.anyio


@pytest.fixture
def transport() -> H11Transport:
    """What the trust tests pass to `make_client` as their transport."""
    return H11Transport()


@pytest.fixture(autouse=True)
def third_transport_by_default(monkeypatch: pytest.MonkeyPatch, transport: H11Transport) -> Iterator[None]:
    """Every client made without a transport (the reliability tests') gets this one; and each test
    must have sent on it."""
    monkeypatch.setattr(prime_async._client, "make_transport", lambda name, **options: transport)
    yield
    assert transport.calls, "the test did not send on the third transport"


def test_our_transports_and_the_third_implement_the_contract(transport: H11Transport) -> None:
    from prime_async.transports import AiohttpTransport

    for each in (transport, HttpxTransport(), AiohttpTransport(), AutoTransport(), PrimeSimulator().transport()):
        assert isinstance(each, Transport), type(each).__name__
    assert not isinstance(httpx.MockTransport(lambda r: httpx.Response(200)), Transport)  # adapted instead
    transport.calls = 1  # nothing sent here, and none needed


# retries: nothing lost, nothing doubled
test_a_thousand_orders_through_commit_then_fail_and_drops = (
    reliability.test_a_thousand_orders_through_commit_then_fail_and_drops
)
test_a_post_without_idempotency_field_is_never_resent = (
    reliability.test_a_post_without_idempotency_field_is_never_resent
)
test_get_is_retried_through_the_same_faults = reliability.test_get_is_retried_through_the_same_faults
test_a_post_that_never_left_is_retried = reliability.test_a_post_that_never_left_is_retried
test_429_storm_is_ridden_out_by_honouring_retry_after = (
    reliability.test_429_storm_is_ridden_out_by_honouring_retry_after
)

# trust: hostile servers
test_a_put_or_delete_the_server_read_is_sent_once_even_on_a_kept_alive_connection = (
    trust.test_a_put_or_delete_the_server_read_is_sent_once_even_on_a_kept_alive_connection
)
test_a_connection_refused_is_retried_as_never_sent_and_says_where = (
    trust.test_a_connection_refused_is_retried_as_never_sent_and_says_where
)
test_no_secret_in_any_error_on_any_transport_even_with_frame_locals = (
    trust.test_no_secret_in_any_error_on_any_transport_even_with_frame_locals
)
test_a_redirect_is_a_typed_error_on_every_transport = trust.test_a_redirect_is_a_typed_error_on_every_transport
test_debug_logs_and_events_never_show_a_secret = trust.test_debug_logs_and_events_never_show_a_secret
test_a_dripping_server_cannot_hold_a_call_past_its_timeout = (
    trust.test_a_dripping_server_cannot_hold_a_call_past_its_timeout
)
test_a_read_bound_tighter_than_the_attempt_still_bounds_each_read = (
    trust.test_a_read_bound_tighter_than_the_attempt_still_bounds_each_read
)
test_a_deadline_bounds_the_whole_call_across_retries = trust.test_a_deadline_bounds_the_whole_call_across_retries
test_a_huge_body_is_stopped_while_streaming = trust.test_a_huge_body_is_stopped_while_streaming
test_a_declared_huge_body_is_refused_before_reading = trust.test_a_declared_huge_body_is_refused_before_reading
test_a_gzip_bomb_is_stopped_while_inflating = trust.test_a_gzip_bomb_is_stopped_while_inflating
test_gzip_and_deflate_bodies_are_decoded = trust.test_gzip_and_deflate_bodies_are_decoded
test_an_encoding_not_asked_for_is_a_typed_error = trust.test_an_encoding_not_asked_for_is_a_typed_error
test_errors_carry_their_call_whole = trust.test_errors_carry_their_call_whole
