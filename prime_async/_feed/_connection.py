"""One WebSocket connection of a feed, kept alive.

A session: connect, send every subscription (at once: Prime drops a connection that has not
subscribed within 5 s), then read. Three tasks share it: the reader (parse, check the sequence,
hand to the router), the writer (sends (un)subscribes as streams come and go) and the watchdog
(ends a session silent for `heartbeat_timeout`). A session ends on close, error, silence, a
sequence gap, a message the client cannot read or a resync request; the connection then waits a
jittered backoff, reconnects and resubscribes everything, and the new snapshots replace the state
the router kept. Whatever the server sends (a garbage answer to the upgrade, a malformed message)
ends a session, never the feed: `Connection._verdict` alone decides when to give up, and only for
what reconnecting cannot cure or for the limits the options set.
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from .._json import parse_json
from ._channels import OrdersHandler, Registration
from ._errors import FeedAuthenticationError, FeedConnectionError, FeedError, FeedServerError
from ._messages import int64
from ._options import FeedOptions
from ._orders import OrdersState
from ._router import ChannelRouter, Scope
from ._subscribe import Kind, SubscriptionSigner
from ._ws_common import HandshakeFailed, HandshakeRejected, Proxy, WebSocketClosed

if TYPE_CHECKING:
    from ._websocket import WebSocket

__all__ = ["Connection", "FirstContact", "classify_error", "connect_failure"]

logger = logging.getLogger("prime_async.feed")

# Prime documents the error frame's shape, not its messages [inferred]: these words mark the two
# kinds that reconnecting may cure (the slow-client disconnects) or that need their own limit.
AUTH_WORDS = ("auth", "signature", "passphrase", "access key", "api key", "api_key", "timestamp")
SLOW_WORDS = ("slow",)  # ErrSlowConsume, ErrSlowRead


def classify_error(message: str) -> str:
    """An error frame's kind: "auth", "slow" (reconnect and resync) or "error" (give up)."""
    text = message.lower()
    if any(word in text for word in SLOW_WORDS):
        return "slow"
    if any(word in text for word in AUTH_WORDS):
        return "auth"
    return "error"


@attrs.frozen
class SessionEnd:
    """Why a session ended, as `_run` and `_verdict` weigh it (and the `ended_*` stats count it)."""

    reason: str  # connect_failed, closed, silent, gap, slow, auth, error, resync, bad_message
    detail: str = ""
    established: bool = False  # the session worked: a message with a sequence number was applied


# What a message may be made of: anything else in it is a bad message (the connection resyncs),
# never an error that escapes the reader.
MALFORMED = (KeyError, TypeError, ValueError, ArithmeticError, AttributeError, IndexError)


def connect_failure(exc: Exception) -> SessionEnd:
    """What a failed connection attempt was, in words a log line and `FeedConnectionError` can
    give (DNS, refused, TLS, the upgrade's HTTP status, not a WebSocket server, a timeout). A
    refused upgrade with 401 or 403 counts as an authentication failure."""
    if isinstance(exc, HandshakeRejected) and exc.status_code in (401, 403):
        return SessionEnd("auth", str(exc))
    if type(exc) is OSError and isinstance(exc.__cause__, OSError):  # anyio's "All connection attempts failed"
        exc = exc.__cause__
    if isinstance(exc, HandshakeFailed | WebSocketClosed):
        cause = str(exc)
    elif isinstance(exc, socket.gaierror):
        cause = f"DNS lookup failed: {exc.strerror or exc}"
    elif isinstance(exc, ssl.SSLCertVerificationError):
        cause = f"TLS failed: the server's certificate is not trusted ({exc.verify_message})"
    elif isinstance(exc, ssl.SSLError):
        cause = f"TLS failed: {exc.strerror or exc}"
    elif isinstance(exc, ConnectionRefusedError):
        cause = "connection refused"
    elif isinstance(exc, TimeoutError):
        cause = "timed out (connect_timeout)"
    elif isinstance(exc, OSError) and exc.strerror:
        cause = exc.strerror
    else:
        cause = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return SessionEnd("connect_failed", cause)


