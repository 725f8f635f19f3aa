"""The feed's parts that need no connection: the book, message parsing, options, credentials,
the client's `feed()` checks, and what a failed subscribe send leaves in a traceback."""

from __future__ import annotations

import json
import socket
import ssl
import time
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from prime_async import (
    DEFAULT_FEED_URL,
    Credentials,
    CredentialsError,
    FeedClosedError,
    FeedOptions,
    InvalidRequestError,
    PrimeClient,
    PrimeError,
)
from prime_async._feed._book import BookReplica
from prime_async._feed._channels import ChannelHandler, Registration, StreamKind
from prime_async._feed._connection import SessionEnd, classify_error, connect_failure
from prime_async._feed._messages import L2Event, amount, int64, parse_events, parse_order, size
from prime_async._feed._router import ChannelRouter
from prime_async._feed._streams import MessageStream, OrderBookStream, OrderStream, ProductStream, SnapshotStart
from prime_async._feed._subscribe import SubscriptionSigner
from prime_async._feed._ws_common import HandshakeRejected, WebSocketClosed
from prime_async.models import OrderSide, OrderStatus

KEY = "ak-0123456789"
PASSPHRASE = "feed-passphrase-SECRET"
SIGNING_KEY = "feed-signing-key-SECRET"
CREDENTIALS = Credentials(KEY, PASSPHRASE, SIGNING_KEY, svc_account_id="svc-4567-89ab")


def l2(kind: str, *updates: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "type": kind,
        "product_id": "BTC-USD",
        "updates": [
            {"side": s, "px": px, "qty": qty, "event_time": "2024-05-01T12:00:00.123456789Z"} for s, px, qty in updates
        ],
    }


# -- the book --------------------------------------------------------------------------------


def test_a_book_orders_levels_best_first_and_size_zero_removes_a_level() -> None:
    book = BookReplica("BTC-USD")
    assert book.apply(l2("snapshot", ("bid", "100", "1"), ("bid", "101.5", "2"), ("offer", "103", "4"),
                         ("offer", "102", "3")))  # fmt: skip
    first = book.state(1, "2024-05-01T12:00:00.123456789Z", True)
    assert first.bids == ((Decimal("101.5"), Decimal(2)), (Decimal(100), Decimal(1)))
    assert first.asks == ((Decimal(102), Decimal(3)), (Decimal(103), Decimal(4)))
    assert first.best_bid == (Decimal("101.5"), Decimal(2)) and first.best_ask == (Decimal(102), Decimal(3))
    assert first.updated_at == datetime(2024, 5, 1, 12, 0, 0, 123456, tzinfo=UTC)

    book.apply(l2("update", ("bid", "101.5", "0"), ("bid", "100.00", "5"), ("offer", "101", "1"), ("bid", "99", "0")))
    second = book.state(2, None)
    assert second.bids == ((Decimal(100), Decimal(5)),)  # 100.00 is the level 100; 99 was never there
    assert second.asks[0] == (Decimal(101), Decimal(1)) and len(second.asks) == 3
    assert first.bids[0] == (Decimal("101.5"), Decimal(2))  # a state handed out never changes


def test_a_snapshot_replaces_the_book_and_updates_before_any_snapshot_are_skipped() -> None:
    book = BookReplica("BTC-USD")
    assert not book.apply(l2("update", ("bid", "100", "1")))
    book.apply(l2("snapshot", ("bid", "100", "1"), ("offer", "200", "1")))
    book.reset()  # the connection was lost
    assert not book.apply(l2("update", ("bid", "150", "1")))
    book.apply(l2("snapshot", ("bid", "120", "2")))
    state = book.state(9, None)
    assert state.bids == ((Decimal(120), Decimal(2)),) and state.asks == () and state.best_ask is None
    book.apply(l2("snapshot", ("offer", "130", "1")))  # a snapshot on the same connection replaces too
    state = book.state(10, None)
    assert state.bids == () and state.asks == ((Decimal(130), Decimal(1)),)


# -- the router ------------------------------------------------------------------------------


