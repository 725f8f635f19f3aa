"""The Prime WebSocket feed: `client.feed()` gives a `Feed`; see `_feed.py`."""

from .._public import publish
from ._book import OrderBook
from ._errors import (
    FeedAuthenticationError,
    FeedClosedError,
    FeedConnectionError,
    FeedError,
    FeedOverflowError,
    FeedServerError,
)
from ._feed import Feed
from ._messages import (
    FeeDetails,
    FeedMessage,
    Heartbeat,
    L2Event,
    L2Update,
    OrdersEvent,
    OrderUpdate,
    Product,
    ProductsEvent,
)
from ._options import DEFAULT_FEED_URL, FeedOptions
from ._streams import HeartbeatStream, MessageStream, OrderBookStream, OrderStream, ProductStream

__all__ = [
    "DEFAULT_FEED_URL",
    "Feed",
    "FeedOptions",
    "OrderBook",
    "OrderUpdate",
    "FeeDetails",
    "FeedMessage",
    "Heartbeat",
    "L2Event",
    "L2Update",
    "OrdersEvent",
    "Product",
    "ProductsEvent",
    "OrderBookStream",
    "OrderStream",
    "ProductStream",
    "HeartbeatStream",
    "MessageStream",
    "FeedError",
    "FeedClosedError",
    "FeedConnectionError",
    "FeedServerError",
    "FeedAuthenticationError",
    "FeedOverflowError",
]

# loaded lazily by `prime_async`, whose names these are: prime_async.FeedConnectionError in a traceback
publish("prime_async", globals(), __all__)
