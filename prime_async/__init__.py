"""prime-async: an asyncio client for the Coinbase Prime REST API.

    from prime_async import PrimeClient

    async with PrimeClient.from_env() as client:
        portfolios = await client.portfolios.list_portfolios()

Models and enums live in `prime_async.models`.
"""

from ._client import DEFAULT_BASE_URL, PrimeClient
from ._credentials import Credentials
from ._errors import *  # noqa: F403  (every error; listed in _errors.__all__)
from ._errors import __all__ as _error_names
from ._events import RequestEvent
from ._fanout import Failure, Outcome, Success, fan_out
from ._generated.routes import ROUTES
from ._pagination import Paginator
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._route import Pagination, Param, Route
from ._signing import Signer, sign
from ._version import __version__ as __version__

__all__ = [
    "PrimeClient",
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
    "fan_out",
    "Outcome",
    "Success",
    "Failure",
    "Signer",
    "sign",
    *_error_names,
]