class FirstContact:
    """What the connections of one feed share about its start: `initial_connect_timeout` counts
    from the first attempt of the first connection until any connection has worked; after that,
    there is no such limit (a bot's feed that worked once keeps coming back)."""

    __slots__ = ("deadline", "timeout", "worked")

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout
        self.deadline: float | None = None
        self.worked = False

    def remaining(self) -> float | None:
        """Seconds left to make a first connection work (the clock starts at the first call);
        None when nothing bounds it (no timeout, or a connection has worked)."""
        if self.worked or self.timeout is None:
            return None
        now = anyio.current_time()
        if self.deadline is None:
            self.deadline = now + self.timeout
        return self.deadline - now


CUT_BY_DEADLINE = "timed out (initial_connect_timeout)"


class _EndSession(Exception):
    """Raised inside the reader to end the session with a reason (a gap, a bad message, an error
    frame): caught where the session's task group can be cancelled, never beyond."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


class Connection:
    """One WebSocket connection of a feed, kept alive across sessions (see the module's docstring).

    It owns its `ChannelRouter` (the registrations placed on it and the state they build); the
    feed asks it what it carries (`product_ids`, `portfolio_id`) to place streams, and a stream's
    `Placement` asks it for the current state of a registration. `failed` is set, and `stopped`
    fires, when it gives up; the feed then forgets it (`on_failed`)."""

    def __init__(
        self,
        index: int,
        url: str,
        proxy: Proxy | None,
        first_contact: FirstContact,
        options: FeedOptions,
        signer: SubscriptionSigner,
        stats: Counter[str],
        on_vanished: Callable[[OrdersHandler, OrdersState, list[str]], None],
        on_failed: Callable[[Connection], None],
    ) -> None:
        self.index = index
        self.url = url
        self.proxy = proxy
        self.first_contact = first_contact
        self.options = options
        self.stats = stats
        self._router = ChannelRouter(on_vanished)
        self._signer = signer
        self._on_failed = on_failed
        self._ws: WebSocket | None = None
        self._subscribed: dict[tuple[str, str], Scope] = {}  # what the server was asked to send
        self._changed: anyio.Event | None = None
        self._scope: anyio.CancelScope | None = None
        self._end: SessionEnd | None = None
        self._established = False
        self._last_seq: int | None = None
        self._last_seq_of: dict[str, int] = {}
        self._closing = False
        self._run_scope: anyio.CancelScope | None = None
        self.failed: FeedError | None = None
        self.stopped = anyio.Event()

    def __repr__(self) -> str:
        state = "failed" if self.failed else "connected" if self._ws else "connecting"
        return f"<feed connection {self.index} to {self.url} ({state}, {len(self._router.product_ids)} products)>"

    # -- what the feed asks of it --------------------------------------------------------------

    @property
    def product_ids(self) -> set[str]:
        """Every product this connection carries, whatever the channel."""
        return self._router.product_ids

    @property
    def portfolio_id(self) -> str:
        """The one portfolio whose streams are placed here ("": none)."""
        return self._router.portfolio_id

    def current_state(self, registration: Registration) -> Iterable[object]:
        """What `registration`'s stream shows after a resync of its own (keyed streams)."""
        return self._router.current_state(registration)

    def add(self, registration: Registration) -> None:
        self._router.add(registration)
        if self._router.awaits_snapshot(registration):
            # an orders state joining a subscription a raw stream holds: only a subscribe brings its
            # snapshot, and subscribing again what is subscribed adds nothing but that snapshot
            self._subscribed.pop((registration.channel, registration.portfolio_id), None)
        self._poke()

    def remove(self, registration: Registration) -> None:
        self._router.remove(registration)
        self._poke()

    def request_resync(self) -> None:
        """Start over: reconnect, resubscribe, take new snapshots."""
        self._end_session("resync", "requested")

    async def close(self) -> None:
        """Unsubscribe everything, close the WebSocket, wait for the run to end (bound it)."""
        self._closing = True
        ws = self._ws
        if ws is None:
            return
        try:
            for (channel, portfolio_id), products in list(self._subscribed.items()):
                await self._signer.send(ws, "unsubscribe", channel, sorted(products or ()), portfolio_id)
            await ws.send_close()
        except WebSocketClosed:
            return
        await self.stopped.wait()

    # -- the connection's life -----------------------------------------------------------------

    def stop(self) -> None:
        """End the run now (after `close()`, or instead of it)."""
        self._closing = True
        if self._run_scope is not None:
            self._run_scope.cancel()

    async def run(self) -> None:
        """Shielded from the feed's surroundings: when the code around the feed is cancelled, the
        connection lives on until `Feed.aclose` has said goodbye (bounded) and calls `stop()`."""
        if self._closing:
            return
        with anyio.CancelScope(shield=True) as self._run_scope:
            await self._run()

    async def _run(self) -> None:
        failures = 0  # consecutive sessions that did not work (from a refused connection to a bad first message)
        auth_failures = 0
        cause = ""  # of the last failed attempt
        try:
            while not self._closing:
                end = await self._session(self.first_contact.remaining())
                if self._closing:
                    return
                self._router.reset()
                self.stats[f"ended_{end.reason}"] += 1
                failures = 0 if end.established else failures + 1
                if end.reason == "auth":
                    auth_failures += 1
                elif end.established:
                    auth_failures = 0
                    self.first_contact.worked = True
                if not end.established and (end.detail != CUT_BY_DEADLINE or not cause):
                    cause = end.detail  # cut short by the deadline, the attempt before says more
                error = self._verdict(end, failures, auth_failures, cause)
                if error is None:
                    delay = self._next_delay(end, failures)
                    await anyio.sleep(delay)
                    error = self._given_up(failures, cause)  # the deadline may have come while waiting
                if error is not None:  # the streams raise it: no log line of its own
                    self._fail(error)
                    return
                self.stats["reconnects"] += 1
        except Exception as exc:  # a bug of ours: fail the streams loudly rather than hang them
            while isinstance(exc, ExceptionGroup) and len(exc.exceptions) == 1:
                exc = exc.exceptions[0]  # the error itself, not "unhandled errors in a TaskGroup"
            logger.exception("feed connection %d failed", self.index)
            error = FeedError(f"the feed connection failed: {type(exc).__name__}: {exc}")
            error.__cause__ = exc
            self._fail(error)
        finally:
            self.stopped.set()

    def _verdict(self, end: SessionEnd, failures: int, auth_failures: int, cause: str) -> FeedError | None:
        """Whether a session's end is worth another connection (None) or ends this connection's
        streams (the error they raise): the one place that decides, as websockets'
        `process_exception` does. A failed handshake is a failed connection like a refused one; a
        bad message, a gap, silence or a slow-consumer frame resyncs; only what reconnecting
        cannot cure, or the limits the options set, end it."""
        if end.reason == "auth" and auth_failures >= self.options.max_auth_failures:
            return FeedAuthenticationError(f"subscribe refused: {end.detail}")
        if end.reason == "error":
            return FeedServerError(end.detail)
        limit = self.options.max_reconnects
        if limit is not None and failures >= limit:
            return FeedConnectionError(f"{failures} connection attempts to {self.url} failed; the last: {cause}")
        return self._given_up(failures, cause)

    def _given_up(self, failures: int, cause: str) -> FeedConnectionError | None:
        """`initial_connect_timeout` has passed and no connection of the feed has worked yet."""
        remaining = self.first_contact.remaining()
        if remaining is None or remaining > 0 or not failures:
            return None
        return FeedConnectionError(
            f"no connection to {self.url} worked within initial_connect_timeout "
            f"({self.first_contact.timeout:g} s, {failures} attempt{'s' if failures > 1 else ''}); the last: {cause}"
        )

    def _next_delay(self, end: SessionEnd, failures: int) -> float:
        """The backoff before the next attempt (never past `initial_connect_timeout`), logged:
        the end of a session that worked, and a first failed attempt, at INFO; each failed
        attempt after it at WARNING, with its number, its cause and the delay."""
        delay = self.options.backoff(failures)
        remaining = self.first_contact.remaining()
        if remaining is not None:
            delay = max(0.0, min(delay, remaining))
        if not failures:
            logger.info(
                "feed connection %d: %s (%s); reconnecting in %.2f s", self.index, end.reason, end.detail, delay
            )
        else:
            logger.log(
                logging.WARNING if failures > 1 else logging.INFO,
                "feed connection %d: attempt %d to %s failed: %s; next attempt in %.2f s",
                self.index, failures, self.url, end.detail, delay,
            )  # fmt: skip
        return delay

    def _fail(self, error: FeedError) -> None:
        self.failed = error
        for stream in self._router.streams():
            stream.fail(error)
        self._on_failed(self)

    async def _session(self, remaining: float | None) -> SessionEnd:
        """One session; its connection attempt bounded by `connect_timeout`, and by `remaining`
        (of `initial_connect_timeout`) when that is shorter."""
        self._end = None
        self._established = False
        self._last_seq = None
        self._last_seq_of.clear()
        self._subscribed = {}
        from ._websocket import connect  # wsproto loads with the first connection, not with prime_async

        limit = self.options.connect_timeout if remaining is None else min(self.options.connect_timeout, remaining)
        cut = limit < self.options.connect_timeout
        try:
            with anyio.fail_after(max(limit, 0.0)):
                ws = await connect(
                    self.url,
                    ssl_context=self.options.ssl_context,
                    proxy=self.proxy,
                    max_message=self.options.max_message_size,
                )
        except (OSError, HandshakeFailed, WebSocketClosed, anyio.BrokenResourceError) as exc:  # TimeoutError too
            if cut and isinstance(exc, TimeoutError):
                return SessionEnd("connect_failed", CUT_BY_DEADLINE)
            return connect_failure(exc)
        self.stats["connects"] += 1
        self._ws = ws
        try:
            async with anyio.create_task_group() as tg:
                self._scope = tg.cancel_scope
                tg.start_soon(self._write, ws)
                tg.start_soon(self._watch, ws)
                await self._read(ws)
        finally:
            self._ws = None
            self._scope = None
            await ws.aclose()
        end = self._end or SessionEnd("closed")
        return attrs.evolve(end, established=self._established)

    def _end_session(self, reason: str, detail: str = "") -> None:
        if self._end is None and self._scope is not None:
            self._end = SessionEnd(reason, detail)
            self._scope.cancel()

    def _poke(self) -> None:
        if self._changed is not None:
            self._changed.set()

    async def _read(self, ws: WebSocket) -> None:
        handle = self._handle
        try:
            while True:
                texts = await ws.receive()
                for text in texts:
                    handle(text)
        except WebSocketClosed as exc:
            self._end_session("closed", str(exc))
        except _EndSession as end:
            self._end_session(end.reason, end.detail)

    def _handle(self, text: str) -> None:
        message: Any = None
        try:
            message = parse_json(text)
            if type(message) is not dict:
                return
            seq = message.get("sequence_num")
            if seq is not None:
                if type(seq) is not int or not 0 <= seq < 1 << 63:  # proto3's int64 may come as a decimal string
                    seq = message["sequence_num"] = int64(seq)
                self._check_sequence(seq, message.get("channel"))
            if message.get("type") == "error":
                self._error_frame(message)
                return
            self._router.handle(message)
        except MALFORMED as exc:
            self.stats["bad_messages"] += 1
            channel = message.get("channel") if type(message) is dict else None
            what = f"a {channel} message" if type(channel) is str else "a message"
            detail = f"{what} the client cannot read ({type(exc).__name__}: {exc})"
            raise _EndSession("bad_message", detail[:300]) from None
        if seq is not None:
            self._established = True

    def _error_frame(self, message: dict[str, Any]) -> None:
        """An error frame. One that names products or a portfolio (an unknown product, say) fails
        the streams that asked for them and no other; what it cannot be pinned on ends the
        session (slow consumer, authentication) or the connection's streams."""
        self.stats["error_frames"] += 1
        detail = str(message.get("message") or message.get("reason") or "error")[:500]
        kind = classify_error(detail)
        refused = self._router.named_in(detail) if kind == "error" else []
        if not refused:
            raise _EndSession(kind, detail)
        self.stats["refused_subscriptions"] += len(refused)
        logger.warning("feed connection %d: the server refused a subscription: %s", self.index, detail)
        error = FeedServerError(detail)
        for registration in refused:
            # the refused subscribe may have carried other products too: subscribe the channel again,
            # without sending an unsubscribe the server would refuse as well
            self._subscribed.pop((registration.channel, registration.portfolio_id), None)
            registration.stream.fail(error)
            registration.stream.close()

    def _check_sequence(self, seq: int, channel: Any) -> None:
        scope = self.options.sequence_scope
        if scope == "connection":
            last = self._last_seq
            self._last_seq = seq
        elif scope == "channel":
            last = self._last_seq_of.get(channel)
            self._last_seq_of[channel] = seq
        else:
            return
        if last is not None and seq != last + 1:
            self.stats["gaps"] += 1
            raise _EndSession("gap", f"sequence_num {seq} after {last}")

    async def _write(self, ws: WebSocket) -> None:
        """Keep the server's subscriptions equal to what the streams want."""
        try:
            while not self._closing:
                changed = self._changed = anyio.Event()
                await self._sync(ws)
                await changed.wait()
        except WebSocketClosed as exc:
            self._end_session("closed", str(exc))
        finally:
            self._changed = None

    async def _sync(self, ws: WebSocket) -> None:
        """Send (un)subscribes until the server's subscriptions are what the streams want, one
        message at a time and looking again after each: while a send waits, a stream may come or
        go, or an error frame may say a subscribe was refused."""
        while (change := self._next_change()) is not None:
            kind, key, scope = change
            self._router.sending(kind, key[0], scope)  # before: the answer may be read before the send returns
            await self._signer.send(ws, kind, key[0], sorted(scope or ()), key[1])
            have = self._subscribed.get(key, frozenset())
            if kind == "subscribe":
                self._subscribed[key] = None if scope is None or have is None else have | scope
                self.stats["subscribes"] += 1
            elif scope is not None and have is not None and key in self._router.wanted():
                self._subscribed[key] = have - scope
            else:
                self._subscribed.pop(key, None)

    def _next_change(self) -> tuple[Kind, tuple[str, str], Scope] | None:
        """The next (un)subscribe to send, or None. Subscribes add to what the server sends, and an
        unsubscribe without product ids ends the channel's subscription [inferred: Prime's docs
        are silent]: so from the whole channel back to named products is an unsubscribe of the
        channel, then a subscribe of the named products (their snapshot comes again)."""
        wanted, subscribed = self._router.wanted(), self._subscribed
        for key, want in wanted.items():
            if key not in subscribed:
                return "subscribe", key, want
            have = subscribed[key]
            if want is None:
                if have is not None:
                    return "subscribe", key, None
            elif have is None:
                return "unsubscribe", key, None
            elif want - have:
                return "subscribe", key, want - have
        for key, have in subscribed.items():
            if key not in wanted:
                return "unsubscribe", key, have
            want = wanted[key]
            if have is not None and want is not None and have - want:
                return "unsubscribe", key, have - want
        return None

    async def _watch(self, ws: WebSocket) -> None:
        """End a session that has been silent (no message, heartbeat included, nor a piece of
        one) for too long."""
        timeout = self.options.heartbeat_timeout
        while True:
            idle = anyio.current_time() - ws.last_data
            if idle >= timeout:
                self.stats["heartbeat_timeouts"] += 1
                self._end_session("silent", f"no message for {timeout:g} s")
                return
            await anyio.sleep(timeout - idle)
