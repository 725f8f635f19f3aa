"""prime-async: an asyncio client for the Coinbase Prime REST API.

    from prime_async import PrimeClient

    async with PrimeClient.from_env() as client:
        portfolios = await client.portfolios.list_portfolios()

    with SyncPrimeClient.from_env() as client:   # the same, blocking
        portfolios = client.portfolios.list_portfolios().first_page()

Models and enums live in `prime_async.models`. The WebSocket feed: `async with client.feed() as feed:`.
"""

from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_BASE_URL, PrimeClient
from ._credentials import Credentials
from ._errors import *  # noqa: F403  (every error; listed in _errors.__all__)
from ._errors import __all__ as _error_names
from ._events import RequestEvent
from ._fanout import Failure, Outcome, Success, fan_out
from ._generated.errors import ErrorCode, ErrorSubcode
from ._generated.routes import ROUTES
from ._logging import configure_from_env as _configure_logging
from ._pagination import Paginator
from ._public import publish as _publish
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._route import Pagination, Param, Route
from ._signing import Signer, sign
from ._tracing import Tracing
from ._unresolved import UnresolvedRequest, UnresolvedRequests
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from ._feed import *  # noqa: F403
    from .sync import SyncPrimeClient

AsyncPrimeClient = PrimeClient  # the name beside SyncPrimeClient, as openai-python has both

_configure_logging()  # PRIME_LOG=debug|info|warning, when set: the library's log on stderr

# The WebSocket feed's names (_feed.__all__), loaded on first use: its modules would add ~25 ms
# to `import prime_async`, and most programs never open a feed.
_FEED_NAMES = (
    "Feed", "FeedOptions", "DEFAULT_FEED_URL", "OrderBook", "OrderUpdate", "FeeDetails", "FeedMessage",
    "Heartbeat", "L2Event", "L2Update", "OrdersEvent", "Product", "ProductsEvent", "OrderBookStream",
    "OrderStream", "ProductStream", "HeartbeatStream", "MessageStream", "FeedError", "FeedClosedError",
    "FeedConnectionError", "FeedServerError", "FeedAuthenticationError", "FeedOverflowError",
)  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _FEED_NAMES:
        from . import _feed

        return getattr(_feed, name)
    if name == "SyncPrimeClient":  # on first use too: its event loop thread's modules cost import time
        from .sync import SyncPrimeClient

        return SyncPrimeClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """Every public name, those loaded on first use included, so completion offers them."""
    return sorted({*globals(), *__all__})


__all__ = [
    "PrimeClient",
    "AsyncPrimeClient",
    "SyncPrimeClient",
    "Credentials",
    "DEFAULT_BASE_URL",
    "ROUTES",
    "Route",
    "Param",
    "Pagination",
    "Paginator",
    "RetryPolicy",
    "RateLimit",
    "RequestEvent",
    "Tracing",
    "UnresolvedRequest",
    "UnresolvedRequests",
    "fan_out",
    "Outcome",
    "Success",
    "Failure",
    "Signer",
    "sign",
    *_error_names,
    "ErrorCode",
    "ErrorSubcode",
    *_FEED_NAMES,
]

_publish(__name__, globals(), __all__)  # prime_async.CredentialsError in a traceback, not prime_async._errors...
