"""What one connection is subscribed to, and where each of its messages goes.

The connection hands each decoded message to `ChannelRouter.handle`, which passes it to the
handlers of its channel (`_channels.py`: one per kind of stream); they apply it (l2 books, open
orders, products) and put the results into the streams that asked for them. Nothing here waits:
streams buffer, and apply their own policy when full.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ._channels import (
    HEARTBEATS,
    NAMED_ONLY_CHANNELS,
    BookHandler,
    ChannelHandler,
    HeartbeatsHandler,
    OrdersHandler,
    ProductsHandler,
    RawHandler,
    Registration,
    StreamKind,
)
from ._messages import parse_events
from ._orders import OrdersState
from ._streams import Stream

__all__ = ["ChannelRouter", "Scope"]

# What one subscription of a channel covers: named products, or None: the whole channel (a
# subscribe without product ids; see NAMED_ONLY_CHANNELS for the channel where it means none).
Scope = frozenset[str] | None


class ChannelRouter:
    """One connection's registrations, and its messages routed by channel to one handler per kind
    of stream. The routes (channel -> what takes its messages) are rebuilt when a registration
    comes or goes, so a message costs one dict lookup to find its handlers, and is parsed only if
    one of them needs it typed. A connection carries one portfolio at most (`portfolio_id`; see `Feed`): order
    messages do not name theirs."""

    def __init__(self, on_vanished: Callable[[OrdersHandler, OrdersState, list[str]], None]) -> None:
        self.registrations: list[Registration] = []
        self.portfolio_id = ""  # of the registrations that name one
        # state handlers before the raw one: a raw stream sees a message after the states took it
        self._handlers: dict[StreamKind, ChannelHandler] = {
            StreamKind.BOOK: BookHandler(),
            StreamKind.ORDERS: OrdersHandler(on_vanished),
            StreamKind.PRODUCTS: ProductsHandler(),
            StreamKind.HEARTBEATS: HeartbeatsHandler(),
            StreamKind.RAW: RawHandler(),
        }
        self._routes: dict[str, Callable[[dict[str, Any]], None]] = {}  # channel -> what takes its messages
        self._reroute()

    # -- subscriptions -------------------------------------------------------------------------

    @property
    def product_ids(self) -> set[str]:
        """Every product this connection carries, whatever the channel."""
        return {p for r in self.registrations for p in r.products}

    def wanted(self) -> dict[tuple[str, str], Scope]:
        """(channel, portfolio) -> what the server should be sending: named products, or None for
        the whole channel (heartbeats always). A registration without products on a channel where
        that means every product (or order) makes it the whole channel, whatever others name: named
        products never narrow "all"."""
        wanted: dict[tuple[str, str], Scope] = {(HEARTBEATS, ""): None}
        for r in self.registrations:
            key = (r.channel, r.portfolio_id)
            have = wanted.get(key, frozenset())
            if have is not None:
                wanted[key] = None if not r.products and r.channel not in NAMED_ONLY_CHANNELS else have | r.products
        return wanted

    def sending(self, kind: str, channel: str, scope: Scope) -> None:
        """The connection is about to send a subscribe or unsubscribe (see `ChannelHandler.sending`)."""
        for handler in self._handlers.values():
            handler.sending(kind, channel, scope)

    def add(self, registration: Registration) -> None:
        """Start feeding a stream; it gets the current state at once when there is one."""
        self.registrations.append(registration)
        if registration.portfolio_id:
            assert self.portfolio_id in ("", registration.portfolio_id), "the feed places one portfolio per connection"
            self.portfolio_id = registration.portfolio_id
        self._handlers[registration.kind].add(registration)
        self._reroute()

    def awaits_snapshot(self, registration: Registration) -> bool:
        """Whether `registration`'s handler waits for a snapshot only a new subscribe brings."""
        return self._handlers[registration.kind].awaits_snapshot()

    def remove(self, registration: Registration) -> None:
        if registration not in self.registrations:
            return
        self.registrations.remove(registration)
        if not any(r.portfolio_id for r in self.registrations):
            self.portfolio_id = ""
        self._handlers[registration.kind].remove(registration)
        if not any(r.channel == registration.channel for r in self.registrations):
            for handler in self._handlers.values():
                handler.channel_left(registration.channel)
        self._reroute()

    def current_state(self, registration: Registration) -> Iterable[Any]:
        """What `registration`'s stream shows after a resync of its own (keyed streams)."""
        return self._handlers[registration.kind].current_state(registration)

    def named_in(self, text: str) -> list[Registration]:
        """The registrations an error frame's text names by a product or portfolio id (as a whole
        word: "BTC-USD" is not named in "BTC-USDC"): those the server refused."""
        ids = {p for r in self.registrations for p in r.products} | {r.portfolio_id for r in self.registrations}
        named = {i for i in ids if i and re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)}
        return [r for r in self.registrations if r.portfolio_id in named or r.products & named]

    def streams(self) -> Iterable[Stream[Any]]:
        return {id(r.stream): r.stream for r in self.registrations}.values()

    def reset(self) -> None:
        """The connection was lost: every state waits for a new snapshot, which replaces it."""
        for handler in self._handlers.values():
            handler.reset()

    def _reroute(self) -> None:
        routes: dict[str, list[ChannelHandler]] = {}
        for handler in self._handlers.values():
            for channel in handler.channels():
                routes.setdefault(channel, []).append(handler)
        self._routes = {channel: self._route(tuple(handlers)) for channel, handlers in routes.items()}

    def _route(self, handlers: tuple[ChannelHandler, ...]) -> Callable[[dict[str, Any]], None]:
        """What one channel's messages go through: a lone handler that takes the raw message (the
        books, the hot path) is called directly; otherwise the message is parsed once, if any
        handler needs it typed, and handed to each in turn."""
        if len(handlers) == 1 and not handlers[0].parsed:
            return handlers[0].handle
        parsed = any(h.parsed for h in handlers)

        def route(message: dict[str, Any]) -> None:
            typed = parse_events(message, self.portfolio_id) if parsed else None
            for handler in handlers:
                handler.handle(message, typed)

        return route

    # -- messages ------------------------------------------------------------------------------

    def handle(self, message: dict[str, Any]) -> None:
        """Hand one message to the handlers of its channel. Books take the raw l2 events (the hot
        path: no parse unless a raw stream wants the channel too); the others get it parsed once
        (`parse_events`), and only when one of them is there."""
        route = self._routes.get(message.get("channel"))  # type: ignore[arg-type]
        if route is not None:  # else nothing here uses it
            route(message)