class Detached:
    """A stream's `Upstream` with no feed behind it: records what the stream asked of it."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def unsubscribe(self) -> None:
        self.asked.append("unsubscribe")

    def resync(self) -> None:
        self.asked.append("resync")

    def current_state(self) -> tuple[()]:
        return ()


def test_the_router_has_one_handler_per_kind_of_stream_behind_one_interface() -> None:
    router = ChannelRouter(lambda orders, state, ids: None)
    handlers = router._handlers
    assert set(handlers) == set(StreamKind)
    assert all(isinstance(h, ChannelHandler) for h in handlers.values())
    assert len({type(h) for h in handlers.values()}) == len(StreamKind)


def test_a_channel_message_reaches_each_kind_that_asked_for_it_and_is_parsed_only_if_one_needs_it() -> None:
    router = ChannelRouter(lambda orders, state, ids: None)
    book, raw = OrderBookStream(10, False, Detached()), MessageStream(10, False, Detached())
    router.add(Registration("l2_data", frozenset({"BTC-USD"}), "", book, StreamKind.BOOK))
    snapshot = {"channel": "l2_data", "sequence_num": 1, "events": [l2("snapshot", ("bid", "100", "1"))]}
    router.handle(snapshot)
    assert book._items[-1].best_bid == (Decimal(100), Decimal(1)) and not raw._items
    router.add(Registration("l2_data", frozenset({"BTC-USD"}), "", raw, StreamKind.RAW))
    router.handle({**snapshot, "sequence_num": 2, "events": [l2("update", ("bid", "100", "2"))]})
    assert book._items[-1].best_bid == (Decimal(100), Decimal(2))
    (event,) = raw._items[-1].events
    assert isinstance(event, L2Event) and event.updates[0].qty == Decimal(2)
    # a channel no stream asked for is neither applied nor parsed: a malformed one raises nothing
    router.handle({"channel": "orders", "events": [{"orders": "not a list"}]})
    router.handle({"channel": "nobody", "events": 7})


def test_a_whole_channel_subscription_is_never_narrowed_by_named_products_but_l2_data_names_its_books() -> None:
    router = ChannelRouter(lambda orders, state, ids: None)

    def register(channel: str, products: tuple[str, ...], portfolio: str = "") -> Registration:
        registration = Registration(
            channel, frozenset(products), portfolio, MessageStream(10, False, Detached()), StreamKind.RAW
        )
        router.add(registration)
        return registration

    assert router.wanted() == {("heartbeats", ""): None}
    named = register("products", ("BTC-USD",))
    assert router.wanted()[("products", "")] == {"BTC-USD"}
    every = register("products", ())
    assert router.wanted()[("products", "")] is None  # every product, whatever the named stream asks
    register("products", ("ETH-USD",))
    assert router.wanted()[("products", "")] is None
    router.remove(every)
    assert router.wanted()[("products", "")] == {"BTC-USD", "ETH-USD"}
    router.remove(named)
    assert router.wanted()[("products", "")] == {"ETH-USD"}
    register("orders", ("BTC-USD",), "pf-1")
    register("orders", (), "pf-1")
    assert router.wanted()[("orders", "pf-1")] is None  # the portfolio's every order
    register("l2_data", ())  # an l2_data subscribe without product ids asks for no book
    register("l2_data", ("BTC-USD",))
    assert router.wanted()[("l2_data", "")] == {"BTC-USD"}


def test_a_stream_of_every_product_starts_from_the_snapshot_of_every_product_not_the_named_ones() -> None:
    router = ChannelRouter(lambda orders, state, ids: None)

    class Covering(Detached):
        def __init__(self, products: frozenset[str]) -> None:
            super().__init__()
            self.products = products

        def product_ids(self) -> frozenset[str]:
            return self.products

    def snapshot(*product_ids: str) -> dict[str, Any]:
        products = [{"product_id": p} for p in product_ids]
        return {"channel": "products", "events": [{"type": "snapshot", "products": products}]}

    def stream_of(products: frozenset[str]) -> tuple[ProductStream, Registration]:
        stream = ProductStream(50, False, Covering(products))
        registration = Registration("products", products, "", stream, StreamKind.PRODUCTS)
        router.add(registration)
        return stream, registration

    named, _ = stream_of(frozenset({"BTC-USD"}))
    router.sending("subscribe", "products", frozenset({"BTC-USD"}))
    router.handle(snapshot("BTC-USD"))
    every, every_registration = stream_of(frozenset())
    assert not every._items  # the connection carries BTC-USD alone: no snapshot of "every product" yet
    router.sending("subscribe", "products", frozenset({"NOPE-USD"}))  # refused: no snapshot answers it
    router.sending("subscribe", "products", None)
    router.handle(snapshot("BTC-USD", "ETH-USD", "SOL-USD"))
    assert isinstance(every._items[0], SnapshotStart) and every._items[0].scope is None
    assert [p.product_id for p in list(every._items)[1:]] == ["BTC-USD", "ETH-USD", "SOL-USD"]
    assert [p.product_id for p in named._items if not isinstance(p, SnapshotStart)] == ["BTC-USD", "BTC-USD"]
    # the whole channel goes, back to the named products: a new stream of every product waits again
    router.remove(every_registration)
    router.sending("unsubscribe", "products", None)
    again, _ = stream_of(frozenset())
    assert not again._items
    assert [p.product_id for p in router.current_state(every_registration)] == ["BTC-USD", "ETH-USD", "SOL-USD"]


def test_an_orders_state_lives_while_its_channel_is_subscribed_by_any_stream() -> None:
    router = ChannelRouter(lambda orders, state, ids: None)
    upstream = Detached()
    orders, raw = OrderStream(10, False, upstream), MessageStream(10, False, Detached())
    typed = Registration("orders", frozenset(), "pf-1", orders, StreamKind.ORDERS)
    untyped = Registration("orders", frozenset(), "pf-1", raw, StreamKind.RAW)
    router.add(typed)
    router.add(untyped)
    snapshot = {
        "channel": "orders",
        "events": [{"type": "snapshot", "orders": [{"order_id": "o-1", "status": "OPEN"}]}],
    }
    router.handle(snapshot)
    router.remove(typed)
    assert [u.order_id for u in router.current_state(typed)] == ["o-1"]  # the raw stream keeps it subscribed
    router.remove(untyped)
    assert list(router.current_state(typed)) == [] and router.portfolio_id == ""
    orders.close()
    orders.close()
    assert upstream.asked == ["unsubscribe"]  # once


# -- messages --------------------------------------------------------------------------------


def test_order_updates_have_decimals_open_enums_and_proto3_defaults() -> None:
    update = parse_order(
        {"order_id": "o-1", "status": "PARTIALLY_FILLED_SOMEDAY", "side": "BUY", "order_type": "LIMIT",
         "cum_qty": "0.5", "leaves_qty": "1.25", "avg_px": "60000.1", "limit_px": "60001",
         "fee_details": {"venue_fee": "0.01"}},
        portfolio_id="p-1",
    )  # fmt: skip
    assert (update.cum_qty, update.leaves_qty, update.avg_px, update.limit_px) == (
        Decimal("0.5"), Decimal("1.25"), Decimal("60000.1"), Decimal(60001),
    )  # fmt: skip
    assert update.side is OrderSide.BUY and update.status == "PARTIALLY_FILLED_SOMEDAY"
    assert isinstance(update.status, OrderStatus) and not update.status.is_known and not update.done
    assert update.fees == 0 and update.fee_details.venue_fee == Decimal("0.01") and update.user_context == ""
    market = parse_order({"order_id": "o-2", "status": "FILLED", "order_type": "MARKET"})
    assert market.limit_px is None and market.done and market.origin == "update"


def test_messages_of_unknown_channels_keep_their_events_as_json() -> None:
    message = parse_events({"channel": "futures_balances", "sequence_num": 7, "events": [{"x": 1}]})
    assert (message.channel, message.sequence_num, message.timestamp, message.events) == (
        "futures_balances", 7, None, ({"x": 1},),
    )  # fmt: skip


def test_feed_timestamps_are_aware_and_those_without_an_offset_read_as_utc() -> None:
    naive, zoned = "2024-05-01T12:00:00.123456789", "2024-05-01T14:00:00.123456+02:00"
    message = parse_events(
        {"channel": "heartbeats", "timestamp": naive, "events": [{"current_time": zoned, "heartbeat_counter": 3}]}
    )
    (beat,) = message.events
    assert message.timestamp == datetime(2024, 5, 1, 12, 0, 0, 123456, tzinfo=UTC)
    assert message.timestamp.tzinfo is UTC and beat.current_time == message.timestamp  # the offset is kept
    book = BookReplica("BTC-USD")
    book.apply(l2("snapshot", ("bid", "100", "1")))
    assert book.state(1, naive, True).updated_at == message.timestamp
    assert parse_events({"channel": "heartbeats", "timestamp": ""}).timestamp is None


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("ErrSlowConsume", "slow"),
        ("authentication failure", "auth"),
        ("invalid signature", "auth"),
        ("unknown channel 'x'", "error"),
    ],
)
def test_error_frames_are_classified(message: str, kind: str) -> None:
    assert classify_error(message) == kind


# -- options ---------------------------------------------------------------------------------


def test_options_are_checked_before_anything_connects() -> None:
    with pytest.raises(InvalidRequestError, match=r"unknown feed option.*heartbeat_timout"):
        FeedOptions.build({"heartbeat_timout": 1})
    for bad in ({"queue_size": 0}, {"on_overflow": "drop"}, {"sequence_scope": "product"},
                {"backoff_initial": 5, "backoff_max": 1}, {"heartbeat_timeout": -1},
                {"heartbeat_timeout": float("nan")}, {"queue_size": 2.5}, {"max_reconnects": True},
                {"backoff_max": float("inf")}, {"connect_timeout": "10"}, {"max_message_size": 0}):  # fmt: skip
        with pytest.raises(InvalidRequestError):
            FeedOptions.build(bad)


def test_backoff_doubles_to_its_cap_with_jitter_in_the_upper_half() -> None:
    options = FeedOptions(backoff_initial=0.5, backoff_max=10)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (3, 4.0), (5, 10.0), (40, 10.0)]:
        delays = [options.backoff(attempt) for _ in range(200)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 100  # jittered: no two clients come back together


# -- credentials and the client's feed() -------------------------------------------------------


def test_credentials_read_the_service_account_id_and_mask_it() -> None:
    env = {"PRIME_ACCESS_KEY": KEY, "PRIME_PASSPHRASE": PASSPHRASE, "PRIME_SIGNING_KEY": SIGNING_KEY,
           "PRIME_SVC_ACCOUNT_ID": "svc-4567-89ab"}  # fmt: skip
    assert Credentials.from_env(env).svc_account_id == "svc-4567-89ab"
    blob = {"accessKey": KEY, "passphrase": PASSPHRASE, "signingKey": SIGNING_KEY, "svcAccountId": "svc-json-0001"}
    assert Credentials.from_env({"PRIME_CREDENTIALS": json.dumps(blob)}).svc_account_id == "svc-json-0001"
    assert Credentials.from_env({"PRIME_CREDENTIALS": json.dumps({**blob, "svcAccountId": ""})}).svc_account_id is None
    shown = repr(CREDENTIALS)
    assert "svc_account_id='svc-…'" in shown and "4567" not in shown
    assert PASSPHRASE not in shown and SIGNING_KEY not in shown


def test_feed_needs_a_service_account_id_and_a_websocket_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRIME_WS_URL", raising=False)
    without = PrimeClient(access_key=KEY, passphrase=PASSPHRASE, signing_key=SIGNING_KEY)
    with pytest.raises(CredentialsError, match="PRIME_SVC_ACCOUNT_ID"):
        without.feed()
    client = PrimeClient(credentials=CREDENTIALS)
    assert client.feed().url == DEFAULT_FEED_URL == "wss://ws-feed.prime.coinbase.com"
    with pytest.raises(InvalidRequestError, match="ws://"):
        client.feed("https://ws-feed.prime.coinbase.com")
    with pytest.raises(InvalidRequestError, match="unknown feed option"):
        client.feed(heartbeat=5)
    monkeypatch.setenv("PRIME_WS_URL", "ws://127.0.0.1:9/feed")
    assert client.feed().url == "ws://127.0.0.1:9/feed"
    assert client.feed("ws://[::1]:8080").url == "ws://[::1]:8080"


def test_streams_need_an_open_feed_and_valid_ids() -> None:
    feed = PrimeClient(credentials=CREDENTIALS).feed()
    with pytest.raises(FeedClosedError, match="async with"):
        feed.order_book("BTC-USD")
    assert issubclass(FeedClosedError, PrimeError)
    with pytest.raises(InvalidRequestError):
        feed.order_book("")
    with pytest.raises(InvalidRequestError, match="portfolio_id"):
        feed.subscribe("orders")


# -- secrets ---------------------------------------------------------------------------------


class BrokenWebSocket:
    async def send(self, text: str) -> None:
        raise OSError("connection reset by peer")


@pytest.mark.anyio
async def test_a_failed_subscribe_send_keeps_the_message_out_of_the_traceback() -> None:
    signer = SubscriptionSigner(CREDENTIALS, clock=lambda: 1_700_000_000)
    assert repr(signer) == "<SubscriptionSigner>"
    with pytest.raises(WebSocketClosed) as caught:
        await signer.send(BrokenWebSocket(), "subscribe", "l2_data", ["BTC-USD"])  # type: ignore[arg-type]
    error = caught.value
    assert error.__context__ is None and error.__cause__ is None  # the original, whose frames held the message, is gone
    tb = error.__traceback__
    while tb is not None:
        for value in tb.tb_frame.f_locals.values():
            assert PASSPHRASE not in repr(value) and SIGNING_KEY not in repr(value)
        tb = tb.tb_next
    assert PASSPHRASE not in str(error)


# -- work per message ----------------------------------------------------------------------------


def cpu_seconds(run: Any, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("kind", ["snapshot", "update"])
def test_the_order_levels_arrive_in_does_not_change_the_work_a_book_does(kind: str) -> None:
    """A deep book sent worst level first costs what it costs best level first (before: a list
    insert per level moved the levels behind it, n² moves, 8 times the CPU at this depth). A ratio
    of CPU times of the same work in two orders, not a time limit."""
    depth = 40_000
    bids = [("bid", f"{50_000 - k * Decimal('0.01')}", "1") for k in range(depth)]
    asks = [("offer", f"{50_001 + k * Decimal('0.01')}", "2") for k in range(depth)]
    events = {
        best_first: l2(kind, *(bids + asks if best_first else bids[::-1] + asks[::-1])) for best_first in (True, False)
    }
    start = l2("snapshot", ("bid", "1", "1"))  # an update applies to a book that has had its snapshot

    def run(best_first: bool) -> None:
        book = BookReplica("BTC-USD")
        book.apply(start)
        book.apply(events[best_first])

    best, worst = cpu_seconds(lambda: run(True)), cpu_seconds(lambda: run(False))
    assert worst < 2.5 * best, f"worst first {worst:.2f} s, best first {best:.2f} s of CPU"
    book = BookReplica("BTC-USD")
    book.apply(start)
    book.apply(events[False])
    state = book.state(1, None)
    assert state.best_bid == (Decimal(50_000), Decimal(1)) and state.best_ask == (Decimal(50_001), Decimal(2))
    assert len(state.bids) == depth + (kind == "update") and len(state.asks) == depth


# -- values a market can have --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "read"),
    [("60012.34", Decimal("60012.34")), (60012, Decimal(60012)), ("-0.5", Decimal("-0.5")), ("1E-8", Decimal("1E-8")),
     ("1" * 34, Decimal("1" * 34)), ("0", Decimal(0))],
)  # fmt: skip
def test_amounts_are_decimal_strings_or_exact_json_integers(value: Any, read: Decimal) -> None:
    assert amount(value) == read


@pytest.mark.parametrize(
    "value",
    ["NaN", "sNaN", "-Infinity", "Infinity", "1E+999999", "1e-50", "9" * 4000, "1" * 35, " 1", "1_000", "0x10", "",
     60012.5, True, None, [0, [1], 0], {"px": 1}],
)  # fmt: skip
def test_impossible_amounts_are_refused(value: Any) -> None:
    with pytest.raises(ValueError):
        amount(value)


def test_sizes_are_not_negative_and_int64_fields_take_proto3_strings_within_range() -> None:
    assert size("0") == 0 and size("-0") == 0 and size("2.5") == Decimal("2.5")
    with pytest.raises(ValueError, match="negative"):
        size("-0.01")
    assert int64("42") == int64(42) == 42 and int64("-7") == -7 and int64(str(2**63 - 1)) == 2**63 - 1
    for bad in (str(2**63), 2**63, "9" * 4000, "+5", " 5", "٥", "--5", "", "5.0", 5.0, True, None):
        with pytest.raises(ValueError):
            int64(bad)


def test_a_failed_connection_attempt_is_told_in_words() -> None:
    """What `FeedConnectionError` and the WARNING lines say of each kind of failure (the refused
    port, TLS, HTTP status, handshake and proxy ones are met over sockets in test_feed*)."""
    refused = OSError("All connection attempts failed")
    refused.__cause__ = ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 1)")
    cases = {
        socket.gaierror(-2, "Name or service not known"): "DNS lookup failed: Name or service not known",
        refused: "connection refused",
        TimeoutError(): "timed out (connect_timeout)",
        ssl.SSLError(
            1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"
        ): "TLS failed: [SSL: WRONG_VERSION_NUMBER] wrong version number",
        OSError(101, "Network is unreachable"): "Network is unreachable",
        HandshakeRejected(503, b"busy"): "WebSocket upgrade refused with HTTP 503",
    }
    for exc, words in cases.items():
        assert connect_failure(exc) == SessionEnd("connect_failed", words)
    assert connect_failure(HandshakeRejected(401, b"")) == SessionEnd("auth", "WebSocket upgrade refused with HTTP 401")
